/**
 * A stand-in for an LLM provider: a real node:http server on 127.0.0.1:0 speaking the OpenAI wire
 * format. What it answers is steered by the request so tests stay readable:
 *   - the last user message `say:TEXT` makes the model answer exactly TEXT (default: "Hello from fake"),
 *     `rev:TEXT` answers TEXT reversed (so a test can make the model say what the input guard would stop);
 *   - the model name picks a fault: fault-500, fault-reset, fault-timeout, fault-malformed, fault-cut,
 *     fault-stream-error, tool-call (answers with a tool call to `delete_everything`), no-deltas
 *     (a Responses stream that sends each text only whole), after-done (a chat stream that keeps
 *     sending 1 KB comments for a long while after [DONE]; `afterDone` tells how that ended), late-end
 *     (a chat stream whose body ends 20 ms after [DONE]), idle-after-done (a chat or Responses stream that
 *     keeps its body open, silent, after its last event), no-stream (answers a streaming request with
 *     plain JSON, as servers that ignore `stream` do);
 *   - `logprobs: true` (chat) or `top_logprobs` (Responses) adds token logprobs that spell the text;
 *   - last-with-finish (chat stream): the last text shares its chunk with the finish reason;
 *   - side-channels: the text comes as reasoning (chat: reasoning_content; Responses: a reasoning
 *     summary), as a refusal and inside the arguments of a tool call to `lookup`; chat's content is "ok".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUpstream {
  url: string;
  calls: Array<{ path: string; body: Record<string, unknown> | undefined }>;
  /** TCP connections accepted so far (a gateway that reuses its connections opens few). */
  connections: number;
  /** The `after-done` stream: KB written after [DONE], and whether the peer hung up before the end. */
  afterDone: { kb: number; closedByPeer: boolean };
  close(): Promise<void>;
}

function answerText(body: Record<string, unknown> | undefined): string {
  const messages = (body?.messages ?? (typeof body?.input === 'string' ? [{ role: 'user', content: body.input }] : body?.input)) as Array<{ role?: string; content?: unknown }> | undefined;
  const last = Array.isArray(messages) ? [...messages].reverse().find((m) => m.role === 'user') : undefined;
  const content = typeof last?.content === 'string' ? last.content : '';
  if (content.startsWith('rev:')) return [...content.slice(4)].reverse().join('');
  return content.startsWith('say:') ? content.slice(4) : 'Hello from fake';
}

export async function startFakeUpstream(options: { chunkSize?: number; delayMs?: number } = {}): Promise<FakeUpstream> {
  const calls: FakeUpstream['calls'] = [];
  const afterDone = { kb: 0, closedByPeer: false };
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> | undefined;
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
      const path = (req.url ?? '').replace(/^\/v1/, '');
      calls.push({ path, body });
      const respond = () => handle(path, body, req, res, options.chunkSize ?? 7, afterDone);
      if (options.delayMs) setTimeout(respond, options.delayMs);
      else respond();
    });
  });
  server.on('connection', (s) => {
    upstream.connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const upstream: FakeUpstream = {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    connections: 0,
    afterDone,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return upstream;
}

function handle(path: string, body: Record<string, unknown> | undefined, req: http.IncomingMessage, res: http.ServerResponse, chunkSize: number, afterDone: FakeUpstream['afterDone']): void {
  const model = String(body?.model ?? '');
  if (path === '/models') return json(res, 200, { object: 'list', data: [{ id: 'fake-1', object: 'model' }, { id: 'fake-2', object: 'model' }] });
  if (model === 'fault-500') return json(res, 500, { error: { message: 'internal upstream failure', type: 'server_error' } });
  if (model === 'fault-reset') return void req.socket.destroy();
  if (model === 'fault-timeout') return; // never answers
  if (model === 'fault-malformed') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return void res.end('{"id": "x", "choices": [');
  }
  if (path === '/embeddings') {
    const inputs = Array.isArray(body?.input) ? body.input : [body?.input];
    return json(res, 200, { object: 'list', data: inputs.map((_, index) => ({ object: 'embedding', index, embedding: [0.1, 0.2, 0.3] })), model, usage: { prompt_tokens: 3, total_tokens: 3 } });
  }
  const text = answerText(body);
  if (path === '/responses') {
    if (model === 'side-channels') return responsesSideChannels(res, text, chunkSize, body?.stream === true);
    if (body?.stream && model !== 'no-stream') return streamResponses(res, model, text, chunkSize, afterDone, body.top_logprobs !== undefined);
    return json(res, 200, {
      id: 'resp_1', object: 'response', model, status: 'completed',
      output: [{ type: 'message', id: 'msg_1', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] }],
      usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12 },
    });
  }
  if (model === 'side-channels') return sideChannels(res, text, chunkSize, body?.stream === true);
  if (body?.stream && model !== 'no-stream') return streamChat(res, model, text, chunkSize, afterDone, body.logprobs === true);
  const message: Record<string, unknown> = { role: 'assistant', content: text };
  if (model === 'tool-call') {
    message.content = null;
    message.tool_calls = [{ id: 'call_1', type: 'function', function: { name: 'delete_everything', arguments: '{}' } }];
  }
  json(res, 200, {
    id: 'chatcmpl-1', object: 'chat.completion', created: 1, model,
    choices: [{
      index: 0, message, finish_reason: model === 'tool-call' ? 'tool_calls' : 'stop',
      ...(body?.logprobs ? { logprobs: { content: tokens(text, Number(body.top_logprobs ?? 0)) } } : {}),
    }],
    usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
  });
}

