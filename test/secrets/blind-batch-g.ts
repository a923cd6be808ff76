/**
 * Blind evaluation batch G for the secret/credential detector (2026-11-26).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch F) or any notes, and without running it. The cases aim at records a gateway or
 * a log/dataset scrubber sees that a detector tuned on config files may not have met: credentials in
 * Go, Rust, Java, C#, Kotlin, Swift, PHP and Ruby source (struct literals, builder calls, annotations),
 * SQL INSERTs, Kubernetes Secrets (base64 `data:` and plaintext `stringData:`), GitHub Actions `env:`
 * blocks, package-manager settings (.npmrc, .pypirc, pip.conf, Maven settings.xml, gradle.properties),
 * curl commands, connection strings (MSSQL, Oracle, MongoDB+srv, AMQP, MQTT, SMTP, JDBC, Service Bus),
 * webhook URLs (Slack, Discord, Teams), cloud keys (AWS, GCP service-account JSON, Azure storage and
 * SAS), AI provider keys, payment/messaging/VCS/registry tokens, JWTs in cookies and logs, private keys
 * split across source lines or indented in YAML, passwords in chat messages in seven languages, in
 * CSV/TSV exports, URL query strings, stack traces, debug logs, Terraform variables and `docker run -e`.
 *
 * Negatives are text that looks like credentials but is not: commit ids, image digests, lockfile and
 * SRI hashes, UUIDs/ULIDs/trace ids, base64 images and fonts, public keys and certificates,
 * placeholders and templates, references to secret managers, redacted values, password hashes,
 * encrypted blobs (ansible-vault, sops, SealedSecrets, PGP messages), prose and password policies,
 * SKUs, license keys, checksums, hex colours, IPv6 addresses, unsigned S3 URLs and public client keys.
 *
 * Every key-like value is generated at run time from the seeded random source (formats follow the
 * vendors' published shapes: prefix, alphabet, length), so this file holds no literal key.
 *
 * Judgment calls:
 * - Software license keys of the XXXXX-XXXXX-... form are NOT counted as credentials (negatives): they
 *   are product entitlements printed on boxes and invoices, and their shape is that of SKUs and serials.
 * - Stripe publishable keys (pk_live_) are public by design (shipped to browsers): negatives.
 * - A Kubernetes Secret's base64 `data:` value IS the secret (encoding is not encryption), and so is the
 *   base64 of `user:pass` in an `Authorization: Basic` header or an .npmrc `_auth=` line.
 * - A SealedSecret's `encryptedData`, sops `ENC[...]` values and ansible-vault blobs are encrypted for a
 *   key held elsewhere: negatives. A "sealed-secret-like" manifest that carries plaintext `stringData:`
 *   is a positive.
 * - An AWS access key id on its own (in a SigV4 Credential= scope) is counted as a positive: it is a
 *   credential identifier scrubbers are expected to remove. A Twilio Account SID alone is not counted;
 *   the auth token next to it is the secret. A GCP `private_key_id` and `client_id` are not secrets.
 * - Where a private key is split across source lines, `secret` is the span from `-----BEGIN` to the END
 *   marker as it stands in the text (string quotes and `+` included), so any finding inside it counts.
 * - A webhook URL whose only secret part is its whole path (Teams) uses the whole URL as `secret`.
 * - AWS's documented example key pair (assembled from parts) and Slack's documented placeholder webhook
 *   are negatives; a truncated JWT that is only the standard `{"alg":"HS256","typ":"JWT"}` header is a
 *   negative.
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

const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';
/** The last base64 character of a 32-byte value (its low two bits are padding). */
const B32END = 'AEIMQUYcgkosw048';

/** The base64 body of a PEM block, in lines of `width`: a fixed DER prefix, then random base64. */
function pemLines(r: R, derPrefix: string, bodyLength: number, width = 64): string[] {
  const body = derPrefix + r(B64, bodyLength - derPrefix.length);
  return body.match(new RegExp(`.{1,${width}}`, 'g')) ?? [];
}

function pem(r: R, label: string, derPrefix: string, bodyLength: number, width = 64): string {
  return `-----BEGIN ${label}-----\n${pemLines(r, derPrefix, bodyLength, width).join('\n')}\n-----END ${label}-----`;
}

