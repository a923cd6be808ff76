import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import type { CheckContext } from '../core/guard.js';
import { ChatEventRelay } from './chat-relay.js';
import { GatewayError } from './errors.js';
import type { EventRelay } from './event-relay.js';
import { addTokens, auditExchange, noteDecision, overheadHeader, readUpstreamBody, recordUsage, toGatewayError, upstreamStatusError, type Exchange, type Usage } from './proxy.js';
import { ResponsesEventRelay } from './responses-relay.js';
import { formatSse, SseParseError, SseReader } from './sse.js';
import { StreamOutputGuard } from './stream-guard.js';
import { callUpstream, upstreamFault, type ResolvedRoute } from './upstream.js';

/**
 * Streams an answer to the client while the output guard watches it. Text is released only after
 * the guard has seen it with a hold-back window after it (StreamOutputGuard); the protocol details
 * of chat completions and of the Responses API live in their relays. A violation mid-stream ends
 * the stream with an SSE `error` event, and the offending text is never sent.
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
    throw upstreamStatusError(res.status, text, route.upstream);
  }
  const type = String(res.headers['content-type'] ?? '');
  if (!type.includes('text/event-stream')) {
    // Nothing listens to this body yet: without a listener, the abort error destroy() emits
    // would be unhandled and take the process down.
    res.body.on('error', () => undefined);
    res.body.destroy();
    ex.upstreamMs = performance.now() - t;
    throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream model provider did not answer with an event stream');
  }

  const policyGuard = ex.policy.guard;
  const guard = policyGuard ? new StreamOutputGuard(policyGuard, checkCtx, ex.runtime.config.stream.holdBackChars) : undefined;
  const relay: EventRelay = endpoint === 'chat' ? new ChatEventRelay(ex, guard, policyGuard ?? undefined, checkCtx) : new ResponsesEventRelay(ex, guard, policyGuard ?? undefined, checkCtx);
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
  // The audit event keeps a hash of exactly what the client was sent.
  const sentHash = createHash('sha256');
  const write = (s: string) => {
    if (!s) return;
    sentHash.update(s);
    if (!clientGone) raw.write(s);
  };
  const sealHash = (last: string) => {
    ex.record.responseSha256 = sentHash.copy().update(last).digest('hex');
  };
  const reader = new SseReader(MAX_STREAM_EVENT_BYTES);

  // Read by hand, not with for-await: leaving a for-await at [DONE] destroys the body before its
  // end was read, which costs an AbortError and closes the upstream connection (a new TCP
  // connection for the next stream). The rest is drained after the client has its answer.
  const chunks = res.body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    outer: for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      for (const ev of reader.push(next.value)) {
        write(await relay.onEvent(ev));
        if (relay.stop) break outer;
      }
    }
    if (clientGone) throw new GatewayError(499, 'rampart_client_closed', 'the client closed the stream');
    if (!relay.complete) throw new GatewayError(502, 'rampart_upstream_stream_cut', 'the upstream stream ended before it was complete');
    write(await relay.finish());
    if (guard?.worst) noteDecision(ex, guard.worst, 'output');
    ex.upstreamMs = performance.now() - t;
    ex.ctx.metrics.upstreamLatency.observe({ endpoint }, ex.upstreamMs / 1000);
    recordStreamTokens(ex, relay.usage, relay.completionChars);
    ex.answer = relay.answer();
    ex.record.status = 200;
    ex.record.action ??= 'allow';
    sealHash(relay.terminator);
    await auditExchange(ex);
    ex.ctx.metrics.requests.inc({ endpoint, status: '200' });
    // For a stream, the upstream's time is the whole relay: the overhead is what came before and after it.
    ex.ctx.metrics.overhead.observe({ endpoint }, Number(overheadHeader(ex)) / 1000);
    write(relay.terminator);
    raw.end();
    void drainAfterDone(chunks, res.body);
  } catch (err) {
    abort.abort();
    res.body.destroy();
    if (ex.upstreamMs === 0) ex.upstreamMs = performance.now() - t;
    let ge = toGatewayError(err instanceof GatewayError ? err : midStreamFault(err));
    ex.record.status = ge.status;
    ex.record.error = ge.code;
    // Noted once: when the worst decision is the one that refused the stream, it is already in the record.
    if (guard?.worst) noteDecision(ex, guard.worst, 'output');
    if (!ex.record.action || ex.record.action === 'allow') ex.record.action = 'error';
    recordStreamTokens(ex, relay.usage, relay.completionChars);
    ex.answer = relay.answer();
    sealHash(formatSse(JSON.stringify(ge.toBody()), 'error'));
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

/**
 * What may follow [DONE] before the body ends: this many bytes within this much time. An upstream
 * that sends more, or keeps the body open longer, loses its connection (which it would otherwise
 * hold until the idle timeout, filling the pool of a misbehaving provider's origin).
 */
const MAX_AFTER_DONE_BYTES = 64 * 1024;
const MAX_AFTER_DONE_MS = 1000;

/** Reads what follows [DONE] (normally just the end of the body), so the upstream connection stays open for reuse. */
async function drainAfterDone(chunks: AsyncIterator<Buffer>, body: { destroy(): unknown }): Promise<void> {
  const deadline = setTimeout(() => body.destroy(), MAX_AFTER_DONE_MS);
  deadline.unref();
  let bytes = 0;
  try {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      bytes += next.value.length;
      if (bytes > MAX_AFTER_DONE_BYTES) {
        body.destroy();
        return;
      }
    }
  } catch {
    // The answer was complete and delivered; a fault (or our deadline) after it only costs the connection.
  } finally {
    clearTimeout(deadline);
  }
}

/**
 * The largest upstream event read (one event is buffered whole): a streamed image's partial or
 * final copy is base64 of the whole picture, often more than a megabyte (the reader's default,
 * which ended such streams).
 */
const MAX_STREAM_EVENT_BYTES = 16 * 1024 * 1024;

/** A transport error after the stream began: the answer is incomplete (a timeout stays a timeout). */
function midStreamFault(err: unknown): GatewayError {
  // An event past the limit is the upstream's answer, not a cut connection: said as it is.
  if (err instanceof SseParseError) return new GatewayError(502, 'rampart_upstream_bad_response', err.message);
  const ge = upstreamFault(err);
  if (ge.code === 'rampart_upstream_unreachable') return new GatewayError(502, 'rampart_upstream_stream_cut', 'the upstream stream ended before it was complete');
  return ge;
}

function recordStreamTokens(ex: Exchange, usage: Usage | undefined, completionChars: number): void {
  if (usage) {
    recordUsage(ex, usage);
    return;
  }
  // No usage in the stream: about four characters per token.
  const completion = Math.ceil(completionChars / 4);
  ex.record.tokens = { completion, estimated: true };
  ex.ctx.metrics.tokens.inc({ kind: 'completion' }, completion);
  addTokens(ex, completion);
}
