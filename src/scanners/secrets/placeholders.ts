/**
 * Values that look like secrets but are not: placeholders, environment references, template
 * variables, redaction marks, hashes, UUIDs and subresource-integrity strings. A credential scanner
 * that flags `${OPENAI_API_KEY}` or `sha384-…` teaches people to ignore it.
 */

const PLACEHOLDER_WORDS =
  /(?:example|placeholder|your[_-]?|changeme|change[_-]me|dummy|sample|redacted|insert|replace|fake|xxxx|\*\*\*|<[^>]*>|todo|secret_here|key_here|token_here|here$|^my[_-]?(?:pass|pwd|secret|token|key|api|access|auth|client|app|db|user)|lorem|ipsum|hello[_-]?world|foo[_-]?bar|^test$|^none$|^null$|^undefined$|^true$|^false$|^password$|^secret$|^empty$|^string$|^1password$|^bitwarden$|^keepass(?:xc)?$|^lastpass$)/i;

/**
 * The name of a credential standing where its value would be (`password TOKEN`, `password: db_password`,
 * `secret = APP_SECRET`), or a test value that says what it is (`testpassword`, `demo_token1`): a word or
 * identifier made only of letters, with a credential noun among its words. Chosen passwords that
 * use such a word almost always add a digit or a symbol (`s3cr3t_Sauce`, `Tokens4all!`), which this leaves alone.
 */
const CREDENTIAL_NOUN = /^(?:pass|passwd|password|pwd|passphrase|passcode|pin|secret|token|key|apikey|credential|credentials|auth)$/;
const TEST_CREDENTIAL = /^(?:test|demo|mock|dev|local)[_-]?(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|key|user)[_-]?\d{0,3}$/i;

const PASCAL_CASE = /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/;

export function isCredentialName(value: string): boolean {
  if (TEST_CREDENTIAL.test(value)) return true;
  // The separator is required: `(?:[_.-]?[A-Za-z]+)*` would backtrack exponentially on a long run of letters.
  if (value.length > 48 || !/^[A-Za-z]+(?:[_.-][A-Za-z]+)*$/.test(value)) return false;
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .map((w) => w.toLowerCase());
  // Several words glued in PascalCase (`SuperSecret`, `KeyMaster`, `AdminPass`) read as a chosen
  // password, not as an identifier: names are snake_case, ALL_CAPS, lowerCamel or one word ("Password").
  if (words.length > 1 && PASCAL_CASE.test(value)) return false;
  return words.some((w) => CREDENTIAL_NOUN.test(w) || w === 'apikey');
}

