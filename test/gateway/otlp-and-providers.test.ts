/**
 * Over real HTTP: (1) traces reach an OTLP/HTTP collector (a local node:http stand-in that decodes
 * the exporter's JSON), and (2) upstreams of kind `azure` and `anthropic` are called at the path,
 * query and auth header src/gateway/upstream.ts promises, and their answers reach the client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseEvents, startHarness, user, type Harness } from './harness.js';

type Json = Record<string, unknown>;

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A node:http server on 127.0.0.1:0 that records every request and answers with `answer`. */
async function startStandIn(answer: (req: Recorded, res: http.ServerResponse) => void): Promise<{ url: string; requests: Recorded[]; close(): Promise<void> }> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let raw = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') raw = gunzipSync(raw);
      const rec: Recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw.toString('utf8') };
      requests.push(rec);
      answer(rec, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls until `check` returns a value (not undefined) or the deadline passes. */
async function eventually<T>(check: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ---------------------------------------------------------------------------------------------
// OTLP/HTTP JSON (ExportTraceServiceRequest) decoding: just enough for names, ids and attributes.

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind?: number;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface OtlpRequest {
  resourceSpans?: Array<{ resource?: { attributes?: Array<{ key: string; value: OtlpValue }> }; scopeSpans?: Array<{ spans?: OtlpSpan[] }> }>;
}

function attrValue(v: OtlpValue): unknown {
  if (v.stringValue !== undefined) return v.stringValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (v.doubleValue !== undefined) return v.doubleValue;
  if (v.boolValue !== undefined) return v.boolValue;
  return undefined;
}
function attrs(list: Array<{ key: string; value: OtlpValue }> | undefined): Json {
  return Object.fromEntries((list ?? []).map((a) => [a.key, attrValue(a.value)]));
}

interface DecodedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  kind: number | undefined;
  attributes: Json;
  resource: Json;
}
function decodeSpans(requests: Recorded[]): DecodedSpan[] {
  const out: DecodedSpan[] = [];
  for (const r of requests) {
    const msg = JSON.parse(r.body) as OtlpRequest;
    for (const rs of msg.resourceSpans ?? []) {
      const resource = attrs(rs.resource?.attributes);
      for (const ss of rs.scopeSpans ?? []) {
        for (const s of ss.spans ?? []) {
          out.push({ name: s.name, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, kind: s.kind, attributes: attrs(s.attributes), resource });
        }
      }
    }
  }
  return out;
}

describe('OTLP/HTTP trace export to a collector', () => {
  let collector: Awaited<ReturnType<typeof startStandIn>>;
  let h: Harness;

  beforeAll(async () => {
    collector = await startStandIn((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    h = await startHarness({ telemetry: { otlpEndpoint: `${collector.url}/v1/traces`, serviceName: 'rampart-otlp-test' } });
  });
  afterAll(async () => {
    await h.close(); // idempotent: a second close waits for the first
    await collector.close();
  });

  it('exports a `chat <model>` span with gen_ai.* attributes and child guard spans, flushed on close', async () => {
    const { key } = await h.newKey();
    const res = await h.chat(key, user('say:traced answer', 'otel-model'));
    expect(res.statusCode).toBe(200);
    // The BatchSpanProcessor holds spans for 5 s (its default delay); closing the gateway shuts the
    // provider down, which must flush them at once: the deadline is well under that delay, so spans
    // that only leave on the batch timer fail this test.
    const closedAt = Date.now();
    await h.gw.close();
    const posts = await eventually(() => (collector.requests.length > 0 ? collector.requests : undefined), 1000);
    expect(Date.now() - closedAt).toBeLessThan(4000);

    for (const p of posts) {
      expect(p.method).toBe('POST');
      expect(p.url).toBe('/v1/traces');
      expect(p.headers['content-type']).toMatch(/^application\/json/);
    }
    const spans = decodeSpans(posts);
    const root = spans.find((s) => s.name === 'chat otel-model');
    expect(root, `spans received: ${spans.map((s) => s.name).join(', ')}`).toBeDefined();
    expect(root!.resource['service.name']).toBe('rampart-otlp-test');
    expect(root!.kind).toBe(3); // SPAN_KIND_CLIENT in OTLP's enum
    expect(root!.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'otel-model',
      'gen_ai.response.model': 'otel-model',
      'gen_ai.provider.name': 'openai',
      'gen_ai.usage.input_tokens': 5,
      'gen_ai.usage.output_tokens': 7,
      'server.address': '127.0.0.1',
      'http.response.status_code': 200,
      'rampart.action': 'allow',
    });
    const guards = spans.filter((s) => s.name.startsWith('guard '));
    expect(guards.length).toBeGreaterThan(0);
    for (const g of guards) {
      expect(g.traceId).toBe(root!.traceId);
      expect(g.parentSpanId).toBe(root!.spanId);
    }
    expect(guards.map((g) => `${String(g.attributes['rampart.guard.direction'])}:${String(g.attributes['rampart.guard.scanner'])}`).sort()).toEqual(
      ['input:boom', 'input:forbid', 'input:mask', 'output:forbid', 'output:mask'].sort(),
    );
    for (const g of guards) expect(g.attributes).toMatchObject({ 'rampart.guard.verdict': 'allow', 'rampart.guard.findings': 0 });
  });
});

// ---------------------------------------------------------------------------------------------
// Provider shapes.

const AZURE_KEY_ENV = 'RAMPART_TEST_AZURE_KEY_gwtests2';
const ANTHROPIC_KEY_ENV = 'RAMPART_TEST_ANTHROPIC_KEY_gwtests2';
const AZURE_KEY = 'azure-test-key-5f1c';
const ANTHROPIC_KEY = 'anthropic-test-key-9d2e';

/** An OpenAI-shaped chat answer (or a short SSE stream when the request asked for one). */
function chatAnswer(text: string, model: string) {
  return (req: Recorded, res: http.ServerResponse) => {
    let body: Json = {};
    try {
      body = JSON.parse(req.body) as Json;
    } catch {
      /* recorded as is */
    }
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const chunk = (delta: Json, finish: string | null) =>
        `data: ${JSON.stringify({ id: 'chatcmpl-s', object: 'chat.completion.chunk', created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.write(chunk({ role: 'assistant', content: '' }, null));
      for (const piece of text.match(/.{1,4}/g) ?? []) res.write(chunk({ content: piece }, null));
      res.write(chunk({}, 'stop'));
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-standin',
        object: 'chat.completion',
        created: 1,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 11, completion_tokens: 4, total_tokens: 15 },
      }),
    );
  };
}

describe('provider kinds over real HTTP', () => {
  let azure: Awaited<ReturnType<typeof startStandIn>>;
  let anthropic: Awaited<ReturnType<typeof startStandIn>>;
  let h: Harness;
  let key: string;
  const saved: Record<string, string | undefined> = {};

  beforeAll(async () => {
    for (const name of [AZURE_KEY_ENV, ANTHROPIC_KEY_ENV]) saved[name] = process.env[name];
    process.env[AZURE_KEY_ENV] = AZURE_KEY;
    process.env[ANTHROPIC_KEY_ENV] = ANTHROPIC_KEY;
    azure = await startStandIn(chatAnswer('Azure stand-in says hi', 'gpt-4o-2024-08-06'));
    anthropic = await startStandIn(chatAnswer('Claude stand-in says hi', 'claude-sonnet-4-5'));
    h = await startHarness({
      upstreams: {
        az: { kind: 'azure', baseUrl: `${azure.url}/`, apiKeyEnv: AZURE_KEY_ENV, apiVersion: '2025-01-01-preview', timeoutMs: 5000 },
        az_default_version: { kind: 'azure', baseUrl: azure.url, apiKeyEnv: AZURE_KEY_ENV, timeoutMs: 5000 },
        claude: { kind: 'anthropic', baseUrl: `${anthropic.url}/v1`, apiKeyEnv: ANTHROPIC_KEY_ENV, timeoutMs: 5000 },
      },
      routes: [
        { model: 'team-gpt', upstream: 'az', target: 'prod gpt4o' },
        { model: 'gpt-plain', upstream: 'az_default_version' },
        { model: 'team-claude', upstream: 'claude', target: 'claude-sonnet-4-5' },
      ],
    });
    key = (await h.newKey()).key;
  });
  afterAll(async () => {
    await h.close();
    await azure.close();
    await anthropic.close();
    for (const [name, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[name];
      else process.env[name] = v;
    }
  });

  it('azure: calls /openai/deployments/<target>/chat/completions?api-version=… with the api-key header', async () => {
    const before = azure.requests.length;
    const res = await h.chat(key, user('hello azure', 'team-gpt'));
    expect(res.statusCode, res.body).toBe(200);
    expect(azure.requests.length).toBe(before + 1);
    const got = azure.requests[before]!;
    expect(got.method).toBe('POST');
    const url = new URL(got.url, 'http://x');
    // The route's target is the deployment name, URL-encoded into the path; the trailing slash of baseUrl is dropped.
    expect(url.pathname).toBe('/openai/deployments/prod%20gpt4o/chat/completions');
    expect([...url.searchParams.keys()]).toEqual(['api-version']);
    expect(url.searchParams.get('api-version')).toBe('2025-01-01-preview');
    expect(got.headers['api-key']).toBe(AZURE_KEY);
    // Azure authenticates by api-key only: neither a Bearer provider key nor the client's Rampart key goes upstream.
    expect(got.headers.authorization).toBeUndefined();
    expect(got.body).not.toContain(key);
    const sent = JSON.parse(got.body) as Json;
    expect(sent.model).toBe('prod gpt4o');
    expect((sent.messages as Array<{ content: string }>).at(-1)!.content).toBe('hello azure');
    // The stand-in's answer reaches the client.
    const answer = res.json() as Json;
    expect((answer.choices as Array<{ message: { content: string } }>)[0]!.message.content).toBe('Azure stand-in says hi');
    expect(answer.model).toBe('gpt-4o-2024-08-06');
    expect(answer.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 4 });
  });

  it('azure: without apiVersion the default api-version 2024-10-21 is sent, and the model is the deployment', async () => {
    const before = azure.requests.length;
    const res = await h.chat(key, user('hello again', 'gpt-plain'));
    expect(res.statusCode, res.body).toBe(200);
    const got = azure.requests[before]!;
    expect(got.url).toBe('/openai/deployments/gpt-plain/chat/completions?api-version=2024-10-21');
    expect(got.headers['api-key']).toBe(AZURE_KEY);
    expect((JSON.parse(got.body) as Json).model).toBe('gpt-plain');
  });

  it('anthropic: calls <baseUrl>/chat/completions with Authorization: Bearer <provider key> and the target model', async () => {
    const before = anthropic.requests.length;
    const res = await h.chat(key, user('hello claude', 'team-claude'));
    expect(res.statusCode, res.body).toBe(200);
    expect(anthropic.requests.length).toBe(before + 1);
    const got = anthropic.requests[before]!;
    expect(got.method).toBe('POST');
    expect(got.url).toBe('/v1/chat/completions');
    expect(got.headers.authorization).toBe(`Bearer ${ANTHROPIC_KEY}`);
    expect(got.headers['api-key']).toBeUndefined();
    expect(got.headers['content-type']).toMatch(/^application\/json/);
    const sent = JSON.parse(got.body) as Json;
    expect(sent.model).toBe('claude-sonnet-4-5');
    expect((sent.messages as Array<{ content: string }>).at(-1)!.content).toBe('hello claude');
    const answer = res.json() as Json;
    expect((answer.choices as Array<{ message: { content: string } }>)[0]!.message.content).toBe('Claude stand-in says hi');
    // Nothing went to the Azure stand-in.
    expect(azure.requests.every((r) => !r.body.includes('hello claude'))).toBe(true);
  });

  it('anthropic: a streamed request reaches the same URL and its chunks are relayed', async () => {
    const before = anthropic.requests.length;
    const res = await h.chat(key, user('stream please', 'team-claude', { stream: true }));
    expect(res.statusCode, res.body).toBe(200);
    const got = anthropic.requests[before]!;
    expect(got.url).toBe('/v1/chat/completions');
    expect(got.headers.authorization).toBe(`Bearer ${ANTHROPIC_KEY}`);
    expect((JSON.parse(got.body) as Json).stream).toBe(true);
    const events = sseEvents(res.body);
    expect(events.at(-1)!.data).toBe('[DONE]');
    const text = events
      .filter((e) => e.data !== '[DONE]')
      .map((e) => ((JSON.parse(e.data) as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? ''))
      .join('');
    expect(text).toBe('Claude stand-in says hi');
  });
});
