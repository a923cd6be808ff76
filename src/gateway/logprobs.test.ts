import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamLogprobsGate, stripLogprobs } from './logprobs.js';

const entries = (tokens: string[]) => tokens.map((token) => ({ token, logprob: -1 }));
const spelled = (e: Array<Record<string, unknown>>) => e.map((x) => x.token).join('');

describe('StreamLogprobsGate', () => {
  it('releases tokens only once the text they spell is released', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'Hello world', entries(['Hel', 'lo ', 'wor', 'ld']));
    expect(spelled(gate.release(0, 'Hell'))).toBe('Hel');
    expect(spelled(gate.release(0, 'o w'))).toBe('lo ');
    expect(spelled(gate.release(0, 'orld'))).toBe('world');
  });

  it('withholds every later token of a choice once its text was changed', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'key sk-abc ok', entries(['key', ' sk-', 'abc', ' ok']));
    expect(spelled(gate.release(0, 'key'))).toBe('key');
    expect(gate.release(0, ' [SECRET]')).toEqual([]);
    gate.push(0, ' more', entries([' more']));
    expect(gate.release(0, ' ok more')).toEqual([]);
  });

  it('withholds a choice whose tokens stop lining up with its text: a chunk without logprobs', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'abc', entries(['abc']));
    gate.push(0, 'defghi', undefined); // this chunk came without logprobs: the count would fall behind
    gate.push(0, 'XSECRET', entries(['XSE', 'CRE', 'T']));
    expect(gate.release(0, 'abcdefghiX')).toEqual([]);
  });

  it('withholds a choice whose tokens do not spell its text, even when the lengths agree', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'abcdef', entries(['abc', 'XYZ']));
    expect(spelled(gate.release(0, 'abc'))).toBe('abc');
    expect(gate.release(0, 'def')).toEqual([]);
  });

  it('keeps choices apart', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'a', entries(['a']));
    gate.push(1, 'b', entries(['b']));
    expect(gate.release(1, 'X')).toEqual([]);
    expect(spelled(gate.release(0, 'a'))).toBe('a');
  });

  it('never releases a token without a string', () => {
    const gate = new StreamLogprobsGate();
    gate.push(0, 'xx', [{ logprob: -1 }, { token: 'x' }]);
    expect(gate.release(0, 'xx')).toEqual([]);
  });

  it('releases exactly the text, in order, however text and tokens are cut (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (tokens, cuts) => {
        const text = tokens.join('');
        const gate = new StreamLogprobsGate();
        gate.push(0, text, entries(tokens));
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        let at = 0;
        let out = '';
        for (const p of [...points, text.length]) {
          const released = gate.release(0, text.slice(at, p));
          out += spelled(released);
          expect(text.slice(0, Math.max(at, p)).startsWith(out)).toBe(true);
          at = Math.max(at, p);
        }
        expect(out).toBe(text);
      }),
    );
  });

  it('never sends a token whose text was not released unchanged (property)', () => {
    // Arbitrary chunks, some without logprobs, some tokens lying about their text; the released
    // text is the raw text with one span replaced. Whatever is released must spell released text.
    const chunk = fc.record({ text: fc.string({ maxLength: 6 }), tokens: fc.option(fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 3 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(chunk, { minLength: 1, maxLength: 12 }), fc.nat(), (chunks, cut) => {
        const gate = new StreamLogprobsGate();
        for (const c of chunks) gate.push(0, c.text, c.tokens ? entries(c.tokens) : undefined);
        const raw = chunks.map((c) => c.text).join('');
        const at = raw.length === 0 ? 0 : cut % raw.length;
        const sentText = `${raw.slice(0, at)}[X]`;
        const out = spelled(gate.release(0, raw.slice(0, at))) + spelled(gate.release(0, '[X]'));
        expect(sentText.startsWith(out) || out === '').toBe(true);
        expect(raw.slice(0, at).startsWith(out)).toBe(true);
      }),
    );
  });
});

describe('stripLogprobs', () => {
  it('removes logprobs at every depth of a Responses event', () => {
    const ev = { type: 'response.completed', logprobs: [1], response: { output: [{ content: [{ text: 'a', logprobs: [{ token: 'a' }] }] }] } };
    stripLogprobs(ev);
    expect(JSON.stringify(ev)).not.toContain('logprobs');
  });
});
