/**
 * Blind batch B (issue #4): written after every fix of this round and scored once, untouched (the
 * figure in blind-batches.test.ts is that first score, not a tuned one). Other ecosystems than
 * batches A and A2: message brokers, package-manager credential files, observability agents,
 * Terraform plans, `kubectl describe`, Android/iOS/gettext strings, CLI frameworks in several languages.
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['granite', 'puffin', 'lilac', 'ferris', 'nova', 'cactus', 'drizzle', 'amber', 'bishop', 'lagoon', 'waffle', 'zephyr', 'quill', 'marble', 'hazel', 'orca'];

export function batchBNegatives(seed = 'blind-b-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha256') => createHash(alg).update(s).digest('hex');
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-a${r(HEXL, 3)}-${r(HEXL, 12)}`;

  // ---- brokers, servers and agents ----
  add('kafka jaas env', 'sasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_USER}" password="${KAFKA_PASSWORD}";');
  add('redis conf commented', '# requirepass foobared\nbind 127.0.0.1 -::1\nprotected-mode yes');
  add('rabbitmq conf env', 'default_user = $(RABBITMQ_USER)\ndefault_pass = $(RABBITMQ_PASS)\nloopback_users.guest = false');
  add('haproxy userlist env', 'userlist admins\n  user admin password "$ADMIN_HASH"\nfrontend stats\n  stats auth admin:"${STATS_PASSWORD}"');
  add('logstash env', 'output {\n  elasticsearch {\n    hosts => ["https://es:9200"]\n    user => "logstash_writer"\n    password => "${LOGSTASH_PW}"\n  }\n}');
  add('otel collector env', 'exporters:\n  otlphttp:\n    endpoint: https://otlp.acme.io\n    headers:\n      api-key: ${env:OTLP_API_KEY}');
  add('grafana datasource env', 'datasources:\n  - name: Postgres\n    type: postgres\n    user: grafana\n    secureJsonData:\n      password: $GRAFANA_PG_PASSWORD');
  add('vector sink', '[sinks.datadog]\ntype = "datadog_logs"\ndefault_api_key = "${DD_API_KEY}"\ncompression = "gzip"');
  add('fluent bit', '[OUTPUT]\n    Name  es\n    HTTP_User  fluent\n    HTTP_Passwd  ${ES_PASSWORD}\n    tls  On');
  add('caddy bcrypt', `basicauth /admin/* {\n  ana $2a$14$${r(ALNUM + './', 53)}\n}`);
  add('mongod conf', 'security:\n  authorization: enabled\n  keyFile: /etc/mongo/keyfile\nsetParameter:\n  authenticationMechanisms: SCRAM-SHA-256');
  // ---- package managers and registries ----
  add('maven settings env', '<server>\n  <id>nexus</id>\n  <username>${env.NEXUS_USER}</username>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>');
  add('nuget config env', '<packageSourceCredentials>\n  <github>\n    <add key="Username" value="ci" />\n    <add key="ClearTextPassword" value="%GITHUB_PACKAGES_TOKEN%" />\n  </github>\n</packageSourceCredentials>');
  add('yarnrc env', 'npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${NPM_TOKEN}"');
  add('composer auth placeholder', '{"http-basic": {"repo.packagist.com": {"username": "token", "password": "<your-private-packagist-token>"}}}');
  add('cargo credentials placeholder', '[registries.acme]\ntoken = "<token from https://crates.acme.io/me>"');
  add('terraformrc', 'credentials "app.terraform.io" {\n  # token = "..."  (run `terraform login` instead)\n}');
  add('pip conf env', '[global]\nindex-url = https://${PIP_USER}:${PIP_PASSWORD}@pypi.acme.io/simple/');
  add('gradle properties env', 'mavenUser=ci\nmavenPassword=\nsigning.password=\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg');
  add('podman auth empty', '{"auths": {}, "credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}}');
  // ---- cloud and infrastructure ----
  add('terraform plan sensitive', '  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + password = (sensitive value)\n      + username = "admin"\n    }');
  add('terraform output', 'output "db_password" {\n  value     = aws_db_instance.main.password\n  sensitive = true\n}');
  add('tfstate nulls', '"attributes": {"password": null, "password_wo": null, "manage_master_user_password": true}');
  add('kubectl describe secret', 'Name:         db-credentials\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  16 bytes\ntoken:     40 bytes\nca.crt:    1066 bytes');
  add('pulumi secure config', `config:\n  acme:dbPassword:\n    secure: v1:${r(B64, 16)}:${r(B64, 40)}`);
  add('serverless ssm', 'environment:\n  DB_PASSWORD: ${ssm:/prod/db/password}\n  API_KEY: ${env:API_KEY}');
  add('puppet eyaml', `db_password: >\n    ENC[PKCS7,${r(B64, 120)}]`);
  add('ansible inventory vars', '[web]\nweb1 ansible_host=10.0.1.5 ansible_user=deploy ansible_ssh_pass="{{ vault_ssh_pass }}"');
  add('nomad template', 'template {\n  data = <<EOH\nDB_PASSWORD={{ with secret "kv/data/db" }}{{ .Data.data.password }}{{ end }}\nEOH\n  destination = "secrets/db.env"\n  env = true\n}');
  add('dependabot registries', 'registries:\n  npm-github:\n    type: npm-registry\n    url: https://npm.pkg.github.com\n    token: ${{secrets.MY_GITHUB_PERSONAL_TOKEN}}');
  add('gha condition', "if: ${{ secrets.NPM_TOKEN != '' }}\nenv:\n  NODE_AUTH_TOKEN: \"${{ secrets.NPM_TOKEN }}\"");
  add('packer variable', 'variable "winrm_password" {\n  type      = string\n  default   = env("WINRM_PASSWORD")\n  sensitive = true\n}');
  add('vagrantfile', 'config.ssh.username = "vagrant"\nconfig.ssh.password = ENV["VAGRANT_SSH_PASSWORD"]\nconfig.ssh.insert_key = true');
  add('cloud init hashed', `users:\n  - name: ana\n    passwd: "$6$rounds=4096$${r(ALNUM + './', 16)}$${r(ALNUM + './', 86)}"\n    lock_passwd: false\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} ana@laptop`);
  // ---- code in more languages ----
  add('go flags', 'password := flag.String("password", "", "database password (or set DB_PASSWORD)")\ntoken := flag.String("token", os.Getenv("API_TOKEN"), "API token")');
  add('python argparse', 'parser.add_argument("--password", default=os.environ.get("PW"), help="login password")\nparser.add_argument("--api-key", required=True)');
  add('python click', '@click.option("--token", envvar="ACME_TOKEN", required=True, help="API token")\n@click.password_option()');
  add('rust clap', '#[arg(long, env = "API_KEY", hide_env_values = true)]\napi_key: String,\n#[arg(long, env = "DB_PASSWORD")]\npassword: Option<String>,');
  add('csharp property', '[JsonProperty("password")]\npublic string Password { get; set; } = string.Empty;\npublic string ApiKey => _options.Value.ApiKey;');
  add('elixir runtime config', 'config :acme, Acme.Repo,\n  username: System.get_env("DB_USER"),\n  password: System.fetch_env!("DB_PASSWORD"),\n  secret_key_base: System.fetch_env!("SECRET_KEY_BASE")');
  add('lua env', 'local token = os.getenv("TOKEN")\nlocal password = ngx.var.arg_password');
  add('bash required env', ': "${API_KEY:?API_KEY must be set}"\n: "${DB_PASSWORD:?}"');
  add('perl env', 'my $password = $ENV{DB_PASSWORD} // die "DB_PASSWORD not set";\nmy $token = $cfg->{api}{token};');
  add('r and julia env', 'api_key <- Sys.getenv("OPENAI_API_KEY")\ntoken = ENV["GITHUB_TOKEN"]');
  add('dart define', "const apiKey = String.fromEnvironment('API_KEY');\nfinal password = passwordController.text;");
  add('powershell env', '$env:API_KEY = Read-Host "API key"\n$token = $env:GITHUB_TOKEN\n$securePassword = Get-Credential');
  add('scala config', 'val password = config.getString("db.password")\nval token = sys.env.getOrElse("TOKEN", "")');
  add('pytest parametrize', '@pytest.mark.parametrize("password", ["", "short", "a" * 129, None])\ndef test_rejects_bad_password(password):\n    assert not is_valid(password)');
  add('java spring properties class', '@ConfigurationProperties(prefix = "acme.api")\npublic record ApiProperties(String baseUrl, String apiKey, Duration timeout) {}');
  add('ts type with token', 'type Session = { userId: string; token: string; expiresAt: Date };\nconst session: Session = await store.get(sessionId);');
  add('sql server sqlcmd var', "ALTER LOGIN sa WITH PASSWORD = N'$(SA_PASSWORD)';\nGO");
  add('sql column comment', "password VARCHAR(255) NOT NULL,\napi_token CHAR(64) UNIQUE,\nCOMMENT ON COLUMN users.password IS 'bcrypt hash';");
  // ---- i18n and UI strings ----
  add('android strings', '<string name="prompt_password">Password</string>\n<string name="error_invalid_password">This password is too short</string>\n<string name="action_sign_in">Sign in</string>');
  add('ios localizable', '"password" = "Mot de passe";\n"token_expired" = "Votre session a expiré";\n"api_key" = "Clé d\'API";');
  add('gettext po', 'msgid "Password"\nmsgstr "Passwort"\n\nmsgid "API token"\nmsgstr "API-Token"');
  add('java messages properties', 'login.password=Kennwort\nlabel.password=Password\nerror.token.expired=Your session has expired');
  add('vue i18n', 'export default {\n  password: "Contraseña",\n  newPassword: "Nueva contraseña",\n  token: "Token de acceso",\n}');
  add('placeholder attr', '<input name="token" placeholder="Paste your personal access token" />\n<input type="password" placeholder="••••••••">');
  // ---- logs and output ----
  add('nginx access masked', '203.0.113.7 - - [26/Nov/2024:10:00:00 +0000] "GET /api/export?token=[redacted]&format=csv HTTP/1.1" 200 1532 "-" "curl/8.5.0"');
  add('okta system log', '{"eventType":"user.authentication.auth_via_mfa","outcome":{"result":"FAILURE","reason":"INVALID_CREDENTIALS"},"actor":{"alternateId":"ana@acme.io"}}');
  add('k8s event', 'Warning  FailedMount  3m  kubelet  MountVolume.SetUp failed for volume "db-password" : secret "db-password" not found');
  add('vault audit hmac', `{"type":"response","auth":{"client_token":"hmac-sha256:${sha('ct')}","accessor":"hmac-sha256:${sha('acc')}"}}`);
  add('git credential output', 'protocol=https\nhost=github.com\nusername=ana\npassword=\n');
  add('docker login output', 'WARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.\nConfigure a credential helper to remove this warning.\nLogin Succeeded');
  add('npm whoami error', 'npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.');
  add('psql connection info', 'You are connected to database "orders" as user "app" on host "db.internal" (address "10.0.3.7") at port "5432".\nSSL connection (protocol: TLSv1.3)');
  add('hash list', `SHA256 (rampart-1.4.0.tgz) = ${sha('tgz')}\nSHA512 (rampart-1.4.0.zip) = ${sha('zip', 'sha512')}`);
  add('uuid rows', `tenant,subscription,key_vault\n${uuid()},${uuid()},kv-prod-weu`);
  add('api usage csv', `date,key_prefix,requests,errors\n2024-11-25,sk-proj-${r(ALNUM, 4)}...,12034,12\n2024-11-26,sk-proj-${r(ALNUM, 4)}...,9876,3`);
  add('password reset csv', 'requested_at,user,channel,status\n2024-11-26T08:00:00Z,ana,email,sent\n2024-11-26T08:05:12Z,ben,sms,expired');
  // ---- prose and docs ----
  add('so question', 'How do I pass the password to psql non-interactively? I tried `psql -W` but it still prompts. Should I use PGPASSWORD or a .pgpass file?');
  add('readme setup', '## Setup\n1. Create a token at https://github.com/settings/tokens with the `repo` scope.\n2. Save it as `GH_TOKEN` in your shell profile.\n3. Run `make bootstrap`.');
  add('runbook', 'If the password rotation job fails, re-run it from the Jenkins job "rotate-db-creds" and check that the new secret version is marked AWSCURRENT.');
  add('changelog', '- Fixed: API keys with a trailing newline were rejected (#812)\n- Changed: tokens now expire after 30 days by default\n- Removed: the deprecated `--password` flag; use `--password-file`');
  add('chat about entropy', 'Is a 4-word diceware passphrase enough for a password manager master password, or should I go to 6 words?');
  add('security advisory', 'Versions before 2.3.1 logged the Authorization header at debug level. Rotate any token that may have been written to logs.');
  // ---- ids and digests under secret-ish names ----
  add('token ids', `{"token_id": "${r(ALNUM, 24)}", "key_id": "${uuid()}", "secret_id": "${uuid()}"}`);
  add('hashed secrets', `api_key_hash: ${sha('ak')}\nclient_secret_sha256: ${sha('cs')}\nsecret_digest: sha256:${sha('sd')}`);
  add('signing key public', `"signing_public_key": "${r(B64, 43)}=", "signing_key_id": "k-${r(HEXL, 8)}"`);
  add('registry digest', `token-service@sha256:${sha('img')}`);
  add('content hash filenames', `assets/token-icon.${r(HEXL, 8)}.svg\nassets/secret-banner.${r(HEXL, 8)}.png`);
  return out;
}

export function batchBPositives(seed = 'blind-b-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?^_', n);
  const humanPw = () => `${cap(word())}${r('!#$%&*?', 1)}${r(DIGITS, 3)}`;

  add('kafka jaas password', randomPw(20), (s) => `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-ingest" password="${s}";`);
  add('redis requirepass', randomPw(24), (s) => `bind 0.0.0.0\nrequirepass ${s}\nmaxmemory 2gb`);
  add('rabbitmq default pass', humanPw(), (s) => `default_user = admin\ndefault_pass = ${s}`);
  add('haproxy insecure password', humanPw(), (s) => `userlist admins\n  user admin insecure-password ${s}`);
  add('logstash password', randomPw(18), (s) => `elasticsearch {\n  user => "logstash_writer"\n  password => "${s}"\n}`);
  add('grafana secure json', randomPw(16), (s) => `secureJsonData:\n  password: "${s}"`);
  add('maven settings password', randomPw(16), (s) => `<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>${s}</password>\n</server>`);
  add('nuget cleartext password', `ghp_${r(ALNUM, 36)}`, (s) => `<add key="ClearTextPassword" value="${s}" />`);
  add('composer auth', randomPw(32), (s) => `{"http-basic": {"repo.packagist.com": {"username": "token", "password": "${s}"}}}`);
  add('yarnrc npm token', `npm_${r(ALNUM, 36)}`, (s) => `npmAuthToken: "${s}"`);
  add('pip conf basic auth', randomPw(16).replace(/[@:/%?#]/g, 'z'), (s) => `[global]\nindex-url = https://ci:${s}@pypi.acme.io/simple/`);
  add('podman auth', Buffer.from(`ana:ghp_${r(ALNUM, 36)}`).toString('base64'), (s) => `{"auths": {"ghcr.io": {"auth": "${s}"}}}`);
  add('go const api key', r(ALNUM, 32), (s) => `const apiKey = "${s}"\nreq.Header.Set("X-API-Key", apiKey)`);
  add('rust literal token', `glpat-${r(B64URL, 20)}`, (s) => `let token = "${s}";\nlet client = Gitlab::new("gitlab.acme.io", token)?;`);
  add('elixir password', randomPw(16), (s) => `config :acme, Acme.Repo,\n  username: "acme",\n  password: "${s}",\n  hostname: "db"`);
  add('perl password', humanPw(), (s) => `my $dbh = DBI->connect($dsn, "report", "${s}");\nmy $password = '${s}';`);
  add('powershell plain password', randomPw(14), (s) => `$password = '${s}'\n$cred = New-Object PSCredential('svc', (ConvertTo-SecureString $password -AsPlainText -Force))`);
  add('bash mysql pwd', randomPw(14), (s) => `export MYSQL_PWD='${s}'\nmysql -u backup -h db.internal -e 'SHOW DATABASES'`);
  add('log token clone', `glpat-${r(B64URL, 20)}`, (s) => `2024-11-26T10:00:00Z DEBUG git: cloning with token '${s}' from gitlab.acme.io`);
  add('stripe key in webhook config json', `sk_live_${r(ALNUM, 99)}`, (s) => `{"provider": "stripe", "apiKey": "${s}", "webhookPath": "/hooks/stripe"}`);
  add('chat db password', humanPw(), (s) => `here's the prod DB password: ${s} -- delete this message after you log in`);
  add('slack user token', `xoxp-${r(DIGITS, 11)}-${r(DIGITS, 11)}-${r(DIGITS, 13)}-${r(HEXL, 32)}`, (s) => `SLACK_USER_TOKEN=${s}`);
  add('twilio auth token json', r(HEXL, 32), (s) => `{"twilio": {"account_sid": "AC${r(HEXL, 32)}", "auth_token": "${s}"}}`);
  add('anthropic key in yaml', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `llm:\n  provider: anthropic\n  api_key: ${s}`);
  add('openai key in toml', `sk-proj-${r(B64URL, 48)}T3BlbkFJ${r(B64URL, 48)}`, (s) => `[openai]\napi_key = "${s}"`);
  add('aws pair in ini', r(B64, 40), (s) => `[default]\naws_access_key_id=AKIA${r(UPPER + '234567', 16)}\naws_secret_access_key=${s}`);
  add('private key in env', `-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA${r(B64, 60)}\\n${r(B64, 64)}\\n${r(B64, 64)}\\n-----END RSA PRIVATE KEY-----`, (s) => `JWT_PRIVATE_KEY="${s}"`);
  add('jwt in curl', (() => {
    const h = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: `u_${r(ALNUM, 10)}`, exp: 1764000000 })).toString('base64url');
    return `${h}.${p}.${r(B64URL, 43)}`;
  })(), (s) => `curl -s https://api.acme.io/v1/me -H "Authorization: Bearer ${s}"`);
  add('sendgrid env', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `SENDGRID_API_KEY=${s}`);
  add('generic secret env', r(ALNUM, 48), (s) => `APP_SECRET=${s}\nAPP_ENV=prod`);
  add('session secret js', r(B64URL, 40), (s) => `app.use(session({ secret: "${s}", resave: false }));`);
  add('postgres url ruby', randomPw(16).replace(/[@:/%?#]/g, 'k'), (s) => `ActiveRecord::Base.establish_connection("postgres://rails:${s}@db.internal/app_production")`);
  add('password in docker compose list form', randomPw(16), (s) => `environment:\n  - MARIADB_ROOT_PASSWORD=${s}\n  - MARIADB_DATABASE=app`);
  add('passphrase quoted', `${cap(word())} ${word()} ${word()} ${word()} ${word()}`, (s) => `ssh_key_passphrase: "${s}"`);
  return out;
}
