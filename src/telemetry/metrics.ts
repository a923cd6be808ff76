import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The gateway's Prometheus metrics. One registry per gateway (so tests and several gateways in a
 * process never share counters). Label values are bounded: routes, statuses, scanner ids, actions.
 */
export interface GatewayMetrics {
  registry: Registry;
  requests: Counter<'endpoint' | 'status'>;
  decisions: Counter<'direction' | 'scanner' | 'action'>;
  overhead: Histogram<'endpoint'>;
  upstreamLatency: Histogram<'endpoint'>;
  tokens: Counter<'kind'>;
  limitHits: Counter<'reason' | 'subject'>;
  auditPending: Gauge;
  auditDropped: Gauge;
  auditWritten: Gauge;
  auditCommits: Gauge;
}

export function createGatewayMetrics(auditStats?: () => { pending: number; dropped: number; appended: number; batches: number }): GatewayMetrics {
  const registry = new Registry();
  const buckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
  return {
    registry,
    requests: new Counter({ name: 'rampart_requests_total', help: 'Requests by endpoint and HTTP status', labelNames: ['endpoint', 'status'], registers: [registry] }),
    decisions: new Counter({
      name: 'rampart_decisions_total',
      help: 'Guard findings that asked for an action, by direction, scanner and action',
      labelNames: ['direction', 'scanner', 'action'],
      registers: [registry],
    }),
    overhead: new Histogram({ name: 'rampart_overhead_seconds', help: 'Time spent in the gateway, excluding the upstream', labelNames: ['endpoint'], buckets, registers: [registry] }),
    upstreamLatency: new Histogram({ name: 'rampart_upstream_seconds', help: 'Upstream time to a complete answer', labelNames: ['endpoint'], buckets, registers: [registry] }),
    tokens: new Counter({ name: 'rampart_tokens_total', help: 'Tokens by kind (prompt, completion)', labelNames: ['kind'], registers: [registry] }),
    limitHits: new Counter({ name: 'rampart_limit_hits_total', help: 'Requests refused by a limit', labelNames: ['reason', 'subject'], registers: [registry] }),
    auditPending: new Gauge({
      name: 'rampart_audit_pending',
      help: 'Audit events waiting to be written',
      registers: [registry],
      collect() {
        if (auditStats) this.set(auditStats().pending);
      },
    }),
    auditDropped: new Gauge({
      name: 'rampart_audit_dropped',
      help: 'Audit events dropped in async mode because the buffer was full',
      registers: [registry],
      collect() {
        if (auditStats) this.set(auditStats().dropped);
      },
    }),
    // Events per commit (written ÷ commits) is what the audit log's group commit achieves.
    auditWritten: new Gauge({
      name: 'rampart_audit_events_written',
      help: 'Audit events written since start',
      registers: [registry],
      collect() {
        if (auditStats) this.set(auditStats().appended);
      },
    }),
    auditCommits: new Gauge({
      name: 'rampart_audit_commits',
      help: 'Audit store commits since start (each covers every event waiting when it began)',
      registers: [registry],
      collect() {
        if (auditStats) this.set(auditStats().batches);
      },
    }),
  };
}
