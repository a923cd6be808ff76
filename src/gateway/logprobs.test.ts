import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StreamLogprobsGate, stripLogprobs } from './logprobs.js';

const entries = (tokens: string[]) => tokens.map((token) => ({ token, logprob: -1 }));
const spelled = (e: Array<Record<string, unknown>>) => e.map((x) => x.token).join('');

describe('StreamLogprobsGate', () => {
  it('releases tokens only once the text they spell is released', () => {
    const gate = new StreamLogprobsGate();
    gate.pushTokens(0, entries(['Hel', 'lo ', 'wor', 'ld']));
    gate.pushText(0, 'Hello world');
    expect(spelled(gate.release(0, 'Hell'))).toBe('Hel');
    expect(spelled(gate.release(0, 'o w'))).toBe('lo ');
    expect(spelled(gate.release(0, 'orld'))).toBe('world');
  });

  it('withholds every later token of a choice once its text was changed', () => {
    const gate = new StreamLogprobsGate();
    gate.pushTokens(0, entries(['key', ' sk-', 'abc', ' ok']));
    gate.pushText(0, 'key sk-abc ok');
    expect(spelled(gate.release(0, 'key'))).toBe('key');
    expect(gate.release(0, ' [SECRET]')).toEqual([]);
    gate.pushTokens(0, entries([' more']));
    gate.pushText(0, ' more');
    expect(gate.release(0, ' ok more')).toEqual([]);
  });

  it('keeps choices apart', () => {
    const gate = new StreamLogprobsGate();
    gate.pushTokens(0, entries(['a']));
    gate.pushTokens(1, entries(['b']));
    gate.pushText(0, 'a');
    gate.pushText(1, 'b');
    expect(gate.release(1, 'X')).toEqual([]);
    expect(spelled(gate.release(0, 'a'))).toBe('a');
  });

  it('never releases a token without a string, nor one beyond the released text', () => {
    const gate = new StreamLogprobsGate();
    gate.pushTokens(0, [{ logprob: -1 }, { token: 'x' }]);
    gate.pushText(0, 'xx');
    expect(gate.release(0, 'xx')).toEqual([]);
  });

  it('releases exactly the text, in order, however text and tokens are cut (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 }), fc.array(fc.nat(), { maxLength: 30 }), (tokens, cuts) => {
        const text = tokens.join('');
        const gate = new StreamLogprobsGate();
        gate.pushTokens(0, entries(tokens));
        gate.pushText(0, text);
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
});

describe('stripLogprobs', () => {
  it('removes logprobs at every depth of a Responses event', () => {
    const ev = { type: 'response.completed', logprobs: [1], response: { output: [{ content: [{ text: 'a', logprobs: [{ token: 'a' }] }] }] } };
    stripLogprobs(ev);
    expect(JSON.stringify(ev)).not.toContain('logprobs');
  });
});
