import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { positiveCases } from '../../../test/secrets/fixtures.js';
import { detectSecrets } from './detect.js';
import { SECRET_RULES, type SecretRule } from './rules.js';

/** Texts full of key names, near misses and assignments, so that the generic rules match often. */
function assignments(): fc.Arbitrary<string> {
  const cases = positiveCases();
  const piece = fc.oneof(
    fc.constantFrom('public', 'csrf', 'XSRF', 'next', 'page', 'sync', 'continuation', 'my', 'AWS', 'client', 'Private', 'access', 'api'),
    fc.constantFrom('_', '-', '', '.', ' ', '\\', '/', '\n', '\u0130', '\u212a', '\u00e9'),
    fc.constantFrom('api_key', 'apikey', 'API-KEY', 'secret', 'Secret_Key', 'access_token', 'AccessToken', 'auth_token', 'client_secret', 'private_key', 'privatekey', 'TOKEN', 'credentials', 'Auth', 'key', 'password'),
    fc.constantFrom('_name', '_id', 'ttl', '_expires', 'Len', '_prod', '2', '_value', ''),
    fc.constantFrom('"', "'", '`', '\\"', '""', ' ', '\t'),
    fc.constantFrom('=', ':', ':=', '?=', '=>', ' = ', ': '),
    fc.stringMatching(/^[A-Za-z0-9+/_.=~-]{10,40}$/),
    fc.constantFrom(...cases.map((c) => c.text)),
  );
  return fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
}

const promising = SECRET_RULES.filter((r) => r.startsNearKeyword !== undefined);

describe('rules tried only near their keywords (startsNearKeyword)', () => {
  it('are some, and each match of theirs has a keyword where the rule says', () => {
    expect(promising.length).toBeGreaterThan(0);
    let matches = 0;
    fc.assert(
      fc.property(assignments(), (text) => {
        for (const r of promising) {
          const re = new RegExp(r.pattern.source, r.pattern.flags);
          for (const m of text.matchAll(re)) {
            matches++;
            const near = text.slice(m.index, m.index + r.startsNearKeyword! + 30).replace(/[A-Z]/g, (c) => c.toLowerCase());
            expect(r.keywords.some((k) => near.indexOf(k) >= 0 && near.indexOf(k) <= r.startsNearKeyword!)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
    expect(matches).toBeGreaterThan(100);
  });

  it('give the findings the rules give when they search the whole text', () => {
    const searching: SecretRule[] = SECRET_RULES.map((r) => ({ ...r, startsNearKeyword: undefined }));
    let found = 0;
    fc.assert(
      fc.property(assignments(), (text) => {
        const expected = detectSecrets(text, searching);
        found += expected.length;
        expect(detectSecrets(text)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
    expect(found).toBeGreaterThan(100);
  });
});
