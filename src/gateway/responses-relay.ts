import type { CheckContext, Guard } from '../core/guard.js';
import { roundAllLogprobs, stripLogprobs } from './logprobs.js';
import { checkWholeOutput, parseEventJson, released, upstreamStreamError, type EventRelay } from './event-relay.js';
import { checkTools, type Exchange, type Usage } from './proxy.js';
import { annotationTexts, blankSlot, blankStrings, ENVELOPE_FIELDS, itemTexts, knownItemOtherFields, otherFieldsText, summaryOtherFields, responsesItemText, unknownItemText, partOtherFields, wholeValueText, type TextSlot } from './model-texts.js';
import { answerItemToolName } from './tool-scope.js';
import { formatSse, type SseEvent } from './sse.js';
import type { StreamOutputGuard } from './stream-guard.js';

type Json = Record<string, unknown>;
type ContentPart = { type?: unknown; text?: unknown; refusal?: unknown; [k: string]: unknown };

/**
 * Kinds of model text, each with its own slots: answer text, refusals, reasoning text and summaries,
 * function-call arguments, custom tools' input, MCP call arguments, code-interpreter code, audio
 * transcripts, the strings an item carries whole (`item`: built-in calls' commands, patches and
 * queries, provider-run tools' results; `unknown_item`: every string of an item type not known
 * here), and `other:<event>` for a delta event this table does not know.
 */
type TextKind = 'text' | 'refusal' | 'reasoning' | 'summary' | 'args' | 'custom' | 'mcp' | 'code' | 'transcript' | 'item' | 'unknown_item' | `other:${string}`;
type IndexField = 'content_index' | 'summary_index' | undefined;

/** Delta events by the kind of text they extend, and where that text's index is. */
const DELTAS: Readonly<Record<string, { kind: TextKind; index: IndexField }>> = {
  'response.output_text.delta': { kind: 'text', index: 'content_index' },
  'response.refusal.delta': { kind: 'refusal', index: 'content_index' },
  'response.reasoning_text.delta': { kind: 'reasoning', index: 'content_index' },
  'response.reasoning_summary_text.delta': { kind: 'summary', index: 'summary_index' },
  'response.function_call_arguments.delta': { kind: 'args', index: undefined },
  'response.custom_tool_call_input.delta': { kind: 'custom', index: undefined },
  'response.mcp_call_arguments.delta': { kind: 'mcp', index: undefined },
  'response.code_interpreter_call_code.delta': { kind: 'code', index: undefined },
  'response.audio.transcript.delta': { kind: 'transcript', index: undefined },
};

/** The `.done` events that repeat a whole text: its kind, index and field. */
const DONES: Readonly<Record<string, { kind: TextKind; index: IndexField; field: string }>> = {
  'response.output_text.done': { kind: 'text', index: 'content_index', field: 'text' },
  'response.refusal.done': { kind: 'refusal', index: 'content_index', field: 'refusal' },
  'response.reasoning_text.done': { kind: 'reasoning', index: 'content_index', field: 'text' },
  'response.reasoning_summary_text.done': { kind: 'summary', index: 'summary_index', field: 'text' },
  'response.function_call_arguments.done': { kind: 'args', index: undefined, field: 'arguments' },
  'response.custom_tool_call_input.done': { kind: 'custom', index: undefined, field: 'input' },
  'response.mcp_call_arguments.done': { kind: 'mcp', index: undefined, field: 'arguments' },
  'response.code_interpreter_call_code.done': { kind: 'code', index: undefined, field: 'code' },
  'response.audio.transcript.done': { kind: 'transcript', index: undefined, field: 'transcript' },
};

/**
 * Responses-API streams, guarded incrementally. The answer text arrives as
 * `response.output_text.delta` events (one text per output item and content part), and then again,
 * whole, in `output_text.done`, `content_part.done`, `output_item.done` and `response.completed`.
 * Refusals, tool-call arguments and reasoning summaries follow the same pattern with their own
 * events and are guarded the same way. Deltas go through the hold-back guard like chat deltas;
 * every later copy of a text is replaced by exactly what was released, so a redaction is the same
 * in every event and a blocked text appears in none. A whole text that arrives without deltas is
 * checked on its own (fail closed).
 */
