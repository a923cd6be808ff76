/**
 * Every text a model writes besides the answer, against an upstream that replays scripted events:
 * the order clients rely on (one channel complete before the next starts) and no unguarded copy of
 * any text in any event. The harness's `mask` scanner redacts XSECRETX-<digits>.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sseEvents, startHarness, type Harness } from './harness.js';

type Json = Record<string, unknown>;
/** Per model: SSE events (chat chunks, or Responses events sent with their `event:` name) or a JSON answer. */
const scripts = new Map<string, { stream?: Json[]; named?: boolean; json?: Json }>();

let h: Harness;
let key: string;
let upstream: http.Server;

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const script = scripts.get((JSON.parse(body) as { model: string }).model);
      if (!script) return void res.writeHead(404).end('{}');
      if (script.json) return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(script.json));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const ev of script.stream!) res.write(`${script.named ? `event: ${String(ev.type)}\n` : ''}data: ${JSON.stringify(ev)}\n\n`);
      res.end(script.named ? '' : 'data: [DONE]\n\n');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  h = await startHarness({ upstreams: { fake: { baseUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`, timeoutMs: 5000 } } });
  key = (await h.newKey()).key;
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => upstream.close(resolve));
});

const SECRET = 'XSECRETX-123456789';
const filler = 'The quick brown fox jumps over the lazy dog. '.repeat(6);
const pieces = (text: string, size = 8) => text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g')) ?? [];
const chunk = (delta: Json, finish: string | null = null, extra: Json = {}) => ({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta, finish_reason: finish, ...extra }] });
const ev = (type: string, fields: Json) => ({ type, ...fields });

async function send(body: Json, path = '/v1/chat/completions', apiKey = key) {
  const res = await h.gw.app.inject({ method: 'POST', url: path, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
  return { status: res.statusCode, text: res.body };
}
const deltasOf = (text: string) =>
  sseEvents(text)
    .filter((e) => e.data !== '[DONE]' && !e.event)
    .map((e) => (JSON.parse(e.data) as { choices: Array<{ delta: Json; finish_reason: unknown }> }).choices[0]!);

describe('chat streams: the order of channels', () => {
  it('relays each parallel tool call complete before the next one starts', async () => {
    const args = [JSON.stringify({ query: `first ${filler}` }), JSON.stringify({ query: `second ${filler}` })];
    const stream: Json[] = [];
    args.forEach((a, index) => {
      stream.push(chunk({ tool_calls: [{ index, id: `call_${index}`, type: 'function', function: { name: 'search', arguments: '' } }] }));
      for (const p of pieces(a)) stream.push(chunk({ tool_calls: [{ index, function: { arguments: p } }] }));
    });
    stream.push(chunk({}, 'tool_calls'));
    scripts.set('parallel-tools', { stream });
    const res = await send({ model: 'parallel-tools', stream: true, messages: [{ role: 'user', content: 'go' }] });
    const calls = deltasOf(res.text).flatMap((c) => (c.delta.tool_calls as Array<{ index: number; function?: { arguments?: string } }> | undefined) ?? []);
    const order = calls.map((c) => c.index);
    expect(order.lastIndexOf(0)).toBeLessThan(order.indexOf(1));
    for (const index of [0, 1]) {
      const joined = calls.filter((c) => c.index === index).map((c) => c.function?.arguments ?? '').join('');
      expect(joined).toBe(args[index]);
    }
  });

  it('releases held reasoning before the answer, and survives a chunk after the finish reason', async () => {
    const reasoning = `Thinking it over. ${filler}`;
    scripts.set('reason-then-answer', {
      stream: [
        ...pieces(reasoning).map((p) => chunk({ reasoning_content: p })),
        chunk({ content: 'Answer.' }),
        chunk({ content: '' }, 'stop'),
        { ...chunk({ content: '' }), usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } },
      ],
    });
    const res = await send({ model: 'reason-then-answer', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(sseEvents(res.text).at(-1)!.data).toBe('[DONE]');
    const order = deltasOf(res.text)
      .map((c) => (c.finish_reason ? 'F' : c.delta.reasoning_content ? 'R' : c.delta.content ? 'C' : ''))
      .filter(Boolean)
      .join('');
    expect(order).toMatch(/^R+C+F$/);
    expect(deltasOf(res.text).map((c) => c.delta.reasoning_content ?? '').join('')).toBe(reasoning);
  });

  it('redacts custom tools\' input, the legacy function_call and `reasoning`, streamed', async () => {
    const text = `use ${SECRET} ${filler}`;
    scripts.set('chat-other-texts', {
      stream: [
        ...pieces(text).map((p) => chunk({ reasoning: p })),
        ...pieces(text).map((p, i) => chunk({ tool_calls: [{ index: 0, ...(i === 0 ? { id: 'c0', type: 'custom' } : {}), custom: { ...(i === 0 ? { name: 'shell' } : {}), input: p } }] })),
        ...pieces(text).map((p, i) => chunk({ function_call: { ...(i === 0 ? { name: 'lookup' } : {}), arguments: p } })),
        chunk({}, 'stop'),
      ],
    });
    const res = await send({ model: 'chat-other-texts', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    expect(res.text.match(/TEST_SECRET/g)).toHaveLength(3);
  });
});

describe('chat streams that alternate between channels', () => {
  /** Two tool calls whose argument pieces alternate chunk by chunk, 4 characters at a time. */
  const alternating = (first: string, second: string): Json[] => {
    const a = pieces(first, 4);
    const b = pieces(second, 4);
    const stream: Json[] = [
      chunk({ tool_calls: [{ index: 0, id: 'c0', type: 'function', function: { name: 'search', arguments: '' } }] }),
      chunk({ tool_calls: [{ index: 1, id: 'c1', type: 'function', function: { name: 'search', arguments: '' } }] }),
    ];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i]) stream.push(chunk({ tool_calls: [{ index: 0, function: { arguments: a[i] } }] }));
      if (b[i]) stream.push(chunk({ tool_calls: [{ index: 1, function: { arguments: b[i] } }] }));
    }
    return [...stream, chunk({}, 'tool_calls')];
  };
  const argsOf = (text: string, index: number) =>
    deltasOf(text)
      .flatMap((c) => (c.delta.tool_calls as Array<{ index: number; function?: { arguments?: string } }> | undefined) ?? [])
      .filter((c) => c.index === index)
      .map((c) => c.function?.arguments ?? '')
      .join('');

  it('still sees a secret split over many alternating chunks, whole', async () => {
    scripts.set('alternating-secret', { stream: alternating(JSON.stringify({ token: SECRET, note: filler }), JSON.stringify({ a: filler })) });
    const res = await send({ model: 'alternating-secret', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(res.text).not.toMatch(/XSECRETX|123456789/);
    expect(JSON.parse(argsOf(res.text, 0))).toEqual({ token: '[TEST_SECRET]', note: filler });
    expect(JSON.parse(argsOf(res.text, 1))).toEqual({ a: filler });
  });

  it('still blocks a forbidden word split over alternating chunks', async () => {
    scripts.set('alternating-forbidden', { stream: alternating(JSON.stringify({ note: `x FORBIDDEN y ${filler}` }), JSON.stringify({ a: filler })) });
    const res = await send({ model: 'alternating-forbidden', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(sseEvents(res.text).at(-1)!.event).toBe('error');
    expect(res.text).not.toMatch(/FORB/);
  });

  it('tells tool calls without an index apart by their id', async () => {
    const args = [JSON.stringify({ q: `a ${filler}` }), JSON.stringify({ q: `b ${filler}` })];
    const stream: Json[] = [];
    args.forEach((a, n) => pieces(a, 16).forEach((p, i) => stream.push(chunk({ tool_calls: [{ ...(i === 0 ? { id: `call_${n}`, type: 'function', function: { name: 'search', arguments: p } } : { function: { arguments: p } }) }] }))));
    scripts.set('no-index-tools', { stream: [...stream, chunk({}, 'tool_calls')] });
    const res = await send({ model: 'no-index-tools', stream: true, messages: [{ role: 'user', content: 'go' }] });
    // Reassembled the way a client does without indices: an id starts a call, the rest continue it.
    const calls: string[] = [];
    for (const c of deltasOf(res.text).flatMap((d) => (d.delta.tool_calls as Array<{ id?: string; function?: { arguments?: string } }> | undefined) ?? [])) {
      if (c.id !== undefined) calls.push('');
      calls[calls.length - 1] += c.function?.arguments ?? '';
    }
    expect(calls.map((c) => JSON.parse(c) as Json)).toEqual(args.map((a) => JSON.parse(a) as Json));
  });
});

describe('chat streams without guards', () => {
  it('relays every chunk exactly as the upstream sent it', async () => {
    const open = await startHarness({ guards: false, upstreams: { fake: { baseUrl: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1`, timeoutMs: 5000 } } }, { guard: null });
    const openKey = (await open.newKey()).key;
    const stream = [chunk({ role: 'assistant', content: '' }), chunk({ content: `hi ${SECRET}` }, null, { content_filter_results: {} }), chunk({}), chunk({}, 'stop')];
    scripts.set('plain-relay', { stream });
    const res = await open.gw.app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { authorization: `Bearer ${openKey}`, 'content-type': 'application/json' }, payload: JSON.stringify({ model: 'plain-relay', stream: true, messages: [{ role: 'user', content: 'go' }] }) });
    expect(res.body).toBe(`${stream.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`);
    await open.close();
  });
});

