/**
 * Where a model writes text besides its answer. The output guard reads every one of them, in a
 * buffered answer (proxy.ts guardOutput) and in a stream (chat-relay.ts, responses-relay.ts): all
 * three read these tables, so a field added here is guarded everywhere.
 */

/** Fields of a chat message, or of a streamed delta, that hold the model's reasoning. */
export const CHAT_REASONING_FIELDS = ['reasoning_content', 'reasoning'] as const;
/** Fields of a chat message, or of a streamed delta, that hold model text besides `content`. */
export const CHAT_TEXT_FIELDS = [...CHAT_REASONING_FIELDS, 'refusal'] as const;
export type ChatTextField = (typeof CHAT_TEXT_FIELDS)[number];

export interface ResponsesItemText {
  field: string;
  kind: 'args' | 'custom' | 'mcp' | 'code';
}

/**
 * Responses API output items whose one text field is model text. `kind`: what the stream relay
 * calls that text. (Which of them call a tool the key must be allowed to use: tool-scope.ts.)
 */
const RESPONSES_ITEM_TEXTS: Readonly<Record<string, ResponsesItemText>> = {
  function_call: { field: 'arguments', kind: 'args' },
  custom_tool_call: { field: 'input', kind: 'custom' },
  mcp_call: { field: 'arguments', kind: 'mcp' },
  // A remote MCP server's call that waits for the user's approval: the same arguments, not yet run.
  mcp_approval_request: { field: 'arguments', kind: 'mcp' },
  code_interpreter_call: { field: 'code', kind: 'code' },
};

/** The model text of a Responses output item of this type, if it has one. */
export function responsesItemText(type: unknown): ResponsesItemText | undefined {
  // Own keys only: an item's type is the upstream's string, "constructor" included.
  return typeof type === 'string' && Object.hasOwn(RESPONSES_ITEM_TEXTS, type) ? RESPONSES_ITEM_TEXTS[type] : undefined;
}

/** A string inside an answer that the output guard reads and may replace. */
export interface TextSlot {
  get(): string;
  set(text: string): void;
  /** Empties it where it sits, shape kept (default: set('')). */
  blank?(): void;
}

/** Empties a slot for a copy sent before its text was guarded. */
export function blankSlot(slot: TextSlot): void {
  if (slot.blank) slot.blank();
  else slot.set('');
}

/**
 * Strings of Responses API output items that reach the client besides the answer, by item type:
 * what the model wrote into a built-in tool call (the commands a shell call runs, the patch it
 * applies, what a computer-use call types, what a search looks for: a query can carry a secret out
 * as well as an answer can), and the results of tools the provider ran (an MCP server's output,
 * code-interpreter logs, file-search hits, an MCP server's tool descriptions). A path step `*` is
 * every element of an array or every value of an object (or the string itself, where a provider
 * sends one string instead of a list); `{}` is the value as one JSON text (keys included); `+` joins an array of strings into one text (the keys a
 * computer-use call presses, which spell a secret one key at a time).
 */
const ITEM_TEXTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  local_shell_call: [['action', 'command', '*'], ['action', 'working_directory'], ['action', 'env', '*']],
  shell_call: [['action', 'commands', '*']],
  apply_patch_call: [['operation', 'diff'], ['operation', 'path']],
  computer_call: [['action', 'text'], ['action', 'keys', '+']],
  web_search_call: [['action', 'query'], ['action', 'queries', '*'], ['action', 'url'], ['action', 'pattern']],
  file_search_call: [['queries', '*'], ['results', '*', 'text']],
  image_generation_call: [['revised_prompt']],
  code_interpreter_call: [['outputs', '*', 'logs']],
  mcp_call: [['output'], ['error']],
  mcp_list_tools: [['tools', '*', 'description'], ['tools', '*', 'input_schema', '{}']],
};

