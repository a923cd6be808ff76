import { isIPv6 } from 'node:net';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { hasContext } from '../context.js';
import type { Recognizer } from '../recognizer.js';

/** Recognizers for contact and network identifiers: e-mail, URL, phone, IP, MAC. */

const TLDS = new Set(
  ('com net org edu gov mil int info biz name pro io co ai app dev site online store tech xyz me tv cc us uk de fr it es nl be ch at se no dk fi ' +
    'pl cz sk hu ro bg gr pt ie is ee lv lt si hr rs ba mk al ua by ru tr il ae sa qa kw eg za ng ke ma tn in pk bd lk cn jp kr tw hk sg my ' +
    'th vn id ph au nz ca mx br ar cl pe uy py bo ve ec cr pa do cu jm eu asia mobi cloud blog shop news live world today email space website ' +
    'agency company digital media network solutions systems services club design studio webcam vlaanderen berlin london paris nyc tokyo global ' +
    'cy lu li mt md ge am az kz uz mn np mm kh la').split(' '),
);

const EMAIL_CONTEXT = ['email', 'e-mail', 'mail', 'contact', 'courriel', 'correo'];

/** Characters allowed in the local part of an address we report (RFC 5322 atext, minus rarities). */
const LOCAL_CHAR = /[A-Za-z0-9._%+'-]/;

/** What precedes the password in `scheme://user:password@host`: the scheme and the user name. */
const URL_USER_BEFORE = /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/@:]*$/;

