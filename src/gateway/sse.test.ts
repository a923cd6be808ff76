import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseParseError, SseReader, formatSse } from './sse.js';

describe('SseReader', () => {
  it('reads events split at any byte boundary, including inside multi-byte characters', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ')), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (datas, cuts) => {
        const wire = Buffer.from(datas.map((d) => formatSse(d)).join(''));
        const points = [...new Set(cuts.map((c) => c % (wire.length + 1)))].sort((a, b) => a - b);
        const reader = new SseReader();
        const got: string[] = [];
        let prev = 0;
        for (const p of [...points, wire.length]) {
          for (const e of reader.push(wire.subarray(prev, p))) got.push(e.data);
          prev = p;
        }
        expect(got).toEqual(datas);
      }),
      { numRuns: 200 },
    );
  });

  it('handles event names, comments, CRLF and multi-line data', () => {
    const r = new SseReader();
    expect(r.push(': ping\r\n\r\nevent: error\r\ndata: a\r\ndata: b\r\n\r\ndata:c\n\n')).toEqual([{ event: 'error', data: 'a\nb' }, { data: 'c' }]);
  });

  it('refuses an event larger than its limit', () => {
    const r = new SseReader(100);
    expect(() => r.push(`data: ${'x'.repeat(200)}`)).toThrow(SseParseError);
  });

  it('never throws on arbitrary bytes other than the size limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 500 }), (bytes) => {
        const r = new SseReader();
        for (const e of r.push(bytes)) expect(typeof e.data).toBe('string');
      }),
    );
  });
});