/** Those strings of one output item, in a fixed order (so a stream numbers them alike in every copy). */
export function itemTexts(item: Record<string, unknown>): TextSlot[] {
  const type = item.type;
  return typeof type === 'string' && Object.hasOwn(ITEM_TEXTS, type) ? textSlotsAt(item, ITEM_TEXTS[type]!) : [];
}

/**
 * Responses API input items that carry a tool's result, where indirect injection arrives: the
 * result's strings, which the input guard reads as tool messages. (function_call_output has its
 * own reading in messages.ts.)
 */
const TOOL_RESULT_TEXTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  custom_tool_call_output: [['output'], ['output', '*', 'text']],
  local_shell_call_output: [['output']],
  shell_call_output: [['output', '*', 'stdout'], ['output', '*', 'stderr']],
  apply_patch_call_output: [['output']],
  // Earlier output items sent back: what a provider-run tool returned, and an MCP server's tool
  // descriptions (where a poisoned server plants instructions for the model).
  mcp_call: [['output'], ['error']],
  code_interpreter_call: [['outputs', '*', 'logs']],
  file_search_call: [['results', '*', 'text']],
  mcp_list_tools: [['tools', '*', 'description'], ['tools', '*', 'input_schema', '{}']],
};

/** The result strings of a tool-result input item, or undefined for any other item type. */
export function toolResultTexts(item: Record<string, unknown>): TextSlot[] | undefined {
  const type = item.type;
  return typeof type === 'string' && Object.hasOwn(TOOL_RESULT_TEXTS, type) ? textSlotsAt(item, TOOL_RESULT_TEXTS[type]!) : undefined;
}

/** The strings found at each path (in order). */
function textSlotsAt(item: Record<string, unknown>, paths: readonly (readonly string[])[]): TextSlot[] {
  const slots: TextSlot[] = [];
  const root = { item };
  for (const path of paths) collect(root, 'item', path, 0, slots);
  return slots;
}

const slotOf = (holder: Record<string, unknown>, key: string): TextSlot => ({ get: () => holder[key] as string, set: (s) => (holder[key] = s) });

/** Follows path[at..] from holder[key], adding a slot for every string it ends at. */
function collect(holder: Record<string, unknown>, key: string, path: readonly string[], at: number, out: TextSlot[]): void {
  const value = holder[key];
  const step = path[at];
  if (step === undefined || (step === '*' && typeof value === 'string')) {
    if (typeof value === 'string') out.push(slotOf(holder, key));
    return;
  }
  if (step === '{}') {
    // The whole value as one JSON text (a tool's input schema: descriptions at any depth, keys too).
    if (typeof value === 'object' && value !== null) out.push(jsonSlot(holder, key, NO_FIELDS));
    return;
  }
  if (step === '+') {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      const joined = value.join('');
      // A changed text (a redaction) replaces the keys with its characters: the mask is typed, not the secret.
      out.push({ get: () => joined, set: (s) => s !== joined && (holder[key] = Array.from(s)) });
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const next = value as Record<string, unknown>;
  const keys = step === '*' ? Object.keys(next) : Object.hasOwn(next, step) ? [step] : [];
  for (const k of keys) collect(next, k, path, at + 1, out);
}

/** Output item types whose texts this module lists (the rest are read by unknownItemText). */
const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(['message', 'reasoning', ...Object.keys(RESPONSES_ITEM_TEXTS), ...Object.keys(ITEM_TEXTS)]);

/** Fields that say what an object is or where it belongs, never text a model or a tool wrote. */
export const ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'type', 'id', 'item_id', 'output_index', 'content_index', 'summary_index', 'sequence_number', 'call_id', 'status', 'role', 'obfuscation',
]);
const NO_FIELDS: ReadonlySet<string> = new Set();

/** Fields of a content part that are handled as text (or are not text), whatever the part's type. */
export const PART_FIELDS: ReadonlySet<string> = new Set(['type', 'text', 'refusal', 'annotations', 'logprobs']);

/**
 * The fields of a content part of a type not known here besides its text and refusal, as one text;
 * undefined for a known part type or a part without such fields.
 */