const email: Recognizer = {
  type: 'EMAIL',
  format: 'EMAIL',
  prefilter: (t) => t.includes('@'),
  anchor: { char: '@' },
  // Anchored on "@" (fast to find); the local part is walked backwards in validate.
  // Domain labels may hold Latin letters beyond ASCII (an internationalised domain, `bücherstube-müller.de`).
  // So may labels in Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Japanese, Chinese and Korean (`info@さくら書店.jp`):
  // their letters, not their punctuation (the Arabic comma, the danda, the ideographic full stop end the address).
  pattern:
    /@(?:[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0966-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af](?:[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0966-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af-]{0,61}[A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0966-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])?\.){1,8}(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,59}|[\u0400-\u04ff\u4e00-\u9fff]{2,6})(?![A-Za-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u05d0-\u05ea\u0620-\u064a\u0671-\u06d3\u0900-\u0963\u0966-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af-])/g,
  validate(value, text, start) {
    let from = start;
    while (from > 0 && start - from < 64 && LOCAL_CHAR.test(text[from - 1]!)) from--;
    while (from < start && /[._%+'-]/.test(text[from]!)) from++;
    const local = text.slice(from, start);
    if (local.length === 0 || local.endsWith('.') || local.includes('..')) return undefined;
    // `scheme://user:password@host` is a URL's credentials (the secrets scanner's), not an address.
    if (text[from - 1] === ':' && URL_USER_BEFORE.test(text.slice(Math.max(0, from - 1 - 128), from - 1))) return undefined;
    const tld = value.slice(value.lastIndexOf('.') + 1).toLowerCase();
    if (/^(png|jpe?g|gif|svg|webp|js|ts|css|json|html?|txt|md|py|java|go|rs|rb|php|sh|yml|yaml|xml|pdf|zip|gz)$/.test(tld)) return undefined;
    return { score: 0.95, trimStart: from - start };
  },
  context: EMAIL_CONTEXT,
  contextBoost: 0.05,
};

const url: Recognizer = {
  type: 'URL',
  format: 'URL',
  // The scheme (`https`, `ws`) followed by `://`, or a `www` followed by a dot. No whole-text
  // prefilter: two substring searches of every text cost more than the words the anchor meets,
  // most of which `follow` refuses without a call.
  anchor: {
    token: [2, 5],
    first: 'hfwHFW',
    follow: ':.',
    test: (t, start, end) => t.startsWith('://', end) || (end - start === 3 && t.charCodeAt(end) === 46 && (t.charCodeAt(start) | 0x20) === 119),
  },
  pattern: /\b(?:(?:https?|ftp|wss?):\/\/|www\.)[^\s<>"'`\\^{}|]{2,2048}/gi,
  validate(value) {
    const trimmed = value.replace(/[.,;:!?)\]}*]+$/, '');
    const host = /^(?:[a-z]+:\/\/)?([^/?#:]+)/i.exec(trimmed)?.[1] ?? '';
    if (!host.includes('.') && !/^localhost$/i.test(host) && !/^\[/.test(host)) return undefined;
    if (/[${}]/.test(host)) return undefined; // template, not a URL anyone owns
    return { score: 0.9, trimEnd: trimmed.length };
  },
};

const HOST_CHAR = /[A-Za-z0-9.-]/;

// Character tests for anchors, on char codes (NaN past either end of the text is none of them).
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
const isHex = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);

const bareDomain: Recognizer = {
  type: 'URL',
  format: 'DOMAIN_NAME',
  prefilter: (t) => t.includes('.'),
  anchor: {
    char: '.',
    // The top-level domain begins with a letter: most dots end a sentence or sit inside a number.
    follow: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
    test: (t, at) => at > 0 && isAlnum(t.charCodeAt(at - 1)) && isAlnum(t.charCodeAt(at + 1)) && !isDigit(t.charCodeAt(at + 1)),
  },
  // Anchored on the dot before a top-level domain; the host is walked backwards in validate.
  pattern: /\.(?<=[A-Za-z0-9]\.)[A-Za-z]{2,24}(?![A-Za-z0-9@-]|\.[A-Za-z0-9])/g,
  validate(value, text, start) {
    const tld = value.slice(1).toLowerCase();
    if (!TLDS.has(tld)) return undefined;
    let from = start;
    while (from > 0 && start - from < 253 && HOST_CHAR.test(text[from - 1]!)) from--;
    while (from < start && /[.-]/.test(text[from]!)) from++;
    if (from > 0 && /[@/:\w]/.test(text[from - 1]!)) return undefined; // part of an e-mail, URL or path
    const host = text.slice(from, start + value.length);
    const labels = host.split('.');
    if (labels.some((l) => l.length === 0 || l.length > 63) || /^\d+$/.test(labels[0]!)) return undefined;
    if (!/[a-z]/i.test(labels.slice(0, -1).join(''))) return undefined;
    // "e.g", "i.e", "Mr.Smith": the first label needs 2+ characters, and "No.de" style pairs are not hosts.
    if (labels[0]!.length < 2 || (labels.length === 2 && tld.length === 2 && labels[0]!.length < 3)) return undefined;
    return { score: 0.55, trimStart: from - start };
  },
  context: ['website', 'domain', 'site', 'visit', 'web', 'url', 'link'],
  contextBoost: 0.3,
};

// Substrings of the lower-cased window, not words: `ring` alone found the `ring` of every
// `input string "4929-1100-AB"` in a Java stack trace and `tel` the one in `Bestellnummer`, so
// only their phrases are listed.
const PHONE_CONTEXT = [
  'phone', 'tel:', 'tel.', 'tel ', 'tel/', 'tel#', 'mobile', 'cell', 'call', 'fax', 'desk', 'office', 'contact', 'reach', 'whatsapp', 'sms', 'text me',
  'messages to', 'answering', 'dial', 'number is', 'number:', 'telepono', 'téléphone', 'telefon', 'teléfono', 'telefono', 'numara', 'handy', 'portable',
  // "Contact" in Polish, German, Czech and the Scandinavian languages ("Proszę o kontakt: 22 621 34 58").
  'kontakt',
  // Turkish "cep" (mobile) as a label only: a bare "CEP" is also the Brazilian postcode ("CEP 01310-100").
  'cep:', 'cep tel', 'cep no',
  'ring me', 'ring us', 'a ring', 'celular', 'móvil', 'movil', 'cellulare', 'telefone', 'telemóvel', 'ligue', 'rufnummer', 'tél', 'tlf',
  'ring mig', 'ring til', 'mobil', 'komórk', 'телефон', 'тел.', 'κινητό', 'τηλ', '手机', '电话', '電話', '携帯', '전화', '휴대폰',
  // "Call us" in other languages: "Llámenos al 55 1234 5678", "appelez le", "chiamate il", "rufen Sie … an".
  'llám', 'llama al', 'llame al', 'llamar al', 'appelez', 'appeler le', 'chiama', 'numero verde', 'rufen sie', 'anrufen', 'liga para', 'ligar para',
  // "My number is …" ("mi número es el 915 73 46 28"), the copula right after: "mon numéro client est" is a customer number.
  // "Number" and "call me" in Russian, Hindi, Norwegian and German ("Мой номер …", "मेरा नंबर …", "ringe meg på", "Ruf mich an unter").
  'номер', 'नंबर', 'फ़ोन', 'फोन', 'मोबाइल', 'ringe meg', 'ring meg', 'ruf mich an', 'erreichbar unter',
  // French "to reach me" ("Pour me joindre : 514 384-0736 poste 212"; blind batch V).
  'joindre',
  'mi número es', 'mi numero es', 'mi número:', 'meu número é', 'meu numero é', 'meu número:', 'il mio numero è', 'mon numéro est', 'mon numéro :', 'meine nummer ist', 'meine nummer:',
];
/** Seven or more digits, a dot and digits: phone numbers written with dots group their digits (604.555.0177). */
const DECIMAL_RUN = /^\d{7,}\.\d+$/;
/** A bare digit run is parsed as a phone number only right after one of these (ids and timestamps are not). */
const BARE_PHONE_CONTEXT = /\b(?:phone|tel|telephone|mobile|cell|call(?: me)?(?: on| at)?|fax|whatsapp|sms|text|dial|contact|number(?: is|:)|no\.?|nr\.?|numara|telepono|desk|office)\b[^\n\d]{0,6}$/i;
/**
 * Characters before a bare number searched for BARE_PHONE_CONTEXT: its longest match (`call me on`
 * and six more characters) has 16, and the `\b` before it reads one more. A longer window gives
 * the same answers and only costs the expression more start positions to try.
 */
const BARE_PHONE_WINDOW = 17;
// Tried in order for numbers written without a country code; the first region where the number is
// valid decides its score. Each adds a parse only for candidates the ones before refused.
const PHONE_REGIONS: readonly CountryCode[] = ['US', 'GB', 'DE', 'FR', 'IN', 'PH', 'TR', 'IL', 'JP', 'CN', 'BR', 'AU', 'IT', 'ES', 'NL', 'SE', 'MX', 'PT', 'PL', 'GR', 'DK', 'RU', 'KR'];
const DATE_SHAPE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4}))$/;

