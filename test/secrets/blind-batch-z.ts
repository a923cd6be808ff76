/**
 * Blind evaluation batch Z for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28: without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch V and the helpers of fixtures.ts) or any notes, and
 * without running it. Batch Z aims at credentials as API CLIENTS, PROXIES AND BROWSERS see them:
 * (1) HTTP client tools and their files: Postman environments / collections / newman, Insomnia exports,
 *     Bruno `.bru` files, VS Code REST Client `.http` files and settings, JetBrains
 *     `http-client.private.env.json`, httpie (command line and session files), curl (`-u`, `-H`,
 *     `--oauth2-bearer`, `-b`), wget (`--password`, `--header`);
 * (2) intercepting proxies and captures: Burp / ZAP raw requests, mitmproxy output, Charles session
 *     JSON, Fiddler raw requests, HAR entries (headers, cookies, postData, response content);
 * (3) browser artifacts: localStorage / sessionStorage dumps (Auth0, oidc-client-ts, Firebase), cookies
 *     in Netscape cookies.txt and JSON exports, Cookie headers (PHPSESSID, laravel_session, connect.sid,
 *     ASP.NET_SessionId, Rails _session_id, JSESSIONID, wordpress_logged_in);
 * (4) OAuth / OIDC: authorization codes in redirect URLs, access tokens in fragments, token endpoint
 *     responses, client_secret in form bodies, PKCE code_verifier, id_token_hint, client Basic auth,
 *     Okta SSWS; SAML responses; WebSocket and Socket.IO auth messages; GraphQL clients; gRPC metadata
 *     (grpcurl, Envoy logs); API gateway logs (AWS API Gateway, Kong, Azure APIM);
 * (5) prose in German, Japanese, Spanish, French, Chinese, Portuguese and Russian around such values.
 *
 * Counts: 66 positives, 74 negatives.
 *
 * Negatives use the same formats with nothing secret: variables (`{{token}}`, `{{$processEnv TOKEN}}`,
 * `{{process.env.X}}`, `$TOKEN`, `<token>`, `${{ secrets.X }}`, Insomnia response tags), redacted values,
 * OAuth `state` / `nonce`, PKCE `code_challenge`, CSRF tokens, ASP.NET view state, request / trace ids,
 * public client ids, ETags, analytics / consent / feature-flag / load-balancer cookies, cache keys,
 * WebSocket handshake keys, SAML AuthnRequests, digest-auth responses, public keys and certificates.
 *
 * Every key-like value is generated at run time from the seeded random source, in the shape the vendor
 * uses as I remember it. The file holds no literal key; AWS's documentation key id is assembled from parts.
 *
 * JUDGMENT CALLS:
 * - Session cookies are bearer credentials for a logged-in session: PHPSESSID, laravel_session,
 *   connect.sid, ASP.NET_SessionId, Rails `_session_id`, JSESSIONID and `wordpress_logged_in_*` with a
 *   real value are POSITIVES; `secret` is the cookie value exactly as it appears (URL-encoded where the
 *   export keeps it URL-encoded). The same cookies deleted (`deleted`, empty, Max-Age=0) or shown as a
 *   placeholder are NEGATIVES.
 * - Laravel's `XSRF-TOKEN` cookie looks exactly like `laravel_session` (encrypted `eyJpdiI6…` JSON) but is
 *   a CSRF token: NEGATIVE. Django `csrftoken` / `X-CSRFToken`, Rails `authenticity_token`, ASP.NET
 *   `__RequestVerificationToken` and `__VIEWSTATE` are NEGATIVES.
 * - Load-balancer and bot-management cookies (AWSALB, AWSALBCORS, __cf_bm, __cflb) and the Engine.IO
 *   connection `sid` are NEGATIVES (they route or rate-limit; they do not authenticate).
 * - Values a message says are expired or revoked are still POSITIVES when the full value is present:
 *   the claim cannot be checked from the text, refresh tokens and API keys outlive the remark, and JWTs
 *   carry claims. Only truncated / masked forms are NEGATIVES.
 * - OAuth: authorization codes in redirect URLs are POSITIVES (RFC 6749 treats them as confidential;
 *   with PKCE-less public clients they redeem alone). Access tokens, refresh tokens, id_tokens (including
 *   as `id_token_hint`) and client secrets are POSITIVES. Where a token response holds both access and
 *   refresh tokens, `secret` is the refresh token. `state`, `nonce`, `code_challenge`, client ids, JWKS
 *   and discovery documents are NEGATIVES; an id_token's decoded claims (no encoded token) are NEGATIVE.
 * - PKCE `code_verifier` in a token request is a POSITIVE (it is the proof that redeems the code);
 *   `code_challenge` (a SHA-256 of it, sent in the front channel) is a NEGATIVE.
 * - A SAMLResponse (signed assertion, replayable until NotOnOrAfter) is a POSITIVE with the whole base64
 *   form value as `secret`; a SAMLRequest (AuthnRequest) and IdP metadata certificates are NEGATIVES.
 * - HTTP Basic in a header: `secret` is the base64 blob (also for OAuth client authentication). `curl -u`,
 *   httpie `-a`, wget `--password`: `secret` is the password part only.
 * - Digest-auth `response=` (a per-nonce MD5) and AWS SigV4 `Signature=` are NEGATIVES; the SigV4 case
 *   uses AWS's documented example key id only.
 * - Public-by-design browser values are NEGATIVES: Stripe `pk_live_`, Google OAuth client ids, reCAPTCHA
 *   site keys, an Algolia search-only key named as such, a browser Sentry DSN, the Firebase web API key
 *   inside a localStorage key name. In the Firebase case the refresh token in the same object is the
 *   POSITIVE's `secret`.
 * - Postman `"type": "secret"` only hides a value in the UI; an exported secret-typed value is a POSITIVE.
 *   Bruno `vars:secret [ … ]` lists names only (values live outside the file): NEGATIVE.
 * - Ids of every kind (request ids, cf-ray, trace ids, ETags, persisted-query hashes, API Gateway
 *   `apiKeyId`, Kong consumer ids, Burp Collaborator hosts, cache keys) are NEGATIVES.
 */
