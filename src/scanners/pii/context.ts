/**
 * Context words: the text around a candidate says what it is. The window is small and lower-cased
 * once per candidate, so the cost grows with the number of candidates, not with the text.
 */

/** Characters looked at before a candidate. */
export const CONTEXT_BEFORE = 48;
/** Characters looked at after a candidate. */
export const CONTEXT_AFTER = 24;

/** True when any of `words` occurs in the window around [start, end). */
export function hasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, start - CONTEXT_BEFORE), start).toLowerCase();
  const after = text.slice(end, end + CONTEXT_AFTER).toLowerCase();
  for (const w of words) {
    if (before.includes(w) || after.includes(w)) return true;
  }
  return false;
}
