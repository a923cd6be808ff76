import { randomBytes } from 'node:crypto';
import type { AgentDatabase } from '../db.js';
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

/** Short, unguessable, easy to type: `ap_` + 16 base32 characters. */
export function newApprovalId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  let out = 'ap_';
  for (const b of bytes) out += alphabet[b % 32];
  return out;
}

/** The approvals queue in the firewall's SQLite database (see db.ts). */
export function createSqliteApprovalStore(db: AgentDatabase, now: () => number = Date.now): ApprovalStore {
  const insert = db.prepare(
    `INSERT INTO agent_approvals (id, kind, tool, server, principal, session, policies, reason, args_json, args_hash, status, created_at, deadline, on_expire)
     VALUES (@id, @kind, @tool, @server, @principal, @session, @policies, @reason, @args_json, @args_hash, 'pending', @created_at, @deadline, @on_expire)`,
  );
  const byId = db.prepare('SELECT * FROM agent_approvals WHERE id = ?');
  const pending = db.prepare(`SELECT * FROM agent_approvals WHERE status = 'pending' AND deadline > ? ORDER BY created_at, rowid LIMIT ?`);
  const decide = db.prepare(
    `UPDATE agent_approvals SET status = ?, decided_at = ?, decided_by = ?, decision_reason = ?
     WHERE id = ? AND status = 'pending' AND deadline > ?`,
  );
  const expire = db.prepare(
    `UPDATE agent_approvals SET status = 'expired', decided_at = ? WHERE id = ? AND status = 'pending' AND deadline <= ?`,
  );

  const get = (id: string): ApprovalRecord | undefined => {
    const row = byId.get(id) as ApprovalRow | undefined;
    return row ? approvalFromRow(row) : undefined;
  };

  return {
    async create(input: NewApproval): Promise<ApprovalRecord> {
      const id = newApprovalId();
      insert.run({
        id,
        kind: input.kind,
        tool: input.tool,
        server: input.server,
        principal: input.principal,
        session: input.session,
        policies: JSON.stringify(input.policies),
        reason: input.reason,
        args_json: boundedJson(input.args),
        args_hash: input.argsHash,
        created_at: input.createdAt ?? now(),
        deadline: input.deadline,
        on_expire: input.onExpire,
      });
      return get(id)!;
    },
    async get(id) {
      return get(id);
    },
    async listPending(limit = 1000) {
      return (pending.all(now(), Math.max(1, Math.min(limit, 10_000))) as ApprovalRow[]).map(approvalFromRow);
    },
    async decide(id: string, decision: ApprovalDecisionInput) {
      const at = now();
      const result = decide.run(decision.approve ? 'approved' : 'denied', at, decision.by, decision.reason ?? null, id, at);
      if (result.changes === 1) return get(id)!;
      expire.run(at, id, at);
      const current = get(id);
      if (!current) throw new ApprovalError(`no approval with id ${id}`, 'not_found');
      if (current.status === 'expired') throw new ApprovalError(`approval ${id} expired before it was decided`, 'expired');
      throw new ApprovalError(`approval ${id} is already ${current.status}`, 'already_decided');
    },
    async expire(id: string) {
      const at = now();
      expire.run(at, id, at);
      return get(id);
    },
  };
}

function boundedJson(value: unknown): string {
  const text = JSON.stringify(value ?? null) ?? 'null';
  if (text.length <= MAX_APPROVAL_ARGS_CHARS) return text;
  return JSON.stringify({ truncated: true, preview: text.slice(0, MAX_APPROVAL_ARGS_CHARS) });
}
