import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { approvalQueue } from '../agent/approvals/queue.js';
import { startApprovalsServer } from '../agent/approvals/server.js';
import { ApprovalError, type ApprovalRecord } from '../agent/approvals/store.js';
import { auditLogSink } from '../agent/audit-adapter.js';
import { openAgentDatabase } from '../agent/db.js';
import { openAuditLog } from '../audit/index.js';
import { EXIT_FAIL, UsageError } from './io.js';

/**
 * `rampart approvals list|approve|deny|serve`: the human side of the approvals queue. Works on the
 * same --db file a running `rampart mcp` polls, so deciding here releases (or refuses) the call
 * the proxy is holding.
 */
export function registerApprovals(program: Command): void {
  const approvals = program.command('approvals').description('list and decide tool calls waiting for a person');

  approvals
    .command('list')
    .description('print pending approvals (oldest first)')
    .option('--db <file>', 'firewall database (the same --db as rampart mcp)', 'rampart.db')
    .option('--json', 'print a JSON array')
    .option('--postgres <url>', 'approvals queue in PostgreSQL (default: $RAMPART_APPROVALS_POSTGRES, else the --db file)')
    .action(async (flags: { db: string; json?: boolean; postgres?: string }) => {
      const db = openExisting(flags.db);
      const queue = approvalQueue(db, flags.postgres);
      try {
        const pending = await queue.store.listPending();
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(pending.map(toJson))}\n`);
          return;
        }
        if (pending.length === 0) process.stdout.write('no pending approvals\n');
        for (const a of pending) {
          const left = Math.max(0, Math.round((a.deadline - Date.now()) / 1000));
          process.stdout.write(`${a.id}  ${a.kind.padEnd(4)}  ${a.tool}  by ${a.principal}  ${left}s left\n    ${a.reason}\n    arguments: ${JSON.stringify(a.args)}\n`);
        }
      } finally {
        await queue.close();
        db.close();
      }
    });

  for (const verb of ['approve', 'deny'] as const) {
    approvals
      .command(verb)
      .description(`${verb} a pending approval`)
      .argument('<id>', 'approval id (ap_...)')
      .option('--db <file>', 'firewall database (the same --db as rampart mcp)', 'rampart.db')
      .option('--reason <text>', 'why (recorded in the audit log)')
      .option('--json', 'print the decided approval as JSON')
      .option('--postgres <url>', 'approvals queue in PostgreSQL (default: $RAMPART_APPROVALS_POSTGRES, else the --db file)')
      .option('--redis <url>', 'announce decisions on Redis so waiting proxies wake at once (default: $RAMPART_APPROVALS_REDIS)')
      .action(async (id: string, flags: { db: string; reason?: string; json?: boolean; postgres?: string; redis?: string }) => {
        const db = openExisting(flags.db);
        const queue = approvalQueue(db, flags.postgres, flags.redis);
        try {
          const store = queue.store;
          const by = `cli:${safeUser()}`;
          const record = await store.decide(id, { approve: verb === 'approve', by, ...(flags.reason ? { reason: flags.reason } : {}) });
          const auditLog = await openAuditLog({ sqlitePath: flags.db });
          try {
            await auditLogSink(auditLog).append({ type: 'approval.decided', approvalId: id, tool: record.tool, status: record.status, by, ...(flags.reason ? { reason: flags.reason } : {}) });
          } finally {
            await auditLog.close();
          }
          process.stdout.write(flags.json ? `${JSON.stringify(toJson(record))}\n` : `${id} ${record.status}\n`);
        } catch (err) {
          if (err instanceof ApprovalError) {
            process.stderr.write(`rampart: ${err.message}\n`);
            process.exitCode = EXIT_FAIL;
            return;
          }
          throw err;
        } finally {
          await queue.close();
          db.close();
        }
      });
  }

  approvals
    .command('serve')
    .description('serve the approvals API (GET /approvals, POST /approvals/:id/approve|deny); admin token from RAMPART_ADMIN_TOKEN')
    .option('--db <file>', 'firewall database (the same --db as rampart mcp)', 'rampart.db')
    .option('--port <n>', 'port', '8788')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--postgres <url>', 'approvals queue in PostgreSQL (default: $RAMPART_APPROVALS_POSTGRES, else the --db file)')
    .option('--redis <url>', 'announce decisions on Redis so waiting proxies wake at once (default: $RAMPART_APPROVALS_REDIS)')
    .action(async (flags: { db: string; port: string; host: string; postgres?: string; redis?: string }) => {
      const token = process.env.RAMPART_ADMIN_TOKEN;
      if (!token) throw new UsageError('set RAMPART_ADMIN_TOKEN to serve the approvals API');
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${flags.port} is not a port number`);
      const db = openAgentDatabase(flags.db);
      const queue = approvalQueue(db, flags.postgres, flags.redis);
      const auditLog = await openAuditLog({ sqlitePath: flags.db });
      const audit = auditLogSink(auditLog);
      const server = await startApprovalsServer({
        store: queue.store,
        adminToken: token,
        port,
        host: flags.host,
        onDecision: (r) => audit.append({ type: 'approval.decided', approvalId: r.id, tool: r.tool, status: r.status, by: r.decidedBy ?? 'api', ...(r.decisionReason ? { reason: r.decisionReason } : {}) }),
      });
      process.stderr.write(`rampart: approvals API listening on ${server.url}\n`);
      const stop = (): void => {
        void server
          .close()
          .then(() => auditLog.close())
          .then(() => queue.close())
          .finally(() => db.close());
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

/** The JSON shape of `approvals list --json` (scripts depend on it). */
export function toJson(a: ApprovalRecord): Record<string, unknown> {
  return {
    id: a.id,
    kind: a.kind,
    tool: a.tool,
    server: a.server,
    principal: a.principal,
    session: a.session,
    status: a.status,
    reason: a.reason,
    policies: a.policies,
    args: a.args,
    argsHash: a.argsHash,
    createdAt: new Date(a.createdAt).toISOString(),
    deadline: new Date(a.deadline).toISOString(),
    ...(a.decidedBy ? { decidedBy: a.decidedBy } : {}),
    ...(a.decisionReason ? { decisionReason: a.decisionReason } : {}),
  };
}

function openExisting(path: string): ReturnType<typeof openAgentDatabase> {
  if (!existsSync(path)) throw new UsageError(`database ${path} does not exist (pass the --db file rampart mcp uses)`);
  return openAgentDatabase(path);
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
