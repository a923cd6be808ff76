import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CheckContext } from '../core/guard.js';
import { GatewayError } from './errors.js';
import { addTokens, auditExchange, checkTools, failExchange, noteDecision, overheadHeader, readUpstreamBody, refusal, toGatewayError, upstreamStatusError, type Exchange } from './proxy.js';
import { sha256 } from './request-record.js';
import { formatSse, SseReader } from './sse.js';
import { StreamOutputGuard } from './stream-guard.js';
import { callUpstream, upstreamFault, type ResolvedRoute } from './upstream.js';

type Chunk = { choices?: Array<{ index?: number; delta?: Record<string, unknown>; finish_reason?: unknown }>; usage?: Record<string, number>; error?: unknown; [k: string]: unknown };

/**
 * Streams an answer to the client while the output guard watches it. Chat completions are guarded
 * incrementally (hold-back window, see StreamOutputGuard). Responses-API streams repeat the text
 * in several events, so they are collected, checked whole, then replayed: safe, but the first
 * byte waits for the whole answer.
 */
export async function relayStream(
  ex: Exchange,
  endpoint: 'chat' | 'responses',
  route: ResolvedRoute,
  body: Record<string, unknown>,
  checkCtx: CheckContext,
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const abort = new AbortController();
  const t = performance.now();
  let res;
  try {
    res = await callUpstream(ex.ctx.agent, route.upstream, endpoint, route.upstreamModel, JSON.stringify(body), abort.signal);
  } catch (err) {
    ex.upstreamMs = performance.now() - t;
    throw upstreamFault(err);
  }
  if (res.status >= 400) {
    const text = (await readUpstreamBody(res.body).catch(() => Buffer.alloc(0))).toString('utf8');
    ex.upstreamMs = performance.now() - t;
    throw upstreamStatusError(res.status, text);
  }
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('text/event-stream')) {
    res.body.destroy();
    ex.upstreamMs = performance.now() - t;
    throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream model provider did not answer with an event stream');
  }
  if (endpoint === 'responses') return relayBuffered(ex, res.body, checkCtx, reply, t);

  const guard = ex.runtime.guard ? new StreamOutputGuard(ex.runtime.guard, checkCtx, ex.runtime.config.stream.holdBackChars) : undefined;
  const raw = reply.raw;
  reply.hijack();
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-rampart-overhead-ms': overheadHeader(ex),
    ...(ex.record.degraded ? { 'x-rampart-degraded': 'true' } : {}),
  });
  raw.flushHeaders();
  let clientGone = false;
  raw.on('close', () => {
    if (!raw.writableFinished) {
      clientGone = true;
      abort.abort();
    }
  });
  const reader = new SseReader();
  let done = false;
  let completionChars = 0;
  let usage: Record<string, number> | undefined;
  let template: Chunk | undefined;
  const toolNames = new Set<string>();
  const write = (s: string) => {
    if (!clientGone) raw.write(s);
  };
  const emitText = (index: number, text: string) => {
    if (!text) return;
    const base = template ?? {};
    write(formatSse(JSON.stringify({ ...base, choices: [{ index, delta: { content: text }, finish_reason: null }], usage: undefined })));
  };

  try {
    outer: for await (const chunk of res.body) {
      for (const ev of reader.push(chunk as Buffer)) {
        if (ev.data === '[DONE]') {
          done = true;
          break outer;
        }
        let json: Chunk;
        try {
          json = JSON.parse(ev.data) as Chunk;
        } catch {
          throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream stream held a malformed event');
        }
        if (json.error) throw new GatewayError(502, 'rampart_upstream_error', 'the upstream model provider reported an error mid-stream');
        if (json.usage) usage = json.usage;
        const { choices: _c, usage: _u, ...rest } = json;
        template ??= rest;
        const finishing: number[] = [];
        for (const choice of Array.isArray(json.choices) ? json.choices : []) {
          const index = typeof choice.index === 'number' ? choice.index : 0;
          const delta = choice.delta ?? {};
          if (typeof delta.content === 'string') {
            completionChars += delta.content.length;
            if (guard) {
              const verdict = await guard.push(index, delta.content);
              if (!verdict.ok) throw outputRefusal(ex, verdict.decision);
              delta.content = verdict.release;
            }
          }
          if (Array.isArray(delta.tool_calls)) {
            for (const call of delta.tool_calls as Array<{ function?: { name?: unknown } }>) {
              if (typeof call?.function?.name === 'string') toolNames.add(call.function.name);
            }
            checkTools(ex, [...toolNames]);
          }
          if (choice.finish_reason) finishing.push(index);
        }
        for (const index of finishing) {
          if (!guard) continue;
          const verdict = await guard.finish(index);
          if (!verdict.ok) throw outputRefusal(ex, verdict.decision);
          emitText(index, verdict.release);
        }
        // Drop chunks that only carried held-back text; keep everything else (roles, tool calls, finish, usage).
        const meaningful = !Array.isArray(json.choices) || json.choices.length === 0 || json.choices.some((c) => c.finish_reason || Object.entries(c.delta ?? {}).some(([k, v]) => k !== 'content' || v !== ''));
        if (meaningful) write(formatSse(JSON.stringify(json)));
      }
    }
    if (clientGone) throw new GatewayError(499, 'rampart_client_closed', 'the client closed the stream');
    if (!done) throw new GatewayError(502, 'rampart_upstream_stream_cut', 'the upstream stream ended before it was complete');
    if (guard) {
      for (const index of guard.pendingChoices()) {
        const verdict = await guard.finish(index);
        if (!verdict.ok) throw outputRefusal(ex, verdict.decision);
        emitText(index, verdict.release);
      }
      if (guard.worst) noteDecision(ex, guard.worst, 'output');
    }
    ex.upstreamMs = performance.now() - t;
    ex.ctx.metrics.upstreamLatency.observe({ endpoint }, ex.upstreamMs / 1000);
    recordStreamTokens(ex, usage, completionChars);
    ex.record.status = 200;
    ex.record.action ??= 'allow';
    await auditExchange(ex);
    ex.ctx.metrics.requests.inc({ endpoint, status: '200' });
    write('data: [DONE]\n\n');
    raw.end();
  } catch (err) {
    abort.abort();
    res.body.destroy();
    if (ex.upstreamMs === 0) ex.upstreamMs = performance.now() - t;
    let ge = toGatewayError(err instanceof GatewayError ? err : midStreamFault(err));
    ex.record.status = ge.status;
    ex.record.error = ge.code;
    if (guard?.worst && !ex.record.output) noteDecision(ex, guard.worst, 'output');
    if (!ex.record.action || ex.record.action === 'allow') ex.record.action = 'error';
    recordStreamTokens(ex, usage, completionChars);
    try {
      await auditExchange(ex);
    } catch (auditErr) {
      ge = auditErr as GatewayError;
    }
    ex.ctx.metrics.requests.inc({ endpoint, status: String(ge.status) });
    // The headers are gone: the error travels as an SSE event and the stream ends without [DONE].
    write(formatSse(JSON.stringify(ge.toBody()), 'error'));
    raw.end();
  }
  void req;
}