/** True when `value` is a reference or a placeholder rather than a credential. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  // Ansible's mask for a `no_log` parameter (blind batch V).
  if (v === 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER') return true;
  // A placeholder percent-encoded in a URL (`postgres://app:%3Cpassword%3E@db/app`; blind batch R).
  if (v.includes('%3') && /%3[CcEeDd]/.test(v)) return isPlaceholder(v.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  // `{apiKey}` and `{YOUR_TOKEN}` name a value to fill in; `{ZqL5kVrX1n8tA2}` is a filled-in value
  // that kept the template's braces (a name changes character class a few times, a key every other character).
  const braced = /^\{([A-Za-z0-9+/=_.~-]{10,})\}$/.exec(v)?.[1];
  if (braced !== undefined && classTransitions(braced) >= Math.max(4, braced.length / 3)) return isPlaceholder(braced);
  // (`$$NAME` is a Makefile's escaped reference.)
  if (/^\$\$?\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /\$\{[^}]*\}/.test(v) || /\{\{[^}]*\}\}/.test(v) || /^%[A-Za-z_]\w*%$/.test(v) || /%\([A-Za-z_][\w.-]*\)s|%s\b|\{\w*\}/.test(v)) return true;
  // A secret manager's reference: 1Password (`op://vault/item/field`), Azure Key Vault, AWS, GCP, generic `sm://`.
  if (/^(?:(?:op|sm|gsm|akv|ssm|vault|doppler|infisical|secret|secrets|keyvault|awssm|gcpsm|bws):\/{0,2}[\w.-]+\/|@Microsoft\.KeyVault\(|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[\w-]+\/secrets\/)/i.test(v)) return true;
  // A token-replacement marker of a build or deploy tool (`__DB_PASSWORD__`, `@@TOKEN@@`, `%env(DB_PASSWORD)%`) or a note (`(hidden)`).
  if (/^(__|@@|%%|##|\$\$)[\w.-]+\1$/.test(v) || /^%[\w.() -]+%$/.test(v) || /^\([A-Za-z _.-]*\)$/.test(v)) return true;
  // A bound parameter of a query (`password = :password`, `@Password`).
  if (/^:[A-Za-z_]\w*$|^@[A-Za-z_]+$/.test(v)) return true; // not `@dmin2024`
  // A YAML tag naming where the value comes from: `!vault |`, `!Ref DbPassword`, Home Assistant's `!secret wifi`;
  // a YAML anchor or alias (`&db_password`, `*db_password`): the value is defined elsewhere.
  // Anchor names are identifiers (`*db_password`, `*DB_PASS`, `*dbPassword`); `*a9F3kLm2` is a password that starts with `*`.
  if (/^![A-Za-z]+$/.test(v) || /^[&*](?:[a-z_][a-z0-9_.-]*|[A-Z_][A-Z0-9_]*|[a-z]+(?:[A-Z][a-z]+)+)$/.test(v)) return true;
  if (/^(?:process\.env|os\.environ|env\.|getenv|secrets\.|vault:|ENV\[|\$env:)/i.test(v)) return true;
  // A Nagios macro (`$USER3$`, `$ARG1$`) and Windows setup's redaction mark (`*SENSITIVE*DATA*DELETED*`).
  if (/^\$[A-Z_]+\d*\$$/.test(v) || /^\*SENSITIVE\*DATA\*DELETED\*$/i.test(v)) return true;
  // A reference cut short by the value pattern: `${DB_PASSWORD:-}`, `#{DbPassword}`, `%{token}`, `$(ApiKey)`.
  // Also an interpolation with a named function (Grafana's `$__env{GF_PASSWORD}`, `$__file{…}`).
  // An angle bracket at either end is such a cut (`<your`, `key>`), and one around a word a template
  // (`sk-<key>`); inside a random value it is one more symbol (WordPress salts hold them).
  if (/^[<>]|[<>]$|<[\w .-]*>/.test(v) || /^\[.*\]$/.test(v) || /^(?:\{|\$\(|[$#%@]\{|\$\w+\{)/.test(v)) return true;
  // An elided value (`eyJhbGciOi...`, `sk-…a1B2`): no key alphabet has a run of dots.
  if (/\.{3}|\u2026/.test(v)) return true;
  if (/^(.)\1+$/.test(v) || /^[x*•#.\-_]+$/i.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  if (/^(?:abc|123|qwerty)/i.test(v) && v.length < 16) return true;
  if (/abcdefghij/i.test(v)) return true;
  return false;
}

/** Counts of ASCII units for `isFiller`, all zero between calls (calls are synchronous). */
const unitCounts = new Uint32Array(128);

/**
 * A value that fills a format with filler: a run of one character (`xxxxxx`, `######`, `111111`),
 * one character making up most of it, or the word EXAMPLE. Applies to every rule, prefixed or not.
 */
export function isFiller(secret: string): boolean {
  // `123-123-123`: groups of at most 16 digits (unbounded, every start in a long digit run tried
  // every length: 80 KB of digits after a `glrt-` prefix took 11 s).
  if (secret.includes('EXAMPLE') || (secret.includes('-') && /(\d{3,16})-\1-\1/.test(secret))) return true;
  // One pass over the code units (this runs on every candidate, so no Map, no regex and no fresh
  // array): the longest run of one unit, and the most frequent unit. Non-ASCII values (rare) are
  // counted by character.
  const counts = unitCounts;
  let most = 0;
  let run = 0;
  let counted = 0; // units counted, cleared again below
  let verdict: boolean | undefined;
  for (; counted < secret.length; counted++) {
    const c = secret.charCodeAt(counted);
    if (c >= 128) break;
    const n = ++counts[c]!;
    if (n > most) most = n;
    run = counted > 0 && c === secret.charCodeAt(counted - 1) ? run + 1 : 1;
    if (run >= 10) {
      verdict = true;
      counted++;
      break;
    }
  }
  for (let i = 0; i < counted; i++) counts[secret.charCodeAt(i)] = 0;
  if (verdict !== undefined) return verdict;
  if (counted < secret.length) return isFillerByCharacter(secret);
  return most / secret.length > 0.4;
}

