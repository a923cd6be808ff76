import { describe, expect, it } from 'vitest';
import { expectShapeFloors, expectedSpans } from './entity-shapes.js';
import { BATCH_I } from './entity-batch-i.fixtures.js';

describe('batch I, written blind by a helper (session 14) and scored once before any rule was looked at for it', () => {
  it('is well formed and has hard negatives', () => {
    for (const f of BATCH_I) expect(() => expectedSpans(f), f.text).not.toThrow();
    expect(BATCH_I.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  // First sight: PERSON P .873 R .873, LOCATION P .758 R .893, ADDRESS P .907 R .817. Most false
  // locations were the towns and countries of addresses whose block stopped early; after three general
  // fixes (Portuguese, Polish, Japanese and Brazilian postcodes before a town, "Oak Hollow Lane" with two
  // street words, the whole name after "rue"/"avenue") LOCATION P .806 and ADDRESS P .942; after three for
  // names (surname and first-name columns in other languages, "hey its zainab", a form's label before its
  // colon is no name) PERSON P .893 R .919; after batch J's address forms LOCATION P .833, ADDRESS R .850
  // (in-sample).
  it('holds PERSON at 0.88 and 0.9, LOCATION at precision 0.8 and recall 0.85, ADDRESS at 0.9 and 0.8', () => {
    expectShapeFloors('batch I', BATCH_I, { PERSON: [0.88, 0.9], LOCATION: [0.8, 0.85], ADDRESS: [0.9, 0.8] });
  });
});
