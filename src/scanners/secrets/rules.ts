import { hasValidBase62Checksum } from './checksums.js';
import { checkJwt, isTruncatedJwt, jwtPayloadDecodes } from './jwt.js';
import { isPlaceholder } from './placeholders.js';
import { isDefaultCredential, isPassphrase, isPasswordSetting, isPlaceholderBasicAuth, looksLikeIdentifier, namesMetadata } from './shape.js';

/**
 * The value of an Authorization-style header that could authenticate: not a placeholder for Basic
 * credentials, and not a signed JWT cut short (isTruncatedJwt). The Authorization, web-server
 * proxy-header and curl header rules share it.
 */
function isLiveHeaderValue(secret: string, match: string): boolean {
  // (`AWS4-HMAC-SHA256` names SigV4's scheme; its `Signature=` is made for one request: blind batch Z.)
  return !isPlaceholderBasicAuth(match, secret) && !isTruncatedJwt(secret) && secret !== 'AWS4-HMAC-SHA256';
}

/** Base64 of `user:password` with a password of six characters or more, printable: what a Basic header carries. */
function isBasicCredential(value: string): boolean {
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\w.@+-]{1,128}:[\x21-\x7e]{6,128}$/.test(decoded);
}

/** A generic value must look machine-made: two character classes, no version or dotted identifier shape. */
function looksRandom(v: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(v)).length;
  // A final `.` ends a sentence (a final `-` or `_` is one base64url character in 32: not a sign of a name).
  if (classes < 2 || v.length < 16 || v.endsWith('.')) return false;
  if (/^[A-Z0-9]+(?:[_-][A-Z0-9]+)+$/.test(v) && /[A-Z]{3}/.test(v)) return false; // CONSTANT_NAME
  if (/\d+\.\d+\.\d+/.test(v) || /\.[a-z_]{3,}$/.test(v)) return false; // versions, member access
  if (!/\d/.test(v) && /^[a-z_.-]+$/i.test(v) && !hasRandomCase(v)) return false; // an identifier, not a key
  // Hex digits in both cases ("acdeFf05b1…"): a generated hex key is written in one case, and 16 or more
  // random base62 characters all falling among the hex letters happens about once in 10^7.
  if (/^[0-9a-fA-F]+$/.test(v) && /[a-f]/.test(v) && /[A-F]/.test(v)) return false;
  return !looksLikeIdentifier(v); // slugs and resource names: `auth0-tenant-eu-west-1-prod`
}

/**
 * Letters whose case changes as a random draw's does, not as words' do: one random base62 key of 20 in
 * 30 draws no digit (a Plex token `VoHaRAGrDKETvBelIZhs`, blind batch W), and is then all letters. In an
 * identifier a capital starts a word of lower-case letters (`PlexOnlineToken`) or an acronym
 * (`XMLHttpRequest`); a random draw puts a lower-case letter between two capitals (`VoH`) and two
 * capitals after a lower-case one (`aRA`) again and again.
 */
function hasRandomCase(v: string): boolean {
  const humps = (v.match(/[A-Z][a-z](?=[A-Z])/g)?.length ?? 0) + (v.match(/[a-z](?=[A-Z]{2})/g)?.length ?? 0);
  return humps >= 3;
}

/**
 * A device configuration's secret after its keyword: a digit or a symbol in it, which the words of prose
 * after the same keywords lack ("password 7 characters long", "enable password protection").
 */
