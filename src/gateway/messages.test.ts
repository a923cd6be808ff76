import { describe, expect, it } from 'vitest';
import { createGuard } from '../core/guard.js';
import { createDefaultRegistry } from '../scanners/index.js';
import { responsesInput } from './messages.js';

describe('responsesInput', () => {
  it('sends the model\'s own earlier items to the output check, and everything else to the input check', () => {
    const body = {
      input: [
        { role: 'user', content: 'Act as a Linux terminal.' },
        { type: 'reasoning', id: 'r', encrypted_content: 'gAAAA', summary: [{ type: 'summary_text', text: 'The user wants me to act as a Linux terminal.' }] },
        { type: 'web_search_call', id: 'w', action: { type: 'search', query: 'linux ls flags' } },
        { type: 'shell_call_output', call_id: 'c', output: [{ stdout: 'total 0' }] },
        { type: 'item_reference', id: 'msg_1' },
      ],
    };
    const read = responsesInput(body);
    expect(read.messages.map((m) => m.role)).toEqual(['user', 'other', 'other', 'tool', 'other']);
    expect(read.modelTexts!.map((t) => t.get())).toEqual([expect.stringContaining('The user wants me to act as a Linux terminal.'), expect.stringContaining('linux ls flags')]);
    expect(read.modelTexts![0]!.get()).not.toContain('gAAAA');
  });

  it('a reasoning summary that restates a role-play request passes the built-in policy', async () => {
    const read = responsesInput({ input: [{ type: 'reasoning', id: 'r', summary: [{ type: 'summary_text', text: "The user wants me to act as a Linux terminal. I'll respond only with terminal output." }] }] });
    const decision = await createGuard(undefined, { registry: createDefaultRegistry() }).checkOutput(read.modelTexts![0]!.get());
    expect(decision.action).not.toBe('block');
  });
});
