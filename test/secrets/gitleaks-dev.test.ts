import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSecrets } from '../../src/scanners/secrets/detect.js';

// gitleaks' own true and false rule examples (see ../shared/data/pii/MANIFEST.md), scored per record:
// a true record counts as found when a finding overlaps its span; a false one must have no finding.
const FILE = '../shared/data/pii/gitleaks_rule_examples.jsonl';
const present = existsSync(FILE);
if (!present) console.warn(`skipping gitleaks secrets checks: ${FILE} is absent`);
if (!present && process.env.CI === 'true') {
  describe('gitleaks development data in CI', () => {
    it('is present', () => {
      throw new Error(`secrets development data missing at ${FILE}: CI must run these checks`);
    });
  });
}

interface Rec {
  text: string;
  spans: { start: number; end: number }[];
}

describe.skipIf(!present)('secrets on gitleaks rule examples', () => {
  it('flags at most 1.5% of the false examples and finds at least 97.5% of the true ones', () => {
    const recs = readFileSync(FILE, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Rec);
    const toUtf16 = (text: string, cp: number) => [...text].slice(0, cp).join('').length; // spans are code points
    let negatives = 0;
    let flagged = 0;
    let positives = 0;
    let found = 0;
    for (const r of recs) {
      const hits = detectSecrets(r.text).filter((m) => m.score >= 0.5);
      if (r.spans.length === 0) {
        negatives++;
        if (hits.length > 0) flagged++;
        continue;
      }
      positives++;
      const covered = r.spans.every((s) => {
        const start = toUtf16(r.text, s.start);
        const end = toUtf16(r.text, s.end);
        return hits.some((m) => m.start < end && start < m.end);
      });
      if (covered) found++;
    }
    expect(negatives).toBeGreaterThan(250);
    expect(flagged / negatives).toBeLessThanOrEqual(0.015);
    expect(found / positives).toBeGreaterThanOrEqual(0.975);
  });
});