function b64url(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

const RSA_PKCS8 = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
const OPENSSH_ED25519 = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW';
const EC_KEY = 'MHcCAQEEI';
const RSA_PUBLIC = 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA';
const CERT = 'MIIDdzCCAl+gAwIBAgIU';

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

export function batchGPositives(seed = 'blind-g-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A password a person would make up: a word, some digits, a symbol. */
  const human = (): string => cap(word()) + r(DIGITS, 2 + (r(DIGITS, 1).charCodeAt(0) % 3)) + r('!%&*?+#', 1);
  /** A generated password safe inside URLs and key=value strings. */
  const urlSafe = (n = 20): string => r(ALNUM, n);
  const withCrc = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const awsId = (): string => `AKIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const jwt = (claims: Record<string, unknown>): string => {
    const h = b64url({ alg: 'HS256', typ: 'JWT' });
    const p = b64url(claims);
    return `${h}.${p}.${createHmac('sha256', r(ALNUM, 32)).update(`${h}.${p}`).digest('base64url')}`;
  };

  // --- Source code in several languages -----------------------------------------------------
  add('stripe key in a Go struct literal', `sk_live_51${r(ALNUM, 97)}`, (s) => `func newBilling() *billing.Client {\n\treturn billing.New(&billing.Config{\n\t\tAPIKey:  "${s}",\n\t\tTimeout: 10 * time.Second,\n\t})\n}`);
  add('aws secret in Go static credentials provider', awsSecret(), (s) => `cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion("eu-central-1"),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("${awsId()}", "${s}", "")),\n)`);
  add('github fine-grained PAT in a Rust const', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `const GH_TOKEN: &str = "${s}";\n\nlet octo = Octocrab::builder().personal_token(GH_TOKEN.to_string()).build()?;`);
  add('openai project key in a Rust builder', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `let config = OpenAIConfig::new()\n    .with_api_key("${s}")\n    .with_org_id("org-acme");\nlet client = Client::with_config(config);`);
  add('password in a Java @DataSourceDefinition annotation', human(), (s) => `@DataSourceDefinition(\n    name = "java:app/jdbc/orders",\n    className = "org.postgresql.ds.PGSimpleDataSource",\n    serverName = "db.internal",\n    user = "orders",\n    password = "${s}")\npublic class DataSourceConfig {}`);
  add('password as a Spring @Value default', urlSafe(18), (s) => `@Value("\${spring.rabbitmq.password:${s}}")\nprivate String rabbitPassword;`);
  add('twilio auth token in Java init', r(HEXL, 32), (s) => `public static final String ACCOUNT_SID = "AC${r(HEXL, 32)}";\npublic static final String AUTH_TOKEN = "${s}";\n\nTwilio.init(ACCOUNT_SID, AUTH_TOKEN);`);
  add('azure storage key in a C# constructor', `${r(B64, 85)}${r('AQgw', 1)}==`, (s) => `var blobs = new BlobServiceClient(\n    "DefaultEndpointsProtocol=https;AccountName=acmeinvoices;AccountKey=${s};EndpointSuffix=core.windows.net");`);
  add('password in a C# NetworkCredential', human(), (s) => `using var smtp = new SmtpClient("smtp.office365.com", 587)\n{\n    EnableSsl = true,\n    Credentials = new NetworkCredential("noreply@acme.io", "${s}")\n};`);
  add('hugging face token in a Kotlin OkHttp builder', `hf_${r(UPPER + LOWER, 34)}`, (s) => `val request = Request.Builder()\n    .url("https://api-inference.huggingface.co/models/acme/summarizer")\n    .header("Authorization", "Bearer ${s}")\n    .post(body)\n    .build()`);
  add('mistral key as a Kotlin named argument', r(ALNUM, 32), (s) => `val mistral = MistralClient(\n    apiKey = "${s}",\n    model = "mistral-large-latest",\n)`);
  add('anthropic key in a Swift struct', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `enum Secrets {\n    static let anthropicAPIKey = "${s}"\n}\n\nlet client = AnthropicClient(apiKey: Secrets.anthropicAPIKey)`);
  add('password in PHPMailer', human(), (s) => `$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.mailgun.org';\n$mail->SMTPAuth = true;\n$mail->Username = 'postmaster@mg.acme.io';\n$mail->Password = '${s}';`);
  add('mailgun key in PHP', `${r(HEXL, 32)}-${r(HEXL, 8)}-${r(HEXL, 8)}`, (s) => `<?php\n$mg = Mailgun::create('${s}', 'https://api.eu.mailgun.net');\n$mg->messages()->send('mg.acme.io', $params);`);
  add('wordpress db password define', urlSafe(24), (s) => `define( 'DB_NAME', 'wp_acme' );\ndefine( 'DB_USER', 'wp_acme' );\ndefine( 'DB_PASSWORD', '${s}' );\ndefine( 'DB_HOST', 'localhost' );`);
  add('shopify admin token in Ruby', `shpat_${r(HEXL, 32)}`, (s) => `session = ShopifyAPI::Auth::Session.new(\n  shop: "acme-store.myshopify.com",\n  access_token: "${s}"\n)`);
  add('shopify app secret in Ruby', `shpss_${r(HEXL, 32)}`, (s) => `ShopifyAPI::Context.setup(\n  api_key: "${r(HEXL, 32)}",\n  api_secret_key: "${s}",\n  host: "https://app.acme.io",\n  is_embedded: true\n)`);

  // --- SQL, Kubernetes, CI ----------------------------------------------------------------
  add('plaintext password in a SQL INSERT', human(), (s) => `INSERT INTO users (id, email, username, password, created_at) VALUES\n  (1042, 'ana.lopez@acme.io', 'alopez', '${s}', '2026-11-20 09:14:02');`);
  add('password in CREATE USER', urlSafe(16), (s) => `CREATE USER reporting WITH LOGIN PASSWORD '${s}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;`);
  add('base64 password in a kubernetes Secret', b64(human()), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: ${b64('orders')}\n  password: ${s}`);
  add('base64 api key in a kubernetes Secret', b64(`sk_live_${r(ALNUM, 24)}`), (s) => `{"apiVersion":"v1","kind":"Secret","metadata":{"name":"billing"},"data":{"STRIPE_SECRET_KEY":"${s}"}}`);
  add('gitlab token in a sealed-secret-like manifest with stringData', `glpat-${r(B64URL, 20)}`, (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitlab-runner\n  annotations:\n    sealedsecrets.bitnami.com/managed: "true"\nstringData:\n  runner-token: ${s}`);
  add('npm token in a GitHub Actions env block', withCrc('npm_'), (s) => `jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${s}\n    steps:\n      - run: npm publish --access public`);
  add('github token in a GitHub Actions run step', withCrc('ghp_'), (s) => `      - name: Tag release\n        run: |\n          curl -sS -X POST -H "Authorization: token ${s}" \\\n            https://api.github.com/repos/acme/api/git/refs -d @ref.json`);

  // --- Package-manager settings -----------------------------------------------------------
  add('npmrc _auth', b64(`deploy:${urlSafe(16)}`), (s) => `registry=https://nexus.acme.io/repository/npm-group/\n_auth=${s}\nalways-auth=true\nemail=ci@acme.io`);
  add('pypi token in .pypirc', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 150)}`, (s) => `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${s}`);
  add('pip.conf index url with password', urlSafe(22), (s) => `[global]\nindex-url = https://ci-reader:${s}@artifactory.acme.io/artifactory/api/pypi/pypi/simple\ntimeout = 60`);
  add('maven settings.xml server password', human(), (s) => `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${s}</password>\n    </server>\n  </servers>\n</settings>`);
  add('jfrog api key in gradle.properties', `AKCp8${r(ALNUM, 68)}`, (s) => `org.gradle.jvmargs=-Xmx2g\nartifactoryUser=ci-bot\nartifactoryPassword=${s}`);
  add('signing password in gradle.properties', urlSafe(20), (s) => `signing.keyId=${r(HEXU, 8)}\nsigning.password=${s}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg`);

  // --- curl -----------------------------------------------------------------------------
  add('curl -u user:pass', human(), (s) => `curl -sf -u 'admin:${s}' -X POST https://grafana.acme.io/api/admin/users -H 'Content-Type: application/json' -d @user.json`);
  add('curl basic authorization header', b64(`svc-export:${urlSafe(18)}`), (s) => `curl -H "Authorization: Basic ${s}" "https://erp.acme.io/odata/v4/Orders?$top=50"`);
  add('groq key in a curl bearer header', `gsk_${r(ALNUM, 52)}`, (s) => `curl https://api.groq.com/openai/v1/chat/completions \\\n  -H "Authorization: Bearer ${s}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "llama-3.3-70b-versatile", "messages": [{"role": "user", "content": "hi"}]}'`);

  // --- Connection strings and URLs ----------------------------------------------------------
  add('mssql connection string with Pwd', urlSafe(16), (s) => `"ConnectionStrings": {\n  "Default": "Data Source=sql-prod-01,1433;Initial Catalog=Ledger;User ID=ledger_app;Pwd=${s};TrustServerCertificate=True"\n}`);
  add('oracle jdbc thin user/password', urlSafe(14), (s) => `spring.datasource.url=jdbc:oracle:thin:hr_app/${s}@//ora-prod.acme.internal:1521/HRPDB`);
  add('mongodb+srv url in a Node app', urlSafe(20), (s) => `const client = new MongoClient("mongodb+srv://analytics:${s}@prod.x7k2p.mongodb.net/?retryWrites=true&w=majority");`);
  add('amqp url', urlSafe(24), (s) => `CELERY_BROKER_URL=amqps://worker:${s}@b-1a2b3c4d.mq.eu-west-1.amazonaws.com:5671/prod`);
  add('mqtt url', urlSafe(16), (s) => `mqtt:\n  broker: mqtts://sensor-gw-17:${s}@broker.acme-iot.io:8883\n  topic: plant/3/telemetry`);
  add('sendgrid key in an smtp url', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `EMAIL_URL=smtp+tls://apikey:${s}@smtp.sendgrid.net:587`);
  add('mysql jdbc url with password parameter', urlSafe(18), (s) => `jdbc:mysql://mysql-prod:3306/shop?user=shop_app&password=${s}&useSSL=true`);
  add('azure service bus connection string', `${r(B64, 42)}${r(B32END, 1)}=`, (s) => `ServiceBusConnection=Endpoint=sb://acme-events.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${s}`);

  // --- Webhooks -------------------------------------------------------------------------
  add('slack webhook in a JS config', `T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `module.exports = {\n  alerts: { slackWebhook: 'https://hooks.slack.com/services/${s}', channel: '#oncall' },\n};`);
  add('discord webhook in Python', r(B64URL, 68), (s) => `WEBHOOK = "https://discord.com/api/webhooks/${r('123456789', 1)}${r(DIGITS, 17)}/${s}"\nrequests.post(WEBHOOK, json={"content": "build failed"})`);
  add('teams incoming webhook url', `https://acme.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${r(HEXL, 32)}/${uuid(r)}/V2${r(B64URL, 43)}`, (s) => `TEAMS_WEBHOOK_URL="${s}"`);

  // --- Cloud keys -----------------------------------------------------------------------
  add('aws keys in a terraform provider block', awsSecret(), (s) => `provider "aws" {\n  region     = "us-east-1"\n  access_key = "${awsId()}"\n  secret_key = "${s}"\n}`);
  add('aws access key id in a SigV4 log line', awsId(), (s) => `2026-11-26T08:12:44Z DEBUG botocore.auth CanonicalRequest signed Authorization=AWS4-HMAC-SHA256 Credential=${s}/20261126/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date`);
  const saKey = pem(r, 'PRIVATE KEY', RSA_PKCS8, 1624).replace(/\n/g, '\\n') + '\\n';
  add('gcp service-account private_key', saKey, (s) => `{\n  "type": "service_account",\n  "project_id": "acme-data-prod",\n  "private_key_id": "${r(HEXL, 40)}",\n  "private_key": "${s}",\n  "client_email": "etl@acme-data-prod.iam.gserviceaccount.com",\n  "client_id": "${r(DIGITS, 21)}"\n}`);
  add('azure SAS token signature', encodeURIComponent(`${r(B64, 42)}${r(B32END, 1)}=`), (s) => `https://acmebackups.blob.core.windows.net/nightly/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T23:59:59Z&st=2026-11-26T00:00:00Z&spr=https&sig=${s}`);

  // --- AI providers --------------------------------------------------------------------
  add('openai service-account key in a notebook cell', `sk-svcacct-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": ["import os\\n", "os.environ[\\"OPENAI_API_KEY\\"] = \\"${s}\\"\\n"]}`);
  add('cohere key in an env file', r(ALNUM, 40), (s) => `# rerank service\nCO_API_KEY=${s}\nCOHERE_MODEL=rerank-v3.5`);
  add('replicate token in a Dockerfile', `r8_${r(ALNUM, 37)}`, (s) => `FROM python:3.12-slim\nENV REPLICATE_API_TOKEN=${s}\nCOPY . /app\nCMD ["python", "/app/worker.py"]`);

  // --- JWTs ---------------------------------------------------------------------------
  add('jwt in a Cookie header', jwt({ sub: `u_${r(DIGITS, 8)}`, role: 'admin', iat: 1795000000, exp: 1795086400 }), (s) => `GET /dashboard HTTP/1.1\nHost: app.acme.io\nCookie: theme=dark; session=${s}; _ga=GA1.2.${r(DIGITS, 10)}.${r(DIGITS, 10)}`);
  add('jwt in a debug log', jwt({ iss: 'https://auth.acme.io', sub: uuid(r), scope: 'orders:write', exp: 1795003600 }), (s) => `2026-11-26 08:30:12,551 DEBUG [auth.client] token refreshed: id_token=${s} expires_in=3600`);

  // --- Private keys across lines ------------------------------------------------------------
  const javaKey = ['-----BEGIN PRIVATE KEY-----', ...pemLines(r, RSA_PKCS8, 1624), '-----END PRIVATE KEY-----'];
  const javaSpan = javaKey.map((l, i) => (i === 0 ? `${l}\\n" +` : i === javaKey.length - 1 ? `"${l}` : `"${l}\\n" +`)).join('\n        ');
  add('private key split across Java string literals', javaSpan, (s) => `public final class JwtSigner {\n    private static final String SIGNING_KEY =\n        "${s}\\n";\n}`);
  const sshKey = pem(r, 'OPENSSH PRIVATE KEY', OPENSSH_ED25519, 400, 70).replace(/\n/g, '\n        ');
  add('openssh private key indented in cloud-init YAML', sshKey, (s) => `#cloud-config\nusers:\n  - name: deploy\nwrite_files:\n  - path: /home/deploy/.ssh/id_ed25519\n    permissions: "0600"\n    content: |\n        ${s}`);
  add('ec private key in a terraform heredoc', pem(r, 'EC PRIVATE KEY', EC_KEY, 164), (s) => `resource "tls_cert_request" "api" {\n  private_key_pem = <<EOT\n${s}\nEOT\n  subject { common_name = "api.acme.io" }\n}`);

  // --- Chat messages in several languages --------------------------------------------------
  add('password in a German chat message', human(), (s) => `Hi Jonas, das Passwort für den Staging-Server ist ${s} – bitte nach dem Login ändern. Benutzer: deploy`);
  add('password in a French chat message', human(), (s) => `Salut ! Le mot de passe du compte admin du routeur c'est ${s} (ne le partage pas stp)`);
  add('password in a Spanish chat message', human(), (s) => `Oye, la contraseña de la base de datos de producción es: ${s} . El usuario es postgres.`);
  add('password in an Italian chat message', human(), (s) => `Ciao Marco, ti mando le credenziali del gestionale: utente m.rossi, password ${s}`);
  add('password in a Polish chat message', human(), (s) => `Cześć, hasło do VPN: ${s} — login to twoje imię i nazwisko.`);
  add('password in a Japanese chat message', human(), (s) => `お疲れ様です。本番サーバーのrootパスワードは「${s}」です。取り扱いに注意してください。`);
  add('password in a Chinese chat message', human(), (s) => `服务器地址 10.20.3.15，用户名 admin，密码：${s}，登录后请尽快修改。`);

  // --- Exports, URLs, traces, logs, Terraform, docker ----------------------------------------
  add('password column in a CSV export', human(), (s) => `user_id,email,username,password,last_login\n311,k.novak@acme.io,knovak,${s},2026-11-24T17:02:11Z\n`);
  add('api key column in a TSV export', `sk_live_${r(ALNUM, 24)}`, (s) => `merchant_id\tname\tstripe_key\tcreated\nm_${r(DIGITS, 6)}\tBlue Fox Coffee\t${s}\t2026-10-01\n`);
  add('password in a URL query string', urlSafe(14), (s) => `10.0.4.21 - - [26/Nov/2026:07:55:03 +0000] "GET /api/login?username=jdoe&password=${s}&remember=1 HTTP/1.1" 200 512 "-" "okhttp/4.12.0"`);
  add('api_key in a URL query string', r(HEXL, 32), (s) => `WARN  upstream slow (2304 ms): GET https://api.openweathermap.org/data/2.5/weather?q=Lyon&units=metric&appid=x&api_key=${s}`);
  add('password in a Python traceback source line', human(), (s) => `Traceback (most recent call last):\n  File "/srv/app/db.py", line 18, in connect\n    conn = pymysql.connect(host="mysql-prod", user="app", password="${s}", db="shop")\npymysql.err.OperationalError: (2003, "Can't connect to MySQL server on 'mysql-prod' (timed out)")`);
  add('api key in a debug log of request headers', r(ALNUM, 40), (s) => `DEBUG:urllib3.connectionpool:https://api.acme-geo.io:443 "POST /v1/geocode HTTP/1.1" 200 None\nDEBUG:app.http:request headers={'User-Agent': 'python-requests/2.32.3', 'X-Api-Key': '${s}', 'Accept': '*/*'}`);
  add('password in terraform.tfvars', human(), (s) => `region      = "eu-west-1"\ninstance    = "db.r6g.large"\ndb_username = "admin"\ndb_password = "${s}"`);
  add('api key as a terraform variable default', r(HEXL, 32), (s) => `variable "datadog_api_key" {\n  type    = string\n  default = "${s}"\n}`);
  add('password in docker run -e', urlSafe(20), (s) => `docker run -d --name pg -e POSTGRES_USER=app -e POSTGRES_PASSWORD=${s} -p 5432:5432 postgres:16`);
  add('gitlab token in a git clone url', `glpat-${r(B64URL, 20)}`, (s) => `git clone https://oauth2:${s}@gitlab.acme.io/platform/terraform-modules.git`);
  return out;
}

