import type { CheckContext, Guard } from '../core/guard.js';
import type { Decision } from '../core/types.js';
import { GatewayError } from './errors.js';
import { noteDecision, refusal, type Exchange, type Usage } from './proxy.js';
import type { SseEvent } from './sse.js';
import type { StreamOutputGuard, StreamVerdict } from './stream-guard.js';

/**
 * One streaming protocol's view of an upstream event stream (chat completions or the Responses
 * API): it passes each upstream event through the output guard and says what the client may see.
 * relayStream owns the connection, the audit event and the error ending; a relay owns the format.
 */
export interface EventRelay {
  /** Handles one upstream event; returns the SSE text to send now ('' for nothing). Throws a GatewayError to end the stream. */
  onEvent(ev: SseEvent): Promise<string>;
  /** The upstream said the answer is complete. */
  readonly complete: boolean;
  /** Stop reading: the upstream's terminator arrived. */
  readonly stop: boolean;
  /** After the last event: checks what is still held back and returns the SSE text that releases it. */
  finish(): Promise<string>;
  /** What ends a successful stream for the client ('' when the last event is the end). */
  readonly terminator: string;
  /** Usage as the upstream reported it, when it did. */
  readonly usage: Usage | undefined;
  /** Characters of answer text seen (for the token estimate when there is no usage). */
  readonly completionChars: number;
  /** The answer text the client was sent (choices or parts joined by newlines). */
  answer(): string;
}

/** Parses one upstream event's JSON; a malformed event ends the stream (it can not be guarded). */
export function parseEventJson(ev: SseEvent): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(ev.data);
  } catch {
    throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream stream held a malformed event');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream stream held a malformed event');
  return json as Record<string, unknown>;
}

export function upstreamStreamError(): GatewayError {
  return new GatewayError(502, 'rampart_upstream_error', 'the upstream model provider reported an error mid-stream');
}

/** The text a guard verdict lets through, or the refusal that ends the stream. */
export function released(ex: Exchange, verdict: StreamVerdict): string {
  if (verdict.ok) return verdict.release;
  throw outputRefusal(ex, verdict.decision);
}

export function outputRefusal(ex: Exchange, decision: Decision): GatewayError {
  noteDecision(ex, decision, 'output');
  return refusal({ ...decision, action: decision.action === 'review' ? 'review' : 'block' }, 'output')!;
}

/**
 * A text of a stream read whole rather than held back, checked now with the output policy: the text
 * the client may see (redacted where the policy says), or the refusal that ends the stream.
 */
export async function checkWholeOutput(ex: Exchange, guard: Guard, ctx: CheckContext, text: string): Promise<string> {
  const decision = await guard.checkOutput(text, ctx);
  if (decision.action === 'block' || decision.action === 'review') throw outputRefusal(ex, decision);
  noteDecision(ex, decision, 'output');
  return decision.action === 'redact' && decision.redactedText !== undefined ? decision.redactedText : text;
}

export type { StreamOutputGuard };