function isFillerByCharacter(secret: string): boolean {
  if (/(.)\1{9,}/u.test(secret)) return true;
  const counts = new Map<string, number>();
  let length = 0;
  for (const ch of secret) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    length++;
  }
  return Math.max(...counts.values()) / length > 0.4;
}

/** UUIDs are identifiers, not credentials (unless a rule for a UUID-shaped key says otherwise). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * A stored password hash: crypt(3) and PHC strings (`$2b$12$…` bcrypt, `$argon2id$…`, `$6$…`
 * sha-crypt, `$apr1$…`, `$y$…` yescrypt, `$scrypt$…`), Django (`pbkdf2_sha256$…`), Werkzeug
 * (`pbkdf2:sha256:…`), Cisco ASA (`$sha512$5000$…`), LDAP (`{SSHA}…`), Spring (`{bcrypt}$2a$…`) and PostgreSQL (`SCRAM-SHA-256$4096:…`, `md5` + 32 hex). A digest in a users fixture,
 * not a credential; Spring's `{noop}` marks a plaintext password and is not among them.
 */
const PASSWORD_HASH = /^(?:\{(?:bcrypt|pbkdf2|scrypt|argon2|sha256)\})?(?:\$(?:2[abxy]?|1|5|6|apr1|y|gy|7|md5|sha1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?|sha512)\$|(?:pbkdf2_sha\d+|bcrypt_sha256|argon2|sha1|md5|scrypt)\$|pbkdf2:sha\d+:|\{(?:SSHA|SHA|SMD5|MD5|CRYPT|SSHA256|SSHA512|PBKDF2)\}|SCRAM-SHA-256\$\d+:|md5[0-9a-f]{32}$)/i;

/** A date written with `-`, `.` or `/` ("2026-12-31", "2026.12.31."): what a label's line gives more often than a password. */
export function isDateShaped(value: string): boolean {
  return DATE_SHAPE.test(value);
}
const DATE_SHAPE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\.?$/;

export function isPasswordHash(value: string): boolean {
  return PASSWORD_HASH.test(value);
}

/** A hex digest (MD5, SHA-1, SHA-256, SHA-512) or an SRI / algorithm-prefixed hash. */
export function isHashLike(value: string, before: string): boolean {
  // (`hmac-sha256:…`: Vault's audit log writes every sensitive value as its HMAC; blind batch X.)
  if (/^(?:hmac-)?(?:sha(?:1|224|256|384|512)|md5)[-:]/i.test(value) || isPasswordHash(value)) return true;
  // The key of an HMAC comes right after its algorithm's name: `createHmac('sha256', '<key>')` is no digest.
  if (HMAC_KEY_BEFORE.test(before)) return false;
  if (/(?:integrity|sha\d*|md5|checksum|digest|hash|commit|etag|fingerprint|revision|rev)\W{0,6}$/i.test(before)) return true;
  return false;
}

