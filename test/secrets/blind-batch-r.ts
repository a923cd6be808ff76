/**
 * Blind evaluation batch R for the secret/credential detector (2026-11-28).
 *
 * Written by a helper, blind: without reading the detector, its patterns, its tests, the other batches
 * (beyond the file layout of batch P and the first lines of fixtures.ts) or any notes, and without running
 * anything of the project on it. Theme: WRAPPERS AND ENCODINGS. Ordinary credentials (passwords, vendor API
 * keys, database URLs, private keys, bearer tokens) as they look after something wrapped or transformed the
 * text they were in:
 * (1) base64: Kubernetes Secret `data:` (one value, a whole .env, a PEM key, a nested dockerconfigjson),
 *     kubeconfig `client-key-data`, docker config.json `auth`, Basic / Proxy-Authorization headers, the git
 *     extraheader that actions/checkout writes, a base64 SSH key decoded in CI, a CI log line that printed a
 *     base64 copy of a masked secret;
 * (2) URL-encoding (%2B %2F %3D %40) in form bodies, query strings, SAS URLs, ~/.git-credentials, DATABASE_URL;
 * (3) HTML escaping (&quot; &amp; &lt;) in pages, wiki exports and e-mails; quoted-printable e-mail (=3D,
 *     soft line breaks `=\n` kept outside the secret);
 * (4) JSON inside JSON strings (single `\"` and double `\\\"` escaping), Go's `\u0026`, HAR files, docker
 *     inspect, JWKS, Jupyter notebooks (cell source arrays and stream outputs);
 * (5) YAML block scalars (| and >-), YAML single quotes (''), Terraform heredocs, TOML multi-line strings,
 *     Java .properties escapes (\: \=), .ini / my.cnf / .pypirc / odbc.ini, Windows .reg exports (\\ and \"),
 *     Makefile and docker-compose `$$`, systemd Environment=;
 * (6) unified diffs and git patches, markdown code fences in chat, XML CDATA, SQL literals with doubled
 *     quotes, CSV cells with doubled quotes and embedded newlines, Postgres COPY dumps, multipart/form-data
 *     bodies, shell / PowerShell here-docs and here-strings, Python and JS string concatenation, log lines
 *     that wrap JSON or a Python repr, Jenkins and GitHub Actions console logs, and text transcribed (OCR)
 *     from screenshots.
 *
 * Negatives use the same wrappers: base64 of placeholders, of `${VAR}` templates, of harmless settings, of
 * images, PDFs, certificates and htpasswd hashes; URL-encoded redirect URIs, state, nonce, PKCE challenges,
 * SAML requests, click-tracking and CSRF tokens; diffs that remove a placeholder or add a reference; masked
 * values (****, ***, bullets); encrypted blobs (SealedSecrets, SOPS ENC[...], age and PGP armor, Vault
 * transit, KMS ciphertext, Jasypt ENC()); hashes (bcrypt, argon2, apr1, SCRAM, checksums, go.sum, SRI,
 * package-lock integrity, Git LFS oids, image digests); public keys, certificates and JWKS; ids and nonces.
 *
 * Every key-like value is generated at run time from the seeded random source in the vendor's published
 * shape as I remember it (prefix, alphabet, length; GitHub tokens with their CRC32 tail). DER structures
 * (PKCS#1, PKCS#8, SEC1, OpenSSH, X.509-ish, SPKI) are built from their real header bytes plus random bytes,
 * and PEM armor lines are assembled from parts, so the file holds no literal key.
 *
 * Judgment calls:
 * - TRANSFORMED SECRETS: `secret` is always the string exactly as it appears in `text`. When the wrapper
 *   changes the characters of the credential (base64, %XX, &amp;, =3D, '' in SQL/YAML, "" in CSV, \" in JSON
 *   and .reg, \\ in .reg, \: and \= in .properties, $$ in Makefile/compose, the two-space indent of a YAML
 *   block), `secret` is the transformed form; otherwise it is the plain credential.
 * - BASE64 OF A WHOLE FILE (a .env, a PEM key, a dockerconfigjson, an OpenSSH key decoded in CI): ONE
 *   positive whose `secret` is the whole base64 value. Base64 of a substring is not aligned with the blob
 *   (the encoding of a value inside a file depends on its offset mod 3), so the blob is the only honest span;
 *   a finding anywhere in it counts. Base64 of ONE value (a Secret's password key): `secret` is that value's
 *   base64. Double encoding (dockerconfigjson: base64 of JSON holding base64 `auth`) is a positive; `secret`
 *   is the outer blob.
 * - Basic auth headers, docker `auth`, git extraheader: `secret` is the base64 of `user:password` as a whole,
 *   not the decoded password.
 * - Where an identifier and a secret sit together (AWS key id and secret key, Twilio AccountSid and
 *   AuthToken, user name and password, publishable and secret Stripe keys), `secret` is the secret half.
 *   An AWS access key id ALONE (the secret hidden) is a NEGATIVE: it names a key, like an accessor id.
 * - Slack incoming-webhook URLs: the whole URL is the credential, so `secret` is the URL (or its
 *   percent-encoding). Telegram bot tokens in an API URL: `secret` is the token.
 * - DIFFS: a credential on an added (+) line or an unchanged context line is a positive. A real-looking
 *   credential on a REMOVED (-) line is also a POSITIVE: it stays in history and works until rotated. Diffs
 *   that remove a placeholder or add a `${VAR}` / secrets-manager reference are negatives.
 * - Masked values (****, ***, bullets, `last4` only, `sk_live_••••1234`) are negatives, also in QP.
 * - Ciphertext whose key is NOT in the text (SealedSecrets, SOPS, age, PGP, Vault transit `vault:v1:`,
 *   KMS blobs, Jasypt `ENC(...)`) is a NEGATIVE.
 * - One-way hashes (bcrypt, argon2, apr1 htpasswd even when base64-wrapped in an Ingress auth Secret, Postgres
 *   SCRAM verifiers) are negatives.
 * - Public by design: certificates, CA data, public keys, JWKS without `d`, Stripe publishable `pk_live_`
 *   keys, OAuth client ids: negatives. A JWK WITH `d` is a positive (`secret` = d).
 * - Nonces and ids: OAuth `state`, `nonce`, PKCE `code_challenge`, SAMLRequest and its signature, Rails
 *   `authenticity_token` (a CSRF nonce, not a login), click-tracking `upn`, gclid/fbclid, pagination
 *   cursors, DKIM and XML-DSig signatures, multipart boundaries, request/trace ids: negatives.
 * - Placeholders and well-known defaults (changeme, REPLACE_ME, <password>, your-api-key, sk-xxxx) stay
 *   negatives when base64- or URL-encoded.
 * - A temporary password in an onboarding e-mail is a positive (it logs in until changed).
 * - A JWT sent as `Authorization: Bearer` (HAR) is a positive: it is a live bearer credential.
 * - OCR transcripts keep the secret verbatim; only the text around it carries OCR noise.
 * - QP lines that hold a long secret run past 76 characters: the brief asks for the secret unbroken, so soft
 *   line breaks sit only in the prose around it.
 */
import { crc32 } from 'node:zlib';
import {
  ALNUM,
  AWS_ID,
  B64,
  B64URL,
  BASE62,
  BCRYPT,
  DIGITS,
  HEXL,
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

/** The crypt(3) alphabet (apr1 / md5-crypt). */
const CRYPT = `./${DIGITS}${UPPER}${LOWER}`;
/** The bech32 alphabet (age recipients). */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** The marker inside OpenAI project keys: base64 of the vendor's name. */
const OPENAI_MARK = b64('OpenAI');
/** The start of a PyPI macaroon token: a version byte pair, then base64 of the location. */
const PYPI_HEAD = `AgEI${b64('pypi.org').replace(/=+$/, '')}`;
const DASH5 = '-'.repeat(5);
const FENCE = '`'.repeat(3);

/** A PEM armor line, assembled so the file holds no literal armor. */
function armor(kind: 'BEGIN' | 'END', label: string): string {
  return `${DASH5}${kind} ${label}${DASH5}`;
}

function chunk(s: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += width) out.push(s.slice(i, i + width));
  return out;
}

function pem(label: string, der: Buffer): string {
  return [armor('BEGIN', label), ...chunk(der.toString('base64'), 64), armor('END', label)].join('\n');
}

const bytes = (r: R, n: number): Buffer => Buffer.from(r(HEXL, 2 * n), 'hex');
const hexBuf = (h: string): Buffer => Buffer.from(h, 'hex');
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const sshStr = (v: Buffer | string): Buffer => {
  const buf = typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
  return Buffer.concat([u32(buf.length), buf]);
};

/** PKCS#1 RSA-2048 private key DER: the SEQUENCE / version / modulus header, then random bytes. */
function rsaDer(r: R): Buffer {
  return Buffer.concat([hexBuf('308204a40201000282010100'), bytes(r, 1192 - 12)]);
}
/** PKCS#8 RSA-2048 private key DER (the Google service-account shape). */
function pkcs8Der(r: R): Buffer {
  const head = hexBuf('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100');
  return Buffer.concat([head, bytes(r, 1217 - head.length)]);
}
/** SEC1 P-256 private key DER. */
function ecDer(r: R): Buffer {
  return Buffer.concat([hexBuf('30770201010420'), bytes(r, 32), hexBuf('a00a06082a8648ce3d030107a14403420004'), bytes(r, 64)]);
}
/** An X.509-shaped certificate DER (public material). */
function certDer(r: R): Buffer {
  const head = hexBuf('3082035930820241a003020102021400');
  return Buffer.concat([head, bytes(r, 0x359 + 4 - head.length)]);
}
/** An RSA-2048 SubjectPublicKeyInfo DER (public material). */
function spkiDer(r: R): Buffer {
  return Buffer.concat([hexBuf('30820122300d06092a864886f70d01010105000382010f003082010a0282010100'), bytes(r, 256), hexBuf('0203010001')]);
}

/** An unencrypted OpenSSH ed25519 private key, laid out as ssh-keygen writes it. */
function opensshKey(r: R, comment: string): string {
  const pub = bytes(r, 32);
  const seed = bytes(r, 32);
  const check = bytes(r, 4);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  let priv = Buffer.concat([check, check, sshStr('ssh-ed25519'), sshStr(pub), sshStr(Buffer.concat([seed, pub])), sshStr(comment)]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), sshStr('none'), sshStr('none'), sshStr(''), u32(1), sshStr(pubBlob), sshStr(priv)]);
  const label = 'OPENSSH PRIVATE KEY';
  return [armor('BEGIN', label), ...chunk(body.toString('base64'), 70), armor('END', label)].join('\n');
}

