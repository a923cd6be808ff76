import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteApprovalStore } from '../../src/agent/approvals/sqlite-store.js';
import { openAgentDatabase, type AgentDatabase } from '../../src/agent/db.js';
import { ADMIN, startHarness, type Harness } from './harness.js';

/** The gateway serves the agent firewall's approvals queue (the one `rampart mcp --db` writes) under /admin. */
let h: Harness;
let db: AgentDatabase;

beforeAll(async () => {
  h = await startHarness();
  // What a waiting `rampart mcp` process would have written into the same file.
  db = openAgentDatabase(h.dbPath);
});
afterAll(async () => {
  db.close();
  await h.close();
});

const pending = () =>
  createSqliteApprovalStore(db).create({
    kind: 'call', tool: 'send_payment', server: 'bank', principal: 'agent-1', session: 's1', policies: ['irreversible'],
    reason: 'payments need a person', args: { amount: 10 }, argsHash: 'h', deadline: Date.now() + 60_000, onExpire: 'deny',
  });
const admin = { authorization: `Bearer ${ADMIN}` };

describe('approvals in the gateway', () => {
  it('lists pending approvals and records a decision with its reason in the audit log', async () => {
    const approval = await pending();
    const list = await h.gw.app.inject({ method: 'GET', url: '/admin/approvals', headers: admin });
    expect(list.statusCode).toBe(200);
    expect((list.json() as Array<{ id: string }>).map((a) => a.id)).toContain(approval.id);
    const decided = await h.gw.app.inject({ method: 'POST', url: `/admin/approvals/${approval.id}/approve`, headers: { ...admin, 'content-type': 'application/json' }, payload: { reason: 'checked with finance' } });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ id: approval.id, status: 'approved' });
    await h.gw.context.audit.flush();
    const bodies = (await h.gw.context.audit.store.readRecords(0, 1_000_000)).map((r) => JSON.parse(r.body) as Record<string, unknown>);
    expect(bodies).toContainEqual(expect.objectContaining({ type: 'admin', action: 'approval.decide', approvalId: approval.id, status: 'approved', reason: 'checked with finance' }));
    // Deciding twice is a conflict, not a second decision.
    const again = await h.gw.app.inject({ method: 'POST', url: `/admin/approvals/${approval.id}/deny`, headers: { ...admin, 'content-type': 'application/json' }, payload: { reason: 'too late' } });
    expect(again.statusCode).toBe(409);
  });

  it('needs the admin token, and refuses malformed bodies', async () => {
    const approval = await pending();
    expect((await h.gw.app.inject({ method: 'GET', url: '/admin/approvals' })).statusCode).toBe(401);
    expect((await h.gw.app.inject({ method: 'GET', url: '/admin/approvals', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const garbage = await h.gw.app.inject({ method: 'POST', url: `/admin/approvals/${approval.id}/deny`, headers: { ...admin, 'content-type': 'application/json' }, payload: '{"reason": ' });
    expect(garbage.statusCode).toBe(400);
    const noReason = await h.gw.app.inject({ method: 'POST', url: `/admin/approvals/${approval.id}/deny`, headers: { ...admin, 'content-type': 'application/json' }, payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect((await createSqliteApprovalStore(db).get(approval.id))?.status).toBe('pending');
  });
});
