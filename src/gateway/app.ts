import type { Tracer } from '@opentelemetry/api';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openAuditLog, auditSidecars } from '../audit/index.js';
import type { AuditLog } from '../audit/log.js';
import { createGuard, type Guard } from '../core/guard.js';
import { loadPolicyFile } from '../core/policy/load.js';
import type { ScannerRegistry } from '../core/registry.js';
import { createGatewayMetrics } from '../telemetry/metrics.js';
import { startTracing } from '../telemetry/tracing.js';
import { registerAdminRoutes } from './admin.js';
import { mountApprovals } from './approvals.js';
import type { GatewayConfig } from './config.js';
import { buildRuntime, type GatewayContext } from './context.js';
import { GatewayError } from './errors.js';
import { openPgKeyStore, openSqliteKeyStore, type KeyStore } from './keys.js';
import { createMemoryKillSwitch, type KillSwitch } from './kill-switch.js';
import { createMemoryLimiter, type Limiter } from './limits.js';
import { ExtractionDetector } from './extraction.js';
import { shareExtractionOverRedis } from './extraction-share.js';
import { builtInPolicyFor } from './policy.js';
import { authenticate, checkKill, failExchange, handleProxy, overheadHeader, readUpstreamBody, startExchange, upstreamStatusError, auditExchange } from './proxy.js';
import { createRedisKillSwitch, createRedisLimiter } from './redis-state.js';
import { createMemoryRoutePins, createRedisRoutePins } from './route-pins.js';
import { callUpstream, upstreamFault } from './upstream.js';
import { createUpstreamAgent } from './upstream.js';

export interface GatewayOptions {
  config: GatewayConfig;
  /** Replaces the guard built from the config (tests use a guard with their own scanners); null = guards off. */
  guard?: Guard | null;
  registry?: ScannerRegistry;
  audit?: AuditLog;
  keys?: KeyStore;
  limiter?: Limiter;
  kill?: KillSwitch;
  /** Records GenAI spans with this tracer (default: an OTLP exporter when config.telemetry.otlpEndpoint is set). */
  tracer?: Tracer;
  /** Admin token; falls back to config.server.adminToken. */
  adminToken?: string;
  logger?: boolean;
}

