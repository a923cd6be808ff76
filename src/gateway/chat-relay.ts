import type { CheckContext, Guard } from '../core/guard.js';
import { checkWholeOutput, parseEventJson, released, upstreamStreamError, type EventRelay } from './event-relay.js';
import { roundAllLogprobs, StreamLogprobsGate } from './logprobs.js';
import { checkTools, type Exchange, type Usage } from './proxy.js';
import { namedToolName } from './tool-scope.js';
import { annotationTexts, CHAT_TEXT_FIELDS, chatCallAndAudioOtherFields, chatMisshapedFields, chatOtherFields, chatToolCallOtherFields, otherFieldsText, REASONING_DETAIL_SKIP, wholeValueText, type ChatTextField, type TextSlot } from './model-texts.js';
import { formatSse, type SseEvent } from './sse.js';
import type { StreamOutputGuard } from './stream-guard.js';

type Json = Record<string, unknown>;
type Choice = { index?: number; delta?: Json; finish_reason?: unknown; logprobs?: unknown };
type ToolCallDelta = { index?: unknown; type?: unknown; function?: Json; custom?: Json };


/**
 * One text a choice writes, with its hold-back stream (`key` in the StreamOutputGuard): the answer
 * (`content`, as a string or as text parts), a refusal, reasoning, the arguments of one tool call
 * (or a custom tool's input), the legacy `function_call`'s arguments, the transcript of an audio
 * answer, or the texts of an answer's thinking parts (`thinking_part`).
 */
interface Channel {
  choice: number;
  kind: 'content' | ChatTextField | 'tool' | 'function_call' | 'audio_transcript' | 'reasoning_details' | 'thinking_part';
  /**
   * Tool channels: the tool call's index, and where its text goes (`function.arguments` or
   * `custom.input`). `reasoning_details` channels: the entry's index, and its field (`text` or `summary`).
   */
  tool?: number;
  toolField?: 'function' | 'custom' | 'text' | 'summary';
  /** `reasoning_details` channels: the entry's type and first index, repeated on text released in a chunk of its own. */
  detailType?: string;
  detailIndex?: number;
  /** The answer: its last text came as a list of parts, so text released in a chunk of its own goes out as a text part. */
  asParts?: boolean;
  /** Thinking: its last text came as a string (`thinking: "…"`) rather than as pieces, and is released in that form. */
  thinkingString?: boolean;
  key: number;
  open: boolean;
}

/**
 * Hold-back streams are numbered by choice for each choice's first answer text (the logprobs gate
 * follows those), and from here for every other channel.
 */
const OTHER_CHANNELS_BASE = 1_000_000;

/** Channels that run beside another rather than after it (see ChatEventRelay.enter). */
const BESIDE: ReadonlySet<Channel['kind']> = new Set(['audio_transcript', 'reasoning_details']);

/** Distinct whole-read texts remembered per stream (see ChatEventRelay.checkedWhole). */
const CHECKED_WHOLE_MAX = 256;

/**
 * Chat-completions streams: every text a choice writes goes through the hold-back guard, each in a
 * hold-back stream of its own (a Channel): the answer, refusals, reasoning, and tool-call
 * arguments. Chunks that only carried held-back text are dropped; everything else (roles, tool-call
 * names, finish reasons, usage) is relayed. Tool calls are checked against the key's tools as their
 * names arrive.
 *
 * A choice writes its texts one after another (reasoning, then the answer, then tool calls), and
 * clients read the start of a new one as the end of the one before (the OpenAI SDK then parses a
 * tool call's arguments): so the first text of a new channel first releases what the previous one
 * held (a flush: the channel stays one hold-back stream, and whatever it gets later is checked
 * with all of its earlier text). A stream that goes back and forth between channels it already
 * has flushes nothing: each channel keeps holding back, and is checked whole, as if alone.
 */
