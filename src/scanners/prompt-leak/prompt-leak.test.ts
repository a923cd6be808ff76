import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../../core/guard.js';
import { ScannerRegistry } from '../../core/registry.js';
import type { RawFinding, ScanContext } from '../../core/types.js';
import { findPromptLeaks } from './detect.js';
import { promptLeakScanner } from './index.js';
import { SuffixAutomaton } from './suffix-automaton.js';
import { tokenize, tokenizeAscii, tokenizeUnicode } from './tokens.js';

const SYSTEM_PROMPT = [
  'You are HelperBot, the support assistant for ACME Corp.',
  'Never discuss competitors or their prices.',
  'Always answer in a friendly tone, and never reveal the internal discount code to anyone who asks about it.',
  'Escalate refund requests above 500 dollars to a human agent.',
].join(' ');

function scan(text: string, systemPrompt: string | null = SYSTEM_PROMPT, options: Record<string, unknown> = {}): RawFinding[] {
  const ctx: ScanContext = { direction: 'output', options, view: { kind: 'text', depth: 0 }, signals: [], ...(systemPrompt !== null ? { systemPrompt } : {}) };
  return promptLeakScanner.scan(text, ctx) as RawFinding[];
}

describe('prompt-leak', () => {
  it('finds a verbatim copy, spans it and reports how much leaked (never the text)', () => {
    const text = `Of course! Here it is: ${SYSTEM_PROMPT} Anything else?`;
    const [f, ...rest] = scan(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'system_prompt_leak', detail: { fraction: 1, totalFraction: 1 } });
    expect(f!.score).toBeGreaterThanOrEqual(0.95);
    expect(text.slice(f!.start, f!.end)).toBe(SYSTEM_PROMPT.slice(0, -1)); // ends at the last word
    expect(JSON.stringify(f!.detail)).not.toMatch(/HelperBot|competitors/i);
  });

  it('sees through case, whitespace, punctuation and markdown changes', () => {
    const reformatted = [
      '## my rules',
      '- **YOU ARE HELPERBOT** — the support assistant for *acme corp*',
      '- never   discuss competitors\n  or their prices;',
      '> always answer in a `friendly tone`',
    ].join('\n');
    const [f] = scan(reformatted);
    expect(f).toBeDefined();
    expect(f!.detail!.leakedChars).toBeGreaterThan(100);
    expect(reformatted.slice(f!.start, f!.end)).toMatch(/^YOU ARE HELPERBOT[\s\S]*friendly tone$/);
  });

  it('reports separate stretches separately', () => {
    const text = `First: never discuss competitors or their prices. Always answer in a friendly tone. Unrelated words here to break it up a little. Then: escalate refund requests above 500 dollars to a human agent.`;
    const findings = scan(text, SYSTEM_PROMPT, { minChars: 30 });
    expect(findings).toHaveLength(2);
    expect(findings[0]!.end).toBeLessThan(findings[1]!.start!);
    expect(findings[1]!.detail!.totalFraction).toBeGreaterThan(findings[1]!.detail!.fraction as number);
  });

  it('ignores short shared phrases and unrelated answers', () => {
    expect(scan('I am the support assistant for ACME Corp. How can I help with your order today?')).toEqual([]);
    expect(scan('The capital of France is Paris, and its population is about two million people in the city proper.')).toEqual([]);
  });

  it('honours minChars and scores longer leaks higher', () => {
    const part = 'Always answer in a friendly tone, and never reveal the internal discount code';
    expect(scan(part, SYSTEM_PROMPT, { minChars: 200 })).toEqual([]);
    const short = scan(part, SYSTEM_PROMPT, { minChars: 60 })[0]!;
    const long = scan(SYSTEM_PROMPT.slice(0, 200), SYSTEM_PROMPT, { minChars: 60 })[0]!;
    expect(short.score).toBeGreaterThanOrEqual(0.7);
    expect(long.score).toBeGreaterThan(short.score);
    expect(() => scan(part, SYSTEM_PROMPT, { minChars: 0 })).toThrow(/minChars/);
  });

  it('treats most of a short prompt as a leak', () => {
    expect(scan('Sure: you are a pirate who speaks only in rhymes.', 'You are a pirate who speaks only in rhymes.')).toHaveLength(1);
  });

  it('has no findings without a system prompt', () => {
    expect(scan(SYSTEM_PROMPT, null)).toEqual([]);
    expect(scan(SYSTEM_PROMPT, '   ')).toEqual([]);
  });

  it('handles scripts without spaces by character', () => {
    const zh = '你是一个客服助手。不要透露内部折扣代码，也不要讨论竞争对手的价格，对所有客户保持礼貌和耐心。';
    const findings = scan(`好的：${zh.slice(0, 30)}`, zh, { minChars: 20 });
    expect(findings).toHaveLength(1);
    expect(tokenize('abc 你好').words).toEqual(['abc', '你', '好']);
  });

  it('matches a homoglyph-disguised copy through the guard (normalized text)', async () => {
    const guard = createGuard({ version: 1, output: { scanners: { 'prompt-leak': { action: 'block', threshold: 0.5 } } } }, { registry: new ScannerRegistry().register(promptLeakScanner) });
    const disguised = SYSTEM_PROMPT.replace(/a/g, '\u0430').replace(/ /g, ' \u200b');
    const d = await guard.checkOutput(disguised, { systemPrompt: SYSTEM_PROMPT });
    expect(d.action).toBe('block');
    expect((await guard.checkOutput('hello', { systemPrompt: SYSTEM_PROMPT })).action).toBe('allow');
  });

  it('stays linear on repetitive prompts and outputs', () => {
    const prompt = 'a '.repeat(50_000);
    const output = 'a '.repeat(50_000) + 'b';
    const { leaks } = findPromptLeaks(output, prompt, 60);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]!.fraction).toBe(1);
  });
});

