import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeywordScan, markKeywords } from './keyword-scan.js';
import { SECRET_RULES } from './rules.js';

/** The reference: every keyword that `includes` finds in the lower-cased text. */
const reference = (keywords: readonly string[], text: string) => keywords.filter((k) => text.toLowerCase().includes(k));

const compiled = new Map<readonly string[], ReturnType<typeof compileKeywordScan>>();

function found(keywords: readonly string[], text: string): string[] {
  const flags = new Uint8Array(keywords.length);
  let scan = compiled.get(keywords);
  if (!scan) compiled.set(keywords, (scan = compileKeywordScan(keywords)));
  const count = markKeywords(text.toLowerCase(), scan, flags);
  const marked = keywords.filter((_, i) => flags[i] === 1);
  expect(count).toBe(marked.length);
  return marked;
}

const RULE_KEYWORDS = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))];

describe('keyword scan', () => {
  it('finds overlapping keywords, keywords inside keywords and keywords at the ends', () => {
    const keywords = ['sk', 'sk-proj-', 'proj', 'he', 'she', 'hers', 'his', 'token', 'oke'];
    expect(found(keywords, 'ushers')).toEqual(reference(keywords, 'ushers'));
    expect(found(keywords, 'ushers')).toEqual(['he', 'she', 'hers']);
    expect(found(keywords, 'SK-PROJ-x')).toEqual(['sk', 'sk-proj-', 'proj']);
    expect(found(keywords, 'tokeN')).toEqual(['token', 'oke']);
    expect(found(keywords, 'tok\u00e9n oke')).toEqual(['oke']);
    expect(found(keywords, '')).toEqual([]);
  });

  it('matches what lower-casing gives for the non-ASCII letters that lower-case to ASCII', () => {
    // The Kelvin sign lower-cases to `k`; `İ` to `i` and a combining dot, which ends a match.
    expect(found(['sk', 'ki', 'api'], '\u212a \u0053\u212a')).toEqual(['sk']);
    expect(found(['sk', 'ki', 'api'], 'AP\u0130 K\u0130')).toEqual(['ki', 'api']);
    expect(found(['api_key'], 'AP\u0130_KEY')).toEqual([]);
  });

  it('agrees with `includes` on the rule keywords over random texts', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...RULE_KEYWORDS),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.toUpperCase()),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.slice(0, Math.max(1, k.length - 1))),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('\u0130', '\u212a', '\u00df', ' ', '_', '-', '.', '='),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(found(RULE_KEYWORDS, text)).toEqual(reference(RULE_KEYWORDS, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes keywords of any characters and refuses an empty one', () => {
    const keywords = ['\u00e9t\u00e9', 'stra\u00dfe', 'Upper', '\u{1f511}key'];
    for (const text of ['\u00c9T\u00c9 Stra\u00dfe', 'upper UPPER', 'a \u{1f511}KEY', '\u00e9t\u00e8']) {
      expect(found(keywords, text)).toEqual(reference(keywords, text));
    }
    expect(found(keywords, '\u00c9t\u00e9 \u{1f511}key')).toEqual(['\u00e9t\u00e9', '\u{1f511}key']);
    expect(() => compileKeywordScan(['token', ''])).toThrow(/empty/);
  });
});
