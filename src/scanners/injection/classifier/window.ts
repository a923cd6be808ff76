import { accumulateFeatureWeights, type FoldedText } from './features.js';
import { forEachRepeatRun } from './repetition.js';

/**
 * Windowed scoring for a mean-pooled linear model: logit = bias + (sum of feature weights) / (feature count).
 *
 * One pass hashes every feature and adds its weight into prefix sums indexed by the feature's anchor,
 * so the logit of any window [s, e) is two subtractions and a division. The whole text and every
 * overlapping window are scored; the best one wins. Linear in the text length, whatever the window count.
 * A feature belongs to the window its anchor (start) falls in, so an n-gram may reach up to 4 units
 * past a window's end: harmless, and it keeps each feature in exactly one prefix slot.
 */

/** One window size: length and stride in folded characters. */
export interface WindowScale {
  size: number;
  stride: number;
}

/**
 * Two scales: ~512 characters (a paragraph with its context) and ~160 (about one sentence), so one
 * injected instruction is not averaged away by the ordinary text around it.
 */
export const WINDOW_SCALES: readonly WindowScale[] = [
  { size: 512, stride: 256 },
  { size: 160, stride: 80 },
];

/** The largest window; texts no longer than the smallest window are scored whole. */
export const WINDOW_CHARS = 512;

/** The best-scoring part of a text, as a raw logit and a span of folded indices. */
export interface WindowScore {
  logit: number;
  /** Span in folded indices, end-exclusive. */
  start: number;
  end: number;
}

/** Fewer features than this in a window (e.g. a trailing stub): the window is not scored alone. */
const MIN_WINDOW_FEATURES = 8;
/**
 * Once repeated runs were left out, a text or window needs this many features left to be scored: a
 * 200-character line of dashes around "Title" and "Text." must not be judged on those two words. It
 * is about what 32 letters of prose give, the least the scanner classifies on its own.
 */
const MIN_FEATURES_AROUND_RUNS = 112;

/**
 * The window count stops raising the penalty here (about 1.3 KB of text). The sender chooses the
 * length: unbounded, the penalty let padding switch the classifier off (an injection in 10 KB of
 * meeting notes scored 0.13, in 1 MB 0.01). Past this, a longer document gets no further allowance.
 */
export const PENALTY_MAX_WINDOWS = 16;

/** How many windows `bestWindow` scores for a text of `len` folded characters (the whole text counts one). */
export function windowCount(len: number, scales: readonly WindowScale[] = WINDOW_SCALES): number {
  let n = 1;
  for (const { size, stride } of scales) if (len > size) n += Math.ceil((len - size) / stride) + 1;
  return n;
}

/**
 * Scores the whole text and every window; `weights[i] * scale` is the weight of bucket i (the shipped
 * model keeps int8 weights, four times less memory to pull through the cache per lookup).
 *
 * `windowPenalty` corrects for multiple comparisons: the best of n windows is the maximum of n
 * scores, so a long benign document gets n chances to cross a threshold calibrated mostly on single
 * texts (a router manual or a contract full of imperatives was blocked as often as one time in five).
 * Each window's logit is lowered by `windowPenalty · ln min(n, PENALTY_MAX_WINDOWS)`; the whole
 * text, one test, is not. Full Bonferroni in odds would be ln n / plattA; the windows overlap by
 * half, so less is right.
 */
export function bestWindow(folded: FoldedText, weights: Float32Array | Int8Array, bias: number, scale = 1, scales: readonly WindowScale[] = WINDOW_SCALES, windowPenalty = 0): WindowScore {
  const len = folded.length;
  const penalty = windowPenalty > 0 ? windowPenalty * Math.log(Math.min(windowCount(len, scales), PENALTY_MAX_WINDOWS)) : 0;
  const { sums, counts } = prefixScratch(len + 1);
  accumulateFeatureWeights(folded, weights, sums, counts);
  // Repeated runs carry no intent and would set a window's mean on their own (repetition.ts).
  let masked = false;
  forEachRepeatRun(folded.codes, len, (start, end) => {
    masked = true;
    sums.fill(0, start + 1, end + 1);
    counts.fill(0, start + 1, end + 1);
  });
  const minFeatures = masked ? MIN_FEATURES_AROUND_RUNS : MIN_WINDOW_FEATURES;
  for (let i = 1; i <= len; i++) {
    sums[i]! += sums[i - 1]!;
    counts[i]! += counts[i - 1]!;
  }
  const total = counts[len]!;
  const scored = total > 0 && (!masked || total >= MIN_FEATURES_AROUND_RUNS);
  let best: WindowScore = { logit: scored ? bias + (scale * sums[len]!) / total : bias, start: 0, end: len };
  const consider = (start: number, end: number): void => {
    const n = counts[end]! - counts[start]!;
    if (n < minFeatures) return;
    const logit = bias + (scale * (sums[end]! - sums[start]!)) / n - penalty;
    if (logit > best.logit) best = { logit, start, end };
  };
  for (const { size, stride } of scales) {
    if (len <= size) continue;
    let start = 0;
    for (; start + size < len; start += stride) consider(start, start + size);
    // The last window is aligned to the end so the tail is scored with a full window.
    consider(len - size, len);
  }
  return best;
}

let scratchSums = new Float64Array(4096);
let scratchCounts = new Int32Array(4096);

/**
 * Zeroed prefix-sum buffers of at least `size`, reused between calls so a scan allocates nothing in
 * the common case (scoring is synchronous, so one pair per process is enough).
 */
function prefixScratch(size: number): { sums: Float64Array; counts: Int32Array } {
  if (scratchSums.length < size) {
    const grown = Math.max(size, scratchSums.length * 2);
    scratchSums = new Float64Array(grown);
    scratchCounts = new Int32Array(grown);
  } else {
    scratchSums.fill(0, 0, size);
    scratchCounts.fill(0, 0, size);
  }
  return { sums: scratchSums, counts: scratchCounts };
}
