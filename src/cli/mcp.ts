import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { auditLogSink } from '../agent/audit-adapter.js';
import { startApprovalsServer } from '../agent/approvals/server.js';
import { FirewallConfigError, loadFirewallConfig } from '../agent/config.js';
import { openAgentDatabase } from '../agent/db.js';
import { createToolFirewall } from '../agent/firewall.js';
import { createMcpProxy, type Downstream } from '../agent/mcp-proxy.js';
import { openAuditLog } from '../audit/index.js';
import { approvalQueue } from '../agent/approvals/queue.js';
import { UsageError } from './io.js';

interface McpFlags {
  config?: string;
  db: string;
  upstreamUrl?: string;
  principal?: string;
  approvalsPort?: string;
  postgres?: string;
  redis?: string;
}

/**
 * `rampart mcp [--config FILE] [--db FILE] -- <command...>` (or `--upstream-url URL`): the MCP
 * firewall proxy on stdio. stdout carries the protocol; diagnostics go to stderr.
 */
export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('run the MCP firewall proxy on stdio in front of a server started by <command...> or reached at --upstream-url')
    .argument('[command...]', 'command that starts the downstream MCP server (after --)')
    .option('--config <file>', 'firewall configuration (default ./rampart.yaml)')
    .option('--db <file>', 'SQLite file for tool pins, approvals and audit events', 'rampart.db')
    .option('--upstream-url <url>', 'downstream MCP server over Streamable HTTP instead of a command')
    .option('--principal <who>', 'who is asking: agent:ID, key:ID or user:ID (overrides the config)')
    .option('--postgres <url>', 'approvals queue in PostgreSQL (default: $RAMPART_APPROVALS_POSTGRES, else the --db file)')
    .option('--redis <url>', 'wake on approval decisions announced on Redis (default: $RAMPART_APPROVALS_REDIS)')
    .option('--approvals-port <n>', 'also serve the approvals API on 127.0.0.1:<n> (admin token from RAMPART_ADMIN_TOKEN)')
    .action(async (command: string[], flags: McpFlags) => {
      const downstream = downstreamFrom(command, flags.upstreamUrl);
      const configFile = flags.config ?? 'rampart.yaml';
      if (!existsSync(configFile)) throw new UsageError(`configuration ${configFile} not found (pass --config FILE)`);
      if (flags.principal !== undefined && !/^(agent|key|user):\S{1,200}$/.test(flags.principal)) {
        throw new UsageError(`--principal ${flags.principal}: use agent:ID, key:ID or user:ID`);
      }
      const db = openAgentDatabase(flags.db);
      // Audit events go to the shared hash-chained log, in the same database file.
      const auditLog = await openAuditLog({ sqlitePath: flags.db });
      const queue = approvalQueue(db, flags.postgres, flags.redis);
      let firewall;
      try {
        const config = loadFirewallConfig(configFile);
        if (flags.principal) config.principal = flags.principal;
        firewall = createToolFirewall({ config, db, audit: auditLogSink(auditLog), approvals: queue.store, ...(queue.notifier ? { notifier: queue.notifier } : {}) });
      } catch (err) {
        await auditLog.close();
        await queue.close();
        db.close();
        if (err instanceof FirewallConfigError) throw new UsageError(err.message);
        throw err;
      }
      const log = (line: string): void => void process.stderr.write(`rampart mcp: ${line}\n`);
      const proxy = await createMcpProxy({ firewall, downstream, log }).catch(async (err: unknown) => {
        await auditLog.close();
        db.close();
        throw new UsageError(`cannot connect to the downstream MCP server: ${(err as Error).message}`);
      });
      let api: { close: () => Promise<void> } | undefined;
      if (flags.approvalsPort !== undefined) {
        const token = process.env.RAMPART_ADMIN_TOKEN;
        if (!token) throw new UsageError('set RAMPART_ADMIN_TOKEN to serve the approvals API');
        const audit = firewall.audit;
        api = await startApprovalsServer({
          store: firewall.approvals,
          adminToken: token,
          port: Number(flags.approvalsPort),
          onDecision: (r) => audit.append({ type: 'approval.decided', approvalId: r.id, tool: r.tool, status: r.status, by: r.decidedBy ?? 'api' }),
        });
      }
      log(`session ${proxy.session.id}; policies loaded; waiting for the client on stdio`);
      await proxy.serve(new StdioServerTransport());
      const shutdown = (): void => void proxy.close();
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
      // The client going away (stdin closed) ends the session and stops the downstream server.
      process.stdin.once('end', shutdown);
      process.stdin.once('close', shutdown);
      await proxy.closed;
      await api?.close();
      await auditLog.close();
      await queue.close();
      firewall.close();
      db.close();
    });
}

function downstreamFrom(command: string[], url: string | undefined): Downstream {
  if (url !== undefined && command.length > 0) throw new UsageError('give either --upstream-url or a command after --, not both');
  if (url !== undefined) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`--upstream-url ${url} is not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UsageError('--upstream-url must be http(s)');
    return { url: parsed.toString() };
  }
  if (command.length === 0) throw new UsageError('give the command that starts the MCP server after --, or --upstream-url URL');
  return { command: command[0]!, args: command.slice(1) };
}
