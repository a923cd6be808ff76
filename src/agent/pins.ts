import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';
import type { ApprovalStore } from './approvals/store.js';
import type { AgentDatabase } from './db.js';

/**
 * Tool pinning against rug pulls: the first time a tool is seen, its definition (name, title,
 * description, schemas, annotations) is pinned by hash. When a later listing shows a different
 * definition, the tool is blocked and a `pin` approval is queued; once a person approves it the new
 * definition becomes the pin. A denied change stays blocked.
 */

export interface ToolDefinition {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: unknown;
}

export type PinStatus =
  | { state: 'trusted'; hash: string; firstSeen: boolean }
  | { state: 'changed'; hash: string; pinnedHash: string; approvalId: string; approval: 'pending' | 'denied' | 'expired' };

/** SHA-256 over canonical JSON (sorted keys) of the parts of a definition the model reads. */
export function toolDefinitionHash(tool: ToolDefinition): string {
  const parts = {
    name: tool.name,
    title: tool.title ?? null,
    description: tool.description ?? null,
    inputSchema: tool.inputSchema ?? null,
    outputSchema: tool.outputSchema ?? null,
    annotations: tool.annotations ?? null,
  };
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

interface PinRow {
  hash: string;
  pending_hash: string | null;
  approval_id: string | null;
}

export interface PinStore {
  /** Checks a definition against its pin (pinning it on first sight). */
  check(server: string, tool: ToolDefinition, principal: string): Promise<PinStatus>;
}

/** How long a changed tool's approval stays open. */
const PIN_APPROVAL_MS = 7 * 24 * 3600 * 1000;

export function createPinStore(db: AgentDatabase, approvals: ApprovalStore, now: () => number = Date.now): PinStore {
  const read = db.prepare('SELECT hash, pending_hash, approval_id FROM agent_pins WHERE server = ? AND tool = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO agent_pins (server, tool, hash, definition, updated_at) VALUES (?, ?, ?, ?, ?)');
  const setPending = db.prepare(
    'UPDATE agent_pins SET pending_hash = ?, pending_definition = ?, approval_id = ?, updated_at = ? WHERE server = ? AND tool = ?',
  );
  const promote = db.prepare(
    `UPDATE agent_pins SET hash = pending_hash, definition = pending_definition, pending_hash = NULL, pending_definition = NULL,
     approval_id = NULL, updated_at = ? WHERE server = ? AND tool = ? AND pending_hash = ?`,
  );

  return {
    async check(server, tool, principal) {
      const hash = toolDefinitionHash(tool);
      const definition = canonicalJson(tool);
      const row = read.get(server, tool.name) as PinRow | undefined;
      if (!row) {
        const inserted = insert.run(server, tool.name, hash, definition, now());
        if (inserted.changes === 1) return { state: 'trusted', hash, firstSeen: true };
        return this.check(server, tool, principal);
      }
      if (row.hash === hash) return { state: 'trusted', hash, firstSeen: false };
      if (row.pending_hash === hash && row.approval_id) {
        const approval = await approvals.get(row.approval_id);
        const status = approval?.status === 'pending' && approval.deadline <= now() ? (await approvals.expire(row.approval_id))?.status : approval?.status;
        if (status === 'approved') {
          promote.run(now(), server, tool.name, hash);
          return { state: 'trusted', hash, firstSeen: false };
        }
        if (status === 'pending' || status === 'denied') {
          return { state: 'changed', hash, pinnedHash: row.hash, approvalId: row.approval_id, approval: status };
        }
      }
      const approval = await approvals.create({
        kind: 'pin',
        tool: tool.name,
        server,
        principal,
        session: '-',
        policies: [],
        reason: `definition of tool ${tool.name} changed since it was pinned (possible rug pull); approve to trust the new definition`,
        args: { pinnedHash: row.hash, newHash: hash, newDefinition: tool },
        argsHash: hash,
        deadline: now() + PIN_APPROVAL_MS,
        onExpire: 'deny',
      });
      setPending.run(hash, definition, approval.id, now(), server, tool.name);
      return { state: 'changed', hash, pinnedHash: row.hash, approvalId: approval.id, approval: 'pending' };
    },
  };
}
