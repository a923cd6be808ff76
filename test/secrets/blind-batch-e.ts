/**
 * Blind batch E (issue #4): written after batch D's fixes and scored once, untouched (figure in
 * blind-batches.test.ts). Its writer had read the scanner's rules while fixing D, so it is less blind
 * than A–D: it aims at containers none of the batches used (kubeconfig, Pulumi, Serverless, Wrangler,
 * Postman and HAR exports, PowerShell, .pypirc, Laravel/Symfony/Phoenix/HOCON configs, Jenkins, CircleCI,
 * Bitbucket, Azure DevOps, diffs and review comments, e-mails, semicolon CSV) and at public values
 * that look like secrets (JWKS, SSH and age public keys, CA data, publishable keys).
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, LOWER, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['anchor', 'biscuit', 'cinder', 'dapple', 'ember', 'fjord', 'gusto', 'hollow', 'indigo', 'jigsaw', 'kernel', 'lumen', 'mistral', 'nectar', 'oxbow', 'pylon'];
const BCRYPT = `${ALNUM}./`;

export function batchENegatives(seed = 'blind-e-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');

  add('kubeconfig exec plugin', 'users:\n- name: eks-prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]');
  add('kubeconfig ca data', `clusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from(`-----BEGIN CERTIFICATE-----\nMIIC${r(B64, 120)}\n-----END CERTIFICATE-----\n`).toString('base64')}\n    server: https://10.0.0.1:6443`);
  add('pulumi secure config', `config:\n  aws:region: eu-west-1\n  app:dbPassword:\n    secure: AAABAHw${r(B64, 60)}`);
  add('serverless refs', 'provider:\n  environment:\n    STRIPE_KEY: ${ssm:/prod/stripe-key}\n    DB_PASSWORD: ${env:DB_PASSWORD}\n    API_TOKEN: ${self:custom.apiToken}');
  add('wrangler vars', '[vars]\nAPI_HOST = "api.acme.io"\n# secrets are set with: wrangler secret put API_TOKEN');
  add('postman variable', '"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}');
  add('har redacted', '{"request": {"method": "GET", "headers": [{"name": "Authorization", "value": "Bearer [REDACTED]"}, {"name": "Accept", "value": "application/json"}]}}');
  add('powershell env header', '$headers = @{ Authorization = "Bearer $env:API_TOKEN" }\nInvoke-RestMethod -Uri $url -Headers $headers');
  add('pypirc placeholder', '[pypi]\nusername = __token__\npassword = <your PyPI API token>');
  add('gitconfig signing key', `[credential]\n\thelper = osxkeychain\n[user]\n\tsigningkey = ${r(HEXL, 16).toUpperCase()}\n[commit]\n\tgpgsign = true`);
  add('laravel env example', 'APP_KEY=\nDB_PASSWORD=\nMAIL_PASSWORD=null\nPUSHER_APP_SECRET=\nAWS_SECRET_ACCESS_KEY=');
  add('symfony env params', "parameters:\n    database_password: '%env(DATABASE_PASSWORD)%'\n    secret: '%env(APP_SECRET)%'");
  add('elixir env', 'config :app, App.Repo,\n  password: System.get_env("DB_PASSWORD"),\n  pool_size: 10');
  add('hocon optional env', 'db {\n  user = "app"\n  password = ${?DB_PASSWORD}\n}');
  add('jenkins with credentials', "withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'USER', passwordVariable: 'PASS')]) {\n  sh 'mvn deploy -Dnexus.password=$PASS'\n}");
  add('circleci stdin login', '- run: echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_USER" --password-stdin');
  add('bitbucket pipe vars', 'script:\n  - pipe: atlassian/aws-s3-deploy:1.1.0\n    variables:\n      AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID\n      AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY');
  add('azure devops key vault', "- task: AzureKeyVault@2\n  inputs:\n    azureSubscription: 'prod-connection'\n    KeyVaultName: 'acme-kv'\n    SecretsFilter: 'DbPassword,ApiKey'");
  add('heroku config set generated', 'heroku config:set API_KEY=$(openssl rand -hex 32) -a acme-api');
  add('aws configure list', '      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   access_key     ****************QX7D shared-credentials-file\n   secret_key     ****************w2Zk shared-credentials-file');
  add('gcloud token pipe', 'gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin https://europe-docker.pkg.dev');
  add('diff env refs', '-  password: ${OLD_DB_PASSWORD}\n+  password: ${DB_PASSWORD}\n   user: app');
  add('review comment', '> nit: don\'t log the token here; use `logger.debug("token refreshed for %s", user_id)` instead');
  add('jira rotation note', 'Rotated the Datadog API key per SEC-1042. Old key revoked at 14:02 UTC; the new key is in Vault at kv/observability/datadog.');
  add('expiry email', 'From: IT Service Desk <it@acme.io>\nSubject: Your password expires in 5 days\n\nYour network password will expire on 2024-12-01. Change it at https://id.acme.io.');
  add('go struct tags', 'type Config struct {\n\tAPIKey   string `env:"API_KEY,required"`\n\tPassword string `env:"DB_PASSWORD"`\n}');
  add('rust env var', 'let token = std::env::var("GITHUB_TOKEN").expect("GITHUB_TOKEN not set");');
  add('csharp configuration', 'var apiKey = builder.Configuration["Stripe:ApiKey"] ?? throw new InvalidOperationException("Stripe:ApiKey missing");');
  add('nvim key command', 'require("chatgpt").setup({ api_key_cmd = "op read op://Personal/OpenAI/credential --no-newline" })');
  add('perl dbi env', 'my $dbh = DBI->connect($dsn, $user, $ENV{DB_PASS}) or die $DBI::errstr;');
  add('php env calls', "'password' => env('DB_PASSWORD', ''),\n'api_key' => env('MAILGUN_SECRET'),");
  add('vite build output', `dist/assets/index-${r(B64URL, 8)}.js   142.31 kB │ gzip: 45.80 kB\ndist/assets/vendor-${r(B64URL, 8)}.js  512.02 kB │ gzip: 160.11 kB`);
  add('docker build output', `#7 sha256:${sha('layer')} 12.58MB / 12.58MB 0.4s done\n#7 extracting sha256:${sha('layer')} 0.9s done`);
  add('terraform lock hashes', `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.76.0"\n  hashes = [\n    "h1:${r(B64, 43)}=",\n    "zh:${sha('zh')}",\n  ]\n}`);
  add('jwks public', `{"keys": [{"kty": "RSA", "kid": "${r(HEXL, 16)}", "use": "sig", "alg": "RS256", "n": "${r(B64URL, 342)}", "e": "AQAB"}]}`);
  add('ssh public key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} ana@laptop`);
  add('age recipient', `# recipient for sops\ncreation_rules:\n  - age: age1${r(LOWER + DIGITS, 58)}`);
  add('pkce authorize', `GET /authorize?response_type=code&client_id=web&code_challenge=${r(B64URL, 43)}&code_challenge_method=S256&state=${r(B64URL, 22)}`);
  add('stripe publishable', `const stripe = Stripe('pk_live_${r(ALNUM, 24)}');`);
  // A Sentry DSN was here as a negative (Sentry documents it as safe to publish) and was the one negative
  // flagged at first sight; it was taken out because the project's fixtures count it as a secret (fixtures.ts).
  // Which it is, is the lead's call; the scanner was not changed for it. The case below took its place
  // after the scoring (the batch test wants 50 negatives), so it is not part of the first-sight figure.
  add('sentry dsn from env', 'Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1, environment: "production" });');
  add('semicolon csv hashes', `id;email;passwort_hash\n1;ana@acme.de;$2y$10$${r(BCRYPT, 53)}\n2;ben@acme.de;$2y$10$${r(BCRYPT, 53)}`);
  add('audit api key created', `audit: user=ana action=api_key.created key_id=ak_${r(ALNUM, 8)} scopes=read:orders`);
  add('spring bad credentials', 'INFO  o.s.s.w.a.UsernamePasswordAuthenticationFilter - Authentication request failed: BadCredentialsException: Bad credentials');
  add('vault policy', 'path "secret/data/prod/*" {\n  capabilities = ["read", "list"]\n}');
  add('openapi security scheme', 'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key');
  add('chat refresh token', 'what\'s the difference between an access token and a refresh token? should the refresh token be stored in localStorage?');
  add('i18n polish dutch', '{"password": "Hasło", "token": "Żeton"}\n{"password": "Wachtwoord", "api_key": "API-sleutel"}');
  add('i18n japanese', 'password: パスワード\napi_key: APIキー\ntoken: トークン');
  add('password policy yaml', 'password:\n  min_length: 12\n  require_symbols: true\n  history: 5\n  max_age_days: 90');
  add('nginx variable header', 'proxy_set_header X-Api-Key $api_key;\nproxy_set_header Authorization "Bearer $jwt";');
  return out;
}

export function batchEPositives(seed = 'blind-e-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?^_', n);
  const humanPw = () => `${cap(word())}${r(DIGITS, 2)}${r('!#$%&*?', 1)}${cap(word())}`;
  const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const jwt = () => `${b64url({ alg: 'RS256', kid: r(B64URL, 20) })}.${b64url({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' })}.${r(B64URL, 342)}`;

  add('kubeconfig token', jwt(), (s) => `users:\n- name: ci\n  user:\n    token: ${s}`);
  add('kubeconfig client key data', Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${r(B64, 60)}\n${r(B64, 64)}\n-----END RSA PRIVATE KEY-----\n`).toString('base64'), (s) => `users:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTi${r(B64, 40)}\n    client-key-data: ${s}`);
  add('serverless literal key', r(ALNUM, 32), (s) => `provider:\n  environment:\n    PARTNER_API_KEY: ${s}`);
  add('wrangler literal token', r(ALNUM, 40), (s) => `[vars]\nAPI_HOST = "api.acme.io"\nAPI_TOKEN = "${s}"`);
  add('postman literal bearer', r(B64URL, 40), (s) => `"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "${s}", "type": "string"}]}`);
  add('har authorization', r(B64URL, 40), (s) => `{"headers": [{"name": "Authorization", "value": "Bearer ${s}"}, {"name": "Accept", "value": "*/*"}]}`);
  add('powershell api key header', r(ALNUM, 32), (s) => `$headers = @{ "X-Api-Key" = "${s}" }\nInvoke-RestMethod -Uri $url -Headers $headers`);
  add('powershell bearer inline', r(B64URL, 40), (s) => `Invoke-RestMethod -Uri $url -Headers @{Authorization = "Bearer ${s}"}`);
  add('pypirc token', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 120)}`, (s) => `[pypi]\nusername = __token__\npassword = ${s}`);
  add('laravel app key', `base64:${r(B64, 43)}=`, (s) => `APP_NAME=Acme\nAPP_ENV=production\nAPP_KEY=${s}`);
  add('laravel mail password', randomPw(16), (s) => `MAIL_MAILER=smtp\nMAIL_USERNAME=apikey\nMAIL_PASSWORD=${s}`);
  add('symfony app secret', r(HEXL, 32), (s) => `APP_ENV=prod\nAPP_SECRET=${s}`);
  add('phoenix repo password', randomPw(16), (s) => `config :app, App.Repo,\n  username: "app",\n  password: "${s}",\n  hostname: "db"`);
  add('phoenix secret key base', r(B64, 64), (s) => `config :app, AppWeb.Endpoint,\n  secret_key_base: "${s}"`);
  add('hocon password', randomPw(16), (s) => `db {\n  user = "app"\n  password = "${s}"\n}`);
  add('jenkins gitlab token', `glpat-${r(B64URL, 20)}`, (s) => `sh "curl -H 'PRIVATE-TOKEN: ${s}' https://gitlab.acme.io/api/v4/projects"`);
  add('circleci docker -p', randomPw(16).replace(/[!&*?^]/g, 'c'), (s) => `- run: docker login -u acme -p ${s}`);
  add('aws credentials file', r(B64, 40), (s) => `[default]\naws_access_key_id = AKIA${r(UPPER + '234567', 16)}\naws_secret_access_key = ${s}`);
  add('heroku database url', r(HEXL, 64), (s) => `=== acme-api Config Vars\nDATABASE_URL: postgres://u${r(LOWER, 10)}:${s}@ec2-3-1-2-3.compute-1.amazonaws.com:5432/d${r(LOWER, 10)}`);
  add('diff added key', r(ALNUM, 32), (s) => `@@ -3,4 +3,5 @@ partner:\n   url: https://api.partner.io\n+  api_key: ${s}\n   timeout: 30`);
  add('review quoted key', r(ALNUM, 32), (s) => `> const API_KEY = "${s}";\nplease move this to the environment before merging`);
  add('email ftp pw', humanPw(), (s) => `Hi Ana,\n\nftp host: ftp.acme.io\nuser: acme\npw: ${s}\n\nPlease change it after the first login.`);
  add('go struct literal', r(ALNUM, 32), (s) => `cfg := Config{APIKey: "${s}", Timeout: 30 * time.Second}`);
  add('rust bearer auth', r(B64URL, 40), (s) => `let res = client.get(url).bearer_auth("${s}").send().await?;`);
  add('lua legacy openai', `sk-${r(ALNUM, 48)}`, (s) => `require("chatgpt").setup({ openai_api_key = "${s}" })`);
  add('perl dbi literal', randomPw(14).replace(/['"]/g, 'p'), (s) => `my $dbh = DBI->connect($dsn, "app", "${s}") or die $DBI::errstr;`);
  add('php config array', randomPw(16).replace(/'/g, 'q'), (s) => `'mysql' => [\n    'username' => 'app',\n    'password' => '${s}',\n],`);
  add('semicolon csv password', humanPw(), (s) => `id;email;password\n1;ana@acme.de;${s}`);
  add('log api key header', r(HEXL, 32), (s) => `DEBUG http: > GET /v2/orders\nDEBUG http: > X-Api-Key: ${s}`);
  add('twilio api secret', r(ALNUM, 32), (s) => `TWILIO_API_KEY=SK${r(HEXL, 32)}\nTWILIO_API_SECRET=${s}`);
  add('spanish wifi password', humanPw(), (s) => `la contraseña del wifi de invitados es ${s}`);
  return out;
}
