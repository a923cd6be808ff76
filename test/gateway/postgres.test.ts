import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStore, verifyAuditLog } from '../../src/audit/index.js';
import { PG_URL, serviceAvailable, uniquePrefix } from '../audit/services.js';
import { ADMIN, startHarness, user, type Harness } from './harness.js';

let up = false;
let h: Harness | undefined;
const prefix = uniquePrefix('gw');

beforeAll(async () => {
  up = await serviceAvailable('postgres');
  if (up) h = await startHarness({ audit: { postgres: PG_URL, postgresPrefix: prefix } });
});
afterAll(async () => {
  await h?.close();
  if (!up) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP TABLE IF EXISTS ${prefix}audit_events, ${prefix}audit_checkpoints, ${prefix}keys; DROP FUNCTION IF EXISTS ${prefix}audit_refuse()`);
  await c.end();
});

describe('gateway on PostgreSQL', () => {
  it('keeps keys and one audit event per request in PostgreSQL, and the chain verifies', async (ctx) => {
    if (!up || !h) return ctx.skip();
    const { key } = await h.newKey({ name: 'pg' });
    const n = 30;
    const statuses = await Promise.all(Array.from({ length: n }, (_, i) => h!.chat(key, user(i % 5 === 0 ? 'FORBIDDEN' : `say:${i}`)).then((r) => r.statusCode)));
    expect(statuses.filter((s) => s === 200)).toHaveLength(24);
    expect(statuses.filter((s) => s === 400)).toHaveLength(6);
    await h.gw.context.audit.flush();
    const store = await openPgStore({ connectionString: PG_URL, prefix });
    const records = await store.readRecords(0, 1000);
    expect(records.map((r) => JSON.parse(r.body) as { type: string }).filter((e) => e.type === 'request')).toHaveLength(n);
    expect(await verifyAuditLog(store)).toMatchObject({ ok: true, events: n + 1 });
    await store.close();
    const verify = await h.gw.app.inject({ method: 'GET', url: '/admin/audit/verify', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(verify.json()).toMatchObject({ ok: true, events: n + 1 });
  });

  it('rampart audit verify --postgres checks the same chain with the pinned key', { timeout: 60_000 }, async (ctx) => {
    if (!up || !h) return ctx.skip();
    await h.gw.context.audit.flush();
    const args = ['bin/rampart', 'audit', 'verify', '--postgres', PG_URL, '--prefix', prefix, '--public-key', join(h.dir, 'audit.key.pub'), '--json'];
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, keyPinned: true });
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP TRIGGER ${prefix}audit_append_only ON ${prefix}audit_events; DELETE FROM ${prefix}audit_events WHERE seq = 2`);
    await c.end();
    const bad = spawnSync(process.execPath, args, { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).problems.join('\n')).toMatch(/expected seq 2/);
  });
});
