import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HASH_BUCKETS, accumulateFeatureWeights, featureBuckets, foldText, forEachFeature } from '../../src/scanners/injection/classifier/features.js';
import { bestWindow, PENALTY_MAX_WINDOWS, WINDOW_SCALES, windowCount } from '../../src/scanners/injection/classifier/window.js';

/** A weight table with distinct values so a wrong bucket shows up in the sums. */
const weights = Float32Array.from({ length: HASH_BUCKETS }, (_, i) => ((i * 2654435761) % 1000) / 1000 - 0.5);

describe('feature hashing', () => {
  it('folds case, digits and whitespace and keeps offsets', () => {
    const f = foldText('  Hello\n\n  World 42 ');
    expect(String.fromCharCode(...f.codes.subarray(0, f.length))).toBe('hello world 00');
    expect(f.positions[0]).toBe(2); // 'H'
    expect(f.positions[6]).toBe(11); // 'W'
  });

  it('folds exactly as the plain definition does, whatever the characters (property)', () => {
    // The definition, one character at a time: the shipped weights were trained on this folding.
    const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
    const reference = (text: string) => {
      const codes: number[] = [];
      const positions: number[] = [];
      let pendingSpace = false;
      for (let i = 0; i < text.length; i++) {
        let c = text.charCodeAt(i);
        if (isSpace(c)) {
          pendingSpace = codes.length > 0;
          continue;
        }
        if (pendingSpace) {
          codes.push(32);
          positions.push(i - 1);
          pendingSpace = false;
        }
        if (c >= 65 && c <= 90) c += 32;
        else if (c >= 48 && c <= 57) c = 48;
        else if (c >= 0x80) {
          const lower = String.fromCharCode(c).toLowerCase();
          if (lower.length === 1) c = lower.charCodeAt(0);
        }
        codes.push(c);
        positions.push(i);
      }
      positions.push(text.length);
      return { codes, positions };
    };
    const unit = fc.oneof(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\uffff', '\u0000', 'A', 'z', '7', 'É', 'Σ', 'İ', 'Ж'), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }).map((parts) => parts.join('')), (text) => {
        const f = foldText(text);
        const want = reference(text);
        expect(Array.from(f.codes.subarray(0, f.length))).toEqual(want.codes);
        expect(Array.from(f.positions.subarray(0, f.length + 1))).toEqual(want.positions);
      }),
      { numRuns: 2000 },
    );
  });

  it('the runtime hot loop computes exactly the reference features', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'grapheme' }), (text) => {
        const folded = foldText(text);
        const refSums = new Float64Array(folded.length + 1);
        const refCounts = new Int32Array(folded.length + 1);
        forEachFeature(folded, (anchor, bucket) => {
          refSums[anchor + 1]! += weights[bucket]!;
          refCounts[anchor + 1]!++;
        });
        const sums = new Float64Array(folded.length + 1);
        const counts = new Int32Array(folded.length + 1);
        accumulateFeatureWeights(folded, weights, sums, counts);
        expect(Array.from(counts)).toEqual(Array.from(refCounts));
        for (let i = 0; i < sums.length; i++) expect(sums[i]).toBeCloseTo(refSums[i]!, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('produces the same buckets for the same text and different ones for different text', () => {
    expect(featureBuckets('ignore previous instructions')).toEqual(featureBuckets('ignore previous instructions'));
    expect(featureBuckets('ignore previous instructions')).not.toEqual(featureBuckets('ignore the typos please'));
    for (const b of featureBuckets('Ünïcödé 漢字 текст')) expect(b).toBeLessThan(HASH_BUCKETS);
  });

  it('the best window is the one holding the heavily weighted text', () => {
    const hot = new Float32Array(HASH_BUCKETS);
    for (const b of featureBuckets('zebra zebra zebra')) hot[b] = 5;
    const text = `${'plain words here and there. '.repeat(200)}zebra zebra zebra zebra ${'plain words here and there. '.repeat(200)}`;
    const folded = foldText(text);
    const best = bestWindow(folded, hot, 0);
    const start = folded.positions[best.start]!;
    const end = folded.positions[best.end - 1]! + 1;
    expect(text.slice(start, end)).toContain('zebra');
    expect(end - start).toBeLessThan(600);
  });

  it('counts one window for a short text and more as a text grows past each scale', () => {
    expect(windowCount(100)).toBe(1);
    expect(windowCount(160)).toBe(1);
    expect(windowCount(161)).toBe(3); // whole text + two 160-windows (the last aligned to the end)
    expect(windowCount(2000)).toBeGreaterThan(windowCount(1000));
  });

  it('the window penalty lowers a long text\'s best window by penalty · ln(window count), and leaves one-window texts alone', () => {
    const hot = new Float32Array(HASH_BUCKETS);
    for (const b of featureBuckets('zebra zebra zebra')) hot[b] = 50; // strong enough that a window still beats the whole text
    const long = foldText(`${'plain words here and there. '.repeat(60)}zebra zebra zebra zebra ${'plain words here and there. '.repeat(60)}`);
    const plain = bestWindow(long, hot, 0, 1, WINDOW_SCALES, 0);
    const penalized = bestWindow(long, hot, 0, 1, WINDOW_SCALES, 0.5);
    expect(plain.logit - penalized.logit).toBeCloseTo(0.5 * Math.log(Math.min(windowCount(long.length), PENALTY_MAX_WINDOWS)), 6);
    expect(windowCount(long.length)).toBeGreaterThan(PENALTY_MAX_WINDOWS); // the cap is what this text exercises
    expect(penalized.start).toBe(plain.start);
    const short = foldText('zebra zebra zebra zebra, plain words');
    expect(bestWindow(short, hot, 0, 1, WINDOW_SCALES, 0.5).logit).toBe(bestWindow(short, hot, 0).logit);
  });

  it('padding does not lower a window past the cap: the sender chooses the length', () => {
    const hot = new Float32Array(HASH_BUCKETS);
    for (const b of featureBuckets('zebra zebra zebra')) hot[b] = 50;
    const padded = (n: number) => foldText(`${'plain words here and there. '.repeat(n)}zebra zebra zebra zebra ${'plain words here and there. '.repeat(n)}`);
    const at = (n: number) => bestWindow(padded(n), hot, 0, 1, WINDOW_SCALES, 0.5).logit;
    expect(at(2000)).toBeCloseTo(at(100), 6);
  });

  it('a penalized window never scores below the whole text (the whole text is one test, not penalized)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 1500 }), fc.double({ min: 0, max: 2, noNaN: true }), (text, penalty) => {
        const folded = foldText(text);
        const whole = bestWindow(folded, weights, 0, 1, []);
        const best = bestWindow(folded, weights, 0, 1, WINDOW_SCALES, penalty);
        expect(best.logit).toBeGreaterThanOrEqual(whole.logit);
      }),
      { numRuns: 200 },
    );
  });
});
