import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextAround, mentionedAround, mentionsAny, type ContextSource } from './context.js';

const source = (text: string): ContextSource => ({ text, lower: () => text.toLowerCase() });

/** The two-search answer `mentionedAround` must always agree with. */
const twoSearches = (text: string, start: number, end: number, words: readonly string[]) =>
  mentionsAny(contextAround(source(text), start, end), words);

/** On texts built from `alphabet`, any candidate span and any of `lists`: the same answer as two searches. */
function agreesWithTwoSearches(alphabet: string[], lists: string[][], numRuns: number): void {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }).map((parts) => parts.join('')),
      fc.nat(), fc.nat(), fc.constantFrom(...lists),
      (text, a, b, words) => {
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 20));
        expect(mentionedAround(source(text), start, end, words)).toBe(twoSearches(text, start, end, words));
      },
    ),
    { numRuns },
  );
}

describe('context words around a candidate', () => {
  it('are found before and after the candidate, never across or inside it', () => {
    const words = ['born', 'dob', 'e-mail', 'ss #'];
    const text = 'born 1980-03-12 here';
    expect(mentionedAround(source(text), 5, 15, words)).toBe(true);
    expect(mentionedAround(source('x 1980-03-12 dob'), 2, 12, words)).toBe(true);
    expect(mentionedAround(source('x 1980-03-12 y'), 2, 12, words)).toBe(false);
    // A word that runs into the candidate, or lies inside it, does not count.
    expect(mentionedAround(source('e-mail'), 1, 3, words)).toBe(false);
    expect(mentionedAround(source('ss #12'), 2, 6, words)).toBe(false);
    expect(mentionedAround(source('a born b'), 0, 8, words)).toBe(false);
    expect(mentionedAround(source('Né le 12/03/1985'), 6, 16, ['né le'])).toBe(true);
  });

  it('give the answer of a search on each side (fuzz)', () => {
    const alphabet = [...'ab #-.:0123456789 ', 'born', 'dob', 'e-mail', 'ss #', 'né le', 'İ'];
    agreesWithTwoSearches(alphabet, [['born', 'dob'], ['e-mail', 'ss #', 'a'], ['né le', ' 1'], ['.', '0-1'], []], 2000);
  });

  it('give the answer of a search on each side for words that begin with a candidate character (fuzz)', () => {
    // Spaces, digits and `-` inside candidates against words that begin with them: one search only
    // where no word can go on with the character after (`415 555` against ` is at `).
    const alphabet = [...'ab #-.:0123456789 x', ' is at ', '415 555', 'pin:', ' 1', '-a', 'call ', 'İ', 'é'];
    agreesWithTwoSearches(alphabet, [[' is at ', ' ean ', 'pin:'], ['-a', ' 1b', 'call'], ['a', ' x'], [' 1', '5 5'], ['é1', ' é']], 5000);
  });
});
