/**
 * Context words: the text around a candidate says what it is. The window is small and taken from a
 * lower-cased copy of the text made once per scan, so the cost grows with the number of
 * candidates, not with the text.
 */

/** Characters looked at before a candidate. */
export const CONTEXT_BEFORE = 48;
/** Characters looked at after a candidate. */
export const CONTEXT_AFTER = 24;

/** The scanned text and, made on first use, its lower-case copy. */
export interface ContextSource {
  text: string;
  lower: () => string;
}

/** The lower-cased text just before and just after a candidate. */
export interface ContextWindow {
  before: string;
  after: string;
}

/** The window around [start, end). */
export function contextAround(source: ContextSource, start: number, end: number): ContextWindow {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const lower = source.lower();
  // Lower-casing keeps offsets except for a few characters (İ becomes two); then cut the original.
  if (lower.length === source.text.length) return { before: lower.slice(from, start), after: lower.slice(end, end + CONTEXT_AFTER) };
  return { before: source.text.slice(from, start).toLowerCase(), after: source.text.slice(end, end + CONTEXT_AFTER).toLowerCase() };
}

/** One expression per word list: a single search of the window instead of one per word. */
const listPatterns = new WeakMap<readonly string[], RegExp>();

function listPattern(words: readonly string[]): RegExp {
  let re = listPatterns.get(words);
  if (!re) {
    re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    listPatterns.set(words, re);
  }
  return re;
}

/** True when any of `words` occurs in the window (before or after the candidate, not across it). */
export function mentionsAny(window: ContextWindow, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const re = listPattern(words);
  return re.test(window.before) || re.test(window.after);
}

/** True when any of `words` occurs in the window around [start, end) of `text` (for validators). */
export function hasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, start - CONTEXT_BEFORE), start).toLowerCase();
  const after = text.slice(end, end + CONTEXT_AFTER).toLowerCase();
  return mentionsAny({ before, after }, words);
}
