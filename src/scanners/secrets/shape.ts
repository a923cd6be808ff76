import { isSupabaseAnonKey } from './jwt.js';
import { classTransitions, isCredentialName, isPlaceholder } from './placeholders.js';
import { isSpaceUnit } from '../../core/code-units.js';

/**
 * Shape checks for values found by assignment rules (`api_key = …`, `password: …`), where no format
 * prefix vouches for the value: the key may name metadata about a secret rather than the secret, and
 * the value may be an identifier, a code expression, a config word or an encoded file.
 */

/**
 * Last words of key names that describe a secret instead of holding it: `auth_request_id`,
 * `secret_version`, `password_policy`, `token_expires_at`, `api_key_hash`.
 */
const METADATA_WORDS = new Set([
  'id', 'ids', 'uuid', 'guid', 'name', 'names', 'label', 'alias', 'ref', 'reference', 'arn',
  'url', 'uri', 'urls', 'endpoint', 'host', 'path', 'file', 'filename', 'dir', 'location',
  'type', 'types', 'kind', 'format', 'mode', 'method', 'provider', 'strategy', 'scheme', 'algorithm', 'alg',
  'length', 'len', 'size', 'count', 'min', 'max', 'limit',
  'version', 'ver', 'revision', 'rev', 'hash', 'hashed', 'digest', 'checksum', 'sha', 'sha1', 'sha256', 'md5', 'fingerprint', 'etag',
  'policy', 'rotation', 'regex', 'pattern', 'hint', 'prompt', 'placeholder', 'template',
  'ttl', 'expiry', 'expires', 'expiration', 'expire', 'timeout', 'at', 'ts', 'time', 'date', 'age',
  'enabled', 'disabled', 'required', 'status', 'state', 'level', 'scope', 'scopes', 'field', 'column', 'header', 'param',
  'issuer', 'audience', 'user', 'username', 'email', 'owner', 'region', 'index', 'prefix', 'suffix', 'encoding',
  'encryption', 'cipher', 'hasher', 'hashing', 'changed', 'updated', 'created', 'modified',
]);

/** Words around `pass` that are not about passwords. */
/**
 * First words of a key name that make the rest the stored form of a secret, or a form's anti-forgery nonce
 * (`authenticity_token`, `csrf_token`: a per-session value that authenticates no one; blind batch R).
 */
const LEADING_METADATA_WORDS = new Set(['hashed', 'hash', 'digest', 'salted', 'authenticity', 'csrf', 'xsrf']);

const NOT_PASS_WORDS = /^(?:by|com|tres|encom|over|under|sur|im)pass/;

/**
 * The key name right before a value: `"auth_request_id": "` → `auth_request_id`. What comes between
 * them is left out: quotes, also escaped up to three times (JSON in JSON), white space, `:=>?,`, a
 * subscript's `[` `]` and a call's `(` (`["password"] = `, `("password", `). Read backwards from the
 * end, which gives what `before.replace(/(?:\\{0,3}["'`]|[\s:=>?,\]]|\[|\()*$/, '')` and then
 * `/[A-Za-z0-9_.-]*$/` give (the test beside this file compares them): those two expressions, anchored
 * at the end, were tried from every position of the text before each candidate.
 */
export function keyNameBefore(before: string): string {
  let end = before.length;
  while (end > 0) {
    const c = before.charCodeAt(end - 1);
    if (c === 34 || c === 39 || c === 96) {
      // A quote, and up to three backslashes escaping it (a fourth escapes nothing here: kept).
      end--;
      for (let k = 0; k < 3 && end > 0 && before.charCodeAt(end - 1) === 92; k++) end--;
    } else if (isSpaceUnit(c) || c === 58 || c === 61 || c === 62 || c === 63 || c === 44 || c === 93 || c === 91 || c === 40) {
      end--; // white space, `:` `=` `>` `?` `,` `]` `[` `(`
    } else {
      break;
    }
  }
  let start = end;
  while (start > 0 && isKeyNameChar(before.charCodeAt(start - 1))) start--;
  // A JSON string's escape before the name is not part of it: `\r\nauthenticity_token=` names `authenticity_token`.
  if (start > 0 && before.charCodeAt(start - 1) === 92 && end - start > 1 && /[nrt]/.test(before[start]!)) start++;
  return before.slice(start, end);
}

