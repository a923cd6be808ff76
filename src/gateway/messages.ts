import type { ChatMessage } from '../core/guard.js';
import { badRequest } from './errors.js';
import { inputItemTexts, toolResultTexts, type TextSlot } from './model-texts.js';

/**
 * Turns each endpoint's request shape into the chat messages the guard checks, and writes the
 * guard's redactions back into the request. Message i of the list always stands for item i of
 * the request so a redaction lands where it was found.
 */
export interface GuardedInput {
  messages: ChatMessage[];
  /** Instructions the application gave (system prompt): kept for leak checks, never judged. */
  systemPrompt?: string;
  /** Writes redacted messages back into the body. */
  apply(redacted: readonly ChatMessage[]): void;
}

const MAX_ITEMS = 4096;

export function chatInput(body: Record<string, unknown>): GuardedInput {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw badRequest('invalid_field', '"messages" must be a non-empty array');
  if (messages.length > MAX_ITEMS) throw badRequest('invalid_field', `"messages" has more than ${MAX_ITEMS} items`);
  messages.forEach((m: unknown, i) => {
    if (!m || typeof m !== 'object' || Array.isArray(m)) throw badRequest('invalid_field', `messages[${i}] must be an object`);
    const msg = m as Record<string, unknown>;
    if (typeof msg.role !== 'string') throw badRequest('invalid_field', `messages[${i}].role must be a string`);
    checkContent(msg.content, `messages[${i}].content`);
  });
  return {
    messages: messages as ChatMessage[],
    apply(redacted) {
      body.messages = redacted;
    },
  };
}

function checkContent(content: unknown, where: string): void {
  if (content === undefined || content === null || typeof content === 'string') return;
  if (!Array.isArray(content)) throw badRequest('invalid_field', `${where} must be a string, an array of parts or null`);
  if (content.length > MAX_ITEMS) throw badRequest('invalid_field', `${where} has more than ${MAX_ITEMS} parts`);
  content.forEach((p: unknown, j) => {
    if (!p || typeof p !== 'object' || typeof (p as { type?: unknown }).type !== 'string') {
      throw badRequest('invalid_field', `${where}[${j}] must be an object with a string "type"`);
    }
    const text = (p as { text?: unknown }).text;
    if (text !== undefined && typeof text !== 'string') throw badRequest('invalid_field', `${where}[${j}].text must be a string`);
  });
}

type Item = Record<string, unknown>;

/** POST /v1/responses: `input` is a string or a list of items; `instructions` is the system prompt. */
export function responsesInput(body: Record<string, unknown>): GuardedInput {
  const input = body.input;
  const instructions = body.instructions;
  if (instructions !== undefined && instructions !== null && typeof instructions !== 'string') {
    throw badRequest('invalid_field', '"instructions" must be a string');
  }
  const base = typeof instructions === 'string' && instructions ? { systemPrompt: instructions } : {};
  if (typeof input === 'string') {
    return { ...base, messages: [{ role: 'user', content: input }], apply: (r) => (body.input = r[0]?.content ?? '') };
  }
  if (!Array.isArray(input) || input.length === 0) throw badRequest('invalid_field', '"input" must be a string or a non-empty array');
  if (input.length > MAX_ITEMS) throw badRequest('invalid_field', `"input" has more than ${MAX_ITEMS} items`);
  /** The strings of tool-result and other non-message items, by input index: a redaction is written back through them. */
  const resultSlots = new Map<number, TextSlot[]>();
  const messages = input.map((raw: unknown, i): ChatMessage => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badRequest('invalid_field', `input[${i}] must be an object`);
    const item = raw as Item;
    if (item.type === 'function_call_output') return { role: 'tool', content: textOf(item.output, `input[${i}].output`) };
    const results = toolResultTexts(item);
    if (results) {
      resultSlots.set(i, results);
      return { role: 'tool', content: results.map((slot) => ({ type: 'text', text: slot.get() })) };
    }
    if (item.type === 'function_call') {
      return { role: 'assistant', content: null, tool_calls: [{ function: { arguments: typeof item.arguments === 'string' ? item.arguments : '' } }] };
    }
    if (typeof item.role === 'string') {
      checkContent(item.content, `input[${i}].content`);
      const content = Array.isArray(item.content)
        ? (item.content as Item[]).map((p) => ({ type: 'text', text: typeof p.text === 'string' ? p.text : '' }))
        : (item.content as string | null | undefined);
      return { role: item.role, content };
    }
    // Anything else is read too: earlier built-in tool calls, reasoning sent back, unknown item types.
    const other = inputItemTexts(item);
    if (other.length > 0) {
      resultSlots.set(i, other);
      return { role: 'tool', content: other.map((slot) => ({ type: 'text', text: slot.get() })) };
    }
    return { role: 'other', content: null };
  });
  return {
    ...base,
    messages,
    apply(redacted) {
      input.forEach((raw: Item, i: number) => {
        const r = redacted[i];
        if (!r || r === messages[i]) return;
        const slots = resultSlots.get(i);
        if (slots) {
          const parts = Array.isArray(r.content) ? (r.content as unknown as Array<{ text?: unknown }>) : [];
          slots.forEach((slot, j) => {
            const t = parts[j]?.text;
            if (typeof t === 'string') slot.set(t);
          });
        } else if (raw.type === 'function_call') {
          const args = (r as { tool_calls?: Array<{ function?: { arguments?: unknown } }> }).tool_calls?.[0]?.function?.arguments;
          if (typeof args === 'string') raw.arguments = args;
        } else if (raw.type === 'function_call_output') raw.output = typeof r.content === 'string' ? r.content : raw.output;
        else if (typeof raw.content === 'string') raw.content = r.content;
        else if (Array.isArray(raw.content) && Array.isArray(r.content)) {
          (raw.content as Item[]).forEach((p, j) => {
            const t = (r.content as unknown as Array<{ text?: string }>)[j]?.text;
            if (typeof p.text === 'string' && typeof t === 'string') p.text = t;
          });
        }
      });
    },
  };
}

function textOf(v: unknown, where: string): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('\n');
  throw badRequest('invalid_field', `${where} must be a string or a list of parts`);
}

/** POST /v1/embeddings: `input` is a string or a list of strings. Token-id input can not be scanned and is refused. */
export function embeddingsInput(body: Record<string, unknown>): GuardedInput {
  const input = body.input;
  if (typeof input === 'string') return { messages: [{ role: 'user', content: input }], apply: (r) => (body.input = r[0]?.content ?? '') };
  if (!Array.isArray(input) || input.length === 0) throw badRequest('invalid_field', '"input" must be a string or a non-empty array of strings');
  if (input.length > MAX_ITEMS) throw badRequest('invalid_field', `"input" has more than ${MAX_ITEMS} items`);
  if (!input.every((s) => typeof s === 'string')) {
    throw badRequest('unscannable_input', '"input" must be strings: token-id input can not be checked by the guard');
  }
  return {
    messages: (input as string[]).map((content) => ({ role: 'user', content })),
    apply(redacted) {
      body.input = redacted.map((m) => (typeof m.content === 'string' ? m.content : ''));
    },
  };
}
