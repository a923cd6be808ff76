/**
 * Which tools a request or an answer uses, named as a key's `tools` scope names them.
 *
 * - A function or custom tool: its name ("get_weather").
 * - A built-in tool — one the provider runs (web search, file search, code interpreter, image
 *   generation) or one the client runs for the model (shell, local shell, apply_patch, computer
 *   use): `builtin:<family>` ("builtin:web_search", "builtin:shell"). A function that happens to be
 *   called "builtin:shell" never passes for the real shell tool.
 * - A tool of a remote MCP server: `mcp:<server>/<tool>`, where <server> is the request's
 *   `server_url` (or `connector_id`) exactly as written — not its `server_label`, which the client
 *   makes up. `mcp:<server>/*` allows every tool of that server.
 * - A Responses request that names a stored prompt (`prompt`), which may bring tools of its own:
 *   `builtin:stored_prompt`.
 *
 * Tools the provider runs act before the gateway sees the answer: a web search or an MCP call has
 * already happened when its output item arrives. So a key scoped to tools is checked twice: every
 * tool the request offers or forces must be in its scope (the only check that stops a
 * provider-run tool), and so must every tool call in the answer (which stops the client-run ones).
 */

const BUILTIN_PREFIX = 'builtin:';
const MCP_PREFIX = 'mcp:';

/**
 * One family per built-in tool, whatever version the request names: "web_search_preview_2025_03_11"
 * and the answer's "web_search_call" are both builtin:web_search. A type we do not know keeps its
 * own name, so it is refused unless the key lists exactly that.
 */
function builtinToolName(type: string): string {
  if (type.startsWith('web_search')) return `${BUILTIN_PREFIX}web_search`;
  if (type.startsWith('computer')) return `${BUILTIN_PREFIX}computer`;
  return BUILTIN_PREFIX + type;
}

/**
 * A key's scope entry as the checks compare it: built-in names in their family form, so a key
 * created with "builtin:web_search_preview" allows what the requests' "web_search_preview" is.
 */
export function normalizeScopeEntry(entry: string): string {
  return entry.startsWith(BUILTIN_PREFIX) ? builtinToolName(entry.slice(BUILTIN_PREFIX.length)) : entry;
}

/**
 * Output items of the Responses API that are built-in tool calls, by item type → the tool's family.
 * mcp_call and mcp_approval_request are named by their server and tool (mcpCallName).
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
function builtinCallName(itemType: unknown): string | undefined {
  // Own keys only: an item's type is the upstream's string, "constructor" included.
  return typeof itemType === 'string' && Object.hasOwn(BUILTIN_CALL_ITEMS, itemType) ? BUILTIN_PREFIX + BUILTIN_CALL_ITEMS[itemType] : undefined;
}

/**
 * The scope name of a function or custom tool's own name. A name that starts like a built-in or MCP
 * scope name ("builtin:shell", "mcp:https://…/drop", which OpenAI's own name rules do not allow)
 * becomes `function:<name>`, which no built-in or MCP entry of a scope matches (nor an `mcp:…/*`
 * wildcard), so a function cannot pass for a tool the key allows.
 */
export function namedToolName(name: string): string {
  return name.startsWith(BUILTIN_PREFIX) || name.startsWith(MCP_PREFIX) || name.startsWith(FUNCTION_PREFIX) ? FUNCTION_PREFIX + name : name;
}

const FUNCTION_PREFIX = 'function:';

/** MCP servers of a request: the client's label → the server's identity (URL or connector id). */
export type McpServers = ReadonlyMap<string, string>;

/**
 * The scope name of one MCP server's tool (`*`: all of its tools). The server comes first and may
 * hold slashes (a URL); the tool is what follows the last one, so a tool name with a slash would
 * make the name ambiguous ("h/a" + "b" or "h" + "a/b") and names nothing any key allows.
 */
function mcpToolName(server: string, tool: string): string {
  return tool.includes('/') ? INVALID_MCP : `${MCP_PREFIX}${server}/${tool}`;
}

/** Matches no scope entry: what an MCP tool or server that cannot be named unambiguously is called. */
const INVALID_MCP = `${BUILTIN_PREFIX}invalid_mcp_tool`;

/**
 * The scope name of an answer's mcp_call or mcp_approval_request: its server_label, resolved
 * through the request's MCP tools. A label the request did not declare names no server any key
 * lists, so the call is refused.
 */
function mcpCallName(servers: McpServers | undefined, item: Record<string, unknown>): string {
  const label = typeof item.server_label === 'string' ? item.server_label : '';
  const server = servers?.get(label);
  if (server === undefined || server === INVALID_MCP) return INVALID_MCP;
  return mcpToolName(server, typeof item.name === 'string' ? item.name : '');
}

/**
 * The scope name of a Responses output item that calls a tool (function, custom, MCP or built-in),
 * or undefined for any other item.
 */
export function answerItemToolName(item: Record<string, unknown>, servers: McpServers | undefined): string | undefined {
  const type = item.type;
  if (type === 'function_call' || type === 'custom_tool_call') return typeof item.name === 'string' ? namedToolName(item.name) : `${BUILTIN_PREFIX}unnamed_${type}`;
  if (type === 'mcp_call' || type === 'mcp_approval_request') return mcpCallName(servers, item);
  return builtinCallName(type);
}