/** Public OpenSSH keys (negatives). */
function sshRsaPub(r: R): string {
  return Buffer.concat([sshStr('ssh-rsa'), sshStr(hexBuf('010001')), sshStr(Buffer.concat([hexBuf('00'), bytes(r, 384)]))]).toString('base64');
}
function sshEd25519Pub(r: R): string {
  return Buffer.concat([sshStr('ssh-ed25519'), sshStr(bytes(r, 32))]).toString('base64');
}
function sshEcdsaPub(r: R): string {
  return Buffer.concat([sshStr('ecdsa-sha2-nistp256'), sshStr('nistp256'), sshStr(Buffer.concat([hexBuf('04'), bytes(r, 64)]))]).toString('base64');
}

/** A GitHub-style token: prefix, 30 base62 characters, then the CRC32 of those in 6 base62 digits. */
function ghToken(r: R, prefix: string): string {
  const body = r(BASE62, 30);
  return `${prefix}_${body}${base62(crc32(body) >>> 0, 6)}`;
}

const htmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
/** Quoted-printable for the ASCII characters used here: only `=` changes. */
const qp = (s: string): string => s.replace(/=/g, '=3D');
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o), 'utf8').toString('base64url');

const WORDS = [
  'anchor',
  'basalt',
  'cinder',
  'delta',
  'falcon',
  'garnet',
  'harbor',
  'indigo',
  'jasper',
  'kelvin',
  'lagoon',
  'marble',
  'nimbus',
  'orchid',
  'pepper',
  'quartz',
] as const;

