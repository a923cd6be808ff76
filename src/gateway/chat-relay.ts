import { parseEventJson, released, upstreamStreamError, type EventRelay } from './event-relay.js';
import { roundAllLogprobs } from './extraction.js';
import { checkTools, type Exchange, type Usage } from './proxy.js';
import { StreamLogprobsGate } from './logprobs.js';
import { formatSse, type SseEvent } from './sse.js';
import type { StreamOutputGuard } from './stream-guard.js';

type Choice = { index?: number; delta?: Record<string, unknown>; finish_reason?: unknown; logprobs?: unknown };
type ToolCallDelta = { index?: unknown; function?: { name?: unknown; arguments?: unknown } };

/** Model text outside `content` that the guard reads too: a refusal, reasoning, tool-call arguments. */
type SideChannel = { choice: number; field: 'refusal' | 'reasoning_content' } | { choice: number; tool: number };

/**
 * Hold-back streams of side channels are numbered from here, apart from the choices' own
 * (`content`), which keep their choice index.
 */
const SIDE_CHANNEL_BASE = 1_000_000;
const TEXT_FIELDS = ['refusal', 'reasoning_content'] as const;

/**
 * Chat-completions streams: each choice's `delta.content` goes through the hold-back guard, and so
 * does every other text the model writes (`refusal`, `reasoning_content`, each tool call's
 * `arguments`), each in a hold-back stream of its own. Chunks that only carried held-back text are
 * dropped; everything else (roles, tool-call names, finish reasons, usage) is relayed. Tool calls
 * are checked against the key's tools as their names arrive.
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
  private readonly sideKeys = new Map<string, number>();
  private readonly sideChannels: SideChannel[] = [];

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
      if (decimals !== undefined) roundAllLogprobs(choice, decimals);
      const hasText = typeof delta.content === 'string';
      if (this.guard) this.logprobs.push(index, hasText ? (delta.content as string) : '', tokenEntries(choice));
      let sent = '';
      if (hasText) {
        this.completionChars += (delta.content as string).length;
        if (this.guard) {
          delta.content = released(this.ex, await this.guard.push(index, delta.content as string));
          // A chunk that also ends its choice carries the rest of the held text itself, so the text
          // keeps its order (some providers send their last text and the finish reason together).
          if (choice.finish_reason) delta.content += released(this.ex, await this.guard.finish(index));
        }
        sent = delta.content as string;
        this.note(index, sent);
      }
      if (this.guard && choice.logprobs && typeof choice.logprobs === 'object') choice.logprobs = withTokens(choice.logprobs, this.logprobs.release(index, sent));
      if (this.guard) {
        for (const field of TEXT_FIELDS) {
          if (typeof delta[field] === 'string') delta[field] = await this.guardSide({ choice: index, field }, delta[field] as string, Boolean(choice.finish_reason));
        }
      }
      if (Array.isArray(delta.tool_calls)) {
        for (const call of delta.tool_calls as ToolCallDelta[]) {
          if (typeof call?.function?.name === 'string') this.toolNames.add(call.function.name);
          if (this.guard && typeof call?.function?.arguments === 'string') {
            const tool = typeof call.index === 'number' ? call.index : 0;
            call.function.arguments = await this.guardSide({ choice: index, tool }, call.function.arguments, Boolean(choice.finish_reason));
          }
        }
        checkTools(this.ex, [...this.toolNames]);
      }
      if (choice.finish_reason && !hasText) finishing.push(index);
    }
    // A choice that ends in a chunk without text releases its held texts in chunks of their own first.
    if (this.guard) {
      for (const index of finishing) {
        out += this.textChunk(index, released(this.ex, await this.guard.finish(index)));
        out += await this.finishSides(index);
      }
    }
    const meaningful = choices.length === 0 || choices.some((c) => c.finish_reason || Object.entries(c.delta ?? {}).some(([k, v]) => k !== 'content' || v !== ''));
    if (meaningful) out += formatSse(JSON.stringify(json));
    return out;
  }

  async finish(): Promise<string> {
    if (!this.guard) return '';
    let out = '';
    for (const key of this.guard.pendingChoices()) {
      const rest = released(this.ex, await this.guard.finish(key));
      out += key < SIDE_CHANNEL_BASE ? this.textChunk(key, rest) : this.sideChunk(this.sideChannels[key - SIDE_CHANNEL_BASE]!, rest);
    }
    return out;
  }

  answer(): string {
    return [...this.sent.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('\n');
  }

  private note(index: number, text: string): void {
    if (text) this.sent.set(index, (this.sent.get(index) ?? '') + text);
  }

  /** Text of a side channel through its own hold-back stream; what may be sent now. */
  private async guardSide(channel: SideChannel, text: string, ending: boolean): Promise<string> {
    const key = this.sideKey(channel);
    let out = released(this.ex, await this.guard!.push(key, text));
    if (ending) out += released(this.ex, await this.guard!.finish(key));
    return out;
  }

  /** Releases what the side channels of an ending choice still hold, one chunk each. */
  private async finishSides(choice: number): Promise<string> {
    let out = '';
    for (let i = 0; i < this.sideChannels.length; i++) {
      const channel = this.sideChannels[i]!;
      if (channel.choice !== choice) continue;
      out += this.sideChunk(channel, released(this.ex, await this.guard!.finish(SIDE_CHANNEL_BASE + i)));
    }
    return out;
  }

  private sideKey(channel: SideChannel): number {
    const name = 'field' in channel ? `${channel.choice}:${channel.field}` : `${channel.choice}:tool:${channel.tool}`;
    let key = this.sideKeys.get(name);
    if (key === undefined) {
      key = SIDE_CHANNEL_BASE + this.sideChannels.length;
      this.sideChannels.push(channel);
      this.sideKeys.set(name, key);
    }
    return key;
  }

  private sideChunk(channel: SideChannel, text: string): string {
    if (!text) return '';
    const delta = 'field' in channel ? { [channel.field]: text } : { tool_calls: [{ index: channel.tool, function: { arguments: text } }] };
    return formatSse(JSON.stringify({ ...this.template, choices: [{ index: channel.choice, delta, finish_reason: null }] }));
  }

  private textChunk(index: number, text: string): string {
    this.note(index, text);
    if (!text) return '';
    const tokens = this.logprobs.release(index, text);
    const logprobs = tokens.length > 0 ? { logprobs: { content: tokens } } : {};
    return formatSse(JSON.stringify({ ...this.template, choices: [{ index, delta: { content: text }, ...logprobs, finish_reason: null }] }));
  }
}

/** The token entries of a streamed choice (`logprobs.content`); undefined when it has no logprobs. */
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
