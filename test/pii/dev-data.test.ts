import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateFiles } from '../../src/cli/eval-pii.js';
import { codePointOffsetsToUtf16 } from '../../src/scanners/pii/evaluate.js';
import { detectPii } from '../../src/scanners/pii/index.js';

const DIR = '../shared/data/pii';
const present = existsSync(`${DIR}/presidio_research_synth_v2.jsonl`);
if (!present) console.warn(`skipping PII dev-data checks: ${DIR} is absent`);

// CI always has ../shared beside the clone: there a missing data set is a failure, not a skip.
if (!present && process.env.CI === 'true') {
  describe('pii development data in CI', () => {
    it('is present', () => {
      throw new Error(`PII development data missing at ${DIR}: CI must run these checks`);
    });
  });
}

describe.skipIf(!present)('pii + secrets on the development data', () => {
  it('structured types on the synthetic set keep precision and recall at 0.95', async () => {
    const r = await evaluateFiles([`${DIR}/presidio_research_synth_v2.jsonl`], 0.5, false);
    for (const t of ['EMAIL', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS']) {
      expect(r.types[t]!.precision, `${t} precision`).toBeGreaterThanOrEqual(0.95);
      expect(r.types[t]!.recall, `${t} recall`).toBeGreaterThanOrEqual(0.95);
    }
    expect(r.types.PHONE!.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.types.PHONE!.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('names, places and addresses: the heuristic layer holds its development figures', async () => {
    const r = await evaluateFiles([`${DIR}/presidio_research_synth_v2.jsonl`], 0.5, true);
    expect(r.types.ADDRESS!.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.types.ADDRESS!.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.types.PERSON!.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.types.PERSON!.recall).toBeGreaterThanOrEqual(0.8);
    expect(r.types.LOCATION!.precision).toBeGreaterThanOrEqual(0.85);
    // 0.645 until the town and country lines of quoted blocks ("> Börßum\n> Germany 74285") became part of
    // their ADDRESS (the town was not redacted at all before): this set labels those lines LOCATION, the
    // helpers' batches label such blocks ADDRESS whole, and by default a block is one ADDRESS.
    expect(r.types.LOCATION!.recall).toBeGreaterThanOrEqual(0.55);
    // The structured types must not lose precision to the entity layer.
    expect(r.types.CREDIT_CARD!.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('places in addresses (option): apart from those inside a block labelled ADDRESS whole, LOCATION precision stays 0.85', () => {
    let predicted = 0;
    let right = 0;
    let inWholeAddress = 0;
    for (const line of readFileSync(`${DIR}/presidio_research_synth_v2.jsonl`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { text: string; spans: Array<{ start: number; end: number; type: string }> };
      const u = codePointOffsetsToUtf16(record.text);
      const gold = record.spans.map((g) => ({ type: g.type, start: u(g.start), end: u(g.end) }));
      for (const m of detectPii(record.text, { placesInAddresses: true })) {
        if (m.type !== 'LOCATION' || m.score < 0.5) continue;
        const hits = (type: string) => gold.some((g) => g.type === type && g.start < m.end && m.start < g.end);
        if (hits('LOCATION')) right++;
        else if (m.format === 'ADDRESS_PLACE' && hits('ADDRESS')) {
          inWholeAddress++;
          continue;
        }
        predicted++;
      }
    }
    expect(right / predicted).toBeGreaterThanOrEqual(0.85);
    // The convention question in figures: places in whole-ADDRESS blocks, not hidden by the check above.
    expect(inWholeAddress).toBeLessThan(250);
  });

  it('secrets: gitleaks true examples found, false examples mostly not flagged', async () => {
    const r = await evaluateFiles([`${DIR}/gitleaks_rule_examples.jsonl`], 0.5, false);
    expect(r.types.SECRET!.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.types.SECRET!.precision).toBeGreaterThanOrEqual(0.85);
  });
});
