import { describe, expect, it, vi } from 'vitest';
import { detectPii } from '../index.js';
import { CAP_RUN } from './names-places.js';

/**
 * Texts of one capitalised shape repeated: before, the name layer read each as one run and read it
 * again from every cut, and tried a firm name from every capital of a word: 420 KB of "Mr " took
 * about 80 s, 200,000 capitals in a row over two minutes. They now take well under a second; the
 * 30 s limit of each test is a liveness bound, a hundred times that, not a speed target.
 */
describe('long runs of capitalised words', () => {
  const shapes: Record<string, string> = {
    'titles': 'Mr '.repeat(140_000),
    'initials': 'A. '.repeat(140_000),
    'capitals': 'A'.repeat(200_000),
    'capital words': 'AB CD EF GH '.repeat(20_000),
    'firm-like words': 'Smith-'.repeat(35_000),
  };

  for (const [name, text] of Object.entries(shapes)) {
    it(`${name}: completes, the run expression reading the text a few times`, () => {
      let read = 0;
      const exec = vi.spyOn(CAP_RUN, 'exec').mockImplementation(function (this: RegExp, s: string) {
        const m = RegExp.prototype.exec.call(this, s);
        if (m) read += m[0].length;
        return m;
      });
      try {
        detectPii(text);
      } finally {
        exec.mockRestore();
      }
      // A few passes over the text (the budget count, the name layer), not one per cut.
      expect(read).toBeLessThanOrEqual(4 * text.length);
    }, 30_000);
  }
});
