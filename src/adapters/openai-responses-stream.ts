import type { CheckContext, Guard } from '../core/guard.js';
import { enforceJsonText, enforceText, toolContext } from './enforce.js';
import { HoldBackGuard, type HoldBackOptions } from '../core/holdback.js';
import { rewrapSdkStream } from './openai-stream.js';

/** A Responses API stream event, as far as the guard reads it. */
type StreamEvent = Record<string, unknown> & { type?: string; output_index?: number; content_index?: number };

/** Tool-input events: their deltas are held until `.done`, when the whole input is checked. */
const TOOL_INPUT_EVENTS: Readonly<Record<string, { field: 'arguments' | 'input'; json: boolean }>> = {
  'response.function_call_arguments': { field: 'arguments', json: true },
  'response.mcp_call_arguments': { field: 'arguments', json: true },
  'response.custom_tool_call_input': { field: 'input', json: false },
};

/** Text events streamed with a hold-back: output text and refusals. */
const TEXT_EVENTS: Readonly<Record<string, 'text' | 'refusal'>> = {
  'response.output_text': 'text',
  'response.refusal': 'refusal',
};

const TERMINAL_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/**
 * Wraps a streamed Responses API answer so output text and refusals are checked as they arrive
 * (HoldBackGuard per content part), tool-call input is held until complete and checked whole, and
 * every later event that repeats the text (`*.done`, `content_part.done`, `output_item.done`,
 * `response.completed`) carries the checked text. Reasoning and audio-transcript deltas pass unchecked.
 */
export function guardResponseStream(upstream: unknown, guard: Guard, ctx: CheckContext, options: HoldBackOptions): unknown {
  return rewrapSdkStream(upstream, (source) => guardedEvents(source, guard, ctx, options));
}

