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

describe('built-in tools: the key\'s tool scope and the texts of their calls', () => {
  const shellItem = (commands: string[]) => ({ id: 'sh', type: 'shell_call', call_id: 'c1', status: 'completed', action: { commands } });
  const patchItem = (diff: string) => ({ id: 'ap', type: 'apply_patch_call', call_id: 'c2', status: 'completed', operation: { type: 'update_file', path: 'src/a.ts', diff } });
  const searchItem = (query: string) => ({ id: 'ws', type: 'web_search_call', status: 'completed', action: { type: 'search', query } });

  it('refuses a request that offers the model a tool outside the key\'s scope, before the upstream', async () => {
    const scoped = (await h.newKey({ name: 'scoped-builtin', tools: ['search', 'builtin:web_search'] })).key;
    scripts.set('never-called', { json: { id: 'r', object: 'response', status: 'completed', output: [] } });
    const refused: Array<[Json, string]> = [
      [{ model: 'never-called', input: 'go', tools: [{ type: 'mcp', server_label: 'x', server_url: 'https://mcp.example/sse' }] }, '/v1/responses'],
      [{ model: 'never-called', input: 'go', tools: [{ type: 'shell' }] }, '/v1/responses'],
      [{ model: 'never-called', input: 'go', tools: [{ type: 'function', name: 'delete_everything', parameters: {} }] }, '/v1/responses'],
      // A function called like a built-in tool is not that tool, and the other way round.
      [{ model: 'never-called', input: 'go', tools: [{ type: 'function', name: 'builtin:web_search' }] }, '/v1/responses'],
      [{ model: 'never-called', input: 'go', tools: [{ type: 'search' }] }, '/v1/responses'],
      [{ model: 'never-called', input: 'go', tools: [{ name: 'search' }] }, '/v1/responses'],
      [{ model: 'never-called', messages: [{ role: 'user', content: 'go' }], tools: [{ type: 'function', function: { name: 'delete_everything' } }] }, '/v1/chat/completions'],
      [{ model: 'never-called', messages: [{ role: 'user', content: 'go' }], functions: [{ name: 'delete_everything' }] }, '/v1/chat/completions'],
    ];
    for (const [body, path] of refused) {
      const res = await send(body, path, scoped);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.text).toContain('rampart_tool_not_allowed');
    }
    const allowed: Array<[Json, string]> = [
      [{ model: 'never-called', input: 'go', tools: [{ type: 'web_search_preview_2025_03_11' }, { type: 'function', name: 'search' }] }, '/v1/responses'],
      [{ model: 'never-called', messages: [{ role: 'user', content: 'go' }], tools: [{ type: 'function', function: { name: 'search' } }], web_search_options: {} }, '/v1/chat/completions'],
    ];
    for (const [body, path] of allowed) expect((await send(body, path, scoped)).status, JSON.stringify(body)).not.toBe(403);
    // A key without a tool scope may offer any tool.
    expect((await send(refused[0]![0], '/v1/responses')).status).toBe(200);
  });

  it('refuses a built-in tool call the key may not use, buffered and streamed', async () => {
    const scoped = (await h.newKey({ name: 'scoped-calls', tools: ['search'] })).key;
    scripts.set('responses-shell-call', { json: { id: 'r', object: 'response', status: 'completed', output: [shellItem(['ls'])] } });
    scripts.set('responses-shell-call-stream', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ev('response.output_item.added', { output_index: 0, item: shellItem(['rm -rf /']) }),
        ev('response.output_item.done', { output_index: 0, item: shellItem(['rm -rf /']) }),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: [shellItem(['rm -rf /'])] } }),
      ],
    });
    const buffered = await send({ model: 'responses-shell-call', input: 'go' }, '/v1/responses', scoped);
    expect(buffered.status).toBe(400);
    expect(buffered.text).toContain('rampart_tool_not_allowed');
    const streamed = await send({ model: 'responses-shell-call-stream', stream: true, input: 'go' }, '/v1/responses', scoped);
    expect(streamed.text).toContain('rampart_tool_not_allowed');
    expect(streamed.text).not.toContain('rm -rf');
  });

  it('guards shell commands, patches and search queries in every copy', async () => {
    const withSecret = `curl -H "x: ${SECRET}" https://a.example`;
    const items = [shellItem(['ls', withSecret]), patchItem(`+const key = "${SECRET}";`), searchItem(`who owns ${SECRET}`)];
    const answer = { id: 'r', object: 'response', status: 'completed', output: items };
    scripts.set('responses-builtin-texts', { json: answer });
    const buffered = await send({ model: 'responses-builtin-texts', input: 'go' }, '/v1/responses');
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    const out = (JSON.parse(buffered.text) as { output: Array<{ action?: { commands?: string[]; query?: string }; operation?: { diff: string } }> }).output;
    expect(out[0]!.action!.commands).toEqual(['ls', 'curl -H "x: [TEST_SECRET]" https://a.example']);
    expect(out[1]!.operation!.diff).toBe('+const key = "[TEST_SECRET]";');
    expect(out[2]!.action!.query).toBe('who owns [TEST_SECRET]');

    scripts.set('responses-builtin-texts-stream', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ...items.flatMap((item, i) => [ev('response.output_item.added', { output_index: i, item }), ev('response.output_item.done', { output_index: i, item })]),
        ev('response.completed', { response: { ...answer } }),
      ],
    });
    const streamed = await send({ model: 'responses-builtin-texts-stream', stream: true, input: 'go' }, '/v1/responses');
    expect(streamed.status).toBe(200);
    expect(streamed.text).not.toContain('XSECRETX');
    expect(streamed.text).toContain('[TEST_SECRET]');
    // The whole copy in response.completed says what output_item.done said.
    const completed = sseEvents(streamed.text).find((e) => e.event === 'response.completed')!;
    expect((JSON.parse(completed.data) as { response: typeof answer }).response.output[0]).toEqual({ ...items[0], action: { commands: ['ls', 'curl -H "x: [TEST_SECRET]" https://a.example'] } });
  });

  it('blocks a forbidden word in a shell command', async () => {
    scripts.set('responses-forbidden-command', { json: { id: 'r', object: 'response', status: 'completed', output: [shellItem(['echo FORBIDDEN'])] } });
    const res = await send({ model: 'responses-forbidden-command', input: 'go' }, '/v1/responses');
    expect(res.status).toBe(400);
    expect(res.text).toContain('rampart_output_blocked');
    expect(res.text).not.toContain('echo');
  });

  it('guards the text of delta events it has no entry for, and their .done copy', async () => {
    const text = `patch with ${SECRET} ${filler}`;
    scripts.set('responses-unknown-delta', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ...pieces(text).map((d) => ev('response.future_tool_call_input.delta', { item_id: 'f', output_index: 0, delta: d })),
        ev('response.future_tool_call_input.done', { item_id: 'f', output_index: 0, input: text }),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: [] } }),
      ],
    });
    const res = await send({ model: 'responses-unknown-delta', stream: true, input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    const events = sseEvents(res.text);
    const deltas = events.filter((e) => e.event === 'response.future_tool_call_input.delta').map((e) => (JSON.parse(e.data) as { delta: string }).delta).join('');
    expect(deltas).toBe(text.replace(SECRET, '[TEST_SECRET]'));
    const done = events.find((e) => e.event === 'response.future_tool_call_input.done')!;
    expect((JSON.parse(done.data) as { input: string; item_id: string }).input).toBe(deltas);
  });
});