/** `[A-Za-z0-9_.-]`, by char code. */
const isKeyNameChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) || c === 95 || c === 46 || c === 45;

/** Splits an identifier into lower-case words at `_`, `-`, `.` and camelCase humps. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** A type annotation ending the text before a value (`: str = "`, `: Optional[str] = `), as the assignment rules read it. */
const TYPE_ANNOTATION_END = /(?<=[\w"'`\]])[ \t]{0,2}:[ \t]{0,2}[A-Za-z_][\w.]{0,40}(?:\[[\w., |]{0,60}\])?[?!]?(?:[ \t]{0,2}\|[ \t]{0,2}[A-Za-z_][\w.]{0,20}){0,2}[ \t]{0,2}(?==[ \t]{0,4}(?:\\{0,3}["'`])?$)/;

/** The text before a value without a type annotation between the key and `=`: `auth_token: str = "` → `auth_token = "`. */
export function withoutTypeAnnotation(before: string): string {
  // Most texts before a value have no `:` before their `=`; the test is for those that might.
  const eq = before.lastIndexOf('=');
  if (eq < 0 || before.lastIndexOf(':', eq) < 0) return before;
  return before.replace(TYPE_ANNOTATION_END, ' ');
}

/**
 * Answers of `namesMetadata` by key name (key names only, never values; like the phone-number cache
 * of the PII scanner it outlives a scan). Every named value asks it of its key, splitting the name
 * into words (three expressions and four arrays) was the costliest of the value's checks, and a text
 * repeats a few key names (`api_key`, `token`, `password`) many times. Cleared when full.
 */
const metadataAnswers = new Map<string, boolean>();
const METADATA_ANSWERS_MAX = 1024;

/** True when the key holds something about a secret (its id, hash, policy, expiry), not the secret. */
export function namesMetadata(keyName: string): boolean {
  let answer = metadataAnswers.get(keyName);
  if (answer === undefined) {
    answer = keyNamesMetadata(keyName);
    if (metadataAnswers.size >= METADATA_ANSWERS_MAX) metadataAnswers.clear();
    metadataAnswers.set(keyName, answer);
  }
  return answer;
}

function keyNamesMetadata(keyName: string): boolean {
  const words = identifierWords(keyName);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (METADATA_WORDS.has(last)) return true;
  // `hashed_token`, `digest_secret`, `salted_password`: the stored form of a secret, not the secret (blind batch Q).
  // `csrf_token`: a form's nonce (blind batch R).
  if (words.length > 1 && LEADING_METADATA_WORDS.has(words[0]!)) return true;
  return words.some((w) => NOT_PASS_WORDS.test(w)) && !words.some((w) => /^(?:pass(?:word|wd|phrase)?|pwd)$/.test(w));
}

/**
 * A slug or resource name (`oauth2-client-credentials`, `auth0-tenant-eu-west-1-prod`,
 * `cmp2-qat-1208358310`): words and numbers whose characters change class rarely, where a
 * machine-made key changes class every couple of characters (a random base62 string of 16 changes
 * about 9 times).
 */
export function looksLikeIdentifier(value: string): boolean {
  return classTransitions(value) < Math.max(3, value.length / 8);
}

/** Base64 of common file formats (PNG, JPEG, GIF, WebP, PDF, SVG, XML, ZIP, gzip, MP4): encoded files, not keys. */
const MEDIA_BASE64 = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|UklGR|JVBERi0|PHN2Zy|PD94bWw|UEsDB|H4sI|AAAA[GI]GZ0eXA)/;

export function isEncodedMedia(value: string, before: string): boolean {
  return MEDIA_BASE64.test(value) || /;base64,$/i.test(before);
}

/**
 * Base64 of public key material, by the fixed bytes its encoding starts with: OpenSSH public keys
 * (`AAAAB3NzaC1yc2E` is `ssh-rsa`), X.509 certificates (`MII…CCA`), and SubjectPublicKeyInfo of
 * RSA, P-256, P-384, Ed25519 and X25519 keys. Private keys start differently (`MIIEvQIBAD…`,
 * `MHcCAQEE…`, `b3BlbnNzaC1rZXk…`), so this never hides one.
 */
const PUBLIC_KEY_BASE64 =
  /^(?:AAAA[A-Za-z0-9+/]{2}NzaC1|AAAAE2VjZHNh|AAAAGnNrLX|MII[A-Za-z0-9+/]{3}CCA|MII[A-Za-z0-9+/]{2}jANBgkqhkiG9w0BAQEFAAOC|MFkwEwYHKoZIzj0CAQYI|MHYwEAYHKoZIzj0CAQYF|MCowBQYDK2V[wu]A)/;

/**
 * Keys a vendor publishes as client-side by design, told apart from their secret siblings by prefix:
 * Stripe publishable (`pk_live_`, not `sk_live_`), Mapbox public (`pk.eyJ`, not `sk.eyJ`), PostHog
 * project keys (`phc_`, not `phx_`).
 */
const PUBLISHABLE_KEY = /^(?:pk_(?:live|test)_|pk\.eyJ|phc_)/;

/** An Ethereum-style address (`0x` and 40 hex digits): public by design; a private key is 64 hex digits. */
const CHAIN_ADDRESS = /^0x[0-9a-fA-F]{40}$/;

export function isPublicValue(value: string): boolean {
  return PUBLIC_KEY_BASE64.test(value) || PUBLISHABLE_KEY.test(value) || CHAIN_ADDRESS.test(value) || isJwtHeaderAlone(value);
}

/**
 * A JWT's first segment standing alone (`eyJhbGciOiJSUzI1NiIs…` with no `.` after it): the header names the
 * algorithm and the key id and is the same in every token an issuer makes (blind batch X's docs page).
 */
function isJwtHeaderAlone(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9_-]{10,600}={0,2}$/.test(value)) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/**
 * Words of a Firebase web app's config object (`authDomain: "x.firebaseapp.com"`, `messagingSenderId`), or of
 * an Android app's google-services.json (`project_info`, `mobilesdk_app_id`, `current_key`), or of an iOS app's
 * GoogleService-Info.plist (`GOOGLE_APP_ID`, `GCM_SENDER_ID`; blind batch W).
 */