/**
 * Whether a bare digit run (no separators) is worth scoring as a phone number: only a national
 * trunk-prefixed number (0917…, 0532…), or one right after a phone word.
 */
function barePhoneWanted(text: string, start: number, end: number): boolean {
  if (end - start < 7 || end - start > 15) return false;
  return isTrunkNumber(text, start, end) || BARE_PHONE_CONTEXT.test(text.slice(Math.max(0, start - BARE_PHONE_WINDOW), start));
}

/**
 * `0`, a digit from 1 to 9 and 8 to 10 more digits from `start` to `end` (`/^0[1-9]\d{8,10}$/`),
 * read where they stand: this runs on every bare number of seven digits or more.
 */
function isTrunkNumber(text: string, start: number, end: number): boolean {
  const second = text.charCodeAt(start + 1);
  if (end - start < 10 || end - start > 12 || text.charCodeAt(start) !== 48 || second < 49 || second > 57) return false;
  for (let i = start + 2; i < end; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** How many times the char code `c` occurs in `value`. */
function count(value: string, c: number): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) === c) n++;
  return n;
}

/**
 * Digit groups where they stand say they are no phone number: the fraction of a time stamp
 * (`10:14:02.118311`, the seconds after a digit and a colon); an access code ended by `#`
 * (`dial-in code 881 442 019#`), which a phone system asks for after the number, never as it; and
 * groups glued by a hyphen to the code part of an id (`4929-1100-AB`). A phone number may carry
 * a label that way (`3660170548-Fax`, `555 0132-Office`).
 */