function configValue(v: string): boolean {
  // (A full stop counts only inside the value: at its end it closes a sentence.)
  return /[\d!#$%&*?@^+=_~-]|\.(?=.)/.test(v);
}

/** Confidence of a GitHub / npm token: higher when its CRC32 checksum holds (see checksums.ts). */
function checksummed(valid: number, invalid: number): (s: string) => number {
  return (s) => (hasValidBase62Checksum(s) ? valid : invalid);
}

/**
 * Credential formats. Each rule names the format (the finding kind), the lower-case keywords of which
 * one must occur in the text before its pattern runs (a prefilter: most texts contain none, so most
 * rules cost one `includes`), and a pattern whose first capture group, when present, is the secret.
 * Formats with a distinctive prefix need no entropy test; context-keyed ones (a 32-hex value after
 * "datadog") do.
 */
export interface SecretRule {
  kind: string;
  keywords: readonly string[];
  pattern: RegExp;
  /** Lowest Shannon entropy (bits/char) of the secret; for formats without a distinctive prefix. */
  minEntropy?: number;
  /**
   * Lowest entropy instead of `minEntropy` when the secret is all hex digits: an alphabet of 16 tops out at
   * 4 bits a character, and one random 32-digit hex key in five scores below 3.5 (below 3.0: one in 10,000).
   */
  minEntropyHex?: number;
  /** Extra structural check on the secret. */
  validate?: (secret: string) => boolean;
  /** Score of a match (default 0.95). Generic rules score lower so a specific one wins on overlap. */
  score?: number;
  /** Whether placeholder/hash/UUID filters apply (default: only for rules with minEntropy or generic ones). */
  filterPlaceholders?: boolean;
  /** The format may legitimately be a UUID (an API key sent as a header value). */
  allowUuid?: boolean;
  /**
   * The secret is the value of a generically named key (`password = …`, `api_key: …`): the key must
   * not name metadata (`secret_version`, `auth_request_id`) and an unquoted value must not be code.
   */
  namedValue?: boolean;
  /** Score from the secret itself (e.g. a checksum that holds); overrides `score`. */
  rescore?: (secret: string) => number;
  /** Check of the secret against the whole match (e.g. the user name beside a password). */
  acceptMatch?: (secret: string, match: string) => boolean;
  /**
   * Every match contains one of the rule's keywords (ASCII, matched ignoring case) starting at most
   * this many characters after the match starts (`private_key`: `key`, 8 after). The scanner then
   * tries the pattern only at those starts, found by its keyword scan, instead of searching the text
   * (see detect.ts); a test checks the promise on every rule that makes it.
   */
  startsNearKeyword?: number;
}

// Left boundary: not inside a word, path or file name, but at the start of a URL's authority
// (`https://ghp_…@github.com`, a token used as the user name) or after an escape (`\\n` in JSON text).
const B = '(?<!(?<!\\\\)[A-Za-z0-9_.-])(?<![^/]/)';
const E = '(?![A-Za-z0-9_])';

function rule(kind: string, keywords: string[], source: string, extra: Partial<SecretRule> = {}, flags = ''): SecretRule {
  return { kind, keywords, pattern: new RegExp(source, `g${flags}d`), ...extra };
}

/** Assignment operators of config files and languages: `=`, `:`, `:=`, `::=`, `?=`, `=>`. */
const ASSIGN = '(?:[:?]{0,3}=>?|:)';
/**
 * An assignment, also with a type annotation between name and value: `auth_token: str = "…"` (Python,
 * also a parameter's default), `val apiKey: String = "…"` (Kotlin, Swift, Scala), `const token: string = "…"`
 * (TypeScript), `password: Optional[str] = "…"`, `const TOKEN: &str = "…"` (Rust). Tried first: the annotation needs `=` after it, and
 * without it `: str` would be read as the value.
 */
const TYPED_ASSIGN = `(?:[ \\t]{0,2}:[ \\t]{0,2}(?:&(?:'static[ \\t]+)?)?[A-Za-z_][\\w.]{0,40}(?:\\[[\\w., |]{0,60}\\])?[?!]?(?:[ \\t]{0,2}\\|[ \\t]{0,2}[A-Za-z_][\\w.]{0,20}){0,2}[ \\t]{0,2}=(?![=>])|[ \\t]{0,4}${ASSIGN})`;
/** Blanks between a call's arguments, line breaks included, also as a JSON string's `\\n` escape. */
const CODE_GAP = '(?:[ \\t\\r\\n]|\\\\[nrt]){0,12}';
/** Quote closing a key and opening a value, also escaped (`\\"` in JSON logs), doubled (`""` in CSV) or both (`\\""`: JSON in a CSV cell). */
const Q = `(?:\\\\{0,3}(?:""|["'\`]))?`;
/** The same quote, required. */
const QR = `(?:\\\\{0,3}(?:""|["'\`]))`;

/** A value keyed by a service name: `<service>…key = <value>` (the name must end or be followed by a key word), also in a sentence (`Datadog API key for the EU org: <value>`). */
function keyed(kind: string, service: string[], value: string, minEntropy = 3.0): SecretRule {
  const names = service.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return rule(
    kind,
    service.map((s) => s.toLowerCase()),
    `(?<![A-Za-z])(?:${names})(?=[_.\\-\\s"':=\\\\]|key|token|secret|api|id|login|pass|auth|cred|client)(?:[\\w.-]{0,40}?|[ \\t][\\w .-]{0,30}?(?:key|token|secret)(?:[ \\t][\\w.-]{1,20}){0,4}?)${Q}[ \\t]{0,4}${ASSIGN}[ \\t]{0,4}${Q}(${value})${E}`,
    { minEntropy, score: 0.85, filterPlaceholders: true },
    'i',
  );
}

/**
 * The cell of the first row under a CSV header whose column k (0-based) names a credential, for k up to 4;
 * cells may be quoted. Commas, semicolons (spreadsheets in locales with a decimal comma) and tabs (rows
 * pasted from a spreadsheet) separate cells. A regular expression cannot count columns, so the rule has
 * one branch per separator and position, the header's cells before the name in a lookbehind;
 * a lookahead first needs the name to end its cell and a line to follow, so at the many `token`s and
 * `password`s of ordinary text the rule fails at once (five rules, one per position, tried at each
 * cost 3% of throughput).
 * A table also turns up inside a JSON string (`\\n` escapes for its line ends, its first line right
 * after the opening quote of a value, `"csv": "…`); no backslash inside a cell keeps the columns counted on
 * one line. Not after any quote: in `"name","password"` that quote opens a cell, not the table. The rest of
 * the header line and each cell are bounded, so a long line repeating the keyword is read in linear time.
 */
const CSV_LINE_START = '(?:^|\\n|\\\\n|(?<=[:=][ \\t]{0,2})")';
const CSV_LINE_END = '(?:\\r?\\n|(?:\\\\r)?\\\\n)';

function csvColumnRule(kind: string, keywords: string[], name: string, namePrefix: string, value: (d: string) => string, extra: Partial<SecretRule>): SecretRule {
  const header = (d: string) => `${name}"?(?:${d}[^\\n\\\\]{0,300})?${CSV_LINE_END}`;
  const column = (d: string, k: number) => {
    const cell = `(?:[^${d}\\n"\\\\]{0,200}${d}|"[^"\\n\\\\]{0,200}"${d})`;
    return `(?<=${CSV_LINE_START}${cell}{${k}}${namePrefix})${header(d)}${cell}{${k}}"?(${value(d)})"?(?=${d}|\\r?\\n|\\\\[rn]|\\\\?"|$)`;
  };
  const branches = CSV_SEPARATORS.flatMap((d) => [0, 1, 2, 3, 4].map((k) => column(d, k)));
  return rule(kind, keywords, `(?=${header('[,;\\t]')})(?:${branches.join('|')})`, { filterPlaceholders: true, namedValue: true, startsNearKeyword: 1, ...extra }, 'i');
}

const CSV_SEPARATORS = [',', ';', '\\t'];

/** A password column (an export of accounts); the header cell may be quoted (`"password"`), so the keyword starts at most 1 in. */
const CSV_PASSWORD_COLUMN = csvColumnRule('PASSWORD', ['password', 'passwd', 'pwd'], '"?(?:password|passwd|pwd)', '', (d) => `[^${d}\\n"\\\\]{4,128}`, { score: 0.75, minEntropy: 2.5 });

/**
 * Keywords of the key column rule: each name with the character that ends a header cell after it, so that
 * `token ghp_…` and `api_key="…"`, common in any text, do not select the rule at all.
 */
const CSV_KEY_KEYWORDS = ['api_key', 'api-key', 'apikey', 'secret', 'secret_key', 'secret-key', 'secretkey', 'token'].flatMap((name) =>
  [',', ';', '\t', '\n', '\r', '"', '\\'].map((end) => name + end),
);

/**
 * A column of API keys or tokens (`service,api_key,owner`): the header cell is the key name alone
 * (`api_key_last4`, `token_type` are other columns), and the value must look machine-made.
 */
const CSV_KEY_COLUMN = csvColumnRule('GENERIC_API_KEY', CSV_KEY_KEYWORDS, '(?:api[_-]?key|secret(?:[_-]?key)?|token)', '"?(?:client|access|auth|private|bearer)?[_-]?', () => '[A-Za-z0-9+/_.=~-]{16,256}', {
  score: 0.7,
  minEntropy: 3.5,
  minEntropyHex: 3.0,
  validate: looksRandom,
  startsNearKeyword: 0,
});

/** A Discord bot token: its first part is the bot's numeric id (a snowflake, 17 to 20 digits) in base64. */
function isDiscordToken(token: string): boolean {
  const id = Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString('latin1');
  return /^[1-9]\d{16,19}$/.test(id);
}

/** The element name of a property-list entry (`<key>API_SECRET</key>`), for the metadata checks. */
function plistKeyName(match: string): string {
  return /<key>([\w.-]*)<\/key>/.exec(match)?.[1] ?? '';
}

/** An Android string resource's name (`<string name="stripe_secret">`). */
function androidStringName(match: string): string {
  return /name\s*=\s*\\{0,3}"([\w.-]*)/.exec(match)?.[1] ?? '';
}

/** Names of values meant to ship in a client: public and publishable keys, ids. */
const PUBLIC_NAME = /public|publishable|client_?id|\bid$|_id$|Id$/i;

/** Base64 of a PEM private key: its first 60 bytes decode to the BEGIN line. */
function isEncodedPrivateKey(value: string): boolean {
  return /^-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----/.test(Buffer.from(value.slice(0, 80), 'base64').toString('latin1'));
}

/**
 * "Password" in other languages, as a label before a value. Keywords must be ASCII (a non-ASCII keyword
 * makes the keyword scan lower-case every text and lose the hit list the anchored rules use: −55% of
 * throughput), so each label is found by an ASCII stem (`contrase` for `contraseña`, `senord` for
 * `lösenord`); labels with no ASCII stem (Cyrillic, CJK, `hasło`, `şifre`) are not covered.
 */
const FOREIGN_PASSWORD_STEMS = ['contrase', 'passwort', 'kennwort', 'mot de passe', 'wachtwoord', 'senord', 'salasana', 'haslo', 'senha', 'palavra-passe', 'heslo', 'jelsz', 'adgangskode', 'passord', 'parola', 'nenosiri', 'kata sandi', 'kata laluan', 'lozinka', 'geslo', 'kodeord'];
// Swahili, Indonesian, Malay, Croatian/Serbian, Slovenian and Danish too (blind batch S).
const FOREIGN_PASSWORD_LABEL = '(?:contrase(?:ña|na|nya)|passwort|kennwort|mot de passe|wachtwoord|l[öo]senord|salasana|haslo|senha|palavra-passe|heslo|jelsz(?:[óo]|av[ao]m?|avad)|adgangskode|passord|parola|nenosiri|kata sandi|kata laluan|lozinka|geslo|kodeord)';

/** "User" or "login" as a label before a user name, in some languages (the lookbehind of the credential-pair sentence rule). */
const USER_LABEL = '(?:user(?:[ _-]?name)?|login|usu[áa]rio|usuario|utilisateur|identifiant|benutzer(?:name)?|nutzer|gebruiker(?:snaam)?|utente|anv[äa]ndare|brukernavn|brugernavn|u[żz]ytkownik|u[žz]ivatel|пользователь|логин)';

/**
 * A word's left boundary that a JSON string's escape also makes (`\\nenable password …` in a log line): `\\b`
 * sees the escape's letter as part of the word.
 */
const LB = '(?:(?<![A-Za-z0-9_])|(?<=\\\\[nrt]))';
/** A tab, also escaped in a JSON string. */
const TAB = '(?:\\t|\\\\t)';
/**
 * A character of one line that can hold no line break, real or escaped (`\\n` in a JSON string), so a pattern
 * reading several lines splits them in one way only: with `[^\\n]` a JSON text's escaped breaks could end a
 * line anywhere, and six such lines took minutes on one text.
 */
const LINE_CHAR = '(?:[^\\n\\\\]|\\\\[^n])';
const HEX = '[a-f0-9]';
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** The words of the keys whose dumped values the DUMPED_SECRET rules read (a PHP array's `["password"]`). */
const DUMPED_KEY_WORDS = ['password', 'passwd', 'secret', 'token', 'api_key', 'apikey'];

export const SECRET_RULES: readonly SecretRule[] = [
  // ---- AI providers ----
  rule('OPENAI_API_KEY', ['t3blbkfj'], `${B}(sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,})${E}`),
  rule('OPENAI_API_KEY', ['sk-proj-', 'sk-svcacct-', 'sk-admin-'], `${B}(sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200})${E}`, { minEntropy: 3.5 }),
  rule('ANTHROPIC_API_KEY', ['sk-ant-api'], `${B}(sk-ant-api\\d{2}-[A-Za-z0-9_-]{80,110}AA)${E}`),
  rule('ANTHROPIC_ADMIN_KEY', ['sk-ant-admin'], `${B}(sk-ant-admin\\d{2}-[A-Za-z0-9_-]{80,110}AA)${E}`),
  rule('GROQ_API_KEY', ['gsk_'], `${B}(gsk_[A-Za-z0-9]{52})${E}`),
  rule('XAI_API_KEY', ['xai-'], `${B}(xai-[A-Za-z0-9]{80})${E}`),
  rule('PERPLEXITY_API_KEY', ['pplx-'], `${B}(pplx-[A-Za-z0-9]{48})${E}`),
  rule('REPLICATE_API_TOKEN', ['r8_'], `${B}(r8_[A-Za-z0-9]{37})${E}`),
  rule('HUGGINGFACE_TOKEN', ['hf_'], `${B}(hf_[A-Za-z]{34})${E}`, { validate: (s) => /[A-Z]/.test(s.slice(3)) && /[a-z]/.test(s.slice(3)) }),
  rule('HUGGINGFACE_ORG_TOKEN', ['api_org_'], `${B}(api_org_[A-Za-z]{34})${E}`),
  rule('LANGSMITH_API_KEY', ['lsv2_'], `${B}(lsv2_(?:pt|sk)_${HEX}{32}_${HEX}{10})${E}`),
  rule('PINECONE_API_KEY', ['pcsk_'], `${B}(pcsk_[A-Za-z0-9_]{40,120})${E}`),
  rule('OPENROUTER_API_KEY', ['sk-or-v1-'], `${B}(sk-or-v1-${HEX}{64})${E}`),
  rule('NVIDIA_API_KEY', ['nvapi-'], `${B}(nvapi-[A-Za-z0-9_-]{64})(?![A-Za-z0-9_-])`),
  rule('TAVILY_API_KEY', ['tvly-'], `${B}(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})${E}`),
  rule('LANGFUSE_SECRET_KEY', ['sk-lf-'], `${B}(sk-lf-${UUID})${E}`),
  keyed('COHERE_API_KEY', ['cohere', 'co_api_key'], '[A-Za-z0-9]{40}', 3.5),
  keyed('MISTRAL_API_KEY', ['mistral'], '[A-Za-z0-9]{32}', 3.5),
  keyed('DEEPSEEK_API_KEY', ['deepseek'], `sk-${HEX}{32}`, 3.0),
  // The same shape with no name beside it (`这是 DeepSeek 的密钥：sk-…`, blind batch Q): DeepSeek's and Alibaba
  // DashScope's keys are `sk-` and 32 lower-case hex digits, a shape no OpenAI or Stripe key has.
  rule('DEEPSEEK_API_KEY', ['sk-'], `${B}(sk-${HEX}{32})${E}`, { minEntropy: 3.0, score: 0.9, startsNearKeyword: 0 }),
  keyed('GEMINI_API_KEY', ['gemini'], 'AIza[0-9A-Za-z_-]{35}', 3.0),
  // ---- cloud ----
  rule('AWS_ACCESS_KEY_ID', ['akia', 'asia', 'abia', 'acca', 'a3t'], `${B}((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})${E}`, {
    validate: (s) => !/EXAMPLE$/.test(s),
  }),
  // The secret right after its access key id, as the next argument or cell: `BasicAWSCredentials("AKIA…", "…")`,
  // `boto3.Session("AKIA…", "…")`, a row of the console's credentials CSV (`…,AKIA…,…`), `AKIA…:…` in a URL.
  // The key id may follow an escape (`\nAKIA…` in a JSON string), as ${B} allows (blind batch AA).
  rule(
    'AWS_SECRET_ACCESS_KEY',
    ['akia', 'asia'],
    `(?<!(?<!\\\\)[A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}${Q}(?:[ \\t]{0,4}[,:;|][ \\t]{0,4}|[ \\t]{1,4})${Q}([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    // Not the value filters of named assignments: they take a value starting with `/` for a path, and one AWS secret in 32 does.
    { minEntropy: 4.0, filterPlaceholders: false, validate: (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) && !isPlaceholder(s), startsNearKeyword: 0 },
  ),
  rule('AWS_SECRET_ACCESS_KEY', ['secret', 'aws'], `(?:aws)?_?secret_?(?:access)?_?key(?:_id)?["']?(?:\\s{0,4}(?:[:=]|=>)\\s{0,4}|[ \\t]{1,4})["']?([A-Za-z0-9/+=]{40})${E}`, { minEntropy: 4.0, filterPlaceholders: true }, 'i'),
  // The secret a few words after its key id in a sentence, any language: `…キー ID は AKIA…、シークレットアクセスキーは … です` (blind batch J),
  // or on one of the next four lines (blind batch S; decompiled smali, `const-string` and a store between them: blind batch W).
  // A line holds no line break, real or escaped, so each line ends at one place and the lines cannot be re-split.
  rule(
    'AWS_SECRET_ACCESS_KEY',
    ['akia', 'asia'],
    `(?<!(?<!\\\\)[A-Za-z0-9])(?:AKIA|ASIA)[A-Z2-7]{16}(?![A-Za-z0-9])(?:[^\\n]{1,120}?|(?:${LINE_CHAR}{0,100}(?:\\r?\\n|\\\\n)){1,4}[^\\n]{0,60}?)(?<![A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    { minEntropy: 4.5, filterPlaceholders: false, validate: (s) => /[a-z]/.test(s) && /[A-Z]/.test(s) && /\d/.test(s) && !isPlaceholder(s), startsNearKeyword: 0 },
  ),
  rule('AWS_BEDROCK_API_KEY', ['absk'], `${B}(ABSK[A-Za-z0-9+/]{109,269}={0,2})`),
  rule('AWS_SESSION_TOKEN', ['session_token', 'sessiontoken'], `(?:aws_?)?session_?token${Q}\\s{0,4}[:=]\\s{0,4}${Q}([A-Za-z0-9/+=]{100,})`, { minEntropy: 4.0 }, 'i'),
  rule('GCP_API_KEY', ['aiza'], `${B}(AIza[0-9A-Za-z_-]{35})${E}`, { minEntropy: 3.5 }),
  rule('GCP_SERVICE_ACCOUNT_KEY', ['private_key'], `"private_key"\\s*:\\s*"(-----BEGIN [A-Z ]*PRIVATE KEY-----[^"]{64,}?-----END [A-Z ]*PRIVATE KEY-----(?:\\\\n)?)"`),
  rule('GOOGLE_OAUTH_CLIENT_SECRET', ['gocspx-'], `${B}(GOCSPX-[A-Za-z0-9_-]{28})${E}`),
  rule('GOOGLE_OAUTH_ACCESS_TOKEN', ['ya29.'], `${B}(ya29\\.[0-9A-Za-z_-]{30,})${E}`),
  rule('GOOGLE_OAUTH_REFRESH_TOKEN', ['1//0'], `${B}(1//0[0-9A-Za-z_-]{40,})${E}`),
  rule('FIREBASE_CLOUD_MESSAGING_KEY', ['apa91b'], `${B}(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})${E}`),
  rule('AZURE_STORAGE_ACCOUNT_KEY', ['accountkey='], `AccountKey=([A-Za-z0-9+/]{86}==)`, {}, 'i'),
  // A full stop after the secret ends a sentence (`… y el secreto 5SP8Q~…~. ¿Qué me falta?`, blind batch Q).
  rule('AZURE_AD_CLIENT_SECRET', ['q~'], `${B}([a-zA-Z0-9_~.]{3}\\dQ~[a-zA-Z0-9_~.-]{31,34})(?![A-Za-z0-9_~-]|\\.[A-Za-z0-9_~.-])`),
  rule('AZURE_SAS_TOKEN', ['sig='], `[?&]sig=([A-Za-z0-9%+/=]{40,100})`, { validate: (s) => /%2B|%2F|%3D|[+/=]/i.test(s) || s.length >= 43 }),
  rule('AZURE_SERVICE_BUS_KEY', ['sharedaccesskey='], `SharedAccessKey=([A-Za-z0-9+/]{43}=)`, {}, 'i'),
  rule('AZURE_DEVOPS_PAT', ['azure', 'devops', 'ado_'], `(?:azure|devops|ado)[\\w.-]{0,30}(?:pat|token)["']?\\s{0,4}[:=]\\s{0,4}["']?([a-z2-7]{52})${E}`, { minEntropy: 3.5 }, 'i'),
  // A 52-character PAT (lower-case base32) in a sentence that names Azure DevOps, any language (`Azure DevOps için
  // yeni kişisel erişim belirteci: …`, blind batch Q); since 2024 PATs are 84 characters with `AZDO` at 76.
  rule('AZURE_DEVOPS_PAT', ['devops', 'dev.azure.com'], `(?:devops|dev\\.azure\\.com)[^\\n]{0,200}?(?<![A-Za-z0-9])([a-z2-7]{52})(?![A-Za-z0-9])`, { minEntropy: 3.5, validate: (s) => /[2-7]/.test(s) }, 'i'),
  rule('AZURE_DEVOPS_PAT', ['azdo'], `${B}([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})${E}`, { minEntropy: 4.0 }),
  rule('ALIBABA_ACCESS_KEY_ID', ['ltai'], `${B}(LTAI[A-Za-z0-9]{20})${E}`),
  rule('TENCENT_SECRET_ID', ['akid'], `${B}(AKID[A-Za-z0-9]{32})${E}`),
  rule('IBM_CLOUD_API_KEY', ['ibm'], `ibm[\\w.-]{0,30}(?:api_?key|apikey)["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9_-]{44})${E}`, { minEntropy: 3.5 }, 'i'),
  rule('DIGITALOCEAN_TOKEN', ['dop_v1_', 'doo_v1_', 'dor_v1_'], `${B}(do[por]_v1_${HEX}{64})${E}`),
  rule('CLOUDFLARE_ORIGIN_CA_KEY', ['v1.0-'], `${B}(v1\\.0-${HEX}{24}-${HEX}{146})${E}`),
  keyed('CLOUDFLARE_API_TOKEN', ['cloudflare', 'cf_api'], '[A-Za-z0-9_-]{40}', 3.5),
  rule('HEROKU_API_KEY', ['hrku-'], `${B}(HRKU-[A-Za-z0-9_-]{58,60})${E}`),
  keyed('HEROKU_API_KEY', ['heroku'], UUID, 3.0),
  rule('FLYIO_TOKEN', ['fo1_', 'fm1', 'fm2_'], `${B}((?:fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3}))`),
  rule('VERCEL_TOKEN', ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'], `${B}(vc[pikar]_[A-Za-z0-9]{20,60})${E}`),
  rule('TAILSCALE_KEY', ['tskey-'], `${B}(tskey-[a-z]{2,20}-[A-Za-z0-9_]{8,40}-[A-Za-z0-9_]{16,60})${E}`),
  rule('VERCEL_TOKEN', ['vercel'], `vercel[\\w.-]{0,30}(?:token|key)["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9]{24})${E}`, { minEntropy: 3.5 }, 'i'),
  rule('NETLIFY_TOKEN', ['netlify'], `netlify[\\w.-]{0,30}(?:token|key)["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9_-]{40,46})${E}`, { minEntropy: 3.5 }, 'i'),
  rule('SUPABASE_TOKEN', ['sbp_', 'sb_secret_'], `${B}(sbp_${HEX}{40}|sb_secret_[A-Za-z0-9_-]{30,})${E}`),
  rule('DATABRICKS_TOKEN', ['dapi'], `${B}(dapi${HEX}{32}(?:-\\d)?)${E}`),
  rule('PLANETSCALE_TOKEN', ['pscale_'], `${B}(pscale_(?:tkn|pw|oauth)_[\\w=.-]{32,64})${E}`),
  rule('DOPPLER_TOKEN', ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.'], `${B}(dp\\.(?:pt|st|sa|ct)\\.[a-zA-Z0-9]{40,44})${E}`),
  rule('HASHICORP_VAULT_TOKEN', ['hvs.', 'hvb.', 'hvr.'], `${B}(hv[sbr]\\.[A-Za-z0-9_-]{24,200})${E}`, { minEntropy: 3.5 }),
  rule('TERRAFORM_CLOUD_TOKEN', ['atlasv1'], `${B}([a-z0-9]{14}\\.atlasv1\\.[a-z0-9_=-]{60,70})${E}`),
  rule('PULUMI_ACCESS_TOKEN', ['pul-'], `${B}(pul-${HEX}{40})${E}`),
  rule('ARTIFACTORY_TOKEN', ['akcp', 'cmvmdgtu'], `${B}(AKCp[A-Za-z0-9]{69}|cmVmdGtu[A-Za-z0-9]{56})${E}`),
  rule('DOCKER_HUB_PAT', ['dckr_pat_'], `${B}(dckr_pat_[A-Za-z0-9_-]{27})${E}`),
  rule('OKTA_API_TOKEN', ['okta'], `okta[\\w.-]{0,30}(?:token|key)["']?\\s{0,4}[:=]\\s{0,4}["']?(00[A-Za-z0-9_-]{40})${E}`, { minEntropy: 3.5 }, 'i'),
  // Okta's own authorization scheme (`Authorization: SSWS 00…`): the scheme names the vendor wherever the header is written.
  // The token on its own near the name of the service (an e-mail: "here is the API token … SSWS <token>:\\n\\n00…").
  rule('OKTA_API_TOKEN', ['okta'], `(?<![a-z])okta[\\s\\S]{0,400}?(?<!(?<!\\\\)[A-Za-z0-9_-])(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, { minEntropy: 4.0, validate: (s) => /[a-z]/.test(s) && /[A-Z]/.test(s), startsNearKeyword: 0 }, 'i'),
  rule('OKTA_API_TOKEN', ['ssws'], `(?<!(?<!\\\\)[\\w-])SSWS[ \\t]+(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`, { minEntropy: 3.5, startsNearKeyword: 0 }, 'i'),
  // ---- source hosting and CI ----
  // The GitHub tokens begin with their keyword (startsNearKeyword 0): tried only where it occurs, not searched for.
  rule('GITHUB_PAT', ['ghp_'], `${B}(ghp_[A-Za-z0-9]{36})${E}`, { rescore: checksummed(0.99, 0.95), startsNearKeyword: 0 }),
  rule('GITHUB_OAUTH_TOKEN', ['gho_'], `${B}(gho_[A-Za-z0-9]{36})${E}`, { rescore: checksummed(0.99, 0.95), startsNearKeyword: 0 }),
  rule('GITHUB_USER_TO_SERVER_TOKEN', ['ghu_'], `${B}(ghu_[A-Za-z0-9]{36})${E}`, { rescore: checksummed(0.99, 0.95), startsNearKeyword: 0 }),
  rule('GITHUB_SERVER_TO_SERVER_TOKEN', ['ghs_'], `${B}(ghs_[A-Za-z0-9]{36})${E}`, { rescore: checksummed(0.99, 0.95), startsNearKeyword: 0 }),
  rule('GITHUB_REFRESH_TOKEN', ['ghr_'], `${B}(ghr_[A-Za-z0-9]{36,76})${E}`, { startsNearKeyword: 0 }),
  rule('GITHUB_FINE_GRAINED_PAT', ['github_pat_'], `${B}(github_pat_[A-Za-z0-9_]{82})${E}`),
  rule('GITLAB_PAT', ['glpat-'], `${B}(glpat-[A-Za-z0-9_.-]{20,60})${E}`),
  rule('GITLAB_DEPLOY_TOKEN', ['gldt-'], `${B}(gldt-[A-Za-z0-9_-]{20,})${E}`),
  rule('GITLAB_PIPELINE_TRIGGER_TOKEN', ['glptt-'], `${B}(glptt-${HEX}{40})${E}`),
  rule('GITLAB_RUNNER_TOKEN', ['glrt-', 'gr1348941'], `${B}(glrt-[A-Za-z0-9_-]{20,}|GR1348941[A-Za-z0-9_-]{20,})${E}`),
  rule('GITLAB_CI_JOB_TOKEN', ['glcbt-'], `${B}(glcbt-[A-Za-z0-9_-]{20,})${E}`),
  rule('GITLAB_FEED_TOKEN', ['glft-'], `${B}(glft-[A-Za-z0-9_-]{20,})${E}`),
  rule('GITLAB_OAUTH_SECRET', ['gloas-'], `${B}(gloas-[A-Za-z0-9_-]{64})${E}`),
  rule('GITLAB_INCOMING_MAIL_TOKEN', ['glimt-'], `${B}(glimt-[A-Za-z0-9_-]{25})${E}`),
  rule('GITLAB_AGENT_TOKEN', ['glagent-'], `${B}(glagent-[A-Za-z0-9_-]{50,})${E}`),
  rule('GITLAB_SCIM_TOKEN', ['glsoat-'], `${B}(glsoat-[A-Za-z0-9_-]{20,})${E}`),
  keyed('BITBUCKET_CLIENT_SECRET', ['bitbucket'], '[A-Za-z0-9=_-]{64}', 3.5),
  rule('ATLASSIAN_API_TOKEN', ['atatt3'], `${B}(ATATT3[A-Za-z0-9_=-]{186})${E}`),
  // ---- API traffic, payments and devices (blind batch L) ----
  // A C or Arduino define of a credential: `#define BLYNK_AUTH_TOKEN "…"`, `#define WIFI_PASSWORD "…"`.
  rule('GENERIC_API_KEY', ['#define'], `#define[ \\t]+\\w{0,40}(?:TOKEN|KEY|SECRET|PASSWORD|PASS|PSK)\\w{0,20}[ \\t]+${QR}([^"'\\s\\\\]{8,256})${QR}`, { filterPlaceholders: true, minEntropy: 3.0, score: 0.75, startsNearKeyword: 0 }),
  // An environment variable's value cited in a sentence, any language: `El VERCEL_TOKEN que usamos es q2F0…`,
  // `the STRIPE_KEY is sk_…`, `DB_PASSWORD ist …` (blind batch J). The name in capitals, the value random-looking.
  // (The name before the keyword in a lookbehind, so the rule is tried only where the keyword scan found its
  // keyword: searching every text that holds `key` or `token` for it was a sixteenth of a secrets scan.)
  rule('GENERIC_API_KEY', ['token', 'key', 'secret', 'password'], `(?<=(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]{1,40})(?:TOKEN|KEY|SECRET|PASSWORD)(?![A-Za-z0-9_])[^\\n=:]{0,30}?[ \\t](?:is|es|est|ist|é|è|er|är|je|jest|este|lautet|was|era|war)[ \\t]+["'\x60]?([A-Za-z0-9+/_.=~-]{16,256})(?![A-Za-z0-9+/_.=~-])`, { filterPlaceholders: true, minEntropy: 3.5, score: 0.7, validate: looksRandom, startsNearKeyword: 0 }),
  // Mollie's API keys (`live_` or `test_` and 30 characters), near the vendor's name.
  rule('MOLLIE_API_KEY', ['mollie'], `mollie[\\s\\S]{0,200}?(?<![A-Za-z0-9_])((?:live|test)_[A-Za-z0-9]{30})(?![A-Za-z0-9_])`, { minEntropy: 3.5, startsNearKeyword: 0 }, 'i'),
  rule('NPM_TOKEN', ['npm_'], `${B}(npm_[A-Za-z0-9]{36})${E}`, { rescore: checksummed(0.99, 0.95) }),
  rule('PYPI_TOKEN', ['pypi-ageichlwas5vcmc'], `${B}(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})`),
  rule('RUBYGEMS_API_KEY', ['rubygems_'], `${B}(rubygems_${HEX}{48})${E}`),
  rule('CLOJARS_TOKEN', ['clojars_'], `${B}(CLOJARS_[a-z0-9]{60})${E}`, {}, 'i'),
  rule('NUGET_API_KEY', ['oy2'], `${B}(oy2[a-z0-9]{43})${E}`, { minEntropy: 3.5 }),
  rule('POSTMAN_API_KEY', ['pmak-'], `${B}(PMAK-${HEX}{24}-${HEX}{34})${E}`),
  rule('SONARQUBE_TOKEN', ['squ_', 'sqp_', 'sqa_', 'sonar'], `${B}((?:squ|sqp|sqa)_[A-Za-z0-9]{40})${E}`),
  keyed('SONAR_TOKEN', ['sonar'], '[A-Za-z0-9]{40}', 3.0),
  rule('SOURCEGRAPH_TOKEN', ['sgp_', 'sourcegraph'], `${B}(sgp_(?:(?:${HEX}{16}|local)_)?${HEX}{40})${E}`, {}, 'i'),
  keyed('SOURCEGRAPH_TOKEN', ['sourcegraph'], '[a-fA-F0-9]{40}', 3.0),
  keyed('SNYK_TOKEN', ['snyk'], UUID, 3.0),
  rule('SENTRY_ORG_TOKEN', ['sntrys_'], `${B}(sntrys_eyJ[A-Za-z0-9+/=_-]{50,})`),
  rule('SENTRY_USER_TOKEN', ['sntryu_'], `${B}(sntryu_${HEX}{64})${E}`),
  // A DSN's key only submits events, and Sentry documents it as safe to ship in browser code: reported below
  // the default threshold, for an inventory, not as a leak. Blind batches I, K, L and Q, written apart, all judged
  // it public (until session 24 the fixtures counted it a secret). A legacy DSN's `:secret@` is a URL password.
  rule('SENTRY_DSN', ['ingest.sentry.io', 'ingest.us.sentry.io'], `https://(${HEX}{32})@o\\d+\\.ingest\\.(?:us\\.)?sentry\\.io/\\d+`, { score: 0.4 }),
  rule('CIRCLECI_TOKEN', ['ccipat_', 'cciprj_'], `${B}(CCIP(?:AT|RJ)_[A-Za-z0-9]{20,24}_${HEX}{40})${E}`),
  rule('CIRCLECI_TOKEN', ['circle'], `circle[\\w.-]{0,30}token["']?\\s{0,4}[:=]\\s{0,4}["']?(${HEX}{40})${E}`, { minEntropy: 3.0 }, 'i'),
  rule('TRAVIS_TOKEN', ['travis'], `travis[\\w.-]{0,30}token["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9_-]{22})${E}`, { minEntropy: 3.0 }, 'i'),
  rule('INFRACOST_API_TOKEN', ['ico-'], `${B}(ico-[A-Za-z0-9]{32})${E}`),
  rule('OCTOPUS_DEPLOY_API_KEY', ['api-'], `${B}(API-[A-Z0-9]{26})${E}`),
  rule('SCALINGO_API_TOKEN', ['tk-us-'], `${B}(tk-us-[\\w-]{48})${E}`),
  rule('FIGMA_PAT', ['figd_'], `${B}(figd_[A-Za-z0-9_-]{40,200})(?![A-Za-z0-9_-])`),
  rule('BREVO_API_KEY', ['xkeysib-', 'xsmtpsib-'], `${B}(x(?:key|smtp)sib-${HEX}{64}-[A-Za-z0-9]{16})${E}`),
  rule('PREFECT_API_KEY', ['pnu_'], `${B}(pnu_[A-Za-z0-9]{36})${E}`),
  rule('README_API_KEY', ['rdme_'], `${B}(rdme_[a-z0-9]{70})${E}`),
  rule('RESEND_API_KEY', ['re_'], `${B}(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})${E}`, { minEntropy: 3.5, validate: (s) => /\d/.test(s) && /[A-Z]/.test(s) && /[a-z]/.test(s.slice(3)), startsNearKeyword: 0 }),
  rule('CRATES_IO_TOKEN', ['cio'], `${B}(cio[A-Za-z0-9]{32})${E}`, { minEntropy: 3.5, validate: (s) => /\d/.test(s) && /[A-Z]/.test(s), startsNearKeyword: 0 }),
  // ngrok's authtoken (a digit, 26 base62, `_`, 21 base62), near the tool's name or its setting.
  rule('NGROK_AUTHTOKEN', ['ngrok', 'authtoken'], `(?:ngrok|authtoken)[^\\n]{0,120}?${B}(\\d[A-Za-z0-9]{26}_[A-Za-z0-9]{20,22})${E}`, { minEntropy: 3.5 }, 'i'),
  // Yandex OAuth tokens: `y0_` to `y3_`, then `Ag` and base64url.
  // Yandex Cloud API keys (`AQVN` and 36 base64url characters) and Midtrans server keys (`Mid-server-`; `Mid-client-` is public).
  rule('YANDEX_CLOUD_API_KEY', ['aqvn'], `${B}(AQVN[A-Za-z0-9_-]{35,38})(?![A-Za-z0-9_-])`, { minEntropy: 3.5, startsNearKeyword: 0 }),
  rule('MIDTRANS_SERVER_KEY', ['mid-server-'], `${B}(Mid-server-[A-Za-z0-9_-]{20,32})${E}`, { minEntropy: 3.0, startsNearKeyword: 0 }),
  rule('YANDEX_OAUTH_TOKEN', ['y0_', 'y1_', 'y2_', 'y3_'], `${B}(y[0-3]_Ag[A-Za-z0-9_-]{48,64})${E}`, { minEntropy: 3.5, startsNearKeyword: 0 }),
  rule('LINEAR_API_KEY', ['lin_api_'], `${B}(lin_api_[A-Za-z0-9]{40})${E}`),
  rule('NOTION_TOKEN', ['ntn_', 'secret_'], `${B}(ntn_\\d{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${E}`, { minEntropy: 3.5 }),
  rule('AIRTABLE_PAT', ['pat'], `${B}(pat[A-Za-z0-9]{14}\\.${HEX}{64})${E}`),
  rule('TYPEFORM_TOKEN', ['tfp_'], `${B}(tfp_[A-Za-z0-9_.=-]{59})${E}`),
  rule('CONTENTFUL_PAT', ['cfpat-'], `${B}(CFPAT-[A-Za-z0-9_-]{43})${E}`),
  rule('FRAMEIO_TOKEN', ['fio-u-'], `${B}(fio-u-[A-Za-z0-9_=-]{64})${E}`),
  rule('GRAFANA_CLOUD_TOKEN', ['glc_'], `${B}(glc_[A-Za-z0-9+/]{32,400}={0,2})`),
  rule('GRAFANA_SERVICE_ACCOUNT_TOKEN', ['glsa_'], `${B}(glsa_[A-Za-z0-9]{32}_${HEX}{8})${E}`, {}, 'i'),
  // Not `NRJS-`: the browser agent's key ships in every page that loads the agent (blind batch Q).
  rule('NEW_RELIC_KEY', ['nrak-', 'nrii-'], `${B}(NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32})${E}`),
  keyed('WANDB_API_KEY', ['wandb'], `${HEX}{40}`, 3.0),
  // Also the HTTP headers `DD-API-KEY` and `DD-APPLICATION-KEY` (blind batch AA).
  keyed('DATADOG_API_KEY', ['datadog', 'dd_api', 'dd_app', 'dd-api', 'dd-app', 'dd_application', 'dd-application'], `${HEX}{32}|${HEX}{40}`, 3.0),
  rule('DYNATRACE_TOKEN', ['dt0c01.'], `${B}(dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64})${E}`),
  // An HTTP source's URL holds its token: anyone with it can write to the collector (blind batch Q).
  rule('SUMOLOGIC_HTTP_SOURCE', ['sumologic.com/receiver/'], `collection[\\w.-]{0,40}\\.sumologic\\.com/receiver/v1/(?:http|otlp)/([A-Za-z0-9_=-]{40,400})`),
  // LaunchDarkly's server-side SDK key (`sdk-` and a UUID) reads every flag and segment; mobile keys (`mob-`) and
  // client-side ids ship in apps.
  rule('LAUNCHDARKLY_SDK_KEY', ['sdk-'], `${B}(sdk-${UUID})${E}`, { allowUuid: true, startsNearKeyword: 0 }),
  keyed('SUMOLOGIC_ACCESS_ID', ['sumologic', 'sumo_access', 'sumo.access'], 'su[A-Za-z0-9]{12}', 3.0),
  keyed('SUMOLOGIC_ACCESS_KEY', ['sumologic', 'sumo_access', 'sumo.access'], '[A-Za-z0-9]{64}', 3.5),
  rule('AGE_SECRET_KEY', ['age-secret-key-1'], `${B}(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})${E}`),
  rule('ONEPASSWORD_SERVICE_ACCOUNT_TOKEN', ['ops_eyj'], `${B}(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})`),
  rule('ONEPASSWORD_SECRET_KEY', ['a3-'], `${B}(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})${E}`),
  // ---- messaging and collaboration ----
  rule('SLACK_BOT_TOKEN', ['xoxb-'], `${B}(xoxb-\\d{8,13}-\\d{8,13}(?:-[A-Za-z0-9]{6,})+)${E}`),
  rule('SLACK_LEGACY_BOT_TOKEN', ['xoxb-'], `${B}(xoxb-\\d{8,14}-[A-Za-z0-9]{18,})${E}`, { score: 0.9 }),
  rule('SLACK_USER_TOKEN', ['xoxp-', 'xoxe-'], `${B}(xox[pe](?:-\\d{8,13}){3}-[A-Za-z0-9]{28,34})${E}`),
  rule('SLACK_APP_TOKEN', ['xapp-'], `${B}(xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]+)${E}`, {}, 'i'),
  rule('SLACK_CONFIG_TOKEN', ['xoxe.xox'], `${B}(xoxe\\.xox[bp]-\\d-[A-Z0-9]{163,166})${E}`, {}, 'i'),
  rule('SLACK_CONFIG_REFRESH_TOKEN', ['xoxe-'], `${B}(xoxe-\\d-[A-Z0-9]{146})${E}`, {}, 'i'),
  rule('SLACK_LEGACY_TOKEN', ['xoxo-', 'xoxs-', 'xoxa-', 'xoxr-'], `${B}(xox[osar]-(?:\\d+-)+[A-Za-z0-9]{8,})${E}`),
  rule('SLACK_LEGACY_WORKSPACE_TOKEN', ['xoxa-', 'xoxr-'], `${B}(xox[ar]-(?:\\d-)?[A-Za-z0-9]{8,48})${E}`, { score: 0.9 }),
  rule('SLACK_WEBHOOK_URL', ['hooks.slack.com'], `(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/_-]{20,100})`),
  rule('DISCORD_WEBHOOK_URL', ['discord'], `https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/([\\w-]{60,70})`),
  rule('DISCORD_BOT_TOKEN', ['discord'], `discord[\\w.-]{0,30}["']?\\s{0,4}[:=]\\s{0,4}["']?([MNO][A-Za-z\\d_-]{23,25}\\.[\\w-]{6}\\.[\\w-]{27,38})${E}`, {}, 'i'),
  // The same token where no `discord…=` names it (a chat paste, `client.run("…")`): its first part must decode to an id.
  rule('DISCORD_BOT_TOKEN', ['discord', 'bot token', 'bot_token', 'bottoken', '.run(', '.login('], `${B}([MNO][A-Za-z\\d_-]{22,26}\\.[\\w-]{6}\\.[\\w-]{27,38})${E}`, { validate: isDiscordToken, score: 0.9 }),
  // Also in a Bot API URL, where the token follows `/bot` (`https://api.telegram.org/bot<token>/sendMessage`).
  rule('TELEGRAM_BOT_TOKEN', [':aa'], `(?:${B}|(?<=/bot))(\\d{8,10}:AA[A-Za-z0-9_-]{33})${E}`),
  rule('MICROSOFT_TEAMS_WEBHOOK', ['webhook.office.com'], `https://[a-z0-9]+\\.webhook\\.office\\.com/webhookb2/(${UUID}@${UUID}/IncomingWebhook/${HEX}{32}/${UUID})`),
  // Tried only where `sk` begins (startsNearKeyword 0): `sk` occurs in much prose (ask, task, desk), and a
  // search of the whole of each such text showed in the profile of a secrets scan of logs (about 6%).
  rule('TWILIO_API_KEY', ['twilio', 'sk'], `${B}(SK${HEX}{32})${E}`, { minEntropy: 3.0, startsNearKeyword: 0 }),
  // The API key's secret, written after its SID on the same line: `key SK… secret cFTcBQOH…` pasted
  // in a chat (blind batch H), or the argument after it, as Twilio's clients take them: `Client("SK…",
  // "<secret>", …)` (blind batch AA). The SID alone identifies the key; the secret is what signs.
  // One expression for both: its keyword "sk" occurs in most texts ("ask", "task").
  rule('TWILIO_API_KEY_SECRET', ['sk'], `${B}SK${HEX}{32}${E}(?:[^\\n]{0,60}?secret["']?[ \\t]{0,4}[:=]?[ \\t]{0,4}["']?|${QR}[ \\t]{0,2},[ \\t]{0,2}${QR})([A-Za-z0-9]{32})(?![A-Za-z0-9])`, { minEntropy: 3.5, startsNearKeyword: 0 }, 'i'),
  // The account's auth token (32 hex) a few words after its SID: `Twilio hesabı: AC… Auth token'ı şu: …` (blind batch J).
  rule('TWILIO_AUTH_TOKEN', ['auth token', 'auth_token', 'authtoken', 'auth-token'], `(?<=${B}AC${HEX}{32}${E}[\\s\\S]{0,200}?)auth[ _-]?token[^\\n0-9a-f]{0,16}?(${HEX}{32})(?![0-9a-fA-F])`, { minEntropy: 3.0, startsNearKeyword: 0 }, 'i'),
  // The same token before its SID: `Auth Token-ul Twilio …: c038… (Account SID: AC…)` (blind batch S).
  rule('TWILIO_AUTH_TOKEN', ['auth token', 'auth_token', 'authtoken', 'auth-token'], `auth[ _-]?token[^\\n]{0,40}?(?<![0-9a-fA-F])(${HEX}{32})(?![0-9a-fA-F])(?=[\\s\\S]{0,200}?(?<![A-Za-z0-9])AC${HEX}{32}${E})`, { minEntropy: 3.0, startsNearKeyword: 0 }, 'i'),
  rule('SENDGRID_API_KEY', ['sg.'], `${B}(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${E}`),
  rule('MAILGUN_API_KEY', ['key-'], `${B}(key-${HEX}{32})${E}`),
  // The newer private key shape, 32-8-8 hex, named by the client it is passed to (`Mailgun::create('…')`, `mailgun.client({key: '…'})`).
  rule('MAILGUN_API_KEY', ['mailgun'], `mailgun[\\s\\S]{0,300}?${B}(${HEX}{32}-${HEX}{8}-${HEX}{8})${E}`, {}, 'i'),
  rule('MAILCHIMP_API_KEY', ['-us'], `${B}(${HEX}{32}-us\\d{1,2})${E}`),
  keyed('MESSAGEBIRD_API_KEY', ['messagebird', 'message-bird', 'message_bird'], `[A-Za-z0-9]{25}|${UUID}`, 3.0),
  keyed('HUBSPOT_API_KEY', ['hubspot'], UUID, 3.0),
  rule('HUBSPOT_PRIVATE_APP_TOKEN', ['pat-na1-', 'pat-eu1-'], `${B}(pat-(?:na|eu)1-${UUID})${E}`),
  // Intercom access tokens are base64 of `tok:<uuid>:<n>:<n>`: they start `dG9rO` whatever names them (a Postman
  // variable called `bearer`, blind batch Q).
  rule('INTERCOM_TOKEN', ['dg9ro'], `${B}(dG9rO[A-Za-z0-9+/]{50,90}={0,2})(?![A-Za-z0-9+/=])`, { validate: (s) => /^tok:[0-9a-f-]{36}:\d+:\d+$/.test(Buffer.from(s, 'base64').toString('latin1')), startsNearKeyword: 0 }),
  rule('INTERCOM_TOKEN', ['intercom'], `intercom[\\w.-]{0,30}(?:token|key)["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9=_-]{60})${E}`, { minEntropy: 3.5 }, 'i'),
  rule('FACEBOOK_ACCESS_TOKEN', ['eaa'], `${B}(EAA[MC][A-Za-z0-9]{100,})${E}`),
  rule('FACEBOOK_APP_TOKEN', ['facebook', 'fb'], `${B}(\\d{15,16}(?:\\||%7C)[0-9a-z_-]{27,40})${E}`, {}, 'i'),
  keyed('FACEBOOK_APP_SECRET', ['facebook', 'fb_'], `${HEX}{32}`, 3.0),
  // In a long run of `A`s a leading boundary (tested after the match, see left-context.ts) let the pattern match
  // again one place on, each time to the run's end (quadratic): the boundary is tested after the first `A`, and the run is bounded.
  rule('TWITTER_BEARER_TOKEN', ['aaaaaaaaaaaaaaaaaaaaa'], `(A(?<=(?<!(?<!\\\\)[A-Za-z0-9_.-])(?<![^/]/)A)A{21}[A-Za-z0-9%]{80,200})${E}`),
  keyed('TWITTER_API_SECRET', ['twitter'], '[A-Za-z0-9]{50}', 3.5),
  rule('DROPBOX_TOKEN', ['sl.'], `${B}(sl\\.[A-Za-z0-9_-]{130,152})${E}`),
  // 32 hex until 2024; app secrets (`shpss_`) have been longer alphanumerics since.
  rule('ASTRA_DB_TOKEN', ['astracs:'], `${B}(AstraCS:[A-Za-z0-9]{24}:${HEX}{64})${E}`),
  // The signature of a presigned URL grants its access until it expires: S3 (`X-Amz-Signature=…`) and GCS
  // (`X-Goog-Signature=…`), also URL-encoded inside another URL (`%26X-Amz-Signature%3D…`).
  rule('PRESIGNED_URL_SIGNATURE', ['x-amz-signature', 'x-goog-signature'], `X-(?:Amz|Goog)-Signature(?:=|%3D)(${HEX}{64,512})(?![0-9a-fA-F])`, { startsNearKeyword: 0 }, 'i'),
  rule('SHOPIFY_TOKEN', ['shpat_', 'shpca_', 'shppa_', 'shpss_'], `${B}(shp(?:at|ca|pa|ss)_(?:${HEX}{32}|[A-Za-z0-9]{32,64}))${E}`, { minEntropy: 3.0 }, 'i'),
  // ---- payments ----
  rule('STRIPE_SECRET_KEY', ['sk_live', 'sk_test', 'sk_prod', 'rk_live', 'rk_test', 'rk_prod'], `${B}((?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,99})${E}`),
  rule('STRIPE_WEBHOOK_SECRET', ['whsec_'], `${B}(whsec_[A-Za-z0-9]{32,})${E}`),
  rule('SQUARE_ACCESS_TOKEN', ['sq0atp-', 'eaaa'], `${B}(sq0atp-[0-9A-Za-z_-]{22}|EAAA[A-Za-z0-9_+=-]{60})${E}`),
  rule('SQUARE_SECRET', ['sq0csp-'], `${B}(sq0csp-[0-9A-Za-z_-]{43})${E}`),
  rule('BRAINTREE_ACCESS_TOKEN', ['access_token$'], `(access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$${HEX}{32})`),
  rule('PAYPAL_CLIENT_SECRET', ['paypal'], `paypal[\\w.-]{0,30}secret["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9_-]{80})${E}`, { minEntropy: 3.5 }, 'i'),
  // Mercado Pago access tokens: `APP_USR-` (production) and the app id, a date-like number, 32 hex digits and the user id.
  rule('MERCADOPAGO_ACCESS_TOKEN', ['app_usr-'], `${B}(APP_USR-\\d{12,18}-\\d{6}-${HEX}{32}-\\d{6,12})${E}`),
  rule('FLUTTERWAVE_SECRET_KEY', ['flwseck'], `${B}(FLWSECK(?:_TEST)?-${HEX}{32}-X)${E}`),
  rule('DUFFEL_TOKEN', ['duffel_'], `${B}(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})${E}`),
  rule('EASYPOST_API_KEY', ['ezak'], `${B}(EZ[AT]K[A-Za-z0-9]{54})${E}`),
  rule('SHIPPO_API_TOKEN', ['shippo_'], `${B}(shippo_(?:live|test)_${HEX}{40})${E}`),
  rule('COINBASE_KEY', ['coinbase'], `coinbase[\\w.-]{0,30}(?:secret|key)["']?\\s{0,4}[:=]\\s{0,4}["']?([A-Za-z0-9_-]{64})${E}`, { minEntropy: 3.5 }, 'i'),
  rule('MAPBOX_SECRET_TOKEN', ['sk.eyj'], `${B}(sk\\.eyJ[A-Za-z0-9_-]{50,}\\.[A-Za-z0-9_-]{20,})${E}`),
  rule('INTRA42_CLIENT_SECRET', ['s-s4t2'], `${B}(s-s4t2(?:ud|af)-${HEX}{64})${E}`),
  rule('ADOBE_CLIENT_SECRET', ['p8e-'], `${B}(p8e-[A-Za-z0-9]{32})${E}`, {}, 'i'),
  // ---- tokens and keys by structure ----
  rule('JWT', ['eyj'], `${B}(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,})${E}`, { validate: (s) => checkJwt(s)?.signed === true, score: 0.9 }),
  // A token whose header is damaged but whose payload still decodes: likely a real token, edited.
  rule('JWT', ['eyj'], `${B}(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,})${E}`, { validate: (s) => jwtPayloadDecodes(s), score: 0.7 }),
  rule('JWT_UNSIGNED', ['eyj'], `${B}(eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.)(?![A-Za-z0-9_-])`, { validate: (s) => checkJwt(`${s}`)?.alg.toLowerCase() === 'none', score: 0.6 }),
  rule('OPENSHIFT_TOKEN', ['sha256~'], `${B}(sha256~[\\w-]{43})(?![\\w-])`),
  // The marker of a service-account key file, when the file holds its private key (a service account's
  // public metadata — client_email, project_id, no key — is not a credential; blind batch G).
  rule('GCP_SERVICE_ACCOUNT_FILE', ['service_account'], `("type"\\s{0,8}:\\s{0,8}"service_account")(?=[\\s\\S]{0,4000}?"private_key"\\s{0,8}:\\s{0,8}"-----BEGIN)`, { score: 0.8 }),
  // The same file with its key before its type (each rule starts at its own keyword: no look-behind scans the text).
  rule('GCP_SERVICE_ACCOUNT_FILE', ['private_key'], `"private_key"\\s{0,8}:\\s{0,8}"-----BEGIN[\\s\\S]{0,4000}?("type"\\s{0,8}:\\s{0,8}"service_account")`, { score: 0.8 }),
  rule(
    'PRIVATE_KEY',
    ['private key'],
    `(-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----[\\s\\S]{40,16384}?(?:-----END[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----|$))`,
    { validate: (s) => (s.replace(/-----[^-]+-----/g, '').match(/[A-Za-z0-9+/=]/g)?.length ?? 0) >= 40 && !/\.\.\.|<|your/i.test(s.slice(0, 120)) },
  ),
  // A PEM private key in base64 (`LS0tLS1CRUdJTi…`): kubeconfig `client-key-data`, a Kubernetes Secret's `tls.key`, Helm values.
  // The left boundary is checked after the prefix, not before it (a leading lookbehind is tested after the whole match,
  // see left-context.ts: in a long run of repeated prefixes each start would read 16 KiB first). No assertion after
  // the run: a run longer than the bound ends the match there instead of making it backtrack.
  rule('PRIVATE_KEY', ['ls0tls1crudjtib'], `(LS0tLS1CRUdJTiB(?<=(?<!(?<!\\\\)[A-Za-z0-9+/_.-])(?<![^/]/)LS0tLS1CRUdJTiB)[A-Za-z0-9+/]{60,16384}={0,2})`, { validate: isEncodedPrivateKey, score: 0.9 }),
  // A JSON Web Key with its private part: `d` (EC, RSA, OKP) after the key type, or `k` of a symmetric (`oct`) key.
  // A JWKS without them is public (blind batch R).
  rule('JWK_PRIVATE_KEY', ['"kty"', '\\"kty\\"'], `${Q}kty${Q}\\s{0,8}:\\s{0,8}${Q}(?:EC|RSA|OKP)${Q}[^{}]{0,2000}?${QR}d${QR}\\s{0,8}:\\s{0,8}${Q}([A-Za-z0-9_-]{32,1400})${QR}`, { minEntropy: 3.5, startsNearKeyword: 2 }),
  rule('JWK_PRIVATE_KEY', ['"kty"', '\\"kty\\"'], `${Q}kty${Q}\\s{0,8}:\\s{0,8}${Q}oct${Q}[^{}]{0,400}?${QR}k${QR}\\s{0,8}:\\s{0,8}${Q}([A-Za-z0-9_-]{16,700})${QR}`, { minEntropy: 3.0, startsNearKeyword: 2 }),
  // A password in an XML element as CDATA, which lets it hold `<`, `&` and quotes: `<password><![CDATA[…]]></password>`.
  rule('PASSWORD', ['<![cdata['], `<[\\w.:-]{0,40}(?:password|passwd|pwd|secret|token)[\\w.:-]{0,20}>[ \\t]*<!\\[CDATA\\[([^\\]\\s]{4,256})\\]\\]>`, {
    // Its `<`, `>` and `&` are the reason for the CDATA, not a template's brackets: placeholders are judged without them.
    filterPlaceholders: false,
    minEntropy: 1.5,
    score: 0.8,
    validate: (v) => !isPlaceholder(v.replace(/[<>]/g, '')),
  }, 'i'),
  // Laravel's application key (`APP_KEY=base64:…`, 32 random bytes): it signs sessions and encrypts cookies.
  rule('LARAVEL_APP_KEY', ['base64:'], `(?<![\\w+/:-])(base64:[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])`, { minEntropy: 4.0, score: 0.8, startsNearKeyword: 0 }),
  rule('PUTTY_PRIVATE_KEY', ['putty-user-key-file'], `(PuTTY-User-Key-File-\\d: [\\s\\S]{40,8192}?Private-MAC: ${HEX}{40,64})`),
  // The user may be empty: `redis://:password@host` (Redis with `requirepass` and no ACL users); then not a port (`//:6379@`).
  // Oracle's thin driver puts user/password before the @: `jdbc:oracle:thin:hr_app/secret@//host:1521/SVC`.
  // Go's MySQL driver DSN, no scheme: `user:pass@tcp(host:3306)/db`, `user:pass@unix(/tmp/mysql.sock)/db`.
  rule('DATABASE_URL_PASSWORD', ['@tcp(', '@unix('], `(?<![\\w.-])[\\w.-]{1,64}:([^\\s@/'"]{3,128})@(?:tcp|unix)\\(`, { filterPlaceholders: true, minEntropy: 1.5, acceptMatch: (p, m) => !isDefaultCredential(m, p) }),
  rule('DATABASE_URL_PASSWORD', ['jdbc:oracle'], `jdbc:oracle:thin:[^/\\s@:'"]{1,64}/([^@\\s'"]{4,128})@`, { filterPlaceholders: true, minEntropy: 1.5 }, 'i'),
  // .NET's NetworkCredential(user, password): `new NetworkCredential("noreply@acme.io", "…")`.
  rule('PASSWORD', ['networkcredential'], `networkcredential[ \\t]*\\([ \\t]*(?:${QR}[^"\\n\\\\]{0,128}${QR}|[\\w.]{1,64})[ \\t]*,[ \\t]*${QR}([^"\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5 }, 'i'),
  // A Terraform variable named for a credential, with its value as the default.
  rule('GENERIC_API_KEY', ['variable "', 'variable \\"'], `variable[ \\t]+${QR}[\\w-]{0,40}(?:api[_-]?key|token|secret)[\\w-]{0,40}${QR}[ \\t]*\\{[^}]{0,200}?default[ \\t]*=[ \\t]*${QR}([A-Za-z0-9+/_.=~-]{16,256})${QR}`, { filterPlaceholders: true, score: 0.7, minEntropy: 3.0, minEntropyHex: 3.0, validate: looksRandom }, 'i'),
  rule('PASSWORD', ['variable "', 'variable \\"'], `variable[ \\t]+${QR}[\\w-]{0,40}(?:password|passwd)[\\w-]{0,40}${QR}[ \\t]*\\{[^}]{0,200}?default[ \\t]*=[ \\t]*${QR}([^"\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, score: 0.75, minEntropy: 1.5 }, 'i'),
  // A driver may follow the dialect (SQLAlchemy's `postgresql+psycopg://`, `mysql+pymysql://`); `ecto://` is Elixir's.
  rule('DATABASE_URL_PASSWORD', ['://'], `\\b(?:(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|cockroachdb|clickhouse|snowflake)(?:\\+[a-z0-9]{2,20})?|mongodb(?:\\+srv)?|redis|rediss|amqps?|sqlserver|couchdb|neo4j|jdbc:[a-z]+|db2|ldaps?|ftp|sftp|smtp|cloudinary|nats|kafka|rtsp|mqtts?|wss?|ecto)://[^\\s:/@'"]{0,128}:([^\\s@/'"]{3,256})@(?:[\\w.-]+|/)`, { filterPlaceholders: true, acceptMatch: (p, m) => !isDefaultCredential(m, p) && !/^[a-z0-9:+]+:\/\/:\d{1,5}@/i.test(m) }, 'i'),
  rule('BASIC_AUTH_URL', ['://'], `\\bhttps?://[^\\s:/@'"]{1,128}:([^\\s@/'"]{3,256})@[\\w.-]+\\.[a-z]{2,}`, { filterPlaceholders: true, acceptMatch: (p, m) => !isDefaultCredential(m, p) }, 'i'),
  // The quotes may be escaped or doubled (`\"Authorization\":\"Bearer …` in a JSON log line, `""` in CSV).
  // Also as a name/value pair (`{"name": "Authorization", "value": "Bearer …"}` in HAR files and Postman collections).
  // `X-Metabase-Session`: a session id its API takes as the credential, a UUID (blind batch W).
  rule('AUTHORIZATION_HEADER', ['authorization', 'bearer', 'x-api-key', 'x-auth-token', '-session:', '-session"'], `(?:authorization|x-api-key|api-key|x-auth-token|[a-z]{2,20}-auth|x-[a-z0-9]{2,20}-session)${Q}(?:\\s{0,4}[:=]|\\s{0,4},(?:\\s|\\\\n){0,64}${Q}value${Q}\\s{0,4}[:=])\\s{0,4}${Q}(?:(?:bearer|basic|token|apikey)?\\s{0,4}|[a-z][a-z0-9_-]{1,24}[ \\t]+)([A-Za-z0-9._~+/=-]{16,2048})`, { minEntropy: 3.2, filterPlaceholders: true, score: 0.85, allowUuid: true, acceptMatch: isLiveHeaderValue }, 'i'),
  // A header a web server adds to proxied requests, name and value apart: nginx `proxy_set_header X-Api-Key …;`,
  // Apache `RequestHeader set Authorization "Bearer …"` (no `:` between them, so the rule above misses it).
  rule(
    'AUTHORIZATION_HEADER',
    ['set_header', 'requestheader', 'header set', 'header always set'],
    `(?:set_header|RequestHeader[ \\t]+(?:always[ \\t]+)?(?:set|add|append)|Header (?:always )?set)[ \\t]+${Q}[\\w-]{0,40}?(?:authorization|api[-_]?key|token|secret|auth)[\\w-]{0,40}${Q}[ \\t]+${Q}(?:(?:bearer|basic|token|apikey)[ \\t]+)?([A-Za-z0-9._~+/=-]{16,2048})(?![A-Za-z0-9._~+/=-])`,
    { minEntropy: 3.2, filterPlaceholders: true, score: 0.85, startsNearKeyword: 0, acceptMatch: isLiveHeaderValue },
    'i',
  ),
  // A session cookie in a request or response header (`Cookie: csrftoken=…; sessionid=…`, `Set-Cookie: PHPSESSID=…`):
  // whoever holds it is logged in. By the cookie's name: Django `sessionid`, PHP `PHPSESSID`, Java `JSESSIONID`,
  // ASP.NET `ASP.NET_SessionId`, Express `connect.sid`, Rails/Laravel `_app_session`, NextAuth `session-token`.
  // Other cookies (`csrftoken`, `__cf_bm`, a language) are not credentials; `token=…` is the generic rule's.
  rule(
    'SESSION_COOKIE',
    ['cookie'],
    `(?<!(?<!\\\\)[\\w-])(?:set-)?cookie${Q}[ \\t]*[:=][ \\t]*${Q}(?:[^\\n"\\\\]{0,400}?[;,][ \\t]*)?[\\w.-]{0,40}?(?:sess(?:ion)?|sid)(?:[_.-]?(?:id|token|key))?=([A-Za-z0-9%._~+/=-]{16,512})(?![A-Za-z0-9%._~+/=-])`,
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.8, validate: looksRandom, startsNearKeyword: 4 },
    'i',
  ),
  // A token given to an HTTP client's bearer method: reqwest `.bearer_auth("…")`, `setBearerAuth("…")`, Laravel `Http::withToken('…')`.
  rule('AUTHORIZATION_HEADER', ['bearer_auth(', 'bearerauth(', 'withtoken('], `(?:bearer_?auth|withToken)\\([ \\t]*${QR}([A-Za-z0-9._~+/=-]{16,2048})${QR}`, { minEntropy: 3.2, filterPlaceholders: true, score: 0.85, startsNearKeyword: 0 }, 'i'),
  // `-u user:password`, also with user and password quoted apart (`--user "id":"secret"`).
  rule('CURL_USER_PASSWORD', ['curl'], `curl\\b[\\s\\S]{0,300}?\\s(?:-u|--user)(?:=|\\s{1,4})["']?[^\\s:'"]{0,64}["']?:["']?([^\\s'"]{6,128})`, { filterPlaceholders: true, minEntropy: 2.5, score: 0.85 }),
  // `-u "sk_abc123:"`: an API key sent as the Basic user with an empty password (Stripe, Mailgun, Chargebee style).
  rule('CURL_USER_PASSWORD', ['curl'], `curl\\b[\\s\\S]{0,300}?\\s(?:-u|--user)(?:=|\\s{1,4})["']?([^\\s:'"$]{8,128}):["']?(?=\\s|$)`, { filterPlaceholders: true, minEntropy: 3.0, score: 0.85, validate: (s) => /[a-z]/.test(s) && /[A-Z0-9]/.test(s) && !looksLikeIdentifier(s) }),
  rule('CURL_AUTH_HEADER', ['curl'], `(?:-H|--header)\\s+${QR}\\s*[\\w-]*(?:authorization|api-?key|token|secret)[\\w-]*\\s*:\\s*(?:(?:bearer|basic|token|api-token|[a-z][a-z0-9_-]{1,24})\\s+)?([^\\s'"\\\\]{8,2048})`, { filterPlaceholders: true, minEntropy: 2.8, score: 0.85, allowUuid: true, acceptMatch: isLiveHeaderValue }, 'i'),
  // Django's generated development key (`django-insecure-` + 50 characters): a real signing key wherever it is deployed.
  rule('DJANGO_SECRET_KEY', ['django-insecure-'], `(django-insecure-[a-z0-9!@#$%^&*(\\-_=+)]{40,60})(?![a-z0-9!@#$%^&*(\\-_=+)])`, { score: 0.8 }),
  rule('SIDEKIQ_SECRET', ['contribsys'], `contribsys[\\w.]{0,40}["']?\\s{0,4}[:=]\\s{0,4}["']?(${HEX}{8}:${HEX}{8})${E}`, {}, 'i'),
  // ---- build and CI files (blind batch T) ----
  // Codecov's upload token, a UUID, under the action that uses it (`codecov/codecov-action` … `token: <uuid>`).
  rule('CODECOV_TOKEN', ['codecov'], `codecov[\\s\\S]{0,300}?token${Q}[ \\t]{0,4}[:=][ \\t]{0,4}${Q}(${UUID})${E}`, { allowUuid: true, startsNearKeyword: 0 }, 'i'),
  // Maven's settings-security.xml master password: "encrypted" with a constant every Maven ships, so as good as plain.
  rule('MAVEN_MASTER_PASSWORD', ['<master>'], `<master>[ \\t]*(\\{[A-Za-z0-9+/=]{16,200}\\})[ \\t]*</master>`, { startsNearKeyword: 0 }),
  // Develocity (Gradle Enterprise) access keys: `host=key` in GRADLE_ENTERPRISE_ACCESS_KEY or DEVELOCITY_ACCESS_KEY.
  rule('DEVELOCITY_ACCESS_KEY', ['gradle_enterprise_access_key', 'develocity_access_key'], `(?:GRADLE_ENTERPRISE|DEVELOCITY)_ACCESS_KEY${Q}[ \\t]{0,4}[:=][ \\t]{0,4}${Q}[\\w.-]{1,128}=([a-z0-9]{40,64})${E}`, { startsNearKeyword: 0 }, 'i'),
  // A Nix binary cache's signing key, `name:` and 64 bytes in base64 (the public key is 32): `nix-store --generate-binary-cache-key`.
  // Only after the words that name it (`key.sec`, `secret-key`): a search of every text with "cache" cost a tenth of a scan.
  rule('NIX_SIGNING_KEY', ['key.sec', 'secret-key'], `(?:key\\.sec|secret-key)[\\s\\S]{0,200}?(?<![\\w.-])[\\w.-]{1,64}:([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])`, { minEntropy: 4.0, startsNearKeyword: 0 }, 'i'),
  // Android signing passwords in Gradle's Groovy DSL, a method call with no `=`: `storePassword "…"`, `keyPassword '…'`.
  rule('PASSWORD', ['storepassword', 'keypassword'], `(?<![\\w-])(?:storePassword|keyPassword)[ \\t]+${QR}([^"'\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, namedValue: true }),
  // ---- desktop, IDE and tool configs (blind batch U) ----
  // An environment variable set by name and value in an IDE's XML: JetBrains `<env name="DB_PASSWORD" value="…"/>`,
  // Eclipse `<mapEntry key="API_TOKEN" value="…"/>`.
  // (Its own kind, not PASSWORD: a PASSWORD rule switched on by `token` or `secret` would make detect.ts read every such
  // text's tables, a quarter of a scan of mixed text.)
  rule(
    'IDE_ENV_SECRET',
    // The match starts at the credential's word (the `name="DB_` before it is a lookbehind), so it is tried only there.
    ['password', 'passwd', 'pwd', 'secret', 'token', 'api_key', 'apikey'],
    `(?<=(?:name|key)[ \\t]*=[ \\t]*${QR}(?![\\w.-]{0,20}(?:csrf|xsrf|authenticity))[\\w.-]{0,40})(?:password|passwd|pwd|secret|token|api_?key)[\\w.-]{0,20}${QR}[ \\t]+value[ \\t]*=[ \\t]*${QR}([^"'\\s\\\\]{4,256})${QR}`,
    // Not a form's anti-forgery field (`<input name="authenticity_token" value="…">`).
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, namedValue: true, acceptMatch: (_s, m) => !/csrf|xsrf|authenticity|nonce/i.test(m), startsNearKeyword: 0 },
    'i',
  ),
  // Windows DPAPI blobs in base64 (`<EncryptedPassword>AQAAANCMnd8B…` of a publish profile): the owner's session decrypts
  // them silently. The header's 20 bytes fill 26 letters and the top of the 27th (`s` to `v`).
  rule('DPAPI_BLOB', ['aqaaancmnd8bfderjhoawe'], `${B}(AQAAANCMnd8BFdERjHoAwE/Cl\\+[s-v][A-Za-z0-9+/]{40,8192}={0,2})`, { startsNearKeyword: 0 }),
  // MSAL's token cache: the `secret` of a refresh or access token entry.
  rule('MSAL_TOKEN', ['"credential_type"'], `"credential_type"[ \\t]*:[ \\t]*"(?:RefreshToken|AccessToken)"[^{}]{0,300}?"secret"[ \\t]*:[ \\t]*"([A-Za-z0-9._~+/=-]{40,8192})"`, { startsNearKeyword: 0 }),
  // Slack's desktop session cookie `d` (`xoxd-…`, URL-encoded), which with an `xoxc-` token acts as the user.
  rule('SLACK_SESSION_COOKIE', ['xoxd-'], `${B}(xoxd-[A-Za-z0-9%/+=._-]{40,400})`, { startsNearKeyword: 0 }),
  // A 1Password CLI session: `OP_SESSION_<account id>=<token>`.
  rule('ONEPASSWORD_SESSION', ['op_session_'], `OP_SESSION_[A-Z0-9]{20,32}${Q}[ \\t]{0,2}[:=][ \\t]{0,2}${Q}([A-Za-z0-9_-]{30,64})${E}`, { startsNearKeyword: 0 }),
  // ---- debug output and telemetry (blind batch V) ----
  // PHP's var_dump (`["password"]=>\n  string(9) "…"`) and print_r (`[password] => …`); the match starts at the word.
  rule('DUMPED_SECRET', DUMPED_KEY_WORDS, `(?<=\\["[\\w.-]{0,40})(?:password|passwd|secret|token|api_?key)[\\w.-]{0,20}"\\]=>\\s{0,12}string\\(\\d{1,4}\\) "([^"\\n]{4,256})"`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, namedValue: true, startsNearKeyword: 0 }, 'i'),
  rule('DUMPED_SECRET', DUMPED_KEY_WORDS, `(?<=\\[[\\w.-]{0,40})(?:password|passwd|secret|token|api_?key)[\\w.-]{0,20}\\][ \\t]=>[ \\t]([^\\s]{4,256})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // PDO's constructor in a PHP stack trace or in code: DSN, user, password.
  rule('DUMPED_SECRET', ['pdo->__construct', 'new pdo('], `(?:PDO->__construct|new PDO)\\([ \\t]*${QR}[^"'\\n]{1,200}${QR}[ \\t]*,[ \\t]*${QR}[^"'\\n]{1,64}${QR}[ \\t]*,[ \\t]*${QR}([^"'\\n]{4,128})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }, 'i'),
  // An Erlang binary after a password key: `password = <<"…">>` (a record), `{password,<<"…">>}` (a proplist).
  rule('PASSWORD', ['password'], `password[ \\t]*[=,][ \\t]*<<"([^"\\n]{4,128})">>`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }),
  // The RabbitMQ Erlang client's connection record in a crash report: `{amqp_params_network,<<"user">>,<<"password">>,…`.
  rule('PASSWORD', ['amqp_params_network'], `\\{amqp_params_network,[ \\t]*<<"[^"\\n]{0,128}">>,[ \\t]*<<"([^"\\n]{4,128})">>`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 1 }),
  // OpenWeather's key as the `appid` of a URL.
  rule('OPENWEATHER_API_KEY', ['appid='], `[?&]appid=(${HEX}{32})(?![0-9a-fA-F])`, { minEntropy: 3.0, startsNearKeyword: 1 }, 'i'),
  // An Authorization header as a span attribute of a collector's debug output: `http.request.header.authorization: Slice(["Bearer …"])`.
  rule('AUTHORIZATION_HEADER', ['header.authorization'], `header\\.authorization${Q}[ \\t]{0,4}[:=][ \\t]{0,4}(?:Slice\\()?\\[?${Q}(?:bearer|basic|token)?[ \\t]{0,2}([A-Za-z0-9._~+/=-]{16,2048})`, { minEntropy: 3.2, score: 0.85, acceptMatch: isLiveHeaderValue, startsNearKeyword: 0 }, 'i'),
  // A Django session cookie in a request or access log: it logs in as the user until it expires.
  rule('SESSION_COOKIE', ['sessionid='], `(?<![\\w-])sessionid=([a-z0-9]{32})(?![a-z0-9])`, { minEntropy: 3.5, startsNearKeyword: 0 }),
  // Basic credentials wherever they are printed (`{Basic cHJv…=}` in a HAProxy capture): the base64 of `user:password`.
  rule('BASIC_AUTH', ['basic '], `(?<![\\w-])Basic[ \\t]+([A-Za-z0-9+/]{12,}={0,2})(?![A-Za-z0-9+/=])`, { startsNearKeyword: 0, score: 0.8, validate: isBasicCredential, acceptMatch: isLiveHeaderValue }),
  // ---- command lines (shell history, CI logs, READMEs) ----
  // `--password X`, `--api-key=X`, `--token X`; PowerShell's `-Password X`. Not `--password-stdin`, `--token-file`.
  // The value may end at a JSON escape (`--token X\"` in a nested JSON string; blind batch M).
  rule(
    'COMMAND_LINE_SECRET',
    // `-pass` is in `--password` and `-Password`: few keywords keep the prefilter fast. `--auth` is Netlify's
    // and others' token flag; `-SecretKey` AWS Tools for PowerShell's (blind batch H); `-password` a game server's (Valheim; blind batch W).
    ['-pass', '-api', '-token', '-secret', '--auth'],
    `(?<![\\w-])(?:--(?:password|passwd|api[-_]?key|api[-_]?secret|token[-_]?secret|secret[-_]?key|token|secret|client[-_]?secret|access[-_]?token|auth[-_]?token|auth|apiKey|apiToken|accessToken|authToken|clientSecret|secretKey)|-(?:Password|Secret|SecretKey|SecretAccessKey|ApiKey|Token|AccessToken|ClientSecret|password|passwd))(?:=|[ \\t]+)${Q}([A-Za-z0-9+/_.~!@#%^&*-]{8,256}={0,2})(?![^\\s"'\\\\])`,
    // A UUID is a key when a key flag gives it (`choco push … --api-key <uuid>`; blind batch T).
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.8, allowUuid: true, validate: (s) => !looksLikeIdentifier(s) },
  ),
  // Password flags glued to or right after their command: `mysql -pS3cret`, `sshpass -p S3cret`, `redis-cli -a S3cret`, `docker login -p S3cret`.
  rule(
    'COMMAND_LINE_SECRET',
    ['mysql', 'mariadb', 'sshpass', 'redis-cli', 'docker login'],
    // No backslash in the value: in a JSON string the line ends with the escape `\n`, not a newline.
    `\\b(?:(?:mysql(?:dump|admin)?|mariadb)\\b[^\\n]{0,200}?[ \\t]-p["']?([^\\s'"\\\\]{4,128})|sshpass[ \\t]+-p[ \\t]*["']?([^\\s'"\\\\]{4,128})|(?:redis-cli\\b[^\\n]{0,200}?[ \\t]-a|docker[ \\t]+login\\b[^\\n]{0,200}?[ \\t]-p)[ \\t]+["']?([^\\s'"\\\\]{4,128}))`,
    { filterPlaceholders: true, minEntropy: 2.5, score: 0.8 },
  ),
  // `sqlcmd -P S3cret` (SQL Server's password flag is upper-case `-P`); `htpasswd -b file user S3cret` (password on the command line).
  // Flag runs are bounded: unbounded, a long run of flags or one long flag made the scan quadratic.
  rule(
    'COMMAND_LINE_SECRET',
    ['sqlcmd', 'htpasswd'],
    `\\b(?:sqlcmd\\b[^\\n]{0,200}?[ \\t]-P[ \\t]*["']?([^\\s'"\\\\]{4,128})|htpasswd(?:[ \\t]+-[a-zA-Z]{1,16}){0,6}?[ \\t]+-[a-zA-Z]{0,16}b[a-zA-Z]{0,16}(?:[ \\t]+-[a-zA-Z]{1,16}){0,6}[ \\t]+[^\\s-][^\\s]*[ \\t]+[^\\s]+[ \\t]+["']?([^\\s'"\\\\]{4,128}))`,
    { filterPlaceholders: true, minEntropy: 2.5, score: 0.8, startsNearKeyword: 0 },
  ),
  // PowerShell: `ConvertTo-SecureString "S3cret" -AsPlainText`.
  rule('COMMAND_LINE_SECRET', ['convertto-securestring'], `ConvertTo-SecureString[ \\t]+(?:-String[ \\t]+)?${QR}([^"'\\s\\\\]{6,128})${QR}[ \\t]+-AsPlainText`, { filterPlaceholders: true, minEntropy: 2.5, score: 0.8 }, 'i'),
  // Basic credentials as a pair in code: `auth=("user", "secret")`, `HTTPBasicAuth("user", "secret")`.
  rule('PASSWORD', ['auth'], `(?:\\bauth[ \\t]*=[ \\t]*\\(?|BasicAuth\\()[ \\t]*${QR}[^"'\\s\\\\]{1,64}${QR}[ \\t]*,[ \\t]*${QR}([^"'\\s\\\\]{6,128})${QR}[ \\t]*\\)`, { filterPlaceholders: true, minEntropy: 2.5, score: 0.8 }),
  // Apple property lists: `<key>API_SECRET</key>\n<string>…</string>` (Info.plist, GoogleService-Info.plist), also as JSON text.
  rule('GENERIC_API_KEY', ['secret</key>', 'key</key>', 'token</key>'], `<key>[\\w.-]{0,40}?(?:secret|key|token)</key>(?:\\s|\\\\[nrt])*<string>([A-Za-z0-9+/_.=~-]{16,256})</string>`, {
    filterPlaceholders: true,
    score: 0.7,
    minEntropy: 3.5,
    minEntropyHex: 3.0,
    validate: looksRandom,
    startsNearKeyword: 45, // `<key>` and up to 40 name characters before the keyword
    acceptMatch: (_, m) => !namesMetadata(plistKeyName(m)) && !PUBLIC_NAME.test(plistKeyName(m)),
  }, 'i'),
  rule('PASSWORD', ['password</key>', 'passwd</key>'], `<key>[\\w.-]{0,40}?(?:password|passwd)</key>(?:\\s|\\\\[nrt])*<string>([^<\\s]{4,128})</string>`, {
    filterPlaceholders: true,
    score: 0.8,
    minEntropy: 2.0,
    startsNearKeyword: 45,
    acceptMatch: (s, m) => !namesMetadata(plistKeyName(m)) && !isPasswordSetting(s),
  }, 'i'),
  // Android string resources: `<string name="stripe_secret" translatable="false">…</string>`.
  // (The name's quotes as written, escaped in JSON, or doubled in a CSV cell.)
  rule('GENERIC_API_KEY', ['string name='], `<string[ \\t]+name[ \\t]*=[ \\t]*${QR}[\\w.]{0,40}?(?:secret|api_?key|token)${QR}[^>\\n]{0,80}>([A-Za-z0-9+/_.=~-]{16,256})</string>`, {
    filterPlaceholders: true,
    score: 0.7,
    minEntropy: 3.5,
    minEntropyHex: 3.0,
    validate: looksRandom,
    startsNearKeyword: 1,
    acceptMatch: (_, m) => !namesMetadata(androidStringName(m)) && !PUBLIC_NAME.test(androidStringName(m)),
  }, 'i'),
  // .NET appSettings: `<add key="ApiKey" value="…" />`.
  rule('GENERIC_API_KEY', ['<add'], `<add[ \\t]+key[ \\t]*=[ \\t]*${QR}[\\w.:-]*(?:password|pwd|secret|api[-_]?key|token)[\\w.:-]*${QR}[ \\t]+value[ \\t]*=[ \\t]*${QR}([^"\\s\\\\]{6,256})${QR}`, {
    filterPlaceholders: true,
    minEntropy: 2.5,
    score: 0.7,
    acceptMatch: (_, m) => !namesMetadata(/key[ \t]*=[ \t]*\\{0,3}"+([\w.:-]*)/i.exec(m)?.[1] ?? ''), // `ApiKeyHeader`, `TokenLifetime`
  }, 'i'),
  // `.netrc`: `machine host login user password secret`, separated by any whitespace.
  rule('NETRC_PASSWORD', ['machine'], `(?<![\\w-])machine[ \\t]+[\\w.-]+(?:\\s|\\\\{1,3}[nrt])+(?:login[ \\t]+[^\\s\\\\]+(?:\\s|\\\\{1,3}[nrt])+)?password[ \\t]+([^\\s\\\\"]{4,128})`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.85 }),
  // A CSV table whose header names a password column (an export of accounts): the first row's cell in that column.
  CSV_PASSWORD_COLUMN,
  CSV_KEY_COLUMN,
  // Server config directives that take a password after a space: Redis `requirepass` / `masterauth`, Sentinel
  // `sentinel auth-pass <master>`, HAProxy `insecure-password`, keepalived `auth_pass`.
  rule('PASSWORD', ['requirepass', 'masterauth', 'insecure-password', 'auth-pass', 'auth_pass'], `(?<!(?<!\\\\)[\\w-])(?:requirepass|masterauth|insecure-password|sentinel[ \\t]{1,4}auth-pass[ \\t]+[\\w.-]+|auth_pass)[ \\t]+["']?([^\\s"'\\\\]{4,128})`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, startsNearKeyword: 12 }, 'i'),
  // The password as a positional argument of a database connect call: Perl DBI, JDBC, PDO (user then password),
  // mysqli (host, user, password).
  rule(
    'PASSWORD',
    ['dbi->connect', 'getconnection', 'pdo', 'mysqli'],
    `(?:(?:DBI->connect|DriverManager\\.getConnection|new[ \\t]{1,4}PDO)\\([ \\t]*[^,()\\n]{1,200},[ \\t]*${QR}[^"'\\s\\\\]{1,64}${QR}|(?:mysqli_connect|new[ \\t]{1,4}mysqli)\\([ \\t]*${QR}[^"'\\s\\\\]{1,100}${QR}[ \\t]*,[ \\t]*${QR}[^"'\\s\\\\]{1,64}${QR})[ \\t]*,[ \\t]*${QR}([^"'\\s\\\\]{4,128})${QR}`,
    { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, startsNearKeyword: 14 }, // `DriverManager.` before its keyword
  ),
  // PHP constants: `define('DB_PASSWORD', 'S3cret');` (wp-config.php), `define('AUTH_KEY', '…');`. Name parts bounded (quadratic otherwise).
  rule('PASSWORD', ['define'], `(?<!(?<!\\\\)[\\w$>:])define\\([ \\t]*${QR}\\w{0,40}?(?:PASSWORD|PASSWD|PASS|PWD)\\w{0,40}${QR}[ \\t]*,[ \\t]*${QR}([^"'\\s\\\\]{4,128})${QR}[ \\t]*\\)`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, startsNearKeyword: 0 }, 'i'),
  rule('GENERIC_API_KEY', ['define'], `(?<!(?<!\\\\)[\\w$>:])define\\([ \\t]*${QR}\\w{0,40}?(?:SECRET|KEY|TOKEN|SALT)\\w{0,40}${QR}[ \\t]*,[ \\t]*${QR}([^"'\\n\\\\]{16,256})${QR}[ \\t]*\\)`, { filterPlaceholders: true, score: 0.7, minEntropy: 3.5, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // A passphrase of four or more words, quoted: `password: "orbit seven cobalt lamp"`.
  rule('PASSWORD', ['pass'], `(?:password|passwd|passphrase|pass)(?:_\\w{0,20})?${Q}[ \\t]{0,4}${ASSIGN}[ \\t]{0,4}${QR}((?:[A-Za-z]{3,12} ){3,7}[A-Za-z]{3,12})${QR}`, { filterPlaceholders: true, score: 0.8, namedValue: true, validate: isPassphrase, startsNearKeyword: 0 }, 'i'),
  // A .pgpass line, `host:port:database:user:password` (PostgreSQL's port, or `*`, tells it apart from other colon lists),
  // also as a line of a JSON string (`\n` escapes).
  rule('PASSWORD', ['.pgpass', ':5432:', ':*:'], `(?:^|\\n|\\\\n|(?<=[:=,][ \\t]{0,2})")[ \\t]*[\\w.*-]+:(?:5432|\\*|\\d{4,5}):[\\w*.-]+:[\\w*.@-]+:([^\\s:"\\\\]{4,128})[ \\t]*(?=\\r?\\n|\\\\[nr]|\\\\?"|$)`, { filterPlaceholders: true, score: 0.8, minEntropy: 2.5 }),
  // SQL without an assignment operator: `CREATE USER x WITH PASSWORD 'pw'`, `ALTER ROLE x PASSWORD 'pw'`, MySQL's `IDENTIFIED BY 'pw'`.
  rule('PASSWORD', ['password', 'identified'], `\\b(?:PASSWORD|IDENTIFIED[ \\t]+BY)[ \\t]+'([^'\\s\\\\]{4,128})'`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // ---- assignments (generic; scored lower than the formats above) ----
  // A subscript assignment (`app.config["SECRET_KEY"] = …`, `$cfg['password'] = …`) is read by the two rules at the end (`\]?`).
  // A name and its value as a call's two arguments: `.option("password", "…")`, `os.Setenv("API_TOKEN", "…")`, `props.put("db.password", "…")`.
  // The start of the call is a lookbehind, so each match starts at its keyword and is tried only there.
  rule('PASSWORD', ['pass', 'pwd'], `(?<=\\([ \\t]{0,2}${QR}[\\w.-]{0,30})(?:password|passwd|pwd|passphrase)[\\w.-]{0,30}${QR}[ \\t]*,[ \\t]*${QR}([^"'\\s\\\\]{4,128})${QR}[ \\t]*\\)`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, startsNearKeyword: 0 }, 'i'),
  rule('GENERIC_API_KEY', ['api_key', 'api-key', 'apikey', 'secret', 'token'], `(?<=\\([ \\t]{0,2}${QR}[\\w.-]{0,30})(?:api[_-]?key|secret|token)[\\w.-]{0,30}${QR}[ \\t]*,[ \\t]*${QR}([A-Za-z0-9+/_.=~-]{16,256})${QR}[ \\t]*\\)`, { filterPlaceholders: true, score: 0.7, minEntropy: 3.5, minEntropyHex: 3.0, validate: looksRandom, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // An environment list entry, name then value: Kubernetes `- name: SMTP_PASSWORD\n  value: …`, ECS `{"name": "API_KEY", "value": "…"}`.
  rule('PASSWORD', ['pass', 'pwd'], `(?<=(?<![\\w-])(?:name|key)${Q}[ \\t]*[:=][ \\t]*${Q}[\\w.-]{0,30})(?:password|passwd|pwd|passphrase)${Q}[ \\t]*(?:,[ \\t]*(?:\\r?\\n|\\\\n)?|\\r?\\n|\\\\n)[ \\t]*${Q}value${Q}[ \\t]*[:=][ \\t]*${Q}([^"'\\s\\\\]{4,128})`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, startsNearKeyword: 0 }, 'i'),
  rule('GENERIC_API_KEY', ['api_key', 'api-key', 'apikey', 'secret', 'token'], `(?<=(?<![\\w-])(?:name|key)${Q}[ \\t]*[:=][ \\t]*${Q}[\\w.-]{0,30})(?:api[_-]?key|secret(?:[_-]?key)?|token)${Q}[ \\t]*(?:,[ \\t]*(?:\\r?\\n|\\\\n)?|\\r?\\n|\\\\n)[ \\t]*${Q}value${Q}[ \\t]*[:=][ \\t]*${Q}([A-Za-z0-9+/_.=~-]{16,256})(?![A-Za-z0-9+/_.=~-])`, { filterPlaceholders: true, score: 0.7, minEntropy: 3.5, minEntropyHex: 3.0, validate: looksRandom, startsNearKeyword: 0 }, 'i'),
  // In a sentence: `the password for the VPN: X`, `password is X` (a value with a digit or a symbol; a word is prose).
  // The digit or symbol rules words out, so the entropy floor of these sentence rules is low: a chosen password
  // repeats letters and digits (`Pepper999` has 2.2 bits a character).
  rule('PASSWORD', ['password'], `\\bpassword(?:[ \\t]+(?:for|of|to|ng|untuk)[ \\t]+[\\w .'-]{1,40}?|(?:[ \\t]+[\\w-]{2,20}){1,2}(?=[ \\t]*:))?[ \\t]*(?:[ \\t](?:is|ay|adalah)|:)(?:\\*{1,2})?[ \\t]+["'\`*]{0,2}((?=[^\\s"'\`\\\\]*[\\d!#$%&*?@^])[^\\s"'\`\\\\]{6,64}?)["'\`]?(?=[\\s,;)\\\\]|[.!?](?:\\s|$)|$)`, { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // The short label `pw` (`pw: X`, `DB_PW=X`, `"pw": "X"`), with a value as in a sentence (a digit or a symbol in it).
  rule('PASSWORD', ['pw:', 'pw=', 'pw :', 'pw =', 'pw"', "pw'", 'pw\\'], `(?<!(?<!\\\\)[A-Za-z0-9])pw${Q}[ \\t]{0,4}[:=][ \\t]{0,4}${Q}((?=[^\\s"'\`\\\\,;]{0,63}[\\d!#$%&*?@^])[^\\s"'\`\\\\,;]{6,64})(?![^\\s"'\`\\\\,;])`, { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 0 }, 'i'),
  // The same sentence with "password" in another language: `la contraseña del wifi es X`, `Passwort: X`, `пароль: X`.
  rule('PASSWORD', FOREIGN_PASSWORD_STEMS, `${FOREIGN_PASSWORD_LABEL}[^\\n:=：]{0,40}?(?:[ \\t](?:es|é|est|c['’]est|ist|lautet|is|är|er|on|è|je|jest|este|är|ir|wynosi|adalah|ialah|ni|ay|—|-)|[ \\t]*[:=：]|[ \\t](?=[„“"']))[ \\t]*["'\`„“]?((?=[^\\s"'\`\\\\”“]{0,63}[\\d!#$%&*?@^])[^\\s"'\`\\\\”“]{6,64}?)(?=["'\`”“]?(?:[\\s,;)\\]}\\\\]|[.!?。](?:\\s|$)|$))`, { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 2 }, 'i'),
  // A user name and then a password in a sentence, the password right after its label: `user deploy, password Harbor12!`,
  // `usuário lojista, senha Harbor12!`. Without `is` or `:` a label followed by a word is prose (`password SHA256`), so the
  // user name before it is required, and the value needs a digit or a symbol as in the sentence rules above.
  rule(
    'PASSWORD',
    ['password', 'passwd', 'pass', ...FOREIGN_PASSWORD_STEMS],
    `(?<=(?<!(?<!\\\\)[\\w-])${USER_LABEL}[ \\t]{0,2}[:=]?[ \\t]{0,2}[^\\s,;:=]{1,64}[ \\t]{0,2}[,;/|]?[ \\t]{1,2}(?:(?:and|e|y|et|und|en|och|og|i|a|и)[ \\t]{1,2})?)(?:password|passwd|pass|${FOREIGN_PASSWORD_LABEL})[ \\t]{1,2}["'\`]?((?=[^\\s"'\`\\\\]{0,63}[\\d!#$%&*?@^])[^\\s"'\`\\\\]{6,64}?)(?=["'\`]?(?:[\\s,;)\\]}\\\\]|[.!?。](?:\\s|$)|$))`,
    { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 2 },
    'i',
  ),
  // A password right after its label with no sign between, any language: `Tumia nenosiri Zawadi2093% kuingia …` (use password
  // … to log in; blind batch S). Without `:` or `is` a label is often followed by a word (`password SHA-256`, `password reset`),
  // so the value must look chosen to be one: a digit, both cases and a symbol.
  rule(
    'PASSWORD',
    ['password', ...FOREIGN_PASSWORD_STEMS],
    `(?<![\\w-])(?:password|${FOREIGN_PASSWORD_LABEL})[ \\t]+([^\\s"'\`\\\\]{8,64}?)(?=[\\s,;)"\\\\]|[.!?](?:\\s|$)|$)`,
    { filterPlaceholders: true, score: 0.7, minEntropy: 2.5, namedValue: true, validate: (v) => /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && /[!#$%&*?@^+=]/.test(v) },
    'i',
  ),
  // An account and its password written `name / password` in a list or a handover note, any language around them
  // (`- שרת קבצים (NAS): admin / Y@rd3n67%`, `Доступ до CRM: manager / Vyshnia.4804?`; blind batch S): the name an
  // account's usual one or an e-mail address, the slash spaced, the value a word with digits and letters.
  rule(
    'PASSWORD',
    [' / '],
    `(?<![\\w@.-])(?:admin|administrator|root|sa|postgres|ubuntu|pi|manager|operator|user|guest|support|deploy|ftp|oracle|system|editor|[\\w.+-]{1,40}@[\\w-]{1,40}(?:\\.[\\w-]{1,20}){1,4})[ \\t]+/[ \\t]+((?=[^\\s"'\`]{0,63}\\d)(?=[^\\s"'\`]{0,63}[A-Za-z])[^\\s"'\`/\\\\]{6,64})(?=[\\s,;)"\\\\]|$)`,
    { filterPlaceholders: true, score: 0.7, minEntropy: 2.5, namedValue: true },
    'i',
  ),
  // A plaintext password in a SQL INSERT, by the position of its column: `INSERT INTO users (id, email, password) VALUES (1, 'a@b', 'X')`.
  // Each value is quoted, or unquoted with no blank at either end, and blanks only around the commas: no two
  // quantifiers can share a character, so a line that does not match fails in linear time (a reviewer's
  // 96-character line of blank values took 47 s with overlapping ones).
  rule('PASSWORD', ['insert into'], `insert[ \\t]+into[ \\t]+[\\w."\\x60]{1,64}[ \\t]{0,8}\\((?:(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){0}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){0}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){1}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){1}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){2}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){2}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){3}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){3}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){4}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){4}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){5}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){5}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){6}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){6}'([^'\\s\\\\]{4,128})'|(?:[ \\t]{0,8}[\\w"\\x60]{1,40}[ \\t]{0,8},){7}[ \\t]{0,8}[\\x60"]?(?:password|passwd|pwd)[\\x60"]?[ \\t]{0,8}(?:,[^)]{0,400})?\\)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}values(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}\\((?:[ \\t\\r\\n]|\\\\[nrt]){0,8}(?:(?:'[^'\\n\\\\]{0,128}'|[^,()'\\s\\\\](?:[^,()'\\n\\\\]{0,62}[^,()'\\s\\\\])?)(?:[ \\t\\r\\n]|\\\\[nrt]){0,8},(?:[ \\t\\r\\n]|\\\\[nrt]){0,8}){7}'([^'\\s\\\\]{4,128})')`, { filterPlaceholders: true, score: 0.75, minEntropy: 1.5, validate: (v) => !/^\$(?:2[aby]|argon2|scrypt|pbkdf2)/.test(v) }, 'i'),
  // An XML element holding a password (`<password>…</password>`, Maven settings, Tomcat, .NET configs).
  // Also with attributes and the short `<Pass>` (FileZilla's `<Pass encoding="base64">…</Pass>`, blind batch P).
  rule('PASSWORD', ['pass', 'pwd'], `<(?:[\\w-]+:)?(?:password|passwd|pwd|passphrase|pass)(?:[ \\t]+[\\w:-]{1,30}=${QR}[^"'<>\\n]{0,40}${QR}){0,3}>([^<\\s]{4,256})</`, { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true }, 'i'),
  // `psk`: a Wi-Fi pre-shared key (wpa_supplicant, NixOS `networking.wireless.networks.<ssid>.psk`; blind batch I).
  rule(
    'PASSWORD',
    ['pass', 'pwd', 'psk'],
    `(?:password|passwd|pass|pwd|passphrase|(?<![A-Za-z0-9])psk)(?:_\\w{0,20})?${Q}\\]?${TYPED_ASSIGN}[ \\t]{0,32}(?:\\\\{0,3}"([^"\\s\\\\]{4,128})\\\\{0,3}"|'([^'\\s]{4,128})'|\\\\{0,3}""([^"\\s\\\\]{4,128})\\\\{0,3}""|\\{([^{}\\s"\\\\]{4,128})\\}|([^\\s"',;)}\\]\\\\]{4,128}))`,
    // Not a URL's flag followed by its next parameter (`?reset_password=1&show_api_keys=true`; blind batch G),
    // nor a prompt's label (`set /p PASSWORD=Password: `; blind batch P).
    { filterPlaceholders: true, score: 0.8, minEntropy: 1.5, namedValue: true, validate: (v) => !/^(?:\d{1,2}|true|false|yes|no|on|off)&[\w.[\]-]{1,40}=/i.test(v) && !/^[A-Za-z]+:$/.test(v) },
    'i',
  ),
  rule(
    'GENERIC_API_KEY',
    // (`access_key`: Azure's `secondary_access_key` starts more than 12 characters before its `key`.)
    ['key', 'secret', 'token', 'credential', 'auth', 'access_key'],
    `(?<!(?:public|publicaccess|csrf|xsrf|authenticity|verification|next|page|pagination|paging|cursor|resume|sync|continuation|device|push|registration|fcm|apns)[-_]?)(?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?token|auth[_-]?token|client[_-]?secret|private[_-]?key|(?:integration|app|licen[cs]e|encryption|master|fernet|admin|routing|service|(?:primary|secondary)[_-]?access)[_-]?key|token|credentials?|auth)(?![._-]?(?:name|length|len|size|count|type|url|uri|path|file|id|ids|endpoint|expir\\w*|ttl|tag)\\b)(?:[._-]?\\w{0,20})?${Q}\\]?${TYPED_ASSIGN}[ \\t]{0,4}${Q}([A-Za-z0-9+/_.=~-]{16,256})(?![A-Za-z0-9+/_.=~-])`,
    // `integration_key` (PagerDuty), `app_key` (Datadog), `license_key`, `encryption_key`, `master_key`, Airflow's `fernet_key`, Algolia's `ADMIN_KEY`, PagerDuty's `routing_key` and `service_key`, Azure's
    // `primary_access_key` (`auth_tag`: an AES-GCM tag beside its ciphertext; ASP.NET's `__RequestVerificationToken`
    // is a form's anti-forgery value, blind batch Z; not `signingkey`: a gitconfig GPG key id)
    // (blind batches I and K): `key` starts at most 12 characters in.
    { filterPlaceholders: true, score: 0.7, minEntropy: 3.5, minEntropyHex: 3.0, validate: looksRandom, namedValue: true, startsNearKeyword: 12 },
    'i',
  ),
  // ---- credentials in code, as arguments and defaults (blind batch I) ----
  // A framework's signing key, whose generated form holds symbols the generic rule's alphabet leaves out:
  // Django's `SECRET_KEY = "qx2j…@i&c)t%6…"`, Rails' `secret_key_base`.
  rule('SECRET_KEY', ['secret_key'], `(?<!(?<!\\\\)[A-Za-z0-9])(?:SECRET_KEY|secret_key_base)${Q}${TYPED_ASSIGN}[ \\t]{0,4}${QR}([\\x21\\x23-\\x26\\x28-\\x5b\\x5d-\\x7e]{32,128})${QR}`, { filterPlaceholders: true, minEntropy: 4.0, validate: looksRandom, score: 0.8, startsNearKeyword: 0 }, 'i'),
  // A password passed to a login or auth call after the user name, or alone to `auth`: `server.login("alerts@…", "…")`
  // (smtplib, imaplib, ftplib), `red:auth("…")` (Redis clients), `DBI->connect($dsn, "user", '…')`.
  rule(
    'PASSWORD',
    ['login(', 'auth(', 'authenticate(', 'connect('],
    `\\b(?:login|auth|authenticate|connect)\\((?:${CODE_GAP}${QR}[^"'\\n]{1,120}${QR}[ \\t]{0,4},){0,2}${CODE_GAP}${QR}((?=[^"'\\s\\\\]{0,127}[\\d!#$%&*?@^+])[^"'\\s\\\\]{8,128})${QR}${CODE_GAP}[,)]`,
    { filterPlaceholders: true, minEntropy: 2.5, score: 0.75, startsNearKeyword: 0, validate: (v) => !/^(?:https?|[a-z]+:\/\/)/i.test(v) && !/^[\w.+-]+@[\w-]+\.[\w.]+$/.test(v) && !/[=:/]/.test(v) },
  ),
  // The key of an HMAC or a JWT signature, as a literal argument: `crypto.createHmac('sha256', '…')`, `hmac.new(b'…', …)`,
  // `jwt.sign(payload, '…')`, `jwt.encode(payload, "…", algorithm="HS256")`.
  rule(
    'SIGNING_SECRET',
    ['createhmac(', 'hmac.new(', 'jwt.sign(', 'jwt.encode('],
    `\\b(?:createHmac\\([ \\t]{0,4}${QR}[\\w-]{2,12}${QR}[ \\t]{0,4},|hmac\\.new\\(|jwt\\.(?:sign|encode)\\([ \\t]{0,4}(?:\\{[^{}\\n]{0,300}\\}|[^,(){}\\n]{1,120}),)[ \\t]{0,4}b?${QR}([^"'\\s\\\\]{16,256})${QR}`,
    { filterPlaceholders: true, minEntropy: 3.5, score: 0.8, validate: looksRandom, startsNearKeyword: 0 },
    'i',
  ),
  // An Authorization header set by a call with the name and the value as its arguments: nginx Lua
  // `ngx.req.set_header("Authorization", "Bearer …")`, `headers.set('Authorization', 'Bearer …')`, `.header("Authorization", …)`.
  rule(
    'AUTHORIZATION_HEADER',
    ['authorization', 'x-api-key', 'x-auth-token'],
    `${QR}(?:authorization|x-api-key|x-auth-token)${QR}[ \\t]{0,4},[ \\t]{0,4}${QR}(?:bearer|basic|token)?[ \\t]{0,4}([A-Za-z0-9._~+/=:-]{16,2048})${QR}`,
    { minEntropy: 3.2, filterPlaceholders: true, score: 0.85, acceptMatch: isLiveHeaderValue, startsNearKeyword: 4 },
    'i',
  ),
  // A password set in SQL: `CREATE USER etl IDENTIFIED BY "…"` (Oracle, MySQL), `ALTER ROLE app WITH PASSWORD '…'` (PostgreSQL).
  rule(
    'PASSWORD',
    ['identified by', 'password \'', 'password "'],
    `\\b(?:identified[ \\t]+(?:with[ \\t]+\\w{1,40}[ \\t]+)?by|(?:with[ \\t]+)?(?:encrypted[ \\t]+)?password)[ \\t]+${QR}([^"'\\s\\\\]{4,128})${QR}`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: (v) => !/^(?:SCRAM-SHA-256\$|md5[0-9a-f]{32}$|\*[0-9A-F]{40}$|\$)/i.test(v) },
    'i',
  ),
  // An LDAP bind password in a `key value` config line: nslcd.conf and ldap.conf `bindpw …`, slapd.conf `rootpw …`;
  // a Mosquitto bridge's `remote_password …`; redis.conf `requirepass …` and `masterauth …`.
  rule('PASSWORD', ['bindpw', 'rootpw', 'remote_password', 'requirepass', 'masterauth'], `(?:^|\\n|\\\\n)[ \\t]{0,8}(?:bindpw|rootpw|remote_password|requirepass|masterauth)[ \\t]+([^\\s\\\\]{4,128})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: (v) => !/^\{(?:SSHA|SHA|CRYPT|MD5)/i.test(v), startsNearKeyword: 10 }, 'i'),
  // Hinglish, the password between its label and `hai`: `staging DB ka password Walrus19*x hai`.
  rule('PASSWORD', ['password'], `\\bpassword[ \\t]{1,2}["'\x60]?((?=[^\\s"'\x60\\\\]{0,63}[\\d!#$%&*?@^])[^\\s"'\x60\\\\]{6,64}?)["'\x60]?[ \\t]{1,2}(?:hai|he|h)\\b`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.75, startsNearKeyword: 0 }, 'i'),
  // A secret as the fallback of an environment read: `os.getenv("API_KEY", "…")`, `process.env.TOKEN || "…"`,
  // `import.meta.env.VITE_ALGOLIA_ADMIN_KEY ?? '…'`, `ENV.fetch("SECRET", "…")`: the default ships in the code.
  rule(
    'GENERIC_API_KEY',
    ['getenv(', 'environ.get(', 'env.', 'env['],
    `(?:getenv\\(|environ\\.get\\(|env\\.fetch\\(|env\\[|env\\.)${QR}?[\\w.]{0,60}?(?:key|token|secret|password|passwd|pwd|credential)s?${QR}?\\]?[ \\t]{0,4}(?:,|\\?\\?|\\|\\||\\bor\\b)[ \\t]{0,4}${QR}([A-Za-z0-9+/_.=~!@#$%^&*-]{12,256})${QR}`,
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.75, validate: (v) => looksRandom(v) || /[\d!@#$%^&*]/.test(v), startsNearKeyword: 0 },
    'i',
  ),
  // ---- infrastructure and product configs (blind batch K) ----
  // An ARM/Bicep parameters file: `"adminPassword": { "value": "…" }`.
  rule('PASSWORD', ['password', 'secret'], `(?<=${QR}\\w{0,40})(?:password|secret)\\w{0,20}${QR}[ \\t]{0,4}:[ \\t]{0,4}\\{${CODE_GAP}${QR}value${QR}[ \\t]{0,4}:[ \\t]{0,4}${QR}([^"'\\s\\\\]{6,256})${QR}`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 0 }, 'i'),
  // AWS CDK's escape hatch for a literal secret: `SecretValue.unsafePlainText('…')`.
  rule('PASSWORD', ['unsafeplaintext('], `unsafePlainText\\([ \\t]{0,4}${QR}([^"'\\s\\\\]{6,256})${QR}`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 0 }, 'i'),
  // New Relic's license key: 36 hex digits and NRAL.
  rule('NEW_RELIC_LICENSE_KEY', ['nral'], `${B}(${HEX}{36}NRAL)${E}`),
  // Consul's gossip encryption key: 32 random bytes in base64 under `encrypt`.
  rule('CONSUL_GOSSIP_KEY', ['encrypt'], `(?:^|\\n|\\\\n)[ \\t]{0,8}${Q}encrypt${Q}[ \\t]{0,8}[=:][ \\t]{0,4}${QR}([A-Za-z0-9+/]{43}=)${QR}`, { minEntropy: 4.0, startsNearKeyword: 12 }, 'i'),
  // An OpenVPN static key block (tls-auth, tls-crypt, secret).
  rule('PRIVATE_KEY', ['openvpn static key'], `(-----BEGIN OpenVPN Static key V1-----[\\s\\S]{64,2048}?-----END OpenVPN Static key V1-----)`, { startsNearKeyword: 11 }),
  // .netrc: `machine <host> login <user> password <secret>`, on one line or several.
  // (`${LB}`: in a JSON string the line before ends with the escape `\\n`, and `\\b` fails between its `n` and `machine`.)
  rule('PASSWORD', ['machine'], `${LB}machine[ \\t]+\\S{1,253}(?:[ \\t\\r\\n]|\\\\n){1,12}login[ \\t]+\\S{1,128}(?:[ \\t\\r\\n]|\\\\n){1,12}password[ \\t]+([^\\s\\\\"]{4,256})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, allowUuid: true, startsNearKeyword: 0 }),
  // A Hadoop or Spark XML property whose name holds a secret: `<name>fs.s3a.secret.key</name><value>…</value>`.
  // Not a property that names where credentials come from (`fs.s3a.aws.credentials.provider`, `…credential.provider.path`; blind batch W).
  rule('PASSWORD', ['</name>'], `<name>[^<\\n]{0,80}?(?:secret|password|\\.token|credential)[^<\\n]{0,40}</name>${CODE_GAP}<value>([^<\\s]{8,512})</value>`, {
    filterPlaceholders: true,
    minEntropy: 3.0,
    score: 0.8,
    acceptMatch: (_secret, match) => !namesMetadata(/<name>([^<]*)<\/name>/i.exec(match)?.[1] ?? ''),
  }, 'i'),
  // An Azure storage account key after its Hadoop/Spark property name: `fs.azure.account.key.<account>.dfs.core.windows.net <key>`.
  rule('AZURE_STORAGE_KEY', ['account.key.'], `account\\.key\\.[\\w.-]{1,120}${Q}[ \\t]{0,4}[=: \\t][ \\t]{0,4}${Q}([A-Za-z0-9+/]{86}==)`, { minEntropy: 4.0, startsNearKeyword: 0 }, 'i'),
  // Atlassian API tokens (`ATATT3…`).
  rule('ATLASSIAN_API_TOKEN', ['atatt3'], `${B}(ATATT3[A-Za-z0-9_=-]{100,300})${E}`, { minEntropy: 4.0 }),
  // ---- formats blind batches K, L and M left (session 23) ----
  // `net use` with the password as a positional argument (a process-creation log, a script): after the user
  // (`net use Z: \\fs01\share /user:CORP\svc pass`) or before it (`net use \\fs01\share pass /user:…`). `*` prompts.
  rule(
    'PASSWORD',
    ['net use'],
    `${LB}net[ \\t]+use\\b[^\\n]{0,200}?(?:/user:[^\\s"]{1,128}[ \\t]+|\\\\\\\\[^\\s"]{1,200}[ \\t]+(?=[^\\s"]{4,128}[ \\t]+/user:))([^\\s/*"\\\\][^\\s"\\\\]{3,127})(?![^\\s"\\\\])`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 },
    'i',
  ),
  // A symmetric key (Azure IoT device provisioning, `symmetric_key = { value = "…" }`; also a bare `symmetricKey: "…"`).
  rule('SYMMETRIC_KEY', ['symmetric'], `symmetric[_-]?key${Q}[ \\t]{0,4}[=:][ \\t]{0,4}(?:\\{[ \\t]{0,4}${Q}value${Q}[ \\t]{0,4}[=:][ \\t]{0,4})?${QR}([A-Za-z0-9+/]{32,88}={0,2})${QR}`, { minEntropy: 4.0, filterPlaceholders: true, startsNearKeyword: 0 }, 'i'),
  // A Go byte-slice literal as a key: `Key: []byte("…")` (gin-jwt), `var jwtSecret = []byte("…")`, `SigningKey: []byte(…)`.
  rule('SIGNING_SECRET', ['[]byte('], `(?:key|secret|token|salt)\\w{0,20}[ \\t]{0,4}(?::=?|=)[ \\t]{0,16}\\[\\]byte\\([ \\t]{0,4}${QR}([^"'\\s\\\\]{16,256})${QR}`, { filterPlaceholders: true, minEntropy: 3.5, score: 0.8, validate: looksRandom }, 'i'),
  // Jenkins' credential constructor in an init script: `new UsernamePasswordCredentialsImpl(scope, id, description, user, password)`.
  rule(
    'PASSWORD',
    ['usernamepasswordcredentialsimpl('],
    `UsernamePasswordCredentialsImpl\\((?:${CODE_GAP}(?:${QR}[^"'\\n]{0,120}${QR}|[\\w.]{1,80})[ \\t]{0,4},){4}${CODE_GAP}${QR}([^"'\\s\\\\]{4,128})${QR}`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 },
  ),
  // Postfix `sasl_passwd`: `[smtp.example.com]:587 user@example.com:password`, one relay a line (the first may open a JSON string).
  rule('PASSWORD', [']:587', ']:465', ']:25'], `(?:^|\\n|\\\\n|(?<=[:=,][ \\t]{0,2})")[ \\t]{0,8}\\[[\\w.-]{3,253}\\]:\\d{2,5}[ \\t]+[^\\s:]{1,128}:([^\\s"\\\\]{4,128})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  // Magento's `app/etc/env.php`: `'crypt' => ['key' => '…']` encrypts the store's stored secrets.
  rule('ENCRYPTION_KEY', ["'crypt'", '"crypt"', '\\"crypt\\"'], `${QR}crypt${QR}[ \\t]{0,4}=>[ \\t]{0,4}(?:\\[|array\\()${CODE_GAP}${QR}key${QR}[ \\t]{0,4}=>[ \\t]{0,4}${QR}([A-Za-z0-9+/:=]{16,256})${QR}`, { minEntropy: 3.0, filterPlaceholders: true, startsNearKeyword: 3 }, 'i'),
  // Drupal's `$settings['hash_salt'] = '…'`: it signs one-time login links.
  rule('SIGNING_SECRET', ['hash_salt'], `${QR}hash_salt${QR}\\][ \\t]{0,4}=[ \\t]{0,4}${QR}([A-Za-z0-9+/_=-]{32,128})${QR}`, { minEntropy: 4.0, filterPlaceholders: true, startsNearKeyword: 1 }, 'i'),
  // A Consul ACL token (a UUID) under the names Consul configs give it: `initial_management = "…"`, `acl_master_token`, `CONSUL_HTTP_TOKEN=…`.
  rule(
    'CONSUL_ACL_TOKEN',
    ['initial_management', 'master_token', 'agent_token', 'replication_token', 'consul_http_token'],
    `(?:initial_management|(?:acl_)?(?:master|agent|replication)_token|consul_http_token)${Q}[ \\t]{0,4}[=:][ \\t]{0,4}${Q}(${UUID})(?![\\w-])`,
    { allowUuid: true, startsNearKeyword: 4 },
    'i',
  ),
  // Vendors whose API keys are UUIDs, the key named in a sentence or a call: `Heroku API key (688a…)`,
  // `Postmark server token: …`, `auth: { user: '…', pass: '…' }` beside `smtp.postmarkapp.com`.
  rule(
    'UUID_API_KEY',
    ['heroku', 'postmark', 'snyk', 'hubspot'],
    `(?<![a-z])(?:heroku|postmark|snyk|hubspot)[^\\n]{0,30}?(?:api[ _-]?key|api[ _-]?token|server[ _-]?token|token|key)[^\\n\\w]{1,6}(${UUID})(?![\\w-])`,
    { allowUuid: true, score: 0.85, startsNearKeyword: 0 },
    'i',
  ),
  // Each of the pair after the vendor's name (the server token is the SMTP user name and password both).
  rule('UUID_API_KEY', ['postmark'], `(?<=postmark[\\s\\S]{0,300})(?<![\\w-])(?:user|pass|password|server[_-]?token|api[_-]?token)${Q}[ \\t]{0,4}[=:][ \\t]{0,4}${Q}(${UUID})(?![\\w-])`, { allowUuid: true, score: 0.85 }, 'i'),
  // redis-cli's answer to `CONFIG GET requirepass`: the name, then the value on the next numbered line.
  rule('PASSWORD', ['requirepass', 'masterauth'], `${QR}(?:requirepass|masterauth)${QR}(?:\\r?\\n|\\\\n)[ \\t]{0,8}\\d{1,2}\\)[ \\t]{0,4}${QR}([^"\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 1 }, 'i'),
  // A NAME and its value in aligned columns, the value ending the line: PowerShell `Get-ChildItem Env:`, `vault kv get`,
  // `heroku config`-style listings. The name ends in a credential word; the value must look machine-made, or (a
  // password) hold a digit or a symbol. The keywords hold the padding: a credential word followed by two blanks is rare elsewhere.
  rule(
    'GENERIC_API_KEY',
    ['key  ', 'token  ', 'secret  '],
    `(?<=(?:^|\\n|\\\\n)[ \\t]{0,8}(?:[A-Za-z][\\w.-]{0,60}?[_.-])?)(?:api[_-]?key|secret(?:[_-]?key)?|access[_-]?token|auth[_-]?token|token|client[_-]?secret)[ \\t]{2,40}([A-Za-z0-9+/_.=~-]{16,256})[ \\t]*(?=\\r?\\n|\\\\[rn]|$)`,
    { filterPlaceholders: true, score: 0.7, minEntropy: 3.5, minEntropyHex: 3.0, validate: looksRandom, namedValue: true, startsNearKeyword: 12 },
    'i',
  ),
  rule(
    'PASSWORD',
    ['password  ', 'passwd  '],
    `(?<=(?:^|\\n|\\\\n)[ \\t]{0,8}(?:[A-Za-z][\\w.-]{0,60}?[_.-])?)(?:password|passwd)[ \\t]{2,40}((?=[^\\s"'\`\\\\]{0,63}[\\d!#$%&*?@^])[^\\s"'\`\\\\]{6,64})[ \\t]*(?=\\r?\\n|\\\\[rn]|$)`,
    { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 0 },
    'i',
  ),
  // The output of a command that prints one secret, on the line after it: `op read "op://…"`, `pass show …`,
  // `vault kv get -field=…`, `security find-generic-password … -w`, `heroku auth:token`, `gh auth token`.
  rule(
    'GENERIC_API_KEY',
    ['op read', 'pass show', '-field=', 'find-generic-password', 'find-internet-password', 'auth:token', 'auth token', '--with-decryption', 'get-secret-value', 'base64 -d', 'base64 --decode', 'output -raw', 'versions access'],
    // (Also a parameter or a secret printed as text by a cloud CLI, a Kubernetes secret decoded, `terraform output -raw`;
    // the output line may carry a log's or a chat's prefix: `[10:14:03] `, `[10:42] <nick> `; blind batch Y.)
    `(?:\\bop[ \\t]+read|\\bpass[ \\t]+show|\\bvault[ \\t]+(?:kv[ \\t]+get|read)[ \\t]+-field=|\\bsecurity[ \\t]+find-(?:generic|internet)-password\\b[^\\n]{0,200}?[ \\t]-w|\\bheroku[ \\t]+auth:token|\\bgh[ \\t]+auth[ \\t]+token|\\baws[ \\t]+(?:ssm[ \\t]+get-parameters?\\b[^\\n]{0,300}?--with-decryption|secretsmanager[ \\t]+get-secret-value)\\b[^\\n]{0,300}?--output[ \\t=]+text|\\bkubectl\\b[^\\n]{0,200}?\\bsecrets?\\b[^\\n]{0,200}?\\|[ \\t]*base64[ \\t]+(?:-d|--decode)|\\bterraform[ \\t]+output[ \\t]+-raw|\\bgcloud[ \\t]+secrets[ \\t]+versions[ \\t]+access)[^\\n]{0,200}(?:\\r?\\n|\\\\n)(?:\\[[^\\]\\n]{1,40}\\][ \\t]*)?(?:<[\\w.-]{1,30}>[ \\t]*)?[ \\t]{0,8}([^\\s"'\`\\\\$>#<\\[]{8,256})[ \\t]*(?=\\r?\\n|\\\\[rn]|$)`,
    { filterPlaceholders: true, minEntropy: 2.5, score: 0.75, allowUuid: true, validate: (v) => /\d/.test(v) || looksRandom(v) },
  ),
  // ---- network devices and enterprise IT (blind batch P, session 23) ----
  // Cisco-style configuration lines, the secret after its keyword and an optional type digit: type 0 is clear text
  // and type 7 is a reversible encoding, so both count; types 5, 8 and 9 are hashes and are left alone.
  // `username admin privilege 15 password 0 …`, ` password 7 0107…` (line vty), `enable password …`, `key 7 "…"`.
  rule(
    'NETWORK_DEVICE_SECRET',
    ['password 0 ', 'password 7 ', 'secret 0 ', 'secret 7 ', 'key 0 ', 'key 7 ', 'enable password '],
    // (ASA writes its hashes with `encrypted` or `pbkdf2` after them: `enable password 8Ry2YjIyt7RRXU24 encrypted`.)
    `${LB}(?:(?:password|secret|key)[ \\t]+[07]|enable[ \\t]+password(?:[ \\t]+[07])?)[ \\t]+${Q}([^\\s"\\\\]{4,128})(?![^\\s"\\\\])${Q}(?![ \\t]+(?:encrypted|pbkdf2)\\b)`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: configValue },
  ),
  rule(
    'NETWORK_DEVICE_SECRET',
    ['username '],
    `(?:^|\\n|\\\\n)[ \\t]{0,8}username[ \\t]+\\S{1,64}(?:[ \\t]+privilege[ \\t]+\\d{1,2})?[ \\t]+password[ \\t]+(?:0[ \\t]+)?${Q}([^\\s"\\\\]{4,128})${Q}`,
    // A configuration line, which starts with the command ("Enter your username and password twice." is prose).
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 10, validate: (v) => v !== '7' },
  ),
  // A RADIUS or TACACS+ shared key on the server's line (`radius-server host 10.0.0.1 … key …`).
  rule('NETWORK_DEVICE_SECRET', ['radius-server', 'tacacs-server'], `${LB}(?:radius|tacacs)-server[^\\n]{0,160}?[ \\t]key[ \\t]+(?:[07][ \\t]+)?${Q}([^\\s"\\\\]{4,128})${Q}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: configValue }),
  // An SNMP community with write or read access (the factory `public` and `private` are defaults, not secrets).
  rule(
    'NETWORK_DEVICE_SECRET',
    ['snmp-server community', 'snmp community'],
    `${LB}(?:snmp-server[ \\t]+community|set[ \\t]+snmp[ \\t]+community)[ \\t]+${Q}([^\\s"\\\\]{4,128})${Q}[ \\t]+(?:RW|RO|rw|ro|authorization|view)\\b`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.75, validate: (v) => !/^(?:public|private)$/i.test(v) },
  ),
  // IPsec and routing-protocol keys: `crypto isakmp key … address`, `ikev1 pre-shared-key …`, `pre-shared-key ascii-text "…"`
  // (Juniper), `wpa2-pre-shared-key=…` (MikroTik), `neighbor … password …` (BGP), `message-digest-key 1 md5 …` (OSPF),
  // `authentication-key …`, HPE Comware's `password simple …` / `password cipher …`.
  rule(
    'NETWORK_DEVICE_SECRET',
    ['isakmp key', 'pre-shared-key', 'neighbor ', 'authentication-key', 'password simple', 'password cipher'],
    `${LB}(?:crypto[ \\t]+isakmp[ \\t]+key|pre-shared-key(?:[ \\t]+(?:ascii-text|hexadecimal))?[ \\t]*=?|neighbor[ \\t]+\\S{1,64}[ \\t]+password|authentication-key|password[ \\t]+(?:simple|cipher))[ \\t]*(?:[07][ \\t]+)?${Q}([^\\s"\\\\]{4,256})${Q}`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: configValue },
  ),
  // OSPF's `message-digest-key 1 md5 …`: the secret after the algorithm's name, which the hash filter would take for a digest's label.
  rule('NETWORK_DEVICE_SECRET', ['message-digest-key'], `message-digest-key[ \\t]+\\d{1,3}[ \\t]+md5[ \\t]+(?:[07][ \\t]+)?${Q}([^\\s"'\\\\]{4,128})`, { minEntropy: 1.5, filterPlaceholders: false, score: 0.8, startsNearKeyword: 0, validate: (v) => !isPlaceholder(v) }),
  // Juniper's reversible `$9$` secrets wherever they stand (`secret "$9$…"`), and FortiGate's `set psksecret ENC …`,
  // `set passwd "…"` (not `set password ENC SH2…`, a hash of an admin's password).
  rule('NETWORK_DEVICE_SECRET', ['$9$'], `"(\\$9\\$[A-Za-z0-9./\\-]{8,256})(?![A-Za-z0-9./-])`, { score: 0.8 }),
  rule(
    'NETWORK_DEVICE_SECRET',
    ['set passwd', 'set password', 'set psksecret', 'set secret'],
    `${LB}set[ \\t]+(?:passwd|password|psksecret|secret)[ \\t]+(?:ENC[ \\t]+)?${Q}([^\\s"\\\\]{4,256})${Q}`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: (v) => !/^SH2/.test(v) && configValue(v) },
  ),
  // A PAN-OS API key (`LUFRPT…`, base64), in an API URL's `key=` or a header.
  rule('PALO_ALTO_API_KEY', ['lufrpt'], `${B}(LUFRPT[A-Za-z0-9+/]{20,300}={0,2})(?![A-Za-z0-9+/=])`, { minEntropy: 4.0, startsNearKeyword: 0 }),
  // WireGuard keys (`PrivateKey =`, `PresharedKey =`: 32 bytes in base64) and strongSwan's ipsec.secrets (`… : PSK "…"`).
  rule('WIREGUARD_KEY', ['privatekey', 'presharedkey'], `${LB}(?:PrivateKey|PresharedKey)[ \\t]*=[ \\t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)`, { minEntropy: 4.0, startsNearKeyword: 0 }),
  rule('PASSWORD', [': psk', ':psk', ': eap', ': xauth'], `:[ \\t]*(?:PSK|EAP|XAUTH)[ \\t]+${QR}([^"\\n\\\\]{4,256})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  // Windows: unattend.xml (`<AdministratorPassword><Value>…</Value>`), `net user NAME PASSWORD /add`, a Remote Desktop
  // file's `password 51:b:…` (DPAPI: it opens for the user who saved it), `cmdkey /pass:…`.
  rule('PASSWORD', ['password>'], `<(?:AdministratorPassword|Password|DomainPassword)>${CODE_GAP}<Value>([^<\\s]{4,256})</Value>`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  rule('PASSWORD', ['net user '], `${LB}net[ \\t]+user[ \\t]+[^\\s/]{1,64}[ \\t]+([^\\s/*"][^\\s"]{3,127})[ \\t]+/(?:add|domain)\\b`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }),
  rule('PASSWORD', ['password 51:b:'], `password 51:b:([0-9A-F]{64,})`, { score: 0.75, startsNearKeyword: 0 }),
  rule('PASSWORD', ['/pass:'], `/pass:(?:"([^"\\n]{4,128})"|([^\\s"/]{4,128}))`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }),
  // A password given to a command-line tool after its user (`-u USER … -p PASS`: psexec, racadm, pmcmd, tabcmd),
  // or as ldapsearch's `-w`. `-p` is a port as often, so the value needs a letter and a digit or a symbol; mysql's
  // `-p` prompts (its glued form has a rule of its own).
  rule(
    'COMMAND_LINE_SECRET',
    [' -u '],
    `(?<!\\b(?:mysql|mariadb|mysqldump|mysqladmin)\\b[^\\n]{0,200})[ \\t]-u[ \\t]+["']?[^\\s"']{1,64}["']?(?:[ \\t]+[^\\n]{0,200}?)?[ \\t]-p[ \\t]+${Q}((?=[^\\s"'\\\\]{0,127}[A-Za-z])(?=[^\\s"'\\\\]{0,127}[\\d!#$%&*?@^=+.])[^\\s"'\\\\-][^\\s"'\\\\]{3,127})`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.75, startsNearKeyword: 0 },
  ),
  rule('COMMAND_LINE_SECRET', ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami'], `${LB}ldap(?:search|modify|add|delete|passwd|whoami)\\b[^\\n]{0,300}?[ \\t]-w[ \\t]+["']?([^\\s"']{4,128})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  // A password echoed into a command that reads one (`echo '…' | kinit …`, `| sudo -S`, `| passwd --stdin`).
  rule('PASSWORD', ['kinit', 'sudo -s', '--stdin', 'chpasswd'], `${LB}echo[ \\t]+(?:-n[ \\t]+)?["']?([^\\s"'|]{6,128})["']?[ \\t]*\\|[ \\t]*(?:kinit|sudo[ \\t]+-S|passwd[ \\t]+--stdin|chpasswd)\\b`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, validate: (v) => !/\$[{A-Za-z_(]/.test(v) }),
  // An NT hash in a credential dump (`domain\\user:rid:lmhash:nthash:::`): it logs in by itself (pass-the-hash).
  // Not the hash of the empty password.
  rule('NT_HASH', [':::'], `:\\d{1,10}:[0-9a-fA-F]{32}:([0-9a-fA-F]{32}):::`, { score: 0.75, validate: (v) => v.toLowerCase() !== '31d6cfe0d16ae931b73c59d7e0c089c0' }),
  // Database and middleware clients: `sqlplus user/password@service`, DB2 `connect to DB user U using P`,
  // a PASSWORD constant or key given with its value (`setStringProperty(WMQConstants.PASSWORD, "…")`, `props.put("password", "…")`).
  rule('DATABASE_URL_PASSWORD', ['sqlplus'], `${LB}sqlplus(?:[ \\t]+-\\w+)*[ \\t]+[\\w$#]{1,64}/([^\\s@/"']{4,128})(?=@|\\s|$)`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }),
  rule('PASSWORD', ['connect to '], `${LB}connect[ \\t]+to[ \\t]+\\S{1,64}[ \\t]+user[ \\t]+\\S{1,64}[ \\t]+using[ \\t]+([^\\s;"']{4,128})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }, 'i'),
  rule('PASSWORD', ['password",', "password',", '.password,', 'password\\\\",'], `(?:${QR}|\\.)(?:password|passwd)${QR}?[ \\t]*,[ \\t]*${QR}([^"'\\s\\\\]{4,128})${QR}(?![ \\t]*:)`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 4 }, 'i'),
  // Monitoring and backups: Nagios `$USER3$=…` macros (a path or a plain word is none), restic/borg/rsync passphrases
  // in the environment, Vault's unseal keys, Consul and Nomad bootstrap tokens (`SecretID:`, `Secret ID =`, UUIDs).
  rule('PASSWORD', ['$user'], `(?:^|\\n|\\\\n)[ \\t]{0,8}\\$USER\\d{1,3}\\$[ \\t]*=[ \\t]*((?=[^\\s]{0,127}[\\d!#$%&*?@^])[^\\s/$][^\\s]{3,127})`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.75 }),
  rule('PASSWORD', ['restic_password', 'borg_passphrase', 'rsync_password', 'passphrase='], `${LB}(?:RESTIC_PASSWORD|BORG_PASSPHRASE|RSYNC_PASSWORD|PASSPHRASE)[ \\t]*=[ \\t]*${Q}([^\\s"'\\\\$]{4,256})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  rule('VAULT_UNSEAL_KEY', ['unseal key'], `Unseal Key \\d{1,2}:[ \\t]+([A-Za-z0-9+/]{40,64}={0,2})`, { minEntropy: 4.0, startsNearKeyword: 0 }),
  rule('ACL_TOKEN', ['secretid', 'secret id'], `${LB}Secret[ ]?ID[ \\t]*[:=][ \\t]*(${UUID})(?![\\w-])`, { allowUuid: true, score: 0.8, startsNearKeyword: 0 }, 'i'),
  // A secret file printed by `cat` (a PSK, a token, a secret), its value alone on the next line.
  rule('GENERIC_API_KEY', ['cat '], `${LB}cat[ \\t]+\\S{0,200}(?:\\.psk|secret|token)\\S{0,40}[ \\t]*(?:\\r?\\n|\\\\n)[ \\t]*([A-Za-z0-9+/_.~=-]{16,256})[ \\t]*(?=\\r?\\n|\\\\[rn]|\\\\?"|$)`, { filterPlaceholders: true, minEntropy: 3.0, score: 0.75, startsNearKeyword: 0 }),
  // ---- the AI/ML stack (blind batch O, session 23) ----
  // An SDK client built with its key as the first argument: `cohere.ClientV2("…")`, `Groq("…")` is rarer than `api_key=`,
  // but `Client("…")` is how several SDKs take it. The value must look machine-made (a bucket name does not).
  rule('GENERIC_API_KEY', ['client(', 'clientv2(', 'asyncclient('], `${LB}\\w{0,20}Client(?:V\\d)?\\([ \\t]{0,4}${QR}([A-Za-z0-9_.~+/-]{24,256})${QR}[ \\t]{0,4}[,)]`, { filterPlaceholders: true, minEntropy: 3.5, minEntropyHex: 3.0, score: 0.7, validate: looksRandom }),
  // A key handed to a method named for it: `Auth.api_key("…")` (Weaviate), `sgMail.setApiKey("…")`, `.with_api_key("…")`.
  rule(
    'GENERIC_API_KEY',
    ['api_key(', 'apikey(', 'access_token(', 'accesstoken(', 'auth_token(', 'authtoken(', 'secret_key(', 'secretkey('],
    `(?<![A-Za-z0-9])(?:set_?|with_?)?(?:api_?key|access_?token|auth_?token|secret_?key)\\([ \\t]{0,4}${QR}([A-Za-z0-9_.~+/=-]{16,512})${QR}`,
    { filterPlaceholders: true, minEntropy: 3.5, minEntropyHex: 3.0, score: 0.75, validate: looksRandom },
    'i',
  ),
  // A key given to a login or init call as `key=`: `wandb.login(key="…")`.
  rule('GENERIC_API_KEY', ['login(', 'init(', 'configure('], `(?:login|init|configure)\\([^()\\n]{0,200}?\\bkey[ \\t]{0,2}=[ \\t]{0,2}${QR}([A-Za-z0-9_.~+/=-]{20,256})${QR}`, { filterPlaceholders: true, minEntropy: 3.5, minEntropyHex: 3.0, score: 0.75, validate: looksRandom, startsNearKeyword: 0 }),
  // A CLI that stores a key given after its subcommand: `vastai set api-key …`, `tool config set token …`.
  rule('GENERIC_API_KEY', ['set api-key', 'set api_key', 'set apikey', 'set token', 'set-api-key'], `${LB}(?:set|set-api-key)(?:[ \\t]+(?:api[-_]?key|apikey|token))?[ \\t]+([A-Za-z0-9_.~+/=-]{20,256})(?![A-Za-z0-9_.~+/=-])`, { filterPlaceholders: true, minEntropy: 3.5, minEntropyHex: 3.0, score: 0.75, validate: looksRandom }, 'i'),
  // kaggle.json: `{"username": "…", "key": "…"}`.
  rule('GENERIC_API_KEY', ['"username"', '\\"username\\"'], `${QR}username${QR}[ \\t]{0,4}:[ \\t]{0,4}${QR}[^"\\\\\\n]{1,64}${QR}[ \\t]{0,4},${CODE_GAP}${QR}key${QR}[ \\t]{0,4}:[ \\t]{0,4}${QR}([A-Za-z0-9_.~+/=-]{16,256})${QR}`, { filterPlaceholders: true, minEntropy: 3.0, score: 0.8, startsNearKeyword: 3 }, 'i'),
  // An env variable named for an API key whose value is a UUID (Pinecone's older keys, Heroku, Postmark): ids are `…_ID`.
  rule('GENERIC_API_KEY', ['api_key=', 'api_key:', 'apikey=', 'access_key=', 'api_token='], `(?<=(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]{1,40}_)(?:API_KEY|APIKEY|ACCESS_KEY|API_TOKEN)[ \\t]{0,2}[=:][ \\t]{0,2}${Q}(${UUID})(?![\\w-])`, { allowUuid: true, score: 0.75, startsNearKeyword: 0 }),
  // Milvus and Zilliz take `user:password` as their token.
  rule('PASSWORD', ['milvus', 'zilliz'], `${QR}token${QR}[ \\t]{0,4}[:=][ \\t]{0,4}${QR}[\\w.-]{1,64}:([^\\s"'\\\\]{6,128})${QR}`, { filterPlaceholders: true, minEntropy: 2.0, score: 0.8 }, 'i'),
  // A token printed alone on the line after the line that announces it: `New access token expires on …\n    c777…`
  // (Particle's CLI), `Your API key:\n\n  …`. The value line holds nothing else, and must look machine-made.
  // Not a form's anti-forgery nonce (`name="csrf_token"` in a multipart body; blind batch R).
  rule(
    'GENERIC_API_KEY',
    ['token', 'api key', 'api_key', 'apikey'],
    `(?<!(?:csrf|xsrf|authenticity)[_ -]?)(?:token|api[ _]?key)[^\\n\\\\]{0,80}(?:\\r?\\n|\\\\n)(?:[ \\t]*(?:\\r?\\n|\\\\n)){0,2}[ \\t]{0,12}([A-Za-z0-9+/_.~-]{20,256}={0,2})[ \\t]*(?=\\r?\\n|\\\\[rn]|\\\\?"|$)`,
    { filterPlaceholders: true, minEntropy: 3.5, minEntropyHex: 3.0, score: 0.7, validate: looksRandom, startsNearKeyword: 0 },
    'i',
  ),
  // A session cookie in a Netscape cookies.txt line (curl, yt-dlp, browser exports): domain, TRUE/FALSE, path,
  // TRUE/FALSE, expiry, name, value, tab-separated (tabs escaped in a JSON string); the name as the cookie header rule reads it.
  rule(
    'SESSION_COOKIE',
    ['\ttrue\t', '\tfalse\t', '\\ttrue\\t', '\\tfalse\\t'],
    `${TAB}(?:TRUE|FALSE)${TAB}[^\\t\\n\\\\]{1,200}${TAB}(?:TRUE|FALSE)${TAB}\\d{1,12}${TAB}(?:__(?:Secure|Host)-)?[\\w.-]{0,40}?(?:sess(?:ion)?|sid)(?:[_.-]?(?:id|token|key))?${TAB}([A-Za-z0-9%._~+/=-]{16,4096})(?![A-Za-z0-9%._~+/=-])`,
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.8, startsNearKeyword: 0 },
    'i',
  ),
  // A session cookie handed to a client by name and value: PowerShell `New-Object System.Net.Cookie("sessionid", "…")`,
  // Selenium and Playwright `add_cookie({"name": "sessionid", "value": "…"})`, a HAR file's cookie list.
  rule(
    'SESSION_COOKIE',
    ['cookie(', 'cookies(', 'cookies"', "cookies'", 'cookies\\"'],
    `${QR}(?:__(?:Secure|Host)-)?[\\w.-]{0,40}?(?:sess(?:ion)?|sid)(?:[_.-]?(?:id|token|key))?${QR}[ \\t]{0,4}(?:,[ \\t]{0,4}|,(?:[ \\t]|\\r?\\n|\\\\n){0,40}${QR}value${QR}[ \\t]{0,4}:[ \\t]{0,4})${QR}([A-Za-z0-9%._~+/=-]{16,4096})${QR}`,
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.8 },
    'i',
  ),
  // A Backblaze B2 application key (`K00` and 28 base64 characters).
  rule('B2_APPLICATION_KEY', ['k00'], `${B}(K00\\d[A-Za-z0-9+/]{27})(?![A-Za-z0-9+/=])`, { minEntropy: 4.0, validate: (s) => /[a-z]/.test(s) && /[A-Z].*[A-Z]/.test(s.slice(4)), startsNearKeyword: 0 }),
  // A password set off by emphasis right after its label: `password **Nimbus-6485**` (Markdown), `password <code>…</code>` (HTML).
  rule(
    'PASSWORD',
    ['password'],
    `${LB}password[ \\t]{1,2}(?:\\*\\*([^\\s*"'\`\\\\]{6,64})\\*\\*|<(?:code|b|strong|kbd|tt)>([^\\s<"'\`\\\\]{6,64})</(?:code|b|strong|kbd|tt)>)`,
    { filterPlaceholders: true, score: 0.75, minEntropy: 2.0, namedValue: true, startsNearKeyword: 0 },
    'i',
  ),
  // ---- data platforms, mobile apps, IoT and game servers (blind batch W, session 25) ----
  // A private key's DER body in base64 without its PEM armour (a Snowflake connector's `snowflake.private.key`, a key
  // pasted into a variable with its header lines cut). Each kind begins with a fixed ASN.1 preamble: PKCS#8 RSA
  // (`MII…IBADANBgkqhkiG9w0BAQEFAASC`), PKCS#1 RSA (`MII…IBAAKC`), PKCS#8 P-256 and P-384, SEC1 P-256 (`MHcCAQEEI`) and PKCS#8
  // Ed25519 (`MC4CAQAwBQYDK2VwBCIEI`). A public key's preamble differs (`MIIBIjANBgkqhkiG9w0BAQEFAAOC`).
  rule(
    'PRIVATE_KEY',
    // (Keywords: the first distinctive characters of each preamble, enough to select the rule.)
    ['ibadanbgkq', 'ibaakc', 'mighageamb', 'mig2ageamb', 'mhccaqeei', 'mc4caqawbq'],
    `(?<![A-Za-z0-9+/])((?:MII[A-Za-z0-9+/]{3}IBADANBgkqhkiG9w0BAQEFAASC|MII[A-Za-z0-9+/]{3}IBAAKC[AQg]|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg|MIG2AgEAMBAGByqGSM49AgEGBSuBBAAiBIGeMIGbAgEBBDB|MHcCAQEEI|MC4CAQAwBQYDK2VwBCIEI)(?:[A-Za-z0-9+/]|\\r?\\n|\\\\n){40,8192}={0,2})`,
    { startsNearKeyword: 6 },
  ),
  // A Tableau personal access token's secret: 22 base64 characters, `==:`, 32 base62 (`TSC.PersonalAccessTokenAuth(name, secret)`).
  // Not a salt and an MD5 digest written the same way (`…==:` and 32 hex digits).
  rule('TABLEAU_PAT', ['==:'], `(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32})(?![A-Za-z0-9])`, {
    minEntropy: 4.0,
    startsNearKeyword: 22,
    validate: (s) => {
      const tail = s.slice(-32);
      return /[a-z]/.test(tail) && /[A-Z]/.test(tail) && /\d/.test(tail);
    },
  }),
  // ESPHome's native API key: 32 bytes in base64 under `api:` → `encryption:` → `key:`.
  rule('ESPHOME_API_KEY', ['encryption:'], `encryption:[ \\t]*(?:\\r?\\n|\\\\n)[ \\t]{1,16}key:[ \\t]*${Q}([A-Za-z0-9+/]{43}=)`, { minEntropy: 4.0, startsNearKeyword: 0 }),
  // Zigbee2MQTT's network key, sixteen byte values in a list: `network_key: [152, 194, …]`.
  rule('ZIGBEE_NETWORK_KEY', ['network_key'], `network_key${Q}[ \\t]{0,4}[:=][ \\t]{0,4}(\\[[ \\t]{0,4}(?:\\d{1,3}[ \\t]{0,4},[ \\t]{0,4}){15}\\d{1,3}[ \\t]{0,4}\\])`, { startsNearKeyword: 0 }),
  // LoRaWAN root and session keys: an Arduino LMIC sketch's byte array (`APPKEY[16] = { 0xD2, … }`), and
  // `ttn-lw-cli … --root-keys.app-key.key <32 hex>`. The EUIs beside them are identifiers.
  rule(
    'LORAWAN_KEY',
    ['appkey', 'nwkskey', 'appskey', 'app_key', 'nwk_skey', 'app_skey'],
    `(?<![A-Za-z0-9])(?:APPKEY|NWKSKEY|APPSKEY|APP_KEY|NWK_SKEY|APP_SKEY)(?:\\[\\d{0,2}\\])?[ \\t]*=[ \\t]*\\{[ \\t]*((?:0x[0-9A-Fa-f]{2}[ \\t]*,[ \\t]*){15}0x[0-9A-Fa-f]{2})`,
    { startsNearKeyword: 0, validate: (s) => new Set(s.match(/0x[0-9a-f]{2}/gi)?.map((b) => b.toLowerCase())).size >= 8 },
    'i',
  ),
  rule('LORAWAN_KEY', ['app-key', 'nwk-key'], `--(?:root-keys\\.)?(?:app|nwk)-key(?:\\.key)?(?:=|[ \\t]+)${Q}([0-9A-Fa-f]{32})(?![0-9A-Za-z])`, { minEntropy: 3.0 }, 'i'),
  // Tasmota console commands: `Backlog MqttHost …; MqttUser …; MqttPassword …;`, `WebPassword …`, the Wi-Fi `Password1 …`.
  rule(
    'PASSWORD',
    ['mqttpassword', 'webpassword', 'backlog'],
    `(?:(?<![A-Za-z])(?:MqttPassword|WebPassword)|(?<=Backlog[^\\n]{0,300}[ \\t;])Password[12])[ \\t]+([^\\s;"'\\\\]{4,64})(?=[ \\t]*(?:;|\\r?\\n|\\\\[rn]|\\\\?"|$))`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: configValue },
  ),
  // MQTT and RCON clients: `mosquitto_pub … -P '…'` (`-p` is the port), `mcrcon … -p …` (`-P` is the port),
  // `mosquitto_passwd -b FILE USER PASSWORD`.
  rule(
    'COMMAND_LINE_SECRET',
    ['mosquitto_', 'mcrcon'],
    `${LB}(?:mosquitto_(?:pub|sub|rr)\\b[^\\n]{0,300}?[ \\t](?:-P|--pw)|mcrcon\\b[^\\n]{0,300}?[ \\t]-p|mosquitto_passwd(?:[ \\t]+-c)?[ \\t]+-b(?:[ \\t]+[^\\s"'\\\\]{1,200}){2})[ \\t]+["']?([^\\s'"\\\\]{4,128})`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 0 },
  ),
  // OpenWrt UCI: `option key '…'` of a wifi-iface (WEP's key index, `'1'`, is too short), RADIUS secrets, and the
  // `uci show` form `wireless.default_radio0.key='…'`.
  rule(
    'PASSWORD',
    ['option key', 'option password', 'option sae_password', 'option auth_secret', 'option acct_secret', 'wireless.'],
    `(?:${LB}option[ \\t]+(?:key|password|sae_password|auth_secret|acct_secret)[ \\t]+|${LB}wireless\\.[\\w@\\[\\]-]{1,60}\\.key=)'([^'\\n]{4,128})'`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 },
  ),
  // A game server's console variable at the start of a line, its value quoted or not: srcds `rcon_password "…"`,
  // `sv_password "…"`; an empty value (`sv_password ""`) is no password.
  rule(
    'PASSWORD',
    ['_password ', '_password\t', '_passwd '],
    `(?<=(?:^|\\n|\\\\n)[ \\t]{0,8}(?:set[ \\t]+)?[a-z][a-z0-9]{0,20})_(?:password|passwd)[ \\t]+(?:${QR}([^"\\n\\\\]{4,128})${QR}|([^\\s"'\\\\]{4,128})(?=[ \\t]*(?:\\r?\\n|\\\\n|\\/\\/|$)))`,
    { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, validate: configValue, namedValue: true, startsNearKeyword: 0 },
  ),
  // A Steam game server login token (GSLT): 32 hex digits after `+sv_setsteamaccount`, or in the variables game-server images read.
  rule('STEAM_GSLT', ['sv_setsteamaccount', 'gslt', 'srcds_token'], `(?:\\+?sv_setsteamaccount[ \\t]+|(?:STEAM_?GSLT|GSLT|SRCDS_TOKEN)${Q}[ \\t]{0,4}[=:][ \\t]{0,4}${Q})([0-9A-F]{32})(?![0-9A-Za-z])`, { minEntropy: 3.0 }, 'i'),
  // A key or token as an XML element's text: `<ApiKey>…</ApiKey>` (Sonarr, Radarr and the other *arr apps' config.xml),
  // `<AccessToken>`. Not a page's or a list's continuation token (`<NextToken>` of an AWS API reply).
  rule(
    'GENERIC_API_KEY',
    ['key>', 'token>', 'secret>'],
    `<(?:[\\w-]{1,20}:)?(?:[\\w.-]{0,30}?(?:api[_-]?key|access[_-]?token|auth[_-]?token|session[_-]?token|secret(?:[_-]?key)?|client[_-]?secret|token))(?:[ \\t]+[\\w:-]{1,30}=${QR}[^"'<>\\n]{0,40}${QR}){0,3}>([A-Za-z0-9+/_.=~-]{16,256})</`,
    {
      filterPlaceholders: true,
      score: 0.7,
      minEntropy: 3.5,
      minEntropyHex: 3.0,
      validate: looksRandom,
      namedValue: true,
      acceptMatch: (_secret, match) => !/(?:next|page|continuation|cursor|sync|resume|csrf|xsrf|public|device|push|registration)[_-]?(?:token|key)/i.test(match.slice(0, 80)),
    },
    'i',
  ),
  // ---- infrastructure state, secret-store output and data dumps (blind batch Y, session 25) ----
  // `terraform output -json` and state: a value Terraform marks sensitive, shown in the clear (`"sensitive": true,
  // "type": "string", "value": "…"`), and a `random_password`'s `result`.
  rule(
    'GENERIC_SECRET',
    ['sensitive'],
    `sensitive${Q}[ \\t]*:[ \\t]*true[ \\t]*,(?:[ \\t\\r\\n]|\\\\[nrt])*(?:${Q}type${Q}[ \\t]*:[ \\t]*${Q}[\\w]{1,20}${Q}[ \\t]*,(?:[ \\t\\r\\n]|\\\\[nrt])*)?${Q}value${Q}[ \\t]*:[ \\t]*${QR}([^"\\s\\\\]{6,512})${QR}`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 0 },
  ),
  rule(
    'PASSWORD',
    ['"result"', '\\"result\\"'],
    `(?<=random_(?:password|string)[\\s\\S]{0,1500})${Q}result${Q}[ \\t]*:[ \\t]*${QR}([^"\\s\\\\]{6,256})${QR}`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 2 },
  ),
  // A password set by name and value: a Helm `set { name = "auth.adminPassword" value = "…" }` in a plan, a 1Password
  // field (`"id": "password", … "value": "…"`), a Kubernetes env entry (`- name: DB_PASSWORD` / `value: "…"`). The
  // name's keyword anchors the rule; up to six lines of other keys may stand between name and value.
  rule(
    'PASSWORD',
    ['password', 'passwd'],
    `(?<=(?<![\\w-])(?:name|id|label|key)${Q}[ \\t]*[:=][ \\t]*${Q}[\\w.-]{0,40})(?:password|passwd)${Q}[ \\t]*,?(?:[ \\t]*(?:\\r?\\n|\\\\n)(?![ \\t+~-]*${Q}(?:name|id|label|value)${Q}[ \\t]*[:=])${LINE_CHAR}{0,120}){0,6}(?:[ \\t]*(?:\\r?\\n|\\\\n)|,[ \\t]*)[ \\t+~-]*${Q}value${Q}[ \\t]*[:=][ \\t]*${QR}([^"'\\s\\\\]{6,128})${QR}`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.75, namedValue: true, startsNearKeyword: 0 },
    'i',
  ),
  // CloudFormation: a NoEcho parameter's Default, and `describe-stacks` parameters by key (`"ParameterKey": "DatadogApiKey"`).
  rule(
    'PASSWORD',
    ['noecho'],
    `NoEcho:[ \\t]*['"]?true['"]?[ \\t]*(?:\\r?\\n|\\\\n)(?:[ \\t]+(?!Default:)[A-Za-z]{2,30}:${LINE_CHAR}{0,120}(?:\\r?\\n|\\\\n)){0,6}[ \\t]+Default:[ \\t]*['"]?([^\\s'"\\\\]{6,128})`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, startsNearKeyword: 0 },
  ),
  rule(
    'GENERIC_SECRET',
    ['parameterkey'],
    `ParameterKey${Q}[ \\t]*:[ \\t]*${Q}[\\w-]{0,40}(?:Password|Secret|Token|ApiKey|AccessKey|PrivateKey)${Q}[ \\t]*,(?:[ \\t\\r\\n]|\\\\[nrt])*${Q}ParameterValue${Q}[ \\t]*:[ \\t]*${QR}([^"\\s\\\\]{6,256})${QR}`,
    { filterPlaceholders: true, minEntropy: 2.5, score: 0.8, startsNearKeyword: 0 },
  ),
  // SQL Server `CREATE LOGIN x WITH PASSWORD = N'…'` (not `= 0x… HASHED`), Oracle's unquoted `IDENTIFIED BY pw`
  // (not `IDENTIFIED BY VALUES '…'`, a hash, nor `EXTERNALLY`/`GLOBALLY`).
  rule('PASSWORD', ['with password'], `\\bWITH[ \\t]+PASSWORD[ \\t]*=[ \\t]*N?'([^'\\s\\\\]{4,128})'`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }, 'i'),
  rule(
    'PASSWORD',
    ['identified by'],
    `\\bIDENTIFIED[ \\t]+BY[ \\t]+(?!VALUES\\b)([A-Za-z][A-Za-z0-9_$#]{5,29})(?=[ \\t]*(?:;|\\r?\\n|\\\\n|$|[ \\t]+(?:USING|DEFAULT|PASSWORD|ACCOUNT|QUOTA|PROFILE)\\b))`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.8, validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v), startsNearKeyword: 0 },
    'i',
  ),
  // Redis ACL: `user sessions on >pw ~sess:* …` (`#…` is the password's SHA-256, `<pw` removes one).
  rule('PASSWORD', [' on >', 'setuser'], `(?<=(?:^|\\n|\\\\n)[ \\t]*(?:user|ACL[ \\t]+SETUSER)[ \\t]+\\S{1,64}[ \\t]+(?:\\S{1,40}[ \\t]+){0,6})>([^\\s>]{4,128})`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }, 'i'),
  // LDIF: `userPassword::` holds base64; the decoded value is the password unless it is a `{SCHEME}` hash.
  rule('PASSWORD', ['userpassword::'], `userPassword::[ \\t]*([A-Za-z0-9+/]{8,256}={0,2})`, {
    startsNearKeyword: 0,
    score: 0.8,
    validate: (v) => {
      const decoded = Buffer.from(v, 'base64').toString('latin1');
      return /^[\x21-\x7e]{4,128}$/.test(decoded) && !decoded.startsWith('{');
    },
  }),
  // A Kafka JAAS file's users, `user_<name>="…"` inside a login module's block.
  rule('PASSWORD', ['loginmodule'], `(?<=LoginModule[\\s\\S]{0,800})\\buser_[\\w.-]{1,64}[ \\t]*=[ \\t]*${QR}([^"\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8 }),
  // A password a tool prints after resetting it: `elasticsearch-reset-password` → `New value: …`.
  rule('PASSWORD', ['new value:'], `(?<=reset-password[\\s\\S]{0,600})New value:[ \\t]*(\\S{8,128})`, { filterPlaceholders: true, minEntropy: 2.5, score: 0.8, startsNearKeyword: 0 }),
  // An Opsgenie API key, a UUID under `api_key` in its receiver.
  rule('GENERIC_API_KEY', ['opsgenie'], `opsgenie[\\s\\S]{0,200}?api_key${Q}[ \\t]*[:=][ \\t]*${Q}(${UUID})(?![\\w-])`, { allowUuid: true, score: 0.85 }, 'i'),
  // Pulumi's secret object in a stack export with `--show-secrets`: its signature key (a constant), then the
  // JSON-encoded value under `plaintext`.
  rule(
    'GENERIC_SECRET',
    ['4dabf18193072939515e22adb298388d'],
    `4dabf18193072939515e22adb298388d${Q}[ \\t]*:[ \\t]*${Q}1b47061264138c4ac30d75fd1eb44270${Q}[ \\t]*,(?:[ \\t\\r\\n]|\\\\[nrt])*${Q}plaintext${Q}[ \\t]*:[ \\t]*"\\\\{1,3}"([^"\\s\\\\]{4,256})\\\\{1,3}""`,
    { filterPlaceholders: true, minEntropy: 2.0, score: 0.85, startsNearKeyword: 0 },
  ),
  // ---- API clients, proxies and browsers (blind batch Z, session 25) ----
  // A session cookie given to curl with `-b`/`--cookie` (the cookie header rule reads `Cookie:`).
  rule(
    'SESSION_COOKIE',
    [' -b ', '--cookie'],
    `(?:[ \\t]-b|--cookie)(?:=|[ \\t]+)${Q}(?:[^\\s"';]{0,200};[ \\t]*)?[\\w.-]{0,40}?(?:sess(?:ion)?|sid)(?:[_.-]?(?:id|token|key))?=([A-Za-z0-9%._~+/=-]{16,512})(?![A-Za-z0-9%._~+/=-])`,
    { filterPlaceholders: true, minEntropy: 3.0, score: 0.8, validate: looksRandom, startsNearKeyword: 1 },
    'i',
  ),
  // httpie: `--auth-type=bearer --auth TOKEN` / `-A bearer -a TOKEN`, and a session file's `"raw_auth": "user:pass"`.
  rule('AUTHORIZATION_HEADER', ['auth-type', '-a bearer'], `(?:--auth-type[ \\t=]+|-A[ \\t]+)bearer\\b[^\\n]{0,200}?(?:--auth|[ \\t]-a)(?:=|[ \\t]+)${Q}([A-Za-z0-9._~+/=-]{16,2048})`, { minEntropy: 3.2, filterPlaceholders: true, score: 0.85 }, 'i'),
  rule('PASSWORD', ['raw_auth'], `raw_auth${Q}[ \\t]*:[ \\t]*${QR}[^:"\\s\\\\]{1,64}:([^"\\s\\\\]{4,128})${QR}`, { filterPlaceholders: true, minEntropy: 1.5, score: 0.8, startsNearKeyword: 0 }),
  // OAuth: an authorization code in a redirect beside its `state` (short-lived, but it buys a token until used). Not a
  // PKCE `code_verifier` alone: fixtures.ts judged it a look-alike, and it buys nothing without the code (batch Z's
  // writer judged it a secret).
  rule('OAUTH_CODE', ['code='], `[?&#]code=([A-Za-z0-9._~-]{20,512})(?=&(?:[\\w-]{1,40}=[^&\\s"]{0,200}&){0,4}(?:session_)?state=)`, { minEntropy: 3.0, score: 0.75, startsNearKeyword: 1 }),
  // A SAML response posted back from the IdP: a signed assertion that logs its bearer in.
  rule('SAML_ASSERTION', ['samlresponse='], `SAMLResponse=([A-Za-z0-9+/%]{200,65536}={0,2}(?:%3D){0,2})`, { startsNearKeyword: 0, score: 0.8 }),
  // Azure API Management's subscription key, 32 hex digits under its header's name.
  rule('GENERIC_API_KEY', ['ocp-apim-subscription-key'], `Ocp-Apim-Subscription-Key${Q}(?:[ \\t]*[:=][ \\t]*|[ \\t]*,[ \\t]*${Q}value${Q}[ \\t]*:[ \\t]*)${Q}([0-9a-f]{32})(?![0-9a-f])`, { minEntropyHex: 3.0, minEntropy: 3.0, score: 0.85, startsNearKeyword: 0 }, 'i'),
];
