import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { charClass, forEachNgram, unseenShare } from './char-ngrams.js';

describe('char-ngrams: the share of a stretch of text no benign text holds', () => {
  it('folds digits, white space and non-ASCII into one class each, and keeps case and punctuation', () => {
    expect(charClass('7'.charCodeAt(0))).toBe(charClass('0'.charCodeAt(0)));
    expect(charClass('\t'.charCodeAt(0))).toBe(charClass(' '.charCodeAt(0)));
    expect(charClass('é'.charCodeAt(0))).toBe(charClass('字'.charCodeAt(0)));
    expect(charClass('a'.charCodeAt(0))).not.toBe(charClass('A'.charCodeAt(0)));
    expect(charClass('('.charCodeAt(0))).not.toBe(charClass('['.charCodeAt(0)));
  });

  it('reads one 4-gram per character after the third, a run of white space counting as one space', () => {
    const keys: number[] = [];
    forEachNgram('ab   cd', 0, 7, (key) => keys.push(key));
    // "ab cd" after folding: 5 characters, 2 grams.
    expect(keys).toHaveLength(2);
    const again: number[] = [];
    forEachNgram('ab cd', 0, 5, (key) => again.push(key));
    expect(again).toEqual(keys);
  });

  it('finds plain English mostly seen and optimized token salad mostly unseen', () => {
    const english = 'Please write a short summary of the quarterly report for the board meeting next week.';
    const salad = 'plusQuick veggieSure ?>ahora zusammen]( outlineComma wbx Hierzu`), sentenceAs::mitFormat';
    expect(unseenShare(english, 0, english.length)).toBeLessThan(0.1);
    expect(unseenShare(salad, 0, salad.length)).toBeGreaterThan(0.25);
  });

  it('is a share in [0, 1] for any text and range, and 0 for a range too short to hold a 4-gram', () => {
    expect(unseenShare('abc', 0, 3)).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.min(text.length, from + (Math.max(a, b) % 300));
        const share = unseenShare(text, from, to);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