export class ResponsesEventRelay implements EventRelay {
  complete = false;
  stop = false;
  readonly terminator = '';
  usage: Usage | undefined;
  completionChars = 0;
  /** Guard slot per `item_id:content_index` (StreamOutputGuard numbers its texts). */
  private readonly slots = new Map<string, number>();
  /** Text released so far per slot: what every later copy of that text becomes. */
  private readonly sent = new Map<number, string>();
  private readonly finished = new Set<number>();
  /** Envelope of the last delta per slot, for text released when the part ends. */
  private readonly lastDelta = new Map<number, Json>();
  private readonly toolNames = new Set<string>();
  /** Delta events that release held text; sent before the event being handled. */
  private pending = '';
  /** Unknown events seen so far: each gets slots of its own. */
  private unknownEvents = 0;
  /** What the upstream sent in unknown delta events, per slot (see rewriteUnknownDone). */
  private readonly rawText = new Map<number, string>();
  /** The upstream text each slot checked whole was checked on (see finalText). */
  private readonly checkedWhole = new Map<number, string>();

  constructor(
    private readonly ex: Exchange,
    private readonly guard: StreamOutputGuard | undefined,
    /** Checks a whole text that arrived without deltas. */
    private readonly checkWhole: Guard | undefined,
    private readonly checkCtx: CheckContext,
  ) {}

  async onEvent(ev: SseEvent): Promise<string> {
    if (ev.data === '[DONE]') {
      this.stop = true;
      return formatSse(ev.data, ev.event);
    }
    const json = parseEventJson(ev);
    // Under an output guard, a Responses stream carries no token logprobs: they would spell text
    // the guard holds back or redacts, and they are not worth lining up with it here (chat does).
    if (this.guard) stripLogprobs(json);
    else if (this.ex.runtime.config.extraction.roundLogprobs !== undefined) roundAllLogprobs(json, this.ex.runtime.config.extraction.roundLogprobs);
    const type = String(json.type ?? ev.event ?? '');
    switch (type) {
      case 'error':
      case 'response.failed':
        throw upstreamStreamError();
      case 'response.content_part.done':
        await this.rewritePart(itemKey(json.item_id, json.output_index), json.content_index, json.part as ContentPart | undefined);
        break;
      case 'response.reasoning_summary_part.done': {
        const part = json.part as ContentPart | undefined;
        if (typeof part?.text === 'string') part.text = await this.finalText(this.slot(itemKey(json.item_id, json.output_index), json.summary_index, 'summary'), part.text);
        break;
      }
      // A part that was only just added carries no text yet; one that does gets it, guarded, from the deltas.
      case 'response.content_part.added':
      case 'response.reasoning_summary_part.added':
        if (this.guard) blankPart(json.part as ContentPart | undefined);
        break;
      // These repeat the request (instructions, tools), which is not the model's text; an output
      // they already hold is guarded like response.completed's.
      case 'response.created':
      case 'response.in_progress':
      case 'response.queued': {
        const output = (json.response as { output?: unknown } | undefined)?.output;
        if (Array.isArray(output)) for (let i = 0; i < output.length; i++) await this.rewriteItem(output[i] as Json, true, i);
        break;
      }
      case 'response.output_item.added':
        await this.rewriteItem(json.item as Json | undefined, false, json.output_index);
        break;
      case 'response.output_item.done':
        await this.rewriteItem(json.item as Json | undefined, true, json.output_index);
        break;
      // A stream that stopped at max_output_tokens ends with response.incomplete: the same whole copy.
      case 'response.incomplete':
      case 'response.completed': {
        const response = json.response as { output?: unknown; usage?: Usage } | undefined;
        const output = Array.isArray(response?.output) ? (response.output as Json[]) : [];
        for (let i = 0; i < output.length; i++) await this.rewriteItem(output[i], true, i);
        // The SDKs' convenience copy of the answer, which some servers send too: read whole.
        const whole = response as Json | undefined;
        if (this.guard && typeof whole?.output_text === 'string') await this.guardWhole({ get: () => whole.output_text as string, set: (s) => (whole.output_text = s) });
        if (response?.usage && typeof response.usage === 'object') this.usage = response.usage;
        this.complete = true;
        // The last event of a Responses stream: the client is answered now, whatever the body still holds.
        this.stop = true;
        break;
      }
      default: {
        const delta = DELTAS[type] ?? unknownTextDelta(type, json);
        if (delta) {
          if (typeof json.delta !== 'string') {
            // A delta that is not text where text was expected: read whatever it holds.
            await this.guardOtherFields(json, ENVELOPE_FIELDS);
            break;
          }
          // Fields beside the delta that a text event does not have are read whole.
          await this.guardOtherFields(json, DELTA_FIELDS);
          this.completionChars += json.delta.length;
          const slot = this.slot(itemKey(json.item_id, json.output_index), delta.index ? json[delta.index] : 0, delta.kind);
          if (!this.guard) {
            this.release(slot, json.delta);
            break;
          }
          this.lastDelta.set(slot, json);
          // The upstream's own text of an unknown kind, to recognise its whole copy in the `.done` event.
          if (delta.kind.startsWith('other:')) this.rawText.set(slot, (this.rawText.get(slot) ?? '') + json.delta);
          json.delta = this.release(slot, released(this.ex, await this.guard.push(slot, json.delta)));
          if (json.delta === '') return '';
          break;
        }
        const done = DONES[type];
        if (done) {
          if (typeof json[done.field] === 'string') {
            json[done.field] = await this.finalText(this.slot(itemKey(json.item_id, json.output_index), done.index ? json[done.index] : 0, done.kind), json[done.field] as string);
          }
          await this.guardOtherFields(json, DONE_FIELDS[type]!);
        } else if (type.endsWith('.done')) {
          await this.rewriteUnknownDone(type, json);
        } else if (!TEXTLESS_EVENTS.has(type)) {
          await this.guardOtherFields(json, ENVELOPE_FIELDS);
        } else {
          // A status event carries ids only; whatever else one holds (an error message, a query) is read.
          await this.guardOtherFields(json, STATUS_FIELDS);
        }
      }
    }
    return this.takePending() + formatSse(JSON.stringify(json), ev.event);
  }

