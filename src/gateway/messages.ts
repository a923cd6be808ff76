import type { ChatMessage } from '../core/guard.js';
import { badRequest } from './errors.js';
import { chatToolCallOtherFields, ENVELOPE_FIELDS, inputItemText, inputPartOtherFields, otherFieldsText, slotOf, wholeValueText, type TextSlot } from './model-texts.js';

/**
 * Turns each endpoint's request shape into the chat messages the guard checks, and writes the
 * guard's redactions back into the request. Message i of the list always stands for item i of
 * the request so a redaction lands where it was found.
 */
export interface GuardedInput {
  messages: ChatMessage[];
  /** Instructions the application gave (system prompt): kept for leak checks, never judged. */
  systemPrompt?: string;
  /**
   * Texts the model itself wrote earlier that the client sends back (Responses reasoning):
   * checked with the output policy, redacted in place.
   */
  modelTexts?: TextSlot[];
  /** Writes redacted messages back into the body. */
  apply(redacted: readonly ChatMessage[]): void;
}

const MAX_ITEMS = 4096;

/**
 * POST /v1/chat/completions: every string of every message is read. Each message becomes one guard
 * message whose parts are its strings (content, each part's text and other fields, the message's
 * other fields: `name`, `reasoning_content`, `refusal`, `reasoning_details`, annotations …), each
 * written back through its slot; tool-call arguments are read as tool calls and written back.
 */
export function chatInput(body: Record<string, unknown>): GuardedInput {
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw badRequest('invalid_field', '"messages" must be a non-empty array');
  if (messages.length > MAX_ITEMS) throw badRequest('invalid_field', `"messages" has more than ${MAX_ITEMS} items`);
  const slotsByMessage: TextSlot[][] = [];
  const guarded = messages.map((m: unknown, i): ChatMessage => {
    if (!m || typeof m !== 'object' || Array.isArray(m)) throw badRequest('invalid_field', `messages[${i}] must be an object`);
    const msg = m as Item;
    if (typeof msg.role !== 'string') throw badRequest('invalid_field', `messages[${i}].role must be a string`);
    checkContent(msg.content, `messages[${i}].content`);
    if (msg.tool_calls !== undefined && msg.tool_calls !== null && !Array.isArray(msg.tool_calls)) throw badRequest('invalid_field', `messages[${i}].tool_calls must be an array`);
    const slots = chatMessageSlots(msg);
    slotsByMessage.push(slots);
    return {
      role: msg.role,
      content: slotParts(slots),
      ...(Array.isArray(msg.tool_calls) ? { tool_calls: msg.tool_calls } : {}),
    };
  });
  return {
    messages: guarded,
    apply(redacted) {
      messages.forEach((raw: Item, i: number) => {
        const r = redacted[i];
        if (!r || r === guarded[i]) return;
        writeBackParts(slotsByMessage[i]!, r);
        // Redacted tool-call arguments (the guard returns copies of the calls with new arguments),
        // copied into the calls themselves, where the slots above may have written too.
        const calls = (r as { tool_calls?: unknown }).tool_calls;
        if (Array.isArray(calls) && Array.isArray(raw.tool_calls) && calls !== raw.tool_calls) {
          calls.forEach((call: { function?: { arguments?: unknown } } | null, k: number) => {
            const args = call?.function?.arguments;
            const fn = (raw.tool_calls as Array<{ function?: Item } | null>)[k]?.function;
            if (typeof args === 'string' && fn && typeof fn.arguments === 'string') fn.arguments = args;
          });
        }
      });
    },
  };
}

/** Fields of a chat message read apart from its other fields: content, and tool calls (read as tool calls by the guard). */
const CHAT_MESSAGE_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'content', 'tool_calls']);

/** A chat message's strings: its content, its tool calls, then its other fields (the legacy `function_call` among them) read whole. */
function chatMessageSlots(msg: Item): TextSlot[] {
  const slots = contentSlots(msg);
  // Tool calls: everything but a function's arguments string (read as a tool call by the guard).
  for (const call of (Array.isArray(msg.tool_calls) ? msg.tool_calls : []) as unknown[]) slots.push(...toolCallSlots(call));
  const rest = otherFieldsText(msg, CHAT_MESSAGE_SKIP);
  if (rest) slots.push(rest);
  return slots;
}

