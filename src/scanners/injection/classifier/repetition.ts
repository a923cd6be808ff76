/**
 * Runs of text that repeat a unit of one to four characters ("xxxxxxxx", "========", "hahahaha",
 * "lol lol lol "): separators, keyboard mash, laughter, padding, zero-filled data.
 *
 * A mean-pooled model scores a text by the average weight of its features, so a text (or a window)
 * made of one repeated n-gram gets that single n-gram's weight as its whole score, saturated either
 * way: 'x' x 200 came out as a certain attack. Such runs say nothing about intent, and no instruction
 * can be written inside one, so their features are left out of the scoring.
 */

/**
 * Runs whose unit holds a backslash are kept: written-out escapes ("\\n\\n\\n…") are a way of
 * faking the end of a prompt, which the model should see.
 */
const BACKSLASH = 92;

/** Shortest run that counts: shorter repeats ("!!!", "...", "====") are ordinary typography. */
export const MIN_REPEAT_RUN = 16;
/** Longest repeated unit looked for. */
const MAX_PERIOD = 4;

/**
 * Calls `drop(start, end)` for every maximal stretch of `codes[0, length)` (the folded text's UTF-16
 * units) that repeats a unit of 1..4 units and is at least MIN_REPEAT_RUN long, in ascending order.
 * One pass, four comparisons a character: it runs on every text the classifier scores.
 */
export function forEachRepeatRun(codes: ArrayLike<number>, length: number, drop: (start: number, end: number) => void): void {
  if (length < MIN_REPEAT_RUN || !mayHoldRepeatRun(codes, length)) return;
  // streak[p]: how many positions in a row so far had codes[i] === codes[i - p]; a streak of k
  // ending before i means [i - k - p, i) repeats with period p.
  const streak = [0, 0, 0, 0, 0];
  let pending: [number, number] | undefined;
  const found = (start: number, end: number) => {
    if (pending && start <= pending[1]) {
      pending[0] = Math.min(pending[0], start);
      pending[1] = Math.max(pending[1], end);
    }
    else {
      if (pending) drop(pending[0], pending[1]);
      pending = [start, end];
    }
  };
  for (let i = 1; i <= length; i++) {
    // The runs (of any period) that end here, as one stretch from the earliest start.
    let first = -1;
    let last = -1;
    for (let p = 1; p <= MAX_PERIOD; p++) {
      if (i < length && i >= p && codes[i] === codes[i - p]) {
        streak[p]!++;
        continue;
      }
      const k = streak[p]!;
      streak[p] = 0;
      if (k > 0 && k + p >= MIN_REPEAT_RUN && !unitHasBackslash(codes, i - p, p)) {
        const start = i - k - p;
        if (first < 0 || start < first) first = start;
        last = i;
      }
    }
    if (first >= 0) found(first, last);
  }
  if (pending) drop(pending[0], pending[1]);
}

/** A distance that every period looked for divides (the lcm of 1..MAX_PERIOD). */
const COMMON_PERIOD = 12;
// The prefilter's argument needs runs longer than the common period.
if (MIN_REPEAT_RUN <= COMMON_PERIOD) throw new Error('repetition: MIN_REPEAT_RUN must exceed COMMON_PERIOD');

/**
 * A necessary condition, one comparison a character: a run of period p <= 4 and length >= 16 has
 * codes[i] === codes[i + 12] for at least 16 - 12 = 4 positions in a row (12 is a multiple of p).
 * Prose almost never does, so most texts skip the exact four-period search.
 */
function mayHoldRepeatRun(codes: ArrayLike<number>, length: number): boolean {
  let streak = 0;
  for (let i = COMMON_PERIOD; i < length; i++) {
    if (codes[i] !== codes[i - COMMON_PERIOD]) streak = 0;
    else if (++streak >= MIN_REPEAT_RUN - COMMON_PERIOD) return true;
  }
  return false;
}

function unitHasBackslash(codes: ArrayLike<number>, at: number, p: number): boolean {
  for (let j = 0; j < p; j++) if (codes[at + j] === BACKSLASH) return true;
  return false;
}