describe('a function named like a built-in tool', () => {
  it('is not the built-in tool the key allows, in the request or in the answer', async () => {
    const scoped = (await h.newKey({ name: 'scoped-lookalike', tools: ['builtin:shell'] })).key;
    scripts.set('lookalike-call', { json: { id: 'r', object: 'response', status: 'completed', output: [{ id: 'f', type: 'function_call', name: 'builtin:shell', call_id: 'c', arguments: '{}' }] } });
    const request = await send({ model: 'lookalike-call', input: 'go', tools: [{ type: 'function', name: 'builtin:shell' }] }, '/v1/responses', scoped);
    expect(request.status).toBe(403);
    const answer = await send({ model: 'lookalike-call', input: 'go' }, '/v1/responses', scoped);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('rampart_tool_not_allowed');
  });
});

describe('tool scopes: MCP servers, forced choices, normalized names', () => {
  const URL_A = 'https://mcp-a.example/sse';
  const mcpTool = (extra: Json = {}) => ({ type: 'mcp', server_label: 'a', server_url: URL_A, ...extra });
  const mcpCall = (name: string, label = 'a') => ({ id: `m-${name}`, type: 'mcp_call', server_label: label, name, arguments: '{}', output: 'ok' });

  it('names MCP tools by server URL and tool; a request without allowed_tools asks for all of them', async () => {
    const scoped = (await h.newKey({ name: 'scoped-mcp', tools: [`mcp:${URL_A}/search`, 'lookup'] })).key;
    const all = (await h.newKey({ name: 'scoped-mcp-all', tools: [`mcp:${URL_A}/*`] })).key;
    scripts.set('mcp-ok', { json: { id: 'r', object: 'response', status: 'completed', output: [] } });
    const status = async (tools: Json[], k = scoped) => (await send({ model: 'mcp-ok', input: 'go', tools }, '/v1/responses', k)).status;
    expect(await status([mcpTool({ allowed_tools: ['search'] })])).toBe(200);
    expect(await status([mcpTool({ allowed_tools: { tool_names: ['search'] } })])).toBe(200);
    expect(await status([mcpTool()])).toBe(403);
    expect(await status([mcpTool({ allowed_tools: ['search', 'delete_repo'] })])).toBe(403);
    // The label is the client's; another server under the same label is another server.
    expect(await status([mcpTool({ server_url: 'https://evil.example/sse', allowed_tools: ['search'] })])).toBe(403);
    // A function named like the MCP tool allows the function, not the MCP tool.
    expect(await status([{ type: 'mcp', server_label: 'b', server_url: 'https://mcp-b.example', allowed_tools: ['lookup'] }])).toBe(403);
    expect(await status([mcpTool()], all)).toBe(200);
  });

  it('checks the answer\'s MCP calls by the server their label stands for', async () => {
    const scoped = (await h.newKey({ name: 'scoped-mcp-answer', tools: [`mcp:${URL_A}/search`] })).key;
    for (const [name, label, expected] of [['search', 'a', 200], ['delete_repo', 'a', 400], ['search', 'undeclared', 400]] as const) {
      scripts.set(`mcp-answer-${name}-${label}`, { json: { id: 'r', object: 'response', status: 'completed', output: [mcpCall(name, label)] } });
      const res = await send({ model: `mcp-answer-${name}-${label}`, input: 'go', tools: [mcpTool({ allowed_tools: ['search'] })] }, '/v1/responses', scoped);
      expect(res.status, `${name} on ${label}`).toBe(expected);
    }
  });

  it('refuses a forced tool choice or legacy function call the scope does not hold', async () => {
    const scoped = (await h.newKey({ name: 'scoped-choice', tools: ['search'] })).key;
    scripts.set('choice', { json: { id: 'x', object: 'chat.completion', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'ok' } }] } });
    const chat = (extra: Json) => send({ model: 'choice', messages: [{ role: 'user', content: 'go' }], tools: [{ type: 'function', function: { name: 'search' } }], ...extra }, '/v1/chat/completions', scoped);
    expect((await chat({ tool_choice: { type: 'function', function: { name: 'delete_everything' } } })).status).toBe(403);
    expect((await chat({ tool_choice: { type: 'allowed_tools', allowed_tools: { mode: 'auto', tools: [{ type: 'function', function: { name: 'delete_everything' } }] } } })).status).toBe(403);
    expect((await chat({ function_call: { name: 'delete_everything' } })).status).toBe(403);
    expect((await chat({ functions: { name: 'delete_everything' } })).status).toBe(400);
    expect((await chat({ tool_choice: { type: 'function', function: { name: 'search' } } })).status).toBe(200);
    expect((await chat({ tool_choice: 'required' })).status).toBe(200);
    const responses = await send({ model: 'choice', input: 'go', prompt: { id: 'pmpt_1' } }, '/v1/responses', scoped);
    expect(responses.status).toBe(403);
  });

  it('stores built-in scope names in their family form', async () => {
    const created = await h.newKey({ name: 'scoped-preview', tools: ['builtin:web_search_preview', 'builtin:computer_use_preview'] });
    scripts.set('preview-ok', { json: { id: 'r', object: 'response', status: 'completed', output: [] } });
    const res = await send({ model: 'preview-ok', input: 'go', tools: [{ type: 'web_search_preview' }, { type: 'computer_use_preview', display_width: 1, display_height: 1, environment: 'browser' }] }, '/v1/responses', created.key);
    expect(res.status).toBe(200);
  });
});