/** A message's content: one string, or each part's text and other fields (chat and Responses alike). */
function contentSlots(msg: Item): TextSlot[] {
  if (typeof msg.content === 'string') return [slotOf(msg, 'content')];
  const slots: TextSlot[] = [];
  if (Array.isArray(msg.content)) for (const part of msg.content as Item[]) slots.push(...partSlots(part));
  return slots;
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

/** A guard message's content standing for `slots`: one text part per slot, in order (null when there is none). */
function slotParts(slots: readonly TextSlot[]): ChatMessage['content'] {
  return slots.length > 0 ? slots.map((slot) => ({ type: 'text', text: slot.get() })) : null;
}

/** Writes the texts of a redacted guard message (built by slotParts) back through its slots, where they changed. */
function writeBackParts(slots: readonly TextSlot[], redacted: ChatMessage): void {
  const parts = Array.isArray(redacted.content) ? (redacted.content as unknown as Array<{ text?: unknown }>) : [];
  slots.forEach((slot, j) => {
    const t = parts[j]?.text;
    if (typeof t === 'string' && t !== slot.get()) slot.set(t);
  });
}

/** Fields of an input message besides the ones read by name (envelope fields are skipped while they hold ids). */
const MESSAGE_FIELDS: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'content']);
/** Fields of a function call besides its arguments (read as a tool call). */
const FUNCTION_CALL_FIELDS: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'arguments']);

/**
 * POST /v1/responses: `input` is a string or a list of items; `instructions` is the system prompt.
 * Every string of every item is read (fail closed): each item becomes one message whose parts are
 * its strings, each written back through its slot; the model's own earlier items (reasoning, its
 * built-in tool calls) are checked as model output instead (model-texts.ts, inputItemText).
 */
export function responsesInput(body: Record<string, unknown>): GuardedInput {
  const input = body.input;
  const instructions = body.instructions;
  if (instructions !== undefined && instructions !== null && typeof instructions !== 'string') {
    throw badRequest('invalid_field', '"instructions" must be a string');
  }
  const base = typeof instructions === 'string' && instructions ? { systemPrompt: instructions } : {};
  if (typeof input === 'string') {
    return withPromptVariables(body, { ...base, messages: [{ role: 'user', content: input }], apply: (r) => (body.input = r[0]?.content ?? '') });
  }
  // A stored prompt may stand for the whole input.
  if (input === undefined && body.prompt && typeof body.prompt === 'object') return withPromptVariables(body, { ...base, messages: [], apply: () => undefined });
  if (!Array.isArray(input) || input.length === 0) throw badRequest('invalid_field', '"input" must be a string or a non-empty array');
  if (input.length > MAX_ITEMS) throw badRequest('invalid_field', `"input" has more than ${MAX_ITEMS} items`);
  /** By input index: the strings its message's parts stand for, in order; a redaction is written back through them. */
  const slotsByItem = new Map<number, TextSlot[]>();
  const modelTexts: TextSlot[] = [];
  const asParts = (i: number, slots: TextSlot[]): ChatMessage['content'] => {
    slotsByItem.set(i, slots);
    return slotParts(slots);
  };
  const messages = input.map((raw: unknown, i): ChatMessage => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw badRequest('invalid_field', `input[${i}] must be an object`);
    const item = raw as Item;
    if (item.type === 'function_call_output') return { role: 'tool', content: asParts(i, functionOutputSlots(item, `input[${i}].output`)) };
    if (item.type === 'function_call') {
      const rest = otherFieldsText(item, FUNCTION_CALL_FIELDS);
      // Arguments that are not a string (an object some clients send) are read whole.
      const slots = [...(rest ? [rest] : []), ...(typeof item.arguments === 'string' ? [] : valueSlots(item, 'arguments'))];
      return { role: 'assistant', content: asParts(i, slots), tool_calls: [{ function: { arguments: typeof item.arguments === 'string' ? item.arguments : '' } }] };
    }
    // A message: an item with a role and no type, or of type "message". Any other item with a
    // role is read whole below, so a role can not make it pass for a message.
    if ((item.type === undefined || item.type === 'message') && typeof item.role === 'string') {
      checkContent(item.content, `input[${i}].content`);
      return { role: item.role, content: asParts(i, messageSlots(item)) };
    }
    const read = inputItemText(item);
    if (!read) return { role: 'other', content: null };
    if (read.asModelOutput) {
      modelTexts.push(read.slot);
      return { role: 'other', content: null };
    }
    return { role: 'tool', content: asParts(i, [read.slot]) };
  });
  return withPromptVariables(body, {
    ...base,
    messages,
    modelTexts,
    apply(redacted) {
      input.forEach((raw: Item, i: number) => {
        const r = redacted[i];
        if (!r || r === messages[i]) return;
        const slots = slotsByItem.get(i);
        if (slots) writeBackParts(slots, r);
        // Arguments given as a string are read as a tool call (arguments of another type, as a part).
        if (raw.type === 'function_call' && typeof raw.arguments === 'string') {
          const args = (r as { tool_calls?: Array<{ function?: { arguments?: unknown } }> }).tool_calls?.[0]?.function?.arguments;
          if (typeof args === 'string') raw.arguments = args;
        }
      });
    },
  });
}