/** A transport error after the stream began: the answer is incomplete (a timeout stays a timeout). */
function midStreamFault(err: unknown): GatewayError {
  const ge = upstreamFault(err);
  if (ge.code === 'rampart_upstream_unreachable') return new GatewayError(502, 'rampart_upstream_stream_cut', 'the upstream stream ended before it was complete');
  return ge;
}

function outputRefusal(ex: Exchange, decision: import('../core/types.js').Decision): GatewayError {
  noteDecision(ex, decision, 'output');
  return refusal({ ...decision, action: decision.action === 'review' ? 'review' : 'block' }, 'output')!;
}

function recordStreamTokens(ex: Exchange, usage: Record<string, number> | undefined, completionChars: number): void {
  if (usage) {
    const prompt = usage.prompt_tokens ?? usage.input_tokens ?? 0;
    const completion = usage.completion_tokens ?? usage.output_tokens ?? 0;
    ex.record.tokens = { prompt, completion };
    addTokens(ex, prompt + completion);
  } else {
    // No usage in the stream: about four characters per token.
    const completion = Math.ceil(completionChars / 4);
    ex.record.tokens = { completion, estimated: true };
    addTokens(ex, completion);
  }
  ex.ctx.metrics.tokens.inc({ kind: 'completion' }, ex.record.tokens.completion ?? 0);
}

