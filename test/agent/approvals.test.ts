import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { approvalRoutes } from '../../src/agent/approvals/routes.js';
import { createSqliteApprovalStore } from '../../src/agent/approvals/sqlite-store.js';
import { ApprovalError, type NewApproval } from '../../src/agent/approvals/store.js';
import { waitForApproval } from '../../src/agent/approvals/wait.js';
import { openAgentDatabase } from '../../src/agent/db.js';

const TOKEN = 'admin-token-for-tests-0123456789';

function request(deadline: number, overrides: Partial<NewApproval> = {}): NewApproval {
  return { kind: 'call', tool: 'send_email', server: 's', principal: 'agent:a', session: 'x', policies: ['p'], reason: 'r', args: { to: 'b@example.com' }, argsHash: 'h', deadline, onExpire: 'deny', ...overrides };
}

describe('approvals queue (SQLite)', () => {
  it('decides once, refuses a second decision, and expires at the deadline', async () => {
    let now = 1_000_000;
    const store = createSqliteApprovalStore(openAgentDatabase(':memory:'), () => now);
    const a = await store.create(request(now + 5000));
    expect(a.status).toBe('pending');
    expect((await store.listPending()).map((r) => r.id)).toEqual([a.id]);
    const decided = await store.decide(a.id, { approve: true, by: 'test', reason: 'ok' });
    expect(decided).toMatchObject({ status: 'approved', decidedBy: 'test', decisionReason: 'ok' });
    await expect(store.decide(a.id, { approve: false, by: 'test' })).rejects.toMatchObject({ code: 'already_decided' });

    const b = await store.create(request(now + 5000));
    now += 5000;
    await expect(store.decide(b.id, { approve: true, by: 'late' })).rejects.toBeInstanceOf(ApprovalError);
    expect((await store.get(b.id))?.status).toBe('expired');
    expect(await store.listPending()).toEqual([]);
    await expect(store.decide('ap_nope', { approve: true, by: 'x' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('waitForApproval returns the decision made meanwhile, or expired at the deadline', async () => {
    const store = createSqliteApprovalStore(openAgentDatabase(':memory:'));
    const a = await store.create(request(Date.now() + 60_000));
    setTimeout(() => void store.decide(a.id, { approve: false, by: 'test', reason: 'no' }), 30);
    expect((await waitForApproval(store, a.id, { pollMs: 10 })).status).toBe('denied');
    const b = await store.create(request(Date.now() + 50));
    expect((await waitForApproval(store, b.id, { pollMs: 10 })).status).toBe('expired');
  });
});

describe('approvals API (Fastify plugin)', () => {
  async function app() {
    const store = createSqliteApprovalStore(openAgentDatabase(':memory:'));
    const server = Fastify();
    await server.register(approvalRoutes, { store, adminToken: TOKEN });
    return { server, store };
  }
  const auth = { authorization: `Bearer ${TOKEN}` };

  it('needs the admin token', async () => {
    const { server } = await app();
    expect((await server.inject({ method: 'GET', url: '/approvals' })).statusCode).toBe(401);
    expect((await server.inject({ method: 'GET', url: '/approvals', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401);
    expect((await server.inject({ method: 'GET', url: '/approvals', headers: auth })).json()).toEqual([]);
  });

  it('approves and denies with a reason; maps errors to 400/404/409', async () => {
    const { server, store } = await app();
    const a = await store.create(request(Date.now() + 60_000));
    const b = await store.create(request(Date.now() + 60_000, { tool: 'delete_records' }));
    const listed = (await server.inject({ method: 'GET', url: '/approvals', headers: auth })).json() as Array<{ id: string; tool: string }>;
    expect(listed.map((r) => r.tool)).toEqual(['send_email', 'delete_records']);
    expect((await server.inject({ method: 'POST', url: `/approvals/${a.id}/approve`, headers: auth, payload: {} })).statusCode).toBe(400);
    const ok = await server.inject({ method: 'POST', url: `/approvals/${a.id}/approve`, headers: auth, payload: { reason: 'fine' } });
    expect(ok.json()).toMatchObject({ id: a.id, status: 'approved', decisionReason: 'fine' });
    expect((await server.inject({ method: 'POST', url: `/approvals/${a.id}/deny`, headers: auth, payload: { reason: 'x' } })).statusCode).toBe(409);
    const denied = await server.inject({ method: 'POST', url: `/approvals/${b.id}/deny`, headers: auth, payload: { reason: 'no' } });
    expect(denied.json()).toMatchObject({ status: 'denied' });
    expect((await server.inject({ method: 'POST', url: '/approvals/ap_unknown/deny', headers: auth, payload: { reason: 'x' } })).statusCode).toBe(404);
    expect((await server.inject({ method: 'GET', url: `/approvals/${b.id}`, headers: auth })).json()).toMatchObject({ status: 'denied' });
  });
});
