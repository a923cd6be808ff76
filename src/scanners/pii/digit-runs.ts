import { codeUnits, releaseCodeUnits } from './code-units.js';
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
export type TryAt = (index: number, at: number, evaluate?: boolean) => number;

/**
 * Walks the digit runs of `text` and calls `tryAt` for each recognizer of `recognizers` (those with
 * `digits`, `active`) at each group where a value of its length can begin, left to right, never
 * inside an earlier match of the same recognizer (as a global regular-expression scan would).
 * `digitTokens` (from `findAnchors`), when given, says where digits are; `units`, the text's code
 * units (code-units.ts), when the caller has them.
 */
export function dispatchDigitRuns(
  text: string, recognizers: readonly Recognizer[], active: readonly boolean[], tryAt: TryAt, digitTokens?: ArrayLike<number>, units?: Uint16Array,
): void {
  if (units) {
    walkDigitRuns(text, units, recognizers, active, tryAt, digitTokens);
    return;
  }
  const own = codeUnits(text);
  walkDigitRuns(text, own, recognizers, active, tryAt, digitTokens);
  releaseCodeUnits(own, text.length);
}

function walkDigitRuns(
  text: string, units: Uint16Array, recognizers: readonly Recognizer[], active: readonly boolean[], tryAt: TryAt, digitTokens?: ArrayLike<number>,
): void {
  const plan = planFor(recognizers);
  let minDigits = Infinity;
  for (const i of plan.numeric) {
    if (active[i]) minDigits = Math.min(minDigits, plan.min[i]!);
  }
  if (minDigits === Infinity) return;
  const byCount = plan.byCount;
  const nextAllowed = new Array<number>(recognizers.length).fill(0);
  const groups = groupsScratch;
  const n = text.length;
  let i = 0;
  // With the tokens that hold digits, characters are looked at one by one only inside them.
  let t = 0;
  let limit = digitTokens ? 0 : n;
  let digitsOnlyFrom = -1; // start of the current token when it is all digits
  while (i < n) {
    if (i >= limit) {
      while (t < digitTokens!.length && digitTokens![t + 1]! <= i) t += 2;
      if (t >= digitTokens!.length) break;
      const stored = digitTokens![t]!;
      const tokenStart = stored < 0 ? -stored - 1 : stored;
      digitsOnlyFrom = stored < 0 ? tokenStart : -1;
      i = Math.max(i, tokenStart);
      limit = digitTokens![t + 1]!;
    }
    if (!isDigit(units[i]!)) {
      i++;
      continue;
    }
    const runStart = i;
    if (i === digitsOnlyFrom) i = limit;
    else while (isDigit(unitAt(units, n, i))) i++;
    // Most numbers end at a character that is no separator: answered here without a call.
    const after = unitAt(units, n, i);
    if (!(after < 128 ? ASCII_SEPARATOR[after] === 1 : isSeparator(after)) || separatorGap(units, n, i) === 0) {
      // Most runs are one number (ids, counts, timestamps): only the recognizers of its length.
      const total = i - runStart;
      if (total >= minDigits && total < LONG_RUN) {
        const candidates = byCount[total]!;
        let value: string | undefined; // the run, cut out once for the recognizers that check its digits
        for (let k = 0; k < candidates.length; k++) {
          const index = candidates[k]!;
          if (!active[index]) continue;
          // Skipping a refused value cannot hide a later match: the next run begins after this one ends.
          const singleNumber = plan.singleNumber[index];
          const digitsValid = plan.digitsValid[index];
          const worth = (singleNumber === undefined || singleNumber(text, runStart, i)) && (digitsValid === undefined || digitsValid((value ??= text.slice(runStart, i))));
          nextAllowed[index] = tryAt1(units, plan.lead[index], index, runStart, nextAllowed[index]!, tryAt, worth);
        }
      }
      continue;
    }
    i = readRun(units, n, runStart, groups);
    let total = 0;
    for (let g = 0; g < groups.count; g++) total += groups.digits[g]!;
    if (total < minDigits) continue;
    const g = groups.count < plan.groupsCap ? groups.count : plan.groupsCap;
    const wanting = total < LONG_RUN ? plan.upTo[total]![g]! : plan.numericByGroups[g]!;
    for (let k = 0; k < wanting.length; k++) {
      const index = wanting[k]!;
      if (!active[index]) continue;
      nextAllowed[index] = tryGroups(text, units, plan, index, groups, nextAllowed[index]!, tryAt);
    }
  }
  if (groups.start.length > GROUPS_KEPT) groupsScratch = newGroups();
}

/** Single numbers longer than this reach no recognizer (the longest value, a card, has 19 digits). */
const LONG_RUN = 32;

/**
 * By digit count, 1 where a number of that many digits standing alone (no separator and digit
 * after it) reaches a recognizer of the list: the token pass leaves the others out of the digit
 * tokens it hands the dispatch, which would only look at them and move on (`200`, `45 ms`).
 */
