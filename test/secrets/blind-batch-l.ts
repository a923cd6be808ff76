/**
 * Blind evaluation batch L for the secret/credential detector (2026-11-28).
 *
 * Written blind: without reading the detector, its patterns, its tests, the other batches (beyond the
 * file layout of batch K) or any notes, and without running it. Batch L aims at TRAFFIC CAPTURES,
 * APP BACKENDS, COMMERCE, DEVICES AND CRASH ARTIFACTS:
 * (1) HTTP archives and API traffic: HAR entries (headers, cookies and postData params as name/value
 *     objects), Postman collection and environment auth blocks (bearer, basic, apikey, oauth2), OpenAPI
 *     examples holding a real-looking key, GraphQL requests with tokens in variables, webhook deliveries;
 * (2) mobile and game backends: Firebase Remote Config dumps, Unity assets, Unreal ini, PlayFab, Steam
 *     Web API, Epic Online Services, APNs .p8 keys, FCM legacy server keys, RevenueCat, Adjust,
 *     AppsFlyer, OneSignal;
 * (3) e-commerce and payments: Shopify, WooCommerce, Magento, PayPal, Adyen, Square, Braintree, Klarna,
 *     Mollie, Razorpay, Paystack, Flutterwave;
 * (4) embedded and IoT: wpa_supplicant, device provisioning JSON, MQTT, AWS IoT private keys, Azure IoT
 *     Hub and DPS keys, Particle, Balena, Blynk, ThingsBoard;
 * (5) crash reports and support bundles: Sentry event JSON, Bugsnag payloads, Windows event log XML,
 *     diagnostic bundle config.txt.
 *
 * Negatives use the same formats: masked HAR headers and cookies, Postman variables, OpenAPI examples
 * marked as examples, publishable/client-side keys, public certificates, device ids, serial numbers,
 * UUIDs, hashes, webhook signatures, placeholders, secret references, empty values, bare key names.
 *
 * Every key-like value is generated at run time from the seeded random source, following the vendor's
 * published shape as I know it (prefix, alphabet, length); the file holds no literal key.
 *
 * Judgment calls:
 * - Stripe `sk_test_` keys are NEGATIVES here (one case, in an OpenAPI example): they reach only test-mode
 *   data and cannot move money, and vendors print them in docs. A reasonable scanner may still flag them.
 * - Publishable / client-side keys are negatives: Stripe `pk_live_`, Shopify Storefront API token,
 *   Shopify app API key (client id), Adyen client key (`live_...`), Braintree tokenization key, Square
 *   application id (`sq0idp-`), Razorpay key id alone, Klarna client id, PayPal client id alone,
 *   RevenueCat public SDK key (`appl_`), Photon AppId, Firebase/Google `AIza` key in google-services.json,
 *   Sentry DSN, Stripe PaymentIntent client_secret (designed to be handed to the browser).
 * - A webhook SIGNATURE header (X-Hub-Signature-256, Stripe-Signature, Shopify HMAC, svix-signature) is an
 *   output of one request and is a negative. A header that carries the shared secret itself (GitLab's
 *   X-Gitlab-Token) is a positive.
 * - Device addresses are negatives: FCM registration tokens, APNs device tokens, device/serial ids.
 * - Where an id and its secret sit together, `secret` is the secret half (WooCommerce cs_, Razorpay key
 *   secret, Braintree private key, PayPal client secret).
 * - Shapes from memory that may be off: PlayFab secret key, Adjust S2S token, OneSignal v2 key, Adyen API
 *   key tail, Klarna `klarna_live_api_` key, Flutterwave `FLWSECK-`, Paystack `sk_live_` + 40 hex,
 *   Magento integration token (32 lowercase alnum), EOS client secret, Grafana `glsa_` token. Each sits in
 *   a context that names the vendor.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
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
  uuid,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A PEM block whose body starts with `head`, broken into 64-character rows joined by `nl`. */
function pemBlock(r: R, label: string, head: string, bodyLength: number, nl = '\n'): string {
  const body = head + r(B64, Math.max(0, bodyLength - head.length));
  const rows = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join(nl);
}

/** A HAR entry with the given request headers, cookies and form params (all name/value objects). */
function harEntry(url: string, method: string, headers: [string, string][], cookies: [string, string][] = [], params: [string, string][] = []): string {
  const nv = (pairs: [string, string][]) => pairs.map(([name, value]) => ({ name, value }));
  const request: Record<string, unknown> = { method, url, httpVersion: 'HTTP/2', headers: nv(headers), cookies: nv(cookies), queryString: [] };
  if (params.length > 0) request.postData = { mimeType: 'application/x-www-form-urlencoded', params: nv(params) };
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries: [{ startedDateTime: '2026-11-20T09:14:03.211Z', time: 182.4, request }] } }, null, 2);
}

const WORDS = [
  'acorn',
  'bramble',
  'cinder',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'ivy',
  'juniper',
  'kestrel',
  'lagoon',
  'meadow',
  'nectar',
  'otter',
  'prairie',
] as const;