/** Fields of a Responses `prompt` (a stored prompt's reference) that name it rather than fill it (`version` is read: only envelope fields are skipped by shape). */
const PROMPT_SKIP: ReadonlySet<string> = ENVELOPE_FIELDS;

/**
 * A Responses `prompt` names a stored prompt and fills its `variables` with the client's values:
 * user text like any input. Read whole as one more user message after the others, and written back.
 */
function withPromptVariables(body: Record<string, unknown>, read: GuardedInput): GuardedInput {
  const prompt = body.prompt;
  const slot = prompt && typeof prompt === 'object' && !Array.isArray(prompt) ? otherFieldsText(prompt as Item, PROMPT_SKIP) : undefined;
  if (!slot) return read;
  const at = read.messages.length;
  const message: ChatMessage = { role: 'user', content: slotParts([slot]) };
  return {
    ...read,
    messages: [...read.messages, message],
    apply(redacted) {
      read.apply(redacted.slice(0, at));
      const r = redacted[at];
      if (r && r !== message) writeBackParts([slot], r);
    },
  };
}

/** A Responses message's strings: its content, then its own other fields. */
function messageSlots(item: Item): TextSlot[] {
  const slots = contentSlots(item);
  const rest = otherFieldsText(item, MESSAGE_FIELDS);
  if (rest) slots.push(rest);
  return slots;
}

/** A requested tool call's own fields read apart (it has no streamed `index`: one there is read). */
const CALL_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'function', 'custom']);

/**
 * A chat tool call's strings, but a function's `arguments` when it is a string (the guard reads
 * those as a tool call): the call's own fields and the function's and custom tool's other fields
 * (as the output guard reads them, chatToolCallOtherFields), arguments sent as an object, a custom
 * tool's input, and a `function` or `custom` that is no object.
 */
function toolCallSlots(call: unknown): TextSlot[] {
  if (!call || typeof call !== 'object' || Array.isArray(call)) return [];
  const c = call as Item;
  const slots = chatToolCallOtherFields(c, CALL_SKIP);
  for (const [field, text] of [['function', 'arguments'], ['custom', 'input']] as const) {
    const holder = c[field];
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) {
      if (holder !== undefined && holder !== null) slots.push(...valueSlots(c, field));
      continue;
    }
    if (field === 'custom' || typeof (holder as Item)[text] !== 'string') slots.push(...valueSlots(holder as Item, text));
  }
  return slots;
}

/** A field holding something other than the text expected there: an object read whole, a string as it is. */
function valueSlots(holder: Item, key: string): TextSlot[] {
  const value = holder[key];
  if (typeof value === 'string') return [slotOf(holder, key)];
  return value && typeof value === 'object' ? [wholeValueText(value)] : [];
}

/** A content part's text, and its other fields read whole (a file's base64 data and inline media excepted). */
function partSlots(part: Item): TextSlot[] {
  const slots: TextSlot[] = valueSlots(part, 'text');
  const other = inputPartOtherFields(part);
  if (other) slots.push(other);
  return slots;
}

/** A function call's output: one string, or a list of parts (text, images, files), each read and written back where it is. */
function functionOutputSlots(item: Item, where: string): TextSlot[] {
  if (typeof item.output === 'string') return [slotOf(item, 'output')];
  if (!Array.isArray(item.output)) throw badRequest('invalid_field', `${where} must be a string or a list of parts`);
  const slots: TextSlot[] = [];
  for (const part of item.output as unknown[]) if (part && typeof part === 'object' && !Array.isArray(part)) slots.push(...partSlots(part as Item));
  return slots;
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