export function unknownPartFields(part: Record<string, unknown>): TextSlot | undefined {
  return part.type === 'output_text' || part.type === 'refusal' || part.type === 'reasoning_text' ? undefined : otherFieldsText(part, PART_FIELDS);
}

/**
 * An output item whose type this module does not know, read as one text (see jsonSlot) so the
 * output guard sees every string and key in it instead of relaying it unread (fail closed).
 * Undefined for the item types listed above.
 */
export function unknownItemText(item: Record<string, unknown>): TextSlot | undefined {
  if (typeof item.type === 'string' && KNOWN_ITEM_TYPES.has(item.type)) return undefined;
  return jsonSlot({ item }, 'item', ENVELOPE_FIELDS);
}

/**
 * The fields of `obj` other than `skip` (ids, indexes, and the fields a caller handles itself), as
 * one JSON text: strings, numbers and keys at any depth, one guard call however many there are.
 * Undefined when no such field is left.
 */
export function otherFieldsText(obj: Record<string, unknown>, skip: ReadonlySet<string>): TextSlot | undefined {
  return Object.entries(obj).some(([k, v]) => !skipped(skip, k, v)) ? jsonSlot({ obj }, 'obj', skip) : undefined;
}

/**
 * holder[key] as the JSON text of its fields (for an object, those not in `skip`). Writing back a
 * changed text (a redaction) parses it and puts its fields in place of the old ones (a key the
 * redaction renamed is replaced, so two keys redacted alike become one); a text that no longer
 * parses as the same kind of value leaves none of them (fail closed: a redaction that cut through
 * JSON syntax keeps nothing of what it cut).
 */
function jsonSlot(holder: Record<string, unknown>, key: string, skip: ReadonlySet<string>): TextSlot {
  const value = holder[key];
  const isObj = typeof value === 'object' && value !== null && !Array.isArray(value);
  const rest = isObj ? Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k, v]) => !skipped(skip, k, v))) : value;
  const text = JSON.stringify(rest);
  return {
    get: () => text,
    blank: () => {
      if (isObj) blankStrings(value as Record<string, unknown>, skip);
      else if (typeof value === 'object' && value !== null) blankStrings(value as Record<string, unknown>);
    },
    set: (s) => {
      if (s === text) return;
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(s);
      } catch {
        // Not JSON any more: nothing of it is kept.
      }
      if (!isObj) {
        holder[key] = Array.isArray(value) === Array.isArray(parsed) ? parsed : null;
        return;
      }
      const target = value as Record<string, unknown>;
      const fresh = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
      // A key the redaction renamed goes: the old name may be the secret.
      for (const k of Object.keys(rest as Record<string, unknown>)) if (!Object.hasOwn(fresh, k)) delete target[k];
      for (const [k, v] of Object.entries(fresh)) if (!skipped(skip, k, target[k])) target[k] = v;
    },
  };
}

/**
 * Whether a field is left out of a JSON text: one in `skip` — but an envelope field only while it
 * holds what an envelope field holds (a string or a number), so `status: {detail: …}` is read.
 */
function skipped(skip: ReadonlySet<string>, key: string, value: unknown): boolean {
  return skip.has(key) && (!ENVELOPE_FIELDS.has(key) || typeof value === 'string' || typeof value === 'number');
}

/**
 * Empties every string below `obj` (fields in `skip` at the top excepted), keys and shape unchanged:
 * the copy of an item announced before its text was guarded carries none of that text.
 */
export function blankStrings(obj: Record<string, unknown>, skip: ReadonlySet<string> = NO_FIELDS, depth = 0): void {
  if (depth > 64) return;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (depth === 0 && skipped(skip, k, v)) continue;
    if (typeof v === 'string') obj[k] = '';
    else if (typeof v === 'object' && v !== null) blankStrings(v as Record<string, unknown>, NO_FIELDS, depth + 1);
  }
}