/** Responses-API stream: collect, check the whole text once, then replay the events unchanged. */
async function relayBuffered(ex: Exchange, body: AsyncIterable<Buffer> & { destroy(): void }, checkCtx: CheckContext, reply: FastifyReply, t: number): Promise<void> {
  const reader = new SseReader();
  const events: Array<{ event?: string; data: string }> = [];
  const texts = new Map<string, string>();
  const toolNames: string[] = [];
  let completed = false;
  let usage: Record<string, number> | undefined;
  try {
    for await (const chunk of body) {
      for (const ev of reader.push(chunk)) {
        events.push(ev);
        if (ev.data === '[DONE]') continue;
        let json: Record<string, unknown>;
        try {
          json = JSON.parse(ev.data) as Record<string, unknown>;
        } catch {
          throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream stream held a malformed event');
        }
        const type = String(json.type ?? ev.event ?? '');
        if (type === 'response.output_text.delta' && typeof json.delta === 'string') {
          const id = `${String(json.item_id ?? '')}:${String(json.content_index ?? 0)}`;
          texts.set(id, (texts.get(id) ?? '') + json.delta);
        } else if (type === 'response.output_item.added' || type === 'response.output_item.done') {
          const item = json.item as { type?: string; name?: unknown } | undefined;
          if (item?.type === 'function_call' && typeof item.name === 'string') toolNames.push(item.name);
        } else if (type === 'response.completed') {
          completed = true;
          usage = (json.response as { usage?: Record<string, number> } | undefined)?.usage;
        } else if (type === 'error' || type === 'response.failed') {
          throw new GatewayError(502, 'rampart_upstream_error', 'the upstream model provider reported an error mid-stream');
        }
      }
    }
  } catch (err) {
    throw err instanceof GatewayError ? err : midStreamFault(err);
  } finally {
    ex.upstreamMs = performance.now() - t;
  }
  if (!completed) throw new GatewayError(502, 'rampart_upstream_stream_cut', 'the upstream stream ended before it was complete');
  checkTools(ex, toolNames);
  const guard = ex.runtime.guard;
  if (guard) {
    for (const text of texts.values()) {
      const decision = await guard.checkOutput(text, checkCtx);
      noteDecision(ex, decision, 'output');
      const refused = refusal(decision, 'output');
      if (refused) throw refused;
      // The text recurs in delta, done and completed events; rewriting all of them consistently is
      // not supported yet, so a redaction here fails closed.
      if (decision.action === 'redact') throw new GatewayError(400, 'rampart_output_blocked', "the model's answer needs redaction, which /v1/responses streams do not support; retry without stream");
    }
  }
  recordStreamTokens(ex, usage, [...texts.values()].reduce((n, s) => n + s.length, 0));
  const out = events.map((e) => formatSse(e.data, e.event)).join('');
  ex.record.status = 200;
  ex.record.responseSha256 = sha256(out);
  ex.record.action ??= 'allow';
  try {
    await auditExchange(ex);
  } catch (err) {
    await failExchange(ex, reply, err);
    return;
  }
  ex.ctx.metrics.requests.inc({ endpoint: 'responses', status: '200' });
  await reply.code(200).header('x-rampart-overhead-ms', overheadHeader(ex)).header('cache-control', 'no-cache').type('text/event-stream; charset=utf-8').send(out);
}
