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
 * sends one string instead of a list); `{}` is the value read whole (piecesSlot: every string, key and
 * number below it); `+` joins an array of strings into one text (the keys a
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

/** The strings found at each path (in order). */
function textSlotsAt(item: Record<string, unknown>, paths: readonly (readonly string[])[]): TextSlot[] {
  const slots: TextSlot[] = [];
  const root = { item };
  for (const path of paths) collect(root, 'item', path, 0, slots);
  return slots;
}

/** The string at holder[key], read and written in place. */
export const slotOf = (holder: Record<string, unknown>, key: string): TextSlot => ({ get: () => holder[key] as string, set: (s) => (holder[key] = s) });

/** Follows path[at..] from holder[key], adding a slot for every string it ends at. */
function collect(holder: Record<string, unknown>, key: string, path: readonly string[], at: number, out: TextSlot[]): void {
  const value = holder[key];
  const step = path[at];
  if (step === undefined || (step === '*' && typeof value === 'string')) {
    if (typeof value === 'string') out.push(slotOf(holder, key));
    return;
  }
  if (step === '{}') {
    // The whole value as one text (a tool's input schema: descriptions at any depth, keys too).
    if (typeof value === 'object' && value !== null) out.push(piecesSlot(value as Record<string, unknown>, NO_FIELDS));
    else if (typeof value === 'string') out.push(slotOf(holder, key));
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

/**
 * Responses input items checked as model output — secrets and PII redacted, exfiltration links
 * blocked — rather than judged as attacks: the model's reasoning sent back. A reasoning summary
 * restates the user's request and reasons about instructions, and the injection scanner blocked 5
 * of 11 ordinary ones in a review; a conversation with a reasoning model would be refused on every
 * later turn. The model's earlier tool calls are judged like a chat assistant's tool calls (input
 * policy): a client that forges one could otherwise carry an injection past the check.
 */
const MODEL_ITEM_TYPE = 'reasoning';

/** A Responses input item read whole, and whether it is checked as model output (MODEL_ITEM_TYPE) or as a tool's result. */
export interface InputItemText {
  slot: TextSlot;
  asModelOutput: boolean;
}

/**
 * A Responses input item that is neither a message nor a function call or its output (messages.ts
 * reads those), read whole (piecesSlot): every string, key and number in it but its ids and its
 * binary data (encrypted reasoning, a generated image: see isBinaryValue). Tool results (shell
 * output, MCP output and tool lists, file-search hits, screenshots' safety-check messages) and item types this gateway does not know are read as
 * tool results, where indirect injection arrives; the client controls every item it sends, and an
 * item relayed unread would carry an injection or a secret past the input guard (fail closed).
 * Undefined when the item holds nothing but ids (an `item_reference`).
 */
export function inputItemText(item: Record<string, unknown>): InputItemText | undefined {
  const slot = otherFieldsText(item, ENVELOPE_FIELDS);
  return slot ? { slot, asModelOutput: item.type === MODEL_ITEM_TYPE } : undefined;
}

/** Fields of an input content part read by name (messages.ts). */
const INPUT_PART_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'text']);

/**
 * The fields of an input message's content part besides its `text`, as one text: a refusal, a
 * file's name, annotations, whatever a part type adds. A file's `file_data` (base64) and images
 * given as data URLs are not read: their content is not text the guard can judge.
 */
export function inputPartOtherFields(part: Record<string, unknown>): TextSlot | undefined {
  return otherFieldsText(part, INPUT_PART_SKIP);
}

/** Fields of a content part that are handled as text (or are not text), whatever the part's type. */
const PART_FIELDS: ReadonlySet<string> = new Set(['type', 'text', 'refusal', 'annotations', 'logprobs']);

/**
 * The fields of a content part besides its text, refusal, annotations and token logprobs, as one
 * text (a part type not known here, or a known one with fields added); undefined when none is left.
 */
export function partOtherFields(part: Record<string, unknown>): TextSlot | undefined {
  return otherFieldsText(part, PART_FIELDS);
}

/** Per Responses output item type, the fields read by name (the rest is read whole: knownItemOtherFields). */
const KNOWN_ITEM_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  message: new Set([...ENVELOPE_FIELDS, 'content']),
  reasoning: new Set([...ENVELOPE_FIELDS, 'summary', 'content']),
  // A tool call's text field, and the fields whose strings ITEM_TEXTS lists (an MCP call's output).
  ...Object.fromEntries(Object.entries(RESPONSES_ITEM_TEXTS).map(([type, t]) => [type, new Set([...ENVELOPE_FIELDS, t.field, ...(ITEM_TEXTS[type] ?? []).map((path) => path[0]!)])])),
};

