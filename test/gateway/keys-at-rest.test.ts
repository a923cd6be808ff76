/**
 * Credentials the gateway holds: the virtual keys it issues are stored hashed, and the upstream key
 * it reads from the environment reaches the upstream but neither the audit log nor a client, even
 * when the upstream's error message echoes it. Also: an upstream 500 is not retried (only a
 * connection that never opened is).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, user, type Harness } from './harness.js';

const UPSTREAM_KEY = 'sk-upstream-test-KEY-7f3a9c1e5b2d4680aabbccdd';
const ENV = 'RAMPART_TEST_UPSTREAM_KEY';

/** Everything the gateway wrote to its data directory (the SQLite audit and key store, WAL included). */
function dataDirBytes(dir: string): string {
  return readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString('latin1')).join('\n');
}

describe('virtual keys at rest', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('stores no issued key in plain text', async () => {
    const { key } = await h.newKey({ name: 'at-rest' });
    expect((await h.chat(key, user('hello'))).statusCode).toBe(200);
    expect(key.length).toBeGreaterThan(20);
    expect(dataDirBytes(h.dir)).not.toContain(key);
  });

  it('does not retry an upstream 500', async () => {
    const { key } = await h.newKey({ name: 'retry' });
    const before = h.upstream.calls.length;
    const res = await h.chat(key, user('hi', 'fault-500'));
    expect(res.statusCode).toBe(502);
    expect(h.upstream.calls.length - before).toBe(1);
  });
});

describe('upstream key from the environment', () => {
  let h: Harness;
  let server: http.Server;
  const seen: Array<string | undefined> = [];

  beforeAll(async () => {
    // An upstream that records the authorization it gets, and fails half the time (an error the
    // gateway turns into its own error body).
    server = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      req.resume();
      req.on('end', () => {
        if (seen.length % 2 === 0) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: `bad request for ${req.headers.authorization}` } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'c1', object: 'chat.completion', model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env[ENV] = UPSTREAM_KEY;
    const { port } = server.address() as AddressInfo;
    h = await startHarness({ upstreams: { fake: { baseUrl: `http://127.0.0.1:${port}/v1`, apiKeyEnv: ENV, timeoutMs: 2000 } } });
  });
  afterAll(async () => {
    await h.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    delete process.env[ENV];
  });

  it('sends it to the upstream and to nobody else', async () => {
    const { key } = await h.newKey();
    const ok = await h.chat(key, user('hello'));
    const failed = await h.chat(key, user('hello again'));
    expect(ok.statusCode).toBe(200);
    expect(failed.statusCode).toBe(502);
    expect(seen).toEqual([`Bearer ${UPSTREAM_KEY}`, `Bearer ${UPSTREAM_KEY}`]);
    // Not in what the client gets back, even when the upstream's error text holds it.
    expect(ok.body + failed.body + JSON.stringify(ok.headers) + JSON.stringify(failed.headers)).not.toContain(UPSTREAM_KEY);
    // The provider's explanation still reaches the client, without the credential.
    expect((failed.json() as { error: { message: string } }).error.message).toContain('bad request for Bearer [REDACTED]');
    // Not in the audit log.
    expect(dataDirBytes(h.dir)).not.toContain(UPSTREAM_KEY);
  });
});
