/**
 * Credentials inside encoded text. A password that went through a URL's percent-encoding
 * (`client_secret=0eKh%2BNZ2…`), an HTML page (`DB_PASSWORD=&quot;…&quot;`), a quoted-printable
 * e-mail (`AccountKey=3D…`) or base64 (a Kubernetes Secret's `data:`, a docker `auth`) no longer
 * reads as one to the rules. Each encoding found in a text gives a decoded view of it; the rules run
 * on the view, and what they find is mapped back onto the original text: character by character for
 * the first three, as the whole encoded run for base64, whose characters do not line up with the
 * decoded ones.
 *
 * Cost: nothing for a text without a cue of a view (VIEW_CUES), which the keyword scan of detect.ts finds
 * in the pass it makes anyway. Views are bounded (MAX_VIEW_CHARS of decoded text per text, MAX_BASE64_RUNS
 * runs), and a view's own views go one level deeper at most (base64 JSON holding a base64 `auth`, MAX_DEPTH).
 * Blind batch R (session 24) had its first sight at 74/91 without them.
 */
import type { SecretMatch } from './detect.js';
import { isEncodedPlaceholder, isPasswordHash, isPlaceholder } from './placeholders.js';

/** Nesting of views: a view of a view of the text, no more. */
export const MAX_DEPTH = 2;
/** Decoded characters all views of one text may hold together. */
const MAX_VIEW_CHARS = 256 * 1024;
/** Base64 runs decoded per text. */
const MAX_BASE64_RUNS = 64;
/** Shortest base64 run decoded: 18 bytes, enough for `user:password` or a key name and its value. */
const MIN_BASE64_RUN = 24;
const MAX_BASE64_RUN = 64 * 1024;

type Detect = (text: string, depth: number) => SecretMatch[];

/** The decoded text and, for each of its positions (and its end), the offset in the original. */
interface DecodedView {
  text: string;
  origin: Int32Array;
}

