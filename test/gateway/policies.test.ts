import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateGatewayConfig } from '../../src/gateway/config.js';
import { openSqliteKeyStore } from '../../src/gateway/keys.js';
import { ADMIN, says, sseEvents, startHarness, testRegistry, user, type Harness } from './harness.js';

/** Per-key policies: a key runs under a named policy, with its own guard and its own rule for what the audit log keeps. */
let h: Harness;
let strictFile: string;

async function lastRequestEvent(): Promise<Record<string, unknown>> {
  await h.gw.context.audit.flush();
  const records = await h.gw.context.audit.store.readRecords(0, 1_000_000);
  const bodies = records.map((r) => JSON.parse(r.body) as Record<string, unknown>).filter((b) => b.type === 'request');
  return bodies.at(-1)!;
}

beforeAll(async () => {
  h = await startHarness({}, { registry: testRegistry });
  strictFile = join(h.dir, 'strict.yaml');
  // The test scanners: the strict policy blocks what the default policy only redacts.
  writeFileSync(strictFile, 'version: 1\ninput:\n  scanners:\n    forbid: { action: block }\n    mask: { action: block }\noutput:\n  scanners:\n    forbid: { action: block }\n    mask: { action: block }\n');
  h.gw.reload(
    validateGatewayConfig({
      upstreams: { fake: { baseUrl: h.upstream.url, timeoutMs: 2000 } },
      routes: [{ model: '*', upstream: 'fake' }],
      audit: { sqlite: h.dbPath, keyPath: join(h.dir, 'audit.key') },
      server: { adminToken: ADMIN },
      policies: { strict: { file: strictFile }, keeper: { auditContent: 'redacted' } },
    }),
  );
});
afterAll(async () => h.close());

describe('per-key policies', () => {
  it('runs each key under its own policy', async () => {
    const plain = await h.newKey({ name: 'plain' });
    const strict = await h.newKey({ name: 'strict', policy: 'strict' });
    const relaxed = await h.chat(plain.key, user('token XSECRETX-1 please say:ok'));
    expect(relaxed.statusCode).toBe(200);
    const refused = await h.chat(strict.key, user('token XSECRETX-1 please say:ok'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('rampart_input_blocked');
    expect(await lastRequestEvent()).toMatchObject({ keyId: strict.id, policy: 'strict', action: 'block' });
    // Output too: the default policy redacts the answer, the strict one blocks it.
    expect((await h.chat(plain.key, user(says('here XSECRETX-2')))).json().choices[0].message.content).toBe('here [TEST_SECRET]');
    expect((await h.chat(strict.key, user(says('here XSECRETX-2')))).json().error.code).toBe('rampart_output_blocked');
  });

  it('refuses to create a key with a policy the config does not have', async () => {
    const res = await h.gw.app.inject({ method: 'POST', url: '/admin/keys', headers: { authorization: `Bearer ${ADMIN}` }, payload: { name: 'x', policy: 'nope' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('keeper');
  });

  it('fails closed when a key\'s policy disappears from the config', async () => {
    const key = await h.newKey({ name: 'orphan', policy: 'strict' });
    const before = h.gw.context.runtime.config;
    h.gw.reload(validateGatewayConfig({ ...before, policies: { keeper: { auditContent: 'redacted' } } }));
    const calls = h.upstream.calls.length;
    try {
      const res = await h.chat(key.key, user('say:hi'));
      expect(res.statusCode).toBe(503);
      expect(res.json().error.code).toBe('rampart_policy_unavailable');
      expect(h.upstream.calls.length).toBe(calls);
    } finally {
      h.gw.reload(before);
    }
  });
});

describe('prompt and answer in the audit log', () => {
  const prompt = 'say:done. Write to alice.cooper@example.com about card 4111 1111 1111 1111.';

  it('keeps nothing but hashes by default', async () => {
    const key = await h.newKey({ name: 'plain' });
    expect((await h.chat(key.key, user(prompt))).statusCode).toBe(200);
    const event = await lastRequestEvent();
    expect(event.content).toBeUndefined();
    expect(event.requestSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event)).not.toContain('alice.cooper');
  });

  it('keeps the redacted prompt and answer when the key\'s policy says so', async () => {
    const key = await h.newKey({ name: 'keeper', policy: 'keeper' });
    const res = await h.chat(key.key, user(prompt));
    expect(res.statusCode).toBe(200);
    const event = await lastRequestEvent();
    const content = event.content as { messages: Array<{ role: string; text: string }>; answer: string };
    expect(content.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(content.messages[1]!.text).toContain('[EMAIL]');
    expect(content.messages[1]!.text).toContain('[CREDIT_CARD]');
    expect(content.answer).toBe('done. Write to [EMAIL] about card [CREDIT_CARD].');
    const raw = JSON.stringify(event);
    expect(raw).not.toContain('alice.cooper@example.com');
    expect(raw).not.toContain('4111 1111 1111 1111');
  });

  it('keeps what a stream sent, after the output guard', async () => {
    const key = await h.newKey({ name: 'keeper-stream', policy: 'keeper' });
    await h.gw.app.listen({ port: 0, host: '127.0.0.1' });
    const address = h.gw.app.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${address.port}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.key}`, 'content-type': 'application/json' },
      body: JSON.stringify(user(says('the code is XSECRETX-77 ok'), 'fake-1', { stream: true })),
    });
    expect(sseEvents(await res.text()).at(-1)!.data).toBe('[DONE]');
    const event = await lastRequestEvent();
    expect((event.content as { answer: string }).answer).toBe('the code is [TEST_SECRET] ok');
  });
});

describe('key store migration', () => {
  it('adds the policy column to a keys table made before keys had policies', async () => {
    const path = join(h.dir, 'old-keys.db');
    const db = new Database(path);
    db.exec(`CREATE TABLE rampart_keys (id TEXT PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, models TEXT, tools TEXT,
      rpm INTEGER, tpm INTEGER, expires_at INTEGER, created_at INTEGER NOT NULL, revoked_at INTEGER)`);
    db.close();
    const store = openSqliteKeyStore(path);
    const { key } = await store.create({ name: 'new', policy: 'strict' });
    expect((await store.lookup(key))?.policy).toBe('strict');
    await store.close();
  });
});
