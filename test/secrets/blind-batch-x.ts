/**
 * Blind evaluation batch X for the secret/credential detector (2026-11-28).
 *
 * Written blind by a helper on 2026-11-28: without reading the detector, its patterns, its tests, the
 * other batches (beyond the file layout of batch V and the helpers of fixtures.ts) or any notes, and
 * without running it.
 *
 * Batch X is a HARD-NEGATIVE batch. It measures how often the scanner flags text that holds no credential
 * (a serious scanner should flag at most about 1% of the negatives), and, with a smaller set of positives
 * placed in the same kinds of records, that it does not go quiet on such text.
 *
 * Counts: 209 negatives, 45 positives.
 *
 * Negatives (realistic records: source code in many languages, config, logs, CI output, docs, chat, JSON API
 * responses, CSV exports, lockfiles, HTML), grouped as:
 * (A) content hashes and checksums: npm / yarn / pnpm integrity, go.sum `h1:`, Cargo.lock, pip `--hash`,
 *     poetry, composer references, Docker / OCI digests, git commit / tree SHAs, ETag / Content-MD5,
 *     SHA256SUMS, SRI, Gradle verification metadata, Nix narHash and store paths, Terraform lock hashes,
 *     Homebrew, pinned action SHAs, SwiftPM, mix.lock, Git LFS pointers;
 * (B) identifiers: UUIDs, ULIDs, KSUIDs, nanoids, Snowflakes, ObjectIds, Stripe / Twilio / Slack object ids,
 *     ARNs, CloudTrail request ids, traceparent, Kubernetes uids, idempotency keys, Azure subscription /
 *     tenant ids, Google OAuth client ids, container ids, project GUIDs, Xcode object ids, Drive file ids;
 * (C) public keys and public-by-design client keys: Stripe `pk_live_`, reCAPTCHA / hCaptcha / Turnstile site
 *     keys, Google Analytics / GTM ids, Algolia search-only key, Sentry DSN, PostHog `phc_`, Mapbox `pk.`,
 *     JWKS, certificates, PUBLIC KEY / PGP public blocks, SSH public keys, known_hosts, fingerprints,
 *     age recipients, WireGuard public keys, DKIM / site-verification TXT records, ACME challenges, onion
 *     address, Ethereum hashes, kubeconfig with CA data and exec plugin, docker credsStore, cosign output;
 * (D) encoded non-secret data: data URIs (PNG, GIF, SVG, woff2), protobuf dump, base64 event payloads,
 *     gzip+base64 blobs, source maps, JWT header alone, detached JWS, GraphQL ids and cursors, SAML
 *     requests, WebAuthn options;
 * (E) public cryptographic parameters: CSP nonces, OAuth state / nonce / PKCE challenge, webhook HMAC
 *     signatures, encryption envelopes (iv, tag, wrapped key), salts beside hashes, RFC test vectors,
 *     Vault audit HMACs, KMS ciphertext;
 * (F) hashed or encrypted secrets: bcrypt, argon2id, scrypt, PBKDF2, SHA-crypt / yescrypt, htpasswd, SCRAM,
 *     LDAP {SSHA}, ansible-vault, SOPS `ENC[...]`, SealedSecrets, Rails encrypted credentials, Jenkins
 *     `{AQAAAB...}`, Vault transit, Jasypt `ENC(...)`, Spring `{bcrypt}`, token tables holding digests;
 * (G) documentation / example / placeholder / masked values;
 * (H) template and secret-store references in ~20 syntaxes (`${{ secrets.X }}`, Helm, ERB, `%(x)s`,
 *     `$(X)`, `#{X}`, `@@X@@`, `{env:X}`, `${ssm:...}`, Vault templates, `vault:secret/...#key`, `op://`,
 *     Secrets Manager ARNs, Terraform refs, Jinja lookups, compose `${X:?}`, GitLab `$CI_JOB_TOKEN`,
 *     `secretKeyRef`, Jenkins `credentials()`, `@Microsoft.KeyVault(...)`, Mustache, systemd credentials,
 *     PowerShell SecretManagement);
 * (I) password policies, UI strings and translations; (J) code that handles secrets without holding one
 *     (many languages), minified JS and chunk hash maps; (K) random-looking business identifiers (SKUs, promo
 *     codes, tracking numbers, PNRs, VINs, serials, IBAN, SSIDs); (L) logs, CI output and chat without secrets.
 *
 * Positives: real-looking credentials in the same record types (a registry token in a diff beside lockfile
 * integrity lines, a password in an access log among request ids, a private key among public keys, a JWK
 * with `d` among public JWKs, a token in CI output between digests, a database URL in a JSON response full
 * of UUIDs, an admin key beside a search-only key, a secret key beside a site key, ...).
 *
 * Every key-like value is generated at run time from the seeded random source, in the vendor's shape as I
 * remember it. The AWS documentation example pair and the OpenAI key marker are assembled from parts; the
 * jwt.io demo token and the RFC 4231 outputs are computed with HMAC at run time.
 *
 * JUDGMENT CALLS:
 * - Public-by-design client values are NEGATIVES: Stripe publishable `pk_live_` keys, reCAPTCHA / hCaptcha /
 *   Turnstile SITE keys, Google Analytics / GTM / Ads ids, Google OAuth CLIENT ids, Sentry DSNs (the DSN key
 *   is a public ingest key), PostHog `phc_` project keys, Mapbox `pk.` tokens, Algolia SEARCH-ONLY keys next
 *   to an app id in frontend code.
 * - Firebase web config `apiKey` (`AIza...`) is a POSITIVE: the value has the same form as any Google API
 *   key, nothing in the text shows its restrictions, and other APIs can be enabled on the same project.
 * - The SECRET halves next to public halves are POSITIVES: Stripe `sk_live_` beside `pk_live_`, Algolia admin
 *   key beside the search key (both 32 hex; only the variable name tells them apart), reCAPTCHA secret key
 *   beside the site key (same shape), Google `GOCSPX-` client secret beside the client id.
 * - Stripe TEST-mode secret keys with random bodies (`sk_test_51...`) are POSITIVES (they authenticate to
 *   the API); test keys with obviously fake bodies (`sk_test_xxxx...`, `sk_test_REPLACE_ME`) are NEGATIVES.
 * - A password-reset email with a live one-time link is a POSITIVE (`secret` = the token parameter): until it
 *   is used or expires it lets the holder take over the account. The template with `{{ reset_url }}` is a
 *   NEGATIVE.
 * - A JWT whose `exp` lies in the past (2021) in an Authorization header is a POSITIVE: expiry read from the
 *   text is not proof of revocation and the string is a bearer token as written.
 * - The jwt.io demo token (signed with the published string "your-256-bit-secret") and AWS's documented
 *   example key pair (`...EXAMPLE`, `...EXAMPLEKEY`) are NEGATIVES (documentation examples).
 * - `.env.example` with empty values, `your-mail-password`, `change-me-in-production`, `sk_test_REPLACE_ME`
 *   and an all-`x` `ghp_` token is a NEGATIVE (placeholders, not credentials).
 * - Hashes and ciphertexts are NEGATIVES even under names like `password:` (bcrypt, argon2id, SCRAM verifiers,
 *   `{SSHA}`, SOPS `ENC[...]`, ansible-vault, SealedSecrets, KMS blobs, Jenkins `{AQAAAB...}`, Jasypt, Vault
 *   transit, Rails `.yml.enc`). NTLM hashes (usable for pass-the-hash) are deliberately not included.
 * - Signatures and nonces are NEGATIVES: webhook HMAC headers, Stripe-Signature, detached JWS, SAML request
 *   signatures, the Mailgun webhook `signature.token` (a per-event nonce), CSP nonces, OAuth `state`,
 *   `nonce` and PKCE `code_challenge`, WebAuthn challenges, Twilio `X-Twilio-Signature`.
 * - Identifiers that cannot be presented as credentials are NEGATIVES: Twilio account / message SIDs
 *   without the auth token, Slack team / channel / user ids, Stripe object ids, AWS account ids and ARNs,
 *   Azure subscription / tenant / client ids, Google Drive file ids, Vault lease ids, idempotency keys.
 * - Domain-verification strings published in DNS (google-site-verification, MS=, atlassian-domain-
 *   verification) and ACME challenge tokens are NEGATIVES (public by design).
 * - Published promo codes, tracking numbers, booking references, IBAN / VAT ids (PII, not credentials),
 *   serial numbers and Wi-Fi SSIDs are NEGATIVES. Gift-card codes (bearer value) are deliberately not used.
 * - Masked or truncated keys (`sk-proj-****abcd`, `ghp_****`, `********`, `(hidden)`, `(sensitive value)`,
 *   `***` in CI logs) are NEGATIVES.
 * - A Kubernetes Secret whose `data:` holds base64 of a real-looking password is a POSITIVE (`secret` = the
 *   base64 blob); one holding `<base64-encoded-password>` placeholders is a NEGATIVE.
 * - A kubeconfig's `certificate-authority-data` / `client-certificate-data` are public (NEGATIVE when alone);
 *   `client-key-data` is a POSITIVE (`secret` = the base64 blob).
 * - A Heroku API key is UUID-shaped; in `.netrc` under `machine api.heroku.com` it is a POSITIVE even though
 *   UUIDs elsewhere in the same text are ids.
 * - Spans: for user + password pairs `secret` is the password; for id + secret pairs the secret half; for a
 *   private-key block the whole block (for the GCP service-account JSON, the JSON-escaped block with its
 *   literal `\n` sequences); for a JWK the `d` value; for a Slack webhook the whole URL; for a Discord bot
 *   token the whole three-part token; for the Heroku `.netrc` the UUID (it appears twice).
 */
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
  positiveBatch,
  randomChars,
  ulid,
  uuid,
  crcToken,
  b64urlJson,
  randomBytes,
  type NegativeCase,
  type RandomChars,
  type SecretCase,
} from './fixtures.js';
import { createHmac } from 'node:crypto';

type R = RandomChars;

// --- shared helpers (all values come from the seeded source passed in) ---------------------------------------

/** `n` random bytes in standard base64 (with padding). */
const b64n = (r: R, n: number): string => randomBytes(r, n).toString('base64');
/** `n` random bytes in base64url (no padding). */
const b64u = (r: R, n: number): string => randomBytes(r, n).toString('base64url');
/** Split a string into lines of `w` characters. */
const wrap = (s: string, w = 64): string => s.match(new RegExp(`.{1,${w}}`, 'g'))!.join('\n');
/** A DER-looking blob (SEQUENCE with a two-byte length, so its base64 starts `MII`). */
function der(r: R, n: number): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x82, (n >> 8) & 0xff, n & 0xff]), randomBytes(r, n)]);
}
/** A PKCS#8 RSA-2048 private key: real header bytes, random body (base64 starts `MIIEvgIBADANBgkqhkiG9w0BAQEFAASC`). */
const pkcs8Rsa = (r: R): Buffer =>
  Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8', 'hex'), randomBytes(r, 1192)]);
/** A PKCS#1 RSA-2048 private key: real header bytes, random body (base64 starts `MIIEpAIBAAKCAQEA`). */
const pkcs1Rsa = (r: R): Buffer => Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), Buffer.from([0xc0 | (randomBytes(r, 1)[0]! & 0x3f)]), randomBytes(r, 1179)]);
const pem = (label: string, body: Buffer): string =>
  `-----BEGIN ${label}-----\n${wrap(body.toString('base64'))}\n-----END ${label}-----`;
/** An SSH wire-format string: uint32 length + data. */
function sshStr(d: Buffer | string): Buffer {
  const b = typeof d === 'string' ? Buffer.from(d, 'utf8') : d;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(b.length);
  return Buffer.concat([len, b]);
}
const ed25519Blob = (r: R): Buffer => Buffer.concat([sshStr('ssh-ed25519'), sshStr(randomBytes(r, 32))]);
const sshEd25519 = (r: R, comment: string): string => `ssh-ed25519 ${ed25519Blob(r).toString('base64')} ${comment}`;
function sshRsa(r: R, comment: string, bits = 3072): string {
  const n = Buffer.concat([Buffer.from([0x00, 0xc0 | (randomBytes(r, 1)[0]! & 0x3f)]), randomBytes(r, bits / 8 - 1)]);
  const blob = Buffer.concat([sshStr('ssh-rsa'), sshStr(Buffer.from([1, 0, 1])), sshStr(n)]);
  return `ssh-rsa ${blob.toString('base64')} ${comment}`;
}
function sshEcdsa(r: R, comment: string): string {
  const blob = Buffer.concat([
    sshStr('ecdsa-sha2-nistp256'),
    sshStr('nistp256'),
    sshStr(Buffer.concat([Buffer.from([4]), randomBytes(r, 64)])),
  ]);
  return `ecdsa-sha2-nistp256 ${blob.toString('base64')} ${comment}`;
}
/** An unencrypted OpenSSH ed25519 private key block (structure as written by ssh-keygen, random keys). */
function opensshPrivate(r: R, comment: string): string {
  const pub = randomBytes(r, 32);
  const check = randomBytes(r, 4);
  const pubBlob = Buffer.concat([sshStr('ssh-ed25519'), sshStr(pub)]);
  let priv = Buffer.concat([
    check,
    check,
    sshStr('ssh-ed25519'),
    sshStr(pub),
    sshStr(Buffer.concat([randomBytes(r, 32), pub])),
    sshStr(comment),
  ]);
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  priv = Buffer.concat([priv, Buffer.from(pad)]);
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshStr('none'),
    sshStr('none'),
    sshStr(''),
    Buffer.from([0, 0, 0, 1]),
    sshStr(pubBlob),
    sshStr(priv),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
/** An SSH SHA256 fingerprint (unpadded base64 of 32 bytes). */
const sshFp = (r: R): string => `SHA256:${b64n(r, 32).replace(/=+$/, '')}`;
/** A 32-byte X25519 / WireGuard key in base64. */
const wgKey = (r: R): string => b64n(r, 32);
/** A clamped X25519 private key in base64 (as `wg genkey` prints). */
function wgPrivate(r: R): string {
  const k = randomBytes(r, 32);
  k[0] = k[0]! & 248;
  k[31] = (k[31]! & 127) | 64;
  return k.toString('base64');
}
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const ageRecipient = (r: R): string => `age1${r(BECH32, 58)}`;
const ageIdentity = (r: R): string => `AGE-SECRET-KEY-1${r(BECH32.toUpperCase(), 58)}`;
/** Nix base32 alphabet (store path hashes). */
const NIX32 = '0123456789abcdfghijklmnpqrsvwxyz';

const sha1 = (r: R): string => r(HEXL, 40);
const sha256 = (r: R): string => r(HEXL, 64);
const sha512 = (r: R): string => r(HEXL, 128);
const md5 = (r: R): string => r(HEXL, 32);
const digest = (r: R): string => `sha256:${sha256(r)}`;
const sri512 = (r: R): string => `sha512-${b64n(r, 64)}`;
const sri384 = (r: R): string => `sha384-${b64n(r, 48)}`;
const sri256 = (r: R): string => `sha256-${b64n(r, 32)}`;
const h1 = (r: R): string => `h1:${b64n(r, 32)}`;
const objectId = (r: R): string => `6${r('5678', 1)}${r(HEXL, 22)}`;
const ksuid = (r: R): string => `2${r(ALNUM, 26)}`;
const nanoid = (r: R, n = 21): string => r(`${ALNUM}_-`, n);
const snowflake = (r: R): string => `1${r('0123', 1)}${r(DIGITS, 17)}`;
const bcryptHash = (r: R, cost = 12, v = '2b'): string => `$${v}$${String(cost).padStart(2, '0')}$${r(BCRYPT, 53)}`;
/** An n-digit decimal number without a leading zero. */
const num = (r: R, n: number): string => `${r('123456789', 1)}${r(DIGITS, n - 1)}`;
const argon2id = (r: R): string =>
  `$argon2id$v=19$m=65536,t=3,p=4$${b64n(r, 16).replace(/=+$/, '')}$${b64n(r, 32).replace(/=+$/, '')}`;
const sha512crypt = (r: R): string => `$6$${r(BCRYPT, 16)}$${r(BCRYPT, 86)}`;
const yescrypt = (r: R): string => `$y$j9T$${r(BCRYPT, 22)}$${r(BCRYPT, 43)}`;
const djangoPbkdf2 = (r: R): string => `pbkdf2_sha256$870000$${r(ALNUM, 22)}$${b64n(r, 32)}`;
const sopsEnc = (r: R, plainLen: number, type = 'str'): string =>
  `ENC[AES256_GCM,data:${b64n(r, plainLen)},iv:${b64n(r, 32)},tag:${b64n(r, 16)},type:${type}]`;
/** A gzip stream header followed by random deflate-looking bytes, in base64 (starts `H4sI`). */
const gzipB64 = (r: R, n: number): string =>
  Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]), randomBytes(r, n)]).toString('base64');
/** Ansible-vault payload: hexlify(salt \n hmac \n ciphertext), wrapped at 80. */
function ansibleVault(r: R, cipherBytes: number, indent = ''): string {
  const inner = `${r(HEXL, 64)}\n${r(HEXL, 64)}\n${r(HEXL, 2 * cipherBytes)}`;
  const outer = Buffer.from(inner, 'latin1').toString('hex');
  return `${indent}$ANSIBLE_VAULT;1.1;AES256\n${wrap(outer, 80)
    .split('\n')
    .map((l) => indent + l)
    .join('\n')}`;
}
/** An EC P-256 public JWK. */
const ecJwk = (r: R, kid: string): string =>
  `{"kty":"EC","crv":"P-256","kid":"${kid}","use":"sig","alg":"ES256","x":"${b64u(r, 32)}","y":"${b64u(r, 32)}"}`;

