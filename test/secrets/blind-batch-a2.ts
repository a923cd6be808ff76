/**
 * Blind batch A2 (issue #4): a second discovery batch, written after the fixes for batch A and
 * scored once before the fixes it led to (figures in blind-batches.test.ts). Same kinds of
 * containers, other phrasings: logs of auth failures, ORM and form code, tokenizer and design-token
 * files, secret-manager CLIs, filtered request logs, wp-config and SQL.
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, LOWER, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['tidy', 'lamp', 'orbit', 'seven', 'cobalt', 'river', 'sparrow', 'mango', 'basalt', 'velvet', 'thistle', 'canyon', 'nimbus', 'pepper', 'juniper', 'oyster'];

export function batchA2Negatives(seed = 'blind-a2-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha256') => createHash(alg).update(s).digest('hex');
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-8${r(HEXL, 3)}-${r(HEXL, 12)}`;

  // ---- empty, null, aliased and commented values ----
  add('env empty with comment', 'DB_PASSWORD= # set in vault\nAPI_KEY=""\nSECRET=\'\'');
  add('yaml nulls', 'smtp:\n  password: ~\n  token: !!null\n  api_key:\n  secret: null # TODO');
  add('yaml alias', 'defaults: &defaults\n  password: &db_password\nproduction:\n  <<: *defaults\n  password: *db_password');
  add('toml env table', '[database]\npassword = { env = "DB_PASSWORD" }\napi_key = { file = "/run/secrets/api_key" }');
  add('json nulls', '{"password": null, "token": false, "apiKey": "", "clientSecret": null}');
  add('properties vault ref', 'db.password=${vault.db.password}\nquarkus.datasource.password=${DB_PASSWORD:changeme}');
  add('file paths', 'ssl_password_file=/etc/ssl/private/pass.txt\nauth_token_file: /var/run/secrets/token\npassword_file: ~/.config/acme/pw');
  add('mail client password commands', 'passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-password.gpg"\nPassCmd "pass show mail/work"');
  add('prometheus basic auth file', 'basic_auth:\n  username: prom\n  password_file: /etc/prometheus/pass\nbearer_token_file: /var/run/secrets/kubernetes.io/serviceaccount/token');
  add('alertmanager angle secret', "smtp_auth_username: 'alerts@acme.io'\nsmtp_auth_password: '<secret>'");
  add('airflow defaults', "AIRFLOW__CORE__FERNET_KEY: ''\nsql_alchemy_conn = postgresql+psycopg2://airflow:airflow@postgres/airflow");
  add('superset sample', "SECRET_KEY = 'YOUR_OWN_RANDOM_GENERATED_SECRET_KEY'");
  add('wp-config sample', "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'DB_PASSWORD', 'password_here' );");
  add('helm empty admin password', 'adminPassword: ""  # if empty, a random password is generated\nadminUser: admin');
  add('vault agent template', '{{ with secret "database/creds/app" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{ end }}');
  add('tfvars placeholders', 'db_password = "REPLACE_ME"\napi_token   = "changeit"\nregion      = "eu-west-1"');
  add('password n/a variants', 'Password: (none)\nToken: N/A\nsecret: n/a\napi_key: -\npassword: TBD');
  add('connection string empty password', 'Server=db;User Id=sa;Password=;Database=app;\nDSN=warehouse;UID=report;PWD=%WAREHOUSE_PWD%;');
  add('jdbc query placeholder', 'jdbc:mysql://db:3306/app?user=app&password=${DB_PASSWORD}&useSSL=true');
  add('url query placeholders', 'https://api.example.com/v1/items?api_key={api_key}&page=2\nhttps://graph.example.com/me?access_token=ACCESS_TOKEN\nwss://stream.example.com/?token=<token>');
  // ---- code ----
  add('java read password', 'char[] password = console.readPassword("Password: ");\nif (password.length < 8) throw new IllegalArgumentException("too short");');
  add('node hash password', 'user.password = await bcrypt.hash(password, 10);\nif (!password) return res.status(400).json({ error: "password required" });');
  add('python hash password', 'password = hashlib.sha256(password.encode()).hexdigest()\ntoken = jwt.encode({"sub": user.id}, key, algorithm="HS256")');
  add('rails validations', 'has_secure_password\nvalidates :password, length: { minimum: 12 }, allow_nil: true\nRails.application.credentials.dig(:aws, :secret_access_key)');
  add('php hashing', "$hash = password_hash($password, PASSWORD_DEFAULT);\n'password' => Hash::make($request->password),\ndefine('DB_PASSWORD', getenv('DB_PASSWORD'));");
  add('c define', '#define MAX_PASSWORD_LEN 128\nstatic char password[MAX_PASSWORD_LEN];\nconst char *token = getenv("API_TOKEN");');
  add('go struct literal', 'client := api.New(api.Config{\n\tPassword: cfg.Password,\n\tToken:    os.Getenv("TOKEN"),\n\tAPIKey:   flags.apiKey,\n})');
  add('python kwargs', 'conn = connect(host=host, user=user, password=password, token=token, api_key=api_key)\nclient = Client(password=db_pass, secret=self.secret)');
  add('python environ get default', 'password=os.environ.get("PGPASSWORD", "")\napi_key = os.getenv("API_KEY") or ""');
  add('js env fallbacks', 'password: process.env.DB_PASSWORD ?? "",\napiKey: import.meta.env.VITE_API_KEY,\ntoken: core.getInput("token", { required: true }),');
  add('angular form', "this.form = this.fb.group({\n  email: ['', Validators.email],\n  password: ['', [Validators.required, Validators.minLength(8)]],\n});");
  add('react password field', '<TextField type="password" label="Password" value={password} onChange={(e) => setPassword(e.target.value)} />');
  add('cookie set', 'document.cookie = "token=" + token + "; path=/; secure";');
  add('test mocks', "const API_KEY = 'test-api-key';\njest.spyOn(auth, 'login').mockResolvedValue({ token: 'fake-jwt-token' });\nexpect(res.body.token).toBeDefined();");
  add('python test settings', 'SECRET_KEY = "test-secret-key-not-for-production"\nPASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]');
  add('spring placeholders', 'spring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}\nspring.mail.password=${MAIL_PASSWORD:}');
  add('dotnet connection trusted', '"ConnectionStrings": {"Default": "Server=(localdb)\\\\mssqllocaldb;Database=App;Trusted_Connection=True;"}');
  // ---- logs ----
  add('mssql login failed', "Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.0.12]");
  add('postgres auth failed', '2024-11-26 10:12:01.123 UTC [4121] FATAL:  password authentication failed for user "postgres"');
  add('sshd failed password', 'Nov 26 10:14:22 web-1 sshd[1234]: Failed password for invalid user admin from 203.0.113.5 port 52144 ssh2');
  add('mysql access denied', "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)");
  add('audit event', '{"event":"user.password_changed","actor":"ana","target":"ben","ip":"10.1.2.3"}');
  add('reset notice', 'Your password has been reset. Temporary password: sent via SMS to the number on file.');
  add('otp template', 'Your one-time password is {{ otp }}. It expires in 10 minutes.');
  add('rails filtered params', 'Parameters: {"user"=>{"email"=>"ana@example.com", "password"=>"[FILTERED]"}, "authenticity_token"=>"[FILTERED]"}');
  add('sentry filtered', '"data": {"password": "[Filtered]", "api_key": "[Filtered]", "username": "ana"}');
  add('django debug masked', "DATABASES = {'default': {'USER': 'app', 'PASSWORD': '********************', 'HOST': 'db'}}");
  add('aws configure list', '      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************QX7M shared-credentials-file\nsecret_key     ****************9fTz shared-credentials-file');
  add('gh auth status', 'github.com\n  ✓ Logged in to github.com account ana (keyring)\n  - Token: gho_************************************\n  - Token scopes: repo, read:org');
  add('masked last four', 'api_key: ...f3a9\n"key": "sk-...Xy9z"\nAccess key starting with AKIA... was used from 203.0.113.9');
  add('token redacted len', 'msg="upstream call" token=REDACTED len=40 status=200');
  // ---- prose ----
  add('password location prose', '**Password:** use the one from the vault\nPassword: stored in 1Password (Engineering vault)\npassword: ask Ana on Slack');
  add('chat api key vs oauth', "What's the difference between an API key and an OAuth token? Can I store the token in localStorage or should it be a cookie?");
  add('security prose sql injection', "The classic example is entering ' OR '1'='1 as the password, which turns the query into SELECT * FROM users WHERE name = 'admin' AND password = '' OR '1'='1'.");
  // ---- i18n ----
  add('i18n labels more', '{"password_hint": "At least 8 characters", "token_invalid": "Invalid or expired token", "secret": "Secret", "apiKey": "Clé API"}');
  add('i18n single words', 'password: Passcode\ntoken: Jeton\n"password": "Lozinka"\n"password": "Parola"\n"password": "Hasło"');
  // ---- SQL ----
  add('sql role null password', 'CREATE ROLE app LOGIN PASSWORD NULL;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;');
  add('sql templated password', "CREATE USER app WITH PASSWORD '${APP_PASSWORD}';\nCREATE USER 'etl'@'%' IDENTIFIED BY '<password>';");
  add('sql hashed password', `ALTER USER app PASSWORD 'md5${sha('pw', 'md5')}';`);
  add('sql select columns', "SELECT username, password FROM users WHERE username = 'admin';\nUPDATE users SET password = crypt('x', gen_salt('bf')) WHERE id = $1;");
  // ---- infrastructure ----
  add('terraform references', 'administrator_login_password = azurerm_key_vault_secret.sql.value\ntoken = data.vault_generic_secret.ci.data["token"]\napi_key = var.datadog_api_key\nsecret_string = jsonencode({ password = random_password.db.result })');
  add('k8s pull secrets', 'imagePullSecrets:\n  - name: regcred\nautomountServiceAccountToken: false\nvolumes:\n  - projected:\n      sources:\n        - serviceAccountToken:\n            path: token\n            expirationSeconds: 3600');
  add('kubeconfig exec', 'users:\n- name: dev\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]\n- name: ci\n  user:\n    token: ${K8S_TOKEN}');
  add('k8s args files', 'args:\n  - --token-file=/var/run/secrets/token\n  - --password-file=/etc/creds/password\n  - --client-secret-file=/etc/oidc/secret');
  add('gha checkout', '- uses: actions/checkout@v4\n  with:\n    token: ${{ secrets.PAT }}\n    persist-credentials: false\npermissions:\n  id-token: write\n  contents: read\nsecrets: inherit');
  add('gha add mask', 'run: |\n  echo "::add-mask::$TOKEN"\n  echo "token=$TOKEN" >> "$GITHUB_OUTPUT"');
  add('secret manager clis', 'az keyvault secret show --vault-name kv-prod --name db-password --query value -o tsv\ngcloud secrets versions access latest --secret=api-key\nop read "op://Private/GitHub/token"\naws ssm get-parameter --name /prod/db/password --with-decryption');
  add('password prompt clis', 'mysql_config_editor set --login-path=local --host=localhost --user=root --password\npg_dump -U app -W orders > orders.sql\nsecurity find-generic-password -s github -w');
  add('sshd config', 'PermitRootLogin no\nPasswordAuthentication no\nPubkeyAuthentication yes\nChallengeResponseAuthentication no');
  add('user creation shell', 'echo "ana:$NEW_PASSWORD" | chpasswd\nuseradd -m -p "$(openssl passwd -6 "$PW")" ben');
  add('shadow and htpasswd lines', `ana:$6$${r(ALNUM + './', 16)}$${r(ALNUM + './', 86)}:19700:0:99999:7:::\nadmin:$apr1$${r(ALNUM + './', 8)}$${r(ALNUM + './', 22)}`);
  add('argon hash env', `ADMIN_PASSWORD_HASH='$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}'`);
  add('jwks', `{"keys": [{"kty": "RSA", "kid": "${r(B64URL, 43)}", "use": "sig", "n": "${r(B64URL, 342)}", "e": "AQAB", "x5t#S256": "${r(B64URL, 43)}"}]}`);
  add('client secret null', `{"client_id": "${uuid()}", "client_secret": null, "token_endpoint_auth_method": "none"}`);
  add('swagger api key', '"securityDefinitions": {"api_key": {"type": "apiKey", "name": "api_key", "in": "header"}}');
  add('postman bearer var', '"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}');
  // ---- tokens that are not credentials ----
  add('design tokens', `--token-color-primary: #0052cc;\n$token-spacing-md: 16px;\n"token": {"color": {"brand": {"value": "#${r(HEXL, 6)}"}}}`);
  add('erc20 token address', `{"tokenAddress": "0x${r(HEXL, 40)}", "token": "0x${r(HEXL, 40)}", "decimals": 18, "symbol": "USDC"}`);
  add('nft metadata', `token_id: ${r(DIGITS, 6)}\n"token_uri": "ipfs://Qm${r(ALNUM, 44)}"`);
  add('tokenizer special tokens', '{"unk_token": "<unk>", "pad_token": "[PAD]", "bos_token": "<|begin_of_text|>", "eos_token": "</s>", "cls_token": "[CLS]"}');
  add('logprobs', '"logprobs": {"content": [{"token": "Hello", "logprob": -0.31}, {"token": " world", "logprob": -1.2}]}');
  add('tokenizer class', 'tokenizer_class: LlamaTokenizerFast\nmodel_max_length: 131072\nadd_bos_token: true');
  add('git diff env example', 'diff --git a/.env.example b/.env.example\n-API_KEY=\n+API_KEY=your-key-here\n+SECRET_TOKEN=replace-with-a-long-random-string');
  add('request and trace ids', `x-request-id: ${uuid()}\nx-correlation-id: ${r(HEXL, 32)}\ncf-ray: ${r(HEXL, 16)}-AMS`);
  add('file checksums csv', `id,token_hash,created_at\n1,${sha('t1')},2024-11-01T10:00:00Z\n2,${sha('t2')},2024-11-02T10:00:00Z`);
  add('password export empty', '"name","url","username","password"\n"GitHub","https://github.com","ana",""\n"Jira","https://acme.atlassian.net","ana","********"');
  return out;
}

export function batchA2Positives(seed = 'blind-a2-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?^_', n);
  const humanPw = () => `${cap(word())}${r(DIGITS, 2)}${r('!#$%&*?', 1)}${word()}`;

  add('wp-config define', randomPw(20), (s) => `define( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp' );\ndefine( 'DB_PASSWORD', '${s}' );`);
  add('php variable', humanPw(), (s) => `<?php\n$db_host = 'localhost';\n$db_password = '${s}';`);
  add('ruby config assignment', randomPw(16), (s) => `config.smtp_settings = {\n  user_name: "mailer",\n  password: "${s}",\n}`);
  add('python dict pass', humanPw(), (s) => `creds = {"user": "etl", "pass": "${s}"}`);
  add('docker run env', randomPw(16), (s) => `docker run -d -e POSTGRES_PASSWORD=${s} -p 5432:5432 postgres:16`);
  add('mysql password flag quoted', randomPw(14), (s) => `mysqldump -u backup --password="${s}" --all-databases > all.sql`);
  add('pgpassword env prefix', randomPw(18), (s) => `PGPASSWORD=${s} psql -h db.internal -U app orders`);
  add('sqlcmd -P', randomPw(14), (s) => `sqlcmd -S db01 -U sa -P '${s}' -Q "SELECT 1"`);
  add('htpasswd -b', humanPw(), (s) => `htpasswd -b -c /etc/nginx/.htpasswd admin '${s}'`);
  add('basic auth header', Buffer.from(`svc-export:${randomPw(16)}`).toString('base64'), (s) => `GET /export HTTP/1.1\nHost: api.acme.io\nAuthorization: Basic ${s}`);
  add('api key query string log', r(ALNUM, 32), (s) => `10.0.0.5 - - [26/Nov/2024:10:00:00 +0000] "GET /v1/geo?q=paris&apikey=${s} HTTP/1.1" 200 512`);
  add('aws credentials file', r(B64, 40), (s) => `[prod]\naws_access_key_id = AKIA${r(UPPER + '234567', 16)}\naws_secret_access_key = ${s}\nregion = us-east-1`);
  add('gcp key json', `-----BEGIN PRIVATE KEY-----\\n${Array.from({ length: 10 }, () => r(B64, 64)).join('\\n')}\\n-----END PRIVATE KEY-----\\n`, (s) => `{"type": "service_account", "client_email": "ci@acme.iam.gserviceaccount.com", "private_key": "${s}"}`);
  add('k8s data base64 token', Buffer.from(r(ALNUM, 32)).toString('base64'), (s) => `apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  api-token: ${s}`);
  add('helm --set password', randomPw(16), (s) => `helm upgrade --install redis bitnami/redis --set auth.password=${s}`);
  add('tf var env', randomPw(18), (s) => `export TF_VAR_db_password='${s}'\nterraform apply`);
  add('spring yaml mail password', randomPw(16), (s) => `spring:\n  mail:\n    host: smtp.acme.io\n    username: noreply\n    password: ${s}`);
  add('log api key assignment', r(ALNUM, 40), (s) => `2024-11-26T10:00:00Z INFO client init api_key=${s} region=eu`);
  add('json request log password', humanPw(), (s) => `{"method":"POST","path":"/login","body":{"username":"ana","password":"${s}"}}`);
  add('csv users export', randomPw(14), (s) => `username,password,role\nsvc-backup,${s},admin`);
  add('prose github token', `ghp_${r(ALNUM, 36)}`, (s) => `my github token is ${s} but push still fails, any idea?`);
  add('twilio auth token env', r(HEXL, 32), (s) => `TWILIO_ACCOUNT_SID=AC${r(HEXL, 32)}\nTWILIO_AUTH_TOKEN=${s}`);
  add('hf token export', `hf_${r(UPPER + LOWER, 34)}`, (s) => `export HF_TOKEN=${s}`);
  add('slack webhook yaml', `T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `notify:\n  url: https://hooks.slack.com/services/${s}`);
  add('passphrase with spaces', `${word()} ${word()} ${word()} ${word()}`, (s) => `wifi:\n  ssid: acme-guest\n  password: "${s}"`);
  add('mongo url in compose', randomPw(16).replace(/[@:/%?#]/g, 'q'), (s) => `environment:\n  MONGO_URL: mongodb://app:${s}@mongo:27017/app?authSource=admin`);
  add('pgpass line', randomPw(16).replace(/:/g, 'x'), (s) => `# ~/.pgpass\ndb.internal:5432:orders:app:${s}`);
  add('generic client secret json', r(ALNUM + '-_', 40), (s) => `{"oauth": {"client_id": "acme-cli", "client_secret": "${s}"}}`);
  add('discord bot token in env', `${r('MNO', 1)}${r(B64URL, 23)}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `DISCORD_BOT_TOKEN=${s}`);
  add('openai key in notebook', `sk-proj-${r(B64URL, 48)}T3BlbkFJ${r(B64URL, 48)}`, (s) => `{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"OPENAI_API_KEY\\"] = \\"${s}\\"\\n"]}`);
  return out;
}
