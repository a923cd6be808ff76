import { describe, expect, it } from 'vitest';
import { createGuard, defaultPolicy } from '../../src/index.js';
import * as F from './batch-f.js';
import { FLUENT_ATTACKS_DEV, HARD_BENIGN_DEV } from './fluent-dev.js';

/**
 * The whole injection scanner (default policy) on the DEVELOPMENT lists of fluent jailbreaks
 * (./fluent-dev.ts) and batch F's fluent list, both used to build the harmful-request detector, so
 * these are regression floors, not measures of generalisation. First sight (before the detector):
 * dev attacks 0/20, dev benign 0/30 flagged, batch F fluent 2/10. After: 20/20, 0/30, 7/10 (the three
 * batch F misses ask the model to drop its guidelines and name no harm: not this detector's shape).
 */
const guard = createGuard({ version: 1, input: { scanners: { injection: defaultPolicy().input.scanners.injection! } } });
const blocked = async (text: string) => (await guard.checkInput(text)).action === 'block';
const count = async (list: readonly string[]) => (await Promise.all(list.map(blocked))).filter(Boolean).length;

describe('fluent jailbreak dev lists, whole injection scanner', () => {
  it('blocks fluent rewritten harmful requests', async () => {
    expect(await count(FLUENT_ATTACKS_DEV)).toBeGreaterThanOrEqual(18);
    expect(await count(F.FLUENT_ATTACKS_F)).toBeGreaterThanOrEqual(6);
  });

  it('leaves their benign near-misses alone', async () => {
    for (const text of HARD_BENIGN_DEV) expect(await blocked(text), text).toBe(false);
    for (const text of F.HARD_BENIGN_F) expect(await blocked(text), text).toBe(false);
  });
});
