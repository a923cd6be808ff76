/**
 * Gateway behaviours that were implemented but had no test: the admin key listing, the audit of
 * kill-switch changes, per-address and streamed-token limits, extraction throttling, the tool scope
 * on a streamed tool call, the limit and upstream-latency metrics, config reload on a file change,
 * and the asynchronous audit mode.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/gateway/keys.js';
import { eventually, spawnServe } from './cli-process.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';
import { ADMIN, sseEvents, startHarness, user, type Harness } from './harness.js';

type Json = Record<string, unknown>;

/** Every audit event in the SQLite file, read through a connection of its own (what is on disk). */
function auditEventsOnDisk(dbPath: string): Json[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT body FROM audit_events ORDER BY seq').all() as Array<{ body: string }>).map((r) => JSON.parse(r.body) as Json);
  } finally {
    db.close();
  }
}

/** An admin call; `token: null` sends no Authorization header. */
const admin = (h: Harness, method: 'GET' | 'POST', url: string, payload?: unknown, token: string | null = ADMIN) =>
  h.gw.app.inject({ method, url, headers: token === null ? {} : { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload: payload as Json } : {}) });

describe('GET /admin/keys', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.close());

  it('lists created keys by id and name, never their secret or its hash', async () => {
    const a = await h.newKey({ name: 'alpha', rpm: 7 });
    const b = await h.newKey({ name: 'beta', models: ['fake-1'] });
    const res = await admin(h, 'GET', '/admin/keys');
    expect(res.statusCode).toBe(200);
    const data = res.json().data as Json[];
    expect(data).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: a.id, name: 'alpha', rpm: 7, revokedAt: null }),
      expect.objectContaining({ id: b.id, name: 'beta', models: ['fake-1'] }),
    ]));
    // Only a SHA-256 of each key is stored; neither the key nor that hash may leave through the API.
    for (const k of [a, b]) {
      expect(res.body).not.toContain(k.key);
      expect(res.body).not.toContain(hashKey(k.key));
    }
    for (const row of data) expect(Object.keys(row)).not.toEqual(expect.arrayContaining(['hash']));
  });

  it('needs the admin token (401 without it or with a wrong one)', async () => {
    const none = await admin(h, 'GET', '/admin/keys', undefined, null);
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('rampart_invalid_admin_token');
    expect(none.body).not.toContain('alpha');
    const wrong = await admin(h, 'GET', '/admin/keys', undefined, 'not-the-admin-token');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain('alpha');
  });
});

describe('POST /admin/kill is audited', () => {
  it('writes each kill-switch change (scope, on/off, reason) to the audit log on disk', async () => {
    const h = await startHarness();
    try {
      const { id } = await h.newKey({ name: 'victim' });
      expect((await admin(h, 'POST', '/admin/kill', { scope: `key:${id}`, on: true, reason: 'leaked key' })).statusCode).toBe(200);
      expect((await admin(h, 'POST', '/admin/kill', { scope: `key:${id}`, on: false })).statusCode).toBe(200);
      // A refused change (bad scope) is not a change and must not be logged as one.
      expect((await admin(h, 'POST', '/admin/kill', { scope: 'everything', on: true })).statusCode).toBe(400);
      // Sync mode (the default): the event is durable before the change is acknowledged, so no flush.
      const kills = auditEventsOnDisk(h.dbPath).filter((e) => e.type === 'admin' && e.action === 'kill');
      expect(kills).toEqual([
        expect.objectContaining({ scope: `key:${id}`, on: true, reason: 'leaked key' }),
        expect.objectContaining({ scope: `key:${id}`, on: false }),
      ]);
    } finally {
      await h.close();
    }
  });
});

describe('per-address limits', () => {
  it('429 with Retry-After once one client address exceeds its rpm; another address is not limited', async () => {
    const h = await startHarness({ limits: { perAddress: { rpm: 2 } } });
    try {
      const { key } = await h.newKey(); // the key itself has no limit: only the address is counted
      const from = (remoteAddress: string, text: string) =>
        h.gw.app.inject({ method: 'POST', url: '/v1/chat/completions', remoteAddress, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify(user(`say:${text}`)) });
      expect((await from('10.0.0.1', 'a')).statusCode).toBe(200);
      expect((await from('10.0.0.1', 'b')).statusCode).toBe(200);
      const calls = h.upstream.calls.length;
      const limited = await from('10.0.0.1', 'c');
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rampart_rate_limit_rpm');
      expect(limited.json().error.message).toMatch(/per address/);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(h.upstream.calls.length).toBe(calls);
      // Same key, other address: its own count.
      expect((await from('10.0.0.2', 'd')).statusCode).toBe(200);
      await h.gw.context.audit.flush();
      const requests = auditEventsOnDisk(h.dbPath).filter((e) => e.type === 'request');
      expect(requests.filter((e) => e.limit === 'address:rpm')).toHaveLength(1);
    } finally {
      await h.close();
    }
  });
});