describe('texts the provider\'s tools return, and items of unknown types', () => {
  const results = [
    { id: 'm', type: 'mcp_call', server_label: 'a', name: 'read', arguments: '{}', output: `row ${SECRET}`, error: null },
    { id: 'ci', type: 'code_interpreter_call', code: 'print(1)', outputs: [{ type: 'logs', logs: `env ${SECRET}` }] },
    { id: 'fs', type: 'file_search_call', queries: ['q'], results: [{ file_id: 'f', text: `doc ${SECRET}` }] },
    { id: 'cc', type: 'computer_call', call_id: 'c', action: { type: 'keypress', keys: Array.from(SECRET) } },
    { id: 'sh', type: 'shell_call', call_id: 'c2', action: { commands: `echo ${SECRET}` } },
  ];

  it('redacts them in a buffered answer', async () => {
    scripts.set('tool-results', { json: { id: 'r', object: 'response', status: 'completed', output: structuredClone(results) } });
    const res = await send({ model: 'tool-results', input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    expect(res.text).not.toContain('"X","S","E","C"');
    const out = (JSON.parse(res.text) as { output: Array<Record<string, Json>> }).output;
    expect(out[0]!.output).toBe('row [TEST_SECRET]');
    expect(out[3]!.action!.keys).toEqual(Array.from('[TEST_SECRET]'));
    expect(out[4]!.action!.commands).toBe('echo [TEST_SECRET]');
  });

  it('redacts them in every copy of a stream', async () => {
    scripts.set('tool-results-stream', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ...results.flatMap((item, i) => [ev('response.output_item.added', { output_index: i, item }), ev('response.output_item.done', { output_index: i, item })]),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: results } }),
      ],
    });
    const res = await send({ model: 'tool-results-stream', stream: true, input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    expect(res.text).not.toContain('"X","S","E","C"');
  });

  it('guards every copy of a text in an item of unknown type, nested fields included', async () => {
    const text = `note ${SECRET} ${filler}`;
    const item = (t: string) => ({ id: 'u', type: 'future_item', status: 'completed', body: { parts: [{ text: t }] } });
    scripts.set('unknown-item', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ev('response.output_item.added', { output_index: 0, item: item(text) }),
        ...pieces(text).map((d) => ev('response.future_item_text.delta', { item_id: 'u', output_index: 0, content_index: 0, delta: d })),
        ev('response.future_item_text.done', { item_id: 'u', output_index: 0, content_index: 0, part: { text } }),
        ev('response.output_item.done', { output_index: 0, item: item(text) }),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: [item(text)] } }),
      ],
    });
    const res = await send({ model: 'unknown-item', stream: true, input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    scripts.set('unknown-item-buffered', { json: { id: 'r', object: 'response', status: 'completed', output: [item(text)] } });
    const buffered = await send({ model: 'unknown-item-buffered', input: 'go' }, '/v1/responses');
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
  });

  it('keeps two items without ids apart', async () => {
    const search = (query: string) => ({ type: 'web_search_call', status: 'completed', action: { type: 'search', query } });
    scripts.set('no-ids', {
      named: true,
      stream: [
        ev('response.created', { response: { id: 'r', output: [] } }),
        ev('response.output_item.done', { output_index: 0, item: search('weather in Paris') }),
        ev('response.output_item.done', { output_index: 1, item: search('weather in Rome') }),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: [search('weather in Paris'), search('weather in Rome')] } }),
      ],
    });
    const res = await send({ model: 'no-ids', stream: true, input: 'go' }, '/v1/responses');
    const completed = sseEvents(res.text).find((e) => e.event === 'response.completed')!;
    const queries = (JSON.parse(completed.data) as { response: { output: Array<{ action: { query: string } }> } }).response.output.map((o) => o.action.query);
    expect(queries).toEqual(['weather in Paris', 'weather in Rome']);
  });
});

describe('second review: unknown shapes and scope names', () => {
  const streamOf = (events: Json[]) => ({ named: true, stream: [ev('response.created', { response: { id: 'r', output: [] } }), ...events] });
  const leaks = async (model: string, events: Json[]) => {
    scripts.set(model, streamOf(events));
    const res = await send({ model, stream: true, input: 'go' }, '/v1/responses');
    return res.text.includes('XSECRETX');
  };

  it('rewrites the final copy of a part whose type it does not know', async () => {
    const text = `hello ${SECRET} ${filler}`;
    expect(await leaks('part-unknown-type', [
      ...pieces(text).map((d) => ev('response.output_text.delta', { item_id: 'm', output_index: 0, content_index: 0, delta: d })),
      ev('response.content_part.done', { item_id: 'm', output_index: 0, content_index: 0, part: { type: 'output_text_v2', text } }),
      ev('response.output_item.done', { output_index: 0, item: { id: 'm', type: 'message', role: 'assistant', content: [{ type: 'output_future', text }] } }),
      ev('response.completed', { response: { id: 'r', status: 'completed', output: [{ id: 'm', type: 'message', role: 'assistant', content: text }] } }),
    ])).toBe(false);
  });

  it('reads unknown events whole: a .done without deltas, another item\'s .done, nested text, a delta that is an object', async () => {
    const deltas = pieces(`x ${filler}`).map((d) => ev('response.future_text.delta', { item_id: 'f', output_index: 0, delta: d }));
    expect(await leaks('unknown-done-alone', [ev('response.future_text.done', { item_id: 'f', output_index: 0, text: `x ${SECRET}` })])).toBe(false);
    expect(await leaks('unknown-done-other-id', [...deltas, ev('response.future_text.done', { item_id: 'g', output_index: 0, text: `x ${SECRET}` })])).toBe(false);
    expect(await leaks('unknown-event-nested', [ev('response.future_text.annotation_added', { item_id: 'f', annotation: { text: SECRET } })])).toBe(false);
    expect(await leaks('unknown-object-delta', [ev('response.future_text.delta', { item_id: 'f', delta: { text: SECRET } })])).toBe(false);
    expect(await leaks('known-object-delta', [ev('response.output_text.delta', { item_id: 'f', content_index: 0, delta: { text: SECRET } })])).toBe(false);
  });

  it('reads every string of an unknown item, envelope names below the top, objects under them, and keys', async () => {
    const item = { id: 'u', type: 'future_call', name: SECRET, call_id: 'c', status: { detail: SECRET }, args: { name: SECRET, id: SECRET }, data: { [SECRET]: 1 } };
    scripts.set('unknown-fields', { json: { id: 'r', object: 'response', status: 'completed', output: [item] } });
    const res = await send({ model: 'unknown-fields', input: 'go' }, '/v1/responses');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('XSECRETX');
    expect(await leaks('unknown-fields-stream', [ev('response.output_item.done', { output_index: 0, item }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } })])).toBe(false);
  });

  it('does not let a function or an ambiguous MCP entry pass for an allowed MCP tool', async () => {
    const scoped = (await h.newKey({ name: 'scoped-mcp-names', tools: ['mcp:https://h.example/sub/*', 'mcp:connector_gmail/*'] })).key;
    scripts.set('names-ok', { json: { id: 'r', object: 'response', status: 'completed', output: [] } });
    const status = async (body: Json) => (await send({ model: 'names-ok', input: 'go', ...body }, '/v1/responses', scoped)).status;
    expect(await status({ tools: [{ type: 'function', name: 'mcp:https://h.example/sub/drop_db' }] })).toBe(403);
    expect(await status({ tools: [{ type: 'mcp', server_label: 'a', server_url: 'https://h.example', allowed_tools: ['sub/anything'] }] })).toBe(403);
    expect(await status({ tools: [{ type: 'mcp', server_label: 'g', connector_id: 'connector_gmail', server_url: 'https://evil.example' }] })).toBe(403);
    expect(await status({ tools: [{ type: 'mcp', server_label: 'x', server_url: 'https://h.example/sub', allowed_tools: ['read'] }, { type: 'mcp', server_label: 'x', server_url: 'https://other.example', allowed_tools: ['write'] }] })).toBe(403);
    expect(await status({ tool_choice: { type: 'allowed_tools', mode: 'auto', allowed_tools: { tools: [] }, tools: [{ type: 'function', name: 'evil' }] } })).toBe(403);
    expect(await status({ tools: [{ type: 'mcp', server_label: 'x', server_url: 'https://h.example/sub', allowed_tools: ['read'] }] })).toBe(200);
    // The answer's call of a function named like the MCP tool is refused too.
    scripts.set('names-call', { json: { id: 'r', object: 'response', status: 'completed', output: [{ id: 'f', type: 'function_call', name: 'mcp:https://h.example/sub/drop', call_id: 'c', arguments: '{}' }] } });
    expect((await send({ model: 'names-call', input: 'go' }, '/v1/responses', scoped)).status).toBe(400);
  });
});

