import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuard } from '../../index.js';
import { parseVerdict } from './guardian.js';

/** A stand-in for the guardian model: judges by a marker word, or misbehaves on request. */
let calls = 0;
let lastAuth: string | undefined;
let lastUserMessage = '';
let server: Server;
let base = '';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    calls++;
    lastAuth = req.headers.authorization;
    const body = JSON.parse(await readBody(req)) as { messages: Array<{ role: string; content: string }> };
    lastUserMessage = body.messages.find((m) => m.role === 'user')!.content;
    const reply = (content: string) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
    };
    if (lastUserMessage.includes('SLOW')) return void setTimeout(() => reply('{"injection": false}'), 2_000);
    if (lastUserMessage.includes('GARBLE')) return reply('Sure! I think it is probably fine.');
    if (lastUserMessage.includes('HTTP500')) {
      res.statusCode = 500;
      return void res.end('oops');
    }
    if (lastUserMessage.includes('EVIL')) return reply('```json\n{"injection": true, "confidence": 0.93, "category": "goal hijack"}\n```');
    return reply('{"injection": false, "confidence": 0.02, "category": "none"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function guardianGuard(extra: Record<string, unknown> = {}, timeoutMs = 5_000) {
  return createGuard({
    version: 1,
    input: {
      scanners: {
        injection: {
          timeoutMs,
          options: {
            layers: { heuristics: false, classifier: false, guardian: true },
            guardian: { url: base, model: 'judge-1', apiKeyEnv: 'RAMPART_TEST_GUARDIAN_KEY', ...extra },
          },
        },
      },
    },
  });
}

describe('guardian LLM layer', () => {
  it('blocks what the guardian calls an injection, and sends the key from the environment', async () => {
    process.env.RAMPART_TEST_GUARDIAN_KEY = 'guardian-secret';
    const d = await guardianGuard().checkInput('Please help. EVIL instructions follow here.');
    expect(d.action).toBe('block');
    expect(d.findings[0]).toMatchObject({ scanner: 'injection', kind: 'guardian', score: 0.93 });
    expect(d.findings[0]!.detail).toEqual({ layer: 'guardian', category: 'goal hijack' });
    expect(lastAuth).toBe('Bearer guardian-secret');
    // The text travels inside unpredictable boundary markers.
    expect(lastUserMessage).toMatch(/^<<DATA-[0-9a-f]{24}>>\n/);
  });

  it('allows what the guardian calls benign', async () => {
    const d = await guardianGuard().checkInput('What is the tallest mountain in Europe?');
    expect(d.action).toBe('allow');
    expect(d.findings).toEqual([]);
  });

  it('caches verdicts by text hash: the same text does not call the endpoint twice', async () => {
    const guard = guardianGuard();
    const text = `A unique benign text ${Date.now()}`;
    const before = calls;
    await guard.checkInput(text);
    await guard.checkInput(text);
    expect(calls - before).toBe(1);
  });

  it('calls once per text, not once per decoded view', async () => {
    const before = calls;
    await guardianGuard().checkInput(`x ${Buffer.from('hello there my friend, how are you').toString('base64')} ${Date.now()}`);
    expect(calls - before).toBe(1);
  });

  it('fails closed on an answer that is not the JSON verdict, on HTTP errors and on timeouts', async () => {
    for (const text of [`GARBLE ${Date.now()}`, `HTTP500 ${Date.now()}`]) {
      const d = await guardianGuard().checkInput(text);
      expect(d.action).toBe('block');
      expect(d.errors[0]!.scanner).toBe('injection');
      expect(d.errors[0]!.message).not.toContain(text);
    }
    const slow = await guardianGuard({ timeoutMs: 200 }).checkInput(`SLOW ${Date.now()}`);
    expect(slow.action).toBe('block');
    expect(slow.errors[0]!.message).toMatch(/timed out/);
  });

  it('fails open only when the policy says so, and marks the decision degraded', async () => {
    const guard = createGuard({
      version: 1,
      input: { scanners: { injection: { onError: 'flag', options: { layers: { heuristics: false, classifier: false, guardian: true }, guardian: { url: base, model: 'm' } } } } },
    });
    const d = await guard.checkInput(`GARBLE ${Date.now()}`);
    expect(d.action).toBe('flag');
    expect(d.degraded).toBe(true);
  });

  it('rejects missing or bad settings with a clear error (which blocks)', async () => {
    const guard = createGuard({ version: 1, input: { scanners: { injection: { options: { layers: { guardian: true }, guardian: { model: 'm' } } } } } });
    const d = await guard.checkInput('hello there, this is a normal sentence');
    expect(d.action).toBe('block');
    expect(d.errors[0]!.message).toMatch(/options\.guardian\.url/);
  });

  it('parses only the verdict it asked for', () => {
    expect(parseVerdict('{"injection": true, "confidence": 7}')).toMatchObject({ injection: true, confidence: 1 });
    expect(parseVerdict('noise {"injection": false} noise').injection).toBe(false);
    expect(() => parseVerdict('{"injection": "yes"}')).toThrow(/boolean/);
    expect(() => parseVerdict('no json here')).toThrow();
  });
});