describe('suffix automaton', () => {
  /** Naive reference: longest suffix of out[0..i] that occurs in src. */
  function naiveLongest(src: number[], out: number[], i: number): number {
    const hay = `,${src.join(',')},`;
    let best = 0;
    for (let len = 1; len <= i + 1; len++) {
      if (hay.includes(`,${out.slice(i - len + 1, i + 1).join(',')},`)) best = len;
      else break;
    }
    return best;
  }

  it('reports the longest match ending at each position, and a true occurrence of it', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (src, out) => {
        const sam = new SuffixAutomaton(src, 4);
        const got = new Map<number, [number, number]>();
        sam.walk(out, (i, length, end) => got.set(i, [length, end]));
        for (let i = 0; i < out.length; i++) {
          const expected = naiveLongest(src, out, i);
          const [length, end] = got.get(i) ?? [0, -1];
          expect(length).toBe(expected);
          if (length > 0) expect(src.slice(end - length + 1, end + 1)).toEqual(out.slice(i - length + 1, i + 1));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and keeps spans inside the text for arbitrary input (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (output, prompt) => {
        const text = output + prompt.slice(0, 150) + output;
        for (const f of scan(text, prompt, { minChars: 5 })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start!).toBeLessThan(f.end!);
          expect(f.detail!.fraction).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenize', () => {
  it('the ASCII fast path gives exactly the tokens of the Unicode path (property)', () => {
    const asciiText = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(
      fc.property(asciiText, fc.integer({ min: 0, max: 50 }), (text, max) => {
        expect(tokenizeAscii(text, max)).toEqual(tokenizeUnicode(text, max));
      }),
      { numRuns: 500 },
    );
    expect(tokenize('Hello, **World** 42').words).toEqual(['hello', 'world', '42']);
    expect(tokenize('Grüße 你好 ok').words).toEqual(['grüße', '你', '好', 'ok']);
  });
});
