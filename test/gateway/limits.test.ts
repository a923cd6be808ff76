import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLimiter, type Limiter } from '../../src/gateway/limits.js';
import { createRedisKillSwitch, createRedisLimiter } from '../../src/gateway/redis-state.js';
import { createRedisRoutePins } from '../../src/gateway/route-pins.js';
import { REDIS_URL, serviceAvailable } from '../audit/services.js';
import { eventually, spawnServe } from './cli-process.js';
import { startFakeUpstream } from './fake-upstream.js';
import { ADMIN, awayFromWindowEnd, startHarness, user } from './harness.js';

let redisUp = false;
beforeAll(async () => {
  redisUp = await serviceAvailable('redis');
});

async function limiterContract(make: () => Limiter | Promise<Limiter>, shared?: () => Limiter | Promise<Limiter>) {
  const a = await make();
  const b = shared ? await shared() : a;
  const subject = `s${Math.random().toString(36).slice(2)}`;
  const t0 = 60_000 * 1000 + 5_000;
  expect(await a.admit(subject, { rpm: 3 }, t0)).toEqual({ ok: true });
  expect(await b.admit(subject, { rpm: 3 }, t0)).toEqual({ ok: true });
  expect(await a.admit(subject, { rpm: 3 }, t0)).toEqual({ ok: true });
  expect(await b.admit(subject, { rpm: 3 }, t0)).toMatchObject({ ok: false, reason: 'rpm', retryAfter: 55 });
  // tokens
  const tok = `${subject}t`;
  expect(await a.admit(tok, { tpm: 100 }, t0)).toEqual({ ok: true });
  a.addTokens(tok, 150, { tpm: 100 }, t0);
  await new Promise((r) => setTimeout(r, 50));
  expect(await b.admit(tok, { tpm: 100 }, t0)).toMatchObject({ ok: false, reason: 'tpm' });
  // concurrency
  const conc = `${subject}c`;
  expect(await a.admit(conc, { concurrency: 1 })).toEqual({ ok: true });
  expect(await b.admit(conc, { concurrency: 1 })).toMatchObject({ ok: false, reason: 'concurrency', retryAfter: 1 });
  a.release(conc, { concurrency: 1 });
  await new Promise((r) => setTimeout(r, 50));
  expect(await b.admit(conc, { concurrency: 1 })).toEqual({ ok: true });
  await a.close();
  if (b !== a) await b.close();
}

describe('limiters', () => {
  it('memory limiter counts requests, tokens and concurrency', () => limiterContract(createMemoryLimiter));
  it('redis limiters in two "replicas" share one limit', async (ctx) => {
    if (!redisUp) return ctx.skip();
    const prefix = `rt${Date.now()}${Math.random().toString(36).slice(2)}`;
    await limiterContract(() => createRedisLimiter(REDIS_URL, prefix), () => createRedisLimiter(REDIS_URL, prefix));
  });
  it('a new window starts a new count', async () => {
    const l = createMemoryLimiter();
    expect(await l.admit('x', { rpm: 1 }, 120_000)).toEqual({ ok: true });
    expect((await l.admit('x', { rpm: 1 }, 179_999)).ok).toBe(false);
    expect(await l.admit('x', { rpm: 1 }, 180_000)).toEqual({ ok: true });
  });
});

describe('gateway limits', () => {
  it('429 with Retry-After once a key exhausts its rpm; the upstream is not called', async () => {
    await awayFromWindowEnd(2_000);
    const h = await startHarness();
    const k = await h.newKey({ name: 'rpm', rpm: 2 });
    expect((await h.chat(k.key, user('say:1'))).statusCode).toBe(200);
    expect((await h.chat(k.key, user('say:2'))).statusCode).toBe(200);
    const calls = h.upstream.calls.length;
    const limited = await h.chat(k.key, user('say:3'));
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.json().error.code).toBe('rampart_rate_limit_rpm');
    expect(h.upstream.calls.length).toBe(calls);
    const other = await h.newKey({ name: 'other' });
    expect((await h.chat(other.key, user('say:4'))).statusCode).toBe(200);
    await h.close();
  });

  it('counts tokens from the upstream usage against tpm', async () => {
    await awayFromWindowEnd(2_000);
    const h = await startHarness();
    const k = await h.newKey({ name: 'tpm', tpm: 10 });
    expect((await h.chat(k.key, user('say:1'))).statusCode).toBe(200); // the fake reports 12 tokens
    expect((await h.chat(k.key, user('say:2'))).json().error.code).toBe('rampart_rate_limit_tpm');
    await h.close();
  });

  it('limits concurrent requests per client address and caps max_tokens', async () => {
    const h = await startHarness({ limits: { perAddress: { concurrency: 1 }, maxTokens: 50 } }, {}, { delayMs: 300 });
    const k = await h.newKey();
    const [a, b] = await Promise.all([h.chat(k.key, user('say:a')), h.chat(k.key, user('say:b'))]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 429]);
    expect([a, b].find((r) => r.statusCode === 429)!.json().error.code).toBe('rampart_rate_limit_concurrency');
    expect((await h.chat(k.key, user('say:c'))).statusCode).toBe(200);
    const big = await h.chat(k.key, user('say:c', 'fake-1', { max_tokens: 51 }));
    expect(big.statusCode).toBe(400);
    expect(big.json().error.code).toBe('rampart_max_tokens_exceeded');
    await h.close();
  });
});

