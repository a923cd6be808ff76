import { badRequest } from './errors.js';

/**
 * Types of the OpenAI request parameters the gateway forwards without reading. A wrong type is
 * the client's mistake, and answering it here with a 400 that names the field is clearer than
 * whatever each provider answers (some ignore it, some fail with a 500). Only JSON types are
 * checked, not ranges: those differ between providers (Anthropic's temperature stops at 1).
 * `null` is accepted wherever OpenAI accepts it: for every optional parameter.
 */
type Kind = 'number' | 'integer' | 'boolean' | 'string' | 'object' | 'array' | 'string-or-strings' | 'string-or-object';

const SHARED: Readonly<Record<string, Kind>> = {
  temperature: 'number',
  top_p: 'number',
  user: 'string',
  metadata: 'object',
  tools: 'array',
  tool_choice: 'string-or-object',
  parallel_tool_calls: 'boolean',
  store: 'boolean',
  top_logprobs: 'integer',
  service_tier: 'string',
};

const FIELDS: Readonly<Record<'chat' | 'responses' | 'embeddings', Readonly<Record<string, Kind>>>> = {
  chat: {
    ...SHARED,
    n: 'integer',
    presence_penalty: 'number',
    frequency_penalty: 'number',
    logprobs: 'boolean',
    seed: 'integer',
    stop: 'string-or-strings',
    response_format: 'object',
    stream_options: 'object',
    logit_bias: 'object',
    modalities: 'array',
    reasoning_effort: 'string',
    functions: 'array',
    function_call: 'string-or-object',
    web_search_options: 'object',
  },
  responses: {
    ...SHARED,
    previous_response_id: 'string',
    text: 'object',
    reasoning: 'object',
    truncation: 'string',
    include: 'array',
    background: 'boolean',
    prompt: 'object',
  },
  embeddings: { user: 'string', dimensions: 'integer', encoding_format: 'string' },
};

function fits(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string';
    case 'object':
      return typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    case 'string-or-strings':
      return typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
    case 'string-or-object':
      return typeof v === 'string' || (typeof v === 'object' && !Array.isArray(v));
  }
}

const DESCRIBE: Readonly<Record<Kind, string>> = {
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  'string-or-strings': 'a string or an array of strings',
  'string-or-object': 'a string or an object',
};

/** Throws a 400 naming the first known parameter whose value has the wrong JSON type. */
export function checkFieldTypes(body: Record<string, unknown>, endpoint: 'chat' | 'responses' | 'embeddings'): void {
  const fields = FIELDS[endpoint];
  for (const field of Object.keys(body)) {
    // Own keys only: a body may carry "__proto__" or "constructor" as plain fields.
    if (!Object.hasOwn(fields, field)) continue;
    const kind = fields[field]!;
    const v = body[field];
    if (v === null || fits(v, kind)) continue;
    throw badRequest('invalid_field', `"${field}" must be ${DESCRIBE[kind]}`);
  }
}