describe('third review: ordinary streams pass unchanged, odd fields are read', () => {
  const streamOf = (events: Json[]) => ({ named: true, stream: [ev('response.created', { response: { id: 'r', output: [], instructions: 'Be brief.' } }), ...events] });
  const run = async (model: string, events: Json[]) => {
    scripts.set(model, streamOf(events));
    return send({ model, stream: true, input: 'go' }, '/v1/responses');
  };
  const schema = { type: 'object', properties: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`field_${i}`, { type: 'string', description: `Field number ${i}.`, enum: ['a', 'b', 'c'] }])) };
  const listTools = { id: 'lt', type: 'mcp_list_tools', server_label: 's', tools: [{ name: 'lookup', description: 'Looks things up.', input_schema: schema }] };

  it('relays an ordinary stream with nothing to redact event for event', async () => {
    const text = 'The capital of France is Paris [1].';
    const message = { id: 'm', type: 'message', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text, annotations: [{ type: 'url_citation', url: 'https://en.wikipedia.example/wiki/Paris', title: 'Paris', start_index: 30, end_index: 33 }] }] };
    const search = { id: 'ws', type: 'web_search_call', status: 'completed', action: { type: 'search', query: 'capital of France', sources: [{ type: 'url', url: 'https://en.wikipedia.example/wiki/Paris' }] } };
    const image = { id: 'ig', type: 'image_generation_call', status: 'completed', result: 'iVBORw0KGgo'.repeat(50) };
    // As OpenAI announces them: the item's texts come with output_item.done.
    const events = [
      ev('response.output_item.added', { output_index: 0, item: { id: 'ws', type: 'web_search_call', status: 'in_progress' } }),
      ev('response.web_search_call.searching', { output_index: 0, item_id: 'ws' }),
      ev('response.output_item.done', { output_index: 0, item: search }),
      ev('response.output_item.added', { output_index: 1, item: { ...listTools, tools: [] } }),
      ev('response.output_item.done', { output_index: 1, item: listTools }),
      ev('response.image_generation_call.partial_image', { output_index: 2, item_id: 'ig', partial_image_index: 0, partial_image_b64: 'iVBORw0KGgo'.repeat(50) }),
      ev('response.output_item.done', { output_index: 2, item: image }),
      ev('response.output_text.annotation.added', { item_id: 'm', output_index: 3, content_index: 0, annotation_index: 0, annotation: message.content[0]!.annotations[0] }),
      ev('response.output_item.done', { output_index: 3, item: message }),
      ev('response.completed', { response: { id: 'r', status: 'completed', output: [search, listTools, image, message] } }),
    ];
    const res = await run('ordinary-stream', events);
    expect(res.status).toBe(200);
    const got = sseEvents(res.text).map((e) => JSON.parse(e.data) as Json);
    expect(got.slice(1)).toEqual(events);
  });

  it('keeps a large tool schema whole, buffered and in the request sent upstream', async () => {
    scripts.set('schema-buffered', { json: { id: 'r', object: 'response', status: 'completed', output: [listTools] } });
    const res = await send({ model: 'schema-buffered', input: 'go' }, '/v1/responses');
    expect((JSON.parse(res.text) as { output: unknown[] }).output[0]).toEqual(listTools);
    scripts.set('schema-input', { json: { id: 'r', object: 'response', status: 'completed', output: [] } });
    const before = JSON.stringify(listTools);
    expect((await send({ model: 'schema-input', input: [{ role: 'user', content: 'hi' }, structuredClone(listTools)] }, '/v1/responses')).status).toBe(200);
    expect(JSON.stringify(listTools)).toBe(before);
  });

  it('announces an unknown item with its keys and shape, text emptied', async () => {
    const item = { id: 'cmp', type: 'compaction', encrypted_content: 'abc', summary_len: 3, meta: { a: 1, b: 'x' } };
    const res = await run('unknown-added', [ev('response.output_item.added', { output_index: 0, item }), ev('response.output_item.done', { output_index: 0, item }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } })]);
    const events = sseEvents(res.text).map((e) => JSON.parse(e.data) as { type: string; item?: Json; response?: { output: Json[] } });
    expect(events.find((e) => e.type === 'response.output_item.added')!.item).toEqual({ ...item, encrypted_content: '', meta: { a: 1, b: '' } });
    expect(events.find((e) => e.type === 'response.output_item.done')!.item).toEqual(item);
    expect(events.find((e) => e.type === 'response.completed')!.response!.output[0]).toEqual(item);
  });

  it('reads fields beside known texts, status events that carry text, and a created event that holds output', async () => {
    const cases: Array<[string, Json[]]> = [
      ['many-strings-and-key', [ev('response.output_item.done', { output_index: 0, item: { id: 'u', type: 'future', a: Array.from({ length: 300 }, () => 'ok'), [SECRET]: { x: 1 } } })]],
      ['delta-sibling', [ev('response.future_text.delta', { item_id: 'f', delta: 'hi', note: SECRET })]],
      ['done-extra', [ev('response.output_text.done', { item_id: 'm', content_index: 0, text: 'fine', note: SECRET })]],
      ['part-extra', [ev('response.content_part.done', { item_id: 'm', content_index: 0, part: { type: 'output_future', text: 'fine', extra: SECRET } })]],
      ['summary-part-added', [ev('response.reasoning_summary_part.added', { item_id: 'rs', summary_index: 0, part: { type: 'summary_text', text: SECRET } })]],
      ['mcp-failed', [ev('response.mcp_call.failed', { item_id: 'm', output_index: 0, error: { message: SECRET } })]],
      ['searching-query', [ev('response.web_search_call.searching', { item_id: 'w', output_index: 0, query: SECRET })]],
      ['created-output', [ev('response.in_progress', { response: { id: 'r', output: [{ id: 'm', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: SECRET }] }] } })]],
    ];
    for (const [model, events] of cases) {
      const res = await run(`third-${model}`, events);
      expect(res.text, model).not.toContain('XSECRETX');
    }
  });
});

