/**
 * Blind evaluation batch I for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch H) or any notes, and without running it. Batch I aims at credentials written into
 * SOURCE CODE and framework configuration across many languages: Python (requests, boto3, Django
 * settings, pydantic/FastAPI settings defaults, smtplib, ldap3, SQLAlchemy), JavaScript/TypeScript
 * (axios, fetch, hard-coded constants, Next.js config, Vite env fallbacks, nodemailer, jsonwebtoken),
 * Go (struct literals, os.Setenv, sql.Open DSNs, raw-string keys), Rust (const, builders), Java/Kotlin
 * (Spring application.properties / application.yml, @Value defaults, OkHttp interceptors), C#
 * (appsettings.json, connection strings, HttpClient headers, verbatim strings), PHP (Laravel .env,
 * config arrays, PHPMailer), Ruby (plaintext Rails credentials, initializers, gem credentials),
 * Swift / Objective-C, Dart/Flutter, R, Julia, Bash/Zsh functions, Makefiles, Dockerfiles (ENV/ARG),
 * Kubernetes manifests, Terraform provider blocks, Nix, Elixir, Scala (Play HOCON), Perl DBI, Lua
 * (OpenResty), SQL (CREATE USER / GRANT ... IDENTIFIED BY), LDAP bind passwords, SMTP settings, and
 * short chat messages in Hindi/Hinglish, Vietnamese, Indonesian, Arabic, Hebrew, Greek, Finnish and
 * Hungarian that state a password or key.
 *
 * Negatives use the same code-heavy containers: values read from the environment or a secret manager,
 * placeholders, obviously fake test fixtures, digests and lockfile checksums, UUIDs and object ids,
 * CSRF/nonce names and template tags without values, base64 of ordinary data, public keys and
 * certificate pins, feature flags, random seeds, salts in hash test vectors, publishable/browser keys,
 * regexes that describe key shapes, redacted logs, password-policy code, and empty/None assignments.
 *
 * Every key-like value is generated at run time from the seeded random source (formats follow the
 * vendors' published shapes as I know them: prefix, alphabet, length), so this file holds no literal key.
 *
 * Judgment calls:
 * - For positives whose text holds an identifier next to its secret (AWS key id + secret key, Twilio
 *   account SID + auth token, Algolia app id + admin key, client id + client secret), `secret` is the
 *   secret half, except one case (Rust `Credentials::new`) where `secret` is the AWS access key id itself,
 *   to check that a key id is flagged on its own.
 * - A Google `AIza` key is a positive only where server code calls an API with it.
 * - Values whose shape is generic (Datadog hex, Plaid hex, Zoom/Box client secrets, Postmark's UUID
 *   server token, passwords) are positives because the surrounding name or header says what they are.
 * - A legacy Sentry DSN carrying `public:secret` userinfo is a positive (`secret` = the secret part); a
 *   modern DSN with only the public key in browser `Sentry.init` is a negative (meant to ship to clients).
 * - Publishable/browser keys are negatives: Stripe `pk_live_`, Algolia search-only key, Mapbox `pk.`,
 *   PostHog `phc_` project key.
 * - A salt stored next to its hash in a hashing test vector is a negative (salts are not secret). A value
 *   named `pepper` or `SECRET_KEY` would be a positive; none is used as a negative here.
 * - A Stripe `sk_test_` key is a real test-mode credential, so I use none (neither side).
 * - `changeme`, `TODO`, `YOUR_KEY`, `<token>`, `xxxx`, `sk-...`, all-zero and `test-key-123`-style values
 *   are negatives even in the exact spot a real credential would go.
 * - Pre-hashed passwords (`IDENTIFIED BY PASSWORD '*HEX'` / `AS '*HEX'`) are negatives.
 * - A Wi-Fi PSK in a NixOS config is a positive (a shared password).
 * - For a private key `secret` is the whole block from BEGIN to END as it stands in the text (escaped
 *   `\n` kept where the text is a one-line string literal); for PuTTY it is the whole key file.
 * - For an Azure SAS, `secret` is the URL-encoded `sig` value as it appears.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  b64,
  base62,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** A PEM block: DER-looking prefix plus random base64 body, wrapped at `width`, joined with `nl`. */
function pem(r: R, label: string, head: string, length: number, nl = '\n', width = 64): string {
  const body = head + r(B64, Math.max(0, length - head.length));
  const rows: string[] = [];
  for (let i = 0; i < body.length; i += width) rows.push(body.slice(i, i + width));
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(nl);
}

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

const PKCS1_HEAD = 'MIIEpAIBAAKCAQEA';
const PKCS8_HEAD = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
const ED25519_OPENSSH_HEAD = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA';
const ED25519_PUB_HEAD = 'AAAAC3NzaC1lZDI1NTE5AAAAI';
const DJANGO_ALPHABET = `${LOWER}${DIGITS}!@#%^&*(-_=+)`;

const WORDS = [
  'quartz',
  'maple',
  'walrus',
  'saffron',
  'tundra',
  'cobalt',
  'pebble',
  'violet',
  'harbor',
  'lantern',
  'meadow',
  'orchid',
  'falcon',
  'thistle',
  'summit',
  'breeze',
] as const;