describe('streamed answers count against tpm', () => {
  it('the estimated tokens of a stream without usage exhaust the key\'s tpm, so the next request gets 429', async () => {
    const h = await startHarness();
    try {
      // The fake's chat stream reports no usage: the gateway estimates ~4 characters per token.
      const small = await h.newKey({ name: 'small-answer', tpm: 20 });
      const s1 = await h.chat(small.key, user('say:tiny', 'fake-1', { stream: true })); // 1 token
      expect(s1.statusCode).toBe(200);
      expect((await h.chat(small.key, user('say:ok'))).statusCode).toBe(200); // under budget

      const big = await h.newKey({ name: 'big-answer', tpm: 20 });
      const answer = 'x'.repeat(200); // ≈ 50 estimated tokens
      const streamed = await h.chat(big.key, user(`say:${answer}`, 'fake-1', { stream: true }));
      expect(streamed.statusCode).toBe(200);
      const text = sseEvents(streamed.body)
        .filter((e) => e.data !== '[DONE]' && !e.event)
        .map((e) => (JSON.parse(e.data) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta.content ?? '')
        .join('');
      expect(text).toBe(answer);
      const next = await h.chat(big.key, user('say:again'));
      expect(next.statusCode).toBe(429);
      expect(next.json().error.code).toBe('rampart_rate_limit_tpm');
      expect(Number(next.headers['retry-after'])).toBeGreaterThanOrEqual(1);

      await h.gw.context.audit.flush();
      const event = auditEventsOnDisk(h.dbPath).find((e) => e.type === 'request' && e.keyId === big.id && e.stream === true)!;
      expect(event.tokens).toEqual({ completion: 50, estimated: true });
    } finally {
      await h.close();
    }
  });
});

describe('extraction detection: throttle', () => {
  it('answers 429 rampart_extraction_throttled to a key running a templated logprobs campaign, not to an ordinary key', async () => {
    const h = await startHarness({ extraction: { enabled: true, action: 'throttle', minRequests: 5 } });
    try {
      const attacker = await h.newKey({ name: 'attacker' });
      const words = ['apple', 'river', 'stone', 'cloud', 'table', 'light', 'storm', 'glass'];
      const probe = (i: number) => h.chat(attacker.key, user(`say:Give the French word for the following English noun and one sentence using it: ${words[i % words.length]}${i}`, 'fake-1', { logprobs: true }));
      // No score before minRequests: the first four pass.
      for (let i = 0; i < 4; i++) expect((await probe(i)).statusCode).toBe(200);
      const calls = h.upstream.calls.length;
      const throttled = await probe(4);
      expect(throttled.statusCode).toBe(429);
      expect(throttled.json().error.code).toBe('rampart_extraction_throttled');
      expect(throttled.headers['retry-after']).toBe('60');
      expect(h.upstream.calls.length).toBe(calls);
      // The configured action caps the response: a score past blockAt still only throttles.
      expect((await probe(5)).json().error.code).toBe('rampart_extraction_throttled');

      const ordinary = await h.newKey({ name: 'ordinary' });
      const topics = ['Explain how tides work', 'Write a limerick about a cat', 'List three uses of vinegar', 'What is a prime number?', 'Suggest a name for a boat', 'How do I boil an egg?'];
      for (const t of topics) expect((await h.chat(ordinary.key, user(`say:${t}`))).statusCode).toBe(200);

      await h.gw.context.audit.flush();
      const limited = auditEventsOnDisk(h.dbPath).filter((e) => e.type === 'request' && e.error === 'rampart_extraction_throttled');
      expect(limited).toHaveLength(2);
      expect(limited[0]).toMatchObject({ keyId: attacker.id, action: 'limited', extraction: { action: 'throttle' } });
    } finally {
      await h.close();
    }
  });
});

describe('tool scope on a streamed chat tool call', () => {
  it('ends the stream with rampart_tool_not_allowed when the model calls a tool outside the key\'s scope', async () => {
    // The fake's `side-channels` model streams a tool call to `lookup` (plus reasoning and a refusal).
    const h = await startHarness();
    try {
      const scoped = await h.newKey({ name: 'scoped', tools: ['search'] });
      const res = await h.chat(scoped.key, user('say:harmless words', 'side-channels', { stream: true }));
      expect(res.statusCode).toBe(200); // headers went out before the call arrived
      const events = sseEvents(res.body);
      const error = events.find((e) => e.event === 'error');
      expect(error).toBeDefined();
      expect((JSON.parse(error!.data) as { error: { code: string } }).error.code).toBe('rampart_tool_not_allowed');
      expect(events.some((e) => e.data === '[DONE]')).toBe(false);
      // The refused call itself never reaches the client (only the error naming it).
      const deltas = events.filter((e) => !e.event).map((e) => (JSON.parse(e.data) as { choices: Array<{ delta: Json }> }).choices[0]!.delta);
      expect(deltas.some((d) => 'tool_calls' in d)).toBe(false);

      // Control: a key whose scope has the tool gets the whole stream.
      const allowed = await h.newKey({ name: 'allowed', tools: ['lookup'] });
      const ok = await h.chat(allowed.key, user('say:harmless words', 'side-channels', { stream: true }));
      expect(sseEvents(ok.body).some((e) => e.event === 'error')).toBe(false);
      expect(ok.body).toMatch(/"tool_calls":\[\{[^\]]*"name":"lookup"/);
      expect(sseEvents(ok.body).at(-1)!.data).toBe('[DONE]');

      await h.gw.context.audit.flush();
      const refused = auditEventsOnDisk(h.dbPath).find((e) => e.type === 'request' && e.keyId === scoped.id)!;
      expect(refused).toMatchObject({ error: 'rampart_tool_not_allowed', action: 'block', stream: true });
    } finally {
      await h.close();
    }
  });
});

describe('Prometheus /metrics', () => {
  it('exposes the limit-hit counter after a 429 and the upstream latency histogram after a request', async () => {
    const h = await startHarness({ limits: { perAddress: { rpm: 5 } } });
    try {
      const metrics = async () => (await h.gw.app.inject({ method: 'GET', url: '/metrics' })).body;
      const before = await metrics();
      expect(before).not.toMatch(/rampart_limit_hits_total\{/);
      expect(before).not.toMatch(/rampart_upstream_seconds_count\{endpoint="chat"\}/);

      const k = await h.newKey({ name: 'one-a-minute', rpm: 1 });
      expect((await h.chat(k.key, user('say:first'))).statusCode).toBe(200);
      expect((await h.chat(k.key, user('say:second'))).statusCode).toBe(429);
      const after = await metrics();
      expect(after).toMatch(/^rampart_limit_hits_total\{reason="rpm",subject="key"\} 1$/m);
      // One request reached the upstream: one observation, in every bucket from 60 s up.
      expect(after).toMatch(/^rampart_upstream_seconds_count\{endpoint="chat"\} 1$/m);
      expect(after).toMatch(/^rampart_upstream_seconds_bucket\{le="60",endpoint="chat"\} 1$/m);
      expect(Number(/^rampart_upstream_seconds_sum\{endpoint="chat"\} (\S+)$/m.exec(after)?.[1])).toBeGreaterThan(0);

      // A second key from the same address: the address rule (rpm 5) has counted one request so far
      // (the key's 429 came first, so the refused request was not counted), and trips after four more.
      const other = await h.newKey({ name: 'other' });
      for (let i = 0; i < 4; i++) expect((await h.chat(other.key, user(`say:${i}`))).statusCode).toBe(200);
      expect((await h.chat(other.key, user('say:over'))).statusCode).toBe(429);
      const last = await metrics();
      expect(last).toMatch(/^rampart_limit_hits_total\{reason="rpm",subject="address"\} 1$/m);
      expect(last).toMatch(/^rampart_upstream_seconds_count\{endpoint="chat"\} 5$/m);
    } finally {
      await h.close();
    }
  });
});

// Each `node bin/rampart` start loads the whole CLI: several seconds on a busy machine.
describe('rampart serve --config reloads when the file changes', { timeout: 180_000 }, () => {
  let upstream: FakeUpstream;
  let dir: string;
  beforeAll(async () => {
    upstream = await startFakeUpstream();
    dir = mkdtempSync(join(tmpdir(), 'rampart-gaps-'));
  });
  afterAll(async () => {
    await upstream.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a route added to the file serves without a restart or SIGHUP', async () => {
    const config = join(dir, 'rampart.yaml');
    const write = (models: string[]) =>
      writeFileSync(config, `upstreams:\n  fake:\n    baseUrl: ${upstream.url}\nroutes:\n${models.map((m) => `  - model: ${m}\n    upstream: fake\n`).join('')}`);
    write(['fake-1']);
    const gw = await spawnServe(['--config', config, '--db', join(dir, 'watch.db'), '--admin-token', ADMIN]);
    try {
      const headers = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
      const { key } = (await (await fetch(`${gw.base}/admin/keys`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ name: 'w' }) })).json()) as { key: string };
      const ask = async (model: string) => (await fetch(`${gw.base}/v1/chat/completions`, { method: 'POST', headers: headers(key), body: JSON.stringify(user('say:hi', model)) })).status;
      expect(await ask('fake-1')).toBe(200);
      expect(await ask('fake-2')).toBe(404);
      write(['fake-1', 'fake-2']);
      expect(await eventually(async () => (await ask('fake-2')) === 200)).toBe(true);
      expect(gw.stderr()).toContain('config reloaded (file changed)');
      // The same process kept its state: the key made before the reload still works.
      expect(await ask('fake-1')).toBe(200);
    } finally {
      await gw.stop();
    }
  });
});

