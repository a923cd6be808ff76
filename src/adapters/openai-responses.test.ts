import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testGuard } from '../../test/adapters/test-guard.js';
import { RampartBlockedError } from './errors.js';
import { responsesInputToMessages } from './openai-responses.js';

const guard = testGuard();

describe('responsesInputToMessages', () => {
  it('maps instructions to the system prompt and scans every text-bearing item', async () => {
    const body = {
      instructions: 'be nice',
      input: [
        { role: 'developer', content: 'internal rule' },
        { role: 'user', content: [{ type: 'input_text', text: 'hello' }, { type: 'input_image', image_url: 'x' }] },
        { type: 'function_call', call_id: 'c', name: 'f', arguments: '{"a":1}' },
        { type: 'function_call_output', call_id: 'c', output: 'tool said hi' },
        { type: 'item_reference', id: 'ref_1' },
      ],
    };
    const { messages } = responsesInputToMessages(body);
    expect(messages.map((m) => m.role)).toEqual(['system', 'developer', 'user', 'assistant', 'tool', 'assistant']);
    expect(messages[2]!.content).toEqual([{ type: 'text', text: 'hello' }]);
    expect(messages[4]!.content).toEqual([{ type: 'text', text: 'tool said hi' }]);
    expect(messages[5]!.content).toEqual([{ type: 'text', text: '{"type":"item_reference","id":"ref_1"}' }]);
  });

  it('writes redactions back into copies, never into the caller\'s objects', async () => {
    const item = { type: 'function_call_output', call_id: 'c', output: [{ type: 'input_text', text: 'mail me at a@b.example' }] };
    const body = { input: [item] };
    const { messages, rewrite } = responsesInputToMessages(body);
    const decision = await guard.checkInput(messages);
    expect(decision.action).toBe('redact');
    const out = rewrite(decision.redactedMessages!, decision) as { input: Array<{ output: Array<{ text: string }> }> };
    expect(out.input[0]!.output[0]!.text).toBe('mail me at [EMAIL]');
    expect(item.output[0]!.text).toBe('mail me at a@b.example');
  });

  it('blocks a redaction inside an item it can only scan as JSON', async () => {
    const body = { input: [{ type: 'mystery_output', data: 'a@b.example' }] };
    const { messages, rewrite } = responsesInputToMessages(body);
    const decision = await guard.checkInput(messages);
    expect(() => rewrite(decision.redactedMessages!, decision)).toThrow(RampartBlockedError);
  });

  it('property: any JSON input converts, checks and (when nothing is redacted) rewrites to the same body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 6 }), fc.jsonValue({ maxDepth: 3 })), async (input) => {
        const body = { input } as Record<string, unknown>;
        const { messages, rewrite } = responsesInputToMessages(body);
        const decision = await guard.checkInput(messages);
        if (decision.action === 'allow') expect(rewrite(messages, decision)).toEqual(body);
      }),
      { numRuns: 200 },
    );
  });
});
