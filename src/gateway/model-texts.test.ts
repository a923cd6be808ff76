import { describe, expect, it } from 'vitest';
import { createGuard } from '../index.js';
import { blankSlot, itemTexts, otherFieldsText, unknownItemText } from './model-texts.js';

const SECRET = 'XSECRETX-42';
const redactSecret = (s: string) => s.replaceAll(SECRET, '[R]');

describe('reading shapes the gateway does not know', () => {
  it('hands the scanners decoded text: a card after a newline in an unknown item is redacted by the built-in policy', async () => {
    const item: Record<string, unknown> = { id: 'u', type: 'future_item', note: 'Card on file:\n4111 1111 1111 1111', nested: { list: ['ok', 7] } };
    const text = unknownItemText(item)!;
    expect(text.get()).toContain('Card on file:\n4111');
    const decision = await createGuard().checkOutput(text.get());
    expect(decision.action).toBe('redact');
    text.set(decision.redactedText!);
    expect(JSON.stringify(item)).not.toContain('4111 1111 1111 1111');
    expect(item.id).toBe('u');
    expect(item.nested).toEqual({ list: ['ok', 7] });
  });

  it('reads a named value as an assignment: passwords and keys by their field names are redacted by the built-in policy', async () => {
    const item: Record<string, unknown> = { type: 'future_connector_config', settings: { password: 'Hunter2!Secure#99', api_key: 'a8f5f167f44f4964e6c998dee827110c', env: { DB_PASSWORD: 'pa55w0rd-Long-Value-123' }, port: 5432 } };
    const text = unknownItemText(item)!;
    const decision = await createGuard().checkOutput(text.get());
    expect(decision.action).toBe('redact');
    text.set(decision.redactedText!);
    const out = JSON.stringify(item);
    for (const secret of ['Hunter2!Secure#99', 'a8f5f167f44f4964e6c998dee827110c', 'pa55w0rd-Long-Value-123']) expect(out).not.toContain(secret);
    expect((item.settings as Record<string, unknown>).port).toBe(5432);
  });

  it('never lets a redacted key overwrite another', () => {
    const item: Record<string, unknown> = { type: 'future', [`${SECRET}1`]: 'a', [`${SECRET}2`]: 'b', keep: 'c' };
    const text = unknownItemText(item)!;
    text.set(text.get().replace(/XSECRETX-421|XSECRETX-422/g, '[R]'));
    expect(item).toEqual({ type: 'future', keep: 'c', '[R]': 'a', '[R]_2': 'b' });
  });

  it('writes a redaction back in place: values, keys, numbers, arrays at the root', () => {
    const item: Record<string, unknown> = { type: 'future', a: `x ${SECRET}`, [SECRET]: { n: 1 }, m: [[SECRET]] };
    const text = unknownItemText(item)!;
    text.set(redactSecret(text.get()));
    expect(item).toEqual({ type: 'future', a: 'x [R]', '[R]': { n: 1 }, m: [['[R]']] });
    const list = [SECRET, { b: SECRET }] as unknown as Record<string, unknown>;
    const whole = unknownItemText(list)!;
    whole.set(redactSecret(whole.get()));
    expect(list).toEqual(['[R]', { b: '[R]' }]);
  });

  it('empties every piece when a redaction swallowed a separator', () => {
    const item: Record<string, unknown> = { type: 'future', a: 'one', b: 'two' };
    const text = unknownItemText(item)!;
    text.set('[REDACTED]');
    expect(JSON.stringify(item)).not.toMatch(/one|two/);
  });

  it('replaces containers nested too deep, and empties an announced copy keeping its shape', () => {
    let deep: Record<string, unknown> = { s: SECRET };
    for (let i = 0; i < 80; i++) deep = { a: deep };
    const item: Record<string, unknown> = { type: 'future', deep, keep: { k: 'v', n: 3 } };
    const text = unknownItemText(item)!;
    expect(text.get()).not.toContain(SECRET);
    expect(JSON.stringify(item)).not.toContain(SECRET);
    const announced: Record<string, unknown> = { id: 'x', type: 'future', s: 'text', keep: { k: 'v', n: 3 } };
    blankSlot(unknownItemText(announced)!);
    expect(announced).toEqual({ id: 'x', type: 'future', s: '', keep: { k: '', n: 3 } });
  });

  it('reads a tool input schema whole and leaves it intact when nothing changes', () => {
    const schema = { type: 'object', properties: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, { type: 'string', description: `Field ${i}` }])) };
    const item = { type: 'mcp_list_tools', tools: [{ name: 't', description: 'd', input_schema: structuredClone(schema) }] };
    const texts = itemTexts(item);
    expect(texts).toHaveLength(2);
    for (const t of texts) t.set(t.get());
    expect(item.tools[0]!.input_schema).toEqual(schema);
  });

  it('skips envelope fields only at the top and only as strings or numbers', () => {
    const event: Record<string, unknown> = { type: 'x', item_id: 'i', status: { detail: SECRET } };
    expect(otherFieldsText(event, new Set(['type', 'item_id', 'status']))!.get()).toContain(SECRET);
  });
});