function notAPhoneHere(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) === 58 && isDigit(text.charCodeAt(start - 2))) return true;
  if (end - start === 9 && CEP_POSTCODE.test(text.slice(Math.max(0, start - 6), end))) return true;
  // "01310-100 São Paulo": five digits, a hyphen and three, then a town, is a Brazilian postcode in an address.
  if (end - start === 9 && text.charCodeAt(start + 5) === 45 && /^ \p{Lu}/u.test(text.slice(end, end + 2))) return true;
  // The tail of an IBAN-shaped string whose check digits fail ("GB23 BARC 0807 0394 1741 35") is no phone number.
  if (IBAN_HEAD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  const next = text.charCodeAt(end);
  if (next === 35) return true;
  if (next !== 45 || !ID_TAIL.test(text.slice(end + 1, end + 12))) return false;
  for (let i = start; i < end; i++) if (isLineSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A country code, check digits and maybe a bank code in groups of four right before: "GB23 BARC ", "DE05 6005 ", "FR20 ". */
const IBAN_HEAD_BEFORE = /\b[A-Z]{2}\d{2} (?:[A-Z0-9]{4} ){0,2}$/;

/** A Brazilian postcode under its name: `CEP 01310-100`, `CEP: 20040-002`. */
const CEP_POSTCODE = /\bcep:? ?\d{5}-\d{3}$/i;

/** After `-`: the code part of an id (`AB`, `X7`, `KX12`), not a label word such as `Fax` or `Office`. */
const ID_TAIL = /^(?:[A-Za-z]{1,2}(?![A-Za-z])|[A-Za-z]+\d)/;

/** The white space of SPACE below, by char code. */
const isLineSpace = (c: number): boolean =>
  c === 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

/**
 * Parsing costs ~30 µs a region; the same numbers recur in logs and datasets, so verdicts are cached
 * (bounded). A refusal is stored as null, so that one lookup tells a miss from a cached refusal.
 */
const phoneCache = new Map<string, number | null>();
const PHONE_CACHE_MAX = 10_000;

/**
 * Library parses left for the text being scanned. A text made of phone-shaped groups (`+12 345678
 * +98 765432 …`) would otherwise cost a parse for each; past the budget, candidates are scored by
 * shape alone, so a megabyte of them takes about a second, not minutes.
 */
let parseBudget = 0;

function setParseBudget(text: string): void {
  parseBudget = 32 + Math.floor(text.length / 512);
  memoText = '';
  memoFrom = memoTo = -1;
}

function phoneScore(value: string): number | undefined {
  const cached = phoneCache.get(value);
  if (cached !== undefined) return cached ?? undefined;
  if (parseBudget <= 0) return scorePhone(value, false);
  parseBudget--;
  const score = scorePhone(value, true);
  if (phoneCache.size >= PHONE_CACHE_MAX) phoneCache.clear();
  phoneCache.set(value, score ?? null);
  return score;
}

/** Scores a phone-number candidate: libphonenumber validity first (when `parse`), then shape; context is added by the engine. */
function scorePhone(value: string, parse: boolean): number | undefined {
  const main = value.replace(/\s*(?:x|ext\.?|#)\s*\d{1,6}$/i, '');
  const digits = main.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (DATE_SHAPE.test(main) || /^(\d)\1+$/.test(digits)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}\s/.test(main)) return undefined; // a date and the hour after it: `2025-07-02 17:00`
  if (isDottedQuad(main) || /^\d+\.\d{1,2}$/.test(main) || /^\d{1,2}\.\d{1,3}\.\d{1,3}$/.test(main)) return undefined; // IPv4, decimals, versions
  const formatted = /[\s().-]/.test(main);
  if (formatted && !/^\+?(?:\(\d{1,5}\)|\d{1,12})(?:[\s.-]{0,2}(?:\(\d{1,5}\)|\d{1,12}))*$/.test(main.replace(/\s?\(0\)/, ''))) return undefined;
  // An international number dialled with the IDD prefix `00` instead of `+` ("0049 30 25894471"): as plain as `+`
  // when the number after it is valid in its country.
  if (parse && /^00[1-9]/.test(main)) {
    const p = parsePhoneNumberFromString(`+${main.slice(2)}`);
    if (p?.isValid()) return 0.85;
  }
  if (main.startsWith('+')) {
    if (!parse) return 0.35;
    const p = parsePhoneNumberFromString(main);
    if (p?.isValid()) return 0.95;
    // (Not possible in the library's metadata is still written as a number: "+52 1 33 1482 7719", the old Mexican mobile 1.)
    return p?.isPossible() ? 0.6 : 0.35;
  }
  // A Brazilian CPF (taxpayer number) is written 123.456.789-09; no phone number is grouped 3.3.3-2.
  if (CPF_LAYOUT.test(main)) return undefined;
  // The North American layout with a last group too long: "(415) 823-19047" is a mistyped number, no phone.
  if (NANP_TOO_LONG.test(main)) return undefined;
  // North American layout, (415) 555-0132 / 415-555-0132 / 415.555.0132: a strong shape on its own.
  const nanp = /^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}([.-]))\d{3}[.-]\d{4}$/.test(main);
  // An area code starting with 1 in that layout is no number anywhere ("123-456-7890", a template's placeholder):
  // other countries that take the digits write them with a trunk 0 or other groups.
  if (nanp && /^\(?1\d{2}\)?[\s.-]/.test(main)) return 0.05;
  for (const region of parse ? PHONE_REGIONS : []) {
    const p = parsePhoneNumberFromString(main, region);
    // A national number with its trunk prefix (0917 123 4567, (08) 9321 4455) or its area code in
    // parentheses ((11) 3456-7890) is written as a phone number.
    // The trunk prefix may stand apart from the area code: "0 532 123 45 67", "0 (917) 123 4567".
    const trunk = /^\(?0[1-9]/.test(main) || /^0[\s.-]?\(?[1-9]\d/.test(main);
    const areaInParens = /^\(\d{2,4}\)/.test(main);
    if (p?.isValid()) return nanp ? 0.75 : trunk ? (formatted ? 0.6 : 0.5) : areaInParens ? 0.6 : formatted ? 0.45 : 0.4;
  }
  // Valid in no region: in the North American layout an area code or an exchange starting with 0 or 1 is a
  // placeholder ("123-456-7890"), which not even a phone word makes a number.
  if (nanp) return NANP_NUMBERING.test(main) ? 0.5 : 0.05;
  return formatted ? 0.3 : 0.15;
}
const NANP_NUMBERING = /^(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]/;

const CPF_LAYOUT = /^\d{3}\.\d{3}\.\d{3}-\d{2}$/;
const NANP_TOO_LONG = /^(?:\(\d{3}\)\s?|\d{3}[.-])\d{3}[.-]\d{5,}$/;

/** Four dot-separated numbers of at most 255: an IPv4 address, not a phone number ("532.123.45.67" is one). */
function isDottedQuad(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * The answer for the last chain of `-`/`.` links walked: every group end inside one chain reaches
 * the same chain end, so a run of n dotted groups costs n steps, not n² (a 400 KB run of
 * `100.131.162.…` took 88 s before). Reset at the start of each scan, and checked against the text.
 */
let memoText = '';
let memoFrom = -1;
let memoTo = -1;
let memoAnswer = true;

/**
 * Whether a phone number can begin at the digit group from `s` to `e`, as far as where it could end
 * says. The pattern ends at a group end not followed by a word character or by `-` or `.` and a
 * digit (`(?!\w|[.-]\d)`). In a run whose groups are joined by a single `-` or `.` each, only
 * the end of the run is such a place, and when a letter other than the `x` or `e` of an extension
 * follows it there is none: `2024-05-03T12:34`, the time stamp of every log line, where the
 * pattern would otherwise backtrack through every way to split the run before failing.
 */
function phoneCanEnd(t: string, _s: number, e: number): boolean {
  if (t === memoText && e >= memoFrom && e <= memoTo) return memoAnswer;
  memoText = t;
  memoFrom = e;
  memoAnswer = phoneCanEndWalk(t, e);
  return memoAnswer;
}

function phoneCanEndWalk(t: string, e: number): boolean {
  let at = e;
  for (;;) {
    const c = t.charCodeAt(at);
    if ((c === 45 || c === 46) && isDigit(t.charCodeAt(at + 1))) {
      at += 2;
      while (isDigit(t.charCodeAt(at))) at++;
      continue;
    }
    // `\w` is ASCII here (the pattern has no `u` flag); NaN past the end is none.
    const word = isAlnum(c) || c === 95;
    memoTo = at;
    return !word || c === 120 || c === 101;
  }
}

/** `123-45-6789`: the written form of a US Social Security number (see the phone's validate). */
const SSN_SHAPE = /^\d{3}-\d{2}-\d{4}$/;

/** A full stop after a digit and before white space inside a candidate: a sentence ends there ("ext. 214" goes on). */
const SENTENCE_BREAK = /(?<=\d)\.[ \u00a0]/;

/**
 * White space inside a line (a phone number does not run on to the next line), for a character
 * class. Not the tab: it separates the cells of TSV exports and pasted spreadsheets, where an
 * extension or id in the cell before ran into the number (`2290<TAB>07700 900562`, blind batch S).
 */
const SPACE = ' \\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000';

const phone: Recognizer = {
  type: 'PHONE',
  format: 'PHONE',
  digits: [7, 15],
  lead: '+(',
  firstGroup: phoneCanEnd,
  beginScan: setParseBudget,
  // Starts by consuming one of + ( or a digit, then checks what came before: V8 scans for that
  // first character quickly, where a leading lookbehind would be tried at every position. Ends
  // where no longer number goes on (a `-` or `.` and a digit): `555 0132-Office` is a phone number.
  pattern: new RegExp(
    `[+(\\d](?<![\\w+.-][+(\\d])(?:(?<=\\+)\\d{1,3}[${SPACE}.-]?(?:\\(0\\)[${SPACE}]?)?(?:\\(\\d{1,5}\\)[${SPACE}.-]?)?\\d{1,12}|(?<=\\()\\d{1,5}\\)[${SPACE}.-]?\\d{1,8}|(?<=\\d)\\d{0,14})` +
      `(?:[${SPACE}.-]{1,2}\\(?\\d{1,8}\\)?){0,5}(?:[${SPACE}]?(?:x|ext\\.?)[${SPACE}]?\\d{1,6})?(?!\\w|[.-]\\d)`,
    'g',
  ),
  validate(value, text, start) {
    // Bare digit runs (ids, timestamps) only go to the phone library when a phone word is near.
    if (!/[\s().+-]/.test(value) && !barePhoneWanted(text, start, start + value.length)) return undefined;
    // Three, two and four digits joined by hyphens is how a US Social Security number is written, and
    // no numbering plan writes its numbers so: "780-32-4810" parses as a French mobile, and a phone word
    // a line away ("Caller:", "Phone:") made it one (blind batch S). The SSN recognizer reads it.
    if (SSN_SHAPE.test(value)) return undefined;
    if (notAPhoneHere(text, start, start + value.length)) return undefined;
    // "ts":1732702931.2241: a long digit run with a decimal part is a number (an epoch, an amount), not a dotted phone number.
    if (DECIMAL_RUN.test(value)) return undefined;
    // "answers 1-888-424-7731. 1 star": a full stop and a space end the sentence, and the number with it.
    const stop = SENTENCE_BREAK.exec(value);
    if (stop) {
      const head = value.slice(0, stop.index);
      const headScore = head.length >= 7 ? phoneScore(head) : undefined;
      if (headScore !== undefined) return { score: headScore, trimEnd: head.length };
      // "Step 3. 020 7946 0958 is the helpline": the number is the part after the stop.
      const tailAt = stop.index + stop[0].length;
      const tailScore = phoneScore(value.slice(tailAt));
      return tailScore === undefined ? undefined : { score: tailScore, trimStart: tailAt };
    }
    // `(call +1 510 580 4100)`: the pattern's optional `)` after a group took the parenthesis that
    // closes the sentence's, and the unbalanced value failed every shape check.
    if (value.endsWith(')') && count(value, 40) < count(value, 41)) {
      const trimmed = value.slice(0, -1);
      const score = phoneScore(trimmed);
      return score === undefined ? undefined : { score, trimEnd: trimmed.length };
    }
    return phoneScore(value);
  },
  singleNumber(text, start, end) {
    // The value is the run itself unless an extension follows (`x12`, ` ext 12`): then ask validate.
    const next = text.charCodeAt(end);
    const after = isLineSpace(next) ? text.charCodeAt(end + 1) : next;
    if (after === 120 || after === 101) return true; // x, e(xt)
    return barePhoneWanted(text, start, end);
  },
  context: PHONE_CONTEXT,
  contextBoost: 0.4,
  negativeContext: [
    'isbn', 'order', 'invoice', 'tracking', 'serial', 'version', 'social security', 'ssn', 'card', 'account', 'acct', 'postcode', 'zip', 'licen', 'driver', 'passport', 'lives at', 'located at', ' is at ', 'apt', 'suite',
    'bestell', 'auftrag', 'commande', 'pedido', 'upc', 'gtin', ' ean ', ' ean:', 'sku',
    // Parcel tracking and orders in other languages.
    // (Not the words for "invoice": invoices carry the seller's phone number as often as any letter.)
    'tracciamento', 'ordine', 'sendungsnummer', 'paketnummer', 'seguimiento', 'rastreio', 'rastreamento', 'encomenda', 'bestelling',
    // Turkish tracking and order numbers, German part and article numbers (blind batch T).
    'takip', 'sipariş', 'ersatzteil', 'artikel', 'teile-nr', 'art.-nr',
    // Parts lists ("Parts list: Bosch injector 0 280 158 827, Febi sensor 0412-558-7730"; blind batch U).
    'parts list', 'part no', 'part #', 'part number', 'injector', 'sensor ',
    // Conference systems: the code typed after dialling in is not the number dialled.
    'passcode', 'access code', 'dial-in code', 'meeting id', 'conference id', 'participant code', 'pin:', 'pin code',
    // Radio network ids in telecom records ("cell_id": "21401-3322-12011"), whose "cell" is no phone word.
    'cell_id', 'cell id', 'cellid', 'cell-id', 'imsi', 'imei',
  ],
};

/**
 * For a value shaped as the pattern proposes (four groups of one to three digits joined by dots,
 * then maybe `/` and one or two digits): whether every octet is at most 255 without a leading
 * zero, read where the digits stand (every dotted quad of a log goes through here). Undefined for
 * any other shape, which the general check takes.
 */
function ipv4Octets(value: string): boolean | undefined {
  let at = 0;
  let valid = true;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0 && value.charCodeAt(at++) !== 46) return undefined;
    const from = at;
    let n = 0;
    while (at < value.length && at - from < 3 && isDigit(value.charCodeAt(at))) n = n * 10 + value.charCodeAt(at++) - 48;
    if (at === from) return undefined;
    if (n > 255 || (at - from > 1 && value.charCodeAt(from) === 48)) valid = false;
  }
  if (at === value.length) return valid;
  if (value.charCodeAt(at) !== 47) return undefined;
  const suffix = value.length - at - 1;
  return suffix >= 1 && suffix <= 2 && isDigit(value.charCodeAt(at + 1)) && isDigit(value.charCodeAt(value.length - 1)) ? valid : undefined;
}

/**
 * A version word just before a dotted quad: `Release 10.4.2.1`, `"fw":"4.2.10.1"`, `build = 3.2.1.45`, `La versión 2.3.1.0`;
 * or a product token's slash, as in a user agent (`Chrome/119.0.0.0`).
 */
const VERSION_BEFORE = /(?:\b(?:v|ver|fw|rev|build)\b|version|versión|versão|versione|versionsnummer|release|firmware|revision|\bpatch|upgrade to|update to)[^\n\d]{0,12}$|\b(?:upgraded|upgrading|downgraded|downgrading)\b[^\n\d]{0,16}\bfrom[ \t]+$|\b[a-z][a-z-]{1,20}\/$/;
/** A pre-release or build suffix after one: `2.0.0.0-beta`, `1.2.3.4-rc1`, `5.0.0.1+build7`. */
const VERSION_AFTER = /^(?:-(?:alpha|beta|rc|pre|dev|snapshot)|\+[a-z0-9])/i;

/**
 * Whether the dotted quad at [start, end) reads as a version number. Decided here, not by the
 * negative context's fixed penalty: an address scores 0.85, and 0.85 − 0.3 still passed.
 */
function versionNotAddress(text: string, start: number, end: number): boolean {
  if (VERSION_AFTER.test(text.slice(end, end + 9))) return true;
  const before = wordsBefore(text, start);
  if (VERSION_BEFORE.test(before) || SECTION_BEFORE.test(before)) return true;
  // The second of a pair: "from version 10.2.1.4 to 10.2.3.0", "upgraded agent from 2.14.0.1 to 3.0.12.4"
  // when the first is a version by its own words. One step back only: a list of addresses is not walked.
  const pair = VERSION_PAIR.exec(text.slice(Math.max(0, start - 40), start));
  if (pair === null) return false;
  const first = start - pair[0].length + pair[0].indexOf(pair[1]!);
  return VERSION_BEFORE.test(wordsBefore(text, first));
}
/**
 * A subnet mask, `255.0.0.0` to `255.255.255.254`: ones then zeros from a first octet of 255. It
 * names the size of a network, no host, so it identifies nobody (blind batch S: `netmask
 * 255.255.0.0`, `Subnet Mask . . . : 255.255.255.0`, `subnet-mask 255.255.255.0`). All ones,
 * `255.255.255.255`, is the broadcast address, and reads as an address.
 */
function isNetmask(value: string): boolean {
  const octets = value.split('.');
  if (octets.length !== 4 || octets[0] !== '255') return false;
  let bits = 0;
  for (const o of octets) {
    if (!/^\d{1,3}$/.test(o)) return false;
    bits = bits * 256 + Number(o);
  }
  const zeros = 2 ** 32 - 1 - bits;
  // A mask's complement is one less than a power of two: zero or more low ones and nothing above.
  return bits < 2 ** 32 - 1 && (zeros & (zeros + 1)) === 0;
}

/** The 20 characters before `at`, lower-cased: where a version or section word stands. */
const wordsBefore = (text: string, at: number): string => text.slice(Math.max(0, at - 20), at).toLowerCase();
/** A section, clause or figure number: "section 4.2.1.3", "§ 3.1.2.4", "Abschnitt 2.1.1.4". */
const SECTION_BEFORE = /(?:\b(?:section|sect|sec|clause|chapter|figure|fig|table|paragraph|para|appendix|annex|abschnitt|kapitel|article|art|apartado|capítulo|capitolo|chapitre)\.?|§)[ \t]{0,2}$/;
/** "from <dotted quad> to" right before another: the range of an upgrade, when the first is a version. */
const VERSION_PAIR = /\bfrom[ \t]+(?:version[ \t]+|v)?(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})[ \t]*(?:to|->|→)[ \t]*$/i;

const ipv4: Recognizer = {
  type: 'IP_ADDRESS',
  format: 'IPV4',
  digits: [4, 12],
  minGroups: 4,
  prefilter: (t) => t.includes('.'),
  // The first octet: up to three digits and a dot.
  firstGroup: (t, s, e) => e - s <= 3 && t.charCodeAt(e) === 46,
  pattern: /\d(?<![\d.]\d)\d{0,2}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\d]|\.\d)/g,
  validate(value, text, start) {
    if (versionNotAddress(text, start, start + value.length) || isNetmask(value) || oidNotAddress(value, text, start)) return undefined;
    const shaped = ipv4Octets(value);
    if (shaped !== undefined) return shaped ? 0.85 : undefined;
    const octets = value.replace(/\/\d+$/, '').split('.');
    return octets.every((o) => Number(o) <= 255 && (o.length === 1 || o[0] !== '0')) ? 0.85 : undefined;
  },
  context: ['ip', 'address', 'host', 'server', 'client', 'src', 'dst', 'from'],
  contextBoost: 0.1,
  negativeContext: ['version', ' v.', 'release', 'build'],
};

