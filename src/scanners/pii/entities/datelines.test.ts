import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { found } from '../../../../test/pii/entity-shapes.js';
import { findDatelines } from './datelines.js';
import { gazetteer } from './gazetteer.js';
import type { PiiMatch } from '../detect.js';

describe('datelines', () => {
  it('reads the place a news item opens with, before a colon, a dash or a parenthesis, in capitals too', () => {
    expect(found('BOISE: Snow closed two mountain passes on Tuesday, officials said.')).toContainEqual(['LOCATION', 'BOISE']);
    expect(found('Göteborg: Ett strömavbrott drabbade tusentals hushåll under natten.')).toContainEqual(['LOCATION', 'Göteborg']);
    expect(found('Brno – Kvůli opravě mostu se ráno tvořily dlouhé kolony aut.')).toContainEqual(['LOCATION', 'Brno']);
    expect(found('DALLAS (AP) - A grand jury declined to bring charges on Monday.')).toContainEqual(['LOCATION', 'DALLAS']);
    expect(found('TOPEKA, Kan. - Lawmakers met late into the night.')).toEqual(expect.arrayContaining([['LOCATION', 'TOPEKA'], ['LOCATION', 'Kan.']]));
  });

  it('leaves labels, speakers and form fields alone', () => {
    // A word of the everyday vocabulary opening a label.
    expect(found('Reading: The Great Gatsby and two essays on it for Thursday.')).not.toContainEqual(['LOCATION', 'Reading']);
    // A first name before a colon is a speaker.
    expect(found('Florence: are we still meeting at the station at eight tonight?')).not.toContainEqual(['LOCATION', 'Florence']);
    // A value, not a sentence, after the colon; and a form's field beside other fields.
    expect(found('Nome: Larissa Campos')).not.toContainEqual(['LOCATION', 'Nome']);
    expect(found('Cliente: João Sousa\nMorada: Rua de Santa Catarina, 415, 3.º Esq., 4000-442 Porto')).not.toContainEqual(['LOCATION', 'Morada']);
  });

  it('any text: no throw, spans inside the text and on a known place', () => {
    const g = gazetteer();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'OSLO: ', 'Lyon : ', 'Praha – ', 'AUSTIN, Tex. - '), (s, head) => {
        const text = head + s;
        const out: PiiMatch[] = [];
        findDatelines(text, g, out);
        for (const m of out) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
    );
  });
});