export class ChatEventRelay implements EventRelay {
  complete = false;
  stop = false;
  readonly terminator = 'data: [DONE]\n\n';
  usage: Usage | undefined;
  completionChars = 0;
  /** The first chunk's envelope (id, model, created…), reused for text released at the end. */
  private template: Json | undefined;
  private readonly toolNames = new Set<string>();
  /** Answer text sent per choice. */
  private readonly sent = new Map<number, string>();
  /** Token logprobs travel with the text they spell, after the guard released it (logprobs.ts). */
  private readonly logprobs = new StreamLogprobsGate();
  /** Each channel by `choice:kind:tool:field`, in the order they were opened. */
  private readonly channels = new Map<string, Channel>();
  /** Per choice, the channel whose text came last. */
  private readonly last = new Map<number, Channel>();
  private nextKey = OTHER_CHANNELS_BASE;
  /** `reasoning_details` channels of entries without an index, numbered per choice and entry type (`choice:type`). */
  private readonly detailChannels = new Map<string, number>();
  /** Tool calls sent without `index`, numbered by their `id` per choice (`choice:id`). */
  private readonly toolIds = new Map<string, number>();
  private readonly lastToolId = new Map<number, number>();
  /**
   * The channels with text in the chunk being relayed, each with a way to add text to it there: a
   * channel that ends in the chunk that carried its text gets its held tail in that same place, so
   * its text stays in order.
   */
  private inChunk = new Map<Channel, (text: string) => void>();
  /** Texts checked whole (see guardWholeFields), with what the client may see of each: a citation list repeated in every chunk is checked once. */
  private readonly checkedWhole = new Map<string, string>();

  constructor(
    private readonly ex: Exchange,
    private readonly guard: StreamOutputGuard | undefined,
    /** Checks texts that are read whole rather than held back (see guardWholeFields). */
    private readonly checkWhole?: Guard,
    private readonly checkCtx: CheckContext = {},
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
    for (const choice of choices) {
      const index = typeof choice.index === 'number' ? choice.index : 0;
      const delta = choice.delta ?? {};
      const ending = Boolean(choice.finish_reason);
      this.inChunk = new Map();
      // The same output hardening as a buffered answer gets (extraction.ts).
      const decimals = this.ex.runtime.config.extraction.roundLogprobs;
      if (decimals !== undefined) roundAllLogprobs(choice, decimals);
      this.noteToolNames(delta);
      if (!this.guard) {
        if (typeof delta.content === 'string') {
          this.completionChars += delta.content.length;
          this.note(index, delta.content);
        }
        continue;
      }

      for (const field of CHAT_TEXT_FIELDS) {
        if (typeof delta[field] === 'string' && delta[field] !== '') {
          out += (await this.throughField(index, field, undefined, undefined, delta, field)).before;
        }
      }
      out += await this.guardReasoningDetails(index, delta);
      // The transcript of an answer given as audio (the audio data itself is not text).
      const audio = delta.audio as Json | undefined;
      if (audio && typeof audio === 'object' && typeof audio.transcript === 'string' && audio.transcript !== '') {
        out += (await this.throughField(index, 'audio_transcript', undefined, undefined, audio, 'transcript')).before;
      }
      out += await this.guardContent(index, choice, delta);
      out += await this.guardContentParts(index, choice, delta);
      out += await this.guardToolCalls(index, delta);
      await this.guardWholeFields(delta);
      // A choice that ends releases everything it still holds before the chunk with its finish reason.
      if (ending) out += await this.closeChoice(index);
      // Every tail has landed: parts whose text is all held back go, rather than out empty.
      dropEmptyParts(delta);
    }
    // Without a guard (and nothing to round) the chunk goes on as it came.
    if (!this.guard && this.ex.runtime.config.extraction.roundLogprobs === undefined) return formatSse(ev.data);
    const meaningful = choices.length === 0 || choices.some((c) => c.finish_reason || Object.entries(c.delta ?? {}).some(([k, v]) => k !== 'content' || v !== ''));
    if (meaningful) out += formatSse(JSON.stringify(json));
    return out;
  }

  async finish(): Promise<string> {
    if (!this.guard) return '';
    this.inChunk = new Map();
    let out = '';
    for (const choice of new Set([...this.channels.values()].filter((c) => c.open).map((c) => c.choice))) out += await this.closeChoice(choice);
    return out;
  }

