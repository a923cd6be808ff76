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
  code_interpreter_call: { field: 'code', kind: 'code', named: false },
};

/** The model text of a Responses output item of this type, if it has one. */
export function responsesItemText(type: unknown): ResponsesItemText | undefined {
  // Own keys only: an item's type is the upstream's string, "constructor" included.
  return typeof type === 'string' && Object.hasOwn(RESPONSES_ITEM_TEXTS, type) ? RESPONSES_ITEM_TEXTS[type] : undefined;
}
