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

/** What a config reload swaps atomically: requests in flight keep the runtime they started with. */
export interface GatewayRuntime {
  config: GatewayConfig;
  routes: RouteConfig[];
  upstreams: Map<string, UpstreamConfig>;
  /** null: guards off. */
  guard: Guard | null;
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
  /** Per-key extraction scores (kept across config reloads). */
  extraction: import('./extraction.js').ExtractionDetector;
  /** Set when tracing is configured; requests then become GenAI spans. */
  tracer?: Tracer;
}

export function buildRuntime(config: GatewayConfig, guard: Guard | null): GatewayRuntime {
  const upstreams = new Map<string, UpstreamConfig>(Object.entries(config.upstreams).map(([name, u]) => [name, { name, ...u }]));
  return { config, routes: config.routes.map((r) => ({ ...r })), upstreams, guard };
}