describe('asynchronous audit mode', { timeout: 180_000 }, () => {
  it('audit.mode async: requests succeed and their events land in the audit log, chained and verifiable', async () => {
    const h = await startHarness({ audit: { mode: 'async' } });
    try {
      expect(h.gw.context.audit.mode).toBe('async');
      const k = await h.newKey({ name: 'async' });
      for (const t of ['one', 'two', 'three']) expect((await h.chat(k.key, user(`say:${t}`))).statusCode).toBe(200);
      expect((await h.chat(k.key, user('say:four', 'fake-1', { stream: true }))).statusCode).toBe(200);
      await h.gw.context.audit.flush();
      const requests = auditEventsOnDisk(h.dbPath).filter((e) => e.type === 'request' && e.keyId === k.id);
      expect(requests).toHaveLength(4);
      for (const e of requests) expect(e).toMatchObject({ status: 200, action: 'allow' });
      const v = await admin(h, 'GET', '/admin/audit/verify');
      expect(v.json()).toMatchObject({ ok: true, stats: { dropped: 0, failed: 0 } });
    } finally {
      await h.close();
    }
  });

  it('rampart serve --audit-mode async: says so, serves, and leaves the events in the audit file', async () => {
    const upstream = await startFakeUpstream();
    const dir = mkdtempSync(join(tmpdir(), 'rampart-gaps-async-'));
    const db = join(dir, 'async.db');
    // spawnServe hides stdout; the listening line is read here to see which audit mode is in force.
    const child = spawn(process.execPath, ['bin/rampart', 'serve', '--port', '0', '--upstream', upstream.url, '--db', db, '--admin-token', ADMIN, '--audit-mode', 'async'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('\n')) resolve(out);
        });
        child.once('exit', (code) => reject(new Error(`rampart serve exited with ${code}: ${stderr}`)));
      });
      expect(line).toMatch(/\(audit: .*async\.db, async;/);
      const base = /listening on (http:\/\/\S+)/.exec(line)![1]!;
      const headers = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
      const { key } = (await (await fetch(`${base}/admin/keys`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ name: 'a' }) })).json()) as { key: string };
      for (let i = 0; i < 3; i++) {
        const r = await fetch(`${base}/v1/chat/completions`, { method: 'POST', headers: headers(key), body: JSON.stringify(user(`say:n${i}`)) });
        expect(r.status).toBe(200);
      }
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await upstream.close();
    }
    try {
      // A clean stop flushes the buffer: every request's event is in the file.
      expect(child.exitCode).toBe(0);
      const events = auditEventsOnDisk(db);
      expect(events.filter((e) => e.type === 'request' && e.status === 200)).toHaveLength(3);
      expect(events.some((e) => e.type === 'admin' && e.action === 'key.create')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
