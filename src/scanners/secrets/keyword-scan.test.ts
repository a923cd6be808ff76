import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKeywordScan, keywordHits, markKeywords, markKeywordsIgnoringCase } from './keyword-scan.js';
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
  // The walk that folds case itself must mark the same keywords as the walk over the lower-cased text.
  const folded = new Uint8Array(keywords.length);
  const hits = keywordHits();
  expect(markKeywordsIgnoringCase(text, scan, folded, hits)).toBe(count);
  expect(keywords.filter((_, i) => folded[i] === 1)).toEqual(marked);
  // Where they occur: every occurrence, listed by its last character (ASCII case folded, as in the walk).
  const listed = new Set<string>();
  for (let h = 0; h < hits.length; h++) listed.add(`${keywords[hits.ids[h]!]}@${hits.ends[h]}`);
  const folding = text.replace(/[A-Z\u212a]/g, (c) => (c === '\u212a' ? 'k' : c.toLowerCase())).replace(/\u0130/g, 'i');
  const occurring = new Set<string>();
  keywords.forEach((k) => {
    for (let at = folding.indexOf(k); at >= 0; at = folding.indexOf(k, at + 1)) {
      if (!text.slice(at, at + k.length - 1).includes('\u0130')) occurring.add(`${k}@${at + k.length - 1}`);
    }
  });
  if (scan.classOfOther.size === 0) expect([...listed].sort()).toEqual([...occurring].sort());
  else expect(hits.length).toBe(-1);
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
    expect(found(['ik', 'ki'], '\u0130K \u0130\u212a')).toEqual([]);
    expect(found(['ik', 'ki', 'kk'], 'I\u212a \u212aI \u212a\u212a')).toEqual(['ik', 'ki', 'kk']);
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

  it('walks a long text in two halves without missing a keyword across the middle', () => {
    const longest = RULE_KEYWORDS.reduce((a, b) => (b.length > a.length ? b : a));
    const keywords = [longest, 'sk', 'key'];
    for (const size of [4 * longest.length, 4 * longest.length + 1, 300]) {
      for (let at = 0; at + longest.length <= size; at++) {
        const text = 'x'.repeat(at) + longest.toUpperCase() + 'x'.repeat(size - at - longest.length);
        expect(found(keywords, text)).toEqual(reference(keywords, text));
      }
    }
    for (let at = 0; at < 100; at++) {
      const text = 'x'.repeat(at) + 'S\u212a \u0130key' + 'x'.repeat(100 - at);
      expect(found(['sk', 'ik', 'ikey', 'key'], text)).toEqual(['sk', 'key']);
    }
  });

  it('agrees with `includes` on long random texts', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...RULE_KEYWORDS),
      fc.constantFrom(...RULE_KEYWORDS).map((k) => k.toUpperCase()),
      fc.string({ maxLength: 30 }),
      fc.constantFrom('\u0130', '\u212a', ' '),
      // A keyword whose `i` is `İ` (lower-cased, `i` and a combining dot: no match) or whose `k` is the Kelvin sign (a match).
      fc.constantFrom(...RULE_KEYWORDS.filter((k) => k.includes('i')).map((k) => k.replace('i', '\u0130'))),
      fc.constantFrom(...RULE_KEYWORDS.filter((k) => k.includes('k')).map((k) => k.replace('k', '\u212a'))),
    );
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 10, maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(found(RULE_KEYWORDS, text)).toEqual(reference(RULE_KEYWORDS, text));
      }),
      { numRuns: 500 },
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