describe('fourth review: copies that differ', () => {
  it('checks a later copy that differs from the one checked whole on its own, without swapping its fields', async () => {
    const first = { id: 'u', type: 'future', a: 'hello' };
    const later = { id: 'u', type: 'future', n: 1, a: 'hello' };
    scripts.set('differing-copies', {
      named: true,
      stream: [ev('response.created', { response: { id: 'r', output: [] } }), ev('response.output_item.done', { output_index: 0, item: first }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [later] } })],
    });
    const res = await send({ model: 'differing-copies', stream: true, input: 'go' }, '/v1/responses');
    const completed = sseEvents(res.text).find((e) => e.event === 'response.completed')!;
    expect((JSON.parse(completed.data) as { response: { output: Json[] } }).response.output[0]).toEqual(later);
  });
});

describe('chat answers given as audio', () => {
  it('redacts the transcript, buffered and streamed across chunks, and keeps the audio data', async () => {
    const transcript = `Your code is ${SECRET}. ${filler}`;
    scripts.set('chat-audio', { json: { id: 'x', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: null, audio: { id: 'a', data: 'UklGRg==', expires_at: 1, transcript } } }] } });
    const buffered = await send({ model: 'chat-audio', messages: [{ role: 'user', content: 'go' }] });
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    expect((JSON.parse(buffered.text) as { choices: Array<{ message: { audio: { data: string } } }> }).choices[0]!.message.audio.data).toBe('UklGRg==');

    scripts.set('chat-audio-stream', {
      stream: [
        chunk({ role: 'assistant', audio: { id: 'a', data: 'UklGRg==', expires_at: 1, transcript: '' } }),
        ...pieces(transcript, 5).map((p) => chunk({ audio: { data: 'AAAA', transcript: p } })),
        chunk({}, 'stop'),
      ],
    });
    const streamed = await send({ model: 'chat-audio-stream', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(streamed.status).toBe(200);
    expect(streamed.text).not.toContain('XSECRETX');
    const said = deltasOf(streamed.text).map((c) => ((c.delta.audio as { transcript?: string } | undefined)?.transcript ?? '')).join('');
    expect(said).toBe(transcript.replace(SECRET, '[TEST_SECRET]'));
  });
});