/**
 * The fields of a message, reasoning or tool-call output item beyond the ones read by name, as one
 * text; undefined for other item types (their strings are listed in ITEM_TEXTS or read whole by
 * unknownItemText) and when none is left.
 */
export function knownItemOtherFields(item: Record<string, unknown>): TextSlot | undefined {
  const type = item.type;
  return typeof type === 'string' && Object.hasOwn(KNOWN_ITEM_FIELDS, type) ? otherFieldsText(item, KNOWN_ITEM_FIELDS[type]!) : undefined;
}

/** Fields of a reasoning summary entry read by name. */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set(['type', 'text']);

/** The fields of a reasoning summary entry beyond its type and text, as one text. */
export function summaryOtherFields(entry: Record<string, unknown>): TextSlot | undefined {
  return otherFieldsText(entry, SUMMARY_FIELDS);
}

/**
 * An output item whose type this module does not know, read whole (piecesSlot) so the output guard
 * sees every string, key and number in it instead of relaying it unread (fail closed). Undefined
 * for the item types listed above.
 */
export function unknownItemText(item: Record<string, unknown>): TextSlot | undefined {
  if (typeof item.type === 'string' && KNOWN_ITEM_TYPES.has(item.type)) return undefined;
  return piecesSlot(item, ENVELOPE_FIELDS);
}

/**
 * The fields of `obj` other than `skip` (ids, indexes, and the fields a caller handles itself), read
 * whole (piecesSlot). Undefined when no such field is left.
 */
export function otherFieldsText(obj: Record<string, unknown>, skip: ReadonlySet<string>): TextSlot | undefined {
  // Runs on every stream event: a plain loop, no arrays, for the usual answer (nothing left).
  for (const k in obj) if (Object.hasOwn(obj, k) && !skipped(skip, k, obj[k])) return piecesSlot(obj, skip);
  return undefined;
}

/** Fields of a chat message, or of a streamed delta, that are read by name (the rest is read whole: chatOtherFields). */
const CHAT_MESSAGE_FIELDS: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'content', ...CHAT_TEXT_FIELDS, 'tool_calls', 'function_call', 'audio', 'annotations', 'reasoning_details']);

/**
 * The fields of a chat message (or streamed delta) that no reading covers by name, as one text:
 * what a provider adds beside the answer.
 * Undefined for the usual message, which has none.
 */
export function chatOtherFields(message: Record<string, unknown>): TextSlot | undefined {
  return otherFieldsText(message, CHAT_MESSAGE_FIELDS);
}

/** The type of each chat message (and delta) field read by name; a value of another type is read whole. */
const CHAT_FIELD_TYPES: Readonly<Record<string, 'string' | 'array' | 'object'>> = {
  content: 'string', refusal: 'string', reasoning_content: 'string', reasoning: 'string',
  tool_calls: 'array', function_call: 'object', audio: 'object', annotations: 'array', reasoning_details: 'array',
};

/**
 * The fields of a chat message or delta read by name that hold something else than the reading
 * expects, each read whole: `content` as a list of parts (Mistral's reasoning models send
 * `thinking` parts that way), a `refusal` or `reasoning` object, `annotations` as an object.
 */
export function chatMisshapedFields(message: Record<string, unknown>): TextSlot[] {
  const out: TextSlot[] = [];
  for (const key in CHAT_FIELD_TYPES) {
    const value = message[key];
    if (value === undefined || value === null || typeof value !== 'object') continue;
    const want = CHAT_FIELD_TYPES[key];
    if (want === 'string' || (want === 'array') !== Array.isArray(value)) out.push(wholeValueText(value));
  }
  return out;
}

/** Fields of a `reasoning_details` entry read by name: its texts (its encrypted `data` is binary: see isBinaryValue). */
export const REASONING_DETAIL_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'text', 'summary']);

/**
 * The `reasoning_details` of a chat message (OpenRouter and others): each entry's `text` and
 * `summary`, and its other fields read whole, but for its encrypted `data` and `signature`.
 */
