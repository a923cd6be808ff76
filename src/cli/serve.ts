import type { Command } from 'commander';
import { watch, type FSWatcher } from 'node:fs';
import { createGateway } from '../gateway/app.js';
import { ConfigError, loadGatewayConfig, validateGatewayConfig, withSingleUpstream, type GatewayConfig } from '../gateway/config.js';
import { UsageError } from './io.js';

interface ServeFlags {
  config?: string;
  host?: string;
  port?: string;
  upstream?: string;
  upstreamTimeout?: string;
  db?: string;
  adminToken?: string;
  redis?: string;
  postgres?: string;
  guards?: boolean;
  auditMode?: string;
}

/** Builds the effective config: file (or defaults), then environment, then flags. */
export function effectiveConfig(flags: ServeFlags, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const path = flags.config ?? env.RAMPART_CONFIG;
  let cfg = path ? loadGatewayConfig(path, env) : validateGatewayConfig({});
  const upstream = flags.upstream ?? env.RAMPART_UPSTREAM;
  if (upstream) {
    try {
      new URL(upstream);
    } catch {
      throw new UsageError(`--upstream ${upstream} is not a URL (example: http://127.0.0.1:9000/v1)`);
    }
    // An empty variable counts as unset, as shells and compose files often leave one.
    const timeout = flags.upstreamTimeout ?? (env.RAMPART_UPSTREAM_TIMEOUT_MS || undefined);
    if (timeout !== undefined && !(/^\d{1,7}$/.test(timeout) && Number(timeout) > 0)) throw new UsageError(`--upstream-timeout ${timeout} is not a number of milliseconds`);
    cfg = withSingleUpstream(cfg, upstream, timeout !== undefined ? Number(timeout) : undefined);
  } else if (flags.upstreamTimeout !== undefined) {
    throw new UsageError('--upstream-timeout goes with --upstream; with a config file, set timeoutMs on each upstream');
  }
  const port = flags.port ?? env.RAMPART_PORT;
  if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UsageError(`--port ${port} is not a port number`);
  const adminToken = flags.adminToken ?? env.RAMPART_ADMIN_TOKEN;
  const redis = flags.redis ?? env.RAMPART_REDIS_URL;
  const postgres = flags.postgres ?? env.RAMPART_AUDIT_POSTGRES;
  if (flags.auditMode && flags.auditMode !== 'sync' && flags.auditMode !== 'async') throw new UsageError('--audit-mode must be sync or async');
  return validateGatewayConfig({
    ...cfg,
    server: { ...cfg.server, ...(flags.host ? { host: flags.host } : {}), ...(port !== undefined ? { port: Number(port) } : {}), ...(adminToken ? { adminToken } : {}) },
    audit: { ...cfg.audit, ...(flags.db ? { sqlite: flags.db } : {}), ...(postgres ? { postgres } : {}), ...(flags.auditMode ? { mode: flags.auditMode } : {}) },
    ...(redis ? { redis: { url: redis, prefix: cfg.redis?.prefix ?? 'rampart' } } : {}),
    ...(flags.guards === false ? { guards: false } : {}),
  });
}

/** `rampart serve`: the OpenAI-compatible security gateway. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the OpenAI-compatible security gateway (guards, virtual keys, limits, kill switch, audit log)')
    .option('--config <file>', 'rampart.yaml (or RAMPART_CONFIG); reloaded on change and on SIGHUP')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default 8787)')
    .option('--upstream <url>', 'send every model to this OpenAI-compatible base URL, e.g. http://127.0.0.1:9000/v1 (key from RAMPART_UPSTREAM_API_KEY)')
    .option('--upstream-timeout <ms>', 'with --upstream: ms to wait for the answer to start and between streamed chunks (default 120000; or RAMPART_UPSTREAM_TIMEOUT_MS)')
    .option('--db <file>', 'SQLite file for the audit log and keys (default .rampart/rampart.db)')
    .option('--admin-token <token>', 'admin API token (or RAMPART_ADMIN_TOKEN); without one the admin API is off')
    .option('--redis <url>', 'share limits and the kill switch between replicas (or RAMPART_REDIS_URL)')
    .option('--postgres <url>', 'keep the audit log and keys in PostgreSQL (or RAMPART_AUDIT_POSTGRES)')
    .option('--no-guards', 'run without input/output guards (measurements only)')
    .option('--audit-mode <mode>', 'sync (default: answer only after the audit event is durable) or async')
    .action(async (flags: ServeFlags) => {
      let config: GatewayConfig;
      try {
        config = effectiveConfig(flags);
      } catch (err) {
        if (err instanceof ConfigError) throw new UsageError(err.message);
        throw err;
      }
      const gw = await createGateway({ config });
      for (const w of gw.warnings) process.stderr.write(`rampart: warning: ${w}\n`);
      if (config.server.adminToken && config.server.adminToken.length < 16) process.stderr.write('rampart: warning: the admin token is shorter than 16 characters\n');
      const address = await gw.app.listen({ host: config.server.host, port: config.server.port });
      process.stdout.write(
        `rampart gateway listening on ${address} (audit: ${config.audit.postgres ? 'postgres' : config.audit.sqlite}, ${config.audit.mode}; ` +
          `policy: ${config.guards ? (config.policy ?? 'built-in') : 'guards off'}; admin API: ${config.server.adminToken ? 'on' : 'off'})\n`,
      );

      const reload = (why: string) => {
        try {
          const next = effectiveConfig(flags);
          gw.reload(next);
          process.stderr.write(`rampart: config reloaded (${why})\n`);
          for (const w of gw.warnings) process.stderr.write(`rampart: warning: ${w}\n`);
        } catch (err) {
          // A bad file never replaces a good config.
          process.stderr.write(`rampart: config reload rejected, keeping the old config: ${(err as Error).message}\n`);
        }
      };
      process.on('SIGHUP', () => reload('SIGHUP'));
      let watcher: FSWatcher | undefined;
      const path = flags.config ?? process.env.RAMPART_CONFIG;
      if (path) {
        let timer: NodeJS.Timeout | undefined;
        try {
          watcher = watch(path, () => {
            clearTimeout(timer);
            timer = setTimeout(() => reload('file changed'), 200);
          });
        } catch {
          process.stderr.write('rampart: warning: cannot watch the config file; send SIGHUP to reload\n');
        }
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          watcher?.close();
          void gw.close().finally(resolve);
        };
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
      });
    });
}
