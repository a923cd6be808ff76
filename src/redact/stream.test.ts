import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamRedactor } from './stream.js';

const CARD = '4111 1111 1111 1111';
const KEY = `ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'}`;
const WORDS = ['hello', 'the', 'model', 'says', 'ok', 'number', 'data', 'value', '\n', 'x'];

/** Splits `text` at the given cut points (fast-check supplies them). */
function chunk(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const parts: string[] = [];
  let prev = 0;
  for (const p of points) {
    parts.push(text.slice(prev, p));
    prev = p;
  }
  parts.push(text.slice(prev));
  return parts;
}

describe('StreamRedactor', () => {
  it('never emits a card or key split across chunks, and keeps the rest (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.integer({ min: 8, max: 300 }),
        (words, cardAt, keyAt, cuts, holdBack) => {
          const w = [...words];
          w.splice(cardAt % (w.length + 1), 0, `card ${CARD}`);
          w.splice(keyAt % (w.length + 1), 0, `token ${KEY}`);
          const text = w.join(' ');
          const r = new StreamRedactor({ holdBack: Math.max(holdBack, 40) });
          let out = '';
          for (const part of chunk(text, cuts)) {
            const emitted = r.push(part);
            out += emitted;
            // Nothing emitted so far may hold a fragment long enough to be the secret's start.
            expect(out).not.toContain('4111 1111 1111');
            expect(out).not.toContain(KEY.slice(0, 12));
          }
          out += r.end();
          expect(out).not.toContain(CARD);
          expect(out).not.toContain(KEY);
          expect(out).toContain('[CREDIT_CARD]');
          expect(out).toContain('[GITHUB_PAT]');
          expect(out.replace('[CREDIT_CARD]', '').replace('[GITHUB_PAT]', '')).toBe(text.replace(CARD, '').replace(KEY, ''));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('replaces a span that ends right before punctuation once, whatever the chunking', () => {
    const block = 'Baker Street, London, United Kingdom';
    // A detector that sees the block whenever it is whole in the text it is given.
    const detect = (t: string) => {
      const at = t.indexOf(block);
      return at < 0 ? [] : [{ kind: 'ADDRESS', start: at, end: at + block.length }];
    };
    const text = `${'Some words before it. '.repeat(6)}Ship to ${block}. ${'And some words after. '.repeat(6)}`;
    for (const size of [1, 2, 3, 7, 50]) {
      const r = new StreamRedactor({ detect, holdBack: 48, contextChars: 64 });
      let out = '';
      for (let i = 0; i < text.length; i += size) out += r.push(text.slice(i, i + size));
      out += r.end();
      expect(out, `chunks of ${size}`).toBe(text.replace(block, '[ADDRESS]'));
    }
  });

  it('holds an opened private-key block until it ends', () => {
    const r = new StreamRedactor({ holdBack: 16 });
    let out = r.push(`intro text here ${'filler '.repeat(20)}-----BEGIN RSA PRIVATE KEY-----\n`);
    for (let i = 0; i < 10; i++) out += r.push(`${'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB'}\n`);
    expect(out).not.toContain('MIIEow');
    out += r.push('-----END RSA PRIVATE KEY-----\nbye');
    out += r.end();
    expect(out).not.toContain('MIIEow');
    expect(out).toContain('[PRIVATE_KEY]');
    expect(out).toContain('bye');
  });

  it('withholds an endless token rather than emitting it (fail closed)', () => {
    const r = new StreamRedactor({ holdBack: 16, maxHold: 64 });
    let out = '';
    for (let i = 0; i < 20; i++) out += r.push('Zx9Qw8Er7Ty6Ui5O');
    out += r.end();
    expect(out).toContain('[WITHHELD]');
    expect(out).not.toContain('Zx9Qw8Er7Ty6Ui5OZx9Qw8Er7Ty6Ui5O');
  });
});
