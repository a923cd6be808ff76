/**
 * Blind evaluation batch J for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch I) or any notes, and without running it. Batch J aims at RUNTIME TEXT, the kind
 * an LLM gateway or a log/dataset scrubber sees rather than a repository scanner:
 * (1) application and server logs that leak credentials: Python/Java/Go/Node stack traces and debug
 *     dumps of config objects and requests, `repr()` of settings objects, Django/Rails debug output,
 *     Kubernetes pod logs and `kubectl describe`, nginx/Apache/Envoy access logs with tokens in query
 *     strings, OAuth redirect URLs with `access_token` in the fragment, presigned S3/GCS/Azure URLs;
 * (2) chat, e-mail and ticket text where people paste credentials ("here's the key:", OCR of a settings
 *     page, Jira comment, Slack thread, support ticket, Teams message) in English, Spanish, French,
 *     German, Italian, Portuguese, Polish, Turkish, Russian, Chinese and Japanese;
 * (3) LLM prompts: a pasted .env or curl command with "why does this fail?", function-calling tool
 *     arguments and tool results in JSON (often escaped JSON inside JSON), MCP server configs;
 * (4) cloud CLI output: aws sts assume-role / get-session-token / iam create-access-key, az
 *     get-access-token and create-for-rbac, gcloud print-access-token and service-account key files,
 *     kubectl config view --raw, docker config.json after login, heroku auth:token, vault token lookup,
 *     gh/glab auth output, firebase login:ci;
 * (5) connection strings in less usual schemes: amqps, rediss, mongodb+srv, Cassandra/Astra, Elasticsearch
 *     with user:pass, Kafka SASL JAAS config, ADO.NET (MSSQL), ODBC, NATS, ClickHouse, Neo4j.
 *
 * Negatives use the same runtime containers: masked values (`sk-****`, `***redacted***`, `[FILTERED]`,
 * `[MASKED]`, `DATA+OMITTED`, last-4 hints), request/trace/span ids, checksums and digests, commit SHAs
 * in deploy logs, UUIDs, base64 of ordinary JSON, public keys and certificates, ETags, cache keys,
 * pagination cursors, webhook signature headers, CSRF token names, prose about keys, chat placeholders,
 * documentation example values labelled as such, key names without values, auth error messages without
 * values, password-policy messages, and publishable/public client keys.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key. The only
 * literal-looking values are the AWS documentation example pair and the jwt.io sample token, which are
 * assembled from parts and appear only in negatives that label them as examples.
 *
 * Judgment calls:
 * - Where a text holds an identifier next to its secret (AWS key id + secret key, Twilio SID + auth
 *   token, Kafka API key + secret, client id + client secret, username + password), `secret` is the
 *   secret half. For STS output there are two cases: one with `secret` = SecretAccessKey, one with
 *   `secret` = SessionToken.
 * - For presigned URLs `secret` is the signature value as it appears (hex for S3/GCS, URL-encoded base64
 *   `sig` for Azure SAS): a leaked presigned URL grants access until it expires.
 * - For HTTP Basic auth headers and docker `auth` entries `secret` is the base64 blob (it decodes to
 *   user:password).
 * - For kubeconfig `client-key-data` `secret` is the base64 of the PEM private key.
 * - Bearer JWTs (Azure AD access token, Kubernetes service-account token, Supabase service_role key,
 *   Auth0 management token) are positives; the Supabase anon key is a negative (meant for browsers).
 * - Session ids: I count a session cookie value as a bearer credential, so none is used as a negative.
 *   The only "session"-like negatives are analytics/correlation ids (`_ga` client id, conversation and
 *   trace ids) that cannot authenticate anyone.
 * - Webhook signature headers (X-Hub-Signature-256, Stripe-Signature, X-Slack-Signature,
 *   X-Twilio-Signature) are negatives: a per-message HMAC is not reusable as a credential.
 * - `aws sts get-caller-identity` (AIDA/AROA unique ids, account id, ARN) is a negative; no negative
 *   holds an AKIA/ASIA access key id.
 * - Partly masked keys that keep a prefix and the last 4 characters (OpenAI/Stripe error messages,
 *   `aws configure list`, dashboards) are negatives.
 * - Publishable/browser keys are negatives: Stripe `pk_live_`, Firebase web config `apiKey`, Algolia
 *   search-only key, Supabase anon JWT, reCAPTCHA site key.
 * - A modern Sentry DSN is not used on either side; a Sentry org auth token (`sntrys_`) is a positive.
 * - A Heroku token is written as the newer `HRKU-` form; a Google refresh token as `1//0…`; an Okta API
 *   token as 42 characters starting `00`; a Pinecone key as `pcsk_…`; a Notion token as `ntn_…`; a
 *   Vercel token as 24 alphanumerics named by context. These shapes are from memory and may be off in
 *   length; each sits in a context that names the vendor.
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

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A PEM block whose body starts with a DER-looking `head`, broken into 64-character rows joined by `nl`. */
function pemBlock(r: R, label: string, head: string, bodyLength: number, nl = '\n'): string {
  const body = head + r(B64, Math.max(0, bodyLength - head.length));
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(nl);
}

/** A JWT with the given header and payload and `sigLength` random base64url signature characters. */
function jwtOf(r: R, header: object, payload: object, sigLength: number): string {
  return `${b64urlJson(header)}.${b64urlJson(payload)}.${r(B64URL, sigLength)}`;
}

const WORDS = [
  'anchor',
  'basalt',
  'cedar',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'indigo',
  'juniper',
  'kestrel',
  'lagoon',
  'mistral',
  'nectar',
  'obsidian',
  'prairie',
] as const;

