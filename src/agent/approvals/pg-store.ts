import pg from 'pg';
import { newApprovalId } from './sqlite-store.js';
import {
  ApprovalError,
  approvalFromRow,
  type ApprovalRow,
  MAX_APPROVAL_ARGS_CHARS,
  type ApprovalDecisionInput,
  type ApprovalRecord,
  type ApprovalStore,
  type NewApproval,
} from './store.js';

/**
 * The approvals queue in PostgreSQL, for several proxies or gateway replicas that must see one
 * queue. Deciding is one conditional UPDATE … RETURNING, so two approvers racing (or an approver
 * racing the deadline) get exactly one outcome.
 */
export interface PgApprovalStoreOptions {
  connectionString: string;
  /** Table name prefix (letters, digits, underscore). */
  prefix?: string;
  now?: () => number;
}

export interface PgApprovalStore extends ApprovalStore {
  close(): Promise<void>;
}

export function openPgApprovalStore(options: PgApprovalStoreOptions): PgApprovalStore {
  const prefix = options.prefix ?? 'rampart_';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,40}$/.test(prefix)) throw new Error(`invalid table prefix "${prefix}"`);
  const table = `${prefix}approvals`;
  const now = options.now ?? Date.now;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 4 });
  let ready: Promise<void> | undefined;
  const ensure = (): Promise<void> =>
    (ready ??= pool
      .query(
        `CREATE TABLE IF NOT EXISTS ${table} (
          id TEXT PRIMARY KEY, kind TEXT NOT NULL, tool TEXT NOT NULL, server TEXT NOT NULL,
          principal TEXT NOT NULL, session TEXT NOT NULL, policies TEXT NOT NULL, reason TEXT NOT NULL,
          args_json TEXT NOT NULL, args_hash TEXT NOT NULL, status TEXT NOT NULL,
          created_at BIGINT NOT NULL, deadline BIGINT NOT NULL, on_expire TEXT NOT NULL,
          decided_at BIGINT, decided_by TEXT, decision_reason TEXT
        );
        CREATE INDEX IF NOT EXISTS ${table}_status ON ${table} (status, created_at);`,
      )
      .then(() => undefined));

  const get = async (id: string): Promise<ApprovalRecord | undefined> => {
    await ensure();
    const { rows } = await pool.query<ApprovalRow>(`SELECT * FROM ${table} WHERE id = $1`, [id]);
    return rows[0] ? approvalFromRow(rows[0]) : undefined;
  };

  return {
    async create(input: NewApproval) {
      await ensure();
      const id = newApprovalId();
      const args = JSON.stringify(input.args ?? null) ?? 'null';
      await pool.query(
        `INSERT INTO ${table} (id, kind, tool, server, principal, session, policies, reason, args_json, args_hash, status, created_at, deadline, on_expire)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12, $13)`,
        [
          id,
          input.kind,
          input.tool,
          input.server,
          input.principal,
          input.session,
          JSON.stringify(input.policies),
          input.reason,
          args.length <= MAX_APPROVAL_ARGS_CHARS ? args : JSON.stringify({ truncated: true, preview: args.slice(0, MAX_APPROVAL_ARGS_CHARS) }),
          input.argsHash,
          input.createdAt ?? now(),
          input.deadline,
          input.onExpire,
        ],
      );
      return (await get(id))!;
    },
    get,
    async listPending(limit = 1000) {
      await ensure();
      const { rows } = await pool.query<ApprovalRow>(`SELECT * FROM ${table} WHERE status = 'pending' AND deadline > $1 ORDER BY created_at, id LIMIT $2`, [
        now(),
        Math.max(1, Math.min(limit, 10_000)),
      ]);
      return rows.map(approvalFromRow);
    },
    async decide(id: string, decision: ApprovalDecisionInput) {
      await ensure();
      const at = now();
      const { rows } = await pool.query<ApprovalRow>(
        `UPDATE ${table} SET status = $1, decided_at = $2, decided_by = $3, decision_reason = $4
         WHERE id = $5 AND status = 'pending' AND deadline > $2 RETURNING *`,
        [decision.approve ? 'approved' : 'denied', at, decision.by, decision.reason ?? null, id],
      );
      if (rows[0]) return approvalFromRow(rows[0]);
      await pool.query(`UPDATE ${table} SET status = 'expired', decided_at = $1 WHERE id = $2 AND status = 'pending' AND deadline <= $1`, [at, id]);
      const current = await get(id);
      if (!current) throw new ApprovalError(`no approval with id ${id}`, 'not_found');
      if (current.status === 'expired') throw new ApprovalError(`approval ${id} expired before it was decided`, 'expired');
      throw new ApprovalError(`approval ${id} is already ${current.status}`, 'already_decided');
    },
    async expire(id: string) {
      await ensure();
      const at = now();
      await pool.query(`UPDATE ${table} SET status = 'expired', decided_at = $1 WHERE id = $2 AND status = 'pending' AND deadline <= $1`, [at, id]);
      return get(id);
    },
    async close() {
      await pool.end();
    },
  };
}
