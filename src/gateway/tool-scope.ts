/**
 * Which tools a request or an answer uses, named as a key's `tools` scope names them.
 *
 * A function or custom tool is named by its name ("get_weather"). A built-in tool — one the
 * provider runs (web search, file search, code interpreter, image generation, a remote MCP server)
 * or one the client runs for the model (shell, local shell, apply_patch, computer use) — is named
 * `builtin:<family>` ("builtin:web_search", "builtin:shell"), so a function that happens to be
 * called "shell" never lets the real shell tool through, nor the other way round.
 *
 * Tools the provider runs act before the gateway sees the answer: a web search or an MCP call has
 * already happened when its output item arrives. So a key scoped to tools is checked twice: every
 * tool the request offers the model must be in its scope (the only check that stops a provider-run
 * tool), and every tool call in the answer too (which stops the client-run ones).
 */

export const BUILTIN_PREFIX = 'builtin:';

/**
 * One family per built-in tool, whatever version the request names: "web_search_preview_2025_03_11"
 * and the answer's "web_search_call" are both builtin:web_search. A type we do not know keeps its
 * own name, so it is refused unless the key lists exactly that.
 */
export function builtinToolName(type: string): string {
  if (type.startsWith('web_search')) return `${BUILTIN_PREFIX}web_search`;
  if (type.startsWith('computer')) return `${BUILTIN_PREFIX}computer`;
  return BUILTIN_PREFIX + type;
}

/**
 * Output items of the Responses API that are built-in tool calls, by item type → the tool's family.
 * mcp_call and mcp_approval_request are named by the MCP tool they call (model-texts.ts) and need
 * builtin:mcp in the request.
 */
const BUILTIN_CALL_ITEMS: Readonly<Record<string, string>> = {
  web_search_call: 'web_search',
  file_search_call: 'file_search',
  computer_call: 'computer',
  code_interpreter_call: 'code_interpreter',
  image_generation_call: 'image_generation',
  local_shell_call: 'local_shell',
  shell_call: 'shell',
  apply_patch_call: 'apply_patch',
};

/** The scope name of a built-in tool call in an answer, or undefined for any other output item. */
export function builtinCallName(itemType: unknown): string | undefined {
  // Own keys only: an item's type is the upstream's string, "constructor" included.
  return typeof itemType === 'string' && Object.hasOwn(BUILTIN_CALL_ITEMS, itemType) ? BUILTIN_PREFIX + BUILTIN_CALL_ITEMS[itemType] : undefined;
}

/**
 * The scope name of a function, custom or MCP tool: its own name. A name that starts like a
 * built-in tool's ("builtin:shell", which OpenAI's own name rules do not allow) gets a suffix no
 * key lists by accident, so a function cannot pass for a built-in tool the key allows.
 */
export function namedToolName(name: string): string {
  return name.startsWith(BUILTIN_PREFIX) ? `${name} (function)` : name;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The scope names of every tool a request offers the model. An entry whose name cannot be read
 * (a function tool without a string name, a tool without a type) is named by what is there, so
 * it fails the check rather than slipping past it.
 */
export function requestedTools(endpoint: 'chat' | 'responses', body: Json): string[] {
  const names: string[] = [];
  for (const tool of Array.isArray(body.tools) ? body.tools : []) {
    if (!isObject(tool)) {
      names.push(BUILTIN_PREFIX + 'unknown');
      continue;
    }
    const type = typeof tool.type === 'string' ? tool.type : 'unknown';
    if (type === 'function' || type === 'custom') {
      // Chat nests the definition ({type: "function", function: {name}}); Responses does not.
      const holder = endpoint === 'chat' && isObject(tool[type]) ? (tool[type] as Json) : tool;
      names.push(typeof holder.name === 'string' ? namedToolName(holder.name) : `${BUILTIN_PREFIX}unnamed_${type}`);
    } else {
      names.push(builtinToolName(type));
    }
  }
  if (endpoint === 'chat') {
    // The legacy `functions` list, and the search models' web search switch.
    for (const fn of Array.isArray(body.functions) ? body.functions : []) names.push(isObject(fn) && typeof fn.name === 'string' ? namedToolName(fn.name) : `${BUILTIN_PREFIX}unnamed_function`);
    if (body.web_search_options !== undefined && body.web_search_options !== null) names.push(builtinToolName('web_search'));
  }
  return names;
}
