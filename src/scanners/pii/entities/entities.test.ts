import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../index.js';

const found = (text: string, types = ['PERSON', 'LOCATION', 'ADDRESS', 'ORGANIZATION']) =>
  detectPii(text, { types })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);

describe('entity layer', () => {
  it('finds people by gazetteer and by context', () => {
    expect(found('Please call John Smith tomorrow.')).toEqual([['PERSON', 'John Smith']]);
    expect(found('My name is Zorbulat Qwenix')).toEqual([['PERSON', 'Zorbulat Qwenix']]);
    expect(found('The IBAN is below.')).toEqual([]);
  });

  it('finds places and keeps a city inside an address block as address', () => {
    expect(found('She grew up in Finland.')).toEqual([['LOCATION', 'Finland']]);
    expect(found('Ship it to 1668 Glyn St, Springfield, IL 62704 please')).toEqual([['ADDRESS', '1668 Glyn St, Springfield, IL 62704']]);
    expect(found('He lives at Puruntie 82')).toEqual([['ADDRESS', 'Puruntie 82']]);
  });

  it('finds organisations by suffix', () => {
    expect(found('I work at Allstate Insurance Group now')).toEqual([['ORGANIZATION', 'Allstate Insurance Group']]);
  });

  it('never throws and keeps spans in range on arbitrary text (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('', 'Mr. ', 'lives at ', 'in '), (s, prefix) => {
        const text = prefix + s;
        for (const m of detectPii(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 200 },
    );
  });
});
