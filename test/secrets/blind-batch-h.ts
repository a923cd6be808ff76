/**
 * Blind evaluation batch H for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch G) or any notes, and without running it. Batch H aims at operations records: CI
 * job logs (GitLab CI, CircleCI, Jenkins, Buildkite, Azure Pipelines), Helm values, docker-compose,
 * Ansible inventories and group_vars, Jupyter notebooks, shell history, PowerShell, Windows .reg
 * exports, Postman/Insomnia environments, Android/iOS/Firebase project files, Pulumi and CloudFormation
 * parameters, database dumps (mysqldump INSERT, Postgres COPY), raw HTTP request/response dumps, URLs
 * carrying credentials in userinfo or query, CLI credential files (.sentryclirc, .databrickscfg,
 * credentials.tfrc.json, .yarnrc.yml, docker config.json, s3cfg, gitlab-runner config.toml), private
 * keys (PEM in YAML, OpenSSH in an e-mail, WireGuard), and passwords in prose in languages batch G did
 * not use (Portuguese, Dutch, Russian, Korean, Turkish, Swedish, Czech, English e-mail).
 *
 * Negatives: digests (action pins, Homebrew, importmaps, OCI manifests, Terraform and Gradle lock data),
 * ids (registry GUIDs, cloud request and trace ids, payment object ids, ULIDs), base64 images and text,
 * public keys (age, WireGuard peers, known_hosts, minisign, DKIM, JWK without `d`), placeholders in the
 * same containers as the positives, secret-manager references, masked CI output, password hashes
 * (htpasswd bcrypt, Werkzeug, MySQL, SCRAM, Keycloak, ASP.NET Identity), encrypted blobs (Jenkins,
 * Pulumi `secure:`, Travis, KMS, Rails credentials, Jasypt), prose, commerce ids, colours, IPv6, key
 * names without values, public client keys and documentation-style example values written here.
 *
 * Every key-like value is generated at run time from the seeded random source (formats follow the
 * vendors' published shapes as I know them: prefix, alphabet, length), so this file holds no literal key.
 *
 * Judgment calls:
 * - A Google `AIza` key is a positive where a server calls an API with it (`?key=` on the Gemini
 *   endpoint) and a negative in a Firebase web `firebaseConfig` shipped to browsers (public by design).
 * - A Supabase JWT with `role: service_role` is a positive; the same shape with `role: anon` in browser
 *   code is a negative (the anon key is meant to be public). Braintree tokenization keys, Algolia
 *   search-only keys and Stripe `pk_live_` keys are negatives for the same reason.
 * - A Heroku API key is a bare UUID; it is a positive only because `HEROKU_API_KEY=` names it. Bare UUIDs
 *   elsewhere are negatives.
 * - A session cookie value (`sessionid=`) in a raw request dump is a positive: it is a bearer credential.
 *   An OAuth access token in a token-endpoint response is a positive.
 * - The base64 `auth` in a docker config.json (user:token) is the secret, as batch G treated `_auth`.
 * - Encrypted values (Jenkins `{AQAAAB...}`, Pulumi `secure: v1:`, Travis `secure:`, KMS ciphertext,
 *   Jasypt `ENC(...)`, Rails `credentials.yml.enc`) are negatives even under names like `api_key`; a
 *   Pulumi config value without `secure:` is a plaintext positive.
 * - A pre-hashed password in `ALTER ROLE ... PASSWORD 'SCRAM-SHA-256$...'` is a negative.
 * - `changeme` / `REPLACE_ME` / `your-key-here` are placeholders, negatives even where a real password
 *   would stand. Documentation-style values ending in `EXAMPLE` / `EXAMPLEKEY` (written here, not copied)
 *   are negatives.
 * - For a private key, `secret` is the whole block from `-----BEGIN` to the END marker as it stands.
 *   For a URL-encoded signature, `secret` is the encoded form as it appears in the text.
 */
import { createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  BCRYPT,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  b64,
  base62,
  positiveBatch,
  randomChars,
  ulid,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** Last base64 character of an encoded 32-byte value (the low two bits are padding). */
const B32END = 'AEIMQUYcgkosw048';
const BASE32L = 'abcdefghijklmnopqrstuvwxyz234567';

function pemBlock(r: R, label: string, derPrefix: string, bodyLength: number, width = 64): string {
  const body = derPrefix + r(B64, bodyLength - derPrefix.length);
  const lines = body.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

function signedJwt(r: R, claims: Record<string, unknown>): string {
  const h = b64url({ alg: 'HS256', typ: 'JWT' });
  const p = b64url(claims);
  return `${h}.${p}.${createHmac('sha256', r(ALNUM, 40)).update(`${h}.${p}`).digest('base64url')}`;
}

const RSA_PKCS1 = 'MIIEowIBAAKCAQEA';
const OPENSSH_HDR = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn';
const PKCS8_RSA = 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ';
const CERT_HDR = 'MIIDqTCCApGgAwIBAgIU';

const WORDS = [
  'anchor',
  'biscuit',
  'cactus',
  'dolphin',
  'ember',
  'fjord',
  'gazelle',
  'hazel',
  'igloo',
  'juniper',
  'kestrel',
  'lagoon',
  'mango',
  'nectar',
  'oyster',
  'puffin',
] as const;

export function batchHPositives(seed = 'blind-h-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A password a person would make up: word, digits, symbol, another word. */
  const human = (): string => `${cap(word())}${r(DIGITS, 3)}${r('!%*?#@', 1)}${word()}`;
  const gen = (n = 20): string => r(ALNUM, n);
  const withCrc = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };

  // --- CI/CD job logs -------------------------------------------------------------------------
  add('gitlab deploy token echoed in a GitLab CI job log', `gldt-${r(B64URL, 20)}`, (s) => `Running with gitlab-runner 17.5.1 (a1b2c3d4)\n  on k8s-runner-03 xk2PqT9a, system ID: r_${r(ALNUM, 12)}\nExecuting "step_script" stage of the job script\n$ echo "pulling charts with deploy token ${s}"\npulling charts with deploy token ${s}\n$ helm repo add internal https://gitlab.acme.io/api/v4/projects/88/packages/helm/stable`);
  add('circleci personal token in a CircleCI step output', `CCIPAT_${r(ALNUM, 22)}_${r(HEXL, 40)}`, (s) => `#!/bin/bash -eo pipefail\nset -x\ncurl -s -H "Circle-Token: ${s}" https://circleci.com/api/v2/project/gh/acme/api/pipeline\n+ curl -s -H 'Circle-Token: ${s}' https://circleci.com/api/v2/project/gh/acme/api/pipeline\n{"next_page_token":null,"items":[]}`);
  add('jenkins api token in a Jenkins console log', `11${r(HEXL, 32)}`, (s) => `Started by upstream project "release/main" build number 412\n[Pipeline] sh\n+ curl -X POST -u release-bot:${s} https://jenkins.acme.io/job/deploy-prod/buildWithParameters?TAG=v3.8.0\nFinished: SUCCESS`);
  add('heroku api key exported in a Jenkins log', uuid(r), (s) => `[Pipeline] withEnv\n[Pipeline] {\n[Pipeline] sh\n+ export HEROKU_API_KEY=${s}\n+ heroku container:release web --app acme-api-prod\nReleasing images web to acme-api-prod... done`);
  add('buildkite api token in a Buildkite log', `bkua_${r(HEXL, 40)}`, (s) => `~~~ Running commands\n$ export BUILDKITE_API_TOKEN="${s}"\n$ bk pipeline list --org acme\n~~~ Uploading artifacts`);
  add('vercel token in a Buildkite deploy step', r(ALNUM, 24), (s) => `--- :vercel: Deploy preview\n$ npx vercel deploy --prebuilt --token=${s} --scope acme\nVercel CLI 39.1.0\nPreview: https://web-git-feat-cart-acme.vercel.app`);
  add('azure devops PAT in an Azure Pipelines debug log', r(BASE32L, 52), (s) => `##[debug]Evaluating condition for step: 'Publish artifacts'\n##[debug]AZURE_DEVOPS_EXT_PAT=${s}\n##[command]az devops configure --defaults organization=https://dev.azure.com/acme project=Platform`);
  add('netlify token in a GitLab CI script line', `nfp_${r(ALNUM, 36)}`, (s) => `$ netlify deploy --prod --dir=dist --auth ${s} --site ${uuid(r)}\nDeploy is live!`);

  // --- Deployment and configuration files -------------------------------------------------------
  add('datadog api key in Helm values.yaml', r(HEXL, 32), (s) => `# values-prod.yaml\ndatadog:\n  site: datadoghq.eu\n  apiKey: ${s}\n  logs:\n    enabled: true\n    containerCollectAll: true`);
  add('cohere key in Helm values.yaml', r(ALNUM, 40), (s) => `search:\n  replicas: 3\n  reranker:\n    provider: cohere\n    apiKey: "${s}"\n    model: rerank-multilingual-v3.0`);
  add('slack webhook in alertmanager Helm values', `T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `alertmanager:\n  config:\n    global:\n      slack_api_url: https://hooks.slack.com/services/${s}\n    route:\n      receiver: oncall`);
  add('rsa private key in Helm values tls block', pemBlock(r, 'RSA PRIVATE KEY', RSA_PKCS1, 1588).replace(/\n/g, '\n      '), (s) => `ingress:\n  tls:\n    crt: ""\n    key: |\n      ${s}`);
  add('braintree access token in docker-compose environment', `access_token$production$${r(LOWER + DIGITS, 16)}$${r(HEXL, 32)}`, (s) => `services:\n  checkout:\n    image: acme/checkout:2.3\n    environment:\n      - BT_ENVIRONMENT=production\n      - BT_ACCESS_TOKEN=${s}\n    ports:\n      - "8081:8080"`);
  add('doppler token in docker-compose environment', `dp.pt.${r(ALNUM, 43)}`, (s) => `  worker:\n    build: ./worker\n    environment:\n      DOPPLER_TOKEN: "${s}"\n    command: ["doppler", "run", "--", "node", "worker.js"]`);
  add('rabbitmq password in docker-compose environment', human(), (s) => `  rabbitmq:\n    image: rabbitmq:3.13-management\n    environment:\n      RABBITMQ_DEFAULT_USER: orders\n      RABBITMQ_DEFAULT_PASS: "${s}"`);
  add('slack app-level token in docker-compose', `xapp-1-A${r(UPPER + DIGITS, 10)}-${r(DIGITS, 13)}-${r(HEXL, 64)}`, (s) => `  slackbot:\n    image: acme/standup-bot:1.0\n    environment:\n      SLACK_APP_TOKEN: ${s}\n      SLACK_SOCKET_MODE: "true"`);
  add('ssh password in an Ansible INI inventory', human(), (s) => `[dbservers]\ndb01.acme.internal ansible_host=10.40.2.11 ansible_user=root ansible_ssh_pass=${s}\ndb02.acme.internal ansible_host=10.40.2.12`);
  add('cloudflare api token in Ansible group_vars', r(B64URL, 40), (s) => `# group_vars/edge.yml\ncloudflare_zone: acme.io\ncloudflare_api_token: ${s}\nnginx_worker_processes: auto`);
  add('mailchimp key in Ansible host_vars', `${r(HEXL, 32)}-us${r('123456789', 1)}${r(DIGITS, 1)}`, (s) => `---\nnewsletter_list_id: "${r(HEXL, 10)}"\nmailchimp_api_key: "${s}"\nnewsletter_from: news@acme.io`);
  add('digitalocean token in Pulumi stack config (plaintext)', `dop_v1_${r(HEXL, 64)}`, (s) => `config:\n  digitalocean:token: ${s}\n  acme-infra:region: fra1\n  acme-infra:dropletSize: s-2vcpu-4gb`);
  add('stripe restricted key in Pulumi stack config', `rk_live_${r(ALNUM, 99)}`, (s) => `config:\n  billing:stripeKey: ${s}\n  billing:currency: eur`);
  add('square application secret in CloudFormation parameters', `sq0csp-${r(B64URL, 43)}`, (s) => `[\n  {"ParameterKey": "Environment", "ParameterValue": "prod"},\n  {"ParameterKey": "SquareAppSecret", "ParameterValue": "${s}"}\n]`);
  add('db password in CloudFormation parameter overrides', human(), (s) => `aws cloudformation deploy --stack-name orders-db --template-file db.yaml --parameter-overrides DBUser=orders DBPassword='${s}' InstanceClass=db.t4g.medium`);
  add('azure storage connection string in local.settings.json', `${r(B64, 86)}==`, (s) => `{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncprod;AccountKey=${s};EndpointSuffix=core.windows.net"\n  }\n}`);

  // --- CLI credential files -----------------------------------------------------------------
  add('sentry auth token in .sentryclirc', `sntryu_${r(HEXL, 64)}`, (s) => `[defaults]\norg = acme\nproject = web\n\n[auth]\ntoken = ${s}`);
  add('databricks token in .databrickscfg', `dapi${r(HEXL, 32)}`, (s) => `[DEFAULT]\nhost = https://adb-${r(DIGITS, 16)}.7.azuredatabricks.net\ntoken = ${s}`);
  add('terraform cloud token in credentials.tfrc.json', `${r(ALNUM, 14)}.atlasv1.${r(ALNUM, 67)}`, (s) => `{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "${s}"\n    }\n  }\n}`);
  add('npm token in .yarnrc.yml', withCrc('npm_'), (s) => `nodeLinker: node-modules\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://registry.npmjs.org"\n    npmAuthToken: "${s}"`);
  add('docker hub PAT inside docker config.json auth', b64(`acmeci:dckr_pat_${r(B64URL, 27)}`), (s) => `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${s}"\n    }\n  }\n}`);
  add('aws secret key in .s3cfg', r(B64, 40), (s) => `[default]\naccess_key = AKIA${r(AWS_ID, 16)}\nsecret_key = ${s}\nhost_base = s3.eu-west-1.amazonaws.com\nuse_https = True`);
  add('gitlab runner token in config.toml', `glrt-${r(B64URL, 20)}`, (s) => `concurrent = 4\n\n[[runners]]\n  name = "docker-ci-02"\n  url = "https://gitlab.acme.io"\n  token = "${s}"\n  executor = "docker"`);
  add('grafana cloud token in an Alloy config', `glc_${b64(JSON.stringify({ o: r(DIGITS, 6), n: `stack-${r(DIGITS, 6)}-alloy-logs`, k: r(ALNUM, 24), m: { r: 'prod-eu-west-2' } })).replace(/=+$/, '')}`, (s) => `loki.write "cloud" {\n  endpoint {\n    url = "https://logs-prod-012.grafana.net/loki/api/v1/push"\n    basic_auth {\n      username = "${r(DIGITS, 6)}"\n      password = "${s}"\n    }\n  }\n}`);
  add('github fine-grained PAT in git insteadOf config', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `[url "https://${s}@github.com/acme/"]\n\tinsteadOf = https://github.com/acme/`);

  // --- Notebooks, shell history, PowerShell, registry ---------------------------------------------
  add('notion token in a Jupyter notebook source cell', `ntn_${r(DIGITS, 11)}${r(ALNUM, 35)}`, (s) => `{"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["from notion_client import Client\\n", "notion = Client(auth=\\"${s}\\")\\n"]}], "nbformat": 4, "nbformat_minor": 5}`);
  add('mistral key printed in a Jupyter output cell', r(ALNUM, 32), (s) => `{"cell_type": "code", "execution_count": 7, "metadata": {}, "source": ["!env | grep MISTRAL"], "outputs": [{"name": "stdout", "output_type": "stream", "text": ["MISTRAL_API_KEY=${s}\\n", "MISTRAL_MODEL=mistral-small-latest\\n"]}]}`);
  add('datadog application key in zsh history', r(HEXL, 40), (s) => `: 1764311020:0;cd ~/src/dashboards\n: 1764311054:0;export DD_APP_KEY=${s}\n: 1764311060:0;terraform plan`);
  add('atlassian api token in bash history', `ATATT3xFfGF0${r(B64URL, 171)}=${r(HEXU, 8)}`, (s) => `  512  jq . issue.json\n  513  curl -u ana.ribeiro@acme.io:${s} -H 'Content-Type: application/json' -X POST -d @issue.json https://acme.atlassian.net/rest/api/3/issue\n  514  history | tail`);
  add('vault token in bash history', `hvs.CAES${r(B64URL, 88)}`, (s) => `VAULT_ADDR=https://vault.acme.io VAULT_TOKEN=${s} vault kv get -mount=secret prod/payments`);
  add('pypi token in shell history', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 150)}`, (s) => `  77  poetry build\n  78  poetry config pypi-token.pypi ${s}\n  79  poetry publish`);
  add('telegram bot token in a URL path in shell history', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `curl -s "https://api.telegram.org/bot${s}/sendMessage" -d chat_id=-100${r(DIGITS, 10)} -d text="backup done"`);
  add('stripe secret key as curl user in shell history', `sk_live_51${r(ALNUM, 97)}`, (s) => `curl https://api.stripe.com/v1/refunds -u ${s}: -d charge=ch_${r(ALNUM, 24)}`);
  add('new relic user key in PowerShell $env', `NRAK-${r(UPPER + DIGITS, 27)}`, (s) => `PS C:\\deploy> $env:NEW_RELIC_API_KEY = "${s}"\nPS C:\\deploy> .\\newrelic.exe apm deployment create --applicationId 41877 --revision v3.8.0`);
  add('groq key in PowerShell $env', `gsk_${r(ALNUM, 52)}`, (s) => `$env:GROQ_API_KEY='${s}'; python .\\eval\\run.py --model llama-3.1-8b-instant`);
  add('password in PowerShell New-LocalUser', human(), (s) => `$pw = ConvertTo-SecureString -String '${s}' -AsPlainText -Force\nNew-LocalUser -Name "svc_backup" -Password $pw -PasswordNeverExpires`);
  add('aws secret key in PowerShell Set-AWSCredential', r(B64, 40), (s) => `Set-AWSCredential -AccessKey AKIA${r(AWS_ID, 16)} -SecretKey ${s} -StoreAs ops-prod`);
  add('linear key in PowerShell Invoke-RestMethod', `lin_api_${r(ALNUM, 40)}`, (s) => `$headers = @{ Authorization = "${s}"; "Content-Type" = "application/json" }\nInvoke-RestMethod -Uri https://api.linear.app/graphql -Method Post -Headers $headers -Body $query`);
  add('autologon password in a Windows .reg export', human(), (s) => `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n"DefaultUserName"="kiosk"\n"DefaultDomainName"="ACME"\n"DefaultPassword"="${s}"`);

  // --- API clients, mobile projects ----------------------------------------------------------
  add('shopify private app token in a Postman environment', `shppa_${r(HEXL, 32)}`, (s) => `{\n  "id": "${uuid(r)}",\n  "name": "shop-prod",\n  "values": [\n    {"key": "shop", "value": "acme-store.myshopify.com", "type": "default", "enabled": true},\n    {"key": "accessToken", "value": "${s}", "type": "secret", "enabled": true}\n  ],\n  "_postman_variable_scope": "environment"\n}`);
  add('airtable PAT in a Postman environment', `pat${r(ALNUM, 14)}.${r(HEXL, 64)}`, (s) => `{"name": "airtable", "values": [{"key": "baseId", "value": "app${r(ALNUM, 14)}", "enabled": true}, {"key": "token", "value": "${s}", "enabled": true}]}`);
  add('supabase service_role key in an Insomnia export', signedJwt(r, { iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat: 1764000000, exp: 2079576000 }), (s) => `{"_type": "environment", "name": "Supabase prod", "data": {"base_url": "https://${r(LOWER, 20)}.supabase.co", "service_key": "${s}"}}`);
  add('openai project key in Android strings.xml', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Acme Notes</string>\n    <string name="openai_api_key" translatable="false">${s}</string>\n</resources>`);
  add('mapbox secret download token in gradle.properties', `sk.${b64url({ u: 'acme-mobile', a: r(LOWER + DIGITS, 25) })}.${r(B64URL, 22)}`, (s) => `android.useAndroidX=true\nkotlin.code.style=official\nMAPBOX_DOWNLOADS_TOKEN=${s}`);
  add('openrouter key in an iOS Info.plist', `sk-or-v1-${r(HEXL, 64)}`, (s) => `<dict>\n\t<key>CFBundleName</key>\n\t<string>Acme Chat</string>\n\t<key>OpenRouterAPIKey</key>\n\t<string>${s}</string>\n</dict>`);
  add('firebase cloud messaging server key', `AAAA${r(B64URL, 7)}:APA91b${r(B64URL, 134)}`, (s) => `// functions/notify.js\nconst FCM_SERVER_KEY = '${s}';\nfetch('https://fcm.googleapis.com/fcm/send', { method: 'POST', headers: { Authorization: 'key=' + FCM_SERVER_KEY } });`);
  add('discord bot token in a Python bot', `${b64(`1${r(DIGITS, 18)}`).replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `intents = discord.Intents.default()\nbot = commands.Bot(command_prefix="!", intents=intents)\n\nbot.run("${s}")`);
  add('gcp private key as an escaped one-line env value', pemBlock(r, 'PRIVATE KEY', PKCS8_RSA, 1624).replace(/\n/g, '\\n'), (s) => `GOOGLE_CLIENT_EMAIL=sheets-sync@acme-web.iam.gserviceaccount.com\nGOOGLE_PRIVATE_KEY="${s}\\n"`);

  // --- Database dumps and connection settings --------------------------------------------------
  add('smtp password in a mysqldump INSERT', human(), (s) => `LOCK TABLES \`mail_settings\` WRITE;\nINSERT INTO \`mail_settings\` (\`id\`, \`host\`, \`port\`, \`username\`, \`password\`) VALUES (1,'smtp.acme.io',587,'mailer@acme.io','${s}');\nUNLOCK TABLES;`);
  add('api secret in a Postgres COPY dump', gen(32), (s) => `COPY public.integrations (id, provider, client_id, client_secret, created_at) FROM stdin;\n3\tzoom\t${r(ALNUM, 22)}\t${s}\t2026-10-02 11:20:00+00\n\\.`);
  add('odbc connection string PWD', gen(16), (s) => `DRIVER={ODBC Driver 18 for SQL Server};SERVER=tcp:sql-reports.acme.internal,1433;DATABASE=Finance;UID=report_reader;PWD=${s};Encrypt=yes`);
  add('libpq key/value DSN password', gen(18), (s) => `psql "host=pg-replica.acme.internal port=5432 dbname=analytics user=metabase password=${s} sslmode=require"`);
  add('.pgpass line', human(), (s) => `# ~/.pgpass\npg-prod.acme.internal:5432:orders:orders_app:${s}\n*:5432:*:readonly:`);
  add('passwd key in a YAML monitoring config', human(), (s) => `mysql_exporter:\n  host: 10.40.2.11\n  user: exporter\n  passwd: ${s}\n  collect: [global_status, innodb_metrics]`);
  add('snowflake password in a SQLAlchemy URL', gen(20), (s) => `engine = create_engine("snowflake://etl_user:${s}@acme-eu1.snowflakecomputing.com/ANALYTICS/PUBLIC?warehouse=ETL_WH&role=TRANSFORMER")`);
  add('ftp password in a crontab URL', gen(14), (s) => `15 3 * * * /usr/bin/curl -sT /var/backups/site.tar.gz ftp://backup:${s}@ftp.acme-hosting.net/nightly/`);
  add('hugging face token in a git clone URL', `hf_${r(UPPER + LOWER, 34)}`, (s) => `git clone https://acme-ml:${s}@huggingface.co/acme/private-classifier`);

  // --- HTTP dumps and URLs --------------------------------------------------------------------
  add('X-Api-Key header in a raw HTTP request dump', r(ALNUM, 40), (s) => `POST /v2/shipments HTTP/1.1\nHost: api.parcelhub.io\nX-Api-Key: ${s}\nContent-Type: application/json\nContent-Length: 241`);
  add('sendgrid key as Bearer in an HTTP request dump', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `> POST /v3/mail/send HTTP/2\n> Host: api.sendgrid.com\n> Authorization: Bearer ${s}\n> Content-Type: application/json\n>`);
  add('django session cookie in an HTTP request dump', r(LOWER + DIGITS, 32), (s) => `GET /admin/orders/order/ HTTP/1.1\nHost: backoffice.acme.io\nCookie: csrftoken=${r(ALNUM, 32)}; sessionid=${s}\nUser-Agent: Mozilla/5.0`);
  add('google access token in a token-endpoint response dump', `ya29.a0${r(B64URL, 150)}`, (s) => `HTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n{\n  "access_token": "${s}",\n  "expires_in": 3599,\n  "scope": "https://www.googleapis.com/auth/drive.readonly",\n  "token_type": "Bearer"\n}`);
  add('token= in a websocket URL', r(B64URL, 48), (s) => `2026-11-27T22:10:05Z INFO ws connect wss://stream.marketfeed.io/v1/quotes?symbols=AAPL,MSFT&token=${s}`);
  add('gemini api key in ?key= on a server call', `AIzaSy${r(B64URL, 33)}`, (s) => `resp = httpx.post(f"https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=${s}", json=body)`);
  add('event hub SAS sig= in an Authorization value', encodeURIComponent(`${r(B64, 42)}${r(B32END, 1)}=`), (s) => `Authorization: SharedAccessSignature sr=https%3A%2F%2Facme-telemetry.servicebus.windows.net%2Fingest&sig=${s}&se=1795000000&skn=send-only`);

  // --- Messages: e-mail and chat ----------------------------------------------------------------
  add('anthropic admin key pasted in an e-mail', `sk-ant-admin01-${r(B64URL, 93)}AA`, (s) => `From: Priya Nair <priya@acme.io>\nTo: finops@acme.io\nSubject: usage report access\n\nHi team,\n\nhere is the admin key for the usage API: ${s}\n\nPlease store it in the vault, I will revoke mine on Friday.\n\nPriya`);
  add('openssh private key pasted in an e-mail', pemBlock(r, 'OPENSSH PRIVATE KEY', OPENSSH_HDR, 2600, 70), (s) => `Subject: bastion access\n\nAs discussed, the key for the jump host is below (user: ops).\n\n${s}\n\nThanks,\nTomás`);
  add('twilio api key secret pasted in a chat message', r(ALNUM, 32), (s) => `[10:42] marta: twilio creds for the SMS worker → key SK${r(HEXL, 32)} secret ${s} (account AC${r(HEXL, 32)})`);
  add('replicate token pasted in a chat message', `r8_${r(ALNUM, 37)}`, (s) => `@dev-ml can someone try my replicate token? ${s} — getting 402 on flux-schnell`);
  add('wireguard private key in a chat message', `${r(B64, 42)}${r(B32END, 1)}=`, (s) => `here's your wg0.conf:\n[Interface]\nAddress = 10.8.0.14/32\nPrivateKey = ${s}\nDNS = 10.8.0.1`);

  // --- Passwords in prose (languages batch G did not use) ---------------------------------------
  add('password in a Portuguese message', human(), (s) => `Oi Rafael, a senha do Wi-Fi do escritório agora é ${s} — não compartilhe com visitantes.`);
  add('password in a Dutch message', human(), (s) => `Hoi Sanne, het wachtwoord voor de NAS is ${s}, gebruikersnaam is beheer.`);
  add('password in a Russian message', human(), (s) => `Привет! Пароль от сервера мониторинга: ${s}, логин admin. Смени его после входа.`);
  add('password in a Korean message', human(), (s) => `운영 DB 계정은 dbadmin 이고 비밀번호는 ${s} 입니다. 외부 공유 금지.`);
  add('password in a Turkish message', human(), (s) => `Merhaba Emre, muhasebe sunucusunun şifresi ${s} — kullanıcı adı muhasebe.`);
  add('password in a Swedish message', human(), (s) => `Hej! Lösenordet till routern är ${s}, användarnamnet är admin.`);
  add('password in a Czech message', human(), (s) => `Ahoj, heslo k testovacímu účtu je ${s} a uživatel je tester01.`);
  add('password in an English support e-mail', human(), (s) => `Dear customer,\n\nyour temporary password for the supplier portal is ${s}\nYou will be asked to change it at first sign-in.\n\nAcme Support`);
  return out;
}

export function batchHNegatives(seed = 'blind-h-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- Hashes and digests ---------------------------------------------------------------------
  add('git rev-parse and describe output', `$ git rev-parse HEAD\n${hex(40)}\n$ git describe --tags\nv3.8.0-14-g${hex(7)}`);
  add('pinned GitHub Action by commit sha', `      - uses: actions/checkout@${hex(40)} # v4.2.2\n      - uses: actions/setup-node@${hex(40)} # v4.1.0`);
  add('Homebrew formula sha256', `class AcmeCli < Formula\n  desc "Acme command line"\n  url "https://github.com/acme/cli/releases/download/v2.4.0/acme-cli-2.4.0.tar.gz"\n  sha256 "${hex(64)}"\n  license "MIT"\nend`);
  add('importmap with integrity hashes', `{"imports": {"react": "https://esm.sh/react@19.0.0"}, "integrity": {"https://esm.sh/react@19.0.0": "sha384-${r(B64, 64)}"}}`);
  add('docker images --digests output', `REPOSITORY          TAG      DIGEST                                                                    IMAGE ID\nacme/api            3.8.0    sha256:${hex(64)}   ${hex(12)}`);
  add('OCI image index manifest', `{"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": "sha256:${hex(64)}", "size": 1034, "platform": {"architecture": "arm64", "os": "linux"}}]}`);
  add('git ls-tree output', `100644 blob ${hex(40)}\tREADME.md\n040000 tree ${hex(40)}\tsrc\n100755 blob ${hex(40)}\tscripts/release.sh`);
  add('gradle verification metadata', `<component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">\n   <artifact name="okhttp-4.12.0.jar">\n      <sha256 value="${hex(64)}" origin="Generated by Gradle"/>\n   </artifact>\n</component>`);
  add('terraform dependency lock file', `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.78.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r(B64, 43)}=",\n    "zh:${hex(64)}",\n  ]\n}`);
  add('bazel http_archive sha256', `http_archive(\n    name = "rules_go",\n    sha256 = "${hex(64)}",\n    urls = ["https://github.com/bazelbuild/rules_go/releases/download/v0.50.1/rules_go-v0.50.1.zip"],\n)`);
  add('android app-links certificate fingerprint', `[{"relation": ["delegate_permission/common.handle_all_urls"], "target": {"namespace": "android_app", "package_name": "io.acme.notes", "sha256_cert_fingerprints": ["${Array.from({ length: 32 }, () => r(HEXU, 2)).join(':')}"]}}]`);
  add('IPFS content id', `ipfs://bafybei${r('abcdefghijklmnopqrstuvwxyz234567', 52)}/metadata.json`);
  add('shasum verification step in a README', `Verify the download:\n\n    shasum -a 256 acme-cli-2.4.0.pkg\n    # expected: ${hex(64)}`);

  // --- Ids -------------------------------------------------------------------------------------
  add('CLSID GUIDs in a .reg export', `Windows Registry Editor Version 5.00\n\n[HKEY_CLASSES_ROOT\\CLSID\\{${uuid(r).toUpperCase()}}]\n@="Acme Shell Extension"\n"AppID"="{${uuid(r).toUpperCase()}}"`);
  add('azure response headers', `x-ms-request-id: ${uuid(r)}\nx-ms-correlation-request-id: ${uuid(r)}\nx-ms-routing-request-id: WESTEUROPE:20261127T221005Z:${uuid(r)}`);
  add('GCP trace context header', `X-Cloud-Trace-Context: ${hex(32)}/${r(DIGITS, 19)};o=1`);
  add('payment object ids in a webhook body', `{"id": "evt_1${r(ALNUM, 23)}", "type": "payment_intent.succeeded", "data": {"object": {"id": "pi_3${r(ALNUM, 23)}", "amount": 4200, "currency": "eur", "latest_charge": "ch_3${r(ALNUM, 23)}"}}}`);
  add('ULIDs in a job queue log', `2026-11-27T21:00:01Z job=${ulid(r)} queue=emails status=done\n2026-11-27T21:00:02Z job=${ulid(r)} queue=emails status=retry attempt=2`);
  add('sentry event id in an app log', `WARNING sentry_sdk: Sent event ${hex(32)} (level=error, release=web@3.8.0)`);
  add('datadog trace ids in a log', `{"msg": "payment captured", "dd.trace_id": "${r('123456789', 1)}${r(DIGITS, 18)}", "dd.span_id": "${r('123456789', 1)}${r(DIGITS, 18)}", "dd.service": "checkout"}`);
  add('lambda request id log lines', `START RequestId: ${uuid(r)} Version: $LATEST\nEND RequestId: ${uuid(r)}\nREPORT RequestId: ${uuid(r)}\tDuration: 212.41 ms\tBilled Duration: 213 ms`);
  add('kubernetes pod labels', `labels:\n  controller-uid: ${uuid(r)}\n  pod-template-hash: 7f${r(LOWER + DIGITS, 8)}\n  batch.kubernetes.io/job-name: nightly-report-2936${r(DIGITS, 4)}`);
  add('jupyter notebook cell ids', `{"cell_type": "markdown", "id": "${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}", "metadata": {}, "source": ["## Results"]}`);

  // --- Base64 of images and ordinary text ---------------------------------------------------------
  add('gif data URI in an HTML e-mail', `<td><img width="1" height="1" src="data:image/gif;base64,R0lGODlhAQABAIAAAP${r(B64, 40)}" alt=""></td>`);
  add('base64 MIME text part', `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64('Hello Ana, the quarterly report is attached. The meeting moved to Thursday at 10:00. Best regards, Finance')}`);
  add('png in a ConfigMap binaryData', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding\nbinaryData:\n  logo.png: iVBORw0KGgoAAAANSUhEUgAAAIAAAACACAYAAADDPmHL${r(B64, 240)}`);
  add('jpeg thumbnail in an API payload', `{"photo_id": ${r(DIGITS, 8)}, "thumbnail": "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA${r(B64, 200)}"}`);
  add('base64 of a JSON settings blob', `X-Client-Settings: ${b64(JSON.stringify({ theme: 'dark', locale: 'pt-BR', beta: false, panels: ['orders', 'returns'] }))}`);

  // --- Public keys and certificates ----------------------------------------------------------
  add('age recipients in .sops.yaml', `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)},age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);
  add('wireguard peer public key', `[Peer]\n# laptop-ana\nPublicKey = ${r(B64, 42)}${r(B32END, 1)}=\nAllowedIPs = 10.8.0.14/32\nPersistentKeepalive = 25`);
  add('ssh known_hosts line', `bastion.acme.io,203.0.113.17 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r(B64, 88)}=`);
  add('CA certificate in a ConfigMap', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: corp-ca\ndata:\n  ca-bundle.crt: |\n    ${pemBlock(r, 'CERTIFICATE', CERT_HDR, 1300).replace(/\n/g, '\n    ')}`);
  add('minisign public key', `untrusted comment: minisign public key ${r(HEXU, 16)}\nRWQ${r(B64, 53)}`);
  add('apt signing key fingerprint', `curl -fsSL https://pkg.acme.io/gpg | sudo gpg --dearmor -o /usr/share/keyrings/acme.gpg\ngpg --show-keys /usr/share/keyrings/acme.gpg  # fingerprint ${Array.from({ length: 10 }, () => r(HEXU, 4)).join(' ')}`);
  add('public EC JWK without d', `{"kty": "EC", "crv": "P-256", "kid": "sig-2026-11", "use": "sig", "x": "${r(B64URL, 43)}", "y": "${r(B64URL, 43)}"}`);
  add('DKIM DNS TXT record', `s2026._domainkey.acme.io. 3600 IN TXT "v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC${r(B64, 180)}IDAQAB"`);

  // --- Placeholders and templates ------------------------------------------------------------
  add('Postman variable references', '{"header": [{"key": "Authorization", "value": "Bearer {{accessToken}}"}, {"key": "X-Api-Key", "value": "{{apiKey}}"}]}');
  add('Azure Pipelines macros', "- script: az devops login --organization $(OrgUrl)\n  env:\n    AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)\n    SONAR_TOKEN: $(SonarToken)");
  add('Windows and PowerShell env reads', 'set HEADER=Authorization: Bearer %API_TOKEN%\n$key = $env:OPENAI_API_KEY\nif (-not $key) { throw "OPENAI_API_KEY is not set" }');
  add('angle-bracket placeholder in a README curl', 'curl -H "DD-API-KEY: <YOUR_DATADOG_API_KEY>" -H "DD-APPLICATION-KEY: <YOUR_APP_KEY>" https://api.datadoghq.eu/api/v1/validate');
  add('your-key-here in .env.example', 'NEW_RELIC_LICENSE_KEY=your-key-here\nSENTRY_AUTH_TOKEN=your-token-here\nNOTION_TOKEN=paste-your-integration-token');
  add('REPLACE_ME in Helm values', 'datadog:\n  apiKey: REPLACE_ME\n  appKey: REPLACE_ME\nexternalDatabase:\n  password: "TODO: set via --set"');
  add('changeme placeholder in docker-compose', '  minio:\n    image: minio/minio\n    environment:\n      MINIO_ROOT_USER: admin\n      MINIO_ROOT_PASSWORD: changeme  # override in docker-compose.override.yml');
  add('placeholder key in Android strings.xml', '<resources>\n    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">YOUR_MAPS_API_KEY</string>\n</resources>');
  add('Ansible Jinja variable references', "ansible_ssh_pass: \"{{ vault_ssh_pass }}\"\ncloudflare_api_token: \"{{ lookup('env', 'CF_API_TOKEN') }}\"");
  add('Jenkins credential bindings', "withCredentials([string(credentialsId: 'heroku-api-key', variable: 'HEROKU_API_KEY')]) {\n  sh 'heroku container:release web --app acme-api-prod'\n}\nenvironment { NPM_TOKEN = credentials('npm-publish') }");
  add('CircleCI parameter and context', 'workflows:\n  deploy:\n    jobs:\n      - deploy:\n          context: prod-secrets\n          token: << pipeline.parameters.deploy_token >>');
  add('Pulumi requireSecret', 'const cfg = new pulumi.Config();\nconst dbPassword = cfg.requireSecret("dbPassword");\nconst token = cfg.requireSecret("digitaloceanToken");');
  add('double-brace secrets expression', 'token: {{ secrets.BUILDKITE_AGENT_TOKEN }}\npassword: {{ .Values.rabbitmq.auth.password }}');
  add('xxxx-masked Postman example', '{"key": "accessToken", "value": "shppa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "description": "replace with your own"}');

  // --- Secret-manager references ---------------------------------------------------------------
  add('ECS task definition valueFrom', '"secrets": [{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/orders/db-Xy12Ab:password::"}]');
  add('CloudFormation dynamic references', "MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'\nApiKey: '{{resolve:ssm-secure:/prod/billing/api-key:3}}'");
  add('Vault Agent template', '{{ with secret "kv/data/prod/payments" }}\nSTRIPE_KEY={{ .Data.data.stripe_key }}\n{{ end }}');
  add('1Password inject template', 'SENDGRID_API_KEY={{ op://Platform/sendgrid/credential }}\nop run --env-file=.env.tpl -- npm start');
  add('Doppler CLI without values', 'doppler secrets get STRIPE_SECRET_KEY --plain --project billing --config prd | wc -c');
  add('AzureKeyVault pipeline task', '- task: AzureKeyVault@2\n  inputs:\n    azureSubscription: acme-prod\n    KeyVaultName: kv-acme-prod\n    SecretsFilter: "SqlPassword,StorageKey"');
  add('Cloud Run secret env', 'env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai-key\n        key: latest');

  // --- Redacted and masked output --------------------------------------------------------------
  add('partially shown key in a dashboard listing', 'NAME          KEY                   CREATED\nprod-backend  sk-proj-...****Qw7z   2026-10-02\nci            sk-ant-...****d9AA    2026-11-14');
  add('masked value in a CI log', '$ echo "deploying with token $DEPLOY_TOKEN"\ndeploying with token ***\n+ curl -u release-bot:**** https://jenkins.acme.io/job/deploy-prod/build');
  add('[REDACTED] headers in an HTTP dump', 'POST /v2/shipments HTTP/1.1\nHost: api.parcelhub.io\nAuthorization: [REDACTED]\nX-Api-Key: [REDACTED]\nCookie: [REDACTED]');
  add('kubectl describe secret', 'Name:         orders-db\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  6 bytes');
  add('vercel env ls', '> Environment Variables found for acme/web\n name               value        environments\n DATABASE_URL       Encrypted    Production\n STRIPE_SECRET_KEY  Encrypted    Production, Preview');
  add('placeholder dots in a chat', 'I pasted the key earlier as sk-live-…redacted… sorry, rotated it already.');

  // --- Password hashes ---------------------------------------------------------------------
  add('htpasswd bcrypt entries', `monitor:$2y$10$${r(BCRYPT, 53)}\nops:$2y$10$${r(BCRYPT, 53)}`);
  add('Werkzeug pbkdf2 hash', `password_hash = "pbkdf2:sha256:600000$${r(ALNUM, 16)}$${hex(64)}"`);
  add('MySQL native password hash', `INSERT INTO mysql.user (Host, User, authentication_string) VALUES ('%', 'app', '*${r(HEXU, 40)}');`);
  add('ALTER ROLE with a SCRAM verifier', `ALTER ROLE orders_app PASSWORD 'SCRAM-SHA-256$4096:${r(B64, 22)}==$${r(B64, 43)}=:${r(B64, 43)}=';`);
  add('Postgres md5 verifier in pg_authid dump', `COPY pg_authid (rolname, rolpassword) FROM stdin;\nlegacy_app\tmd5${hex(32)}\n\\.`);
  add('Keycloak realm export credential', `"credentials": [{"type": "password", "secretData": "{\\"value\\":\\"${r(B64, 86)}==\\",\\"salt\\":\\"${r(B64, 22)}==\\"}", "credentialData": "{\\"hashIterations\\":210000,\\"algorithm\\":\\"pbkdf2-sha512\\"}"}]`);
  add('ASP.NET Identity password hash', `"PasswordHash": "AQAAAAIAAYagAAAAE${r(B64, 67)}=="`);

  // --- Encrypted blobs -----------------------------------------------------------------------
  add('Jenkins credentials.xml encrypted secret', `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>release-bot</username>\n  <password>{AQAAABAAAAAQ${r(B64, 40)}=}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>`);
  add('Pulumi secure config value', `config:\n  billing:stripeKey:\n    secure: v1:${r(B64, 16)}:${r(B64, 120)}\n  billing:currency: eur`);
  add('Travis encrypted env', `env:\n  global:\n    - secure: "${r(B64, 342)}="`);
  add('KMS ciphertext under an api_key name', `encrypted_api_key: AQICAHh${r(B64, 180)}==\nkms_key_id: alias/app-config`);
  add('Rails encrypted credentials file', `${r(B64, 300)}==--${r(B64, 16)}--${r(B64, 22)}==`);
  add('Jasypt encrypted properties', `spring.datasource.password=ENC(${r(B64, 64)})\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256`);

  // --- Prose, policies, docs ----------------------------------------------------------------
  add('password guidance prose', 'Following NIST SP 800-63B, we no longer force periodic password changes; passphrases of 15+ characters are accepted and checked against breach lists.');
  add('key rotation runbook', 'Runbook: rotating the Datadog API key. 1) Create a new key in Organization Settings. 2) Update the secret in Vault. 3) Roll the agents. 4) Revoke the old key after 24h.');
  add('incident note without values', 'Postmortem: a Slack bot token was committed to a public fork on 2026-11-03. It was revoked within 9 minutes; no API calls were made with it.');
  add('chat about a key without a value', '[11:03] lee: rotated the Stripe restricted key, new one is in 1Password under Billing/Stripe. Old one dies tonight.');
  add('portuguese password-reset prose', 'Esqueceu sua senha? Enviaremos um link de redefinição para o seu e-mail. O link expira em 30 minutos.');
  add('korean and russian policy prose', '비밀번호는 최소 12자 이상이어야 합니다.\nПароль должен содержать не менее 12 символов.');

  // --- Commerce ids, serials, colours, addresses ---------------------------------------------------
  add('invoice with prices and order ids', `Invoice INV-2026-${r(DIGITS, 6)}\nOrder #AC-${r(DIGITS, 7)}  2 x USB-C dock (SKU DCK-${r(UPPER + DIGITS, 6)})  €189.80\nMarketplace order 114-${r(DIGITS, 7)}-${r(DIGITS, 7)}`);
  add('device serials and MAC address', `Model: AX-3000  Serial: ${r(UPPER + DIGITS, 12)}\nIMEI: 35${r(DIGITS, 13)}\nMAC: ${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}`);
  add('shipment tracking numbers', `UPS 1Z${r(UPPER + DIGITS, 16)}\nDHL ${r(DIGITS, 10)}\nVIN WVWZZZ${r(UPPER.replace(/[IOQ]/g, '') + DIGITS, 11)}`);
  add('Android colors.xml', `<resources>\n    <color name="primary">#FF${r(HEXU, 6)}</color>\n    <color name="primary_dark">#FF${r(HEXU, 6)}</color>\n    <color name="accent">#${r(HEXU, 6)}</color>\n</resources>`);
  add('IPv6 in nginx and ip route', `listen [2001:db8:${hex(4)}:${hex(4)}::1]:443 ssl;\n$ ip -6 route\n2001:db8:${hex(4)}::/64 dev eth0 proto kernel metric 256`);

  // --- Key names without values ------------------------------------------------------------
  add('CI variables table', '| Variable | Protected | Masked |\n|---|---|---|\n| DATADOG_API_KEY | yes | yes |\n| NETLIFY_AUTH_TOKEN | yes | yes |\n| PYPI_TOKEN | no | yes |');
  add('empty .env.example', 'SUPABASE_URL=\nSUPABASE_SERVICE_ROLE_KEY=\nTWILIO_API_SECRET=\nDISCORD_BOT_TOKEN=');
  add('terraform sensitive outputs', 'output "db_password" {\n  value     = random_password.db.result\n  sensitive = true\n}\n# db_password = <sensitive>');

  // --- Public client keys ----------------------------------------------------------------------
  add('Stripe publishable key in a checkout button', `<button id="pay" data-key="pk_live_51${r(ALNUM, 97)}" data-amount="4200" data-currency="eur">Pay</button>`);
  add('Firebase web config (public)', `const firebaseConfig = {\n  apiKey: "AIzaSy${r(B64URL, 33)}",\n  authDomain: "acme-notes.firebaseapp.com",\n  projectId: "acme-notes",\n  appId: "1:${r(DIGITS, 12)}:web:${hex(22)}"\n};`);
  add('Algolia search-only key', `const search = instantsearch({ indexName: 'products', searchClient: algoliasearch('${r(UPPER + DIGITS, 10)}', '${hex(32)}') });`);
  add('Supabase anon key in browser code', `const supabase = createClient("https://${r(LOWER, 20)}.supabase.co", "${signedJwt(r, { iss: 'supabase', ref: r(LOWER, 20), role: 'anon', iat: 1764000000, exp: 2079576000 })}");`);
  add('Braintree tokenization key', `braintree.dropin.create({ authorization: "production_${r(LOWER + DIGITS, 8)}_${r(LOWER + DIGITS, 16)}", container: "#dropin" });`);

  // --- Documentation-style example values (written here) --------------------------------------------
  add('AWS-docs-style example pair', `aws_access_key_id = AKIA${r(AWS_ID, 9)}EXAMPLE\naws_secret_access_key = ${r(B64, 30)}EXAMPLEKEY`);
  add('all-zero slack example token', 'SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-000000000000000000000000');
  add('example token spelled out in docs', 'Tokens look like `npm_EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPL` — the real one is shown once when you create it.');
  return out;
}
