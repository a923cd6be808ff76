import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { says, startHarness, user, type Harness } from './harness.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
let h: Harness;
let key: string;

beforeAll(async () => {
  h = await startHarness({}, { tracer: provider.getTracer('test') });
  key = (await h.newKey()).key;
});
afterAll(async () => {
  await h.close();
  await provider.shutdown();
});

describe('gateway telemetry', () => {
  it('records a GenAI client span per request with one child span per guard scanner', async () => {
    exporter.reset();
    expect((await h.chat(key, user('say:hello'))).statusCode).toBe(200);
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.name === 'chat fake-1')!;
    expect(root).toBeDefined();
    expect(root.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'fake-1',
      'gen_ai.provider.name': 'openai',
      'gen_ai.usage.input_tokens': 5,
      'gen_ai.usage.output_tokens': 7,
      'http.response.status_code': 200,
      'rampart.action': 'allow',
    });
    const guards = spans.filter((s) => s.name.startsWith('guard '));
    expect(guards.map((s) => `${String(s.attributes['rampart.guard.direction'])}:${String(s.attributes['rampart.guard.scanner'])}`).sort()).toEqual(
      ['input:boom', 'input:forbid', 'input:mask', 'output:forbid', 'output:mask'].sort(),
    );
    for (const g of guards) expect(g.parentSpanContext?.spanId ?? (g as unknown as { parentSpanId?: string }).parentSpanId).toBe(root.spanContext().spanId);
  });

  it('marks a blocked request with the verdict and an error type', async () => {
    exporter.reset();
    await h.chat(key, user(says('FORBIDDEN')));
    const spans = exporter.getFinishedSpans();
    const root = spans.find((s) => s.name === 'chat fake-1')!;
    expect(root.attributes['error.type']).toBe('rampart_output_blocked');
    const forbid = spans.find((s) => s.attributes['rampart.guard.direction'] === 'output' && s.attributes['rampart.guard.scanner'] === 'forbid')!;
    expect(forbid.attributes).toMatchObject({ 'rampart.guard.verdict': 'block', 'rampart.guard.score': 1, 'rampart.guard.findings': 1 });
  });

  it('serves Prometheus metrics with requests, decisions, overhead and tokens', async () => {
    const res = await h.gw.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/rampart_requests_total\{endpoint="chat",status="200"\} \d+/);
    expect(res.body).toMatch(/rampart_decisions_total\{direction="output",scanner="forbid",action="block"\} 1/);
    expect(res.body).toMatch(/rampart_overhead_seconds_bucket/);
    expect(res.body).toMatch(/rampart_tokens_total\{kind="prompt"\} \d+/);
    expect(res.body).toMatch(/rampart_audit_dropped 0/);
    // Every request so far was audited, in at most as many commits as events.
    const gauge = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(res.body)?.[1]);
    expect(gauge('rampart_audit_events_written')).toBe(h.gw.context.audit.stats().appended);
    expect(gauge('rampart_audit_events_written')).toBeGreaterThan(0);
    expect(gauge('rampart_audit_commits')).toBeGreaterThan(0);
    expect(gauge('rampart_audit_commits')).toBeLessThanOrEqual(gauge('rampart_audit_events_written'));
  });
});
