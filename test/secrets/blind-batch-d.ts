/**
 * Blind batch D (issue #4): written after every fix of batch C, without reading the scanner's rules,
 * and scored once, untouched (figure in blind-batches.test.ts). Containers the earlier batches did not
 * use much: Terraform/HCL, Ansible inventories and vars, compose files, GitHub Actions, Helm values,
 * nginx/Apache, Java properties, .NET appsettings, Rails credentials, mobile configs, notebook JSON,
 * shell history, chat pastes, support tickets, stack traces, SQL dumps, CSV exports with password
 * hashes (hashes are not secrets), encrypted values (SOPS, sealed secrets) and auth-service logs.
 */
import { createHash } from 'node:crypto';
import { ALNUM, B64, B64URL, DIGITS, HEXL, UPPER, positiveBatch, randomChars, type NegativeCase, type SecretCase } from './fixtures.js';

const WORDS = ['falcon', 'meadow', 'cobalt', 'pepper', 'harbor', 'lantern', 'mango', 'nimbus', 'otter', 'quartz', 'raven', 'saffron', 'thistle', 'velvet', 'walnut', 'juniper'];
const BCRYPT = `${ALNUM}./`;

export function batchDNegatives(seed = 'blind-d-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha256') => createHash(alg).update(s).digest('hex');
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-a${r(HEXL, 3)}-${r(HEXL, 12)}`;
  const bcrypt = () => `$2b$12$${r(BCRYPT, 53)}`;

  // ---- Terraform / HCL ----
  add('tf sensitive variable', 'variable "db_password" {\n  type      = string\n  sensitive = true\n  description = "Master password for the RDS instance"\n}');
  add('tf random password ref', 'resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  password = random_password.db.result\n}');
  add('tf random password resource', 'resource "random_password" "db" {\n  length           = 32\n  special          = true\n  override_special = "!#$%&*()-_=+[]{}<>:?"\n}');
  add('tf secrets manager data', 'data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\nlocals {\n  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)\n}');
  add('tf plan sensitive', '  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n      ~ password = (sensitive value)\n        id       = "app-prod"\n    }');
  add('tf outputs sensitive', 'Outputs:\n\ndb_endpoint = "app-prod.c9akciq32.eu-west-1.rds.amazonaws.com"\ndb_password = <sensitive>\napi_token = <sensitive>');
  add('tf state lineage', `{"version": 4, "terraform_version": "1.9.5", "serial": 42, "lineage": "${uuid()}", "outputs": {}}`);
  // ---- Ansible ----
  add('ansible vars from vault', 'db_password: "{{ vault_db_password }}"\napi_token: "{{ lookup(\'env\', \'API_TOKEN\') }}"');
  add('ansible hashi_vault lookup', "ansible_become_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ansible:become') }}\"");
  add('ansible vault encrypted', `ansible_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r(HEXL, 80)}\n  ${r(HEXL, 80)}\n  ${r(HEXL, 40)}`);
  add('ansible prompt', 'vars_prompt:\n  - name: admin_password\n    prompt: "Admin password?"\n    private: true\n    encrypt: sha512_crypt');
  // ---- compose ----
  add('compose secrets file', 'services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password\n    secrets:\n      - pg_password\nsecrets:\n  pg_password:\n    file: ./secrets/pg_password.txt');
  add('compose env defaults', 'environment:\n  POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-}\n  REDIS_PASSWORD: ${REDIS_PASSWORD:?set REDIS_PASSWORD}');
  add('compose image digest', `services:\n  api:\n    image: ghcr.io/acme/api@sha256:${sha('api')}\n    restart: unless-stopped`);
  // ---- GitHub Actions ----
  add('actions secrets refs', 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  GITHUB_TOKEN: ${{ github.token }}\n  SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}');
  add('actions oidc', '- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/deploy\n    aws-region: eu-west-1');
  add('actions pinned sha', `steps:\n  - uses: actions/checkout@${sha('checkout', 'sha1')} # v4.2.2\n  - uses: actions/setup-node@${sha('setup-node', 'sha1')} # v4.1.0`);
  add('actions masked log', 'Run echo "token=***" >> "$GITHUB_OUTPUT"\n  echo "::add-mask::$TOKEN"\n  shell: /usr/bin/bash -e {0}\n  env:\n    TOKEN: ***');
  add('actions permissions', 'permissions:\n  id-token: write\n  contents: read\n  packages: write');
  // ---- Helm ----
  add('helm existing secret', 'auth:\n  existingSecret: pg-credentials\n  secretKeys:\n    adminPasswordKey: postgres-password\n    userPasswordKey: password');
  add('helm empty password', 'redis:\n  auth:\n    enabled: true\n    password: ""\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password');
  add('helm template lookup', 'data:\n  password: {{ .Values.auth.password | default (randAlphaNum 24) | b64enc | quote }}');
  // ---- nginx / Apache ----
  add('nginx basic auth file', 'location /admin {\n  auth_basic "Restricted";\n  auth_basic_user_file /etc/nginx/.htpasswd;\n  proxy_set_header Authorization $http_authorization;\n}');
  add('nginx ssl password file', 'ssl_certificate     /etc/ssl/certs/acme.crt;\nssl_certificate_key /etc/ssl/private/acme.key;\nssl_password_file   /etc/nginx/ssl_passwords.txt;');
  add('apache basic auth', '<Location "/admin">\n  AuthType Basic\n  AuthName "Admin"\n  AuthUserFile /etc/apache2/.htpasswd\n  Require valid-user\n</Location>');
  add('htpasswd bcrypt', `ana:${bcrypt()}\nben:${bcrypt()}`);
  // ---- Java / .NET ----
  add('spring properties env', 'spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=${DB_PASSWORD}');
  add('spring oauth client secret env', 'spring.security.oauth2.client.registration.github.client-id=${GITHUB_CLIENT_ID}\nspring.security.oauth2.client.registration.github.client-secret=${GITHUB_CLIENT_SECRET}');
  add('java i18n bundle', 'login.password.label=Passwort\nlogin.password.forgot=Passwort vergessen?\nerror.token.expired=Sitzung abgelaufen, bitte erneut anmelden');
  add('gradle credentials providers', 'credentials {\n  username = providers.gradleProperty("mavenUser").get()\n  password = providers.gradleProperty("mavenPassword").get()\n}');
  add('dotnet localdb', '{"ConnectionStrings": {"Default": "Server=(localdb)\\\\mssqllocaldb;Database=App;Trusted_Connection=True;MultipleActiveResultSets=true"}}');
  add('dotnet jwt empty', '{"Jwt": {"Issuer": "https://auth.acme.io", "Audience": "api", "SigningKey": ""}, "Logging": {"LogLevel": {"Default": "Information"}}}');
  add('dotnet key vault ref', '{"DbPassword": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/)", "ApiKey": "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=api-key)"}');
  add('dotnet user secrets id', `<PropertyGroup>\n  <TargetFramework>net8.0</TargetFramework>\n  <UserSecretsId>${uuid()}</UserSecretsId>\n</PropertyGroup>`);
  add('dotnet google client id', '"Authentication": {"Google": {"ClientId": "1234567890-abc.apps.googleusercontent.com", "ClientSecret": "<from dotnet user-secrets>"}}');
  // ---- Rails ----
  add('rails erb env', 'production:\n  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n  adapter: postgresql\n  password: <%= ENV.fetch("DATABASE_PASSWORD") %>');
  add('rails credentials dig', 'Aws::S3::Client.new(\n  access_key_id: Rails.application.credentials.dig(:aws, :access_key_id),\n  secret_access_key: Rails.application.credentials.dig(:aws, :secret_access_key)\n)');
  add('rails credentials enc file', `$ cat config/credentials.yml.enc\n${r(B64, 120)}--${r(B64, 22)}--${r(B64, 22)}==`);
  // ---- mobile ----
  add('android signing env', 'signingConfigs {\n  release {\n    storePassword System.getenv("KEYSTORE_PASSWORD")\n    keyAlias "release"\n    keyPassword System.getenv("KEY_PASSWORD")\n  }\n}');
  add('android strings', '<string name="api_key_hint">Enter your API key</string>\n<string name="password">Password</string>\n<string name="token_expired">Your session token expired</string>');
  add('kotlin read field', 'val password = binding.passwordInput.text.toString()\nval token = prefs.getString("auth_token", null)');
  add('swift keychain', 'let token = try await keychain.get("auth_token")\nlet password = passwordField.text ?? ""');
  add('ios plist usage', '<key>NSFaceIDUsageDescription</key>\n<string>Use Face ID instead of your password</string>\n<key>CFBundleIdentifier</key>\n<string>io.acme.wallet</string>');
  // ---- notebooks ----
  add('notebook getenv', '{"cell_type": "code", "execution_count": 3, "metadata": {}, "source": ["import os\\n", "api_key = os.getenv(\\"OPENAI_API_KEY\\")\\n", "client = OpenAI(api_key=api_key)"]}');
  add('notebook png output', `{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk${r(B64, 160)}", "text/plain": ["<Figure size 640x480>"]}}`);
  add('notebook metadata', `{"metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "cells": [{"id": "${r(HEXL, 8)}", "cell_type": "markdown", "source": ["## Token usage by model"]}]}`);
  // ---- shell history ----
  add('history aws', '  501  export AWS_PROFILE=prod\n  502  aws sts get-caller-identity\n  503  aws secretsmanager get-secret-value --secret-id prod/db --query SecretString');
  add('history read password', '   88  read -s DB_PASSWORD\n   89  export DB_PASSWORD\n   90  psql "host=db user=app password=$DB_PASSWORD dbname=app"');
  add('history ssh keygen', '  120  ssh-keygen -t ed25519 -C "ana@acme.io" -f ~/.ssh/id_ed25519 -N ""\n  121  ssh-copy-id -i ~/.ssh/id_ed25519.pub deploy@bastion');
  add('history docker login stdin', '  230  echo "$CR_PAT" | docker login ghcr.io -u ana --password-stdin\n  231  docker push ghcr.io/acme/api:1.4.2');
  add('docker login warning', 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nWARNING! Your password will be stored unencrypted in /home/ana/.docker/config.json.\nLogin Succeeded');
  // ---- chat pastes ----
  add('slack rotation', '[10:42] ana: did anyone rotate the stripe key?\n[10:43] ben: yes, the new one is in 1Password under "Stripe prod"\n[10:43] ana: thx :pray:');
  add('discord token advice', '**bot-dev** — Today at 3:14 PM\nput your bot token in .env and never commit it lol\n||I did once, had to reset the token||');
  add('slack policy', 'reminder: passwords must be rotated every 90 days. use the self-service portal at https://id.acme.io/reset (not this channel!)');
  add('slack huddle', 'ben: password for the wifi is on the whiteboard in room 4\nana: which one, the guest network?');
  // ---- support tickets ----
  add('ticket reset', 'Ticket #48213\nSubject: Cannot log in\nCustomer says the password reset email never arrived. Logs: reset token issued 10:02, expired 10:32. Resent.');
  add('ticket key prefix', 'Ticket #48214 — API returns 401 "invalid_api_key". Customer confirmed the key starts with sk_live_ but would not paste it; asked them to roll it in the dashboard.');
  add('ticket redacted', 'Ticket #48220: customer pasted credentials (redacted by agent: password=[removed], api key=****7f3a). Advised rotation.');
  // ---- stack traces ----
  add('java psql auth failed', 'org.postgresql.util.PSQLException: FATAL: password authentication failed for user "app"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\n\tat org.postgresql.Driver.connect(Driver.java:297)');
  add('sqlalchemy auth failed', 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.3.4), port 5432 failed: FATAL:  password authentication failed for user "etl"\n(Background on this error at: https://sqlalche.me/e/20/e3q8)');
  add('mongo masked uri', 'MongoServerError: bad auth : Authentication failed.\n    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:230:30)\n  uri: mongodb+srv://app:****@cluster0.ab1cd.mongodb.net/prod');
  add('redis auth error', 'redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.\n  File "/app/worker.py", line 41, in connect\n    r.ping()');
  add('jdbc no password', 'Caused by: java.sql.SQLException: Access denied for user \'app\'@\'10.0.3.7\' (using password: YES)\n  url=jdbc:mysql://db:3306/app?useSSL=true&user=app');
  // ---- SQL dumps ----
  add('sql users bcrypt', `INSERT INTO users (id, email, password_hash, created_at) VALUES\n(1, 'ana@acme.io', '${bcrypt()}', '2024-01-03'),\n(2, 'ben@acme.io', '${bcrypt()}', '2024-02-11');`);
  add('sql api key table', 'CREATE TABLE api_keys (\n  id serial PRIMARY KEY,\n  key_hash char(64) NOT NULL,\n  key_prefix varchar(8) NOT NULL,\n  revoked_at timestamptz\n);');
  add('sql api key hash row', `INSERT INTO api_keys (id, key_hash, key_prefix, revoked_at) VALUES (1, '${sha('k1')}', 'ak_4f2c', NULL);`);
  add('sql copy token digest', `COPY public.sessions (id, user_id, token_digest) FROM stdin;\n1\t42\t${sha('s1')}\n2\t43\t${sha('s2')}\n\\.`);
  add('sql psql variable', "\\set app_password `cat /run/secrets/app_password`\nCREATE USER app WITH PASSWORD :'app_password';");
  // ---- CSV exports with hashes ----
  add('csv argon2 hashes', `id,email,password_hash,last_login\n1,ana@acme.io,"$argon2id$v=19$m=65536,t=3,p=4$${r(B64.slice(0, 64), 22)}$${r(B64.slice(0, 64), 43)}",2024-11-20\n2,ben@acme.io,"$argon2id$v=19$m=65536,t=3,p=4$${r(B64.slice(0, 64), 22)}$${r(B64.slice(0, 64), 43)}",2024-10-02`);
  add('csv django hashes', `user_id,username,password\n7,ana,pbkdf2_sha256$600000$${r(ALNUM, 22)}$${r(B64, 43)}=\n8,ben,pbkdf2_sha256$600000$${r(ALNUM, 22)}$${r(B64, 43)}=`);
  add('csv sha digest', `email,password_digest,salt\nana@acme.io,${sha('p1')},${r(HEXL, 16)}\nben@acme.io,${sha('p2')},${r(HEXL, 16)}`);
  add('csv last4', 'id,name,api_key_last4,created\n1,weather,7f3a,2024-01-01\n2,maps,c01d,2024-03-09');
  add('shadow line', `ana:$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}:19600:0:99999:7:::`);
  // ---- encrypted at rest ----
  add('sops encrypted', `db:\n  password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\nsops:\n  version: 3.9.0`);
  add('sealed secret', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB${r(B64, 300)}==`);
  // ---- auth-service logs ----
  add('auth login ok', '2024-11-26T10:00:01Z INFO auth: login succeeded user=ana method=password mfa=totp ip=203.0.113.7');
  add('auth invalid password', 'level=warn ts=2024-11-26T10:00:02Z msg="invalid password" user=ben attempts=3 locked=false');
  add('auth token issued json', `{"ts":"2024-11-26T10:00:03Z","level":"info","event":"token_issued","client_id":"mobile","token_type":"Bearer","expires_in":3600,"jti":"${uuid()}"}`);
  add('keycloak event', 'type=LOGIN_ERROR, realmId=acme, clientId=portal, userId=null, ipAddress=203.0.113.9, error=invalid_user_credentials, auth_method=openid-connect, username=ana');
  add('oauth2 proxy error', '[2024/11/26 10:00:00] [oauthproxy.go:866] Error redeeming code during OAuth2 callback: token exchange failed: oauth2: "invalid_grant" "Bad Request"');
  add('sshd publickey', `Nov 26 10:00:00 bastion sshd[1234]: Accepted publickey for deploy from 203.0.113.5 port 52214 ssh2: ED25519 SHA256:${r(B64, 43)}`);
  add('sshd failed password', 'Nov 26 10:00:04 bastion sshd[1240]: Failed password for invalid user admin from 198.51.100.23 port 40122 ssh2');
  add('deploy log sha', `2024-11-26 10:05:00 INFO deployed api@${sha('deploy', 'sha1')} to prod (by ana, build ${r(DIGITS, 5)})`);
  // ---- lockfiles ----
  add('go sum', `github.com/acme/auth v1.4.2 h1:${r(B64, 43)}=\ngithub.com/acme/auth v1.4.2/go.mod h1:${r(B64, 43)}=`);
  add('yarn berry checksum', `"jsonwebtoken@npm:^9.0.2":\n  version: 9.0.2\n  resolution: "jsonwebtoken@npm:9.0.2"\n  checksum: 10c0/${r(HEXL, 128)}`);
  add('prose hashing', 'The password field is hashed with Argon2id; we never store plaintext, and support must never ask a customer for it.');
  return out;
}

export function batchDPositives(seed = 'blind-d-positives'): SecretCase[] {
  const { r, out, add, word, cap } = positiveBatch(seed, WORDS);
  const randomPw = (n: number) => r(ALNUM + '!#%&*+-=?^_', n);
  const humanPw = () => `${cap(word())}${r(DIGITS, 2)}${r('!#$%&*?', 1)}${cap(word())}`;
  const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

  add('tf literal db password', randomPw(20), (s) => `resource "aws_db_instance" "main" {\n  engine   = "postgres"\n  username = "app"\n  password = "${s}"\n}`);
  add('tfvars datadog key', r(HEXL, 32), (s) => `region          = "eu-west-1"\ndatadog_api_key = "${s}"`);
  add('ansible vars literal', humanPw(), (s) => `mysql_root_password: ${s}\nmysql_databases:\n  - name: app`);
  add('ansible inventory password', randomPw(14), (s) => `[web]\nweb1 ansible_host=10.0.0.5 ansible_user=deploy ansible_password=${s}`);
  add('compose env list', randomPw(18), (s) => `services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD=${s}`);
  add('actions slack webhook', `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `env:\n  SLACK_WEBHOOK_URL: ${s}`);
  add('helm postgres password', randomPw(16), (s) => `postgresql:\n  auth:\n    username: app\n    postgresPassword: ${s}`);
  add('helm twilio token', r(HEXL, 32), (s) => `twilio:\n  accountSid: AC${r(HEXL, 32)}\n  authToken: ${s}`);
  add('nginx basic header', Buffer.from(`svc:${randomPw(16)}`).toString('base64'), (s) => `location /upstream/ {\n  proxy_pass http://backend;\n  proxy_set_header Authorization "Basic ${s}";\n}`);
  add('nginx api key header', r(ALNUM, 32), (s) => `proxy_set_header X-Api-Key ${s};`);
  add('spring datasource password', randomPw(16), (s) => `spring.datasource.username=app\nspring.datasource.password=${s}`);
  add('spring jwt secret', r(B64, 64), (s) => `app.jwt.secret=${s}\napp.jwt.expiration-ms=86400000`);
  add('dotnet sql connection', randomPw(16).replace(/[;=]/g, 'x'), (s) => `{"ConnectionStrings": {"Default": "Server=tcp:acme.database.windows.net,1433;Database=app;User ID=app;Password=${s};Encrypt=True;"}}`);
  add('dotnet azure storage', `${r(B64, 86)}==`, (s) => `{"StorageConnection": "DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${s};EndpointSuffix=core.windows.net"}`);
  add('rails credentials aws', r(B64, 40), (s) => `aws:\n  access_key_id: AKIA${r(UPPER + '234567', 16)}\n  secret_access_key: ${s}`);
  add('rails credentials stripe', `sk_live_${r(ALNUM, 24)}`, (s) => `stripe:\n  publishable_key: pk_live_${r(ALNUM, 24)}\n  secret_key: ${s}`);
  add('android maps key', `AIza${r(B64URL, 35)}`, (s) => `buildConfigField "String", "MAPS_KEY", "\\"${s}\\""`);
  add('ios plist secret', r(ALNUM, 40), (s) => `<key>API_SECRET</key>\n<string>${s}</string>`);
  add('notebook openai key', `sk-proj-${r(B64URL, 156)}`, (s) => `{"cell_type": "code", "source": ["import openai\\n", "openai.api_key = \\"${s}\\"\\n"]}`);
  add('notebook psycopg2', randomPw(16), (s) => `{"cell_type": "code", "source": ["conn = psycopg2.connect(host=\\"db\\", user=\\"ana\\", password=\\"${s}\\")"]}`);
  add('history mysql -p', randomPw(14).replace(/[!&*?^]/g, 'k'), (s) => `  412  mysql -u root -p${s} -h db.internal app`);
  add('history curl -u', randomPw(16).replace(/[!&*?^]/g, 'k'), (s) => `  413  curl -u admin:${s} https://jenkins.acme.io/api/json`);
  add('history aws secret export', r(B64, 40), (s) => `  414  export AWS_SECRET_ACCESS_KEY=${s}`);
  add('slack db password', humanPw(), (s) => `[10:45] ben: the staging db password is ${s} btw`);
  add('discord bot token', `${Buffer.from(r(DIGITS, 18)).toString('base64')}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `here's my bot token pls help it says 401: ${s}`);
  add('ticket sendgrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `Ticket #48230: customer pasted their key in the description: ${s} — please rotate.`);
  add('mongo uri in trace', randomPw(16).replace(/[@:/%?#]/g, 'm'), (s) => `com.mongodb.MongoTimeoutException: Timed out after 30000 ms\n  uri: mongodb://app:${s}@mongo-0.mongo:27017/prod?authSource=admin`);
  add('libpq dsn in trace', randomPw(16).replace(/[ '\\]/g, 'q'), (s) => `psycopg2.OperationalError: could not connect (dsn: "host=db.internal dbname=app user=etl password=${s}")`);
  add('sql create user', randomPw(16).replace(/'/g, 'z'), (s) => `CREATE USER app WITH PASSWORD '${s}';\nGRANT ALL ON DATABASE app TO app;`);
  add('sql integration key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `INSERT INTO integrations (name, api_key) VALUES ('sendgrid', '${s}');`);
  add('csv plaintext password', humanPw(), (s) => `email,password,role\nana@acme.io,${s},admin`);
  add('auth log form body', randomPw(16).replace(/[&=+%]/g, 'u'), (s) => `DEBUG auth: POST /oauth/token body=grant_type=password&username=ana&password=${s}&client_id=web`);
  add('auth log bearer jwt', `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ sub: 'u_1842', iss: 'https://auth.acme.io', exp: 1764150000 })}.${r(B64URL, 86)}`, (s) => `INFO request headers: {"authorization": "Bearer ${s}", "user-agent": "okhttp/4.12"}`);
  add('gitlab ci sonar', `squ_${r(HEXL, 40)}`, (s) => `variables:\n  SONAR_TOKEN: "${s}"`);
  add('dockerfile npm token', `npm_${r(ALNUM, 36)}`, (s) => `RUN echo "//registry.npmjs.org/:_authToken=${s}" > ~/.npmrc && npm ci`);
  add('apache request header', r(HEXL, 40), (s) => `RequestHeader set X-Auth-Token "${s}"\nProxyPass /api http://backend/api`);
  return out;
}
