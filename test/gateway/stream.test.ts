import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { says, sseEvents, startHarness, user, type Harness } from './harness.js';

let h: Harness;
let key: string;
let base: string;

beforeAll(async () => {
  h = await startHarness();
  key = (await h.newKey()).key;
  await h.gw.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(h.gw.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => h.close());

async function post(body: Record<string, unknown>, path = '/v1/chat/completions') {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function contentOf(text: string): string {
  return sseEvents(text)
    .filter((e) => e.data !== '[DONE]' && !e.event)
    .map((e) => (JSON.parse(e.data) as { choices?: Array<{ delta?: { content?: string } }> }).choices?.[0]?.delta?.content ?? '')
    .join('');
}

async function lastEvent(): Promise<Record<string, unknown>> {
  await h.gw.context.audit.flush();
  const head = await h.gw.context.audit.store.head();
  const [r] = await h.gw.context.audit.store.readRecords(head.seq - 1, 1);
  return JSON.parse(r!.body) as Record<string, unknown>;
}

const filler = 'The quick brown fox jumps over the lazy dog. '.repeat(8);

describe('streaming chat completions', () => {
  it('relays the whole answer and ends with [DONE]', async () => {
    const overheadCount = async () => Number(/^rampart_overhead_seconds_count\{endpoint="chat"\} (\d+)$/m.exec((await h.gw.app.inject({ method: 'GET', url: '/metrics' })).body)?.[1] ?? 0);
    const counted = await overheadCount();
    const res = await post(user(`say:${filler}`, 'fake-1', { stream: true }));
    expect(await overheadCount()).toBe(counted + 1);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    expect(res.headers.get('x-rampart-overhead-ms')).toMatch(/^\d+(\.\d+)?$/);
    expect(contentOf(res.text)).toBe(filler);
    expect(sseEvents(res.text).at(-1)!.data).toBe('[DONE]');
    expect(await lastEvent()).toMatchObject({ type: 'request', stream: true, status: 200, action: 'allow', tokens: { estimated: true } });
  });

  it('ends with an SSE error event on a violation mid-stream and never sends the offending text', async () => {
    const answer = `${filler}and then FORBIDDEN words follow. ${filler}`;
    const res = await post(user(says(answer), 'fake-1', { stream: true }));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('FORBIDDEN');
    const events = sseEvents(res.text);
    const last = events.at(-1)!;
    expect(last.event).toBe('error');
    expect(JSON.parse(last.data).error.code).toBe('rampart_output_blocked');
    expect(events.some((e) => e.data === '[DONE]')).toBe(false);
    // Text well before the violation was released incrementally (the guard holds back a window, not the whole answer).
    expect(contentOf(res.text).length).toBeGreaterThan(100);
    expect(await lastEvent()).toMatchObject({ status: 400, error: 'rampart_output_blocked', action: 'block' });
  });

  it('redacts a secret split across many chunks before it is sent', async () => {
    const answer = `${filler}token XSECRETX-123456789 end. ${filler}`;
    const res = await post(user(says(answer), 'fake-1', { stream: true }));
    expect(res.text).not.toContain('XSECRETX');
    expect(contentOf(res.text)).toBe(answer.replace('XSECRETX-123456789', '[TEST_SECRET]'));
    expect(sseEvents(res.text).at(-1)!.data).toBe('[DONE]');
  });

  it('sends token logprobs only with the text they spell, and none after a redaction', async () => {
    const tokensOf = (text: string) =>
      sseEvents(text)
        .filter((e) => e.data !== '[DONE]' && !e.event)
        .flatMap((e) => (JSON.parse(e.data) as { choices: Array<{ logprobs?: { content?: Array<{ token: string }> } | null }> }).choices)
        .flatMap((c) => c.logprobs?.content ?? [])
        .map((t) => t.token)
        .join('');
    const clean = await post(user(`say:${filler}`, 'fake-1', { stream: true, logprobs: true }));
    expect(tokensOf(clean.text)).toBe(filler);
    const answer = `${filler}token XSECRETX-123456789 end. ${filler}`;
    const masked = await post(user(says(answer), 'fake-1', { stream: true, logprobs: true }));
    const content = contentOf(masked.text);
    expect(content).toBe(answer.replace('XSECRETX-123456789', '[TEST_SECRET]'));
    const spelled = tokensOf(masked.text);
    expect(spelled).not.toContain('XSECRET');
    expect(spelled.length).toBeGreaterThan(0);
    expect(content.startsWith(spelled)).toBe(true);
  });

  it('guards every text the model writes besides content: reasoning, refusal, tool-call arguments', async () => {
    const answer = `${filler}token XSECRETX-123456789 end.`;
    const res = await post(user(says(answer), 'side-channels', { stream: true }));
    expect(res.text).not.toContain('XSECRETX');
    const deltas = sseEvents(res.text)
      .filter((e) => e.data !== '[DONE]' && !e.event)
      .map((e) => (JSON.parse(e.data) as { choices: Array<{ delta: Record<string, unknown> }> }).choices[0]!.delta);
    const joined = (field: string) => deltas.map((d) => (typeof d[field] === 'string' ? d[field] : '')).join('');
    const masked = answer.replace('XSECRETX-123456789', '[TEST_SECRET]');
    expect(joined('reasoning_content')).toBe(masked);
    expect(joined('refusal')).toBe(masked);
    const args = deltas.flatMap((d) => (d.tool_calls as Array<{ function: { arguments: string } }> | undefined) ?? []).map((c) => c.function.arguments).join('');
    expect(JSON.parse(args)).toEqual({ q: masked });
    expect(joined('content')).toBe('ok');
  });

  it('keeps the text in order when the last text and the finish reason share a chunk', async () => {
    const res = await post(user(`say:${filler}`, 'last-with-finish', { stream: true, logprobs: true }));
    expect(contentOf(res.text)).toBe(filler);
    expect(sseEvents(res.text).at(-1)!.data).toBe('[DONE]');
  });

  it('blocks a short answer that never fills the hold-back window', async () => {
    const res = await post(user(says('FORBIDDEN'), 'fake-1', { stream: true }));
    expect(res.text).not.toContain('FORBIDDEN');
    expect(sseEvents(res.text).at(-1)!.event).toBe('error');
  });

  it('turns a cut stream into an error event and an audit event', async () => {
    const res = await post(user(`say:${filler}`, 'fault-cut', { stream: true }));
    const last = sseEvents(res.text).at(-1)!;
    expect(last.event).toBe('error');
    expect(JSON.parse(last.data).error.code).toBe('rampart_upstream_stream_cut');
    expect(await lastEvent()).toMatchObject({ status: 502, error: 'rampart_upstream_stream_cut' });
  });

  it('answers 502 when the upstream answers a stream request with plain JSON, and keeps serving', async () => {
    const res = await post(user('say:hello', 'no-stream', { stream: true }));
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text).error.code).toBe('rampart_upstream_bad_response');
    expect(await lastEvent()).toMatchObject({ status: 502, error: 'rampart_upstream_bad_response', action: 'error' });
    expect(contentOf((await post(user('say:still here', 'fake-1', { stream: true }))).text)).toBe('still here');
  });

  it('turns an upstream error event mid-stream into an error', async () => {
    const res = await post(user(`say:${filler}`, 'fault-stream-error', { stream: true }));
    expect(JSON.parse(sseEvents(res.text).at(-1)!.data).error.code).toBe('rampart_upstream_error');
  });

  it('keeps the upstream connection for the next stream, even when the body ends after [DONE]', async () => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60)); // the body's end arrives 20 ms after [DONE]
    await post(user(`say:${filler}`, 'late-end', { stream: true }));
    await settle();
    const before = h.upstream.connections;
    for (let i = 0; i < 5; i++) {
      expect(contentOf((await post(user(`say:${filler}`, 'late-end', { stream: true }))).text)).toBe(filler);
      await settle();
    }
    expect(h.upstream.connections).toBe(before);
  });

  it('answers the client at [DONE] and hangs up on an upstream that keeps its body open, silent, after it', async () => {
    // A gateway whose upstream timeout (60 s) can not be what ends the drain.
    const patient = await startHarness({}, {}, { gatewayTimeoutMs: 60_000 });
    try {
      const k = (await patient.newKey()).key;
      await patient.gw.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(patient.gw.app.server.address() as AddressInfo).port}/v1/chat/completions`;
      const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${k}`, 'content-type': 'application/json' }, body: JSON.stringify(user(`say:${filler}`, 'idle-after-done', { stream: true })) });
      expect((await res.text()).endsWith('data: [DONE]\n\n')).toBe(true);
      // The upstream would hold the body for 10 s; the gateway lets a drain take about a second.
      await vi.waitFor(() => expect(patient.upstream.afterDone.closedByPeer).toBe(true), { timeout: 5000 });
    } finally {
      await patient.close();
    }
  });

  it('answers the client at [DONE] and hangs up on an upstream that keeps sending after it', async () => {
    h.upstream.afterDone.closedByPeer = false;
    const res = await post(user(`say:${filler}`, 'after-done', { stream: true }));
    expect(res.text.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(contentOf(res.text)).toBe(filler);
    // The client had its answer while the upstream was still sending; the gateway stops reading after 64 KB.
    await vi.waitFor(() => expect(h.upstream.afterDone.closedByPeer).toBe(true), { timeout: 5000 });
    expect(h.upstream.afterDone.kb).toBeLessThan(1024);
  });

  it('answers upstream failures before the stream starts with a JSON error', async () => {
    const res = await post(user('hi', 'fault-500', { stream: true }));
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text).error.code).toBe('rampart_upstream_error');
  });
});