  async finish(): Promise<string> {
    for (const slot of this.slots.values()) await this.finishSlot(slot);
    return this.takePending();
  }

  answer(): string {
    return [...this.sent.values()].join('\n');
  }

  private takePending(): string {
    const out = this.pending;
    this.pending = '';
    return out;
  }

  private slotKey(itemId: unknown, index: unknown, kind: TextKind): string {
    return `${kind}:${String(itemId ?? '')}:${typeof index === 'number' ? index : 0}`;
  }

  private slot(itemId: unknown, index: unknown, kind: TextKind = 'text'): number {
    const key = this.slotKey(itemId, index, kind);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size;
      this.slots.set(key, slot);
    }
    return slot;
  }

  private release(slot: number, text: string): string {
    this.sent.set(slot, (this.sent.get(slot) ?? '') + text);
    return text;
  }

  /** Ends a text part: what the guard still held is released as one more delta event (queued in `pending`). */
  private async finishSlot(slot: number): Promise<void> {
    if (!this.guard || this.finished.has(slot) || !this.sent.has(slot)) return;
    this.finished.add(slot);
    const rest = this.release(slot, released(this.ex, await this.guard.finish(slot)));
    if (!rest) return;
    // The envelope of the part's last delta; its sequence_number would repeat, so it is left out.
    const { sequence_number: _seq, ...envelope } = this.lastDelta.get(slot) ?? { type: 'response.output_text.delta' };
    this.pending += formatSse(JSON.stringify({ ...envelope, delta: rest }), String(envelope.type));
  }

  /**
   * The `.done` event of a text that arrived in unknown delta events (see unknownTextDelta): every
   * string field that is not part of the envelope becomes what was released, so the whole unguarded
   * copy never reaches the client. Without earlier deltas the event's meaning is unknown and it is
   * relayed as it is.
   */
  private async rewriteUnknownDone(type: string, json: Json): Promise<void> {
    if (!this.guard) return;
    const index = unknownTextIndex(json);
    const slot = this.slots.get(this.slotKey(itemKey(json.item_id, json.output_index), index ? json[index] : 0, `other:${type.slice(0, -'.done'.length)}`));
    const raw = slot === undefined ? undefined : this.rawText.get(slot);
    // The whole copy of the streamed text, wherever it sits, becomes what was released; the rest
    // of the event (and the event whole, without deltas before it) is read like an unknown event.
    if (slot !== undefined && raw !== undefined) replaceStrings(json, raw, await this.finalText(slot, raw));
    await this.guardOtherFields(json, ENVELOPE_FIELDS);
  }

  /** Checks the fields of `obj` not in `skip` as one whole text, in a slot of its own (see otherFieldsText). */
  private async guardOtherFields(obj: Json, skip: ReadonlySet<string>): Promise<void> {
    if (!this.guard) return;
    const text = otherFieldsText(obj, skip);
    if (text) await this.guardWhole(text);
  }

  private async guardWhole(text: TextSlot): Promise<void> {
    text.set(await this.finalText(this.slot(`#event${this.unknownEvents++}`, 0, 'unknown_item'), text.get()));
  }

  /** The text the client may see for a part: what was released, or — with no deltas — the whole text, checked now. */
  private async finalText(slot: number, upstreamText: string): Promise<string> {
    if (!this.guard) return upstreamText;
    if (this.sent.has(slot)) {
      // A later copy that differs from the whole text checked for this slot is not that text: checked on its own.
      const checked = this.checkedWhole.get(slot);
      if (checked !== undefined && checked !== upstreamText) return this.finalText(this.slot(`#copy${this.unknownEvents++}`, 0, 'unknown_item'), upstreamText);
      await this.finishSlot(slot);
      return this.sent.get(slot)!;
    }
    const text = await checkWholeOutput(this.ex, this.checkWhole!, this.checkCtx, upstreamText);
    this.sent.set(slot, text);
    this.checkedWhole.set(slot, upstreamText);
    this.finished.add(slot);
    return text;
  }

  /**
   * A part's final copy. A part type this relay does not know still has its `text` or `refusal`
   * rewritten: to what was released for that item and index if deltas came (whatever their kind),
   * or checked whole now.
   */
  private async rewritePart(itemId: string, contentIndex: unknown, part: ContentPart | undefined): Promise<void> {
    if (!part || typeof part !== 'object') return;
    const known: TextKind | undefined = part.type === 'output_text' ? 'text' : part.type === 'reasoning_text' ? 'reasoning' : part.type === 'refusal' ? 'refusal' : undefined;
    for (const field of ['text', 'refusal'] as const) {
      if (typeof part[field] !== 'string') continue;
      const kind = known !== undefined && (field === 'refusal') === (known === 'refusal') ? known : this.openKind(itemId, contentIndex, field);
      part[field] = await this.finalText(this.slot(itemId, contentIndex, kind), part[field] as string);
    }
    if (!this.guard) return;
    // Each annotation (a citation's link and title) is read whole, and so are the other fields of a part type not known here.
    for (const annotation of annotationTexts(part)) await this.guardWhole(annotation);
    const other = partOtherFields(part);
    if (other) await this.guardWhole(other);
  }

  /** The kind of text already open for an item and index (deltas of any kind), else a fresh one for this field. */
  private openKind(itemId: string, index: unknown, field: 'text' | 'refusal'): TextKind {
    for (const kind of ['text', 'reasoning', 'refusal'] as const) if (this.slots.has(this.slotKey(itemId, index, kind))) return kind;
    return field === 'refusal' ? 'refusal' : 'text';
  }

  /**
   * `done`: the item is complete, so each of its texts becomes what was released. An item that was
   * only just added carries no text yet; one that does (arguments or a summary ahead of their
   * deltas) loses it here and gets it, guarded, from the events that follow.
   */
  private async rewriteItem(item: Json | undefined, done: boolean, outputIndex: unknown): Promise<void> {
    if (!item || typeof item !== 'object') return;
    const id = itemKey(item.id, outputIndex);
    const tool = answerItemToolName(item, this.ex.mcpServers);
    // Each name is checked once: a stream of thousands of calls costs one check per new tool.
    if (tool !== undefined && !this.toolNames.has(tool)) {
      this.toolNames.add(tool);
      checkTools(this.ex, [tool]);
    }
    if (!this.guard) return;
    const text = responsesItemText(item.type);
    if (text && typeof item[text.field] === 'string') {
      item[text.field] = done ? await this.finalText(this.slot(id, 0, text.kind), item[text.field] as string) : '';
    } else if (text && item[text.field] && typeof item[text.field] === 'object') {
      // Arguments sent as an object rather than a JSON string: read whole.
      const whole = wholeValueText(item[text.field] as object);
      if (done) await this.guardWhole(whole);
      else blankSlot(whole);
    }
    // Texts that come whole with the item, never as deltas: a built-in call's commands, patch or
    // query, a provider-run tool's results; and every string of an item type this relay does not know.
    const slots = itemTexts(item);
    for (let i = 0; i < slots.length; i++) {
      if (done) slots[i]!.set(await this.finalText(this.slot(id, i, 'item'), slots[i]!.get()));
      else blankSlot(slots[i]!);
    }
    const unknown = unknownItemText(item);
    if (unknown && done) unknown.set(await this.finalText(this.slot(id, 0, 'unknown_item'), unknown.get()));
    else if (unknown) blankStrings(item, ENVELOPE_FIELDS);
    // Fields added to a known item (a message, reasoning, a tool call), read whole in every copy:
    // the announced copy keeps them (a tool call's name there is what clients show first).
    const added = unknown ? undefined : knownItemOtherFields(item);
    if (added) await this.guardWhole(added);
    // A provider that sends a message's content or a summary as one string instead of parts.
    for (const field of ['content', 'summary'] as const) {
      if (typeof item[field] === 'string') item[field] = done ? await this.finalText(this.slot(id, 0, field === 'content' ? 'text' : 'summary'), item[field] as string) : '';
    }
    const summaries = Array.isArray(item.summary) ? (item.summary as ContentPart[]) : [];
    for (let i = 0; i < summaries.length; i++) {
      const summary = summaries[i];
      if (!summary || typeof summary !== 'object') continue;
      const extra = summaryOtherFields(summary);
      if (extra) await this.guardWhole(extra);
      if (typeof summary.text !== 'string') continue;
      summary.text = done ? await this.finalText(this.slot(id, i, 'summary'), summary.text) : '';
    }
    const content = Array.isArray(item.content) ? (item.content as ContentPart[]) : [];
    for (let i = 0; i < content.length; i++) {
      if (done) await this.rewritePart(id, i, content[i]);
      else blankPart(content[i]);
    }
  }
}

