import { composeMappers, constantMapper, type Span, type SpanMapper } from './offset-map.js';
import { normalizeText, type UnicodeSignal } from './normalize.js';

/** One way of reading the text: the normalized text itself, or something decoded from a run in it. */
export interface TextView {
  /** `text` for the normalized text; decoded views are named by their chain, e.g. `base64`, `base64>hex`. */
  kind: string;
  /** 0 for the normalized text, 1 for a run decoded from it, and so on. */
  depth: number;
  text: string;
  /** Maps a span of `text` to the original text. A decoded view maps every span to its encoded run. */
  mapper: SpanMapper;
}

export interface PreparedText {
  original: string;
  /** views[0] is the normalized text; the rest are decoded views, breadth first. */
  views: TextView[];
  /** Unicode findings from every view, with spans in the original text. */
  signals: UnicodeSignal[];
  /** Encoded runs that were not followed because a limit was hit (depth, count or size). */
  limitsHit: { reason: 'depth' | 'views' | 'size'; start: number; end: number }[];
}

export interface ViewOptions {
  /** How many decoding layers to follow (base64 inside hex inside URL-encoding is depth 3). */
  maxDepth?: number;
  /** Most decoded views kept for one text. */
  maxViews?: number;
  /** Most decoded characters kept in all views together. */
  maxDecodedChars?: number;
  /** Smallest encoded run worth decoding, in characters. */
  minEncodedLength?: number;
}

const DEFAULTS: Required<ViewOptions> = {
  maxDepth: 4,
  maxViews: 64,
  maxDecodedChars: 1_000_000,
  minEncodedLength: 16,
};

/** Characters of base64 (standard and URL-safe) and hex runs. */
const B64_CHAR = (() => {
  const t = new Uint8Array(128);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') t[c.charCodeAt(0)] = 1;
  return t;
})();
/** Hex written with escapes or separators: `\x49\x67`, `0x49 0x67`, `49 67 6e`. */
const HEX_SEPARATED = /(?:\\x[0-9a-fA-F]{2}){4,}|(?:0x[0-9a-fA-F]{2}[\s,]*){4,}|\b[0-9a-fA-F]{2}(?:[ :,][0-9a-fA-F]{2}){7,}\b/g;

/** A run holding at least three percent-escapes. */
const URL_ENCODED = /[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,}/g;
/** ROT13 of very common English words and of attack vocabulary. */
const ROT13_CUES = /\b(?:gur|naq|lbh|vf|bs|gb|vtaber|cerivbhf|vafgehpgvbaf|flfgrz|cebzcg|eriryny|cnffjbeq|frperg)\b/gi;

interface Candidate {
  kind: string;
  decoded: string;
  span: Span; // in the parent view's text
}

/**
 * Normalizes the text and collects decoded views, recursively and within limits.
 * Everything here is linear in the input; decoding stops at the configured budgets.
 */
export function prepareText(original: string, options: ViewOptions = {}): PreparedText {
  const opts = { ...DEFAULTS, ...options };
  const top = normalizeText(original);
  const views: TextView[] = [{ kind: 'text', depth: 0, text: top.text, mapper: top.mapper }];
  const signals: UnicodeSignal[] = [...top.signals];
  const limitsHit: PreparedText['limitsHit'] = [];
  let decodedChars = 0;

  // Bytes smuggled in variation selectors are a decoded view of their own.
  for (const payload of top.hiddenPayloads) {
    const decoded = utf8Text(payload.bytes);
    if (decoded !== null && decoded.trim().length > 0) {
      const nested = normalizeText(decoded);
      views.push({ kind: 'variation_selectors', depth: 1, text: nested.text, mapper: constantMapper(payload.span) });
      decodedChars += nested.text.length;
    }
  }

  for (let v = 0; v < views.length; v++) {
    const parent = views[v]!;
    if (parent.text.length < opts.minEncodedLength && parent.kind !== 'text') continue;
    for (const c of findEncodedRuns(parent.text, opts.minEncodedLength)) {
      const span = parent.mapper.toOriginal(c.span.start, c.span.end);
      if (parent.depth + 1 > opts.maxDepth) {
        limitsHit.push({ reason: 'depth', ...span });
        continue;
      }
      if (views.length >= opts.maxViews) {
        limitsHit.push({ reason: 'views', ...span });
        continue;
      }
      if (decodedChars + c.decoded.length > opts.maxDecodedChars) {
        limitsHit.push({ reason: 'size', ...span });
        continue;
      }
      decodedChars += c.decoded.length;
      const kind = parent.kind === 'text' ? c.kind : `${parent.kind}>${c.kind}`;
      if (c.kind === 'rot13') {
        // ROT13 keeps every character in place, so the parent's map stays exact.
        views.push({ kind, depth: parent.depth + 1, text: c.decoded, mapper: parent.mapper });
        continue;
      }
      const nested = normalizeText(c.decoded);
      const runMapper = constantMapper(span);
      for (const s of nested.signals) signals.push({ ...s, start: span.start, end: span.end });
      views.push({ kind, depth: parent.depth + 1, text: nested.text, mapper: composeMappers(nested.mapper, runMapper) });
    }
  }
  return { original, views, signals, limitsHit };
}

