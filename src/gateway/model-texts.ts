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
}

/**
 * Strings of Responses API output items that reach the client besides the answer, by item type:
 * what the model wrote into a built-in tool call (the commands a shell call runs, the patch it
 * applies, what a computer-use call types, what a search looks for: a query can carry a secret out
 * as well as an answer can), and the results of tools the provider ran (an MCP server's output,
 * code-interpreter logs, file-search hits, an MCP server's tool descriptions). A path step `*` is
 * every element of an array or every value of an object (or the string itself, where a provider
 * sends one string instead of a list); `**` is every string below, keys included; `+` joins an array of strings into one text (the keys a
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
  mcp_list_tools: [['tools', '*', 'description'], ['tools', '*', 'input_schema', '**']],
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
  mcp_list_tools: [['tools', '*', 'description'], ['tools', '*', 'input_schema', '**']],
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
  if (step === '**') {
    // Every string below (a JSON schema's descriptions, at any depth).
    if (typeof value === 'object' && value !== null) out.push(...allStrings(value as Record<string, unknown>, false));
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

/** Output item types whose texts this module lists (the rest are read by unknownItemTexts). */
const KNOWN_ITEM_TYPES: ReadonlySet<string> = new Set(['message', 'reasoning', ...Object.keys(RESPONSES_ITEM_TEXTS), ...Object.keys(ITEM_TEXTS)]);

/** Fields that say what an object is or where it belongs, never text a model or a tool wrote (top level only). */
const ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'type', 'id', 'item_id', 'output_index', 'content_index', 'summary_index', 'sequence_number', 'call_id', 'status', 'role', 'obfuscation',
]);

/** More strings than this in one unknown object are blanked rather than guarded one by one. */
const MAX_UNKNOWN_TEXTS = 256;
const MAX_UNKNOWN_DEPTH = 8;

/**
 * Every string of an object whose shape this module does not know — an output item of a new type,
 * or an unknown stream event — so the output guard reads it instead of relaying it unread (fail
 * closed). Empty for the item types listed above. See allStrings.
 */
export function unknownItemTexts(item: Record<string, unknown>): TextSlot[] {
  if (typeof item.type === 'string' && KNOWN_ITEM_TYPES.has(item.type)) return [];
  return allStrings(item, true);
}

/**
 * Every string value and object key below `root`, as slots in document order (a key after its
 * value, so a renamed key keeps the value written through the old name). With `envelope`, the
 * top-level ENVELOPE_FIELDS are skipped where they hold a string or a number: deeper down, or
 * holding an object, a field of that name is read like any other. Strings nested deeper than
 * MAX_UNKNOWN_DEPTH, or past the MAX_UNKNOWN_TEXTS-th, are blanked (keys past it are dropped with
 * their value): an upstream cannot buy one guard call per string of a huge object.
 */
export function allStrings(root: Record<string, unknown>, envelope: boolean): TextSlot[] {
  const out: TextSlot[] = [];
  const walk = (holder: Record<string, unknown>, depth: number) => {
    const isArray = Array.isArray(holder);
    for (const key of Object.keys(holder)) {
      const value = holder[key];
      if (envelope && depth === 0 && ENVELOPE_FIELDS.has(key) && (typeof value === 'string' || typeof value === 'number')) continue;
      const overLimit = depth > MAX_UNKNOWN_DEPTH || out.length >= MAX_UNKNOWN_TEXTS;
      if (typeof value === 'string') {
        if (overLimit) holder[key] = '';
        else out.push(slotOf(holder, key));
      } else if (typeof value === 'object' && value !== null) {
        if (overLimit) holder[key] = null;
        else walk(value as Record<string, unknown>, depth + 1);
      }
      if (!isArray && !overLimit) out.push(keySlot(holder, key));
    }
  };
  walk(root, 0);
  return out;
}

/** An object key as text: a changed text (a redaction) renames the key, keeping its value. */
function keySlot(holder: Record<string, unknown>, key: string): TextSlot {
  return {
    get: () => key,
    set: (s) => {
      if (s === key) return;
      const value = holder[key];
      delete holder[key];
      holder[s] = value;
    },
  };
}
