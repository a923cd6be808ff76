import { describe, expect, it } from 'vitest';
import { expectShapeFloors, expectedSpans } from './entity-shapes.js';
import { BATCH_J } from './entity-batch-j.fixtures.js';

describe('batch J, written blind by a helper (session 14) after batch I\'s fixes, a third of it in other languages', () => {
  it('is well formed and has hard negatives', () => {
    for (const f of BATCH_J) expect(() => expectedSpans(f), f.text).not.toThrow();
    expect(BATCH_J.filter((f) => f.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  // First sight (the code after batch I's fixes): PERSON P .827 R .896, LOCATION P .740 R .729, ADDRESS
  // P .935 R .768; the session's starting code scored the same within one span. LOCATION and ADDRESS
  // fall short of the 0.8 here: German, Polish, Turkish and Portuguese place cues and address
  // forms the layer does not read. After two German fixes ("am 14.02." is a date) and field keys read
  // word by word ("hotel_city"): PERSON P .831, LOCATION P .748 R .760, ADDRESS P 1.0. After address
  // blocks in the forms of many countries (units "piso 6", "int. 4", "bus 3", "lgh 1102", "m. 8"; "ul.";
  // "104/12"; Canadian, Argentine, Brazilian and 3-digit postcodes; "·"): LOCATION P .824, ADDRESS
  // R .821; after Turkish case endings and natural places by their kind word: LOCATION .840/.814
  // (in-sample). Inflected Polish towns stay unread.
  it('holds PERSON at 0.8 and 0.88, LOCATION at 0.8 both, ADDRESS at 0.95 and 0.8', () => {
    expectShapeFloors('batch J', BATCH_J, { PERSON: [0.8, 0.88], LOCATION: [0.8, 0.8], ADDRESS: [0.95, 0.8] });
  });
});
