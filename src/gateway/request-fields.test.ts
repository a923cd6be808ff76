import { describe, expect, it } from 'vitest';
import { checkFieldTypes } from './request-fields.js';

describe('checkFieldTypes', () => {
  it('accepts the usual parameters, nulls and fields it does not know', () => {
    const chat = { model: 'm', temperature: 0.2, top_p: 1, n: 2, stop: ['\n'], seed: 7, logprobs: true, top_logprobs: 3, tools: [], tool_choice: 'auto', response_format: { type: 'json_object' }, user: 'u', stream_options: null, vendor_extension: { any: 'thing' } };
    expect(() => checkFieldTypes(chat, 'chat')).not.toThrow();
    expect(() => checkFieldTypes({ model: 'm', input: 'x', text: { format: { type: 'text' } }, include: [], tool_choice: { type: 'function', name: 'f' } }, 'responses')).not.toThrow();
    expect(() => checkFieldTypes({ model: 'm', input: 'x', dimensions: 256, encoding_format: 'float' }, 'embeddings')).not.toThrow();
  });

  it('names the field and the type it must have', () => {
    expect(() => checkFieldTypes({ temperature: 'hot' }, 'chat')).toThrow('"temperature" must be a number');
    expect(() => checkFieldTypes({ n: 1.5 }, 'chat')).toThrow('"n" must be an integer');
    expect(() => checkFieldTypes({ stop: ['a', 1] }, 'chat')).toThrow('"stop" must be a string or an array of strings');
    expect(() => checkFieldTypes({ tools: {} }, 'responses')).toThrow('"tools" must be an array');
    expect(() => checkFieldTypes({ dimensions: '256' }, 'embeddings')).toThrow('"dimensions" must be an integer');
    expect(() => checkFieldTypes({ temperature: Number.NaN }, 'chat')).toThrow(/temperature/);
  });

  it('checks each endpoint by its own parameters', () => {
    // `seed` is a chat parameter; the Responses API has none, so it is forwarded unchecked there.
    expect(() => checkFieldTypes({ seed: 'x' }, 'responses')).not.toThrow();
    expect(() => checkFieldTypes({ seed: 'x' }, 'chat')).toThrow(/seed/);
  });

  it('is not fooled by fields named after Object.prototype members', () => {
    const body = JSON.parse('{"__proto__": 5, "constructor": "x", "toString": 1, "hasOwnProperty": []}') as Record<string, unknown>;
    expect(() => checkFieldTypes(body, 'chat')).not.toThrow();
  });
});
