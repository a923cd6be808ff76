import type { AgentDatabase } from '../db.js';
import { openPgApprovalStore } from './pg-store.js';
import { createRedisNotifier, notifyingStore, type ApprovalNotifier } from './redis-notify.js';
import { createSqliteApprovalStore } from './sqlite-store.js';
import type { ApprovalStore } from './store.js';

/**
 * The approvals queue: PostgreSQL when a URL is given (flag or RAMPART_APPROVALS_POSTGRES, shared by
 * replicas), else the SQLite --db file; with Redis (flag or RAMPART_APPROVALS_REDIS) decisions are
 * announced so waiting proxies wake at once.
 */
export function approvalQueue(
  db: AgentDatabase,
  postgres?: string,
  redis?: string,
): { store: ApprovalStore; notifier?: ApprovalNotifier; close: () => Promise<void> } {
  const url = postgres ?? process.env.RAMPART_APPROVALS_POSTGRES;
  const pgStore = url ? openPgApprovalStore({ connectionString: url }) : undefined;
  const base: ApprovalStore = pgStore ?? createSqliteApprovalStore(db);
  const redisUrl = redis ?? process.env.RAMPART_APPROVALS_REDIS;
  const notifier = redisUrl ? createRedisNotifier(redisUrl) : undefined;
  return {
    store: notifier ? notifyingStore(base, notifier) : base,
    ...(notifier ? { notifier } : {}),
    close: async () => {
      await notifier?.close();
      await pgStore?.close();
    },
  };
}

