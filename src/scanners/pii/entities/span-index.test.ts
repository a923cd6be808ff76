import { describe, expect, it } from 'vitest';
import type { PiiMatch } from '../detect.js';
import { SpanIndex } from './detect.js';
import { overlapTest } from './names-places.js';

/** A deterministic stream of small integers. */
function randoms(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) >>> 0;
    return s % n;
  };
}

const span = (rand: (n: number) => number, width: number): PiiMatch => {
  const start = rand(3000);
  return { type: 'PERSON', format: 'PERSON', start, end: start + 1 + rand(width), score: rand(10) / 10 };
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

describe('position indexes of the entity layer agree with a scan of every span', () => {
  it('SpanIndex: overlapping spans in insertion order, without removed ones', () => {
    const rand = randoms(7);
    for (let trial = 0; trial < 200; trial++) {
      // Widths up to 700 so spans cross several 256-character cells.
      const spans = Array.from({ length: 1 + rand(60) }, () => span(rand, rand(2) === 0 ? 20 : 700));
      const index = new SpanIndex(spans);
      const alive = new Set(spans);
      for (let q = 0; q < 30; q++) {
        const f = span(rand, 400);
        expect(index.overlapping(f)).toEqual(spans.filter((s) => alive.has(s) && overlaps(s, f)));
        if (rand(3) === 0) {
          for (const s of index.overlapping(f)) {
            index.remove(s);
            alive.delete(s);
          }
        }
      }
      expect(index.all()).toEqual(spans.filter((s) => alive.has(s)));
    }
  });

  it('overlapTest: whether a range overlaps any of spans that may overlap one another', () => {
    const rand = randoms(11);
    for (let trial = 0; trial < 200; trial++) {
      const spans = Array.from({ length: rand(50) }, () => span(rand, rand(2) === 0 ? 15 : 500));
      const test = overlapTest(spans);
      for (let q = 0; q < 40; q++) {
        const f = span(rand, 30);
        expect(test(f.start, f.end)).toBe(spans.some((s) => overlaps(s, f)));
      }
    }
  });
});
