import { describe, expect, it } from 'vitest';
import { createGuard } from '../core/guard.js';
import { createDefaultRegistry } from '../scanners/index.js';
import { chatInput, responsesInput } from './messages.js';

describe('responsesInput', () => {
  it('sends reasoning sent back to the output check, and everything else to the input check', () => {
    const body = {
      input: [
        { role: 'user', content: 'Act as a Linux terminal.' },
        { type: 'reasoning', id: 'r', encrypted_content: 'gAAAA'.repeat(60), summary: [{ type: 'summary_text', text: 'The user wants me to act as a Linux terminal.' }] },
        { type: 'web_search_call', id: 'w', action: { type: 'search', query: 'linux ls flags' } },
        { type: 'shell_call_output', call_id: 'c', output: [{ stdout: 'total 0' }] },
        { type: 'item_reference', id: 'msg_1' },
      ],
    };
    const read = responsesInput(body);
    expect(read.messages.map((m) => m.role)).toEqual(['user', 'other', 'tool', 'tool', 'other']);
    expect(read.modelTexts!.map((t) => t.get())).toEqual([expect.stringContaining('The user wants me to act as a Linux terminal.')]);
    expect(JSON.stringify(read.messages[2]!.content)).toContain('linux ls flags');
    expect(read.modelTexts![0]!.get()).not.toContain('gAAAA');
  });

  it('a reasoning summary that restates a role-play request passes the built-in policy', async () => {
    const read = responsesInput({ input: [{ type: 'reasoning', id: 'r', summary: [{ type: 'summary_text', text: "The user wants me to act as a Linux terminal. I'll respond only with terminal output." }] }] });
    const decision = await createGuard(undefined, { registry: createDefaultRegistry() }).checkOutput(read.modelTexts![0]!.get());
    expect(decision.action).not.toBe('block');
  });
});

describe('chatInput', () => {
  it('reads every string of a message and writes redactions back where they were', () => {
    const body = {
      messages: [
        { role: 'user', name: 'alice', content: [{ type: 'text', text: 'hi' }, { type: 'image_url', image_url: { url: 'https://img.example/a.png?q=1' } }, { type: 'file', file: { filename: 'notes.pdf', file_data: 'JVBERi0'.repeat(40) } }] },
        { role: 'assistant', content: null, reasoning_content: 'thinking', refusal: 'no', tool_calls: [{ id: 't', type: 'custom', custom: { name: 'shell', input: 'ls' } }] },
      ],
    };
    const read = chatInput(body);
    const texts = read.messages.map((m) => JSON.stringify(m.content));
    for (const s of ['hi', 'img.example', 'notes.pdf', 'alice']) expect(texts[0]).toContain(s);
    expect(texts[0]).not.toContain('JVBERi0');
    for (const s of ['thinking', 'refusal: no', 'ls']) expect(texts[1]).toContain(s);
    // Redact every part text to "X": each lands in its own field.
    read.apply(read.messages.map((m) => ({ ...m, content: Array.isArray(m.content) ? m.content.map((p) => ({ ...p, text: (p.text ?? '').replace(/hi|alice|notes|thinking|ls/g, 'X') })) : m.content })));
    expect(body.messages[0]).toMatchObject({ name: 'X', content: [{ text: 'X' }, {}, { file: { filename: 'X.pdf', file_data: 'JVBERi0'.repeat(40) } }] });
    expect(body.messages[1]).toMatchObject({ reasoning_content: 'X', refusal: 'no', tool_calls: [{ custom: { input: 'X' } }] });
  });

  it('keeps a redaction of a tool call name when its arguments are redacted too', () => {
    const body = { messages: [{ role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'lookup_S', arguments: '{"k":"S"}' } }] }] };
    const read = chatInput(body);
    const redacted = read.messages.map((m) => ({
      ...m,
      content: Array.isArray(m.content) ? m.content.map((p) => ({ ...p, text: (p.text ?? '').replace(/S/g, 'X') })) : m.content,
      tool_calls: (m.tool_calls as Array<{ function: Record<string, unknown> }>).map((c) => ({ ...c, function: { ...c.function, arguments: '{"k":"X"}' } })),
    }));
    read.apply(redacted);
    expect(body.messages[0]!.tool_calls[0]!.function).toEqual({ name: 'lookup_X', arguments: '{"k":"X"}' });
  });
});
