import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { found } from '../../../../test/pii/entity-shapes.js';
import type { PiiMatch } from '../detect.js';
import { findKindWordPlaces } from './kind-word-places.js';
import { indexText } from './text-index.js';

const places = (text: string) => found(text).filter(([type]) => type === 'LOCATION').map(([, value]) => value);

describe('places named after their kind word', () => {
  it('reads streets, bridges, rivers and districts in other languages, named after people too', () => {
    expect(places('Un piéton a été renversé rue Garibaldi mardi soir.')).toContain('rue Garibaldi');
    expect(places('O trânsito parou na avenida Borges de Medeiros durante a tarde.')).toContain('avenida Borges de Medeiros');
    expect(places('Korek sięga aż do ulicy Kamieńskiego od rana.')).toContain('ulicy Kamieńskiego');
    expect(places('Xe máy bị cấm qua cầu Nhật Tân trong hai ngày.')).toContain('cầu Nhật Tân');
    expect(places('Banjir merendam rumah warga di Jalan Pasteur sejak pagi.')).toContain('Jalan Pasteur');
    expect(places('Η κυκλοφορία διακόπηκε στη λεωφόρο Αλεξάνδρας το πρωί.')).toContain('λεωφόρο Αλεξάνδρας');
    expect(places('Sabah saatlerinde Osmangazi Köprüsü üzerinde kaza oldu.')).toContain('Osmangazi Köprüsü');
  });

  it('leaves English phrases and house-numbered addresses to others', () => {
    expect(places('We will meet via Zoom and the review took place Sunday, as most Americans expected.')).toEqual([]);
    // With a house number the street is part of an address, which the address layer reads.
    expect(places('Domiciliée 14 bis avenue Victor Hugo, 33000 Bordeaux.')).not.toContain('avenue Victor Hugo');
    expect(places('Adresim Lale Sokak No:15 Daire:6, Kadıköy.')).not.toContain('Lale Sokak');
  });

  it('any text: no throw, spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('', 'la rue ', 'cầu ', ' Köprüsü'), (s, piece) => {
        const text = s + piece + s.toUpperCase();
        const out: PiiMatch[] = [];
        findKindWordPlaces(text, indexText(text).upper, out);
        for (const m of out) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
    );
  });
});