/** Fields a text delta or `.done` event has besides its text. */
const DELTA_FIELDS: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'delta', 'logprobs']);
/** Per `.done` event type: the fields it has besides what it repeats. */
const DONE_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(Object.entries(DONES).map(([type, d]) => [type, new Set([...DELTA_FIELDS, d.field])]));

/** Fields of a status event that are not text: ids, indexes, and image data. */
const STATUS_FIELDS: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'annotation_index', 'partial_image_b64', 'partial_image_index', 'rate_limits', 'response']);

/** Replaces every string equal to `from` below obj with `to` (keys unchanged). */
function replaceStrings(obj: Json, from: string, to: string, depth = 0): void {
  if (depth > 64) return;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (v === from) obj[k] = to;
    else if (typeof v === 'object' && v !== null) replaceStrings(v as Json, from, to, depth + 1);
  }
}

/** Delta events whose `delta` is not text (base64 audio). */
const BINARY_DELTAS = new Set(['response.audio.delta']);

/**
 * Status events: their ids and indexes are relayed as they are, anything else they hold is read
 * (STATUS_FIELDS). Any other event type not handled above is read whole, the annotation a
 * `response.output_text.annotation.added` event carries included (a citation's link and title).
 */
const TEXTLESS_EVENTS: ReadonlySet<string> = new Set([
  'rate_limits.updated',
  'response.audio.delta', 'response.audio.done',
  ...['web_search_call', 'file_search_call'].flatMap((t) => [`response.${t}.in_progress`, `response.${t}.searching`, `response.${t}.completed`]),
  'response.code_interpreter_call.in_progress', 'response.code_interpreter_call.interpreting', 'response.code_interpreter_call.completed',
  'response.image_generation_call.in_progress', 'response.image_generation_call.generating', 'response.image_generation_call.partial_image', 'response.image_generation_call.completed',
  ...['mcp_call', 'mcp_list_tools'].flatMap((t) => [`response.${t}.in_progress`, `response.${t}.completed`, `response.${t}.failed`]),
]);

