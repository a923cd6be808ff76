import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consistentSeparators, digitsOf } from './recognizer.js';

/** The definitions the loops in recognizer.ts replace, kept here as the reference. */
const referenceDigits = (s: string) => s.replace(/\D+/g, '');
function referenceConsistent(s: string): boolean {
  const seps = s.replace(/[0-9A-Za-z]+/g, '');
  return seps.length === 0 || [...seps].every((c) => c === seps[0]);
}

const values = fc.array(
  fc.oneof(fc.constantFrom(...'0123456789 -./aZ'), fc.constantFrom('\u00a0', '\u{1f600}', '\ud83d', '\ude00', '\u0660'), fc.string({ maxLength: 2 })),
  { maxLength: 24 },
).map((parts) => parts.join(''));

describe('value helpers', () => {
  it('digitsOf keeps the digits only, as a replace of the rest would', () => {
    expect(digitsOf('4111 1111-1111.1111')).toBe('4111111111111111');
    expect(digitsOf('078051121')).toBe('078051121');
    fc.assert(fc.property(values, (v) => {
      expect(digitsOf(v)).toBe(referenceDigits(v));
    }), { numRuns: 3000 });
  });

  it('consistentSeparators wants one separator character throughout, counting a two-unit character as mixed', () => {
    expect(consistentSeparators('4111 1111 1111 1111')).toBe(true);
    expect(consistentSeparators('4111-1111 1111.1111')).toBe(false);
    expect(consistentSeparators('4111\u{1f600}1111')).toBe(false);
    fc.assert(fc.property(values, (v) => {
      expect(consistentSeparators(v)).toBe(referenceConsistent(v));
    }), { numRuns: 3000 });
  });
});
