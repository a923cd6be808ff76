import { createHash } from 'node:crypto';
import type { AgentDatabase } from './db.js';

/**
 * The narrow audit interface the agent firewall writes through. Every tool decision, approval
 * (requested, decided, expired) and credential issued becomes one event. Events carry hashes of
 * arguments, never the arguments themselves (they may hold PII or secrets).
 */
export interface AgentAuditEvent {
  type:
    | 'tool.decision'
    | 'tool.result'
    | 'tool.pin'
    | 'tool.quarantine'
    | 'approval.requested'
    | 'approval.decided'
    | 'approval.resolved'
    | 'approval.expired'
    | 'credential.issued'
    | 'credential.revoked'
    | 'session.taint';
  [field: string]: unknown;
}

export interface AuditSink {
  append(event: AgentAuditEvent): Promise<void>;
  /** Writes whatever is buffered (called before the database closes). */
  flush?(): Promise<void>;
}

/** Keeps events in memory (tests, apps that forward them elsewhere). */
export class MemoryAuditSink implements AuditSink {
  readonly events: Array<AgentAuditEvent & { ts: number }> = [];
  async append(event: AgentAuditEvent): Promise<void> {
    this.events.push({ ...event, ts: Date.now() });
  }
}

/**
 * A hash-chained table in the firewall's own database, used when the shared audit module
 * (src/audit) is not wired in: each row's hash covers the previous row's hash and its own content,
 * so an edited or deleted row breaks the chain (`verifyAgentAuditChain`).
 *
 * Appends are group-committed: events of one event-loop turn are written in one transaction on the
 * next turn, so the per-call cost on the hot path is a push onto an array. The promise `append`
 * returns resolves once the event is written; `flush()` writes at once.
 */
export function createSqliteAuditSink(db: AgentDatabase): AuditSink {
  db.exec(`CREATE TABLE IF NOT EXISTS agent_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    ts INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
  )`);
  const head = db.prepare('SELECT hash FROM agent_audit ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare('INSERT INTO agent_audit (ts, type, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?)');
  // Reading the head and inserting in one immediate transaction keeps the chain whole when several
  // processes share the file.
  const appendTx = db.transaction((rows: Array<{ ts: number; type: string; data: string }>) => {
    let prev = (head.get() as { hash: string } | undefined)?.hash ?? '0'.repeat(64);
    for (const row of rows) {
      const hash = chainHash(prev, row.ts, row.type, row.data);
      insert.run(row.ts, row.type, row.data, prev, hash);
      prev = hash;
    }
  });
  let queue: Array<{ ts: number; type: string; data: string; done: (err?: unknown) => void }> = [];
  let scheduled = false;
  const writeQueued = (): void => {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      appendTx.immediate(batch);
      for (const e of batch) e.done();
    } catch (err) {
      for (const e of batch) e.done(err);
    }
  };
  return {
    append(event) {
      const { type, ...rest } = event;
      return new Promise<void>((resolve, reject) => {
        queue.push({ ts: Date.now(), type, data: JSON.stringify(rest), done: (err) => (err ? reject(err) : resolve()) });
        if (!scheduled) {
          scheduled = true;
          setImmediate(writeQueued);
        }
      });
    },
    async flush() {
      writeQueued();
    },
  };
}

function chainHash(prev: string, ts: number, type: string, data: string): string {
  return createHash('sha256').update(`${prev}\n${ts}\n${type}\n${data}`).digest('hex');
}

/** Checks the chain of the firewall's own audit table; returns the first broken seq, if any. */
export function verifyAgentAuditChain(db: AgentDatabase): { ok: true; count: number } | { ok: false; seq: number } {
  const rows = db.prepare('SELECT seq, ts, type, data, prev_hash, hash FROM agent_audit ORDER BY seq').iterate() as IterableIterator<{
    seq: number;
    ts: number;
    type: string;
    data: string;
    prev_hash: string;
    hash: string;
  }>;
  let prev = '0'.repeat(64);
  let count = 0;
  for (const row of rows) {
    if (row.prev_hash !== prev || chainHash(prev, row.ts, row.type, row.data) !== row.hash) return { ok: false, seq: row.seq };
    prev = row.hash;
    count++;
  }
  return { ok: true, count };
}

/** Reads events back (tests, `rampart approvals` history). */
export function readAgentAudit(db: AgentDatabase, limit = 1000): AgentAuditEvent[] {
  const rows = db.prepare('SELECT ts, type, data FROM agent_audit ORDER BY seq LIMIT ?').all(limit) as Array<{ ts: number; type: string; data: string }>;
  return rows.map((r) => ({ ...(JSON.parse(r.data) as Record<string, unknown>), type: r.type as AgentAuditEvent['type'], ts: r.ts }));
}
