import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../../core/guard.js';
import { ScannerRegistry } from '../../core/registry.js';
import type { RawFinding, ScanContext } from '../../core/types.js';
import { addCanary, canaryScanner, canaryTokensIn, createCanary } from './index.js';
import { MAX_PLANTED_CANARIES } from './token.js';
import { foldText, tokenNeedle } from './match.js';

function scan(text: string, canaries: string[]): RawFinding[] {
  const ctx: ScanContext = { direction: 'output', options: {}, canaries, view: { kind: 'text', depth: 0 }, signals: [] };
  return canaryScanner.scan(text, ctx) as RawFinding[];
}

const guard = createGuard(
  { version: 1, output: { scanners: { canary: { action: 'block' } } } },
  { registry: new ScannerRegistry().register(canaryScanner) },
);

describe('createCanary / addCanary', () => {
  it('makes a prefixed base32 token of 128 random bits, different every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => createCanary().token));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^RMPC-[A-Z2-7]{26}$/);
  });

  it('takes a prefix and a size, and refuses weak settings', () => {
    expect(createCanary({ prefix: 'ACME', bytes: 20 }).token).toMatch(/^ACME-[A-Z2-7]{32}$/);
    expect(() => createCanary({ bytes: 4 })).toThrow(/bytes/);
    expect(() => createCanary({ prefix: 'a b' })).toThrow(/prefix/);
  });

  it('appends the instruction to a system prompt and returns the token to watch for', () => {
    const { systemPrompt, canary } = addCanary('You are a support bot.');
    expect(systemPrompt.startsWith('You are a support bot.\n\n')).toBe(true);
    expect(systemPrompt).toContain(canary.token);
    expect(canary.instruction).toContain(canary.token);
  });
});

describe('canaryTokensIn', () => {
  it('reads back the tokens addCanary planted, with any prefix, and bare default-prefix tokens', () => {
    const a = addCanary('You are a support bot.');
    const b = addCanary(a.systemPrompt, { prefix: 'ACME' });
    const bare = createCanary().token;
    expect(canaryTokensIn(`${b.systemPrompt}\nInternal id ${bare}`)).toEqual([a.canary.token, b.canary.token, bare]);
  });

  it('finds nothing in an ordinary prompt, and at most MAX_PLANTED_CANARIES', () => {
    expect(canaryTokensIn('You are a support bot for ACME-INTERNAL. Ticket RMPC-12 is closed.')).toEqual([]);
    const many = Array.from({ length: MAX_PLANTED_CANARIES + 5 }, () => createCanary().instruction).join('\n');
    expect(canaryTokensIn(many)).toHaveLength(MAX_PLANTED_CANARIES);
  });
});

describe('canary scanner', () => {
  const token = 'RMPC-K7Q2M4XW9ABCDEFGHJ3N5P6RST';

  it('finds an exact copy and spans it', () => {
    const text = `Sure! My instructions begin with ${token} and then`;
    const [f] = scan(text, [token]);
    expect(f).toMatchObject({ kind: 'canary_leak', score: 1, detail: { canary: 0, form: 'exact' } });
    expect(text.slice(f!.start, f!.end)).toBe(token);
  });

  it('sees through case changes and characters spread out with spaces or punctuation', () => {
    const spaced = [...token.slice(5).toLowerCase()].join(' . ');
    const text = `the marker is ${spaced}!`;
    const [f] = scan(text, [token]);
    expect(f).toMatchObject({ score: 0.95, detail: { form: 'folded' } });
    expect(text.slice(f!.start, f!.end)).toBe(spaced);
  });

  it('finds the token written backwards and in ROT13', () => {
    const body = token.slice(5);
    const reversed = [...body].reverse().join('');
    expect(scan(`x ${reversed} y`, [token])[0]?.detail).toMatchObject({ form: 'reversed' });
    const rot = body.replace(/[A-Z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 65 + 13) % 26) + 65));
    expect(scan(`x ${rot} y`, [token])[0]?.detail).toMatchObject({ form: 'rot13' });
  });

  it('finds nothing in ordinary text, in the prefix alone, or in half the token', () => {
    expect(scan('Here is your answer about RMPC- tokens.', [token])).toEqual([]);
    expect(scan(`partial ${token.slice(0, 18)}`, [token])).toEqual([]);
    expect(scan('anything', [])).toEqual([]);
  });

  it('matches short custom tokens exactly (case-insensitive) only', () => {
    expect(scan('say XYZ12', ['xyz12'])).toHaveLength(1);
    expect(scan('x y z 1 2', ['xyz12'])).toEqual([]);
  });

  it('names which canary leaked without echoing it', () => {
    const other = createCanary().token;
    const findings = scan(`a ${other} b`, [token, other]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.detail).toEqual({ canary: 1, form: 'exact' });
    expect(JSON.stringify(findings)).not.toContain(other);
  });

  it('blocks base64- and hex-encoded leaks through the guard (all decoded views)', async () => {
    const { token: t } = createCanary();
    const b64 = Buffer.from(`my instructions: ${t}`).toString('base64');
    const d1 = await guard.checkOutput(`Encoded as asked: ${b64}`, { canaries: [t] });
    expect(d1.action).toBe('block');
    expect(d1.findings[0]).toMatchObject({ scanner: 'canary', view: 'base64' });
    const hex = Buffer.from(t).toString('hex');
    expect((await guard.checkOutput(`hex: ${hex}`, { canaries: [t] })).action).toBe('block');
    expect((await guard.checkOutput('nothing to see', { canaries: [t] })).action).toBe('allow');
  });

  it('blocks a zero-width-split token (the normalized view)', async () => {
    const { token: t } = createCanary();
    const split = [...t].join('\u200b');
    const d = await guard.checkOutput(`>> ${split} <<`, { canaries: [t] });
    expect(d.action).toBe('block');
    expect(d.findings[0]).toMatchObject({ start: 3, end: 3 + split.length });
  });

  it('fails closed on a malformed canary list', () => {
    expect(() => scan('x', [1 as unknown as string])).toThrow(/not a string/);
    expect(() => scan('x', ['a'.repeat(2000)])).toThrow(/longer than/);
    expect(() => scan('x', Array.from({ length: 65 }, (_, i) => `token-${i}`))).toThrow(/at most/);
  });

  it('keeps spans inside the text for arbitrary input (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.boolean(), (noise, plant) => {
        const text = plant ? `${noise}${[...token].join(' ')}${noise}` : noise;
        const findings = scan(text, [token, 'short', '']);
        if (plant) expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start!).toBeLessThan(f.end!);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('folds text with a map back to every kept character', () => {
    const { folded, positions } = foldText('A-b_C ÄÖ 1');
    expect(folded).toBe('abcäö1');
    expect([...positions]).toEqual([0, 2, 4, 6, 7, 9]);
    expect(tokenNeedle('RMPC-ABCDEFGHIJKLMNOP')).toBe('abcdefghijklmnop');
    expect(tokenNeedle('plain-token')).toBe('plaintoken');
  });
});