export function reasoningDetailTexts(message: Record<string, unknown>): TextSlot[] {
  const out: TextSlot[] = [];
  for (const e of objectsIn(message.reasoning_details)) {
    for (const field of ['text', 'summary']) {
      const value = e[field];
      if (typeof value === 'string') out.push(slotOf(e, field));
      else if (value && typeof value === 'object') out.push(wholeValueText(value));
    }
    const rest = otherFieldsText(e, REASONING_DETAIL_SKIP);
    if (rest) out.push(rest);
  }
  return out;
}

/** The plain objects in a list (nothing when it is not a list). */
function objectsIn(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? (list.filter((x) => x && typeof x === 'object' && !Array.isArray(x)) as Record<string, unknown>[]) : [];
}

const CALL_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'index', 'function', 'custom']);
const ARGUMENTS_SKIP: ReadonlySet<string> = new Set(['arguments']);
const INPUT_SKIP: ReadonlySet<string> = new Set(['input']);
/** An audio answer's fields read apart: its transcript, and its data (the sound, base64). */
const AUDIO_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'transcript', 'expires_at', 'data']);

/**
 * The strings of a chat tool call (or a streamed piece of one) beyond the texts read by name (a
 * function's `arguments`, a custom tool's `input`): the call's own fields but `ownSkip` (by
 * default the ids and the streamed `index`), the function's name and added fields. Nothing for the
 * usual streamed piece, which holds only ids and arguments.
 */
export function chatToolCallOtherFields(call: unknown, ownSkip: ReadonlySet<string> = CALL_SKIP): TextSlot[] {
  if (!call || typeof call !== 'object' || Array.isArray(call)) return [];
  const c = call as Record<string, unknown>;
  const out: TextSlot[] = [];
  const own = otherFieldsText(c, ownSkip);
  if (own) out.push(own);
  out.push(...nestedOtherFields(c, [['function', ARGUMENTS_SKIP], ['custom', INPUT_SKIP]]));
  return out;
}

/** The legacy `function_call`'s fields beyond its arguments, and an audio answer's beyond its transcript and sound. */
export function chatCallAndAudioOtherFields(message: Record<string, unknown>): TextSlot[] {
  return nestedOtherFields(message, [['function_call', ARGUMENTS_SKIP], ['audio', AUDIO_SKIP]]);
}

/** For each named object below `parent`, its fields but `skip`, read whole. */
function nestedOtherFields(parent: Record<string, unknown>, fields: ReadonlyArray<readonly [string, ReadonlySet<string>]>): TextSlot[] {
  const out: TextSlot[] = [];
  for (const [field, skip] of fields) {
    const holder = parent[field];
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) continue;
    const rest = otherFieldsText(holder as Record<string, unknown>, skip);
    if (rest) out.push(rest);
  }
  return out;
}

/** Fields of an annotation that are positions in the text, not text. */
const ANNOTATION_SKIP: ReadonlySet<string> = new Set([...ENVELOPE_FIELDS, 'start_index', 'end_index', 'index']);

/**
 * The annotations of a chat message, a streamed delta or a Responses content part, each read whole:
 * a `url_citation`'s link and title (in chat, nested under `url_citation`), a file citation's
 * name. Clients render an annotation's link as a link, so one can carry data out as well as a
 * link in the text can.
 */
export function annotationTexts(holder: Record<string, unknown>): TextSlot[] {
  const out: TextSlot[] = [];
  for (const a of objectsIn(holder.annotations)) {
    const text = otherFieldsText(a, ANNOTATION_SKIP);
    if (text) out.push(text);
  }
  return out;
}

/**
 * A value that should have been text but is an object (a tool call's `arguments` sent as JSON
 * rather than a JSON string, as some servers do), read whole: every string, key and number in it.
 */
export function wholeValueText(value: object): TextSlot {
  return piecesSlot(value as Record<string, unknown>, NO_FIELDS);
}

/**
 * Between the pieces of a piecesSlot text: a paragraph break with a paragraph separator in it, so
 * each piece reads as a paragraph of its own and no finding is likely to span two.
 */
const PIECE_SEPARATOR = '\n\n\u2029\n\n';

/** Containers nested deeper than this below a piecesSlot's root are replaced by null. */
const MAX_PIECE_DEPTH = 64;

