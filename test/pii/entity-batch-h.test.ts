import { describe, expect, it } from 'vitest';
import { expectShapeFloors, expectedSpans } from './entity-shapes.js';
import { BATCH_H } from './entity-batch-h.fixtures.js';

describe('batch H, written after the fixes for batch G and scored before any rule was looked at for it', () => {
  it('is well formed and has hard negatives', () => {
    for (const f of BATCH_H) expect(() => expectedSpans(f), f.text).not.toThrow();
    expect(BATCH_H.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  // Scored once, untouched: PERSON P .952 R .833, LOCATION P 1.000 R 1.000, ADDRESS P 1.000 R 1.000.
  // One general rule followed (the line after a sign-off is the writer: "Thanks,\nLiesel").
  it('holds PERSON at precision 0.9 and recall 0.8, LOCATION and ADDRESS at 0.9 both', () => {
    expectShapeFloors('batch H', BATCH_H, { PERSON: [0.9, 0.8], LOCATION: [0.9, 0.9], ADDRESS: [0.9, 0.9] });
  });
});
