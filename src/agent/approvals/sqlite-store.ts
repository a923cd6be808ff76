import { randomBytes } from 'node:crypto';
import type { AgentDatabase } from '../db.js';
import {
  ApprovalError,
  MAX_APPROVAL_ARGS_CHARS,
  type ApprovalDecisionInput,
  type ApprovalRecord,
  type ApprovalStatus,
  type ApprovalStore,
  type NewApproval,
} from './store.js';

interface Row {
  id: string;
  kind: string;
  tool: string;
  server: string;
  principal: string;
  session: string;
  policies: string;
  reason: string;
  args_json: string;
  args_hash: string;
  status: string;
  created_at: number;
  deadline: number;
  on_expire: string;
  decided_at: number | null;
  decided_by: string | null;
  decision_reason: string | null;
}

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
    const row = byId.get(id) as Row | undefined;
    return row ? fromRow(row) : undefined;
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
      return (pending.all(now(), Math.max(1, Math.min(limit, 10_000))) as Row[]).map(fromRow);
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

function fromRow(row: Row): ApprovalRecord {
  let args: unknown = null;
  try {
    args = JSON.parse(row.args_json);
  } catch {
    args = null;
  }
  return {
    id: row.id,
    kind: row.kind === 'pin' ? 'pin' : 'call',
    tool: row.tool,
    server: row.server,
    principal: row.principal,
    session: row.session,
    policies: safeArray(row.policies),
    reason: row.reason,
    args,
    argsHash: row.args_hash,
    status: row.status as ApprovalStatus,
    createdAt: row.created_at,
    deadline: row.deadline,
    onExpire: row.on_expire === 'allow' ? 'allow' : 'deny',
    ...(row.decided_at !== null ? { decidedAt: row.decided_at } : {}),
    ...(row.decided_by !== null ? { decidedBy: row.decided_by } : {}),
    ...(row.decision_reason !== null ? { decisionReason: row.decision_reason } : {}),
  };
}

function safeArray(text: string): string[] {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
