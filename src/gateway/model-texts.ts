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
  named: boolean;
}

/**
 * Responses API output items whose one text field is model text. `named`: a tool call, whose name
 * the key must be allowed to use. `kind`: what the stream relay calls that text.
 */
const RESPONSES_ITEM_TEXTS: Readonly<Record<string, ResponsesItemText>> = {
  function_call: { field: 'arguments', kind: 'args', named: true },
  custom_tool_call: { field: 'input', kind: 'custom', named: true },
  mcp_call: { field: 'arguments', kind: 'mcp', named: true },
  // A remote MCP server's call that waits for the user's approval: the same arguments, not yet run.
  mcp_approval_request: { field: 'arguments', kind: 'mcp', named: true },
  code_interpreter_call: { field: 'code', kind: 'code', named: false },
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
 * Where a built-in tool call of the Responses API holds text the model wrote: the commands a shell
 * call runs, the patch it applies, what a computer-use call types, what a search looks for (a
 * query can carry a secret out as well as an answer can). A path step `*` is every element of an
 * array or every value of an object.
 */
const BUILTIN_CALL_TEXTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  local_shell_call: [['action', 'command', '*'], ['action', 'working_directory'], ['action', 'env', '*']],
  shell_call: [['action', 'commands', '*']],
  apply_patch_call: [['operation', 'diff'], ['operation', 'path']],
  computer_call: [['action', 'text']],
  web_search_call: [['action', 'query'], ['action', 'queries', '*'], ['action', 'url'], ['action', 'pattern']],
  file_search_call: [['queries', '*']],
  image_generation_call: [['revised_prompt']],
};

/** Every model-written string of a built-in tool call item, in a fixed order (so a stream numbers them alike in every copy). */
export function builtinCallTexts(item: Record<string, unknown>): TextSlot[] {
  const type = item.type;
  return typeof type === 'string' && Object.hasOwn(BUILTIN_CALL_TEXTS, type) ? textSlotsAt(item, BUILTIN_CALL_TEXTS[type]!) : [];
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
  // A remote MCP server's answer, sent back with the call in a later request.
  mcp_call: [['output'], ['error']],
};

/** The result strings of a tool-result input item, or undefined for any other item type. */
export function toolResultTexts(item: Record<string, unknown>): TextSlot[] | undefined {
  const type = item.type;
  return typeof type === 'string' && Object.hasOwn(TOOL_RESULT_TEXTS, type) ? textSlotsAt(item, TOOL_RESULT_TEXTS[type]!) : undefined;
}

/** The strings found at each path (in order). */
function textSlotsAt(item: Record<string, unknown>, paths: readonly (readonly string[])[]): TextSlot[] {
  const slots: TextSlot[] = [];
  for (const path of paths) collect(item, path, 0, slots);
  return slots;
}

function collect(holder: unknown, path: readonly string[], at: number, out: TextSlot[]): void {
  if (typeof holder !== 'object' || holder === null) return;
  const h = holder as Record<string, unknown>;
  const step = path[at]!;
  const keys = step === '*' ? Object.keys(h) : Object.hasOwn(h, step) ? [step] : [];
  for (const k of keys) {
    if (at < path.length - 1) collect(h[k], path, at + 1, out);
    else if (typeof h[k] === 'string') out.push({ get: () => h[k] as string, set: (s) => (h[k] = s) });
  }
}
