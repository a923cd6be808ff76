import { SpanKind, SpanStatusCode, context, trace, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { Decision } from '../core/types.js';

/**
 * OpenTelemetry traces in the GenAI semantic conventions: one `{operation} {model}` client span per
 * proxied request with `gen_ai.*` attributes, and one child span per guard scanner with its verdict
 * and highest score. Tracing is off unless an OTLP endpoint is configured (then it costs nothing).
 */
export interface TracingHandle {
  tracer: Tracer;
  shutdown(): Promise<void>;
}

/** Starts an OTLP/HTTP exporter (endpoint like http://collector:4318/v1/traces). */
export function startTracing(endpoint: string, serviceName = 'rampart-gateway'): TracingHandle {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }))],
  });
  return { tracer: provider.getTracer('rampart'), shutdown: () => provider.shutdown() };
}

/** What one request contributes to its trace (filled from the audit record when the request ends). */
export interface RequestTrace {
  operation: string;
  model?: string;
  upstreamModel?: string;
  provider?: string;
  serverAddress?: string;
  status?: number;
  error?: string;
  action?: string;
  keyId?: string;
  stream?: boolean;
  inputTokens?: number;
  outputTokens?: number;
  /** Epoch ms when the request arrived, and its duration. */
  startedAt: number;
  durationMs: number;
  guards: Array<{ direction: string; decision: Decision; startedAt: number }>;
}

/** Records one finished request as a span tree. */
export function recordRequestSpan(tracer: Tracer, t: RequestTrace): void {
  const name = `${t.operation}${t.model ? ` ${t.model}` : ''}`;
  const span = tracer.startSpan(name, { kind: SpanKind.CLIENT, startTime: t.startedAt });
  span.setAttributes({
    'gen_ai.operation.name': t.operation,
    ...(t.provider ? { 'gen_ai.provider.name': t.provider } : {}),
    ...(t.model ? { 'gen_ai.request.model': t.model } : {}),
    ...(t.upstreamModel ? { 'gen_ai.response.model': t.upstreamModel } : {}),
    ...(t.inputTokens !== undefined ? { 'gen_ai.usage.input_tokens': t.inputTokens } : {}),
    ...(t.outputTokens !== undefined ? { 'gen_ai.usage.output_tokens': t.outputTokens } : {}),
    ...(t.serverAddress ? { 'server.address': t.serverAddress } : {}),
    ...(t.status !== undefined ? { 'http.response.status_code': t.status } : {}),
    ...(t.stream !== undefined ? { 'rampart.stream': t.stream } : {}),
    ...(t.action ? { 'rampart.action': t.action } : {}),
    ...(t.keyId ? { 'rampart.key_id': t.keyId } : {}),
  });
  if (t.error) {
    span.setAttribute('error.type', t.error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: t.error });
  }
  const parent = trace.setSpan(context.active(), span);
  for (const g of t.guards) {
    let offset = g.startedAt;
    for (const timing of g.decision.timings) {
      const findings = g.decision.findings.filter((f) => f.scanner === timing.scanner);
      const verdict = findings.reduce((worst, f) => (rank(f.action) > rank(worst) ? f.action : worst), 'allow');
      const child = tracer.startSpan(`guard ${timing.scanner}`, { startTime: offset, attributes: {
        'rampart.guard.direction': g.direction,
        'rampart.guard.scanner': timing.scanner,
        'rampart.guard.verdict': verdict,
        'rampart.guard.score': findings.reduce((m, f) => Math.max(m, f.score), 0),
        'rampart.guard.findings': findings.length,
      } }, parent);
      offset += timing.ms;
      child.end(offset);
    }
  }
  span.end(t.startedAt + t.durationMs);
}

const RANKS: Record<string, number> = { allow: 0, flag: 1, redact: 2, review: 3, block: 4 };
function rank(action: string): number {
  return RANKS[action] ?? 0;
}