async function* guardedEvents(source: AsyncIterable<unknown>, guard: Guard, ctx: CheckContext, options: HoldBackOptions) {
  const texts = new Map<string, { guard: HoldBackGuard; released: string; last: StreamEvent }>();
  /** Checked, released full text per `field:output:content`, and checked tool input per output index. */
  const finalText = new Map<string, string>();
  const finalTool = new Map<number, string>();
  const heldTool = new Map<number, string>();

  // A text or tool input is final once its `.done` event (or the terminal response) has been seen;
  // earlier snapshots (response.in_progress) show only what the hold-back has released so far.
  const checkedText = async (key: string, text: string, final = true): Promise<string> => {
    const known = finalText.get(key);
    if (known !== undefined) return known;
    const streaming = texts.get(key);
    if (streaming && !final) return streaming.released;
    const out = text.length > 0 ? enforceText(await guard.checkOutput(text, ctx), text) : text;
    if (final) finalText.set(key, out);
    return out;
  };
  const checkedTool = async (index: number, input: string, name: unknown, json: boolean, final = true): Promise<string> => {
    const known = finalTool.get(index);
    if (known !== undefined) return known;
    if (!final && heldTool.has(index)) return '';
    const decision = input.length > 0 ? await guard.checkToolCall(input, toolContext(ctx, typeof name === 'string' ? name : undefined)) : undefined;
    const out = decision ? (json ? enforceJsonText(decision, input) : enforceText(decision, input)) : input;
    if (final) finalTool.set(index, out);
    return out;
  };
  /** Ends one text part: the held rest goes out as one more delta event. */
  const finishText = async (key: string): Promise<StreamEvent | undefined> => {
    const state = texts.get(key);
    if (!state) return undefined;
    texts.delete(key);
    const rest = await state.guard.finish();
    finalText.set(key, state.released + rest);
    return rest.length > 0 ? { ...state.last, delta: rest, logprobs: [] } : undefined;
  };

  for await (const item of source) {
    const event = item as StreamEvent;
    const type = typeof event?.type === 'string' ? event.type : '';
    const base = type.replace(/\.(delta|done)$/, '');
    const oi = typeof event.output_index === 'number' ? event.output_index : -1;
    const ci = typeof event.content_index === 'number' ? event.content_index : -1;

    const textField = TEXT_EVENTS[base];
    if (textField && type.endsWith('.delta') && typeof event.delta === 'string') {
      const key = `${textField}:${oi}:${ci}`;
      let state = texts.get(key);
      if (!state) {
        state = { guard: new HoldBackGuard((text) => guard.checkOutput(text, ctx), options), released: '', last: event };
        texts.set(key, state);
      }
      state.last = event;
      const out = await state.guard.push(event.delta);
      state.released += out;
      if (out.length > 0) yield { ...event, delta: out, logprobs: [] };
      continue;
    }
    if (textField && type.endsWith('.done')) {
      const key = `${textField}:${oi}:${ci}`;
      const rest = await finishText(key);
      if (rest) yield rest;
      const full = typeof event[textField] === 'string' ? (event[textField] as string) : '';
      yield { ...event, [textField]: await checkedText(key, full), ...(textField === 'text' ? { logprobs: [] } : {}) };
      continue;
    }

    const tool = TOOL_INPUT_EVENTS[base];
    if (tool && type.endsWith('.delta')) {
      if (typeof event.delta === 'string') heldTool.set(oi, (heldTool.get(oi) ?? '') + event.delta);
      continue;
    }
    if (tool && type.endsWith('.done')) {
      const full = typeof event[tool.field] === 'string' ? (event[tool.field] as string) : (heldTool.get(oi) ?? '');
      heldTool.delete(oi);
      const checked = await checkedTool(oi, full, event.name, tool.json);
      const { [tool.field]: _omit, name: _name, ...rest } = event;
      yield { ...rest, type: `${base}.delta`, delta: checked };
      yield { ...event, [tool.field]: checked };
      continue;
    }

    if (type === 'response.content_part.done' && isRecord(event.part)) {
      yield { ...event, part: await checkedPart(event.part, oi, ci, checkedText) };
      continue;
    }
    if (type === 'response.output_item.done' && isRecord(event.item)) {
      yield { ...event, item: await checkedItem(event.item, oi, checkedText, checkedTool) };
      continue;
    }
    if (isRecord(event.response) && Array.isArray(event.response.output)) {
      // response.completed / incomplete / failed repeat the whole output; created / in_progress a snapshot.
      const final = TERMINAL_EVENTS.has(type);
      const text: CheckedText = (key, t) => checkedText(key, t, final);
      const tool: CheckedTool = (index, input, name, json) => checkedTool(index, input, name, json, final);
      const output = event.response.output as unknown[];
      const checked = [];
      for (let i = 0; i < output.length; i++) checked.push(isRecord(output[i]) ? await checkedItem(output[i] as StreamEvent, i, text, tool) : output[i]);
      yield { ...event, response: { ...event.response, output: checked } };
      continue;
    }
    yield event;
  }

  // Parts the upstream never closed still hold text: check and release it.
  for (const key of [...texts.keys()]) {
    const rest = await finishText(key);
    if (rest) yield rest;
  }
}

type CheckedText = (key: string, text: string) => Promise<string>;
type CheckedTool = (index: number, input: string, name: unknown, json: boolean) => Promise<string>;

async function checkedPart(part: Record<string, unknown>, oi: number, ci: number, checkedText: CheckedText): Promise<Record<string, unknown>> {
  if (part.type === 'output_text' && typeof part.text === 'string') {
    return { ...part, text: await checkedText(`text:${oi}:${ci}`, part.text), ...(Array.isArray(part.logprobs) ? { logprobs: [] } : {}) };
  }
  if (part.type === 'refusal' && typeof part.refusal === 'string') return { ...part, refusal: await checkedText(`refusal:${oi}:${ci}`, part.refusal) };
  return part;
}

async function checkedItem(item: Record<string, unknown>, oi: number, checkedText: CheckedText, checkedTool: CheckedTool): Promise<Record<string, unknown>> {
  if (item.type === 'message' && Array.isArray(item.content)) {
    const content = [];
    for (let ci = 0; ci < item.content.length; ci++) {
      const part = item.content[ci] as unknown;
      content.push(isRecord(part) ? await checkedPart(part, oi, ci, checkedText) : part);
    }
    return { ...item, content };
  }
  if ((item.type === 'function_call' || item.type === 'mcp_call') && typeof item.arguments === 'string') {
    return { ...item, arguments: await checkedTool(oi, item.arguments, item.name, true) };
  }
  if (item.type === 'custom_tool_call' && typeof item.input === 'string') {
    return { ...item, input: await checkedTool(oi, item.input, item.name, false) };
  }
  return item;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