export function batchRPositives(seed = 'blind-r-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  /** A password with symbols that survive JSON, HTML and shells in double quotes. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** Letters and digits only. */
  const plainPw = (): string => `${cap(word())}${r(ALNUM, 10)}${r(DIGITS, 2)}`;
  /** A password that URL-encoding must change (+ / = and one of @ : ? # &). */
  const urlPw = (): string => `${cap(word())}${r(ALNUM, 4)}${r('+/=', 1)}${r(ALNUM, 3)}${r('@:?#&', 1)}${r(DIGITS, 3)}${r('+/=', 1)}${r(LOWER, 2)}`;
  const akia = (): string => `AKIA${r(AWS_ID, 16)}`;
  /** 40 characters with at least one `/` and one `+`, as AWS secret keys usually have. */
  const awsSecret = (): string => `${r(ALNUM, 9)}/${r(B64, 17)}+${r(B64, 12)}`;
  const ghp = (): string => ghToken(r, 'ghp');
  const fineGrained = (): string => `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`;
  const stripeLong = (): string => `sk_live_51${r(ALNUM, 97)}`;
  const stripeShort = (): string => `sk_live_${r(ALNUM, 24)}`;
  const openai = (): string => `sk-proj-${r(B64URL, 74)}${OPENAI_MARK}${r(B64URL, 74)}`;
  const anthropic = (): string => `sk-ant-api03-${r(B64URL, 93)}AA`;
  const sendgrid = (): string => `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`;
  const slackBot = (): string => `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`;
  const slackHook = (): string => `https://hooks.slack.com/services/T${r(UPPER + DIGITS, 10)}/B${r(UPPER + DIGITS, 10)}/${r(ALNUM, 24)}`;
  const npm = (): string => `npm_${r(ALNUM, 36)}`;
  const pypi = (): string => `pypi-${PYPI_HEAD}${r(B64URL, 160)}`;
  const glpat = (): string => `glpat-${r(B64URL, 20)}`;
  const hf = (): string => `hf_${r(UPPER + LOWER, 34)}`;
  const dckr = (): string => `dckr_pat_${r(B64URL, 27)}`;
  const azureKey = (): string => `${r(B64, 86)}==`;
  const azureClientSecret = (): string => `${r(ALNUM, 3)}${r(DIGITS, 1)}Q~${r(`${ALNUM}_.~-`, 34)}`;
  const telegram = (): string => `${r('5678', 1)}${r(DIGITS, 9)}:AA${r(B64URL, 33)}`;
  const postman = (): string => `PMAK-${hex(24)}-${hex(34)}`;
  const jwt = (): string =>
    `${b64url({ alg: 'RS256', typ: 'JWT', kid: r(B64URL, 16) })}.${b64url({ iss: 'https://login.corp.example', sub: uuid(r), aud: 'api://billing', iat: 1795737600, exp: 1795741200, scope: 'billing.read billing.write' })}.${r(B64URL, 342)}`;

  // --- (1) base64: Kubernetes, docker, Basic auth, CI --------------------------------------------------------
  add('Kubernetes Secret data: base64 of a database password', b64(pw()), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: shop\ntype: Opaque\ndata:\n  DB_HOST: ${b64('orders-db.shop.svc.cluster.local')}\n  DB_USER: ${b64('orders_app')}\n  DB_PASSWORD: ${s}`);
  add('Kubernetes Secret data: base64 of a postgres URL with password', b64(`postgresql://billing:${plainPw()}@billing-db.shop.svc.cluster.local:5432/billing?sslmode=require`), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-env\n  labels:\n    app.kubernetes.io/name: billing\ndata:\n  DATABASE_URL: ${s}\n  RAILS_ENV: ${b64('production')}`);
  add('Kubernetes Secret data: base64 of a whole .env file', b64(`NODE_ENV=production\nPORT=8080\nSTRIPE_SECRET_KEY=${stripeShort()}\nSENDGRID_API_KEY=${sendgrid()}\nSESSION_SECRET=${hex(64)}\n`), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: storefront-dotenv\n  namespace: shop\ntype: Opaque\ndata:\n  .env: ${s}`);
  add('Kubernetes TLS Secret tls.key (base64 of a PEM RSA key)', b64(`${pem('RSA PRIVATE KEY', rsaDer(r))}\n`), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-corp-example-tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(`${pem('CERTIFICATE', certDer(r))}\n`)}\n  tls.key: ${s}`);
  {
    const user = 'gitlab+deploy-token-41';
    const tok = `gldt-${r(B64URL, 20)}`;
    add('Kubernetes dockerconfigjson Secret (base64 of JSON holding base64 auth)', b64(JSON.stringify({ auths: { 'registry.gitlab.com': { username: user, password: tok, auth: b64(`${user}:${tok}`) } } })), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitlab-pull\n  namespace: ci\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${s}`);
  }
  add('kubectl get secret -o json: base64 of a GitHub token', b64(ghp()), (s) => JSON.stringify({ apiVersion: 'v1', data: { token: s, username: b64('release-bot') }, kind: 'Secret', metadata: { creationTimestamp: '2026-11-20T08:14:02Z', name: 'release-bot-github', namespace: 'ci', resourceVersion: r(DIGITS, 8), uid: uuid(r) }, type: 'Opaque' }, null, 4));
  add('kubeconfig client-key-data (base64 of a PEM EC key)', b64(`${pem('EC PRIVATE KEY', ecDer(r))}\n`), (s) => `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(`${pem('CERTIFICATE', certDer(r))}\n`)}\n    server: https://k8s-prod.corp.example:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: admin@prod\n  name: admin@prod\ncurrent-context: admin@prod\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: ${b64(`${pem('CERTIFICATE', certDer(r))}\n`)}\n    client-key-data: ${s}`);
  add('Kubernetes Secret data: base64 of an AWS secret access key', b64(awsSecret()), (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: velero-aws\n  namespace: velero\ntype: Opaque\ndata:\n  AWS_ACCESS_KEY_ID: ${b64(akia())}\n  AWS_SECRET_ACCESS_KEY: ${s}`);
  add('docker config.json auth (base64 of user:password)', b64(`ci-bot:${pw()}`), (s) => `{\n\t"auths": {\n\t\t"registry.corp.example": {\n\t\t\t"auth": "${s}"\n\t\t}\n\t}\n}`);
  add('docker config.json auth for Docker Hub (base64 of user:dckr_pat)', b64(`jdoe:${dckr()}`), (s) => `{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "${s}"\n\t\t},\n\t\t"ghcr.io": {}\n\t},\n\t"currentContext": "desktop-linux"\n}`);
  add('DOCKER_AUTH_CONFIG JSON inside a YAML string', b64(`gitlab-ci:${pw()}`), (s) => `variables:\n  DOCKER_AUTH_CONFIG: '{"auths":{"registry.corp.example:5000":{"auth":"${s}"}}}'\n\nbuild:\n  image: registry.corp.example:5000/tools/builder:2.4\n  script:\n    - make image`);
  add('CI step decoding a base64 OpenSSH private key', b64(`${opensshKey(r, 'deploy@ci')}\n`), (s) => `      - name: Install deploy key\n        run: |\n          mkdir -p ~/.ssh\n          echo "${s}" | base64 -d > ~/.ssh/id_ed25519\n          chmod 600 ~/.ssh/id_ed25519`);
  add('curl -v trace with Authorization: Basic', b64(`svc-reports:${pw()}`), (s) => `* Connected to reports.corp.example (10.0.12.40) port 443\n> GET /api/v2/reports?since=2026-11-01 HTTP/1.1\n> Host: reports.corp.example\n> Authorization: Basic ${s}\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 200 OK`);
  add('git http extraheader with base64 x-access-token (actions/checkout)', b64(`x-access-token:${ghToken(r, 'ghs')}`), (s) => `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n[remote "origin"]\n\turl = https://github.com/corp-example/storefront\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${s}`);
  add('Proxy-Authorization Basic in a captured CONNECT request', b64(`jdoe:${pw()}`), (s) => `CONNECT api.github.com:443 HTTP/1.1\r\nHost: api.github.com:443\r\nProxy-Authorization: Basic ${s}\r\nUser-Agent: git/2.43.0\r\nProxy-Connection: Keep-Alive\r\n\r\n`);
  add('GitHub Actions log: derived base64 auth escaped the *** masking', b64(`robot$corp+ci:${r(ALNUM, 32)}`), (s) => `2026-11-27T10:12:03.4120000Z ##[group]Run echo "REGISTRY_AUTH=$(printf '%s:%s' "$HARBOR_USER" "$HARBOR_TOKEN" | base64 -w0)" >> "$GITHUB_ENV"\n2026-11-27T10:12:03.4130000Z ##[endgroup]\n2026-11-27T10:12:04.0010000Z ##[group]Run docker buildx build --push -t harbor.corp.example/shop/api:1.42.0 .\n2026-11-27T10:12:04.0020000Z env:\n2026-11-27T10:12:04.0020000Z   HARBOR_USER: ***\n2026-11-27T10:12:04.0020000Z   HARBOR_TOKEN: ***\n2026-11-27T10:12:04.0030000Z   REGISTRY_AUTH: ${s}\n2026-11-27T10:12:04.0030000Z ##[endgroup]`);

  // --- (2) URL-encoding ------------------------------------------------------------------------------------------
  add('OAuth client_credentials form body with URL-encoded client_secret', encodeURIComponent(`${r(B64, 12)}+${r(B64, 14)}/${r(B64, 13)}=`), (s) => `POST /oauth2/v2.0/token HTTP/1.1\r\nHost: login.corp.example\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=${uuid(r)}&client_secret=${s}&scope=api%3A%2F%2Fbilling-api%2F.default`);
  add('Azure Blob SAS URL with URL-encoded sig', encodeURIComponent(`${r(B64, 10)}+${r(B64, 20)}/${r(B64, 11)}=`), (s) => `az storage blob download --blob-url "https://stcorpbackups.blob.core.windows.net/sql/ledger-2026-11-27.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=${s}" --file ledger.bak`);
  add('~/.git-credentials line with a URL-encoded password', encodeURIComponent(urlPw()), (s) => `https://jdoe:${s}@git.corp.example`);
  add('DATABASE_URL with a percent-encoded password', encodeURIComponent(urlPw()), (s) => `# .env.staging\nDATABASE_URL=postgresql://app:${s}@pg-staging.corp.example:5432/app?sslmode=require\nREDIS_URL=redis://cache.corp.example:6379/2`);
  add('Login form body captured by an intercepting proxy', encodeURIComponent(urlPw()), (s) => `POST /session HTTP/1.1\r\nHost: portal.corp.example\r\nContent-Type: application/x-www-form-urlencoded\r\nOrigin: https://portal.corp.example\r\n\r\nusername=jdoe%40corp.example&password=${s}&remember_me=1`);
  add('GitHub token inside a URL-encoded redirect parameter', ghp(), (s) => `https://app.corp.example/oauth/finish?next=%2Fsettings%2Fintegrations%3Fgh_token%3D${s}%26installed%3D1&source=github`);
  add('URL-encoded ADO.NET connection string in a query parameter', encodeURIComponent(urlPw()), (s) => `GET /admin/health/db?conn=${encodeURIComponent('Server=tcp:sql01.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=')}${s}${encodeURIComponent(';Encrypt=True;')} HTTP/1.1\r\nHost: crm-internal.corp.example`);
  add('Slack webhook URL percent-encoded in a form body', encodeURIComponent(slackHook()), (s) => `POST /api/integrations/notify HTTP/1.1\r\nHost: status.corp.example\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nname=deploys&webhook_url=${s}&channel=%23deploys&enabled=true`);

  // --- (3) HTML escaping and e-mail ------------------------------------------------------------------------------
  add('HTML data attribute with HTML-escaped JSON holding a Stripe secret key', stripeShort(), (s) => `<div id="checkout-root" data-config="{&quot;publishableKey&quot;:&quot;pk_live_${r(ALNUM, 24)}&quot;,&quot;secretKey&quot;:&quot;${s}&quot;,&quot;currency&quot;:&quot;eur&quot;}"></div>\n<script src="/assets/checkout.js" defer></script>`);
  add('Onboarding HTML e-mail with an HTML-escaped temporary password', htmlEscape(`${cap(word())}${r(ALNUM, 3)}&${r(ALNUM, 3)}<${r(DIGITS, 2)}`), (s) => `<p>Hi Marta,</p>\n<p>your account on <a href="https://portal.corp.example">the partner portal</a> is ready.</p>\n<table>\n  <tr><td>User name</td><td>marta.keller</td></tr>\n  <tr><td>Temporary password</td><td><code>${s}</code></td></tr>\n</table>\n<p>You will be asked to change it at first login.</p>`);
  add('Wiki page export with an .env in <pre> and &quot; quotes', pw(), (s) => `<h2>Staging settings</h2>\n<pre class="code">DB_HOST=pg-staging.corp.example\nDB_USER=app\nDB_PASSWORD=&quot;${s}&quot;\nCACHE_TTL=300</pre>`);
  add('HTML-escaped link with a Datadog API key and &amp; separators', hex(32), (s) => `<p>If the agent stops reporting, <a href="https://api.datadoghq.eu/api/v1/validate?api_key=${s}&amp;application_key=${hex(40)}&amp;source=runbook">check the key</a> before filing a ticket.</p>`);
  add('Quoted-printable e-mail with AWS keys (=3D)', awsSecret(), (s) => `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nHi Priya,\n\nas discussed, here are the credentials for the reporting bucket. Please sto=\nre them in the vault and delete this mail.\n\nAWS_ACCESS_KEY_ID=3D${akia()}\nAWS_SECRET_ACCESS_KEY=3D${s}\nAWS_DEFAULT_REGION=3Deu-central-1\n\nThanks =E2=80=93 Jonas`);
  add('Quoted-printable Azure storage connection string (key ends =3D=3D)', qp(azureKey()), (s) => `Content-Type: text/plain; charset="us-ascii"\nContent-Transfer-Encoding: quoted-printable\n\nConnection string for the export job (the old one was revoked this morni=\nng):\n\nDefaultEndpointsProtocol=3Dhttps;AccountName=3Dstcorpreports;AccountKey=3D=\n${s};EndpointSuffix=3Dcore.windows.net\n`);
  add('Quoted-printable HTML e-mail with a Slack webhook in href=3D', slackHook(), (s) => `Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n<p>The alert channel is wired up. If you need to post from a script, use <a h=\nref=3D"${s}">this hook</a>.</p>\n<p style=3D"color:#888">Sent by the ops bot</p>`);

  // --- (4) JSON in JSON, HAR, notebooks ---------------------------------------------------------------------------
  add('Docker json-file log: escaped JSON inside escaped JSON (Twilio auth token)', hex(32), (s) => JSON.stringify({ log: `${JSON.stringify({ level: 'debug', ts: '2026-11-27T10:12:03.412Z', msg: 'outbound sms request', body: JSON.stringify({ AccountSid: `AC${hex(32)}`, AuthToken: s, To: '+4915112345678', From: '+4930123456' }) })}\n`, stream: 'stdout', time: '2026-11-27T10:12:03.413207521Z' }));
  add('API Gateway event: JSON body as a string inside JSON', pw(), (s) => JSON.stringify({ resource: '/login', path: '/login', httpMethod: 'POST', headers: { 'content-type': 'application/json' }, requestContext: { requestId: uuid(r), stage: 'prod' }, body: JSON.stringify({ email: 'l.moreau@corp.example', password: s }), isBase64Encoded: false }, null, 2));
  add('JSON config with a quote escaped inside the password (\\")', JSON.stringify(`${cap(word())}${r(ALNUM, 4)}"${r(DIGITS, 3)}${r('!#%', 1)}${r(LOWER, 3)}`).slice(1, -1), (s) => `{\n  "smtp": {\n    "host": "smtp.corp.example",\n    "port": 587,\n    "user": "noreply@corp.example",\n    "password": "${s}"\n  }\n}`);
  add('Go JSON log with \\u0026 and a Telegram bot token in the URL', telegram(), (s) => `{"level":"error","ts":1795745523.412,"caller":"notify/telegram.go:88","msg":"send failed","url":"https://api.telegram.org/bot${s}/sendMessage?chat_id=-100${r(DIGITS, 10)}\\u0026parse_mode=HTML","status":429}`);
  add('HAR entry with an Authorization Bearer JWT', jwt(), (s) => JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox', version: '132.0' }, entries: [{ startedDateTime: '2026-11-27T10:12:03.412+01:00', request: { method: 'GET', url: 'https://billing.corp.example/api/invoices?page=2', httpVersion: 'HTTP/2', headers: [{ name: 'Accept', value: 'application/json' }, { name: 'Authorization', value: `Bearer ${s}` }], queryString: [{ name: 'page', value: '2' }], cookies: [] }, response: { status: 200, statusText: 'OK' } }] } }, null, 2));
  add('docker inspect Env array', pw(), (s) => `[\n    {\n        "Id": "${hex(64)}",\n        "Name": "/pg-main",\n        "Config": {\n            "Hostname": "${hex(12)}",\n            "Env": [\n                "POSTGRES_USER=app",\n                "POSTGRES_PASSWORD=${s}",\n                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",\n                "PGDATA=/var/lib/postgresql/data"\n            ],\n            "Image": "postgres:16"\n        }\n    }\n]`);
  add('JWKS file with a private EC key (d)', r(B64URL, 43), (s) => JSON.stringify({ keys: [{ kty: 'EC', crv: 'P-256', kid: `sig-${r(DIGITS, 10)}`, use: 'sig', alg: 'ES256', x: r(B64URL, 43), y: r(B64URL, 43), d: s }] }, null, 2));
  add('Jupyter notebook cell source array with an OpenAI key', openai(), (s) => JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 3, id: hex(8), metadata: {}, outputs: [], source: ['from openai import OpenAI\n', '\n', `client = OpenAI(api_key="${s}")\n`, 'resp = client.responses.create(model="gpt-4o-mini", input="ping")'] }], metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1));
  add('Jupyter notebook stream output printing a Hugging Face token', hf(), (s) => JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 7, id: hex(8), metadata: {}, outputs: [{ name: 'stdout', output_type: 'stream', text: [`${s}\n`] }], source: ['!cat ~/.cache/huggingface/token'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1));

  // --- (5) YAML, Terraform, TOML, properties, ini, .reg, $$ ---------------------------------------------------------
  add('YAML literal block scalar with an OpenSSH private key (indented)', opensshKey(r, 'ansible@bastion').split('\n').join('\n  '), (s) => `---\nbastion_user: ansible\nbastion_ssh_private_key: |\n  ${s}\nbastion_host: bastion.corp.example`);
  add('YAML folded block scalar with a psql URL', plainPw(), (s) => `migrate:\n  stage: deploy\n  script:\n    - >-\n      psql "postgresql://migrator:${s}@pg-prod.corp.example:5432/app?sslmode=require"\n      -v ON_ERROR_STOP=1\n      -f db/migrations/2026_11_27_add_invoices.sql`);
  add('GitHub Actions run block writing an npm token to .npmrc', npm(), (s) => `      - name: Publish\n        run: |\n          echo "//registry.npmjs.org/:_authToken=${s}" > ~/.npmrc\n          npm publish --access public`);
  add("YAML single-quoted password with a doubled ''", `${cap(word())}${r(ALNUM, 4)}'${r(ALNUM, 3)}${r(DIGITS, 3)}`.replace(/'/g, "''"), (s) => `spring:\n  datasource:\n    url: jdbc:postgresql://pg01.corp.example:5432/orders\n    username: orders\n    password: '${s}'`);
  add('Terraform heredoc user_data exporting an AWS secret key', awsSecret(), (s) => `resource "aws_instance" "etl" {\n  ami           = "ami-0${hex(16)}"\n  instance_type = "t3.large"\n\n  user_data = <<-EOF\n    #!/bin/bash\n    export AWS_ACCESS_KEY_ID=${akia()}\n    export AWS_SECRET_ACCESS_KEY=${s}\n    /opt/etl/bin/run --daily\n  EOF\n}`);
  add('Terraform heredoc with a GCP service-account JSON key (escaped \\n PEM)', JSON.stringify(`${pem('PRIVATE KEY', pkcs8Der(r))}\n`).slice(1, -1), (s) => `provider "google" {\n  project     = "corp-analytics-prod"\n  region      = "europe-west3"\n  credentials = <<EOT\n{\n  "type": "service_account",\n  "project_id": "corp-analytics-prod",\n  "private_key_id": "${hex(40)}",\n  "private_key": "${s}",\n  "client_email": "terraform@corp-analytics-prod.iam.gserviceaccount.com",\n  "client_id": "${r(DIGITS, 21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\nEOT\n}`);
  add('Terraform heredoc inside a kubernetes_secret with an Anthropic key', anthropic(), (s) => `resource "kubernetes_secret" "assistant" {\n  metadata {\n    name      = "assistant-config"\n    namespace = "ml"\n  }\n\n  data = {\n    "config.yaml" = <<-YAML\n      model: claude-sonnet\n      max_tokens: 2048\n      api_key: ${s}\n    YAML\n  }\n}`);
  add('TOML multi-line basic string with a PEM EC private key', pem('EC PRIVATE KEY', ecDer(r)), (s) => `[server]\nlisten = "0.0.0.0:8443"\n\n[server.tls]\ncert_file = "/etc/gateway/tls.crt"\nkey = """\n${s}\n"""`);
  add('TOML multi-line literal string holding an env block', openai(), (s) => `[job.summarize]\nschedule = "0 6 * * *"\nenv = '''\nLOG_LEVEL=info\nOPENAI_API_KEY=${s}\nOPENAI_MODEL=gpt-4o-mini\n'''`);
  add('Cargo credentials.toml registry token', `cio${r(ALNUM, 32)}`, (s) => `# ~/.cargo/credentials.toml\n[registry]\ntoken = "${s}"`);
  add('Java .properties JDBC URL with escaped colons and the password in it', `${cap(word())}${r(ALNUM, 5)}:${r(ALNUM, 4)}${r(DIGITS, 2)}`.replace(/([:=])/g, '\\$1'), (s) => `#Generated by deploy tool\nspring.datasource.url=jdbc\\:postgresql\\://pg01.corp.example\\:5432/app?user\\=app&password\\=${s}\nspring.datasource.hikari.maximum-pool-size=20`);
  add('Java .properties from Properties.store with \\= and \\! in the password', `${cap(word())}${r(ALNUM, 4)}=${r(DIGITS, 3)}!${r(LOWER, 3)}`.replace(/([:=#!])/g, '\\$1'), (s) => `#Thu Nov 27 10:12:03 UTC 2026\nmail.smtp.host=smtp.corp.example\nmail.smtp.port=587\nmail.smtp.user=noreply@corp.example\nmail.smtp.password=${s}\nmail.smtp.starttls.enable=true`);
  add('my.cnf [client] password', pw(), (s) => `[client]\nuser = backup\npassword = "${s}"\nhost = db01.corp.example\n\n[mysqldump]\nsingle-transaction\nquick`);
  add('.pypirc with a PyPI API token', pypi(), (s) => `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${s}`);
  add('odbc.ini DSN with PWD', plainPw(), (s) => `[SalesDW]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:dw01.corp.example,1433\nDatabase=SalesDW\nUID=etl_reader\nPWD=${s}\nEncrypt=yes`);
  add('Windows .reg export: PuTTY session ProxyPassword', pw(), (s) => `Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump01]\n"HostName"="jump01.corp.example"\n"ProxyMethod"=dword:00000003\n"ProxyHost"="proxy.corp.example"\n"ProxyPort"=dword:00000c38\n"ProxyUsername"="jdoe"\n"ProxyPassword"="${s}"`);
  add('Windows .reg export: connection string with \\\\ and \\" escaped in the password', `${cap(word())}${r(ALNUM, 3)}\\${r(ALNUM, 3)}"${r(DIGITS, 3)}`.replace(/\\/g, '\\\\').replace(/"/g, '\\"'), (s) => `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Contoso\\Ledger]\n"InstallDir"="C:\\\\Program Files (x86)\\\\Contoso\\\\Ledger"\n"ConnectionString"="Data Source=SQL01\\\\PROD;Initial Catalog=Ledger;User ID=ledger_app;Password=${s};"`);
  add('Makefile recipe with $$-escaped password', `${cap(word())}${r(ALNUM, 4)}$${r(ALNUM, 4)}${r(DIGITS, 2)}`.split('$').join('$$'), (s) => `REGISTRY := registry.corp.example\n\npush:\n\tdocker login -u ci -p '${s}' $(REGISTRY)\n\tdocker push $(REGISTRY)/shop/api:$(VERSION)`);
  add('docker-compose environment with $$-escaped password', `${cap(word())}$${r(ALNUM, 6)}${r(DIGITS, 3)}${r('!#%', 1)}`.split('$').join('$$'), (s) => `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: "${s}"\n    volumes:\n      - pgdata:/var/lib/postgresql/data`);
  add('systemd unit Environment= with a quoted Datadog key', hex(32), (s) => `[Unit]\nDescription=Metrics shipper\n\n[Service]\nEnvironment="DD_SITE=datadoghq.eu"\nEnvironment="DD_API_KEY=${s}"\nExecStart=/usr/local/bin/shipper --config /etc/shipper.yaml\nRestart=always`);

  // --- (6) diffs, chat, XML, SQL, CSV, COPY, multipart --------------------------------------------------------------
  add('Unified diff adding a Stripe live key to .env.production', stripeLong(), (s) => `diff --git a/.env.production b/.env.production\nindex 3f2a9c1..8b7d0e4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://shop.corp.example\n LOG_LEVEL=info\n REDIS_URL=redis://cache:6379/0\n-STRIPE_SECRET_KEY=\n+STRIPE_SECRET_KEY=${s}\n+STRIPE_WEBHOOK_SECRET=whsec_${r(ALNUM, 32)}`);
  add('Unified diff removing a hard-coded AWS secret (still in history)', awsSecret(), (s) => `diff --git a/config/aws.ini b/config/aws.ini\nindex 91c0d2e..4a7be13 100644\n--- a/config/aws.ini\n+++ b/config/aws.ini\n@@ -1,4 +1,4 @@\n [default]\n region = eu-west-1\n-aws_secret_access_key = ${s}\n+aws_secret_access_key = \${AWS_SECRET_ACCESS_KEY}\n output = json`);
  add('git format-patch mail adding a database.yml password', plainPw(), (s) => `From 4c1e9a7b2d0f6e3a8b5c7d9e1f2a3b4c5d6e7f80 Mon Sep 17 00:00:00 2001\nFrom: Ana Ruiz <ana.ruiz@corp.example>\nDate: Thu, 27 Nov 2026 10:12:03 +0100\nSubject: [PATCH] Point staging at the new cluster\n\n---\n config/database.yml | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n\ndiff --git a/config/database.yml b/config/database.yml\n--- a/config/database.yml\n+++ b/config/database.yml\n@@ -12,5 +12,5 @@ staging:\n   adapter: postgresql\n   host: pg-staging-02.corp.example\n   username: rails\n-  password: <%= ENV["DB_PASSWORD"] %>\n+  password: ${s}\n   database: shop_staging\n-- \n2.43.0`);
  add('Diff context line with a GitHub token in unchanged code', ghp(), (s) => `--- a/tools/sync_labels.py\n+++ b/tools/sync_labels.py\n@@ -8,7 +8,7 @@ from github import Github\n \n def client():\n     token = "${s}"\n-    return Github(token, timeout=10)\n+    return Github(token, timeout=30)\n \n \n def main():`);
  add('Markdown code fence in a chat message with an OpenAI key', openai(), (s) => `**Jonas Weber** 10:42 AM\nanyone know why this 401s since this morning?\n${FENCE}python\nfrom openai import OpenAI\nclient = OpenAI(api_key="${s}")\nprint(client.models.list())\n${FENCE}\n**Priya N.** 10:44 AM\nthat key was revoked in the cleanup, ask in #platform`);
  add('Markdown fence in a support ticket with curl and an Anthropic key', anthropic(), (s) => `### Steps to reproduce\n\n${FENCE}bash\ncurl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ${s}" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model":"claude-sonnet-4-5","max_tokens":64,"messages":[{"role":"user","content":"hi"}]}'\n${FENCE}\n\n### Expected\n\nA 200 response.`);
  add('Markdown inline code in chat with a Hugging Face token', hf(), (s) => `[09:14] <mkeller> use \`${s}\` for the eval run for now, I'll rotate it tonight\n[09:15] <tbecker> thx`);
  add('XML CDATA password with markup characters', `${cap(word())}<${r(ALNUM, 4)}&${r(DIGITS, 3)}>${r(LOWER, 2)}`, (s) => `<?xml version="1.0" encoding="UTF-8"?>\n<datasources>\n  <datasource jndi-name="java:/jdbc/Orders" pool-name="Orders">\n    <connection-url>jdbc:oracle:thin:@ora01.corp.example:1521/ORDERS</connection-url>\n    <security>\n      <user-name>orders_app</user-name>\n      <password><![CDATA[${s}]]></password>\n    </security>\n  </datasource>\n</datasources>`);
  add('XML CDATA wrapping a build script with a SendGrid key', sendgrid(), (s) => `<project>\n  <builders>\n    <hudson.tasks.Shell>\n      <command><![CDATA[\ncurl -sS https://api.sendgrid.com/v3/mail/send \\\n  -H "Authorization: Bearer ${s}" \\\n  -H "Content-Type: application/json" \\\n  -d @release-mail.json\n]]></command>\n    </hudson.tasks.Shell>\n  </builders>\n</project>`);
  add("SQL ALTER ROLE password with a doubled ''", `${cap(word())}${r(ALNUM, 4)}'${r(ALNUM, 4)}${r(DIGITS, 2)}`.replace(/'/g, "''"), (s) => `-- 2026-11-27 rotate reporting role\nBEGIN;\nALTER ROLE reporting WITH LOGIN PASSWORD '${s}';\nGRANT pg_read_all_data TO reporting;\nCOMMIT;`);
  add('SQL INSERT of JSON settings with a Mailgun key', `key-${hex(32)}`, (s) => `INSERT INTO integration_settings (provider, config, updated_by)\nVALUES ('mailgun', '{"api_key": "${s}", "domain": "mg.corp.example", "region": "eu"}', 'ana.ruiz');`);
  add('CSV password-manager export with doubled quotes in the password', `${cap(word())}"${r(ALNUM, 4)},${r(DIGITS, 3)}${r('!#%', 1)}${r(LOWER, 3)}`.replace(/"/g, '""'), (s) => `name,url,username,password,extra\n"Corp VPN",https://vpn.corp.example,jdoe,"${s}","Rotated 2026-10\nshared with the on-call rota"\n"Wiki",https://wiki.corp.example,jdoe,,`);
  add('CSV cell with embedded newlines holding a PEM private key', pem('EC PRIVATE KEY', ecDer(r)), (s) => `service,owner,private_key,notes\nsftp-partner-acme,jdoe,"${s}","Partner uploads nightly; key ""acme-2026"""\n`);
  add('Postgres COPY dump with Stripe secret keys', stripeShort(), (s) => `--\n-- Data for Name: merchants; Type: TABLE DATA; Schema: public; Owner: shop\n--\n\nCOPY public.merchants (id, name, stripe_account, stripe_secret_key, created_at) FROM stdin;\n1\tAcme GmbH\tacct_${r(ALNUM, 16)}\t${s}\t2026-03-02 09:14:07+00\n2\tBeta SARL\tacct_${r(ALNUM, 16)}\t\\N\t2026-04-11 16:40:12+00\n\\.`);
  add('Postgres COPY dump with a plaintext password column', plainPw(), (s) => `COPY public.ftp_accounts (id, login, password, home) FROM stdin;\n1\tpartner_acme\t${s}\t/srv/ftp/acme\n2\tpartner_beta\t\\N\t/srv/ftp/beta\n\\.`);
  {
    const boundary = `----WebKitFormBoundary${r(ALNUM, 16)}`;
    add('multipart/form-data field carrying a SendGrid key', sendgrid(), (s) => `POST /settings/email HTTP/1.1\r\nHost: admin.corp.example\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="provider"\r\n\r\nsendgrid\r\n--${boundary}\r\nContent-Disposition: form-data; name="api_key"\r\n\r\n${s}\r\n--${boundary}--\r\n`);
  }
  {
    const boundary = `------------------------${r(HEXL, 16)}`;
    add('multipart/form-data upload of a .env file', fineGrained(), (s) => `POST /api/v1/support/attachments HTTP/1.1\r\nHost: helpdesk.corp.example\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="ticket"\r\n\r\nHD-20417\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename=".env"\r\nContent-Type: application/octet-stream\r\n\r\nAPP_ENV=staging\nGITHUB_TOKEN=${s}\nLOG_LEVEL=debug\n\r\n--${boundary}--\r\n`);
  }

  // --- (7) scripts, code, logs, CI, OCR ------------------------------------------------------------------------------
  add('Shell here-doc writing ~/.aws/credentials', awsSecret(), (s) => `mkdir -p ~/.aws\ncat > ~/.aws/credentials <<'EOF'\n[default]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${s}\nEOF\nchmod 600 ~/.aws/credentials`);
  add('Shell here-doc piping SQL with a role password to psql', pw(), (s) => `psql -h pg01.corp.example -U postgres <<SQL\nCREATE ROLE grafana LOGIN PASSWORD '${s}';\nGRANT pg_monitor TO grafana;\nSQL`);
  add('PowerShell here-string with an Entra ID client secret', azureClientSecret(), (s) => `$body = @"\n{\n  "client_id": "${uuid(r)}",\n  "client_secret": "${s}",\n  "grant_type": "client_credentials",\n  "scope": "https://graph.microsoft.com/.default"\n}\n"@\nInvoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenant/oauth2/v2.0/token" -Body $body -ContentType 'application/json'`);
  add('Python implicit string concatenation across lines (password in one piece)', plainPw(), (s) => `DSN = (\n    "postgresql://analytics:"\n    "${s}"\n    "@warehouse.corp.example:5432/analytics"\n)\nengine = create_engine(DSN, pool_pre_ping=True)`);
  add('JavaScript concatenation building a Bearer header', slackBot(), (s) => `const headers = {\n  'Content-Type': 'application/json; charset=utf-8',\n  Authorization: 'Bearer ' +\n    '${s}',\n};\nawait fetch('https://slack.com/api/chat.postMessage', { method: 'POST', headers, body });`);
  add('Java string concatenation with the password as one literal', plainPw(), (s) => `String url = "jdbc:mysql://mysql01.corp.example:3306/crm"\n        + "?user=crm_app"\n        + "&password=" + "${s}"\n        + "&useSSL=true";`);
  add('Log line wrapping a JSON payload with a Slack bot token', slackBot(), (s) => `2026-11-27T10:12:03.412Z INFO  [http-out] request={"method":"POST","url":"https://slack.com/api/chat.postMessage","headers":{"Authorization":"Bearer ${s}","Content-Type":"application/json"},"timeout_ms":5000}`);
  add('logfmt line with an escaped JSON payload holding a GitLab token', glpat(), (s) => `ts=2026-11-27T10:12:03.412Z level=error caller=webhook.go:141 msg="webhook replay failed" payload=${JSON.stringify(JSON.stringify({ event: 'deploy', project: 'shop/api', token: s }))} attempt=3`);
  add('Python repr in a traceback log with a Postman key', postman(), (s) => `ERROR sync.collections: request failed\nTraceback (most recent call last):\n  File "/app/sync.py", line 57, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.getpostman.com/collections\nrequest kwargs: {'headers': {'X-Api-Key': '${s}', 'Accept': 'application/json'}, 'timeout': 30}`);
  add('Jenkins console log: one credential masked, another echoed in clear', plainPw(), (s) => `[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASS\n[Pipeline] {\n[Pipeline] sh\n+ curl -fsS -u ci-deployer:**** https://nexus.corp.example/service/rest/v1/status\n[Pipeline] sh\n+ psql postgresql://ci_migrator:${s}@pg-stage.corp.example:5432/app -c 'select 1'\n ?column? \n----------\n        1\n(1 row)\n\n[Pipeline] }`);
  add('Jenkins console log: docker login -p with a Docker Hub PAT', dckr(), (s) => `[Pipeline] sh\n+ docker login -u corpci -p ${s}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n[Pipeline] sh\n+ docker push corpci/api:1.42.0`);
  add('OCR transcript of an AWS console screenshot', awsSecret(), (s) => `[Text extracted from screenshot "aws-keys.png"]\nRetrieve access keys  Info\nAccess key            Secret access key\n${akia()}  ${s}  Hide\n( Download .csv file )      Done`);
  add('OCR transcript of a terminal screenshot with a GitLab token', glpat(), (s) => `Transcribed from screenshot (terminal, dark theme):\njdoe@lap-0231:~/src/infra$ export GITLAB_TOKEN=${s}\njdoe@lap-0231:~/src/infra$ glab auth status\ngitlab.corp.example\n  v Logged in to gitlab.corp.example as jdoe (GITLAB_TOKEN)\n  v Token: **************************`);
  add('Screenshot description of a chat message with a database password', plainPw(), (s) => `Image description: a Slack thread in #ops. Message from Tom B. (9:41 AM): "prod reporting db -> host pg-rep-01.corp.example, user reporting_ro, pw ${s} (pls don't paste this anywhere)". Two eyes emoji reactions.`);

  return out;
}

export function batchRNegatives(seed = 'blind-r-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const b64Lines = (n: number, width: number, count: number): string => chunk(r(B64, n), width).slice(0, count).join('\n');
  const png = (): string => Buffer.concat([hexBuf('89504e470d0a1a0a0000000d49484452'), bytes(r, 240)]).toString('base64');
  const bcrypt = (): string => `$2b$12$${r(BCRYPT, 53)}`;
  const certPem = (): string => pem('CERTIFICATE', certDer(r));
  const ageRecipient = (): string => `age1${r(BECH32, 58)}`;
  const ageArmor = (): string => {
    const head = Buffer.from(`age-encryption.org/v1\n-> X25519 ${r(B64, 43)}\n${r(B64, 43)}\n--- ${r(B64, 43)}\n`, 'utf8');
    const body = Buffer.concat([head, bytes(r, 120)]).toString('base64');
    return [armor('BEGIN', 'AGE ENCRYPTED FILE'), ...chunk(body, 64), armor('END', 'AGE ENCRYPTED FILE')].join('\n');
  };
  const sopsEnc = (n: number): string => `ENC[AES256_GCM,data:${r(B64, n)}=,iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]`;

  // --- (1) base64 wrappers -----------------------------------------------------------------------------------------
  add('Kubernetes Secret data: base64 of placeholder values', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  DB_USER: ${b64('orders_app')}\n  DB_PASSWORD: ${b64('changeme')}\n  API_KEY: ${b64('REPLACE_ME')}`);
  add('Kubernetes Secret data: base64 of an unrendered ${VAR} template', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-env\ndata:\n  DB_PASSWORD: ${b64('${DB_PASSWORD}')}\n  DATABASE_URL: ${b64('postgresql://billing:${DB_PASSWORD}@billing-db:5432/billing')}`);
  add('Helm template Secret with b64enc of values', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "shop.fullname" . }}-db\ntype: Opaque\ndata:\n  password: {{ .Values.db.password | b64enc | quote }}\n  api-key: {{ required "apiKey is required" .Values.apiKey | b64enc | quote }}');
  add('kubectl describe secret (sizes only)', `Name:         orders-db\nNamespace:    shop\nLabels:       app=orders\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\nDB_PASSWORD:  24 bytes\nDB_USER:      10 bytes\nDB_HOST:      33 bytes`);
  add('Kubernetes Secret data: base64 of non-secret settings', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: mail-settings\ndata:\n  SMTP_HOST: ${b64('smtp.corp.example')}\n  SMTP_PORT: ${b64('587')}\n  SMTP_USER: ${b64('noreply@corp.example')}\n  SMTP_STARTTLS: ${b64('true')}\n  GREETING: ${b64('Hello from the staging cluster')}`);
  add('ConfigMap binaryData with a PNG logo', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding\nbinaryData:\n  logo.png: ${png()}`);
  add('Kubernetes Secret with only ca.crt (base64 certificate)', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: corp-root-ca\ntype: Opaque\ndata:\n  ca.crt: ${b64(`${certPem()}\n`)}`);
  add('kubeconfig with CA data and an exec credential plugin', `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(`${certPem()}\n`)}\n    server: https://${hex(32).toUpperCase()}.gr7.eu-central-1.eks.amazonaws.com\n  name: eks-prod\nusers:\n- name: eks-prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]`);
  add('SealedSecret encryptedData', `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: shop\nspec:\n  encryptedData:\n    DB_PASSWORD: AgB${r(B64, 680)}==\n    DB_USER: AgA${r(B64, 660)}=\n  template:\n    metadata:\n      name: orders-db`);
  add('SOPS-encrypted YAML with age recipients', `db_password: ${sopsEnc(32)}\nstripe_key: ${sopsEnc(100)}\nsops:\n    age:\n        - recipient: ${ageRecipient()}\n          enc: |\n            ${ageArmor().split('\n').join('\n            ')}\n    lastmodified: "2026-11-27T10:12:03Z"\n    mac: ENC[AES256_GCM,data:${r(B64, 86)}==,iv:${r(B64, 43)}=,tag:${r(B64, 22)}==,type:str]\n    unencrypted_suffix: _unencrypted\n    version: 3.9.1`);
  add('SOPS-encrypted JSON', JSON.stringify({ api_key: sopsEnc(60), smtp: { password: sopsEnc(24) }, sops: { kms: [{ arn: `arn:aws:kms:eu-central-1:${r(DIGITS, 12)}:key/${uuid(r)}`, created_at: '2026-11-27T10:12:03Z', enc: `AQICAH${r(B64, 180)}==`, aws_profile: '' }], lastmodified: '2026-11-27T10:12:03Z', mac: sopsEnc(86), version: '3.9.1' } }, null, 2));
  add('age-encrypted file in armor', `$ cat secrets.env.age\n${ageArmor()}`);
  add('PGP-encrypted message in an e-mail', `From: ops@corp.example\nTo: jdoe@corp.example\nSubject: new VPN credentials\nContent-Type: text/plain\n\n${armor('BEGIN', 'PGP MESSAGE')}\n\nhQIMA${r(B64, 59)}\n${b64Lines(64 * 6, 64, 6)}\n=${r(B64, 4)}\n${armor('END', 'PGP MESSAGE')}`);
  add('Vault transit ciphertext in app config', `payments:\n  card_vault_key: vault:v1:${r(B64, 92)}==\n  webhook_secret: vault:v2:${r(B64, 64)}`);
  add('AWS KMS ciphertext blob in a Lambda environment', JSON.stringify({ FunctionName: 'invoice-export', Environment: { Variables: { DB_HOST: 'pg01.corp.example', DB_PASSWORD_ENC: `AQICAHh${r(B64, 181)}==`, KMS_KEY_ID: `alias/invoice-export` } } }, null, 2));
  add('Jasypt ENC() values in Spring properties', `spring.datasource.url=jdbc\\:postgresql\\://pg01.corp.example\\:5432/app\nspring.datasource.username=app\nspring.datasource.password=ENC(${r(B64, 64)})\njasypt.encryptor.password=\${JASYPT_PASSWORD}`);
  add('Ingress basic-auth Secret: base64 of an htpasswd line (apr1 hash)', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-basic-auth\ntype: Opaque\ndata:\n  auth: ${b64(`admin:$apr1$${r(CRYPT, 8)}$${r(CRYPT, 22)}\n`)}`);
  add('docker config.json with credential helpers only', '{\n\t"auths": {\n\t\t"ghcr.io": {},\n\t\t"123456789012.dkr.ecr.eu-central-1.amazonaws.com": {}\n\t},\n\t"credsStore": "desktop",\n\t"credHelpers": {\n\t\t"123456789012.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"\n\t}\n}');
  add('docker config.json docs example: base64 of <username>:<password>', `Create ~/.docker/config.json like this, where auth is the output of\n\`echo -n '<username>:<password>' | base64\`:\n\n{\n  "auths": {\n    "registry.corp.example": { "auth": "${b64('<username>:<password>')}" }\n  }\n}`);
  add('kaniko config.json assembled from CI variables', 'script:\n  - mkdir -p /kaniko/.docker\n  - echo "{\\"auths\\":{\\"$CI_REGISTRY\\":{\\"auth\\":\\"$(printf "%s:%s" "$CI_REGISTRY_USER" "$CI_REGISTRY_PASSWORD" | base64 | tr -d \'\\n\')\\"}}}" > /kaniko/.docker/config.json');
  add('Base64 pagination cursor in an API response', JSON.stringify({ data: [{ id: uuid(r), status: 'paid' }, { id: uuid(r), status: 'open' }], has_more: true, next_cursor: b64(JSON.stringify({ offset: 200, sort: 'created_at', dir: 'desc' })) }, null, 2));
  add('MIME attachment: base64 of a PDF', `--=_mixed_${hex(12)}\nContent-Type: application/pdf; name="invoice-2026-1142.pdf"\nContent-Disposition: attachment; filename="invoice-2026-1142.pdf"\nContent-Transfer-Encoding: base64\n\n${chunk(Buffer.concat([Buffer.from('%PDF-1.7\n%', 'latin1'), hexBuf('e2e3cfd30a'), bytes(r, 280)]).toString('base64'), 76).join('\n')}\n--=_mixed_${hex(12)}--`);
  add('Kubernetes projected service-account token mount (paths only)', 'volumes:\n  - name: kube-api-access\n    projected:\n      sources:\n        - serviceAccountToken:\n            path: token\n            expirationSeconds: 3607\n        - configMap:\n            name: kube-root-ca.crt\n            items:\n              - key: ca.crt\n                path: ca.crt');

  // --- (2) URL-encoding -------------------------------------------------------------------------------------------------
  add('OAuth authorize URL: encoded redirect_uri, state, nonce, PKCE challenge', `https://login.corp.example/oauth2/v2.0/authorize?response_type=code&client_id=${uuid(r)}&redirect_uri=${encodeURIComponent('https://app.corp.example/auth/callback?tenant=eu')}&scope=openid%20profile%20email%20offline_access&state=${r(B64URL, 43)}&nonce=${r(B64URL, 32)}&code_challenge=${r(B64URL, 43)}&code_challenge_method=S256`);
  add('SAML redirect binding: SAMLRequest, RelayState, signature', `https://idp.corp.example/saml2/sso?SAMLRequest=${encodeURIComponent(`fZJ${r(B64, 340)}==`)}&RelayState=${encodeURIComponent('https://app.corp.example/dashboard?tab=billing')}&SigAlg=${encodeURIComponent('http://www.w3.org/2001/04/xmldsig-more#rsa-sha256')}&Signature=${encodeURIComponent(`${r(B64, 342)}==`)}`);
  add('E-mail click-tracking link with an encoded destination', `<a href="https://click.mail.corp.example/ls/click?upn=${r(B64URL, 140)}-2B${r(B64URL, 40)}-3D-3D_${r(B64URL, 60)}">View your order</a>`);
  add('Login form body with a masked password (%2A)', 'POST /session HTTP/1.1\r\nHost: portal.corp.example\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nusername=jdoe%40corp.example&password=%2A%2A%2A%2A%2A%2A%2A%2A&remember_me=1');
  add('DATABASE_URL with a percent-encoded placeholder password', '# .env.example\nDATABASE_URL=postgresql://app:%3Cpassword%3E@localhost:5432/app\nREDIS_URL=redis://localhost:6379/0');
  add('Rails form body with authenticity_token (CSRF nonce)', `POST /projects/42/members HTTP/1.1\r\nHost: tracker.corp.example\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nauthenticity_token=${encodeURIComponent(`${r(B64, 20)}+${r(B64, 30)}/${r(B64, 34)}==`)}&member%5Bemail%5D=ana.ruiz%40corp.example&member%5Brole%5D=developer&commit=Add+member`);
  add('Ad-tracking parameters (gclid, fbclid, utm)', `https://shop.corp.example/winter-sale?utm_source=google&utm_medium=cpc&utm_campaign=winter_2026&gclid=Cj0KCQiA${r(B64URL, 80)}&fbclid=IwAR${r(B64URL, 60)}`);
  add('URL-encoded Slack webhook placeholder in docs', 'curl -X POST -d "payload=%7B%22text%22%3A%22hi%22%7D" "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"');

  // --- (3) HTML and e-mail ----------------------------------------------------------------------------------------------
  add('HTML with SRI integrity hashes and a CSP nonce', `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${r(B64, 22)}=='">\n<link rel="stylesheet" href="https://cdn.corp.example/ui/4.2.0/ui.min.css" integrity="sha384-${r(B64, 64)}" crossorigin="anonymous">\n<script nonce="${r(B64, 22)}==" src="/assets/app.${hex(8)}.js" integrity="sha256-${r(B64, 43)}="></script>`);
  add('HTML e-mail with an inline base64 PNG', `<p>Your order has shipped.</p>\n<img alt="Corp logo" width="120" src="data:image/png;base64,${png()}">`);
  add('HTML-escaped documentation placeholder', '<p>Send the key in a header:</p>\n<pre><code>curl -H &quot;Authorization: Bearer &lt;YOUR_API_KEY&gt;&quot; https://api.corp.example/v1/orders</code></pre>');
  add('Checkout page with a Stripe publishable key (public by design)', `<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe('pk_live_51${r(ALNUM, 97)}');\n  const elements = stripe.elements({ locale: 'de' });\n</script>`);
  add('HTML-escaped JSON config with an empty secret and an env name', '<div id="app" data-config="{&quot;apiBase&quot;:&quot;https://api.corp.example&quot;,&quot;secretKey&quot;:&quot;&quot;,&quot;secretKeyEnv&quot;:&quot;STRIPE_SECRET_KEY&quot;}"></div>');
  add('Quoted-printable password-changed notice', `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nHello Marta,\n\nthe password for your account marta.keller was changed on 27 Nov 2026 at 1=\n0:12 (CET). If this wasn=E2=80=99t you, reset it at https://portal.corp.exa=\nmple/reset?ref=3D${hex(16)} and contact the service desk.\n`);
  add('Quoted-printable e-mail with a masked key (bullets)', `Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\nYour new restricted key was created: sk_live_=E2=80=A2=E2=80=A2=E2=80=A2=E2=\n=80=A2=E2=80=A2=E2=80=A2${r(ALNUM, 4)}\nThe full key is only shown once in the dashboard.\n`);
  add('E-mail headers with DKIM-Signature and ARC-Seal', `ARC-Seal: i=1; a=rsa-sha256; t=1795745523; cv=none; d=corp.example; s=arc-2026;\n\tb=${r(B64, 70)}\n\t ${r(B64, 70)}\n\t ${r(B64, 32)}==\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=corp.example; s=selector1;\n\th=from:to:subject:date:message-id; bh=${r(B64, 43)}=;\n\tb=${r(B64, 70)}\n\t ${r(B64, 70)}\n\t ${r(B64, 62)}==\nMessage-ID: <${uuid(r)}@mail.corp.example>`);

  // --- (4) JSON wrappers ------------------------------------------------------------------------------------------------
  add('Docker json-file log with escaped JSON and a [REDACTED] password', JSON.stringify({ log: `${JSON.stringify({ level: 'info', msg: 'login attempt', body: JSON.stringify({ email: 'l.moreau@corp.example', password: '[REDACTED]' }) })}\n`, stream: 'stdout', time: '2026-11-27T10:12:03.413207521Z' }));
  add('Escaped JSON event with request, trace and span ids', JSON.stringify({ message: JSON.stringify({ requestId: uuid(r), traceparent: `00-${hex(32)}-${hex(16)}-01`, etag: `W/"${hex(40)}"`, sessionHash: `sha256:${hex(64)}` }), level: 'info' }));
  add('API Gateway event with an empty password and context ids', JSON.stringify({ httpMethod: 'POST', path: '/login', requestContext: { requestId: uuid(r), extendedRequestId: `${r(ALNUM, 14)}=`, accountId: r(DIGITS, 12) }, body: JSON.stringify({ email: 'l.moreau@corp.example', password: '' }), isBase64Encoded: false }, null, 2));
  add('JWKS with a public RSA key only', JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', alg: 'RS256', kid: r(B64URL, 22), n: r(B64URL, 342), e: 'AQAB' }] }, null, 2));
  add('Jupyter notebook with getpass and environment lookups', JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 1, id: hex(8), metadata: {}, outputs: [], source: ['import os, getpass\n', 'api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")\n', 'client = OpenAI(api_key=api_key)'] }], metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } }, nbformat: 4, nbformat_minor: 5 }, null, 1));
  add('Jupyter notebook output with a base64 PNG plot', JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 4, id: hex(8), metadata: {}, outputs: [{ data: { 'image/png': `${png()}\n`, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] }, metadata: {}, output_type: 'display_data' }], source: ['df.plot(x="day", y="revenue")'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1));
  add('HAR entry with analytics cookies and no auth header', JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://shop.corp.example/', headers: [{ name: 'Accept', value: 'text/html' }], cookies: [{ name: '_ga', value: `GA1.2.${r(DIGITS, 10)}.${r(DIGITS, 10)}` }, { name: 'consent', value: 'analytics=1;marketing=0' }] }, response: { status: 200 } }] } }, null, 2));

  // --- (5) YAML, Terraform, TOML, properties, ini, .reg ------------------------------------------------------------------
  add('YAML literal block with authorized_keys', `users:\n  - name: deploy\n    ssh_authorized_keys: |\n      ssh-ed25519 ${sshEd25519Pub(r)} jdoe@laptop\n      ssh-rsa ${sshRsaPub(r)} ci@runner`);
  add('YAML literal block with a certificate chain', `tls:\n  ca_bundle: |\n    ${certPem().split('\n').join('\n    ')}\n    ${certPem().split('\n').join('\n    ')}`);
  add('YAML folded description mentioning tokens and passwords', 'description: >\n  Rotates the database password and the API token for the reporting\n  service every 30 days. The new values are written to Vault under\n  secret/reporting and never to this repository.');
  add('GitHub Actions run block using the secrets context', '      - name: Publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n        run: |\n          echo "//registry.npmjs.org/:_authToken=${NODE_AUTH_TOKEN}" > ~/.npmrc\n          npm publish --access public');
  add("YAML single-quoted harmless text with a doubled ''", "greeting: 'Welcome to O''Brien''s shop'\nfooter: 'It''s all on us: free shipping over 50 EUR'");
  add('Terraform heredoc with var and resource references', 'resource "aws_instance" "etl" {\n  user_data = <<-EOF\n    #!/bin/bash\n    export DB_PASSWORD="${random_password.etl.result}"\n    export API_KEY="${var.api_key}"\n    /opt/etl/bin/run --daily\n  EOF\n}');
  add('Terraform heredoc IAM policy', `resource "aws_iam_policy" "reports" {\n  name   = "reports-read"\n  policy = <<EOF\n{\n  "Version": "2012-10-17",\n  "Statement": [{\n    "Effect": "Allow",\n    "Action": ["s3:GetObject", "s3:ListBucket"],\n    "Resource": ["arn:aws:s3:::corp-reports-${r(DIGITS, 12)}", "arn:aws:s3:::corp-reports-${r(DIGITS, 12)}/*"]\n  }]\n}\nEOF\n}`);
  add('terraform plan output with (sensitive value)', '  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "shop-prod"\n      ~ password = (sensitive value)\n        username = "shop"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.');
  add('Terraform heredoc with an SSH public key for aws_key_pair', `resource "aws_key_pair" "deploy" {\n  key_name   = "deploy-2026"\n  public_key = <<-EOT\n    ssh-rsa ${sshRsaPub(r)} deploy@corp\n  EOT\n}`);
  add('Cargo.lock checksums', `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"`);
  add('TOML multi-line string with a public key', `[signing]\nalgorithm = "rsa-pss-sha256"\npublic_key = """\n${pem('PUBLIC KEY', spkiDer(r))}\n"""`);
  add('Cargo config using a credential provider', '[registry]\nglobal-credential-providers = ["cargo:token-from-stdout op read op://ci/crates-io/token"]\n\n[registries.corp]\nindex = "sparse+https://cargo.corp.example/index/"');
  add('Java .properties with ${} references and escaped colons', 'spring.datasource.url=jdbc\\:postgresql\\://pg01.corp.example\\:5432/app\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD\\:}\nmanagement.endpoints.web.exposure.include=health,info');
  add('Java .properties from Properties.store without secrets', '#Thu Nov 27 10:12:03 UTC 2026\napp.banner=Welcome\\! Orders ship in 2\\:00 h\nmail.smtp.host=smtp.corp.example\nmail.smtp.auth=false\nfeature.flags=a\\=on,b\\=off');
  add('.ini with an empty password and a password file', '[database]\nhost = db01.corp.example\nuser = backup\npassword =\npassword_file = /etc/backup/db.pass\n\n[schedule]\ncron = 0 2 * * *');
  add('.pypirc using keyring (no password)', '[distutils]\nindex-servers =\n    pypi\n    corp\n\n[pypi]\nusername = __token__\n\n[corp]\nrepository = https://pypi.corp.example/simple/\nusername = ci-publisher');
  add('odbc.ini DSN with integrated authentication', '[SalesDW]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:dw01.corp.example,1433\nDatabase=SalesDW\nTrusted_Connection=yes\nEncrypt=yes');
  add('.reg export with GUIDs and binary window placement', `Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Contoso\\Ledger\\{${uuid(r).toUpperCase()}}]\n"WindowPlacement"=hex:2c,00,00,00,00,00,00,00,01,00,00,00,ff,ff,ff,ff,ff,ff,ff,ff,\\\n  ff,ff,ff,ff,ff,ff,ff,ff,${Array.from({ length: 12 }, () => hex(2)).join(',')}\n"LastProject"="{${uuid(r).toUpperCase()}}"`);
  add('.reg export with an empty password and a hex(2) path', 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\jump01]\n"HostName"="jump01.corp.example"\n"ProxyUsername"=""\n"ProxyPassword"=""\n"PublicKeyFile"=hex(2):25,00,55,00,53,00,45,00,52,00,50,00,52,00,4f,00,46,00,49,00,4c,00,45,00,25,00,00,00');
  add('Makefile with $$ shell variable references', 'push:\n\t@echo "$$REGISTRY_PASSWORD" | docker login -u "$$REGISTRY_USER" --password-stdin $(REGISTRY)\n\tdocker push $(REGISTRY)/shop/api:$(VERSION)');
  add('docker-compose with ${VAR} and _FILE secrets', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n  api:\n    environment:\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?set it in .env}\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt');
  add('systemd unit with EnvironmentFile and LoadCredential', '[Service]\nEnvironmentFile=/etc/shipper/env\nLoadCredential=dd_api_key:/etc/credstore/dd_api_key\nExecStart=/usr/local/bin/shipper --api-key-file ${CREDENTIALS_DIRECTORY}/dd_api_key');

  // --- (6) diffs, chat, XML, SQL, CSV, COPY, multipart -----------------------------------------------------------------
  add('Unified diff removing a placeholder and adding an env reference', 'diff --git a/.env.production b/.env.production\nindex 3f2a9c1..8b7d0e4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,3 @@\n LOG_LEVEL=info\n-STRIPE_SECRET_KEY=sk_live_your_key_here\n+STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\n REDIS_URL=redis://cache:6379/0');
  add('Unified diff switching to 1Password references', '--- a/.env.tpl\n+++ b/.env.tpl\n@@ -1,3 +1,3 @@\n-DB_PASSWORD=changeme\n-OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx\n+DB_PASSWORD=op://Engineering/shop-db/password\n+OPENAI_API_KEY=op://Engineering/openai/credential\n APP_ENV=production');
  add('go.sum diff', `diff --git a/go.sum b/go.sum\n--- a/go.sum\n+++ b/go.sum\n@@ -41,6 +41,8 @@\n+github.com/aws/aws-sdk-go-v2 v1.32.5 h1:${r(B64, 43)}=\n+github.com/aws/aws-sdk-go-v2 v1.32.5/go.mod h1:${r(B64, 43)}=\n github.com/google/uuid v1.6.0 h1:${r(B64, 43)}=`);
  add('package-lock.json integrity diff', `@@ -1201,7 +1201,7 @@\n     "node_modules/undici": {\n-      "version": "6.21.0",\n-      "resolved": "https://registry.npmjs.org/undici/-/undici-6.21.0.tgz",\n-      "integrity": "sha512-${r(B64, 86)}==",\n+      "version": "6.21.1",\n+      "resolved": "https://registry.npmjs.org/undici/-/undici-6.21.1.tgz",\n+      "integrity": "sha512-${r(B64, 86)}==",`);
  add('Diff adding .env.example with empty values and .gitignore entries', 'diff --git a/.env.example b/.env.example\nnew file mode 100644\n--- /dev/null\n+++ b/.env.example\n@@ -0,0 +1,4 @@\n+DATABASE_URL=\n+STRIPE_SECRET_KEY=\n+SENDGRID_API_KEY=\n+SESSION_SECRET=\ndiff --git a/.gitignore b/.gitignore\n@@ -4,3 +4,4 @@ node_modules/\n+.env');
  add('git format-patch headers with commit ids and index lines', `From ${hex(40)} Mon Sep 17 00:00:00 2001\nFrom: Ana Ruiz <ana.ruiz@corp.example>\nDate: Thu, 27 Nov 2026 10:12:03 +0100\nSubject: [PATCH] docs: fix typo\n\nChange-Id: I${hex(40)}\n---\ndiff --git a/README.md b/README.md\nindex ${hex(7)}..${hex(7)} 100644\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-# Shop APi\n+# Shop API`);
  add('Chat code fence with a placeholder key', `**Jonas Weber** 10:42 AM\nset it like this and it works:\n${FENCE}bash\nexport OPENAI_API_KEY=sk-...\nexport ANTHROPIC_API_KEY=<your key>\n${FENCE}`);
  add('Chat message with a masked token', `[09:14] <mkeller> the runner shows \`ghp_************************************\` in the log, so masking works\n[09:15] <tbecker> good, and the old one is revoked`);
  add('XML CDATA script reading keys from the environment', '<job>\n  <script><![CDATA[\nconst key = process.env.SENDGRID_API_KEY;\nif (!key) throw new Error("SENDGRID_API_KEY missing");\n]]></script>\n</job>');
  add('SAML metadata with an X509Certificate', `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.corp.example/saml">\n  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n        <ds:X509Data><ds:X509Certificate>${certDer(r).toString('base64')}</ds:X509Certificate></ds:X509Data>\n      </ds:KeyInfo>\n    </md:KeyDescriptor>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>`);
  add('XML-DSig DigestValue and SignatureValue', `<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n  <ds:SignedInfo>\n    <ds:Reference URI="#_${hex(40)}">\n      <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>\n      <ds:DigestValue>${r(B64, 43)}=</ds:DigestValue>\n    </ds:Reference>\n  </ds:SignedInfo>\n  <ds:SignatureValue>${r(B64, 342)}==</ds:SignatureValue>\n</ds:Signature>`);
  add("SQL INSERT with bcrypt hashes and O''Brien", `INSERT INTO users (id, email, display_name, password_hash) VALUES\n  (1, 'sean@corp.example', 'Sean O''Brien', '${bcrypt()}'),\n  (2, 'ana@corp.example', 'Ana Ruiz', '${bcrypt()}');`);
  add('Postgres ALTER ROLE with a SCRAM verifier', `ALTER ROLE reporting WITH LOGIN PASSWORD 'SCRAM-SHA-256$4096:${r(B64, 22)}==$${r(B64, 43)}=:${r(B64, 43)}=';`);
  add('SQL with doubled quotes in a description and a NULL secret', "UPDATE integration_settings\n   SET config = NULL,\n       note = 'Disabled: the vendor''s key was revoked; ask ''#platform'' for a new one'\n WHERE provider = 'mailgun';");
  add('CSV password-manager export with the password column blank', 'name,url,username,password,extra\n"Corp VPN",https://vpn.corp.example,jdoe,,"Uses SSO since 2026-10\nno stored password"\n"Wiki",https://wiki.corp.example,jdoe,,');
  add('CSV with embedded newlines and doubled quotes, ids only', `ticket,customer_id,summary\nHD-20417,${uuid(r)},"Customer says ""the invoice total is wrong""\nsee attached screenshot"\nHD-20418,${uuid(r)},"Refund requested"`);
  add('Postgres COPY dump with argon2 hashes', `COPY public.users (id, email, password_hash, created_at) FROM stdin;\n1\tana@corp.example\t$argon2id$v=19$m=65536,t=3,p=4$${r(B64, 22)}$${r(B64, 43)}\t2026-03-02 09:14:07+00\n2\tsean@corp.example\t\\N\t2026-04-11 16:40:12+00\n\\.`);
  add('Postgres COPY audit log with uuids and sha256 checksums', `COPY public.file_audit (id, object_key, sha256, uploaded_by) FROM stdin;\n${uuid(r)}\tinvoices/2026/11/1142.pdf\t${hex(64)}\t${uuid(r)}\n${uuid(r)}\tinvoices/2026/11/1143.pdf\t${hex(64)}\t${uuid(r)}\n\\.`);
  {
    const boundary = `----WebKitFormBoundary${r(ALNUM, 16)}`;
    add('multipart image upload with a boundary and a CSRF field', `POST /profile/avatar HTTP/1.1\r\nHost: portal.corp.example\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\n\r\n--${boundary}\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n${r(B64URL, 43)}\r\n--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="me.png"\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${png()}\r\n--${boundary}--\r\n`);
  }

  // --- (7) scripts, code, logs, CI, OCR, misc ------------------------------------------------------------------------
  add('Shell here-doc writing credentials from environment variables', 'cat > ~/.aws/credentials <<EOF\n[default]\naws_access_key_id = ${AWS_ACCESS_KEY_ID}\naws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\nEOF');
  add('Shell here-doc with command substitution from pass', 'psql -h pg01.corp.example -U postgres <<SQL\nALTER ROLE grafana PASSWORD \'$(pass show db/grafana)\';\nSQL');
  add('Python concatenation from os.environ', 'DSN = (\n    "postgresql://analytics:"\n    + os.environ["WAREHOUSE_PASSWORD"]\n    + "@warehouse.corp.example:5432/analytics"\n)');
  add('JS template literal with a Bearer ${token}', "const token = await secrets.get('slack/bot');\nconst headers = {\n  Authorization: `Bearer ${token}`,\n};");
  add('logfmt line with a key fingerprint and last4', `ts=2026-11-27T10:12:03.412Z level=info msg="api key used" key_id=key_${r(ALNUM, 14)} key_last4=${r(ALNUM, 4)} fingerprint=sha256:${hex(64)} request_id=${uuid(r)}`);
  add('Jenkins log with all credentials masked', '[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASS or $DB_PASS\n[Pipeline] {\n[Pipeline] sh\n+ curl -fsS -u ci-deployer:**** https://nexus.corp.example/service/rest/v1/status\n+ psql postgresql://ci_migrator:****@pg-stage.corp.example:5432/app -c \'select 1\'\n[Pipeline] }');
  add('GitHub Actions log with *** masking', '2026-11-27T10:12:04.0010000Z ##[group]Run npm publish\n2026-11-27T10:12:04.0020000Z env:\n2026-11-27T10:12:04.0020000Z   NODE_AUTH_TOKEN: ***\n2026-11-27T10:12:04.0030000Z   NPM_CONFIG_USERCONFIG: /home/runner/work/_temp/.npmrc\n2026-11-27T10:12:04.0030000Z ##[endgroup]');
  add('GitHub Actions git extraheader masked', '[command]/usr/bin/git config --local http.https://github.com/.extraheader AUTHORIZATION: basic ***\n[command]/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin');
  add('OCR transcript of a login page with a bullet-masked password', 'Text from screenshot "login.png":\nSign in to Corp Portal\nEmail  marta.keller@corp.example\nPassword  ••••••••••••   [Show]\n[ Sign in ]   Forgot passwrd?');
  add('OCR of AWS console: access key id shown, secret hidden', `[Text extracted from screenshot]\nAccess keys (1)\nAccess key ID          Created        Last used     Status\nAKIA${r(AWS_ID, 16)}   2026-10-02    2 hours ago   Active\nSecret access key: can only be viewed when the key is created`);
  add('Git LFS pointer', `version https://git-lfs.github.com/spec/v1\noid sha256:${hex(64)}\nsize ${r(DIGITS, 7)}`);
  add('Compose file pinning images by digest', `services:\n  api:\n    image: ghcr.io/corp-example/shop-api@sha256:${hex(64)}\n  worker:\n    image: ghcr.io/corp-example/shop-worker@sha256:${hex(64)}`);
  add('.npmrc with an ${NPM_TOKEN} reference', '@corp:registry=https://npm.corp.example/\n//npm.corp.example/:_authToken=${NPM_TOKEN}\nalways-auth=true');
  add('Hashed known_hosts in a YAML block', `ssh_known_hosts: |\n  |1|${r(B64, 27)}=|${r(B64, 27)}= ecdsa-sha2-nistp256 ${sshEcdsaPub(r)}\n  |1|${r(B64, 27)}=|${r(B64, 27)}= ssh-ed25519 ${sshEd25519Pub(r)}`);
  add('Base64 data URI of harmless text', `<a download="readme.txt" href="data:text/plain;base64,${b64('Thanks for installing Shop Tools. Run `shop --help` to get started.\n')}">Download readme</a>`);
  add('SHA256SUMS file', `${hex(64)}  shop-cli_1.42.0_linux_amd64.tar.gz\n${hex(64)}  shop-cli_1.42.0_darwin_arm64.tar.gz\n${hex(64)}  shop-cli_1.42.0_windows_amd64.zip`);
  add('Terraform state with a null password and sensitive_attributes', JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 42, lineage: uuid(r), resources: [{ mode: 'managed', type: 'aws_db_instance', name: 'main', instances: [{ attributes: { id: 'shop-prod', username: 'shop', password: null, manage_master_user_password: true, master_user_secret: [{ kms_key_id: `arn:aws:kms:eu-central-1:${r(DIGITS, 12)}:key/${uuid(r)}`, secret_arn: `arn:aws:secretsmanager:eu-central-1:${r(DIGITS, 12)}:secret:rds!db-${uuid(r)}-${r(ALNUM, 6)}`, secret_status: 'active' }] }, sensitive_attributes: [[{ type: 'get_attr', value: 'password' }]] }] }] }, null, 2));

  return out;
}