const PERCENT = /%[0-9A-Fa-f]{2}/;
const ENTITY = /&(?:quot|amp|lt|gt|apos|#\d{2,3}|#x[0-9A-Fa-f]{2});/;

/** The decoded views, as bits. */
export const View = { PERCENT: 1, ENTITY: 2, QUOTED_PRINTABLE: 4, BASE64: 8 } as const;

/**
 * Words (ASCII, matched ignoring case) without which a view is not built, found by the secrets scanner's
 * keyword scan in its one pass over the text: a search of every text for them, by expressions or even by
 * `indexOf`, cost a tenth of a scan of mixed text. Percent escapes of printable ASCII start `%2` to `%7`.
 * Base64 of text is kept under a Kubernetes Secret's `data:`, a docker `auth`, a `.dockerconfigjson`, or
 * next to `base64` / `b64` in a command.
 */
export const VIEW_CUES: readonly (readonly [cue: string, view: number])[] = [
  ...['%2', '%3', '%4', '%5', '%6', '%7'].map((cue) => [cue, View.PERCENT] as const),
  ...['&quot;', '&amp;', '&lt;', '&gt;', '&apos;', '&#'].map((cue) => [cue, View.ENTITY] as const),
  ...['quoted-printable', '=3d'].map((cue) => [cue, View.QUOTED_PRINTABLE] as const),
  ...['data:', 'auth', 'base64', 'b64', 'dockerconfig'].map((cue) => [cue, View.BASE64] as const),
];
/**
 * A quoted-printable body: its header, or an escaped `=` and a soft line break (`=3D` alone is also
 * "mode=3D"; a bare `=` at a line's end is base64 padding too; `=20` is "date=2024").
 */
const isQuotedPrintable = (text: string): boolean => /quoted-printable/i.test(text) || (text.includes('=3D') && /=\r?\n/.test(text));

/**
 * Findings of `detect` in the decoded views of `text`, mapped back onto `text`. `depth` is the depth of
 * `text` itself (0 for the scanned text). A view left unread because the bounds are spent is reported as
 * one finding of kind `limitKind` over the whole text: failing closed, as the rules do past their budget.
 */
export function findEncodedSecrets(text: string, depth: number, views: number, detect: Detect, limitKind: string): SecretMatch[] {
  if (depth >= MAX_DEPTH) return [];
  const out: SecretMatch[] = [];
  let budget = MAX_VIEW_CHARS;
  let unread = false;
  for (const [bit, decode] of DECODERS) {
    if ((views & bit) === 0) continue;
    const view = decode(text);
    if (view === null) continue;
    if (view.text.length > budget) {
      unread = true;
      continue;
    }
    budget -= view.text.length;
    for (const m of detect(view.text, depth + 1)) out.push({ ...m, start: view.origin[m.start]!, end: view.origin[m.end]! });
  }
  if ((views & View.BASE64) !== 0 && text.length >= MIN_BASE64_RUN) {
    let runs = 0;
    forEachBase64Run(text, (start, end) => {
      if (unread) return;
      const run = text.slice(start, end);
      const decoded = readableBase64(run);
      if (decoded === null) return;
      if (runs >= MAX_BASE64_RUNS || decoded.length > budget) {
        unread = true;
        return;
      }
      runs++;
      budget -= decoded.length;
      // The run as a whole stands for what was found in it: its characters are not the decoded ones.
      const inner = detect(decoded, depth + 1);
      if (inner.length > 0) out.push({ kind: inner[0]!.kind, start, end, score: Math.max(...inner.map((f) => f.score)) });
      // Base64 of `user:password` alone is a Basic credential wherever it is printed (`echo "Using auth $AUTH"` in a CI
      // log; blind batch V): a password of eight characters or more with letters and digits.
      else if (basicCredential(decoded) && !isEncodedPlaceholder(run)) out.push({ kind: 'BASIC_AUTH', start, end, score: 0.8 });
    });
  }
  if (unread) out.push({ kind: limitKind, start: 0, end: text.length, score: 1 });
  return out;
}

/** `user:password`, one line: what Basic authentication and a docker `auth` encode. */
const USER_PASSWORD = /^[\w.@+-]{1,128}:([\x21-\x7e]{8,128})\n?$/;
/** Decoded text that is a user and a password with letters and digits, not a placeholder or a hash (an htpasswd line). */
function basicCredential(decoded: string): boolean {
  const password = USER_PASSWORD.exec(decoded)?.[1];
  return password !== undefined && /\d/.test(password) && /[A-Za-z]/.test(password) && !isPlaceholder(password) && !isPasswordHash(password);
}

/** Base64's letters, standard and URL-safe, by char code. */
const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Calls `visit` with each run of base64 letters (and up to two `=` of padding) that could encode text:
 * MIN_BASE64_RUN to MAX_BASE64_RUN characters, a multiple of four (encoders pad), not inside a longer word.
 * A loop over the characters, not an expression: it runs on every text that reaches the views.
 */
function forEachBase64Run(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || BASE64_CHAR[c] !== 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && text.charCodeAt(i) < 128 && BASE64_CHAR[text.charCodeAt(i)] === 1) i++;
    let end = i;
    for (let pad = 0; pad < 2 && end < n && text.charCodeAt(end) === 61; pad++) end++;
    i = end;
    const length = end - start;
    if (length < MIN_BASE64_RUN || length > MAX_BASE64_RUN || length % 4 !== 0) continue;
    // Glued to a word or more padding: part of something longer.
    if (end < n && (text.charCodeAt(end) === 61 || isWordCode(text.charCodeAt(end)))) continue;
    if (firstBytesReadable(text, start)) visit(start, end);
  }
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);

