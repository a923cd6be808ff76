import type { Tracer } from '@opentelemetry/api';
import type { Dispatcher } from 'undici';
import type { AuditLog } from '../audit/log.js';
import type { Guard } from '../core/guard.js';
import type { GatewayMetrics } from '../telemetry/metrics.js';
import type { GatewayConfig } from './config.js';
import type { KeyStore } from './keys.js';
import type { KillSwitch } from './kill-switch.js';
import type { Limiter } from './limits.js';
import type { RouteConfig, UpstreamConfig } from './upstream.js';

/** The guard a request runs under and what its audit event may keep. */
export interface GatewayPolicy {
  /** `default` (the gateway's own policy) or a name from `policies` in the config. */
  name: string;
  /** null: guards off. */
  guard: Guard | null;
  auditContent: 'none' | 'redacted';
}

/** What a config reload swaps atomically: requests in flight keep the runtime they started with. */
export interface GatewayRuntime {
  config: GatewayConfig;
  routes: RouteConfig[];
  upstreams: Map<string, UpstreamConfig>;
  /** The default policy's guard (null: guards off). */
  guard: Guard | null;
  /** Every policy by name, `default` included. */
  policies: Map<string, GatewayPolicy>;
}

/** Everything a request handler needs; built once by createGateway. */
export interface GatewayContext {
  runtime: GatewayRuntime;
  audit: AuditLog;
  keys: KeyStore;
  limiter: Limiter;
  kill: KillSwitch;
  agent: Dispatcher;
  metrics: GatewayMetrics;
  /** Salt for the client-address hash in audit events. */
  salt: string;
  /** Route targets pinned through the admin API (kept across config reloads). */
  pins: import('./route-pins.js').RoutePins;
  /** Per-key extraction scores (kept across config reloads). */
  extraction: import('./extraction.js').ExtractionDetector;
  /** Set when tracing is configured; requests then become GenAI spans. */
  tracer?: Tracer;
}

/** `namedGuards`: the guard of each named policy in config.policies (built by the caller, which knows the registry). */
export function buildRuntime(config: GatewayConfig, guard: Guard | null, namedGuards: ReadonlyMap<string, Guard | null> = new Map()): GatewayRuntime {
  const upstreams = new Map<string, UpstreamConfig>(Object.entries(config.upstreams).map(([name, u]) => [name, { name, ...u }]));
  const policies = new Map<string, GatewayPolicy>([['default', { name: 'default', guard, auditContent: config.audit.content }]]);
  for (const [name, p] of Object.entries(config.policies)) {
    policies.set(name, { name, guard: namedGuards.get(name) ?? guard, auditContent: p.auditContent ?? config.audit.content });
  }
  return { config, routes: config.routes.map((r) => ({ ...r })), upstreams, guard, policies };
}
