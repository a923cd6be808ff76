import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../core/guard.js';
import { ScannerRegistry } from '../core/registry.js';
import type { RawFinding } from '../core/types.js';
import { StreamOutputGuard } from './stream-guard.js';

const registry = new ScannerRegistry()
  .register({
    id: 'word',
    directions: ['output'],
    input: 'original',
    scan: (text) => [...text.matchAll(/BADWORD/g)].map((m): RawFinding => ({ kind: 'bad', score: 1, start: m.index, end: m.index + 7 })),
  })
  .register({
    id: 'secret',
    directions: ['output'],
    input: 'original',
    scan: (text) => [...text.matchAll(/SK-[0-9]{6}/g)].map((m): RawFinding => ({ kind: 'KEY', score: 1, start: m.index, end: m.index + m[0].length })),
  });
const guard = createGuard({ version: 1, output: { scanners: { word: { action: 'block' }, secret: { action: 'redact' } } } }, { registry });

async function run(text: string, sizes: number[], holdBack = 32) {
  const g = new StreamOutputGuard(guard, {}, holdBack, 8);
  let out = '';
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const n = Math.max(1, sizes[k++ % Math.max(1, sizes.length)] ?? 5);
    const v = await g.push(0, text.slice(i, i + n));
    i += n;
    if (!v.ok) return { out, blocked: true };
    out += v.release;
  }
  const v = await g.finish(0);
  if (!v.ok) return { out, blocked: true };
  return { out: out + v.release, blocked: false };
}

describe('StreamOutputGuard', () => {
  it('releases exactly the redacted text, however the stream is chunked (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('lorem ', 'ipsum ', 'SK-123456 ', 'dolor ', 'x'), { maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 8 }), async (words, sizes) => {
          const text = words.join('');
          const r = await run(text, sizes);
          expect(r.blocked).toBe(false);
          expect(r.out).toBe(text.replaceAll('SK-123456', '[KEY]'));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never releases any part of a blocked word (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }).map((s) => s.replace(/[BS]/g, 'b')), fc.nat(200), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), async (filler, at, sizes) => {
          const pos = at % (filler.length + 1);
          const text = `${filler.slice(0, pos)}BADWORD${filler.slice(pos)}`;
          const r = await run(text, sizes);
          expect(r.blocked).toBe(true);
          expect(r.out).not.toContain('BADW');
          expect(text.startsWith(r.out)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
