import { parseEventJson, released, upstreamStreamError, type EventRelay } from './event-relay.js';
import { roundTokenLogprobs } from './extraction.js';
import { checkTools, type Exchange, type Usage } from './proxy.js';
import { StreamLogprobsGate } from './logprobs.js';
import { formatSse, type SseEvent } from './sse.js';
import type { StreamOutputGuard } from './stream-guard.js';

type Choice = { index?: number; delta?: Record<string, unknown>; finish_reason?: unknown; logprobs?: unknown };

/**
 * Chat-completions streams: each choice's `delta.content` goes through the hold-back guard; chunks
 * that only carried held-back text are dropped, everything else (roles, tool calls, finish reasons,
 * usage) is relayed. Tool calls are checked against the key's tools as their names arrive.
 */
export class ChatEventRelay implements EventRelay {
  complete = false;
  stop = false;
  readonly terminator = 'data: [DONE]\n\n';
  usage: Usage | undefined;
  completionChars = 0;
  /** The first chunk's envelope (id, model, created…), reused for text released at the end. */
  private template: Record<string, unknown> | undefined;
  private readonly toolNames = new Set<string>();
  /** Answer text sent per choice. */
  private readonly sent = new Map<number, string>();
  /** Token logprobs travel with the text they spell, after the guard released it (logprobs.ts). */
  private readonly logprobs = new StreamLogprobsGate();

  constructor(
    private readonly ex: Exchange,
    private readonly guard: StreamOutputGuard | undefined,
  ) {}

  async onEvent(ev: SseEvent): Promise<string> {
    if (ev.data === '[DONE]') {
      this.complete = true;
      this.stop = true;
      return '';
    }
    const json = parseEventJson(ev);
    if (json.error) throw upstreamStreamError();
    if (json.usage && typeof json.usage === 'object') this.usage = json.usage as Usage;
    if (!this.template) {
      const { choices: _c, usage: _u, ...rest } = json;
      this.template = rest;
    }
    const choices = (Array.isArray(json.choices) ? json.choices : []) as Choice[];
    let out = '';
    const finishing: number[] = [];
    for (const choice of choices) {
      const index = typeof choice.index === 'number' ? choice.index : 0;
      const delta = choice.delta ?? {};
      // The same output hardening as a buffered answer gets (extraction.ts).
      const decimals = this.ex.runtime.config.extraction.roundLogprobs;
      if (decimals !== undefined) roundTokenLogprobs(tokenEntries(choice), decimals);
      const tokens = this.guard ? tokenEntries(choice) : undefined;
      if (tokens) this.logprobs.pushTokens(index, tokens);
      if (typeof delta.content === 'string') {
        this.completionChars += delta.content.length;
        if (this.guard) {
          this.logprobs.pushText(index, delta.content);
          delta.content = released(this.ex, await this.guard.push(index, delta.content));
        }
        this.note(index, delta.content as string);
      }
      if (tokens) choice.logprobs = withTokens(choice.logprobs, this.logprobs.release(index, typeof delta.content === 'string' ? delta.content : ''));
      if (Array.isArray(delta.tool_calls)) {
        for (const call of delta.tool_calls as Array<{ function?: { name?: unknown } }>) {
          if (typeof call?.function?.name === 'string') this.toolNames.add(call.function.name);
        }
        checkTools(this.ex, [...this.toolNames]);
      }
      if (choice.finish_reason) finishing.push(index);
    }
    // A finishing choice releases its held text before the chunk that carries the finish reason.
    if (this.guard) for (const index of finishing) out += this.textChunk(index, released(this.ex, await this.guard.finish(index)));
    const meaningful = choices.length === 0 || choices.some((c) => c.finish_reason || Object.entries(c.delta ?? {}).some(([k, v]) => k !== 'content' || v !== ''));
    if (meaningful) out += formatSse(JSON.stringify(json));
    return out;
  }

  async finish(): Promise<string> {
    if (!this.guard) return '';
    let out = '';
    for (const index of this.guard.pendingChoices()) out += this.textChunk(index, released(this.ex, await this.guard.finish(index)));
    return out;
  }

  answer(): string {
    return [...this.sent.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('\n');
  }

  private note(index: number, text: string): void {
    if (text) this.sent.set(index, (this.sent.get(index) ?? '') + text);
  }

  private textChunk(index: number, text: string): string {
    this.note(index, text);
    if (!text) return '';
    const tokens = this.logprobs.release(index, text);
    const logprobs = tokens.length > 0 ? { logprobs: { content: tokens } } : {};
    return formatSse(JSON.stringify({ ...this.template, choices: [{ index, delta: { content: text }, ...logprobs, finish_reason: null }] }));
  }
}

/** The token entries of a streamed choice (`logprobs.content`), when it has any. */
function tokenEntries(choice: Choice): unknown[] | undefined {
  const lp = choice.logprobs;
  if (!lp || typeof lp !== 'object') return undefined;
  const content = (lp as { content?: unknown }).content;
  return Array.isArray(content) ? content : [];
}

/** The choice's logprobs with only the entries released with its text (null when none are). */
function withTokens(logprobs: unknown, tokens: Record<string, unknown>[]): unknown {
  if (tokens.length === 0) return null;
  return { ...(logprobs as Record<string, unknown>), content: tokens };
}