/** Token logprob entries that spell `text` in 3-character tokens (the first one with an unrounded logprob). */
function tokens(text: string, topLogprobs = 0): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < text.length; i += 3) {
    const token = text.slice(i, i + 3);
    out.push({ token, logprob: -0.123456789, bytes: [...Buffer.from(token)], top_logprobs: Array.from({ length: topLogprobs }, (_, k) => ({ token: `t${k}`, logprob: -1.987654321 })) });
  }
  return out;
}

/** The answer text in every chat field other than content (see model `side-channels`). */
function sideChannels(res: http.ServerResponse, text: string, chunkSize: number, stream: boolean): void {
  const args = JSON.stringify({ q: text });
  const call = (a: string, first: boolean) => ({ index: 0, ...(first ? { id: 'call_1', type: 'function' } : {}), function: { ...(first ? { name: 'lookup' } : {}), arguments: a } });
  if (!stream) {
    const message = { role: 'assistant', content: 'ok', refusal: text, reasoning_content: text, tool_calls: [call(args, true)] };
    return json(res, 200, { id: 'chatcmpl-1', object: 'chat.completion', created: 1, model: 'side-channels', choices: [{ index: 0, message, finish_reason: 'stop' }] });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (delta: Record<string, unknown>, finish: string | null = null) =>
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model: 'side-channels', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
  const pieces = (t: string) => Array.from({ length: Math.ceil(t.length / chunkSize) }, (_, i) => t.slice(i * chunkSize, (i + 1) * chunkSize));
  for (const p of pieces(text)) send({ reasoning_content: p });
  for (const p of pieces(text)) send({ refusal: p });
  pieces(args).forEach((p, i) => send({ tool_calls: [call(p, i === 0)] }));
  send({ content: 'ok' }, 'stop');
  res.end('data: [DONE]\n\n');
}

/** The Responses API's reasoning summary, refusal and function-call events, each carrying `text`. */
function responsesSideChannels(res: http.ServerResponse, text: string, chunkSize: number, stream: boolean): void {
  const args = JSON.stringify({ q: text });
  const reasoning = (t: string) => ({ id: 'rs_1', type: 'reasoning', summary: [{ type: 'summary_text', text: t }] });
  const call = (a: string, status: string) => ({ id: 'fc_1', type: 'function_call', call_id: 'call_1', name: 'lookup', arguments: a, status });
  const message = (r: string, status: string) => ({ id: 'msg_1', type: 'message', role: 'assistant', status, content: r === '' && status !== 'completed' ? [] : [{ type: 'refusal', refusal: r }] });
  const output = [reasoning(text), call(args, 'completed'), message(text, 'completed')];
  if (!stream) return json(res, 200, { id: 'resp_1', object: 'response', model: 'side-channels', status: 'completed', output });
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  let seq = 0;
  const send = (type: string, v: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...v })}\n\n`);
  const pieces = (t: string) => Array.from({ length: Math.ceil(t.length / chunkSize) }, (_, i) => t.slice(i * chunkSize, (i + 1) * chunkSize));
  send('response.created', { response: { id: 'resp_1', model: 'side-channels', status: 'in_progress', output: [] } });
  send('response.output_item.added', { output_index: 0, item: { id: 'rs_1', type: 'reasoning', summary: [] } });
  for (const p of pieces(text)) send('response.reasoning_summary_text.delta', { item_id: 'rs_1', output_index: 0, summary_index: 0, delta: p });
  send('response.reasoning_summary_text.done', { item_id: 'rs_1', output_index: 0, summary_index: 0, text });
  send('response.output_item.done', { output_index: 0, item: reasoning(text) });
  send('response.output_item.added', { output_index: 1, item: call('', 'in_progress') });
  for (const p of pieces(args)) send('response.function_call_arguments.delta', { item_id: 'fc_1', output_index: 1, delta: p });
  send('response.function_call_arguments.done', { item_id: 'fc_1', output_index: 1, arguments: args });
  send('response.output_item.done', { output_index: 1, item: call(args, 'completed') });
  send('response.output_item.added', { output_index: 2, item: message('', 'in_progress') });
  for (const p of pieces(text)) send('response.refusal.delta', { item_id: 'msg_1', output_index: 2, content_index: 0, delta: p });
  send('response.refusal.done', { item_id: 'msg_1', output_index: 2, content_index: 0, refusal: text });
  send('response.content_part.done', { item_id: 'msg_1', output_index: 2, content_index: 0, part: { type: 'refusal', refusal: text } });
  send('response.output_item.done', { output_index: 2, item: message(text, 'completed') });
  send('response.completed', { response: { id: 'resp_1', model: 'side-channels', status: 'completed', output, usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12 } } });
  res.end();
}

function json(res: http.ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function streamChat(res: http.ServerResponse, model: string, text: string, chunkSize: number, afterDone: FakeUpstream['afterDone'], logprobs = false): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1, model };
  const send = (v: unknown) => res.write(`data: ${JSON.stringify(v)}\n\n`);
  send({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] });
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) pieces.push(text.slice(i, i + chunkSize));
  let i = 0;
  const next = () => {
    if (model === 'fault-cut' && i >= pieces.length / 2) return void res.socket?.destroy();
    if (model === 'fault-stream-error' && i >= pieces.length / 2) {
      res.write('data: {"error":{"message":"overloaded"}}\n\n');
      return void res.end();
    }
    if (i < pieces.length) {
      const piece = pieces[i++]!;
      // last-with-finish: the last text comes in the chunk that carries the finish reason.
      const last = model === 'last-with-finish' && i === pieces.length;
      send({ ...base, choices: [{ index: 0, delta: { content: piece }, ...(logprobs ? { logprobs: { content: tokens(piece) } } : {}), finish_reason: last ? 'stop' : null }] });
      if (last) return void res.end('data: [DONE]\n\n');
      return void setImmediate(next);
    }
    send({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
    if (model === 'late-end') {
      res.write('data: [DONE]\n\n');
      return void setTimeout(() => res.end(), 20);
    }
    if (model === 'idle-after-done') return void holdOpen(res, 'data: [DONE]\n\n', afterDone);
    if (model !== 'after-done') return void res.end('data: [DONE]\n\n');
    res.write('data: [DONE]\n\n');
    // A misbehaving provider: 1 KB SSE comments every 5 ms, up to 1 MB.
    res.on('close', () => (afterDone.closedByPeer = !res.writableFinished));
    const more = () => {
      if (res.destroyed) return;
      if (afterDone.kb >= 1024) return void res.end();
      res.write(`: ${'x'.repeat(1021)}\n`);
      afterDone.kb++;
      setTimeout(more, 5);
    };
    more();
  };
  next();
}

function streamResponses(res: http.ServerResponse, model: string, text: string, chunkSize: number, afterDone: FakeUpstream['afterDone'], logprobs = false): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  // The event sequence of the OpenAI Responses API: the text arrives as deltas, then whole, four more times.
  let seq = 0;
  const send = (type: string, v: Record<string, unknown>) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...v })}\n\n`);
  const where = { item_id: 'msg_1', output_index: 0, content_index: 0 };
  const part = (t: string) => ({ type: 'output_text', text: t, annotations: [], ...(logprobs ? { logprobs: tokens(t) } : {}) });
  const item = (status: string, content: unknown[]) => ({ id: 'msg_1', type: 'message', role: 'assistant', status, content });
  send('response.created', { response: { id: 'resp_1', model, status: 'in_progress', output: [] } });
  send('response.output_item.added', { output_index: 0, item: item('in_progress', []) });
  send('response.content_part.added', { ...where, part: part('') });
  // `no-deltas`: a server that sends each text only whole.
  if (model !== 'no-deltas') for (let i = 0; i < text.length; i += chunkSize) send('response.output_text.delta', { ...where, delta: text.slice(i, i + chunkSize), ...(logprobs ? { logprobs: tokens(text.slice(i, i + chunkSize)) } : {}) });
  // Cut only after what was written has left, so the client sees a started, then broken, stream.
  if (model === 'fault-cut') return void res.write('', () => res.socket?.destroy());
  send('response.output_text.done', { ...where, text, ...(logprobs ? { logprobs: tokens(text) } : {}) });
  send('response.content_part.done', { ...where, part: part(text) });
  send('response.output_item.done', { output_index: 0, item: item('completed', [part(text)]) });
  send('response.completed', { response: { id: 'resp_1', model, status: 'completed', output: [item('completed', [part(text)])], usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12 } } });
  if (model === 'idle-after-done') return void holdOpen(res, '', afterDone);
  res.end();
}

/** A provider that has sent its last event but keeps the body open, silent, for 10 s. */
function holdOpen(res: http.ServerResponse, last: string, afterDone: FakeUpstream['afterDone']): void {
  if (last) res.write(last);
  res.on('close', () => (afterDone.closedByPeer = !res.writableFinished));
  setTimeout(() => res.end(), 10_000).unref();
}
