/**
 * Blind evaluation batch Q for the secret/credential detector (2026-11-28).
 *
 * Written by a helper, blind: without reading the detector, its patterns, its tests, the other batches
 * (beyond the file layout of batch P and the helper exports of fixtures.ts) or any notes, and without
 * running it. Batch Q covers VENDOR TOKENS WITH WEAK OR NO LABELS across about eighty-five SaaS, cloud and
 * developer-tool vendors: payments, e-mail, messaging, observability, CI/CD, hosting, databases-as-a-service,
 * feature flags, CMS and productivity, analytics, maps, LLM providers, package registries, secret managers
 * and identity providers. The tokens sit where a scanner gets no `api_key=` hint: pasted alone in a chat
 * message or an LLM prompt, in URL query strings, paths and user-info, log lines, stack traces, error
 * messages, git diffs, markdown tables, YAML list items, CLI arguments, HTTP headers with vendor-specific
 * names, browser localStorage dumps, Postman collections, .http (REST client) files, Slack messages and
 * exports, screenshot OCR text (tokens kept intact), and prose in German, French, Spanish, Portuguese,
 * Italian, Dutch, Polish, Turkish, Russian, Japanese, Chinese and Korean.
 *
 * Negatives use the same containers: redacted and truncated tokens, documentation placeholders, keys meant
 * for browsers, revocation notices that show a prefix and the last four, token ids / names / fingerprints,
 * hashes and signatures, request and event ids, commit SHAs and image digests, base64 images,
 * vendor object ids (Stripe, Twilio, Slack, Discord, Shopify, Airtable, Notion, Google Drive, Figma),
 * feature-flag keys, package integrity strings, pagination cursors and prose about token formats.
 *
 * Every key-like value is generated at run time from the seeded random source in the vendor's shape as I
 * remember it (prefix, alphabet, length; the CRC32/base62 tail for GitHub and npm tokens); the file holds no
 * literal key. The AWS documentation example pair is assembled from parts.
 *
 * Judgment calls:
 * - Publishable / browser keys are NEGATIVES: Stripe `pk_live_`, Mapbox `pk.`, PostHog `phc_`, Clerk
 *   `pk_live_`, the Supabase `anon` JWT, LaunchDarkly client-side ids, New Relic browser `NRJS-` keys,
 *   Braintree tokenization keys, reCAPTCHA / Turnstile site keys, the Razorpay key id and the Mixpanel
 *   project token (a bare 32-hex value, public by design: the hardest of these).
 * - A Sentry DSN (public key only, no secret part) is a NEGATIVE: it only allows sending events and is meant
 *   to ship inside client apps. Sentry auth tokens (`sntrys_`) are positives.
 * - Google `AIza` keys are a POSITIVE only where the context is a server-side API (Gemini). Firebase web
 *   configs, where Google says the key is not secret, are left out of both lists as too ambiguous.
 * - Stripe test-mode keys and the LaunchDarkly mobile key are left out of both lists (debatable).
 * - Where an id and a secret sit together (Twilio Account SID + auth token, Razorpay key id + secret,
 *   Mailgun `api:` user, Cloudinary key + secret), `secret` is the secret half; the id alone is a NEGATIVE.
 * - Webhook URLs (Slack, Discord, Microsoft Teams, Sumo Logic HTTP source) are POSITIVES, and `secret` is the
 *   whole URL: anyone holding the URL can post. Slack's documented `T00000000/B00000000/XXXX…` URL is a negative.
 * - Bearer tokens a browser keeps (Slack `xoxc-` in localStorage, an Auth0 access token JWT) are positives.
 * - Passwords inside database URLs of DBaaS vendors (Atlas, PlanetScale, Neon, Upstash) are positives.
 * - UUID-shaped tokens (Postmark server token, Splunk HEC token, LaunchDarkly `sdk-`, HubSpot `pat-na1-`,
 *   Plaid access token) are positives when the header name, scheme, command or prefix
 *   says what they are; bare UUIDs used as request ids, idempotency keys or event ids are negatives.
 * - A full token is a POSITIVE even when the text says it will be (or an older one was) rotated or revoked:
 *   a scanner cannot check that.
 *   A revocation notice that shows only a prefix and the last four characters is a NEGATIVE.
 * - Hashes of tokens, webhook signatures (`X-Hub-Signature-256`, `Stripe-Signature`, `X-Slack-Signature`),
 *   SSH / GPG fingerprints and the documented AWS `EXAMPLE` key pair are NEGATIVES.
 * - Tokens without any prefix (Twilio auth token, Razorpay secret, Datadog API key, Cloudflare API token,
 *   Azure DevOps PAT, Atlas / Upstash passwords, the Cloudinary secret, the LINE channel token) are
 *   positives: the vendor URL, header, command or the sentence around them says what they are.
 * - Where a text holds a secret and public ids (project refs, file keys, account SIDs), only the secret is
 *   marked; the ids in positives are not meant as extra findings.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  base62,
  positiveBatch,
  randomChars,
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

/** Lowercase RFC 4648 base32 (Azure DevOps PATs). */
const B32L = 'abcdefghijklmnopqrstuvwxyz234567';

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const b64std = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** A digit string of length `n` that does not start with 0. */
function nz(r: R, n: number): string {
  return `${r('123456789', 1)}${r(DIGITS, n - 1)}`;
}