/** AWS's documentation example credentials, assembled from parts. */
const AWS_DOC_ID = ['AKIAIOSF', 'ODNN7', 'EXAMPLE'].join('');
const AWS_DOC_SECRET = ['wJalrXUtnFEMI', '/K7MDENG/', 'bPxRfiCY', 'EXAMPLEKEY'].join('');
/** The OpenAI project-key marker, assembled from parts. */
const OPENAI_MARK = ['T3Blbk', 'FJ'].join('');

const WORDS = [
  'amber',
  'basalt',
  'cobalt',
  'dune',
  'ember',
  'fjord',
  'glacier',
  'heron',
  'ivory',
  'juniper',
  'kestrel',
  'lichen',
  'mesa',
  'nectar',
  'onyx',
  'prairie',
] as const;

export function batchXPositives(seed = 'blind-x-positives'): SecretCase[] {
  const { r, add, out, word, cap } = positiveBatch(seed, WORDS);
  const hex = (n: number): string => r(HEXL, n);
  /** A made-up password with one symbol that is safe in YAML / JSON strings. */
  const pw = (): string => `${cap(word())}${r(ALNUM, 5)}${r('!#%*+=', 1)}${r(DIGITS, 3)}${r(LOWER, 2)}`;
  /** A made-up password using only URL-safe symbols. */
  const netpw = (): string => `${cap(word())}${r(DIGITS, 2)}${r('-_.', 1)}${r(ALNUM, 7)}`;
  const ts = (): string => `2026-11-28T${r('01', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}.${r(DIGITS, 3)}Z`;
  const stripe = (kind: string): string => `${kind}_51${r(ALNUM, 96)}`;

  // --- lockfiles and package-manager config ------------------------------------------------------------------
  add('diff adding .npmrc auth token beside package-lock integrity changes', crcToken(r, 'npm_'), (s) => `diff --git a/.npmrc b/.npmrc
new file mode 100644
index 0000000..${hex(7)}
--- /dev/null
+++ b/.npmrc
@@ -0,0 +1,2 @@
+@corp:registry=https://registry.npmjs.org/
+//registry.npmjs.org/:_authToken=${s}
diff --git a/package-lock.json b/package-lock.json
index ${hex(7)}..${hex(7)} 100644
--- a/package-lock.json
+++ b/package-lock.json
@@ -2104,9 +2104,9 @@
     "node_modules/@corp/ui-kit": {
-      "version": "4.11.2",
-      "resolved": "https://registry.npmjs.org/@corp/ui-kit/-/ui-kit-4.11.2.tgz",
-      "integrity": "${sri512(r)}",
+      "version": "4.12.0",
+      "resolved": "https://registry.npmjs.org/@corp/ui-kit/-/ui-kit-4.12.0.tgz",
+      "integrity": "${sri512(r)}",
       "license": "UNLICENSED",`);

  add('.yarnrc.yml Artifactory API key beside yarn.lock checksums', `AKCp${r(ALNUM, 69)}`, (s) => `==> .yarnrc.yml <==
nodeLinker: node-modules
npmRegistryServer: "https://corp.jfrog.io/artifactory/api/npm/npm-virtual/"
npmAlwaysAuth: true
npmAuthIdent: "ci-reader"
npmAuthToken: "${s}"

==> yarn.lock (excerpt) <==
"lodash@npm:^4.17.21":
  version: 4.17.21
  resolution: "lodash@npm:4.17.21"
  checksum: 10c0/${sha512(r)}
  languageName: node
  linkType: hard

"ms@npm:2.1.3":
  version: 2.1.3
  resolution: "ms@npm:2.1.3"
  checksum: 10c0/${sha512(r)}
  languageName: node
  linkType: hard`);

  add('Cargo credentials.toml token pasted with Cargo.lock entries', `cio${r(ALNUM, 32)}`, (s) => `$ cat ~/.cargo/credentials.toml Cargo.lock | head -20
[registry]
token = "${s}"
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 4

[[package]]
name = "aho-corasick"
version = "1.1.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256(r)}"
dependencies = [
 "memchr",
]

[[package]]
name = "anyhow"
version = "1.0.93"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256(r)}"`);

  add('pip.conf index URL password above hash-pinned requirements', netpw(), (s) => `# ---- /etc/pip.conf ----
[global]
index-url = https://build-bot:${s}@pypi.corp.example/simple/
timeout = 60

# ---- requirements.txt (pip-compile --generate-hashes) ----
certifi==2024.8.30 \\
    --hash=sha256:${sha256(r)} \\
    --hash=sha256:${sha256(r)}
    # via requests
idna==3.10 \\
    --hash=sha256:${sha256(r)} \\
    --hash=sha256:${sha256(r)}
    # via requests`);

  add('.netrc with GitHub app token for GOPRIVATE, next to go.sum', crcToken(r, 'ghs_'), (s) => `$ cat ~/.netrc
machine github.com
  login x-access-token
  password ${s}
$ go env GOPRIVATE
github.com/corp/*
$ tail -4 go.sum
github.com/corp/authz v0.14.2 ${h1(r)}
github.com/corp/authz v0.14.2/go.mod ${h1(r)}
golang.org/x/sync v0.9.0 ${h1(r)}
golang.org/x/sync v0.9.0/go.mod ${h1(r)}`);

  const webTag = hex(7);
  add('CI log: docker login with Docker Hub PAT between image digests', `dckr_pat_${r(B64URL, 27)}`, (s) => `#12 [build 4/7] RUN npm ci --omit=dev
#12 DONE 31.4s
#13 exporting to image
#13 exporting layers 2.8s done
#13 writing image ${digest(r)} done
#13 naming to docker.io/corp/web:${webTag} done
+ docker login -u corpci -p ${s} docker.io
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
+ docker push docker.io/corp/web:${webTag}
${hex(12)}: Pushed
${hex(12)}: Layer already exists
${webTag}: digest: ${digest(r)} size: 1993`);

  add('GitHub Actions log: remote URL with classic PAT between pinned action SHAs', crcToken(r, 'ghp_'), (s) => `2026-11-28T09:14:02.1184210Z ##[group]Run actions/checkout@${sha1(r)}
2026-11-28T09:14:02.1185012Z with:
2026-11-28T09:14:02.1185377Z   fetch-depth: 0
2026-11-28T09:14:02.1186003Z ##[endgroup]
2026-11-28T09:14:05.4471220Z HEAD is now at ${hex(7)} Merge pull request #4121 from corp/renovate/lockfile
2026-11-28T09:14:06.0012744Z ##[group]Run git remote set-url origin "https://ci-bot:${s}@github.com/corp/infra.git"
2026-11-28T09:14:06.0013311Z git remote set-url origin "https://ci-bot:${s}@github.com/corp/infra.git"
2026-11-28T09:14:06.0013906Z ##[endgroup]
2026-11-28T09:14:06.2210377Z ##[group]Run docker/setup-buildx-action@${sha1(r)}`);

  const pgHost = `pg-${r(LOWER, 6)}.db.corp.example`;
  add('JSON API response full of UUIDs with a database URL password', netpw(), (s) => `{
  "data": {
    "id": "${uuid(r)}",
    "type": "service_binding",
    "attributes": {
      "service_instance_id": "${uuid(r)}",
      "app_id": "${uuid(r)}",
      "created_at": "2026-11-28T09:14:07Z",
      "credentials": {
        "uri": "postgres://u_${r(LOWER + DIGITS, 12)}:${s}@${pgHost}:5432/d_${r(LOWER + DIGITS, 12)}",
        "host": "${pgHost}",
        "port": 5432
      }
    },
    "relationships": {
      "plan": { "data": { "id": "${uuid(r)}", "type": "plan" } }
    }
  },
  "meta": { "request_id": "${uuid(r)}" }
}`);

  add('access log with request ids and a password in the query string', netpw(), (s) => `10.40.2.17 - - [28/Nov/2026:09:14:07 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.31" rid=${uuid(r)}
10.40.7.93 - - [28/Nov/2026:09:14:07 +0000] "GET /static/app.${hex(8)}.js HTTP/1.1" 200 48213 "-" "Mozilla/5.0" rid=${uuid(r)}
203.0.113.24 - - [28/Nov/2026:09:14:08 +0000] "GET /legacy/login.cgi?user=kiosk07&password=${s}&next=%2Fdashboard HTTP/1.1" 302 0 "-" "curl/8.5.0" rid=${uuid(r)}
10.40.2.17 - - [28/Nov/2026:09:14:09 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.31" rid=${uuid(r)}`);

  // --- keys among public keys -----------------------------------------------------------------------------
  add('authorized_keys paste with an OpenSSH private key among public keys', opensshPrivate(r, `deploy@${word()}`), (s) => `Here's what's on the bastion right now (~/.ssh/authorized_keys), plus the key I generated for the runner:

${sshEd25519(r, 'alice@laptop')}
${sshRsa(r, 'bob@workstation')}
${sshEd25519(r, 'ci-runner-2026')}

${s}

Can someone add the runner's public half to the allow list?`);

  add('JWKS document where one key still carries its private d', b64u(r, 32), (s) => `{
  "keys": [
    ${ecJwk(r, `sig-2026-10`)},
    {"kty":"EC","crv":"P-256","kid":"sig-2026-11","use":"sig","alg":"ES256","x":"${b64u(r, 32)}","y":"${b64u(r, 32)}","d":"${s}"},
    {"kty":"RSA","kid":"legacy-rs","use":"sig","alg":"RS256","n":"${b64u(r, 256)}","e":"AQAB"}
  ]
}`);

  add('WireGuard config: PrivateKey among peer public keys', wgPrivate(r), (s) => `[Interface]
Address = 10.66.0.1/24
ListenPort = 51820
PrivateKey = ${s}

# laptop-alice
[Peer]
PublicKey = ${wgKey(r)}
AllowedIPs = 10.66.0.2/32

# laptop-bob
[Peer]
PublicKey = ${wgKey(r)}
AllowedIPs = 10.66.0.3/32

# office-gw
[Peer]
PublicKey = ${wgKey(r)}
Endpoint = gw.corp.example:51820
AllowedIPs = 10.10.0.0/16
PersistentKeepalive = 25`);

  add('age key file pasted beside .sops.yaml recipients', ageIdentity(r), (s) => `$ cat .sops.yaml
creation_rules:
  - path_regex: secrets/prod/.*\\.yaml$
    age: >-
      ${ageRecipient(r)},
      ${ageRecipient(r)}
$ cat ~/.config/sops/age/keys.txt
# created: 2026-11-28T09:14:07Z
# public key: ${ageRecipient(r)}
${s}`);

  add('SOPS file with one value left in clear (missed by encrypted_regex)', stripe('sk_live'), (s) => `database:
    user: ${sopsEnc(r, 8)}
    password: ${sopsEnc(r, 24)}
payments:
    stripe_key: ${s}
    webhook_tolerance: 300
sops:
    age:
        - recipient: ${ageRecipient(r)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${wrap(b64n(r, 190), 64).split('\n').join('\n            ')}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-28T09:14:07Z"
    mac: ${sopsEnc(r, 32)}
    encrypted_regex: ^(user|password|token)$
    version: 3.9.1`);

  add('Ansible group_vars: plain password beside !vault values', pw(), (s) => `---
# group_vars/db_servers.yml
postgres_version: 16
postgres_admin_password: !vault |
${ansibleVault(r, 32, '          ')}
postgres_replication_user: replicator
postgres_replication_password: "${s}"
pgbouncer_auth_hash: "md5${md5(r)}"`);

  add('docker-compose: Traefik bcrypt users and a plaintext admin password env', pw(), (s) => `services:
  traefik:
    image: traefik:v3.2@${digest(r)}
    labels:
      - "traefik.http.middlewares.auth.basicauth.users=admin:${bcryptHash(r, 5, '2y').replace(/\$/g, '$$$$')}"
  grafana:
    image: grafana/grafana:11.3.1@${digest(r)}
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "${s}"
      GF_SERVER_ROOT_URL: https://grafana.corp.example`);

  const k8sPw = netpw();
  add('kubectl get secret -o yaml: base64 password among uids', b64(k8sPw), (s) => `apiVersion: v1
data:
  password: ${s}
  username: ${b64('orders_app')}
kind: Secret
metadata:
  creationTimestamp: "2026-11-28T09:14:07Z"
  name: orders-db
  namespace: orders
  ownerReferences:
  - apiVersion: databases.corp.example/v1
    kind: PostgresUser
    name: orders-app
    uid: ${uuid(r)}
  resourceVersion: "${r(DIGITS, 9)}"
  uid: ${uuid(r)}
type: Opaque`);

  add('terraform.tfstate with an RDS password in attributes', pw(), (s) => `{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 214,
  "lineage": "${uuid(r)}",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "orders",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "schema_version": 2,
          "attributes": {
            "arn": "arn:aws:rds:eu-west-1:${r(DIGITS, 12)}:db:orders-prod",
            "engine": "postgres",
            "identifier": "orders-prod",
            "password": "${s}",
            "resource_id": "db-${r(UPPER + DIGITS, 26)}",
            "username": "orders_admin"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]
        }
      ]
    }
  ]
}`);

  add('CI debug env dump: AWS secret key among sha256 digests', r(B64, 40), (s) => `+ sha256sum dist/*.tar.gz
${sha256(r)}  dist/agent-linux-amd64.tar.gz
${sha256(r)}  dist/agent-linux-arm64.tar.gz
+ env | sort | grep -E '^(AWS|GIT|RUNNER)_'
AWS_ACCESS_KEY_ID=AKIA${r(AWS_ID, 16)}
AWS_DEFAULT_REGION=eu-west-1
AWS_SECRET_ACCESS_KEY=${s}
GIT_COMMIT=${sha1(r)}
RUNNER_TEMP=/home/runner/work/_temp
+ aws s3 cp dist/ s3://corp-releases/agent/ --recursive`);

  // --- chat, webhooks, SaaS keys ---------------------------------------------------------------------------
  add('Slack export JSON: bot token pasted in a message among ids', `xoxb-${r(DIGITS, 12)}-${r(DIGITS, 13)}-${r(ALNUM, 24)}`, (s) => `[
  {"type":"message","user":"U0${r(UPPER + DIGITS, 9)}","text":"deploy bot is failing auth again","ts":"1795860847.${r(DIGITS, 6)}","client_msg_id":"${uuid(r)}","team":"T0${r(UPPER + DIGITS, 8)}"},
  {"type":"message","user":"U0${r(UPPER + DIGITS, 9)}","text":"try this one, I just reinstalled the app: ${s}","ts":"1795860912.${r(DIGITS, 6)}","client_msg_id":"${uuid(r)}","team":"T0${r(UPPER + DIGITS, 8)}"},
  {"type":"message","subtype":"channel_join","user":"U0${r(UPPER + DIGITS, 9)}","text":"<@U0${r(UPPER + DIGITS, 9)}> has joined the channel","ts":"1795861001.${r(DIGITS, 6)}"}
]`);

  add('integration config JSON: Slack incoming webhook URL among ids', `https://hooks.slack.com/services/T0${r(UPPER + DIGITS, 8)}/B0${r(UPPER + DIGITS, 9)}/${r(ALNUM, 24)}`, (s) => `{
  "integrations": [
    {"id": "${uuid(r)}", "kind": "pagerduty", "service_id": "P${r(UPPER + DIGITS, 6)}", "enabled": true},
    {"id": "${uuid(r)}", "kind": "slack", "channel": "#alerts-prod", "webhook_url": "${s}", "enabled": true},
    {"id": "${uuid(r)}", "kind": "email", "to": ["oncall@corp.example"], "enabled": false}
  ],
  "etag": "W/\\"${hex(16)}\\""
}`);

  add('Stripe keys in .env: secret key beside publishable key', stripe('sk_live'), (s) => `# payments
STRIPE_PUBLISHABLE_KEY=${stripe('pk_live')}
STRIPE_SECRET_KEY=${s}
STRIPE_PRICE_PRO_MONTHLY=price_1Q${r(ALNUM, 22)}
STRIPE_PRICE_PRO_YEARLY=price_1Q${r(ALNUM, 22)}`);

  add('Stripe test-mode secret key with random body in test setup', stripe('sk_test'), (s) => `// tests/setup/stripe.ts
import Stripe from 'stripe';

export const stripe = new Stripe('${s}', {
  apiVersion: '2024-11-20.acacia',
});

export const TEST_CUSTOMER = 'cus_${r(ALNUM, 14)}';
export const TEST_PRICE = 'price_1Q${r(ALNUM, 22)}';`);

  add('Algolia admin key beside search-only key', hex(32), (s) => `# .env.production
NEXT_PUBLIC_ALGOLIA_APP_ID=${r(UPPER + DIGITS, 10)}
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=${hex(32)}
ALGOLIA_ADMIN_KEY=${s}
ALGOLIA_INDEX=products_prod`);

  add('Google OAuth client_secret.json: secret beside client id', `GOCSPX-${r(B64URL, 28)}`, (s) => `{"web":{"client_id":"${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com","project_id":"corp-portal-${r(DIGITS, 6)}","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"${s}","redirect_uris":["https://portal.corp.example/auth/google/callback"]}}`);

  const recaptcha = (): string => `6L${r('cdef', 1)}${r(`${ALNUM}_-`, 5)}AAAAA${r(`${ALNUM}_-`, 27)}`;
  add('reCAPTCHA secret key beside site key', recaptcha(), (s) => `RECAPTCHA_SITE_KEY=${recaptcha()}
RECAPTCHA_SECRET_KEY=${s}
RECAPTCHA_MIN_SCORE=0.5`);

  const fbProject = `corp-shop-${r(LOWER + DIGITS, 5)}`;
  const fbSender = r(DIGITS, 12);
  add('Firebase web config apiKey in index.html (judgment call: positive)', `AIza${r(`${ALNUM}_-`, 35)}`, (s) => `<script type="module">
  import { initializeApp } from "https://www.gstatic.com/firebasejs/11.0.2/firebase-app.js";
  const firebaseConfig = {
    apiKey: "${s}",
    authDomain: "${fbProject}.firebaseapp.com",
    projectId: "${fbProject}",
    storageBucket: "${fbProject}.firebasestorage.app",
    messagingSenderId: "${fbSender}",
    appId: "1:${fbSender}:web:${hex(22)}",
    measurementId: "G-${r(UPPER + DIGITS, 10)}"
  };
  initializeApp(firebaseConfig);
</script>`);

  const saKeyPem = pem('PRIVATE KEY', pkcs8Rsa(r)).replace(/\n/g, '\\n') + '\\n';
  add('GCP service-account JSON: private_key beside private_key_id', saKeyPem, (s) => `{
  "type": "service_account",
  "project_id": "corp-data-${r(DIGITS, 6)}",
  "private_key_id": "${sha1(r)}",
  "private_key": "${s}",
  "client_email": "etl-runner@corp-data.iam.gserviceaccount.com",
  "client_id": "${r(DIGITS, 21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}`);

  add('git log -p: commit adding an OpenAI key, among SHAs', `sk-proj-${r(B64URL, 74)}${OPENAI_MARK}${r(B64URL, 74)}`, (s) => `commit ${sha1(r)}
Author: Dana Ruiz <dana@corp.example>
Date:   Fri Nov 27 18:02:44 2026 +0100

    wire up summarizer

diff --git a/services/summarizer/.env b/services/summarizer/.env
index ${hex(7)}..${hex(7)} 100644
--- a/services/summarizer/.env
+++ b/services/summarizer/.env
@@ -1,3 +1,4 @@
 MODEL=gpt-4o-mini
 MAX_TOKENS=800
+OPENAI_API_KEY=${s}
 CACHE_DIR=/var/cache/summarizer

commit ${sha1(r)}
Merge: ${hex(7)} ${hex(7)}
Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>`);

  add('docker inspect: POSTGRES_PASSWORD in Env among digests', pw(), (s) => `[
    {
        "Id": "${sha256(r)}",
        "Created": "2026-11-28T09:14:07.118446Z",
        "Image": "${digest(r)}",
        "Config": {
            "Hostname": "${hex(12)}",
            "Env": [
                "POSTGRES_USER=analytics",
                "POSTGRES_PASSWORD=${s}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "GOSU_VERSION=1.17",
                "PG_MAJOR=16"
            ],
            "Image": "postgres:16@${digest(r)}"
        }
    }
]`);

  add('Jupyter notebook: Anthropic key in a cell beside a base64 PNG output', `sk-ant-api03-${r(B64URL, 93)}AA`, (s) => `{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "${hex(8)}",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjkuMiwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy8hTgPZAAAACXBIWXMAAA9hAAAPYQGoP6dpAA${r(B64, 600)}",
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "import anthropic\\n",
    "client = anthropic.Anthropic(api_key=\\"${s}\\")\\n",
    "resp = client.messages.create(model=\\"claude-sonnet-4-5\\", max_tokens=512, messages=msgs)"
   ]
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}`);

  add('minified JS bundle with a SendGrid key among hashed identifiers', `SG.${r(B64URL, 22)}.${r(B64URL, 43)}`, (s) => `"use strict";(self.webpackChunkcorp_web=self.webpackChunkcorp_web||[]).push([[${num(r, 3)}],{${num(r, 5)}:(e,t,n)=>{n.d(t,{Z:()=>o});var r=n(${num(r, 5)}),a=n.n(r),i={container:"Footer_container__${r(`${ALNUM}_-`, 5)}",link:"Footer_link__${r(`${ALNUM}_-`, 5)}"};const o=function(){return a().createElement("footer",{className:i.container})}},${num(r, 5)}:(e,t,n)=>{n.d(t,{s:()=>c});const c=async e=>fetch("https://api.sendgrid.com/v3/mail/send",{method:"POST",headers:{Authorization:"Bearer ${s}","Content-Type":"application/json"},body:JSON.stringify(e)})}}]);
//# sourceMappingURL=${num(r, 3)}.${hex(16)}.js.map`);

  add('source map sourcesContent holding a Mapbox secret token', `sk.${b64urlJson({ u: `corp${word()}`, a: `cm${r(LOWER + DIGITS, 23)}` })}.${r(B64URL, 22)}`, (s) => `{"version":3,"file":"tiles.${hex(8)}.js","sources":["webpack://corp-maps/./src/tiles/upload.ts"],"sourcesContent":["import { uploadTileset } from './api';\\n\\nconst MAPBOX_UPLOAD_TOKEN = '${s}';\\n\\nexport function publish(id: string) {\\n  return uploadTileset(id, MAPBOX_UPLOAD_TOKEN);\\n}\\n"],"names":["uploadTileset","MAPBOX_UPLOAD_TOKEN","publish","id"],"mappings":"${r(`${ALNUM}+/,;`, 180)}"}`);

  const discordId = snowflake(r);
  add('CSV export of bots with a Discord bot token column', `${Buffer.from(discordId).toString('base64').replace(/=+$/, '')}.${r(B64URL, 6)}.${r(B64URL, 38)}`, (s) => `bot_id,name,guild_id,created_at,token,status
${discordId},OrderNotifier,${snowflake(r)},2026-10-02T11:20:00Z,${s},active
${snowflake(r)},ModHelper,${snowflake(r)},2026-09-14T08:01:12Z,,revoked
${snowflake(r)},StandupBot,${snowflake(r)},2026-08-30T16:45:51Z,,revoked`);

  const sdkRef = sha1(r);
  add('composer auth.json github-oauth token beside composer.lock shasums', crcToken(r, 'gho_'), (s) => `$ cat auth.json
{
    "github-oauth": {
        "github.com": "${s}"
    }
}
$ jq '.packages[0]' composer.lock
{
    "name": "corp/billing-sdk",
    "version": "v3.4.1",
    "source": {"type": "git", "url": "https://github.com/corp/billing-sdk.git", "reference": "${sdkRef}"},
    "dist": {"type": "zip", "url": "https://api.github.com/repos/corp/billing-sdk/zipball/${sdkRef}", "reference": "${sdkRef}", "shasum": ""}
}`);

  add('GitLab CI log: clone URL with a personal access token among SHAs', `glpat-${r(`${ALNUM}_-`, 20)}`, (s) => `Running with gitlab-runner 17.5.3 (${hex(8)})
  on corp-runner-07 ${r(ALNUM, 8)}, system ID: s_${hex(12)}
Getting source from Git repository
Fetching changes with git depth set to 20...
Checking out ${hex(8)} as detached HEAD (ref is main)...
Skipping Git submodules setup
$ git clone https://deploy:${s}@gitlab.com/corp/helm-charts.git /tmp/charts
Cloning into '/tmp/charts'...
$ cd /tmp/charts && git rev-parse HEAD
${sha1(r)}`);

  add('vault login output: token beside token_accessor', `hvs.CAESI${r(B64URL, 86)}`, (s) => `$ vault login -method=oidc role=ops
Complete the login via your OIDC provider. Launching browser to:

    https://sso.corp.example/oauth2/v1/authorize?client_id=${r(ALNUM, 20)}&nonce=n_${r(ALNUM, 20)}&redirect_uri=http%3A%2F%2Flocalhost%3A8250%2Foidc%2Fcallback&response_type=code&scope=openid&state=st_${r(ALNUM, 20)}

Success! You are now authenticated. The token information displayed below
is already stored in the token helper. You do NOT need to run "vault login"
again. Future Vault requests will automatically use this token.

Key                  Value
---                  -----
token                ${s}
token_accessor       ${r(ALNUM, 24)}
token_duration       8h
token_renewable      true
token_policies       ["default" "ops"]
identity_policies    []
policies             ["default" "ops"]
token_meta_role      ops`);

  add('Slack chat: fine-grained PAT pasted among commit SHA talk', `github_pat_11${r(UPPER + DIGITS, 20)}_${r(ALNUM, 59)}`, (s) => `[09:12] maria: release branch is at ${hex(7)}, the revert is ${hex(7)}
[09:13] tom: CI still can't push tags. the old token expired last night
[09:14] maria: made a new one scoped to the repo, ${s}
[09:14] maria: expires in 90 days, I'll put it in the vault later
[09:15] tom: 👍 re-running job ${r(DIGITS, 10)}`);

  add('password reset email with a live one-time link (judgment call: positive)', b64u(r, 32), (s) => `From: Corp Accounts <no-reply@corp.example>
To: lena.hoffmann@example.org
Subject: Reset your password
Message-ID: <${uuid(r)}@mail.corp.example>

Hi Lena,

Someone (hopefully you) asked to reset the password for your Corp account.
Use the link below within 30 minutes:

https://accounts.corp.example/reset-password?uid=${r(DIGITS, 7)}&token=${s}

If you didn't ask for this, you can ignore this email; your password stays the same.`);

  const oldJwt = `${b64urlJson({ alg: 'HS256', typ: 'JWT' })}.${b64urlJson({ sub: `usr_${r(ALNUM, 12)}`, role: 'admin', iat: 1623715200, exp: 1623801600 })}.${b64u(r, 32)}`;
  add('log: Authorization header with an expired-looking JWT (judgment call: positive)', oldJwt, (s) => `{"ts":"${ts()}","level":"debug","msg":"outgoing request","trace_id":"${hex(32)}","span_id":"${hex(16)}","http":{"method":"POST","url":"https://admin-api.corp.example/v1/users/bulk","headers":{"Authorization":"Bearer ${s}","X-Request-Id":"${uuid(r)}","Idempotency-Key":"${uuid(r)}"}}}`);

  add('az CLI output: storage connection string AccountKey among subscription UUIDs', b64n(r, 64), (s) => `$ az storage account show-connection-string -g rg-data-prod -n corpdataprod${r(DIGITS, 3)} --subscription ${uuid(r)}
{
  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName=corpdataprod;AccountKey=${s}"
}
$ az account show --query "{id:id, tenantId:tenantId}"
{
  "id": "${uuid(r)}",
  "tenantId": "${uuid(r)}"
}`);

  const clientKeyPem = `${pem('RSA PRIVATE KEY', pkcs1Rsa(r))}\n`;
  add('kubeconfig: client-key-data beside certificate-authority-data', b64(clientKeyPem), (s) => `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${b64(`${pem('CERTIFICATE', der(r, 760))}\n`)}
    server: https://10.0.12.4:6443
  name: kind-ops
contexts:
- context:
    cluster: kind-ops
    user: kind-ops-admin
  name: kind-ops
current-context: kind-ops
kind: Config
users:
- name: kind-ops-admin
  user:
    client-certificate-data: ${b64(`${pem('CERTIFICATE', der(r, 780))}\n`)}
    client-key-data: ${s}`);

  add('.netrc Heroku API key (UUID-shaped) among UUID app ids', uuid(r), (s) => `$ heroku apps --json | jq -r '.[] | "\\(.id) \\(.name)"'
${uuid(r)} corp-web-prod
${uuid(r)} corp-web-staging
${uuid(r)} corp-worker-prod
$ cat ~/.netrc
machine api.heroku.com
  login ops@corp.example
  password ${s}
machine git.heroku.com
  login ops@corp.example
  password ${s}`);

  add('Datadog agent config: api_key beside package checksums', hex(32), (s) => `# /etc/datadog-agent/datadog.yaml
api_key: ${s}
site: datadoghq.eu
hostname: etl-worker-03
tags:
  - env:prod
  - team:data
# installed from datadog-agent_7.59.0-1_amd64.deb
#   sha256 ${sha256(r)}
#   md5    ${md5(r)}`);

  add('Twilio CSV: auth token beside account and message SIDs', hex(32), (s) => `account_sid,auth_token,friendly_name,last_message_sid,last_message_at
AC${hex(32)},${s},Corp Alerts,SM${hex(32)},2026-11-28T09:14:07Z`);

  return out;
}

