import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { OutputWriter } from './output-writer.js';

/** A slow sink with a small buffer, so backpressure comes into play. */
function slowSink(fail?: Error) {
  const chunks: string[] = [];
  let maxBuffered = 0;
  const sink = new Writable({
    highWaterMark: 256,
    decodeStrings: false,
    write(chunk: string, _enc, cb) {
      chunks.push(chunk);
      setImmediate(() => cb(fail));
    },
  });
  const watch = setInterval(() => (maxBuffered = Math.max(maxBuffered, sink.writableLength)), 0);
  return { sink, chunks, maxBuffered: () => maxBuffered, stop: () => clearInterval(watch) };
}

describe('OutputWriter', () => {
  it('writes in large pieces, in order, waiting for drain', async () => {
    const { sink, chunks, maxBuffered, stop } = slowSink();
    const writer = new OutputWriter(sink, 1000);
    const records = Array.from({ length: 2000 }, (_, i) => `record ${i}\n`);
    let waits = 0;
    for (const r of records) {
      const p = writer.add(r);
      if (p) {
        waits++;
        await p;
      }
    }
    await writer.flush();
    await new Promise<void>((resolve) => sink.end(resolve));
    stop();
    expect(chunks.join('')).toBe(records.join(''));
    // ~20 KB in pieces of at least 1000 characters: a few dozen writes, not 2000.
    expect(chunks.length).toBeLessThanOrEqual(Math.ceil(records.join('').length / 1000) + 1);
    expect(waits).toBeGreaterThan(0); // the sink's buffer filled and the writer waited
    expect(maxBuffered()).toBeLessThan(2 * 1000 + 256); // never more than one piece queued beyond the buffer
  });

  it('a write error fails the run instead of crashing or hanging', async () => {
    const { sink, stop } = slowSink(new Error('disk full'));
    const writer = new OutputWriter(sink, 10);
    const first = writer.add('x'.repeat(300)); // beyond the sink's buffer: the writer waits for drain
    await expect(first).rejects.toThrow(/cannot write the output: disk full/);
    expect(() => writer.add('more')).toThrow(/disk full/);
    stop();
  });
});
