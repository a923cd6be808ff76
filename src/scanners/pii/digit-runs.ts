import type { Recognizer } from './recognizer.js';

/**
 * Dispatch of digit-group recognizers (cards, SSNs, phone numbers, national ids). Digit runs are
 * found once; in each run, a recognizer is tried only at the groups that begin a window of
 * consecutive groups whose digit count fits the recognizer's `digits`: an 8-digit request id never
 * reaches the card, SSN or IBAN-length recognizers, a 20-digit hash reaches none.
 */

/**
 * Tries the pattern of recognizer `index` at `at` and returns where the match ended, or -1 when the
 * pattern did not match there.
 */
export type TryAt = (index: number, at: number) => number;

/**
 * Walks the digit runs of `text` and calls `tryAt` for each recognizer of `recognizers` (those with
 * `digits`, `active`) at each group where a value of its length can begin, left to right, never
 * inside an earlier match of the same recognizer (as a global regular-expression scan would).
 * `digitTokens` (from `findAnchors`), when given, says where digits are.
 */
export function dispatchDigitRuns(
  text: string, recognizers: readonly Recognizer[], active: readonly boolean[], tryAt: TryAt, digitTokens?: readonly number[],
): void {
  const numeric: number[] = [];
  let minDigits = Infinity;
  for (let i = 0; i < recognizers.length; i++) {
    const r = recognizers[i]!;
    if (!r.digits || !active[i]) continue;
    numeric.push(i);
    minDigits = Math.min(minDigits, r.digits[0]);
  }
  if (numeric.length === 0) return;
  const byCount = singleGroupTable(recognizers);
  const nextAllowed = new Array<number>(recognizers.length).fill(0);
  const groupStart: number[] = [];
  const groupDigits: number[] = [];
  const n = text.length;
  let i = 0;
  // With the tokens that hold digits, characters are looked at one by one only inside them.
  let t = 0;
  let limit = digitTokens ? 0 : n;
  while (i < n) {
    if (i >= limit) {
      while (t < digitTokens!.length && digitTokens![t + 1]! <= i) t += 2;
      if (t >= digitTokens!.length) break;
      i = Math.max(i, digitTokens![t]!);
      limit = digitTokens![t + 1]!;
    }
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (separatorGap(text, i) === 0) {
      // Most runs are one number (ids, counts, timestamps): only the recognizers of its length.
      const total = i - runStart;
      if (total >= minDigits && total < LONG_RUN) {
        for (const index of byCount[total]!) {
          if (active[index]) nextAllowed[index] = tryAt1(text, recognizers[index]!, index, runStart, nextAllowed[index]!, tryAt);
        }
      }
      continue;
    }
    i = readRun(text, runStart, groupStart, groupDigits);
    let total = 0;
    for (const d of groupDigits) total += d;
    if (total < minDigits) continue;
    const groups = groupStart.length;
    for (const index of numeric) {
      const [min, max] = recognizers[index]!.digits!;
      if (total < min || groups < (recognizers[index]!.minGroups ?? 1)) continue;
      nextAllowed[index] = tryGroups(text, recognizers[index]!, index, min, max, groupStart, groupDigits, nextAllowed[index]!, tryAt);
    }
  }
}

/** Single numbers longer than this reach no recognizer (the longest value, a card, has 19 digits). */
const LONG_RUN = 32;

/** For a run that is a single number of n digits: the recognizers whose digit range holds n (built once per list). */
const tablesByList = new WeakMap<readonly Recognizer[], number[][]>();

function singleGroupTable(recognizers: readonly Recognizer[]): number[][] {
  let table = tablesByList.get(recognizers);
  if (table) return table;
  table = Array.from({ length: LONG_RUN + 1 }, () => []);
  recognizers.forEach((r, index) => {
    if (!r.digits || (r.minGroups ?? 1) > 1) return;
    const [min, max] = r.digits;
    for (let n = min; n <= Math.min(max, LONG_RUN - 1); n++) table![n]!.push(index);
  });
  tablesByList.set(recognizers, table);
  return table;
}

/**
 * Reads the run of digit groups starting at `from`: groups joined by up to four separator characters
 * (`4111 1111 1111 1111`, `(415) 555-0132`, `10.0.0.1`, `(415) (555)`), as many as the loosest
 * pattern, the phone number's, allows between two groups. Fills the groups' starts and digit counts
 * and returns the end of the run.
 */
function readRun(text: string, from: number, starts: number[], digits: number[]): number {
  starts.length = 0;
  digits.length = 0;
  let i = from;
  for (;;) {
    const start = i;
    while (isDigit(text.charCodeAt(i))) i++;
    starts.push(start);
    digits.push(i - start);
    const gap = separatorGap(text, i);
    if (gap === 0) return i;
    i += gap;
  }
}

const MAX_GAP = 4;

/** Length of the separators at `at` when a digit follows them (the run goes on), else 0. */
function separatorGap(text: string, at: number): number {
  let gap = 0;
  while (gap < MAX_GAP && isSeparator(text.charCodeAt(at + gap))) gap++;
  return gap > 0 && isDigit(text.charCodeAt(at + gap)) ? gap : 0;
}

/** Separators inside a run: . / ( ) + - and white space within a line (a phone number's spaces). */
const isSeparator = (c: number): boolean =>
  c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 43 || c === 47 || c === 9 ||
  (c >= 160 && (c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Tries a recognizer at a group start (and at the lead character before it); returns the new `nextAllowed`. */
function tryAt1(text: string, r: Recognizer, index: number, at: number, nextAllowed: number, tryAt: TryAt): number {
  if (r.lead && at > 0 && at - 1 >= nextAllowed && r.lead.includes(text[at - 1]!)) {
    const end = tryAt(index, at - 1);
    if (end >= 0) nextAllowed = Math.max(end, at);
  }
  if (at >= nextAllowed) {
    const end = tryAt(index, at);
    if (end >= 0) nextAllowed = Math.max(end, at + 1);
  }
  return nextAllowed;
}

/**
 * Tries one recognizer at the groups of a run where its smallest window of at least `min` digits has
 * at most `max` (two pointers, so long runs stay linear). Returns the new `nextAllowed`.
 */
function tryGroups(
  text: string, r: Recognizer, index: number, min: number, max: number, starts: readonly number[], digits: readonly number[],
  nextAllowed: number, tryAt: TryAt,
): number {
  const g = starts.length;
  const lastStart = g - (r.minGroups ?? 1); // later groups cannot begin a value
  let j = 0;
  let sum = 0; // digits of groups i..j-1
  for (let i = 0; i <= lastStart; i++) {
    if (j < i) {
      j = i;
      sum = 0;
    }
    while (j < g && sum < min) sum += digits[j++]!;
    if (sum >= min && sum <= max) nextAllowed = tryAt1(text, r, index, starts[i]!, nextAllowed, tryAt);
    if (j > i) sum -= digits[i]!;
  }
  return nextAllowed;
}