describe('replicas sharing Redis', { timeout: 180_000 }, () => {
  it('two gateway processes enforce one per-key limit and one kill switch', async (ctx) => {
    if (!redisUp) return ctx.skip();
    const upstream = await startFakeUpstream();
    const dir = mkdtempSync(join(tmpdir(), 'rampart-redis-'));
    const prefix = `rp${Date.now()}${Math.random().toString(36).slice(2)}`;
    const config = join(dir, 'rampart.yaml');
    writeFileSync(config, `upstreams:\n  fake:\n    baseUrl: ${upstream.url}\nroutes:\n  - model: "*"\n    upstream: fake\nredis:\n  url: ${REDIS_URL}\n  prefix: ${prefix}\n`);
    const args = ['--config', config, '--db', join(dir, 'shared.db'), '--admin-token', ADMIN];
    const [g1, g2] = await Promise.all([spawnServe(args), spawnServe(args)]);
    try {
      const headers = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
      const created = await fetch(`${g1.base}/admin/keys`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ name: 'shared', rpm: 4 }) });
      const { key, id } = (await created.json()) as { key: string; id: string };
      const ask = (g: { base: string }) =>
        fetch(`${g.base}/v1/chat/completions`, { method: 'POST', headers: headers(key), body: JSON.stringify(user('say:x')) }).then((r) => r.status);
      // The rpm window is a clock minute: six requests that straddle a minute's end are counted in two
      // windows and all pass (seen once on a slow machine). Start them early enough in a minute.
      await awayFromWindowEnd(20_000);
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push(await ask(i % 2 === 0 ? g1 : g2));
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);

      // A kill on one replica reaches the other through Redis pub/sub.
      const k2 = (await (await fetch(`${g2.base}/admin/keys`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ name: 'k2' }) })).json()) as { key: string };
      const ask2 = (g: { base: string }) =>
        fetch(`${g.base}/v1/chat/completions`, { method: 'POST', headers: headers(k2.key), body: JSON.stringify(user('say:y')) }).then((r) => r.status);
      expect(await ask2(g2)).toBe(200);
      const kill = await fetch(`${g1.base}/admin/kill`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ scope: 'global', on: true, reason: 'drill' }) });
      expect(kill.status).toBe(200);
      expect(await eventually(async () => (await ask2(g2)) === 503, 40)).toBe(true);
      await fetch(`${g2.base}/admin/kill`, { method: 'POST', headers: headers(ADMIN), body: JSON.stringify({ scope: 'global', on: false }) });
      expect(await eventually(async () => (await ask2(g1)) === 200, 40)).toBe(true);
      void id;
    } finally {
      await Promise.all([g1.stop(), g2.stop()]);
      await upstream.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a route pin made on one replica reaches the other, and so does its rollback', async (ctx) => {
    if (!redisUp) return ctx.skip();
    const prefix = `rpin${Date.now()}`;
    const a = await createRedisRoutePins(REDIS_URL, prefix);
    const b = await createRedisRoutePins(REDIS_URL, prefix);
    await a.set({ model: 'smart', from: 'v1', to: 'v2', at: 1 });
    expect(await eventually(async () => b.target('smart') === 'v2')).toBe(true);
    await b.set({ model: 'smart', from: 'v2', at: 2 });
    expect(await eventually(async () => a.target('smart') === undefined)).toBe(true);
    expect(a.history().map((c) => c.to ?? null)).toEqual(['v2', null]);
    // A replica started later reads the stored pins, not only announcements.
    const c = await createRedisRoutePins(REDIS_URL, prefix);
    expect(c.history()).toHaveLength(2);
    await Promise.all([a.close(), b.close(), c.close()]);
  });

  it('the Redis kill switch survives a restart of a replica (state is stored, not only published)', async (ctx) => {
    if (!redisUp) return ctx.skip();
    const prefix = `rk${Date.now()}`;
    const a = await createRedisKillSwitch(REDIS_URL, prefix);
    await a.set('model:m1', true, 'bad model');
    const b = await createRedisKillSwitch(REDIS_URL, prefix);
    expect(b.blocked(undefined, 'm1')).toEqual({ scope: 'model:m1', reason: 'bad model' });
    expect(b.blocked(undefined, 'm2')).toBeUndefined();
    await a.set('model:m1', false);
    expect(await eventually(async () => b.blocked(undefined, 'm1') === undefined)).toBe(true);
    await a.close();
    await b.close();
  });
});