  answer(): string {
    return [...this.sent.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('\n');
  }

  /**
   * `reasoning_details` (OpenRouter and others): the `text` and `summary` of each entry (by its
   * index, or its type when it has none) are held-back channels like `reasoning` (providers stream them token by token, often
   * beside the same text in `reasoning`); the entry's other fields are read whole, but for its
   * encrypted `data` and `signature`.
   */
  private async guardReasoningDetails(index: number, delta: Json): Promise<string> {
    if (!Array.isArray(delta.reasoning_details)) return '';
    let out = '';
    const entries = delta.reasoning_details as unknown[];
    for (const item of entries) {
      const entry = item as Json | null;
      if (!entry || typeof entry !== 'object' || Array.isArray(entry)) continue;
      // A channel per entry: its index when it has one (Anthropic's thinking comes in several
      // blocks, each with its own index and signature, which must stay apart), else its type (some
      // providers leave the index out, at a position that shifts from chunk to chunk).
      const at = Number.isSafeInteger(entry.index) && (entry.index as number) >= 0 ? (entry.index as number) : this.detailChannel(index, typeof entry.type === 'string' ? entry.type : '');
      for (const field of ['text', 'summary'] as const) {
        const value = entry[field];
        if (value && typeof value === 'object') {
          await this.checkSlot(wholeValueText(value));
          continue;
        }
        if (typeof value !== 'string' || value === '') continue;
        const { before, channel } = await this.throughField(index, 'reasoning_details', at, field, entry, field);
        out += before;
        if (channel.detailType === undefined && typeof entry.type === 'string') channel.detailType = entry.type;
        if (channel.detailIndex === undefined && typeof entry.index === 'number') channel.detailIndex = entry.index;
      }
      const rest = otherFieldsText(entry, REASONING_DETAIL_SKIP);
      if (rest) await this.checkSlot(rest);
    }
    return out;
  }

  /** A channel number for entries of one type without an index: negative, apart from the indexes providers give. */
  private detailChannel(choice: number, type: string): number {
    const name = `${choice}:${type}`;
    let n = this.detailChannels.get(name);
    if (n === undefined) this.detailChannels.set(name, (n = -1 - this.detailChannels.size));
    return n;
  }

  /**
   * A delta's annotations (a citation's link and title) and any field no channel reads (what a
   * provider adds), each checked whole in the chunk that carries it. Such a field is not held
   * back: a secret split across two chunks of one is not recognised.
   */
  private async guardWholeFields(delta: Json): Promise<void> {
    const slots: TextSlot[] = [...annotationTexts(delta), ...chatMisshapedFields(delta), ...chatCallAndAudioOtherFields(delta)];
    for (const call of Array.isArray(delta.tool_calls) ? (delta.tool_calls as unknown[]) : []) slots.push(...chatToolCallOtherFields(call));
    const other = chatOtherFields(delta);
    if (other) slots.push(other);
    for (const slot of slots) await this.checkSlot(slot);
  }

  /** A slot read whole, checked in this chunk (not held back), and rewritten to what may be sent. */
  private async checkSlot(slot: TextSlot): Promise<void> {
    slot.set(await this.checkedText(slot.get()));
  }

  private async checkedText(text: string): Promise<string> {
    const known = this.checkedWhole.get(text);
    if (known !== undefined) return known;
    // Without a whole-text guard (a relay built without one) nothing unread may pass: fail closed.
    if (!this.checkWhole) return '';
    const out = await checkWholeOutput(this.ex, this.checkWhole, this.checkCtx, text);
    if (this.checkedWhole.size < CHECKED_WHOLE_MAX) this.checkedWhole.set(text, out);
    return out;
  }

  private noteToolNames(delta: Json): void {
    const names: string[] = [];
    for (const call of (Array.isArray(delta.tool_calls) ? delta.tool_calls : []) as ToolCallDelta[]) {
      const name = call?.function?.name ?? call?.custom?.name;
      if (typeof name === 'string') names.push(name);
    }
    const legacy = (delta.function_call as Json | undefined)?.name;
    if (typeof legacy === 'string') names.push(legacy);
    // Each name is checked once: a stream of thousands of calls costs one check per new tool.
    const fresh = names.map(namedToolName).filter((n) => !this.toolNames.has(n));
    if (fresh.length === 0) return;
    for (const n of fresh) this.toolNames.add(n);
    checkTools(this.ex, fresh);
  }

  /** The answer text of a chunk, with its token logprobs kept in step (logprobs.ts). */
  private async guardContent(index: number, choice: Choice, delta: Json): Promise<string> {
    const text = typeof delta.content === 'string' ? delta.content : '';
    const tokens = tokenEntries(choice);
    this.completionChars += text.length;
    if (text === '') {
      // No text: token entries alone would be ahead of the text they spell.
      if (tokens) choice.logprobs = null;
      return '';
    }
    const { before, text: sent, channel } = await this.through(index, 'content', undefined, undefined, text);
    channel.asParts = false;
    delta.content = sent;
    this.logprobs.push(index, text, tokens);
    if (choice.logprobs && typeof choice.logprobs === 'object') choice.logprobs = withTokens(this.logprobs.release(index, sent));
    this.note(index, sent);
    this.inChunk.set(channel, (tail) => {
      delta.content = (delta.content as string) + tail;
      this.note(index, tail);
      const more = this.logprobs.release(index, tail);
      if (more.length > 0) choice.logprobs = withTokens([...(((choice.logprobs as { content?: Json[] } | null)?.content) ?? []), ...more]);
    });
    return before;
  }

  /**
   * An answer streamed as a list of parts (Mistral: `[{type: "thinking", thinking: [{type: "text",
   * text}]}]`, then `[{type: "text", text}]`, token by token). Text parts are the answer: they go
   * through the answer's own channel, the one string `content` uses, so a secret split between a
   * string chunk and a part (a stream may mix them) is still one text. A thinking part's texts (its
   * pieces, or a string) go through a channel of their own. Parts without a `type` count as text, as
   * Mistral's SDK allows. Other parts, and the parts' other fields, are read whole per chunk
   * (guardWholeFields).
   */
  private async guardContentParts(index: number, choice: Choice, delta: Json): Promise<string> {
    if (!Array.isArray(delta.content)) return '';
    // Parts carry no token alignment the gate could keep.
    if (tokenEntries(choice)) choice.logprobs = null;
    let out = '';
    for (const item of delta.content as unknown[]) {
      const part = item as Json | null;
      if (!part || typeof part !== 'object' || Array.isArray(part)) continue;
      if ((part.type === undefined || part.type === 'text') && typeof part.text === 'string' && part.text !== '') {
        out += await this.throughAnswerPart(index, part);
      } else if (part.type === 'thinking' && typeof part.thinking === 'string' && part.thinking !== '') {
        out += await this.throughThinking(index, part, 'thinking');
      } else if (part.type === 'thinking' && Array.isArray(part.thinking)) {
        for (const inner of part.thinking as unknown[]) {
          const piece = inner as Json | null;
          if (piece && typeof piece === 'object' && (piece.type === undefined || piece.type === 'text') && typeof piece.text === 'string' && piece.text !== '') out += await this.throughThinking(index, piece, 'text');
        }
      }
    }
    return out;
  }

  /** A text part through the answer's channel; a tail the channel releases in this chunk goes to the chunk's last text part. */
  private async throughAnswerPart(index: number, part: Json): Promise<string> {
    const raw = part.text as string;
    this.completionChars += raw.length;
    const { before, text, channel } = await this.through(index, 'content', undefined, undefined, raw);
    channel.asParts = true;
    this.logprobs.push(index, raw, undefined);
    part.text = text;
    this.note(index, text);
    this.inChunk.set(channel, (tail) => {
      part.text = (part.text as string) + tail;
      this.note(index, tail);
    });
    return before;
  }

  /** A thinking text (`field` of `holder`) through the thinking channel. */
  private async throughThinking(index: number, holder: Json, field: 'text' | 'thinking'): Promise<string> {
    this.completionChars += (holder[field] as string).length;
    const { before, channel } = await this.throughField(index, 'thinking_part', undefined, undefined, holder, field);
    channel.thinkingString = field === 'thinking';
    return before;
  }

  private async guardToolCalls(index: number, delta: Json): Promise<string> {
    let out = '';
    const calls = (Array.isArray(delta.tool_calls) ? delta.tool_calls : []) as ToolCallDelta[];
    for (let position = 0; position < calls.length; position++) {
      const call = calls[position];
      const tool = this.toolNumber(index, call, position);
      for (const field of ['function', 'custom'] as const) {
        const holder = call?.[field];
        const prop = field === 'function' ? 'arguments' : 'input';
        if (!holder) continue;
        if (holder[prop] && typeof holder[prop] === 'object') {
          // Arguments sent as an object rather than a JSON string: read whole, in this chunk (after
          // what the previous call still held, as for any new call).
          const { channel, isNew } = this.channelFor(index, 'tool', tool, field);
          out += await this.enter(channel, isNew);
          await this.checkSlot(wholeValueText(holder[prop] as object));
          continue;
        }
        if (typeof holder[prop] !== 'string' || holder[prop] === '') {
          // A new call's first chunk (id, name, no arguments yet) already tells the client that the
          // previous call is complete: release what that one held before it.
          const { channel, isNew } = this.channelFor(index, 'tool', tool, field);
          out += await this.enter(channel, isNew);
          continue;
        }
        out += (await this.throughField(index, 'tool', tool, field, holder, prop)).before;
      }
    }
    const legacy = delta.function_call as Json | undefined;
    if (legacy && legacy.arguments && typeof legacy.arguments === 'object') await this.checkSlot(wholeValueText(legacy.arguments));
    if (legacy && typeof legacy.arguments === 'string' && legacy.arguments !== '') {
      out += (await this.throughField(index, 'function_call', undefined, undefined, legacy, 'arguments')).before;
    }
    return out;
  }

  /**
   * Which tool call an entry continues: its `index`; without one (some providers leave it out),
   * the call its `id` names, or, with neither, the last call without an index (a continuation).
   */
  private toolNumber(choice: number, call: ToolCallDelta | undefined, position: number): number {
    if (typeof call?.index === 'number') return call.index;
    const id = (call as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') {
      const name = `${choice}:${id}`;
      let n = this.toolIds.get(name);
      if (n === undefined) {
        // Negative: apart from the indices the upstream gives other calls, and how chunk() knows
        // the call had none.
        n = -1 - this.toolIds.size;
        this.toolIds.set(name, n);
      }
      this.lastToolId.set(choice, n);
      return n;
    }
    return this.lastToolId.get(choice) ?? position;
  }

  /**
   * Text for one channel: first, when this is the channel's first text, what the choice's previous
   * channel still holds (see the class comment); then this text through the channel's own stream.
   */
  private async through(
    choice: number,
    kind: Channel['kind'],
    tool: number | undefined,
    toolField: Channel['toolField'],
    text: string,
  ): Promise<{ before: string; text: string; channel: Channel }> {
    const { channel, isNew } = this.channelFor(choice, kind, tool, toolField);
    const before = await this.enter(channel, isNew);
    const out = released(this.ex, await this.guard!.push(channel.key, text));
    return { before, text: out, channel };
  }

  /**
   * The string at holder[field] through a channel, rewritten in place to what may be sent; a tail the
   * channel releases later in this chunk is appended there too (see inChunk).
   */
  private async throughField(
    choice: number,
    kind: Channel['kind'],
    tool: number | undefined,
    toolField: Channel['toolField'],
    holder: Json,
    field: string,
  ): Promise<{ before: string; channel: Channel }> {
    const { before, text, channel } = await this.through(choice, kind, tool, toolField, holder[field] as string);
    holder[field] = text;
    this.inChunk.set(channel, (tail) => (holder[field] = (holder[field] as string) + tail));
    return { before, channel };
  }

  /** Makes `channel` its choice's current one; a new channel first flushes the one before it. */
  private async enter(channel: Channel, isNew: boolean): Promise<string> {
    const previous = this.last.get(channel.choice);
    this.last.set(channel.choice, channel);
    if (!isNew || !previous || previous === channel || !previous.open) return '';
    // A transcript runs beside the answer, and reasoning_details beside reasoning, rather than
    // after it: neither one's start ends the other.
    if (BESIDE.has(channel.kind) || BESIDE.has(previous.kind)) return '';
    return this.release(previous, released(this.ex, await this.guard!.flush(previous.key)));
  }

  private channelFor(choice: number, kind: Channel['kind'], tool: number | undefined, toolField: Channel['toolField']): { channel: Channel; isNew: boolean } {
    const name = `${choice}:${kind}:${tool ?? ''}:${toolField ?? ''}`;
    const existing = this.channels.get(name);
    if (existing) return { channel: existing, isNew: false };
    // A choice's answer keeps the choice's own key (the logprobs gate follows it).
    const key = kind === 'content' ? choice : this.nextKey++;
    const channel: Channel = { choice, kind, ...(tool !== undefined ? { tool } : {}), ...(toolField ? { toolField } : {}), key, open: true };
    this.channels.set(name, channel);
    return { channel, isNew: true };
  }

  /**
   * Text a channel's stream released outside its own turn: where the channel's text is in the chunk
   * being relayed, or else in a chunk of its own (returned, to be sent before that chunk).
   */
  private release(channel: Channel, text: string): string {
    const appendHere = this.inChunk.get(channel);
    if (appendHere) {
      appendHere(text);
      return '';
    }
    return this.chunk(channel, text);
  }

  /** Ends a channel: checks all of its text and releases what it still held. */
  private async close(channel: Channel): Promise<string> {
    if (!channel.open) return '';
    channel.open = false;
    return this.release(channel, released(this.ex, await this.guard!.finish(channel.key)));
  }

  private async closeChoice(choice: number): Promise<string> {
    let out = '';
    for (const channel of this.channels.values()) if (channel.choice === choice && channel.open) out += await this.close(channel);
    return out;
  }

  /** A chunk that carries `text` of one channel (nothing for no text). */
  private chunk(channel: Channel, text: string): string {
    if (!text) return '';
    let delta: Json;
    let logprobs: Json = {};
    if (channel.kind === 'content') {
      this.note(channel.choice, text);
      delta = { content: channel.asParts ? [{ type: 'text', text }] : text };
      const tokens = this.logprobs.release(channel.choice, text);
      if (tokens.length > 0) logprobs = { logprobs: { content: tokens } };
    } else if (channel.kind === 'tool') {
      const part = channel.toolField === 'custom' ? { custom: { input: text } } : { function: { arguments: text } };
      // A call the upstream sent without an index (a negative number, see toolNumber) is continued
      // as the upstream continued it: an entry with neither index nor id belongs to the call before
      // it (its tail is released before the next call starts).
      delta = { tool_calls: [{ ...(channel.tool! < 0 ? {} : { index: channel.tool }), ...part }] };
    } else if (channel.kind === 'function_call') {
      delta = { function_call: { arguments: text } };
    } else if (channel.kind === 'audio_transcript') {
      delta = { audio: { transcript: text } };
    } else if (channel.kind === 'thinking_part') {
      delta = { content: [{ type: 'thinking', thinking: channel.thinkingString ? text : [{ type: 'text', text }] }] };
    } else if (channel.kind === 'reasoning_details') {
      delta = { reasoning_details: [{ type: channel.detailType ?? 'reasoning.text', ...(channel.detailIndex !== undefined ? { index: channel.detailIndex } : {}), [channel.toolField!]: text }] };
    } else {
      delta = { [channel.kind]: text };
    }
    return formatSse(JSON.stringify({ ...this.template, choices: [{ index: channel.choice, delta, ...logprobs, finish_reason: null }] }));
  }

  private note(index: number, text: string): void {
    if (text) this.sent.set(index, (this.sent.get(index) ?? '') + text);
  }
}

/**
 * Removes from a delta's list of parts the text parts and thinking parts left with no text (all of
 * it held back) and nothing else; a list left empty becomes `""`, so a chunk that carried only held
 * text is dropped like one with string content.
 */
function dropEmptyParts(delta: Json): void {
  if (!Array.isArray(delta.content)) return;
  const kept = (delta.content as unknown[]).filter((item) => {
    const part = item as Json | null;
    if (!part || typeof part !== 'object' || Array.isArray(part)) return true;
    const keys = Object.keys(part);
    if ((part.type === undefined || part.type === 'text') && part.text === '') return keys.some((k) => k !== 'type' && k !== 'text');
    if (part.type === 'thinking' && keys.every((k) => k === 'type' || k === 'thinking')) {
      const thinking = part.thinking;
      if (thinking === '') return false;
      if (Array.isArray(thinking)) return thinking.some((p) => !(p && typeof p === 'object' && (p as Json).text === '' && Object.keys(p as Json).every((k) => k === 'type' || k === 'text')));
    }
    return true;
  });
  if (kept.length !== (delta.content as unknown[]).length) delta.content = kept.length === 0 ? '' : kept;
}

/** The token entries of a streamed choice (`logprobs.content`); undefined when it has no logprobs. */
function tokenEntries(choice: Choice): unknown[] | undefined {
  const lp = choice.logprobs;
  if (!lp || typeof lp !== 'object') return undefined;
  const content = (lp as { content?: unknown }).content;
  return Array.isArray(content) ? content : [];
}

/**
 * The logprobs a chunk may carry: only the entries released with its text (null when none are).
 * `logprobs.refusal` is never relayed: it spells the refusal, which the guard may hold back.
 */
function withTokens(tokens: Record<string, unknown>[]): unknown {
  return tokens.length === 0 ? null : { content: tokens };
}
