/**
 * Secrets fixtures written for Rampart, independent of the gitleaks examples: realistic fake
 * credentials in the containers they turn up in (env files, YAML, JSON, shell, code, logs, chat
 * prompts), and hard negatives that look like credentials but are not (references, templates,
 * redacted and documentation values, hashes, SRI, UUIDs, encoded images, commit ids, public keys).
 *
 * Every key is generated at run time from a seeded hash stream (published example values are
 * assembled from parts), so this file does not itself look like it leaks keys, and the values are
 * the same on every run. Formats follow the vendors' published shapes (prefix, alphabet, length,
 * checksum), not the scanner's patterns.
 */
import { createHash, createHmac } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** A deterministic character source: SHA-256 of seed and counter, one byte per character. */
export function randomChars(seed: string): (alphabet: string, n: number) => string {
  let counter = 0;
  let pool: Buffer = Buffer.alloc(0);
  let at = 0;
  const byte = () => {
    if (at >= pool.length) {
      pool = createHash('sha256').update(`${seed}:${counter++}`).digest();
      at = 0;
    }
    return pool[at++]!;
  };
  return (alphabet, n) => {
    let s = '';
    // Rejection sampling keeps the characters uniform (a plain modulo would favour the first ones).
    const limit = 256 - (256 % alphabet.length);
    while (s.length < n) {
      const b = byte();
      if (b < limit) s += alphabet[b % alphabet.length];
    }
    return s;
  };
}

/** Alphabets the generated fixtures draw from (the blind batches use them too). */
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEXL = '0123456789abcdef';
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
export const HEXU = '0123456789ABCDEF';
export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const BCRYPT = `./${UPPER}${LOWER}${DIGITS}`;
export const AWS_ID = `${UPPER}234567`;

/** What `randomChars` returns: `n` characters drawn from `alphabet`. */
export type RandomChars = ReturnType<typeof randomChars>;

/** `n` in base 62, left-padded with zeros to `width` (the checksum tail of GitHub-style tokens). */
export function base62(n: number, width: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = BASE62[v % 62] + s;
  return s.padStart(width, '0');
}

/** A random version-4 UUID. */
export function uuid(r: RandomChars): string {
  return `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-${r('89ab', 1)}${r(HEXL, 3)}-${r(HEXL, 12)}`;
}

/** A random ULID. */
export function ulid(r: RandomChars): string {
  return r('01', 1) + r(CROCKFORD, 25);
}

export function b64(s: string): string {
  return Buffer.from(s, 'utf8').toString('base64');
}

/** A JSON value as unpadded base64url, as JWT headers and claims are written. */
export function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');
}

/** `n` random bytes from the seeded source. */
export function randomBytes(r: RandomChars, n: number): Buffer {
  return Buffer.from(r(HEXL, 2 * n), 'hex');
}