import {
  ALNUM,
  B64,
  B64URL,
  DIGITS,
  HEXL,
  HEXU,
  LOWER,
  UPPER,
  positiveBatch,
  randomChars,
  uuid,
  crcToken,
  b64urlJson,
  b64,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';

type R = RandomChars;

const basic = (user: string, pass: string): string => b64(`${user}:${pass}`);
const AWS_EXAMPLE_ID = ['AKIAIOSF', 'ODNN7', 'EXAMPLE'].join('');

/** An RS256 JWT with the given claims and a random 2048-bit signature. */
function jwtRS(r: R, claims: Record<string, unknown>): string {
  return `${b64urlJson({ alg: 'RS256', typ: 'JWT', kid: r(HEXL, 16) })}.${b64urlJson(claims)}.${r(B64URL, 342)}`;
}
/** An HS256 JWT. */
function jwtHS(r: R, claims: Record<string, unknown>): string {
  return `${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson(claims)}.${r(B64URL, 43)}`;
}

/** A random base64 string of `bytes` bytes (with padding). */
function b64bytes(r: R, bytes: number): string {
  return Buffer.from(r(HEXL, bytes * 2), 'hex').toString('base64');
}

/** A Laravel-style encrypted cookie value (URL-encoded base64 of {iv,value,mac,tag}). */
function laravelCookie(r: R): string {
  const json = JSON.stringify({ iv: b64bytes(r, 16), value: b64bytes(r, 96), mac: r(HEXL, 64), tag: '' });
  return encodeURIComponent(b64(json));
}

const WORDS = [
  'amber',
  'basalt',
  'cobalt',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'iris',
  'juniper',
  'kestrel',
  'lotus',
  'meadow',
  'nova',
  'onyx',
  'prairie',
] as const;

const PHPSESS = 'abcdefghijklmnopqrstuv0123456789';
const ASPNET_SID = 'abcdefghijklmnopqrstuvwxyz012345';

export function batchZPositives(seed = 'blind-z-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 6)}`;
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  const opaque = (n: number): string => r(ALNUM, n);
  const iat = 1795860000 + Number(r(DIGITS, 4));
  const glpat = (): string => `glpat-${r(`${ALNUM}-_`, 20)}`;
  const xoxb = (): string => `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`;
  const pmak = (): string => `PMAK-${hex(24)}-${hex(34)}`;
  const gocspx = (): string => `GOCSPX-${r(B64URL, 28)}`;
  const azureSecret = (): string => `${r(ALNUM, 3)}8Q~${r(`${ALNUM}~._-`, 34)}`;
  const okta = (): string => `00${r(B64URL, 40)}`;
  const anthropic = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const accessJwt = (aud: string, iss: string): string =>
    jwtRS(r, { iss, sub: `auth0|${hex(24)}`, aud, iat, exp: iat + 3600, scope: 'openid profile email read:orders', azp: r(ALNUM, 32) });

  // --- (1) HTTP client tools ---------------------------------------------------------------------------
  add('Postman environment export with secret-typed access token', opaque(40), (s) => `{
\t"id": "${uuid(r)}",
\t"name": "Orders API - prod",
\t"values": [
\t\t{ "key": "baseUrl", "value": "https://api.orders.corp.example/v2", "type": "default", "enabled": true },
\t\t{ "key": "access_token", "value": "${s}", "type": "secret", "enabled": true },
\t\t{ "key": "tenant", "value": "eu-1", "type": "default", "enabled": true }
\t],
\t"_postman_variable_scope": "environment",
\t"_postman_exported_at": "2026-11-27T16:02:11.418Z",
\t"_postman_exported_using": "Postman/11.19.0"
}`);
  add('Postman collection bearer auth with GitLab token', glpat(), (s) => `{
  "info": { "_postman_id": "${uuid(r)}", "name": "GitLab release automation", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "${s}", "type": "string" } ]
  },
  "item": [ { "name": "List releases", "request": { "method": "GET", "url": "https://gitlab.corp.example/api/v4/projects/412/releases" } } ]
}`);
  add('Postman collection apikey auth value', opaque(32), (s) => `"request": {
    "auth": {
        "type": "apikey",
        "apikey": [
            { "key": "value", "value": "${s}", "type": "string" },
            { "key": "key", "value": "X-API-Key", "type": "string" },
            { "key": "in", "value": "header", "type": "string" }
        ]
    },
    "method": "POST",
    "url": { "raw": "{{baseUrl}}/shipments", "host": ["{{baseUrl}}"], "path": ["shipments"] }
}`);
  add('newman run with Postman API key in URL', pmak(), (s) => `$ newman run "https://api.getpostman.com/collections/${r(DIGITS, 8)}-${uuid(r)}?apikey=${s}" -e prod.postman_environment.json --reporters cli,junit
newman

Orders API smoke

→ Health
  GET https://api.orders.corp.example/v2/health [200 OK, 312B, 88ms]`);
  add('Insomnia v4 export with bearer authentication (Slack bot token)', xoxb(), (s) => `{"_type":"export","__export_format":4,"__export_source":"insomnia.desktop.app:v10.1.1","resources":[{"_id":"req_${hex(32)}","_type":"request","parentId":"wrk_${hex(32)}","name":"chat.postMessage","method":"POST","url":"https://slack.com/api/chat.postMessage","body":{"mimeType":"application/json","text":"{\\"channel\\":\\"C0123ABCD\\",\\"text\\":\\"deploy done\\"}"},"authentication":{"type":"bearer","token":"${s}","prefix":""},"headers":[{"name":"Content-Type","value":"application/json"}]}]}`);
  add('Insomnia environment data with API key', anthropic(), (s) => `- _id: env_${hex(32)}
  _type: environment
  parentId: wrk_${hex(32)}
  name: Base Environment
  data:
    base_url: https://api.anthropic.com
    anthropic_key: ${s}
    model: claude-sonnet-4
  dataPropertyOrder:
    "&":
      - base_url
      - anthropic_key
      - model`);
  add('Bruno .bru request with bearer token', crcToken(r, 'ghp_'), (s) => `meta {
  name: list org repos
  type: http
  seq: 3
}

get {
  url: https://api.github.com/orgs/corp/repos?per_page=100
  body: none
  auth: bearer
}

auth:bearer {
  token: ${s}
}

headers {
  X-GitHub-Api-Version: 2022-11-28
}`);
  add('Bruno environment file with client secret in plain vars', gocspx(), (s) => `vars {
  baseUrl: https://oauth2.googleapis.com
  clientId: ${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com
  clientSecret: ${s}
  redirectUri: http://localhost:8765/callback
}`);
  add('VS Code REST Client .http file variable', opaque(48), (s) => `@baseUrl = https://api.inventory.corp.example
@token = ${s}

### List warehouses
GET {{baseUrl}}/v1/warehouses
Authorization: Bearer {{token}}
Accept: application/json

### Create warehouse
POST {{baseUrl}}/v1/warehouses
Authorization: Bearer {{token}}
Content-Type: application/json

{ "code": "AMS-2", "name": "Amsterdam 2" }`);
  add('VS Code settings.json rest-client environment password', pw(), (s) => `{
  "editor.formatOnSave": true,
  "rest-client.environmentVariables": {
    "$shared": { "version": "v2" },
    "staging": { "host": "https://staging.crm.corp.example", "user": "qa-bot", "password": "${s}" },
    "local": { "host": "http://localhost:8080", "user": "admin", "password": "admin" }
  }
}`);
  add('JetBrains http-client.private.env.json', okta(), (s) => `{
  "dev": {
    "oktaDomain": "corp-dev.okta.com",
    "apiToken": "${s}"
  },
  "prod": {
    "oktaDomain": "corp.okta.com",
    "apiToken": ""
  }
}`);
  add('httpie with bearer auth flag', opaque(40), (s) => `$ http -A bearer -a ${s} GET https://api.fleet.corp.example/v1/vehicles status==active
HTTP/1.1 200 OK
Content-Type: application/json
X-Request-Id: ${uuid(r)}

{
    "count": 2,
    "items": [ { "id": "veh_18", "status": "active" }, { "id": "veh_22", "status": "active" } ]
}`);
  add('httpie session file with basic raw_auth', netpw(), (s) => `$ cat ~/.config/httpie/sessions/jira.corp.example/work.json
{
    "__meta__": { "about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.4" },
    "auth": { "password": null, "raw_auth": "svc-reporting:${s}", "type": null, "username": null },
    "cookies": [],
    "headers": { "Accept": "application/json" }
}`);
  add('curl -u user:password', netpw(), (s) => `$ curl -sS -u ci-deployer:${s} -X POST https://jenkins.corp.example/job/orders-api/buildWithParameters --data-urlencode "BRANCH=release/2.14"
<html><head><meta http-equiv='refresh' content='1;url=/login'/></head></html>`);
  add('curl --user with quoted password', pw(), (s) => `curl --user 'elastic:${s}' -H 'Content-Type: application/json' -XPUT "https://es01.corp.example:9200/_snapshot/nightly" -d '{"type":"s3","settings":{"bucket":"corp-es-snapshots"}}'`);
  add('curl --oauth2-bearer', accessJwt('https://api.corp.example', 'https://corp.eu.auth0.com/'), (s) => `curl --oauth2-bearer ${s} https://api.corp.example/v1/invoices?limit=5 | jq '.data[].id'`);
  add('curl -H X-API-Key to API gateway', r(ALNUM, 40), (s) => `curl -i -H "x-api-key: ${s}" -H "Content-Type: application/json" https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/quotes -d '{"sku":"ZX-101","qty":4}'`);
  add('wget --password on the command line', netpw(), (s) => `wget --user=mirror --password=${s} -r -np -nH --cut-dirs=2 https://artifacts.corp.example/releases/2.14.1/`);
  add('wget --header with GitHub token', crcToken(r, 'ghp_'), (s) => `wget --header="Authorization: token ${s}" --header="Accept: application/octet-stream" -O agent.tar.gz https://api.github.com/repos/corp/agent/releases/assets/${r(DIGITS, 9)}`);

  // --- (2) Intercepting proxies and captures ----------------------------------------------------------
  add('Burp Repeater raw request with bearer JWT', accessJwt('orders-api', 'https://login.corp.example/realms/corp'), (s) => `POST /api/v2/orders/18812/refund HTTP/2
Host: shop.corp.example
Cookie: _ga=GA1.2.${r(DIGITS, 10)}.${r(DIGITS, 10)}; lang=en
Authorization: Bearer ${s}
Content-Type: application/json
Content-Length: 38
Origin: https://shop.corp.example
Sec-Fetch-Mode: cors

{"amount":1999,"reason":"duplicate"}`);
  add('ZAP raw request with Basic authorization', basic('admin', netpw()), (s) => `GET https://intranet.corp.example/admin/users?page=2 HTTP/1.1
Host: intranet.corp.example
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0
Accept: text/html,application/xhtml+xml
Authorization: Basic ${s}
Connection: keep-alive`);
  add('mitmproxy flow detail with Anthropic key header', anthropic(), (s) => `127.0.0.1:51844: POST https://api.anthropic.com/v1/messages
    host: api.anthropic.com
    content-type: application/json
    x-api-key: ${s}
    anthropic-version: 2023-06-01
    content-length: 188
 << 200 OK 1.2k`);
  add('Charles session export (chlsj) Authorization header', opaque(64), (s) => `[{"status":"COMPLETE","method":"GET","protocolVersion":"HTTP/1.1","scheme":"https","host":"api.banking-sandbox.corp.example","actualPort":443,"path":"/v1/accounts","request":{"sizes":{"headers":412,"body":0},"mimeType":null,"charset":null,"contentEncoding":null,"header":{"firstLine":"GET /v1/accounts HTTP/1.1","headers":[{"name":"Host","value":"api.banking-sandbox.corp.example"},{"name":"Authorization","value":"Bearer ${s}"},{"name":"User-Agent","value":"CorpBank/5.2 (iPhone; iOS 18.1)"}]}},"response":{"status":200}}]`);
  add('Fiddler raw request with ASP.NET_SessionId', r(ASPNET_SID, 24), (s) => `POST https://portal.corp.example/Account/Profile.aspx HTTP/1.1
Host: portal.corp.example
Content-Type: application/x-www-form-urlencoded
Cookie: ASP.NET_SessionId=${s}; _ga=GA1.2.${r(DIGITS, 9)}.${r(DIGITS, 10)}
Content-Length: 61

ctl00%24Main%24txtPhone=%2B31201234567&ctl00%24Main%24btnSave=Save`);
  add('HAR request cookies array with connect.sid', `s%3A${r(B64URL, 32)}.${r(ALNUM, 43)}`, (s) => `{
  "request": {
    "method": "GET",
    "url": "https://dashboard.corp.example/api/me",
    "httpVersion": "h2",
    "cookies": [
      { "name": "connect.sid", "value": "${s}", "path": "/", "httpOnly": true, "secure": true },
      { "name": "theme", "value": "dark" }
    ],
    "headers": [ { "name": "accept", "value": "application/json" } ],
    "queryString": [],
    "headersSize": -1,
    "bodySize": 0
  }
}`);
  add('HAR postData with client_secret form param', azureSecret(), (s) => `"postData": {
  "mimeType": "application/x-www-form-urlencoded",
  "text": "grant_type=client_credentials&client_id=${uuid(r)}&client_secret=${encodeURIComponent(s)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default",
  "params": [
    { "name": "grant_type", "value": "client_credentials" },
    { "name": "client_secret", "value": "${s}" }
  ]
}`);
  add('HAR response content of token endpoint with refresh token', `v1.M${r(B64URL, 130)}`, (s) => `"response": {
  "status": 200,
  "statusText": "",
  "httpVersion": "h2",
  "headers": [ { "name": "content-type", "value": "application/json" }, { "name": "cache-control", "value": "no-store" } ],
  "content": {
    "size": 1802,
    "mimeType": "application/json",
    "text": "{\\"access_token\\":\\"${accessJwt('https://api.corp.example', 'https://corp.eu.auth0.com/')}\\",\\"refresh_token\\":\\"${s}\\",\\"scope\\":\\"openid profile offline_access\\",\\"expires_in\\":86400,\\"token_type\\":\\"Bearer\\"}"
  }
}`);

  // --- (3) Browser artifacts ------------------------------------------------------------------------------
  add('localStorage dump with Auth0 SPA cache refresh token', `v1.M${r(B64URL, 130)}`, (s) => `> copy(JSON.stringify(localStorage))
{"theme":"dark","@@auth0spajs@@::${r(ALNUM, 32)}::https://api.corp.example::openid profile email offline_access":"{\\"body\\":{\\"access_token\\":\\"${r(B64URL, 40)}..\\",\\"refresh_token\\":\\"${s}\\",\\"token_type\\":\\"Bearer\\",\\"expires_in\\":86400},\\"expiresAt\\":${iat + 86400}}","i18nextLng":"en-GB"}`);
  add('sessionStorage oidc-client-ts user with access token', accessJwt('account-console', 'https://sso.corp.example/realms/corp'), (s) => `sessionStorage["oidc.user:https://sso.corp.example/realms/corp:account-console"]
'{"id_token":null,"session_state":"${uuid(r)}","access_token":"${s}","token_type":"Bearer","scope":"openid profile","profile":{"sub":"${uuid(r)}","preferred_username":"mvdberg"},"expires_at":${iat + 300}}'`);
  add('Firebase authUser in localStorage with refresh token', `AMf-vB${r(B64URL, 200)}`, (s) => `Key: firebase:authUser:AIza${r(B64URL, 35)}:[DEFAULT]
Value: {"uid":"${r(ALNUM, 28)}","email":"anna@corp.example","emailVerified":true,"isAnonymous":false,"providerData":[{"providerId":"password","uid":"anna@corp.example"}],"stsTokenManager":{"refreshToken":"${s}","accessToken":"${r(B64URL, 24)}…","expirationTime":${iat}000},"createdAt":"1731940000000","apiKey":"(see key)","appName":"[DEFAULT]"}`);
  add('Netscape cookies.txt with PHPSESSID', r(PHPSESS, 26), (s) => `# Netscape HTTP Cookie File
# https://curl.se/docs/http-cookies.html
# This file was generated by libcurl! Edit at your own risk.

.shop.corp.example\tTRUE\t/\tTRUE\t1830000000\t_ga\tGA1.1.${r(DIGITS, 10)}.${r(DIGITS, 10)}
#HttpOnly_shop.corp.example\tFALSE\t/\tTRUE\t0\tPHPSESSID\t${s}
shop.corp.example\tFALSE\t/\tFALSE\t1830000000\tcurrency\tEUR`);
  add('Cookie-Editor JSON export with laravel_session', laravelCookie(r), (s) => `[
  {
    "domain": "app.corp.example",
    "hostOnly": true,
    "httpOnly": true,
    "name": "laravel_session",
    "path": "/",
    "sameSite": "lax",
    "secure": true,
    "session": false,
    "expirationDate": ${iat + 7200},
    "storeId": "0",
    "value": "${s}"
  }
]`);
  add('curl -b with JSESSIONID', r(HEXU, 32), (s) => `curl -s -b "JSESSIONID=${s}" https://erp.corp.example/erp/api/purchase-orders?status=OPEN -o open-pos.json`);
  add('Burp request with Rails _session_id cookie', hex(32), (s) => `GET /admin/accounts/4412/edit HTTP/1.1
Host: billing.corp.example
Cookie: _session_id=${s}; locale=de
Accept: text/html
Turbo-Frame: account_form`);
  add('Set-Cookie for wordpress_logged_in in response dump', `admin%7C${iat + 1209600}%7C${r(ALNUM, 43)}%7C${hex(64)}`, (s) => `HTTP/2 302
location: https://blog.corp.example/wp-admin/
set-cookie: wordpress_test_cookie=WP%20Cookie%20check; path=/; secure
set-cookie: wordpress_logged_in_${hex(32)}=${s}; path=/; secure; HttpOnly
x-redirect-by: WordPress`);

  // --- (4) OAuth / OIDC / SAML -------------------------------------------------------------------------------
  add('authorization code in callback URL access log', r(B64URL, 43), (s) => `10.2.14.7 - - [28/Nov/2026:09:14:07 +0000] "GET /auth/callback?code=${s}&state=${r(B64URL, 22)} HTTP/1.1" 302 0 "https://accounts.corp.example/" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"`);
  add('Keycloak authorization code in redirect (browser address bar)', `${uuid(r)}.${uuid(r)}.${uuid(r)}`, (s) => `https://grafana.corp.example/login/generic_oauth?state=${r(B64URL, 43)}&session_state=${uuid(r)}&iss=https%3A%2F%2Fsso.corp.example%2Frealms%2Fcorp&code=${s}`);
  add('implicit flow access token in URL fragment', r(B64URL, 86), (s) => `Navigated to https://support.corp.example/oauth/callback#access_token=${s}&token_type=Bearer&expires_in=3599&scope=read%20write&state=${r(B64URL, 16)}`);
  add('token endpoint response JSON (refresh token)', r(B64URL, 64), (s) => `$ curl -s -X POST https://login.corp.example/oauth2/token -d grant_type=refresh_token -d client_id=cli-tool -d refresh_token=@- < ~/.corp/rt
{"access_token":"${r(B64URL, 64)}","token_type":"Bearer","expires_in":3600,"refresh_token":"${s}","scope":"orders:read orders:write"}`);
  add('curl token request with Google client_secret', gocspx(), (s) => `curl -s https://oauth2.googleapis.com/token \\
  -d client_id=${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com \\
  -d client_secret=${s} \\
  -d grant_type=authorization_code \\
  -d redirect_uri=http://127.0.0.1:8765 \\
  -d code=4/0A${r(B64URL, 70)}`);
  add('Azure AD client credentials form body', azureSecret(), (s) => `POST /${uuid(r)}/oauth2/v2.0/token HTTP/1.1
Host: login.microsoftonline.com
Content-Type: application/x-www-form-urlencoded

client_id=${uuid(r)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_secret=${s}&grant_type=client_credentials`);
  add('PKCE token request with code_verifier', r(`${ALNUM}-._~`, 64), (s) => `POST /oauth/token HTTP/1.1
Host: auth.corp.example
Content-Type: application/x-www-form-urlencoded

grant_type=authorization_code&client_id=mobile-app&code=${r(B64URL, 32)}&redirect_uri=com.corp.app%3A%2Foauth2redirect&code_verifier=${s}`);
  add('OIDC logout URL with id_token_hint', jwtRS(r, { iss: 'https://sso.corp.example/realms/corp', aud: 'portal', sub: uuid(r), iat, exp: iat + 300, nonce: r(B64URL, 22), email: 'j.doe@corp.example' }), (s) => `"GET /realms/corp/protocol/openid-connect/logout?id_token_hint=${s}&post_logout_redirect_uri=https%3A%2F%2Fportal.corp.example%2F HTTP/1.1" 302`);
  add('token response with id_token only (implicit id_token flow)', jwtRS(r, { iss: 'https://accounts.google.com', azp: `${r(DIGITS, 12)}.apps.googleusercontent.com`, aud: `${r(DIGITS, 12)}.apps.googleusercontent.com`, sub: r(DIGITS, 21), email: 'ops@corp.example', iat, exp: iat + 3600 }), (s) => `POST /auth/google/callback HTTP/1.1
Host: app.corp.example
Content-Type: application/x-www-form-urlencoded

credential=${s}&g_csrf_token=${hex(16)}`);
  add('OAuth client Basic authentication to token endpoint', basic('reporting-svc', r(ALNUM, 40)), (s) => `> POST /oauth2/default/v1/token HTTP/1.1
> Host: corp.okta.com
> Authorization: Basic ${s}
> Content-Type: application/x-www-form-urlencoded
> Content-Length: 48
>
grant_type=client_credentials&scope=reports.read`);
  add('Okta SSWS API token header', okta(), (s) => `curl -v -X GET -H "Accept: application/json" -H "Authorization: SSWS ${s}" "https://corp.okta.com/api/v1/users?limit=25"`);
  add('SAMLResponse in POST form body', encodeURIComponent(b64(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_${hex(40)}" Version="2.0" IssueInstant="2026-11-28T09:14:07Z" Destination="https://app.corp.example/saml/acs"><saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">https://idp.corp.example/metadata</saml:Issuer><saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_${hex(40)}"><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>${r(B64, 344)}</ds:SignatureValue></ds:Signature><saml:Subject><saml:NameID>k.jansen@corp.example</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="2026-11-28T09:19:07Z"/></saml:SubjectConfirmation></saml:Subject></saml:Assertion></samlp:Response>`)), (s) => `POST /saml/acs HTTP/1.1
Host: app.corp.example
Content-Type: application/x-www-form-urlencoded
Origin: https://idp.corp.example

SAMLResponse=${s}&RelayState=%2Fdashboard`);

  // --- WebSocket / GraphQL / gRPC / API gateways ---------------------------------------------------------------
  add('GraphQL over WebSocket connection_init with token', jwtHS(r, { sub: uuid(r), role: 'user', iat, exp: iat + 900 }), (s) => `▲ {"type":"connection_init","payload":{"headers":{"Authorization":"Bearer ${s}"}}}
▼ {"type":"connection_ack"}
▲ {"id":"1","type":"subscribe","payload":{"query":"subscription { orderUpdated { id status } }"}}`);
  add('Socket.IO auth packet in DevTools frames', opaque(48), (s) => `0{"sid":"${r(B64URL, 20)}","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}
40{"token":"${s}"}
40{"sid":"${r(B64URL, 20)}"}`);
  add('wscat with Authorization header', r(ALNUM, 40), (s) => `$ wscat -c wss://stream.market.corp.example/v1/ticks -H "Authorization: Token ${s}"
Connected (press CTRL+C to quit)
< {"type":"welcome","server":"ticks-3"}`);
  add('GraphiQL / Altair headers with GitHub fine-grained token', `github_pat_${r(ALNUM, 22)}_${r(ALNUM, 59)}`, (s) => `Headers:
{
  "Authorization": "Bearer ${s}"
}
Query:
query { viewer { login repositories(first: 5) { nodes { name } } } }`);
  add('Shopify Admin GraphQL request with access token', `shpat_${hex(32)}`, (s) => `curl -X POST https://corp-store.myshopify.com/admin/api/2024-10/graphql.json \\
  -H 'Content-Type: application/json' \\
  -H 'X-Shopify-Access-Token: ${s}' \\
  -d '{"query":"{ shop { name } }"}'`);
  add('grpcurl with bearer metadata', r(B64URL, 86), (s) => `$ grpcurl -H 'authorization: Bearer ${s}' -d '{"order_id":"18812"}' orders.corp.example:443 corp.orders.v1.OrderService/GetOrder
{
  "orderId": "18812",
  "status": "SHIPPED"
}`);
  add('Envoy access log with authorization header field', opaque(40), (s) => `[2026-11-28T09:14:07.118Z] "POST /corp.payments.v1.Payments/Capture HTTP/2" 200 - via_upstream - "-" 41 12 18 17 "10.2.14.7" "grpc-go/1.68.0" "${uuid(r)}" "payments.svc:8443" "10.2.30.4:8443" authz="Bearer ${s}"`);
  add('AWS API Gateway execution log with method request headers', r(ALNUM, 40), (s) => `(${uuid(r)}) Method request headers: {x-api-key=${s}, Accept=application/json, Host=a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com, User-Agent=python-requests/2.32.3, X-Amzn-Trace-Id=Root=1-6566e0b2-${hex(24)}}`);
  add('Kong file-log JSON with apikey header', opaque(32), (s) => `{"request":{"method":"GET","uri":"/billing/v1/invoices","headers":{"host":"gw.corp.example","apikey":"${s}","user-agent":"curl/8.5.0"},"size":201},"response":{"status":200},"consumer":{"username":"partner-acme","id":"${uuid(r)}"},"client_ip":"203.0.113.24","started_at":${iat}118}`);
  add('Azure APIM trace with subscription key', hex(32), (s) => `inbound {
  "source": "api-inspector",
  "timestamp": "2026-11-28T09:14:07.1183012Z",
  "data": {
    "request": {
      "method": "GET",
      "url": "https://corp-apim.azure-api.net/orders/v1/orders?top=10",
      "headers": [ { "name": "Ocp-Apim-Subscription-Key", "value": "${s}" }, { "name": "Ocp-Apim-Trace", "value": "true" } ]
    }
  }
}`);

  // --- (5) Prose in other languages, and expired-and-said-so -----------------------------------------------------
  add('German chat message with curl bearer token', opaque(40), (s) => `Hi Jonas, kannst du das mal bei dir testen? Bei mir kommt immer 403:
curl -H "Authorization: Bearer ${s}" https://api.lager.corp.example/v1/bestand
Der Token ist aus Postman kopiert, Umgebung "Prod".`);
  add('Japanese issue comment with Postman API key', pmak(), (s) => `Postman の API キーを使ってコレクションを取得しようとしていますが、401 になります。
使ったキー: ${s}
環境は本番です。何か設定が足りないでしょうか？`);
  add('Spanish forum post with PHPSESSID cookie', r(PHPSESS, 32), (s) => `Hola, cuando copio la cookie de sesión en otro navegador entro sin contraseña. ¿Es normal?
Cookie: PHPSESSID=${s}
Uso PHP 8.3 con Apache.`);
  add('French email with client secret', azureSecret(), (s) => `Bonjour,

Voici les identifiants de l'application pour l'intégration Graph :
- ID client : ${uuid(r)}
- Secret client : ${s}
Merci de ne pas le partager.

Cordialement`);
  add('Chinese note with HAR snippet token', r(B64URL, 64), (s) => `抓包结果如下，请求头里的令牌好像一直有效：
{"name": "Authorization", "value": "Bearer ${s}"}
请帮忙确认一下是不是后端没有校验过期时间。`);
  add('Portuguese message with wget password', netpw(), (s) => `Oi! Pra baixar os relatórios usa isso aqui:
wget --user=relatorios --password='${s}' https://files.corp.example/relatorios/2026-11.zip
Depois eu troco a senha.`);
  add('Russian message with Basic header from Fiddler', basic('operator', netpw()), (s) => `Вот запрос из Fiddler, сервер отвечает 500:
Authorization: Basic ${s}
Пароль временный, завтра сменю.`);
  add('expired-and-said-so JWT still a positive', accessJwt('https://api.corp.example', 'https://corp.eu.auth0.com/'), (s) => `FYI pasting this for the repro, it's already expired so no harm:
Authorization: Bearer ${s}
Response: 401 {"error":"invalid_token","error_description":"The access token expired"}`);
  add('revoked-said-so Slack token still a positive', xoxb(), (s) => `(I revoked this one already) SLACK_BOT_TOKEN=${s} — the app kept returning token_revoked which is expected now.`);

  return out;
}

export function batchZNegatives(seed = 'blind-z-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const iat = 1795860000 + Number(r(DIGITS, 4));

  // --- (1) HTTP client tools ---------------------------------------------------------------------------
  add('Postman environment with empty secret-typed values', `{
\t"name": "Orders API - prod",
\t"values": [
\t\t{ "key": "baseUrl", "value": "https://api.orders.corp.example/v2", "type": "default", "enabled": true },
\t\t{ "key": "access_token", "value": "", "type": "secret", "enabled": true },
\t\t{ "key": "client_secret", "value": "", "type": "secret", "enabled": true }
\t],
\t"_postman_variable_scope": "environment"
}`);
  add('Postman collection bearer auth with variable', `"auth": {
  "type": "bearer",
  "bearer": [ { "key": "token", "value": "{{access_token}}", "type": "string" } ]
}`);
  add('Postman pre-request script reading variables', `pm.sendRequest({
    url: pm.environment.get("tokenUrl"),
    method: "POST",
    header: { "Content-Type": "application/x-www-form-urlencoded" },
    body: { mode: "urlencoded", urlencoded: [
        { key: "client_id", value: pm.environment.get("client_id") },
        { key: "client_secret", value: pm.environment.get("client_secret") },
        { key: "grant_type", value: "client_credentials" }
    ]}
}, (err, res) => pm.environment.set("access_token", res.json().access_token));`);
  add('Postman variable with placeholder', `{ "key": "apiKey", "value": "<your-api-key>", "type": "secret" },
{ "key": "webhookSecret", "value": "REPLACE_ME", "type": "secret" }`);
  add('Insomnia template variables', `"authentication": { "type": "bearer", "token": "{{ _.api_token }}", "prefix": "" },
"headers": [ { "name": "X-Tenant", "value": "{{ _.tenant }}" } ]`);
  add('Insomnia response-chaining tag (base64 of a JSONPath)', `"token": "{% response 'body', 'req_${hex(32)}', 'b64::JC5hY2Nlc3NfdG9rZW4=::46b', 'when-expired', 3600 %}"`);
  add('Bruno vars:secret lists names only', `vars {
  baseUrl: https://api.github.com
}
vars:secret [
  githubToken,
  clientSecret
]`);
  add('Bruno request using process.env and variables', `auth:bearer {
  token: {{process.env.GITHUB_TOKEN}}
}

headers {
  X-Api-Key: {{apiKey}}
}`);
  add('REST Client system variables', `@token = {{$processEnv API_TOKEN}}
@dbPass = {{$dotenv DB_PASSWORD}}

GET https://api.inventory.corp.example/v1/warehouses
Authorization: Bearer {{token}}

###
GET https://graph.microsoft.com/v1.0/me
Authorization: {{$aadV2Token}}`);
  add('REST Client Basic auth with variables', `GET https://intranet.corp.example/api/reports HTTP/1.1
Authorization: Basic {{username}} {{password}}`);
  add('JetBrains public env and auth reference', `{
  "dev": { "host": "https://dev.api.corp.example", "tenant": "eu-1" },
  "prod": { "host": "https://api.corp.example", "tenant": "eu-1" }
}
### GET {{host}}/v1/me
Authorization: Bearer {{$auth.token("corp-sso")}}`);
  add('httpie with env var token', `http -A bearer -a "$API_TOKEN" GET https://api.fleet.corp.example/v1/vehicles
https --session=work -a "$JIRA_USER" jira.corp.example/rest/api/2/myself`);
  add('curl with shell variables and placeholders', `curl -u "$NEXUS_USER:$NEXUS_PASS" https://nexus.corp.example/service/rest/v1/status
curl -H "Authorization: Bearer \${TOKEN}" https://api.corp.example/v1/me
curl -H "X-API-Key: <api-key>" https://api.corp.example/v1/quotes`);
  add('curl --oauth2-bearer with command substitution', `curl --oauth2-bearer "$(gcloud auth print-access-token)" https://storage.googleapis.com/storage/v1/b?project=corp-prod`);
  add('wget asking for the password', `wget --user=mirror --ask-password -r -np https://artifacts.corp.example/releases/2.14.1/
Password for user 'mirror': `);
  add('wget --header with placeholder', `wget --header="Authorization: token YOUR_GITHUB_TOKEN" -O agent.tar.gz https://api.github.com/repos/corp/agent/tarball/v2.1.0`);
  add('GitHub Actions curl with secrets expressions', `- name: Get token
  run: |
    curl -sS -X POST https://login.corp.example/oauth2/token \\
      -d client_id=\${{ vars.CLIENT_ID }} \\
      -d client_secret=\${{ secrets.CLIENT_SECRET }} \\
      -d grant_type=client_credentials`);

  // --- (2) Proxies and captures ---------------------------------------------------------------------------
  add('Burp request with redacted authorization', `POST /api/v2/orders/18812/refund HTTP/2
Host: shop.corp.example
Authorization: Bearer [REDACTED]
Cookie: session=[REDACTED]; lang=en
Content-Type: application/json`);
  add('sanitized HAR headers', `"headers": [
  { "name": "authorization", "value": "[REDACTED]" },
  { "name": "cookie", "value": "[REDACTED]" },
  { "name": "x-request-id", "value": "${uuid(r)}" },
  { "name": "traceparent", "value": "00-${hex(32)}-${hex(16)}-01" }
]`);
  add('mitmproxy flow with ETag and request ids', `127.0.0.1:51844: GET https://api.github.com/repos/corp/agent/releases/latest
    if-none-match: W/"${hex(64)}"
    x-github-api-version: 2022-11-28
 << 304 Not Modified 0b
    etag: W/"${hex(64)}"
    x-github-request-id: ${r(HEXU, 4)}:${r(HEXU, 5)}:${r(HEXU, 7)}:${r(HEXU, 7)}:${r(HEXU, 8)}`);
  add('Fiddler request with analytics cookies only', `GET https://www.corp.example/pricing HTTP/1.1
Host: www.corp.example
Cookie: _ga=GA1.1.${r(DIGITS, 10)}.${r(DIGITS, 10)}; _ga_${r(UPPER + DIGITS, 10)}=GS1.1.${r(DIGITS, 10)}.4.1.${r(DIGITS, 10)}.0.0.0; _gid=GA1.2.${r(DIGITS, 9)}.${r(DIGITS, 10)}; _fbp=fb.1.${r(DIGITS, 13)}.${r(DIGITS, 10)}; _gcl_au=1.1.${r(DIGITS, 10)}.${r(DIGITS, 10)}`);
  add('consent cookies (OneTrust, Cookiebot, IAB TCF string)', `Cookie: OptanonConsent=isGpcEnabled=0&datestamp=Fri+Nov+28+2026+10%3A14%3A07+GMT%2B0100&version=202409.1.0&groups=C0001%3A1%2CC0002%3A0%2CC0003%3A1%2CC0004%3A0; OptanonAlertBoxClosed=2026-11-28T09:14:07.118Z; CookieConsent={stamp:%27${r(B64, 56)}%27%2Cnecessary:true%2Cpreferences:true%2Cstatistics:false%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:3}; euconsent-v2=CQ${r(B64URL, 120)}.YAAAAAAAAAAA`);
  add('feature-flag and experiment cookies', `Cookie: ff_new_checkout=1; ab_bucket=B; optimizelyEndUserId=oeu${r(DIGITS, 13)}r0.${r(DIGITS, 16)}; ld_uid=${uuid(r)}; growthbook_id=${hex(32)}; exp_pricing_v3=variant-2`);
  add('load-balancer stickiness cookies', `set-cookie: AWSALB=${r(B64, 116)}; Expires=Fri, 05 Dec 2026 09:14:07 GMT; Path=/
set-cookie: AWSALBCORS=${r(B64, 116)}; Expires=Fri, 05 Dec 2026 09:14:07 GMT; Path=/; SameSite=None; Secure
set-cookie: __cflb=${r(ALNUM, 38)}; SameSite=Lax; path=/; HttpOnly`);
  add('Cloudflare bot-management cookie and cf-ray', `set-cookie: __cf_bm=${r(B64URL, 43)}-${iat}-1.0.1.1-${r(B64URL, 86)}; path=/; expires=Fri, 28-Nov-26 09:44:07 GMT; domain=.corp.example; HttpOnly; Secure; SameSite=None
cf-ray: ${hex(16)}-AMS
cf-cache-status: HIT`);
  add('cache keys and Varnish ids', `X-Cache-Key: /v1/catalog?locale=en-GB&page=2#${hex(40)}
X-Varnish: ${r(DIGITS, 9)} ${r(DIGITS, 9)}
Age: 412
X-Cache: HIT, HIT
Surrogate-Key: product-${r(DIGITS, 5)} catalog-en`);
  add('Digest auth response hash', `GET /dir/index.html HTTP/1.1
Host: camera.corp.example
Authorization: Digest username="viewer", realm="IP Camera", nonce="${hex(32)}", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="${hex(16)}", response="${hex(32)}", opaque="${hex(32)}"`);
  add('AWS SigV4 authorization header (example key id, per-request signature)', `PUT /corp-exports/2026/11/28/orders.csv HTTP/1.1
Host: s3.eu-west-1.amazonaws.com
X-Amz-Date: 20261128T091407Z
X-Amz-Content-Sha256: ${hex(64)}
Authorization: AWS4-HMAC-SHA256 Credential=${AWS_EXAMPLE_ID}/20261128/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${hex(64)}`);
  add('Burp Collaborator payload hosts', `Payload: ${r(LOWER + DIGITS, 30)}.oastify.com
Interactions: DNS query for ${r(LOWER + DIGITS, 30)}.oastify.com from 203.0.113.45`);
  add('Charles export with null password and no auth', `{"method":"GET","host":"api.corp.example","path":"/v1/status","request":{"header":{"headers":[{"name":"Accept","value":"*/*"}]}},"proxy":{"username":null,"password":null}}`);
  add('Bearer undefined / null in captured requests', `GET /api/me HTTP/1.1
Host: app.corp.example
Authorization: Bearer undefined

GET /api/orders HTTP/1.1
Host: app.corp.example
Authorization: Bearer null`);

  // --- (3) Browser artifacts ------------------------------------------------------------------------------
  add('localStorage dump without credentials', `> JSON.stringify(localStorage)
{"theme":"dark","i18nextLng":"en-GB","ajs_anonymous_id":"\\"${uuid(r)}\\"","ajs_user_id":"\\"usr_${r(ALNUM, 14)}\\"","amplitude_unsent_${hex(10)}":"[]","__stripe_mid":"${uuid(r)}${hex(6)}","sidebar.collapsed":"true","lastVisited":"/orders/18812"}`);
  add('sessionStorage OIDC signin state (state and nonce)', `sessionStorage["oidc.${hex(32)}"]
'{"id":"${hex(32)}","created":${iat},"request_type":"si:r","nonce":"${hex(32)}","redirect_uri":"https://portal.corp.example/callback","authority":"https://sso.corp.example/realms/corp","client_id":"portal","scope":"openid profile"}'`);
  add('Netscape cookies.txt with non-auth cookies', `# Netscape HTTP Cookie File
.corp.example\tTRUE\t/\tFALSE\t1830000000\t_ga\tGA1.1.${r(DIGITS, 10)}.${r(DIGITS, 10)}
.corp.example\tTRUE\t/\tFALSE\t1830000000\t_gid\tGA1.2.${r(DIGITS, 9)}.${r(DIGITS, 10)}
shop.corp.example\tFALSE\t/\tFALSE\t1830000000\tcurrency\tEUR
shop.corp.example\tFALSE\t/\tFALSE\t1830000000\tcookie_consent\taccepted`);
  add('cookie JSON export with redacted session value', `[{"domain":"app.corp.example","name":"laravel_session","path":"/","httpOnly":true,"secure":true,"value":"<redacted>"},{"domain":"app.corp.example","name":"JSESSIONID","path":"/erp","value":"***"}]`);
  add('session cookies being deleted', `set-cookie: PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0; path=/
set-cookie: laravel_session=; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; path=/; httponly
set-cookie: connect.sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`);
  add('session cookie placeholders in a write-up', `To reproduce, send the request with your own session: Cookie: PHPSESSID=<session-id>
or for the Java app: Cookie: JSESSIONID=YOUR_SESSION_ID; ASP.NET_SessionId=xxxxxxxxxxxxxxxxxxxxxxxx`);
  add('Laravel XSRF-TOKEN cookie (CSRF, not a session)', `set-cookie: XSRF-TOKEN=${encodeURIComponent(b64(JSON.stringify({ iv: Buffer.from(hex(32), 'hex').toString('base64'), value: Buffer.from(hex(96), 'hex').toString('base64'), mac: hex(64), tag: '' })))}; expires=Fri, 28 Nov 2026 11:14:07 GMT; Max-Age=7200; path=/; samesite=lax`);
  add('Django CSRF cookie and header', `POST /settings/profile/ HTTP/1.1
Host: app.corp.example
Cookie: csrftoken=${r(ALNUM, 32)}
X-CSRFToken: ${r(ALNUM, 64)}
Content-Type: application/x-www-form-urlencoded`);
  add('Rails authenticity_token in form body', `POST /accounts/4412 HTTP/1.1
Host: billing.corp.example
Content-Type: application/x-www-form-urlencoded

_method=patch&authenticity_token=${encodeURIComponent(r(B64URL, 86))}&account%5Bname%5D=Acme+BV&commit=Save`);
  add('ASP.NET __VIEWSTATE and __RequestVerificationToken', `__VIEWSTATE=${encodeURIComponent(`/wEP${r(B64, 180)}`)}&__VIEWSTATEGENERATOR=${r(HEXU, 8)}&__EVENTVALIDATION=${encodeURIComponent(`/wEd${r(B64, 80)}`)}&__RequestVerificationToken=${r(B64URL, 108)}`);
  add('Stripe publishable key in browser config', `window.__APP_CONFIG__ = { stripeKey: "pk_live_51${r(ALNUM, 96)}", locale: "nl-NL" };`);
  add('reCAPTCHA site key and Google OAuth client id in page', `<div class="g-recaptcha" data-sitekey="6L${r(B64URL, 38)}"></div>
<div id="g_id_onload" data-client_id="${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com" data-login_uri="https://app.corp.example/auth/google/callback"></div>`);
  add('Algolia search-only key in browser (public by design)', `const search = algoliasearch('${r(UPPER + DIGITS, 10)}', '${hex(32)}' /* search-only API key, safe for the browser */);`);
  add('browser Sentry DSN (public key, by design)', `Sentry.init({ dsn: "https://${hex(32)}@o${r(DIGITS, 6)}.ingest.de.sentry.io/${r(DIGITS, 16)}", tracesSampleRate: 0.1 });`);

  // --- (4) OAuth / OIDC / SAML -------------------------------------------------------------------------------
  add('authorization request with state, nonce, PKCE challenge', `https://sso.corp.example/realms/corp/protocol/openid-connect/auth?client_id=portal&redirect_uri=https%3A%2F%2Fportal.corp.example%2Fcallback&response_type=code&scope=openid%20profile&state=${r(B64URL, 43)}&nonce=${r(B64URL, 43)}&code_challenge=${r(B64URL, 43)}&code_challenge_method=S256`);
  add('PKCE challenge in debug log', `DEBUG oauth: generated PKCE pair (verifier stored in secure storage), code_challenge=${r(B64URL, 43)} method=S256 state=${hex(32)}`);
  add('callback URL with filtered code', `10.2.14.7 - - [28/Nov/2026:09:14:07 +0000] "GET /auth/callback?code=[FILTERED]&state=${r(B64URL, 22)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"`);
  add('OAuth error responses without tokens', `HTTP/1.1 400 Bad Request
{"error":"invalid_grant","error_description":"Token is not active","error_uri":"https://sso.corp.example/docs/errors#invalid_grant"}
HTTP/1.1 401 Unauthorized
WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"`);
  add('token response with truncated tokens', `{"access_token":"eyJhbGciOiJSUzI1NiIs…","refresh_token":"v1.M…(truncated)","expires_in":86400,"token_type":"Bearer"}`);
  add('introspection response (inactive)', `{"active":false}
{"active":true,"client_id":"reporting-svc","scope":"reports.read","sub":"${uuid(r)}","exp":${iat + 3600},"iat":${iat},"jti":"${uuid(r)}"}`);
  add('decoded id_token claims only (jwt.io)', `HEADER: { "alg": "RS256", "typ": "JWT", "kid": "${hex(16)}" }
PAYLOAD: {
  "iss": "https://sso.corp.example/realms/corp",
  "aud": "portal",
  "sub": "${uuid(r)}",
  "nonce": "${r(B64URL, 22)}",
  "email": "j.doe@corp.example",
  "exp": ${iat + 300}
}`);
  add('OIDC discovery document', `{"issuer":"https://sso.corp.example/realms/corp","authorization_endpoint":"https://sso.corp.example/realms/corp/protocol/openid-connect/auth","token_endpoint":"https://sso.corp.example/realms/corp/protocol/openid-connect/token","jwks_uri":"https://sso.corp.example/realms/corp/protocol/openid-connect/certs","code_challenge_methods_supported":["plain","S256"],"token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post","private_key_jwt"]}`);
  add('JWKS public keys', `{"keys":[{"kid":"${r(B64URL, 43)}","kty":"RSA","alg":"RS256","use":"sig","n":"${r(B64URL, 342)}","e":"AQAB","x5t":"${r(B64URL, 27)}"}]}`);
  add('SAMLRequest AuthnRequest in redirect URL', `https://idp.corp.example/sso/saml?SAMLRequest=${encodeURIComponent(r(B64, 376))}&RelayState=%2Fdashboard&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature=${encodeURIComponent(r(B64, 342))}%3D%3D`);
  add('SAML IdP metadata certificate', `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>MIIC${r(B64, 900)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`);
  add('public client id and redirect in config', `oauth:
  issuer: https://corp.okta.com/oauth2/default
  client_id: 0oa${r(ALNUM, 17)}
  redirect_uri: com.corp.app:/callback
  pkce: true
  client_secret: null   # public client, no secret`);

  // --- WebSocket / GraphQL / gRPC / gateways ------------------------------------------------------------------
  add('WebSocket handshake keys', `GET /v1/ticks HTTP/1.1
Host: stream.market.corp.example
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Key: ${b64bytes(r, 16)}
Sec-WebSocket-Version: 13

HTTP/1.1 101 Switching Protocols
Sec-WebSocket-Accept: ${b64bytes(r, 20)}`);
  add('Engine.IO handshake sid', `0{"sid":"${r(B64URL, 20)}","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}
2
3`);
  add('GraphQL connection_init with variable reference', `const client = createClient({
  url: 'wss://api.corp.example/graphql',
  connectionParams: async () => ({ headers: { Authorization: \`Bearer \${await getToken()}\` } }),
});`);
  add('GraphQL login mutation with variables as placeholders', `{"operationName":"Login","query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }","variables":{"email":"{{email}}","password":"{{password}}"}}`);
  add('GraphQL persisted query hash', `GET /graphql?operationName=ProductList&variables=%7B%22first%22%3A20%7D&extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%22${hex(64)}%22%7D%7D HTTP/2`);
  add('grpcurl with env var and metadata ids', `grpcurl -H "authorization: Bearer $TOKEN" -H "x-request-id: ${uuid(r)}" -rpc-header "grpc-timeout: 5S" orders.corp.example:443 corp.orders.v1.OrderService/ListOrders`);
  add('gRPC metadata with masked authorization', `received metadata: map[:authority:[payments.svc:8443] authorization:[Bearer ***] content-type:[application/grpc] user-agent:[grpc-go/1.68.0] x-b3-traceid:[${hex(32)}] x-b3-spanid:[${hex(16)}]]`);
  add('AWS API Gateway access log with apiKeyId and ids', `{"requestId":"${uuid(r)}","extendedRequestId":"${r(ALNUM, 14)}=","ip":"203.0.113.24","apiKeyId":"${r(LOWER + DIGITS, 10)}","httpMethod":"POST","resourcePath":"/quotes","status":"200","responseLatency":"88","xrayTraceId":"1-6566e0b2-${hex(24)}"}`);
  add('Kong log with redacted apikey', `{"request":{"method":"GET","uri":"/billing/v1/invoices","headers":{"host":"gw.corp.example","apikey":"[REDACTED]","x-kong-request-id":"${hex(32)}"}},"consumer":{"username":"partner-acme","id":"${uuid(r)}"},"route":{"id":"${uuid(r)}"}}`);
  add('Azure APIM trace with masked subscription key', `"headers": [ { "name": "Ocp-Apim-Subscription-Key", "value": "***" }, { "name": "Request-Id", "value": "|${hex(32)}.${hex(16)}." } ]`);

  // --- (5) Prose in other languages ----------------------------------------------------------------------------
  add('German note pointing at a vault', `Den Token bitte NICHT in die Postman-Collection schreiben, sondern als {{access_token}} referenzieren. Der echte Wert liegt im Tresor unter secret/orders/api-token.`);
  add('Japanese note with placeholder', `.http ファイルでは Authorization: Bearer {{token}} と書き、トークン本体は http-client.private.env.json に置いてください（リポジトリにはコミットしない）。`);
  add('Spanish note about CSRF and analytics cookies', `La cookie csrftoken y las cookies _ga / _gid no son credenciales; la de sesión (sessionid) la hemos ocultado: sessionid=[oculto].`);
  add('French note with redacted client secret', `Le secret client a été remplacé par ******** dans la capture HAR avant l'envoi au support. ID de requête : ${uuid(r)}.`);
  add('Chinese note with env var usage', `请在终端里先执行 export API_TOKEN=<你的令牌>，然后运行 curl -H "Authorization: Bearer $API_TOKEN" https://api.corp.example/v1/me`);
  add('Russian note about revoked token with last four only', `Старый токен (…${r(ALNUM, 4)}) отозван, новый лежит в Vault. Ссылка на запрос: req_${r(ALNUM, 14)}.`);
  add('Portuguese note about PKCE challenge', `O code_challenge (${r(B64URL, 43)}) vai na URL de autorização; o verifier nunca sai do app.`);

  return out;
}