describe('chat audio beside text', () => {
  it('does not flush the answer when a transcript starts, so a secret across that point is redacted, not blocked', async () => {
    scripts.set('audio-beside-content', {
      stream: [chunk({ role: 'assistant', content: 'code XSECR' }), chunk({ audio: { transcript: 'hello ' } }), chunk({ content: 'ETX-123456789 and more' }), chunk({}, 'stop')],
    });
    const res = await send({ model: 'audio-beside-content', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(res.text).not.toContain('rampart_output_blocked');
    expect(res.text).not.toContain('XSECR');
    expect(deltasOf(res.text).map((c) => (c.delta.content as string | undefined) ?? '').join('')).toBe('code [TEST_SECRET] and more');
  });
});

describe('citations and fields a provider adds', () => {
  const citation = { url: `https://docs.example/page?ref=${SECRET}`, title: 'Docs', start_index: 0, end_index: 4 };

  it('reads chat annotations and unknown message fields, buffered and streamed', async () => {
    const message = { role: 'assistant', content: 'See [1].', annotations: [{ type: 'url_citation', url_citation: citation }], reasoning_details: [{ type: 'reasoning.text', text: `because ${SECRET}`, index: 0 }] };
    scripts.set('chat-citations', { json: { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message, finish_reason: 'stop' }] } });
    const buffered = await send({ model: 'chat-citations', messages: [{ role: 'user', content: 'go' }] });
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    const got = (JSON.parse(buffered.text) as { choices: Array<{ message: typeof message }> }).choices[0]!.message;
    expect(got.annotations[0]!.url_citation).toEqual({ ...citation, url: 'https://docs.example/page?ref=[TEST_SECRET]' });
    expect(got.reasoning_details[0]).toEqual({ type: 'reasoning.text', text: 'because [TEST_SECRET]', index: 0 });

    scripts.set('chat-citations-stream', {
      stream: [chunk({ role: 'assistant', content: 'See [1].' }), chunk({ annotations: message.annotations }), chunk({ reasoning_details: message.reasoning_details }), chunk({}, 'stop')],
    });
    const streamed = await send({ model: 'chat-citations-stream', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(streamed.status).toBe(200);
    expect(streamed.text).not.toContain('XSECRETX');
    expect(streamed.text).toContain('ref=[TEST_SECRET]');
    expect(streamed.text).toContain('because [TEST_SECRET]');

    scripts.set('chat-citation-blocked', { stream: [chunk({ role: 'assistant', content: 'See [1].' }), chunk({ annotations: [{ type: 'url_citation', url_citation: { ...citation, title: 'FORBIDDEN' } }] }), chunk({}, 'stop')] });
    const blocked = await send({ model: 'chat-citation-blocked', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(blocked.text).toContain('rampart_output_blocked');
    expect(blocked.text).not.toContain('FORBIDDEN');
  });

  it('reads Responses annotations in the buffered answer and in every streamed copy', async () => {
    const annotation = { type: 'url_citation', ...citation };
    const part = { type: 'output_text', text: 'See [1].', annotations: [annotation] };
    const item = { id: 'm', type: 'message', role: 'assistant', status: 'completed', content: [part] };
    scripts.set('responses-citations', { json: { id: 'r', object: 'response', status: 'completed', output: [item] } });
    const buffered = await send({ model: 'responses-citations', input: 'go' }, '/v1/responses');
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    expect((JSON.parse(buffered.text) as { output: Array<typeof item> }).output[0]!.content[0]!.annotations[0]).toEqual({ ...annotation, url: 'https://docs.example/page?ref=[TEST_SECRET]' });

    scripts.set('responses-citations-stream', {
      named: true,
      stream: [
        ev('response.output_item.added', { output_index: 0, item: { ...item, status: 'in_progress', content: [] } }),
        ev('response.content_part.added', { item_id: 'm', output_index: 0, content_index: 0, part: { ...part, text: '' } }),
        ev('response.output_text.delta', { item_id: 'm', output_index: 0, content_index: 0, delta: 'See [1].' }),
        ev('response.output_text.annotation.added', { item_id: 'm', output_index: 0, content_index: 0, annotation_index: 0, annotation }),
        ev('response.output_text.done', { item_id: 'm', output_index: 0, content_index: 0, text: 'See [1].' }),
        ev('response.content_part.done', { item_id: 'm', output_index: 0, content_index: 0, part }),
        ev('response.output_item.done', { output_index: 0, item }),
        ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } }),
      ],
    });
    const streamed = await send({ model: 'responses-citations-stream', stream: true, input: 'go' }, '/v1/responses');
    expect(streamed.status).toBe(200);
    expect(streamed.text).not.toContain('XSECRETX');
    const events = sseEvents(streamed.text).map((e) => JSON.parse(e.data) as { type: string; annotation?: Json });
    expect(events.find((e) => e.type === 'response.output_text.annotation.added')!.annotation).toEqual({ ...annotation, url: 'https://docs.example/page?ref=[TEST_SECRET]' });
    expect(events.at(-1)!.type).toBe('response.completed');
  });
});

describe('tool-call arguments sent as an object', () => {
  it('reads them whole in a buffered chat answer, a chat stream and a Responses stream', async () => {
    const args = { query: 'weather', token: SECRET, nested: { note: 'plain' } };
    scripts.set('object-args', { json: { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'search', arguments: args } }] }, finish_reason: 'tool_calls' }] } });
    const buffered = await send({ model: 'object-args', messages: [{ role: 'user', content: 'go' }] });
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    const call = (JSON.parse(buffered.text) as { choices: Array<{ message: { tool_calls: Array<{ function: { arguments: typeof args } }> } }> }).choices[0]!.message.tool_calls[0]!.function.arguments;
    expect(call).toEqual({ ...args, token: '[TEST_SECRET]' });

    scripts.set('object-args-stream', { stream: [chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 't', type: 'function', function: { name: 'search', arguments: args } }] }), chunk({}, 'tool_calls')] });
    const streamed = await send({ model: 'object-args-stream', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(streamed.status).toBe(200);
    expect(streamed.text).not.toContain('XSECRETX');
    expect(streamed.text).toContain('[TEST_SECRET]');

    const item = { id: 'fc', type: 'function_call', call_id: 'c', name: 'search', arguments: { q: 'FORBIDDEN' } };
    scripts.set('object-args-responses', { named: true, stream: [ev('response.output_item.done', { output_index: 0, item }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } })] });
    const blocked = await send({ model: 'object-args-responses', stream: true, input: 'go' }, '/v1/responses');
    expect(blocked.text).toContain('rampart_output_blocked');
    expect(blocked.text).not.toContain('FORBIDDEN');
  });
});

describe('second review of the whole-item reads', () => {
  it('holds back reasoning_details text by entry, beside reasoning, token by token', async () => {
    const reasoning = `The key is ${SECRET} and that is all.`;
    const stream: Json[] = [chunk({ role: 'assistant', content: '' })];
    for (const p of pieces(reasoning, 4)) stream.push(chunk({ reasoning: p, reasoning_details: [{ type: 'reasoning.text', text: p, index: 0, format: 'unknown' }] }));
    stream.push(chunk({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'ZW5jcnlwdGVk', index: 1 }] }), chunk({ content: 'Done.' }), chunk({}, 'stop'));
    scripts.set('openrouter-details', { stream });
    const res = await send({ model: 'openrouter-details', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('rampart_output_blocked');
    expect(res.text).not.toContain('XSECR');
    const deltas = deltasOf(res.text);
    expect(deltas.map((c) => (c.delta.reasoning as string | undefined) ?? '').join('')).toBe(reasoning.replace(SECRET, '[TEST_SECRET]'));
    const details = deltas.flatMap((c) => (c.delta.reasoning_details as Array<{ index: number; text?: string; data?: string }> | undefined) ?? []);
    expect(details.filter((d) => d.index === 0).map((d) => d.text ?? '').join('')).toBe(reasoning.replace(SECRET, '[TEST_SECRET]'));
    expect(details.find((d) => d.index === 1)?.data).toBe('ZW5jcnlwdGVk');

    scripts.set('openrouter-details-blocked', { stream: [chunk({ role: 'assistant', content: '' }), ...pieces('say FORBIDDEN now', 3).map((p) => chunk({ reasoning_details: [{ type: 'reasoning.text', text: p, index: 0 }] })), chunk({}, 'stop')] });
    const blocked = await send({ model: 'openrouter-details-blocked', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(blocked.text).toContain('rampart_output_blocked');
    expect(blocked.text.replace(/\\"|"/g, '')).not.toMatch(/FORB|BIDDEN/);
  });

  it('reads a value that only starts like an inline image, and a top-level output_text', async () => {
    const item = { id: 'u', type: 'future', picture: 'data:image/png;base64, FORBIDDEN' };
    scripts.set('fake-data-url', { named: true, stream: [ev('response.output_item.done', { output_index: 0, item }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } })] });
    const streamed = await send({ model: 'fake-data-url', stream: true, input: 'go' }, '/v1/responses');
    expect(streamed.text).toContain('rampart_output_blocked');
    const image = { id: 'u2', type: 'future', picture: 'data:image/png;base64,iVBORw0KGgo=' };
    scripts.set('real-data-url', { json: { id: 'r', object: 'response', status: 'completed', output: [image] } });
    expect(JSON.parse((await send({ model: 'real-data-url', input: 'go' }, '/v1/responses')).text).output[0]).toEqual(image);

    const message = { id: 'm', type: 'message', role: 'assistant', content: [{ type: 'output_text', text: `key ${SECRET}`, annotations: [] }] };
    scripts.set('output-text-copy', { json: { id: 'r', object: 'response', status: 'completed', output: [message], output_text: `key ${SECRET}` } });
    const buffered = await send({ model: 'output-text-copy', input: 'go' }, '/v1/responses');
    expect(buffered.text).not.toContain('XSECRETX');
    expect(JSON.parse(buffered.text).output_text).toBe('key [TEST_SECRET]');
    scripts.set('output-text-copy-stream', { named: true, stream: [ev('response.output_item.done', { output_index: 0, item: message }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [message], output_text: `key ${SECRET}` } })] });
    const copy = await send({ model: 'output-text-copy-stream', stream: true, input: 'go' }, '/v1/responses');
    expect(copy.text).not.toContain('XSECRETX');
  });
});

