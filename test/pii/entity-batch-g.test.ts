import { describe, expect, it } from 'vitest';
import { expectShapeFloors, expectedSpans } from './entity-shapes.js';
import { BATCH_G } from './entity-batch-g.fixtures.js';

describe('batch G, written before the rules were looked at for it', () => {
  it('is well formed and about a fifth hard negatives', () => {
    for (const f of BATCH_G) expect(() => expectedSpans(f), f.text).not.toThrow();
    expect(BATCH_G.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  // Scored once, untouched: PERSON P .957 R .804, LOCATION P .860 R .974, ADDRESS P .857 R .600.
  // Then fixed by general rules (name-part labels, list cues, address orders, possessives, kin words):
  // PERSON P 1.000 R .964, LOCATION P 1.000 R 1.000, ADDRESS P 1.000 R 1.000. It is a tuning set now.
  it('holds PERSON, LOCATION and ADDRESS at precision 0.95 and recall 0.9', () => {
    expectShapeFloors('batch G', BATCH_G, { PERSON: [0.95, 0.9], LOCATION: [0.95, 0.9], ADDRESS: [0.95, 0.9] });
  });
});
