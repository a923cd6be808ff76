import { HASH_BITS, HASH_BUCKETS } from './features.js';

/**
 * The shipped model's serialized form and its in-memory form. Weights are stored as int8 with one
 * scale (1 MB for 2^20 buckets), base64 in a generated TypeScript module, so `tsc` carries the model
 * into dist/ with no copy step and no file I/O at run time.
 */
export interface SerializedModel {
  format: 'rampart-injection-linear/1';
  hashBits: number;
  bias: number;
  /** Platt scaling: probability = sigmoid(plattA * logit + plattB). */
  plattA: number;
  plattB: number;
  /** Default decision threshold on the calibrated probability, chosen on held-out data. */
  threshold: number;
  /** int8 weight i is worth `weights[i] * scale`. */
  scale: number;
  /** Lowers each window's logit by this times ln(window count) (window.ts); absent in older models: 0. */
  windowPenalty?: number;
  weightsBase64: string;
  /** Free-form provenance (seed, data, date) for the model card. */
  trainedOn: string;
}

export interface InjectionModel {
  /** int8 weights; bucket i weighs `weights[i] * scale`. */
  weights: Int8Array;
  scale: number;
  bias: number;
  plattA: number;
  plattB: number;
  threshold: number;
  windowPenalty: number;
}

/** Symmetric int8 quantization: the largest weight maps to ±127. */
export function quantizeWeights(weights: Float32Array): { scale: number; bytes: Int8Array } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(weights[i]! / scale)));
  return { scale, bytes };
}

/** Reads a serialized model; throws on anything that does not match this build's feature hashing. */
export function decodeModel(data: SerializedModel): InjectionModel {
  if (data.format !== 'rampart-injection-linear/1') throw new Error(`unsupported injection model format ${String(data.format)}`);
  if (data.hashBits !== HASH_BITS) throw new Error(`injection model uses ${data.hashBits} hash bits, the runtime ${HASH_BITS}`);
  const raw = Buffer.from(data.weightsBase64, 'base64');
  if (raw.length !== HASH_BUCKETS) throw new Error(`injection model has ${raw.length} weights, expected ${HASH_BUCKETS}`);
  const weights = new Int8Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const windowPenalty = data.windowPenalty ?? 0;
  for (const [name, v] of Object.entries({ scale: data.scale, bias: data.bias, plattA: data.plattA, plattB: data.plattB, threshold: data.threshold, windowPenalty })) {
    if (!Number.isFinite(v)) throw new Error(`injection model field ${name} is not a finite number`);
  }
  if (windowPenalty < 0) throw new Error('injection model field windowPenalty is negative');
  return { weights, scale: data.scale, bias: data.bias, plattA: data.plattA, plattB: data.plattB, threshold: data.threshold, windowPenalty };
}

/** Maps a raw logit to a calibrated probability in [0, 1]. */
export function calibrated(logit: number, plattA: number, plattB: number): number {
  const z = plattA * logit + plattB;
  return 1 / (1 + Math.exp(-z));
}
