import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake OpenAI-compatible provider for adapter tests: the one thing outside the product.
 * It serves POST /v1/chat/completions and POST /v1/responses (JSON, or SSE when `stream: true`)
 * on 127.0.0.1 with a scripted reply, and records every request so a test can prove the upstream was
 * (or was not) called.
 */
export interface FakeReply {
  /** Content of the answer; streamed as `chunks` when given (they must join to `text`). */
  text?: string;
  chunks?: string[];
  toolCalls?: Array<{ name: string; arguments: string }>;
}

export interface RecordedCall {
  path: string;
  body: Record<string, unknown>;
}

export interface FakeUpstream {
  /** Base URL for the SDKs, ending in /v1. */
  readonly baseURL: string;
  readonly calls: RecordedCall[];
  reply: FakeReply;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const state = {
    calls: [] as RecordedCall[],
    reply: { text: 'Hello from the fake model.' } as FakeReply,
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (req.method === 'POST' && req.url === '/v1/responses') {
      const body = JSON.parse(raw) as Record<string, unknown>;
      state.calls.push({ path: req.url, body });
      if (body.stream === true) {
        await streamResponseEvents(res, responseObject(body, state.reply, state.calls.length), state.reply);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${state.calls.length}` });
      res.end(JSON.stringify(responseObject(body, state.reply, state.calls.length)));
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}`, type: 'not_found' } }));
      return;
    }
    const body = JSON.parse(raw) as Record<string, unknown>;
    state.calls.push({ path: req.url, body });
    const reply = state.reply;
    const model = typeof body.model === 'string' ? body.model : 'fake-model';
    const created = Math.floor(Date.now() / 1000);
    const id = `chatcmpl-fake-${state.calls.length}`;
    const toolCalls = (reply.toolCalls ?? []).map((t, i) => ({
      id: `call_${i}`,
      type: 'function',
      function: { name: t.name, arguments: t.arguments },
    }));
    const finishReason = toolCalls.length > 0 ? 'tool_calls' : 'stop';
    const usage = { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 };

    if (body.stream !== true) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req_${state.calls.length}` });
      res.end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model,
          choices: [
            {
              index: 0,
              message: { role: 'assistant', content: reply.text ?? null, refusal: null, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) },
              logprobs: null,
              finish_reason: finishReason,
            },
          ],
          usage,
        }),
      );
      return;
    }

    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const base = { id, object: 'chat.completion.chunk', created, model };
    const send = (choices: unknown[], extra: Record<string, unknown> = {}) =>
      res.write(`data: ${JSON.stringify({ ...base, choices, ...extra })}\n\n`);
    send([{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }]);
    for (const piece of reply.chunks ?? (reply.text !== undefined ? [reply.text] : [])) {
      if (res.destroyed) return;
      send([{ index: 0, delta: { content: piece }, logprobs: null, finish_reason: null }]);
      // Let each chunk leave as its own network write, as a real provider's tokens do.
      await new Promise((resolve) => setImmediate(resolve));
    }
    toolCalls.forEach((call, i) => {
      const half = Math.ceil(call.function.arguments.length / 2);
      send([{ index: 0, delta: { tool_calls: [{ index: i, id: call.id, type: 'function', function: { name: call.function.name, arguments: call.function.arguments.slice(0, half) } }] }, finish_reason: null }]);
      send([{ index: 0, delta: { tool_calls: [{ index: i, function: { arguments: call.function.arguments.slice(half) } }] }, finish_reason: null }]);
    });
    send([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]);
    if ((body.stream_options as { include_usage?: boolean } | undefined)?.include_usage) send([], { usage });
    res.write('data: [DONE]\n\n');
    res.end();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    calls: state.calls,
    get reply() {
      return state.reply;
    },
    set reply(r: FakeReply) {
      state.reply = r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A Responses API `response` object for the scripted reply. */
function responseObject(body: Record<string, unknown>, reply: FakeReply, n: number): Record<string, unknown> {
  const output: unknown[] = [];
  if (reply.text !== undefined) {
    output.push({
      type: 'message',
      id: `msg_${n}`,
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: reply.text, annotations: [], logprobs: [] }],
    });
  }
  (reply.toolCalls ?? []).forEach((t, i) => {
    output.push({ type: 'function_call', id: `fc_${n}_${i}`, call_id: `call_${i}`, name: t.name, arguments: t.arguments, status: 'completed' });
  });
  return {
    id: `resp_${n}`,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    model: typeof body.model === 'string' ? body.model : 'fake-model',
    output,
    usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12 },
  };
}

/** Streams a Responses API answer as the provider does: lifecycle events around text and argument deltas. */
async function streamResponseEvents(res: ServerResponse, response: Record<string, unknown>, reply: FakeReply): Promise<void> {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  let sequence = 0;
  const send = (type: string, data: Record<string, unknown>) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...data })}\n\n`);
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  send('response.created', { response: { ...response, status: 'in_progress', output: [] } });
  const output = response.output as Array<Record<string, unknown>>;
  for (const [index, item] of output.entries()) {
    if (res.destroyed) return;
    if (item.type === 'message') {
      const text = (item.content as Array<{ text: string }>)[0]!.text;
      const ids = { item_id: item.id, output_index: index, content_index: 0 };
      send('response.output_item.added', { output_index: index, item: { ...item, status: 'in_progress', content: [] } });
      send('response.content_part.added', { ...ids, part: { type: 'output_text', text: '', annotations: [] } });
      for (const piece of reply.chunks ?? [text]) {
        if (res.destroyed) return;
        send('response.output_text.delta', { ...ids, delta: piece, logprobs: [] });
        await tick();
      }
      send('response.output_text.done', { ...ids, text, logprobs: [] });
      send('response.content_part.done', { ...ids, part: { type: 'output_text', text, annotations: [] } });
    } else {
      const args = item.arguments as string;
      const half = Math.ceil(args.length / 2);
      const ids = { item_id: item.id, output_index: index };
      send('response.output_item.added', { output_index: index, item: { ...item, arguments: '', status: 'in_progress' } });
      send('response.function_call_arguments.delta', { ...ids, delta: args.slice(0, half) });
      await tick();
      send('response.function_call_arguments.delta', { ...ids, delta: args.slice(half) });
      send('response.function_call_arguments.done', { ...ids, name: item.name, arguments: args });
    }
    send('response.output_item.done', { output_index: index, item });
  }
  send('response.completed', { response });
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts).toString('utf8');
}