/**
 * Every string value, object key and number below `root` (but the top-level fields in `skip`), as
 * ONE text of decoded pieces joined by PIECE_SEPARATOR: one guard call however many there are, and
 * the scanners see the strings as they are, not JSON-escaped (an escaped newline before a card
 * number hid it from the PII recognisers). Writing back a changed text splits it at the separators
 * and puts each piece where it came from, in place (a changed key renames the key; a changed number
 * becomes a string). If a finding swallowed a separator the pieces no longer line up, and all of
 * them are emptied (fail closed). Containers nested deeper than MAX_PIECE_DEPTH are replaced by null.
 */
function piecesSlot(root: Record<string, unknown>, skip: ReadonlySet<string>): TextSlot {
  const pieces: TextSlot[] = [];
  collectPieces(root, skip, 0, pieces);
  const text = pieces.map((p) => p.get()).join(PIECE_SEPARATOR);
  return {
    get: () => text,
    blank: () => blankStrings(root, skip),
    set: (s) => {
      if (s === text) return;
      const parts = s.split(PIECE_SEPARATOR);
      if (parts.length !== pieces.length) {
        for (const p of pieces) p.set('');
        return;
      }
      pieces.forEach((p, i) => p.set(parts[i]!));
    },
  };
}

function collectPieces(holder: Record<string, unknown>, skip: ReadonlySet<string>, depth: number, out: TextSlot[], parentKey = ''): void {
  const isArray = Array.isArray(holder);
  for (const key of Object.keys(holder)) {
    const value = holder[key];
    if (depth === 0 && skipped(skip, key, value)) continue;
    // Binary data, not text: an inline image, sound or video (a base64 data URL), and base64 where
    // providers put audio, files, generated images and encrypted reasoning.
    if (typeof value === 'string' && isBinaryValue(holder, parentKey, key, value)) continue;
    // A named string or number is read as "name: value", name first, the way the secrets scanner
    // recognises an assignment ("password: …", "DB_PASSWORD: …"); apart, a bare value passes.
    if (!isArray && (typeof value === 'string' || typeof value === 'number') && !key.includes(': ') && !key.includes('\u2029')) {
      out.push(fieldSlot(holder, key));
      continue;
    }
    if (typeof value === 'string') out.push(slotOf(holder, key));
    else if (typeof value === 'number') out.push({ get: () => String(value), set: (s) => s !== String(value) && (holder[key] = s) });
    else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_PIECE_DEPTH) holder[key] = null;
      // An array passes its own name on to its elements (`content: [{ type: 'input_file', … }]`).
      else collectPieces(value as Record<string, unknown>, NO_FIELDS, depth + 1, out, isArray ? parentKey : key);
    }
    // The key after its value: a renamed key carries the value already written through the old name.
    if (!isArray) out.push(keySlot(holder, key));
  }
}

/** A whole value that is an inline image, sound or video: a data URL of base64 and nothing else (no spaces, no text after it). */
const MEDIA_DATA_URL = /^data:(?:image|audio|video)\/[\w.+-]{1,64}(?:;[\w.+=-]{1,64})*;base64,[A-Za-z0-9+/]*={0,2}$/i;

/**
 * A whole value that is base64 and nothing else: a data URL of any type, or 200 characters or
 * more of the base64 alphabet alone (a short value is read: a token fits there too).
 */
const BASE64_VALUE = /^(?:data:[\w.+-]{1,64}\/[\w.+-]{1,64}(?:;[\w.+=-]{1,64})*;base64,[A-Za-z0-9+/_-]*={0,2}|[A-Za-z0-9+/_-]{200,}={0,2})$/;

/**
 * Whether a string is binary data rather than text (see collectPieces): an inline media data URL
 * anywhere, and base64 only where a provider decodes it as bytes — by its place, not by its name
 * alone: prose joined with hyphens, or a long key, under a field a client calls `data` or `result`
 * is text (a review sent an injection that way).
 */
function isBinaryValue(holder: Record<string, unknown>, parentKey: string, key: string, value: string): boolean {
  if (MEDIA_DATA_URL.test(value)) return true;
  const place = binaryPlace(holder, parentKey, key);
  // Standard base64 only, but where providers write tokens in the URL-safe alphabet: `-` and `_`
  // also join words and fill API keys.
  return place === 'base64' ? BASE64_VALUE.test(value) && !/[-_]/.test(value.slice(value.indexOf(',') + 1)) : place === 'base64url' && BASE64_VALUE.test(value);
}