export function batchGNegatives(seed = 'blind-g-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- Commit ids, digests, lockfiles, SRI, checksums ----------------------------------------
  add('git log oneline', `${hex(7)} fix: retry on 503\n${hex(7)} chore(deps): bump axios\n${hex(7)} Merge pull request #412 from acme/feat/login`);
  add('git commit header', `commit ${hex(40)}\nMerge: ${hex(7)} ${hex(7)}\nAuthor: Ana Lopez <ana@acme.io>\nDate:   Wed Nov 25 18:02:11 2026 +0100`);
  add('docker image digest in a Dockerfile', `FROM node:20-alpine@sha256:${hex(64)} AS build`);
  add('docker image digest in a k8s manifest', `containers:\n  - name: api\n    image: ghcr.io/acme/api@sha256:${hex(64)}\n    imagePullPolicy: IfNotPresent`);
  add('package-lock integrity', `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${r(B64, 86)}=="\n}`);
  add('yarn.lock entry', `axios@^1.7.0:\n  version "1.7.9"\n  resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.9.tgz#${hex(40)}"\n  integrity sha512-${r(B64, 86)}==`);
  add('SRI attribute on a script tag', `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous"></script>`);
  add('SRI attribute on a stylesheet', `<link rel="stylesheet" href="/assets/app.css" integrity="sha256-${r(B64, 43)}=">`);
  add('go.sum lines', `github.com/google/uuid v1.6.0 h1:${r(B64, 43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${r(B64, 43)}=`);
  add('Cargo.lock checksum', `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"`);
  add('pip requirements hashes', `requests==2.32.3 \\\n    --hash=sha256:${hex(64)} \\\n    --hash=sha256:${hex(64)}`);
  add('SHA256SUMS file', `${hex(64)}  acme-cli_2.4.0_linux_amd64.tar.gz\n${hex(64)}  acme-cli_2.4.0_darwin_arm64.tar.gz`);
  add('md5sum output', `$ md5sum backup-2026-11-25.tar.zst\n${hex(32)}  backup-2026-11-25.tar.zst`);
  add('nix store path', `/nix/store/${r(NIX32, 32)}-openssl-3.0.15/lib/libssl.so.3`);
  add('webpack asset names', `main.${hex(8)}.js  212 KiB\nvendors.${hex(20)}.chunk.js  1.1 MiB\nstyles.${hex(8)}.css  18 KiB`);
  add('hugging face revision', `model = AutoModel.from_pretrained("acme/encoder-small", revision="${hex(40)}")`);

  // --- Ids ----------------------------------------------------------------------------
  add('uuids in an access log', `request_id=${uuid(r)} user_id=${uuid(r)} status=200 duration_ms=41`);
  add('ulids as primary keys', `{"id": "${ulid(r)}", "order_id": "${ulid(r)}", "status": "shipped"}`);
  add('trace and request ids', `X-Request-ID: ${hex(32)}\nX-B3-TraceId: ${hex(32)}\nX-B3-SpanId: ${hex(16)}\nuber-trace-id: ${hex(16)}:${hex(16)}:0:1`);
  add('otel json log', `{"timestamp":"2026-11-26T09:00:00Z","severity":"INFO","trace_id":"${hex(32)}","span_id":"${hex(16)}","body":"order created"}`);
  add('cloudflare ray id', `CF-RAY: ${hex(16)}-FRA\ncf-cache-status: HIT`);
  add('kubernetes object metadata', `metadata:\n  name: api-7f9c${hex(4)}-x${r(LOWER + DIGITS, 4)}\n  uid: ${uuid(r)}\n  resourceVersion: "${r(DIGITS, 9)}"`);
  add('docker ps output', `CONTAINER ID   IMAGE          STATUS\n${hex(12)}   redis:7        Up 2 hours\n${hex(12)}   postgres:16    Up 2 hours`);
  add('terraform state header', `{\n  "version": 4,\n  "terraform_version": "1.9.8",\n  "serial": 42,\n  "lineage": "${uuid(r)}",\n  "outputs": {}\n}`);
  add('dotnet UserSecretsId', `<PropertyGroup>\n  <TargetFramework>net8.0</TargetFramework>\n  <UserSecretsId>${uuid(r)}</UserSecretsId>\n</PropertyGroup>`);
  add('analytics measurement ids', `gtag('config', 'G-${r(UPPER + DIGITS, 10)}');\n<!-- GTM-${r(UPPER + DIGITS, 7)} -->`);

  // --- Encoded images and fonts --------------------------------------------------------------
  add('base64 png data uri', `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${r(B64, 300)}=" />`);
  add('base64 woff2 font in css', `@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAAA${r(B64, 400)}) format("woff2"); }`);
  add('base64 svg in json', `{"icon": "data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>')}"}`);

  // --- Public keys and certificates --------------------------------------------------------
  add('ssh ed25519 public key in authorized_keys', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} ana@laptop`);
  add('ssh rsa public key in terraform', `resource "aws_key_pair" "deploy" {\n  key_name   = "deploy"\n  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${r(B64, 350)} deploy@ci"\n}`);
  add('pem certificate', pem(r, 'CERTIFICATE', CERT, 1200));
  add('pem public key', pem(r, 'PUBLIC KEY', RSA_PUBLIC, 392));
  add('pgp public key block', `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ${r(B64, 59)}\n${r(B64, 64)}\n=${r(B64, 4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
  add('jwks public key', `{"keys": [{"kty": "RSA", "use": "sig", "kid": "${hex(16)}", "alg": "RS256", "e": "AQAB", "n": "${r(B64URL, 342)}"}]}`);

  // --- Placeholders and templates -------------------------------------------------------------
  add('angle-bracket placeholder in docs', `curl https://api.acme.io/v1/orders \\\n  -H "Authorization: Bearer <YOUR_API_KEY>"`);
  add('sk-... in docs', `Set your key first:\n\n    export OPENAI_API_KEY=sk-...\n    export ANTHROPIC_API_KEY=sk-ant-...`);
  add('xxxx placeholder', `api_key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\napi_secret: XXXXXXXXXXXXXXXX`);
  add('changeme in docs', `## First login\n\nThe default credentials are **admin / changeme**. You will be asked to set a new password on first login.`);
  add('github actions secrets expression', 'env:\n  NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}');
  add('shell and compose variable references', 'environment:\n  - API_KEY=${API_KEY}\n  - DB_PASSWORD=${DB_PASSWORD:?must be set}\n  - REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0');
  add('python %-format placeholders', 'dsn = "host=%(host)s user=%(user)s password=%(password)s dbname=%(db)s" % params');
  add('helm template', 'stringData:\n  password: {{ .Values.postgresql.auth.password | quote }}\n  api-key: {{ required "apiKey is required" .Values.apiKey }}');
  add('npmrc with env reference', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com');
  add('maven settings with env reference', '<server>\n  <id>nexus</id>\n  <username>${env.NEXUS_USER}</username>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>');
  add('pypirc placeholder', '[pypi]\nusername = __token__\npassword = <your PyPI API token, starting with pypi->');
  add('placeholder connection strings', 'mongodb+srv://<username>:<db_password>@cluster0.mongodb.net/?retryWrites=true\npostgres://user:password@localhost:5432/mydb');
  add('slack documented placeholder webhook', 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX');
  add('discord webhook template', 'POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}');
  add('aws documented example keys', `aws_access_key_id = ${'AKIA'}IOSFODNN7${'EXAMPLE'}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${'EXAMPLEKEY'}`);
  add('truncated jwt header in docs', 'Send the token as `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...` (truncated).');
  add('template literal bearer header', 'const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });');
  add('curl with variables', 'curl -u "$JENKINS_USER:$JENKINS_TOKEN" https://jenkins.acme.io/job/deploy/build\ncurl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/v2/projects/acme');
  add('docker run passing env through', 'docker run --rm -e POSTGRES_PASSWORD -e AWS_PROFILE --env-file .env.prod acme/migrate:3.1');
  add('terraform sensitive variable without default', 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password');

  // --- Code that reads secrets from elsewhere ----------------------------------------------
  add('go reads env', 'stripe.Key = os.Getenv("STRIPE_SECRET_KEY")\nif stripe.Key == "" {\n\tlog.Fatal("STRIPE_SECRET_KEY not set")\n}');
  add('rust reads env', 'let api_key = std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY must be set");');
  add('kotlin BuildConfig and swift environment', 'val client = MistralClient(apiKey = BuildConfig.MISTRAL_API_KEY)\nlet key = ProcessInfo.processInfo.environment["ANTHROPIC_API_KEY"] ?? ""');
  add('java @Value without default', '@Value("${stripe.secret-key}")\nprivate String stripeSecretKey;');
  add('php and laravel env', "'password' => env('MAIL_PASSWORD'),\n$db = new PDO($dsn, getenv('DB_USER'), getenv('DB_PASSWORD'));");
  add('c# configuration lookup', 'var conn = builder.Configuration.GetConnectionString("Default");\nvar key = builder.Configuration["Stripe:SecretKey"];');

  // --- Secret-manager references ---------------------------------------------------------------
  add('vault reference', 'DB_PASSWORD=vault:secret/data/prod/orders#password\nAPI_KEY=vault:secret/data/prod/billing#stripe_key');
  add('serverless ssm reference', 'environment:\n  DB_PASSWORD: ${ssm:/prod/orders/db-password}\n  STRIPE_KEY: ${ssm:/aws/reference/secretsmanager/prod/stripe}');
  add('kubernetes secretKeyRef', 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password');
  add('external secrets remoteRef', 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: password\n      remoteRef:\n        key: prod/orders-db\n        property: password');

  // --- Redacted values ---------------------------------------------------------------------
  add('asterisk-masked password in a log', '2026-11-26 10:01:22 INFO connecting to postgresql://app:****@db.internal:5432/orders');
  add('REDACTED in a json log', '{"level":"info","msg":"outgoing request","headers":{"authorization":"[REDACTED]","x-api-key":"[REDACTED]"}}');
  add('Filtered in a Sentry event', `"request": {"cookies": "[Filtered]", "headers": {"Authorization": "[Filtered]"}, "query_string": "password=[Filtered]&page=2"}`);
  add('masked key with last four', 'Your API key sk-live-••••••••••••3f9a was rotated on 2026-11-20.\nstripe_key: sk_live_********************');

  // --- Hashes and encrypted blobs --------------------------------------------------------------
  add('bcrypt hashes in a SQL INSERT', `INSERT INTO users (id, email, password_hash) VALUES\n  (1, 'ana@acme.io', '$2b$12$${r(BCRYPT, 53)}'),\n  (2, 'li@acme.io', '$2b$12$${r(BCRYPT, 53)}');`);
  add('argon2 hash', `password_hash: "$argon2id$v=19$m=19456,t=2,p=1$${r(B64, 22)}$${r(B64, 43)}"`);
  add('scrypt hash', `"password": "$scrypt$ln=16,r=8,p=1$${r(B64, 22)}$${r(B64, 43)}"`);
  add('shadow file line', `deploy:$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}:20053:0:99999:7:::`);
  const vaultHex = Array.from({ length: 6 }, () => hex(80)).join('\n');
  add('ansible-vault blob', `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${vaultHex.replace(/\n/g, '\n  ')}`);
  add('sops encrypted yaml', `password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:123456789012:key/${uuid(r)}\n  lastmodified: "2026-11-20T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${r(B64, 88)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\n  version: 3.9.1`);
  add('sealed secret encryptedData', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\nspec:\n  encryptedData:\n    password: AgB${r(B64, 700)}==`);
  add('pgp encrypted message', `-----BEGIN PGP MESSAGE-----\n\nhF4D${r(B64, 60)}\n${r(B64, 64)}\n${r(B64, 64)}\n=${r(B64, 4)}\n-----END PGP MESSAGE-----`);

  // --- Prose, policies, chat without secrets ---------------------------------------------------
  add('password policy prose', 'Passwords must be at least 12 characters long, contain a number and a symbol, and may not reuse any of your last 5 passwords.');
  add('password policy config', 'password_policy:\n  min_length: 12\n  require_symbols: true\n  max_age_days: 90\n  history: 5');
  add('german chat without a password', 'Ich habe mein Passwort vergessen – kannst du es bitte zurücksetzen? Der Link in der Mail ist abgelaufen.');
  add('french and spanish chat without a password', 'Mot de passe oublié ? Cliquez sur « Réinitialiser ».\n¿Olvidaste tu contraseña? Te enviamos un enlace por correo.');
  add('japanese and chinese chat without a password', 'パスワードを忘れた場合は管理者に連絡してください。\n请不要在群里发送密码，使用密码管理器共享。');
  add('csv export with hashed and empty password columns', `user_id,email,password_hash,mfa_enabled\n17,a@acme.io,$2b$10$${r(BCRYPT, 53)},true\n18,b@acme.io,,false`);
  add('url with password-ish parameter names only', 'GET /account/settings?tab=password&reset_password=1&show_api_keys=true HTTP/1.1');
  add('stack trace through a password validator', 'java.lang.IllegalArgumentException: password too short\n\tat com.acme.auth.PasswordValidator.validate(PasswordValidator.java:42)\n\tat com.acme.auth.SignupService.register(SignupService.java:88)');

  // --- SKUs, license keys, colours, addresses, URLs, public client keys ---------------------------
  add('product SKUs', `SKU ${r(UPPER + DIGITS, 3)}-${r(UPPER + DIGITS, 5)}-${r(DIGITS, 2)}  qty 3\nSKU ${r(UPPER + DIGITS, 3)}-${r(UPPER + DIGITS, 5)}-${r(DIGITS, 2)}  qty 1`);
  add('license key (not counted as a credential)', `License key: ${Array.from({ length: 5 }, () => r(UPPER + DIGITS, 5)).join('-')}\nRegistered to: Acme GmbH (25 seats)`);
  add('hex colours', `:root { --brand: #${hex(6)}; --accent: #${hex(6)}; --bg: #${hex(8)}; }`);
  add('ipv6 addresses', `inet6 2001:db8:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}/64 scope global\ninet6 fe80::${hex(4)}:${hex(4)}:${hex(4)}:${hex(4)}/64 scope link`);
  add('unsigned s3 urls', 'https://acme-assets.s3.eu-west-1.amazonaws.com/img/2026/11/hero.webp\ns3://acme-datalake/raw/events/dt=2026-11-25/part-00000.parquet');
  add('stripe publishable key (public by design)', `const stripe = Stripe("pk_live_51${r(ALNUM, 97)}");`);
  add('gcp service account without a private key', `{"type": "service_account", "project_id": "acme-data-prod", "client_email": "etl@acme-data-prod.iam.gserviceaccount.com", "client_id": "${r(DIGITS, 21)}", "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}`);
  add('azurite development storage', 'AzureWebJobsStorage=UseDevelopmentStorage=true');
  add('blockchain addresses', `bc1q${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)}\n0x${hex(40)}`);
  add('twilio account sid alone', `Twilio account: AC${hex(32)} (messaging service MG${hex(32)})`);
  return out;
}
