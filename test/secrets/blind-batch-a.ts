/**
 * Blind batch A (issue #4): texts a held-back set would hold, written without running the scanner
 * on them and scored once before any change (see blind-batches.test.ts for the figures). Negatives
 * are config files, code, logs, CSV, docs, CI and infrastructure manifests that name passwords,
 * tokens and keys without containing one; positives are fake credentials in the same containers.
 * Generated values come from the seeded stream of fixtures.ts, so the file leaks nothing.
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, LOWER, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['maple', 'orbit', 'lantern', 'copper', 'violet', 'harbor', 'falcon', 'ember', 'quartz', 'meadow', 'tundra', 'saffron', 'pickle', 'rocket', 'walnut', 'glacier'];

export function batchANegatives(seed = 'blind-a-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha256') => createHash(alg).update(s).digest('hex');
  const sri = (s: string, alg = 'sha384') => `${alg}-${createHash(alg).update(s).digest('base64')}`;
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-9${r(HEXL, 3)}-${r(HEXL, 12)}`;

  // ---- config files with empty, placeholder and referenced values ----
  add('env example with empty values', '# Database\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=\n\n# Stripe\nSTRIPE_SECRET_KEY=\nSTRIPE_WEBHOOK_SECRET=whsec_...');
  add('yaml env refs', 'database:\n  host: ${DB_HOST:-localhost}\n  user: ${DB_USER:-postgres}\n  password: ${DB_PASSWORD}');
  add('toml empty password', '[smtp]\nhost = "smtp.example.org"\nport = 587\nusername = "notifications"\npassword = "" # set SMTP_PASSWORD instead');
  add('ini angle placeholder', '[client]\nuser=root\npassword=<your mysql root password>\nhost=127.0.0.1');
  add('json empty client secret', '{"auth": {"clientId": "", "clientSecret": "", "redirectUri": "http://localhost:3000/callback"}}');
  add('yaml masked', 'smtp:\n  user: alerts@acme.io\n  password: "********"\n  port: 465');
  add('env redacted', 'DB_PASSWORD=**redacted**\nAPI_TOKEN=[hidden]\nSECRET_KEY=<removed>');
  add('mail password null', 'MAIL_MAILER=smtp\nMAIL_HOST=mailpit\nMAIL_USERNAME=null\nMAIL_PASSWORD=null\nMAIL_ENCRYPTION=null');
  add('grafana env interpolation', '[security]\nadmin_user = admin\nadmin_password = $__env{GF_ADMIN_PASSWORD}\nsecret_key = $__file{/etc/grafana/secret_key}');
  add('spring default empty', 'spring.datasource.username=${DB_USER:app}\nspring.datasource.password=${DB_PASSWORD:}\njwt.secret=${JWT_SECRET}');
  add('laravel config env', "'password' => env('DB_PASSWORD', ''),\n'api_key' => env('MAILGUN_SECRET'),");
  add('keycloak realm credential ref', '"credentials": [{"type": "password", "value": "${KC_ADMIN_PASSWORD}", "temporary": false}]');
  add('elasticsearch env', 'environment:\n  - ELASTIC_PASSWORD=${ELASTIC_PASSWORD}\n  - xpack.security.enabled=true\n  - KIBANA_PASSWORD=${KIBANA_PASSWORD:?set it}');
  add('jupyter empty token', "c.NotebookApp.token = ''\nc.NotebookApp.password = ''");
  add('postgres conf', "password_encryption = scram-sha-256\nssl = on\nssl_cert_file = 'server.crt'");
  add('pypirc placeholder', '[pypi]\nusername = __token__\npassword = <PyPI API token>');
  add('netrc uppercase placeholders', 'machine github.com\n  login USERNAME\n  password TOKEN');
  add('npmrc env', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com');
  add('gitconfig credential helper', '[credential]\n\thelper = osxkeychain\n[url "https://oauth2:${GITLAB_TOKEN}@gitlab.com/"]\n\tinsteadOf = https://gitlab.com/');
  add('postman env empty secret', '{"key": "api_key", "value": "", "type": "secret", "enabled": true}');
  add('helm existing secret', 'auth:\n  enabled: true\n  existingSecret: redis-auth\n  existingSecretPasswordKey: redis-password\n  password: ""');
  add('api key in docs config', 'apiKey: YOUR_API_KEY\napiSecret: YOUR_API_SECRET\nregion: us-east-1');
  add('uppercase angle placeholders', 'api_key = "<API_KEY>"\nsecret = "<CLIENT_SECRET>"');
  add('dashes placeholder', 'API_KEY=xxxx-xxxx-xxxx\nLICENSE=XXXXX-XXXXX-XXXXX-XXXXX');
  // ---- docs and prose ----
  add('docs set password', 'To set the admin password, run `acme admin set-password --user admin` and type the new password when prompted. The password must be at least 12 characters.');
  add('docs config option', 'Set `password: <string>` in config.yml. If it is omitted, the password is read from the `APP_PASSWORD` environment variable.');
  add('docs table', '| Variable | Description | Default |\n|---|---|---|\n| DB_PASSWORD | Password of the database user | (required) |\n| API_TOKEN | Token for the upstream API | none |');
  add('chat rotated key', 'I rotated the Stripe secret key yesterday and updated it in Vault, but the staging pod still uses the old one. How do I force a restart?');
  add('chat password manager', 'My password manager generated a 24-character password but the site only allows 16. Is that a security problem?');
  add('chat token expired', 'The token expired, so I generated a new one from Settings -> Developer settings -> Personal access tokens and now git push works again.');
  add('password policy prose', 'Passwords need at least 12 characters and one number; the password: field on the login form is case-sensitive.');
  add('man page options', '  -p, --password <password>   password to use when connecting to the server\n  -t, --token TOKEN           API token (default: $ACME_TOKEN)\n      --password-file=FILE    read the password from FILE');
  add('cli help secret', 'Usage: acme login [--token <token>] [--api-key <key>]\n\nOptions:\n  --token      personal access token; falls back to ACME_TOKEN');
  add('error message api key', 'Error: API key not valid. Please pass a valid API key. [reason: API_KEY_INVALID]');
  add('github bad credentials', '401 Unauthorized: {"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}');
  add('rails locale', 'en:\n  devise:\n    passwords:\n      send_instructions: "You will receive an email with instructions on how to reset your password in a few minutes."\n      no_token: "You can\'t access this page without coming from a password reset email."');
  // ---- log lines ----
  add('log invalid password', '[2024-11-26T10:22:31.114Z] WARN auth: invalid password for user=jsmith ip=10.2.3.4 attempts=3');
  add('log masked url', '2024-11-26 09:14:02 INFO  Connecting to postgres://orders:*****@db-primary:5432/orders');
  add('log token refreshed', `level=info ts=2024-11-26T10:00:00Z msg="token refreshed" token_id=tok_${r(ALNUM, 16)} expires_in=3600`);
  add('json log auth failure', '{"ts":"2024-11-26T10:00:00Z","level":"error","msg":"authentication failed","reason":"invalid_token","token_type":"Bearer"}');
  add('log token length', 'auth: bearer token accepted (len=40, prefix=ghp_, source=header) route=/v1/orders');
  add('log key created', `Generated API key for project acme-prod (id=key_${r(ALNUM, 12)}, last4=${r(ALNUM, 4)})`);
  add('log masked header', 'request headers: {"Authorization": "Bearer [MASKED]", "Cookie": "session=<redacted>", "X-Api-Key": "****"}');
  add('oauth error response', '{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included)"}');
  add('webhook signature header', `X-Hub-Signature-256: sha256=${sha('payload')}\nX-GitHub-Delivery: ${uuid()}`);
  add('stripe signature header', `Stripe-Signature: t=1732615200,v1=${sha('stripe-body')},v0=${sha('stripe-body-0')}`);
  // ---- CSV rows ----
  add('csv password metadata', 'user_id,email,password_changed_at,mfa_enabled\n1042,ana@example.com,2024-10-03T12:00:00Z,true\n1043,ben@example.com,,false');
  add('csv secret inventory', 'name,type,secret,rotation_days\nstripe,api_key,yes,90\ngithub,token,yes,30');
  add('csv token costs', 'sku,name,price,token_cost\nA-100,Widget,9.99,120\nA-101,Gadget,19.99,340');
  // ---- code: values that are calls, lookups, identifiers ----
  add('python getpass', 'password = getpass.getpass(prompt="Database password: ")');
  add('js await token', 'const token = await getAccessToken({ scopes: ["repo"] });');
  add('python config lookup', 'api_key = config["openai"]["api_key"]\nsecret = settings.SECRET_KEY');
  add('java getenv', 'String password = System.getenv("DB_PASSWORD");\nString apiKey = props.getProperty("api.key");');
  add('go getenv', 'secret := os.Getenv("WEBHOOK_SECRET")\ntoken, err := readToken(ctx, tokenPath)');
  add('python header strip', 'token = request.headers.get("Authorization", "").removeprefix("Bearer ")');
  add('php post', "$password = $_POST['password'] ?? '';\n$token = bin2hex(random_bytes(32));");
  add('rust keyring', 'let secret = keyring::Entry::new("acme", &user)?.get_password()?;');
  add('js object field', 'return { email: user.email, password: user.passwordHash, token: session.token };');
  add('csharp config', 'var apiKey = configuration["ApiKeys:Stripe"];\nvar password = Environment.GetEnvironmentVariable("SA_PASSWORD");');
  add('java value annotation', '@Value("${app.jwt.secret}")\nprivate String jwtSecret;');
  add('kotlin buildconfig', 'val token = BuildConfig.API_TOKEN\nval secret = BuildConfig.CLIENT_SECRET');
  add('swift keychain', 'let password = KeychainWrapper.standard.string(forKey: "userPassword")');
  add('js destructure', 'const { password, ...safeUser } = user;\nif (password !== confirmPassword) throw new Error("Passwords do not match");');
  add('zod schema', 'password: z.string().min(8).max(128),\napiKey: z.string().optional(),');
  add('mongoose schema', 'password: { type: String, required: true, select: false },\nresetToken: { type: String, index: true },');
  add('pydantic field', 'password: SecretStr = Field(..., min_length=8)\napi_key: str | None = None');
  add('go struct tags', 'type Config struct {\n\tPassword string `json:"password" env:"DB_PASSWORD"`\n\tAPIKey   string `json:"api_key" yaml:"api_key"`\n}');
  add('ts interface', 'interface Credentials {\n  username: string;\n  password: string;\n  apiKey?: string;\n}');
  add('protobuf', 'message LoginRequest {\n  string username = 1;\n  string password = 2;\n  string otp_token = 3;\n}');
  add('python basic auth vars', 'auth = HTTPBasicAuth(username, password)\nsession.auth = (user, getpass())');
  add('shell read password', 'read -r -s -p "Password: " PASSWORD\necho\nexport PGPASSWORD="$PASSWORD"');
  add('powershell read host', '$password = Read-Host -AsSecureString "Enter password"\n$cred = New-Object PSCredential($user, $password)');
  add('constants naming keys', "const PASSWORD = 'password';\nexport const TOKEN_KEY = 'auth_token';\nconst SECRET_HEADER = 'X-Webhook-Secret';");
  add('localStorage', "localStorage.setItem('token', data.token);\nconst token = localStorage.getItem('token');");
  add('filter params', 'config.filter_parameters += [:password, :token, :secret, :api_key]');
  add('django secret env', 'SECRET_KEY = env("DJANGO_SECRET_KEY")\nAUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]');
  add('random generation', 'const secret = crypto.randomUUID();\nsecret_key = secrets.token_urlsafe(32)\ntoken = SecureRandom.hex(20)');
  add('pulumi secret', 'const password = config.requireSecret("dbPassword");\nconst apiToken = new random.RandomPassword("token", { length: 32 });');
  add('test fixture weak', 'user = User.objects.create_user(username="testuser", password="testpassword")\nclient.login(username="testuser", password="testpassword")');
  add('test asserting validation', "it('rejects a short password', () => {\n  expect(validatePassword('abc')).toBe(false);\n});");
  add('html password input', '<input type="password" name="password" id="password" autocomplete="current-password" placeholder="Password" required>');
  add('html api key label', '<label for="api-key">API key</label>\n<input id="api-key" name="api_key" value="" spellcheck="false">');
  add('css class hash', `.token_${r(LOWER + DIGITS, 6)} { color: #${r(HEXL, 6)}; }\n<span class="secret-badge_${r(B64URL, 5)}">`);
  // ---- i18n ----
  add('i18n english labels', '{\n  "password": "Password",\n  "confirmPassword": "Confirm password",\n  "passwordTooShort": "Password must be at least 8 characters",\n  "apiKey": "API key"\n}');
  add('i18n yaml labels', 'login:\n  password: "Password"\n  forgot_password: Forgot your password?\n  token: Token');
  add('i18n russian', '{"password": "Пароль", "token": "Токен", "secret": "Секрет"}');
  add('i18n japanese and portuguese', 'password: パスワード\napi_key: APIキー\n---\npassword: "Senha"\nsecret: "Segredo"');
  // ---- SQL ----
  add('sql ddl', 'CREATE TABLE users (\n  id serial PRIMARY KEY,\n  email text NOT NULL,\n  password_hash text NOT NULL,\n  api_token varchar(64)\n);');
  add('sql insert empty', "INSERT INTO settings (key, value) VALUES ('smtp_password', ''), ('smtp_user', 'mailer');");
  add('psql variable', "ALTER USER app WITH PASSWORD :'app_password';\n\\set token `cat /run/secrets/token`");
  add('sql where password', 'SELECT id, email FROM accounts WHERE password IS NULL OR password_reset_token IS NOT NULL;');
  // ---- Kubernetes ----
  add('k8s secretKeyRef', 'env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: upstream-api\n        key: token\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: pg, key: password}');
  add('k8s envFrom', 'envFrom:\n  - secretRef:\n      name: app-secrets\n  - configMapRef:\n      name: app-config');
  add('k8s stringData empty', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: "" # filled by external-secrets\n  username: app');
  add('external secret', 'spec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/db\n        property: password');
  add('cert manager token ref', 'solvers:\n  - dns01:\n      cloudflare:\n        apiTokenSecretRef:\n          name: cloudflare-api-token\n          key: api-token');
  add('k8s create secret from openssl', 'kubectl create secret generic db --from-literal=password="$(openssl rand -base64 24)"');
  // ---- Terraform / cloud templates ----
  add('terraform sensitive variable', 'variable "db_password" {\n  type      = string\n  sensitive = true\n}');
  add('terraform random password', 'resource "aws_db_instance" "main" {\n  password = random_password.db.result\n  master_password = data.aws_secretsmanager_secret_version.db.secret_string\n}');
  add('cloudformation resolve', "MasterUserPassword: !Sub '{{resolve:secretsmanager:${DBSecret}:SecretString:password}}'\nMasterUsername: !Ref DBUser");
  add('cloudformation ref', 'MasterUserPassword: !Ref DBPassword\nApiKey: !GetAtt ApiKey.Value');
  add('bicep secure param', '@secure()\nparam adminPassword string\nparam sqlAdminLogin string = \'sqladmin\'');
  add('lambda env arn', '"Environment": {"Variables": {"DB_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-Xy12Ab", "TOKEN_PARAM": "/prod/api/token"}}');
  // ---- CI ----
  add('gha secrets', 'with:\n  username: ${{ secrets.DOCKERHUB_USERNAME }}\n  password: ${{ secrets.DOCKERHUB_TOKEN }}\n  token: ${{ github.token }}');
  add('gha outputs and inputs', 'env:\n  GITHUB_TOKEN: ${{ steps.app-token.outputs.token }}\n  API_KEY: ${{ inputs.api_key }}\n  ARM_CLIENT_SECRET: ${{ secrets.ARM_CLIENT_SECRET }}');
  add('gitlab ci login', 'script:\n  - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY');
  add('azure pipelines', 'inputs:\n  containerRegistry: acr\n  password: $(acrPassword)\n  token: $(System.AccessToken)');
  add('bitbucket vars', 'script:\n  - docker login -u $DOCKER_HUB_USER -p $DOCKER_HUB_PASSWORD\n  - pipe: atlassian/aws-s3-deploy:1.1.0\n    variables:\n      AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY');
  add('makefile login', 'login:\n\tdocker login -u $(REGISTRY_USER) -p $(REGISTRY_PASSWORD) $(REGISTRY)');
  add('jenkins credentials', "withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'USER', passwordVariable: 'PASS')]) {\n  sh 'mvn deploy -Dnexus.password=$PASS'\n}");
  add('gitlab clone job token', 'git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.acme.io/platform/infra.git');
  // ---- Docker, Ansible, systemd ----
  add('compose secrets file', 'services:\n  db:\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt');
  add('ansible vault var', 'ansible_become_password: "{{ vault_become_pass }}"\nmysql_root_password: "{{ lookup(\'env\', \'MYSQL_ROOT_PASSWORD\') }}"');
  add('systemd credential', '[Service]\nLoadCredential=token:/etc/acme/token\nEnvironment=TOKEN_PATH=%d/token');
  add('nginx basic auth', 'auth_basic "Restricted";\nauth_basic_user_file /etc/nginx/.htpasswd;');
  add('dockerfile arg', 'ARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci');
  // ---- command lines ----
  add('mysql prompt', 'mysql -h db.internal -u root -p orders < dump.sql');
  add('psql env', 'psql "host=db.internal user=app password=$PGPASSWORD dbname=app sslmode=require"');
  add('redis-cli var', 'redis-cli -h cache -a "$REDIS_PASSWORD" --no-auth-warning INFO replication');
  add('curl env creds', 'curl -u "$JIRA_USER:$JIRA_TOKEN" https://acme.atlassian.net/rest/api/3/myself');
  add('aws configure get', 'export AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key --profile prod)');
  add('vault approle', 'VAULT_TOKEN=$(vault write -field=token auth/approle/login role_id="$ROLE_ID" secret_id="$SECRET_ID")');
  add('openssl rand', 'openssl rand -hex 32 > secret.key\nhtpasswd -B -c /etc/nginx/.htpasswd admin');
  add('ssh keygen empty passphrase', 'ssh-keygen -t ed25519 -C "ana@acme.io" -N "" -f ~/.ssh/deploy_key');
  add('wp cli var', 'wp config set DB_PASSWORD "$WP_DB_PASS" --quiet');
  // ---- hashes, digests, ids ----
  add('password digest column', `"password_digest": "${sha('pw', 'sha512')}", "salt": "${r(HEXL, 32)}"`);
  add('sri link', `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex@0.16.9/dist/katex.min.css" integrity="${sri('katex')}" crossorigin="anonymous">`);
  add('azure ids', `ARM_TENANT_ID=${uuid()}\nARM_SUBSCRIPTION_ID=${uuid()}\nARM_CLIENT_ID=${uuid()}`);
  add('encryption key id', `"encryption_key_id": "${uuid()}", "secret_version_id": "${uuid()}"`);
  add('pagination next token', `{"data": [], "meta": {"result_count": 0, "next_token": "${r(LOWER + DIGITS, 40)}"}}`);
  add('pagination token generic', `{"items": [], "pagination_token": "${r(B64, 44)}"}`);
  add('rails authenticity token', `<input type="hidden" name="authenticity_token" value="${r(B64, 86)}==" autocomplete="off">`);
  add('webpack chunk names', `main.${r(HEXL, 20)}.js  vendors.${r(HEXL, 20)}.js  runtime.${r(HEXL, 8)}.js`);
  add('cache key', 'cache_key: "user:1234:profile:v7"\nsession_key_prefix: "sess:"');
  add('auth config words', 'auth: oauth2\nauth_type: bearer\ntoken_type: Bearer\nsecret_store: aws-secrets-manager\napi_key_header: X-Api-Key');
  add('token metadata', 'client_secret_expires_at: 0\npassword_last_set: "2024-01-01"\ntoken_lifetime_seconds: 3600\nrefresh_token_rotation: true');
  add('password policy object', '"passwordPolicy": {"minLength": 12, "requireSymbols": true, "maxAgeDays": 90}');
  add('token url', '"tokenUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/token",\n"authorizationUrl": "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"');
  add('openapi security scheme', 'securitySchemes:\n  ApiKeyAuth:\n    type: apiKey\n    in: header\n    name: X-API-Key\n  bearerAuth:\n    type: http\n    scheme: bearer');
  add('llm tokenizer config', '"tokenizer": "cl100k_base", "max_tokens": 4096, "token_budget": 120000');
  add('vault policy', 'path "secret/data/prod/*" {\n  capabilities = ["read", "list"]\n}');
  // ---- default and documentation credentials in URLs ----
  add('default postgres url', 'DATABASE_URL=postgres://postgres:postgres@localhost:5432/test');
  add('docs mongo url', 'ME_CONFIG_MONGODB_URL: mongodb://root:example@mongo:27017/');
  add('uppercase url placeholders', 'https://USERNAME:PASSWORD@example.com/repo.git\nsmtp://USER:PASS@smtp.example.com:587');
  // ---- encrypted values ----
  add('ansible vault block', `jwt_secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r(HEXL, 64)}\n  ${r(HEXL, 64)}`);
  add('sops json', `{"password": "ENC[AES256_GCM,data:${r(B64, 16)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]"}`);
  return out;
}

export function batchAPositives(seed = 'blind-a-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  // Passwords people and generators make: random mixed, passphrases, word + digits + symbol.
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?@^_', n);
  const passphrase = () => `${cap(word())}-${word()}-${r(DIGITS, 2)}-${cap(word())}`;
  const humanPw = () => `${cap(word())}${r(DIGITS, 4)}${r('!#$%&*', 1)}`;

  add('env password random', randomPw(18), (s) => `DB_HOST=db.internal\nDB_USER=orders\nDB_PASSWORD=${s}`);
  add('yaml password passphrase', passphrase(), (s) => `redis:\n  host: cache.internal\n  password: ${s}`);
  add('toml password human', humanPw(), (s) => `[smtp]\nuser = "alerts"\npassword = "${s}"`);
  add('ini password', randomPw(14), (s) => `[mysqld]\nuser=backup\npassword=${s}`);
  add('json nested password', randomPw(20), (s) => `{"db": {"user": "svc_reports", "password": "${s}", "host": "10.0.4.2"}}`);
  add('compose env password', humanPw(), (s) => `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${s}`);
  add('k8s stringData password', randomPw(16), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n  password: ${s}`);
  add('k8s data base64', Buffer.from(randomPw(16)).toString('base64'), (s) => `kind: Secret\ndata:\n  password: ${s}\n  username: YXBw`);
  add('terraform literal password', randomPw(16), (s) => `resource "aws_db_instance" "main" {\n  username = "admin"\n  password = "${s}"\n}`);
  add('ansible password', passphrase(), (s) => `ansible_user: deploy\nansible_password: ${s}`);
  add('python literal password', randomPw(14), (s) => `engine = create_engine(url)\nDB_PASSWORD = "${s}"`);
  add('js literal api key', r(ALNUM, 32), (s) => `const apiKey = "${s}";\nfetch(url, { headers: { "x-api-key": apiKey } });`);
  add('go literal password', humanPw(), (s) => `cfg := mysql.Config{User: "app", Passwd: "${s}", Net: "tcp", Addr: "db:3306"}`);
  add('java literal password', randomPw(15), (s) => `String password = "${s}";\nConnection c = DriverManager.getConnection(url, "app", password);`);
  add('csharp connection string', randomPw(14), (s) => `"ConnectionStrings": {"Default": "Server=sql01;Database=crm;User Id=crm_app;Password=${s};TrustServerCertificate=True"}`);
  add('log leaking password', randomPw(16), (s) => `2024-11-26 10:01:22 DEBUG db.connect host=db.internal user=svc password=${s} sslmode=require`);
  add('json log leaking token', r(B64URL, 40), (s) => `{"level":"debug","msg":"calling upstream","headers":{"Authorization":"Bearer ${s}"}}`);
  add('csv with token column', `ghp_${r(ALNUM, 36)}`, (s) => `service,owner,token\nci-bot,platform,${s}`);
  add('prose with password', humanPw(), (s) => `hey, the staging admin login is admin / password: ${s} -- please don't share it`);
  add('gha hardcoded token', `glpat-${r(B64URL, 20)}`, (s) => `env:\n  GITLAB_TOKEN: ${s}\n  GITLAB_URL: https://gitlab.acme.io`);
  add('aws pair env', r(B64, 40), (s) => `AWS_ACCESS_KEY_ID=AKIA${r(UPPER + '234567', 16)}\nAWS_SECRET_ACCESS_KEY=${s}`);
  add('stripe in yaml', `sk_live_${r(ALNUM, 99)}`, (s) => `stripe:\n  secret_key: ${s}`);
  add('openai in python', `sk-proj-${r(B64URL, 48)}T3BlbkFJ${r(B64URL, 48)}`, (s) => `from openai import OpenAI\nclient = OpenAI(api_key="${s}")`);
  add('anthropic in env', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `export ANTHROPIC_API_KEY="${s}"`);
  add('google api key in js', `AIza${r(B64URL, 35)}`, (s) => `const firebaseConfig = { apiKey: "${s}", projectId: "acme-prod" };`);
  add('sendgrid in json', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `{"smtp": {"user": "apikey", "pass": "${s}"}}`);
  add('slack bot token in toml', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `[slack]\nbot_token = "${s}"`);
  add('npm token in npmrc', `npm_${r(ALNUM, 36)}`, (s) => `//registry.npmjs.org/:_authToken=${s}`);
  add('postgres url in log', randomPw(16).replace(/[@:/]/g, 'x'), (s) => `INFO connecting DATABASE_URL=postgresql://reporting:${s}@pg-prod-1.internal:5432/warehouse`);
  add('generic secret in yaml', r(ALNUM, 40), (s) => `webhooks:\n  signing_secret: ${s}`);
  add('client secret in ini', r(ALNUM + '-_~.', 34), (s) => `[oauth]\nclient_id = acme-web\nclient_secret = ${s}`);
  add('api token in properties', r(HEXL, 40), (s) => `sonar.host.url=https://sonar.acme.io\nsonar.token=${s}`);
  add('heroku api key', `${r(HEXL, 8)}-${r(HEXL, 4)}-${r(HEXL, 4)}-${r(HEXL, 4)}-${r(HEXL, 12)}`, (s) => `HEROKU_API_KEY=${s}`);
  add('private key in yaml', `-----BEGIN EC PRIVATE KEY-----\n    MHcCAQEEI${r(B64, 55)}\n    ${r(B64, 64)}\n    ${r(B64, 40)}\n    -----END EC PRIVATE KEY-----`, (s) => `tls:\n  key: |\n    ${s}`);
  add('password in sql', humanPw(), (s) => `CREATE USER reporting WITH PASSWORD '${s}';`);
  add('password in xml config', randomPw(14), (s) => `<connection>\n  <user>etl</user>\n  <password>${s}</password>\n</connection>`);
  add('password env in dockerfile', randomPw(16), (s) => `FROM mysql:8\nENV MYSQL_ROOT_PASSWORD=${s}`);
  add('password flag in script', randomPw(14), (s) => `pg_dump --dbname=orders --username=backup --password=${s} > dump.sql`);
  add('token in gitconfig url', `ghp_${r(ALNUM, 36)}`, (s) => `[url "https://${s}@github.com/"]\n\tinsteadOf = https://github.com/`);
  add('datadog in helm values', r(HEXL, 32), (s) => `datadog:\n  apiKey: ${s}\n  site: datadoghq.eu`);
  return out;
}
