import { describe, expect, it } from 'vitest';
import type { ShapeFixture } from './entity-shapes.fixtures.js';
import { expectShapeFloors, expectedSpans, type ShapeFloors } from './entity-shapes.js';
import { BATCH_I } from './entity-batch-i.fixtures.js';
import { BATCH_J } from './entity-batch-j.fixtures.js';
import { BATCH_K } from './entity-batch-k.fixtures.js';

/**
 * Names, places and addresses in three batches written in session 14 by helpers who saw no code, each
 * scored once at first sight and then used to fix what it showed (so the floors are in-sample).
 *
 * - I (110 records, 13 containers, mostly English). First sight PERSON .873/.873, LOCATION .758/.893,
 *   ADDRESS .907/.817 (precision/recall). Most false locations were the towns of addresses whose block
 *   stopped early. Now PERSON .903/.919, LOCATION .833/.893, ADDRESS .944/.850.
 * - J (110 records, a third in eight other languages, long-form English, machine containers), scored
 *   after I's fixes. First sight PERSON .827/.896, LOCATION .740/.729, ADDRESS .935/.768. Now PERSON
 *   .839/.896, LOCATION .840/.814, ADDRESS 1.0/.821.
 * - K (120 records, more than half in 13 other languages), scored after J's fixes. First sight PERSON
 *   .758/.888, LOCATION .725/.648, ADDRESS .957/.703 (the session's starting code: .752/.863, .690/.639,
 *   .917/.688). Now PERSON .841/.888, LOCATION .792/.689, ADDRESS .959/.734. Inflected towns (Polish,
 *   Czech) and Greek, Filipino and Indonesian place cues stay unread: the 0.8 is not reached here.
 */
const BATCHES: Array<[name: string, fixtures: ShapeFixture[], floors: ShapeFloors]> = [
  ['I', BATCH_I, { PERSON: [0.88, 0.9], LOCATION: [0.8, 0.85], ADDRESS: [0.9, 0.8] }],
  ['J', BATCH_J, { PERSON: [0.8, 0.88], LOCATION: [0.8, 0.8], ADDRESS: [0.95, 0.8] }],
  ['K', BATCH_K, { PERSON: [0.8, 0.85], LOCATION: [0.75, 0.65], ADDRESS: [0.9, 0.7] }],
];

describe('blind entity batches I, J and K (session 14)', () => {
  for (const [name, fixtures, floors] of BATCHES) {
    it(`batch ${name} is well formed and has hard negatives`, () => {
      for (const f of fixtures) expect(() => expectedSpans(f), f.text).not.toThrow();
      expect(fixtures.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(10);
    });

    it(`batch ${name} holds its floors`, () => {
      expectShapeFloors(`batch ${name}`, fixtures, floors);
    });
  }
});