describe('chat answers: every text, every tool', () => {
  it('redacts message.reasoning and a custom tool\'s input; a redacted refusal loses its logprobs', async () => {
    scripts.set('chat-buffered-texts', {
      json: {
        id: 'x', object: 'chat.completion', created: 1, model: 'm',
        choices: [{
          index: 0, finish_reason: 'stop',
          message: { role: 'assistant', content: null, refusal: `no: ${SECRET}`, reasoning: `why ${SECRET}`, tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'shell', input: `echo ${SECRET}` } }] },
          logprobs: { content: null, refusal: [{ token: SECRET, logprob: -0.1 }] },
        }],
      },
    });
    const res = await send({ model: 'chat-buffered-texts', messages: [{ role: 'user', content: 'go' }] });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    expect((JSON.parse(res.text) as { choices: Array<{ logprobs: unknown }> }).choices[0]!.logprobs).toBeNull();
  });

  it('refuses a custom tool or legacy function call the key may not use', async () => {
    const scoped = (await h.newKey({ name: 'scoped', tools: ['search'] })).key;
    scripts.set('custom-shell', { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', tool_calls: [{ id: 'c', type: 'custom', custom: { name: 'shell', input: 'ls' } }] } }] } });
    scripts.set('legacy-shell', { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, finish_reason: 'function_call', message: { role: 'assistant', function_call: { name: 'shell', arguments: '{}' } } }] } });
    for (const model of ['custom-shell', 'legacy-shell']) {
      const res = await send({ model, messages: [{ role: 'user', content: 'go' }] }, '/v1/chat/completions', scoped);
      expect(res.status).toBe(400);
      expect(res.text).toContain('rampart_tool_not_allowed');
    }
  });
});