export function batchJPositives(seed = 'blind-j-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password: word, digits, symbol, capitalised word, two characters. */
  const pw = (): string => `${word()}${r(DIGITS, 3)}${r('!@#$%&*', 1)}${cap(word())}${r(ALNUM, 2)}`;
  const ghTok = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const ghFine = (): string => `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`;
  const openaiProj = (): string => `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`;
  const anthropic = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const akia = (): string => `AKIA${r(AWS_ID, 16)}`;
  const asia = (): string => `ASIA${r(AWS_ID, 16)}`;
  const awsSecret = (): string => r(B64, 40);
  const stsToken = (): string => `IQoJb3JpZ2luX2VjE${r(B64, 380)}`;
  const googleKey = (): string => `AIzaSy${r(B64URL, 33)}`;
  const ya29 = (): string => `ya29.a0${r(B64URL, 200)}`;
  const stripeLive = (): string => `sk_live_51${r(ALNUM, 97)}`;
  const slackBot = (): string => `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`;
  const slackUser = (): string => `xoxp-${r(DIGITS, 12)}-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(HEXL, 32)}`;
  const sendgrid = (): string => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`;
  const hf = (): string => `hf_${r(UPPER + LOWER, 34)}`;
  const npmTok = (): string => ghTok('npm_');
  const pypi = (): string => `pypi-AgEIcHlwaS5vcmc${r(B64URL, 150)}`;
  const dockerPat = (): string => `dckr_pat_${r(B64URL, 27)}`;
  const glpat = (): string => `glpat-${r(B64URL, 20)}`;
  const azureSecret = (): string => `${r(ALNUM, 3)}8Q~${r(`${ALNUM}_-.~`, 34)}`;
  const jwtRs = (payload: object): string => jwtOf(r, { alg: 'RS256', typ: 'JWT', kid: r(B64URL, 27) }, payload, 342);
  const pwEsc = (): string => `${cap(word())}_${r(ALNUM, 10)}${r(DIGITS, 2)}`;

  // --- (1) Application and server logs -------------------------------------------------------------
  add('openai key in a Python traceback of request headers', openaiProj(), (s) => `Traceback (most recent call last):\n  File "/srv/app/llm/client.py", line 88, in complete\n    resp = session.post(url, json=body, headers=headers, timeout=30)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.openai.com', port=443): Read timed out. (read timeout=30)\nDEBUG llm.client headers={'Content-Type': 'application/json', 'Authorization': 'Bearer ${s}'}`);
  add('stripe key in repr() of a settings object', stripeLive(), (s) => `>>> settings\nSettings(env='production', debug=False, database_url='postgresql://billing@pg-primary:5432/billing', stripe_secret_key='${s}', stripe_api_version='2024-06-20')`);
  add('password in a Java DataSourceProperties toString in a startup failure', pw(), (s) => `2026-11-27 09:14:02.118 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': DataSourceConfig{url=jdbc:postgresql://pg.acme.internal:5432/ledger, username=ledger_app, password=${s}, maxPoolSize=20}\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1804)`);
  add('github token in a Go %+v config dump in a panic', ghTok('ghp_'), (s) => `panic: sync worker: unexpected status 403\n\ncfg: &{Owner:acme Repo:infra Branch:main Token:${s} Interval:5m0s}\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/sync/main.go:57 +0x2b4\nexit status 2`);
  add('anthropic admin key in a Node util.inspect config dump', `sk-ant-admin01-${r(B64URL, 93)}AA`, (s) => `[2026-11-27T08:01:44.552Z] debug: loaded config {\n  port: 8080,\n  anthropic: {\n    adminKey: '${s}',\n    workspace: 'wrkspc_${r(B64URL, 24)}'\n  },\n  logLevel: 'debug'\n}`);
  add('sendgrid key in an AxiosError dump', sendgrid(), (s) => `AxiosError: Request failed with status code 400\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    method: 'post',\n    url: 'https://api.sendgrid.com/v3/mail/send',\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${s}'\n    }\n  },\n  code: 'ERR_BAD_REQUEST'`);
  add('database URL password on a Django debug page settings table', pwEsc(), (s) => `Settings\nUsing settings module acme.settings.staging\nSetting\tValue\nALLOWED_HOSTS\t['staging.acme.io']\nDATABASE_URL\t'postgres://acme_web:${s}@10.40.1.12:5432/acme'\nDEBUG\tTrue\nSECRET_KEY\t'********************'`);
  add('gitlab token in an unfiltered Rails request log', glpat(), (s) => `Started POST "/integrations/gitlab/sync" for 10.0.4.21 at 2026-11-27 10:02:11 +0000\nProcessing by Integrations::GitlabController#sync as JSON\n  Parameters: {"project"=>"acme/web", "auth"=>"${s}", "ref"=>"main"}\nCompleted 202 Accepted in 41ms`);
  add('hugging face token printed at startup in a Kubernetes pod log', hf(), (s) => `$ kubectl logs -n ml deploy/embedder --tail=5\nINFO  Starting embedder v2.3.1\nINFO  model=BAAI/bge-large-en-v1.5 device=cuda:0\nDEBUG env HF_HOME=/cache HF_TOKEN=${s} TRANSFORMERS_OFFLINE=0\nINFO  Uvicorn running on http://0.0.0.0:8000`);
  add('literal env password in kubectl describe pod', pw(), (s) => `Containers:\n  api:\n    Image:          registry.acme.io/api:4.12.0\n    Port:           8080/TCP\n    Environment:\n      SPRING_PROFILES_ACTIVE:  prod\n      DB_USER:                 api\n      DB_PASSWORD:             ${s}\n      REDIS_HOST:              redis-master.cache.svc\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-7x2lq (ro)`);
  add('gitlab private_token in an nginx access log query string', glpat(), (s) => `10.12.0.7 - - [27/Nov/2026:10:15:32 +0000] "GET /api/v4/projects/412/pipelines?private_token=${s}&per_page=100 HTTP/1.1" 200 18342 "-" "python-requests/2.32.3"`);
  add('gemini key in an egress proxy log', googleKey(), (s) => `1764238512.331    412 10.8.0.14 TCP_TUNNEL/200 5120 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?key=${s} - HIER_DIRECT/142.250.74.42 application/json`);
  add('basic auth header in an Envoy access log', b64(`svc-metrics:${pw()}`), (s) => `[2026-11-27T10:21:09.004Z] "GET /federate?match%5B%5D=up HTTP/1.1" 200 - 0 48211 37 35 "10.2.0.9" "Prometheus/2.53.0" "${uuid(r)}" "prom.acme.internal" "10.2.3.4:9090" authorization="Basic ${s}"`);
  add('google access token in an OAuth implicit-flow redirect fragment', ya29(), (s) => `10.0.0.5 - - [27/Nov/2026:10:30:00 +0000] "GET /oauth/callback HTTP/1.1" 200 512 "https://app.acme.io/oauth/callback#state=${r(B64URL, 16)}&access_token=${s}&token_type=Bearer&expires_in=3599&scope=email%20profile" "Mozilla/5.0"`);
  add('facebook user token in a redirect fragment copied into a bug report', `EAAG${r(ALNUM, 180)}`, (s) => `Steps to reproduce: log in with Facebook, you land on\nhttps://app.acme.io/auth/fb#access_token=${s}&data_access_expiration_time=1772000000&expires_in=5183999\nand the page stays blank.`);
  add('S3 presigned URL signature in an Apache access log', r(HEXL, 64), (s) => `203.0.113.40 - - [27/Nov/2026:11:02:19 +0000] "GET /download?u=https%3A%2F%2Facme-exports.s3.eu-west-1.amazonaws.com%2Freports%2Fq3.csv%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D${akia()}%252F20261127%252Feu-west-1%252Fs3%252Faws4_request%26X-Amz-Date%3D20261127T110000Z%26X-Amz-Expires%3D604800%26X-Amz-SignedHeaders%3Dhost%26X-Amz-Signature%3D${s} HTTP/1.1" 302 0`);
  add('GCS signed URL signature in an application log', r(HEXL, 512), (s) => `INFO exports.py:212 signed url for tenant=417: https://storage.googleapis.com/acme-exports/tenant-417/export.parquet?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme-prod.iam.gserviceaccount.com%2F20261127%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20261127T111500Z&X-Goog-Expires=86400&X-Goog-SignedHeaders=host&X-Goog-Signature=${s}`);
  add('Azure SAS signature in a reverse-proxy log', encodeURIComponent(`${r(B64, 43)}=`), (s) => `time=2026-11-27T11:20:44Z level=info msg="upstream request" method=PUT url="https://acmebackups.blob.core.windows.net/nightly/db-2026-11-27.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2026-11-27T00:00:00Z&spr=https&sig=${s}" status=201`);
  add('telegram bot token in a requests ConnectionError URL', `${r('123456789', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`, (s) => `ERROR notifier: requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.telegram.org', port=443): Max retries exceeded with url: /bot${s}/sendMessage?chat_id=-100${r(DIGITS, 10)} (Caused by NameResolutionError("Failed to resolve 'api.telegram.org'"))`);
  add('aws secret key in printed frozen credentials', awsSecret(), (s) => `>>> boto3.Session(profile_name="prod").get_credentials().get_frozen_credentials()\nReadOnlyCredentials(access_key='${akia()}', secret_key='${s}', token=None)`);
  add('shopify admin token in an OkHttp BODY log', `shpat_${r(HEXL, 32)}`, (s) => `I/okhttp.OkHttpClient: --> POST https://acme-store.myshopify.com/admin/api/2024-10/graphql.json\nI/okhttp.OkHttpClient: Content-Type: application/json\nI/okhttp.OkHttpClient: X-Shopify-Access-Token: ${s}\nI/okhttp.OkHttpClient: {"query":"{ shop { name } }"}\nI/okhttp.OkHttpClient: --> END POST (28-byte body)`);
  add('cloudflare API token in a Go httputil.DumpRequest', r(`${ALNUM}_-`, 40), (s) => `DEBUG dns-sync request:\nPATCH /client/v4/zones/${r(HEXL, 32)}/dns_records/${r(HEXL, 32)} HTTP/1.1\nHost: api.cloudflare.com\nAuthorization: Bearer ${s}\nContent-Type: application/json\n\n{"content":"203.0.113.9","ttl":300}`);
  add('sentry org auth token in a sentry-cli debug log', `sntrys_${b64urlJson({ iat: 1764200000.1, url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'acme' }).replace(/=+$/, '')}_${r(B64, 43)}`, (s) => `  DEBUG   2026-11-27 11:40:02.118 sentry-cli version: 2.39.1, platform: "linux", architecture: "x86_64"\n  DEBUG   2026-11-27 11:40:02.118 sentry-cli was invoked with the following command line: "sentry-cli" "releases" "new" "web@4.12.0" "--auth-token" "${s}"`);
  add('paypal client secret echoed by a docker compose service', `E${r(B64URL, 79)}`, (s) => `payments-1  | [entrypoint] resolved environment:\npayments-1  |   PAYPAL_MODE=live\npayments-1  |   PAYPAL_CLIENT_ID=A${r(B64URL, 79)}\npayments-1  |   PAYPAL_CLIENT_SECRET=${s}\npayments-1  | [entrypoint] starting gunicorn`);
  add('slack user token in a pino JSON request log', slackUser(), (s) => `{"level":30,"time":1764242000123,"pid":7,"hostname":"slack-bridge-6c9f","req":{"id":412,"method":"POST","url":"/relay","headers":{"host":"bridge.internal","authorization":"Bearer ${s}","content-type":"application/json"}},"msg":"request received"}`);
  add('twilio auth token in a PHP Guzzle exception message', r(HEXL, 32), (s) => `PHP Fatal error:  Uncaught GuzzleHttp\\Exception\\ClientException: Client error: \`POST https://AC${r(HEXL, 32)}:${s}@api.twilio.com/2010-04-01/Accounts/AC${r(HEXL, 32)}/Messages.json\` resulted in a \`401 UNAUTHORIZED\` response in /var/www/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:111`);

  // --- (2) Chat, e-mail and tickets ------------------------------------------------------------------
  add("openai key after \"here's the key\" in a Slack message", openaiProj(), (s) => `maya  10:42 AM\nhere's the key: ${s}\nit's the prod project one, pls don't put it in the repo 🙏`);
  add('fine-grained github PAT after "use this token" in a Slack thread', ghFine(), (s) => `> does anyone have access to the release bot?\nuse this token for now, it expires friday:\n${s}\n> thx, working`);
  add('sendgrid key in OCR text of a settings screenshot', sendgrid(), (s) => `[image.png — OCR]\nSettings > API Keys\nAPI Key Created\nPlease copy this key and save it somewhere safe.\nFor security reasons, we cannot show it to you again\n${s}\nDone`);
  add('rabbitmq password in a Jira comment', pw(), (s) => `Piotr Nowak added a comment - 27/Nov/26 11:02 AM\nDeployed to staging. Credentials for the broker UI: user *svc_orders* / pass *${s}* (will rotate after the demo).`);
  add('shopify token in a support ticket', `shpat_${r(HEXL, 32)}`, (s) => `Ticket #88213 — Sync stopped working\nFrom: owner@kittyboutique.example\n\nHi, the app stopped syncing orders yesterday. Here is my admin API access token in case you need it: ${s}\nStore: kitty-boutique.myshopify.com\nThanks!`);
  add('digitalocean token in a Teams message', `dop_v1_${r(HEXL, 64)}`, (s) => `[11:15] Jonas Weber\nkannst du mal mit dem Token probieren? dop token for the staging team: ${s}\n[11:16] Amira Haddad\nworks, thanks`);
  add('anthropic key in a Spanish chat message', anthropic(), (s) => `Te paso la clave de la API de Anthropic para el piloto: ${s}\nNo la subas al repositorio, la rotamos el lunes.`);
  add('slack bot token in a French chat message', slackBot(), (s) => `Voici le token du bot Slack pour l'intégration : ${s} — merci de ne pas le partager en dehors de l'équipe.`);
  add('jenkins password in a German chat message', pw(), (s) => `Das Passwort für den Jenkins-Admin lautet ${s}, bitte nach dem ersten Login ändern.`);
  add('stripe restricted key in an Italian chat message', `rk_live_51${r(ALNUM, 97)}`, (s) => `Ecco la chiave limitata di Stripe per i report: ${s}\nha solo permessi di lettura, ma tienila per te.`);
  add('npm token in a Portuguese chat message', npmTok(), (s) => `Segue o token do npm para publicar o pacote: ${s} (é de automação, não precisa de 2FA)`);
  add('database password in a Polish chat message', pw(), (s) => `Hasło do bazy produkcyjnej: ${s} — nie wklejaj go nigdzie indziej.`);
  add('twilio auth token in a Turkish chat message', r(HEXL, 32), (s) => `Twilio hesabı: AC${r(HEXL, 32)}\nAuth token'ı şu: ${s} — kimseyle paylaşma lütfen.`);
  add('hugging face token in a Russian chat message', hf(), (s) => `Токен Hugging Face для загрузки модели: ${s}, права только на чтение.`);
  add('openai key in a Chinese chat message', openaiProj(), (s) => `这是我们团队的 OpenAI 密钥：${s}，请不要外传，也不要提交到代码库。`);
  add('aws secret key in a Japanese chat message', awsSecret(), (s) => `AWS のアクセスキー ID は ${akia()}、シークレットアクセスキーは ${s} です。使い終わったら削除してください。`);
  add('okta API token in an e-mail', `00${r(`${ALNUM}_-`, 40)}`, (s) => `From: it-ops@acme.io\nTo: contractor@partner.example\nSubject: Okta API access\n\nHi Sam,\nas discussed, here is the API token for the provisioning script (header: Authorization: SSWS <token>):\n\n${s}\n\nRegards,\nIT Ops`);
  add('linear key quoted in a Slack thread reply', `lin_api_${r(ALNUM, 40)}`, (s) => `> which key does the triage bot use?\nthe one in my name, ${s}\n> ok I'll move it to the service account`);
  add('notion integration token in an e-mail', `ntn_${r(DIGITS, 11)}${r(ALNUM, 35)}`, (s) => `Subject: Re: Notion export\n\nThe internal integration secret is ${s}\nIt has access to the "Roadmap" and "Specs" pages only.`);
  add('vercel token in a Spanish support ticket', r(ALNUM, 24), (s) => `Asunto: Error al desplegar\nHola, el despliegue desde CI falla con 403. El VERCEL_TOKEN que usamos es ${s} y el proyecto es acme-web. ¿Pueden revisarlo?`);
  add('pypi token in a German e-mail', pypi(), (s) => `Hallo Team,\nfür den Upload nach PyPI bitte diesen API-Token verwenden (Benutzername __token__):\n${s}\nViele Grüße`);
  add('datadog api key in a French ticket', r(HEXL, 32), (s) => `Ticket #4412 — l'agent Datadog ne remonte plus de métriques.\nNotre clé API Datadog : ${s}\nSite : datadoghq.eu`);

  // --- (3) LLM prompts, tool calls and tool results ---------------------------------------------------
  add('supabase service_role key in a pasted .env asking why it fails', jwtOf(r, { alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat: 1730000000, exp: 2045576000 }, 43), (s) => `why does this fail? my edge function returns 401\n\n.env:\nSUPABASE_URL=https://${r(LOWER, 20)}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${s}\nPORT=3000`);
  add('anthropic key in a pasted curl command', anthropic(), (s) => `can you tell me what's wrong with this request? I get "invalid_request_error"\n\ncurl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ${s}" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model": "claude-sonnet-4-5", "max_tokens": 256, "messages": [{"role": "user", "content": "hi"}]}'`);
  add('postmark server token in a pasted curl command', uuid(r), (s) => `This used to work, now 422. Help?\ncurl "https://api.postmarkapp.com/email" -X POST -H "Accept: application/json" -H "Content-Type: application/json" -H "X-Postmark-Server-Token: ${s}" -d '{"From":"noreply@acme.io","To":"a@b.example","Subject":"t","TextBody":"t"}'`);
  add('github token in escaped tool-call arguments', ghTok('ghp_'), (s) => `{"id":"call_${r(ALNUM, 24)}","type":"function","function":{"name":"http_request","arguments":"{\\"method\\":\\"GET\\",\\"url\\":\\"https://api.github.com/repos/acme/infra/issues\\",\\"headers\\":{\\"Authorization\\":\\"Bearer ${s}\\"}}"}}`);
  add('aws secret key in a tool result', awsSecret(), (s) => `{"role":"tool","tool_call_id":"call_${r(ALNUM, 24)}","content":"{\\"exit_code\\":0,\\"stdout\\":\\"AWS_ACCESS_KEY_ID=${akia()}\\\\nAWS_SECRET_ACCESS_KEY=${s}\\\\nAWS_REGION=us-east-1\\\\n\\"}"}`);
  add('pinecone key in an Anthropic tool_use input', `pcsk_${r(ALNUM, 5)}_${r(ALNUM, 63)}`, (s) => `{"type":"tool_use","id":"toolu_01${r(ALNUM, 22)}","name":"vector_upsert","input":{"index":"docs-prod","api_key":"${s}","namespace":"kb"}}`);
  add('github PAT in an MCP server config pasted into a chat', ghFine(), (s) => `Claude Desktop doesn't show the github tools, here's my config:\n{\n  "mcpServers": {\n    "github": {\n      "command": "docker",\n      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "ghcr.io/github/github-mcp-server"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${s}" }\n    }\n  }\n}`);
  add('mongodb+srv password in a pasted pymongo error', pwEsc(), (s) => `I'm getting this, what am I doing wrong?\n\npymongo.errors.ServerSelectionTimeoutError: No replica set members match selector "Primary()"\n\nmy code: client = MongoClient("mongodb+srv://analytics:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/?retryWrites=true&w=majority")`);
  add('groq key in a chat-completions request body logged by a gateway', `gsk_${r(ALNUM, 52)}`, (s) => `{"ts":"2026-11-27T12:00:01Z","route":"/v1/chat/completions","upstream":"api.groq.com","request":{"headers":{"authorization":"Bearer ${s}"},"body":{"model":"llama-3.3-70b-versatile","messages":[{"role":"user","content":"summarise"}]}}}`);
  add('mailgun key in a prompt asking to convert code', `key-${r(HEXL, 32)}`, (s) => `convert this to TypeScript with fetch please:\n\nrequests.post("https://api.eu.mailgun.net/v3/mg.acme.io/messages", auth=("api", "${s}"), data={"from": "ops@mg.acme.io", "to": ["a@b.example"], "subject": "hi", "text": "hi"})`);
  add('replicate token in a function-call result echoing a config', `r8_${r(ALNUM, 37)}`, (s) => `{"tool":"read_file","path":"~/.config/replicate/config.json","result":"{\\n  \\"api_token\\": \\"${s}\\"\\n}"}`);

  add('atlassian API token in a Jira MCP server config in a prompt', `ATATT3xFfGF0${r(B64URL, 171)}=${r(HEXU, 8)}`, (s) => `the jira tools time out, is my config right?\n{"mcpServers":{"jira":{"command":"uvx","args":["mcp-atlassian"],"env":{"JIRA_URL":"https://acme.atlassian.net","JIRA_USERNAME":"bot@acme.io","JIRA_API_TOKEN":"${s}"}}}}`);
  add('pagerduty REST API key in a pasted curl command', r(`${ALNUM}_-+`, 20), (s) => `why do I get 401 here?\ncurl -s https://api.pagerduty.com/incidents?statuses[]=triggered -H "Accept: application/vnd.pagerduty+json;version=2" -H "Authorization: Token token=${s}"`);
  add('openssh private key pasted into a chat assistant', pemBlock(r, 'OPENSSH PRIVATE KEY', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA', 400), (s) => `ssh says "Load key "id_ed25519": invalid format" — here's the file, what's wrong with it?\n\n${s}`);

  // --- (4) Cloud CLI output ----------------------------------------------------------------------------
  add('SecretAccessKey in aws sts assume-role output', awsSecret(), (s) => `$ aws sts assume-role --role-arn arn:aws:iam::${r(DIGITS, 12)}:role/deploy --role-session-name ci\n{\n    "Credentials": {\n        "AccessKeyId": "${asia()}",\n        "SecretAccessKey": "${s}",\n        "SessionToken": "${stsToken()}",\n        "Expiration": "2026-11-27T13:00:00+00:00"\n    },\n    "AssumedRoleUser": {\n        "AssumedRoleId": "AROA${r(AWS_ID, 17)}:ci",\n        "Arn": "arn:aws:sts::${r(DIGITS, 12)}:assumed-role/deploy/ci"\n    }\n}`);
  add('SessionToken in aws sts get-session-token output', stsToken(), (s) => `{\n    "Credentials": {\n        "AccessKeyId": "${asia()}",\n        "SecretAccessKey": "${awsSecret()}",\n        "SessionToken": "${s}",\n        "Expiration": "2026-11-28T00:12:09+00:00"\n    }\n}`);
  add('SecretAccessKey in aws iam create-access-key output', awsSecret(), (s) => `$ aws iam create-access-key --user-name backup-bot\n{\n    "AccessKey": {\n        "UserName": "backup-bot",\n        "AccessKeyId": "${akia()}",\n        "Status": "Active",\n        "SecretAccessKey": "${s}",\n        "CreateDate": "2026-11-27T12:10:44+00:00"\n    }\n}`);
  add('azure AD access token in az account get-access-token output', jwtRs({ aud: 'https://management.azure.com/', iss: `https://sts.windows.net/${uuid(r)}/`, iat: 1764240000, exp: 1764244000, appid: uuid(r), oid: uuid(r), tid: uuid(r), ver: '1.0' }), (s) => `$ az account get-access-token\n{\n  "accessToken": "${s}",\n  "expiresOn": "2026-11-27 13:40:00.000000",\n  "expires_on": 1764244000,\n  "subscription": "${uuid(r)}",\n  "tenant": "${uuid(r)}",\n  "tokenType": "Bearer"\n}`);
  add('service principal password in az ad sp create-for-rbac output', azureSecret(), (s) => `$ az ad sp create-for-rbac --name gha-deploy --role contributor --scopes /subscriptions/${uuid(r)}\nCreating 'contributor' role assignment under scope '/subscriptions/...'\n{\n  "appId": "${uuid(r)}",\n  "displayName": "gha-deploy",\n  "password": "${s}",\n  "tenant": "${uuid(r)}"\n}`);
  add('google access token from gcloud auth print-access-token', ya29(), (s) => `$ gcloud auth print-access-token\n${s}\n$ curl -s -H "Authorization: Bearer $(gcloud auth print-access-token)" https://cloudresourcemanager.googleapis.com/v1/projects`);
  add('gcp service account private key in a printed key file', pemBlock(r, 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 1624, '\\n'), (s) => `$ gcloud iam service-accounts keys create key.json --iam-account=loader@acme-data.iam.gserviceaccount.com && cat key.json\ncreated key [${r(HEXL, 40)}] of type [json] as [key.json]\n{\n  "type": "service_account",\n  "project_id": "acme-data",\n  "private_key_id": "${r(HEXL, 40)}",\n  "private_key": "${s}\\n",\n  "client_email": "loader@acme-data.iam.gserviceaccount.com"\n}`);
  add('client-key-data in kubectl config view --raw', b64(`${pemBlock(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1588)}\n`), (s) => `$ kubectl config view --raw --minify\napiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${b64('-----BEGIN CERTIFICATE-----\n' + r(B64, 64) + '\n-----END CERTIFICATE-----\n')}\n    server: https://10.0.0.1:6443\n  name: kind-dev\nusers:\n- name: kind-dev\n  user:\n    client-certificate-data: ${b64('-----BEGIN CERTIFICATE-----\n' + r(B64, 64) + '\n-----END CERTIFICATE-----\n')}\n    client-key-data: ${s}`);
  add('service-account token in kubectl config view --raw', jwtRs({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'kubernetes.io/serviceaccount/service-account.name': 'deployer', sub: 'system:serviceaccount:ci:deployer' }), (s) => `users:\n- name: deployer\n  user:\n    token: ${s}\ncontexts:\n- context:\n    cluster: prod-eu\n    namespace: ci\n    user: deployer\n  name: deployer@prod-eu`);
  add('docker auth entry in config.json after docker login', b64(`acmebot:${dockerPat()}`), (s) => `$ echo "$PAT" | docker login -u acmebot --password-stdin\nWARNING! Your password will be stored unencrypted in /home/ci/.docker/config.json.\nLogin Succeeded\n$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "${s}"\n\t\t}\n\t}\n}`);
  add('heroku token from heroku auth:token', `HRKU-AA${r(B64URL, 58)}`, (s) => `$ heroku auth:token\n ›   Warning: token will expire 11/27/2027\n ›   Use heroku authorizations:create to generate a long-term token\n${s}`);
  add('vault token id in vault token lookup output', `hvs.${r(B64URL, 90)}`, (s) => `$ vault token lookup\nKey                 Value\n---                 -----\naccessor            ${r(ALNUM, 24)}\ncreation_time       1764240000\ndisplay_name        oidc-ana\nexpire_time         2026-11-28T12:00:00Z\nid                  ${s}\npolicies            [default dev-read]\nttl                 23h59m12s`);
  add('gho token printed by gh auth token', ghTok('gho_'), (s) => `$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account ana-acme (keyring)\n$ gh auth token\n${s}`);
  add('gitlab token shown by glab auth status -t', glpat(), (s) => `$ glab auth status -t\ngitlab.com\n  ✓ Logged in to gitlab.com as ana.k (/home/ana/.config/glab-cli/config.yml)\n  ✓ Git operations for gitlab.com configured to use https protocol.\n  ✓ API calls for gitlab.com are made over https protocol\n  ✓ REST API Endpoint: https://gitlab.com/api/v4/\n  ✓ Token: ${s}`);
  add('google refresh token from firebase login:ci', `1//0${r(B64URL, 99)}`, (s) => `$ firebase login:ci\nVisit this URL on this device to log in: https://accounts.google.com/o/oauth2/auth?...\nWaiting for authentication...\n✔  Success! Use this token to login on a CI server:\n\n${s}\n\nExample: firebase deploy --token "$FIREBASE_TOKEN"`);
  add('doctl access token in a printed config file', `dop_v1_${r(HEXL, 64)}`, (s) => `$ cat ~/.config/doctl/config.yaml\naccess-token: ${s}\ncontext: default\noutput: text`);
  add('auth0 management API token in a tool output', jwtRs({ iss: 'https://acme.eu.auth0.com/', sub: `${r(ALNUM, 32)}@clients`, aud: 'https://acme.eu.auth0.com/api/v2/', scope: 'read:users update:users', gty: 'client-credentials' }), (s) => `$ auth0 test token --audience https://acme.eu.auth0.com/api/v2/ --json\n{\n  "access_token": "${s}",\n  "expires_in": 86400,\n  "token_type": "Bearer"\n}`);

  // --- (5) Connection strings in runtime text ------------------------------------------------------------
  add('amqps password in a worker startup log', pwEsc(), (s) => `[2026-11-27 12:30:00,118: INFO/MainProcess] broker: amqps://orders:${s}@b-${uuid(r)}.mq.eu-west-1.amazonaws.com:5671//\n[2026-11-27 12:30:00,402: INFO/MainProcess] mingle: searching for neighbors`);
  add('rediss password in an ioredis error log', r(ALNUM, 32), (s) => `[ioredis] Unhandled error event: Error: connect ETIMEDOUT\n    at TLSSocket.<anonymous> (/app/node_modules/ioredis/built/Redis.js:170:41)\nredis options: url=rediss://default:${s}@cache-prod.${r(LOWER, 6)}.ng.0001.euw1.cache.amazonaws.com:6379/0 tls=true`);
  add('astra DB application token in a cqlsh session', `AstraCS:${r(ALNUM, 24)}:${r(HEXL, 64)}`, (s) => `$ cqlsh ${uuid(r)}-eu-west-1.apps.astra.datastax.com 29042 -u token -p ${s} --ssl\nConnected to cndb at ...\ncqlsh> DESCRIBE KEYSPACES;`);
  add('elasticsearch user:pass in a Logstash log', pwEsc(), (s) => `[2026-11-27T12:40:11,004][WARN ][logstash.outputs.elasticsearch][main] Attempted to resurrect connection to dead ES instance, but got an error {:url=>"https://logstash_writer:${s}@es-01.acme.internal:9200/", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError}`);
  add('kafka SASL password in a JAAS config in a consumer log', r(`${ALNUM}+/`, 64), (s) => `INFO ConsumerConfig values:\n\tbootstrap.servers = [pkc-${r(LOWER + DIGITS, 5)}.eu-west-1.aws.confluent.cloud:9092]\n\tsasl.mechanism = PLAIN\n\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${r(UPPER + DIGITS, 16)}" password="${s}";\n\tsecurity.protocol = SASL_SSL`);
  add('MSSQL ADO.NET password in an exception message', pw(), (s) => `System.ArgumentException: Keyword not supported: 'trustservercertificate '.\n   at Microsoft.Data.SqlClient.SqlConnectionStringBuilder..ctor(String connectionString)\nConnection string was: Server=tcp:sql-prod-01.acme.internal,1433;Initial Catalog=Billing;User ID=billing_svc;Password=${s};TrustServerCertificate =True;`);
  add('ODBC PWD in a pyodbc error', pw(), (s) => `pyodbc.InterfaceError: ('28000', "[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'etl'. (18456)")\nconn_str = 'DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-dw.acme.internal;DATABASE=dw;UID=etl;PWD={${s}};Encrypt=yes'`);
  add('NATS credentials in a connection log', r(ALNUM, 24), (s) => `2026/11/27 12:55:03 nats: connecting to nats://ingest:${s}@nats-0.nats.messaging.svc:4222\n2026/11/27 12:55:03 nats: connected, server_id=N${r(UPPER + DIGITS, 55)}`);
  add('ClickHouse password in a DSN printed by a migration tool', r(ALNUM, 20), (s) => `goose: using dsn clickhouse://default:${s}@ch-analytics.acme.internal:9440/events?secure=true\ngoose: no migrations to run. current version: 20261120101500`);
  add('Neo4j password in a Java driver debug line', pw(), (s) => `DEBUG o.n.d.i.a.BoltAuthenticator - connecting to neo4j+s://${r(HEXL, 8)}.databases.neo4j.io with AuthToken{scheme=basic, principal=neo4j, credentials=${s}}`);

  return out;
}

export function batchJNegatives(seed = 'blind-j-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- Logs with masked values ---------------------------------------------------------------------------
  add('masked openai key in a debug log', `DEBUG llm.client headers={'Content-Type': 'application/json', 'Authorization': 'Bearer sk-****'} model=gpt-4o-mini`);
  add('redacted bearer in a pino log', `{"level":30,"req":{"method":"POST","url":"/relay","headers":{"authorization":"***redacted***","x-request-id":"${uuid(r)}"}},"msg":"request received"}`);
  add('Rails filtered parameters', `Processing by SessionsController#create as HTML\n  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"ana@acme.io", "password"=>"[FILTERED]"}, "api_token"=>"[FILTERED]"}`);
  add('pydantic SecretStr repr', `>>> settings\nSettings(env='production', stripe_secret_key=SecretStr('**********'), database_password=SecretStr('**********'))`);
  add('Django debug page with cleansed settings', `Setting\tValue\nAPI_KEY\t'********************'\nDATABASES\t{'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'pg', 'NAME': 'acme', 'PASSWORD': '********************', 'USER': 'acme_web'}}\nSECRET_KEY\t'********************'`);
  add('Node inspect with redacted config', `debug: loaded config {\n  anthropic: { apiKey: '[REDACTED]', baseURL: 'https://api.anthropic.com' },\n  stripe: { secretKey: '[REDACTED]' }\n}`);
  add('GitLab CI masked variables in a job log', `$ curl --header "PRIVATE-TOKEN: [MASKED]" "https://gitlab.com/api/v4/projects/412/releases"\n$ echo "deploying with token [MASKED]"`);
  add('kubectl config view without --raw', `users:\n- name: kind-dev\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n- name: deployer\n  user:\n    token: REDACTED`);
  add('presigned URL with the signature redacted', `INFO signed url issued: https://acme-exports.s3.eu-west-1.amazonaws.com/reports/q3.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=REDACTED&X-Amz-Date=20261127T110000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host&X-Amz-Signature=REDACTED`);
  add('OAuth redirect fragment with a redacted token', `"GET /oauth/callback HTTP/1.1" 200 "https://app.acme.io/oauth/callback#state=${r(B64URL, 16)}&access_token=[redacted]&token_type=Bearer&expires_in=3599"`);
  add('OAuth error redirect', `"GET /oauth/callback?error=access_denied&error_description=The+user+denied+the+request&state=${r(B64URL, 22)} HTTP/1.1" 302 0`);
  add('Terraform plan with sensitive values', `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n      ~ password = (sensitive value)\n        username = "app"\n    }`);
  add('HAR entry with redacted header value', `{"name": "Authorization", "value": "<redacted>"}, {"name": "Cookie", "value": "<redacted>"}, {"name": "Accept", "value": "application/json"}`);
  add('Django cleansed request META', `HTTP_AUTHORIZATION\t'********************'\nHTTP_X_API_KEY\t'********************'\nREMOTE_ADDR\t'10.0.4.21'`);
  add('wg show with hidden private key', `interface: wg0\n  public key: ${r(B64, 43)}=\n  private key: (hidden)\n  listening port: 51820\n\npeer: ${r(B64, 43)}=\n  endpoint: 203.0.113.7:51820\n  allowed ips: 10.8.0.2/32`);
  add('aws configure list with masked keys', `      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                     prod           manual    --profile\naccess_key     ****************${r(AWS_ID, 4)} shared-credentials-file\nsecret_key     ****************${r(B64, 4)} shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config`);
  add('gh auth status with masked token', `github.com\n  ✓ Logged in to github.com account ana-acme (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'`);
  add('kubectl describe secret shows byte counts only', `Name:         db-credentials\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  6 bytes`);

  // --- Ids, hashes, digests ---------------------------------------------------------------------------
  add('request ids in an nginx access log', `10.12.0.7 - - [27/Nov/2026:10:15:32 +0000] "GET /api/v2/orders?page=3 HTTP/1.1" 200 4211 "-" "curl/8.5.0" rid=${hex(32)} rt=0.041`);
  add('OpenTelemetry trace and span ids', `{"timestamp":"2026-11-27T10:00:00Z","severity":"INFO","trace_id":"${hex(32)}","span_id":"${hex(16)}","parent_span_id":"${hex(16)}","body":"checkout completed"}`);
  add('commit SHAs in a deploy log', `Deploying acme/web@${hex(40)} to production\nPrevious release: ${hex(40)}\nDiff: https://github.com/acme/web/compare/${hex(12)}...${hex(12)}\nDeploy finished in 84s`);
  add('image digests in a Kubernetes pod log', `Pulling image "registry.acme.io/api@sha256:${hex(64)}"\nSuccessfully pulled image in 3.2s. Image size: 84211029 bytes.\nContainer ID: containerd://${hex(64)}`);
  add('ETags in response headers', `HTTP/2 200\ncontent-type: application/json\netag: "${hex(32)}"\nx-cache: Hit from cloudfront\nx-amz-cf-id: ${r(B64URL, 54)}==`);
  add('cache keys in a Redis monitor', `1764241000.118 [0 10.2.0.5:51234] "GET" "user:4211:profile:v3:${hex(40)}"\n1764241000.120 [0 10.2.0.5:51234] "SETEX" "rl:ip:203.0.113.9:${hex(16)}" "60" "14"`);
  add('pagination cursor of base64 JSON', `{"data":[{"id":101},{"id":102}],"next_cursor":"${Buffer.from(JSON.stringify({ id: 102, ts: 1764240000, dir: 'next' })).toString('base64')}","has_more":true}`);
  add('base64 Pub/Sub message data of ordinary JSON', `{"message":{"data":"${b64(JSON.stringify({ orderId: `ord_${r(DIGITS, 8)}`, status: 'shipped', carrier: 'DHL' }))}","messageId":"${r(DIGITS, 16)}","publishTime":"2026-11-27T10:00:00.000Z"},"subscription":"projects/acme/subscriptions/orders"}`);
  add('UUIDs of orders in a structured log', `INFO order created order_id=${uuid(r)} customer_id=${uuid(r)} cart_id=${uuid(r)} total=42.10 currency=EUR`);
  add('sha256sum output', `$ sha256sum rampart-linux-amd64.tar.gz rampart-darwin-arm64.tar.gz\n${hex(64)}  rampart-linux-amd64.tar.gz\n${hex(64)}  rampart-darwin-arm64.tar.gz`);
  add('GitHub webhook delivery headers', `X-GitHub-Event: push\nX-GitHub-Delivery: ${uuid(r)}\nX-Hub-Signature-256: sha256=${hex(64)}\nX-GitHub-Hook-ID: ${r(DIGITS, 9)}`);
  add('Stripe-Signature header', `POST /webhooks/stripe 200\nStripe-Signature: t=1764241234,v1=${hex(64)}\nevt=evt_${r(ALNUM, 24)} type=invoice.paid`);
  add('Slack request signature headers', `X-Slack-Request-Timestamp: 1764241234\nX-Slack-Signature: v0=${hex(64)}`);
  add('Twilio request signature header', `X-Twilio-Signature: ${r(B64, 27)}=\nI-Twilio-Idempotency-Token: ${uuid(r)}`);
  add('object hash headers from GCS', `x-goog-hash: crc32c=${r(B64, 6)}==\nx-goog-hash: md5=${r(B64, 22)}==\nx-goog-generation: ${r(DIGITS, 16)}`);
  add('Cloudflare and AWS trace ids', `cf-ray: ${hex(16)}-FRA\nx-amzn-trace-id: Root=1-${hex(8)}-${hex(24)}\nx-amzn-requestid: ${uuid(r)}`);
  add('Sentry event id in a log', `ERROR Unhandled exception in /checkout — reported to Sentry, event_id=${hex(32)}`);
  add('analytics client id cookie', `cookie: _ga=GA1.1.${r(DIGITS, 10)}.1764200000; _ga_${r(UPPER + DIGITS, 10)}=GS1.1.1764240000.3.1.1764240100.0.0.0; theme=dark; lang=de`);
  add('conversation and message ids from an LLM gateway', `{"conversation_id":"${uuid(r)}","message_id":"msg_01${r(B64URL, 22)}","model":"claude-sonnet-4-5","usage":{"input_tokens":812,"output_tokens":203}}`);
  add('Go panic with addresses', `goroutine 18 [running]:\nmain.(*Worker).run(0xc0001a2000)\n\t/src/worker.go:91 +0x${hex(3)}\ncreated by main.main in goroutine 1\n\t/src/main.go:40 +0x${hex(3)}\nrax 0x${hex(16)} rbx 0x${hex(16)}`);
  add('Java object identity hashes', `java.lang.IllegalStateException: pool closed: com.zaxxer.hikari.HikariDataSource@${hex(8)} (HikariPool-1)\n\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)`);
  add('npm publish log with shasum and integrity', `npm notice package: @acme/ui@4.12.0\nnpm notice shasum: ${hex(40)}\nnpm notice integrity: sha512-${r(B64, 86)}==\nnpm notice total files: 211`);
  add('pip hashes in an install log', `Collecting requests==2.32.3 (from -r requirements.txt (line 4))\n  Using cached requests-2.32.3-py3-none-any.whl (64 kB)\n  --hash=sha256:${hex(64)}`);
  add('vault status output', `Key             Value\n---             -----\nSeal Type       shamir\nInitialized     true\nSealed          false\nVersion         1.17.2\nCluster Name    vault-cluster-${hex(8)}\nCluster ID      ${uuid(r)}\nHA Enabled      true`);
  add('aws sts get-caller-identity output', `{\n    "UserId": "AIDA${r(AWS_ID, 17)}",\n    "Account": "${r(DIGITS, 12)}",\n    "Arn": "arn:aws:iam::${r(DIGITS, 12)}:user/ana"\n}`);
  add('az account show output', `{\n  "environmentName": "AzureCloud",\n  "id": "${uuid(r)}",\n  "isDefault": true,\n  "name": "acme-prod",\n  "state": "Enabled",\n  "tenantId": "${uuid(r)}",\n  "user": { "name": "ana@acme.io", "type": "user" }\n}`);
  add('gcloud auth list output', `      Credentialed Accounts\nACTIVE  ACCOUNT\n*       ana@acme.io\n        loader@acme-data.iam.gserviceaccount.com\n\nTo set the active account, run:\n    $ gcloud config set account \`ACCOUNT\``);
  add('docker login using a credential store', `Login Succeeded\n$ cat ~/.docker/config.json\n{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {}\n\t},\n\t"credsStore": "desktop"\n}`);
  add('heroku auth:whoami', `$ heroku auth:whoami\nana@acme.io\n$ heroku apps:info -a acme-web | head -3\n=== acme-web\nAuto Cert Mgmt: true\nDynos:          web: 2`);
  add('huggingface whoami output', `$ huggingface-cli whoami\nana-acme\norgs:  acme-ml,acme-research\n$ huggingface-cli login\nToken is valid (permission: read).`);
  add('kubectl get secrets listing', `NAME                  TYPE                                  DATA   AGE\ndb-credentials        Opaque                                2      41d\nregistry-pull         kubernetes.io/dockerconfigjson        1      120d\ntls-acme-io           kubernetes.io/tls                     2      12d`);
  add('ssh first connection host key fingerprint', `The authenticity of host 'bastion.acme.io (203.0.113.4)' can't be established.\nED25519 key fingerprint is SHA256:${r(B64, 43)}.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?`);

  // --- Public keys and certificates ----------------------------------------------------------------------
  add('JWKS response in a debug log', `DEBUG fetched jwks {"keys":[{"kty":"RSA","use":"sig","kid":"${r(B64URL, 27)}","alg":"RS256","n":"${r(B64URL, 342)}","e":"AQAB"}]}`);
  add('PEM public key printed by openssl', `$ openssl rsa -in key.pem -pubout\nwriting RSA key\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r(B64, 20)}\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 24)}IDAQAB\n-----END PUBLIC KEY-----`);
  add('certificate in openssl s_client output', `Certificate chain\n 0 s:CN = api.acme.io\n   i:C = US, O = Let's Encrypt, CN = R11\n-----BEGIN CERTIFICATE-----\nMIIFBjCCA+6gAwIBAgISA${r(B64, 43)}\n${r(B64, 64)}\n${r(B64, 64)}\n${r(B64, 40)}\n-----END CERTIFICATE-----\nVerify return code: 0 (ok)`);
  add('ssh public key pasted in chat', `can you add my key to the bastion? ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r(B64, 43)} ana@laptop`);
  add('age public key in chat', `encrypt the backup to my age key please: age1${r('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}`);

  // --- Publishable and public client keys -------------------------------------------------------------------
  add('Stripe publishable key in a checkout page log', `GET /checkout 200 — rendered with stripePublishableKey=pk_live_51${r(ALNUM, 97)}`);
  add('Firebase web config pasted into a chat', `why is my firebase auth popup blocked? config:\nconst firebaseConfig = {\n  apiKey: "AIzaSy${r(B64URL, 33)}",\n  authDomain: "acme-web.firebaseapp.com",\n  projectId: "acme-web",\n  storageBucket: "acme-web.appspot.com",\n  messagingSenderId: "${r(DIGITS, 12)}",\n  appId: "1:${r(DIGITS, 12)}:web:${hex(22)}"\n};`);
  add('Algolia search-only key in a frontend log', `[search] init app_id=${r(UPPER + DIGITS, 10)} searchOnlyApiKey=${hex(32)} index=products_prod`);
  add('Supabase anon key in a chat', `it's the anon key so it's fine to share, right?\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson({ iss: 'supabase', ref: r(LOWER, 20), role: 'anon', iat: 1730000000, exp: 2045576000 })}.${r(B64URL, 43)}`);
  add('reCAPTCHA site key in an HTML snippet pasted into a chat', `<div class="g-recaptcha" data-sitekey="6Lc${r(B64URL, 37)}"></div> — the widget doesn't render, any idea?`);

  // --- Chat placeholders, prose and references ----------------------------------------------------------------
  add('placeholder in a chat answer', `Set it like this: export OPENAI_API_KEY="<your key>" and then run python app.py`);
  add('sk-... placeholder in a chat', `I replaced my key with sk-... in the snippet below for obvious reasons:\nclient = OpenAI(api_key="sk-...")`);
  add('xxxx placeholders in a ticket', `Customer config (values removed): SHOPIFY_TOKEN=xxxx, SHOPIFY_SECRET=xxxxxxxx, STORE=kitty-boutique`);
  add('prose about rotating keys', `Heads-up: we rotated the Stripe and SendGrid API keys this morning. The new values are in 1Password under "Prod / Payments". Nothing to change in code.`);
  add('partial key hint in a chat', `my key starts with sk-proj- and ends with …7Fq, is that the new format? it's the one from the dashboard`);
  add('OCR of a dashboard with masked keys', `[screenshot OCR]\nAPI keys\nNAME         SECRET KEY        CREATED        LAST USED\nprod-backend sk-...${r(ALNUM, 4)}        Nov 12, 2026   Nov 27, 2026\nci           sk-...${r(ALNUM, 4)}        Oct 3, 2026    Never`);
  add('Jira comment without a value', `Ana added a comment - 27/Nov/26 11:05 AM\nThe broker password is now in Vault at secret/staging/rabbitmq; please stop sharing it in tickets.`);
  add('support ticket about an invalid key', `Ticket #88240 — "Invalid API key" after upgrade\nHi, since the update every call returns 401 invalid API key. I regenerated the key in the dashboard but it still fails.`);
  add('Teams message about token expiry', `[09:12] Jonas Weber\nthe deploy token expired last night, I requested a new one via the portal, should arrive in an hour`);
  add('Spanish chat without a value', `La clave de la API ya está en el gestor de secretos; no la pegues en el chat, usa la variable ANTHROPIC_API_KEY.`);
  add('French chat without a value', `J'ai révoqué l'ancien token du bot Slack, le nouveau est dans le coffre-fort de l'équipe.`);
  add('German chat without a value', `Das Jenkins-Passwort wurde zurückgesetzt, du bekommst gleich eine Mail mit dem Link zum Festlegen.`);
  add('Italian chat without a value', `La chiave di Stripe è stata ruotata; trovi quella nuova su Bitwarden nella cartella "Pagamenti".`);
  add('Portuguese chat without a value', `O token do npm expira amanhã; gere um novo em npmjs.com > Access Tokens e salve no cofre.`);
  add('Polish chat without a value', `Hasło do bazy zmieniłem, jest w Vault pod ścieżką secret/prod/db. Nie wklejaj go tutaj.`);
  add('Turkish chat without a value', `Twilio auth token'ını yeniledim, yeni değeri parola yöneticisinden alabilirsin.`);
  add('Russian chat without a value', `Токен Hugging Face я отозвал, новый лежит в хранилище секретов команды.`);
  add('Chinese chat without a value', `OpenAI 密钥已经轮换了，新的在密钥管理器里，请不要在群里发密钥。`);
  add('Japanese chat without a value', `AWS のアクセスキーは無効化しました。新しいキーは Secrets Manager から取得してください。`);
  add('password policy messages', `Password must be at least 12 characters and include an uppercase letter, a number and a symbol.\nLa contraseña debe tener al menos 12 caracteres.\nDas Passwort muss mindestens 12 Zeichen lang sein.`);
  add('error messages mentioning keys with no value', `Error: Invalid API key.\nError: AuthenticationError: No API key provided. You can set your API key in code using 'openai.api_key = <API-KEY>'.\n401 Unauthorized: the token is missing or expired`);
  add('OpenAI error with a masked key', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************${r(ALNUM, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`);
  add('Stripe error with a masked key', `Stripe::AuthenticationError: Invalid API Key provided: sk_live_********************${r(ALNUM, 4)}`);
  add('Anthropic authentication error', `{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_01${r(B64URL, 22)}"}`);
  add('AWS invalid token error', `An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`);
  add('database auth failures without values', `FATAL:  password authentication failed for user "app"\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.5' (using password: YES)\nWRONGPASS invalid username-password pair or user is disabled.\nMongoServerError: Authentication failed.`);
  add('API key names without values', `Required environment: OPENAI_API_KEY, ANTHROPIC_API_KEY, STRIPE_SECRET_KEY, SENDGRID_API_KEY, HF_TOKEN, GITHUB_TOKEN, AWS_SECRET_ACCESS_KEY`);
  add('CSRF token names', `Forbidden (403): CSRF verification failed. Request aborted.\nReason given for failure: CSRF token missing.\nMake sure the form includes {% csrf_token %} and the X-CSRFToken header; the field is named csrfmiddlewaretoken.`);
  add('AWS documentation example pair labelled as example', `From the AWS docs (example values, not real):\naws_access_key_id = ${'AKIA' + 'IOSFODNN7' + 'EXAMPLE'}\naws_secret_access_key = ${'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCY' + 'EXAMPLEKEY'}`);
  add('jwt.io sample token labelled as example', `This is the sample token from jwt.io, not ours: ${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${r(B64URL, 43)} — the payload is just {"sub":"1234567890","name":"John Doe"}`);
  add('example token marked EXAMPLE', `Docs example: Authorization: Bearer ghp_EXAMPLEEXAMPLEEXAMPLEEXAMPLE0000 (replace with your own token)`);

  // --- LLM prompts, tool calls and tool results without secrets -------------------------------------------
  add('pasted .env with placeholders', `why does this fail? it says missing key\n\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nPORT=3000`);
  add('pasted curl using an environment variable', `getting 401 from this, what's wrong?\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"`);
  add('function schema with an api_key parameter', `{"type":"function","function":{"name":"set_api_key","description":"Store the user's API key in the keychain","parameters":{"type":"object","properties":{"service":{"type":"string"},"api_key":{"type":"string","description":"The key, never logged"}},"required":["service","api_key"]}}}`);
  add('tool-call arguments naming an env var', `{"id":"call_${r(ALNUM, 24)}","type":"function","function":{"name":"http_request","arguments":"{\\"url\\":\\"https://api.github.com/user\\",\\"auth_env\\":\\"GITHUB_TOKEN\\"}"}}`);
  add('tool result with a redacted token', `{"role":"tool","tool_call_id":"call_${r(ALNUM, 24)}","content":"{\\"status\\":\\"ok\\",\\"token\\":\\"<redacted>\\",\\"expires_at\\":\\"2026-11-28T00:00:00Z\\"}"}`);
  add('tool result with key metadata only', `{"tool":"list_api_keys","result":[{"id":"key_${r(ALNUM, 16)}","name":"ci","last4":"${r(ALNUM, 4)}","created":"2026-10-03"},{"id":"key_${r(ALNUM, 16)}","name":"prod","last4":"${r(ALNUM, 4)}","created":"2026-11-12"}]}`);
  add('MCP config referencing an env var', `{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "\${GITHUB_TOKEN}" }\n    }\n  }\n}`);
  add('prompt asking for a key validator', `Write a TypeScript function that checks whether a string looks like an OpenAI key (sk- followed by letters, digits, dashes and underscores) without logging it.`);
  add('LLM gateway usage record', `{"id":"chatcmpl-${r(ALNUM, 29)}","object":"chat.completion","created":1764241234,"model":"gpt-4o-mini","usage":{"prompt_tokens":512,"completion_tokens":88,"total_tokens":600},"system_fingerprint":"fp_${hex(10)}"}`);
  add('assistant explaining where to put a key', `Put the key in a .env file that is listed in .gitignore, load it with dotenv, and read process.env.STRIPE_SECRET_KEY at runtime. Never paste the key into the chat.`);

  // --- Connection strings without passwords ----------------------------------------------------------------
  add('amqps URL without credentials', `[2026-11-27 12:30:00,118: INFO/MainProcess] Connected to amqps://orders:**@b-${uuid(r)}.mq.eu-west-1.amazonaws.com:5671//`);
  add('rediss URL without a password', `redis options: url=rediss://cache-prod.internal:6380/0 tls=true username=default password=<from REDIS_PASSWORD>`);
  add('mongodb+srv URL with a variable', `client = MongoClient(f"mongodb+srv://analytics:{os.environ['MONGO_PASSWORD']}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/?retryWrites=true")`);
  add('ADO.NET integrated security', `Server=tcp:sql-prod-01.acme.internal,1433;Initial Catalog=Billing;Integrated Security=SSPI;TrustServerCertificate=True;\nServer=tcp:acme.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity;`);
  add('ODBC trusted connection', `DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-dw.acme.internal;DATABASE=dw;Trusted_Connection=yes;Encrypt=yes`);
  add('Kafka JAAS with a config provider reference', `sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="\${file:/etc/kafka/secrets.properties:sasl.username}" password="\${file:/etc/kafka/secrets.properties:sasl.password}";`);
  add('Elasticsearch URL with a masked password', `[WARN ][logstash.outputs.elasticsearch] Attempted to resurrect connection to dead ES instance {:url=>"https://logstash_writer:xxxxxx@es-01.acme.internal:9200/"}`);
  add('Cassandra connection without a password', `$ cqlsh cassandra-0.cassandra.db.svc 9042 --ssl\nConnected to prod-ring at cassandra-0.cassandra.db.svc:9042\n[cqlsh 6.1.0 | Cassandra 4.1.5 | CQL spec 3.4.6 | Native protocol v5]`);
  add('NATS URL with an nkey seed file path', `nats: connecting to tls://nats-0.nats.messaging.svc:4222 with creds file /etc/nats/ingest.creds`);

  return out;
}
