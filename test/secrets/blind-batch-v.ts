/**
 * Blind evaluation batch V for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28: without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch P and the helpers of fixtures.ts) or any notes, and
 * without running it. Batch V aims at APPLICATION ERRORS, DEBUG OUTPUT AND TELEMETRY, where credentials
 * leak because something printed an object, a URL or a request:
 * (1) JVM: Java/Kotlin stack traces and exception messages, JDBC URLs, Spring Boot actuator dumps,
 *     Lombok / Kotlin `toString()`, Apache HttpClient wire logs, OkHttp logging, Kafka client properties,
 *     Gradle publishing errors;
 * (2) Python: tracebacks (source lines, pytest `--showlocals`, rich locals), Sentry frame vars, Django
 *     debug settings, dataclass / pydantic / Flask Config reprs, urllib3 and requests errors, psycopg2;
 * (3) Node/TypeScript: axios errors in `util.inspect` form, config objects, ERR_INVALID_URL `input`,
 *     Express request headers, pino JSON, node-fetch errors, a logged Stripe client;
 * (4) Go `%+v` / `%#v` dumps, zap JSON, gRPC metadata; Rust `{:?}` / `dbg!` output and reqwest errors;
 *     .NET exceptions, record and anonymous-type `ToString()`, HttpClient logs, configuration debug view;
 *     PHP var_dump / print_r / stack-trace arguments / whoops env tables; Ruby inspect, Rails params,
 *     Sidekiq and Faraday errors; Elixir keyword lists and Tesla.Env; Erlang crash reports;
 * (5) telemetry: Sentry event JSON, OpenTelemetry span and resource attributes (console exporter,
 *     collector debug exporter, env), logfmt / JSON / ECS logs, nginx, squid, ALB and HAProxy access logs;
 * (6) operations: PostgreSQL and MariaDB statement logs, `kubectl describe` / `get -o yaml`, helm
 *     `--debug`, Terraform plan / apply / TF_LOG, Ansible `-vvv`, CI job logs where masking failed.
 *
 * Negatives use the same formats: values redacted by the tool that printed them (`[REDACTED]`,
 * `[Filtered]`, `[FILTERED]`, `***`, `****`, `[MASKED]`, `<masked>`, `[hidden]`, `<secret>`, `██`,
 * `(sensitive value)`, `<sensitive>`, `SensitiveParameterValue`, `VALUE_SPECIFIED_IN_NO_LOG_PARAMETER`),
 * null / empty secret fields, one-way hashes, request / trace / span / event / job ids, object ids,
 * container and image digests, public keys and publishable tokens, placeholders and env var names.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the vendor
 * uses as I remember it (prefix, alphabet, length; GitHub tokens get a CRC32 tail). The file holds no
 * literal key; the OpenAI marker and the AWS documentation key id are assembled from parts.
 *
 * Judgment calls:
 * - Where a user name and a password sit together, `secret` is the password. Where an id and a secret sit
 *   together (AWS key id + secret key, Twilio SID + auth token, Confluent key + secret, SES SMTP user +
 *   password), `secret` is the secret half. A random AKIA key id never appears in a negative; the only
 *   key id in a negative is AWS's documented example, next to a redacted secret.
 * - HTTP Basic credentials are found as the base64 blob (`secret` is the blob), including a blob a CI
 *   script derived from masked variables (masking does not cover derived values: still a POSITIVE).
 * - Kubernetes Secret `data:` values are base64 of the password: POSITIVE (base64 is not protection).
 * - Where a debug format splits a webhook URL (Rust's `Url { path: ... }`), `secret` is the token path
 *   segment; where the URL is printed whole (Sentry breadcrumb), `secret` is the whole URL.
 * - A Django `sessionid` cookie value in an access log is a POSITIVE (it is a bearer credential for a
 *   logged-in session). Session ids that cannot be presented to log in are NEGATIVES: PostgreSQL's `%c`
 *   log session id, Oracle SID/SERIAL#, the OpenTelemetry RUM `session.id`, Sentry's release-health `sid`.
 *   The `csrftoken` next to the session cookie is not a credential on its own and is not the secret.
 * - Context-only secrets count as POSITIVES when the field name says what they are: Datadog API key
 *   (32 hex), Postmark server token (a UUID), OpenWeather `appid`, a Jenkins webhook `token=`, a Django /
 *   Flask SECRET_KEY, Laravel APP_KEY, a Cloudflare API token, plain database passwords.
 * - A Google `AIza` key used in a server-side geocoding call is a POSITIVE.
 * - A cloudflared `--token` (base64 JSON with the tunnel secret) is a POSITIVE.
 * - Publishable / public-by-design values are NEGATIVES: Stripe `pk_live_`, a Mapbox `pk.` token, JWKS
 *   public keys, SSH public keys, the kube-root-ca certificate.
 * - Partially masked keys (Stripe's `sk_live_****…abcd` in its own error message) are NEGATIVES.
 * - One-way password hashes are NEGATIVES: bcrypt in a Laravel `dd()`, a PostgreSQL SCRAM verifier,
 *   a MySQL `mysql_native_password` hash.
 * - Ids of every kind (UUID request ids, W3C traceparent, trace/span ids, Sentry event ids, X-Amzn-Trace-Id,
 *   Sidekiq jids, Mongo ObjectIds, Stripe object ids, idempotency keys, container ids, image digests,
 *   git SHAs, cache keys, Oracle SQL_ID, Ansible ControlPath hashes) are NEGATIVES.
 * - References to secrets (`<set to the key 'password' in secret ...>`, `existingSecret`, `${env:...}`,
 *   `providers.gradleProperty(...)`, `--mount=type=secret`) are NEGATIVES.
 */
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
  positiveBatch,
  randomChars,
  uuid,
  crcToken,
  b64urlJson,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** The blob of an HTTP Basic `Authorization` header. */
const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`, 'utf8').toString('base64');
/** The marker inside OpenAI project keys, assembled from parts. */
const OPENAI_MARK = ['T3Blbk', 'FJ'].join('');
/** AWS's documentation example key id, assembled from parts. */
const AWS_EXAMPLE_ID = ['AKIAIOSF', 'ODNN7', 'EXAMPLE'].join('');

/** An HS256 JWT with the given claims and a random signature. */
function jwt(r: R, claims: Record<string, unknown>): string {
  return `${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson(claims)}.${r(B64URL, 43)}`;
}

/** A 32-byte key in base64: 43 characters, the last one limited, then `=`. */
function key32(r: R): string {
  return `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
}

/** PHP var_dump of a string. */
const vdump = (v: string): string => `string(${Buffer.byteLength(v, 'utf8')}) "${v}"`;

const WORDS = [
  'anvil',
  'beacon',
  'cinder',
  'delta',
  'falcon',
  'garnet',
  'harbor',
  'indigo',
  'jasper',
  'kraken',
  'lantern',
  'maple',
  'nimbus',
  'orchid',
  'pylon',
  'quartz',
] as const;

