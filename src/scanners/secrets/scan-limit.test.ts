import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATES_PER_WINDOW, MAX_KEYWORD_HITS_PER_WINDOW, SCAN_LIMIT_KIND, detectSecrets, resolve, type SecretMatch } from './detect.js';

describe('a window with more candidates than the budget fails closed', () => {
  it('reports a body of one repeated assignment as one unscanned finding over the whole text', () => {
    // Each "password: str = password: …" is a candidate; far more of them than the budget.
    const text = 'password: str = '.repeat(MAX_CANDIDATES_PER_WINDOW * 3);
    expect(detectSecrets(text)).toEqual([{ kind: SCAN_LIMIT_KIND, start: 0, end: text.length, score: 1 }]);
  });

  it('reports a body of one repeated keyword the same way', () => {
    const text = 'secret='.repeat(MAX_KEYWORD_HITS_PER_WINDOW + 10);
    expect(detectSecrets(text)).toEqual([{ kind: SCAN_LIMIT_KIND, start: 0, end: text.length, score: 1 }]);
  });

  it('leaves an ordinary file with many secrets to the rules', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `SERVICE_${i}_PASSWORD=Tr0ub4dor&${(i * 7919).toString(36)}x!`);
    const found = detectSecrets(lines.join('\n'));
    expect(found.some((f) => f.kind === SCAN_LIMIT_KIND)).toBe(false);
    expect(found.length).toBeGreaterThanOrEqual(290);
  });
});

describe('resolve', () => {
  /** The definition: by score, then length, then start, keep each span that overlaps no kept one. */
  function naive(found: SecretMatch[]): SecretMatch[] {
    const order = [...found].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: SecretMatch[] = [];
    for (const f of order) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  }

  it('keeps what the quadratic definition keeps, on random overlapping spans', () => {
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (let trial = 0; trial < 300; trial++) {
      const spans: SecretMatch[] = Array.from({ length: 1 + rand(40) }, () => {
        const start = rand(200);
        return { kind: 'K', start, end: start + 1 + rand(30), score: rand(4) / 4 };
      });
      expect(resolve(spans.map((x) => ({ ...x })))).toEqual(naive(spans));
    }
  });
});

// A review found these took seconds to minutes: overlapping quantifiers in the SQL INSERT rule (47 s
// for a 96-character line), a look-behind tried at every position of a window (24 s a megabyte). They
// must finish within the test's time limit; no timing is asserted.
describe('inputs built to make a rule slow', () => {
  it('a SQL INSERT of blank values, and a service-account marker in a megabyte of text', () => {
    for (const n of [4, 8, 32]) {
      const blank = ' '.repeat(n);
      expect(detectSecrets(`INSERT INTO t (a,b,c,d,e,f,g,password) VALUES (${Array(7).fill(blank).join(',')}, x)`)).toEqual([]);
    }
    const filler = 'lorem ipsum dolor sit amet '.repeat(40_000);
    expect(detectSecrets(`{"type": "service_account"}${filler}`)).toEqual([]);
  });
});