export function batchIPositives(seed = 'blind-i-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password: capitalised word, dash, word, two digits, a symbol, three characters. */
  const pw = (): string => `${cap(word())}-${word()}${r(DIGITS, 2)}${r('!%*+#', 1)}${r(ALNUM, 3)}`;
  const ghToken = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const openaiProject = (): string => `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`;
  const anthropic = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const akia = (): string => `AKIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const stripeLive = (): string => `sk_live_51${r(ALNUM, 97)}`;
  const azureClientSecret = (): string => `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_-.~`, 34)}`;
  const mapboxSecret = (): string => `sk.${b64urlJson({ u: 'acme-geo', a: r(LOWER + DIGITS, 25) })}.${r(B64URL, 22)}`;

  // --- Python ------------------------------------------------------------------------------------
  add('openai project key in a Python requests Authorization header', openaiProject(), (s) => `import requests\n\nHEADERS = {"Authorization": "Bearer ${s}", "Content-Type": "application/json"}\n\ndef summarize(text: str) -> str:\n    resp = requests.post("https://api.openai.com/v1/chat/completions", headers=HEADERS, json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}, timeout=30)\n    resp.raise_for_status()\n    return resp.json()["choices"][0]["message"]["content"]`);
  add('aws secret key in a boto3 client constructor', awsSecret(), (s) => `s3 = boto3.client(\n    "s3",\n    region_name="eu-central-1",\n    aws_access_key_id="${akia()}",\n    aws_secret_access_key="${s}",\n)\ns3.upload_file("report.csv", "acme-exports", "daily/report.csv")`);
  add('django SECRET_KEY in settings.py', r(DJANGO_ALPHABET, 50), (s) => `# acme/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nSECRET_KEY = "${s}"\nALLOWED_HOSTS = ["shop.acme.io"]`);
  add('django DATABASES password in settings.py', pw(), (s) => `DATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "shop",\n        "USER": "shop_app",\n        "PASSWORD": "${s}",\n        "HOST": "pg-primary.acme.internal",\n        "PORT": "5432",\n    }\n}`);
  add('stripe secret key as a pydantic Settings default (FastAPI)', stripeLive(), (s) => `from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    app_name: str = "billing-api"\n    stripe_secret_key: str = "${s}"\n    stripe_api_version: str = "2024-06-20"\n\nsettings = Settings()`);
  add('google AIza key on a server-side Gemini call', `AIzaSy${r(B64URL, 33)}`, (s) => `GEMINI_KEY = "${s}"\nurl = f"https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key={GEMINI_KEY}"\nr = httpx.post(url, json={"contents": [{"parts": [{"text": prompt}]}]})`);
  add('anthropic key passed to a LangChain chat model', anthropic(), (s) => `from langchain_anthropic import ChatAnthropic\n\nllm = ChatAnthropic(model="claude-3-5-sonnet-latest", temperature=0, api_key="${s}")`);
  add('hugging face token in from_pretrained', `hf_${r(UPPER + LOWER, 34)}`, (s) => `tok = AutoTokenizer.from_pretrained("acme/internal-llm-7b", token="${s}")\nmodel = AutoModelForCausalLM.from_pretrained("acme/internal-llm-7b", token="${s}", device_map="auto")`);
  add('smtp password in Python smtplib login', pw(), (s) => `with smtplib.SMTP("smtp.office365.com", 587) as server:\n    server.starttls()\n    server.login("alerts@acme.io", "${s}")\n    server.send_message(msg)`);
  add('ldap bind password in Python ldap3 Connection', pw(), (s) => `server = Server("ldaps://ldap.acme.internal", get_info=ALL)\nconn = Connection(server, user="cn=svc-portal,ou=services,dc=acme,dc=io", password="${s}", auto_bind=True)`);
  add('postgres URL password in SQLAlchemy create_engine', `${r(LOWER, 3)}${r(ALNUM, 15)}`, (s) => `engine = create_engine("postgresql+psycopg://analytics:${s}@warehouse.acme.internal:5432/dwh", pool_pre_ping=True)`);
  add('rsa private key as a Python triple-quoted literal', pem(r, 'RSA PRIVATE KEY', PKCS1_HEAD, 1592), (s) => `SIGNING_KEY = """${s}"""\n\ndef sign(payload: bytes) -> bytes:\n    key = serialization.load_pem_private_key(SIGNING_KEY.encode(), password=None)\n    return key.sign(payload, padding.PKCS1v15(), hashes.SHA256())`);

  // --- JavaScript / TypeScript ---------------------------------------------------------------------
  add('github PAT in an axios instance header', ghToken('ghp_'), (s) => `export const gh = axios.create({\n  baseURL: 'https://api.github.com',\n  headers: { Authorization: \`Bearer ${s}\`, Accept: 'application/vnd.github+json' },\n});`);
  add('anthropic key in a fetch x-api-key header', anthropic(), (s) => `const res = await fetch('https://api.anthropic.com/v1/messages', {\n  method: 'POST',\n  headers: {\n    'x-api-key': '${s}',\n    'anthropic-version': '2023-06-01',\n    'content-type': 'application/json',\n  },\n  body: JSON.stringify({ model: 'claude-3-5-haiku-latest', max_tokens: 256, messages }),\n});`);
  add('sendgrid key as a hard-coded module constant', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `// mailer.ts\nimport sgMail from '@sendgrid/mail';\n\nconst SENDGRID_API_KEY = '${s}';\nsgMail.setApiKey(SENDGRID_API_KEY);`);
  add('mapbox secret token in next.config.js env', mapboxSecret(), (s) => `/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  env: {\n    MAPBOX_SECRET_TOKEN: '${s}',\n  },\n};`);
  add('algolia admin key as a Vite env fallback', r(HEXL, 32), (s) => `const appId = import.meta.env.VITE_ALGOLIA_APP_ID ?? '${r(UPPER + DIGITS, 10)}';\n// admin key so the seeding script can write the index\nconst adminKey = import.meta.env.VITE_ALGOLIA_ADMIN_KEY ?? '${s}';\nconst client = algoliasearch(appId, adminKey);`);
  add('postmark server token as nodemailer SMTP user and pass', uuid(r), (s) => `const transport = nodemailer.createTransport({\n  host: 'smtp.postmarkapp.com',\n  port: 587,\n  auth: { user: '${s}', pass: '${s}' },\n});`);
  add('slack user token in a WebClient constructor', `xoxp-${r(DIGITS, 12)}-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(HEXL, 32)}`, (s) => `import { WebClient } from '@slack/web-api';\nconst slack = new WebClient('${s}');\nawait slack.chat.postMessage({ channel: '#releases', text: 'v4.2.0 is out' });`);
  add('redis password in a node-redis URL', r(ALNUM, 24), (s) => `const client = createClient({ url: 'rediss://default:${s}@cache-prod.acme.internal:6380' });\nawait client.connect();`);
  add('jwt HS256 signing secret in jsonwebtoken sign', r(ALNUM, 64), (s) => `export function issue(userId: string): string {\n  return jwt.sign({ sub: userId, scope: 'api' }, '${s}', { algorithm: 'HS256', expiresIn: '1h' });\n}`);
  add('firebase service account private key in a JS object', pem(r, 'PRIVATE KEY', PKCS8_HEAD, 1624, '\\n'), (s) => `admin.initializeApp({\n  credential: admin.credential.cert({\n    projectId: 'acme-notes',\n    clientEmail: 'firebase-adminsdk-x1y2z@acme-notes.iam.gserviceaccount.com',\n    privateKey: '${s}\\n',\n  }),\n});`);
  add('azure SAS signature in a JS blob URL', encodeURIComponent(`${r(B64, 43)}=`), (s) => `const uploadUrl = 'https://acmemedia.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${s}';\nawait fetch(uploadUrl, { method: 'PUT', body: file, headers: { 'x-ms-blob-type': 'BlockBlob' } });`);
  add('mongodb+srv password in a mongoose connect call', r(ALNUM, 16), (s) => `await mongoose.connect('mongodb+srv://catalog_rw:${s}@cluster-prod.x7k2p.mongodb.net/catalog?retryWrites=true&w=majority');`);

  // --- Go ----------------------------------------------------------------------------------------
  add('datadog api key in a Go struct literal', r(HEXL, 32), (s) => `cfg := metrics.Config{\n\tSite:    "datadoghq.eu",\n\tAPIKey:  "${s}",\n\tService: "ledger",\n\tEnv:     "prod",\n}`);
  add('gitlab PAT in Go os.Setenv', `glpat-${r(B64URL, 20)}`, (s) => `func init() {\n\tos.Setenv("GITLAB_TOKEN", "${s}")\n\tos.Setenv("GITLAB_URL", "https://gitlab.acme.io")\n}`);
  add('mysql password in a Go sql.Open DSN', pw(), (s) => `db, err := sql.Open("mysql", "orders:${s}@tcp(mysql-01.acme.internal:3306)/orders?parseTime=true")\nif err != nil {\n\tlog.Fatal(err)\n}`);
  add('twilio auth token in a Go client params struct', r(HEXL, 32), (s) => `client := twilio.NewRestClientWithParams(twilio.ClientParams{\n\tUsername: "AC${r(HEXL, 32)}",\n\tPassword: "${s}",\n})`);
  add('openssh private key in a Go raw string', pem(r, 'OPENSSH PRIVATE KEY', ED25519_OPENSSH_HEAD, 396, '\n', 70), (s) => `var deployKey = []byte(\`${s}\n\`)\n\nsigner, err := ssh.ParsePrivateKey(deployKey)`);

  // --- Rust --------------------------------------------------------------------------------------
  add('pagerduty REST key in a Rust const', `u+${r(B64URL, 18)}`, (s) => `const PAGERDUTY_TOKEN: &str = "${s}";\n\nlet resp = client\n    .get("https://api.pagerduty.com/incidents")\n    .header("Authorization", format!("Token token={}", PAGERDUTY_TOKEN))\n    .send()\n    .await?;`);
  add('aws access key id in a Rust Credentials::new builder', akia(), (s) => `let creds = Credentials::new(\n    "${s}",\n    "${awsSecret()}",\n    None,\n    None,\n    "static",\n);\nlet conf = aws_sdk_s3::Config::builder().credentials_provider(creds).region(Region::new("us-east-2")).build();`);
  add('figma token in a reqwest builder', `figd_${r(B64URL, 40)}`, (s) => `let file = reqwest::Client::new()\n    .get("https://api.figma.com/v1/files/${r(ALNUM, 22)}")\n    .header("X-Figma-Token", "${s}")\n    .send()\n    .await?;`);

  // --- Java / Kotlin -------------------------------------------------------------------------------
  add('datasource password in Spring application.properties', pw(), (s) => `spring.datasource.url=jdbc:postgresql://pg-primary.acme.internal:5432/ledger\nspring.datasource.username=ledger_app\nspring.datasource.password=${s}\nspring.jpa.hibernate.ddl-auto=validate`);
  add('okta client secret in Spring application.yml', r(B64URL, 40), (s) => `spring:\n  security:\n    oauth2:\n      client:\n        registration:\n          okta:\n            client-id: 0oa${r(ALNUM, 17)}\n            client-secret: ${s}\n            scope: openid,profile,email`);
  add('smtp password in Spring spring.mail settings', pw(), (s) => `spring:\n  mail:\n    host: smtp.mailgun.org\n    port: 587\n    username: postmaster@mg.acme.io\n    password: "${s}"\n    properties.mail.smtp.starttls.enable: true`);
  add('shopify admin token as a Spring @Value default', `shpat_${r(HEXL, 32)}`, (s) => `@Service\npublic class ShopifyClient {\n    @Value("\${shopify.admin-token:${s}}")\n    private String adminToken;\n}`);
  add('square access token in a Kotlin OkHttp interceptor', `EAAA${r(B64URL, 60)}`, (s) => `val http = OkHttpClient.Builder()\n    .addInterceptor { chain ->\n        val req = chain.request().newBuilder()\n            .addHeader("Authorization", "Bearer ${s}")\n            .addHeader("Square-Version", "2024-10-17")\n            .build()\n        chain.proceed(req)\n    }\n    .build()`);
  add('plaid secret in a Java client builder', r(HEXL, 30), (s) => `HashMap<String, String> apiKeys = new HashMap<>();\napiKeys.put("clientId", "${r(HEXL, 24)}");\napiKeys.put("secret", "${s}");\nApiClient apiClient = new ApiClient(apiKeys);\napiClient.setPlaidAdapter(ApiClient.Production);`);

  // --- C# -------------------------------------------------------------------------------------------
  add('sql password in an appsettings.json connection string', pw(), (s) => `{\n  "ConnectionStrings": {\n    "Default": "Server=tcp:sql-prod.acme.internal,1433;Database=Billing;User Id=billing_app;Password=${s};TrustServerCertificate=True"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}`);
  add('azure AD client secret in appsettings.json', azureClientSecret(), (s) => `{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "${uuid(r)}",\n    "ClientId": "${uuid(r)}",\n    "ClientSecret": "${s}"\n  }\n}`);
  add('mailgun key in a C# HttpClient basic auth header', `${r(HEXL, 32)}-${r(HEXL, 8)}-${r(HEXL, 8)}`, (s) => `var http = new HttpClient { BaseAddress = new Uri("https://api.eu.mailgun.net/v3/") };\nvar raw = Encoding.ASCII.GetBytes("api:" + "${s}");\nhttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));`);
  add('azure storage account key in a C# BlobServiceClient', `${r(B64, 86)}==`, (s) => `var blobs = new BlobServiceClient("DefaultEndpointsProtocol=https;AccountName=acmearchive;AccountKey=${s};EndpointSuffix=core.windows.net");`);
  add('putty private key file in a C# verbatim string', `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-07\nPublic-Lines: 2\n${(() => {
    const pub = ED25519_PUB_HEAD + r(B64, 43);
    return `${pub.slice(0, 64)}\n${pub.slice(64)}`;
  })()}\nPrivate-Lines: 1\nAAAAI${r(B64, 43)}\nPrivate-MAC: ${r(HEXL, 64)}`, (s) => `// TODO move to key vault\nprivate const string DeployPpk = @"${s}";`);

  // --- PHP -------------------------------------------------------------------------------------------
  add('twilio auth token in a Laravel .env', r(HEXL, 32), (s) => `APP_NAME=AcmeDesk\nAPP_ENV=production\nTWILIO_SID=AC${r(HEXL, 32)}\nTWILIO_AUTH_TOKEN=${s}\nTWILIO_FROM=+15005550006`);
  add('github OAuth client secret in a Laravel config array', r(HEXL, 40), (s) => `<?php\n\nreturn [\n    'github' => [\n        'client_id' => 'Iv1.${r(HEXL, 16)}',\n        'client_secret' => '${s}',\n        'redirect' => 'https://desk.acme.io/auth/github/callback',\n    ],\n];`);
  add('smtp password in PHPMailer', pw(), (s) => `$mail = new PHPMailer(true);\n$mail->isSMTP();\n$mail->Host = 'smtp.acme.io';\n$mail->SMTPAuth = true;\n$mail->Username = 'noreply@acme.io';\n$mail->Password = '${s}';\n$mail->Port = 465;`);

  // --- Ruby --------------------------------------------------------------------------------------
  add('rails secret_key_base in a decrypted credentials dump', r(HEXL, 128), (s) => `$ bin/rails credentials:show\nsecret_key_base: ${s}\nactive_record_encryption:\n  primary_key: ${r(ALNUM, 32)}`);
  add('slack bot token in a Rails initializer', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `# config/initializers/slack.rb\nSlack.configure do |config|\n  config.token = '${s}'\nend`);
  add('rubygems api key in ~/.gem/credentials', `rubygems_${r(HEXL, 48)}`, (s) => `---\n:rubygems_api_key: ${s}`);
  add('legacy sentry DSN secret in a Ruby initializer', r(HEXL, 32), (s) => `Sentry.init do |config|\n  config.dsn = 'https://${r(HEXL, 32)}:${s}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}'\n  config.traces_sample_rate = 0.1\nend`);

  // --- Swift / Objective-C / Dart --------------------------------------------------------------------
  add('openai key in a Swift URLRequest header', openaiProject(), (s) => `var request = URLRequest(url: URL(string: "https://api.openai.com/v1/audio/transcriptions")!)\nrequest.httpMethod = "POST"\nrequest.setValue("Bearer ${s}", forHTTPHeaderField: "Authorization")`);
  add('dropbox token in an Objective-C constant', `sl.${r(B64URL, 138)}`, (s) => `static NSString *const kDropboxAccessToken = @"${s}";\n\nDBUserClient *client = [[DBUserClient alloc] initWithAccessToken:kDropboxAccessToken];`);
  add('stripe restricted key in a Dart const', `rk_live_51${r(ALNUM, 97)}`, (s) => `class ApiConfig {\n  static const String stripeKey = '${s}';\n  static const Duration timeout = Duration(seconds: 20);\n}`);
  add('auth0 client secret in a Flutter service', r(B64URL, 64), (s) => `final auth0 = Auth0Client(\n  domain: 'acme.eu.auth0.com',\n  clientId: '${r(ALNUM, 32)}',\n  clientSecret: '${s}',\n);`);

  // --- R, Julia, shell, Makefile ----------------------------------------------------------------------
  add('openai key in R Sys.setenv', openaiProject(), (s) => `library(ellmer)\nSys.setenv(OPENAI_API_KEY = "${s}")\nchat <- chat_openai(model = "gpt-4o-mini")`);
  add('github PAT in a Julia HTTP header', ghToken('ghp_'), (s) => `using HTTP, JSON3\nresp = HTTP.get("https://api.github.com/repos/acme/solver/releases/latest",\n    ["Authorization" => "token ${s}", "User-Agent" => "release-check"])`);
  add('gitlab PAT in a bash function', `glpat-${r(B64URL, 20)}`, (s) => `release_notes() {\n  local token="${s}"\n  curl -sf --header "PRIVATE-TOKEN: \${token}" "https://gitlab.acme.io/api/v4/projects/\${1}/releases" | jq -r '.[0].description'\n}`);
  add('docker hub PAT in a zsh function', `dckr_pat_${r(B64URL, 27)}`, (s) => `dpush() {\n  echo '${s}' | docker login -u acmeci --password-stdin\n  docker push "acme/$1:\${2:-latest}"\n}`);
  add('npm token in a Makefile variable', ghToken('npm_'), (s) => `NPM_TOKEN := ${s}\n\npublish:\n\tnpm config set //registry.npmjs.org/:_authToken $(NPM_TOKEN)\n\tnpm publish --access public`);
  add('pypi token in a Makefile upload target', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 140)}`, (s) => `.PHONY: upload\nupload: dist\n\ttwine upload -u __token__ -p ${s} dist/*`);
  add('bitbucket app password in a git clone URL in a script', `ATBB${r(ALNUM, 32)}${r(HEXU, 8)}`, (s) => `#!/usr/bin/env bash\nset -euo pipefail\ngit clone "https://ci-bot:${s}@bitbucket.org/acme/mobile-app.git" /build/src`);

  // --- Containers, Kubernetes, Terraform, Nix ------------------------------------------------------------
  add('nuget api key as a Dockerfile ARG default', `oy2${r(LOWER + DIGITS, 43)}`, (s) => `FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nARG NUGET_API_KEY=${s}\nWORKDIR /src\nCOPY . .\nRUN dotnet pack -c Release && dotnet nuget push bin/Release/*.nupkg --api-key $NUGET_API_KEY --source https://api.nuget.org/v3/index.json`);
  add('datadog api key in a Dockerfile ENV', r(HEXL, 32), (s) => `FROM node:22-alpine\nENV NODE_ENV=production \\\n    DD_SITE=datadoghq.com \\\n    DD_API_KEY=${s}\nCOPY --chown=node:node . /app\nCMD ["node", "/app/server.js"]`);
  add('auth0 client secret in a Kubernetes env value', r(B64URL, 64), (s) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: portal\nspec:\n  template:\n    spec:\n      containers:\n        - name: portal\n          image: acme/portal:5.1.0\n          env:\n            - name: AUTH0_DOMAIN\n              value: acme.eu.auth0.com\n            - name: AUTH0_CLIENT_SECRET\n              value: "${s}"`);
  add('zoom client secret in a Kubernetes Secret stringData', r(ALNUM, 32), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: zoom-s2s\ntype: Opaque\nstringData:\n  ZOOM_ACCOUNT_ID: ${r(B64URL, 22)}\n  ZOOM_CLIENT_ID: ${r(ALNUM, 22)}\n  ZOOM_CLIENT_SECRET: ${s}`);
  add('aws secret key in a Terraform provider block', awsSecret(), (s) => `provider "aws" {\n  region     = "eu-west-1"\n  access_key = "${akia()}"\n  secret_key = "${s}"\n}`);
  add('datadog app key in a Terraform provider block', r(HEXL, 40), (s) => `provider "datadog" {\n  api_url = "https://api.datadoghq.eu/"\n  api_key = "${r(HEXL, 32)}"\n  app_key = "${s}"\n}`);
  add('okta API token in a Terraform provider block', `00${r(B64URL, 40)}`, (s) => `provider "okta" {\n  org_name  = "acme"\n  base_url  = "okta.com"\n  api_token = "${s}"\n}`);
  add('wifi PSK in a NixOS configuration', pw(), (s) => `{ config, pkgs, ... }:\n{\n  networking.wireless.enable = true;\n  networking.wireless.networks."acme-office".psk = "${s}";\n}`);
  add('grafana admin password in a Nix module', pw(), (s) => `services.grafana = {\n  enable = true;\n  settings.server.http_port = 3000;\n  settings.security.admin_password = "${s}";\n};`);

  // --- Elixir, Scala, Perl, Lua ---------------------------------------------------------------------
  add('database URL password in Elixir runtime config', r(ALNUM, 20), (s) => `config :acme, Acme.Repo,\n  url: "ecto://acme:${s}@pg.acme.internal/acme_prod",\n  pool_size: 10`);
  add('coinbase CDP EC private key in an Elixir config', pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 164).replace(/\n/g, '\\n'), (s) => `config :acme, :coinbase,\n  key_name: "organizations/${uuid(r)}/apiKeys/${uuid(r)}",\n  private_key: "${s}\\n"`);
  add('play framework secret in Scala HOCON application.conf', r(ALNUM, 64), (s) => `play.http.secret.key = "${s}"\nplay.filters.hosts.allowed = [".acme.io"]\ndb.default.driver = org.postgresql.Driver`);
  add('box client secret in a Scala object', r(ALNUM, 32), (s) => `object BoxSettings {\n  val clientId: String = "${r(LOWER + DIGITS, 32)}"\n  val clientSecret: String = "${s}"\n  val enterpriseId: String = "${r(DIGITS, 9)}"\n}`);
  add('database password in Perl DBI connect', pw(), (s) => `my $dbh = DBI->connect(\n    "dbi:Pg:dbname=inventory;host=pg.acme.internal",\n    "inventory", '${s}',\n    { RaiseError => 1, AutoCommit => 1 },\n);`);
  add('redis AUTH password in OpenResty Lua', r(ALNUM, 28), (s) => `local red = redis:new()\nred:set_timeouts(1000, 1000, 1000)\nlocal ok, err = red:connect("10.20.0.5", 6379)\nlocal res, err = red:auth("${s}")\nif not res then ngx.log(ngx.ERR, "redis auth failed: ", err) return end`);
  add('asana PAT in an OpenResty proxy header', `2/${r(DIGITS, 16)}/${r(DIGITS, 16)}:${r(HEXL, 32)}`, (s) => `location /asana/ {\n  access_by_lua_block {\n    ngx.req.set_header("Authorization", "Bearer ${s}")\n  }\n  proxy_pass https://app.asana.com/api/1.0/;\n}`);

  // --- SQL, LDAP ----------------------------------------------------------------------------------
  add('password in MySQL CREATE USER ... IDENTIFIED BY', pw(), (s) => `CREATE USER 'reporting'@'10.20.%' IDENTIFIED BY '${s}';\nGRANT SELECT ON analytics.* TO 'reporting'@'10.20.%';\nFLUSH PRIVILEGES;`);
  add('password in a legacy GRANT ... IDENTIFIED BY', pw(), (s) => `GRANT ALL PRIVILEGES ON wordpress.* TO 'wp'@'localhost' IDENTIFIED BY '${s}';`);
  add('password in Oracle CREATE USER', `${cap(word())}${r(DIGITS, 4)}_${word()}`, (s) => `CREATE USER etl_loader IDENTIFIED BY "${s}"\n  DEFAULT TABLESPACE users QUOTA 500M ON users;\nGRANT CREATE SESSION, CREATE TABLE TO etl_loader;`);
  add('ldap bind password in nslcd.conf', pw(), (s) => `uri ldaps://ldap.acme.internal\nbase dc=acme,dc=io\nbinddn cn=nslcd,ou=services,dc=acme,dc=io\nbindpw ${s}\ntls_reqcert demand`);
  add('ldap bind password in a Spring LDAP yml', pw(), (s) => `spring:\n  ldap:\n    urls: ldaps://ldap.acme.internal:636\n    base: dc=acme,dc=io\n    username: cn=svc-hr,ou=services,dc=acme,dc=io\n    password: ${s}`);

  // --- More vendors in code ---------------------------------------------------------------------
  add('atlassian api token in a Python jira client', `ATATT3xFfGF0${r(B64URL, 171)}=${r(HEXU, 8)}`, (s) => `from jira import JIRA\n\njira = JIRA(server="https://acme.atlassian.net", basic_auth=("build-bot@acme.io", "${s}"))`);
  add('openai service-account key in a TypeScript client', `sk-svcacct-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `import OpenAI from 'openai';\n\nexport const openai = new OpenAI({ apiKey: '${s}', organization: 'org-${r(ALNUM, 24)}' });`);
  add('github app installation token in a Python script', ghToken('ghs_'), (s) => `gh = Github(auth=Auth.Token("${s}"))\nrepo = gh.get_repo("acme/infra")\nrepo.create_issue(title="nightly drift detected", body=report)`);
  add('shopify shared secret in a Node webhook verifier', `shpss_${r(HEXL, 32)}`, (s) => `function verifyShopifyWebhook(rawBody, hmacHeader) {\n  const digest = crypto.createHmac('sha256', '${s}').update(rawBody).digest('base64');\n  return crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(hmacHeader));\n}`);
  add('mapbox secret token in a Kotlin Gradle settings file', mapboxSecret(), (s) => `dependencyResolutionManagement {\n    repositories {\n        maven {\n            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")\n            credentials {\n                username = "mapbox"\n                password = "${s}"\n            }\n        }\n    }\n}`);
  add('jwt secret in a Go gin middleware config', r(B64, 44), (s) => `authMiddleware, err := jwt.New(&jwt.GinJWTMiddleware{\n\tRealm:      "acme",\n\tKey:        []byte("${s}"),\n\tTimeout:    time.Hour,\n\tMaxRefresh: 24 * time.Hour,\n})`);

  // --- Chat messages in less-covered languages ----------------------------------------------------------
  add('password in a Hinglish chat message', pw(), (s) => `bhai staging DB ka password ${s} hai, kisi ko forward mat karna, kal rotate kar denge`);
  add('password in a Hindi chat message', pw(), (s) => `सर्वर का रूट पासवर्ड ${s} है — कृपया इसे किसी के साथ साझा न करें।`);
  add('password in a Vietnamese chat message', pw(), (s) => `Mật khẩu tài khoản admin của trang quản trị là ${s}, đổi lại sau khi đăng nhập nhé.`);
  add('openai key in an Indonesian chat message', openaiProject(), (s) => `Ini API key OpenAI buat tim kita: ${s} — tolong jangan di-commit ke repo ya.`);
  add('password in an Arabic chat message', pw(), (s) => `كلمة المرور لقاعدة البيانات هي ${s} يرجى عدم مشاركتها مع أي شخص.`);
  add('password in a Hebrew chat message', pw(), (s) => `הסיסמה לשרת הבדיקות היא ${s} תחליף אותה אחרי ההתחברות הראשונה.`);
  add('password in a Greek chat message', pw(), (s) => `Ο κωδικός πρόσβασης για το VPN είναι ${s} — μην τον στείλεις σε κανέναν.`);
  add('github PAT in a Finnish chat message', ghToken('ghp_'), (s) => `Tässä on GitHub-token CI:tä varten: ${s} — poista se viestistä kun olet kopioinut sen.`);
  add('password in a Hungarian chat message', pw(), (s) => `Az adatbázis jelszava: ${s} — kérlek, ne küldd tovább senkinek.`);

  return out;
}

export function batchINegatives(seed = 'blind-i-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const sri = (bytes: number): string => Buffer.from(hex(bytes * 2), 'hex').toString('base64');

  // --- Environment reads, per language --------------------------------------------------------------
  add('Python os.environ subscript', 'import os\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\nclient = OpenAI(api_key=OPENAI_API_KEY)');
  add('Python os.getenv with empty default', 'STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")\nif not STRIPE_SECRET_KEY:\n    raise RuntimeError("STRIPE_SECRET_KEY is not set")');
  add('boto3 client relying on the default credential chain', 's3 = boto3.client("s3", region_name="eu-central-1")\n# credentials come from the instance profile / AWS_PROFILE');
  add('Django settings read from django-environ', 'env = environ.Env()\nSECRET_KEY = env("DJANGO_SECRET_KEY")\nDATABASES = {"default": env.db("DATABASE_URL")}\nEMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")');
  add('pydantic Settings field without default', 'class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=".env")\n    stripe_secret_key: SecretStr\n    database_url: PostgresDsn');
  add('Node process.env reads', "const slack = new WebClient(process.env.SLACK_BOT_TOKEN);\nconst sg = process.env.SENDGRID_API_KEY ?? '';\nif (!process.env.GITHUB_TOKEN) throw new Error('GITHUB_TOKEN missing');");
  add('Vite import.meta.env without fallback', 'const client = algoliasearch(import.meta.env.VITE_ALGOLIA_APP_ID, import.meta.env.VITE_ALGOLIA_SEARCH_KEY);');
  add('Next.js config forwarding env names', "module.exports = {\n  env: {\n    MAPBOX_TOKEN: process.env.MAPBOX_TOKEN,\n  },\n  serverRuntimeConfig: { stripeKey: process.env.STRIPE_SECRET_KEY },\n};");
  add('Go os.Getenv and LookupEnv', 'apiKey := os.Getenv("DD_API_KEY")\ntoken, ok := os.LookupEnv("GITLAB_TOKEN")\nif !ok {\n\tlog.Fatal("GITLAB_TOKEN not set")\n}');
  add('Rust std::env::var', 'let token = std::env::var("FIGMA_TOKEN").expect("FIGMA_TOKEN must be set");\nlet key = env!("BUILD_SIGNING_KEY_ID");');
  add('Java System.getenv', 'String password = System.getenv("DB_PASSWORD");\nString twilioToken = Objects.requireNonNull(System.getenv("TWILIO_AUTH_TOKEN"));');
  add('Spring property placeholders without defaults', 'spring.datasource.password=${DB_PASSWORD}\nspring.mail.password=${SMTP_PASSWORD}\nspring.security.oauth2.client.registration.okta.client-secret=${OKTA_CLIENT_SECRET}');
  add('Spring @Value without default', '@Value("${shopify.admin-token}")\nprivate String adminToken;');
  add('C# configuration and environment reads', 'var secret = builder.Configuration["AzureAd:ClientSecret"];\nvar key = Environment.GetEnvironmentVariable("MAILGUN_API_KEY");\nvar conn = builder.Configuration.GetConnectionString("Default");');
  add('appsettings.json with empty secrets (user-secrets in dev)', '{\n  "AzureAd": {\n    "ClientId": "",\n    "ClientSecret": ""\n  },\n  "ConnectionStrings": { "Default": "" }\n}');
  add('PHP Laravel config reading env()', "return [\n    'github' => [\n        'client_id' => env('GITHUB_CLIENT_ID'),\n        'client_secret' => env('GITHUB_CLIENT_SECRET'),\n    ],\n];");
  add('Ruby ENV.fetch and Rails credentials dig', "Slack.configure { |c| c.token = ENV.fetch('SLACK_BOT_TOKEN') }\nStripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)");
  add('Swift ProcessInfo and Info.plist build setting', 'let key = ProcessInfo.processInfo.environment["OPENAI_API_KEY"] ?? ""\nlet mapsKey = Bundle.main.object(forInfoDictionaryKey: "MAPS_API_KEY") as? String // $(MAPS_API_KEY) from xcconfig');
  add('Dart String.fromEnvironment', "const stripeKey = String.fromEnvironment('STRIPE_KEY');\n// flutter run --dart-define=STRIPE_KEY=...");
  add('R Sys.getenv', 'key <- Sys.getenv("OPENAI_API_KEY")\nif (!nzchar(key)) stop("Set OPENAI_API_KEY in ~/.Renviron")');
  add('Julia ENV lookup', 'token = get(ENV, "GITHUB_TOKEN", nothing)\ntoken === nothing && error("GITHUB_TOKEN is not set")');
  add('Elixir System.fetch_env!', 'config :acme, Acme.Repo,\n  url: System.fetch_env!("DATABASE_URL"),\n  pool_size: String.to_integer(System.get_env("POOL_SIZE", "10"))');
  add('Scala sys.env and HOCON substitution', 'val clientSecret = sys.env.getOrElse("BOX_CLIENT_SECRET", "")\n// application.conf\nplay.http.secret.key = ${?APPLICATION_SECRET}');
  add('Perl %ENV', 'my $dbh = DBI->connect($ENV{DSN}, $ENV{DB_USER}, $ENV{DB_PASS}, { RaiseError => 1 });');
  add('Lua os.getenv in OpenResty', 'local res, err = red:auth(os.getenv("REDIS_PASSWORD"))\n-- env REDIS_PASSWORD; declared in nginx.conf');
  add('bash parameter expansion requiring a variable', 'release_notes() {\n  : "${GITLAB_TOKEN:?GITLAB_TOKEN must be set}"\n  curl -sf --header "PRIVATE-TOKEN: ${GITLAB_TOKEN}" "$API/projects/$1/releases"\n}');
  add('Makefile passing a variable reference', 'publish:\n\tnpm config set //registry.npmjs.org/:_authToken $(NPM_TOKEN)\n\ttwine upload -u __token__ -p "$$PYPI_TOKEN" dist/*');
  add('Dockerfile build secret mount', '# syntax=docker/dockerfile:1.7\nARG NUGET_SOURCE=https://api.nuget.org/v3/index.json\nRUN --mount=type=secret,id=nuget_key \\\n    dotnet nuget push bin/Release/*.nupkg --api-key "$(cat /run/secrets/nuget_key)" --source $NUGET_SOURCE');
  add('Kubernetes secretKeyRef env', '          env:\n            - name: AUTH0_CLIENT_SECRET\n              valueFrom:\n                secretKeyRef:\n                  name: auth0\n                  key: client-secret');
  add('Terraform variables and data sources', 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\ndata "aws_secretsmanager_secret_version" "dd" {\n  secret_id = "prod/datadog"\n}\n\nprovider "datadog" {\n  api_key = jsondecode(data.aws_secretsmanager_secret_version.dd.secret_string)["api_key"]\n}');
  add('NixOS passwordFile options (agenix/sops)', '{\n  age.secrets.grafana.file = ../secrets/grafana.age;\n  services.grafana.settings.security.admin_password = "$__file{${config.age.secrets.grafana.path}}";\n  networking.wireless.secretsFile = config.sops.secrets.wifi.path;\n}');
  add('GitHub Actions secrets expressions', '      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: ${{ vars.DEPLOY_ROLE_ARN }}');

  // --- Secret managers ---------------------------------------------------------------------------
  add('hvac Vault read', 'client = hvac.Client(url="https://vault.acme.internal", token=os.environ["VAULT_TOKEN"])\nsecret = client.secrets.kv.v2.read_secret_version(path="prod/payments")["data"]["data"]["stripe_key"]');
  add('AWS Secrets Manager get_secret_value', 'sm = boto3.client("secretsmanager")\ncreds = json.loads(sm.get_secret_value(SecretId="prod/orders/db")["SecretString"])\npassword = creds["password"]');
  add('Azure Key Vault SecretClient', 'var client = new SecretClient(new Uri("https://kv-acme-prod.vault.azure.net/"), new DefaultAzureCredential());\nKeyVaultSecret secret = await client.GetSecretAsync("StorageKey");');
  add('GCP Secret Manager access', 'name = f"projects/{project_id}/secrets/sendgrid-api-key/versions/latest"\npayload = sm_client.access_secret_version(request={"name": name}).payload.data.decode("utf-8")');
  add('Spring Cloud Vault and AWS parameter references', 'spring.config.import=vault://secret/ledger,aws-parameterstore:/config/ledger/\nspring.datasource.password=${ledger.db.password}');

  // --- Placeholders and empty values ------------------------------------------------------------------
  add('angle-bracket token placeholder in a code sample', 'headers = {"Authorization": "Bearer <token>", "Notion-Version": "2022-06-28"}');
  add('YOUR_KEY placeholder in a Swift sample', 'request.setValue("Bearer YOUR_API_KEY", forHTTPHeaderField: "Authorization")');
  add('sk-... ellipsis in docs', "const openai = new OpenAI({ apiKey: 'sk-...' }); // paste your key here");
  add('xxxx placeholders in a Laravel .env.example', 'TWILIO_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nTWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMAIL_PASSWORD=null');
  add('changeme in a Spring profile', 'spring.datasource.username=ledger_app\nspring.datasource.password=changeme\n# overridden by Vault in all real environments');
  add('TODO as a value', 'SENTRY_AUTH_TOKEN = "TODO"  # ask platform team\nPAGERDUTY_TOKEN = "TODO: add later"');
  add('Terraform example tfvars with placeholders', 'datadog_api_key = "<your-datadog-api-key>"\ndatadog_app_key = "<your-datadog-app-key>"\nokta_api_token  = "REPLACE_WITH_OKTA_TOKEN"');
  add('Python api_key = None', 'class Client:\n    def __init__(self, api_key: str | None = None, timeout: float = 30.0):\n        self.api_key = api_key or os.getenv("ACME_API_KEY")');
  add('Go zero-value secret fields', 'type Config struct {\n\tAPIKey   string `env:"DD_API_KEY,required"`\n\tPassword string `env:"DB_PASSWORD"`\n}\nvar secret string');
  add('Java null assignment', 'private String apiKey = null;\nprivate char[] password = new char[0];');
  add('Dockerfile ARG without default', 'ARG NPM_TOKEN\nARG SENTRY_AUTH_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc');
  add('Kubernetes manifest with template placeholders', '            - name: ZOOM_CLIENT_SECRET\n              value: "{{ .Values.zoom.clientSecret }}"\n            - name: DD_API_KEY\n              value: "${DD_API_KEY}"');
  add('SQL with bind parameters and prompts', "CREATE USER 'reporting'@'10.20.%' IDENTIFIED BY :new_password;\n-- mysql -u root -p   (prompts for the password)\nGRANT SELECT ON analytics.* TO 'reporting'@'10.20.%';");
  add('SQL with a pre-hashed MySQL password', `CREATE USER 'legacy'@'%' IDENTIFIED WITH mysql_native_password AS '*${r(HEXU, 40)}';`);
  add('Oracle externally identified user', 'CREATE USER ops$jdoe IDENTIFIED EXTERNALLY;\nGRANT CONNECT TO ops$jdoe;');
  add('LDAP bind password read from a file or prompt', 'ldapsearch -H ldaps://ldap.acme.internal -D "cn=svc-portal,ou=services,dc=acme,dc=io" -y /etc/ldap/portal.secret -b dc=acme,dc=io "(uid=jdoe)"\nldapmodify -W -D cn=admin,dc=acme,dc=io -f change.ldif');
  add('SMTP settings reading a password file', 'EMAIL_HOST = "smtp.office365.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "alerts@acme.io"\nEMAIL_HOST_PASSWORD = Path("/run/secrets/smtp_password").read_text().strip()');
  add('PHPMailer with config lookup', "$mail->Username = config('mail.username');\n$mail->Password = config('mail.password');");

  // --- Obviously fake test fixtures -------------------------------------------------------------------
  add('pytest fixture with a fake key', '@pytest.fixture\ndef client():\n    return AcmeClient(api_key="test-key-123", base_url="http://localhost:8080")');
  add('jest mock with fake tokens', "jest.mock('@slack/web-api');\nconst slack = new WebClient('fake-token');\nprocess.env.SENDGRID_API_KEY = 'test-sendgrid-key';");
  add('all-zero GitHub-style token in a unit test', `it('rejects revoked tokens', async () => {\n  await expect(verify('ghp_${'0'.repeat(36)}')).rejects.toThrow('revoked');\n});`);
  add('all-zero AWS-style values in a Go test', `func TestSigner(t *testing.T) {\n\tcreds := credentials.NewStaticCredentials("AKIA${'0'.repeat(16)}", "${'0'.repeat(40)}", "")\n\t_ = creds\n}`);
  add('dummy password in a Rails test fixture', 'users(:alice).update!(password: "password", password_confirmation: "password")\nsign_in_as(users(:alice), password: "password")');
  add('RSpec stubbed credentials', "allow(Rails.application.credentials).to receive(:dig).with(:stripe, :secret_key).and_return('stripe-test-secret')");
  add('C# test with dummy connection string', 'var options = new DbContextOptionsBuilder<BillingContext>()\n    .UseSqlite("Data Source=:memory:")\n    .Options;\nvar client = new MailClient(apiKey: "dummy", domain: "example.test");');

  // --- Hashes, checksums and lockfiles -----------------------------------------------------------------
  add('expected sha256 in a Python test', `def test_digest():\n    assert hashlib.sha256(b"acme-release-4.2.0").hexdigest() == "${hex(64)}"`);
  add('md5 ETag comparison in JS', `if (res.headers.get('etag') === '"${hex(32)}"') return cached;`);
  add('sha1 in a Java test constant', `private static final String EXPECTED_SHA1 = "${hex(40)}";`);
  add('go.sum entries', `github.com/go-sql-driver/mysql v1.8.1 h1:${r(B64, 43)}=\ngithub.com/go-sql-driver/mysql v1.8.1/go.mod h1:${r(B64, 43)}=`);
  add('Cargo.lock checksum', `[[package]]\nname = "reqwest"\nversion = "0.12.9"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"`);
  add('package-lock integrity', `"node_modules/axios": {\n  "version": "1.7.7",\n  "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",\n  "integrity": "sha512-${sri(64)}"\n}`);
  add('Podfile.lock spec checksums', `SPEC CHECKSUMS:\n  Alamofire: ${hex(40)}\n  SDWebImage: ${hex(40)}\n\nPODFILE CHECKSUM: ${hex(40)}`);
  add('pubspec.lock sha256', `  http:\n    dependency: "direct main"\n    description:\n      name: http\n      sha256: "${hex(64)}"\n      url: "https://pub.dev"\n    source: hosted\n    version: "1.2.2"`);
  add('Nix fetchFromGitHub hash', `src = fetchFromGitHub {\n  owner = "acme";\n  repo = "solver";\n  rev = "v2.1.0";\n  hash = "sha256-${sri(32)}";\n};`);
  add('mix.lock hashes', `%{\n  "jason": {:hex, :jason, "1.4.4", "${hex(64)}", [:mix], [], "hexpm", "${hex(64)}"},\n}`);
  add('Dockerfile FROM pinned by digest', `FROM node:22-alpine@sha256:${hex(64)}\nFROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:${hex(64)}`);
  add('composer.lock dist shasum', `"dist": {\n  "type": "zip",\n  "url": "https://api.github.com/repos/PHPMailer/PHPMailer/zipball/${hex(40)}",\n  "reference": "${hex(40)}",\n  "shasum": ""\n}`);
  add('Gemfile.lock checksums', `CHECKSUMS\n  rack (3.1.8) sha256=${hex(64)}\n  rails (8.0.0) sha256=${hex(64)}`);

  // --- UUIDs and object ids ------------------------------------------------------------------------------
  add('Visual Studio solution project GUIDs', `Project("{${uuid(r).toUpperCase()}}") = "Acme.Billing", "src\\Acme.Billing\\Acme.Billing.csproj", "{${uuid(r).toUpperCase()}}"\nEndProject`);
  add('Java UUID constant for a namespace', `private static final UUID NAMESPACE_ORDERS = UUID.fromString("${uuid(r)}");`);
  add('Xcode project object ids', `\t\t${hex(24).toUpperCase()} /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${hex(24).toUpperCase()} /* AppDelegate.swift */; };`);
  add('Kubernetes object uid and resourceVersion', `metadata:\n  name: portal-7d9f8c6b5-x2kqp\n  uid: ${uuid(r)}\n  resourceVersion: "${r(DIGITS, 8)}"`);
  add('Terraform state resource ids', `"instances": [{"attributes": {"id": "i-0${hex(16)}", "arn": "arn:aws:ec2:eu-west-1:${r(DIGITS, 12)}:instance/i-0${hex(16)}", "ami": "ami-0${hex(16)}"}}]`);
  add('Android resource ids in R.txt', `int id action_bar 0x7f0a00${hex(2)}\nint string app_name 0x7f1300${hex(2)}`);

  // --- CSRF / nonce names without values ----------------------------------------------------------------
  add('Django template CSRF tag', '<form method="post" action="/cart/checkout">\n  {% csrf_token %}\n  <button type="submit">Pay</button>\n</form>');
  add('Laravel Blade @csrf and meta tag', '<meta name="csrf-token" content="{{ csrf_token() }}">\n<form method="POST" action="/profile">@csrf @method(\'PUT\')</form>');
  add('JS reading a CSRF token from the DOM', "const csrf = document.querySelector('meta[name=\"csrf-token\"]').getAttribute('content');\naxios.defaults.headers.common['X-CSRF-Token'] = csrf;");
  add('CSP nonce template attribute', '<script nonce="{{ request.csp_nonce }}" src="/static/app.js"></script>\nContent-Security-Policy: script-src \'self\' \'nonce-{{ request.csp_nonce }}\'');
  add('Rails protect_from_forgery and authenticity token helper', 'class ApplicationController < ActionController::Base\n  protect_from_forgery with: :exception\nend\n<%= hidden_field_tag :authenticity_token, form_authenticity_token %>');

  // --- Base64 of ordinary data ----------------------------------------------------------------------------
  add('base64 of a JSON feature config in a ConfigMap', `data:\n  features.json.b64: ${b64(JSON.stringify({ checkout: { newFlow: true, maxItems: 50 }, search: { typoTolerance: 'min' } }))}`);
  add('base64 test payload in a Go test', `payload, _ := base64.StdEncoding.DecodeString("${b64('{"event":"order.created","order_id":1042,"total":"99.50"}')}")`);
  add('base64 SVG data URI in CSS', `.logo { background-image: url("data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"><circle cx="12" cy="12" r="10" fill="#0a7"/></svg>')}"); }`);
  add('base64 of a greeting in a Kotlin test', `assertEquals("${b64('Hello from the Acme mobile team!')}", encoder.encodeToString("Hello from the Acme mobile team!".toByteArray()))`);

  // --- Public keys and certificate pins --------------------------------------------------------------------
  add('NixOS authorized SSH keys', `users.users.deploy.openssh.authorizedKeys.keys = [\n  "ssh-ed25519 ${ED25519_PUB_HEAD}${r(B64, 43)} ana@laptop"\n  "ssh-ed25519 ${ED25519_PUB_HEAD}${r(B64, 43)} ci@build-07"\n];`);
  add('JWT verification public key in a Java config', `jwt.public-key=${pem(r, 'PUBLIC KEY', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA', 392).replace(/\n/g, '\\n')}`);
  add('OkHttp certificate pinner', `val pinner = CertificatePinner.Builder()\n    .add("api.acme.io", "sha256/${r(B64, 43)}=")\n    .add("api.acme.io", "sha256/${r(B64, 43)}=")\n    .build()`);
  add('Swift pinned certificate fingerprint', `let pinnedFingerprints: Set<String> = ["${Array.from({ length: 32 }, () => r(HEXU, 2)).join(':')}"]`);
  add('JWKS with only public RSA members', `{"keys": [{"kty": "RSA", "kid": "2026-11", "use": "sig", "alg": "RS256", "n": "${r(B64URL, 342)}", "e": "AQAB"}]}`);

  // --- Feature flags, seeds, salts -------------------------------------------------------------------------
  add('feature flag keys and defaults', "const flags = { 'checkout-v2': false, 'search-typo-tolerance': true, 'enable-dark-mode': true };\nif (ldClient.variation('new-pricing-page', user, false)) render(NewPricing);");
  add('random seeds in ML code', 'np.random.seed(1234)\ntorch.manual_seed(42)\nrandom.seed(20261128)\nset_seed(SEED := 8675309)');
  add('hex seed for a property-based test', `fc.assert(fc.property(fc.string(), (s) => roundTrip(s) === s), { seed: 0x${hex(8)}, numRuns: 500 });`);
  add('salt next to its hash in a PBKDF2 test vector', `def test_pbkdf2_vector():\n    salt = bytes.fromhex("${hex(32)}")\n    expected = "${hex(64)}"\n    assert hashlib.pbkdf2_hmac("sha256", b"correct horse", salt, 600_000).hex() == expected`);

  // --- Publishable / browser keys ----------------------------------------------------------------------------
  add('Stripe publishable key in loadStripe', `const stripePromise = loadStripe('pk_live_51${r(ALNUM, 97)}');`);
  add('Algolia search-only key in React InstantSearch', `const searchClient = liteClient('${r(UPPER + DIGITS, 10)}', '${hex(32)}'); // search-only key\n<InstantSearch indexName="docs" searchClient={searchClient} />`);
  add('Mapbox public token in mapbox-gl', `mapboxgl.accessToken = 'pk.${b64urlJson({ u: 'acme-geo', a: r(LOWER + DIGITS, 25) })}.${r(B64URL, 22)}';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });`);
  add('PostHog project key in browser init', `posthog.init('phc_${r(ALNUM, 43)}', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' });`);
  add('modern Sentry DSN (public key only) in browser init', `Sentry.init({ dsn: 'https://${hex(32)}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}', tracesSampleRate: 0.2 });`);

  // --- Regexes describing key shapes --------------------------------------------------------------------------
  add('Python validator regex for OpenAI-style keys', 'OPENAI_KEY_RE = re.compile(r"^sk-(proj-)?[A-Za-z0-9_-]{20,}$")\nif not OPENAI_KEY_RE.match(value):\n    raise ValueError("not an OpenAI key")');
  add('JS regexes for GitHub and Slack tokens', 'const patterns = {\n  github: /\\bgh[pousr]_[A-Za-z0-9]{36}\\b/,\n  slack: /\\bxox[abprs]-[0-9A-Za-z-]{10,}\\b/,\n};');
  add('Go regexp for AWS key ids', 'var awsKeyID = regexp.MustCompile(`\\b(AKIA|ASIA)[A-Z2-7]{16}\\b`)');
  add('Rust regex for Stripe keys', 'let stripe = Regex::new(r"\\b(sk|rk)_(live|test)_[0-9a-zA-Z]{24,99}\\b").unwrap();');
  add('YAML scanner rule with a shape', 'rules:\n  - id: sendgrid-api-key\n    regex: \'SG\\.[\\w-]{22}\\.[\\w-]{43}\'\n    severity: high');

  // --- Redacted logs ------------------------------------------------------------------------------------------
  add('Rails filtered parameters in a log', 'Started POST "/users/sign_in" for 10.0.0.5\nParameters: {"user"=>{"email"=>"ana@acme.io", "password"=>"[FILTERED]"}, "authenticity_token"=>"[FILTERED]"}');
  add('Spring Boot actuator env with masked values', '{"name": "spring.datasource.password", "value": "******", "origin": "class path resource [application.properties] - 3:28"}');
  add('masked key suffix in an app log', '2026-11-28T05:12:44Z INFO openai client configured key=sk-proj-****...a9Qz org=org-****\n2026-11-28T05:12:45Z WARN stripe key=sk_live_...**** rate-limited');
  add('Django sensitive_variables debug page', "Variable\tValue\napi_key\t'********************'\npassword\t'********************'");
  add('HTTP client debug log with redacted auth', '> GET /v1/files/abc HTTP/1.1\n> Host: api.figma.com\n> X-Figma-Token: <redacted>\n> Authorization: Bearer [REDACTED]\n< HTTP/1.1 200 OK');

  // --- Password policy code ------------------------------------------------------------------------------------
  add('Django password validators', 'AUTH_PASSWORD_VALIDATORS = [\n    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},\n    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},\n]');
  add('Laravel password rule', "'password' => ['required', 'confirmed', Password::min(12)->mixedCase()->numbers()->symbols()->uncompromised()],");
  add('zod schema for a password field', "const signup = z.object({\n  email: z.string().email(),\n  password: z.string().min(12).max(128).regex(/[A-Z]/, 'needs an uppercase letter'),\n});");
  add('Spring Security password encoder config', '@Bean\nPasswordEncoder passwordEncoder() {\n    return new BCryptPasswordEncoder(12);\n}\nprivate static final int MIN_PASSWORD_LENGTH = 12;');

  // --- Key names in code without values ---------------------------------------------------------------------
  add('constants naming secret env vars', 'export const SECRET_NAMES = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN"] as const;');
  add('Kubernetes Secret reference by name', '      volumes:\n        - name: tls\n          secret:\n            secretName: portal-tls\n      imagePullSecrets:\n        - name: dockerhub-pull');
  add('C# options class with secret properties', 'public sealed class SmtpOptions\n{\n    public string Host { get; init; } = "smtp.acme.io";\n    public string Password { get; init; } = string.Empty;\n    public string ApiKey { get; init; } = default!;\n}');

  // --- Prose in less-covered languages (no values) --------------------------------------------------------------
  add('Finnish note that the password is in a vault', 'Salasana löytyy 1Passwordista kohdasta "Staging DB" — älä lähetä sitä chattiin.');
  add('Hungarian password policy text', 'A jelszónak legalább 12 karakterből kell állnia, és tartalmaznia kell számot és speciális karaktert.');
  add('Vietnamese password reset text', 'Bạn quên mật khẩu? Chúng tôi sẽ gửi liên kết đặt lại mật khẩu đến email của bạn trong vài phút.');
  add('Hinglish message about rotating a key', 'API key rotate kar di hai, naya wala Vault mein daal diya hai — purana aaj raat expire ho jayega.');
  add('Arabic and Hebrew policy text', 'يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.\nהסיסמה חייבת להכיל לפחות 12 תווים.');
  add('Indonesian and Greek notes without values', 'Token GitHub sudah dicabut dan diganti lewat Secrets di repo.\nΟ κωδικός άλλαξε· θα τον βρεις στο Bitwarden.');

  return out;
}