export interface Gateway {
  app: FastifyInstance;
  context: GatewayContext;
  /** Why the built-in policy runs without some scanners (not registered in this build). */
  warnings: string[];
  /** Swaps in a new config (policy, routes, limits). Throws and keeps the old one when it is invalid. */
  reload(config: GatewayConfig): void;
  /** Stops accepting requests, lets in-flight ones finish for graceMs (default 10 s), then closes. */
  close(graceMs?: number): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;
/** After the connections are gone, how long close() still waits for their handlers to finish. */
const STRAGGLER_WAIT_MS = 5_000;

/** Builds the guard a config asks for: its policy file, or the built-in policy trimmed to this build's scanners. */
export function guardFor(config: GatewayConfig, registry: ScannerRegistry, warnings: string[]): Guard | null {
  if (!config.guards) return null;
  if (config.policy) return createGuard(loadPolicyFile(config.policy), { registry });
  const { policy, missing } = builtInPolicyFor(registry);
  if (missing.length > 0) warnings.push(`built-in policy: scanners not in this build are skipped: ${missing.join(', ')}`);
  return createGuard(policy, { registry });
}

/** The guard of each named policy that has its own file (the others share the default guard). */
export function namedGuardsFor(config: GatewayConfig, registry: ScannerRegistry | undefined): Map<string, Guard | null> {
  const guards = new Map<string, Guard | null>();
  for (const [name, p] of Object.entries(config.policies)) {
    if (!config.guards) guards.set(name, null);
    else if (p.file) guards.set(name, createGuard(loadPolicyFile(p.file), registry ? { registry } : {}));
  }
  return guards;
}

/**
 * Creates the gateway: an OpenAI-compatible proxy that authenticates virtual keys, enforces limits
 * and the kill switch, guards input and output, and writes one audit event per request.
 *
 * @example
 * const gw = await createGateway({ config: validateGatewayConfig({}) });
 * await gw.app.listen({ port: 8787 });
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const config = options.config;
  // The built-in scanners load only when no guard is given (tests and embedders bring their own).
  const registry = options.registry ?? (options.guard !== undefined ? undefined : (await import('../scanners/index.js')).createDefaultRegistry());
  const warnings: string[] = [];
  const guard = options.guard !== undefined ? options.guard : guardFor(config, registry!, warnings);
  // A caller that switched guards off (guard: null) switches them off for every named policy too.
  const namedGuards = (cfg: GatewayConfig) => namedGuardsFor(options.guard === null ? { ...cfg, guards: false } : cfg, registry);
  const auditConfig = { sqlitePath: config.audit.sqlite, ...(config.audit.postgres ? { postgresUrl: config.audit.postgres } : {}), ...(config.audit.postgresPrefix ? { postgresPrefix: config.audit.postgresPrefix } : {}), ...(config.audit.keyPath ? { keyPath: config.audit.keyPath } : {}), mode: config.audit.mode, maxBuffer: config.audit.maxBuffer, commitIntervalMs: config.audit.commitIntervalMs };
  const owned: Array<() => Promise<void>> = [];
  const audit = options.audit ?? (await openAuditLog(auditConfig));
  if (!options.audit) owned.push(() => audit.close());
  const keys = options.keys ?? (config.audit.postgres ? await openPgKeyStore(config.audit.postgres, config.audit.postgresPrefix) : openSqliteKeyStore(config.audit.sqlite));
  if (!options.keys) owned.push(() => keys.close());
  const limiter = options.limiter ?? (config.redis ? createRedisLimiter(config.redis.url, config.redis.prefix) : createMemoryLimiter());
  if (!options.limiter) owned.push(() => limiter.close());
  const kill = options.kill ?? (config.redis ? await createRedisKillSwitch(config.redis.url, config.redis.prefix) : createMemoryKillSwitch());
  if (!options.kill) owned.push(() => kill.close());
  const pins = config.redis ? await createRedisRoutePins(config.redis.url, config.redis.prefix) : createMemoryRoutePins();
  owned.push(() => pins.close());
  const extraction = new ExtractionDetector(config.extraction);
  if (config.redis) owned.push(await shareExtractionOverRedis(extraction, config.redis.url, config.redis.prefix));
  const agent = createUpstreamAgent();
  owned.push(() => agent.close());
  const metrics = createGatewayMetrics(() => audit.stats());
  let tracer = options.tracer;
  if (!tracer && config.telemetry?.otlpEndpoint) {
    const tracing = startTracing(config.telemetry.otlpEndpoint, config.telemetry.serviceName);
    tracer = tracing.tracer;
    owned.push(() => tracing.shutdown());
  }
  const ctx: GatewayContext = {
    runtime: buildRuntime(config, guard, namedGuards(config)),
    audit,
    keys,
    limiter,
    kill,
    agent,
    metrics,
    salt: clientSalt(auditSidecars(auditConfig).keyPath),
    pins,
    extraction,
    ...(tracer ? { tracer } : {}),
  };
  let adminToken = options.adminToken ?? config.server.adminToken;

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: config.limits.maxBodyBytes,
    trustProxy: config.server.trustProxy,
    // Client garbage must never become a crash: parsing happens in our handlers with limits.
    return503OnClosing: true,
  });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.setErrorHandler(async (err: Error & { code?: string; statusCode?: number }, req, reply) => {
    const tooLarge = err.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
    const ge = tooLarge
      ? new GatewayError(400, 'rampart_body_too_large', `request body is larger than ${ctx.runtime.config.limits.maxBodyBytes} bytes`)
      : err.statusCode && err.statusCode < 500
        ? new GatewayError(400, 'rampart_bad_request', 'the request could not be read')
        : new GatewayError(500, 'rampart_internal_error', 'the gateway failed to process the request');
    if (req.url.startsWith('/v1/')) {
      await failExchange(startExchange(ctx, endpointOf(req.url), req), reply, ge);
      return;
    }
    await reply.code(ge.status).type('application/json').send(JSON.stringify(ge.toBody()));
  });
  app.setNotFoundHandler(async (req, reply) => {
    const ge = new GatewayError(404, 'rampart_not_found', `no such endpoint: ${req.method} ${req.url.split('?')[0]!.slice(0, 100)}`);
    await reply.code(404).type('application/json').send(JSON.stringify(ge.toBody()));
  });

  // Every proxied request runs to its audit event, even when shutdown closed its connection: close()
  // waits for these before it closes the audit log.
  const inFlight = new Set<Promise<void>>();
  const proxied = (endpoint: 'chat' | 'responses' | 'embeddings') => (req: FastifyRequest, reply: FastifyReply) => {
    const handling = handleProxy(ctx, endpoint, req, reply);
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling)).catch(() => undefined);
    return handling;
  };
  app.post('/v1/chat/completions', proxied('chat'));
  app.post('/v1/responses', proxied('responses'));
  app.post('/v1/embeddings', proxied('embeddings'));
  app.get('/v1/models', async (req, reply) => {
    const ex = startExchange(ctx, 'models', req);
    try {
      const key = await authenticate(ex, req);
      checkKill(ex, undefined);
      const allowed = (id: string) => !key.models || key.models.includes(id);
      const named = ctx.runtime.routes.filter((r) => r.model !== '*').map((r) => r.model);
      const models = new Set(named.filter(allowed));
      const wildcard = ctx.runtime.routes.find((r) => r.model === '*');
      if (wildcard) {
        const upstream = ctx.runtime.upstreams.get(wildcard.upstream)!;
        const t = performance.now();
        try {
          const res = await callUpstream(ctx.agent, upstream, 'models', '', undefined);
          const text = (await readUpstreamBody(res.body)).toString('utf8');
          if (res.status >= 400) throw upstreamStatusError(res.status, text, upstream);
          const list = (JSON.parse(text) as { data?: Array<{ id?: unknown }> }).data ?? [];
          for (const m of list) if (typeof m?.id === 'string' && allowed(m.id)) models.add(m.id);
        } catch (err) {
          throw err instanceof GatewayError ? err : err instanceof SyntaxError ? new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream model list is malformed') : upstreamFault(err);
        } finally {
          ex.upstreamMs = performance.now() - t;
        }
      }
      ex.record.status = 200;
      ex.record.action = 'allow';
      await auditExchange(ex);
      ctx.metrics.requests.inc({ endpoint: 'models', status: '200' });
      await reply
        .header('x-rampart-overhead-ms', overheadHeader(ex))
        .send({ object: 'list', data: [...models].sort().map((id) => ({ id, object: 'model', created: 0, owned_by: 'rampart' })) });
    } catch (err) {
      await failExchange(ex, reply, err);
    }
  });

  if (config.metrics.enabled) {
    app.get('/metrics', async (_req, reply) => {
      await reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics());
    });
  }
  app.get('/healthz', async () => ({ ok: true }));
  registerAdminRoutes(app, ctx, () => adminToken);
  if (config.approvals.enabled) owned.push(await mountApprovals(app, config, audit, () => adminToken));

  let closing: Promise<void> | undefined;
  return {
    app,
    context: ctx,
    warnings,
    reload(next) {
      const nextWarnings: string[] = [];
      const nextGuard = options.guard !== undefined ? options.guard : guardFor(next, registry!, nextWarnings);
      ctx.runtime = buildRuntime(next, nextGuard, namedGuards(next));
      ctx.extraction.configure(next.extraction);
      if (!options.adminToken && next.server.adminToken) adminToken = next.server.adminToken;
      warnings.splice(0, warnings.length, ...nextWarnings);
    },
    close(graceMs = SHUTDOWN_GRACE_MS) {
      // A second caller waits for the same shutdown.
      closing ??= shutdown(graceMs);
      return closing;
    },
  };

  async function shutdown(graceMs: number): Promise<void> {
    // In-flight requests may finish for graceMs; then their upstream calls are cut, so each one
    // fails with an error its client receives and the audit log records, and shutdown is not
    // held for as long as a hung upstream's timeout.
    // A client that never finishes sending its request holds its connection open: a second later,
    // when the cut requests have had their 503s written, every connection still open is closed.
    let lastResort: NodeJS.Timeout | undefined;
    const deadline = setTimeout(() => {
      void agent.destroy(new GatewayError(503, 'rampart_shutting_down', 'the gateway is shutting down', 'server_error')).catch(() => undefined);
      lastResort = setTimeout(() => app.server.closeAllConnections(), 1000);
      lastResort.unref();
    }, graceMs);
    // A keep-alive connection whose request finishes after close() began would otherwise stay
    // open until its idle timeout, and hold the close for that long.
    const idleSweep = setInterval(() => app.server.closeIdleConnections(), 50);
    deadline.unref();
    idleSweep.unref();
    try {
      await app.close();
      // Handlers whose connection was closed under them still write their audit events.
      const stragglers = Promise.allSettled([...inFlight]);
      await Promise.race([stragglers, new Promise((resolve) => setTimeout(resolve, STRAGGLER_WAIT_MS).unref())]);
    } finally {
      clearTimeout(deadline);
      clearTimeout(lastResort);
      clearInterval(idleSweep);
    }
    for (const close of owned.reverse()) await close().catch(() => undefined);
  }
}

/**
 * The salt for client-address hashes: derived from the (secret) audit signing key, so it is stable
 * for a deployment but an address can not be recovered by hashing every IPv4 address.
 */
function clientSalt(keyPath: string): string {
  try {
    return createHash('sha256').update('rampart-client-salt\n').update(readFileSync(keyPath)).digest('hex');
  } catch {
    return randomBytes(32).toString('hex');
  }
}

function endpointOf(url: string): string {
  if (url.startsWith('/v1/chat/completions')) return 'chat';
  if (url.startsWith('/v1/responses')) return 'responses';
  if (url.startsWith('/v1/embeddings')) return 'embeddings';
  return 'other';
}