describe('third review: answers in shapes the readings do not expect', () => {
  it('reads chat content given as a list of parts, buffered and streamed, and odd reasoning_details', async () => {
    const content = [{ type: 'thinking', thinking: [{ type: 'text', text: `key ${SECRET}` }] }, { type: 'text', text: 'Done.' }];
    scripts.set('content-parts', { json: { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] } });
    const buffered = await send({ model: 'content-parts', messages: [{ role: 'user', content: 'go' }] });
    expect(buffered.status).toBe(200);
    expect(buffered.text).not.toContain('XSECRETX');
    expect(buffered.text).toContain('[TEST_SECRET]');
    scripts.set('content-parts-stream', { stream: [chunk({ role: 'assistant', content: [{ type: 'text', text: 'FORBIDDEN' }] }), chunk({}, 'stop')] });
    const streamed = await send({ model: 'content-parts-stream', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(streamed.text).toContain('rampart_output_blocked');
    expect(streamed.text).not.toContain('FORBIDDEN');
    // Streamed token by token as parts, a secret split across chunks is held back and redacted whole,
    // in the answer's text parts and in a thinking part's texts (Mistral's reasoning models).
    const answer = `Sure: ${SECRET} is the key. ${filler}`;
    const thought = `Thinking it over, ${SECRET} again. ${filler}`;
    scripts.set('content-parts-split', {
      stream: [
        chunk({ role: 'assistant', content: '' }),
        ...pieces(thought, 4).map((p) => chunk({ content: [{ type: 'thinking', thinking: [{ type: 'text', text: p }] }] })),
        ...pieces(answer, 4).map((p) => chunk({ content: [{ type: 'text', text: p }] })),
        chunk({}, 'stop'),
      ],
    });
    const split = await send({ model: 'content-parts-split', stream: true, messages: [{ role: 'user', content: 'go' }] });
    const parts = deltasOf(split.text).flatMap((c) => (Array.isArray(c.delta.content) ? (c.delta.content as Json[]) : []));
    const textOf = (type: string) =>
      parts
        .filter((p) => p.type === type)
        .map((p) => (type === 'text' ? String(p.text ?? '') : ((p.thinking as Json[] | undefined) ?? []).map((t) => String(t.text ?? '')).join('')))
        .join('');
    expect(split.text).not.toContain('3456');
    expect(textOf('text')).toBe(answer.replace(SECRET, '[TEST_SECRET]'));
    expect(textOf('thinking')).toBe(thought.replace(SECRET, '[TEST_SECRET]'));
    // A reviewer's shapes: string content and text parts mixed in one stream (the secret split at the
    // switch), parts without a type, and thinking given as a string.
    const mixedChunks = [chunk({ role: 'assistant', content: 'Key: XSECRETX-' }), chunk({ content: [{ type: 'text', text: '123456789 done' }] }), chunk({}, 'stop')];
    scripts.set('content-mixed', { stream: mixedChunks });
    const mixed = await send({ model: 'content-mixed', stream: true, messages: [{ role: 'user', content: 'go' }] });
    const answerText = (text: string) =>
      deltasOf(text)
        .map((c) => c.delta.content)
        .map((c) => (typeof c === 'string' ? c : Array.isArray(c) ? (c as Json[]).map((p) => String(p.text ?? '')).join('') : ''))
        .join('');
    expect(answerText(mixed.text)).toBe('Key: [TEST_SECRET] done');
    scripts.set('content-untyped', { stream: [chunk({ role: 'assistant', content: [{ text: 'a XSECRETX-' }] }), chunk({ content: [{ text: '123456789 b' }] }), chunk({}, 'stop')] });
    expect(answerText((await send({ model: 'content-untyped', stream: true, messages: [{ role: 'user', content: 'go' }] })).text)).toBe('a [TEST_SECRET] b');
    scripts.set('thinking-string', { stream: [chunk({ role: 'assistant', content: [{ type: 'thinking', thinking: 'hm XSECRETX-' }] }), chunk({ content: [{ type: 'thinking', thinking: '123456789 ok' }] }), chunk({}, 'stop')] });
    const thinkingString = await send({ model: 'thinking-string', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(deltasOf(thinkingString.text).flatMap((c) => (Array.isArray(c.delta.content) ? (c.delta.content as Json[]) : [])).map((p) => String(p.thinking ?? '')).join('')).toBe('hm [TEST_SECRET] ok');
    // A chunk whose text is all held back goes out as no part at all.
    expect(deltasOf(split.text).some((c) => Array.isArray(c.delta.content) && (c.delta.content as Json[]).some((p) => p.type === 'text' && p.text === ''))).toBe(false);
    // Two thinking blocks (Anthropic through OpenRouter) stay apart, each with its own signature.
    const blockA = 'First block of thinking, about the request.';
    const blockB = 'Second block of thinking, about the answer.';
    scripts.set('details-blocks', {
      stream: [
        chunk({ role: 'assistant', content: '' }),
        ...pieces(blockA, 6).map((p) => chunk({ reasoning_details: [{ type: 'reasoning.text', text: p, index: 0 }] })),
        chunk({ reasoning_details: [{ type: 'reasoning.text', signature: 'c2lnQQ', index: 0 }] }),
        ...pieces(blockB, 6).map((p) => chunk({ reasoning_details: [{ type: 'reasoning.text', text: p, index: 1 }] })),
        chunk({ reasoning_details: [{ type: 'reasoning.text', signature: 'c2lnQg', index: 1 }] }),
        chunk({}, 'stop'),
      ],
    });
    const blocks = deltasOf((await send({ model: 'details-blocks', stream: true, messages: [{ role: 'user', content: 'go' }] })).text).flatMap((c) => (c.delta.reasoning_details as Array<{ index: number; text?: string }> | undefined) ?? []);
    expect(blocks.filter((d) => d.index === 0).map((d) => d.text ?? '').join('')).toBe(blockA);
    expect(blocks.filter((d) => d.index === 1).map((d) => d.text ?? '').join('')).toBe(blockB);
    // Entries without a number, at a position that shifts: one channel per type.
    scripts.set('details-shifting', {
      stream: [
        chunk({ role: 'assistant', content: '' }),
        chunk({ reasoning_details: [{ type: 'reasoning.encrypted', data: 'x'.repeat(240) }, { type: 'reasoning.text', text: 'key XSECR' }] }),
        chunk({ reasoning_details: [{ type: 'reasoning.text', text: 'ETX-123456789 end' }] }),
        chunk({}, 'stop'),
      ],
    });
    const shifting = await send({ model: 'details-shifting', stream: true, messages: [{ role: 'user', content: 'go' }] });
    expect(shifting.text).not.toContain('XSECR');
    scripts.set('details-object', { stream: [chunk({ role: 'assistant', reasoning_details: [{ type: 'reasoning.text', text: { value: 'FORBIDDEN' }, index: 0 }] }), chunk({}, 'stop')] });
    expect((await send({ model: 'details-object', stream: true, messages: [{ role: 'user', content: 'go' }] })).text).toContain('rampart_output_blocked');
  });
});

describe('third review: fields added to known answer shapes', () => {
  it('reads them in chat tool calls and Responses items and parts, buffered and streamed', async () => {
    scripts.set('call-extra', { json: { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: '{}', note: `key ${SECRET}` } }] }, finish_reason: 'tool_calls' }] } });
    const chat = await send({ model: 'call-extra', messages: [{ role: 'user', content: 'go' }] });
    expect(chat.text).not.toContain('XSECRETX');
    scripts.set('call-extra-stream', { stream: [chunk({ role: 'assistant', tool_calls: [{ index: 0, id: 't', type: 'function', function: { name: 'f', arguments: '', note: 'FORBIDDEN' } }] }), chunk({}, 'tool_calls')] });
    expect((await send({ model: 'call-extra-stream', stream: true, messages: [{ role: 'user', content: 'go' }] })).text).toContain('rampart_output_blocked');

    const item = { id: 'm', type: 'message', role: 'assistant', status: 'completed', note: `key ${SECRET}`, content: [{ type: 'output_text', text: 'ok', annotations: [], extra: 'FORBIDDEN-free' }] };
    scripts.set('item-extra', { json: { id: 'r', object: 'response', status: 'completed', output: [{ ...item, content: [{ type: 'output_text', text: 'ok', annotations: [] }] }] } });
    const buffered = await send({ model: 'item-extra', input: 'go' }, '/v1/responses');
    expect(buffered.text).not.toContain('XSECRETX');
    expect(JSON.parse(buffered.text).output[0].note).toBe('key [TEST_SECRET]');
    // The announced copy of a tool call keeps its name (clients show it first).
    const call = { id: 'fc', type: 'function_call', call_id: 'c', name: 'get_weather', arguments: '' };
    scripts.set('added-name', { named: true, stream: [ev('response.output_item.added', { output_index: 0, item: call }), ev('response.output_item.done', { output_index: 0, item: { ...call, arguments: '{}' } }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [{ ...call, arguments: '{}' }] } })] });
    const added = sseEvents((await send({ model: 'added-name', stream: true, input: 'go' }, '/v1/responses')).text).map((e) => JSON.parse(e.data) as { type: string; item?: { name?: string } });
    expect(added.find((e) => e.type === 'response.output_item.added')!.item!.name).toBe('get_weather');
    scripts.set('part-extra-stream', { named: true, stream: [ev('response.output_item.done', { output_index: 0, item }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [item] } })] });
    expect((await send({ model: 'part-extra-stream', stream: true, input: 'go' }, '/v1/responses')).text).toContain('rampart_output_blocked');
  });
});

