import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/core/guard.js';
import { defaultPolicy } from '../../src/core/policy/load.js';
import { createDefaultRegistry } from '../../src/scanners/index.js';
import { REVIEW_PROBES } from './review-probes.js';
import { REVIEW2_ATTACKS, REVIEW2_BENIGN } from './review-probes-2.js';

const guard = createGuard(
  { version: 1, input: { scanners: { injection: { ...(defaultPolicy().input.scanners.injection ?? {}), enabled: true } } } },
  { registry: createDefaultRegistry() },
);

async function blocked(text: string): Promise<boolean> {
  const d = await guard.check('input', text);
  return d.findings.some((f) => f.scanner === 'injection' && f.action !== 'allow');
}

describe('review probes: benign texts aimed at the rules, and the attacks they should still catch', () => {
  // Measured: 12 of 246 benign blocked (4.9%); 9 of 14 attacks caught. The bars keep that from
  // sliding back towards the 135 blocked before the rules were narrowed.
  it('blocks at most 5% of the benign probes', async () => {
    const benign = REVIEW_PROBES.filter((p) => p.kind === 'benign');
    const flagged: string[] = [];
    for (const p of benign) if (await blocked(p.text)) flagged.push(p.id);
    expect(flagged.length / benign.length, flagged.join(' ')).toBeLessThanOrEqual(0.05);
  });

  it('still catches most of the attack probes', async () => {
    const attacks = REVIEW_PROBES.filter((p) => p.kind === 'miss');
    let caught = 0;
    for (const p of attacks) if (await blocked(p.text)) caught++;
    expect(caught / attacks.length).toBeGreaterThanOrEqual(0.6);
  });

  // The second review (the last round of harm entries): 2 of 164 benign blocked, both blocked before
  // that round too; 8 of 15 attacks caught.
  it('blocks at most 2% of the second review\'s benign probes and catches half its attacks', async () => {
    const flagged: string[] = [];
    for (const [, text] of REVIEW2_BENIGN) if (await blocked(text)) flagged.push(text.slice(0, 60));
    expect(flagged.length / REVIEW2_BENIGN.length, flagged.join(' | ')).toBeLessThanOrEqual(0.02);
    let caught = 0;
    for (const [, text] of REVIEW2_ATTACKS) if (await blocked(text)) caught++;
    expect(caught / REVIEW2_ATTACKS.length).toBeGreaterThanOrEqual(0.5);
  });
});