/** Finds runs of base64, hex, URL-encoding and ROT13 in a text and decodes them. */
export function findEncodedRuns(text: string, minLength = DEFAULTS.minEncodedLength): Candidate[] {
  const found: Candidate[] = [];
  const scan = base64Runs(text, minLength);
  for (const run of scan.runs) {
    const raw = text.slice(run.start, run.end);
    const compact = raw.replace(/\s+/g, '');
    let decoded: string | null = null;
    let kind = 'base64';
    if (/^[0-9a-fA-F]+$/.test(compact)) {
      if (compact.length % 2 === 0) {
        decoded = printableText(Buffer.from(compact, 'hex'));
        kind = 'hex';
      }
    } else if (looksLikeBase64(compact)) {
      decoded = printableText(Buffer.from(compact.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    }
    if (decoded !== null) found.push({ kind, decoded, span: run });
  }
  if (scan.separatedHexPairs >= 8 || text.includes('\\x') || text.includes('0x')) {
    for (const m of text.matchAll(HEX_SEPARATED)) {
      const digits = m[0].replace(/\\x|0x|[\s:,]/g, '');
      const decoded = printableText(Buffer.from(digits, 'hex'));
      if (decoded !== null) found.push({ kind: 'hex', decoded, span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  if (text.includes('%')) {
    for (const m of text.matchAll(URL_ENCODED)) {
      const decoded = percentDecode(m[0]);
      if (decoded !== null && decoded !== m[0]) found.push({ kind: 'url', decoded, span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  const rot = rot13Run(text);
  if (rot) found.push(rot);
  return found;
}

/**
 * Finds maximal runs of base64/hex characters of at least `minLength`, with `=` padding and MIME
 * line continuations (a line break followed by at least 4 more run characters). One pass, no regex:
 * this runs over every text and must cost about as much as reading it.
 */
function base64Runs(text: string, minLength: number): { runs: Span[]; separatedHexPairs: number } {
  const runs: Span[] = [];
  const n = text.length;
  // Longest chain of two-digit hex words joined by one space, colon or comma ("49 67 6e …").
  let separatedHexPairs = 0;
  let chain = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || B64_CHAR[c] !== 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isB64(text.charCodeAt(i))) i++;
    if (i - start === 2 && isHexDigit(text.charCodeAt(start)) && isHexDigit(text.charCodeAt(start + 1))) {
      const sep = text.charCodeAt(i);
      chain = start > 0 && isHexSeparator(text.charCodeAt(start - 1)) ? chain + 1 : 1;
      if (chain > separatedHexPairs) separatedHexPairs = chain;
      if (!isHexSeparator(sep)) chain = 0;
    } else chain = 0;
    if (i - start < minLength) continue;
    for (;;) {
      let j = i;
      while (j < n && j - i < 2 && text.charCodeAt(j) === 0x3d) j++; // '=' padding
      let k = j;
      if (text.charCodeAt(k) === 0x0d) k++;
      if (text.charCodeAt(k) !== 0x0a) {
        i = j;
        break;
      }
      k++;
      let m = k;
      while (m < n && isB64(text.charCodeAt(m))) m++;
      if (m - k < 4) {
        i = j;
        break;
      }
      i = m;
    }
    runs.push({ start, end: i });
  }
  return { runs, separatedHexPairs };
}

function isB64(c: number): boolean {
  return c < 128 && B64_CHAR[c] === 1;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function isHexSeparator(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x2c;
}

/** Base64 runs need a mix of character classes; a long plain word is not base64. */
function looksLikeBase64(s: string): boolean {
  if (s.length < 16) return false;
  const upper = /[A-Z]/.test(s);
  const lower = /[a-z]/.test(s);
  const digitOrSymbol = /[0-9+/_-]/.test(s);
  return upper && lower && (digitOrSymbol || s.length >= 24);
}

/** Decodes UTF-8 and keeps it only when it reads as text (not binary, not mostly symbols). */
function printableText(bytes: Uint8Array): string | null {
  const text = utf8Text(bytes);
  if (text === null || text.length < 4) return null;
  // Judge what a reader (or a model) would see: hidden tag characters count as the letters they smuggle.
  const visible = normalizeText(text).text;
  const chars = visible.length;
  if (chars === 0) return null;
  const control = (visible.match(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/g) ?? []).length;
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  return control / chars <= 0.1 && letters / chars >= 0.4 ? text : null;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function percentDecode(run: string): string | null {
  try {
    const text = decodeURIComponent(run.replace(/\+/g, ' '));
    return printableText(Buffer.from(text, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * ROT13 is only worth a view when the rotated text reads as English: at least two rotated
 * common words, more than the text shows unrotated. The view covers the whole text (same length).
 */
function rot13Run(text: string): Candidate | null {
  ROT13_CUES.lastIndex = 0;
  let hits = 0;
  let first = -1;
  let last = -1;
  for (const m of text.matchAll(ROT13_CUES)) {
    hits++;
    if (first < 0) first = m.index!;
    last = m.index! + m[0].length;
    if (hits > 64) break;
  }
  if (hits < 2) return null;
  const plainHits = (text.match(/\b(?:the|and|you|is|of|to)\b/gi) ?? []).length;
  if (plainHits >= hits) return null;
  return { kind: 'rot13', decoded: rot13(text), span: { start: first, end: last } };
}

export function rot13(s: string): string {
  return s.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