export function singleNumberCounts(recognizers: readonly Recognizer[]): Uint8Array {
  const plan = planFor(recognizers);
  const counts = new Uint8Array(LONG_RUN);
  for (let n = 0; n < LONG_RUN; n++) counts[n] = plan.byCount[n]!.length > 0 ? 1 : 0;
  return counts;
}

/**
 * What the dispatch needs of a recognizer list, copied out of the recognizer objects once: they
 * all have different shapes, so reading `r.digits` in the loop is a slow (megamorphic) property
 * load, where an index into a typed array is not.
 */
interface DigitPlan {
  /** Indices of the recognizers with `digits`. */
  numeric: number[];
  /** By recognizer index (0 for the others): digit range and fewest groups of a value. */
  min: Int32Array;
  max: Int32Array;
  minGroups: Int32Array;
  /** `lead` as a table by char code (1: may lead), for a test without a string made or searched. */
  lead: (Uint8Array | undefined)[];
  singleNumber: (Recognizer['singleNumber'])[];
  firstGroup: (Recognizer['firstGroup'])[];
  /** `digitsValid`, for single numbers. */
  digitsValid: (Recognizer['digitsValid'])[];
  /** `digitsValid` of the recognizers whose values all have one digit count, for windows of groups too. */
  windowDigitsValid: (Recognizer['digitsValid'])[];
  /** For a run that is a single number of n digits: the recognizers whose digit range holds n. */
  byCount: number[][];
  /**
   * For a run of several groups holding n digits in all, by its group count g (capped at
   * `groupsCap`): the recognizers whose values have n digits or fewer and g groups or fewer.
   */
  upTo: number[][][];
  /** The same for runs of LONG_RUN digits or more: the recognizers whose values have g groups or fewer. */
  numericByGroups: number[][];
  /** The most groups a recognizer of the list asks for (`minGroups`): more groups need no other list. */
  groupsCap: number;
}

const plansByList = new WeakMap<readonly Recognizer[], DigitPlan>();

function leadTable(lead: string | undefined): Uint8Array | undefined {
  if (lead === undefined) return undefined;
  const table = new Uint8Array(128);
  for (let i = 0; i < lead.length; i++) {
    const c = lead.charCodeAt(i);
    if (c >= 128) throw new Error(`lead ${JSON.stringify(lead)}: ASCII characters only`);
    table[c] = 1;
  }
  return table;
}

function planFor(recognizers: readonly Recognizer[]): DigitPlan {
  let plan = plansByList.get(recognizers);
  if (plan) return plan;
  const n = recognizers.length;
  plan = {
    numeric: [], min: new Int32Array(n), max: new Int32Array(n), minGroups: new Int32Array(n),
    lead: recognizers.map((r) => leadTable(r.lead)), singleNumber: recognizers.map((r) => r.singleNumber), firstGroup: recognizers.map((r) => r.firstGroup),
    digitsValid: recognizers.map((r) => r.digitsValid),
    // A window of groups holding `min` digits is the value's digits only when no value has more.
    windowDigitsValid: recognizers.map((r) => (r.digits && r.digits[0] === r.digits[1] ? r.digitsValid : undefined)),
    byCount: Array.from({ length: LONG_RUN + 1 }, () => []),
    upTo: [], numericByGroups: [], groupsCap: 1,
  };
  const upTo: number[][] = Array.from({ length: LONG_RUN }, () => []);
  for (let index = 0; index < n; index++) {
    const r = recognizers[index]!;
    if (!r.digits) continue;
    const [min, max] = r.digits;
    plan.numeric.push(index);
    plan.min[index] = min;
    plan.max[index] = Math.min(max, 1 << 30);
    plan.minGroups[index] = r.minGroups ?? 1;
    for (let total = min; total < LONG_RUN; total++) upTo[total]!.push(index);
    if ((r.minGroups ?? 1) > 1) continue;
    for (let count = min; count <= Math.min(max, LONG_RUN - 1); count++) plan.byCount[count]!.push(index);
  }
  const { minGroups } = plan;
  plan.groupsCap = Math.max(1, ...plan.numeric.map((i) => minGroups[i]!));
  const byGroups = (list: number[]) => Array.from({ length: plan!.groupsCap + 1 }, (_, g) => list.filter((i) => minGroups[i]! <= g));
  plan.upTo = upTo.map(byGroups);
  plan.numericByGroups = byGroups(plan.numeric);
  plansByList.set(recognizers, plan);
  return plan;
}

/**
 * Reads the run of digit groups starting at `from`: groups joined by up to four separator characters
 * (`4111 1111 1111 1111`, `(415) 555-0132`, `10.0.0.1`, `(415) (555)`), as many as the loosest
 * pattern, the phone number's, allows between two groups. Fills the groups' starts and digit counts
 * and returns the end of the run.
 */
function readRun(units: Uint16Array, n: number, from: number, groups: Groups): number {
  groups.count = 0;
  let i = from;
  for (;;) {
    const start = i;
    while (isDigit(unitAt(units, n, i))) i++;
    addGroup(groups, start, i - start);
    const gap = separatorGap(units, n, i);
    if (gap === 0) return i;
    i += gap;
  }
}