export function batchVPositives(seed = 'blind-v-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  /** A made-up password with one shell-unfriendly symbol; only used inside quotes or non-URL fields. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** A made-up password with only `-`, `_`, `.` as symbols (safe in URLs, DSNs and command lines). */
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 6)}`;
  /** A password of at most 13 characters (fits PHP's 15-character stack-trace argument limit). */
  const shortpw = (): string => `${cap(word()).slice(0, 5)}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 5)}`;
  const plain = (n: number): string => `${r(UPPER, 1)}${r(ALNUM, n - 1)}`;
  const akid = (): string => `AKIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const stripeLive = (kind: 'sk' | 'rk'): string => `${kind}_live_51${r(ALNUM, 96)}`;
  const atlassian = (): string => `ATATT3xFfGF0${r(B64URL, 170)}=${r(HEXU, 8)}`;
  const iat = 1795860000 + Number(r(DIGITS, 4));

  // --- (1) JVM: Java / Kotlin ---------------------------------------------------------------------------
  add('Java exception message with MySQL JDBC URL password', netpw(), (s) => `2026-11-28 09:14:07.412 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed

java.lang.IllegalStateException: Cannot open connection to jdbc:mysql://orders-db.internal:3306/orders?user=orders_rw&password=${s}&useSSL=true&serverTimezone=UTC
\tat com.corp.orders.db.ConnectionFactory.open(ConnectionFactory.java:58)
\tat com.corp.orders.OrdersApplication.main(OrdersApplication.java:21)
Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:175)
\t... 2 common frames omitted`);
  add('Spring Boot actuator env dump with DATABASE_URL password', netpw(), (s) => `$ curl -s https://billing.corp.example/actuator/env | jq -c '.propertySources[2]'
{"name":"systemEnvironment","properties":{"JAVA_HOME":{"value":"/opt/java/openjdk","origin":"System Environment Property \\"JAVA_HOME\\""},"SPRING_DATASOURCE_PASSWORD":{"value":"******","origin":"System Environment Property \\"SPRING_DATASOURCE_PASSWORD\\""},"DATABASE_URL":{"value":"postgres://billing:${s}@billing-db.internal:5432/billing?sslmode=require","origin":"System Environment Property \\"DATABASE_URL\\""}}}`);
  add('Lombok toString of mail settings with SendGrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `2026-11-28T09:14:07.118Z  INFO 1 --- [notify] [           main] c.c.notify.config.MailConfiguration      : Mail settings: MailSettings(host=smtp.sendgrid.net, port=587, username=apikey, password=${s}, from=noreply@corp.example, starttls=true)`);
  add('Kotlin data class toString with AWS secret key in exception', awsSecret(), (s) => `Exception in thread "main" java.lang.IllegalArgumentException: Invalid region 'eu-west-9' in AwsConfig(region=eu-west-9, accessKeyId=${akid()}, secretAccessKey=${s}, bucket=corp-exports, useInstanceProfile=false)
\tat com.corp.exports.AwsConfigKt.validate(AwsConfig.kt:27)
\tat com.corp.exports.MainKt.main(Main.kt:14)`);
  add('Apache HttpClient wire log Basic authorization', basic('svc-jira@corp.example', atlassian()), (s) => `2026-11-28 09:14:07,551 DEBUG [org.apache.http.headers] http-outgoing-3 >> POST /rest/api/2/issue HTTP/1.1
2026-11-28 09:14:07,551 DEBUG [org.apache.http.headers] http-outgoing-3 >> Content-Type: application/json
2026-11-28 09:14:07,551 DEBUG [org.apache.http.headers] http-outgoing-3 >> Authorization: Basic ${s}
2026-11-28 09:14:07,551 DEBUG [org.apache.http.headers] http-outgoing-3 >> Host: corp.atlassian.net
2026-11-28 09:14:07,551 DEBUG [org.apache.http.headers] http-outgoing-3 >> Connection: Keep-Alive
2026-11-28 09:14:07,902 DEBUG [org.apache.http.headers] http-outgoing-3 << HTTP/1.1 400 Bad Request`);
  add('OkHttp logging interceptor with OpenAI key', `sk-proj-${r(B64URL, 74)}${OPENAI_MARK}${r(B64URL, 74)}`, (s) => `2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: --> POST https://api.openai.com/v1/chat/completions
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: Content-Length: 214
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: Authorization: Bearer ${s}
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: --> END POST (214-byte body)
2026-11-28 09:14:07.602 I/okhttp.OkHttpClient: <-- 429 https://api.openai.com/v1/chat/completions (484ms)`);
  add('SQL Server JDBC URL password in retry warning', netpw(), (s) => `2026-11-28 09:14:07,118 WARN  [c.c.b.DataSourceFactory] Retrying connection (attempt 3/5) with jdbc:sqlserver://sql01.corp.example:1433;databaseName=Billing;user=billing_app;password=${s};encrypt=true;trustServerCertificate=false
com.microsoft.sqlserver.jdbc.SQLServerException: The TCP/IP connection to the host sql01.corp.example, port 1433 has failed. Error: "Connection timed out: no further information.. Verify the connection properties."
\tat com.microsoft.sqlserver.jdbc.SQLServerException.makeFromDriverError(SQLServerException.java:237)
\tat com.microsoft.sqlserver.jdbc.SQLServerConnection.connectHelper(SQLServerConnection.java:3447)`);
  add('Oracle thin URL user/password after SQLRecoverableException', plain(12), (s) => `java.sql.SQLRecoverableException: IO Error: The Network Adapter could not establish the connection (CONNECTION_ID=${r(B64, 22)}==)
\tat oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:858)
\tat oracle.jdbc.driver.PhysicalConnection.connect(PhysicalConnection.java:793)
2026-11-28 09:14:07 ERROR ReportJob - datasource url=jdbc:oracle:thin:rpt_reader/${s}@//ora01.corp.example:1521/ORCLPDB1`);
  add('Kafka producer Properties toString with Confluent API secret', r(`${ALNUM}+/`, 64), (s) => `2026-11-28 09:14:07.118 INFO  c.c.ingest.KafkaSetup - producer props: {bootstrap.servers=pkc-4nym6.eu-west-1.aws.confluent.cloud:9092, security.protocol=SASL_SSL, sasl.mechanism=PLAIN, sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r(UPPER + DIGITS, 16)}" password="${s}";, acks=all, client.id=ingest-7}`);
  add('Gradle publish error with credentials in repository URL', netpw(), (s) => `> Task :app:publishMavenPublicationToNexusRepository FAILED

FAILURE: Build failed with an exception.

* What went wrong:
Execution failed for task ':app:publishMavenPublicationToNexusRepository'.
> Failed to publish publication 'maven' to repository 'nexus'
   > Could not PUT 'https://deploy:${s}@nexus.corp.example/repository/maven-releases/com/corp/app/2.14.1/app-2.14.1.jar'. Received status code 401 from server: Unauthorized`);
  add('Java System.getenv() map with Datadog API key', hex(32), (s) => `2026-11-28 09:14:07.118 DEBUG c.c.agent.Bootstrap - environment: {PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin, HOSTNAME=ingest-7c9f8d-x2k4p, JAVA_VERSION=21.0.5, DD_SITE=datadoghq.eu, DD_API_KEY=${s}, DD_ENV=prod, HOME=/root}`);
  add('Spring HttpHeaders toString with GitHub token', crcToken(r, 'ghp_'), (s) => `2026-11-28 09:14:07.118 DEBUG 1 --- [nio-8080-exec-4] c.c.repo.GitHubClient : Request GET https://api.github.com/orgs/corp/repos?per_page=100 headers=[Accept:"application/vnd.github+json", Authorization:"token ${s}", X-GitHub-Api-Version:"2022-11-28"]
2026-11-28 09:14:07.402 ERROR 1 --- [nio-8080-exec-4] c.c.repo.GitHubClient : org.springframework.web.client.HttpClientErrorException$Forbidden: 403 Forbidden: "{"message":"Resource not accessible by personal access token"}"`);

  // --- (2) Python ----------------------------------------------------------------------------------------
  add('Python traceback source line with boto3 secret key', awsSecret(), (s) => `Traceback (most recent call last):
  File "/opt/etl/export_orders.py", line 31, in <module>
    boto3.client("s3", region_name="eu-west-1", aws_access_key_id="${akid()}", aws_secret_access_key="${s}").upload_file(path, "corp-exports", key)
  File "/opt/etl/.venv/lib/python3.12/site-packages/boto3/s3/inject.py", line 145, in upload_file
    return transfer.upload_file(
botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: The AWS Access Key Id you provided does not exist in our records.`);
  add('pytest --showlocals with GitLab token', `glpat-${r(`${ALNUM}-_`, 20)}`, (s) => `________________________________ test_create_release ________________________________

gitlab_url = 'https://gitlab.corp.example'

    def test_create_release(gitlab_url):
        headers = {"PRIVATE-TOKEN": os.environ["GITLAB_TOKEN"]}
        resp = requests.post(f"{gitlab_url}/api/v4/projects/412/releases", headers=headers, json={"tag_name": "v2.14.1"})
>       assert resp.status_code == 201
E       assert 403 == 201
E        +  where 403 = <Response [403]>.status_code

gitlab_url = 'https://gitlab.corp.example'
headers    = {'PRIVATE-TOKEN': '${s}'}
resp       = <Response [403]>

tests/test_release.py:14: AssertionError`);
  add('Sentry Python frame vars with Stripe restricted key', stripeLive('rk'), (s) => `{"event_id":"${hex(32)}","platform":"python","level":"error","exception":{"values":[{"type":"PermissionError","module":"stripe.error","value":"The provided key does not have the required permissions for this endpoint.","stacktrace":{"frames":[{"filename":"billing/refunds.py","function":"issue_refund","lineno":47,"in_app":true,"vars":{"charge_id":"'ch_${r(ALNUM, 24)}'","amount":"1999","stripe_key":"'${s}'"}}]}}]}}`);
  add('Django debug page settings with CELERY_BROKER_URL password', netpw(), (s) => `Settings
Using settings module config.settings.production
Setting\tValue
ALLOWED_HOSTS\t['shop.corp.example']
CELERY_BROKER_URL\t'amqp://shop:${s}@rabbitmq.internal:5672/shop'
DATABASES\t{'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db', 'NAME': 'shop', 'PASSWORD': '********************', 'PORT': '', 'USER': 'shop'}}
DEBUG\tTrue
SECRET_KEY\t'********************'`);
  add('Python dataclass repr with database password', pw(), (s) => `2026-11-28 09:14:07,118 INFO ledger.config: loaded DBSettings(host='pg.internal', port=5432, user='ledger', password='${s}', sslmode='require', pool_size=10)`);
  add('pydantic settings repr with Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `2026-11-28 09:14:07,118 DEBUG app.llm: client init with Settings(anthropic_api_key='${s}', default_model='claude-sonnet', max_tokens=1024, timeout=30.0)`);
  add('urllib3 debug log with Telegram bot token in path', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.telegram.org:443
DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "POST /bot${s}/sendMessage HTTP/1.1" 200 312`);
  add('psycopg2 DSN with password in error log', netpw(), (s) => `2026-11-28 09:14:07,118 ERROR worker.db: connect failed for dsn 'host=pg.internal port=5432 dbname=ledger user=ledger_rw password=${s} sslmode=require connect_timeout=5'
psycopg2.OperationalError: connection to server at "pg.internal" (10.0.3.14), port 5432 failed: timeout expired`);
  add('Flask Config repr with SECRET_KEY', hex(64), (s) => `[2026-11-28 09:14:07,118] DEBUG in app: <Config {'DEBUG': False, 'TESTING': False, 'PROPAGATE_EXCEPTIONS': None, 'SECRET_KEY': '${s}', 'PERMANENT_SESSION_LIFETIME': datetime.timedelta(days=31), 'SESSION_COOKIE_NAME': 'session', 'SQLALCHEMY_DATABASE_URI': 'sqlite:///shop.db'}>`);
  add('requests ConnectionError with Google API key in URL', `AIza${r(B64URL, 35)}`, (s) => `requests.exceptions.ConnectionError: HTTPSConnectionPool(host='maps.googleapis.com', port=443): Max retries exceeded with url: /maps/api/geocode/json?address=Jungfernstieg+7%2C+Hamburg&key=${s} (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3a1c2b9d50>: Failed to resolve 'maps.googleapis.com' ([Errno -3] Temporary failure in name resolution)"))`);
  add('rich traceback locals with Replicate token', `r8_${r(ALNUM, 37)}`, (s) => `╭──────────────────── Traceback (most recent call last) ────────────────────╮
│ /app/gen/run.py:22 in main                                                │
│                                                                           │
│   21 │   client = replicate.Client(api_token=token)                       │
│ ❱ 22 │   out = client.run(model, input={"prompt": prompt})                │
│                                                                           │
│ ╭──────────────────────────────── locals ───────────────────────────────╮ │
│ │  model = 'corp/sdxl-brand:${hex(64)}' │ │
│ │ prompt = 'product shot, white background'                             │ │
│ │  token = '${s}'              │ │
│ ╰───────────────────────────────────────────────────────────────────────╯ │
╰───────────────────────────────────────────────────────────────────────────╯
ReplicateError: Invalid version or not permitted`);

  // --- (3) Node / TypeScript ------------------------------------------------------------------------------
  add('axios error util.inspect with Slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `AxiosError: Request failed with status code 403
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3135:11) {
  code: 'ERR_BAD_REQUEST',
  config: {
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false },
    adapter: [ 'xhr', 'http', 'fetch' ],
    timeout: 0,
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/json',
      Authorization: 'Bearer ${s}',
      'User-Agent': 'axios/1.7.7'
    },
    method: 'post',
    url: 'https://slack.com/api/chat.postMessage',
    data: '{"channel":"C0${r(UPPER + DIGITS, 9)}","text":"deploy finished"}'
  },`);
  add('axios error config auth with Mailgun key', `key-${hex(32)}`, (s) => `AxiosError: Request failed with status code 401
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    timeout: 10000,
    headers: Object [AxiosHeaders] { Accept: 'application/json, text/plain, */*', 'Content-Type': 'multipart/form-data' },
    auth: { username: 'api', password: '${s}' },
    method: 'post',
    url: 'https://api.mailgun.net/v3/mg.corp.example/messages'
  },`);
  add('util.inspect of app config with JWT secret', r(B64URL, 48), (s) => `[config] {
  env: 'production',
  port: 8080,
  db: { host: 'pg.internal', port: 5432, user: 'api', database: 'api' },
  auth: {
    issuer: 'https://auth.corp.example/',
    jwtSecret: '${s}',
    accessTtl: '15m'
  },
  features: [ 'orders', 'refunds' ]
}`);
  add('Node ERR_INVALID_URL input with Redis password', netpw(), (s) => `node:internal/url:816
    href = bindingUrl.parse(input, base, true);
                      ^

TypeError: Invalid URL
    at new URL (node:internal/url:816:25)
    at parseRedisUrl (/app/dist/cache.js:14:17)
    at Object.<anonymous> (/app/dist/index.js:9:15) {
  code: 'ERR_INVALID_URL',
  input: 'redis://default:${s}@redis-14012.c1.eu-west-1-2.ec2.redns.redis-cloud.com:14012 /0'
}

Node.js v22.11.0`);
  add('MongoDB SRV URI with password in connect error', netpw(), (s) => `MongoServerSelectionError: connection <monitor> to 52.17.0.12:27017 closed
    at Topology.selectServer (/app/node_modules/mongodb/lib/sdam/topology.js:303:38)
    at async MongoClient._connect (/app/node_modules/mongodb/lib/mongo_client.js:232:13)
[db] failed to connect to mongodb+srv://orders_app:${s}@cluster0.x1y2z.mongodb.net/orders?retryWrites=true&w=majority`);
  add('Express error handler printing request headers with JWT', jwt(r, { sub: uuid(r), iss: 'https://auth.corp.example/', aud: 'orders-api', scope: 'orders:read orders:write', iat, exp: iat + 3600 }), (s) => `[2026-11-28T09:14:07.118Z] ERROR unhandled error on PATCH /api/orders/1842 TypeError: Cannot read properties of undefined (reading 'id')
    at /app/dist/routes/orders.js:88:41
headers: {
  host: 'api.corp.example',
  'user-agent': 'okhttp/4.12.0',
  authorization: 'Bearer ${s}',
  'content-type': 'application/json',
  'x-request-id': '${uuid(r)}'
}`);
  add('pino JSON log with DigitalOcean token header', `dop_v1_${hex(64)}`, (s) => `{"level":50,"time":1795860847118,"pid":7,"hostname":"infra-bot-5d9c","req":{"method":"POST","url":"https://api.digitalocean.com/v2/droplets","headers":{"content-type":"application/json","authorization":"Bearer ${s}"}},"err":{"type":"Error","message":"Request failed with status 422"},"msg":"droplet create failed"}`);
  add('node-fetch error with Shopify access token in request options', `shpat_${hex(32)}`, (s) => `FetchError: request to https://corp-store.myshopify.com/admin/api/2024-10/orders.json?status=any failed, reason: socket hang up
    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1501:11) {
  type: 'system',
  errno: 'ECONNRESET',
  code: 'ECONNRESET'
}
request options: { method: 'GET', headers: { 'X-Shopify-Access-Token': '${s}', Accept: 'application/json' } }`);
  add('console.log of a Stripe client object', stripeLive('sk'), (s) => `> console.log(stripe)
Stripe {
  VERSION: '14.25.0',
  on: [Function: bound addListener],
  _api: {
    auth: 'Bearer ${s}',
    host: 'api.stripe.com',
    port: '443',
    protocol: 'https',
    basePath: '/v1/',
    version: '2023-10-16',
    timeout: 80000,
    maxNetworkRetries: 1,
    agent: null,
    dev: false
  },`);

  // --- (4a) Go and Rust -------------------------------------------------------------------------------------
  add('Go %+v config dump before panic', pw(), (s) => `2026/11/28 09:14:07 config: {Addr::8080 LogLevel:debug DB:{Host:pg.internal Port:5432 User:orders Password:${s} Name:orders SSLMode:require} Redis:{Addr:redis:6379 DB:0}}
panic: startup: open database: pq: password authentication failed for user "orders"

goroutine 1 [running]:
main.main()
\t/src/cmd/orders/main.go:41 +0x3a5
exit status 2`);
  add('Go %+v of aws.Credentials', awsSecret(), (s) => `2026/11/28 09:14:07 DEBUG resolved credentials: {AccessKeyID:${akid()} SecretAccessKey:${s} SessionToken: Source:EnvConfigCredentials CanExpire:false Expires:0001-01-01 00:00:00 +0000 UTC AccountID:}`);
  add('Go %#v of Twilio config', hex(32), (s) => `2026/11/28 09:14:07 sms: send failed (20003 Authenticate) cfg=&sms.TwilioConfig{AccountSID:"AC${hex(32)}", AuthToken:"${s}", From:"+15005550006", StatusCallback:"https://notify.corp.example/twilio/status"}`);
  add('zap JSON log with Postgres DSN', netpw(), (s) => `{"level":"info","ts":1795860847.118,"caller":"store/postgres.go:52","msg":"connecting to database","dsn":"postgres://inventory:${s}@pg.internal:5432/inventory?sslmode=require","max_conns":20}`);
  add('Go gRPC metadata map with bearer JWT', jwt(r, { sub: 'svc:invoicing', aud: 'billing.internal', iat, exp: iat + 900 }), (s) => `2026/11/28 09:14:07 interceptor: unary call /billing.v1.Invoices/Create md=map[:authority:[billing.internal:9090] authorization:[Bearer ${s}] content-type:[application/grpc] user-agent:[grpc-go/1.67.1]]
2026/11/28 09:14:07 interceptor: /billing.v1.Invoices/Create failed: rpc error: code = PermissionDenied desc = missing scope invoices:write`);
  add('Rust Debug of config with database URL', netpw(), (s) => `[2026-11-28T09:14:07Z DEBUG inventory_svc::config] loaded Config { listen: 0.0.0.0:8080, database_url: "postgres://inventory:${s}@pg.internal:5432/inventory", redis_url: "redis://redis:6379/0", log_level: "debug" }`);
  add('reqwest error Url debug with Discord webhook token in path', r(B64URL, 68), (s) => `Error: reqwest::Error { kind: Status(401), url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("discord.com")), port: None, path: "/api/webhooks/1${r(DIGITS, 18)}/${s}", query: None, fragment: None } }`);
  add('Rust dbg! of settings with SES SMTP password', `B${r(`${ALNUM}+/`, 43)}`, (s) => `[src/main.rs:31:5] &settings = Settings {
    smtp: SmtpSettings {
        host: "email-smtp.eu-west-1.amazonaws.com",
        port: 587,
        username: "${akid()}",
        password: "${s}",
    },
    from: "noreply@corp.example",
}`);

  // --- (4b) .NET ---------------------------------------------------------------------------------------------
  add('.NET log of SQL connection string with Password', pw(), (s) => `fail: Microsoft.EntityFrameworkCore.Database.Connection[20004]
      An error occurred using the connection to database 'Billing' on server 'tcp:corp-sql.database.windows.net,1433'.
fail: Billing.Api.Startup[0]
      Database unavailable. Connection string: Server=tcp:corp-sql.database.windows.net,1433;Initial Catalog=Billing;Persist Security Info=False;User ID=billing_app;Password=${s};MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;
      Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.`);
  add('C# record ToString with Azure storage AccountKey', `${r(B64, 85)}${r('AQgw', 1)}==`, (s) => `info: Uploads.Worker[0]
      Starting with StorageOptions { ConnectionString = DefaultEndpointsProtocol=https;AccountName=corpuploads;AccountKey=${s};EndpointSuffix=core.windows.net, Container = uploads, MaxParallelism = 4 }`);
  add('HttpClient log with Azure SAS signature', encodeURIComponent(key32(r)), (s) => `info: System.Net.Http.HttpClient.BackupClient.LogicalHandler[100]
      Start processing HTTP request PUT https://corpbackups.blob.core.windows.net/sql/billing-20261128.bak?sv=2022-11-02&ss=b&srt=o&sp=wc&se=2026-11-29T09:14:07Z&st=2026-11-28T09:14:07Z&spr=https&sig=${s}
info: System.Net.Http.HttpClient.BackupClient.ClientHandler[100]
      Sending HTTP request PUT https://corpbackups.blob.core.windows.net/sql/billing-20261128.bak?sv=2022-11-02&ss=b&srt=o&sp=wc&se=2026-11-29T09:14:07Z&st=2026-11-28T09:14:07Z&spr=https&sig=${s}`);
  add('C# anonymous object ToString with Entra client secret', `${r(ALNUM, 3)}${r('78', 1)}Q~${r(`${ALNUM}_~.-`, 34)}`, (s) => `warn: Graph.Sync.TokenProvider[0]
      Token request failed for { TenantId = ${uuid(r)}, ClientId = ${uuid(r)}, ClientSecret = ${s}, Authority = https://login.microsoftonline.com/ }
      Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided.`);
  add('.NET configuration GetDebugView with Redis password', key32(r), (s) => `ConnectionStrings:
  Redis=corp-cache.redis.cache.windows.net:6380,password=${s},ssl=True,abortConnect=False (JsonConfigurationProvider for 'appsettings.Production.json' (Optional))
Logging:
  LogLevel:
    Default=Information (JsonConfigurationProvider for 'appsettings.json' (Optional))`);

  // --- (4c) PHP, Ruby, Elixir, Erlang -------------------------------------------------------------------------
  add('PHP var_dump of database config', pw(), (s) => `array(5) {
  ["driver"]=>
  ${vdump('mysql')}
  ["host"]=>
  ${vdump('shop-db.internal')}
  ["database"]=>
  ${vdump('shop')}
  ["username"]=>
  ${vdump('shop_rw')}
  ["password"]=>
  ${vdump(s)}
}`);
  add('PHP print_r of connection array', pw(), (s) => `Array
(
    [driver] => pgsql
    [host] => 10.0.3.14
    [port] => 5432
    [username] => crm
    [password] => ${s}
    [charset] => utf8
)`);
  add('PHP 7 stack trace with PDO constructor arguments', shortpw(), (s) => `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/shop/lib/Db.php:14
Stack trace:
#0 /var/www/shop/lib/Db.php(14): PDO->__construct('mysql:host=shop...', 'shop_rw', '${s}')
#1 /var/www/shop/index.php(8): Db::connect()
#2 {main}
  thrown in /var/www/shop/lib/Db.php on line 14`);
  add('whoops error page environment table with Laravel APP_KEY', `base64:${key32(r)}`, (s) => `Environment Variables
APP_NAME\t"Corp Shop"
APP_ENV\tproduction
APP_KEY\t${s}
APP_DEBUG\ttrue
APP_URL\thttps://shop.corp.example
LOG_CHANNEL\tstack`);
  add('Ruby hash inspect of SMTP settings', pw(), (s) => `I, [2026-11-28T09:14:07.118412 #7]  INFO -- : ActionMailer smtp_settings: {address: "smtp.mailgun.org", port: 587, user_name: "postmaster@mg.corp.example", password: "${s}", authentication: :plain, enable_starttls_auto: true}`);
  add('Rails log parameters with Stripe webhook secret', `whsec_${r(ALNUM, 32)}`, (s) => `Started PATCH "/admin/integrations/3" for 10.0.4.17 at 2026-11-28 09:14:07 +0000
Processing by Admin::IntegrationsController#update as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "integration"=>{"provider"=>"stripe", "webhook_secret"=>"${s}"}, "commit"=>"Save", "id"=>"3"}
Completed 302 Found in 41ms (ActiveRecord: 6.2ms | Allocations: 8812)`);
  add('Sidekiq job args with Postmark server token', uuid(r), (s) => `2026-11-28T09:14:07.118Z pid=7 tid=2dmf class=WelcomeMailerJob jid=${hex(24)} elapsed=0.412 INFO: fail
2026-11-28T09:14:07.119Z pid=7 tid=2dmf WARN: {"context":"Job raised exception","job":{"retry":true,"queue":"mailers","class":"WelcomeMailerJob","args":["jdoe@example.com",{"postmark_server_token":"${s}"}],"jid":"${hex(24)}","created_at":1795860846.7}}
2026-11-28T09:14:07.119Z pid=7 tid=2dmf WARN: Postmark::InvalidApiKeyError: The Server Token you provided in the X-Postmark-Server-Token header was invalid.`);
  add('Faraday error inspect with Linear API key header', `lin_api_${r(ALNUM, 40)}`, (s) => `#<Faraday::UnauthorizedError response={:status=>401, :headers=>{"content-type"=>"application/json"}, :body=>"{\\"errors\\":[{\\"message\\":\\"Authentication required\\"}]}", :request=>{:method=>:post, :url=>#<URI::HTTPS https://api.linear.app/graphql>, :url_path=>"/graphql", :params=>nil, :headers=>{"Authorization"=>"${s}", "Content-Type"=>"application/json", "User-Agent"=>"Faraday v2.12.0"}, :body=>"{\\"query\\":\\"{ viewer { id } }\\"}"}}>`);
  add('Elixir Repo config keyword list in log', pw(), (s) => `09:14:07.118 [error] Postgrex.Protocol (#PID<0.412.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db.internal:5432): connection refused - :econnrefused
09:14:07.119 [debug] MyApp.Repo config: [otp_app: :my_app, timeout: 15000, pool_size: 10, hostname: "db.internal", username: "my_app", password: "${s}", database: "my_app_prod", ssl: true]`);
  add('Erlang crash report with amqp_params_network password', netpw(), (s) => `=CRASH REPORT==== 28-Nov-2026::09:14:07.118 ===
  crasher:
    initial call: amqp_gen_connection:init/1
    pid: <0.612.0>
    registered_name: []
    exception exit: {connection_failed,{amqp_params_network,<<"ingest">>,<<"${s}">>,<<"/ingest">>,"rabbitmq.internal",5672,2047,0,10,60000,none,[fun amqp_auth_mechanisms:plain/3,fun amqp_auth_mechanisms:amqplain/3],[],[]}}`);
  add('Elixir Tesla.Env inspect with Hugging Face token', `hf_${r(UPPER + LOWER, 34)}`, (s) => `** (Tesla.Error) %Tesla.Env{method: :post, url: "https://api-inference.huggingface.co/models/corp/intent-classifier", query: [], headers: [{"authorization", "Bearer ${s}"}, {"content-type", "application/json"}], body: "{\\"inputs\\":\\"where is my order\\"}", status: 503, opts: [], __module__: MyApp.HF, __client__: %Tesla.Client{fun: nil, pre: [], post: [], adapter: nil}}`);

  // --- (5) Telemetry: Sentry, OpenTelemetry, logs ---------------------------------------------------------------
  add('Sentry event request headers with Vault token', `hvs.${r(ALNUM, 24)}`, (s) => `{"event_id":"${hex(32)}","timestamp":"2026-11-28T09:14:07.118Z","platform":"python","level":"error","request":{"url":"https://secrets-sync.corp.example/api/rotate","method":"POST","headers":{"Host":"secrets-sync.corp.example","User-Agent":"python-requests/2.32.3","X-Vault-Token":"${s}"}},"exception":{"values":[{"type":"PermissionError","value":"permission denied"}]}}`);
  add('Sentry breadcrumb with Slack webhook URL', `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `"breadcrumbs":{"values":[{"type":"http","category":"httplib","level":"info","data":{"url":"${s}","method":"POST","status_code":404,"reason":"Not Found"},"timestamp":1795860847.118}]}`);
  add('OpenTelemetry console exporter span with appid in http.url', hex(32), (s) => `{
    "name": "GET",
    "context": {
        "trace_id": "0x${hex(32)}",
        "span_id": "0x${hex(16)}",
        "trace_state": "[]"
    },
    "kind": "SpanKind.CLIENT",
    "parent_id": "0x${hex(16)}",
    "status": {"status_code": "UNSET"},
    "attributes": {
        "http.method": "GET",
        "http.url": "https://api.openweathermap.org/data/2.5/weather?q=Hamburg&units=metric&appid=${s}",
        "http.status_code": 200
    }
}`);
  add('OpenTelemetry db.statement with ALTER USER password', pw(), (s) => `Span: ALTER reporting  (postgresql)
  span.kind=client
  db.system=postgresql
  db.name=analytics
  db.user=migrator
  db.statement="ALTER USER reporting WITH PASSWORD '${s}'"
  net.peer.name=pg.internal`);
  add('OpenTelemetry resource process.command_args with password flag', netpw(), (s) => `Resource SchemaURL: https://opentelemetry.io/schemas/1.26.0
Resource attributes:
     -> service.name: Str(ledger-sync)
     -> process.pid: Int(7)
     -> process.executable.path: Str(/usr/local/bin/ledger-sync)
     -> process.command_args: Slice(["/usr/local/bin/ledger-sync","--db-host=pg.internal","--db-password=${s}","--interval=60s"])
     -> telemetry.sdk.language: Str(go)`);
  add('Collector debug exporter with authorization header attribute', basic('metrics', netpw()), (s) => `Span #0
    Trace ID       : ${hex(32)}
    Parent ID      :
    ID             : ${hex(16)}
    Name           : POST /v1/ingest
    Kind           : Server
    Start time     : 2026-11-28 09:14:07.118 +0000 UTC
    End time       : 2026-11-28 09:14:07.131 +0000 UTC
    Status code    : Unset
Attributes:
     -> http.request.method: Str(POST)
     -> url.path: Str(/v1/ingest)
     -> http.request.header.authorization: Slice(["Basic ${s}"])
     -> http.response.status_code: Int(204)`);
  add('OTEL_EXPORTER_OTLP_HEADERS with Dynatrace token in env listing', `dt0c01.${r(UPPER + DIGITS, 24)}.${r(UPPER + DIGITS, 64)}`, (s) => `$ kubectl exec deploy/checkout -- env | grep OTEL
OTEL_SERVICE_NAME=checkout
OTEL_EXPORTER_OTLP_ENDPOINT=https://abc12345.live.dynatrace.com/api/v2/otlp
OTEL_EXPORTER_OTLP_HEADERS=Authorization=Api-Token%20${s}
OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf`);
  add('OpenTelemetry collector startup log with New Relic license key', `${hex(36)}NRAL`, (s) => `2026-11-28T09:14:07.118Z\tinfo\totlphttpexporter@v0.112.0/otlp.go:104\tstarting exporter\t{"kind": "exporter", "data_type": "traces", "name": "otlphttp/newrelic", "endpoint": "https://otlp.eu01.nr-data.net", "headers": {"api-key": "${s}"}}`);
  add('logfmt line with token in url query', `glsa_${r(ALNUM, 32)}_${hex(8)}`, (s) => `ts=2026-11-28T09:14:07.118Z level=info caller=proxy.go:88 msg="upstream request" method=GET url="https://grafana.corp.example/api/search?query=slo&auth_token=${s}" status=200 duration=182ms trace_id=${hex(32)}`);
  add('ECS JSON log with http.request.header.authorization', `00${r(B64URL, 40)}`, (s) => `{"@timestamp":"2026-11-28T09:14:07.118Z","log.level":"info","message":"request completed","ecs.version":"8.11.0","service.name":"idp-sync","http.request.method":"GET","http.request.header.authorization":"SSWS ${s}","url.full":"https://corp.okta.com/api/v1/users?limit=200","http.response.status_code":200}`);
  add('squid access log with Facebook access_token in URL', `EAAG${r(ALNUM, 180)}`, (s) => `1795860847.118    212 10.0.4.17 TCP_MISS/200 1532 GET https://graph.facebook.com/v19.0/me/accounts?fields=name,id&access_token=${s} - HIER_DIRECT/157.240.0.35 application/json`);
  add('nginx access log with Django session cookie', r(LOWER + DIGITS, 32), (s) => `10.0.4.17 - - [28/Nov/2026:09:14:07 +0000] "POST /admin/orders/1842/refund/ HTTP/1.1" 302 0 "https://shop.corp.example/admin/orders/1842/" "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0" "csrftoken=${r(ALNUM, 32)}; sessionid=${s}"`);
  add('ALB access log with webhook token in query string', r(ALNUM, 32), (s) => `https 2026-11-28T09:14:07.118000Z app/ci-ingress/50dc6c495c0c9188 198.51.100.23:51234 10.0.4.17:8080 0.001 0.212 0.000 200 200 412 88 "POST https://ci.corp.example:443/generic-webhook-trigger/invoke?token=${s} HTTP/1.1" "GitHub-Hookshot/6f2a9c1" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/jenkins/73e2d6bc24d8a067 "Root=1-6566e0b2-${hex(24)}" "ci.corp.example" "arn:aws:acm:eu-west-1:123456789012:certificate/${uuid(r)}" 0 2026-11-28T09:14:06.905000Z "forward" "-" "-" "10.0.4.17:8080" "200" "-" "-"`);
  add('HAProxy log with captured Authorization header', basic('prometheus', netpw()), (s) => `Nov 28 09:14:07 lb01 haproxy[1234]: 10.0.4.17:51234 [28/Nov/2026:09:14:07.118] fe_metrics be_prometheus/prom01 0/0/1/12/13 200 5321 - - ---- 3/3/0/0/0 0/0 {Basic ${s}} "GET /api/v1/query?query=up HTTP/1.1"`);

  // --- (6) Operations: databases, Kubernetes, Terraform, Ansible, CI ----------------------------------------------
  add('PostgreSQL statement log ALTER ROLE PASSWORD', pw(), (s) => `2026-11-28 09:14:07.118 UTC [4412] postgres@ledger LOG:  statement: ALTER ROLE ledger_rw WITH LOGIN PASSWORD '${s}';`);
  add('MariaDB general log GRANT IDENTIFIED BY', pw(), (s) => `261128  9:14:07\t   31 Connect\troot@localhost on reports using Socket
\t\t   31 Query\tGRANT SELECT ON reports.* TO 'bi_reader'@'10.0.%' IDENTIFIED BY '${s}'
\t\t   31 Quit`);
  add('PostgreSQL error log STATEMENT with CREATE USER password', pw(), (s) => `2026-11-28 09:14:07.118 UTC [4415] admin@postgres ERROR:  syntax error at or near ";" at character 52
2026-11-28 09:14:07.118 UTC [4415] admin@postgres STATEMENT:  CREATE USER metabase PASSWORD '${s}' VALID UNTIL;`);
  add('kubectl describe pod with plain env password', pw(), (s) => `Containers:
  api:
    Container ID:   containerd://${hex(64)}
    Image:          registry.corp.example/payments-api:2.14.1
    Port:           8080/TCP
    State:          Running
    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      PAYMENTS_DB_USER:        payments
      PAYMENTS_DB_PASSWORD:    ${s}
      REDIS_PASSWORD:          <set to the key 'password' in secret 'redis-auth'>  Optional: false`);
  add('kubectl describe pod args with cloudflared tunnel token', b64(JSON.stringify({ a: hex(32), t: uuid(r), s: key32(r) })), (s) => `Containers:
  cloudflared:
    Image:         cloudflare/cloudflared:2024.11.0
    Command:
      cloudflared
    Args:
      tunnel
      --no-autoupdate
      run
      --token
      ${s}
    State:          Waiting
      Reason:       CrashLoopBackOff`);
  add('kubectl get secret -o yaml base64 password', b64(pw()), (s) => `apiVersion: v1
data:
  admin-password: ${s}
  admin-user: ${b64('admin')}
kind: Secret
metadata:
  name: grafana-admin
  namespace: monitoring
type: Opaque`);
  add('helm --debug user-supplied values with admin password', pw(), (s) => `$ helm upgrade --install keycloak bitnami/keycloak -n auth -f values-prod.yaml --debug
history.go:56: [debug] getting history for release keycloak
upgrade.go:164: [debug] preparing upgrade for keycloak
USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: "${s}"
externalDatabase:
  host: pg.internal
  existingSecret: keycloak-db
postgresql:
  enabled: false`);
  add('Terraform plan with Lambda environment variable key', `sk_live_${r(ALNUM, 24)}`, (s) => `  # aws_lambda_function.stripe_webhook will be updated in-place
  ~ resource "aws_lambda_function" "stripe_webhook" {
        id            = "stripe-webhook"
        # (22 unchanged attributes hidden)

      ~ environment {
          ~ variables = {
              + "STRIPE_API_KEY" = "${s}"
                "LOG_LEVEL"      = "info"
            }
        }
    }

Plan: 0 to add, 1 to change, 0 to destroy.`);
  add('Terraform apply outputs with team token', `${r(ALNUM, 14)}.atlasv1.${r(ALNUM, 67)}`, (s) => `tfe_team_token.ci: Creation complete after 1s [id=at-${r(ALNUM, 16)}]

Apply complete! Resources: 1 added, 0 changed, 0 destroyed.

Outputs:

ci_team_token = "${s}"
workspace_id = "ws-${r(ALNUM, 16)}"`);
  add('TF_LOG debug of GitHub provider request', crcToken(r, 'ghs_'), (s) => `2026-11-28T09:14:07.118Z [DEBUG] provider.terraform-provider-github_v6.3.1: 2026/11/28 09:14:07 [DEBUG] GitHub API Request Details:
---[ REQUEST ]---------------------------------------
GET /repos/corp/infra HTTP/1.1
Host: api.github.com
User-Agent: go-github/v63.0.0
Accept: application/vnd.github.v3+json
Authorization: Bearer ${s}
Accept-Encoding: gzip

-----------------------------------------------------`);
  add('Ansible -vvv uri module invocation with bearer header', r(B64URL, 40), (s) => `ok: [localhost] => {
    "changed": false,
    "invocation": {
        "module_args": {
            "body": {"purge_everything": true},
            "body_format": "json",
            "headers": {
                "Authorization": "Bearer ${s}"
            },
            "method": "POST",
            "status_code": [200],
            "url": "https://api.cloudflare.com/client/v4/zones/${hex(32)}/purge_cache",
            "url_password": null,
            "url_username": null
        }
    },
    "status": 200
}`);
  add('Ansible debug of hostvars with become password', pw(), (s) => `TASK [debug] *******************************************************************
ok: [db01] => {
    "hostvars[inventory_hostname]": {
        "ansible_become": true,
        "ansible_become_pass": "${s}",
        "ansible_host": "10.0.3.14",
        "ansible_user": "deploy",
        "group_names": ["databases"],
        "inventory_hostname": "db01"
    }
}`);
  add('GitHub Actions log with derived Basic auth unmasked', basic('ci-publisher', netpw()), (s) => `Run AUTH=$(echo -n "$NEXUS_USER:$NEXUS_PASS" | base64 -w0)
  AUTH=$(echo -n "$NEXUS_USER:$NEXUS_PASS" | base64 -w0)
  echo "Using auth $AUTH"
  curl -fsS -H "Authorization: Basic $AUTH" https://nexus.corp.example/service/rest/v1/status
  shell: /usr/bin/bash -e {0}
  env:
    NEXUS_USER: ***
    NEXUS_PASS: ***
Using auth ${s}`);
  add('Jenkins set -x curl with JFrog API key header', `AKCp8${r(ALNUM, 68)}`, (s) => `[Pipeline] sh
+ curl -fsS -H 'X-JFrog-Art-Api: ${s}' -T build/libs/app-2.14.1.jar https://corp.jfrog.io/artifactory/libs-release-local/com/corp/app/2.14.1/app-2.14.1.jar
  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current`);
  add('BuildKit log with fine-grained GitHub token in clone URL', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `#9 [builder 4/8] RUN git clone https://x-access-token:${s}@github.com/corp/shared-protos.git /src/protos
#9 0.412 Cloning into '/src/protos'...
#9 DONE 1.8s`);
  add('GitLab CI job printing .npmrc with npm token', `npm_${r(ALNUM, 36)}`, (s) => `$ cat .npmrc
@corp:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${s}
$ npm publish --access restricted
npm notice Publishing to https://registry.npmjs.org/ with tag latest and restricted access`);
  add('Jenkins set -x mysql -p password', netpw(), (s) => `[Pipeline] sh
+ mysql -h db.internal -u migrate -p${s} app
mysql: [Warning] Using a password on the command line interface can be insecure.`);
  add('CI set -x twine upload with PyPI token', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 160)}`, (s) => `+ python -m twine upload --non-interactive -u __token__ -p ${s} dist/*
Uploading distributions to https://upload.pypi.org/legacy/
Uploading corp_sdk-2.14.1-py3-none-any.whl`);

  return out;
}

export function batchVNegatives(seed = 'blind-v-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const bcrypt = (): string => `$2y$12$${r(`./${UPPER}${LOWER}${DIGITS}`, 53)}`;

  // --- (1) JVM ----------------------------------------------------------------------------------------------
  add('HikariCP config dump with masked password', `2026-11-28 09:14:07.118 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : HikariPool-1 - configuration:
2026-11-28 09:14:07.118 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : jdbcUrl........................jdbc:postgresql://pg.internal:5432/orders
2026-11-28 09:14:07.118 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : maximumPoolSize................20
2026-11-28 09:14:07.118 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : password.......................<masked>
2026-11-28 09:14:07.118 DEBUG 1 --- [main] com.zaxxer.hikari.HikariConfig : username......................."orders"`);
  add('Kafka ProducerConfig values with hidden password fields', `2026-11-28 09:14:07.118 INFO  o.a.k.c.p.ProducerConfig - ProducerConfig values:
\tacks = -1
\tbootstrap.servers = [pkc-4nym6.eu-west-1.aws.confluent.cloud:9092]
\tsasl.jaas.config = [hidden]
\tsasl.mechanism = PLAIN
\tsecurity.protocol = SASL_SSL
\tssl.key.password = null
\tssl.keystore.password = null
\tssl.truststore.password = null`);
  add('Spring Boot 3 actuator env with sanitized values', `{"name":"systemEnvironment","properties":{"SPRING_DATASOURCE_URL":{"value":"******","origin":"System Environment Property \\"SPRING_DATASOURCE_URL\\""},"SPRING_DATASOURCE_PASSWORD":{"value":"******"},"STRIPE_API_KEY":{"value":"******"},"SERVER_PORT":{"value":"******"}}}`);
  add('Lombok toString with null secrets', `2026-11-28T09:14:07.118Z  WARN 1 --- [main] c.c.notify.config.MailConfiguration : Mail disabled: MailSettings(host=smtp.sendgrid.net, port=587, username=apikey, password=null, from=noreply@corp.example, starttls=true)`);
  add('Kotlin data class with empty key fields (instance profile)', `2026-11-28 09:14:07 INFO  c.c.exports.Main - using AwsConfig(region=eu-west-1, accessKeyId=, secretAccessKey=, bucket=corp-exports, useInstanceProfile=true)`);
  add('PSQLException for a user, no password', `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "orders"
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:203)
\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)
2026-11-28 09:14:07.118 ERROR [orders,${hex(32)},${hex(16)}] c.c.o.Health : db down (requestId=${uuid(r)})`);
  add('Spring HttpHeaders with request ids and traceparent', `2026-11-28 09:14:07.118 DEBUG c.c.repo.Client : headers=[Accept:"application/json", X-Request-Id:"${uuid(r)}", traceparent:"00-${hex(32)}-${hex(16)}-01", If-None-Match:"W/\\"${hex(40)}\\""] client=com.corp.repo.Client@${hex(8)}`);
  add('OkHttp logging interceptor with redacted header', `2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: --> POST https://api.openai.com/v1/chat/completions
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: Content-Type: application/json; charset=utf-8
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: Authorization: ██
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: OpenAI-Organization: ██
2026-11-28 09:14:07.118 I/okhttp.OkHttpClient: --> END POST (214-byte body)`);
  add('Gradle 401 with credentials from gradle properties', `* What went wrong:
Execution failed for task ':app:publishMavenPublicationToNexusRepository'.
> Could not PUT 'https://nexus.corp.example/repository/maven-releases/com/corp/app/2.14.1/app-2.14.1.jar'. Received status code 401 from server: Unauthorized

// build.gradle.kts
credentials {
    username = providers.gradleProperty("nexusUser").get()
    password = providers.gradleProperty("nexusPassword").get()
}`);

  // --- (2) Python ---------------------------------------------------------------------------------------------
  add('Python traceback locals with api_key None', `Traceback (most recent call last):
  File "/app/billing/sync.py", line 88, in push_invoice
    resp = client.post(url, json=payload)
  Local variables:
    api_key = None
    url = 'https://api.corp-partner.example/v2/invoices'
    payload = {'invoice_id': '${uuid(r)}', 'amount': 1999}
RuntimeError: PARTNER_API_KEY is not configured`);
  add('pydantic SecretStr repr', `Settings(anthropic_api_key=SecretStr('**********'), default_model='claude-sonnet', max_tokens=1024, timeout=30.0)`);
  add('SQLAlchemy error with masked URL password', `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg.internal" (10.0.3.14), port 5432 failed: timeout expired

(Background on this error at: https://sqlalche.me/e/20/e3q8)
engine url: postgresql+psycopg2://ledger:***@pg.internal:5432/ledger`);
  add('Celery worker banner with masked broker password', ` -------------- celery@worker-7c9f8d v5.4.0 (opalescent)
--- ***** -----
-- ******* ---- Linux-6.1.0-27-amd64-x86_64-with-glibc2.36 2026-11-28 09:14:07
- *** --- * ---
- ** ---------- [config]
- ** ---------- .> app:         shop:0x7f3a1c2b9d50
- ** ---------- .> transport:   redis://:**@redis.internal:6379/0
- ** ---------- .> results:     redis://:**@redis.internal:6379/1`);
  add('Django debug settings with masked secrets', `Setting\tValue
DATABASES\t{'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db', 'NAME': 'shop', 'PASSWORD': '********************', 'PORT': '', 'USER': 'shop'}}
EMAIL_HOST_PASSWORD\t'********************'
SECRET_KEY\t'********************'
SESSION_COOKIE_NAME\t'sessionid'`);
  add('pytest failure comparing sha256 digests', `E       AssertionError: assert '${hex(64)}' == '${hex(64)}'
E         - ${hex(64)}
E         + ${hex(64)}

tests/test_artifacts.py:31: AssertionError`);
  add('pip hash mismatch error', `ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.
    requests==2.32.3 from https://files.pythonhosted.org/packages/f9/9b/335f9764261e915ed497fcdeb11df5dfd6f7bf257d4a6a2a686d80da4d54/requests-2.32.3-py3-none-any.whl:
        Expected sha256 ${hex(64)}
             Got        ${hex(64)}`);
  add('Sentry event with filtered values', `{"event_id":"${hex(32)}","platform":"python","request":{"url":"https://shop.corp.example/api/checkout","method":"POST","headers":{"Authorization":"[Filtered]","Cookie":"[Filtered]","X-Request-Id":"${uuid(r)}"},"data":{"card_number":"[Filtered]","password":"[Filtered]"}},"exception":{"values":[{"type":"KeyError","value":"'price_id'","stacktrace":{"frames":[{"function":"checkout","vars":{"api_key":"[Filtered]","token":"[Filtered]","cart_id":"'${hex(24)}'"}}]}}]}}`);
  add('Sentry event ids, trace context and release', `{"event_id":"${hex(32)}","release":"shop@${hex(40)}","contexts":{"trace":{"trace_id":"${hex(32)}","span_id":"${hex(16)}","parent_span_id":"${hex(16)}","op":"http.server","status":"internal_error"}},"sdk":{"name":"sentry.python","version":"2.18.0"}}`);
  add('Python repr with object addresses and request id', `2026-11-28 09:14:07,118 ERROR app.views: handler failed request_id=${uuid(r)} client=<httpx.AsyncClient object at 0x7f3a1c2b9d50> session=<sqlalchemy.orm.session.Session object at 0x7f3a1c2ba110>`);
  add('KeyError naming an environment variable', `Traceback (most recent call last):
  File "/app/llm/client.py", line 9, in <module>
    API_KEY = os.environ["OPENAI_API_KEY"]
              ~~~~~~~~~~^^^^^^^^^^^^^^^^^^
  File "<frozen os>", line 714, in __getitem__
KeyError: 'OPENAI_API_KEY'`);

  // --- (3) Node / TypeScript ------------------------------------------------------------------------------------
  add('axios error with redacted authorization header', `AxiosError: Request failed with status code 401
    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      Authorization: '[REDACTED]',
      'X-Request-Id': '${uuid(r)}'
    },
    method: 'get',
    url: 'https://slack.com/api/auth.test'
  },`);
  add('util.inspect of config with undefined and empty secrets', `[config] {
  env: 'development',
  db: { host: 'localhost', user: 'api', password: undefined },
  auth: { issuer: 'http://localhost:8080/', jwtSecret: '', accessTtl: '15m' },
  stripe: { secretKey: null }
}`);
  add('Stripe error with masked key', `StripeAuthenticationError: Invalid API Key provided: sk_live_*********************************************************************************************${r(ALNUM, 4)}
    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20) {
  type: 'StripeAuthenticationError',
  statusCode: 401,
  requestId: 'req_${r(ALNUM, 14)}'
}`);
  add('ERR_INVALID_URL with unexpanded password variable', `TypeError: Invalid URL
    at new URL (node:internal/url:816:25)
    at Object.<anonymous> (/app/dist/db.js:4:13) {
  code: 'ERR_INVALID_URL',
  input: 'postgres://api:\${PGPASSWORD}@\${PGHOST}:5432/api'
}`);
  add('Express request headers without credentials', `headers: {
  host: 'api.corp.example',
  'user-agent': 'Mozilla/5.0',
  accept: 'application/json',
  'x-request-id': '${uuid(r)}',
  traceparent: '00-${hex(32)}-${hex(16)}-01',
  'if-none-match': 'W/"${hex(8)}-${hex(27)}"'
}`);
  add('Node DNS error object', `Error: getaddrinfo ENOTFOUND pg.internal
    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:120:26) {
  errno: -3008,
  code: 'ENOTFOUND',
  syscall: 'getaddrinfo',
  hostname: 'pg.internal'
}`);
  add('browser console error with Stripe publishable key (public by design)', `IntegrationError: Missing value for Stripe(): apiKey should be a string.
    at checkout.js:14
[checkout] init Stripe with pk_live_${r(ALNUM, 99)} locale=de`);
  add('npm config list hides the auth token', `$ npm config list
; "project" config from /builds/corp/ui/.npmrc

//registry.npmjs.org/:_authToken = (protected)
@corp:registry = "https://registry.npmjs.org/"

; node bin location = /usr/local/bin/node`);

  // --- (4a) Go and Rust ------------------------------------------------------------------------------------------
  add('Go net/http error with password replaced by ***', `2026/11/28 09:14:07 pull failed: Get "https://deploy:***@registry.corp.example/v2/": dial tcp 10.0.9.4:443: connect: connection refused`);
  add('Go %+v struct with empty secret fields', `2026/11/28 09:14:07 config: {Addr::8080 LogLevel:info DB:{Host:localhost Port:5432 User:orders Password: Name:orders SSLMode:disable} Slack:{Token: Channel:#alerts}}`);
  add('Go panic goroutine dump with addresses', `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${hex(6)}]

goroutine 42 [running]:
github.com/corp/orders/internal/store.(*Store).Get(0x0, {0x${hex(6)}, 0xc000${hex(6)}}, {0xc000${hex(6)}, 0x24})
\t/src/internal/store/store.go:88 +0x2c
created by net/http.(*Server).Serve in goroutine 1
\t/usr/local/go/src/net/http/server.go:3285 +0x4b4`);
  add('zap JSON log with trace and request ids', `{"level":"info","ts":1795860847.118,"caller":"http/server.go:71","msg":"request","method":"GET","path":"/v1/items/${hex(24)}","status":200,"request_id":"${uuid(r)}","trace_id":"${hex(32)}","span_id":"${hex(16)}","db.statement":"SELECT id, sku FROM items WHERE id = $1"}`);
  add('Rust AWS credentials Debug with redacted secret and example key id', `[2026-11-28T09:14:07Z DEBUG aws_config] loaded Credentials { provider_name: "EnvironmentVariable", access_key_id: "${AWS_EXAMPLE_ID}", secret_access_key: "** redacted **", expires_after: "never" }`);
  add('Rust secrecy Secret debug output', `[src/main.rs:18:5] &cfg = Config {
    database_url: Secret([REDACTED alloc::string::String]),
    api_token: Secret([REDACTED alloc::string::String]),
    listen: 0.0.0.0:8080,
}`);
  add('reqwest Url debug without credentials', `Error: reqwest::Error { kind: Request, url: Url { scheme: "https", cannot_be_a_base: false, username: "", password: None, host: Some(Domain("api.corp.example")), port: None, path: "/v1/items/${uuid(r)}", query: Some("expand=owner"), fragment: None }, source: hyper::Error(Connect, ConnectError("tcp connect error", Os { code: 111, kind: ConnectionRefused, message: "Connection refused" })) }`);

  // --- (4b) .NET ----------------------------------------------------------------------------------------------------
  add('.NET connection string after open (password stripped)', `fail: Billing.Api.Startup[0]
      Query failed on Server=tcp:corp-sql.database.windows.net,1433;Initial Catalog=Billing;Persist Security Info=False;User ID=billing_app;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;
      Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.
      ClientConnectionId:${uuid(r)}`);
  add('ASP.NET Core HttpLogging with redacted headers', `info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]
      Request:
      Protocol: HTTP/1.1
      Method: POST
      Scheme: https
      PathBase:
      Path: /api/orders
      Accept: application/json
      Host: api.corp.example
      Authorization: [Redacted]
      Cookie: [Redacted]
      X-Api-Key: [Redacted]`);
  add('.NET activity TraceId and SpanId', `info: Orders.Api.OrdersController[0]
      => SpanId:${hex(16)}, TraceId:${hex(32)}, ParentId:${hex(16)} => ConnectionId:0HN8${r(UPPER + DIGITS, 9)} => RequestPath:/api/orders RequestId:0HN8${r(UPPER + DIGITS, 9)}:00000002
      Order ${uuid(r)} created`);
  add('.NET managed identity connection strings', `ConnectionStrings:
  Sql=Server=tcp:corp-sql.database.windows.net,1433;Initial Catalog=Billing;Authentication=Active Directory Managed Identity;Encrypt=True; (EnvironmentVariablesConfigurationProvider Prefix: '')
  Storage=https://corpuploads.blob.core.windows.net/ (JsonConfigurationProvider for 'appsettings.json' (Optional))`);
  add('C# record ToString with null client secret', `warn: Graph.Sync.TokenProvider[0]
      Falling back to workload identity: GraphOptions { TenantId = ${uuid(r)}, ClientId = ${uuid(r)}, ClientSecret = , Scopes = System.String[] }`);

  // --- (4c) PHP, Ruby, Elixir, Erlang -----------------------------------------------------------------------------------
  add('PHP 8.2 stack trace with SensitiveParameterValue', `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/shop/lib/Db.php:14
Stack trace:
#0 /var/www/shop/lib/Db.php(14): PDO->__construct('mysql:host=shop...', 'shop_rw', Object(SensitiveParameterValue))
#1 /var/www/shop/index.php(8): Db::connect()
#2 {main}`);
  add('PHP var_dump with empty and NULL password', `array(3) {
  ["username"]=>
  ${vdump('shop_rw')}
  ["password"]=>
  ${vdump('')}
  ["api_key"]=>
  NULL
}`);
  add('PHP print_r with empty password', `Array
(
    [driver] => pgsql
    [host] => 127.0.0.1
    [username] => crm
    [password] => 
    [charset] => utf8
)`);
  add('Laravel .env.example values printed in CI', `$ cat .env.example
APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
DB_PASSWORD=
MAIL_PASSWORD=null
AWS_SECRET_ACCESS_KEY=`);
  add('Laravel dd() of user model with bcrypt hash', `App\\Models\\User {#1842
  #attributes: array:5 [
    "id" => 7
    "email" => "jdoe@example.com"
    "password" => "${bcrypt()}"
    "remember_token" => null
    "created_at" => "2026-11-28 09:14:07"
  ]
}`);
  add('Rails log with filtered parameters', `Started POST "/users/sign_in" for 10.0.4.17 at 2026-11-28 09:14:07 +0000
Processing by Users::SessionsController#create as HTML
  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"jdoe@example.com", "password"=>"[FILTERED]", "remember_me"=>"0"}, "commit"=>"Log in"}
Completed 302 Found in 212ms (ActiveRecord: 8.1ms | Allocations: 14022)`);
  add('Rails model inspect with filtered digest', `#<User id: 7, email: "jdoe@example.com", password_digest: [FILTERED], api_token_digest: [FILTERED], created_at: "2026-11-28 09:14:07.118412000 +0000">`);
  add('Ruby hash inspect with nil password', `I, [2026-11-28T09:14:07.118412 #7]  INFO -- : ActionMailer smtp_settings: {address: "localhost", port: 1025, user_name: nil, password: nil, authentication: nil}`);
  add('Sidekiq job ids and batch id', `2026-11-28T09:14:07.118Z pid=7 tid=2dmf class=ReportJob jid=${hex(24)} bid=${r(B64URL, 14)} INFO: start
2026-11-28T09:14:07.998Z pid=7 tid=2dmf class=ReportJob jid=${hex(24)} elapsed=0.88 INFO: done`);
  add('Elixir struct inspect with derived Inspect hiding fields', `09:14:07.118 [info] signed in: #MyApp.Accounts.User<id: 42, email: "jdoe@example.com", confirmed_at: ~U[2026-11-28 09:14:07Z], ...>`);
  add('Phoenix log with filtered params', `09:14:07.118 request_id=F${r(B64URL, 19)} [info] POST /api/sessions
09:14:07.118 request_id=F${r(B64URL, 19)} [debug] Processing with MyAppWeb.SessionController.create/2
  Parameters: %{"email" => "jdoe@example.com", "password" => "[FILTERED]"}
  Pipelines: [:api]`);
  add('Erlang crash report with pids and refs only', `=CRASH REPORT==== 28-Nov-2026::09:14:07.118 ===
  crasher:
    initial call: ranch_acceptor:loop/5
    pid: <0.812.0>
    exception error: no match of right hand side value {error,closed}
    ancestors: [<0.790.0>,<0.789.0>]
    message_queue_len: 0
    links: [#Port<0.412>]
    dictionary: [{rand_seed,{#{bits => 58,jump => #Fun<rand.3.92093067>}, [${r(DIGITS, 17)}|${r(DIGITS, 17)}]}}]`);

  // --- (5) Telemetry ---------------------------------------------------------------------------------------------------
  add('Sentry release-health session id (not a credential)', `{"sent_at":"2026-11-28T09:14:07.118Z","sdk":{"name":"sentry.javascript.browser","version":"8.40.0"}}
{"type":"session"}
{"sid":"${hex(32)}","init":true,"started":"2026-11-28T09:14:01.002Z","timestamp":"2026-11-28T09:14:07.118Z","status":"ok","errors":0,"attrs":{"release":"shop-web@2.14.1","environment":"production"}}`);
  add('OpenTelemetry url.full with REDACTED credentials', `Attributes:
     -> http.request.method: Str(GET)
     -> url.full: Str(https://REDACTED:REDACTED@registry.corp.example/v2/_catalog?X-Amz-Signature=REDACTED)
     -> server.address: Str(registry.corp.example)
     -> http.response.status_code: Int(200)`);
  add('OpenTelemetry resource attributes with ids', `Resource attributes:
     -> service.name: Str(checkout)
     -> service.instance.id: Str(${uuid(r)})
     -> host.id: Str(${hex(32)})
     -> k8s.pod.uid: Str(${uuid(r)})
     -> container.id: Str(${hex(64)})
     -> cloud.account.id: Str(123456789012)`);
  add('OpenTelemetry db.statement with bound parameters', `Span: SELECT api_keys  (postgresql)
  db.system=postgresql
  db.statement="SELECT id, owner_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL"
  db.operation=SELECT
  otel.status_code=OK`);
  add('OpenTelemetry RUM session.id (analytics, not a credential)', `{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"shop-web"}}]},"scopeSpans":[{"spans":[{"traceId":"${hex(32)}","spanId":"${hex(16)}","name":"documentLoad","attributes":[{"key":"session.id","value":{"stringValue":"${uuid(r)}"}},{"key":"user_agent.original","value":{"stringValue":"Mozilla/5.0"}}]}]}]}`);
  add('Jaeger span JSON with trace and span ids', `{"traceID":"${hex(32)}","spanID":"${hex(16)}","operationName":"HTTP GET /api/orders","references":[{"refType":"CHILD_OF","traceID":"${hex(32)}","spanID":"${hex(16)}"}],"startTime":1795860847118000,"duration":12412,"tags":[{"key":"http.status_code","type":"int64","value":200}]}`);
  add('Collector config with env references', `exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: \${env:HONEYCOMB_API_KEY}
  otlphttp/newrelic:
    endpoint: https://otlp.eu01.nr-data.net
    headers:
      api-key: \${env:NEW_RELIC_LICENSE_KEY}`);
  add('Collector debug exporter after redaction processor', `Attributes:
     -> http.request.method: Str(POST)
     -> http.request.header.authorization: Slice(["****"])
     -> http.request.header.x-api-key: Slice(["****"])
     -> redaction.masked.keys: Str(http.request.header.authorization,http.request.header.x-api-key)
     -> redaction.masked.count: Int(2)`);
  add('logfmt line with ids and no token', `ts=2026-11-28T09:14:07.118Z level=info caller=proxy.go:88 msg="upstream request" method=GET url="https://grafana.corp.example/api/search?query=slo&limit=50" status=200 duration=182ms request_id=${uuid(r)} trace_id=${hex(32)} span_id=${hex(16)}`);
  add('ECS JSON log with redacted authorization header', `{"@timestamp":"2026-11-28T09:14:07.118Z","log.level":"info","message":"request completed","ecs.version":"8.11.0","http.request.header.authorization":"[REDACTED]","http.request.id":"${uuid(r)}","trace.id":"${hex(32)}","transaction.id":"${hex(16)}","event.hash":"${hex(40)}"}`);
  add('nginx access log with ordinary query string', `10.0.4.17 - - [28/Nov/2026:09:14:07 +0000] "GET /api/v1/export?format=csv&page=2&sort=-created&id=${uuid(r)} HTTP/1.1" 200 48213 "-" "python-requests/2.32.3" rt=0.212 rid=${hex(32)}`);
  add('nginx access log with access_token filtered by log_format map', `10.0.4.17 - - [28/Nov/2026:09:14:07 +0000] "GET /api/v1/export?access_token=[FILTERED]&format=csv HTTP/1.1" 200 48213 "-" "curl/8.5.0"`);
  add('HAProxy log with empty captured header', `Nov 28 09:14:07 lb01 haproxy[1234]: 10.0.4.17:51234 [28/Nov/2026:09:14:07.118] fe_metrics be_prometheus/prom01 0/0/1/12/13 401 312 - - ---- 3/3/0/0/0 0/0 {-} "GET /api/v1/query?query=up HTTP/1.1"`);
  add('ALB log with trace id and certificate ARN', `https 2026-11-28T09:14:07.118000Z app/web-ingress/50dc6c495c0c9188 198.51.100.23:51234 10.0.4.17:8080 0.001 0.012 0.000 200 200 412 1532 "GET https://shop.corp.example:443/products/${hex(24)} HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067 "Root=1-6566e0b2-${hex(24)}" "shop.corp.example" "arn:aws:acm:eu-west-1:123456789012:certificate/${uuid(r)}"`);
  add('CDN log with ray id and cache key hash', `{"RayID":"${hex(16)}-FRA","ClientRequestURI":"/static/app.${hex(8)}.js","CacheCacheStatus":"hit","EdgeResponseStatus":200,"CacheKey":"${hex(64)}","ClientRequestHost":"shop.corp.example"}`);

  // --- (6) Operations ----------------------------------------------------------------------------------------------------
  add('MySQL general log with rewritten password', `2026-11-28T09:14:07.118412Z\t   31 Query\tCREATE USER 'bi_reader'@'10.0.%' IDENTIFIED BY <secret>
2026-11-28T09:14:07.121907Z\t   31 Query\tALTER USER 'app'@'%' IDENTIFIED BY <secret> PASSWORD EXPIRE INTERVAL 90 DAY`);
  add('MySQL SHOW CREATE USER with native password hash', `CREATE USER \`bi_reader\`@\`10.0.%\` IDENTIFIED WITH 'mysql_native_password' AS '*${r(HEXU, 40)}' REQUIRE NONE PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK`);
  add('PostgreSQL log with session id and SCRAM verifier', `2026-11-28 09:14:07.118 UTC [4412] 6566e0b2.${hex(4)} postgres@ledger LOG:  statement: ALTER ROLE ledger_rw PASSWORD 'SCRAM-SHA-256$4096:${r(B64, 22)}==$${r(B64, 43)}=:${r(B64, 43)}=';`);
  add('Redis SLOWLOG with redacted AUTH', `127.0.0.1:6379> SLOWLOG GET 1
1) 1) (integer) 14
   2) (integer) 1795860847
   3) (integer) 10412
   4) 1) "AUTH"
      2) "(redacted)"
   5) "10.0.4.17:51234"
   6) ""`);
  add('Oracle session listing SID and SERIAL# (not credentials)', `SQL> SELECT sid, serial#, username, status, sql_id FROM v$session WHERE username = 'RPT_READER';

       SID    SERIAL# USERNAME     STATUS   SQL_ID
---------- ---------- ------------ -------- -------------
       412      38211 RPT_READER   ACTIVE   ${r('0123456789abcdfghjkmnpqrstuvwxyz', 13)}
       518       9127 RPT_READER   INACTIVE`);
  add('MongoDB slow query log with ObjectIds', `{"t":{"$date":"2026-11-28T09:14:07.118+00:00"},"s":"I","c":"COMMAND","id":51803,"ctx":"conn412","msg":"Slow query","attr":{"type":"command","ns":"shop.orders","command":{"find":"orders","filter":{"_id":{"$oid":"${hex(24)}"},"customer":{"$oid":"${hex(24)}"}},"lsid":{"id":{"$uuid":"${uuid(r)}"}}},"durationMillis":212}}`);
  add('kubectl describe pod env from secret references', `    Environment:
      SPRING_PROFILES_ACTIVE:  prod
      PAYMENTS_DB_USER:        payments
      PAYMENTS_DB_PASSWORD:    <set to the key 'password' in secret 'payments-db'>  Optional: false
      STRIPE_API_KEY:          <set to the key 'api-key' in secret 'stripe'>        Optional: false
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${r(LOWER + DIGITS, 5)} (ro)`);
  add('kubectl describe secret shows sizes only', `Name:         grafana-admin
Namespace:    monitoring
Labels:       app.kubernetes.io/name=grafana
Annotations:  <none>

Type:  Opaque

Data
====
admin-password:  24 bytes
admin-user:      5 bytes`);
  add('Kubernetes events with uids and image digests', `LAST SEEN   TYPE     REASON    OBJECT                          MESSAGE
2m          Normal   Pulled    pod/checkout-7c9f8d-x2k4p       Successfully pulled image "registry.corp.example/checkout@sha256:${hex(64)}" in 1.412s
2m          Normal   Created   pod/checkout-7c9f8d-x2k4p       Created container checkout
1m          Warning  BackOff   pod/migrate-${r(LOWER + DIGITS, 5)}            Back-off restarting failed container migrate in pod migrate_jobs(${uuid(r)})`);
  add('kubectl describe serviceaccount', `Name:                ci-deployer
Namespace:           ci
Labels:              <none>
Annotations:         eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/ci-deployer
Image pull secrets:  regcred
Mountable secrets:   <none>
Tokens:              <none>
Events:              <none>`);
  add('kube-root-ca.crt configmap (public certificate)', `Name:         kube-root-ca.crt
Namespace:    default

Data
====
ca.crt:
----
-----BEGIN CERTIFICATE-----
MIIDBTCCAe2gAwIBAgIIT${r(B64, 43)}
${Array.from({ length: 8 }, () => r(B64, 64)).join('\n')}
-----END CERTIFICATE-----`);
  add('helm values with existingSecret and empty password', `USER-SUPPLIED VALUES:
auth:
  adminUser: admin
  adminPassword: ""
  existingSecret: keycloak-admin
  passwordSecretKey: admin-password
externalDatabase:
  existingSecret: keycloak-db`);
  add('Terraform plan with sensitive values', `  # aws_db_instance.main will be created
  + resource "aws_db_instance" "main" {
      + allocated_storage = 100
      + engine            = "postgres"
      + identifier        = "orders-prod"
      + password          = (sensitive value)
      + username          = "orders"
    }`);
  add('Terraform apply outputs marked sensitive', `Apply complete! Resources: 2 added, 0 changed, 0 destroyed.

Outputs:

db_password = <sensitive>
db_endpoint = "orders-prod.${r(LOWER + DIGITS, 12)}.eu-west-1.rds.amazonaws.com:5432"`);
  add('Terraform state ids and ARNs', `aws_instance.web: Creation complete after 32s [id=i-0${hex(16)}]
aws_kms_key.backups: Creation complete after 1s [id=${uuid(r)}]
aws_s3_bucket.exports: Refreshing state... [id=corp-exports]
aws_iam_role.ci: Refreshing state... [id=ci-deployer]`);
  add('Terraform plan with public SSH key', `  # aws_key_pair.deploy will be created
  + resource "aws_key_pair" "deploy" {
      + fingerprint = (known after apply)
      + key_name    = "deploy"
      + public_key  = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} deploy@ci"
    }`);
  add('Ansible no_log parameter masked in invocation', `ok: [db01] => {
    "changed": false,
    "invocation": {
        "module_args": {
            "login_host": "localhost",
            "login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "login_user": "root",
            "name": "app",
            "password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
            "priv": "app.*:ALL"
        }
    },
    "user": "app"
}`);
  add('Ansible censored no_log result', `TASK [vault : write secret] ****************************************************
ok: [localhost] => {"censored": "the output has been hidden due to the fact that 'no_log: true' was specified for this result", "changed": false}`);
  add('Ansible authorized_key result with public key', `changed: [web01] => {"changed": true, "comment": null, "exclusive": false, "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} deploy@ci", "key_options": null, "keyfile": "/home/deploy/.ssh/authorized_keys", "user": "deploy"}`);
  add('Ansible -vvv SSH exec with control path and temp dir', `<10.0.3.14> SSH: EXEC ssh -C -o ControlMaster=auto -o ControlPersist=60s -o KbdInteractiveAuthentication=no -o PasswordAuthentication=no -o 'User="deploy"' -o ConnectTimeout=10 -o 'ControlPath="/home/ci/.ansible/cp/${hex(10)}"' 10.0.3.14 '/bin/sh -c '"'"'( umask 77 && mkdir -p "\` echo /tmp \`"&& mkdir "\` echo /tmp/ansible-tmp-1795860847.118-4412-${r(DIGITS, 15)} \`" )'"'"''`);
  add('GitHub Actions log with masked secret', `Run docker login ghcr.io -u corp-bot -p ***
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded`);
  add('GitLab CI log with masked variable', `$ echo "deploying with token $DEPLOY_TOKEN"
deploying with token [MASKED]
$ curl -fsS --header "PRIVATE-TOKEN: [MASKED]" "https://gitlab.corp.example/api/v4/projects/412"`);
  add('Jenkins withCredentials masking', `Masking supported pattern matches of $NEXUS_PASS
[Pipeline] sh
+ curl -fsS -u deploy:**** https://nexus.corp.example/service/rest/v1/status`);
  add('BuildKit secret mount without value', `#11 [builder 5/8] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
#11 4.812 added 812 packages in 4s
#11 DONE 5.2s`);
  add('CI cache keys and commit SHAs', `Restoring cache for key: v3-deps-${hex(64)}
Cache restored successfully
Checking out ${hex(40)} as detached HEAD (ref is refs/pull/412/merge)...
HEAD is now at ${hex(7)} Bump axios from 1.7.4 to 1.7.7`);

  // --- Cross-cutting: names, placeholders, public values, ids ------------------------------------------------------------
  add('startup error listing missing env var names', `Error: Missing required environment variables: DATABASE_URL, STRIPE_SECRET_KEY, SENTRY_AUTH_TOKEN, JWT_SIGNING_SECRET
    at loadConfig (/app/dist/config.js:22:11)`);
  add('CLI error with placeholder hints', `Error: OPENAI_API_KEY is not set.
Hint: export OPENAI_API_KEY=sk-... (create one at https://platform.openai.com/api-keys)
      or pass --api-key <YOUR_API_KEY>
      curl -H "Authorization: Bearer <token>" https://api.corp.example/v1/me`);
  add('Mapbox public token in browser error (public by design)', `Error: Style is not done loading
    at r._checkLoaded (mapbox-gl.js:36:12)
mapboxgl.accessToken = 'pk.${b64urlJson({ u: 'corpmaps', a: `cl${r(LOWER + DIGITS, 23)}` })}.${r(B64URL, 22)}'`);
  add('Stripe webhook event with object ids', `{"id":"evt_${r(ALNUM, 24)}","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_${r(ALNUM, 24)}","customer":"cus_${r(ALNUM, 14)}","latest_charge":"ch_${r(ALNUM, 24)}","amount":1999}},"request":{"id":"req_${r(ALNUM, 14)}","idempotency_key":"${uuid(r)}"}}`);
  add('JWKS public keys logged at startup', `2026-11-28 09:14:07 INFO auth: fetched JWKS {"keys":[{"kty":"RSA","use":"sig","kid":"${hex(16)}","alg":"RS256","n":"${r(B64URL, 342)}","e":"AQAB"}]}`);
  add('AWS SDK error with request id and extended request id', `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied
ResponseMetadata: {'RequestId': '${r(HEXU, 16)}', 'HostId': '${r(B64, 76)}=', 'HTTPStatusCode': 403, 'RetryAttempts': 0}
X-Amzn-Trace-Id: Root=1-6566e0b2-${hex(24)};Parent=${hex(16)};Sampled=1`);

  return out;
}