/**
 * An object identifier of four arcs (`2.5.29.17`, subjectAltName) in a text about OIDs: every OID starts
 * with arc 0, 1 or 2, and few addresses in 0–2.x.x.x are written next to the word (blind batch V).
 */
function oidNotAddress(value: string, text: string, start: number): boolean {
  const c = value.charCodeAt(0);
  if (c < 48 || c > 50 || value.charCodeAt(1) !== 46) return false;
  return OID_WORDS.test(text.slice(Math.max(0, start - 120), start + value.length + 40));
}
const OID_WORDS = /OIDs?|object identifier|MIB|ASN\.1\b|subjectAltName|extendedKeyUsage/i;

const ipv6: Recognizer = {
  type: 'IP_ADDRESS',
  format: 'IPV6',
  prefilter: (t) => t.includes(':'),
  // Only the first colon of a run of hex groups (what validate accepts): not `12:34` after a `T`.
  anchor: {
    char: ':',
    // A hex digit or another colon (`::1`) comes next: not the space after `note:` or a JSON key.
    follow: '0123456789abcdefABCDEF:',
    test(t, at) {
      // The pattern's look-ahead: up to four hex digits, then another colon (`"id":1234,` stops here).
      let next = at + 1;
      while (next - at <= 4 && isHex(t.charCodeAt(next))) next++;
      if (t.charCodeAt(next) !== 58) return false;
      let from = at;
      while (from > 0 && at - from < 4 && isHex(t.charCodeAt(from - 1))) from--;
      const before = t.charCodeAt(from - 1);
      return !(isAlnum(before) || before === 95 || before === 58 || before === 46);
    },
  },
  // Anchored on the first colon of a run (fast to find); the address is walked both ways in validate.
  pattern: /:(?<![0-9A-Fa-f:]{46}:)(?=[0-9A-Fa-f]{0,4}:)/g,
  validate(_value, text, start) {
    let from = start;
    while (from > 0 && start - from < 4 && /[0-9A-Fa-f]/.test(text[from - 1]!)) from--;
    if (from > 0 && /[\w:.]/.test(text[from - 1]!)) return undefined; // not the first colon of the run
    let to = start;
    while (to < text.length && to - from < 45 && /[0-9A-Fa-f:.]/.test(text[to]!)) to++;
    while (to > start && text[to - 1] === '.') to--;
    // `64 bytes from 2001:db8::7334: icmp_seq=1`: a colon that ends the run punctuates it.
    if (text[to - 1] === ':' && text[to - 2] !== ':') to--;
    if (to < text.length && /[\w]/.test(text[to]!)) return undefined;
    const addr = text.slice(from, to);
    if (!isIPv6(addr)) return undefined;
    // "::" alone is the unspecified address; keep it but with less confidence.
    const verdict = { trimStart: from - start, trimEnd: to - start };
    return { ...verdict, score: addr === '::' ? 0.6 : 0.9 };
  },
  context: ['ip', 'ipv6', 'address', 'src', 'dst', 'host'],
  contextBoost: 0.2,
};

