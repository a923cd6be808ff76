/**
 * Blind evaluation batch F for the secret/credential detector (2026-11-26).
 *
 * Written blind: without reading the detector, its patterns, its tests or the other batches, and
 * without running it. The cases aim at text a gateway and a log/dataset scrubber see that a detector
 * tuned on common config files may not have met: source code in several languages (constructor
 * arguments, dict literals, builder calls, default parameter values), notebooks, Terraform, Ansible,
 * Helm, compose and CI files, package-manager settings, connection URLs and key=value connection
 * strings, HTTP dumps, stack traces and debug logs, and chat messages in several languages.
 *
 * Negatives are text that looks like credentials but is not: commit ids, digests, lockfile
 * checksums, ids of requests, traces and API objects, encoded images and fonts, public keys and
 * certificates, placeholders, references to secrets kept elsewhere, redacted values, password
 * hashes, encrypted blobs, documentation and prose about passwords.
 *
 * Every key-like value is generated at run time from the seeded random source (formats follow the
 * vendors' published shapes: prefix, alphabet, length), so this file holds no literal key.
 */
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

/** A PEM block: a fixed DER prefix (so it parses as the right kind of key at a glance), then random base64. */
function pem(r: R, label: string, derPrefix: string, bodyLength: number): string {
  const body = derPrefix + r(B64, bodyLength - derPrefix.length);
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The text of a PEM block as it stands inside a JSON string (newlines escaped). */
function jsonEscaped(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

const WORDS = [
  'harbor',
  'sunflower',
  'maple',
  'falcon',
  'copper',
  'lantern',
  'orchid',
  'granite',
  'willow',
  'comet',
  'tundra',
  'pepper',
  'meadow',
  'quartz',
  'saffron',
  'glacier',
] as const;

export function batchFPositives(seed = 'blind-f-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  // positiveBatch's word() reads a hex digit's char code, which reaches only the first ten words; pick from all sixteen.
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A password a person would make up: a word, some digits, a symbol. */
  const human = (): string => cap(word()) + r(DIGITS, 2 + (r(DIGITS, 1).charCodeAt(0) % 3)) + r('!%&*?.+', 1);
  /** A generated password safe inside URLs and key=value strings. */
  const urlSafe = (n = 20): string => r(ALNUM, n);

  // --- Source code -------------------------------------------------------------------------

  add('openai-project-key', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (k) =>
    [
      'from openai import OpenAI',
      '',
      '# TODO move to settings before merging',
      `client = OpenAI(api_key="${k}", timeout=30)`,
      '',
      'def summarize(text: str) -> str:',
      '    resp = client.chat.completions.create(',
      '        model="gpt-4o-mini",',
      '        messages=[{"role": "user", "content": f"Summarize: {text}"}],',
      '    )',
      '    return resp.choices[0].message.content',
    ].join('\n'),
  );

  add('anthropic-api-key', `sk-ant-api03-${r(B64URL, 93)}AA`, (k) =>
    [
      'PROVIDERS = {',
      '    "anthropic": {',
      '        "base_url": "https://api.anthropic.com",',
      `        "api_key": "${k}",`,
      '        "default_model": "claude-sonnet-4-5",',
      '    },',
      '    "local": {"base_url": "http://localhost:11434", "api_key": None},',
      '}',
    ].join('\n'),
  );

  add('groq-api-key', `gsk_${r(ALNUM, 52)}`, (k) =>
    [
      "import Groq from 'groq-sdk';",
      '',
      'const groq = new Groq({',
      `  apiKey: '${k}',`,
      '  maxRetries: 2,',
      '});',
      '',
      'export async function complete(prompt) {',
      "  const res = await groq.chat.completions.create({ model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: prompt }] });",
      '  return res.choices[0]?.message?.content ?? \'\';',
      '}',
    ].join('\n'),
  );

  add('mistral-api-key', r(ALNUM, 32), (k) =>
    [
      'package llm',
      '',
      'import "github.com/gage-technologies/mistral-go"',
      '',
      'const mistralAPIKey = "' + k + '"',
      '',
      'func NewClient() *mistral.MistralClient {',
      '\treturn mistral.NewMistralClientDefault(mistralAPIKey)',
      '}',
    ].join('\n'),
  );

  {
    const id = `AKIA${r(AWS_ID, 16)}`;
    add('aws-secret-access-key', r(B64, 40), (k) =>
      [
        'AmazonS3 s3 = AmazonS3ClientBuilder.standard()',
        '    .withRegion(Regions.EU_WEST_1)',
        `    .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("${id}", "${k}")))`,
        '    .build();',
      ].join('\n'),
    );
  }

  add('stripe-restricted-key', `rk_live_${r(ALNUM, 99)}`, (k) =>
    [
      "require 'stripe'",
      '',
      `Stripe.api_key = '${k}'`,
      "Stripe.api_version = '2024-06-20'",
      '',
      'def refund!(charge_id)',
      '  Stripe::Refund.create(charge: charge_id)',
      'end',
    ].join('\n'),
  );

  add('sendgrid-api-key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (k) =>
    [
      'public class MailSender',
      '{',
      `    private readonly SendGridClient _client = new SendGridClient("${k}");`,
      '',
      '    public Task<Response> SendAsync(SendGridMessage msg) => _client.SendEmailAsync(msg);',
      '}',
    ].join('\n'),
  );

  {
    const sid = `AC${r(HEXL, 32)}`;
    add('twilio-auth-token', r(HEXL, 32), (k) =>
      [
        'from twilio.rest import Client',
        '',
        '',
        `def send_sms(to: str, body: str, account_sid: str = "${sid}", auth_token: str = "${k}") -> str:`,
        '    client = Client(account_sid, auth_token)',
        '    msg = client.messages.create(to=to, from_="+15005550006", body=body)',
        '    return msg.sid',
      ].join('\n'),
    );
  }

  add('mailgun-private-key', `${r(HEXL, 32)}-${r(HEXL, 8)}-${r(HEXL, 8)}`, (k) =>
    [
      'def send_simple_message(to):',
      '    return requests.post(',
      '        "https://api.eu.mailgun.net/v3/mg.example.org/messages",',
      `        auth=("api", "${k}"),`,
      '        data={"from": "Ops <ops@mg.example.org>", "to": [to], "subject": "Hello", "text": "Testing"},',
      '    )',
    ].join('\n'),
  );

  add('shopify-admin-token', `shpat_${r(HEXL, 32)}`, (k) =>
    [
      'ShopifyAPI::Context.setup(',
      "  api_key: ENV.fetch('SHOPIFY_API_KEY'),",
      `  api_secret_key: ENV.fetch('SHOPIFY_API_SECRET'),`,
      "  host: 'https://acme-outlet.myshopify.com',",
      '  is_embedded: false,',
      "  api_version: '2024-07',",
      ')',
      `session = ShopifyAPI::Auth::Session.new(shop: 'acme-outlet.myshopify.com', access_token: '${k}')`,
    ].join('\n'),
  );

  add('discord-webhook', `https://discord.com/api/webhooks/1${r(DIGITS, 18)}/${r(B64URL, 68)}`, (url) =>
    [
      'import requests',
      '',
      `WEBHOOK = "${url}"`,
      '',
      'def notify(msg):',
      '    requests.post(WEBHOOK, json={"content": msg, "username": "deploy-bot"}, timeout=5)',
    ].join('\n'),
  );

  add(
    'teams-webhook',
    `https://contoso.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r(HEXL, 32)}/${uuid(r)}`,
    (url) =>
      [
        `$webhook = "${url}"`,
        '$body = @{ text = "Nightly backup finished on $env:COMPUTERNAME" } | ConvertTo-Json',
        'Invoke-RestMethod -Method Post -Uri $webhook -Body $body -ContentType "application/json"',
      ].join('\n'),
  );

  // --- Notebooks ---------------------------------------------------------------------------

  add('huggingface-token', `hf_${r(UPPER + LOWER, 34)}`, (k) =>
    JSON.stringify(
      {
        cells: [
          {
            cell_type: 'code',
            execution_count: 1,
            metadata: {},
            outputs: [],
            source: ['import os\n', `os.environ["HF_TOKEN"] = "${k}"\n`, 'from transformers import pipeline\n'],
          },
          {
            cell_type: 'code',
            execution_count: 2,
            metadata: {},
            outputs: [{ name: 'stdout', output_type: 'stream', text: ['Device set to use cpu\n'] }],
            source: ['clf = pipeline("sentiment-analysis")\n', 'clf("I love this!")'],
          },
        ],
        metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ),
  );

  add('replicate-token', `r8_${r(ALNUM, 37)}`, (k) =>
    JSON.stringify(
      {
        cells: [
          { cell_type: 'markdown', metadata: {}, source: ['## Generate images with SDXL'] },
          {
            cell_type: 'code',
            execution_count: 3,
            metadata: {},
            outputs: [],
            source: [
              'import replicate\n',
              `client = replicate.Client(api_token="${k}")\n`,
              'out = client.run("stability-ai/sdxl", input={"prompt": "a lighthouse at dusk"})',
            ],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ),
  );

  // --- Infrastructure as code and CI -------------------------------------------------------

  add('datadog-api-key', r(HEXL, 32), (k) =>
    [
      '# prod.auto.tfvars',
      'region          = "eu-central-1"',
      'cluster_name    = "payments-prod"',
      `datadog_api_key = "${k}"`,
      `datadog_site    = "datadoghq.eu"`,
      'node_count      = 6',
    ].join('\n'),
  );

  add('digitalocean-token', `dop_v1_${r(HEXL, 64)}`, (k) =>
    [
      'terraform {',
      '  required_providers {',
      '    digitalocean = {',
      '      source  = "digitalocean/digitalocean"',
      '      version = "~> 2.0"',
      '    }',
      '  }',
      '}',
      '',
      'provider "digitalocean" {',
      `  token = "${k}"`,
      '}',
    ].join('\n'),
  );

  add('ansible-var-password', human(), (pw) =>
    [
      '---',
      '# group_vars/dbservers.yml',
      'mysql_port: 3306',
      'mysql_bind_address: 0.0.0.0',
      `mysql_root_password: "${pw}"`,
      'mysql_databases:',
      '  - name: inventory',
      '    encoding: utf8mb4',
    ].join('\n'),
  );

  add('newrelic-user-key', `NRAK-${r(UPPER + DIGITS, 27)}`, (k) =>
    [
      '# values-prod.yaml',
      'replicaCount: 3',
      'image:',
      '  repository: registry.acme.io/checkout',
      '  tag: "2.14.1"',
      'newrelic:',
      '  enabled: true',
      '  appName: checkout-prod',
      `  apiKey: ${k}`,
      'resources:',
      '  limits:',
      '    memory: 512Mi',
    ].join('\n'),
  );

  add('helm-postgres-password', human(), (pw) =>
    [
      'postgresql:',
      '  enabled: true',
      '  auth:',
      '    username: keycloak',
      `    password: "${pw}"`,
      '    database: keycloak',
      '  primary:',
      '    persistence:',
      '      size: 8Gi',
    ].join('\n'),
  );

  add('compose-env-password', human(), (pw) =>
    [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      - POSTGRES_USER=app',
      `      - POSTGRES_PASSWORD=${pw}`,
      '      - POSTGRES_DB=app',
      '    volumes:',
      '      - pgdata:/var/lib/postgresql/data',
      'volumes:',
      '  pgdata: {}',
    ].join('\n'),
  );

  add('redis-url-in-compose', urlSafe(24), (pw) =>
    [
      'services:',
      '  worker:',
      '    build: .',
      '    environment:',
      `      - REDIS_URL=redis://:${pw}@redis:6379/0`,
      '      - CELERY_CONCURRENCY=4',
      '    depends_on: [redis]',
    ].join('\n'),
  );

  add(
    'slack-webhook',
    `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`,
    (url) =>
      [
        'name: deploy',
        'on:',
        '  push:',
        '    branches: [main]',
        'env:',
        '  NODE_VERSION: 20',
        `  SLACK_WEBHOOK_URL: ${url}`,
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: ./scripts/deploy.sh',
      ].join('\n'),
  );

  // --- Package managers --------------------------------------------------------------------

  add('npm-token', `npm_${r(ALNUM, 36)}`, (k) =>
    ['registry=https://registry.npmjs.org/', `//registry.npmjs.org/:_authToken=${k}`, 'save-exact=true'].join('\n'),
  );

  {
    const body = r(ALNUM, 30);
    add('github-pat-in-yarnrc', `ghp_${body}${base62(crc32(body), 6)}`, (k) =>
      [
        'nodeLinker: node-modules',
        'npmScopes:',
        '  acme:',
        '    npmRegistryServer: "https://npm.pkg.github.com"',
        `    npmAuthToken: "${k}"`,
        'yarnPath: .yarn/releases/yarn-4.1.1.cjs',
      ].join('\n'),
    );
  }

  add('pip-conf-password', urlSafe(18), (pw) =>
    [
      '[global]',
      `index-url = https://ci-reader:${pw}@nexus.acme.internal/repository/pypi-all/simple`,
      'trusted-host = nexus.acme.internal',
      'timeout = 60',
    ].join('\n'),
  );

  add('pypi-token', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 160)}`, (k) =>
    [
      '[distutils]',
      'index-servers =',
      '    pypi',
      '',
      '[pypi]',
      'username = __token__',
      `password = ${k}`,
    ].join('\n'),
  );

  add('maven-settings-password', human(), (pw) =>
    [
      '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">',
      '  <servers>',
      '    <server>',
      '      <id>acme-releases</id>',
      '      <username>deployer</username>',
      `      <password>${pw}</password>`,
      '    </server>',
      '  </servers>',
      '</settings>',
    ].join('\n'),
  );

  add('artifactory-api-key', `AKCp${r(ALNUM, 69)}`, (k) =>
    [
      '# ~/.gradle/gradle.properties',
      'org.gradle.jvmargs=-Xmx2g',
      'org.gradle.caching=true',
      'artifactory_user=build-bot',
      `artifactory_password=${k}`,
      'artifactory_contextUrl=https://acme.jfrog.io/artifactory',
    ].join('\n'),
  );

  // --- Connection strings ------------------------------------------------------------------

  add('jdbc-password', urlSafe(22), (pw) =>
    [
      'spring:',
      '  datasource:',
      `    url: jdbc:postgresql://orders-db.prod.internal:5432/orders?user=orders_app&password=${pw}&sslmode=require`,
      '    hikari:',
      '      maximum-pool-size: 20',
    ].join('\n'),
  );

  add('odbc-pwd', urlSafe(16), (pw) =>
    [
      'import pyodbc',
      '',
      'conn = pyodbc.connect(',
      `    "Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql-reporting.acme.local,1433;Database=Reporting;Uid=report_reader;Pwd=${pw};Encrypt=yes;TrustServerCertificate=no;"`,
      ')',
    ].join('\n'),
  );

  add('mongodb-srv-password', urlSafe(20), (pw) =>
    [
      "const { MongoClient } = require('mongodb');",
      `const uri = 'mongodb+srv://analytics:${pw}@cluster0.x7kqp.mongodb.net/?retryWrites=true&w=majority';`,
      'const client = new MongoClient(uri);',
    ].join('\n'),
  );

  add('amqp-password', urlSafe(20), (pw) =>
    [
      '[celery]',
      `broker_url = amqps://billing_svc:${pw}@rabbitmq.prod.acme.io:5671/billing`,
      'result_backend = rpc://',
      'task_acks_late = true',
    ].join('\n'),
  );

  add('ado-net-password', human(), (pw) =>
    JSON.stringify(
      {
        Logging: { LogLevel: { Default: 'Information' } },
        ConnectionStrings: {
          Default: `Server=sql01.corp.contoso.com;Database=Inventory;User Id=inv_app;Password=${pw};TrustServerCertificate=True;`,
        },
        AllowedHosts: '*',
      },
      null,
      2,
    ),
  );

  add(
    'azure-storage-connection-string',
    `${r(B64, 86)}==`,
    (k) =>
      [
        'AZURE_STORAGE_CONTAINER=uploads',
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeuploadsprod;AccountKey=${k};EndpointSuffix=core.windows.net"`,
      ].join('\n'),
  );

  {
    const sig = `${r(B64, 43)}=`.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D');
    add('azure-sas-signature', sig, (s) =>
      [
        '$ azcopy copy ./backup.tar.gz \\',
        `  "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=${s}"`,
        'INFO: Scanning...',
        'Job 4f1c2a9e-... has started',
      ].join('\n'),
    );
  }

  // --- HTTP dumps --------------------------------------------------------------------------

  add('okta-api-token', `00${r(B64URL, 40)}`, (k) =>
    [
      'curl -v -X GET \\',
      '  -H "Accept: application/json" \\',
      '  -H "Content-Type: application/json" \\',
      `  -H "Authorization: SSWS ${k}" \\`,
      '  "https://acme.okta.com/api/v1/users?limit=25"',
    ].join('\n'),
  );

  {
    const cred = b64(`svc-reporting:${human()}`);
    add('http-basic-auth', cred, (c) =>
      [
        'GET /api/v2/reports/daily HTTP/1.1',
        'Host: grafana.internal.acme.io',
        'User-Agent: python-requests/2.32.3',
        'Accept-Encoding: gzip, deflate',
        'Accept: */*',
        'Connection: keep-alive',
        `Authorization: Basic ${c}`,
        '',
      ].join('\r\n'),
    );
  }

  add('session-cookie', r(LOWER + DIGITS, 32), (sid) =>
    [
      'POST /admin/orders/1187/refund/ HTTP/1.1',
      'Host: shop.example.com',
      'Content-Type: application/x-www-form-urlencoded',
      `Cookie: csrftoken=${r(ALNUM, 32)}; sessionid=${sid}; django_language=en`,
      'Referer: https://shop.example.com/admin/orders/1187/',
      '',
      'amount=49.90&reason=requested_by_customer',
    ].join('\n'),
  );

  add('x-api-key-cohere-in-axios-error', r(ALNUM, 40), (k) =>
    [
      'AxiosError: Request failed with status code 429',
      '    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)',
      '    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3135:11)',
      '  code: \'ERR_BAD_REQUEST\',',
      '  config: {',
      "    method: 'post',",
      "    url: 'https://api.cohere.com/v2/chat',",
      '    headers: Object [AxiosHeaders] {',
      "      Accept: 'application/json, text/plain, */*',",
      "      'Content-Type': 'application/json',",
      `      Authorization: 'Bearer ${k}',`,
      "      'User-Agent': 'axios/1.7.7'",
      '    },',
      '  },',
    ].join('\n'),
  );

  add('google-api-key-in-traceback', `AIza${r(B64URL, 35)}`, (k) =>
    [
      'Traceback (most recent call last):',
      '  File "/srv/geo/worker.py", line 88, in geocode',
      '    resp.raise_for_status()',
      '  File "/usr/lib/python3/dist-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      `requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://maps.googleapis.com/maps/api/geocode/json?address=10+Downing+St&key=${k}`,
    ].join('\n'),
  );

  add('doppler-token-in-debug-log', `dp.st.prd.${r(ALNUM, 40)}`, (k) =>
    [
      '2026-11-25T09:14:02.118Z DEBUG [config] resolved configuration {',
      "  env: 'production',",
      '  port: 8080,',
      `  doppler: { project: 'billing', config: 'prd', token: '${k}' },`,
      "  logLevel: 'debug'",
      '}',
      '2026-11-25T09:14:02.131Z INFO  [http] listening on :8080',
    ].join('\n'),
  );

  {
    const sid = `AC${r(HEXL, 32)}`;
    add('twilio-token-in-python-log', r(HEXL, 32), (k) =>
      [
        `DEBUG:app.settings:loaded {'DEBUG': False, 'TWILIO_ACCOUNT_SID': '${sid}', 'TWILIO_AUTH_TOKEN': '${k}', 'TIME_ZONE': 'UTC'}`,
        'INFO:werkzeug: * Running on http://0.0.0.0:5000',
      ].join('\n'),
    );
  }

  add('sentry-user-token', `sntryu_${r(HEXL, 64)}`, (k) =>
    [
      '# .sentryclirc',
      '[defaults]',
      'org = acme',
      'project = web-frontend',
      '',
      '[auth]',
      `token = ${k}`,
    ].join('\n'),
  );

  add('vault-token', `hvs.CAESI${r(B64URL, 86)}`, (k) =>
    [
      '$ export VAULT_ADDR=https://vault.acme.internal:8200',
      `$ export VAULT_TOKEN=${k}`,
      '$ vault kv get -field=url secret/ci/artifactory',
    ].join('\n'),
  );

  add('atlassian-api-token', `ATATT3xFfGF0${r(B64URL, 171)}=${r(HEXU, 8)}`, (k) =>
    [
      `curl -s -u jane.doe@acme.com:${k} \\`,
      '  -H "Accept: application/json" \\',
      '  "https://acme.atlassian.net/rest/api/3/search?jql=project=OPS+AND+status=Open"',
    ].join('\n'),
  );

  // --- Chat messages -----------------------------------------------------------------------

  add('chat-openai-svcacct', `sk-svcacct-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (k) =>
    `hey, the summarizer keeps returning 401. here's my key: ${k} — can you check whether it's the org setting or the key itself?`,
  );

  add('chat-password-de', human(), (pw) =>
    `Hallo! Ich komme nicht mehr auf den Jenkins-Server. Benutzer ist admin, mein Passwort ist ${pw} – kannst du mal schauen, ob das Konto gesperrt ist?`,
  );

  add('chat-password-es', human(), (pw) =>
    `Buenas, no me deja entrar al panel de WordPress. El usuario es editor y la contraseña es ${pw}. ¿Me ayudas a ver qué pasa?`,
  );

  add('chat-telegram-fr', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (k) =>
    `Salut, mon bot ne répond plus depuis hier soir. Voici le token : ${k}\nJ'utilise python-telegram-bot 21.x avec un webhook derrière nginx.`,
  );

  add('chat-huggingface-ja', `hf_${r(UPPER + LOWER, 34)}`, (k) =>
    `Hugging Face からモデルをダウンロードしようとすると 401 になります。トークンは ${k} です。権限は read にしてあります。`,
  );

  add('chat-password-pt', human(), (pw) =>
    `Oi, consegue testar o acesso FTP pra mim? host ftp.lojaexemplo.com.br, usuário lojista, senha ${pw}`,
  );

  // --- Private keys inside JSON strings ---------------------------------------------------

  {
    const key = pem(r, 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1624);
    const esc = jsonEscaped(key);
    add('gcp-service-account-private-key', esc, () =>
      [
        '{',
        '  "type": "service_account",',
        '  "project_id": "acme-analytics-prod",',
        `  "private_key_id": "${r(HEXL, 40)}",`,
        `  "private_key": "${esc}",`,
        '  "client_email": "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",',
        `  "client_id": "1${r(DIGITS, 20)}",`,
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "universe_domain": "googleapis.com"',
        '}',
      ].join('\n'),
    );
  }

  {
    const key = pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 164);
    const esc = jsonEscaped(key);
    add('ec-private-key-in-json', esc, () =>
      JSON.stringify({ kid: 'apns-2026', team_id: 'A1B2C3D4E5', signing_key: key }, null, 2),
    );
  }

  {
    const key = pem(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 400);
    const esc = jsonEscaped(key);
    add('openssh-private-key-in-json', esc, () =>
      JSON.stringify(
        { variables: [{ key: 'DEPLOY_HOST', value: 'deploy.acme.io' }, { key: 'SSH_PRIVATE_KEY', value: key, masked: false }] },
        null,
        2,
      ),
    );
  }

  {
    const key = pem(r, 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1592);
    const esc = jsonEscaped(key);
    add('rsa-private-key-in-json-log', esc, () =>
      `{"level":"debug","ts":"2026-11-24T22:10:03Z","msg":"tls config","cert_file":"/etc/tls/tls.crt","key_pem":"${esc}"}`,
    );
  }

  // --- Human-made passwords in INI / TOML -------------------------------------------------

  add('ini-password', human(), (pw) =>
    ['[database]', 'host = 10.0.4.12', 'port = 5432', 'user = erp', `password = ${pw}`, '', '[cache]', 'ttl = 300'].join('\n'),
  );

  add('toml-password', human(), (pw) =>
    [
      '[smtp]',
      'host = "smtp.office365.com"',
      'port = 587',
      'username = "noreply@acme-logistics.com"',
      `password = "${pw}"`,
      'starttls = true',
    ].join('\n'),
  );

  return out;
}

export function batchFNegatives(seed = 'blind-f-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const sha1 = (): string => r(HEXL, 40);
  const sha256 = (): string => r(HEXL, 64);

  // --- Commit ids, digests, checksums ------------------------------------------------------

  add(
    'git log with full commit ids',
    [
      `commit ${sha1()}`,
      'Author: Jane Doe <jane@example.com>',
      'Date:   Mon Nov 23 14:02:11 2026 +0100',
      '',
      '    Rotate the staging API key and read it from the environment',
      '',
      `commit ${sha1()}`,
      `Merge: ${r(HEXL, 7)} ${r(HEXL, 7)}`,
      'Author: CI Bot <ci@example.com>',
      'Date:   Sun Nov 22 03:00:00 2026 +0000',
      '',
      "    Merge pull request #4121 from acme/fix-token-refresh",
    ].join('\n'),
  );

  add(
    'interactive rebase todo with short commit ids',
    [
      `pick ${r(HEXL, 7)} Add password reset endpoint`,
      `squash ${r(HEXL, 7)} fixup: token expiry`,
      `pick ${r(HEXL, 7)} Store API keys hashed`,
      '',
      `# Rebase ${r(HEXL, 7)}..${r(HEXL, 7)} onto ${r(HEXL, 7)} (3 commands)`,
    ].join('\n'),
  );

  add(
    'git blame and diff headers',
    [
      `diff --git a/config/app.yml b/config/app.yml`,
      `index ${r(HEXL, 7)}..${r(HEXL, 7)} 100644`,
      '--- a/config/app.yml',
      '+++ b/config/app.yml',
      '@@ -3,4 +3,4 @@ app:',
      '   name: billing',
      '-  api_key: ${BILLING_KEY}',
      '+  api_key: ${BILLING_API_KEY}',
    ].join('\n'),
  );

  add(
    'container image pinned by digest',
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: api',
      `          image: ghcr.io/acme/api@sha256:${sha256()}`,
      '          imagePullPolicy: IfNotPresent',
    ].join('\n'),
  );

  add(
    'docker pull output',
    [
      '$ docker pull nginx:1.27-alpine',
      '1.27-alpine: Pulling from library/nginx',
      `${r(HEXL, 12)}: Pull complete`,
      `${r(HEXL, 12)}: Pull complete`,
      `${r(HEXL, 12)}: Pull complete`,
      `Digest: sha256:${sha256()}`,
      'Status: Downloaded newer image for nginx:1.27-alpine',
    ].join('\n'),
  );

  add(
    'package-lock integrity hashes',
    [
      '    "node_modules/lodash": {',
      '      "version": "4.17.21",',
      '      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",',
      `      "integrity": "sha512-${r(B64, 86)}=="`,
      '    },',
      '    "node_modules/ms": {',
      '      "version": "2.1.3",',
      '      "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",',
      `      "integrity": "sha512-${r(B64, 86)}=="`,
      '    }',
    ].join('\n'),
  );

  add(
    'yarn.lock entries',
    [
      '"@babel/code-frame@^7.22.13":',
      '  version "7.24.7"',
      `  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.24.7.tgz#${sha1()}"`,
      `  integrity sha512-${r(B64, 86)}==`,
      '  dependencies:',
      '    "@babel/highlight" "^7.24.7"',
    ].join('\n'),
  );

  add(
    'Cargo.lock checksums',
    [
      '[[package]]',
      'name = "serde"',
      'version = "1.0.210"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${sha256()}"`,
      '',
      '[[package]]',
      'name = "itoa"',
      'version = "1.0.11"',
      'source = "registry+https://github.com/rust-lang/crates.io-index"',
      `checksum = "${sha256()}"`,
    ].join('\n'),
  );

  add(
    'go.sum lines',
    [
      `github.com/google/uuid v1.6.0 h1:${r(B64, 43)}=`,
      `github.com/google/uuid v1.6.0/go.mod h1:${r(B64, 43)}=`,
      `golang.org/x/crypto v0.28.0 h1:${r(B64, 43)}=`,
      `golang.org/x/crypto v0.28.0/go.mod h1:${r(B64, 43)}=`,
    ].join('\n'),
  );

  add(
    'pip requirements with hashes',
    [
      'requests==2.32.3 \\',
      `    --hash=sha256:${sha256()} \\`,
      `    --hash=sha256:${sha256()}`,
      'urllib3==2.2.3 \\',
      `    --hash=sha256:${sha256()}`,
    ].join('\n'),
  );

  add(
    'terraform dependency lock file',
    [
      'provider "registry.terraform.io/hashicorp/aws" {',
      '  version     = "5.72.1"',
      '  constraints = "~> 5.0"',
      '  hashes = [',
      `    "h1:${r(B64, 43)}=",`,
      `    "zh:${sha256()}",`,
      `    "zh:${sha256()}",`,
      '  ]',
      '}',
    ].join('\n'),
  );

  add(
    'SHA256SUMS release file',
    [
      `${sha256()}  rampart-1.4.0-linux-amd64.tar.gz`,
      `${sha256()}  rampart-1.4.0-linux-arm64.tar.gz`,
      `${sha256()}  rampart-1.4.0-darwin-arm64.tar.gz`,
    ].join('\n'),
  );

  add(
    'subresource integrity in HTML',
    [
      `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous">`,
      `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous"></script>`,
    ].join('\n'),
  );

  add(
    'Go pseudo-versions in go.mod',
    [
      'module github.com/acme/edge',
      '',
      'go 1.22',
      '',
      'require (',
      `\tgithub.com/acme/internal-lib v0.0.0-20261012093344-${r(HEXL, 12)}`,
      `\tgolang.org/x/exp v0.0.0-20240719175910-${r(HEXL, 12)}`,
      ')',
    ].join('\n'),
  );

  // --- Identifiers -------------------------------------------------------------------------

  add(
    'UUIDs in an API response',
    JSON.stringify(
      {
        id: uuid(r),
        tenant_id: uuid(r),
        created_by: uuid(r),
        items: [{ id: uuid(r), sku: 'MUG-001', qty: 2 }],
      },
      null,
      2,
    ),
  );

  add(
    'ULIDs in structured logs',
    [
      `{"ts":"2026-11-25T08:00:01Z","level":"info","event_id":"${ulid(r)}","msg":"order created","order":"${ulid(r)}"}`,
      `{"ts":"2026-11-25T08:00:02Z","level":"info","event_id":"${ulid(r)}","msg":"payment captured","order":"${ulid(r)}"}`,
    ].join('\n'),
  );

  add(
    'HTTP response headers with request and trace ids',
    [
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      `x-amz-request-id: ${r(UPPER + DIGITS, 16)}`,
      `x-amz-id-2: ${r(B64, 76)}`,
      `traceparent: 00-${r(HEXL, 32)}-${r(HEXL, 16)}-01`,
      `X-Request-Id: ${uuid(r)}`,
      `cf-ray: ${r(HEXL, 16)}-FRA`,
      `ETag: "${r(HEXL, 32)}"`,
    ].join('\n'),
  );

  add(
    'APM log lines with trace and span ids',
    [
      `2026-11-25 10:01:12,331 INFO [checkout] [dd.trace_id=${r(DIGITS, 19)} dd.span_id=${r(DIGITS, 19)}] cart priced in 41ms`,
      `2026-11-25 10:01:12,402 WARN [checkout] [dd.trace_id=${r(DIGITS, 19)} dd.span_id=${r(DIGITS, 19)}] retrying inventory call`,
    ].join('\n'),
  );

  add(
    'Stripe object ids in an API response',
    JSON.stringify(
      {
        id: `pi_3${r(ALNUM, 23)}`,
        object: 'payment_intent',
        amount: 4990,
        currency: 'eur',
        customer: `cus_${r(ALNUM, 14)}`,
        latest_charge: `ch_3${r(ALNUM, 23)}`,
        payment_method: `pm_1${r(ALNUM, 23)}`,
        status: 'succeeded',
      },
      null,
      2,
    ),
  );

  add(
    'OpenAI response and object ids',
    JSON.stringify(
      {
        id: `chatcmpl-${r(ALNUM, 29)}`,
        object: 'chat.completion',
        created: 1764060000,
        model: 'gpt-4o-mini-2024-07-18',
        system_fingerprint: `fp_${r(HEXL, 10)}`,
        choices: [{ index: 0, message: { role: 'assistant', content: 'Done.' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 },
      },
      null,
      2,
    ),
  );

  add(
    'Anthropic message id and request id',
    [
      'HTTP/2 200',
      `request-id: req_011C${r(ALNUM, 20)}`,
      'anthropic-ratelimit-requests-remaining: 49',
      '',
      `{"id":"msg_01${r(ALNUM, 22)}","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"Hello!"}],"stop_reason":"end_turn"}`,
    ].join('\n'),
  );

  add(
    'Twilio message status callback (message and service SIDs)',
    `MessageSid=SM${r(HEXL, 32)}&MessagingServiceSid=MG${r(HEXL, 32)}&MessageStatus=delivered&To=%2B4915112345678&ApiVersion=2010-04-01`,
  );

  add(
    'MongoDB ObjectIds in an export',
    [
      `{"_id":{"$oid":"${r(HEXL, 24)}"},"name":"Ada","team":{"$oid":"${r(HEXL, 24)}"}}`,
      `{"_id":{"$oid":"${r(HEXL, 24)}"},"name":"Grace","team":{"$oid":"${r(HEXL, 24)}"}}`,
    ].join('\n'),
  );

  add(
    'kubectl output with generated names and uids',
    [
      'NAME                           READY   STATUS    RESTARTS   AGE',
      `api-${r(HEXL, 10)}-${r(LOWER + DIGITS, 5)}        1/1     Running   0          3h`,
      `api-${r(HEXL, 10)}-${r(LOWER + DIGITS, 5)}        1/1     Running   1          3h`,
      `worker-${r(HEXL, 10)}-${r(LOWER + DIGITS, 5)}     1/1     Running   0          45m`,
      '',
      `metadata.uid: ${uuid(r)}`,
      `metadata.resourceVersion: "${r(DIGITS, 8)}"`,
    ].join('\n'),
  );

  add(
    'S3 listing with ETags and version ids',
    JSON.stringify(
      {
        Versions: [
          { Key: 'reports/2026-11.csv', VersionId: r(B64URL.replace('-', '.'), 32), ETag: `"${r(HEXL, 32)}"`, Size: 18231 },
          { Key: 'reports/2026-10.csv', VersionId: r(B64URL.replace('-', '.'), 32), ETag: `"${r(HEXL, 32)}-4"`, Size: 90233 },
        ],
      },
      null,
      2,
    ),
  );

  add(
    'Sentry event id on an error page',
    `<p>Something went wrong. Our team has been notified.</p>\n<p class="muted">Event ID: ${r(HEXL, 32)}</p>`,
  );

  add(
    'Unity asset meta file GUID',
    ['fileFormatVersion: 2', `guid: ${r(HEXL, 32)}`, 'TextureImporter:', '  mipmaps:', '    mipMapMode: 0'].join('\n'),
  );

  add(
    'Xcode project object ids',
    [
      `\t\t${r(HEXU, 24)} /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${r(HEXU, 24)} /* AppDelegate.swift */; };`,
      `\t\t${r(HEXU, 24)} /* Assets.xcassets in Resources */ = {isa = PBXBuildFile; fileRef = ${r(HEXU, 24)} /* Assets.xcassets */; };`,
    ].join('\n'),
  );

  add(
    'Ethereum address and transaction hash',
    `Withdrawal sent. Tx hash: 0x${r(HEXL, 64)}\nTo: 0x${r(HEXL, 40)}\nBlock: 21${r(DIGITS, 6)}  Gas used: 21000`,
  );

  add(
    'analytics and tag manager ids in a page',
    [
      `<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r(UPPER + DIGITS, 10)}"></script>`,
      '<script>',
      '  window.dataLayer = window.dataLayer || [];',
      '  function gtag(){dataLayer.push(arguments);}',
      "  gtag('js', new Date());",
      `  gtag('config', 'G-${r(UPPER + DIGITS, 10)}');`,
      '</script>',
    ].join('\n'),
  );

  add(
    'YouTube links and ids',
    `Watch the talk here: https://www.youtube.com/watch?v=${r(B64URL, 11)}&t=312s — the follow-up is https://youtu.be/${r(B64URL, 11)}`,
  );

  add(
    'short links in a newsletter',
    `Read more: https://bit.ly/3${r(ALNUM, 6)} | Slides: https://t.co/${r(ALNUM, 10)} | Survey: https://forms.gle/${r(ALNUM, 17)}`,
  );

  add(
    'Wikipedia revision links',
    `Compare revisions: https://en.wikipedia.org/w/index.php?title=Public-key_cryptography&diff=1${r(DIGITS, 9)}&oldid=1${r(DIGITS, 9)}`,
  );

  add(
    'parcel tracking numbers in a shipping e-mail',
    [
      'Your order #A-20931 has shipped!',
      `UPS tracking number: 1Z${r(UPPER + DIGITS, 16)}`,
      `USPS: 9400 ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 2)}`,
      'Estimated delivery: Friday, November 27',
    ].join('\n'),
  );

  add(
    'webpack build output with content hashes',
    [
      'asset main.' + r(HEXL, 20) + '.js 412 KiB [emitted] [immutable] [minimized] (name: main)',
      'asset vendors.' + r(HEXL, 20) + '.js 1.02 MiB [emitted] [immutable] [minimized] (id hint: vendors)',
      'asset styles.' + r(HEXL, 20) + '.css 38.1 KiB [emitted] [immutable] (name: main)',
      `webpack 5.95.0 compiled successfully in 18234 ms`,
    ].join('\n'),
  );

  add(
    'minified JavaScript',
    `!function(e,t){"object"==typeof exports?module.exports=t():e.${r(LOWER, 2)}=t()}(this,function(){var e="${r(ALNUM, 12)}",t=function(n,r){for(var o=0,i=n.length;o<i;o++)r(n[o],o);return n},n={${r(LOWER, 1)}:e,${r(LOWER, 2)}:t,v:"3.7.1"};return n});\n//# sourceMappingURL=app.min.js.map`,
  );

  add(
    'CSS with an inline PNG data URI',
    [
      '.icon-check {',
      '  width: 16px;',
      '  height: 16px;',
      `  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r(B64, 300)}AAAAAElFTkSuQmCC");`,
      '}',
    ].join('\n'),
  );

  add(
    'CSS font-face with an inline WOFF2 font',
    [
      '@font-face {',
      "  font-family: 'IconFont';",
      `  src: url(data:font/woff2;base64,d09GMgABAAAAA${r(B64, 480)}) format('woff2');`,
      '  font-display: block;',
      '}',
    ].join('\n'),
  );

  add(
    'CSP nonce in HTML',
    [
      `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${r(B64, 22)}=='">`,
      `<script nonce="${r(B64, 22)}==">window.__APP_STATE__ = {"route":"/home"};</script>`,
    ].join('\n'),
  );

  add(
    'MIME part with base64 body of a plain text message',
    [
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      '',
      b64('Hi team,\n\nThe quarterly report is attached. The meeting moved to Thursday 10:00.\n\nThanks,\nMaria\n')
        .match(/.{1,76}/g)!
        .join('\n'),
    ].join('\n'),
  );

  add(
    'webhook delivery headers with a payload signature',
    [
      'POST /hooks/github HTTP/1.1',
      'User-Agent: GitHub-Hookshot/4a1b2c3',
      'X-GitHub-Event: push',
      `X-GitHub-Delivery: ${uuid(r)}`,
      `X-Hub-Signature-256: sha256=${sha256()}`,
      'Content-Type: application/json',
    ].join('\n'),
  );

  // --- Public keys and certificates --------------------------------------------------------

  add(
    'SSH public keys in authorized_keys',
    [
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} jane@laptop`,
      `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r(B64, 510)}= deploy@ci`,
    ].join('\n'),
  );

  add('PEM public key', pem(r, 'PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392));

  add(
    'CA certificate inside JSON',
    JSON.stringify({ name: 'corp-root-ca', pem: pem(r, 'CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIE', 1180) }, null, 2),
  );

  add(
    'PGP public key block',
    [
      '-----BEGIN PGP PUBLIC KEY BLOCK-----',
      '',
      ...(`mQINBG${r(B64, 634)}`.match(/.{1,64}/g) ?? []),
      `=${r(B64, 4)}`,
      '-----END PGP PUBLIC KEY BLOCK-----',
    ].join('\n'),
  );

  add(
    'wg show output (private key hidden)',
    [
      'interface: wg0',
      `  public key: ${r(B64, 43)}=`,
      '  private key: (hidden)',
      '  listening port: 51820',
      '',
      `peer: ${r(B64, 43)}=`,
      '  endpoint: 203.0.113.7:51820',
      '  allowed ips: 10.8.0.2/32',
      '  latest handshake: 1 minute, 12 seconds ago',
    ].join('\n'),
  );

  add(
    'age recipients file (public keys)',
    ['# team recipients for sops', `age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`, `age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`].join('\n'),
  );

  // --- Placeholders ------------------------------------------------------------------------

  add(
    '.env.example with placeholders',
    [
      '# Copy to .env and fill in',
      'OPENAI_API_KEY=<YOUR_API_KEY>',
      'ANTHROPIC_API_KEY=your-anthropic-key-here',
      'DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/DBNAME',
      'STRIPE_SECRET_KEY=sk_live_...',
      'SLACK_WEBHOOK_URL=',
    ].join('\n'),
  );

  add(
    'README with elided key examples',
    [
      '## Configuration',
      '',
      'Set your key before running:',
      '',
      '```bash',
      'export OPENAI_API_KEY="sk-..."',
      'export GITHUB_TOKEN="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      'export AWS_ACCESS_KEY_ID="AKIAXXXXXXXXXXXXXXXX"',
      '```',
    ].join('\n'),
  );

  add(
    'MongoDB Atlas connection string template',
    'Replace <password> with the password for the analytics user:\nmongodb+srv://analytics:<password>@cluster0.x7kqp.mongodb.net/?retryWrites=true&w=majority',
  );

  add(
    'connection string with a placeholder password',
    '"ConnectionStrings": {\n  "Default": "Server=localhost;Database=Inventory;User Id=sa;Password={your_password};TrustServerCertificate=True;"\n}',
  );

  add(
    'AWS documentation example credentials',
    [
      '[default]',
      `aws_access_key_id = ${'AKIAIOSFODNN7'}${'EXAMPLE'}`,
      `aws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/bPxRfiCY'}${'EXAMPLEKEY'}`,
      'region = us-west-2',
    ].join('\n'),
  );

  add(
    'Terraform variable declaration without a value',
    [
      'variable "db_password" {',
      '  description = "Master password for the RDS instance"',
      '  type        = string',
      '  sensitive   = true',
      '}',
    ].join('\n'),
  );

  // --- References to secrets kept elsewhere -----------------------------------------------

  add(
    'shell scripts using variables',
    [
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'curl -fsS -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user',
      'PGPASSWORD="${DB_PASSWORD:?missing}" psql -h "$DB_HOST" -U app -c "select 1"',
      'docker login -u "$REGISTRY_USER" --password-stdin <<< "$REGISTRY_PASSWORD"',
    ].join('\n'),
  );

  add(
    'docker-compose with interpolated and file-based secrets',
    [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password',
      '      - POSTGRES_USER=${POSTGRES_USER:-app}',
      '  api:',
      '    environment:',
      '      - DATABASE_URL=postgres://app:${POSTGRES_PASSWORD}@db:5432/app',
      '      - OPENAI_API_KEY',
      'secrets:',
      '  db_password:',
      '    file: ./secrets/db_password.txt',
    ].join('\n'),
  );

  add(
    'JavaScript reading process.env',
    [
      'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });',
      'const openai = new OpenAI({ apiKey: process.env["OPENAI_API_KEY"] });',
      "const dbUrl = process.env.DATABASE_URL ?? 'postgres://localhost/dev';",
    ].join('\n'),
  );

  add(
    'Python reading os.environ',
    [
      'import os',
      '',
      'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]',
      'DB_PASSWORD = os.getenv("DB_PASSWORD")',
      'client = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))',
    ].join('\n'),
  );

  add(
    'GitHub Actions secrets expressions',
    [
      '      - name: Deploy',
      '        env:',
      '          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}',
      '          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
      '          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}',
      '        run: ./deploy.sh',
    ].join('\n'),
  );

  add(
    'Helm template and secretKeyRef',
    [
      '        env:',
      '          - name: DB_PASSWORD',
      '            valueFrom:',
      '              secretKeyRef:',
      '                name: {{ include "app.fullname" . }}-db',
      '                key: password',
      '          - name: API_KEY',
      '            value: {{ .Values.apiKey | quote }}',
    ].join('\n'),
  );

  add(
    'external secret store references',
    [
      'DB_PASSWORD=vault:secret/data/prod/db#password',
      'STRIPE_KEY=op://Production/Stripe/secret key',
      'SENDGRID_KEY=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)',
      `RDS_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:${r(DIGITS, 12)}:secret:prod/rds/master-${r(ALNUM, 6)}`,
      'GCP_SECRET=projects/acme-prod/secrets/openai-api-key/versions/latest',
    ].join('\n'),
  );

  add(
    'ExternalSecret manifest',
    [
      'apiVersion: external-secrets.io/v1beta1',
      'kind: ExternalSecret',
      'metadata:',
      '  name: payments-db',
      'spec:',
      '  secretStoreRef:',
      '    name: aws-secrets-manager',
      '    kind: ClusterSecretStore',
      '  data:',
      '    - secretKey: password',
      '      remoteRef:',
      '        key: prod/payments/db',
      '        property: password',
    ].join('\n'),
  );

  add(
    'Terraform resource reading generated passwords',
    [
      'resource "random_password" "db" {',
      '  length  = 24',
      '  special = true',
      '}',
      '',
      'resource "aws_db_instance" "main" {',
      '  username = "admin"',
      '  password = random_password.db.result',
      '}',
    ].join('\n'),
  );

  add(
    'Ansible vars pointing at vaulted vars and lookups',
    [
      'mysql_root_password: "{{ vault_mysql_root_password }}"',
      "api_token: \"{{ lookup('env', 'API_TOKEN') }}\"",
      "smtp_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/smtp:password') }}\"",
    ].join('\n'),
  );

  add(
    'Spring config with property placeholders',
    [
      'spring:',
      '  datasource:',
      '    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders',
      '    username: ${DB_USER}',
      '    password: ${DB_PASSWORD}',
    ].join('\n'),
  );

  add(
    'npmrc and Maven settings reading environment variables',
    [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '',
      '<server>',
      '  <id>acme-releases</id>',
      '  <username>${env.NEXUS_USER}</username>',
      '  <password>${env.NEXUS_PASSWORD}</password>',
      '</server>',
    ].join('\n'),
  );

  add(
    'notebook asking for the key with getpass',
    JSON.stringify(
      {
        cells: [
          {
            cell_type: 'code',
            execution_count: 1,
            metadata: {},
            outputs: [{ name: 'stdout', output_type: 'stream', text: ['Enter your OpenAI API key: ··········\n'] }],
            source: ['import getpass, os\n', 'os.environ["OPENAI_API_KEY"] = getpass.getpass("Enter your OpenAI API key: ")'],
          },
        ],
        metadata: {},
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ),
  );

  // --- Redacted and masked values ----------------------------------------------------------

  add(
    'redacted values in a JSON log',
    `{"ts":"2026-11-25T11:02:55Z","level":"info","msg":"user login","user":"jdoe","password":"********","api_key":"[REDACTED]","token":"<redacted>"}`,
  );

  add(
    'redacted HTTP request dump',
    [
      'POST /v1/chat/completions HTTP/1.1',
      'Host: api.openai.com',
      'Authorization: Bearer [REDACTED]',
      'X-API-Key: ****',
      'Cookie: session=<filtered>',
    ].join('\n'),
  );

  add(
    'dashboard showing key prefixes and suffixes only',
    [
      'NAME            KEY              CREATED      LAST USED',
      'ci-pipeline     sk-...a1Fz       2026-10-02   2 hours ago',
      'notebook        sk-proj-…Q9xk    2026-08-19   never',
      'staging         rk_live_****4Jd2 2026-07-01   yesterday',
    ].join('\n'),
  );

  add(
    'aws configure list output (masked)',
    [
      '      Name                    Value             Type    Location',
      '      ----                    -----             ----    --------',
      '   profile                <not set>             None    None',
      `access_key     ****************${r(AWS_ID, 4)} shared-credentials-file`,
      `secret_key     ****************${r(B64, 4)} shared-credentials-file`,
      '    region                eu-west-1      config-file    ~/.aws/config',
    ].join('\n'),
  );

  add(
    'CI log with masked secrets',
    [
      'Run ./deploy.sh',
      '  env:',
      '    AWS_ACCESS_KEY_ID: ***',
      '    AWS_SECRET_ACCESS_KEY: ***',
      '+ aws s3 sync ./dist s3://acme-web-prod --delete',
      'upload: dist/index.html to s3://acme-web-prod/index.html',
    ].join('\n'),
  );

  add(
    'terraform plan with sensitive values hidden',
    [
      '  # aws_db_instance.main will be created',
      '  + resource "aws_db_instance" "main" {',
      '      + engine   = "postgres"',
      '      + password = (sensitive value)',
      '      + username = "admin"',
      '    }',
    ].join('\n'),
  );

  add(
    'auth failure log lines without credentials',
    [
      "2026-11-25 03:12:44 [warn] Login failed for user 'admin' from 198.51.100.23: invalid password",
      '2026-11-25 03:12:45 [warn] Too many failed attempts, locking account admin for 15 minutes',
      'sshd[2211]: Failed password for invalid user oracle from 203.0.113.9 port 51522 ssh2',
      'app[api]: token verification failed: signature mismatch (kid=2026-11)',
    ].join('\n'),
  );

  // --- Hashes and encrypted blobs ----------------------------------------------------------

  add(
    'bcrypt hashes in a seed file',
    [
      'INSERT INTO users (email, password_hash) VALUES',
      `  ('ada@example.com', '$2b$12$${r(BCRYPT, 53)}'),`,
      `  ('grace@example.com', '$2b$12$${r(BCRYPT, 53)}');`,
    ].join('\n'),
  );

  add(
    'argon2 hashes in a user export',
    [
      'id,email,password_hash',
      `1,ada@example.com,$argon2id$v=19$m=65536,t=3,p=4$${r(B64.slice(0, 64), 22)}$${r(B64.slice(0, 64), 43)}`,
      `2,linus@example.com,$argon2id$v=19$m=65536,t=3,p=4$${r(B64.slice(0, 64), 22)}$${r(B64.slice(0, 64), 43)}`,
    ].join('\n'),
  );

  add(
    'Django PBKDF2 hash in a fixture',
    JSON.stringify(
      [
        {
          model: 'auth.user',
          pk: 1,
          fields: {
            username: 'admin',
            password: `pbkdf2_sha256$870000$${r(ALNUM, 22)}$${r(B64, 43)}=`,
            is_superuser: true,
          },
        },
      ],
      null,
      2,
    ),
  );

  add(
    'scrypt and sha512-crypt hashes',
    [
      `hash = "$scrypt$ln=16,r=8,p=1$${r(`${ALNUM}./`, 22)}$${r(`${ALNUM}./`, 43)}"`,
      `root:$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}:19650:0:99999:7:::`,
    ].join('\n'),
  );

  add(
    'sops-encrypted YAML',
    [
      'db:',
      `    password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]`,
      `    user: ENC[AES256_GCM,data:${r(B64, 8)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]`,
      'sops:',
      '    age:',
      `        - recipient: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`,
      '          enc: |',
      '            -----BEGIN AGE ENCRYPTED FILE-----',
      `            ${r(B64, 64)}`,
      `            ${r(B64, 40)}`,
      '            -----END AGE ENCRYPTED FILE-----',
      '    lastmodified: "2026-11-20T10:00:00Z"',
      `    mac: ENC[AES256_GCM,data:${r(B64, 86)}==,iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]`,
      '    version: 3.9.1',
    ].join('\n'),
  );

  add(
    'ansible-vault encrypted file',
    ['$ANSIBLE_VAULT;1.1;AES256', r(HEXL, 80), r(HEXL, 80), r(HEXL, 80), r(HEXL, 80), r(HEXL, 44)].join('\n'),
  );

  // --- Documentation, policy, prose, UI strings --------------------------------------------

  add(
    'documentation describing key formats',
    [
      '### Key formats',
      '',
      'Secret keys start with `sk_live_` (production) or `sk_test_` (test mode), followed by a long random',
      'string. Restricted keys use the `rk_` prefix. Publishable keys (`pk_`) are safe to embed in your',
      'front end; secret and restricted keys must stay on your server.',
      '',
      'AWS access key IDs are 20 characters long and begin with `AKIA` (long-term) or `ASIA` (temporary).',
    ].join('\n'),
  );

  add(
    'detector rules written as regular expressions',
    [
      'RULES = {',
      '    "github_pat": re.compile(r"ghp_[A-Za-z0-9]{36}"),',
      '    "slack_webhook": re.compile(r"https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"),',
      '    "aws_key_id": re.compile(r"\\b(AKIA|ASIA)[A-Z2-7]{16}\\b"),',
      '}',
    ].join('\n'),
  );

  add(
    'password policy text',
    [
      'Password requirements:',
      '• At least 12 characters',
      '• At least one uppercase letter, one number and one symbol (!@#$%^&*)',
      '• Must not contain your username or e-mail address',
      '• Must differ from your last 5 passwords',
    ].join('\n'),
  );

  add(
    'password reset e-mail',
    [
      'Subject: Reset your password',
      '',
      'Hi Sam,',
      '',
      'We received a request to reset the password for your account. Click the button below to choose a',
      'new password. This link expires in 30 minutes.',
      '',
      "If you didn't request a password reset, you can ignore this e-mail; your password won't change.",
      '',
      '— The Acme Team',
    ].join('\n'),
  );

  add(
    'login form markup',
    [
      '<form method="post" action="/login">',
      '  <label for="username">Username</label>',
      '  <input id="username" name="username" autocomplete="username">',
      '  <label for="password">Password</label>',
      '  <input id="password" name="password" type="password" autocomplete="current-password" placeholder="••••••••">',
      '  <a href="/forgot-password">Forgot password?</a>',
      '  <button type="submit">Sign in</button>',
      '</form>',
    ].join('\n'),
  );

  add(
    'i18n strings for password UI in several languages',
    JSON.stringify(
      {
        de: { password: 'Passwort', password_confirm: 'Passwort bestätigen', api_key: 'API-Schlüssel' },
        fr: { password: 'Mot de passe', password_confirm: 'Confirmer le mot de passe', api_key: 'Clé API' },
        es: { password: 'Contraseña', password_confirm: 'Confirmar contraseña', api_key: 'Clave de API' },
        ja: { password: 'パスワード', password_confirm: 'パスワード（確認）', api_key: 'APIキー' },
        ru: { password: 'Пароль', password_confirm: 'Подтвердите пароль', api_key: 'API-ключ' },
      },
      null,
      2,
    ),
  );

  add(
    'prose about password managers (German)',
    'Ein Passwortmanager erzeugt für jedes Konto ein langes, zufälliges Passwort und speichert es verschlüsselt. ' +
      'Sie müssen sich nur noch das Master-Passwort merken. Aktivieren Sie zusätzlich die Zwei-Faktor-Authentifizierung, ' +
      'damit ein gestohlenes Passwort allein nicht ausreicht.',
  );

  add(
    'chat asking how to store a key, no key given',
    "I rotated my OpenAI API key yesterday after it leaked in a commit. What's the right way to load the new one from an environment variable in a FastAPI app instead of hard-coding it?",
  );

  add(
    'chat in Spanish asking for help resetting a password',
    'Hola, olvidé mi contraseña del correo corporativo y el enlace de recuperación no me llega. ¿A quién tengo que escribir para que me la restablezcan?',
  );

  add(
    'chat in French about API keys, no key given',
    "Bonjour, est-ce que je dois créer une clé API par environnement (dev, staging, prod) ou une seule clé suffit ? Et tous les combien faut-il la renouveler ?",
  );

  add(
    'commit message about removing a leaked key',
    [
      `commit ${sha1()}`,
      'Author: Priya N <priya@example.com>',
      '',
      '    Remove hard-coded Slack webhook; read SLACK_WEBHOOK_URL from the environment',
      '',
      '    The old webhook was revoked in the Slack admin console on 2026-11-24.',
    ].join('\n'),
  );

  return out;
}
