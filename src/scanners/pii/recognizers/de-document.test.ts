import { describe, expect, it } from 'vitest';
import { detectPii } from '../index.js';

// A German ID card or passport number (ICAO 9303 check digit, `L01X00T44` is valid): its type follows the words
// around it, which the recognizer's one shared context list decides.
const typeOf = (text: string) => detectPii(text, { entities: false }).find((m) => text.slice(m.start, m.end) === 'L01X00T44')?.type;

describe('German identity document numbers', () => {
  it('reads a passport by its word and an identity card otherwise', () => {
    expect(typeOf('Reisepass-Nr.: L01X00T44, gültig bis 2031')).toBe('PASSPORT');
    expect(typeOf('Pass L01X00T44 liegt bei')).toBe('PASSPORT');
    expect(typeOf('Personalausweis: L01X00T44')).toBe('NATIONAL_ID');
  });

  it('leaves a number whose check digit fails', () => {
    expect(detectPii('Personalausweis: L01X00T45', { entities: false }).some((m) => m.type === 'NATIONAL_ID' || m.type === 'PASSPORT')).toBe(false);
  });
});