/** The value of a base64 letter (standard or URL-safe), by char code. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, v) => (BASE64_VALUE[c.charCodeAt(0)] = v));
BASE64_VALUE[45] = 62;
BASE64_VALUE[95] = 63;

/** Whether the three bytes of the run's first four letters are readable: most keys and hashes fail here, before any decoding. */
function firstBytesReadable(text: string, at: number): boolean {
  const v = (BASE64_VALUE[text.charCodeAt(at)]! << 18) | (BASE64_VALUE[text.charCodeAt(at + 1)]! << 12) | (BASE64_VALUE[text.charCodeAt(at + 2)]! << 6) | BASE64_VALUE[text.charCodeAt(at + 3)]!;
  return readableByte(v >> 16) && readableByte((v >> 8) & 255) && readableByte(v & 255);
}
const readableByte = (b: number): boolean => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127);

/**
 * The text base64 encodes, when it is readable text: ASCII letters, digits, punctuation and line
 * breaks only. Keys, hashes, images and compressed data decode to bytes that are not, and are left.
 */
export function readableBase64(run: string): string | null {
  const bytes = Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64');
  if (bytes.length < 12) return null;
  for (const b of bytes) if (!readableByte(b)) return null;
  return bytes.toString('latin1');
}

/** `%XX` escapes of printable ASCII decoded (others kept as written), or null without any. */
function percentDecoded(text: string): DecodedView | null {
  if (!PERCENT.test(text)) return null;
  return decodeEscapes(text, /%([0-9A-Fa-f]{2})/g, (m) => {
    const c = parseInt(m[1]!, 16);
    return c >= 32 && c < 127 ? String.fromCharCode(c) : null;
  });
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/** HTML's common character references decoded, or null without any. */
function entityDecoded(text: string): DecodedView | null {
  if (!ENTITY.test(text)) return null;
  return decodeEscapes(text, /&(quot|amp|lt|gt|apos|#(\d{2,3})|#x([0-9A-Fa-f]{2}));/g, (m) => {
    if (m[2] !== undefined || m[3] !== undefined) {
      const c = m[2] !== undefined ? Number(m[2]) : parseInt(m[3]!, 16);
      return c >= 32 && c < 127 ? String.fromCharCode(c) : null;
    }
    return NAMED_ENTITIES[m[1]!] ?? null;
  });
}

/** Quoted-printable's `=XX` escapes decoded and its soft line breaks (`=` at a line's end) removed, or null. */
function quotedPrintableDecoded(text: string): DecodedView | null {
  if (!isQuotedPrintable(text)) return null;
  return decodeEscapes(text, /=(?:([0-9A-F]{2})|\r?\n)/g, (m) => {
    if (m[1] === undefined) return '';
    const c = parseInt(m[1], 16);
    return c >= 32 && c < 127 ? String.fromCharCode(c) : null;
  });
}

/** The character-for-character views, by their bit. */
const DECODERS: readonly (readonly [number, (text: string) => DecodedView | null])[] = [
  [View.PERCENT, percentDecoded],
  [View.ENTITY, entityDecoded],
  [View.QUOTED_PRINTABLE, quotedPrintableDecoded],
];

/**
 * The text with each match of `escape` replaced by what `replace` gives (null: kept as written), and the
 * origin of every decoded position: a decoded character comes from the start of its escape, and the
 * view's end from the text's end.
 */
function decodeEscapes(text: string, escape: RegExp, replace: (m: RegExpExecArray) => string | null): DecodedView {
  let out = '';
  const origin: number[] = [];
  let last = 0;
  escape.lastIndex = 0;
  for (let m = escape.exec(text); m !== null; m = escape.exec(text)) {
    const by = replace(m);
    if (by === null) continue;
    for (let i = last; i < m.index; i++) origin.push(i);
    out += text.slice(last, m.index);
    for (let i = 0; i < by.length; i++) origin.push(m.index);
    out += by;
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) origin.push(i);
  out += text.slice(last);
  origin.push(text.length);
  // A span's end maps to the origin of the character after it: where the escape before it ended.
  return { text: out, origin: Int32Array.from(origin) };
}
