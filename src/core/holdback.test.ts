import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKER, pieces, testGuard } from '../../test/adapters/test-guard.js';
import { RampartBlockedError } from './blocked-error.js';
import { HoldBackGuard, type HoldBackOptions } from './holdback.js';

const guard = testGuard();
const checkOutput = (text: string) => guard.checkOutput(text);

/** Feeds the pieces through a HoldBackGuard; returns what was released and how it ended. */
async function run(parts: readonly string[], options?: HoldBackOptions) {
  const hb = new HoldBackGuard(checkOutput, options);
  let released = '';
  try {
    for (const p of parts) released += await hb.push(p);
    released += await hb.finish();
    return { released, error: undefined, hb };
  } catch (error) {
    return { released, error: error as Error, hb };
  }
}

describe('HoldBackGuard', () => {
  it('releases clean text unchanged and holds back the newest characters until the end', async () => {
    const hb = new HoldBackGuard(checkOutput, { holdBackChars: 10, checkEveryChars: 5 });
    expect(await hb.push('0123456789abcdefghij')).toBe('0123456789');
    expect(await hb.push('xy')).toBe('');
    expect(await hb.finish()).toBe('abcdefghijxy');
  });

  it('stops before a marker split across chunks reaches the consumer, releasing only a prefix', async () => {
    const before = 'lorem ipsum dolor sit amet '.repeat(20);
    const full = `${before}${MARKER} and more text after it ${'z'.repeat(300)}`;
    const { released, error } = await run(pieces(full, 3));
    expect(error).toBeInstanceOf(RampartBlockedError);
    expect((error as RampartBlockedError).reason).toBe('block');
    expect(error!.message).toContain('test-marker/marker');
    expect(full.startsWith(released)).toBe(true);
    expect(released).not.toContain('FORBIDDEN');
    // Everything up to the hold-back window (plus one check interval and one chunk) got through.
    expect(released.length).toBeGreaterThanOrEqual(before.length - 64 - 80 - 3);
  });

  it('once it has failed it releases nothing more', async () => {
    const hb = new HoldBackGuard(checkOutput, { holdBackChars: 0, checkEveryChars: 1 });
    await expect(hb.push(`x ${MARKER}`)).rejects.toBeInstanceOf(RampartBlockedError);
    await expect(hb.push('harmless')).rejects.toBeInstanceOf(RampartBlockedError);
    await expect(hb.finish()).rejects.toBeInstanceOf(RampartBlockedError);
  });

  it('redacts a span that is still held back and keeps streaming', async () => {
    const full = `${'a'.repeat(100)} mail bob@example.com now ${'b'.repeat(200)}`;
    const { released, error } = await run(pieces(full, 4));
    expect(error).toBeUndefined();
    expect(released).toBe(full.replace('bob@example.com', '[EMAIL]'));
  });

  it('never cuts a redaction in half at the release boundary', async () => {
    // The boundary (26 - 10 = 16) falls inside the email at 6..21: the whole email is held.
    const hb = new HoldBackGuard(checkOutput, { holdBackChars: 10, checkEveryChars: 1 });
    const first = await hb.push('hello bob@example.com tail');
    expect(first).toBe('hello ');
    expect(first + (await hb.finish())).toBe('hello [EMAIL] tail');
  });

  it('fails closed when a redaction reaches text already released', async () => {
    const full = `Hello world, ${'c'.repeat(200)} LATE-TRIGGER ${'d'.repeat(100)}`;
    const { released, error } = await run(pieces(full, 5));
    expect(error).toBeInstanceOf(RampartBlockedError);
    expect((error as RampartBlockedError).reason).toBe('redact-after-release');
    expect(released.startsWith('Hello')).toBe(true);
    expect(released).not.toContain('LATE-TRIGGER');
  });

  it('flush releases everything held but keeps checking what comes after with it', async () => {
    const hb = new HoldBackGuard(checkOutput, { holdBackChars: 10, checkEveryChars: 1 });
    expect(await hb.push('first part, clean')).toBe('first p');
    expect(await hb.flush()).toBe('art, clean');
    // More text joins what was released: a marker split across the flush is still seen, and since
    // its start is already out, the stream is blocked.
    const split = new HoldBackGuard(checkOutput, { holdBackChars: 10, checkEveryChars: 1 });
    await split.push(`intro ${MARKER.slice(0, 8)}`);
    await split.flush();
    await expect(split.push(`${MARKER.slice(8)} and more text after it`)).rejects.toBeInstanceOf(RampartBlockedError);
    const clean = new HoldBackGuard(checkOutput, { holdBackChars: 4, checkEveryChars: 1 });
    await clean.push('abc');
    expect(await clean.flush()).toBe('abc');
    expect((await clean.push('defgh')) + (await clean.finish())).toBe('defgh');
  });

  it('does not split a surrogate pair at the boundary', async () => {
    const hb = new HoldBackGuard(checkOutput, { holdBackChars: 2, checkEveryChars: 1 });
    const out = await hb.push('ab😀c'); // boundary 3 would fall between the two halves of 😀
    expect(out).toBe('ab');
    expect(out + (await hb.finish())).toBe('ab😀c');
  });

  it('keeps the scanning cost linear: 100 000 one-character pushes scan under 12× the text', async () => {
    const hb = new HoldBackGuard(checkOutput);
    const n = 100_000;
    let released = 0;
    const words = 'the quick brown fox jumps over the lazy dog ';
    for (let i = 0; i < n; i++) released += (await hb.push(words[i % words.length]!)).length;
    released += (await hb.finish()).length;
    expect(released).toBe(n);
    expect(hb.scannedChars).toBeLessThan(12 * n);
  });

  it('rejects nonsense options', () => {
    expect(() => new HoldBackGuard(checkOutput, { holdBackChars: -1 })).toThrow(RangeError);
    expect(() => new HoldBackGuard(checkOutput, { checkEveryChars: 1.5 })).toThrow(RangeError);
  });

  it('property: for any text and chunking, released text is a prefix, never holds the marker, and is complete when clean', async () => {
    const chunk = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', 'F', 'é', '😀', '\n'), maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(chunk, { maxLength: 40 }),
        fc.option(fc.nat({ max: 40 }), { nil: undefined }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 1, max: 40 }),
        async (parts, markerAt, holdBackChars, checkEveryChars) => {
          const chunks = [...parts];
          if (markerAt !== undefined) {
            const at = Math.min(markerAt, chunks.length);
            chunks.splice(at, 0, 'FORBID', 'DEN-MA', 'RKER'); // the marker split over three chunks
          }
          const full = chunks.join('');
          const { released, error } = await run(chunks, { holdBackChars, checkEveryChars });
          expect(full.startsWith(released)).toBe(true);
          expect(released).not.toContain(MARKER);
          if (full.includes(MARKER)) expect(error).toBeInstanceOf(RampartBlockedError);
          else {
            expect(error).toBeUndefined();
            expect(released).toBe(full);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