describe('streaming responses API', () => {
  const deltas = (text: string) =>
    sseEvents(text)
      .filter((e) => e.event === 'response.output_text.delta')
      .map((e) => (JSON.parse(e.data) as { delta: string }).delta)
      .join('');
  /** Every whole copy of the answer text in the later events. */
  const wholeTexts = (text: string) => {
    const byType = new Map(sseEvents(text).filter((e) => e.event).map((e) => [e.event!, JSON.parse(e.data)]));
    return [
      byType.get('response.output_text.done')?.text,
      byType.get('response.content_part.done')?.part.text,
      byType.get('response.output_item.done')?.item.content[0].text,
      byType.get('response.completed')?.response.output[0].content[0].text,
    ];
  };

  it('ends the client stream at response.completed even when the upstream keeps its body open', async () => {
    h.upstream.afterDone.closedByPeer = false;
    // Before, the client waited for the upstream's body to end (10 s here, past this test's time limit).
    const res = await post({ model: 'idle-after-done', input: `say:${filler}`, stream: true }, '/v1/responses');
    expect(sseEvents(res.text).at(-1)!.event).toBe('response.completed');
    expect(deltas(res.text)).toBe(filler);
    await vi.waitFor(() => expect(h.upstream.afterDone.closedByPeer).toBe(true), { timeout: 4000 });
  });

  it('relays an allowed stream incrementally, every event in order, ending with response.completed', async () => {
    const ok = await post({ model: 'fake-1', input: `say:${filler}`, stream: true }, '/v1/responses');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/event-stream/);
    const types = sseEvents(ok.text).map((e) => e.event);
    expect(types[0]).toBe('response.created');
    expect(types.at(-1)).toBe('response.completed');
    // Released as it came (minus the hold-back window), not in one piece at the end.
    expect(types.filter((t) => t === 'response.output_text.delta').length).toBeGreaterThan(2);
    expect(deltas(ok.text)).toBe(filler);
    expect(wholeTexts(ok.text)).toEqual([filler, filler, filler, filler]);
    expect(await lastEvent()).toMatchObject({ endpoint: 'responses', stream: true, status: 200, action: 'allow', tokens: { prompt: 5, completion: 7 } });
  });

  it('ends with an error event on a violation mid-stream; the offending text is in no event', async () => {
    const bad = await post({ model: 'fake-1', input: says(`${filler}x FORBIDDEN y${filler}`), stream: true }, '/v1/responses');
    expect(bad.status).toBe(200);
    expect(bad.text).not.toContain('FORBIDDEN');
    const last = sseEvents(bad.text).at(-1)!;
    expect(last.event).toBe('error');
    expect(JSON.parse(last.data).error.code).toBe('rampart_output_blocked');
    expect(deltas(bad.text).length).toBeGreaterThan(100);
    expect(sseEvents(bad.text).some((e) => e.event === 'response.completed')).toBe(false);
    expect(await lastEvent()).toMatchObject({ status: 400, error: 'rampart_output_blocked', action: 'block' });
  });

  it('redacts a secret split across deltas, identically in every copy of the text', async () => {
    const answer = `${filler}token XSECRETX-123456789 end. ${filler}`;
    const res = await post({ model: 'fake-1', input: says(answer), stream: true }, '/v1/responses');
    expect(res.text).not.toContain('XSECRETX');
    const expected = answer.replace('XSECRETX-123456789', '[TEST_SECRET]');
    expect(deltas(res.text)).toBe(expected);
    expect(wholeTexts(res.text)).toEqual([expected, expected, expected, expected]);
  });

  it('carries no token logprobs under an output guard, where they would spell held-back text', async () => {
    const answer = `${filler}token XSECRETX-123456789 end.`;
    const res = await post({ model: 'fake-1', input: says(answer), stream: true, top_logprobs: 2 }, '/v1/responses');
    expect(deltas(res.text)).toBe(answer.replace('XSECRETX-123456789', '[TEST_SECRET]'));
    expect(res.text).not.toContain('logprobs');
  });

  it('guards reasoning summaries, tool-call arguments and refusals like the answer text, in every copy', async () => {
    const answer = `${filler}token XSECRETX-123456789 end.`;
    const res = await post({ model: 'side-channels', input: says(answer), stream: true }, '/v1/responses');
    expect(res.text).not.toContain('XSECRETX');
    const masked = answer.replace('XSECRETX-123456789', '[TEST_SECRET]');
    const events = sseEvents(res.text).filter((e) => e.event).map((e) => ({ event: e.event!, json: JSON.parse(e.data) as Record<string, unknown> }));
    const joined = (type: string) => events.filter((e) => e.event === type).map((e) => e.json.delta as string).join('');
    expect(joined('response.reasoning_summary_text.delta')).toBe(masked);
    expect(joined('response.refusal.delta')).toBe(masked);
    expect(JSON.parse(joined('response.function_call_arguments.delta'))).toEqual({ q: masked });
    const completed = events.find((e) => e.event === 'response.completed')!.json.response as { output: Array<Record<string, unknown>> };
    expect(JSON.stringify(completed.output)).toContain('[TEST_SECRET]');
    expect(JSON.parse(completed.output[1]!.arguments as string)).toEqual({ q: masked });
  });

  it('redacts the same texts in a buffered Responses answer', async () => {
    const res = await h.chat(key, { model: 'side-channels', input: says('key XSECRETX-42 here') }, '/v1/responses');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('XSECRET');
    expect(res.body.match(/\[TEST_SECRET\]/g)).toHaveLength(3);
  });

  it('checks a text that arrives only whole (no deltas)', async () => {
    const ok = await post({ model: 'no-deltas', input: 'say:calm words', stream: true }, '/v1/responses');
    expect(wholeTexts(ok.text)).toEqual(['calm words', 'calm words', 'calm words', 'calm words']);
    const masked = await post({ model: 'no-deltas', input: says('key XSECRETX-42 here'), stream: true }, '/v1/responses');
    expect(masked.text).not.toContain('XSECRETX');
    expect(wholeTexts(masked.text)[3]).toBe('key [TEST_SECRET] here');
    const bad = await post({ model: 'no-deltas', input: says('x FORBIDDEN y'), stream: true }, '/v1/responses');
    expect(bad.text).not.toContain('FORBIDDEN');
    expect(sseEvents(bad.text).at(-1)!.event).toBe('error');
  });

  it('answers 502 when the upstream answers a stream request with plain JSON', async () => {
    const res = await post({ model: 'no-stream', input: 'say:hello', stream: true }, '/v1/responses');
    expect(res.status).toBe(502);
    expect(JSON.parse(res.text).error.code).toBe('rampart_upstream_bad_response');
  });

  it('turns a cut stream into an error event', async () => {
    const cut = await post({ model: 'fault-cut', input: 'say:hello', stream: true }, '/v1/responses');
    const last = sseEvents(cut.text).at(-1)!;
    expect(last.event).toBe('error');
    expect(JSON.parse(last.data).error.code).toBe('rampart_upstream_stream_cut');
  });
});

describe('load', () => {
  it('64 concurrent clients, streaming and not: no errors and exactly one audit event per request', async () => {
    await h.gw.context.audit.flush();
    const countRequests = async () =>
      (await h.gw.context.audit.store.readRecords(0, 1_000_000)).filter((r) => r.body.includes('"type":"request"')).length;
    const before = await countRequests();
    const total = 320;
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < total) {
          const i = next++;
          const res = await post(user(`say:${filler.slice(0, 40 + (i % 100))}`, 'fake-1', { stream: i % 2 === 0 }));
          statuses.push(res.status);
          if (i % 2 === 0) expect(sseEvents(res.text).at(-1)!.data).toBe('[DONE]');
        }
      }),
    );
    expect(statuses).toHaveLength(total);
    expect(statuses.every((s) => s === 200)).toBe(true);
    await h.gw.context.audit.flush();
    expect((await countRequests()) - before).toBe(total);
    const verify = await h.gw.app.inject({ method: 'GET', url: '/admin/audit/verify', headers: { authorization: 'Bearer admin-token-for-tests-0123456789' } });
    expect(verify.json().ok).toBe(true);
  });
});