describe('large events', () => {
  it('relays a streamed image larger than a megabyte, and names an event past the limit', async () => {
    const b64 = 'iVBORw0KGgo'.repeat(140_000); // 1.5 MB
    const image = { id: 'ig', type: 'image_generation_call', status: 'completed', result: b64 };
    scripts.set('big-image', { named: true, stream: [ev('response.image_generation_call.partial_image', { output_index: 0, item_id: 'ig', partial_image_index: 0, partial_image_b64: b64 }), ev('response.output_item.done', { output_index: 0, item: image }), ev('response.completed', { response: { id: 'r', status: 'completed', output: [image] } })] });
    const ok = await send({ model: 'big-image', stream: true, input: 'draw' }, '/v1/responses');
    expect(ok.status).toBe(200);
    expect(sseEvents(ok.text).at(-1)!.data).toContain('response.completed');

    scripts.set('huge-event', { named: true, stream: [ev('response.image_generation_call.partial_image', { output_index: 0, item_id: 'ig', partial_image_index: 0, partial_image_b64: 'A'.repeat(17 * 1024 * 1024) })] });
    const huge = await send({ model: 'huge-event', stream: true, input: 'draw' }, '/v1/responses');
    expect(huge.text).toContain('rampart_upstream_bad_response');
    expect(huge.text).not.toContain('rampart_upstream_stream_cut');
  }, 60_000);
});