/** `prefix` + 30 random base62 characters + their CRC-32 in 6 base62 characters: GitHub's classic tokens, npm's. */
export function crcToken(r: RandomChars, prefix: string): string {
  const body = r(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** A positive: `secret` occurs in `text` and must be found (a finding overlapping it). */
export interface SecretCase {
  format: string;
  text: string;
  secret: string;
}

/** A hard negative: nothing in `text` is a credential. */
export interface NegativeCase {
  why: string;
  text: string;
}

/**
 * The start every generated batch of positives shares: its random source, the list it fills, and
 * helpers over its own word list. Building it draws nothing, so a batch's values depend only on its calls.
 */
export function positiveBatch(seed: string, words: readonly string[]) {
  const r = randomChars(seed);
  const out: SecretCase[] = [];
  return {
    r,
    out,
    add: (format: string, secret: string, wrap: (s: string) => string): void => {
      out.push({ format, secret, text: wrap(secret) });
    },
    word: (): string => words[r(HEXL, 1).charCodeAt(0) % words.length]!,
    cap: (w: string): string => w[0]!.toUpperCase() + w.slice(1),
  };
}

export function positiveCases(seed = 'rampart-secrets-positives'): SecretCase[] {
  const r = randomChars(seed);
  const out: SecretCase[] = [];
  const add = (format: string, secret: string, wrap: (s: string) => string) => out.push({ format, secret, text: wrap(secret) });
  const withCrc = (prefix: string) => crcToken(r, prefix);
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-a${r(HEXL, 3)}-${r(HEXL, 12)}`;
  const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

  add('github classic PAT', withCrc('ghp_'), (s) => `export GITHUB_TOKEN=${s}`);
  add('github OAuth token', withCrc('gho_'), (s) => `{"access_token": "${s}", "token_type": "bearer", "scope": "repo"}`);
  add('github fine-grained PAT', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `git clone https://x-access-token:${s}@github.com/acme/infra.git`);
  add('gitlab PAT', `glpat-${r(B64URL, 20)}`, (s) => `GITLAB_TOKEN: "${s}"`);
  add('openai project key', `sk-proj-${r(B64URL, 156)}`, (s) => `client = OpenAI(api_key="${s}")`);
  add('openai legacy key', `sk-${r(ALNUM, 20)}T3BlbkFJ${r(ALNUM, 20)}`, (s) => `I keep getting 401 with my key ${s} can you help?`);
  add('anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `ANTHROPIC_API_KEY=${s}`);
  add('aws access key id', `AKIA${r(UPPER + '234567', 16)}`, (s) => `[default]\naws_access_key_id = ${s}\nregion = eu-west-1`);
  add('aws secret access key', r(B64, 40), (s) => `[default]\naws_secret_access_key = ${s}`);
  add('google api key', `AIzaSy${r(B64URL, 33)}`, (s) => `<script src="https://maps.googleapis.com/maps/api/js?key=${s}&callback=initMap"></script>`);
  const pemBody = Array.from({ length: 12 }, () => r(B64, 64)).join('\\n');
  add('gcp service account private key', `-----BEGIN PRIVATE KEY-----\\n${pemBody}\\n-----END PRIVATE KEY-----\\n`, (s) => `{"type": "service_account", "project_id": "acme-prod", "private_key_id": "${r(HEXL, 40)}", "private_key": "${s}"}`);
  add('slack bot token', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `SLACK_BOT_TOKEN=${s}`);
  add('slack webhook', `T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `curl -X POST -d '{"text":"deploy done"}' https://hooks.slack.com/services/${s}`);
  add('stripe live secret key', `sk_live_51${r(ALNUM, 97)}`, (s) => `Stripe::api_key = '${s}'`);
  add('stripe restricted key', `rk_live_${r(ALNUM, 24)}`, (s) => `STRIPE_KEY=${s}`);
  add('stripe webhook secret', `whsec_${r(ALNUM, 32)}`, (s) => `endpoint_secret = "${s}"`);
  add('hugging face token', `hf_${r(UPPER + LOWER, 34)}`, (s) => `huggingface-cli login --token ${s}`);
  add('npm token', withCrc('npm_'), (s) => `//registry.npmjs.org/:_authToken=${s}`);
  add('pypi token', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 140)}`, (s) => `[pypi]\n  username = __token__\n  password = ${s}`);
  const jwtHeader = b64url({ alg: 'HS256', typ: 'JWT' });
  const jwtPayload = b64url({ sub: `usr_${r(ALNUM, 12)}`, org: 'acme', iat: 1732600000, exp: 1732603600 });
  const jwtSig = createHmac('sha256', r(ALNUM, 32)).update(`${jwtHeader}.${jwtPayload}`).digest('base64url');
  add('jwt', `${jwtHeader}.${jwtPayload}.${jwtSig}`, (s) => `2024-11-26T10:00:01Z INFO request headers={"authorization":"Bearer ${s}"}`);
  const rsa = Array.from({ length: 20 }, () => r(B64, 64)).join('\n');
  add('rsa private key', `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${rsa}\n-----END RSA PRIVATE KEY-----`, (s) => `Here is the deploy key, please add it to the server:\n\n${s}\n`);
  const ssh = Array.from({ length: 6 }, () => r(B64, 70)).join('\n');
  add('openssh private key', `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ${ssh}\n-----END OPENSSH PRIVATE KEY-----`, (s) => `$ cat ~/.ssh/id_ed25519\n${s}`);
  add('postgres url', `${r(LOWER, 4)}${r(ALNUM, 12)}`, (s) => `DATABASE_URL=postgresql://app_user:${s}@db.internal.acme.io:5432/orders`);
  add('mongodb srv url', `${r(ALNUM, 16)}`, (s) => `mongoose.connect("mongodb+srv://svc-reporting:${s}@cluster0.ab1cd.mongodb.net/prod")`);
  add('redis url', `${r(ALNUM, 20)}`, (s) => `REDIS_URL=rediss://default:${s}@redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com:12345`);
  add('password in env', `${r(ALNUM, 6)}!${r(ALNUM, 5)}#${r(DIGITS, 2)}`, (s) => `DB_HOST=10.0.3.7\nDB_PASSWORD=${s}\nDB_PORT=5432`);
  add('password in yaml', `${r(ALNUM, 14)}`, (s) => `spring:\n  datasource:\n    username: orders\n    password: "${s}"`);
  add('generic api key in yaml', r(ALNUM, 32), (s) => `weather:\n  api_key: ${s}\n  units: metric`);
  add('sendgrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `SENDGRID_API_KEY='${s}'`);
  add('twilio api key', `SK${r(HEXL, 32)}`, (s) => `twilio api:core:messages:create --api-key ${s}`);
  add('mailgun key', `key-${r(HEXL, 32)}`, (s) => `requests.post(url, auth=("api", "${s}"))`);
  add('mailchimp key', `${r(HEXL, 32)}-us${r('123456789', 1)}${r(DIGITS, 1)}`, (s) => `MAILCHIMP_API_KEY=${s}`);
  add('digitalocean token', `dop_v1_${r(HEXL, 64)}`, (s) => `doctl auth init -t ${s}`);
  add('shopify token', `shpat_${r(HEXL, 32)}`, (s) => `"X-Shopify-Access-Token": "${s}"`);
  add('databricks token', `dapi${r(HEXL, 32)}`, (s) => `databricks configure --token <<< "${s}"`);
  add('discord webhook', r(B64URL, 68), (s) => `https://discord.com/api/webhooks/${r(DIGITS, 18)}/${s}`);
  add('telegram bot token', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `bot = telebot.TeleBot("${s}")`);
  add('azure storage key', `${r(B64, 86)}==`, (s) => `DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey=${s};EndpointSuffix=core.windows.net`);
  add('groq key', `gsk_${r(ALNUM, 52)}`, (s) => `GROQ_API_KEY=${s}`);
  add('doppler token', `dp.st.prd.${r(ALNUM, 40)}`, (s) => `DOPPLER_TOKEN="${s}"`);
  add('vault token', `hvs.${r(B64URL, 90)}`, (s) => `export VAULT_TOKEN=${s}`);
  add('linear key', `lin_api_${r(ALNUM, 40)}`, (s) => `{"linear": {"apiKey": "${s}"}}`);
  add('postman key', `PMAK-${r(HEXL, 24)}-${r(HEXL, 34)}`, (s) => `postman login --with-api-key ${s}`);
  add('age secret key', `AGE-SECRET-KEY-1${r('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`, (s) => `# created: 2024-11-26\n# public key: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n${s}`);
  add('square token', `EAAA${r(B64URL, 60)}`, (s) => `SQUARE_ACCESS_TOKEN=${s}`);
  add('datadog api key', r(HEXL, 32), (s) => `DD_API_KEY=${s}`);
  add('bearer token', r(B64URL, 40), (s) => `curl -H "Authorization: Bearer ${s}" https://api.acme.io/v2/orders`);
  add('basic auth url', `${r(ALNUM, 18)}`, (s) => `pip install --index-url https://deploy:${s}@pypi.acme-internal.com/simple/ acme-core`);
  add('docker hub PAT', `dckr_pat_${r(B64URL, 27)}`, (s) => `echo "${s}" | docker login -u acmebot --password-stdin`);
  add('supabase service token', `sbp_${r(HEXL, 40)}`, (s) => `supabase login --token ${s}`);
  add('perplexity key', `pplx-${r(ALNUM, 48)}`, (s) => `headers = {"Authorization": "Bearer ${s}"}`);
  add('replicate token', `r8_${r(ALNUM, 37)}`, (s) => `REPLICATE_API_TOKEN=${s}`);
  add('grafana service account token', `glsa_${r(ALNUM, 32)}_${r(HEXL, 8)}`, (s) => `grafana_auth = "${s}"`);
  add('azure ad client secret', `${r(ALNUM, 3)}8Q~${r(ALNUM + '_~.-', 34)}`, (s) => `AZURE_CLIENT_SECRET=${s}`);
  add('client secret in json', r(ALNUM + '-_', 40), (s) => `{"client_id": "${uuid()}", "client_secret": "${s}"}`);
  add('curl user password', `${r(ALNUM, 10)}%${r(ALNUM, 4)}`, (s) => `curl -u admin:${s} https://jenkins.acme.io/api/json`);
  add('password in python', `${r(ALNUM, 12)}`, (s) => `conn = psycopg2.connect(host="db", user="etl", password="${s}")`);
  // ---- the same kinds of values in other containers ----
  add('openai key in a chat prompt', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `why does this fail?? openai.api_key = "${s}" it worked yesterday`);
  add('token in csv row', `ghp_${r(ALNUM, 36)}`, (s) => `id,service,owner,token\n17,ci,platform,${s}\n`);
  add('escaped json log', r(ALNUM, 28), (s) => `{"level":"debug","msg":"config loaded {\\"api_key\\":\\"${s}\\",\\"region\\":\\"eu\\"}"}`);
  add('toml password', `${r(ALNUM, 8)}-${r(ALNUM, 8)}`, (s) => `[database]\nuser = "svc"\npassword = "${s}"\nhost = "10.1.2.3"`);
  add('xml password element', `${r(ALNUM, 12)}${r('!#%', 1)}${r(DIGITS, 2)}`, (s) => `<datasource>\n  <username>app</username>\n  <password>${s}</password>\n</datasource>`);
  add('netrc password', r(HEXL, 36), (s) => `machine api.heroku.com\n  login ops@acme.io\n  password ${s}`);
  add('java properties password', `${r(ALNUM, 16)}`, (s) => `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=${s}`);
  add('docker run env', `sk_live_${r(ALNUM, 24)}`, (s) => `docker run -e STRIPE_SECRET_KEY=${s} -p 8080:8080 acme/billing:1.4`);
  add('sql server connection string', `${r(ALNUM, 10)}!${r(ALNUM, 4)}`, (s) => `Server=tcp:acme.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${s};Encrypt=True;`);
  add('git remote with token', `ghp_${r(ALNUM, 36)}`, (s) => `git remote set-url origin https://${s}@github.com/acme/infra.git`);
  add('api key in query string', r(ALNUM, 32), (s) => `GET https://api.acme-weather.com/v1/forecast?city=Paris&api_key=${s} HTTP/1.1`);
  add('x-api-key header in python', r(ALNUM, 40), (s) => `requests.get(url, headers={"x-api-key": "${s}"})`);
  add('aws keys in python call', r(B64, 40), (s) => `boto3.client("s3", aws_access_key_id="AKIA${r(UPPER + '234567', 16)}", aws_secret_access_key="${s}")`);
  add('mysql password flag', `${r(ALNUM, 10)}!`, (s) => `$ mysql -h db.internal -u root -p${s} orders`);
  add('sshpass password', r(ALNUM, 14), (s) => `sshpass -p '${s}' ssh deploy@10.0.0.5 'systemctl restart api'`);
  add('redis-cli password', r(ALNUM, 20), (s) => `redis-cli -h cache.internal -a ${s} --no-auth-warning ping`);
  add('cli api key flag', r(ALNUM, 32), (s) => `acme-cli deploy --api-key ${s} --env prod`);
  add('cli password flag', `${r(ALNUM, 12)}#${r(DIGITS, 2)}`, (s) => `docker login registry.acme.io -u ci --password=${s}`);
  add('powershell secure string', `${r(ALNUM, 12)}$${r(DIGITS, 2)}`, (s) => `$pw = ConvertTo-SecureString "${s}" -AsPlainText -Force`);
  add('requests basic auth tuple', r(ALNUM, 24), (s) => `r = requests.get(url, auth=("svc-report", "${s}"))`);
  add('appsettings api key', r(ALNUM, 32), (s) => `<appSettings>\n  <add key="PaymentApiKey" value="${s}" />\n</appSettings>`);
  add('openrouter key', `sk-or-v1-${r(HEXL, 64)}`, (s) => `OPENROUTER_API_KEY=${s}`);
  add('nvidia api key', `nvapi-${r(B64URL, 64)}`, (s) => `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="${s}")`);
  add('tavily key', `tvly-${r(ALNUM, 32)}`, (s) => `search = TavilySearchResults(tavily_api_key="${s}")`);
  add('langfuse secret key', `sk-lf-${uuid()}`, (s) => `LANGFUSE_SECRET_KEY="${s}"\nLANGFUSE_HOST="https://cloud.langfuse.com"`);
  add('vercel token', `vcp_${r(ALNUM, 40)}`, (s) => `vercel deploy --prod --token ${s}`);
  add('tailscale auth key', `tskey-auth-${r(ALNUM, 12)}-${r(ALNUM, 32)}`, (s) => `tailscale up --authkey=${s}`);
  add('figma token', `figd_${r(B64URL, 40)}`, (s) => `curl -H 'X-Figma-Token: ${s}' https://api.figma.com/v1/me`);
  add('brevo key', `xkeysib-${r(HEXL, 64)}-${r(ALNUM, 16)}`, (s) => `BREVO_API_KEY=${s}`);
  add('cloudinary url', r(ALNUM, 27), (s) => `CLOUDINARY_URL=cloudinary://${r(DIGITS, 15)}:${s}@acme-media`);
  add('slack token in yaml', `xoxp-${r(DIGITS, 11)}-${r(DIGITS, 11)}-${r(DIGITS, 13)}-${r(HEXL, 32)}`, (s) => `slack:\n  user_token: ${s}`);
  return out;
}

export function hardNegativeCases(seed = 'rampart-secrets-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string) => out.push({ why, text });
  const sha = (s: string, alg = 'sha256') => createHash(alg).update(s).digest('hex');
  const sri = (s: string, alg = 'sha384') => `${alg}-${createHash(alg).update(s).digest('base64')}`;
  const uuid = () => `${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-b${r(HEXL, 3)}-${r(HEXL, 12)}`;
  const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

  // ---- environment references and secret-manager lookups ----
  add('env reference', 'OPENAI_API_KEY=${OPENAI_API_KEY}');
  add('env reference with default', 'DB_PASSWORD=${DB_PASSWORD:-}\nREDIS_PASSWORD=${REDIS_PASSWORD:?must be set}');
  add('shell variable', 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user');
  add('github actions secret', 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}');
  add('python environ', 'api_key = os.environ["STRIPE_SECRET_KEY"]\npassword = os.getenv("DB_PASSWORD")');
  add('node process.env', 'const client = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });');
  add('ruby ENV.fetch', "config.secret_key_base = ENV.fetch('SECRET_KEY_BASE')");
  add('windows variable', 'set PASSWORD=%DB_PASSWORD%\nsqlcmd -U sa -P %DB_PASSWORD%');
  add('command substitution', 'export GITHUB_TOKEN="$(gh auth token)"\nexport VAULT_TOKEN=$(cat /run/secrets/vault_token)');
  add('kubernetes secretKeyRef', 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password');
  add('aws secrets manager arn', 'password: "{{resolve:secretsmanager:prod/orders/db:SecretString:password}}"');
  add('vault path', 'token: vault:secret/data/ci#github_token\npassword: ((concourse_db_password))');
  add('docker secret file', 'POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password');
  add('terraform variable', 'resource "aws_db_instance" "main" {\n  password = var.db_password\n  username = local.db_user\n}');
  // ---- templates ----
  add('helm template', 'password: {{ .Values.postgresql.auth.password | quote }}\napiKey: {{ required "apiKey" .Values.apiKey }}');
  add('jinja template', 'db_password: "{{ vault_db_password }}"\nsecret_key: {% raw %}{{ secret_key }}{% endraw %}');
  add('erb template', "api_key: <%= ENV['MAPS_API_KEY'] %>");
  add('python format', 'headers = {"Authorization": f"Bearer {access_token}"}\nurl = "postgres://%s:%s@%s/db" % (user, password, host)');
  add('printf format', 'snprintf(buf, sizeof buf, "password=%s", pw);\nlog.Printf("token=%q", tok)');
  add('mustache in url', 'DATABASE_URL=postgres://{{DB_USER}}:{{DB_PASS}}@{{DB_HOST}}:5432/app');
  add('octopus / azure devops variable', 'ConnectionString: "Server=db;User Id=app;Password=#{DbPassword};"\napi_key: $(ApiKey)');
  add('placeholder in angle brackets', 'Authorization: Bearer <YOUR_ACCESS_TOKEN>\nX-Api-Key: <api-key>');
  // ---- placeholders and redacted values in docs ----
  add('your key here', 'export OPENAI_API_KEY="your-api-key-here"');
  add('x filler', 'GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
  add('star redaction', 'api_key: sk-proj-****************************************');
  add('truncated key in docs', 'Your key looks like `sk-ant-api03-...` and is shown only once.');
  add('masked last four', 'Using key sk-...a1B2 (created 2024-05-01)');
  add('redacted marker', '{"password": "[REDACTED]", "api_key": "***", "token": "<redacted>"}');
  add('bullet mask', 'Password: ••••••••••\nAPI key: ••••••••••••••••4f2a');
  add('changeme', 'POSTGRES_PASSWORD=changeme\nRABBITMQ_DEFAULT_PASS=change_me');
  add('dummy test value', 'token = "dummy-token-for-tests"\napi_key = "test_api_key"');
  add('insert here', 'STRIPE_SECRET_KEY=sk_test_INSERT_YOUR_KEY_HERE');
  add('sequential fake key', 'api_key = "abcdef1234567890abcdef1234567890"');
  add('sequential fake github token', 'token: ghp_1234567890abcdefghijklmnopqrstuvwxyz');
  add('sequential fake openai key', 'OPENAI_API_KEY=sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ');
  add('sequential fake anthropic key', `sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwxyz012345AA`);
  add('keyboard walk', 'password: "qwertyuiop123"\nsecret: asdfghjkl;');
  add('aws documentation example', 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  add('zeros key', 'AIzaSy000000000000000000000000000000000');
  add('jwt.io example token', `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`);
  const demoHeader = b64url({ alg: 'HS256', typ: 'JWT' });
  const demoPayload = b64url({ user: 'alice', role: 'admin' });
  // jwt.io re-signs an edited payload with its sample secret: the token people paste from its debugger.
  add('jwt edited in the jwt.io debugger', `token = "${demoHeader}.${demoPayload}.${createHmac('sha256', 'your-256-bit-secret').update(`${demoHeader}.${demoPayload}`).digest('base64url')}"`);
  add('jwt header only', 'Tokens start with eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 (the base64 of {"alg":"RS256","typ":"JWT"}).');
  add('truncated jwt', 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi...');
  // ---- hashes, lockfiles and SRI ----
  add('npm lockfile integrity', `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "${sri('lodash', 'sha512')}"\n}`);
  add('yarn lock', `lodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${sha('l', 'sha1')}"\n  integrity ${sri('lodash-y', 'sha512')}`);
  add('pnpm lock', `  /lodash@4.17.21:\n    resolution: {integrity: ${sri('pnpm', 'sha512')}}`);
  add('go.sum', `golang.org/x/crypto v0.21.0 h1:${createHash('sha256').update('go').digest('base64')}\ngolang.org/x/crypto v0.21.0/go.mod h1:${createHash('sha256').update('gomod').digest('base64')}`);
  add('cargo lock', `[[package]]\nname = "serde"\nversion = "1.0.197"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha('serde')}"`);
  add('poetry lock', `files = [\n    {file = "requests-2.31.0-py3-none-any.whl", hash = "sha256:${sha('requests')}"},\n]`);
  add('pip hashes', `requests==2.31.0 \\\n    --hash=sha256:${sha('req1')} \\\n    --hash=sha256:${sha('req2')}`);
  add('sri script tag', `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="${sri('bootstrap')}" crossorigin="anonymous"></script>`);
  add('docker digest', `FROM node:20-alpine@sha256:${sha('node20')}\nimage: ghcr.io/acme/api@sha256:${sha('api')}`);
  add('sha256sum output', `${sha('release')}  rampart-linux-amd64.tar.gz\n${sha('release2')}  rampart-darwin-arm64.tar.gz`);
  add('password hash in fixture', `INSERT INTO users (email, password_hash) VALUES ('a@example.com', '$2b$12$${r('./' + ALNUM, 53)}');`);
  add('md5 etag', `HTTP/1.1 200 OK\nETag: "${sha('etag', 'md5')}"\nContent-MD5: ${createHash('md5').update('c').digest('base64')}`);
  add('api key digest column', `"api_key_sha256": "${sha('k')}", "token_hash": "${sha('t')}"`);
  // ---- git ----
  add('git log', `commit ${sha('c1', 'sha1')}\nAuthor: Dev <dev@example.com>\nMerge: ${sha('c2', 'sha1').slice(0, 7)} ${sha('c3', 'sha1').slice(0, 7)}\n\n    Rotate token handling`);
  add('github api sha', `{"sha": "${sha('tree', 'sha1')}", "node_id": "C_kwDOA${r(ALNUM, 30)}", "url": "https://api.github.com/repos/acme/api/git/commits/${sha('tree', 'sha1')}"}`);
  add('lockfile git revision', `"resolved": "git+ssh://git@github.com/acme/secret-sauce.git#${sha('rev', 'sha1')}"`);
  add('submodule status', ` ${sha('sub', 'sha1')} vendor/token-bucket (v1.2.0)`);
  // ---- identifiers ----
  add('uuid request id', `{"request_id": "${uuid()}", "trace_id": "${r(HEXL, 32)}", "span_id": "${r(HEXL, 16)}"}`);
  add('uuid client id', `client_id: ${uuid()}\ntenant_id: ${uuid()}`);
  add('api key id', `"api_key_id": "${uuid()}", "key_name": "ci-deploy"`);
  add('aws arn', 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf');
  add('kms key id', `kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/${uuid()}"`);
  add('pagination token', `{"next_page_token": "${r(B64URL, 40)}", "items": []}`);
  add('csrf token', `<input type="hidden" name="csrf_token" value="${r(B64URL, 43)}">`);
  add('stripe publishable key', `const stripe = Stripe('pk_live_${r(ALNUM, 24)}');`);
  add('object storage key', 'key: uploads/2024/11/26/avatar-4f2a.png\nbucket: acme-user-content');
  add('cache key', 'cache_key = "user:8812:profile:v3"\nprimary_key: id');
  add('token type and expiry', '{"token_type": "Bearer", "expires_in": 3600, "token_expires_at": "2024-11-26T11:00:00Z"}');
  add('secret name', 'secretName: orders-db-credentials\nsecret_arn: prod/orders/db');
  // ---- encoded files and public material ----
  add('data uri png', `<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${r(B64, 120)}">`);
  add('base64 jpeg in json', `{"avatar": "/9j/4AAQSkZJRgABAQAAAQABAAD/${r(B64, 100)}", "token": "/9j/4AAQSkZJRgABAQEASABIAAD/${r(B64, 60)}"}`);
  add('ssh public key', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} dev@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r(B64, 200)} ci@runner`);
  add('pem public key', `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 64)}\n${r(B64, 64)}\n-----END PUBLIC KEY-----`);
  add('certificate', `-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBa${r(B64, 64)}\n${r(B64, 64)}\n-----END CERTIFICATE-----`);
  add('ssh host key fingerprint', `ED25519 key fingerprint is SHA256:${createHash('sha256').update('host').digest('base64').replace(/=+$/, '')}.`);
  add('gpg fingerprint', `gpg: using RSA key ${sha('gpg', 'sha1').toUpperCase()}\nFingerprint: ${sha('gpg2', 'sha1').toUpperCase().match(/.{4}/g)!.join(' ')}`);
  add('private key placeholder in docs', '-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----');
  // ---- prose and code about secrets ----
  add('prose about tokens', 'Rotate your token every 90 days; a personal access token starts with ghp_ and an OAuth token with gho_.');
  add('password policy', 'password_min_length: 12\npassword_require_symbols: true\npasswd: files systemd');
  add('getpass', 'password = getpass.getpass("Password: ")\ntoken = input("Token: ")');
  add('secret keyword in code', 'const secretKey = await kms.decrypt(blob);\nconst apiKey = config.get("apiKey");');
  add('url without credentials', 'https://user@github.com/acme/api.git\npostgres://localhost:5432/app');
  add('docs connection string', 'Server=myServerAddress;Database=myDataBase;User Id=myUsername;Password=myPassword;');
  add('default credentials', 'amqp://guest:guest@localhost:5672/\nredis://:@localhost:6379/0');
  add('regex for keys', 'GITHUB_TOKEN_RE = re.compile(r"ghp_[A-Za-z0-9]{36}")\nconst awsKey = /AKIA[0-9A-Z]{16}/;');
  add('css colours and ids', '.btn { color: #3f7868; background: #e387550f; }\n<div id="a1b2c3d4e5f6a7b8c9d0">');
  add('semver and build ids', 'version: 4.17.21\nbuild: 20241126.3\nrelease_token: v2.3.1-rc.4+build.5521');
  add('bitcoin example address in docs', 'Send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 (the address used in the wiki examples).');
  add('chat about a revoked key', 'I revoked the key that ended in 4f2a and created a new one in the dashboard; the old one is gone.');
  add('minified js with public search key', `docsearch({appId:"BH4D9OD16A",apiKey:"${r(HEXL, 32)}",indexName:"acme-docs",container:"#search"})`);
  add('oauth client id', `GOOGLE_CLIENT_ID=${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com`);
  // ---- encrypted at rest (safe to commit by design) ----
  add('sops encrypted yaml', `db:\n    password: ENC[AES256_GCM,data:${r(B64, 24)},iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\nsops:\n    version: 3.8.1`);
  add('ansible vault', `db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${r(DIGITS + 'abcdef', 80)}\n          ${r(DIGITS + 'abcdef', 80)}`);
  add('sealed secret', `kind: SealedSecret\nspec:\n  encryptedData:\n    password: AgB${r(B64, 120)}==`);
  // ---- more documentation and sample configs ----
  add('aws docs second example', 'AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nAWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY');
  // Microsoft's published emulator key, assembled so that this file does not carry an account key verbatim.
  const emulatorKey = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
  add('azure storage emulator key', `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${emulatorKey};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`);
  add('env example file', '# .env.example\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_test_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nJWT_SECRET=replace-with-a-long-random-string');
  add('markdown env table', '| Variable | Example |\n| --- | --- |\n| `GITHUB_TOKEN` | `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` |\n| `SLACK_WEBHOOK` | `https://hooks.slack.com/services/T000/B000/XXXX` |');
  add('openapi example', 'components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n  examples:\n    token: {value: "<token>"}');
  add('postman collection', '{"auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{access_token}}", "type": "string"}]}}');
  add('ci log masked', '2024-11-26T10:02:11Z Run npm publish\n  env:\n    NODE_AUTH_TOKEN: ***\n+ npm publish --access public');
  add('docker compose with env refs', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      POSTGRES_USER: app');
  add('k8s secret template', 'apiVersion: v1\nkind: Secret\nstringData:\n  password: "{{ .Values.password }}"\n  api-key: REPLACE_ME');
  add('spring property placeholder', 'spring.datasource.password=${DB_PASSWORD}\napp.jwt.secret=${JWT_SECRET:}');
  add('dotnet user secrets doc', 'dotnet user-secrets set "Movies:ServiceApiKey" "12345"');
  add('fake sequential hex secret', 'SECRET_KEY = "0123456789abcdef0123456789abcdef"');
  add('lorem ipsum password', 'password: "loremipsum"\napi_key: "lorem-ipsum-dolor-sit-amet"');
  add('hello world token', 'token = "hello-world-token"\nsecret = "my-super-secret"');
  add('mock in tests', 'mockClient := NewClient("test-api-key-123")\nexpect(auth.token).toBe("mock-token")');
  // ---- identifiers and encodings that look random ----
  add('sha in github actions pin', `uses: actions/checkout@${sha('checkout', 'sha1')} # v4.1.1`);
  add('mongodb object ids', `{"_id": {"$oid": "${r(HEXL, 24)}"}, "user_id": "${r(HEXL, 24)}"}`);
  add('ulid and nanoid', `order_id: 01HZX${r('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 21)}\nslug: ${r(B64URL, 21)}`);
  add('stripe object ids', `{"id": "ch_${r(ALNUM, 24)}", "customer": "cus_${r(ALNUM, 14)}", "payment_intent": "pi_${r(ALNUM, 24)}"}`);
  add('s3 presigned url without secret', `https://acme.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${r(UPPER + '234567', 16)}EXAMPLE%2F20241126%2Fus-east-1%2Fs3%2Faws4_request`);
  add('base64 font in css', `@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAAA${r(B64, 150)}) format("woff2"); }`);
  add('wasm/base64 blob', `const wasm = "AGFzbQEAAAAB${r(B64, 200)}";`);
  add('ssh known_hosts', `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI${r(B64, 100)}=`);
  add('x509 thumbprint', `thumbprint: ${sha('cert', 'sha1').toUpperCase()}\ncertificate_fingerprint_sha256: ${sha('cert')}`);
  add('salt and iv', `"salt": "${r(B64, 22)}==", "iv": "${r(B64, 22)}==", "kdf": "pbkdf2", "iterations": 600000`);
  add('nonce in csp', `Content-Security-Policy: script-src 'nonce-${r(B64, 24)}' 'strict-dynamic'`);
  add('oauth state and code challenge', `https://auth.acme.io/authorize?response_type=code&client_id=web&state=${r(B64URL, 32)}&code_challenge=${r(B64URL, 43)}&code_challenge_method=S256`);
  add('public key jwk', `{"kty": "EC", "crv": "P-256", "kid": "${r(B64URL, 20)}", "x": "${r(B64URL, 43)}", "y": "${r(B64URL, 43)}"}`);
  add('ethereum tx hash', `tx: 0x${r(HEXL, 64)}\nblock: 0x${r(HEXL, 64)}`);
  add('ipfs cid', `ipfs://bafybei${r('abcdefghijklmnopqrstuvwxyz234567', 52)}`);
  add('password field labels', '<label for="password">Password</label>\n<input id="password" type="password" name="password" autocomplete="current-password">');
  add('password prompt in prose', 'Enter your password when prompted; the token expires after 15 minutes, and the API key is shown once.');
  // ---- more look-alikes in other containers ----
  add('terraform plan sensitive', '  + resource "aws_db_instance" "main" {\n      + password = (sensitive value)\n      + username = "app"\n    }');
  add('npmrc env token', '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com');
  add('k8s secret of a placeholder', 'apiVersion: v1\nkind: Secret\ndata:\n  password: Y2hhbmdlbWU=\n  username: YWRtaW4=');
  add('github token expression', 'with:\n  token: ${{ github.token }}\n  github-token: ${{ secrets.GITHUB_TOKEN }}');
  add('csrf meta tag', `<meta name="csrf-token" content="${r(B64, 86)}==">`);
  add('sha1 integrity in old lockfile', `"integrity": "sha1-${createHash('sha1').update('old').digest('base64')}"`);
  add('header name constants', 'const TOKEN_HEADER = "X-Auth-Token";\nconst API_KEY_HEADER = "X-Api-Key";');
  add('null values', 'api_key=None\ntoken: null\npassword: ""\nsecret: ~');
  add('password regex', 'PASSWORD_REGEX = r"^(?=.*[A-Z])(?=.*\\d)(?=.*[^\\w\\s]).{12,}$"');
  add('swagger petstore demo key', 'curl -X GET "https://petstore.swagger.io/v2/pet/1" -H "api_key: special-key"');
  add('rails filtered log', 'Parameters: {"user"=>{"email"=>"a@b.c", "password"=>"[FILTERED]"}, "authenticity_token"=>"[FILTERED]"}');
  add('hidden and redacted in logs', 'login ok user=ops token=REDACTED api_key=<hidden> password=*****');
  add('webpack content hashes', `<script src="/static/js/main.${r(HEXL, 8)}.js"></script>\n<link href="/static/css/app.${r(HEXL, 20)}.css">`);
  add('argon2 and shadow hashes', `$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}\nroot:$6$${r(B64, 16).replace(/[+/]/g, 'x')}$${r(B64, 86).replace(/[+/]/g, 'y')}:19700:0:99999:7:::`);
  add('htpasswd line', `admin:$apr1$${r(ALNUM, 8)}$${r(ALNUM + './', 22)}`);
  add('ldap ssha', `userPassword: {SSHA}${r(B64, 32)}`);
  add('aes test vector', 'key = "000102030405060708090a0b0c0d0e0f"\nplaintext = "00112233445566778899aabbccddeeff"');
  add('twilio docs sid placeholder', 'TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nTWILIO_AUTH_TOKEN=your_auth_token');
  add('zeros api key', "api_key: '0000000000000000'\nsecret: 'ffffffffffffffffffffffffffffffff'");
  add('makefile variable', 'deploy:\n\tcurl -u "$(USER):$(PASSWORD)" -X POST $(URL)');
  add('markdown image base64', `![diagram](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg${r(B64, 160)})`);
  add('iam arn', 'Principal: {"AWS": "arn:aws:iam::123456789012:role/deploy"}\nkey_arn: arn:aws:kms:eu-west-1:123456789012:alias/app');
  add('prose naming a key format', 'Anthropic keys look like sk-ant-api03- followed by 95 characters; OpenAI project keys start with sk-proj-.');
  add('public key under a key name', `"token_verification_key": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r(B64, 86)}"`);
  add('ssh public key under a secret name', `secret_ssh_pubkey: AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)}`);
  add('certificate under a token name', `token_signing_cert: "MIIDdzCCAl+gAwIBAgIE${r(B64, 120)}"`);
  // ---- command lines without a literal secret ----
  add('docker login from stdin', 'echo "$CR_PAT" | docker login ghcr.io -u acme-bot --password-stdin\ndocker build --secret id=npmrc,src=$HOME/.npmrc .');
  add('cli flags with references', 'acme-cli deploy --api-key "$ACME_API_KEY" --token ${{ secrets.DEPLOY_TOKEN }} --token-file ~/.acme/token --secret-name prod/db');
  add('cli flags with placeholders', 'acme-cli login --password <your-password> --api-key YOUR_API_KEY --client-secret=changeme');
  add('mysql prompting for a password', 'mysql -u root -p -h db.internal orders\nmysqldump -P 3306 -u backup -p --all-databases > all.sql');
  add('command substitution into flags', 'kubectl create secret generic db --from-literal=password=$(openssl rand -base64 32)\ngh api --token=$(gh auth token) /user');
  add('redis-cli with env', 'redis-cli -h cache -a "$REDIS_PASSWORD" ping\nsshpass -p "$SSH_PASS" ssh deploy@10.0.0.5');
  add('powershell secure string from variable', '$secure = ConvertTo-SecureString $plain -AsPlainText -Force');
  add('basic auth from variables', 'requests.get(url, auth=(username, password))\nHTTPBasicAuth(os.environ["U"], os.environ["P"])');
  add('appsettings header names', '<add key="ApiKeyHeader" value="X-Api-Key" />\n<add key="Password" value="" />\n<add key="TokenLifetime" value="3600" />');
  add('flags that take other values', 'mkdir -p /var/lib/mysql && cp -pr conf/ /etc/mysql && docker run -p8080:80 mysql:8\nacme-cli --token-type bearer --api-key-id kid_01');
  // ---- stored hashes, schemas, queries and translations under a password key ----
  add('bcrypt hash in users fixture', `[{"email": "ana@example.com", "password": "$2b$12$${r(ALNUM + './', 53)}"}]`);
  add('django password hash fixture', `{"model": "auth.user", "fields": {"username": "admin", "password": "pbkdf2_sha256$600000$${r(ALNUM, 22)}$${r(B64, 43)}="}}`);
  add('argon2 in password column', `password: "$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}"`);
  add('spring encoded password', `spring.security.user.password={bcrypt}$2a$10$${r(ALNUM + './', 53)}`);
  add('json schema', '"password": {"type": "string", "minLength": 12, "format": "password"}');
  add('graphql variables', 'mutation Login($password: String!) { login(email: $email, password: $password) { token } }');
  add('typed signature', 'def login(user: str, password: str) -> Token: ...\nclass Settings(BaseSettings):\n    db_password: SecretStr');
  add('sql parameters', 'SELECT id FROM users WHERE email = ? AND password = ?;\nUPDATE users SET password = :password WHERE id = @Id;');
  add('i18n german', '{"login": "Anmelden", "password": "Passwort", "forgot_password": "Passwort vergessen?"}');
  add('i18n spanish', 'password: Contraseña\ntoken_expired: "Su sesión ha expirado"');
  add('i18n dutch and swedish', '"password": "Wachtwoord",\n"password": "Lösenord"');
  add('i18n french', 'password = "Mot_de_passe"');
  add('token counts', '"usage": {"prompt_tokens": 1234, "completion_tokens": 567, "total_tokens": 1801}\nmax_tokens: 4096');
  add('tokenizer output', 'tokens = tokenizer.encode("hello world")  # [15339, 1917]\ntoken_ids: [101, 7592, 2088, 102]');
  add('keyword-only prose', 'Never paste an API key, token or password into a chat. Use a secret manager; the password for the office wifi is on the fridge.');
  add('sample env in docs', '# Copy to .env and fill in\nOPENAI_API_KEY=sk-your-key\nANTHROPIC_API_KEY=sk-ant-your-key\nGITHUB_TOKEN=ghp_your_token');
  add('stack trace addresses', `#0 0x00007ffd5e8c1a20 in main () at app.c:42\n#1 0x${r(HEXL, 16)} in __libc_start_main`);
  add('git lfs pointer', `version https://git-lfs.github.com/spec/v1\noid sha256:${sha('lfs')}\nsize 1048576`);
  add('magnet link and eth tx', `magnet:?xt=urn:btih:${r(HEXL, 40)}&dn=ubuntu-24.04-desktop-amd64.iso\ntx: 0x${r(HEXL, 64)}`);
  add('aws request ids', `x-amz-request-id: ${r(HEXL, 16).toUpperCase()}\nx-amz-id-2: ${r(B64, 76)}`);
  add('hex encoded text', 'data = bytes.fromhex("48656c6c6f2c20776f726c6421")  # "Hello, world!"');
  add('env var list', 'Required: DATABASE_URL, REDIS_URL, JWT_SECRET, STRIPE_SECRET_KEY, SENTRY_DSN');
  // A DSN's key only submits events; Sentry documents it as public (a secret here until session 24, see rules.ts).
  add('sentry dsn', `Sentry.init({ dsn: "https://${r(HEXL, 32)}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}" })`);
  // ---- secret-manager references, replacement markers and other non-values ----
  add('1password reference', 'DB_PASSWORD=op://Production/orders-db/password');
  add('azure key vault reference', '"password": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/)"');
  add('aws secrets manager arn as value', 'api_key: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/api-key-AbCdEf');
  add('gcp secret manager name', 'client_secret: projects/acme-prod/secrets/oauth-client-secret/versions/latest');
  add('generic sm reference', 'password: sm://acme-prod/db-password\ntoken: ssm:/prod/deploy/token');
  add('replacement markers', 'password: "__PASSWORD__"\napi_key: "@@API_KEY@@"\nsecret: "%env(APP_SECRET)%"\ntoken: "(hidden)"');
  add('env defaults and yaml tags', 'auth_token: !ENV ${AUTH_TOKEN}\npassword: !secret mqtt_password\nJWT_SECRET=${JWT_SECRET:-please-change-me}');
  add('code reading a secret', 'password: Optional[str] = None\nconst password = req.body.password;\napi_key = settings.get("api_key", "")');
  add('working directory', 'PWD=/home/ana/projects/rampart\nOLDPWD=/home/ana');
  add('client-side keys under secret-ish names', `"mapboxAccessToken": "pk.eyJ1IjoiYWNtZSIsImEiOiJ${r(B64URL, 20)}.${r(B64URL, 22)}"\nstripe_api_key: pk_live_${r(ALNUM, 24)}\nposthog_token: phc_${r(ALNUM, 43)}`);
  // ---- API objects, ids, tokens of other kinds and code that handles secrets (written as a blind batch, measured before any fix) ----
  add('look-alike 1', `{"object": "list", "data": [{"id": "file-${r(B64URL, 24)}", "object": "file", "purpose": "fine-tune"}]}`);
  add('look-alike 2', `{"id": "chatcmpl-${r(B64URL, 29)}", "object": "chat.completion", "system_fingerprint": "fp_${r(HEXL, 10)}"}`);
  add('look-alike 3', `{"id": "msg_01${r(B64URL, 22)}", "type": "message", "role": "assistant", "stop_reason": "end_turn"}`);
  add('look-alike 4', `thread_id: thread_${r(B64URL, 24)}\nrun_id: run_${r(B64URL, 24)}\nassistant_id: asst_${r(B64URL, 24)}`);
  add('look-alike 5', `"session_id": "${uuid()}", "conversation_id": "${uuid()}"`);
  add('look-alike 6', `x-request-id: req_${r(HEXL, 32)}\nopenai-organization: org-${r(B64URL, 24)}`);
  add('look-alike 7', `"fingerprint": "SHA256:${r(B64, 43)}"`);
  add('look-alike 8', `secrets:\n  - name: db-password\n    key: password\n    version: latest`);
  add('look-alike 9', `<meta name="google-site-verification" content="${r(B64URL, 43)}" />`);
  add('look-alike 10', `<meta name="csrf-param" content="authenticity_token" />\n<meta name="csrf-token" content="${r(B64, 86)}==" />`);
  add('look-alike 11', `"nonce": "${r(B64URL, 22)}", "state": "${r(B64URL, 32)}", "code_verifier": "${r(B64URL, 43)}"`);
  add('look-alike 12', `etag: W/"${r(HEXL, 32)}"\nlast-modified: Tue, 26 Nov 2024 10:00:00 GMT`);
  add('look-alike 13', `docker pull ghcr.io/acme/api@sha256:${r(HEXL, 64)}`);
  add('look-alike 14', `"checksum": "${r(HEXL, 64)}", "algorithm": "sha256"`);
  add('look-alike 15', `export GPG_TTY=$(tty)\nexport SSH_AUTH_SOCK=/run/user/1000/keyring/ssh`);
  add('look-alike 16', `"access_token": "", "refresh_token": null, "expires_in": 0`);
  add('look-alike 17', `Bearer token required. Send it as "Authorization: Bearer <token>".`);
  add('look-alike 18', `if token == "" { return errors.New("token is required") }`);
  add('look-alike 19', `assert resp.json()["token_type"] == "bearer"`);
  add('look-alike 20', `const API_KEY_PATTERN = /^sk-[A-Za-z0-9]{48}$/;`);
  add('look-alike 21', `"secretKeyRef": {"name": "db", "key": "password"}`);
  add('look-alike 22', `kubectl -n prod get secret db-credentials -o jsonpath='{.data.password}' | base64 -d`);
  add('look-alike 23', `aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text`);
  add('look-alike 24', `vault kv get -field=password secret/prod/db`);
  add('look-alike 25', `gh secret set NPM_TOKEN --body "$NPM_TOKEN"`);
  add('look-alike 26', `password_reset_url: https://acme.io/reset?uid=${r(HEXL, 8)}&t=${r(HEXL, 20)}`);
  add('look-alike 27', `unsubscribe: https://acme.io/u/${r(B64URL, 40)}`);
  add('look-alike 28', `"avatar_url": "https://avatars.githubusercontent.com/u/${r(HEXL, 7)}?v=4", "gravatar_id": ""`);
  add('look-alike 29', `recaptcha_site_key: 6Le${r(B64URL, 37)}`);
  add('look-alike 30', `"publishableKey": "pk_live_${r(B64URL, 24)}"`);
  add('look-alike 31', `NEXT_PUBLIC_POSTHOG_KEY=phc_${r(B64URL, 43)}`);
  add('look-alike 32', `segment_write_key: ${r(B64URL, 32)}`);
  add('look-alike 33', `"mapboxAccessToken": "pk.eyJ1IjoiYWNtZSIsImEiOiJ${r(B64URL, 20)}.${r(B64URL, 22)}"`);
  add('look-alike 34', `RSA_PUBLIC_KEY="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 200)}"`);
  add('look-alike 35', `"key": "${r(HEXL, 40)}", "type": "commit"`);
  add('look-alike 36', `public_token: public-sandbox-${uuid()}`);
  add('look-alike 37', `license_key: XXXX-XXXX-XXXX-XXXX`);
  add('look-alike 38', `serial: ABCD-1234-EFGH-5678`);
  add('look-alike 39', `"api_version": "2024-10-28.acacia", "livemode": false`);
  add('look-alike 40', `token_endpoint: https://oauth2.googleapis.com/token\njwks_uri: https://www.googleapis.com/oauth2/v3/certs`);
  add('look-alike 41', `# Settings\n| key | description |\n|---|---|\n| api_key | Your API key from the dashboard |\n| secret | Signing secret (min 32 chars) |`);
  add('look-alike 42', `The token ${'`'}ghp_${'x'.repeat(36)}${'`'} in the screenshot is fake.`);
  add('look-alike 43', `"integrity": "sha384-${r(B64, 64)}"`);
  add('look-alike 44', `sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpb${r(B64, 120)}`);
  add('look-alike 45', `font: url("data:font/woff2;base64,d09GMgABAAAAA${r(B64, 80)}")`);
  add('look-alike 46', `"access_key_id": "${'AKIA' + 'I'.repeat(0)}IOSFODNN7EXAMPLE"`);
  add('look-alike 47', `aws_session_token = "${'IQoJb3JpZ2luX2VjE'}..."`);
  add('look-alike 48', `Set-Cookie: __cf_bm=${r(B64URL, 43)}; path=/; expires=Tue, 26-Nov-24 11:00:00 GMT; HttpOnly`);
  add('look-alike 49', `X-Amzn-Trace-Id: Root=1-${r(HEXL, 8)}-${r(HEXL, 24)}`);
  add('look-alike 50', `traceparent: 00-${r(HEXL, 32)}-${r(HEXL, 16)}-01`);
  add('look-alike 51', `"hash": "${r(HEXL, 40)}", "short_hash": "${r(HEXL, 7)}"`);
  add('look-alike 52', `"secret_hash": "${r(B64, 44)}"`);
  add('look-alike 53', `"token_hash": "${r(HEXL, 64)}"`);
  add('look-alike 54', `password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())`);
  add('look-alike 55', `const secret = crypto.randomBytes(32).toString("hex");`);
  add('look-alike 56', `SECRET_KEY = get_random_secret_key()`);
  add('look-alike 57', `api_key = generate_api_key(prefix="sk_")`);
  add('look-alike 58', `token = jwt.encode(payload, key, algorithm="HS256")`);
  add('look-alike 59', `export const EXAMPLE_TOKEN = "ghp_EXAMPLE0000000000000000000000000000";`);
  add('look-alike 60', `- password: '{{ vault_password }}'\n- token: '{{ lookup("hashi_vault", "secret=kv/data/ci:token") }}'`);
  add('look-alike 61', `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/service-account-token\nmetadata:\n  annotations:\n    kubernetes.io/service-account.name: build-robot`);
  add('look-alike 62', `client_id=${r(HEXL, 20)}.apps.example.com&redirect_uri=https%3A%2F%2Facme.io%2Fcb&response_type=code&scope=openid`);
  add('look-alike 63', `"key_id": "${r(ALNUM, 20)}", "key_name": "ci", "key_prefix": "sk-proj-abc"`);
  add('look-alike 64', `[${Array.from({ length: 4 }, () => `"${r(HEXL, 64)}"`).join(', ')}]  # merkle leaves`);
  add('look-alike 65', `uuid: ${r(HEXL, 8)}-${r(HEXL, 4)}-4${r(HEXL, 3)}-a${r(HEXL, 3)}-${r(HEXL, 12)}`);
  add('look-alike 66', `{"bucket": "uploads", "key": "${r(ALNUM, 40)}.png"}`);
  add('look-alike 67', `Idempotency-Key: ${r(ALNUM, 32)}`);
  add('look-alike 68', `"signature": "${r(B64, 88)}", "algorithm": "ed25519", "public_key": "${r(B64, 44)}"`);
  add('look-alike 69', `webhook_signature = hmac.new(secret, body, hashlib.sha256).hexdigest()`);
  add('hash of a key in logs', `2024-11-26 INFO api key accepted key_id=kid_${r(ALNUM, 10)} key_sha256=${sha('kk')}`);
  return out;
}
