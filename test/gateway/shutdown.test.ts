import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/audit/index.js';
import { createGuard, type Guard } from '../../src/core/guard.js';
import { startHarness, testPolicy, testRegistry, user, type Harness } from './harness.js';

describe('gateway shutdown', () => {
  let h: Harness;
  beforeAll(async () => {
    // An upstream timeout far longer than the test: only the shutdown deadline can end the request.
    h = await startHarness({}, {}, { gatewayTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await h.upstream.close();
  });

  it('cuts requests still waiting on a hung upstream after the grace period; each gets an error and an audit event', async () => {
    const { key } = await h.newKey();
    const address = await h.gw.app.listen({ port: 0, host: '127.0.0.1' });
    const calls = h.upstream.calls.length;
    const pending = fetch(`${address}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(user('hello', 'fault-timeout')),
    });
    while (h.upstream.calls.length === calls) await new Promise((r) => setTimeout(r, 5));
    await h.gw.close(100);
    const res = await pending;
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rampart_shutting_down');
    const store = openSqliteStore(h.dbPath, { readonly: true });
    const last = JSON.parse((await store.readRecords(0, 1000)).at(-1)!.body) as Record<string, unknown>;
    expect(last).toMatchObject({ type: 'request', model: 'fault-timeout', status: 503, error: 'rampart_shutting_down', action: 'error' });
    await store.close();
  });

  it('closes a connection whose request never finishes arriving, shortly after the grace period', async () => {
    const g = await startHarness();
    const { key } = await g.newKey();
    const address = new URL(await g.gw.app.listen({ port: 0, host: '127.0.0.1' }));
    const socket = net.connect(Number(address.port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.resume(); // read whatever comes, so the socket's end is seen
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // Headers announce 200 bytes of body; 9 arrive and the rest never does.
    socket.write(`POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\nauthorization: Bearer ${key}\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n{"model":`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the gateway is now reading that body
    await g.gw.close(100); // would wait for the client forever
    await closed;
    await g.upstream.close();
  });

  it('waits for a handler whose connection was closed under it, so its audit event is written', async () => {
    // An output check that outlasts the grace period and the last-resort close of connections.
    const inner = createGuard(testPolicy, { registry: testRegistry });
    let slow = false;
    const guard: Guard = {
      ...inner,
      policy: inner.policy,
      checkInput: (input, ctx) => inner.checkInput(input, ctx),
      checkToolCall: (input, ctx) => inner.checkToolCall(input, ctx),
      check: (direction, text, ctx) => inner.check(direction, text, ctx),
      async checkOutput(text, ctx) {
        if (slow) await new Promise((resolve) => setTimeout(resolve, 1500));
        return inner.checkOutput(text, ctx);
      },
    };
    const g = await startHarness({}, { guard });
    const { key } = await g.newKey();
    const address = await g.gw.app.listen({ port: 0, host: '127.0.0.1' });
    slow = true;
    const answered = fetch(`${address}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(user('say:hello there')),
    }).then(
      (res) => res.status,
      () => 'connection closed',
    );
    while (g.upstream.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await g.gw.close(100);
    await answered;
    const store = openSqliteStore(g.dbPath, { readonly: true });
    const events = (await store.readRecords(0, 1000)).map((r) => JSON.parse(r.body) as { type: string; model?: string });
    expect(events.filter((e) => e.type === 'request')).toHaveLength(1);
    await store.close();
    await g.upstream.close();
  });
});
