/**
 * Finds a canary token in text even when the model disguised it: changed case, spaces or
 * punctuation between the characters, the token written backwards, or ROT13. Both sides are folded
 * to lower-case letters and digits, with a map from each folded character back to the text, so the
 * search is a plain substring search and the span points at the disguised token in the text.
 */

/** How the token was found; the score follows (an exact copy is certain). */
export type CanaryMatchForm = 'exact' | 'folded' | 'reversed' | 'rot13' | 'rot13_reversed';

export interface CanaryMatch {
  form: CanaryMatchForm;
  start: number;
  end: number;
}

/** Tokens shorter than this (letters and digits) are only matched exactly: folding would find them by chance. */
export const MIN_FOLDED_CHARS = 8;
/** The random body after a short prefix (`RMPC-`) is what must not leak; the prefix alone proves nothing. */
const PREFIX = /^[A-Za-z]{2,16}[-_:.]/;
const MIN_BODY_CHARS = 16;

/** Text folded once, searched for every token. */
export interface FoldedText {
  folded: string;
  /** positions[i] is the index in the text of folded[i]. */
  positions: Uint32Array;
}

export function foldText(text: string): FoldedText {
  const positions = new Uint32Array(text.length);
  const units = new Uint16Array(text.length); // every folded character is one BMP code unit
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text, i);
    if (ch === null) continue;
    units[n] = ch.charCodeAt(0);
    positions[n++] = i;
  }
  const folded = new TextDecoder('utf-16le').decode(units.subarray(0, n));
  return { folded, positions: positions.subarray(0, n) };
}

/** The folded characters of a token (what a match must contain). */
export function foldToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) out += foldChar(token, i) ?? '';
  return out;
}

/** The part of a token that must be found: the folded body after a recognisable prefix, or all of it. */
export function tokenNeedle(token: string): string {
  const prefix = PREFIX.exec(token);
  if (prefix) {
    const body = foldToken(token.slice(prefix[0].length));
    if (body.length >= MIN_BODY_CHARS) return body;
  }
  return foldToken(token);
}

/** Every place the token occurs in the text, in any of the disguises above. */
export function findCanary(text: string, token: string, folded: () => FoldedText): CanaryMatch[] {
  const matches: CanaryMatch[] = [];
  if (token === '') return matches;
  for (const start of occurrences(text, token)) matches.push({ form: 'exact', start, end: start + token.length });
  const needle = tokenNeedle(token);
  if (needle.length < MIN_FOLDED_CHARS) {
    // Short tokens: case-insensitive exact copies only.
    if (matches.length === 0) {
      // A literal pattern with the i flag: lower-casing the text could change its length and the offsets.
      const literal = new RegExp(token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
      for (const m of text.matchAll(literal)) {
        matches.push({ form: 'folded', start: m.index!, end: m.index! + m[0].length });
        if (matches.length >= 100) break;
      }
    }
    return matches;
  }
  const { folded: haystack, positions } = folded();
  const reversed = [...needle].reverse().join('');
  const variants: [CanaryMatchForm, string][] = [
    ['folded', needle],
    ['reversed', reversed],
    ['rot13', rot13(needle)],
    ['rot13_reversed', rot13(reversed)],
  ];
  const seen = new Set<string>();
  for (const [form, variant] of variants) {
    if (seen.has(variant)) continue; // a palindrome or digit-only token: report it once
    seen.add(variant);
    for (const at of occurrences(haystack, variant)) {
      const start = positions[at]!;
      const end = positions[at + variant.length - 1]! + 1;
      if (!matches.some((m) => m.start <= start && m.end >= end)) matches.push({ form, start, end });
    }
  }
  return matches;
}

/** Non-overlapping occurrences, at most 100 (one is enough to block; the rest are for highlighting). */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  let from = 0;
  while (found.length < 100) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) break;
    found.push(at);
    from = at + needle.length;
  }
  return found;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Lower-case ASCII letters and digits, other BMP letters and digits lower-cased; null for everything else. */
function foldChar(s: string, i: number): string | null {
  const c = s.charCodeAt(i);
  if (c >= 0x61 && c <= 0x7a) return s[i]!;
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if (c >= 0x30 && c <= 0x39) return s[i]!;
  if (c < 0x80 || (c >= 0xd800 && c <= 0xdfff)) return null;
  const ch = s[i]!;
  if (!LETTER_OR_DIGIT.test(ch)) return null;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

function rot13(s: string): string {
  return s.replace(/[a-z]/g, (ch) => String.fromCharCode(((ch.charCodeAt(0) - 97 + 13) % 26) + 97));
}