const FIREBASE_WEB_CONFIG = /authDomain|messagingSenderId|\.firebaseapp\.com|\.firebasestorage\.app|project_info|mobilesdk_app_id|current_key|GOOGLE_APP_ID|GCM_SENDER_ID/;
/** A Bugsnag client being started, its notifier key next: `Bugsnag.start({ apiKey: '…'`. */
const BUGSNAG_START = /Bugsnag\.(?:start|init)\(\s*\{?[^)]{0,40}$/;
/** How far around a key its config object's other fields are looked for. */
const CONFIG_REACH = 400;
/**
 * Keys made for client code, by shape: a Braintree tokenization key (`production_` or `sandbox_`, 8 and 16
 * lower-case characters), a Stripe PaymentIntent, SetupIntent or Checkout client secret (`pi_…_secret_…`,
 * handed to the browser to confirm one payment), a RevenueCat public SDK key (`appl_`, `goog_`, `amzn_`),
 * a New Relic browser agent's key (`NRJS-`, in every page the agent loads; blind batch Q).
 */
const CLIENT_KEY_SHAPES = /^(?:(?:production|sandbox)_[a-z0-9]{8}_[a-z0-9]{16}|(?:pi|seti|cs_live|cs_test)_[A-Za-z0-9]{10,40}_secret_[A-Za-z0-9]{10,40}|(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}|NRJS-[a-f0-9]{19})$/;

/**
 * Keys their vendors make to ship in client code, public by design like a publishable key: a
 * Google API key inside a Firebase web or Android app config (Firebase documents it as an identifier
 * that rules and restrictions guard, not a secret), a Supabase `anon` key, and the shapes of
 * CLIENT_KEY_SHAPES.
 * The same Google key shape used by a server (`?key=` on an API call) stays a secret. Blind batch H
 * had all three in its negatives.
 */
export function isPublicClientKey(value: string, text: string, start: number): boolean {
  // An FCM registration token (`…:APA91b…`) addresses one device; a Bugsnag notifier key ships in every app.
  if (text.startsWith(':APA91b', start + value.length) || BUGSNAG_START.test(text.slice(Math.max(0, start - 60), start))) return true;
  if (value.startsWith('AIza')) return FIREBASE_WEB_CONFIG.test(text.slice(Math.max(0, start - CONFIG_REACH), start + value.length + CONFIG_REACH));
  if (value.startsWith('eyJ')) return isSupabaseAnonKey(value);
  return CLIENT_KEY_SHAPES.test(value);
}

/** Words of sentences and labels; a diceware passphrase (`orbit seven cobalt lamp`) has none of them. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'is', 'are', 'be', 'to', 'of', 'in', 'on', 'for', 'your', 'you', 'my', 'at', 'least', 'and', 'or', 'not', 'no',
  'with', 'this', 'that', 'enter', 'please', 'must', 'will', 'can', 'do', 'does', 'here', 'new', 'old', 'current', 'confirm',
  'show', 'hide', 'forgot', 'reset', 'change', 'characters', 'required', 'invalid', 'match', 'should', 'contain', 'use', 'set',
]);

/** A passphrase of several words (`"Orbit seven cobalt lamp"`), not a sentence or a label (`"Confirm your password"`). */
export function isPassphrase(value: string): boolean {
  const words = value.toLowerCase().split(' ');
  return words.length >= 4 && !words.some((w) => FUNCTION_WORDS.has(w) || isCredentialName(w));
}

/**
 * An unquoted value that is code, not a literal: a call or index (`getpass.getpass()`,
 * `request.form["password"]`), a member path (`settings.DB_PASSWORD`), or a shell or
 * Windows variable (`$PGPASSWORD`, `%DB_PASSWORD%`).
 */
export function isCodeExpression(value: string): boolean {
  if (/[([]/.test(value)) return true;
  // Member paths read like words (`config.dbPassword`); a dotted token (`s.ZC9Ecf4M5g9o34Q6Rk`) does not.
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value) && looksLikeIdentifier(value)) return true;
  if (POWERSHELL_CMDLET.test(value)) return true;
  return /^\$[A-Za-z_]\w*$|^%[A-Za-z_]\w*%$/.test(value);
}

/** A PowerShell cmdlet (`$password = Read-Host -AsSecureString`), by its approved verbs. */
const POWERSHELL_CMDLET = /^(?:Get|Read|Set|New|ConvertTo|ConvertFrom|Import|Export|Invoke|Select|Out|Write|Resolve|Unprotect)-[A-Z][A-Za-z]+$/;

/**
 * An unquoted value that is the first word of a sentence (`forgot_password: Forgot your password?`,
 * `password: Enter a new one`): letters only, followed on its line by another lower-case word that is
 * not itself a `key=value`. A password followed by more settings (`password=Hunter user=svc`) is kept.
 */
export function startsProse(value: string, after: string): boolean {
  if (!/^[A-Za-z]{1,20}$/.test(value)) return false;
  // A capitalised word that opens no sentence is a chosen password even with words after it
  // (`wifi password: Sunshine for the guest network`); a lower-case one or an opener is prose.
  if (!/^[a-z]/.test(value) && !FUNCTION_WORDS.has(value.toLowerCase()) && !PROSE_OPENERS.has(value.toLowerCase())) return false;
  return /^[ \t]+[a-z]+(?:[ \t]+[\w(]|[ \t]*[?.!,]|[ \t]*$)/m.test(after) && !/^[ \t]+[\w.-]+[ \t]*[:=]/.test(after);
}

/** Words that open a sentence about where or how a password is kept (`Stored in 1Password`, `Sent via SMS`). */
const PROSE_OPENERS = new Set([
  'stored', 'saved', 'sent', 'kept', 'ask', 'see', 'check', 'contact', 'generated', 'provided', 'given', 'emailed', 'shared',
  'managed', 'rotated', 'handled', 'same', 'changed', 'located', 'found', 'written', 'via', 'from', 'per', 'available',
  'unknown', 'pending', 'expires', 'expired', 'was', 'were', 'has', 'have', 'had', 'it', 'its', 'we', 'they', 'our', 'their',
  'only', 'any', 'all', 'each', 'every', 'if', 'when', 'as', 'by', 'choose', 'pick', 'type', 'create', 'provide', 'get', 'request',
]);

/** Words that configure how a password is handled (`passwd: files`, `password_policy: strong`), never one. */
const PASSWORD_SETTING_WORDS = new Set([
  'files', 'file', 'strong', 'weak', 'medium', 'required', 'optional', 'none', 'disabled', 'enabled', 'prompt', 'stdin',
  'plain', 'plaintext', 'hashed', 'bcrypt', 'scrypt', 'argon2', 'argon2id', 'pbkdf2', 'sha256', 'sha512', 'md5', 'crypt',
  'systemd', 'ldap', 'sss', 'compat', 'nis', 'kerberos', 'never', 'always', 'auto', 'default', 'random', 'generated',
  'hidden', 'masked', 'text', 'input', 'field', 'form', 'reset', 'expired', 'valid', 'invalid', 'match', 'mismatch',
]);

/**
 * The word "password" in other languages: the value of `"password": "Passwort"` in a translation
 * file is a label for the field, not its content.
 */
const PASSWORD_TRANSLATIONS = new Set([
  'passwort', 'kennwort', 'contraseña', 'contrasena', 'clave', 'mot de passe', 'mot_de_passe', 'wachtwoord', 'lösenord', 'losenord',
  'salasana', 'hasło', 'haslo', 'senha', 'palavra-passe', 'parola', 'heslo', 'jelszó', 'jelszo', 'parolă', 'пароль',
  'лозинка', 'κωδικός', 'şifre', 'sifre', 'adgangskode', 'passord', 'geslo', 'lozinka', 'slaptažodis', 'parole', 'kata sandi',
  'mật khẩu', 'รหัสผ่าน', 'パスワード', '密码', '密碼', '비밀번호', 'סיסמה', 'كلمة المرور', 'पासवर्ड',
  'contrasenya', 'parool', 'lykilorð', 'lykilord', 'pasahitza', 'cyfrinair', 'nenosiri', 'kodeord', 'lösen', 'losen', 'гасло', 'парола', 'fjalëkalimi',
]);

/** A type in a schema or signature (`password: String!`, `password: str`, `secret: SecretStr`), not a value. */
const TYPE_NAME = /^\[?(?:string|str|int|integer|number|bool|boolean|bytes|text|char|varchar|secretstr|secretstring|securestring|password)\]?[!?]?$/i;

/** A date or time (`password_last_set: 2024-01-01`), or a hash algorithm's name (`password_encryption = scram-sha-256`). */
const DATE_OR_ALGORITHM = /^(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|(?:scram-)?sha-?(?:1|224|256|384|512)|md5|blowfish|des)$/i;

/**
 * Text in a script other than Latin, with no ASCII letter or digit (`パスワード（確認）`, `确认密码`, `Пароль…`): a
 * label of a translation file or a form, not a value typed at a password prompt (which keyboards in those scripts
 * still enter in ASCII; a password with a letter or digit of it is left alone).
 */
const NON_LATIN_LABEL = /^(?=[^A-Za-z0-9]*$)(?=.*[^\x00-\u024f])[\p{L}\p{M}\p{P}\p{Zs}]+$/u;

export function isPasswordSetting(value: string): boolean {
  const lower = value.toLowerCase();
  return (
    PASSWORD_SETTING_WORDS.has(lower) ||
    DATE_OR_ALGORITHM.test(value) ||
    PASSWORD_TRANSLATIONS.has(lower.replace(/_/g, ' ')) ||
    PASSWORD_TRANSLATIONS.has(lower) ||
    TYPE_NAME.test(value) ||
    NON_LATIN_LABEL.test(value)
  );
}

/**
 * A value made mostly of one short unit repeated (`123123123123`, `abababab`): filler typed to fit a
 * format. Random keys almost never repeat a 2–6 character unit four times in a row.
 */
export function isRepeatedUnit(secret: string): boolean {
  const n = secret.length;
  if (n < 12) return false;
  const needed = Math.max(12, Math.ceil(n / 3));
  // For each unit length u, a stretch where every character equals the one u places back is the
  // unit repeated; it covers the stretch plus the first unit. Linear, no backtracking, and one pass
  // for the five lengths at once (this runs on every candidate): `su` counts the characters in a
  // row equal to the one u places back, `cu` is that character (-1 before the start: no match).
  let c1 = -1;
  let c2 = -1;
  let c3 = -1;
  let c4 = -1;
  let c5 = -1;
  let c6 = -1;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  let s6 = 0;
  for (let i = 0; i < n; i++) {
    const c = secret.charCodeAt(i);
    s2 = c === c2 ? s2 + 1 : 0;
    s3 = c === c3 ? s3 + 1 : 0;
    s4 = c === c4 ? s4 + 1 : 0;
    s5 = c === c5 ? s5 + 1 : 0;
    s6 = c === c6 ? s6 + 1 : 0;
    if ((s2 + 2 >= needed && s2 >= 6) || (s3 + 3 >= needed && s3 >= 9) || (s4 + 4 >= needed && s4 >= 12) || (s5 + 5 >= needed && s5 >= 15) || (s6 + 6 >= needed && s6 >= 18)) return true;
    c6 = c5;
    c5 = c4;
    c4 = c3;
    c3 = c2;
    c2 = c1;
    c1 = c;
  }
  return false;
}

/** Username and password equal (`guest:guest`, `postgres:postgres`): a product's published default. */
export function isDefaultCredential(match: string, password: string): boolean {
  const user = /\/\/([^\s:/@'"]{1,128}):/.exec(match)?.[1];
  return user !== undefined && user.toLowerCase() === password.toLowerCase();
}

/**
 * `Authorization: Basic <base64>` whose decoded `user:password` is a placeholder or a published default
 * (`user:password`, `admin:<password>`, `guest:guest`): documentation, not a credential. An empty
 * password (`browser:`) is still reported: the user name alone can be the secret (API keys sent as
 * the Basic user).
 */
export function isPlaceholderBasicAuth(match: string, secret: string): boolean {
  if (!/basic\s*$/i.test(match.slice(0, match.length - secret.length))) return false;
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0 || !/^[\x20-\x7e]+$/.test(decoded)) return false;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password === '') return false;
  return isPlaceholder(password) || password.toLowerCase() === user.toLowerCase() || /^(?:pass|passwd|pwd)$/i.test(password);
}

/**
 * An Algolia search-only key in a DocSearch / InstantSearch config (`{appId, apiKey, indexName}`):
 * public by design, shipped in the page of every site with a docs search box. Admin keys are not
 * written next to an index name in a front-end config.
 */
export function isPublicSearchKey(keyName: string, text: string, start: number): boolean {
  // A key its own name calls search-only (`searchOnlyApiKey`, `search_only_key`) is the public one wherever it stands.
  if (/^search[_-]?only[_-]?(?:api[_-]?)?key$/i.test(keyName)) return true;
  if (!/^(?:search_?)?api_?key$/i.test(keyName)) return false;
  const around = text.slice(Math.max(0, start - 300), start + 300);
  return around.includes('indexName') || around.includes('index_name') || around.includes('docsearch') || around.includes('DocSearch');
}
