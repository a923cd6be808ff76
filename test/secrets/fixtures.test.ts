import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/scanners/secrets/detect.js';
import { SECRET_RULES } from '../../src/scanners/secrets/rules.js';
import { hardNegativeCases, positiveCases } from './fixtures.js';

// The issue's bar on held-back data: recall ≥ 0.95 with at most 1% of negative records flagged.
// Findings below the eval CLI's default threshold do not count, as in `rampart eval pii`.
const THRESHOLD = 0.5;
const found = (text: string) => detectSecrets(text).filter((m) => m.score >= THRESHOLD);

// Two draws of every generated value: a filter tuned to one draw's accidents fails on the other.
describe.each(['', 'second-draw'])('secrets fixtures (seed %j)', (seed) => {
  const positives = positiveCases(seed ? `${seed}-positives` : undefined);
  const negatives = hardNegativeCases(seed ? `${seed}-negatives` : undefined);

  it('finds at least 95% of realistic credentials in 30+ formats', () => {
    expect(new Set(positives.map((c) => c.format)).size).toBeGreaterThanOrEqual(30);
    const missed = positives.filter((c) => {
      const start = c.text.indexOf(c.secret);
      expect(start, `fixture ${c.format} contains its secret`).toBeGreaterThanOrEqual(0);
      const end = start + c.secret.length;
      return !found(c.text).some((m) => m.start < end && start < m.end);
    });
    expect(1 - missed.length / positives.length, `missed: ${missed.map((c) => c.format).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 1% of hard negatives', () => {
    const flagged = negatives.filter((c) => found(c.text).length > 0);
    const detail = flagged.map((c) => `${c.why}: ${found(c.text).map((m) => `${m.kind}=${c.text.slice(m.start, m.end)}`).join(', ')}`);
    expect(flagged.length / negatives.length, detail.join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('keeps recall at 95% when the same texts sit in JSON, JSON in JSON, CSV cells and prose', () => {
    const containers: Record<string, { wrap: (t: string) => string; encode: (s: string) => string }> = {
      json: { wrap: (t) => JSON.stringify({ level: 'info', msg: t }), encode: (x) => JSON.stringify(x).slice(1, -1) },
      jsonInJson: {
        wrap: (t) => JSON.stringify({ log: JSON.stringify({ msg: t }) }),
        encode: (x) => JSON.stringify(JSON.stringify(x).slice(1, -1)).slice(1, -1),
      },
      csv: { wrap: (t) => `7,ops,"${t.replace(/"/g, '""')}",ok`, encode: (x) => x.replace(/"/g, '""') },
      prose: { wrap: (t) => `Hi team, I pasted this from my terminal: ${t} -- can someone check? Thanks!`, encode: (x) => x },
    };
    for (const [name, { wrap, encode }] of Object.entries(containers)) {
      const missed = positives.filter((c) => {
        const text = wrap(c.text);
        const start = text.indexOf(encode(c.secret));
        expect(start, `${name}: ${c.format} contains its secret`).toBeGreaterThanOrEqual(0);
        const end = start + encode(c.secret).length;
        return !found(text).some((m) => m.start < end && start < m.end);
      });
      expect(1 - missed.length / positives.length, `${name} missed: ${missed.map((c) => c.format).join(', ')}`).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('flags at most 1% of records that mix four hard negatives (lines, JSON fields, CSV cells)', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) % negatives.length;
    const flagged: string[] = [];
    const records = 600;
    for (let i = 0; i < records; i++) {
      const parts = [next(), next(), next(), next()].map((j) => negatives[j]!.text);
      const text =
        i % 3 === 0 ? parts.join('\n') : i % 3 === 1 ? JSON.stringify(Object.fromEntries(parts.map((p, j) => [`field${j}`, p]))) : parts.map((p) => `"${p.replace(/"/g, '""')}"`).join(',');
      const hits = found(text);
      if (hits.length > 0) flagged.push(hits.map((m) => `${m.kind}=${text.slice(m.start, m.end)}`).join(', '));
    }
    expect(flagged.length / records, flagged.slice(0, 5).join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('hard negatives are hard: a third or more contain text a rule pattern matches before the value filters', () => {
    // Without this, an empty or trivially clean fixture would pass the test above.
    const matchedRaw = negatives.filter((c) =>
      SECRET_RULES.some((r) => {
        r.pattern.lastIndex = 0;
        return r.pattern.test(c.text);
      }),
    );
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    expect(matchedRaw.length / negatives.length).toBeGreaterThanOrEqual(1 / 3);
  });
});
