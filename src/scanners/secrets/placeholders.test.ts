import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFiller } from './placeholders.js';

/** The filler test written plainly: a run of ten, one character over 40 %, EXAMPLE, or `123-123-123`. */
function fillerReference(secret: string): boolean {
  if (secret.includes('EXAMPLE') || /(\d{3,})-\1-\1/.test(secret)) return true;
  const chars = [...secret];
  if (/(.)\1{9,}/u.test(secret)) return true;
  const counts = new Map<string, number>();
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return Math.max(0, ...counts.values()) / chars.length > 0.4;
}

describe('isFiller', () => {
  it('finds runs, a dominant character and EXAMPLE', () => {
    expect(isFiller('xxxxxxxxxxab12')).toBe(true);
    expect(isFiller('a1a2a3a4a5a6')).toBe(true);
    expect(isFiller('AKIAIOSFODNN7EXAMPLE')).toBe(true);
    expect(isFiller('aB3dE5fG7hJ9kL1mN3pQ')).toBe(false);
    expect(isFiller('\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9')).toBe(true);
    // Four in ten is not most of it, whatever came before (a run of ten stops counting early).
    expect(isFiller('xxxxxxxxxxxx')).toBe(true);
    expect(isFiller('xxxxabcdef')).toBe(false);
    expect(isFiller('xxxx\u00e9')).toBe(true);
    expect(isFiller('xxxxabcdef')).toBe(false);
  });

  it('agrees with the plain version over a sequence of calls (nothing carries over from one to the next)', () => {
    const value = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9+/_.=~-]{0,40}$/),
      fc.stringMatching(/^[ab1]{5,30}$/),
      fc.tuple(fc.constantFrom('x', '0', 'Z'), fc.integer({ min: 5, max: 14 }), fc.stringMatching(/^[A-Za-z0-9]{0,20}$/)).map(([c, n, rest]) => c.repeat(n) + rest),
      fc.tuple(fc.stringMatching(/^[a-z0-9]{0,12}$/), fc.constantFrom('\u00e9', '\u4e2d', '\u{1f511}'), fc.stringMatching(/^[a-z0-9]{0,12}$/)).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        for (const v of values) expect(isFiller(v)).toBe(fillerReference(v));
      }),
      { numRuns: 500 },
    );
  });
});