/** Whether a key's scope (entries already normalized) allows a tool. */
export function scopeAllows(scope: ReadonlySet<string>, name: string): boolean {
  if (name === INVALID_MCP) return false;
  if (scope.has(name)) return true;
  if (!name.startsWith(MCP_PREFIX)) return false;
  const slash = name.lastIndexOf('/');
  return slash > 0 && scope.has(`${name.slice(0, slash + 1)}*`);
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface RequestedTools {
  names: string[];
  mcpServers: Map<string, string>;
}

/**
 * The scope names of every tool a request offers the model (`tools`, chat's `functions` and
 * `web_search_options`) or forces on it (`tool_choice`, chat's `function_call`). An entry whose
 * name cannot be read (not an object, no type, a function without a string name, an MCP tool
 * without a server URL) is named by what is there, so it fails the check rather than slipping past.
 */
export function requestedTools(endpoint: 'chat' | 'responses', body: Json): RequestedTools {
  const out: RequestedTools = { names: [], mcpServers: new Map() };
  const tools = Array.isArray(body.tools) ? body.tools : body.tools === undefined || body.tools === null ? [] : [body.tools];
  for (const tool of tools) nameEntry(endpoint, tool, out);
  // A forced choice may name a tool the list does not hold: strict providers refuse that, lenient ones may not.
  if (isObject(body.tool_choice)) nameEntry(endpoint, body.tool_choice, out);
  if (endpoint === 'chat') {
    const functions = Array.isArray(body.functions) ? body.functions : body.functions === undefined || body.functions === null ? [] : [body.functions];
    for (const fn of functions) out.names.push(isObject(fn) && typeof fn.name === 'string' ? namedToolName(fn.name) : `${BUILTIN_PREFIX}unnamed_function`);
    if (isObject(body.function_call)) out.names.push(typeof body.function_call.name === 'string' ? namedToolName(body.function_call.name) : `${BUILTIN_PREFIX}unnamed_function`);
    if (body.web_search_options !== undefined && body.web_search_options !== null) out.names.push(builtinToolName('web_search'));
  } else if (body.prompt !== undefined && body.prompt !== null) {
    out.names.push(`${BUILTIN_PREFIX}stored_prompt`);
  }
  return out;
}

/** Names one entry of `tools` (or a `tool_choice` object, which has the same shapes). */
function nameEntry(endpoint: 'chat' | 'responses', entry: unknown, out: RequestedTools): void {
  if (!isObject(entry)) {
    out.names.push(`${BUILTIN_PREFIX}unknown`);
    return;
  }
  const type = typeof entry.type === 'string' ? entry.type : 'unknown';
  if (type === 'function' || type === 'custom') {
    // Chat nests the definition ({type: "function", function: {name}}); Responses does not.
    const holder = endpoint === 'chat' && isObject(entry[type]) ? (entry[type] as Json) : entry;
    out.names.push(typeof holder.name === 'string' ? namedToolName(holder.name) : `${BUILTIN_PREFIX}unnamed_${type}`);
  } else if (type === 'allowed_tools') {
    // tool_choice's "allowed_tools" mode lists tools like `tools` does (chat nests the list once more).
    // Both places a provider might read the list from are named, so neither can hide a tool.
    for (const list of [isObject(entry.allowed_tools) ? entry.allowed_tools.tools : undefined, entry.tools]) {
      for (const t of Array.isArray(list) ? list : []) nameEntry(endpoint, t, out);
    }
  } else if (type === 'mcp') {
    nameMcp(entry, out);
  } else {
    out.names.push(builtinToolName(type));
  }
}

/**
 * An MCP server offers whatever tools it has, and the provider calls them before the answer comes
 * back: each tool must be allowed by name. Without `allowed_tools` the request asks for every tool
 * of the server (`mcp:<server>/*`), which only a key that allows exactly that may do.
 */
function nameMcp(entry: Json, out: RequestedTools): void {
  const connector = typeof entry.connector_id === 'string' ? entry.connector_id : undefined;
  const url = typeof entry.server_url === 'string' ? entry.server_url : undefined;
  const label = typeof entry.server_label === 'string' ? entry.server_label : '';
  if (connector === undefined && url === undefined) {
    // A tool_choice {type: "mcp", server_label, name} refers to a server declared in `tools`.
    const declared = out.mcpServers.get(label);
    out.names.push(declared === undefined ? INVALID_MCP : mcpToolName(declared, typeof entry.name === 'string' ? entry.name : '*'));
    return;
  }
  // Both a connector and a URL: which one the provider calls is the provider's choice, so neither
  // names the server. One label for two servers: the answer's calls could not be told apart.
  const server = connector !== undefined && url !== undefined ? undefined : (connector ?? url)!;
  const previous = out.mcpServers.get(label);
  if (server === undefined || (previous !== undefined && previous !== server)) {
    out.names.push(INVALID_MCP);
    if (previous !== undefined) out.mcpServers.set(label, INVALID_MCP);
    return;
  }
  out.mcpServers.set(label, server);
  const allowed = entry.allowed_tools;
  const names = Array.isArray(allowed) ? allowed : isObject(allowed) && Array.isArray(allowed.tool_names) ? allowed.tool_names : undefined;
  if (names === undefined || names.length === 0 || !names.every((n): n is string => typeof n === 'string')) {
    out.names.push(mcpToolName(server, '*'));
    return;
  }
  for (const n of names) out.names.push(mcpToolName(server, n));
}
