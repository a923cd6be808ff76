import { describe, expect, it } from 'vitest';
import { HASH_BITS, HASH_BUCKETS } from '../../src/scanners/injection/classifier/features.js';
import { calibrated, decodeModel, quantizeWeights, type SerializedModel } from '../../src/scanners/injection/classifier/model.js';
import { INJECTION_MODEL } from '../../src/scanners/injection/classifier/model-weights.generated.js';

function modelWith(overrides: Partial<SerializedModel>): SerializedModel {
  return { ...INJECTION_MODEL, ...overrides };
}

describe('injection model file', () => {
  it('the shipped model decodes, fits the 5 MB budget and is int8 of the full table', () => {
    const m = decodeModel(INJECTION_MODEL);
    expect(m.weights.length).toBe(HASH_BUCKETS);
    expect(INJECTION_MODEL.weightsBase64.length).toBeLessThan(5 * 1024 * 1024);
    expect(INJECTION_MODEL.hashBits).toBe(HASH_BITS);
    expect(m.weights.some((w) => w !== 0)).toBe(true);
  });

  it('rejects a model for another format, hash size or a truncated table', () => {
    expect(() => decodeModel(modelWith({ format: 'other' as SerializedModel['format'] }))).toThrow(/format/);
    expect(() => decodeModel(modelWith({ hashBits: HASH_BITS - 1 }))).toThrow(/hash bits/);
    expect(() => decodeModel(modelWith({ weightsBase64: INJECTION_MODEL.weightsBase64.slice(0, 1000) }))).toThrow(/weights/);
    expect(() => decodeModel(modelWith({ plattA: Number.NaN }))).toThrow(/plattA/);
    expect(() => decodeModel(modelWith({ windowPenalty: -0.1 }))).toThrow(/windowPenalty/);
    expect(() => decodeModel(modelWith({ windowPenalty: Number.POSITIVE_INFINITY }))).toThrow(/windowPenalty/);
    expect(decodeModel(modelWith({ windowPenalty: undefined })).windowPenalty).toBe(0); // models from before the penalty
  });

  it('int8 quantization keeps every weight within half a step', () => {
    const w = Float32Array.from([0, 0.5, -1.27, 0.01, 1.27, -0.3]);
    const { scale, bytes } = quantizeWeights(w);
    w.forEach((x, i) => expect(Math.abs(bytes[i]! * scale - x)).toBeLessThanOrEqual(scale / 2 + 1e-7));
  });

  it('calibration is monotone and stays in [0, 1]', () => {
    const ps = [-50, -2, 0, 2, 50].map((z) => calibrated(z, INJECTION_MODEL.plattA, INJECTION_MODEL.plattB));
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeGreaterThanOrEqual(ps[i - 1]!);
    expect(ps[0]!).toBeGreaterThanOrEqual(0);
    expect(ps[4]!).toBeLessThanOrEqual(1);
  });
});
