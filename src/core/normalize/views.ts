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

/** Runs that may be base64 (standard or URL-safe, MIME line breaks allowed) or plain hex. */
const BASE64_OR_HEX = /[A-Za-z0-9+/_-]{16,}={0,2}(?:\r?\n[A-Za-z0-9+/_-]{4,}={0,2})*/g;
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
  for (const m of text.matchAll(BASE64_OR_HEX)) {
    const run = m[0];
    if (run.length < minLength) continue;
    const compact = run.replace(/\s+/g, '');
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
    if (decoded !== null) found.push({ kind, decoded, span: { start: m.index!, end: m.index! + run.length } });
  }
  if (/\\x|0x|[0-9a-fA-F]{2}[ :,][0-9a-fA-F]{2}/.test(text)) {
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
  let good = 0;
  let letters = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0))) good++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  const chars = [...text].length;
  return good / chars >= 0.9 && letters / chars >= 0.4 ? text : null;
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