/** Types of `reasoning_details` entries (OpenRouter), whose `signature` and encrypted `data` are the provider's own. */
const REASONING_DETAIL_TYPES: ReadonlySet<string> = new Set(['reasoning.text', 'reasoning.summary', 'reasoning.encrypted']);

/** The places of base64 that providers decode, and its alphabet there: audio, files, encrypted reasoning, generated images. */
function binaryPlace(holder: Record<string, unknown>, parentKey: string, key: string): 'base64' | 'base64url' | undefined {
  const type = typeof holder.type === 'string' ? holder.type : '';
  switch (key) {
    case 'data':
      return parentKey === 'input_audio' ? 'base64' : type === 'reasoning.encrypted' ? 'base64url' : undefined;
    case 'file_data':
      return parentKey === 'file' || type === 'input_file' ? 'base64' : undefined;
    case 'encrypted_content':
      return type === 'reasoning' || type === 'compaction' ? 'base64url' : undefined;
    case 'signature':
      return REASONING_DETAIL_TYPES.has(type) ? 'base64url' : undefined;
    case 'result':
      return type === 'image_generation_call' ? 'base64' : undefined;
    default:
      return undefined;
  }
}

/** An object key as text: a changed text renames the key (an empty one removes it), keeping its value. */
function keySlot(holder: Record<string, unknown>, key: string): TextSlot {
  return {
    get: () => key,
    set: (s) => {
      if (s === key) return;
      const value = holder[key];
      delete holder[key];
      if (s !== '') holder[freeKey(holder, s)] = value;
    },
  };
}

/**
 * A field with a string or number value as "name: value". A changed text is split at its first
 * ": " (the name has none): a changed name renames the field, a changed value replaces it (as a
 * string, unless it is still the number it was). A text without ": " — a finding that took the name
 * with it — removes the field (fail closed).
 */
function fieldSlot(holder: Record<string, unknown>, key: string): TextSlot {
  const value = holder[key] as string | number;
  const text = `${key}: ${String(value)}`;
  return {
    get: () => text,
    set: (s) => {
      if (s === text) return;
      delete holder[key];
      const at = s.indexOf(': ');
      if (at < 0) return;
      const name = s.slice(0, at);
      const written = s.slice(at + 2);
      if (name !== '') holder[freeKey(holder, name)] = typeof value === 'number' && written === String(value) ? value : written;
    },
  };
}

/** `name`, or `name_2`, `name_3` … when the object already has it: a redacted key never overwrites another. */
function freeKey(holder: Record<string, unknown>, name: string): string {
  if (!Object.hasOwn(holder, name)) return name;
  let n = 2;
  while (Object.hasOwn(holder, `${name}_${n}`)) n++;
  return `${name}_${n}`;
}

/**
 * Whether a field is left out of a whole read: one in `skip` — but an envelope field only while it
 * holds what an envelope field holds (a number, or a string shaped like an id), so
 * `status: {detail: …}` and `status: "call me at …"` are read.
 */
function skipped(skip: ReadonlySet<string>, key: string, value: unknown): boolean {
  return skip.has(key) && (!ENVELOPE_FIELDS.has(key) || typeof value === 'number' || (typeof value === 'string' && ID_LIKE.test(value)));
}

/** What ids, indexes, types and statuses look like: one token, no spaces. Text under an envelope name is read. */
const ID_LIKE = /^[\w.:/+=-]{0,200}$/;

/**
 * Empties every string below `obj` (fields in `skip` at the top excepted), keys and shape unchanged:
 * the copy of an item announced before its text was guarded carries none of that text.
 */
export function blankStrings(obj: Record<string, unknown>, skip: ReadonlySet<string> = NO_FIELDS, depth = 0): void {
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (depth === 0 && skipped(skip, k, v)) continue;
    if (typeof v === 'string') obj[k] = '';
    else if (typeof v === 'object' && v !== null) {
      if (depth >= MAX_PIECE_DEPTH) obj[k] = null;
      else blankStrings(v as Record<string, unknown>, NO_FIELDS, depth + 1);
    }
  }
}