/** An HMAC call's algorithm argument, the key argument next: `createHmac("sha256", `, `Hmac<Sha256>::new_from_slice(`. */
const HMAC_KEY_BEFORE = /hmac\w{0,12}\(\s{0,4}["'`]?[\w-]{2,12}["'`]?\s{0,4},\s{0,4}b?["'`]?$/i;

/** Rows of the QWERTY keyboard, for keyboard walks typed as filler (`qwertyuiop`, `asdfghjkl`). */
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Every seven keys in a row of KEYBOARD_ROWS, cut once (this is asked of every candidate). */
const KEYBOARD_WALKS = KEYBOARD_ROWS.flatMap((row) => Array.from({ length: row.length - 6 }, (_, i) => row.slice(i, i + 7)));

/**
 * A value typed to fill a format rather than issued: it spells out the alphabet in order, eight or
 * more letters in a row (`abcdefgh`, `klmnopqrstuvwx`) or twelve or more with digits between them
 * (`abc123def456ghi789jkl012`, `a1b2c3d4e5f6g7h8i9j0k1l2`); or it counts through the hex alphabet
 * (`0123456789abcdef`, ten or more characters across the 9→a step); or it walks a keyboard row
 * (`qwertyu`). A random base62 key has such a run with odds below 26^-7. Digit runs alone
 * (`12345678`) do not count: gitleaks' own true examples use them, and digits in order turn up in real ids.
 */
export function isTypedSequence(value: string): boolean {
  // Typed filler starts where the value does; the first 256 characters decide (a PEM body can run to 16 KiB).
  const secret = value.length > 256 ? value.slice(0, 256) : value;
  let letterRun = 0; // letters in order, digits and separators between them skipped
  let adjacentRun = 0; // letters in order, next to each other
  let lastLetter = -2;
  let run = 0;
  let last = -2;
  let crossed = false;
  for (let i = 0; i < secret.length; i++) {
    const c = secret.charCodeAt(i);
    const folded = c | 0x20;
    // 0–9 → 0–9 and a–z → 10–35, so `9a` is a step like `ab` and `12`.
    const ord = c >= 0x30 && c <= 0x39 ? c - 0x30 : folded >= 0x61 && folded <= 0x7a && (c <= 0x5a || c >= 0x61) ? folded - 0x61 + 10 : -1;
    if (ord >= 10) {
      letterRun = ord === lastLetter + 1 ? letterRun + 1 : 1;
      adjacentRun = ord === last + 1 ? adjacentRun + 1 : 1;
      lastLetter = ord;
      if (adjacentRun >= 8 || letterRun >= 12) return true;
    } else {
      adjacentRun = 0;
    }
    if (ord >= 0 && ord === last + 1) {
      run++;
      if (ord === 10) crossed = true;
    } else {
      run = ord >= 0 ? 1 : 0;
      crossed = false;
    }
    last = ord;
    if (run >= 10 && crossed) return true;
  }
  if (secret.length < 7) return false;
  const lower = secret.toLowerCase();
  for (const walk of KEYBOARD_WALKS) if (lower.includes(walk)) return true;
  return false;
}

/** Changes between lower case, upper case and digits inside each `-_.`-separated part. */
export function classTransitions(value: string): number {
  // By code unit: a character of two units is no letter or digit either way, and it ends a class run once or twice alike.
  let n = 0;
  let prev = 0; // 1 lower case, 2 upper case, 3 digit, 0 anything else
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const cls = c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 3 : 0;
    if (cls !== 0 && prev !== 0 && cls !== prev) n++;
    prev = cls;
  }
  return n;
}

/**
 * Ciphertext of a tool made to keep secrets in a repository: SOPS (`ENC[AES256_GCM,…]`), Ansible
 * Vault, HashiCorp Vault transit (`vault:v1:…`), AWS KMS blobs (`AQICAH…`), and Bitnami Sealed
 * Secrets (`Ag…` under `encryptedData:`). Only the key holder can read them; committing them is the point.
 */
export function isCiphertext(value: string, text: string, start: number): boolean {
  // Jenkins stores credentials encrypted with its master key as `{AQAAABAAAAAQ…}` (credentials.xml, blind batch H).
  if (/^(?:ENC\[|\$ANSIBLE_VAULT;|vault:v\d+:|AQICAH|\{AQAAAB|\{cipher\})/.test(value)) return true;
  // Any brace-wrapped base64 as the text of an XML password element: how Jenkins keeps every secret of
  // credentials.xml and config.xml (blind batch K: `<password>{Z28kvVkZ…}</password>`).
  if (/^\{[A-Za-z0-9+/]{24,}={0,2}\}$/.test(value) && /<(?:password|secret|passphrase|privateKey|apiToken)>$/i.test(text.slice(Math.max(0, start - 16), start))) return true;
  if (!/^Ag[A-D][A-Za-z0-9+/]{100,}={0,2}$/.test(value)) return false;
  const at = text.lastIndexOf('encryptedData:', start);
  return at >= 0 && start - at < 2000;
}

/**
 * Base64 whose text is a placeholder: Kubernetes Secrets and Basic headers carry values encoded
 * (`Y2hhbmdlbWU=` is `changeme`), so the placeholder test must see through one layer.
 */
export function isEncodedPlaceholder(value: string): boolean {
  if (value.length < 8 || value.length > 256 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  // Encoded JSON (Neptune's API token is `{"api_address": …, "api_key": …}` in base64) is data, not a placeholder.
  if (decoded.startsWith('{') || decoded.startsWith('[')) return false;
  // Also an htpasswd line (`admin:$apr1$…`, `{SHA}`, bcrypt), as an ingress's basic-auth Secret holds it: a hash.
  return /^[\x20-\x7e]+\n?$/.test(decoded) && (isPlaceholder(decoded) || HTPASSWD_LINE.test(decoded));
}
const HTPASSWD_LINE = /^[^:\s]{1,64}:(?:\$(?:apr1|2[aby]|1|5|6|argon2\w{0,2})\$|\{SSHA?\})/;