export function batchLPositives(seed = 'blind-l-positives'): SecretCase[] {
  const { r, out, add, cap } = positiveBatch(seed, WORDS);
  const word = (): string => WORDS[parseInt(r(HEXL, 1), 16)]!;
  /** A made-up human password; its symbols are safe inside quotes, JSON, XML, INI and URLs. */
  const pw = (): string => `${cap(word())}${r(DIGITS, 3)}${r('!*-_.+', 1)}${word()}${r(ALNUM, 3)}`;
  const hex = (n: number): string => r(HEXL, n);
  const ghTok = (prefix: string): string => {
    const body = r(ALNUM, 30);
    return `${prefix}${body}${base62(crc32(body), 6)}`;
  };
  const jwt = (payload: Record<string, unknown>): string => `${b64urlJson({ alg: 'RS256', typ: 'JWT', kid: hex(16) })}.${b64urlJson(payload)}.${r(B64URL, 342)}`;

  // --- (1) HTTP archives and API traffic ----------------------------------------------------------------
  add('HAR request header bearer GitHub PAT', ghTok('ghp_'), (s) => harEntry('https://api.github.com/repos/acme/web/pulls', 'GET', [['accept', 'application/vnd.github+json'], ['authorization', `Bearer ${s}`], ['user-agent', 'octokit-rest.js/20.0.2']]));
  add('HAR cookie holding an access-token JWT', jwt({ sub: `auth0|${hex(24)}`, aud: 'https://api.acme.io', iat: 1763629000, exp: 1763715400, scope: 'read:orders write:orders' }), (s) => harEntry('https://app.acme.io/api/orders', 'GET', [['accept', 'application/json']], [['_ga', `GA1.1.${r(DIGITS, 9)}.${r(DIGITS, 10)}`], ['access_token', s]]));
  add('HAR postData client_credentials client_secret', r(B64URL, 64), (s) => harEntry('https://acme.eu.auth0.com/oauth/token', 'POST', [['content-type', 'application/x-www-form-urlencoded']], [], [['grant_type', 'client_credentials'], ['client_id', r(ALNUM, 32)], ['client_secret', s], ['audience', 'https://api.acme.io']]));
  add('HAR authorization header OpenAI project key', `sk-proj-${r(B64URL, 156)}`, (s) => harEntry('https://api.openai.com/v1/chat/completions', 'POST', [['content-type', 'application/json'], ['authorization', `Bearer ${s}`]]));
  add('HAR login form password param', pw(), (s) => harEntry('https://shop.acme.io/account/login', 'POST', [['content-type', 'application/x-www-form-urlencoded']], [], [['email', 'lena.ortiz@acme.io'], ['password', s], ['remember', '1']]));
  add('HAR header PayPal access token', `A21AA${r(B64URL, 92)}`, (s) => harEntry('https://api-m.paypal.com/v2/checkout/orders', 'POST', [['content-type', 'application/json'], ['authorization', `Bearer ${s}`], ['paypal-request-id', uuid(r)]]));
  add('Postman collection bearer auth Slack user token', `xoxp-${r(DIGITS, 12)}-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${hex(32)}`, (s) => `{\n  "info": { "name": "Slack admin", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },\n  "auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "${s}", "type": "string" } ] }\n}`);
  add('Postman collection basic auth password', pw(), (s) => `"auth": {\n  "type": "basic",\n  "basic": [\n    { "key": "password", "value": "${s}", "type": "string" },\n    { "key": "username", "value": "svc-reporting", "type": "string" }\n  ]\n}`);
  add('Postman collection apikey auth SendGrid key', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `"auth": {\n  "type": "apikey",\n  "apikey": [\n    { "key": "value", "value": "Bearer ${s}", "type": "string" },\n    { "key": "key", "value": "Authorization", "type": "string" },\n    { "key": "in", "value": "header", "type": "string" }\n  ]\n}`);
  add('Postman oauth2 accessToken Google', `ya29.a0${r(B64URL, 150)}`, (s) => `"auth": {\n  "type": "oauth2",\n  "oauth2": [\n    { "key": "accessToken", "value": "${s}", "type": "string" },\n    { "key": "tokenType", "value": "Bearer", "type": "string" },\n    { "key": "addTokenTo", "value": "header", "type": "string" }\n  ]\n}`);
  add('Postman oauth2 clientSecret', `GOCSPX-${r(B64URL, 28)}`, (s) => `"oauth2": [\n  { "key": "clientId", "value": "${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com" },\n  { "key": "clientSecret", "value": "${s}" },\n  { "key": "accessTokenUrl", "value": "https://oauth2.googleapis.com/token" }\n]`);
  add('Postman environment Twilio auth token', hex(32), (s) => `{\n  "name": "twilio-prod",\n  "values": [\n    { "key": "account_sid", "value": "AC${hex(32)}", "enabled": true },\n    { "key": "auth_token", "value": "${s}", "type": "secret", "enabled": true }\n  ]\n}`);
  add('OpenAPI example with a live Stripe secret key', `sk_live_51${r(ALNUM, 97)}`, (s) => `components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n  examples:\n    createCharge:\n      summary: Charge a card (copied from staging run)\n      value:\n        headers:\n          Authorization: Bearer ${s}`);
  add('Swagger 2 x-example Mailgun key', `key-${hex(32)}`, (s) => `"securityDefinitions": {\n  "basicAuth": { "type": "basic", "x-example": { "username": "api", "password": "${s}" } }\n}`);
  add('GraphQL request Linear key in variables', `lin_api_${r(ALNUM, 40)}`, (s) => `{"operationName":"RegisterWebhook","query":"mutation RegisterWebhook($input: WebhookCreateInput!, $apiKey: String!) { webhookCreate(input: $input) { success } }","variables":{"input":{"url":"https://hooks.acme.io/linear"},"apiKey":"${s}"}}`);
  add('GraphQL Shopify Admin request header', `shpat_${hex(32)}`, (s) => `POST /admin/api/2024-10/graphql.json HTTP/1.1\nHost: acme-store.myshopify.com\nContent-Type: application/json\nX-Shopify-Access-Token: ${s}\n\n{"query":"{ shop { name } }"}`);
  add('GitLab webhook delivery X-Gitlab-Token', r(ALNUM, 32), (s) => `Request headers:\nContent-Type: application/json\nUser-Agent: GitLab/17.5.1\nX-Gitlab-Event: Push Hook\nX-Gitlab-Instance: https://gitlab.acme.io\nX-Gitlab-Token: ${s}\nX-Gitlab-Event-UUID: ${uuid(r)}`);
  add('webhook receiver config Svix signing secret', `whsec_${r(B64, 32)}`, (s) => `webhooks:\n  provider: clerk\n  endpoint: /api/webhooks/clerk\n  signing_secret: ${s}`);

  // --- (2) Mobile and game backends -----------------------------------------------------------------------
  add('Firebase Remote Config dump with Anthropic key', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `{\n  "parameters": {\n    "chat_enabled": { "defaultValue": { "value": "true" } },\n    "assistant_api_key": { "defaultValue": { "value": "${s}" }, "valueType": "STRING" }\n  },\n  "version": { "versionNumber": "42", "updateOrigin": "CONSOLE" }\n}`);
  add('Unity ScriptableObject PlayFab developer secret', r(UPPER + DIGITS, 52), (s) => `%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: PlayFabSharedSettings\n  TitleId: ${r(HEXU, 5)}\n  DeveloperSecretKey: ${s}\n  RequestType: 0`);
  add('game server config Steam Web API key', r(HEXU, 32), (s) => `[steam]\napp_id = 2${r(DIGITS, 6)}\nweb_api_key = ${s}\nverify_tickets = true`);
  add('Unreal DefaultEngine.ini EOS client secret', r(B64URL, 43), (s) => `[/Script/OnlineSubsystemEOS.EOSSettings]\n+Artifacts=(ArtifactName="Live",ClientId="xyza${r(ALNUM, 28)}",ClientSecret="${s}",ProductId="${hex(32)}",SandboxId="${hex(32)}",DeploymentId="${hex(32)}")`);
  add('APNs .p8 auth key', pemBlock(r, 'PRIVATE KEY', 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg', 184), (s) => `$ cat AuthKey_${r(UPPER + DIGITS, 10)}.p8\n${s}`);
  add('push service config FCM legacy server key', `AAAA${r(B64URL, 7)}:APA91b${r(B64URL, 134)}`, (s) => `push:\n  fcm:\n    server_key: "${s}"\n    sender_id: "${r(DIGITS, 12)}"`);
  add('backend env RevenueCat secret key', `sk_${r(ALNUM, 32)}`, (s) => `REVENUECAT_PROJECT_ID=proj${hex(8)}\nREVENUECAT_SECRET_KEY=${s}`);
  add('S2S job Adjust API token', r(ALNUM, 20), (s) => `curl -X POST https://s2s.adjust.com/event -H "Authorization: Bearer ${s}" -d app_token=${r(LOWER + DIGITS, 12)} -d event_token=${r(LOWER + DIGITS, 6)}`);
  add('AppsFlyer Pull API V2 token', jwt({ aud: 'appsflyer', sub: 'pull-api', iat: 1760000000 }), (s) => `APPSFLYER_API_TOKEN = "${s}"\nAPPSFLYER_APP_ID = "id${r(DIGITS, 10)}"`);
  add('OneSignal REST API key v2', `os_v2_app_${r(`${LOWER}234567`, 113)}`, (s) => `const client = new OneSignal.DefaultApi(OneSignal.createConfiguration({ restApiKey: '${s}' }));`);

  // --- (3) E-commerce and payments ------------------------------------------------------------------------
  add('Shopify theme kit config private app password', `shppa_${hex(32)}`, (s) => `production:\n  password: ${s}\n  theme_id: "${r(DIGITS, 12)}"\n  store: acme-store.myshopify.com`);
  add('Shopify app shared secret', `shpss_${hex(32)}`, (s) => `SHOPIFY_API_KEY=${hex(32)}\nSHOPIFY_API_SECRET=${s}\nSCOPES=read_products,write_orders`);
  add('WooCommerce consumer secret', `cs_${hex(40)}`, (s) => `woocommerce:\n  url: https://shop.acme.io\n  consumer_key: ck_${hex(40)}\n  consumer_secret: ${s}\n  version: wc/v3`);
  add('WooCommerce basic auth header in HAR', b64(`ck_${hex(40)}:cs_${hex(40)}`), (s) => harEntry('https://shop.acme.io/wp-json/wc/v3/orders?status=processing', 'GET', [['authorization', `Basic ${s}`]]));
  add('Magento integration access token', r(LOWER + DIGITS, 32), (s) => `curl -s https://store.acme.io/rest/V1/orders?searchCriteria[pageSize]=20 -H "Authorization: Bearer ${s}"`);
  add('PayPal REST client secret', `E${r(B64URL, 79)}`, (s) => `paypal:\n  mode: live\n  client_id: A${r(B64URL, 79)}\n  client_secret: ${s}`);
  add('Adyen API key', `AQE${r(B64, 90)}==-${r(B64, 43)}=-${r(ALNUM, 16)}`, (s) => `adyen.apiKey=${s}\nadyen.merchantAccount=AcmeECOM\nadyen.environment=LIVE`);
  add('Square production access token', `EAAA${r(B64URL, 60)}`, (s) => `SQUARE_ENVIRONMENT=production\nSQUARE_ACCESS_TOKEN=${s}`);
  add('Square application secret', `sq0csp-${r(B64URL, 43)}`, (s) => `{"square": {"application_id": "sq0idp-${r(B64URL, 22)}", "application_secret": "${s}"}}`);
  add('Braintree gateway private key', hex(32), (s) => `gateway = braintree.BraintreeGateway(braintree.Configuration(\n    braintree.Environment.Production,\n    merchant_id="${r(LOWER + DIGITS, 16)}",\n    public_key="${r(LOWER + DIGITS, 16)}",\n    private_key="${s}"\n))`);
  add('Braintree access token', `access_token$production$${r(LOWER + DIGITS, 16)}$${hex(32)}`, (s) => `BRAINTREE_ACCESS_TOKEN='${s}'`);
  add('Klarna API key', `klarna_live_api_${r(B64URL, 88)}`, (s) => `klarna:\n  region: eu\n  api_key: ${s}`);
  add('Mollie live API key', `live_${r(ALNUM, 30)}`, (s) => `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey('${s}');`);
  add('Razorpay key secret', r(ALNUM, 24), (s) => `RAZORPAY_KEY_ID=rzp_live_${r(ALNUM, 14)}\nRAZORPAY_KEY_SECRET=${s}`);
  add('Paystack live secret key', `sk_live_${hex(40)}`, (s) => `const paystack = require('paystack-api')('${s}');`);
  add('Flutterwave secret key', `FLWSECK-${hex(32)}-X`, (s) => `FLW_PUBLIC_KEY=FLWPUBK-${hex(32)}-X\nFLW_SECRET_KEY=${s}`);

  // --- (4) Embedded and IoT ---------------------------------------------------------------------------------
  add('wpa_supplicant.conf psk', pw(), (s) => `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev\ncountry=DE\nnetwork={\n    ssid="Acme-Plant-2"\n    psk="${s}"\n    key_mgmt=WPA-PSK\n}`);
  add('device provisioning JSON Wi-Fi and MQTT password', pw(), (s) => `{\n  "device_id": "sensor-${hex(6)}",\n  "wifi": { "ssid": "acme-iot", "pass": "${pw()}" },\n  "mqtt": { "host": "mqtt.acme.io", "port": 8883, "username": "sensor-fleet", "password": "${s}" }\n}`);
  add('AWS IoT device private key in provisioning bundle', pemBlock(r, 'RSA PRIVATE KEY', 'MIIEowIBAAKCAQEA', 1592), (s) => `== certs/${hex(10)}-private.pem.key ==\n${s}\n== certs/${hex(10)}-certificate.pem.crt ==\n(see file)`);
  add('Azure IoT Hub device connection string', `${r(B64, 43)}=`, (s) => `"ConnectionString": "HostName=acme-prod-hub.azure-devices.net;DeviceId=press-07;SharedAccessKey=${s}"`);
  add('Azure IoT Hub service policy connection string', `${r(B64, 43)}=`, (s) => `IOTHUB_CONNECTION_STRING=HostName=acme-prod-hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${s}`);
  add('Azure DPS symmetric key enrollment', `${r(B64, 86)}==`, (s) => `[provisioning]\nsource = "dps"\nglobal_endpoint = "https://global.azure-devices-provisioning.net"\nid_scope = "0ne00${r(HEXU, 6)}"\n\n[provisioning.attestation]\nmethod = "symmetric_key"\nregistration_id = "gw-${hex(6)}"\nsymmetric_key = { value = "${s}" }`);
  add('Particle access token', hex(40), (s) => `$ particle token create\nNew access token expires on Fri Feb 27 2027\n    ${s}`);
  add('Balena API key', r(ALNUM, 32), (s) => `export BALENA_API_KEY=${s}\nbalena login --token "$BALENA_API_KEY"`);
  add('Blynk auth token in Arduino sketch', r(B64URL, 32), (s) => `#define BLYNK_TEMPLATE_ID "TMPL${r(ALNUM, 8)}"\n#define BLYNK_TEMPLATE_NAME "Greenhouse"\n#define BLYNK_AUTH_TOKEN "${s}"`);
  add('ThingsBoard device access token as MQTT username', r(ALNUM, 20), (s) => `mosquitto_pub -d -q 1 -h tb.acme.io -p 1883 -t v1/devices/me/telemetry -u "${s}" -m '{"temperature":21.4}'`);

  // --- (5) Crash reports and support bundles ----------------------------------------------------------------
  add('Sentry event request Authorization basic', b64(`svc-export:${pw()}`), (s) => `{"event_id": "${hex(32)}", "level": "error", "request": {"url": "https://api.acme.io/export", "method": "POST", "headers": [["Authorization", "Basic ${s}"], ["Content-Type", "application/json"]]}}`);
  add('Sentry event extra with database URL password', pw(), (s) => `{"event_id": "${hex(32)}", "platform": "python", "extra": {"settings": {"DATABASE_URL": "postgres://orders:${s}@10.2.0.14:5432/orders"}}}`);
  add('Bugsnag payload metaData Mailchimp key', `${hex(32)}-us21`, (s) => `{"apiKey": "${hex(32)}", "events": [{"exceptions": [{"errorClass": "MailchimpError"}], "metaData": {"config": {"mailchimp_api_key": "${s}"}}}]}`);
  add('Windows Security 4688 command line net use password', pw(), (s) => `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">\n  <System><EventID>4688</EventID><Computer>WS-0142.corp.acme.io</Computer></System>\n  <EventData>\n    <Data Name="NewProcessName">C:\\Windows\\System32\\net.exe</Data>\n    <Data Name="CommandLine">net use Z: \\\\fs01\\finance /user:CORP\\svc-backup ${s} /persistent:no</Data>\n  </EventData>\n</Event>`);
  add('Windows PowerShell 4104 script block with password', pw(), (s) => `Log Name: Microsoft-Windows-PowerShell/Operational\nEvent ID: 4104\nCreating Scriptblock text (1 of 1):\n$pw = ConvertTo-SecureString '${s}' -AsPlainText -Force\n$cred = New-Object System.Management.Automation.PSCredential('CORP\\sql-admin', $pw)`);
  add('diagnostic bundle config.txt Datadog API key', hex(32), (s) => `=== config.txt ===\nsite: datadoghq.eu\napi_key: ${s}\nhostname: edge-gw-03\nlogs_enabled: true`);
  add('support bundle Grafana service account token', `glsa_${r(ALNUM, 32)}_${hex(8)}`, (s) => `support-bundle/settings.txt\n[alerting]\nenabled = true\n[plugin.acme-exporter]\ntoken = ${s}`);
  add('crash report env dump with plain admin password', pw(), (s) => `--- Environment ---\nHOME=/home/app\nADMIN_USER=root\nADMIN_PASSWORD=${s}\nNODE_ENV=production`);

  return out;
}

export function batchLNegatives(seed = 'blind-l-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);

  // --- HAR and API traffic ------------------------------------------------------------------------------
  add('HAR authorization header redacted', harEntry('https://api.acme.io/v1/me', 'GET', [['authorization', 'Bearer [REDACTED]'], ['accept', 'application/json']]));
  add('HAR sanitized export with empty cookies', harEntry('https://app.acme.io/dashboard', 'GET', [['cookie', '']], [['session', ''], ['csrftoken', '']]));
  add('HAR masked cookie', harEntry('https://app.acme.io/api/cart', 'GET', [], [['session', '********'], ['theme', 'dark']]));
  add('HAR request id and trace headers', harEntry('https://api.acme.io/v1/orders', 'GET', [['x-request-id', uuid(r)], ['traceparent', `00-${hex(32)}-${hex(16)}-01`]]));
  add('HAR response etag and CloudFront id', `"response": {"status": 200, "headers": [{"name": "etag", "value": "W/\\"${hex(40)}\\""}, {"name": "x-amz-cf-id", "value": "${r(B64URL, 54)}=="}]}`);
  add('HAR PKCE authorize params', harEntry(`https://login.acme.io/authorize?response_type=code&client_id=${r(ALNUM, 32)}&state=${r(B64URL, 22)}&code_challenge=${r(B64URL, 43)}&code_challenge_method=S256`, 'GET', [['accept', 'text/html']]));
  add('HAR form with Stripe publishable key', harEntry('https://api.stripe.com/v1/payment_methods', 'POST', [['content-type', 'application/x-www-form-urlencoded']], [], [['type', 'card'], ['key', `pk_live_51${r(ALNUM, 97)}`], ['guid', uuid(r)]]));
  add('HAR CSP header with hashes and nonce', harEntry('https://app.acme.io/', 'GET', [['content-security-policy', `script-src 'self' 'nonce-${r(B64, 22)}==' 'sha256-${r(B64, 43)}='`]]));
  add('Postman bearer auth variable', `"auth": { "type": "bearer", "bearer": [ { "key": "token", "value": "{{access_token}}", "type": "string" } ] }`);
  add('Postman basic auth variables', `"auth": { "type": "basic", "basic": [ { "key": "password", "value": "{{password}}" }, { "key": "username", "value": "{{username}}" } ] }`);
  add('Postman apikey placeholder', `"apikey": [ { "key": "value", "value": "<your-api-key>" }, { "key": "key", "value": "X-API-Key" } ]`);
  add('Postman oauth2 empty token and variable secret', `"oauth2": [ { "key": "accessToken", "value": "" }, { "key": "clientSecret", "value": "{{client_secret}}" }, { "key": "grant_type", "value": "client_credentials" } ]`);
  add('Postman environment secret with empty value', `{ "name": "prod", "values": [ { "key": "api_key", "value": "", "type": "secret", "enabled": true }, { "key": "base_url", "value": "https://api.acme.io", "enabled": true } ] }`);
  add('Postman pre-request script reading environment', `const token = pm.environment.get('api_token');\npm.request.headers.add({ key: 'Authorization', value: 'Bearer ' + token });`);
  add('OpenAPI example Stripe test-mode key (judgment: test keys negative)', `examples:\n  listCustomers:\n    summary: Example request (test mode)\n    value:\n      headers:\n        Authorization: Bearer sk_test_${r(ALNUM, 24)}`);
  add('OpenAPI example YOUR_API_KEY', `parameters:\n  - name: api_key\n    in: query\n    required: true\n    schema: { type: string }\n    example: YOUR_API_KEY`);
  add('OpenAPI security scheme with no value', `components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-KEY\nsecurity:\n  - ApiKeyAuth: []`);
  add('Swagger example with xxx key', `"x-example": { "Authorization": "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" }`);
  add('OpenAPI AWS documented example key', `example:\n  accessKeyId: AKIA${'IOSFODNN7'}${'EXAMPLE'}\n  description: The example access key id from the AWS documentation.`);
  add('OpenAPI JWKS example public key', `example:\n  keys:\n    - kty: RSA\n      use: sig\n      kid: ${hex(16)}\n      e: AQAB\n      n: ${r(B64URL, 342)}`);
  add('GraphQL variables token null and env reference', `{"query":"mutation Login($token: String) { login(token: $token) { ok } }","variables":{"token":null,"envVar":"$LINEAR_API_KEY"}}`);
  add('GraphQL opaque pagination cursor', `{"query":"query { orders(first: 50, after: $after) { pageInfo { endCursor } } }","variables":{"after":"${b64(`arrayconnection:${r(DIGITS, 4)}`)}"}}`);
  add('GraphQL persisted query hash', `{"operationName":"Feed","extensions":{"persistedQuery":{"version":1,"sha256Hash":"${hex(64)}"}}}`);
  add('GitHub webhook delivery signature and ids (judgment: signature is output)', `Request headers\nX-GitHub-Delivery: ${uuid(r)}\nX-GitHub-Event: push\nX-GitHub-Hook-ID: ${r(DIGITS, 9)}\nX-Hub-Signature: sha1=${hex(40)}\nX-Hub-Signature-256: sha256=${hex(64)}`);
  add('Stripe-Signature header', `Stripe-Signature: t=1763629411,v1=${hex(64)},v0=${hex(64)}`);
  add('Shopify webhook HMAC header', `X-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: ${r(B64, 43)}=\nX-Shopify-Shop-Domain: acme-store.myshopify.com\nX-Shopify-Webhook-Id: ${uuid(r)}`);
  add('Svix webhook headers', `svix-id: msg_${r(ALNUM, 27)}\nsvix-timestamp: 1763629411\nsvix-signature: v1,${r(B64, 43)}=`);
  add('webhook signature computed in debug log', `DEBUG webhook.verify expected=${hex(64)} received=${hex(64)} match=false`);
  add('webhook config secret reference', `webhooks:\n  - url: https://hooks.acme.io/github\n    secret: \${{ secrets.GITHUB_WEBHOOK_SECRET }}\n    events: [push, pull_request]`);

  // --- Mobile and game backends -----------------------------------------------------------------------------
  add('Firebase Remote Config dump of feature flags', `{\n  "parameters": {\n    "welcome_message": { "defaultValue": { "value": "Hello!" } },\n    "min_supported_build": { "defaultValue": { "value": "412" } }\n  },\n  "etag": "etag-${r(DIGITS, 12)}-${r(DIGITS, 2)}"\n}`);
  add('google-services.json client API key (judgment: client-side key)', `"client": [{ "client_info": { "mobilesdk_app_id": "1:${r(DIGITS, 12)}:android:${hex(16)}" }, "api_key": [{ "current_key": "AIzaSy${r(B64URL, 33)}" }] }]`);
  add('Photon server settings AppId', `PhotonServerSettings:\n  AppSettings:\n    AppIdRealtime: ${uuid(r)}\n    AppVersion: 1.4\n    FixedRegion: eu`);
  add('RevenueCat public SDK key', `Purchases.configure(withAPIKey: "appl_${r(ALNUM, 27)}")`);
  add('Unity ProjectSettings ids', `PlayerSettings:\n  productGUID: ${hex(32)}\n  cloudProjectId: ${uuid(r)}\n  organizationId: acme-games\n  bundleVersion: 1.4.2`);
  add('Steam app id and SteamID64', `[steam]\napp_id = 2${r(DIGITS, 6)}\nowner_steamid = 765611${r(DIGITS, 11)}\nweb_api_key =`);
  add('FCM registration token (judgment: device address)', `{"message": {"token": "${r(B64URL, 22)}:APA91b${r(B64URL, 134)}", "notification": {"title": "Order shipped"}}}`);
  add('APNs device token and ids', `apns-topic: io.acme.shop\napns-push-type: alert\ndevice_token: ${hex(64)}\nkey_id: ${r(UPPER + DIGITS, 10)}\nteam_id: ${r(UPPER + DIGITS, 10)}`);
  add('Unreal EOS settings with empty secret', `[/Script/OnlineSubsystemEOS.EOSSettings]\n+Artifacts=(ArtifactName="Dev",ClientId="",ClientSecret="",ProductId="${hex(32)}",SandboxId="${hex(32)}")`);
  add('OneSignal app id', `OneSignal.initialize("${uuid(r)}");`);

  // --- E-commerce and payments ----------------------------------------------------------------------------
  add('Shopify Storefront API token (judgment: public)', `const client = createStorefrontApiClient({ storeDomain: 'acme-store.myshopify.com', apiVersion: '2024-10', publicAccessToken: '${hex(32)}' });`);
  add('Shopify app API key client id', `shopify.app.toml\nclient_id = "${hex(32)}"\napplication_url = "https://app.acme.io"\nembedded = true`);
  add('WooCommerce placeholder keys', `consumer_key: ck_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nconsumer_secret: cs_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
  add('WooCommerce docs placeholder', `curl https://example.com/wp-json/wc/v3/orders -u consumer_key:consumer_secret`);
  add('PayPal client id alone in JS SDK URL', `<script src="https://www.paypal.com/sdk/js?client-id=A${r(B64URL, 79)}&currency=EUR"></script>`);
  add('Adyen client key (judgment: client-side)', `const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_${r(UPPER + DIGITS, 32)}', locale: 'de-DE' });`);
  add('Stripe publishable key', `const stripe = Stripe('pk_live_51${r(ALNUM, 97)}');`);
  add('Stripe PaymentIntent client secret (judgment: browser-facing)', `{"id": "pi_${r(ALNUM, 24)}", "object": "payment_intent", "client_secret": "pi_${r(ALNUM, 24)}_secret_${r(ALNUM, 25)}", "status": "requires_payment_method"}`);
  add('Braintree tokenization key (client-side)', `braintree.dropin.create({ authorization: 'production_${r(LOWER + DIGITS, 8)}_${r(LOWER + DIGITS, 16)}', container: '#dropin' });`);
  add('Square application id', `const payments = Square.payments('sq0idp-${r(B64URL, 22)}', 'L${r(UPPER + DIGITS, 12)}');`);
  add('Razorpay key id alone in checkout', `var options = { key: 'rzp_live_${r(ALNUM, 14)}', amount: 50000, currency: 'INR', order_id: 'order_${r(ALNUM, 14)}' };`);
  add('Klarna client id', `<script async src="https://js.klarna.com/web-sdk/v1/klarna.js" data-client-id="klarna_live_client_${r(B64URL, 40)}"></script>`);
  add('Mollie profile and payment ids', `{"resource": "payment", "id": "tr_${r(ALNUM, 10)}", "profileId": "pfl_${r(ALNUM, 10)}", "mode": "live"}`);
  add('Square env placeholder token', `SQUARE_ENVIRONMENT=sandbox\nSQUARE_ACCESS_TOKEN=YOUR_SANDBOX_ACCESS_TOKEN`);
  add('Magento env.php empty keys', `    'crypt' => ['key' => ''],\n    'db' => ['connection' => ['default' => ['username' => 'magento', 'password' => '']]],`);
  add('order export with masked card', `order_id,card,last4,auth_code\n100${r(DIGITS, 6)},visa,4242,${r(UPPER + DIGITS, 6)}\n# PAN shown as 4242 **** **** 4242`);
  add('Flutterwave public key', `FlutterwaveCheckout({ public_key: 'FLWPUBK-${hex(32)}-X', tx_ref: 'txn-${r(DIGITS, 8)}', amount: 54600 });`);

  // --- Embedded and IoT ------------------------------------------------------------------------------------
  add('wpa_supplicant open network', `network={\n    ssid="Acme-Guest"\n    key_mgmt=NONE\n}`);
  add('wpa_supplicant placeholder psk', `network={\n    ssid="YOUR_SSID"\n    psk="YOUR_WIFI_PASSWORD"\n}`);
  add('AWS IoT device certificate (public)', `== certs/device-certificate.pem.crt ==\n${pemBlock(r, 'CERTIFICATE', 'MIIDWTCCAkGgAwIBAgIU', 1140)}`);
  add('AWS IoT endpoint, thing and certificate id', `{"endpoint": "${r(LOWER + DIGITS, 14)}-ats.iot.eu-west-1.amazonaws.com", "thingName": "press-07", "certificateId": "${hex(64)}", "certificateArn": "arn:aws:iot:eu-west-1:${r(DIGITS, 12)}:cert/${hex(64)}"}`);
  add('Azure IoT connection string placeholder', `"ConnectionString": "HostName=<hub-name>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"`);
  add('Azure DPS scope and registration id', `id_scope = "0ne00${r(HEXU, 6)}"\nregistration_id = "gw-${hex(6)}"\nmethod = "x509"\nidentity_cert = "file:///var/secrets/device.pem"`);
  add('device serials, MACs and IMEI', `serial=AC${r(UPPER + DIGITS, 10)}\nmac=${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}\nimei=35${r(DIGITS, 13)}\nfw=2.8.1`);
  add('Particle device id', `$ particle list\ngreenhouse-01 [${hex(24)}] (Argon) is online`);
  add('Balena device UUID', `balena device ${hex(32)}\nDEVICE TYPE: raspberrypi4-64\nSTATUS: idle`);
  add('MQTT config username with password file', `mqtt:\n  host: mqtt.acme.io\n  username: sensor-fleet\n  password_file: /run/secrets/mqtt_password`);
  add('Blynk template id only', `#define BLYNK_TEMPLATE_ID "TMPL${r(ALNUM, 8)}"\n#define BLYNK_TEMPLATE_NAME "Greenhouse"\n// BLYNK_AUTH_TOKEN is set via the provisioning app`);

  // --- Crash reports and support bundles --------------------------------------------------------------------
  add('Sentry event with filtered headers', `{"event_id": "${hex(32)}", "request": {"headers": [["Authorization", "[Filtered]"], ["Cookie", "[Filtered]"]]}, "release": "web@${hex(40)}"}`);
  add('Sentry DSN public key', `Sentry.init({ dsn: 'https://${hex(32)}@o${r(DIGITS, 6)}.ingest.sentry.io/${r(DIGITS, 7)}' });`);
  add('Bugsnag notifier key in client', `Bugsnag.start({ apiKey: '${hex(32)}', appVersion: '4.2.0' })`);
  add('Windows 4624 logon event ids', `<EventData>\n  <Data Name="TargetUserSid">S-1-5-21-${r(DIGITS, 10)}-${r(DIGITS, 10)}-${r(DIGITS, 9)}-1107</Data>\n  <Data Name="TargetLogonId">0x${hex(7)}</Data>\n  <Data Name="LogonGuid">{${uuid(r).toUpperCase()}}</Data>\n</EventData>`);
  add('Windows 4625 failed logon without credentials', `An account failed to log on.\nAccount Name: svc-backup\nFailure Reason: Unknown user name or bad password.\nStatus: 0xC000006D`);
  add('Sysmon process hashes', `Hashes: SHA1=${hex(40).toUpperCase()},MD5=${hex(32).toUpperCase()},SHA256=${hex(64).toUpperCase()},IMPHASH=${hex(32).toUpperCase()}`);
  add('diagnostic config.txt masked key', `=== config.txt ===\nsite: datadoghq.eu\napi_key: ***************************${hex(5)}\nhostname: edge-gw-03`);
  add('support bundle redacted values', `[database]\npassword = <redacted>\n[smtp]\npassword = <redacted>\n[security]\nsecret_key = <redacted>`);
  add('minidump module list with build ids', `Module: libgame.so base=0x7f${hex(10)} build_id=${hex(40)}\nModule: ntdll.dll pdb_guid={${uuid(r).toUpperCase()}} age=1`);
  add('native crash stack trace addresses', `#00 pc 0x${hex(16)}  /system/lib64/libc.so (abort+164)\n#01 pc 0x${hex(16)}  /data/app/io.acme.shop/lib/arm64/libgame.so`);
  add('key names with no value', `client_secret:\napi_key:\nprivate_key:\nshared_access_key:`);
  add('user export with bcrypt hash', `{"email": "ana@acme.io", "password_hash": "$2b$12$${r(BCRYPT, 53)}", "last_login": "2026-11-01"}`);
  add('SRI integrity attribute', `<script src="https://cdn.acme.io/checkout.js" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous"></script>`);

  return out;
}
