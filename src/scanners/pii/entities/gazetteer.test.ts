import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS } from './gazetteer.generated.js';
import { SortedWords } from './gazetteer.js';

describe('SortedWords', () => {
  it('answers as a Set of its words does, in every bucket and after its cache fills', () => {
    const words = ['a', 'ab', 'abc', 'b', 'b~', 'bé', 'bü', 'z', 'zz', 'é', 'ée', 'ü', '\u{1F600}x'].sort();
    const joined = words.join('|');
    const sw = new SortedWords(joined);
    const set = new Set(words);
    const probes = [...words, ...words.map((w) => `${w}x`), ...words.map((w) => w.slice(1)), '', 'c', 'bf', 'ß', 'A', '\u{1F600}'];
    for (let round = 0; round < 3; round++) for (const p of probes) expect(sw.has(p), JSON.stringify(p)).toBe(set.has(p));
  });

  it('finds every English word of the generated list, and no word it lacks', () => {
    const list = ENGLISH_WORDS.split('|');
    const sw = new SortedWords(ENGLISH_WORDS);
    const set = new Set(list);
    // More lookups than the cache holds, so answers come from the search and from the cache.
    for (let i = 0; i < list.length; i += 3) {
      expect(sw.has(list[i]!)).toBe(true);
      const other = `${list[i]!}q`;
      expect(sw.has(other)).toBe(set.has(other));
    }
  });
});
