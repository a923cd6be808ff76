/**
 * Logistic regression on mean-pooled hashed features, trained with AdaGrad; Platt scaling and
 * threshold choice on a held-out split. Pure TypeScript, deterministic for a seed.
 */
import { normalizeText } from '../../src/core/normalize/normalize.js';
import { HASH_BUCKETS, featureBuckets, foldText } from '../../src/scanners/injection/classifier/features.js';
import { WINDOW_SCALES, bestWindow } from '../../src/scanners/injection/classifier/window.js';
import type { Example } from './dataset.js';
import { Prng } from './prng.js';

/** A training row: the features of one text (or one window of it), its label and its weight. */
export interface Row {
  buckets: Int32Array;
  label: 0 | 1;
  weight: number;
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Extra windows cut from each long benign text (so long benign documents score low window by window). */
  benignWindows: number;
  /**
   * Largest absolute weight of one feature (0: no cap). A cap keeps a handful of n-grams ("from now
   * on", "system prompt") from saturating the score on their own, whatever surrounds them.
   */
  weightCap: number;
  /**
   * Multiple-comparison correction of window scores (classifier/window.ts), as a share of full
   * Bonferroni. Platt scaling and the threshold are fitted without it, on the calibration split's
   * (mostly short, one-window) texts; the shipped model then lowers each window's logit by
   * share · ln(window count) / plattA. Chosen a priori, not fitted: 0.5, because the windows overlap
   * by half. The calibration split holds too few long benign documents to fit it.
   */
  windowPenaltyShare: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { seed: 20261126, epochs: 16, learningRate: 0.5, l2: 1e-6, benignWindows: 1, weightCap: 0, windowPenaltyShare: 0.5 };

export interface LinearWeights {
  weights: Float32Array | Int8Array;
  /** Multiplies every weight (int8 models); 1 when absent. */
  scale?: number;
  bias: number;
  /** Lowers each window's logit by this times ln(window count); 0 when absent. */
  windowPenalty?: number;
}

const featureCache = new Map<string, Int32Array>();

/** Features of a text after the same normalization the runtime applies. Cached: LOSO reuses them. */
export function featuresOf(text: string): Int32Array {
  let f = featureCache.get(text);
  if (!f) {
    f = featureBuckets(normalizeText(text).text);
    featureCache.set(text, f);
  }
  return f;
}

/**
 * Turns examples into rows. Each source gets a total weight growing with the square root of its size,
 * and the two classes the same total weight, so no single large set (or our own synthesis) dominates.
 * Located attacks train on a window around the attack; long benign texts add random windows.
 */
export function buildRows(examples: readonly Example[], opts: TrainOptions): Row[] {
  const rng = new Prng(opts.seed ^ 0x5bd1e995);
  const bySource = new Map<string, number>();
  for (const e of examples) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
  const classMass = [0, 0];
  for (const e of examples) classMass[e.label]! += Math.sqrt(bySource.get(e.source)!) / bySource.get(e.source)!;
  const rows: Row[] = [];
  for (const e of examples) {
    const n = bySource.get(e.source)!;
    const weight = ((Math.sqrt(n) / n) / classMass[e.label]!) * examples.length * 0.5;
    if (e.span) {
      rows.push({ buckets: featuresOf(windowAround(e.text, e.span, rng)), label: e.label, weight });
      continue;
    }
    rows.push({ buckets: featuresOf(e.text), label: e.label, weight });
    if (e.label !== 0) continue;
    for (const { size } of WINDOW_SCALES) {
      if (e.text.length <= size * 1.25) continue;
      for (let k = 0; k < opts.benignWindows; k++) {
        const start = rng.int(e.text.length - size);
        rows.push({ buckets: featuresOf(e.text.slice(start, start + size)), label: 0, weight: weight * 0.5 });
      }
    }
  }
  return rows;
}

/** A window of random size (one of the runtime's scales or the span itself) that holds the whole span. */
function windowAround(text: string, span: { start: number; end: number }, rng: Prng): string {
  const len = span.end - span.start;
  const size = Math.max(len, rng.pick(WINDOW_SCALES).size);
  if (size >= text.length) return text;
  const lead = rng.int(size - len + 1);
  const start = Math.max(0, Math.min(span.start - lead, text.length - size));
  return text.slice(start, start + size);
}

/** AdaGrad on logistic loss; z = bias + mean of the weights of a row's features. */
export function train(rows: readonly Row[], opts: TrainOptions): LinearWeights {
  const rng = new Prng(opts.seed);
  const weights = new Float32Array(HASH_BUCKETS);
  const g2 = new Float32Array(HASH_BUCKETS).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = rows.map((_, i) => i);
  const cap = opts.weightCap;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    rng.shuffle(order);
    for (const idx of order) {
      const row = rows[idx]!;
      const f = row.buckets;
      const n = f.length;
      if (n === 0) continue;
      let s = 0;
      for (let i = 0; i < n; i++) s += weights[f[i]!]!;
      const z = bias + s / n;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - row.label) * row.weight;
      const gf = g / n;
      for (let i = 0; i < n; i++) {
        const b = f[i]!;
        const grad = gf + opts.l2 * weights[b]!;
        g2[b]! += grad * grad;
        const w = weights[b]! - (opts.learningRate * grad) / Math.sqrt(g2[b]!);
        weights[b] = cap > 0 ? Math.max(-cap, Math.min(cap, w)) : w;
      }
      biasG2 += g * g;
      bias -= (opts.learningRate * g) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}

/** The runtime's score for a text: best window's raw logit (before calibration). */
export function logitOf(model: LinearWeights, text: string): number {
  return bestWindow(foldText(normalizeText(text).text), model.weights, model.bias, model.scale ?? 1, WINDOW_SCALES, model.windowPenalty ?? 0).logit;
}

/** Fits Platt's sigmoid(a·z + b) to (logit, label) pairs by Newton's method, with Platt's smoothed targets. */
export function fitPlatt(logits: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  const nPos = labels.filter((l) => l === 1).length;
  const nNeg = labels.length - nPos;
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const z = logits[i]!;
      const t = labels[i] === 1 ? tPos : tNeg;
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      const d = p - t;
      const w = p * (1 - p);
      gA += d * z;
      gB += d;
      hAA += w * z * z;
      hAB += w * z;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA;
    b -= dB;
    if (Math.abs(dA) + Math.abs(dB) < 1e-9) break;
  }
  return { a, b };
}

export interface ThresholdGoal {
  /** Highest false-positive rate allowed on plain benign held-out text. */
  plainFpr: number;
  /** Highest false-positive rate allowed on trigger-word-heavy benign held-out text. */
  hardFpr: number;
}

/**
 * The lowest threshold (most attacks caught) whose held-out false-positive rates meet the goal.
 * Candidates are the held-out benign scores themselves, so the result is exact on that split.
 */
export function chooseThreshold(scores: readonly { p: number; label: 0 | 1; hard: boolean }[], goal: ThresholdGoal): number {
  const plain = scores.filter((s) => s.label === 0 && !s.hard).map((s) => s.p).sort((x, y) => y - x);
  const hard = scores.filter((s) => s.label === 0 && s.hard).map((s) => s.p).sort((x, y) => y - x);
  const cut = (sorted: number[], rate: number): number => {
    const allowed = Math.floor(sorted.length * rate);
    // Threshold just above the (allowed+1)-th highest benign score.
    const v = sorted[allowed];
    return v === undefined ? 0 : v + 1e-6;
  };
  return Math.min(0.99, Math.max(cut(plain, goal.plainFpr), cut(hard, goal.hardFpr), 0.05));
}