/**
 * A delta event this relay has no entry for (a new kind of model text) is still text the model
 * wrote: under an output guard it goes through the hold-back guard like an answer instead of
 * reaching the client unread.
 */
function unknownTextDelta(type: string, json: Json): { kind: TextKind; index: IndexField } | undefined {
  if (!type.endsWith('.delta') || typeof json.delta !== 'string' || BINARY_DELTAS.has(type)) return undefined;
  return { kind: `other:${type.slice(0, -'.delta'.length)}`, index: unknownTextIndex(json) };
}

/** Which index an unknown text event carries, so parallel texts of one item stay apart. */
function unknownTextIndex(json: Json): IndexField {
  return typeof json.content_index === 'number' ? 'content_index' : typeof json.summary_index === 'number' ? 'summary_index' : undefined;
}

/** An output item's key: its id, or its position when the upstream gave it none. */
function itemKey(id: unknown, outputIndex: unknown): string {
  return typeof id === 'string' && id !== '' ? id : `#${typeof outputIndex === 'number' ? outputIndex : ''}`;
}

/** Empties the text (and any annotation) of a part that was only just added (its text follows in delta events). */
function blankPart(part: ContentPart | undefined): void {
  if (typeof part?.text === 'string') part.text = '';
  if (typeof part?.refusal === 'string') part.refusal = '';
  if (part && typeof part === 'object') for (const annotation of annotationTexts(part)) blankSlot(annotation);
}
