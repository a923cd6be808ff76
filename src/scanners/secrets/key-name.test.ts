import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyNameBefore } from './shape.js';

/** The two expressions `keyNameBefore` reads backwards instead of running them. */
function reference(before: string): string {
  const trimmed = before.replace(/(?:\\{0,3}["'`]|[\s:=>?,\]]|\[|\()*$/, '');
  return /[A-Za-z0-9_.-]*$/.exec(trimmed)?.[0] ?? '';
}

describe('keyNameBefore', () => {
  it('gives what the expressions it replaces give (fuzz)', () => {
    const pieces = fc.oneof(
      fc.constantFrom('api_key', 'auth.token', 'x-api-key', 'pass', 'é', 'ключ', '$', '/', '#'),
      fc.constantFrom('"', "'", '`', '\\', '\\\\', '\\"', '\\\\\\"', '\\\\\\\\"', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u200b'),
      fc.constantFrom(':', '=', '>', '?', ',', '[', ']', '(', ')', '{', '-', '.', '_', '0', 'Z'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const before = parts.join('');
        expect(keyNameBefore(before)).toBe(reference(before));
      }),
      { numRuns: 20000 },
    );
  });
});