/**
 * The digit groups of the current run, in typed buffers reused for every run of a scan: emptying
 * and refilling JS arrays per run (there is one per number in the text) showed in the profile.
 * The buffers are also reused by every scan (scans are synchronous): allocating them per scan
 * showed for short texts. Buffers grown past GROUPS_KEPT groups are let go after the scan.
 */
interface Groups {
  start: Int32Array;
  digits: Int32Array;
  count: number;
}

const newGroups = (): Groups => ({ start: new Int32Array(16), digits: new Int32Array(16), count: 0 });

const GROUPS_KEPT = 1024;
let groupsScratch = newGroups();

function addGroup(groups: Groups, start: number, digits: number): void {
  if (groups.count === groups.start.length) {
    groups.start = doubled(groups.start);
    groups.digits = doubled(groups.digits);
  }
  groups.start[groups.count] = start;
  groups.digits[groups.count] = digits;
  groups.count++;
}

function doubled(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const MAX_GAP = 4;

/**
 * Length of the separators at `at` when a digit follows them (the run goes on), else 0; in the first
 * `n` of `units`, a text's code units.
 */
export function separatorGap(units: Uint16Array, n: number, at: number): number {
  let gap = 0;
  while (gap < MAX_GAP && isSeparator(unitAt(units, n, at + gap))) gap++;
  return gap > 0 && isDigit(unitAt(units, n, at + gap)) ? gap : 0;
}

/** The ASCII separators inside a run, by code: . / ( ) + - space and tab. */
const ASCII_SEPARATOR = new Uint8Array(128);
for (const ch of './()+- \t') ASCII_SEPARATOR[ch.charCodeAt(0)] = 1;

/** Separators inside a run: . / ( ) + - and white space within a line (a phone number's spaces). */
const isSeparator = (c: number): boolean =>
  c < 128 ? ASCII_SEPARATOR[c] === 1 : c === 160 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The code unit at `at` of a text of `n` units, and past its end 128, which is neither a digit nor
 * a separator, as NaN is: reading past the end at the last number of a text made the optimized
 * loops give up their inline loads (out-of-bounds deoptimization).
 */
const unitAt = (units: Uint16Array, n: number, at: number): number => (at < n ? units[at]! : 128);

/**
 * Tries a recognizer at a group start (and at the lead character before it); returns the new
 * `nextAllowed`. `atGroup` false tries the lead character only.
 */
function tryAt1(units: Uint16Array, lead: Uint8Array | undefined, index: number, at: number, nextAllowed: number, tryAt: TryAt, atGroup = true): number {
  // Past ASCII the table has no entry: not a lead.
  if (lead !== undefined && at > 0 && at - 1 >= nextAllowed && lead[units[at - 1]!] === 1) {
    const end = tryAt(index, at - 1);
    if (end >= 0) nextAllowed = Math.max(end, at);
  }
  if (atGroup && at >= nextAllowed) {
    const end = tryAt(index, at);
    if (end >= 0) nextAllowed = Math.max(end, at + 1);
  }
  return nextAllowed;
}

/**
 * Tries recognizer `index` at the groups of a run where its smallest window of at least `min` digits
 * has at most `max` (two pointers, so long runs stay linear). Returns the new `nextAllowed`.
 */
function tryGroups(text: string, units: Uint16Array, plan: DigitPlan, index: number, groups: Groups, nextAllowed: number, tryAt: TryAt): number {
  const { start: starts, digits, count: g } = groups;
  const min = plan.min[index]!;
  const max = plan.max[index]!;
  const firstGroup = plan.firstGroup[index];
  const digitsValid = plan.windowDigitsValid[index];
  const lastStart = g - plan.minGroups[index]!; // later groups cannot begin a value
  let j = 0;
  let sum = 0; // digits of groups i..j-1
  for (let i = 0; i <= lastStart; i++) {
    if (j < i) {
      j = i;
      sum = 0;
    }
    while (j < g && sum < min) sum += digits[j++]!;
    if (sum >= min && sum <= max) {
      // Skipping a group start the gates refuse is what the pattern and validator would do: refuse.
      const shapeOk = firstGroup === undefined || firstGroup(text, starts[i]!, starts[i]! + digits[i]!);
      const atGroup = shapeOk && (digitsValid === undefined || digitsValid(windowDigits(text, groups, i, j)));
      nextAllowed = tryAt1(units, plan.lead[index], index, starts[i]!, nextAllowed, tryAt, atGroup);
      // Refused by its digits: a global scan would still have matched the pattern here and resumed
      // after it, so later windows inside that match must stay skipped. Probe without evaluating.
      if (shapeOk && !atGroup && i < lastStart && starts[i]! >= nextAllowed) {
        const end = tryAt(index, starts[i]!, false);
        if (end >= 0) nextAllowed = Math.max(end, starts[i]! + 1);
      }
    }
    if (j > i) sum -= digits[i]!;
  }
  return nextAllowed;
}

/** The digits of groups `from` to `to` (exclusive), without the separators between them. */
function windowDigits(text: string, groups: Groups, from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) out += text.slice(groups.start[k]!, groups.start[k]! + groups.digits[k]!);
  return out;
}