export function batchXNegatives(seed = 'blind-x-negatives'): NegativeCase[] {
  const r = randomChars(seed);
  const out: NegativeCase[] = [];
  const add = (why: string, text: string): void => {
    out.push({ why, text });
  };
  const hex = (n: number): string => r(HEXL, n);
  const short = (): string => hex(7);
  const ts = (): string => `2026-11-28T${r('01', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}:${r('012345', 1)}${r(DIGITS, 1)}.${r(DIGITS, 3)}Z`;
  /** One AWS account for the whole batch (as in one company's records). */
  const ACCT = num(r, 12);

  // --- (A) content hashes and checksums ------------------------------------------------------------------
  add('package-lock.json entries with sha512 integrity', `    "node_modules/accepts": {
      "version": "1.3.8",
      "resolved": "https://registry.npmjs.org/accepts/-/accepts-1.3.8.tgz",
      "integrity": "${sri512(r)}",
      "dependencies": {
        "mime-types": "~2.1.34",
        "negotiator": "0.6.3"
      },
      "engines": {
        "node": ">= 0.6"
      }
    },
    "node_modules/array-flatten": {
      "version": "1.1.1",
      "resolved": "https://registry.npmjs.org/array-flatten/-/array-flatten-1.1.1.tgz",
      "integrity": "${sri512(r)}"
    },
    "node_modules/body-parser": {
      "version": "1.20.3",
      "resolved": "https://registry.npmjs.org/body-parser/-/body-parser-1.20.3.tgz",
      "integrity": "${sri512(r)}",
      "license": "MIT"
    },`);
  add('yarn.lock v1 entries with resolved hashes and integrity', `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.25.9":
  version "7.26.2"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.26.2.tgz#${sha1(r)}"
  integrity ${sri512(r)}
  dependencies:
    "@babel/helper-validator-identifier" "^7.25.9"
    js-tokens "^4.0.0"
    picocolors "^1.0.0"

js-tokens@^4.0.0:
  version "4.0.0"
  resolved "https://registry.yarnpkg.com/js-tokens/-/js-tokens-4.0.0.tgz#${sha1(r)}"
  integrity ${sri512(r)}`);
  add('pnpm-lock.yaml packages with resolution integrity', `lockfileVersion: '9.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

packages:

  '@esbuild/linux-x64@0.24.0':
    resolution: {integrity: ${sri512(r)}}
    engines: {node: '>=18'}
    cpu: [x64]
    os: [linux]

  '@types/node@22.9.3':
    resolution: {integrity: ${sri512(r)}}

  undici-types@6.19.8:
    resolution: {integrity: ${sri512(r)}}`);
  add('go.sum with h1: module hashes', [
    'cloud.google.com/go/compute/metadata v0.5.2',
    'github.com/cespare/xxhash/v2 v2.3.0',
    'github.com/google/uuid v1.6.0',
    'github.com/prometheus/client_golang v1.20.5',
    'golang.org/x/crypto v0.29.0',
    'golang.org/x/oauth2 v0.24.0',
    'google.golang.org/grpc v1.68.0',
  ]
    .flatMap((m) => [`${m} ${h1(r)}`, `${m.replace(/ (v\S+)$/, ' $1/go.mod')} ${h1(r)}`])
    .join('\n'));
  add('Cargo.lock with checksums', `[[package]]
name = "base64"
version = "0.22.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256(r)}"

[[package]]
name = "secrecy"
version = "0.10.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256(r)}"
dependencies = [
 "zeroize",
]

[[package]]
name = "zeroize"
version = "1.8.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${sha256(r)}"`);
  add('pip-compile requirements with --hash=sha256 pins', `#
# This file is autogenerated by pip-compile with Python 3.12
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
cryptography==43.0.3 \\
    --hash=sha256:${sha256(r)} \\
    --hash=sha256:${sha256(r)} \\
    --hash=sha256:${sha256(r)}
    # via
    #   -r requirements.in
    #   pyjwt
pyjwt[crypto]==2.10.0 \\
    --hash=sha256:${sha256(r)} \\
    --hash=sha256:${sha256(r)}
    # via -r requirements.in`);
  add('poetry.lock file hashes', `[[package]]
name = "keyring"
version = "25.5.0"
description = "Store and access your passwords safely."
optional = false
python-versions = ">=3.8"
files = [
    {file = "keyring-25.5.0-py3-none-any.whl", hash = "sha256:${sha256(r)}"},
    {file = "keyring-25.5.0.tar.gz", hash = "sha256:${sha256(r)}"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "${sha256(r)}"`);
  const jwtRef = sha1(r);
  add('composer.lock source references and dist shasum', `        {
            "name": "firebase/php-jwt",
            "version": "v6.10.1",
            "source": {
                "type": "git",
                "url": "https://github.com/firebase/php-jwt.git",
                "reference": "${jwtRef}"
            },
            "dist": {
                "type": "zip",
                "url": "https://api.github.com/repos/firebase/php-jwt/zipball/${jwtRef}",
                "reference": "${jwtRef}",
                "shasum": ""
            },
            "require": {
                "php": "^8.0"
            },
            "time": "2024-05-18T18:05:11+00:00"
        },`);
  add('docker pull output with image digest', `$ docker pull ghcr.io/corp/api:2026.11.3
2026.11.3: Pulling from corp/api
${hex(12)}: Already exists
${hex(12)}: Pull complete
${hex(12)}: Pull complete
${hex(12)}: Pull complete
Digest: ${digest(r)}
Status: Downloaded newer image for ghcr.io/corp/api:2026.11.3
ghcr.io/corp/api:2026.11.3`);
  add('pod status with imageID digests and containerID', `  containerStatuses:
  - containerID: containerd://${sha256(r)}
    image: ghcr.io/corp/api:2026.11.3
    imageID: ghcr.io/corp/api@${digest(r)}
    lastState: {}
    name: api
    ready: true
    restartCount: 0
    started: true
  - containerID: containerd://${sha256(r)}
    image: docker.io/envoyproxy/envoy:v1.32.1
    imageID: docker.io/envoyproxy/envoy@${digest(r)}
    name: envoy
    ready: true`);
  add('git log with full commit SHAs', `commit ${sha1(r)} (HEAD -> main, origin/main)
Author: Priya Natarajan <priya@corp.example>
Date:   Fri Nov 27 16:41:09 2026 +0000

    auth: rotate token signing key every 24h (no key material in repo)

commit ${sha1(r)}
Author: Jonas Weber <jonas@corp.example>
Date:   Fri Nov 27 11:02:55 2026 +0000

    fix(password-reset): expire reset tokens after first use

commit ${sha1(r)}
Merge: ${short()} ${short()}
Author: Priya Natarajan <priya@corp.example>
Date:   Thu Nov 26 09:30:12 2026 +0000

    Merge pull request #882 from corp/secret-scanning-config`);
  add('git cat-file of a tree with object ids', `$ git cat-file -p HEAD^{tree}
100644 blob ${sha1(r)}\t.gitignore
100644 blob ${sha1(r)}\t.env.example
040000 tree ${sha1(r)}\tcharts
100644 blob ${sha1(r)}\tgo.mod
100644 blob ${sha1(r)}\tgo.sum
040000 tree ${sha1(r)}\tinternal
100644 blob ${sha1(r)}\tsecrets.md`);
  add('HTTP response headers with ETag, Content-MD5 and amz ids', `HTTP/1.1 200 OK
x-amz-id-2: ${b64n(r, 54)}
x-amz-request-id: ${r(HEXU, 16)}
Date: Sat, 28 Nov 2026 09:14:07 GMT
Last-Modified: Thu, 26 Nov 2026 21:03:51 GMT
ETag: "${md5(r)}"
Content-MD5: ${b64n(r, 16)}
x-amz-server-side-encryption: AES256
x-amz-version-id: ${r(`${ALNUM}._`, 32)}
Accept-Ranges: bytes
Content-Type: application/gzip
Content-Length: 18402211`);
  add('SHA256SUMS release file', `${sha256(r)}  corpctl_2.4.0_darwin_amd64.tar.gz
${sha256(r)}  corpctl_2.4.0_darwin_arm64.tar.gz
${sha256(r)}  corpctl_2.4.0_linux_amd64.tar.gz
${sha256(r)}  corpctl_2.4.0_linux_arm64.tar.gz
${sha256(r)}  corpctl_2.4.0_windows_amd64.zip`);
  add('HTML with SRI integrity attributes', `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Status</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="${sri384(r)}" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="${sri384(r)}" crossorigin="anonymous" defer></script>
  <script src="/assets/app.${hex(8)}.js" integrity="${sri256(r)}" defer></script>
</head>`);
  add('Gradle verification-metadata.xml sha256 entries', `<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
      <component group="io.jsonwebtoken" name="jjwt-api" version="0.12.6">
         <artifact name="jjwt-api-0.12.6.jar">
            <sha256 value="${sha256(r)}" origin="Generated by Gradle"/>
         </artifact>
         <artifact name="jjwt-api-0.12.6.pom">
            <sha256 value="${sha256(r)}" origin="Generated by Gradle"/>
         </artifact>
      </component>
   </components>
</verification-metadata>`);
  add('Nix flake.lock narHash and revs', `{
  "nodes": {
    "nixpkgs": {
      "locked": {
        "lastModified": 1732521221,
        "narHash": "${sri256(r)}",
        "owner": "NixOS",
        "repo": "nixpkgs",
        "rev": "${sha1(r)}",
        "type": "github"
      },
      "original": { "owner": "NixOS", "ref": "nixos-24.11", "repo": "nixpkgs", "type": "github" }
    },
    "root": { "inputs": { "nixpkgs": "nixpkgs" } }
  },
  "root": "root",
  "version": 7
}`);
  add('Terraform .terraform.lock.hcl provider hashes', `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.78.0"
  constraints = "~> 5.70"
  hashes = [
    "${h1(r)}",
    "${h1(r)}",
    "zh:${sha256(r)}",
    "zh:${sha256(r)}",
    "zh:${sha256(r)}",
  ]
}`);
  add('Homebrew formula with url and sha256', `class Corpctl < Formula
  desc "Command-line client for the Corp platform"
  homepage "https://github.com/corp/corpctl"
  url "https://github.com/corp/corpctl/archive/refs/tags/v2.4.0.tar.gz"
  sha256 "${sha256(r)}"
  license "Apache-2.0"

  bottle do
    sha256 cellar: :any_skip_relocation, arm64_sequoia: "${sha256(r)}"
    sha256 cellar: :any_skip_relocation, x86_64_linux:  "${sha256(r)}"
  end

  depends_on "go" => :build
end`);
  add('aws s3api list-objects with ETags', `{
    "Contents": [
        {"Key": "exports/2026-11-27/orders.parquet", "LastModified": "2026-11-27T23:10:04+00:00", "ETag": "\\"${md5(r)}\\"", "Size": 88123122, "StorageClass": "STANDARD"},
        {"Key": "exports/2026-11-27/refunds.parquet", "LastModified": "2026-11-27T23:10:09+00:00", "ETag": "\\"${md5(r)}-12\\"", "Size": 190023331, "StorageClass": "STANDARD"},
        {"Key": "exports/2026-11-27/_SUCCESS", "LastModified": "2026-11-27T23:10:10+00:00", "ETag": "\\"d41d8cd98f00b204e9800998ecf8427e\\"", "Size": 0, "StorageClass": "STANDARD"}
    ],
    "RequestCharged": null
}`);
  add('OCI image manifest with layer digests', `{
  "schemaVersion": 2,
  "mediaType": "application/vnd.oci.image.manifest.v1+json",
  "config": {
    "mediaType": "application/vnd.oci.image.config.v1+json",
    "digest": "${digest(r)}",
    "size": 7023
  },
  "layers": [
    {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "${digest(r)}", "size": 3623807},
    {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "${digest(r)}", "size": 41211988},
    {"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": "${digest(r)}", "size": 1128}
  ],
  "annotations": {"org.opencontainers.image.revision": "${sha1(r)}"}
}`);
  add('GitHub workflow with actions pinned to commit SHAs and secret references', `name: release
on:
  push:
    tags: ['v*']
permissions:
  contents: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@${sha1(r)} # v4.2.2
      - uses: actions/setup-node@${sha1(r)} # v4.1.0
        with:
          node-version: 22
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
      - uses: sigstore/cosign-installer@${sha1(r)} # v3.7.0`);
  add('SwiftPM Package.resolved revisions', `{
  "originHash" : "${sha256(r)}",
  "pins" : [
    {
      "identity" : "keychainaccess",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/kishikawakatsumi/KeychainAccess.git",
      "state" : {
        "revision" : "${sha1(r)}",
        "version" : "4.2.2"
      }
    },
    {
      "identity" : "swift-crypto",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/apple/swift-crypto.git",
      "state" : {
        "revision" : "${sha1(r)}",
        "version" : "3.9.1"
      }
    }
  ],
  "version" : 3
}`);
  add('Elixir mix.lock with hex hashes', `%{
  "bcrypt_elixir": {:hex, :bcrypt_elixir, "3.2.0", "${sha256(r)}", [:make, :mix], [{:comeonin, "~> 5.3", [hex: :comeonin, repo: "hexpm", optional: false]}], "hexpm", "${sha256(r)}"},
  "jason": {:hex, :jason, "1.4.4", "${sha256(r)}", [:mix], [], "hexpm", "${sha256(r)}"},
  "joken": {:hex, :joken, "2.6.2", "${sha256(r)}", [:mix], [{:jose, "~> 1.11.10", [hex: :jose, repo: "hexpm", optional: false]}], "hexpm", "${sha256(r)}"},
}`);
  add('Git LFS pointer file', `version https://git-lfs.github.com/spec/v1
oid sha256:${sha256(r)}
size 48213377`);
  add('Nix store paths in build output', `these 3 derivations will be built:
  /nix/store/${r(NIX32, 32)}-corp-agent-2.4.0.drv
  /nix/store/${r(NIX32, 32)}-corp-agent-config.drv
  /nix/store/${r(NIX32, 32)}-system-path.drv
copying path '/nix/store/${r(NIX32, 32)}-openssl-3.3.2' from 'https://cache.nixos.org'...
building '/nix/store/${r(NIX32, 32)}-corp-agent-2.4.0.drv'...`);

  // --- (B) identifiers ---------------------------------------------------------------------------------------
  add('REST API list response full of UUIDs', `{
  "items": [
    {"id": "${uuid(r)}", "org_id": "${uuid(r)}", "name": "Nightly export", "token_scope": "read:exports", "created_by": "${uuid(r)}"},
    {"id": "${uuid(r)}", "org_id": "${uuid(r)}", "name": "Billing sync", "token_scope": "write:invoices", "created_by": "${uuid(r)}"}
  ],
  "next_cursor": null,
  "request_id": "${uuid(r)}"
}`);
  add('structured logs with ULID event ids', [0, 1, 2, 3]
    .map(() => `{"ts":"${ts()}","level":"info","event_id":"${ulid(r)}","correlation_id":"${ulid(r)}","msg":"password reset email queued","template":"reset_password_v3"}`)
    .join('\n'));
  add('KSUIDs in a job queue table', `  id                          | queue    | state     | attempts
------------------------------+----------+-----------+---------
 ${ksuid(r)} | mailers  | completed |        1
 ${ksuid(r)} | mailers  | retrying  |        3
 ${ksuid(r)} | webhooks | completed |        1
(3 rows)`);
  add('nanoid primary keys in a Prisma seed dump', `[
  { id: '${nanoid(r)}', email: 'ana@example.org', passwordHash: null, provider: 'github' },
  { id: '${nanoid(r)}', email: 'li.wei@example.org', passwordHash: null, provider: 'google' },
  { id: '${nanoid(r)}', email: 'sam@example.org', passwordHash: null, provider: 'saml' },
]`);
  add('Discord message JSON with snowflake ids', `{"id":"${snowflake(r)}","type":0,"content":"anyone know why the token refresh job is flaky?","channel_id":"${snowflake(r)}","author":{"id":"${snowflake(r)}","username":"kestrel","avatar":"${md5(r)}","discriminator":"0"},"timestamp":"2026-11-28T09:14:07.118000+00:00","mentions":[],"attachments":[],"guild_id":"${snowflake(r)}"}`);
  add('mongosh output with ObjectIds', `corp> db.api_tokens.find({ revoked: false }, { token_hash: 1, owner: 1 }).limit(2)
[
  {
    _id: ObjectId('${objectId(r)}'),
    owner: ObjectId('${objectId(r)}'),
    token_hash: '${sha256(r)}'
  },
  {
    _id: ObjectId('${objectId(r)}'),
    owner: ObjectId('${objectId(r)}'),
    token_hash: '${sha256(r)}'
  }
]`);
  add('Stripe object ids in a payments CSV export', `id,customer,payment_intent,invoice,subscription,price,amount,currency,status
ch_3Q${r(ALNUM, 22)},cus_${r(ALNUM, 14)},pi_3Q${r(ALNUM, 22)},in_1Q${r(ALNUM, 22)},sub_1Q${r(ALNUM, 22)},price_1Q${r(ALNUM, 22)},4900,eur,succeeded
ch_3Q${r(ALNUM, 22)},cus_${r(ALNUM, 14)},pi_3Q${r(ALNUM, 22)},in_1Q${r(ALNUM, 22)},sub_1Q${r(ALNUM, 22)},price_1Q${r(ALNUM, 22)},1900,eur,refunded
ch_3Q${r(ALNUM, 22)},cus_${r(ALNUM, 14)},pi_3Q${r(ALNUM, 22)},in_1Q${r(ALNUM, 22)},sub_1Q${r(ALNUM, 22)},price_1Q${r(ALNUM, 22)},4900,eur,succeeded`);
  add('Twilio status callback with message SID (no auth token)', `POST /twilio/status HTTP/1.1
Host: hooks.corp.example
Content-Type: application/x-www-form-urlencoded
X-Twilio-Signature: ${b64n(r, 20)}
I-Twilio-Idempotency-Token: ${uuid(r)}

SmsSid=SM${hex(32)}&SmsStatus=delivered&MessageStatus=delivered&To=%2B4915112345678&MessagingServiceSid=MG${hex(32)}&MessageSid=SM${hex(32)}&From=%2B14155550100&ApiVersion=2010-04-01`);
  add('Slack events payload with team, channel and user ids', `{"token_deprecated":null,"team_id":"T0${r(UPPER + DIGITS, 8)}","api_app_id":"A0${r(UPPER + DIGITS, 9)}","event":{"type":"message","channel":"C0${r(UPPER + DIGITS, 9)}","user":"U0${r(UPPER + DIGITS, 9)}","text":"who owns the secrets rotation runbook?","ts":"1795860847.${r(DIGITS, 6)}","event_ts":"1795860847.${r(DIGITS, 6)}","channel_type":"channel"},"type":"event_callback","event_id":"Ev0${r(UPPER + DIGITS, 9)}","event_time":1795860847}`);
  add('CloudTrail event with ARNs and request ids', `{
  "eventVersion": "1.10",
  "userIdentity": {
    "type": "AssumedRole",
    "principalId": "AROA${r(AWS_ID, 17)}:ci-deploy",
    "arn": "arn:aws:sts::${ACCT}:assumed-role/ci-deploy/ci-deploy",
    "accountId": "${ACCT}"
  },
  "eventTime": "2026-11-28T09:14:07Z",
  "eventSource": "secretsmanager.amazonaws.com",
  "eventName": "GetSecretValue",
  "awsRegion": "eu-west-1",
  "requestParameters": {"secretId": "arn:aws:secretsmanager:eu-west-1:${ACCT}:secret:prod/orders/db-${r(ALNUM, 6)}"},
  "responseElements": null,
  "requestID": "${uuid(r)}",
  "eventID": "${uuid(r)}",
  "readOnly": true,
  "eventType": "AwsApiCall"
}`);
  add('IAM policy document with resource ARNs', `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadDbSecret",
      "Effect": "Allow",
      "Action": ["secretsmanager:GetSecretValue", "kms:Decrypt"],
      "Resource": [
        "arn:aws:secretsmanager:eu-west-1:${ACCT}:secret:prod/orders/db-*",
        "arn:aws:kms:eu-west-1:${ACCT}:key/${uuid(r)}"
      ]
    }
  ]
}`);
  add('traceparent and request id headers in an HTTP dump', `GET /v1/accounts/me HTTP/1.1
Host: api.corp.example
traceparent: 00-${hex(32)}-${hex(16)}-01
tracestate: corp=${hex(16)}
X-Request-ID: ${uuid(r)}
X-Correlation-ID: ${ulid(r)}
Authorization: Bearer [REDACTED]
Accept: application/json`);
  add('Kubernetes object metadata with uids', `metadata:
  annotations:
    deployment.kubernetes.io/revision: "17"
  creationTimestamp: "2026-10-02T08:11:54Z"
  generation: 17
  labels:
    app.kubernetes.io/name: token-service
    pod-template-hash: ${r(LOWER + DIGITS, 10)}
  name: token-service-${r(LOWER + DIGITS, 10)}
  namespace: auth
  ownerReferences:
  - apiVersion: apps/v1
    blockOwnerDeletion: true
    controller: true
    kind: Deployment
    name: token-service
    uid: ${uuid(r)}
  resourceVersion: "${r(DIGITS, 9)}"
  uid: ${uuid(r)}`);
  add('curl with Idempotency-Key header', `curl https://api.corp.example/v1/payouts \\
  -H "Authorization: Bearer $CORP_API_TOKEN" \\
  -H "Idempotency-Key: ${uuid(r)}" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 125000, "currency": "eur", "destination": "ba_${r(ALNUM, 24)}"}'`);
  add('az account list with subscription, tenant and client ids', `[
  {
    "cloudName": "AzureCloud",
    "homeTenantId": "${uuid(r)}",
    "id": "${uuid(r)}",
    "isDefault": true,
    "name": "corp-prod",
    "state": "Enabled",
    "tenantId": "${uuid(r)}",
    "user": {
      "name": "${uuid(r)}",
      "type": "servicePrincipal"
    }
  }
]`);
  add('Google OAuth client id in a SPA config (public by design)', `export const authConfig = {
  clientId: '${r(DIGITS, 12)}-${r(LOWER + DIGITS, 32)}.apps.googleusercontent.com',
  redirectUri: window.location.origin + '/auth/callback',
  scope: 'openid email profile',
  responseType: 'code',
  usePkce: true,
};`);
  add('docker ps with container ids', `CONTAINER ID   IMAGE                        COMMAND                  CREATED        STATUS                  PORTS                    NAMES
${hex(12)}   postgres:16                  "docker-entrypoint.s…"   2 hours ago    Up 2 hours (healthy)    0.0.0.0:5432->5432/tcp   dev-db-1
${hex(12)}   hashicorp/vault:1.18         "docker-entrypoint.s…"   2 hours ago    Up 2 hours              0.0.0.0:8200->8200/tcp   dev-vault-1
${hex(12)}   redis:7.4                    "docker-entrypoint.s…"   2 hours ago    Up 2 hours              6379/tcp                 dev-cache-1`);
  add('Visual Studio solution with project GUIDs', `Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
Project("{${uuid(r).toUpperCase()}}") = "Corp.Auth", "src\\Corp.Auth\\Corp.Auth.csproj", "{${uuid(r).toUpperCase()}}"
EndProject
Project("{${uuid(r).toUpperCase()}}") = "Corp.Auth.Tests", "tests\\Corp.Auth.Tests\\Corp.Auth.Tests.csproj", "{${uuid(r).toUpperCase()}}"
EndProject
Global
	GlobalSection(SolutionProperties) = preSolution
		HideSolutionNode = FALSE
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {${uuid(r).toUpperCase()}}
	EndGlobalSection
EndGlobal`);
  add('Xcode project.pbxproj object ids', `/* Begin PBXBuildFile section */
		${r(HEXU, 24)} /* KeychainStore.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${r(HEXU, 24)} /* KeychainStore.swift */; };
		${r(HEXU, 24)} /* PasswordField.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${r(HEXU, 24)} /* PasswordField.swift */; };
		${r(HEXU, 24)} /* Assets.xcassets in Resources */ = {isa = PBXBuildFile; fileRef = ${r(HEXU, 24)} /* Assets.xcassets */; };
/* End PBXBuildFile section */`);
  add('Google Docs and Drive links with file ids', `Meeting notes: https://docs.google.com/document/d/1${r(`${ALNUM}_-`, 43)}/edit?usp=sharing
Threat model: https://docs.google.com/spreadsheets/d/1${r(`${ALNUM}_-`, 43)}/edit#gid=${r(DIGITS, 9)}
Recording: https://drive.google.com/file/d/1${r(`${ALNUM}_-`, 32)}/view`);
  add('Jira ticket referencing key ids by name only', `SEC-2291: Rotate the signing key used by token-service
Status: In Progress   Priority: High   Assignee: Priya Natarajan
Description:
The JWKS currently publishes kid "sig-2026-10" (thumbprint ${b64u(r, 32)}). Generate the next key in KMS
(key id ${uuid(r)}), publish it as "sig-2026-12", wait 48h for caches, then switch signing.
No key material goes in this ticket.`);
  add('Mailgun delivery webhook with message and event ids', `{"signature":{"timestamp":"1795860847","token":"${hex(50)}","signature":"${sha256(r)}"},"event-data":{"id":"${r(`${ALNUM}-`, 22)}","event":"delivered","message":{"headers":{"message-id":"${r(DIGITS, 14)}.${hex(16)}@mg.corp.example","subject":"Your password was changed"}},"recipient":"ana@example.org","timestamp":1795860847.118}}`);
  // --- (C) public keys, public-by-design client keys, certificates ------------------------------------------
  add('Stripe publishable key in checkout page (public by design)', `<script src="https://js.stripe.com/v3/"></script>
<script>
  const stripe = Stripe('pk_live_51${r(ALNUM, 96)}');
  const elements = stripe.elements({ clientSecret: window.__CHECKOUT__.clientSecret });
</script>`);
  add('reCAPTCHA site key in a signup form (public by design)', `<form action="/signup" method="post">
  <label>Email <input type="email" name="email" required></label>
  <label>Password <input type="password" name="password" minlength="12" autocomplete="new-password" required></label>
  <div class="g-recaptcha" data-sitekey="6L${r('cdef', 1)}${r(`${ALNUM}_-`, 5)}AAAAA${r(`${ALNUM}_-`, 27)}"></div>
  <button type="submit">Create account</button>
</form>`);
  add('Google Analytics, GTM and Ads ids in a page head', `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r(UPPER + DIGITS, 10)}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-${r(UPPER + DIGITS, 10)}');
  gtag('config', 'AW-${r(DIGITS, 10)}');
  gtag('config', 'UA-${r(DIGITS, 8)}-1');
</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-${r(UPPER + DIGITS, 7)}');</script>`);
  add('Algolia search-only key with app id in frontend (judgment call: search-only keys are public)', `import algoliasearch from 'algoliasearch/lite';

// Search-only key: safe to expose, it can only query the public index.
const searchClient = algoliasearch('${r(UPPER + DIGITS, 10)}', '${hex(32)}');
const index = searchClient.initIndex('docs_prod');`);
  add('Sentry browser DSN (public client key by design)', `Sentry.init({
  dsn: "https://${hex(32)}@o${r(DIGITS, 6)}.ingest.de.sentry.io/${r(DIGITS, 16)}",
  release: "corp-web@${sha1(r)}",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
});`);
  add('PostHog project key phc_ in frontend (public by design)', `posthog.init('phc_${r(ALNUM, 43)}', {
    api_host: 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    mask_all_text: true,
})`);
  add('hCaptcha and Turnstile site keys in widget markup (public by design)', `<div class="h-captcha" data-sitekey="${uuid(r)}"></div>
<div class="cf-turnstile" data-sitekey="0x4AAAAAAA${r(`${ALNUM}_-`, 14)}" data-theme="light"></div>`);
  add('Mapbox public token in a map page', `mapboxgl.accessToken = 'pk.${b64urlJson({ u: 'corpmaps', a: `cm${r(LOWER + DIGITS, 23)}` })}.${r(`${ALNUM}_-`, 22)}';
const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [13.40, 52.52], zoom: 11 });`);
  add('OpenID JWKS endpoint response', `{"keys":[{"kty":"RSA","use":"sig","kid":"${b64u(r, 32)}","x5t":"${b64u(r, 20)}","n":"${b64u(r, 256)}","e":"AQAB","x5c":["${der(r, 700).toString('base64')}"],"alg":"RS256"},${ecJwk(r, b64u(r, 16))}]}`);
  add('PEM certificate chain (fullchain.pem)', `${pem('CERTIFICATE', der(r, 1290))}
${pem('CERTIFICATE', der(r, 1300))}`);
  add('PEM public key in a config', `jwt:
  issuer: https://auth.corp.example
  audience: corp-api
  public_key: |
    ${pem('PUBLIC KEY', Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), randomBytes(r, 256), Buffer.from('0203010001', 'hex')])).split('\n').join('\n    ')}`);
  add('PGP public key block in a security.txt companion', `-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@corp.example (2026)

${wrap(Buffer.concat([Buffer.from([0x98, 0x33, 0x04]), randomBytes(r, 560)]).toString('base64'))}
=${b64n(r, 3)}
-----END PGP PUBLIC KEY BLOCK-----`);
  add('authorized_keys with ed25519, rsa and ecdsa public keys', `# managed by ansible - do not edit
${sshEd25519(r, 'priya@corp-laptop')}
${sshRsa(r, 'jonas@build-01')}
${sshEcdsa(r, 'yubikey-5c')}
from="10.40.0.0/16",command="/usr/local/bin/backup-only",no-pty ${sshEd25519(r, 'backup@nas')}`);
  add('known_hosts with hashed host names', `|1|${b64n(r, 20)}|${b64n(r, 20)} ssh-ed25519 ${ed25519Blob(r).toString('base64')}
|1|${b64n(r, 20)}|${b64n(r, 20)} ${sshEcdsa(r, '').trim()}
github.com ${sshEd25519(r, '').trim()}`);
  add('ssh-keygen output with fingerprint and randomart', `$ ssh-keygen -t ed25519 -C "deploy@ci" -f ./deploy_key -N ""
Generating public/private ed25519 key pair.
Your identification has been saved in ./deploy_key
Your public key has been saved in ./deploy_key.pub
The key fingerprint is:
${sshFp(r)} deploy@ci
The key's randomart image is:
+--[ED25519 256]--+
|      .o+=*B=.   |
|       o.+*o=o   |
|      . +.oB+ .  |
|       o o=o.o   |
|        S .+o.   |
|         .o=..   |
|         .=.E    |
|        .=+o     |
|        .+*.     |
+----[SHA256]-----+`);
  add('sshd auth log with key fingerprints and failed password attempts', `Nov 28 09:14:07 bastion sshd[41822]: Failed password for invalid user admin from 198.51.100.23 port 51812 ssh2
Nov 28 09:14:09 bastion sshd[41822]: Failed password for invalid user admin from 198.51.100.23 port 51812 ssh2
Nov 28 09:14:11 bastion sshd[41822]: Connection closed by invalid user admin 198.51.100.23 port 51812 [preauth]
Nov 28 09:15:30 bastion sshd[41840]: Accepted publickey for deploy from 10.40.2.17 port 40112 ssh2: ED25519 ${sshFp(r)}
Nov 28 09:15:30 bastion sshd[41840]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)`);
  add('.sops.yaml with age recipients only', `creation_rules:
  - path_regex: secrets/staging/.*
    age: ${ageRecipient(r)}
  - path_regex: secrets/prod/.*
    age: >-
      ${ageRecipient(r)},
      ${ageRecipient(r)},
      ${ageRecipient(r)}`);
  add('wg show output (private key hidden, public keys only)', `interface: wg0
  public key: ${wgKey(r)}
  private key: (hidden)
  listening port: 51820

peer: ${wgKey(r)}
  endpoint: 198.51.100.40:51820
  allowed ips: 10.66.0.2/32
  latest handshake: 41 seconds ago
  transfer: 1.22 GiB received, 311.40 MiB sent

peer: ${wgKey(r)}
  allowed ips: 10.66.0.3/32
  latest handshake: 3 minutes, 2 seconds ago`);
  add('WireGuard client config template with private key left to the user', `[Interface]
# Generate with: wg genkey | tee privatekey | wg pubkey > publickey
PrivateKey = <paste your private key here>
Address = 10.66.0.14/32
DNS = 10.66.0.1

[Peer]
PublicKey = ${wgKey(r)}
Endpoint = vpn.corp.example:51820
AllowedIPs = 10.0.0.0/8`);
  add('DKIM and SPF DNS records', `$ dig +short TXT s1._domainkey.corp.example
"v=DKIM1; k=rsa; p=${Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f003082010a0282010100', 'hex'), randomBytes(r, 256), Buffer.from('0203010001', 'hex')]).toString('base64')}"
$ dig +short TXT corp.example
"v=spf1 include:_spf.google.com include:mailgun.org ~all"
"google-site-verification=${r(`${ALNUM}_-`, 43)}"
"MS=ms${r(DIGITS, 8)}"
"atlassian-domain-verification=${r(`${ALNUM}+/`, 64)}"`);
  add('ACME challenge in nginx access log', `66.133.109.36 - - [28/Nov/2026:09:14:07 +0000] "GET /.well-known/acme-challenge/${r(`${ALNUM}_-`, 43)} HTTP/1.1" 200 87 "-" "Mozilla/5.0 (compatible; Let's Encrypt validation server; +https://www.letsencrypt.org)"
$ dig +short TXT _acme-challenge.corp.example
"${r(`${ALNUM}_-`, 43)}"`);
  add('Tor onion address in a docs page', `Our status page is also reachable over Tor at
http://${r('abcdefghijklmnopqrstuvwxyz234567', 55)}d.onion/ (verify the address against our PGP-signed announcement).`);
  add('Ethereum transaction receipt with hashes and addresses', `{
  "blockHash": "0x${sha256(r)}",
  "blockNumber": "0x${hex(7)}",
  "from": "0x${hex(40)}",
  "to": "0x${hex(40)}",
  "transactionHash": "0x${sha256(r)}",
  "logs": [{"topics": ["0x${sha256(r)}", "0x000000000000000000000000${hex(40)}"], "data": "0x${hex(64)}"}],
  "status": "0x1",
  "gasUsed": "0xb411"
}`);
  add('openssl x509 text output with fingerprints and serial', `$ openssl x509 -in api.crt -noout -subject -issuer -serial -fingerprint -sha256
subject=CN=api.corp.example
issuer=C=US, O=Let's Encrypt, CN=R11
serial=${r(HEXU, 36)}
sha256 Fingerprint=${Array.from({ length: 32 }, () => r(HEXU, 2)).join(':')}
$ openssl x509 -in api.crt -noout -ext subjectKeyIdentifier
X509v3 Subject Key Identifier:
    ${Array.from({ length: 20 }, () => r(HEXU, 2)).join(':')}`);
  add('kubeconfig with exec credential plugin and CA data only', `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: ${b64(`${pem('CERTIFICATE', der(r, 780))}\n`)}
    server: https://${r(HEXU, 32)}.gr7.eu-west-1.eks.amazonaws.com
  name: arn:aws:eks:eu-west-1:${ACCT}:cluster/prod
contexts:
- context:
    cluster: arn:aws:eks:eu-west-1:${ACCT}:cluster/prod
    user: arn:aws:eks:eu-west-1:${ACCT}:cluster/prod
  name: prod
current-context: prod
kind: Config
users:
- name: arn:aws:eks:eu-west-1:${ACCT}:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["--region", "eu-west-1", "eks", "get-token", "--cluster-name", "prod", "--output", "json"]`);
  add('docker config.json using a credential store', `{
	"auths": {
		"ghcr.io": {},
		"${ACCT}.dkr.ecr.eu-west-1.amazonaws.com": {}
	},
	"credsStore": "desktop",
	"credHelpers": {
		"europe-docker.pkg.dev": "gcloud"
	},
	"currentContext": "desktop-linux"
}`);
  const signedDigest = digest(r);
  add('cosign signature verification output', `$ cosign verify ghcr.io/corp/api@${signedDigest} --certificate-identity-regexp 'https://github.com/corp/.*' --certificate-oidc-issuer https://token.actions.githubusercontent.com

Verification for ghcr.io/corp/api@${signedDigest} --
The following checks were performed on each of these signatures:
  - The cosign claims were validated
  - Existence of the claims in the transparency log was verified offline
  - The code-signing certificate was verified using trusted certificate authority certificates
[{"critical":{"identity":{"docker-reference":"ghcr.io/corp/api"},"image":{"docker-manifest-digest":"${signedDigest}"},"type":"cosign container image signature"},"optional":{"Bundle":{"SignedEntryTimestamp":"${b64n(r, 70)}","Payload":{"logIndex":${num(r, 9)},"logID":"${sha256(r)}"}}}}]`);

  // --- (D) encoded data that is not secret -------------------------------------------------------------------
  add('CSS with base64 PNG data URI', `.icon-lock {
  width: 16px;
  height: 16px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${b64n(r, 300)}");
}
.icon-key { background-image: url("/img/key.${hex(8)}.svg"); }`);
  add('@font-face with base64 woff2', `@font-face {
  font-family: "Inter";
  font-style: normal;
  font-weight: 400;
  font-display: swap;
  src: url(data:font/woff2;base64,d09GMgABAAAAA${b64n(r, 900)}) format("woff2");
}`);
  add('HTML img with URL-encoded SVG data URI and base64 GIF', `<img alt="" width="1" height="1" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
<img alt="show password" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath d='M12 4.5C7 4.5 2.73 7.61 1 12c1.73 4.39 6 7.5 11 7.5s9.27-3.11 11-7.5c-1.73-4.39-6-7.5-11-7.5z'/%3E%3C/svg%3E">`);
  add('protobuf decode of an audit event (no credential fields)', `$ protoc --decode=corp.audit.v1.Event audit.proto < event.bin
event_id: "${ulid(r)}"
actor {
  user_id: "${uuid(r)}"
  ip: "10.40.2.17"
}
action: "token.revoke"
target {
  token_id: "tok_${r(ALNUM, 16)}"
  token_fingerprint: "${sha256(r)}"
}
occurred_at {
  seconds: 1795860847
  nanos: ${num(r, 9)}
}`);
  add('Kafka message value as base64 of a non-secret JSON event', `$ kcat -C -b kafka:9092 -t orders.events -o -1 -e -f '%k %s\\n' | tail -1
${uuid(r)} ${b64(JSON.stringify({ type: 'order.shipped', order_id: `ord_${r(ALNUM, 14)}`, carrier: 'DHL', tracking: `00${r(DIGITS, 18)}`, at: '2026-11-28T09:14:07Z' }))}`);
  add('gzip+base64 log attachment in a support ticket', `Attached: agent.log.gz (base64)
${wrap(gzipB64(r, 600), 76)}`);
  add('source map with mappings and no secrets in sources', `{"version":3,"file":"login.${hex(8)}.js","sources":["../src/login/LoginForm.tsx","../src/login/validatePassword.ts"],"sourcesContent":["export function LoginForm() {\\n  const [password, setPassword] = useState('');\\n  return <input type=\\"password\\" value={password} onChange={e => setPassword(e.target.value)} />;\\n}\\n","export const validatePassword = (p: string) => p.length >= 12 && /[0-9]/.test(p);\\n"],"names":["LoginForm","password","setPassword","useState","validatePassword"],"mappings":"${r(`${ALNUM}+/`, 30)};${r(`${ALNUM}+/,`, 160)};${r(`${ALNUM}+/,`, 120)}"}`);
  add('docs page decoding a JWT header only', `### Inspecting the token header

The first segment of every token we issue is the same, e.g.

    ${b64urlJson({ alg: 'RS256', typ: 'JWT', kid: 'sig-2026-11' })}

which decodes to \`{"alg":"RS256","typ":"JWT","kid":"sig-2026-11"}\`. The payload and signature segments
are different for each user, so never paste a full token into a ticket.`);
  add('detached JWS signature header (signature, not a bearer token)', `POST /open-banking/v3.1/pisp/domestic-payment-consents HTTP/1.1
Host: api.bank.example
x-fapi-interaction-id: ${uuid(r)}
x-idempotency-key: ${hex(32)}
x-jws-signature: ${b64urlJson({ alg: 'PS256', kid: hex(16), b64: false, crit: ['b64', 'http://openbanking.org.uk/iat'], 'http://openbanking.org.uk/iat': 1795860847 })}..${b64u(r, 256)}
Authorization: Bearer <access token>
Content-Type: application/json`);
  add('GraphQL response with relay global ids and cursors', `{"data":{"viewer":{"id":"${b64('User:' + r(DIGITS, 7))}","repositories":{"edges":[{"cursor":"${b64('cursor:v2:' + r(DIGITS, 9))}","node":{"id":"${b64('Repository:' + r(DIGITS, 9))}","name":"token-service"}},{"cursor":"${b64('cursor:v2:' + r(DIGITS, 9))}","node":{"id":"${b64('Repository:' + r(DIGITS, 9))}","name":"password-policy"}}],"pageInfo":{"hasNextPage":true,"endCursor":"${b64('cursor:v2:' + r(DIGITS, 9))}"}}}}}`);
  add('REST pagination with opaque base64url cursor', `GET /v2/audit-events?limit=100&after=${b64urlJson({ id: r(DIGITS, 10), ts: 1795860847118 })} HTTP/1.1

{"data":[ ... 100 items ... ],"paging":{"next":"/v2/audit-events?limit=100&after=${b64urlJson({ id: r(DIGITS, 10), ts: 1795860901002 })}"}}`);
  add('SAML redirect with deflated base64 AuthnRequest and RelayState', `302 Found
Location: https://idp.corp.example/sso/saml?SAMLRequest=${encodeURIComponent(b64n(r, 330))}&RelayState=${hex(32)}&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256&Signature=${encodeURIComponent(b64n(r, 256))}`);
  add('WebAuthn registration options with challenge and user handle', `{"publicKey":{"rp":{"name":"Corp","id":"corp.example"},"user":{"id":"${b64u(r, 32)}","name":"ana@example.org","displayName":"Ana"},"challenge":"${b64u(r, 32)}","pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],"timeout":60000,"excludeCredentials":[{"type":"public-key","id":"${b64u(r, 64)}"}],"authenticatorSelection":{"residentKey":"preferred","userVerification":"preferred"},"attestation":"none"}}`);

  // --- (E) public cryptographic parameters, signatures ---------------------------------------------------------
  const cspNonce = b64n(r, 16);
  add('CSP header and script nonces', `HTTP/2 200
content-security-policy: default-src 'self'; script-src 'self' 'nonce-${cspNonce}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; report-uri https://csp.corp.example/r/${hex(24)}
x-request-id: ${uuid(r)}

<script nonce="${cspNonce}">window.__BOOT__ = { locale: "de-DE", feature: { passwordless: true } };</script>`);
  add('OAuth authorization URL with state, nonce and PKCE challenge', `https://login.corp.example/oauth2/authorize?response_type=code&client_id=${r(`${ALNUM}`, 20)}&redirect_uri=https%3A%2F%2Fapp.corp.example%2Fcallback&scope=openid%20profile%20offline_access&state=${b64u(r, 24)}&nonce=${b64u(r, 24)}&code_challenge=${b64u(r, 32)}&code_challenge_method=S256`);
  add('PKCE helper code generating verifier and challenge at run time', `import { createHash, randomBytes } from 'node:crypto';

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge, method: 'S256' as const };
}

// Example challenge from our docs (the verifier is never logged):
// code_challenge=${b64u(r, 32)}`);
  add('GitHub webhook delivery with HMAC signature headers', `Request URL: https://ci.corp.example/github/webhook
Request method: POST
Accept: */*
Content-Type: application/json
User-Agent: GitHub-Hookshot/${hex(7)}
X-GitHub-Delivery: ${uuid(r)}
X-GitHub-Event: push
X-GitHub-Hook-ID: ${r(DIGITS, 9)}
X-GitHub-Hook-Installation-Target-ID: ${r(DIGITS, 9)}
X-GitHub-Hook-Installation-Target-Type: repository
X-Hub-Signature: sha1=${sha1(r)}
X-Hub-Signature-256: sha256=${sha256(r)}

{"ref":"refs/heads/main","before":"${sha1(r)}","after":"${sha1(r)}","repository":{"id":${num(r, 9)},"full_name":"corp/token-service"}}`);
  add('Stripe-Signature and Slack signature headers in a debug log', `DEBUG webhook.verify provider=stripe header="t=1795860847,v1=${sha256(r)},v0=${sha256(r)}" tolerance=300 result=ok
DEBUG webhook.verify provider=slack x-slack-request-timestamp=1795860851 x-slack-signature=v0=${sha256(r)} result=ok
DEBUG webhook.verify provider=shopify x-shopify-hmac-sha256=${b64n(r, 32)} result=ok`);
  add('encrypted-field envelope with iv, tag and key id (no key)', `{
  "field": "ssn",
  "envelope": {
    "v": 2,
    "alg": "AES-256-GCM",
    "kid": "arn:aws:kms:eu-west-1:${ACCT}:key/${uuid(r)}",
    "edk": "${b64n(r, 184)}",
    "iv": "${b64n(r, 12)}",
    "tag": "${b64n(r, 16)}",
    "ct": "${b64n(r, 11)}"
  }
}`);
  add('users CSV export with salt column beside password hash', `id,email,salt,password_hash,hash_algo,created_at
${r(DIGITS, 5)},ana@example.org,${hex(32)},${sha512(r)},sha512-iter100k,2024-03-11
${r(DIGITS, 5)},li.wei@example.org,${hex(32)},${sha512(r)},sha512-iter100k,2025-07-02
${r(DIGITS, 5)},sam@example.org,,,oidc,2026-01-19`);
  add('RFC 4231 HMAC test vectors in a unit test', `// RFC 4231, test case 1
const key = Buffer.from('0b'.repeat(20), 'hex');
const data = Buffer.from('Hi There');
expect(hmacSha256(key, data).toString('hex')).toBe(
  '${createHmac('sha256', Buffer.from('0b'.repeat(20), 'hex')).update('Hi There').digest('hex')}',
);
// test case 2: key = "Jefe"
expect(hmacSha256(Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')).toString('hex')).toBe(
  '${createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex')}',
);`);
  add('Vault audit log with HMAC-ed sensitive fields', `{"time":"${ts()}","type":"response","auth":{"client_token":"hmac-sha256:${sha256(r)}","accessor":"hmac-sha256:${sha256(r)}","display_name":"kubernetes-orders-orders-app","policies":["default","orders-db"],"token_type":"service"},"request":{"id":"${uuid(r)}","operation":"read","path":"database/creds/orders-app","remote_address":"10.40.2.17"},"response":{"data":{"password":"hmac-sha256:${sha256(r)}","username":"hmac-sha256:${sha256(r)}"},"secret":{"lease_id":"database/creds/orders-app/${r(ALNUM, 24)}"}}}`);
  add('TOTP enrollment docs with a placeholder otpauth URI', `To enroll a hardware token manually, your authenticator needs a URI of the form

    otpauth://totp/Corp:{email}?secret={BASE32_SECRET}&issuer=Corp&algorithm=SHA1&digits=6&period=30

The {BASE32_SECRET} is shown once in the enrollment dialog. We never send it by email or chat.`);
  add('AWS KMS encrypt output (ciphertext blob)', `$ aws kms encrypt --key-id alias/orders --plaintext fileb://dek.bin --query CiphertextBlob --output text
${Buffer.concat([Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]), randomBytes(r, 179)]).toString('base64')}`);
  // --- (F) hashed or encrypted secrets -------------------------------------------------------------------------
  add('SQL seed with bcrypt password hashes', `INSERT INTO users (id, email, password_hash, role) VALUES
  ('${uuid(r)}', 'admin@corp.example', '${bcryptHash(r, 12, '2b')}', 'admin'),
  ('${uuid(r)}', 'support@corp.example', '${bcryptHash(r, 12, '2b')}', 'support'),
  ('${uuid(r)}', 'readonly@corp.example', '${bcryptHash(r, 10, '2a')}', 'viewer');`);
  add('argon2id hashes in a users table dump', `COPY public.accounts (id, username, password, last_login) FROM stdin;
${r(DIGITS, 4)}\tana\t${argon2id(r)}\t2026-11-27 18:22:01+00
${r(DIGITS, 4)}\tli.wei\t${argon2id(r)}\t2026-11-28 07:40:55+00
\\.`);
  add('passlib scrypt hash in a Python fixture', `USERS = {
    "ana": {
        "password": "$scrypt$ln=16,r=8,p=1$${b64n(r, 16).replace(/=+$/, '')}$${b64n(r, 32).replace(/=+$/, '')}",
        "scopes": ["read", "write"],
    },
}`);
  add('Django fixture with pbkdf2_sha256 password', `[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "password": "${djangoPbkdf2(r)}",
      "last_login": "2026-11-27T18:22:01Z",
      "is_superuser": true,
      "username": "admin",
      "email": "admin@corp.example",
      "is_staff": true
    }
  }
]`);
  add('/etc/shadow lines with SHA-512 crypt and yescrypt', `root:${yescrypt(r)}:20054:0:99999:7:::
daemon:*:20054:0:99999:7:::
deploy:${sha512crypt(r)}:20410:0:99999:7:::
nobody:*:20054:0:99999:7:::
backup:!:20054::::::`);
  add('.htpasswd with apr1, bcrypt and SHA entries', `alice:$apr1$${r(BCRYPT, 8)}$${r(BCRYPT, 22)}
bob:${bcryptHash(r, 5, '2y')}
legacy:{SHA}${b64n(r, 20)}`);
  add('ansible-vault encrypted file', ansibleVault(r, 240));
  add('Ansible group_vars with inline !vault values', `---
db_user: orders
db_password: !vault |
${ansibleVault(r, 32, '          ')}
api_token: !vault |
${ansibleVault(r, 48, '          ')}`);
  add('SOPS-encrypted YAML', `apiVersion: v1
kind: Secret
metadata:
    name: orders-db
type: Opaque
stringData:
    username: ${sopsEnc(r, 9)}
    password: ${sopsEnc(r, 28)}
    port: ${sopsEnc(r, 4, 'int')}
sops:
    kms: []
    age:
        - recipient: ${ageRecipient(r)}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${wrap(b64n(r, 190), 64).split('\n').join('\n            ')}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-20T10:01:44Z"
    mac: ${sopsEnc(r, 32)}
    unencrypted_suffix: _unencrypted
    version: 3.9.1`);
  add('SOPS-encrypted dotenv', `DATABASE_URL=${sopsEnc(r, 70)}
REDIS_PASSWORD=${sopsEnc(r, 24)}
LOG_LEVEL_unencrypted=info
sops_age__list_0__map_recipient=${ageRecipient(r)}
sops_lastmodified=2026-11-20T10:01:44Z
sops_mac=${sopsEnc(r, 32)}
sops_version=3.9.1`);
  add('Bitnami SealedSecret', `apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: orders-db
  namespace: orders
spec:
  encryptedData:
    password: ${Buffer.concat([Buffer.from([0x02, 0x00]), randomBytes(r, 560)]).toString('base64')}
    username: ${Buffer.concat([Buffer.from([0x02, 0x00]), randomBytes(r, 540)]).toString('base64')}
  template:
    metadata:
      name: orders-db
      namespace: orders
    type: Opaque`);
  add('Lambda environment with KMS-encrypted value', `resource "aws_lambda_function" "notifier" {
  function_name = "notifier"
  role          = aws_iam_role.notifier.arn
  kms_key_arn   = aws_kms_key.lambda.arn

  environment {
    variables = {
      # encrypted with: aws kms encrypt --key-id alias/lambda-env ... (decrypted at cold start)
      SLACK_WEBHOOK_ENCRYPTED = "${Buffer.concat([Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]), randomBytes(r, 200)]).toString('base64')}"
      LOG_LEVEL               = "info"
    }
  }
}`);
  add('Rails encrypted credentials file content', `$ cat config/credentials/production.yml.enc
${b64n(r, 420)}--${b64n(r, 12)}--${b64n(r, 16)}`);
  add('PostgreSQL roles dump with SCRAM verifiers', `--
-- Roles
--

CREATE ROLE orders_app;
ALTER ROLE orders_app WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:${b64n(r, 16)}$${b64n(r, 32)}:${b64n(r, 32)}';
CREATE ROLE reporting;
ALTER ROLE reporting WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:${b64n(r, 16)}$${b64n(r, 32)}:${b64n(r, 32)}';`);
  add('LDIF with salted SHA userPassword', `dn: uid=ana,ou=people,dc=corp,dc=example
objectClass: inetOrgPerson
uid: ana
cn: Ana Souza
mail: ana@corp.example
userPassword: {SSHA}${b64n(r, 28)}

dn: uid=svc-backup,ou=services,dc=corp,dc=example
objectClass: account
uid: svc-backup
userPassword:: ${b64(`{SSHA512}${b64n(r, 72)}`)}`);
  add('Jenkins credentials.xml with encrypted secrets', `<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <scope>GLOBAL</scope>
  <id>nexus-deploy</id>
  <description>Nexus deploy user</description>
  <username>deploy</username>
  <password>{${Buffer.concat([Buffer.from('0100000010000000', 'hex'), randomBytes(r, 60)]).toString('base64')}}</password>
  <usernameSecret>false</usernameSecret>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
<org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
  <scope>GLOBAL</scope>
  <id>slack-token</id>
  <secret>{${Buffer.concat([Buffer.from('0100000010000000', 'hex'), randomBytes(r, 76)]).toString('base64')}}</secret>
</org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>`);
  add('Vault transit ciphertexts stored in a table', ` id  | customer_id | iban_ciphertext
-----+-------------+------------------------------------------------------------------
 101 | ${uuid(r)} | vault:v1:${b64n(r, 50)}
 102 | ${uuid(r)} | vault:v2:${b64n(r, 50)}
(2 rows)`);
  add('Spring Boot config with Jasypt ENC() and {bcrypt} values', `spring:
  datasource:
    url: jdbc:postgresql://db.internal:5432/orders
    username: orders
    password: ENC(${b64n(r, 48)})
  security:
    user:
      name: actuator
      password: "{bcrypt}${bcryptHash(r, 10, '2a')}"
jasypt:
  encryptor:
    password: \${JASYPT_ENCRYPTOR_PASSWORD}
    algorithm: PBEWITHHMACSHA512ANDAES_256`);
  add('API token table storing only SHA-256 digests and prefixes', `SELECT id, name, prefix, token_sha256, last_used_at FROM api_tokens WHERE org_id = 42;
 id  |      name      |  prefix  |                           token_sha256                           |      last_used_at
-----+----------------+----------+------------------------------------------------------------------+------------------------
 311 | terraform      | ctk_${r(LOWER + DIGITS, 4)} | ${sha256(r)} | 2026-11-28 08:01:44+00
 312 | grafana-export | ctk_${r(LOWER + DIGITS, 4)} | ${sha256(r)} | 2026-11-27 23:59:02+00`);

  // --- (G) documentation, example and placeholder values -------------------------------------------------------
  add('AWS CLI docs with the documented example key pair', `$ aws configure
AWS Access Key ID [None]: ${AWS_DOC_ID}
AWS Secret Access Key [None]: ${AWS_DOC_SECRET}
Default region name [None]: us-west-2
Default output format [None]: json

The values above are the example credentials used throughout the AWS documentation; replace them with your own.`);
  add('Terraform provider docs using AKIA…EXAMPLE placeholders', `provider "aws" {
  region     = "us-west-2"
  # Hard-coding credentials is not recommended. Shown for illustration only:
  access_key = "AKIA…EXAMPLE"
  secret_key = "wJalr…EXAMPLEKEY"
}`);
  add('Stripe docs snippet with x-filled test key', `\`\`\`bash
curl https://api.stripe.com/v1/customers \\
  -u sk_test_xxxxxxxxxxxxxxxxxxxxxxxx: \\
  -d email="jenny.rosen@example.com"
\`\`\`
Replace \`sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\` with your own test-mode secret key from the Dashboard.`);
  add('README with angle-bracket placeholders', `## Configuration

| Variable | Description |
| --- | --- |
| \`CORP_API_TOKEN\` | Personal access token, e.g. \`<YOUR_TOKEN>\` |
| \`CORP_WEBHOOK_SECRET\` | Shared secret for webhook signatures, e.g. \`<webhook-secret>\` |
| \`DATABASE_URL\` | \`postgres://<user>:<password>@<host>:5432/<db>\` |

\`\`\`sh
export CORP_API_TOKEN=<YOUR_TOKEN>
corpctl login --token "$CORP_API_TOKEN"
\`\`\``);
  add('.env.example with empty and placeholder values (judgment call: change-me strings are not credentials)', `# Copy to .env and fill in. Never commit .env.
APP_ENV=local
APP_KEY=
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_USERNAME=app
DB_PASSWORD=
REDIS_PASSWORD=null
MAIL_PASSWORD=your-mail-password
STRIPE_SECRET=sk_test_REPLACE_ME
SECRET_KEY=change-me-in-production
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
  add('Slack SDK docs with XXXX token placeholders', `const { WebClient } = require('@slack/web-api');

// Read a token from the environment variables
const token = process.env.SLACK_TOKEN; // xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX
const web = new WebClient(token);`);
  add('Twilio quickstart with placeholder SID and token', `# Your Account SID and Auth Token from console.twilio.com
account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token  = "your_auth_token"
client = Client(account_sid, auth_token)`);
  add('jwt.io demo token signed with its published demo secret (judgment call: documentation example)', (() => {
    const h = b64urlJson({ alg: 'HS256', typ: 'JWT' });
    const p = b64urlJson({ sub: '1234567890', name: 'John Doe', iat: 1516239022 });
    const sig = createHmac('sha256', 'your-256-bit-secret').update(`${h}.${p}`).digest('base64url');
    return `In the debugger on jwt.io you'll see the default example:

    ${h}.${p}.${sig}

Its header is {"alg":"HS256","typ":"JWT"} and it is signed with the literal string "your-256-bit-secret".`;
  })());
  add('settings page showing masked keys', `API keys
┌────────────┬──────────────────────────────┬─────────────┬──────────────┐
│ Name       │ Key                          │ Created     │ Last used    │
├────────────┼──────────────────────────────┼─────────────┼──────────────┤
│ ci-publish │ sk-proj-****************${r(ALNUM, 4)} │ 2026-09-14  │ 2 hours ago  │
│ notebook   │ sk-proj-****************${r(ALNUM, 4)} │ 2026-11-02  │ never        │
└────────────┴──────────────────────────────┴─────────────┴──────────────┘`);
  add('CLI output with redacted credentials', `$ corpctl config view
current-context: prod
contexts:
  prod:
    endpoint: https://api.corp.example
    token: ********
    refresh-token: ••••••••••••
  staging:
    endpoint: https://api.staging.corp.example
    token: REDACTED`);
  add('OpenAPI spec security scheme with example placeholders', `components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: Use \`Authorization: Bearer <access_token>\`.
    apiKey:
      type: apiKey
      in: header
      name: X-API-Key
  schemas:
    TokenResponse:
      type: object
      properties:
        access_token: { type: string, example: "eyJhbGciOi..." }
        refresh_token: { type: string, example: "rt_..." }
        expires_in: { type: integer, example: 3600 }`);
  add('Kubernetes docs-style Secret manifest with base64 placeholders', `apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
data:
  # echo -n '<username>' | base64
  username: <base64-encoded-username>
  # echo -n '<password>' | base64
  password: <base64-encoded-password>`);
  add('blog post explaining token prefixes with truncated examples', `Prefixes make leaked tokens easy to spot. Ours look like this:

* \`ctk_live_…\` — production API tokens (40 characters after the prefix)
* \`ctk_test_…\` — sandbox tokens
* \`cwh_…\` — webhook signing secrets

So if you see something like \`ctk_live_AbC1…\` in a log, rotate it. GitHub does the same with \`ghp_\`, \`gho_\`
and \`github_pat_\`; Slack with \`xoxb-\` / \`xoxp-\`.`);
  add('SDK test using an obviously fake token', `describe('Client', () => {
  it('sends the bearer token', async () => {
    const client = new Client({ token: 'test-token' });
    await client.get('/me');
    expect(fetchMock).toHaveBeenCalledWith(
      'https://api.corp.example/me',
      expect.objectContaining({ headers: { Authorization: 'Bearer test-token' } }),
    );
  });
});`);
  add('GitHub docs example of fine-grained token with Xs', `To authenticate, pass the token in the Authorization header:

curl -L \\
  -H "Accept: application/vnd.github+json" \\
  -H "Authorization: Bearer <YOUR-TOKEN>" \\
  -H "X-GitHub-Api-Version: 2022-11-28" \\
  https://api.github.com/octocat

A fine-grained token looks like github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.`);
  add('ini config with asterisk-masked password from a support dump', `[database]
host = db01.corp.example
port = 5432
user = reporting
password = ************
sslmode = verify-full

[smtp]
host = smtp.corp.example
user = noreply
password = <hidden>`);

  // --- (H) template and secret-store references ---------------------------------------------------------------
  add('GitHub Actions secrets expressions', `      - name: Deploy
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}
          GH_TOKEN: \${{ github.token }}
        run: ./scripts/deploy.sh --password-file <(echo "\${{ secrets.DEPLOY_PASSWORD }}")`);
  add('Helm template with .Values and required', `apiVersion: v1
kind: Secret
metadata:
  name: {{ include "app.fullname" . }}-db
type: Opaque
stringData:
  DB_PASSWORD: {{ required "db.password is required" .Values.db.password | quote }}
  REDIS_URL: "redis://:{{ .Values.redis.auth.password }}@{{ .Release.Name }}-redis-master:6379/0"
  JWT_SECRET: {{ .Values.jwtSecret | default (randAlphaNum 48) | quote }}`);
  add('Rails database.yml with ERB ENV lookups', `production:
  adapter: postgresql
  encoding: unicode
  database: <%= ENV.fetch("DB_NAME", "app_production") %>
  username: <%= ENV['DB_USER'] %>
  password: <%= ENV['DATABASE_PASSWORD'] %>
  host: <%= ENV.fetch("DB_HOST") { "localhost" } %>
  secret_key_base: <%= Rails.application.credentials.secret_key_base %>`);
  add('Python ConfigParser interpolation %(password)s', `[db]
user = reporting
password = %(DB_PASSWORD)s
dsn = postgresql://%(user)s:%(password)s@db.internal:5432/reports

[logging]
format = %(asctime)s %(levelname)s %(name)s %(message)s`);
  add('Azure Pipelines $(VAR) macros', `steps:
  - task: Docker@2
    inputs:
      command: login
      containerRegistry: corp-acr
  - script: |
      helm upgrade --install api ./chart \\
        --set db.password=$(DbPassword) \\
        --set sentry.token=$(SentryToken)
    env:
      ARM_CLIENT_SECRET: $(ARM_CLIENT_SECRET)`);
  add('Octopus Deploy #{Variable} substitution', `<connectionStrings>
  <add name="Orders" connectionString="Server=#{Db.Host};Database=Orders;User Id=#{Db.User};Password=#{Db.Password};Encrypt=True" />
</connectionStrings>
<appSettings>
  <add key="Smtp:Password" value="#{Smtp.Password}" />
</appSettings>`);
  add('token replacement markers @@VAR@@ and __VAR__', `<?php
return [
    'db' => [
        'host' => '@@DB_HOST@@',
        'user' => '@@DB_USER@@',
        'pass' => '@@DB_PASS@@',
    ],
    'api_key' => '__CORP_API_KEY__',
    'secret'  => '#{APP_SECRET}#',
];`);
  add('opencode / Serverless style {env:...} and ${ssm:...} references', `{
  "provider": {
    "openai": { "options": { "apiKey": "{env:OPENAI_API_KEY}" } },
    "anthropic": { "options": { "apiKey": "{file:~/.secrets/anthropic-key}" } }
  }
}
# serverless.yml
provider:
  environment:
    DB_PASSWORD: \${ssm:/orders/prod/db-password}
    STRIPE_KEY: \${env:STRIPE_SECRET_KEY}`);
  add('Vault agent template and bank-vaults vault: references', `template {
  destination = "/etc/app/db.env"
  contents    = <<EOT
{{ with secret "database/creds/orders-app" }}
DB_USER={{ .Data.username }}
DB_PASSWORD={{ .Data.password }}
{{ end }}
EOT
}
# pod env (bank-vaults webhook)
env:
  - name: STRIPE_SECRET_KEY
    value: vault:secret/data/payments/stripe#secret_key
  - name: API_TOKEN
    value: vault:secret/data/corp/api#token#2`);
  add('1Password op:// references in .env for op run', `# used with: op run --env-file=.env -- npm start
DATABASE_URL="op://Engineering/orders-db/connection string"
STRIPE_SECRET_KEY=op://Engineering/Stripe prod/credential
GITHUB_TOKEN=op://Private/GitHub PAT/token`);
  add('ECS task definition secrets valueFrom ARNs', `"containerDefinitions": [{
  "name": "api",
  "image": "${ACCT}.dkr.ecr.eu-west-1.amazonaws.com/api@${digest(r)}",
  "secrets": [
    { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:${ACCT}:secret:prod/api/db-${r(ALNUM, 6)}:password::" },
    { "name": "JWT_SECRET", "valueFrom": "arn:aws:ssm:eu-west-1:${ACCT}:parameter/prod/api/jwt-secret" }
  ]
}]`);
  add('Terraform variables and data-source references', `variable "db_password" {
  type      = string
  sensitive = true
}

data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/payments/stripe"
}

resource "aws_db_instance" "orders" {
  username = "orders_admin"
  password = var.db_password
}

locals {
  stripe_key = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)["secret_key"]
}`);
  add('Ansible Jinja vars and lookups', `- name: Configure app
  template:
    src: app.env.j2
    dest: /etc/app/app.env
  vars:
    db_password: "{{ vault_db_password }}"
    api_token: "{{ lookup('env', 'CORP_API_TOKEN') }}"
    smtp_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/smtp:password') }}"
    admin_password_hash: "{{ admin_password | password_hash('sha512', 'staticsalt') }}"`);
  add('docker-compose variable substitution and secrets files', `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
      POSTGRES_USER: \${POSTGRES_USER:-app}
  api:
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/app
      JWT_SECRET: \${JWT_SECRET}
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt`);
  add('GitLab CI predefined token variables', `publish:
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/app.tgz "\${CI_API_V4_URL}/projects/\${CI_PROJECT_ID}/packages/generic/app/\${CI_COMMIT_TAG}/app.tgz"'
    - npm config set //gitlab.com/api/v4/projects/\${CI_PROJECT_ID}/packages/npm/:_authToken "\${CI_JOB_TOKEN}"`);
  add('Kubernetes secretKeyRef env', `        env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: orders-db
              key: password
        - name: STRIPE_SECRET_KEY
          valueFrom:
            secretKeyRef:
              name: payments
              key: stripe-secret-key
              optional: false`);
  add('CircleCI orb parameters and Jenkins credentials()', `# .circleci/config.yml
      - slack/notify:
          access_token: << pipeline.parameters.slack_token_env >>
          custom: '{"text":"deploy done"}'
// Jenkinsfile
pipeline {
  environment {
    NPM_TOKEN = credentials('npm-publish-token')
  }
  stages {
    stage('Publish') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus', usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
          sh 'mvn deploy -Dnexus.password=$NEXUS_PASS'
        }
      }
    }
  }
}`);
  add('Azure App Service Key Vault references', `[
  { "name": "ConnectionStrings__Orders", "value": "@Microsoft.KeyVault(SecretUri=https://kv-corp-prod.vault.azure.net/secrets/orders-db/)", "slotSetting": false },
  { "name": "Stripe__SecretKey", "value": "@Microsoft.KeyVault(VaultName=kv-corp-prod;SecretName=stripe-secret-key)", "slotSetting": false },
  { "name": "APPLICATIONINSIGHTS_CONNECTION_STRING", "value": "@Microsoft.KeyVault(SecretUri=https://kv-corp-prod.vault.azure.net/secrets/appinsights-cs/${hex(32)})", "slotSetting": false }
]`);
  add('Handlebars/Mustache template for a config file', `# generated by confd
[api]
endpoint = "{{ .Env.API_ENDPOINT }}"
token = "{{{api_token}}}"
client_secret = "{{ getv "/corp/oauth/client_secret" }}"`);
  add('systemd unit with LoadCredential', `[Service]
ExecStart=/usr/bin/corp-agent --token-file=\${CREDENTIALS_DIRECTORY}/agent-token
LoadCredential=agent-token:/etc/corp/agent-token
SetCredentialEncrypted=db-password: \\
        ${wrap(b64n(r, 150), 72).split('\n').join(' \\\n        ')}
DynamicUser=yes`);
  add('PowerShell SecretManagement and env references', `$apiKey = Get-Secret -Name 'CorpApiKey' -AsPlainText
$cred   = Get-Credential -UserName 'CORP\\svc-deploy' -Message 'Deploy account password'
$env:NUGET_API_KEY = $env:CORP_NUGET_KEY
dotnet nuget push .\\out\\*.nupkg --api-key $env:NUGET_API_KEY --source https://nuget.corp.example/v3/index.json`);
  // --- (I) password policies, UI strings, translations -------------------------------------------------------
  add('i18n JSON (en) with password and token strings', `{
  "auth": {
    "password": "Password",
    "passwordPlaceholder": "Enter your password",
    "forgotPassword": "Forgot password?",
    "passwordTooShort": "Password must contain at least 12 characters.",
    "passwordNeedsDigit": "Password must contain a number.",
    "passwordsDoNotMatch": "Passwords do not match.",
    "tokenExpired": "Your session token has expired. Please sign in again.",
    "apiKeyCopied": "API key copied to clipboard",
    "secretShownOnce": "This secret is only shown once. Store it somewhere safe."
  }
}`);
  add('German, French and Spanish translations of password prompts', `de:
  password: "Passwort"
  forgot_password: "Passwort vergessen?"
  password_hint: "Mindestens 12 Zeichen, davon eine Zahl und ein Sonderzeichen."
fr:
  password: "Mot de passe"
  forgot_password: "Mot de passe oublié ?"
  password_hint: "Au moins 12 caractères, dont un chiffre et un caractère spécial."
es:
  password: "Contraseña"
  forgot_password: "¿Olvidaste tu contraseña?"
  password_hint: "Al menos 12 caracteres, incluido un número y un símbolo."`);
  add('Japanese and Chinese UI strings about passwords and tokens', `login.password=パスワード
login.forgot=パスワードをお忘れですか？
login.error.token=トークンの有効期限が切れました。もう一度ログインしてください。
settings.apikey=APIキーを再生成
zh.login.password=密码
zh.login.forgot=忘记密码？
zh.settings.secret=密钥仅显示一次，请妥善保存。`);
  add('Android strings.xml', `<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="prompt_password">Password</string>
    <string name="error_invalid_password">Password must be at least 8 characters</string>
    <string name="action_reset_password">Reset password</string>
    <string name="pref_api_token_title">API token</string>
    <string name="pref_api_token_summary">Paste the token from your account settings</string>
</resources>`);
  add('iOS Localizable.strings', `/* Login screen */
"login.password.placeholder" = "Password";
"login.password.show" = "Show password";
"login.error.wrong_password" = "The password you entered is incorrect.";
"keychain.save.prompt" = "Save this password to your iCloud Keychain?";`);
  add('gettext .po entries', `#: accounts/forms.py:88
msgid "Your password can't be too similar to your other personal information."
msgstr "Ihr Passwort darf Ihren anderen persönlichen Informationen nicht zu ähnlich sein."

#: accounts/forms.py:91
msgid "Your password must contain at least %(min_length)d characters."
msgstr "Ihr Passwort muss mindestens %(min_length)d Zeichen enthalten."`);
  add('HTML login form with password inputs', `<form method="post" action="/session">
  <input type="hidden" name="authenticity_token" value="{{ csrf_token }}">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <a href="/password/forgot">Forgot your password?</a>
  <button>Sign in</button>
</form>`);
  add('password policy documentation', `## Password policy

* Minimum length: 12 characters (passphrases encouraged)
* Must not appear in the HaveIBeenPwned corpus (checked via k-anonymity range API)
* No forced periodic rotation; change only on suspected compromise
* Lockout: 10 failed attempts in 15 minutes → 15-minute cooldown
* Service-account secrets are rotated every 90 days by the secrets-rotation job`);
  add('password reset email template with placeholders', `Subject: Reset your {{ product_name }} password

Hi {{ user.first_name }},

We received a request to reset your password. Click the button below to choose a new one.
This link expires in {{ expires_in_minutes }} minutes.

  {{ reset_url }}

If you didn't request a password reset, you can safely ignore this email.`);
  add('support chat about a forgotten password', `[10:02] customer: hi, I forgot my password and the reset email never arrives
[10:03] agent: Sorry about that! I've re-sent the reset link to the address on file (a***@example.org). It's valid for 30 minutes.
[10:05] customer: got it, thanks. do I also need a new API token?
[10:05] agent: No, existing API tokens keep working after a password change. You can revoke them under Settings → Tokens.`);
  add('changelog mentioning secrets and tokens', `## 3.4.0 (2026-11-20)

### Security
- Password reset tokens are now single-use and expire after 30 minutes (#812).
- API keys are stored as SHA-256 digests; the plaintext key is shown once on creation (#798).
- Removed the legacy \`?token=\` query parameter; use the \`Authorization\` header instead (#805).

### Fixed
- "Forgot password" link was hidden on small screens (#821).`);
  // --- (J) code that handles secrets without holding one -------------------------------------------------------
  add('Flask login view reading the password from the form', `@app.route("/login", methods=["POST"])
def login():
    email = request.form["email"]
    password = request.form["password"]
    user = User.query.filter_by(email=email).first()
    if user is None or not check_password_hash(user.password_hash, password):
        flash("Invalid email or password")
        return redirect(url_for("login"))
    login_user(user, remember=request.form.get("remember") == "on")
    return redirect(url_for("dashboard"))`);
  add('Python reading tokens from the environment', `import os

GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
SLACK_BOT_TOKEN = os.getenv("SLACK_BOT_TOKEN")
DB_PASSWORD = os.environ.get("DB_PASSWORD", "")
if not SLACK_BOT_TOKEN:
    raise RuntimeError("SLACK_BOT_TOKEN is not set")`);
  add('JavaScript password validation', `export function validatePassword(password, confirm) {
  const errors = [];
  if (password.length < 12) errors.push('too_short');
  if (!/[A-Z]/.test(password)) errors.push('needs_upper');
  if (!/\\d/.test(password)) errors.push('needs_digit');
  if (password !== confirm) errors.push('mismatch');
  return errors;
}`);
  add('Spring Security configuration with password encoder', `@Bean
public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
}

@Bean
public SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.formLogin(form -> form.loginPage("/login").passwordParameter("password"))
        .rememberMe(rm -> rm.tokenValiditySeconds(1209600).key(rememberMeKeyProvider.currentKey()));
    return http.build();
}`);
  add('Go reading a token from the environment', `func newClient() (*github.Client, error) {
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" {
		return nil, errors.New("GITHUB_TOKEN must be set")
	}
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: token})
	return github.NewClient(oauth2.NewClient(context.Background(), ts)), nil
}`);
  add('Rust reading an API key with secrecy', `use secrecy::{ExposeSecret, SecretString};

pub struct Config {
    pub api_key: SecretString,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        let api_key = std::env::var("CORP_API_KEY")?.into();
        Ok(Self { api_key })
    }
}

fn auth_header(cfg: &Config) -> String {
    format!("Bearer {}", cfg.api_key.expose_secret())
}`);
  add('C# reading JWT secret from configuration', `var jwtSecret = builder.Configuration["Jwt:Secret"]
    ?? throw new InvalidOperationException("Jwt:Secret missing");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters
    {
        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtSecret)),
        ValidateIssuer = true,
        ValidIssuer = builder.Configuration["Jwt:Issuer"],
    });`);
  add('PHP registration hashing the posted password', `<?php
$password = $_POST['password'] ?? '';
$confirm  = $_POST['password_confirmation'] ?? '';
if (strlen($password) < 12 || $password !== $confirm) {
    http_response_code(422);
    exit(json_encode(['error' => 'invalid_password']));
}
$hash = password_hash($password, PASSWORD_ARGON2ID);
$stmt = $pdo->prepare('INSERT INTO users (email, password_hash) VALUES (?, ?)');
$stmt->execute([$_POST['email'], $hash]);`);
  add('Rails model with has_secure_password and token generation', `class User < ApplicationRecord
  has_secure_password
  has_secure_token :api_token, length: 36

  generates_token_for :password_reset, expires_in: 15.minutes do
    password_salt&.last(10)
  end

  validates :password, length: { minimum: 12 }, allow_nil: true
end`);
  add('Swift Keychain query', `func readPassword(account: String) throws -> String? {
    let query: [String: Any] = [
        kSecClass as String: kSecClassGenericPassword,
        kSecAttrService as String: "com.corp.app",
        kSecAttrAccount as String: account,
        kSecReturnData as String: true,
        kSecMatchLimit as String: kSecMatchLimitOne,
    ]
    var item: CFTypeRef?
    let status = SecItemCopyMatching(query as CFDictionary, &item)
    guard status == errSecSuccess, let data = item as? Data else { return nil }
    return String(data: data, encoding: .utf8)
}`);
  add('Prisma schema with resetPasswordToken fields', `model User {
  id                    String    @id @default(cuid())
  email                 String    @unique
  passwordHash          String?
  resetPasswordToken    String?   @unique
  resetPasswordExpires  DateTime?
  apiKeys               ApiKey[]
}

model ApiKey {
  id         String   @id @default(cuid())
  prefix     String
  secretHash String
  userId     String
  user       User     @relation(fields: [userId], references: [id])
}`);
  add('SQL migration adding token columns', `-- 20261120_add_password_reset.sql
ALTER TABLE users
  ADD COLUMN password_reset_token_hash char(64),
  ADD COLUMN password_reset_sent_at timestamptz;
CREATE UNIQUE INDEX users_password_reset_token_hash_idx ON users (password_reset_token_hash);
COMMENT ON COLUMN users.password_reset_token_hash IS 'sha256 of the emailed token; the token itself is never stored';`);
  add('pytest assertions comparing against variables', `def test_login_returns_token(client, user, password):
    resp = client.post("/api/login", json={"email": user.email, "password": password})
    assert resp.status_code == 200
    token = resp.json()["access_token"]
    assert decode_token(token)["sub"] == str(user.id)

def test_wrong_password(client, user):
    resp = client.post("/api/login", json={"email": user.email, "password": password_factory()})
    assert resp.status_code == 401`);
  add('Jest test with generated secrets', `it('rejects a tampered token', () => {
  const secret = crypto.randomBytes(32);
  const token = sign({ sub: 'u1' }, secret);
  const tampered = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
  expect(() => verify(tampered, secret)).toThrow(InvalidSignatureError);
});`);
  add('shell script prompting for a password', `#!/usr/bin/env bash
set -euo pipefail
read -rsp "Vault password: " VAULT_PASSWORD; echo
export ANSIBLE_VAULT_PASSWORD_FILE=<(printf '%s' "$VAULT_PASSWORD")
TOKEN=$(vault kv get -field=token secret/ci/registry)
echo "$TOKEN" | docker login registry.corp.example -u ci --password-stdin
unset TOKEN VAULT_PASSWORD`);
  add('Elixir Bcrypt verification', `def authenticate(email, password) do
  user = Repo.get_by(User, email: email)

  cond do
    user && Bcrypt.verify_pass(password, user.hashed_password) -> {:ok, user}
    user -> {:error, :invalid_password}
    true ->
      Bcrypt.no_user_verify()
      {:error, :not_found}
  end
end`);
  add('Python generating tokens at run time', `import secrets

def new_api_key() -> tuple[str, str]:
    """Return (display_key, sha256_hex). Only the digest is stored."""
    raw = "ctk_live_" + secrets.token_urlsafe(30)
    return raw, hashlib.sha256(raw.encode()).hexdigest()

SESSION_SECRET_BYTES = 32
CSRF_TOKEN_LENGTH = 43`);
  add('Node generating a webhook secret at run time', `const webhookSecret = crypto.randomBytes(32).toString('hex');
await db.webhooks.insert({ id: ulid(), url, secretHash: sha256(webhookSecret) });
res.status(201).json({ id, url, secret: webhookSecret /* shown once */ });`);
  add('TypeScript interfaces and function names about tokens', `export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
}

export async function rotateRefreshToken(oldToken: string): Promise<TokenPair> {
  const record = await tokens.findByHash(sha256(oldToken));
  if (!record || record.revokedAt) throw new InvalidTokenError();
  return issueTokenPair(record.userId);
}`);
  add('minified JS with long mangled identifiers and CSS module hashes', `!function(){"use strict";var e={${num(r, 4)}:function(e,t,n){n.r(t),n.d(t,{PasswordInput:function(){return c}});var r=n(${num(r, 4)}),o=n(${num(r, 4)}),a={wrapper:"PasswordInput_wrapper__${r(`${ALNUM}_-`, 5)}",toggle:"PasswordInput_toggle__${r(`${ALNUM}_-`, 5)}",strength:"PasswordInput_strength__${r(`${ALNUM}_-`, 5)}"},c=function(e){var t=e.value,n=e.onChange,c=(0,r.useState)(!1),i=c[0],u=c[1];return(0,o.jsxs)("div",{className:a.wrapper,children:[(0,o.jsx)("input",{type:i?"text":"password",value:t,onChange:n,autoComplete:"current-password"}),(0,o.jsx)("button",{className:a.toggle,onClick:function(){return u(!i)},"aria-label":"Show password"})]})}}},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports}}();
//# sourceMappingURL=password-input.${hex(20)}.js.map`);
  add('webpack runtime chunk hash map', `__webpack_require__.u = (chunkId) => {
  return "static/chunks/" + chunkId + "." + {"${num(r, 3)}":"${hex(16)}","${num(r, 4)}":"${hex(16)}","${num(r, 3)}":"${hex(16)}","${num(r, 4)}":"${hex(16)}"}[chunkId] + ".js";
};
__webpack_require__.miniCssF = (chunkId) => "static/css/" + {"${num(r, 3)}":"${hex(16)}"}[chunkId] + ".css";`);

  // --- (K) random-looking business identifiers --------------------------------------------------------------
  add('product catalog CSV with SKUs and EANs', `sku,ean,name,price_eur,stock
KR-${r(UPPER + DIGITS, 6)}-BLK,40${r(DIGITS, 11)},Titanium Key Ring (black),24.90,118
KR-${r(UPPER + DIGITS, 6)}-SLV,40${r(DIGITS, 11)},Titanium Key Ring (silver),24.90,64
PW-${r(UPPER + DIGITS, 8)},40${r(DIGITS, 11)},Password Notebook A6,9.50,302
SEC-${r(UPPER + DIGITS, 4)}-${r(UPPER + DIGITS, 4)},40${r(DIGITS, 11)},Security Key NFC (USB-C),54.00,27`);
  add('marketing email with public promo codes (judgment call: published coupon codes)', `Black Friday is here! 🎉

Use code BLACKFRIDAY26 for 30% off everything, or ${r(UPPER, 4)}${r(DIGITS, 2)}-${r(UPPER + DIGITS, 5)} for free shipping on orders over €50.
Students: STUDENT-${r(UPPER + DIGITS, 6)} (valid with a university email).
Offer ends 30 November 2026 at midnight CET.`);
  add('shipment notifications with tracking numbers', `Your order #${r(DIGITS, 9)} has shipped!
UPS: 1Z${r(UPPER + DIGITS, 6)}${r(DIGITS, 10)}
DHL Paket: 00340434${r(DIGITS, 12)}
USPS: 9400 1${r(DIGITS, 3)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 2)}
FedEx: ${r(DIGITS, 12)}
Track at https://track.corp.example/t/${r(UPPER + DIGITS, 10)}`);
  add('travel itinerary with booking references', `BOOKING CONFIRMATION
Booking reference (PNR): ${r('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6)}
E-ticket number: 220-${r(DIGITS, 10)}
Flight LH 2041  MUC → CPH  28 NOV 2026  07:35
Hotel confirmation no.: ${r(DIGITS, 9)} / PIN code for mobile check-in provided at the front desk
Rail booking code: ${r(UPPER + DIGITS, 6)}`);
  add('vehicle fleet export with VINs and plates', `vin,plate,model,odometer_km
WVWZZZ${r('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 11)},M-CP ${r(DIGITS, 4)},VW ID.4,41200
WBA${r('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)},B-KX ${r(DIGITS, 3)}E,BMW i4,18830
VF1${r('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 14)},HH-RT ${r(DIGITS, 4)},Renault Kangoo E-Tech,63010`);
  add('hardware inventory with serials, MACs and IMEIs', `asset_tag,type,serial,mac,imei,assigned_to
CORP-${r(DIGITS, 5)},MacBook Pro 14,${r(UPPER + DIGITS, 10)},${Array.from({ length: 6 }, () => hex(2)).join(':')},,ana
CORP-${r(DIGITS, 5)},ThinkPad X1,PF${r(UPPER + DIGITS, 6)},${Array.from({ length: 6 }, () => hex(2)).join(':')},,li.wei
CORP-${r(DIGITS, 5)},iPhone 16,${r(UPPER + DIGITS, 10)},,35${r(DIGITS, 13)},sam
CORP-${r(DIGITS, 5)},YubiKey 5C NFC,${r(DIGITS, 8)},,,sam`);
  add('invoice with IBAN and VAT id (PII, not a credential)', `INVOICE ${r(DIGITS, 4)}-${r(DIGITS, 5)}
Corp Example GmbH · VAT ID DE${r(DIGITS, 9)}
Amount due: €1,249.00   Due: 12 Dec 2026
Pay to: IBAN DE${r(DIGITS, 2)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 4)} ${r(DIGITS, 2)}  BIC COBADEFFXXX
Payment reference: RF${r(DIGITS, 2)}${r(UPPER + DIGITS, 12)}`);
  add('nmcli Wi-Fi scan with SSIDs and BSSIDs', `$ nmcli dev wifi list
IN-USE  BSSID              SSID                 MODE   CHAN  RATE        SIGNAL  BARS  SECURITY
*       ${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}  CORP-Staff           Infra  36    540 Mbit/s  82      ▂▄▆█  WPA2 802.1X
        ${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}  CORP-Guest           Infra  6     130 Mbit/s  74      ▂▄▆_  WPA2
        ${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}  FRITZ!Box 7590 ${r(UPPER, 2)}   Infra  11    195 Mbit/s  40      ▂▄__  WPA2 WPA3
        ${Array.from({ length: 6 }, () => r(HEXU, 2)).join(':')}  DIRECT-${r(ALNUM, 2)}-HP M479 LaserJet  Infra  6  65 Mbit/s  22  ▂___  WPA2`);
  add('office wiki page about the guest Wi-Fi (password handed out at reception)', `### Guest Wi-Fi
Network name (SSID): **CORP-Guest**
The weekly password is printed on the card at reception and changes every Monday — please don't post it here.
Staff should use **CORP-Staff** (802.1X, sign in with your SSO account; no shared password).`);
  add('system_profiler hardware overview', `Hardware Overview:
      Model Name: MacBook Pro
      Model Identifier: Mac15,6
      Chip: Apple M3 Pro
      Memory: 36 GB
      System Firmware Version: 11881.41.5
      Serial Number (system): ${r(UPPER + DIGITS, 10)}
      Hardware UUID: ${uuid(r).toUpperCase()}
      Provisioning UDID: 00008122-${r(HEXU, 16)}
      Activation Lock Status: Enabled`);
  add('order confirmation page with order and customer numbers', `<div class="confirmation">
  <h1>Thank you for your order!</h1>
  <p>Order number: <strong>${r(UPPER, 3)}-${r(DIGITS, 4)}-${r(UPPER + DIGITS, 6)}</strong></p>
  <p>Customer number: ${r(DIGITS, 8)}</p>
  <p>Reference for bank transfer: ${r(UPPER + DIGITS, 12)}</p>
</div>`);
  add("Let's Encrypt certbot output with account ids", `Saving debug log to /var/log/letsencrypt/letsencrypt.log
Account registered.
Requesting a certificate for api.corp.example
Successfully received certificate.
Certificate is saved at: /etc/letsencrypt/live/api.corp.example/fullchain.pem
Key is saved at:         /etc/letsencrypt/live/api.corp.example/privkey.pem
This certificate expires on 2027-02-26.
$ cat /etc/letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/${md5(r)}/meta.json
{"creation_dt": "2026-11-28T09:14:07Z", "creation_host": "edge-01", "register_to_eff": null}`);

  // --- (L) logs, CI output, chat ------------------------------------------------------------------------------
  add('GitHub Actions log with masked secrets and digests', `2026-11-28T09:14:02.1184210Z ##[group]Run docker/login-action@${sha1(r)}
2026-11-28T09:14:02.1185012Z with:
2026-11-28T09:14:02.1185377Z   registry: ghcr.io
2026-11-28T09:14:02.1185790Z   username: corp-bot
2026-11-28T09:14:02.1186003Z   password: ***
2026-11-28T09:14:02.1186388Z   logout: true
2026-11-28T09:14:02.1186711Z ##[endgroup]
2026-11-28T09:14:03.0043120Z Login Succeeded!
2026-11-28T09:14:41.7781002Z #14 pushing manifest for ghcr.io/corp/api:${sha1(r)}@${digest(r)} 0.4s done
2026-11-28T09:14:41.9901733Z ##[warning]The \`set-output\` command is deprecated. GITHUB_TOKEN permissions: contents=read, packages=write`);
  const nodeDigest = digest(r);
  add('docker build output with layer and cache digests', `#0 building with "default" instance using docker driver
#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 1.02kB done
#2 [internal] load metadata for docker.io/library/node:22-alpine
#2 DONE 0.9s
#3 [base 1/4] FROM docker.io/library/node:22-alpine@${nodeDigest}
#3 resolve docker.io/library/node:22-alpine@${nodeDigest} 0.0s done
#4 [build 3/6] RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
#4 CACHED
#5 exporting to image
#5 writing image ${digest(r)} done
#5 naming to docker.io/corp/web:dev done`);
  add('Terraform plan with sensitive values hidden', `  # aws_db_instance.orders will be updated in-place
  ~ resource "aws_db_instance" "orders" {
        id                     = "db-${r(UPPER + DIGITS, 26)}"
      ~ instance_class         = "db.r6g.large" -> "db.r6g.xlarge"
      ~ password               = (sensitive value)
        tags                   = {
            "team" = "orders"
        }
        # (52 unchanged attributes hidden)
    }

  # random_password.jwt will be created
  + resource "random_password" "jwt" {
      + id          = (known after apply)
      + length      = 48
      + result      = (sensitive value)
      + special     = false
    }

Plan: 1 to add, 1 to change, 0 to destroy.`);
  add('Jenkins console with masked credentials', `[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS or $NPM_TOKEN
[Pipeline] {
[Pipeline] sh
+ mvn -B deploy -Dnexus.user=deploy -Dnexus.password=****
[INFO] Uploaded to nexus: https://nexus.corp.example/repository/releases/com/corp/token-service/3.2.0/token-service-3.2.0.jar (41 MB at 22 MB/s)
+ npm config set //registry.npmjs.org/:_authToken ****
[Pipeline] }
[Pipeline] // withCredentials
Finished: SUCCESS`);
  add('application log about token refresh without token values', `2026-11-28 09:14:07,118 INFO  [oauth.refresh] refreshed access token for client_id=corp-cli user_id=${uuid(r)} expires_in=3600 token_fingerprint=${hex(16)}
2026-11-28 09:14:07,201 WARN  [oauth.refresh] refresh token reuse detected for family=${ulid(r)}; revoking family
2026-11-28 09:14:07,202 INFO  [audit] event=token.family.revoked family=${ulid(r)} actor=system request_id=${uuid(r)}`);
  add('cert-manager controller log', `I1128 09:14:07.118446       1 conditions.go:263] Setting lastTransitionTime for CertificateRequest "api-tls-1" condition "Approved" to 2026-11-28 09:14:07.118 +0000 UTC m=+1811.204
I1128 09:14:08.002113       1 acme.go:236] "certificate issued" logger="cert-manager.controller.sign" resource_name="api-tls-1" resource_namespace="edge" resource_kind="CertificateRequest" related_resource_name="api-tls-1-${r(DIGITS, 10)}" related_resource_kind="Order"
I1128 09:14:08.010771       1 secret_manager.go:118] "updated Secret with new certificate" secret="edge/api-tls" serial="${r(HEXL, 36)}"`);
  add('Slack chat about rotating a token (no token pasted)', `[14:02] priya: heads up, I rotated the npm publish token — the new one is in 1Password under "npm / corp-bot"
[14:03] jonas: thanks! do I need to update the GH secret too?
[14:03] priya: already did, NPM_TOKEN in the org secrets. old token revoked at 14:00
[14:05] jonas: CI green on ${hex(7)} 🎉`);
  add('GitHub issue comment with a redacted token and commit references', `@jonas the failing run is https://github.com/corp/infra/actions/runs/${r(DIGITS, 11)}/job/${r(DIGITS, 11)}
It started after ${hex(7)} (bump of actions/checkout). The log shows \`Authorization: token ghp_****\` being rejected,
so I think the PAT simply expired. I've revoked it and switched the workflow to the GitHub App (commit ${sha1(r)}).`);
  add('incident postmortem mentioning key ids by suffix', `## Timeline (UTC)
- 09:02 Alert: unusual GetSecretValue volume from role ci-deploy
- 09:10 Key ending in …${r(UPPER + DIGITS, 4)} disabled in IAM; sessions revoked
- 09:30 New key issued via the rotation workflow (not shared outside Vault)
- 10:15 Root cause: debug flag printed env in a fork's CI run; logs deleted, run ${r(DIGITS, 11)} purged

Action items: enforce \`ACTIONS_STEP_DEBUG=false\` on forks; add secret scanning pre-receive hook.`);
  add('runbook with kubectl create secret using variables', `### Restoring the DB credentials

1. Fetch the password from Vault: \`export DB_PASSWORD=$(vault kv get -field=password secret/orders/db)\`
2. Recreate the secret:

   kubectl -n orders create secret generic orders-db \\
     --from-literal=username=orders_app \\
     --from-literal=password="$DB_PASSWORD" \\
     --dry-run=client -o yaml | kubectl apply -f -

3. \`unset DB_PASSWORD\` and restart the deployment.`);

  return out;
}