describe('Responses streams: every copy of every text', () => {
  it('guards reasoning text, summary parts, custom tool input, and the whole copy in response.incomplete', async () => {
    const text = `use ${SECRET} ${filler}`;
    const reasoningItem = (t: string) => ({ id: 'rs', type: 'reasoning', summary: [{ type: 'summary_text', text: t }], content: [{ type: 'reasoning_text', text: t }] });
    const toolItem = (t: string) => ({ id: 'ct', type: 'custom_tool_call', name: 'shell', call_id: 'c', input: t });
    scripts.set('responses-other-texts', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ev('response.output_item.added', { output_index: 0, item: { id: 'rs', type: 'reasoning', summary: [], content: [] } }),
        ...pieces(text).map((d) => ev('response.reasoning_text.delta', { item_id: 'rs', output_index: 0, content_index: 0, delta: d })),
        ev('response.reasoning_text.done', { item_id: 'rs', output_index: 0, content_index: 0, text }),
        ...pieces(text).map((d) => ev('response.reasoning_summary_text.delta', { item_id: 'rs', output_index: 0, summary_index: 0, delta: d })),
        ev('response.reasoning_summary_text.done', { item_id: 'rs', output_index: 0, summary_index: 0, text }),
        ev('response.reasoning_summary_part.done', { item_id: 'rs', output_index: 0, summary_index: 0, part: { type: 'summary_text', text } }),
        ev('response.output_item.done', { output_index: 0, item: reasoningItem(text) }),
        ev('response.output_item.added', { output_index: 1, item: toolItem('') }),
        ...pieces(text).map((d) => ev('response.custom_tool_call_input.delta', { item_id: 'ct', output_index: 1, delta: d })),
        ev('response.custom_tool_call_input.done', { item_id: 'ct', output_index: 1, input: text }),
        ev('response.output_item.done', { output_index: 1, item: toolItem(text) }),
        ev('response.incomplete', { response: { id: 'r', status: 'incomplete', output: [reasoningItem(text), toolItem(text)] } }),
      ],
    });
    const res = await send({ model: 'responses-other-texts', stream: true, input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    const events = sseEvents(res.text);
    expect(events.at(-1)!.event).toBe('response.incomplete');
    expect(events.some((e) => e.event === 'error')).toBe(false);
  });

  it('refuses a custom tool call the key may not use, buffered', async () => {
    const scoped = (await h.newKey({ name: 'scoped-responses', tools: ['search'] })).key;
    scripts.set('responses-shell', { json: { id: 'r', object: 'response', status: 'completed', output: [{ id: 'ct', type: 'custom_tool_call', name: 'shell', call_id: 'c', input: 'ls' }] } });
    const res = await send({ model: 'responses-shell', input: 'go' }, '/v1/responses', scoped);
    expect(res.status).toBe(400);
    expect(res.text).toContain('rampart_tool_not_allowed');
  });
});