/** A GitHub-style token: prefix, 30 base62 characters, then the CRC32 of those in base62 (6 characters). */
function checksummed(r: R, prefix: string): string {
  const body = r(ALNUM, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

/** An HS256 JWT with the given claims and a random signature. */
function jwt(r: R, claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.${r(B64URL, 43)}`;
}

/** A 32-byte value in standard base64 (43 characters, the last limited, then `=`). */
function bytes32b64(r: R): string {
  return `${r(B64, 42)}${r('AEIMQUYcgkosw048', 1)}=`;
}

const WORDS = [
  'acme',
  'aurora',
  'basalt',
  'cinder',
  'delta',
  'falcon',
  'granite',
  'harbor',
  'indigo',
  'lattice',
  'maple',
  'orbit',
  'pylon',
  'quartz',
  'sierra',
  'tundra',
] as const;

export function batchQPositives(seed = 'blind-q-positives'): SecretCase[] {
  const { r, add, out, word } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  const ts = (): string => `2026-11-${r('12', 1)}${r('0123456789', 1)}T${r('01', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}.${r(DIGITS, 3)}Z`;

  // --- Payments ------------------------------------------------------------------------------------------------
  add('Stripe live secret key in a debug log line', `sk_live_51${r(ALNUM, 97)}`, (s) => `${ts()} DEBUG billing.sync retrying POST https://api.stripe.com/v1/invoices (attempt 2/5) Authorization: Bearer ${s}`);
  add('Square production access token in a .http file', `EAAA${r(B64URL, 60)}`, (s) => `### list locations\nGET https://connect.squareup.com/v2/locations\nSquare-Version: 2025-10-16\nAuthorization: Bearer ${s}\nAccept: application/json`);
  add('Braintree production access token in a Rails log line', `access_token$production$${r(LOWER + DIGITS, 16)}$${hex(32)}`, (s) => `I, [2026-11-27T09:12:44.201 #4411]  INFO -- : [payments] braintree gateway ready (${s}) merchant=acme_eu`);
  add('Razorpay key secret in curl -u', r(ALNUM, 24), (s) => `curl -u rzp_live_${r(ALNUM, 14)}:${s} \\\n  -X POST https://api.razorpay.com/v1/orders \\\n  -H "content-type: application/json" -d '{"amount":50000,"currency":"INR"}'`);
  add('Flutterwave secret key pasted in chat', `FLWSECK-${hex(32)}-X`, (s) => `ok use this one for the payout job, the old one is dead\n${s}`);
  add('Plaid production access token in a JSON log', `access-production-${uuid(r)}`, (s) => `{"level":"info","ts":"${ts()}","msg":"exchanged public token","item":"${r(ALNUM, 37)}","token":"${s}","institution":"ins_${nz(r, 6)}"}`);
  add('Mollie live key in Dutch prose', `live_${r(ALNUM, 30)}`, (s) => `Hoi Sanne, de nieuwe Mollie-sleutel voor de webshop is ${s} — kun je die vandaag nog in de productieomgeving zetten?`);
  add('Mercado Pago access token in Portuguese prose', `APP_USR-${nz(r, 16)}-${r(DIGITS, 6)}-${hex(32)}-${nz(r, 9)}`, (s) => `Oi Rafael, segue o token de produção do Mercado Pago que você pediu: ${s}\nNão compartilha no grupo, por favor.`);
  add('Shopify admin access token in a git diff', `shpat_${hex(32)}`, (s) => `diff --git a/config/initializers/shopify.rb b/config/initializers/shopify.rb\n@@ -3,5 +3,5 @@ ShopifyAPI::Context.setup(\n   host: "https://acme-outdoor.myshopify.com",\n-  api_key: ENV.fetch("SHOPIFY_KEY"),\n+  api_key: "${s}",\n   is_private: true,`);
  add('Shippo live token in a markdown table', `shippo_live_${hex(40)}`, (s) => `| Carrier account | Owner | Token |\n|---|---|---|\n| Shippo (prod) | logistics | ${s} |\n| Shippo (staging) | logistics | see 1Password |`);

  // --- E-mail --------------------------------------------------------------------------------------------------
  add('SendGrid key in a Python stack trace', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `Traceback (most recent call last):\n  File "/app/notify/mail.py", line 58, in send\n    resp = client.send(message)\n  File "/usr/local/lib/python3.12/site-packages/python_http_client/client.py", line 277, in http_request\n    raise exc\npython_http_client.exceptions.ForbiddenError: HTTP Error 403: Forbidden\nrequest headers: {'Authorization': 'Bearer ${s}', 'User-Agent': 'sendgrid/6.11.0;python'}`);
  add('Mailgun private key in curl --user', `key-${hex(32)}`, (s) => `curl -s --user 'api:${s}' \\\n  https://api.mailgun.net/v3/mg.acme.example/messages \\\n  -F from='Ops <ops@mg.acme.example>' -F to=oncall@acme.example -F subject='disk 91%' -F text='web03'`);
  add('Mailchimp key in URL user-info', `${hex(32)}-us${r('12', 1)}${r('0123456789', 1)}`, (s) => `GET https://anystring:${s}@us14.api.mailchimp.com/3.0/lists?count=50 HTTP/1.1`);
  add('Postmark server token in a stack trace', uuid(r), (s) => `PostmarkDotNet.PostmarkValidationException: The Server Token you provided in the X-Postmark-Server-Token request header was invalid.\n   at PostmarkDotNet.PostmarkClient.SendMessageAsync(PostmarkMessage message)\n   at Acme.Notify.Mailer.SendAsync() in /src/Notify/Mailer.cs:line 44\n   Request headers: Accept=application/json; X-Postmark-Server-Token=${s}`);
  add('Brevo key in an api-key header', `xkeysib-${hex(64)}-${r(ALNUM, 16)}`, (s) => `POST /v3/smtp/email HTTP/1.1\nHost: api.brevo.com\napi-key: ${s}\ncontent-type: application/json\n\n{"sender":{"email":"news@acme.example"},"to":[{"email":"jane@example.org"}],"templateId":12}`);
  add('Resend key in screenshot OCR text', `re_${r(ALNUM, 8)}_${r(ALNUM, 24)}`, (s) => `API Keys\n+ Create API Key\nName           Token                                   Permission      Created\nprod-mailer    ${s}  Full access     2 minutes ago\n© Copy  ✕ Close   You can only see this key once. Store it somewhere safe.`);

  // --- Messaging ------------------------------------------------------------------------------------------------
  add('Slack bot token in a Slack export JSON message', `xoxb-${nz(r, 11)}-${nz(r, 13)}-${r(ALNUM, 24)}`, (s) => `[\n  {\n    "type": "message",\n    "user": "U0${r(UPPER + DIGITS, 9)}",\n    "text": "new bot token after reinstalling the app: ${s} pls update the deploy bot",\n    "ts": "17${r(DIGITS, 8)}.${r(DIGITS, 6)}"\n  }\n]`);
  add('Slack xoxc session token in a localStorage dump', `xoxc-${nz(r, 11)}-${nz(r, 12)}-${nz(r, 13)}-${hex(64)}`, (s) => `> Object.entries(localStorage)\n[\n  ["localConfig_v2", "{\\"teams\\":{\\"T0${r(UPPER + DIGITS, 9)}\\":{\\"name\\":\\"Acme\\",\\"token\\":\\"${s}\\",\\"url\\":\\"https://acme.slack.com/\\"}}}"],\n  ["i18n_locale", "en-US"]\n]`);
  add('Slack incoming webhook URL in a curl command', `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 8)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`, (s) => `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy finished: web@4f2a91c"}' ${s}`);
  add('Discord bot token pasted in chat', `${b64url(nz(r, 18))}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `here's the token: ${s}\nthe bot is already invited to the server, just run it`);
  add('Discord webhook URL in a YAML list item', `https://discord.com/api/webhooks/${nz(r, 19)}/${r(B64URL, 68)}`, (s) => `notify:\n  on_failure:\n    - ${s}\n    - mailto:oncall@acme.example`);
  add('Telegram bot token in a URL path', `${nz(r, 10)}:AA${r(B64URL, 33)}`, (s) => `requests.post(f"https://api.telegram.org/bot${s}/sendMessage", json={"chat_id": -100${r(DIGITS, 10)}, "text": msg})`);
  add('Twilio auth token in URL user-info', hex(32), (s) => {
    const sid = `AC${hex(32)}`;
    return `POST https://${sid}:${s}@api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json\nTo=%2B15551230000&From=%2B15559870000&Body=Your+code+is+481922`;
  });
  add('Microsoft Teams incoming webhook in a markdown table', `https://acmecorp.webhook.office.com/webhookb2/${uuid(r)}@${uuid(r)}/IncomingWebhook/${hex(32)}/${uuid(r)}`, (s) => `| Channel | Purpose | Webhook |\n| --- | --- | --- |\n| #ops-alerts | Alertmanager | ${s} |\n| #releases | CI | (not set up yet) |`);
  add('Intercom access token in a Postman collection', b64std(`tok:${uuid(r)}:1:0`), (s) => `{\n  "info": { "name": "Intercom support tools" },\n  "variable": [\n    { "key": "baseUrl", "value": "https://api.intercom.io" },\n    { "key": "bearer", "value": "${s}" }\n  ]\n}`);
  add('LINE channel access token in Japanese prose', `${r(B64, 171)}=`, (s) => `LINE公式アカウントのチャネルアクセストークン（長期）を発行しました。\n${s}\nWebhookの設定は明日やります。`);

  // --- Observability ---------------------------------------------------------------------------------------------
  add('Datadog API key in a URL query in a log line', hex(32), (s) => `${ts()} WARN  log-shipper: POST https://http-intake.logs.datadoghq.eu/api/v2/logs?dd-api-key=${s}&ddsource=nginx failed: 413 Payload Too Large`);
  add('New Relic user key in an Api-Key header', `NRAK-${r(UPPER + DIGITS, 27)}`, (s) => `curl https://api.newrelic.com/graphql \\\n  -H 'Content-Type: application/json' \\\n  -H 'Api-Key: ${s}' \\\n  -d '{"query":"{ actor { user { name email } } }"}'`);
  add('Sentry org auth token in a Slack message', `sntrys_${b64url(JSON.stringify({ iat: Number(nz(r, 10)), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).replace(/=+$/, '')}_${r(ALNUM, 43)}`, (s) => `*Priya*  3:17 PM\nfor the sourcemap upload step:\n\`${s}\`\nI'll revoke it once the pipeline has a secret store`);
  add('Grafana service account token in a markdown table', `glsa_${r(ALNUM, 32)}_${hex(8)}`, (s) => `## Dashboards provisioning\n\n| Stack | URL | Token |\n|-------|-----|-------|\n| prod | https://acme.grafana.net | ${s} |`);
  add('PagerDuty REST key in an Authorization Token header', `u+${r(`${ALNUM}_-`, 18)}`, (s) => `GET /incidents?statuses[]=triggered HTTP/1.1\nHost: api.pagerduty.com\nAccept: application/vnd.pagerduty+json;version=2\nAuthorization: Token token=${s}`);
  add('Splunk HEC token in an Authorization Splunk header', uuid(r).toUpperCase(), (s) => `curl -k https://splunk.acme.example:8088/services/collector/event -H "Authorization: Splunk ${s}" -d '{"event": "deploy ok", "sourcetype": "ci"}'`);
  add('Dynatrace API token in an Api-Token header', `dt0c01.${r(UPPER + DIGITS, 24)}.${r(UPPER + DIGITS, 64)}`, (s) => `GET https://abc12345.live.dynatrace.com/api/v2/problems?from=now-2h\nAuthorization: Api-Token ${s}`);
  add('Elastic API key in an Authorization ApiKey header', b64std(`${r(B64URL, 20)}:${r(B64URL, 22)}`), (s) => `curl -X GET "https://acme-prod.es.us-east-1.aws.found.io/_cluster/health" -H "Authorization: ApiKey ${s}"`);
  add('Sumo Logic HTTP source URL in a log line', `https://endpoint4.collection.us2.sumologic.com/receiver/v1/http/${r(B64URL, 100)}==`, (s) => `[fluent-bit] [error] [output:http:http.0] ${s}, HTTP status=429`);
  add('LangSmith key in a log line', `lsv2_pt_${hex(32)}_${hex(10)}`, (s) => `${ts()} langsmith.client WARNING Failed to batch ingest runs: 403 Forbidden (key ${s}, project=rag-eval)`);

  // --- CI/CD and source hosting -----------------------------------------------------------------------------------
  add('GitHub classic PAT pasted in chat', checksummed(r, 'ghp_'), (s) => `can you push the release tag with this? ${s}\nit has repo + workflow scope, expires Friday`);
  add('GitHub fine-grained PAT in a git remote URL', `github_pat_${r(ALNUM, 22)}_${r(ALNUM, 59)}`, (s) => `git remote set-url origin https://jdoe:${s}@github.com/acme/infra-live.git`);
  add('GitLab PAT in a CI job log clone URL', `glpat-${r(`${ALNUM}_-`, 20)}`, (s) => `$ git clone https://oauth2:${s}@gitlab.com/acme/platform/charts.git\nCloning into 'charts'...\nremote: Enumerating objects: 1204, done.`);
  add('GitLab runner token in a CLI argument', `glrt-${r(`${ALNUM}_-`, 20)}`, (s) => `sudo gitlab-runner register --non-interactive --url https://gitlab.com --token ${s} --executor docker --docker-image alpine:3.20`);
  add('CircleCI personal token in German prose', `CCIPAT_${r(ALNUM, 22)}_${hex(40)}`, (s) => `Hallo Jonas, hier ist der Token für die CircleCI-API, damit du die Pipelines neu anstoßen kannst: ${s}\nBitte nach dem Release wieder löschen.`);
  add('Jenkins API token in URL user-info', `11${hex(32)}`, (s) => `curl -X POST "https://deploy:${s}@jenkins.acme.example/job/web-prod/buildWithParameters?TAG=v4.12.0"`);
  add('Atlassian API token in Polish prose', `ATATT3xFfGF0${r(B64URL, 171)}=${r(HEXU, 8)}`, (s) => `Cześć Marta, token do Jiry dla bota od zgłoszeń: ${s}\nKonto: jira-bot@acme.example`);
  add('Azure DevOps PAT in Turkish prose', r(B32L, 52), (s) => `Merhaba Emre, Azure DevOps için yeni kişisel erişim belirteci: ${s} — 30 gün geçerli, pipeline'ları tetikleyebilir.`);
  add('Docker Hub PAT in docker login -p', `dckr_pat_${r(B64URL, 27)}`, (s) => `docker login -u acmebuild -p ${s}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded`);
  add('Terraform Cloud token in a git diff of .terraformrc', `${r(ALNUM, 14)}.atlasv1.${r(ALNUM, 67)}`, (s) => `--- a/ci/.terraformrc\n+++ b/ci/.terraformrc\n@@ -1,3 +1,3 @@\n credentials "app.terraform.io" {\n-  token = "REPLACE_ME"\n+  token = "${s}"\n }`);
  add('Netlify PAT in a CLI argument', `nfp_${r(ALNUM, 36)}`, (s) => `npx netlify deploy --prod --dir=dist --site 7c1e2d4f-web --auth ${s}`);
  add('Fly.io token in a CLI argument', `fo1_${r(B64URL, 43)}`, (s) => `flyctl deploy --remote-only --app acme-edge --access-token ${s}`);
  add('DigitalOcean PAT in a YAML list item', `dop_v1_${hex(64)}`, (s) => `- name: Install doctl\n  uses: digitalocean/action-doctl@v2\n  with:\n    token: ${s}\n- run: doctl kubernetes cluster kubeconfig save acme-prod`);
  add('Cloudflare API token verified with curl', r(`${ALNUM}_-`, 40), (s) => `curl "https://api.cloudflare.com/client/v4/user/tokens/verify" -H "Authorization: Bearer ${s}"`);
  add('Postman API key in an X-Api-Key header', `PMAK-${hex(24)}-${hex(34)}`, (s) => `GET https://api.getpostman.com/collections\nX-Api-Key: ${s}`);
  add('ngrok authtoken in a CLI argument', `2${r(ALNUM, 26)}_${r(ALNUM, 21)}`, (s) => `ngrok config add-authtoken ${s}\nAuthtoken saved to configuration file: /home/dev/.config/ngrok/ngrok.yml`);

  // --- Databases-as-a-service -----------------------------------------------------------------------------------
  add('Supabase service_role JWT in a client bundle', jwt(r, { iss: 'supabase', ref: r(LOWER, 20), role: 'service_role', iat: 1730000000 + Number(r(DIGITS, 6)), exp: 2045000000 + Number(r(DIGITS, 6)) }), (s) => `const supabase = createClient("https://${r(LOWER, 20)}.supabase.co", "${s}");\nexport async function listOrders() { return supabase.from("orders").select("*"); }`);
  add('PlanetScale password in a Prisma error', `pscale_pw_${r(B64URL, 43)}`, (s) => `PrismaClientInitializationError: Can't reach database server at \`aws.connect.psdb.cloud\`:\`3306\`\nDatasource "db": MySQL database "acme" at "mysql://${r(LOWER + DIGITS, 12)}:${s}@aws.connect.psdb.cloud/acme?sslaccept=strict"`);
  add('Neon password in a Node connection error', `npg_${r(ALNUM, 12)}`, (s) => {
    const host = `ep-${word()}-${word()}-${r(LOWER + DIGITS, 8)}.eu-central-1.aws.neon.tech`;
    return `Error: getaddrinfo ENOTFOUND ${host}\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n  connectionString: 'postgresql://neondb_owner:${s}@${host}/neondb?sslmode=require'`;
  });
  add('MongoDB Atlas password in a connection log line', `${r(UPPER, 1)}${r(ALNUM, 15)}`, (s) => `[${ts()}] worker-3 connecting to mongodb+srv://orders-svc:${s}@cluster0.${r(LOWER + DIGITS, 5)}.mongodb.net/orders?retryWrites=true&w=majority`);
  add('Upstash Redis password in a Sidekiq error', `A${r(ALNUM, 33)}`, (s) => {
    const host = `eu1-${word()}-${nz(r, 5)}.upstash.io`;
    return `Redis::CannotConnectError: Error connecting to Redis on ${host}:6379 (Redis::TimeoutError)\n  url: rediss://default:${s}@${host}:6379`;
  });
  add('Databricks PAT in a curl Bearer', `dapi${hex(32)}`, (s) => `curl -s -H "Authorization: Bearer ${s}" https://adb-${nz(r, 16)}.${r('123456789', 1)}.azuredatabricks.net/api/2.0/clusters/list | jq '.clusters[].cluster_name'`);

  // --- Cloud and identity -------------------------------------------------------------------------------------------
  add('Google OAuth client secret in a Slack message', `GOCSPX-${r(B64URL, 28)}`, (s) => `*Lena*  9:05 AM\nclient id is the one ending in …apps.googleusercontent.com, and the secret ${s}\nredirect uri is /auth/google/callback`);
  add('Gemini API key in a URL query', `AIza${r(B64URL, 35)}`, (s) => `curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${s}" -H 'Content-Type: application/json' -d '{"contents":[{"parts":[{"text":"hi"}]}]}'`);
  add('Azure Storage SAS signature in a URL query', encodeURIComponent(bytes32b64(r)), (s) => `https://acmebackups.blob.core.windows.net/nightly/db-2026-11-27.bak?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2027-01-31T18:00:00Z&st=2026-11-27T10:00:00Z&spr=https&sig=${s}`);
  add('Entra ID client secret in a Spanish chat prompt', `${r(ALNUM, 3)}8Q~${r(`${ALNUM}~._-`, 34)}`, (s) => `Ayúdame a configurar MSAL en Node. El tenant es contoso.onmicrosoft.com, el client id ${uuid(r)} y el secreto ${s}. ¿Qué me falta?`);
  add('Okta API token in an SSWS error message', `00${r(`${ALNUM}_-`, 40)}`, (s) => `okta.errors.OktaAPIError: Okta HTTP 401 E0000011 Invalid token provided\nrequest: GET https://acme.okta.com/api/v1/users?limit=200\nheaders: {'Authorization': 'SSWS ${s}', 'Accept': 'application/json'}`);
  add('Auth0 access token in a localStorage dump', jwt(r, { iss: 'https://acme.eu.auth0.com/', sub: `auth0|${hex(24)}`, aud: ['https://api.acme.example', 'https://acme.eu.auth0.com/userinfo'], iat: 1764200000, exp: 1764286400, scope: 'openid profile email read:orders' }), (s) => `localStorage
@@auth0spajs@@::${r(ALNUM, 32)}::https://api.acme.example::openid profile email offline_access\t{"body":{"access_token":"${s}","expires_in":86400,"token_type":"Bearer"},"expiresAt":1764286400}
theme\tdark`);
  add('Clerk secret key pasted in chat', `sk_live_${r(ALNUM, 40)}`, (s) => `use this one for the backend, not the pk: ${s}`);
  add('Vault service token in an X-Vault-Token debug header', `hvs.CAESI${r(B64URL, 86)}`, (s) => `2026-11-27T11:02:09.118Z [DEBUG] vault-agent: request: GET /v1/kv/data/web/prod\n  X-Vault-Token: ${s}\n  X-Vault-Request: true\nError making API request. Code: 403. Errors: * permission denied`);
  add('Doppler service token in a git diff of docker-compose', `dp.st.prd.${r(ALNUM, 40)}`, (s) => `diff --git a/docker-compose.prod.yml b/docker-compose.prod.yml\n@@ -12,6 +12,7 @@ services:\n     environment:\n       - NODE_ENV=production\n+      - DOPPLER_TOKEN=${s}\n     command: ["doppler", "run", "--", "node", "server.js"]`);
  add('1Password service account token pasted in chat', `ops_${b64url(JSON.stringify({ signInAddress: 'acme.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r(B64URL, 22) }, email: `${r(LOWER, 13)}@1passwordserviceaccounts.com`, srpX: hex(64), muk: { alg: 'A256GCM', ext: true, k: r(B64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' }, secretKey: `A3-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 6)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}-${r(UPPER + DIGITS, 5)}`, throttleSecret: { seed: hex(64), deviceUuid: r(LOWER + DIGITS, 26) }, deviceUuid: r(LOWER + DIGITS, 26) }))}`, (s) => `here's the token for the CI vault (read-only, "ci-deploy" vault):\n${s}`);
  add('Tailscale auth key in a YAML list item', `tskey-auth-k${r(ALNUM, 11)}CNTRL-${r(ALNUM, 33)}`, (s) => `      containers:\n        - name: tailscale\n          image: tailscale/tailscale:v1.78.1\n          command: ["tailscale", "up"]\n          args:\n            - --authkey\n            - ${s}`);

  // --- LLM and AI providers -------------------------------------------------------------------------------------------
  add('OpenAI project key pasted in chat', `sk-proj-${r(B64URL, 74)}T3BlbkFJ${r(B64URL, 74)}`, (s) => `here's the token: ${s}\nuse it for the eval script, I'll rotate after`);
  add('Anthropic API key inside an LLM prompt', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `System: You are a coding assistant.\nUser: My script keeps failing with 401. I'm calling the API with ${s} and model claude-sonnet-4-5. Is the header wrong?`);
  add('Hugging Face token pasted in chat', `hf_${r(UPPER + LOWER, 34)}`, (s) => `use this one\n${s}`);
  add('Replicate token in French prose', `r8_${r(ALNUM, 37)}`, (s) => `Salut Camille, voici le jeton Replicate pour le prototype de génération d'images : ${s}. Il est lié au compte de l'équipe, pas au mien.`);
  add('Groq key alone in a chat transcript', `gsk_${r(ALNUM, 52)}`, (s) => `[14:02] <dmitri> groq works way faster for the classifier\n[14:02] <dmitri> ${s}\n[14:03] <ana> thx`);
  add('Perplexity key in Italian prose', `pplx-${r(ALNUM, 48)}`, (s) => `Ciao Luca, ecco la chiave di Perplexity per il bot di ricerca: ${s} — non metterla nel repository, grazie.`);
  add('xAI key in Korean prose', `xai-${r(ALNUM, 80)}`, (s) => `팀장님, 요청하신 xAI API 키입니다: ${s} 사용 후 알려주시면 폐기하겠습니다.`);
  add('DeepSeek key in Chinese prose', `sk-${hex(32)}`, (s) => `这是 DeepSeek 的密钥，测试完记得告诉我：${s}`);
  add('OpenRouter key in Spanish prose', `sk-or-v1-${hex(64)}`, (s) => `Te paso la clave de OpenRouter para el agente de soporte: ${s}\nTiene un límite de 50 USD al mes.`);
  add('Pinecone key in screenshot OCR text', `pcsk_${r(ALNUM, 6)}_${r(ALNUM, 63)}`, (s) => `PINECONE    Projects > default > API keys\nName: rag-prod   Key value\n${s}   [ Copy ]\nThis key will be shown only once.`);
  add('ElevenLabs key in an xi-api-key header', `sk_${hex(48)}`, (s) => `POST https://api.elevenlabs.io/v1/text-to-speech/${r(ALNUM, 20)}\nxi-api-key: ${s}\nContent-Type: application/json\n\n{"text":"Welcome back","model_id":"eleven_multilingual_v2"}`);

  // --- Package registries ---------------------------------------------------------------------------------------------
  add('npm token in a CI shell trace', checksummed(r, 'npm_'), (s) => `+ echo //registry.npmjs.org/:_authToken=${s}\n+ npm publish --access public\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest`);
  add('PyPI token in twine -p', `pypi-AgEIcHlwaS5vcmc${r(B64URL, 160)}`, (s) => `twine upload -u __token__ -p ${s} dist/*`);
  add('RubyGems key in an Authorization header', `rubygems_${hex(48)}`, (s) => `curl --data-binary @acme-cli-2.3.0.gem -H "Authorization: ${s}" -H "Content-Type: application/octet-stream" https://rubygems.org/api/v1/gems`);
  add('NuGet API key in dotnet nuget push', `oy2${r(LOWER + DIGITS, 43)}`, (s) => `dotnet nuget push bin/Release/Acme.Client.4.1.0.nupkg --api-key ${s} --source https://api.nuget.org/v3/index.json`);
  add('crates.io token in cargo login', `cio${r(ALNUM, 32)}`, (s) => `$ cargo login ${s}\n       Login token for \`crates-io\` saved`);
  add('JFrog Artifactory API key in a pip index URL', `AKCp8${r(ALNUM, 68)}`, (s) => `pip install --index-url https://ci-bot:${s}@acme.jfrog.io/artifactory/api/pypi/pypi-virtual/simple acme-ml==0.9.2`);

  // --- Feature flags, CMS, productivity, analytics, maps -------------------------------------------------------------
  add('LaunchDarkly server SDK key in a startup log', `sdk-${uuid(r)}`, (s) => `INFO:ldclient.util:Starting LaunchDarkly client 9.8.0 with ${s}\nINFO:ldclient.impl.datasource.streaming:Connecting to stream at https://stream.launchdarkly.com/all`);
  add('Contentful management token in a Postman collection', `CFPAT-${r(B64URL, 43)}`, (s) => `{\n  "info": { "name": "Contentful migrations" },\n  "item": [{\n    "name": "Get entries",\n    "request": {\n      "method": "GET",\n      "header": [{ "key": "Authorization", "value": "Bearer ${s}" }],\n      "url": "https://api.contentful.com/spaces/${r(LOWER + DIGITS, 12)}/environments/master/entries"\n    }\n  }]\n}`);
  add('Notion integration token in a markdown table', `ntn_${nz(r, 11)}${r(ALNUM, 35)}`, (s) => `| Integration | Workspace | Secret |\n| --- | --- | --- |\n| roadmap-sync | Acme | ${s} |`);
  add('Airtable PAT in a .http file', `pat${r(ALNUM, 14)}.${hex(64)}`, (s) => `GET https://api.airtable.com/v0/app${r(ALNUM, 14)}/Customers?maxRecords=20\nAuthorization: Bearer ${s}`);
  add('Linear API key in a git diff', `lin_api_${r(ALNUM, 40)}`, (s) => `diff --git a/scripts/triage.ts b/scripts/triage.ts\n@@ -8,7 +8,7 @@\n const res = await fetch('https://api.linear.app/graphql', {\n   method: 'POST',\n-  headers: { Authorization: process.env.LINEAR_KEY ?? '' },\n+  headers: { Authorization: '${s}' },`);
  add('HubSpot private app token in a Postman environment', `pat-na1-${uuid(r)}`, (s) => `{\n  "name": "HubSpot prod",\n  "values": [\n    { "key": "portal", "value": "${nz(r, 8)}", "enabled": true },\n    { "key": "token", "value": "${s}", "enabled": true }\n  ]\n}`);
  add('PostHog personal API key in a curl Bearer', `phx_${r(ALNUM, 43)}`, (s) => `curl -H "Authorization: Bearer ${s}" https://eu.posthog.com/api/projects/${nz(r, 5)}/insights/?limit=5`);
  add('Mapbox secret token in a URL query', `sk.${b64url(JSON.stringify({ u: 'acme-maps', a: r(LOWER + DIGITS, 25) })).replace(/=+$/, '')}.${r(B64URL, 22)}`, (s) => `curl -X POST "https://api.mapbox.com/uploads/v1/acme-maps/credentials?access_token=${s}"`);
  add('Cloudinary URL in a YAML list item', r(B64URL, 27), (s) => `env:\n  - NODE_ENV=production\n  - cloudinary://${nz(r, 15)}:${s}@acme-media`);
  add('Dropbox short-lived token in a stack trace', `sl.B${r(B64URL, 135)}`, (s) => `dropbox.exceptions.AuthError: AuthError('${hex(32)}', AuthError('expired_access_token', None))\n  while calling files_list_folder with Dropbox('${s}', timeout=100)`);
  add('Meta Graph API token in a URL query', `EAAG${r(ALNUM, 180)}`, (s) => `GET https://graph.facebook.com/v21.0/me/accounts?fields=name,access_token&access_token=${s}`);
  add('Yandex OAuth token in Russian prose', `y0_AgAAAAA${r(B64URL, 48)}`, (s) => `Привет, Олег! Вот OAuth-токен для Яндекс.Диска, чтобы скрипт бэкапа заработал: ${s}\nПосле переноса на сервер я его отзову.`);

  return out;
}

export function batchQNegatives(seed = 'blind-q-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const stars = (n: number): string => '*'.repeat(n);
  /** The documented AWS example key pair, assembled from parts. */
  const awsExampleId = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
  const awsExampleSecret = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');

  // --- Redacted and truncated tokens ------------------------------------------------------------------------------
  add('OpenAI key redacted to prefix and last four in chat', `oops I pasted my key in #general earlier (sk-proj-...${r(ALNUM, 4)}), already rotated it, ignore`);
  add('GitHub token masked with asterisks in screenshot OCR', `Personal access tokens (classic)\nci-release — repo, workflow\nghp_${stars(32)}${r(ALNUM, 4)}   Expires on Fri, Dec 12 2026   [Delete]`);
  add('Stripe invalid-key error with the key masked', `Stripe::AuthenticationError: Invalid API Key provided: sk_live_${stars(20)}${r(ALNUM, 4)}\n  from /app/vendor/bundle/ruby/3.3.0/gems/stripe-13.0.0/lib/stripe/stripe_client.rb:812`);
  add('OpenAI 401 error with the key masked', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-${stars(16)}${r(ALNUM, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}`);
  add('Slack token masked in a log line', `${'2026-11-27 08:14:02'} INFO slack_bolt.App: Bolt app is running (token=xoxb-****-****-****${r(ALNUM, 4)})`);
  add('GitLab CI log with the token [MASKED]', `$ git clone https://oauth2:[MASKED]@gitlab.com/acme/platform/charts.git\nCloning into 'charts'...`);
  add('GitHub Actions log with the token shown as ***', `Run npm publish --access public\n  npm publish --access public\n  shell: /usr/bin/bash -e {0}\n  env:\n    NODE_AUTH_TOKEN: ***\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest`);
  add('Markdown table with truncated keys', `| Provider | Key (truncated) | Owner |\n| --- | --- | --- |\n| Anthropic | sk-ant-api03-${r(B64URL, 4)}… | ml-team |\n| SendGrid | SG.${r(B64URL, 4)}… | growth |\n| Hugging Face | hf_${r(LOWER, 3)}… | ml-team |`);
  add('Datadog key list showing only the last four', `Organization Settings > API Keys\nName            Key                                  Created by\nk8s-prod        ••••••••••••••••••••••••••••${hex(4)}     ops@acme.example\nlambda-forwarder ••••••••••••••••••••••••••••${hex(4)}    ops@acme.example`);
  add('HTTP log with the Authorization header redacted', `${'2026-11-27T10:00:03Z'} http.request method=POST url=https://api.openai.com/v1/chat/completions headers={"authorization":"Bearer [REDACTED]","content-type":"application/json"} status=200 dur_ms=842`);
  add('Twilio console OCR with the auth token hidden', `Account Info\nAccount SID   AC${hex(32)}   [Copy]\nAuth Token    ••••••••••••••••••••••••••••••••   [Show]   [Copy]\nMy Twilio phone number   +1 555 987 0000`);

  // --- Documentation placeholders ---------------------------------------------------------------------------------
  add('Slack token placeholder in a README', 'export SLACK_BOT_TOKEN=xoxb-your-token\nexport SLACK_APP_TOKEN=xapp-your-app-level-token\npython app.py');
  add('Stripe key placeholder of Xs', "Stripe.api_key = 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX' # replace with your secret key");
  add('.http file reading the key from .env', '### chat\nPOST https://api.openai.com/v1/chat/completions\nAuthorization: Bearer {{$dotenv OPENAI_API_KEY}}\nContent-Type: application/json\n\n{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}');
  add('curl example with <YOUR_TOKEN>', 'curl -H "Authorization: Bearer <YOUR_TOKEN>" https://api.digitalocean.com/v2/account');
  add('GitHub Actions step with secrets expressions', '- uses: actions/setup-node@v4\n  with:\n    node-version: 22\n    registry-url: https://registry.npmjs.org\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}');
  add('Hugging Face placeholder of xs', 'huggingface-cli login --token hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
  add('GitLab PAT placeholder in docs', 'git clone https://oauth2:glpat-XXXXXXXXXXXXXXXXXXXX@gitlab.example.com/group/project.git');
  add('Telegram URL with a <TOKEN> placeholder', 'curl https://api.telegram.org/bot<TOKEN>/getMe\ncurl "https://api.telegram.org/bot<TOKEN>/sendMessage?chat_id=<CHAT_ID>&text=hi"');
  add("Slack's documented example webhook URL", 'curl -X POST -H \'Content-type: application/json\' --data \'{"text":"Hello, World!"}\' https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX');
  add('AWS documented example key pair', `[default]\n# values from the AWS documentation, do not use\naws_access_key_id = ${awsExampleId}\naws_secret_access_key = ${awsExampleSecret}`);
  add('Discord webhook URL template', 'POST https://discord.com/api/webhooks/{webhook.id}/{webhook.token}?wait=true');
  add('Environment variable table with placeholders', '| Variable | Example | Notes |\n| --- | --- | --- |\n| `DIGITALOCEAN_TOKEN` | `dop_v1_<token>` | read+write |\n| `ANTHROPIC_API_KEY` | `sk-ant-...` | from console.anthropic.com |\n| `GROQ_API_KEY` | `gsk_...` | optional |');
  add('Kubernetes secretKeyRef in a YAML list', 'env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe\n        key: secret-key\n  - name: SENTRY_AUTH_TOKEN\n    valueFrom:\n      secretKeyRef: { name: sentry, key: token }');
  add('Code reading keys from the environment', "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nconst anthropic = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] });\nconst resend = new Resend(Deno.env.get('RESEND_API_KEY'));");
  add('Atlas connection string with <password>', 'mongodb+srv://orders-svc:<password>@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0');
  add('Twilio docs sample with placeholder SID and token', "account_sid = 'ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'\nauth_token = 'your_auth_token'\nclient = Client(account_sid, auth_token)");
  add('Postman collection using {{variables}}', '{\n  "info": { "name": "Acme API" },\n  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{accessToken}}", "type": "string" }] },\n  "variable": [{ "key": "baseUrl", "value": "https://api.acme.example" }, { "key": "accessToken", "value": "" }]\n}');

  // --- Publishable / browser keys ---------------------------------------------------------------------------------
  add('Stripe publishable live key in browser JS', `const stripe = Stripe('pk_live_51${r(ALNUM, 97)}');\nconst elements = stripe.elements({ clientSecret });`);
  add('Mapbox public token in a map init', `mapboxgl.accessToken = 'pk.${b64url(JSON.stringify({ u: 'acme-maps', a: r(LOWER + DIGITS, 25) })).replace(/=+$/, '')}.${r(B64URL, 22)}';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });`);
  add('Sentry DSN in Sentry.init (public key, judged negative)', `Sentry.init({\n  dsn: "https://${hex(32)}@o${r('123456789', 1)}${r(DIGITS, 5)}.ingest.us.sentry.io/${r('123456789', 1)}${r(DIGITS, 15)}",\n  tracesSampleRate: 0.1,\n});`);
  add('PostHog project key in posthog.init', `posthog.init('phc_${r(ALNUM, 43)}', { api_host: 'https://eu.i.posthog.com', person_profiles: 'identified_only' })`);
  add('Clerk publishable key', `<ClerkProvider publishableKey="pk_live_${b64std('clerk.acme-shop.com$').replace(/=+$/, '')}">\n  <App />\n</ClerkProvider>`);
  add('Supabase anon key in a browser client', `const supabase = createClient('https://${r(LOWER, 20)}.supabase.co', '${`${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify({ iss: 'supabase', ref: r(LOWER, 20), role: 'anon', iat: 1730000000, exp: 2045000000 }))}.${r(B64URL, 43)}`}');`);
  add('LaunchDarkly client-side id in the browser SDK', `const ldClient = LDClient.initialize('${hex(24)}', { kind: 'user', key: 'anonymous' });`);
  add('New Relic browser agent NRJS key', `;NREUM.loader_config={accountID:"${r(DIGITS, 7)}",trustKey:"${r(DIGITS, 7)}",agentID:"${r(DIGITS, 10)}",licenseKey:"NRJS-${hex(19)}",applicationID:"${r(DIGITS, 10)}"};`);
  add('Braintree tokenization key in Drop-in', `braintree.dropin.create({ authorization: 'production_${r(LOWER + DIGITS, 8)}_${r(LOWER + DIGITS, 16)}', container: '#dropin-container' });`);
  add('reCAPTCHA site key in HTML', `<div class="g-recaptcha" data-sitekey="6L${r(B64URL, 38)}"></div>\n<script src="https://www.google.com/recaptcha/api.js" async defer></script>`);
  add('Cloudflare Turnstile site key in HTML', `<div class="cf-turnstile" data-sitekey="0x4AAAAAAA${r(ALNUM, 13)}" data-theme="light"></div>`);
  add('Razorpay key id in checkout options', `const options = {\n  key: "rzp_live_${r(ALNUM, 14)}",\n  amount: 50000,\n  currency: "INR",\n  order_id: "order_${r(ALNUM, 14)}",\n};\nnew Razorpay(options).open();`);
  add('Mixpanel project token (public by design)', `mixpanel.init('${hex(32)}', { track_pageview: true, persistence: 'localStorage' });`);
  add('localStorage dump with analytics ids only', `> Object.entries(localStorage)\n[\n  ["ajs_anonymous_id", "\\"${uuid(r)}\\""],\n  ["ph_phc_${r(ALNUM, 43)}_posthog", "{\\"distinct_id\\":\\"${uuid(r)}\\",\\"$device_id\\":\\"${uuid(r)}\\"}"],\n  ["__stripe_mid", "${uuid(r)}${hex(6)}"],\n  ["theme", "dark"]\n]`);

  // --- Revocation notices and token identities --------------------------------------------------------------------
  add('Secret-scanning alert showing prefix and last four', `GitHub Personal Access Token exposed\nghp_…${r(ALNUM, 4)} found in acme/web@${hex(7)} (src/config.ts). The token was revoked automatically by GitHub on Nov 27, 2026.`);
  add('Slack revocation notice', `Heads up: the bot token xoxb-…${r(ALNUM, 4)} for "Deploy Bot" was revoked because it was posted in a public channel. Reinstall the app to get a new one.`);
  add('Stripe key roll notice', `You rolled your secret key sk_live_…${r(ALNUM, 4)}. The previous key expires in 12 hours. Update your integrations before then.`);
  add('AWS access key quarantine notice', `AWS has detected that the access key ending in ${r(UPPER + '234567', 4)} for IAM user ci-deploy is exposed and applied the AWSCompromisedKeyQuarantineV3 policy.`);
  add('npm token list output', `┌────────┬─────────┬────────────┬──────────┬────────────────┐\n│ id     │ token   │ created    │ readonly │ CIDR whitelist │\n├────────┼─────────┼────────────┼──────────┼────────────────┤\n│ ${hex(6)} │ npm_${r(ALNUM, 2)}… │ 2026-10-02 │ no       │                │\n│ ${hex(6)} │ npm_${r(ALNUM, 2)}… │ 2026-11-20 │ yes      │                │\n└────────┴─────────┴────────────┴──────────┴────────────────┘`);
  add('Twilio account SID and message SID without a token', `${'2026-11-27 12:01:55'} sms.sent account=AC${hex(32)} sid=SM${hex(32)} to=+4915112345678 status=queued`);
  add('Twilio API key SID listing without the secret', `$ twilio api:core:keys:list\nSID                                 Friendly Name  Date Created\nSK${hex(32)}  ci-sms         Nov 02 2026\nSK${hex(32)}  support-bot   Sep 14 2026`);
  add('Cloudflare token verify response with the token id', `{"result":{"id":"${hex(32)}","status":"active","not_before":"2026-11-01T00:00:00Z","expires_on":"2027-11-01T00:00:00Z"},"success":true,"errors":[],"messages":[{"code":10000,"message":"This API Token is valid and active","type":null}]}`);
  add('Datadog API key metadata', `{"data":{"type":"api_keys","id":"${uuid(r)}","attributes":{"name":"k8s-prod","last4":"${hex(4)}","created_at":"2026-05-02T09:12:44.000Z","remote_config_read_enabled":true}}}`);
  add('SSH key fingerprint', `$ ssh-keygen -lf ~/.ssh/deploy_ed25519.pub\n256 SHA256:${r(B64, 43)} deploy@ci (ED25519)`);
  add('GPG key fingerprint', `pub   ed25519 2025-03-01 [SC] [expires: 2027-03-01]\n      ${r(HEXU, 40)}\nuid           [ultimate] Release Signing <release@acme.example>`);
  add('Tailscale key list with key ids', `ID                 Description    Expires      Reusable\nk${r(ALNUM, 11)}CNTRL  k8s-operator   2027-02-24   true\nk${r(ALNUM, 11)}CNTRL  ci-runners     2026-12-30   false`);
  add('OpenAI org and project ids', `OpenAI-Organization: org-${r(ALNUM, 24)}\nOpenAI-Project: proj_${r(ALNUM, 24)}\nopenai-processing-ms: 412`);
  add('Terraform Cloud team token id', `$ curl -s https://app.terraform.io/api/v2/teams/team-${r(ALNUM, 16)}/authentication-tokens | jq '.data[] | {id, description: .attributes.description}'\n{ "id": "at-${r(ALNUM, 16)}", "description": "ci-plan" }`);
  add('Stripe webhook endpoint id', `Webhook endpoint created: we_${r(ALNUM, 24)} → https://api.acme.example/stripe/webhook (events: invoice.paid, customer.subscription.deleted)`);

  // --- Hashes and signatures --------------------------------------------------------------------------------------
  add('API token digests in a database dump', `COPY public.api_tokens (id, user_id, name, token_digest, last_used_at) FROM stdin;\n${r(DIGITS, 4)}\t${r(DIGITS, 3)}\tci-deploy\t${hex(64)}\t2026-11-27 10:02:11\n${r(DIGITS, 4)}\t${r(DIGITS, 3)}\tzapier\t${hex(64)}\t\\N\n\\.`);
  add('GitHub-style hashed_token in an audit export', `{"action":"personal_access_token.create","actor":"jdoe","hashed_token":"${r(B64, 43)}=","token_id":${r(DIGITS, 9)},"created_at":1764237731000}`);
  add('bcrypt hash of an API key', `api_keys_hash | $2b$12$${r('./' + ALNUM, 53)}`);
  add('GitHub webhook signature headers', `X-GitHub-Event: push\nX-GitHub-Delivery: ${uuid(r)}\nX-Hub-Signature: sha1=${hex(40)}\nX-Hub-Signature-256: sha256=${hex(64)}`);
  add('Stripe-Signature header', `Stripe-Signature: t=1764237731,v1=${hex(64)},v0=${hex(64)}`);
  add('Slack request signature', `X-Slack-Request-Timestamp: 1764237731\nX-Slack-Signature: v0=${hex(64)}`);

  // --- Request, trace and event ids -------------------------------------------------------------------------------
  add('OpenAI response headers with request id', `HTTP/2 200\nx-request-id: req_${hex(32)}\nopenai-processing-ms: 1183\nx-ratelimit-remaining-tokens: 149982`);
  add('Stripe request id and idempotency key', `POST /v1/refunds 200 Request-Id: req_${r(ALNUM, 14)} Idempotency-Key: ${uuid(r)}`);
  add('AWS S3 request ids', `x-amz-request-id: ${r(HEXU, 16)}\nx-amz-id-2: ${r(B64, 76)}\nETag: "${hex(32)}"`);
  add('Cloudflare ray id in an error page', `Error 1020 Access denied\nCloudflare Ray ID: ${hex(16)} • Your IP: 203.0.113.77 • Performance & security by Cloudflare`);
  add('Sentry event id on an error page', `Something went wrong. Our team has been notified.\nError ID: ${hex(32)}`);

  // --- Commits, digests, images -----------------------------------------------------------------------------------
  add('git log with commit SHAs', `commit ${hex(40)}\nAuthor: Jane Doe <jane@acme.example>\nDate:   Thu Nov 27 10:14:02 2026 +0100\n\n    Rotate Stripe key (new one is in Vault)\n\ncommit ${hex(40)}\nMerge: ${hex(7)} ${hex(7)}`);
  add('git diff moving a key to an environment variable', `diff --git a/src/mail.ts b/src/mail.ts\nindex ${hex(7)}..${hex(7)} 100644\n--- a/src/mail.ts\n+++ b/src/mail.ts\n@@ -1,3 +1,3 @@\n-const sg = require('@sendgrid/mail'); sg.setApiKey(config.sendgrid);\n+const sg = require('@sendgrid/mail'); sg.setApiKey(process.env.SENDGRID_API_KEY);`);
  add('Docker image digest', `docker pull ghcr.io/acme/web@sha256:${hex(64)}\nDigest: sha256:${hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/web`);
  add('GitHub Action pinned to a commit', `- uses: actions/checkout@${hex(40)} # v4.2.2\n- uses: docker/login-action@${hex(40)} # v3.3.0`);
  add('base64 PNG in an img tag', `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r(B64, 220)}==" />`);

  // --- Vendor object ids ------------------------------------------------------------------------------------------
  add('Stripe webhook event with object ids', `{\n  "id": "evt_${r(ALNUM, 24)}",\n  "type": "payment_intent.succeeded",\n  "data": { "object": { "id": "pi_${r(ALNUM, 24)}", "customer": "cus_${r(ALNUM, 14)}", "latest_charge": "ch_${r(ALNUM, 24)}", "invoice": "in_${r(ALNUM, 24)}" } }\n}`);
  add('Stripe connected account, price and product ids', `acct_${r(ALNUM, 16)}  price_${r(ALNUM, 24)}  prod_${r(ALNUM, 14)}  sub_${r(ALNUM, 24)}`);
  add('Slack channel, user and team ids', `Posting to C0${r(UPPER + DIGITS, 9)} as U0${r(UPPER + DIGITS, 9)} in T0${r(UPPER + DIGITS, 9)} (thread_ts 17${r(DIGITS, 8)}.${r(DIGITS, 6)})`);
  add('Discord snowflakes in a bot log', `[bot] joined guild ${r('1', 1)}${r(DIGITS, 18)} channel ${r('1', 1)}${r(DIGITS, 18)} message ${r('1', 1)}${r(DIGITS, 18)} by user ${r('1', 1)}${r(DIGITS, 17)}`);
  add('Shopify GIDs in a GraphQL response', `{"data":{"product":{"id":"gid://shopify/Product/${r('123456789', 1)}${r(DIGITS, 12)}","variants":{"nodes":[{"id":"gid://shopify/ProductVariant/${r('123456789', 1)}${r(DIGITS, 13)}","sku":"TENT-2P-GRN"}]}}}}`);
  add('Twilio call SID in a voice log', `call.completed sid=CA${hex(32)} parent=CA${hex(32)} duration=184 from=+15551230000`);
  add('Notion page URL with its id', `Runbook: https://www.notion.so/acme/Incident-Runbook-${hex(32)}?pvs=4`);
  add('Google Drive and Sheets URLs with file ids', `Budget: https://docs.google.com/spreadsheets/d/1${r(B64URL, 43)}/edit#gid=0\nSlides: https://drive.google.com/file/d/1${r(B64URL, 32)}/view?usp=sharing`);
  add('Airtable base, table and record ids', `https://airtable.com/app${r(ALNUM, 14)}/tbl${r(ALNUM, 14)}/viw${r(ALNUM, 14)}/rec${r(ALNUM, 14)}`);
  add('Figma design URL with file key and node id', `https://www.figma.com/design/${r(ALNUM, 22)}/Checkout-v3?node-id=1204-${r(DIGITS, 4)}&t=${r(ALNUM, 16)}-1`);

  // --- Feature flags, integrity strings, cursors ------------------------------------------------------------------
  add('LaunchDarkly flag keys in a YAML list', 'flags:\n  - new-checkout-flow\n  - enable-apple-pay\n  - pricing-page-v3-experiment\n  - kill-switch-recommendations');
  add('Unleash toggles JSON', '{"version":2,"features":[{"name":"search.semantic","enabled":true,"strategies":[{"name":"flexibleRollout","parameters":{"rollout":"25","stickiness":"userId","groupId":"search.semantic"}}]}]}');
  add('package-lock integrity', `"node_modules/stripe": {\n  "version": "17.4.0",\n  "resolved": "https://registry.npmjs.org/stripe/-/stripe-17.4.0.tgz",\n  "integrity": "sha512-${r(B64, 86)}==",\n  "license": "MIT"\n}`);
  add('yarn.lock entry with hash and integrity', `"@slack/web-api@^7.0.0":\n  version "7.8.0"\n  resolved "https://registry.yarnpkg.com/@slack/web-api/-/web-api-7.8.0.tgz#${hex(40)}"\n  integrity sha512-${r(B64, 86)}==`);
  add('SRI hash on a script tag', `<script src="https://js.stripe.com/v3/" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous"></script>`);
  add('go.sum lines', `github.com/slack-go/slack v0.15.0 h1:${r(B64, 43)}=\ngithub.com/slack-go/slack v0.15.0/go.mod h1:${r(B64, 43)}=`);
  add('Pagination cursor that is base64 JSON', `GET /v1/orders?limit=100&cursor=${b64url(JSON.stringify({ id: Number(r(DIGITS, 7)), created: 1764237731, dir: 'next' }))}`);
  add('Google API nextPageToken', `{"files":[{"id":"1${r(B64URL, 32)}","name":"Q4 plan"}],"nextPageToken":"~!!~AI9FV7${r(B64URL, 60)}"}`);

  // --- Prose about token formats ----------------------------------------------------------------------------------
  add('Prose on GitHub token formats', 'GitHub tokens now carry a prefix: ghp_ for classic personal access tokens, gho_ for OAuth, ghs_ for app installation tokens and github_pat_ for fine-grained ones. The last six characters are a CRC32 checksum, so a scanner can reject random strings that merely start with ghp_.');
  add('Markdown table of vendor prefixes', '| Vendor | Prefix | Length |\n| --- | --- | --- |\n| Stripe secret | `sk_live_` | 32–107 |\n| Slack bot | `xoxb-` | varies |\n| GitLab PAT | `glpat-` | 26 |\n| npm | `npm_` | 40 |\n| Anthropic | `sk-ant-api03-` | 108 |');
  add('Scanner rule regexes in documentation', 'Rule slack-bot-token: `xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}`\nRule stripe: `(sk|rk)_(test|live)_[0-9a-zA-Z]{24,99}`\nRule openai: `sk-(proj|svcacct|admin)-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+`');
  add('German prose on key types', 'Stripe unterscheidet zwischen veröffentlichbaren Schlüsseln (pk_live_…) für den Browser und geheimen Schlüsseln (sk_live_…), die nur auf dem Server liegen dürfen. Eingeschränkte Schlüssel beginnen mit rk_live_.');
  add('Japanese prose on rotation policy', 'APIキーは90日ごとにローテーションしてください。Slackのボットトークン（xoxb-で始まるもの）はチャンネルに貼らず、必ずシークレットマネージャーに保存すること。');

  return out;
}