const mac: Recognizer = {
  type: 'MAC_ADDRESS',
  format: 'MAC',
  prefilter: (t) => t.includes(':') || t.includes('-') || t.includes('.'),
  // A first pair of hex digits before `:` or `-`, or a first group of four before `.`.
  anchor: {
    token: [2, 4],
    prefix: 'HH',
    follow: ':-.',
    test(t, start, end) {
      const sep = t.charCodeAt(end);
      if (end - start === 2) return (sep === 58 || sep === 45) && t.charCodeAt(end + 3) === sep && t.charCodeAt(end + 6) === sep;
      return sep === 46 && t.charCodeAt(end + 5) === 46;
    },
  },
  pattern: /\b(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})\b/g,
  validate(value, text, start) {
    if (text[start + value.length] === ':' || (start > 0 && text[start - 1] === ':')) return undefined; // part of an IPv6 run
    if (value.includes('.') && !/[a-f]/i.test(value) && !hasContext(text, start, start + value.length, ['mac', 'physical', 'hardware', 'ether'])) return 0.4;
    return 0.8;
  },
  context: ['mac', 'physical address', 'hardware', 'ethernet', 'wifi', 'bssid'],
  contextBoost: 0.15,
};

export const CONTACT_RECOGNIZERS: readonly Recognizer[] = [email, url, bareDomain, phone, ipv4, ipv6, mac];
