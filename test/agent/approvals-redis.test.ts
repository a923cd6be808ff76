import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisNotifier, notifyingStore, type ApprovalNotifier } from '../../src/agent/approvals/redis-notify.js';
import { createSqliteApprovalStore } from '../../src/agent/approvals/sqlite-store.js';
import { waitForApproval } from '../../src/agent/approvals/wait.js';
import { openAgentDatabase } from '../../src/agent/db.js';
import { REDIS_URL, serviceAvailable } from '../audit/services.js';

/** Decisions announced on a real Redis wake a waiter that would otherwise poll only once a minute. */
let up = false;
const notifiers: ApprovalNotifier[] = [];
beforeAll(async () => {
  up = await serviceAvailable('redis');
});
afterAll(async () => {
  await Promise.all(notifiers.map((n) => n.close()));
});

describe('approval notifications over Redis', () => {
  it('wakes the waiting side when the other side decides', async (ctx) => {
    if (!up) return ctx.skip();
    const channel = `rampart:test:${process.pid}:${Date.now()}`;
    const waiterSide = createRedisNotifier(REDIS_URL, channel);
    const deciderSide = createRedisNotifier(REDIS_URL, channel);
    notifiers.push(waiterSide, deciderSide);
    const db = openAgentDatabase(':memory:');
    const store = createSqliteApprovalStore(db);
    const decider = notifyingStore(store, deciderSide);
    const rec = await store.create({ kind: 'call', tool: 't', server: 's', principal: 'agent:a', session: 'x', policies: [], reason: 'r', args: {}, argsHash: 'h', deadline: Date.now() + 3_600_000, onExpire: 'deny' });
    // One poll an hour: without the notification this wait outlives the test (which then fails).
    const waiting = waitForApproval(store, rec.id, { pollMs: 3_600_000, notifier: waiterSide });
    await new Promise((r) => setTimeout(r, 200));
    await decider.decide(rec.id, { approve: true, by: 'other-replica' });
    expect((await waiting).status).toBe('approved');
    db.close();
  });
});
