import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgApprovalStore, type PgApprovalStore } from '../../src/agent/approvals/pg-store.js';
import { createToolFirewall } from '../../src/agent/firewall.js';
import { PG_URL, serviceAvailable, uniquePrefix } from '../audit/services.js';
import { EXAMPLE_CONFIG, testRegistry } from './helpers.js';

/** The approvals queue in a real PostgreSQL, shared by two store instances (two replicas). */
let up = false;
const prefix = uniquePrefix('approvals');
const stores: PgApprovalStore[] = [];
function store(): PgApprovalStore {
  const s = openPgApprovalStore({ connectionString: PG_URL, prefix });
  stores.push(s);
  return s;
}

beforeAll(async () => {
  up = await serviceAvailable('postgres');
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  if (!up) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(`DROP TABLE IF EXISTS ${prefix}approvals`);
  await c.end();
});

describe('approvals queue in PostgreSQL', () => {
  it('one replica decides what another waits for; a second decision and late decisions are refused', async (ctx) => {
    if (!up) return ctx.skip();
    const a = store();
    const b = store();
    const rec = await a.create({ kind: 'call', tool: 'send_email', server: 's', principal: 'agent:x', session: 'q', policies: ['p'], reason: 'r', args: { to: 'b@example.com' }, argsHash: 'h', deadline: Date.now() + 60_000, onExpire: 'deny' });
    expect((await b.listPending()).map((r) => r.id)).toContain(rec.id);
    expect(await b.decide(rec.id, { approve: true, by: 'replica-b', reason: 'ok' })).toMatchObject({ status: 'approved', decidedBy: 'replica-b' });
    await expect(a.decide(rec.id, { approve: false, by: 'replica-a' })).rejects.toMatchObject({ code: 'already_decided' });
    const late = await a.create({ kind: 'call', tool: 't', server: 's', principal: 'agent:x', session: 'q', policies: [], reason: 'r', args: {}, argsHash: 'h', deadline: Date.now() - 1, onExpire: 'deny' });
    await expect(b.decide(late.id, { approve: true, by: 'b' })).rejects.toMatchObject({ code: 'expired' });
  });

  it('a firewall waiting on PostgreSQL is released by an approval from another store', async (ctx) => {
    if (!up) return ctx.skip();
    const firewall = createToolFirewall({ config: EXAMPLE_CONFIG, registry: testRegistry(), approvals: store() });
    const other = store();
    const session = firewall.session();
    const pending = firewall.authorize({ tool: 'delete_records', args: { table: 'old_logs' }, session });
    let id: string | undefined;
    for (let i = 0; !id && i < 200; i++) {
      id = (await other.listPending()).find((r) => r.tool === 'delete_records')?.id;
      if (!id) await new Promise((r) => setTimeout(r, 20));
    }
    await other.decide(id!, { approve: true, by: 'other-replica', reason: 'cleanup' });
    expect((await pending).outcome).toBe('allow');
    firewall.close();
  });
});
