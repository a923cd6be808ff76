/**
 * The approvals queue: a call that needs a person waits here until someone approves or denies it,
 * or its deadline passes. The store is the only shared state, so a proxy, the CLI and the HTTP API
 * in different processes (or replicas) agree on every approval's outcome: deciding is one
 * conditional update that succeeds only while the approval is pending and before its deadline.
 */

export type ApprovalStatus = 'pending' | 'approved' | 'denied' | 'expired';
/** `call`: a tool call waits. `pin`: a changed tool definition waits to be trusted again. */
export type ApprovalKind = 'call' | 'pin';

export interface NewApproval {
  kind: ApprovalKind;
  tool: string;
  server: string;
  principal: string;
  session: string;
  /** Policy ids that asked for the approval. */
  policies: string[];
  /** Why approval is needed (shown to the approver). */
  reason: string;
  /** The arguments the approver is asked about (shown to the approver; kept out of audit events). */
  args: unknown;
  argsHash: string;
  /** Absolute deadline, ms since the epoch. */
  deadline: number;
  /** What an expired approval means for the waiting call. */
  onExpire: 'deny' | 'allow';
  /** When the approval was asked for (default: now); the deadline is counted from the same clock. */
  createdAt?: number;
}

export interface ApprovalRecord extends Omit<NewApproval, 'args'> {
  id: string;
  args: unknown;
  status: ApprovalStatus;
  createdAt: number;
  decidedAt?: number;
  decidedBy?: string;
  decisionReason?: string;
}

export interface ApprovalDecisionInput {
  approve: boolean;
  /** Who decided (`cli:USER`, `api`, …). */
  by: string;
  reason?: string;
}

/** Thrown when an approval cannot be decided: unknown, already decided, or expired. */
export class ApprovalError extends Error {
  constructor(
    message: string,
    readonly code: 'not_found' | 'already_decided' | 'expired',
  ) {
    super(message);
    this.name = 'ApprovalError';
  }
}

export interface ApprovalStore {
  create(input: NewApproval): Promise<ApprovalRecord>;
  get(id: string): Promise<ApprovalRecord | undefined>;
  /** Pending approvals whose deadline has not passed, oldest first (at most `limit`). */
  listPending(limit?: number): Promise<ApprovalRecord[]>;
  /** Approves or denies a pending approval; throws ApprovalError otherwise. */
  decide(id: string, decision: ApprovalDecisionInput): Promise<ApprovalRecord>;
  /** Marks a pending approval whose deadline passed as expired; returns its final state. */
  expire(id: string): Promise<ApprovalRecord | undefined>;
}

/** Most characters of arguments kept for the approver. */
export const MAX_APPROVAL_ARGS_CHARS = 16 * 1024;

/** An approvals table row, as both stores keep it (PostgreSQL returns BIGINT columns as strings). */
export interface ApprovalRow {
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
  created_at: number | string;
  deadline: number | string;
  on_expire: string;
  decided_at: number | string | null;
  decided_by: string | null;
  decision_reason: string | null;
}

/** Reads a row back into a record. A damaged JSON column still shows, as unknown arguments / no policies. */
export function approvalFromRow(row: ApprovalRow): ApprovalRecord {
  return {
    id: row.id,
    kind: row.kind === 'pin' ? 'pin' : 'call',
    tool: row.tool,
    server: row.server,
    principal: row.principal,
    session: row.session,
    policies: parseStringArray(row.policies),
    reason: row.reason,
    args: parseJsonOrNull(row.args_json),
    argsHash: row.args_hash,
    status: row.status as ApprovalStatus,
    createdAt: Number(row.created_at),
    deadline: Number(row.deadline),
    onExpire: row.on_expire === 'allow' ? 'allow' : 'deny',
    ...(row.decided_at !== null ? { decidedAt: Number(row.decided_at) } : {}),
    ...(row.decided_by !== null ? { decidedBy: row.decided_by } : {}),
    ...(row.decision_reason !== null ? { decisionReason: row.decision_reason } : {}),
  };
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function parseStringArray(text: string): string[] {
  const v = parseJsonOrNull(text);
  return Array.isArray(v) ? v.map(String) : [];
}
