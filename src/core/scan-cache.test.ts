import { describe, expect, it } from 'vitest';
import { createGuard } from './guard.js';
import { createScanCache } from './scan-cache.js';
import type { PolicyInput } from './policy/schema.js';
import { ScannerRegistry } from './registry.js';
import type { RawFinding, Scanner } from './types.js';

const HISTORY = 'Earlier in this conversation the user asked about the billing migration and the release plan.';
const SYSTEM = 'You are the support assistant of Example Corp. Answer politely and never reveal internal notes.';

/** Reports "card" wherever it occurs and counts the texts it was asked to scan. */
function countingScanner(deterministic: Scanner['deterministic']): Scanner & { calls: string[] } {
  const calls: string[] = [];
  return {
    id: 'counting',
    directions: ['input', 'output'],
    input: 'original',
    deterministic,
    calls,
    scan(text) {
      calls.push(text);
      const out: RawFinding[] = [];
      for (let i = text.indexOf('card'); i >= 0; i = text.indexOf('card', i + 1)) out.push({ kind: 'CARD', score: 0.9, start: i, end: i + 4, detail: { n: 1, rules: ['r1'] } });
      return out;
    },
  };
}

function guardWith(scanner: Scanner, scanCache?: false) {
  const registry = new ScannerRegistry();
  registry.register(scanner);
  const policy: PolicyInput = { version: 1, input: { scanners: { counting: { action: 'redact' } } }, output: { scanners: { counting: { action: 'flag' } } } };
  return createGuard(policy, { registry, ...(scanCache === false ? { scanCache } : {}) });
}

describe('scan cache', () => {
  it('scans a repeated conversation only for its new message, with the same decision', async () => {
    const scanner = countingScanner(true);
    const guard = guardWith(scanner);
    const turn1 = [{ role: 'system', content: SYSTEM }, { role: 'user', content: `${HISTORY} My card is on file.` }];
    const first = await guard.checkInput(turn1);
    const turn2 = [...turn1, { role: 'assistant', content: 'Noted.' }, { role: 'user', content: 'Please charge the card for the annual plan now.' }];
    const second = await guard.checkInput(turn2);
    // (The system prompt is never judged on input.) The first user message came from the cache; the
    // short answer is under the size worth caching, and the new message is new.
    expect(scanner.calls).toEqual([`${HISTORY} My card is on file.`, 'Noted.', 'Please charge the card for the annual plan now.']);
    expect(second.findings.filter((f) => f.message === 1)).toEqual(first.findings.filter((f) => f.message === 1));
    expect(second.findings.map((f) => [f.message, f.kind, f.action])).toEqual([[1, 'CARD', 'redact'], [3, 'CARD', 'redact']]);
    expect((second.redactedMessages![1]!.content as string)).toContain('[CARD]');
  });

  it('never reuses the findings of a scanner that is not deterministic, nor answers, nor across keys', async () => {
    const volatile = countingScanner(undefined);
    const g1 = guardWith(volatile);
    await g1.checkInput(`${HISTORY} card`);
    await g1.checkInput(`${HISTORY} card`);
    expect(volatile.calls).toHaveLength(2);

    const pure = countingScanner(true);
    const g2 = guardWith(pure);
    await g2.checkOutput(`${HISTORY} card`);
    await g2.checkOutput(`${HISTORY} card`);
    expect(pure.calls).toHaveLength(2);
    await g2.checkInput(`${HISTORY} card`, { metadata: { keyId: 'a' } });
    await g2.checkInput(`${HISTORY} card`, { metadata: { keyId: 'b' } });
    await g2.checkInput(`${HISTORY} card`, { metadata: { keyId: 'a' } });
    expect(pure.calls).toHaveLength(4);
    // Options given for one call bypass the cache.
    await g2.checkInput(`${HISTORY} card`, { metadata: { keyId: 'a' }, scannerOptions: { counting: { x: 1 } } });
    expect(pure.calls).toHaveLength(5);
  });

  it('can be turned off, and decides per options when the scanner says so', async () => {
    const off = countingScanner(true);
    const g = guardWith(off, false);
    await g.checkInput(`${HISTORY} card`);
    await g.checkInput(`${HISTORY} card`);
    expect(off.calls).toHaveLength(2);

    const perOptions = countingScanner((o) => o.judge !== 'llm');
    const g2 = guardWith(perOptions);
    await g2.checkInput(`${HISTORY} card`);
    await g2.checkInput(`${HISTORY} card`);
    expect(perOptions.calls).toHaveLength(1);
  });

  it('keeps cached findings out of reach of a consumer that mutates a decision', async () => {
    const scanner = countingScanner(true);
    const guard = guardWith(scanner);
    const first = await guard.checkInput(`${HISTORY} card`);
    first.findings[0]!.score = 0;
    expect(() => ((first.findings[0]!.detail as Record<string, unknown>).n = 2)).toThrow(TypeError);
    expect(() => (first.findings[0]!.detail!.rules as string[]).push('POISON')).toThrow(TypeError);
    const again = await guard.checkInput(`${HISTORY} card`);
    expect(again.findings[0]).toMatchObject({ score: 0.9, detail: { n: 1, rules: ['r1'] }, action: 'redact' });
  });
});

describe('createScanCache bounds', () => {
  const finding = (i: number): RawFinding => ({ kind: 'K', score: 0.9, start: i, end: i + 1 });

  it('holds at most maxFindings findings and skips a scan with more than maxFindingsPerScan', () => {
    const cache = createScanCache({ maxFindings: 10, maxFindingsPerScan: 4 });
    cache.set(cache.key('', 'a'), 's', [finding(0), finding(1), finding(2), finding(3), finding(4)]);
    expect(cache.get(cache.key('', 'a'))).toBeUndefined();
    for (const t of ['b', 'c', 'd']) cache.set(cache.key('', t), 's', [finding(0), finding(1), finding(2), finding(3)]);
    // 12 findings would exceed 10: the oldest text went.
    expect(cache.stats.findingsHeld).toBe(8);
    expect(cache.get(cache.key('', 'b'))).toBeUndefined();
    expect(cache.get(cache.key('', 'd'))?.get('s')).toHaveLength(4);
    // Storing the same scan twice (two requests that both missed) counts it once.
    cache.set(cache.key('', 'd'), 's', [finding(0)]);
    expect(cache.stats.findingsHeld).toBe(5);
  });

  it('keeps scope and text apart in its keys, and refuses nonsense sizes', () => {
    const cache = createScanCache();
    expect(cache.key('a\u0000b', 'c')).not.toBe(cache.key('a', 'b\u0000c'));
    expect(() => createScanCache({ maxEntries: Number.NaN })).toThrow(RangeError);
    expect(() => createScanCache({ maxFindings: -1 })).toThrow(RangeError);
  });
});

describe('built-in scanners', () => {
  it('the default input scanners are deterministic; the injection guardian layer is not', async () => {
    const { createDefaultRegistry } = await import('../scanners/index.js');
    const r = createDefaultRegistry();
    for (const id of ['unicode', 'injection', 'secrets', 'pii']) {
      const d = r.get(id)!.deterministic;
      expect(typeof d === 'function' ? d({}) : d, id).toBe(true);
    }
    const injection = r.get('injection')!.deterministic as (o: Record<string, unknown>) => boolean;
    expect(injection({ layers: { guardian: true } })).toBe(false);
    expect(injection({ layers: { onnx: true } })).toBe(true);
    expect(r.get('prompt-leak')!.deterministic).toBeFalsy();
    expect(r.get('canary')!.deterministic).toBeFalsy();
  });
});
