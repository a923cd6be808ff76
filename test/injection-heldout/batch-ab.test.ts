import { describe, expect, it } from 'vitest';
import { createGuard, defaultPolicy } from '../../src/index.js';
import { readHalf } from '../../scripts/read-half.js';
import { BATCH_AB } from './batch-ab.js';

/**
 * Blind batch AB (session 19): 80 indirect injections and 80 honest documents, whole scanner,
 * built-in policy, each text checked as a user's input. At first sight 33 of the read half's 50
 * attacks were caught and 6 of 80 honest texts blocked. reader-directive.ts's goal form, written from
 * the read half's misses (a machine named anywhere in a line, and an attacker's goal), took the read
 * half to 46 (in-sample), the honest texts unchanged; narrowed after review 24 to three goals, 38.
 * Each floor leaves one text of room.
 */
const guard = createGuard({ version: 1, input: { scanners: { injection: defaultPolicy().input.scanners.injection! } } });
const blocked = async (text: string) => (await guard.checkInput(text)).action === 'block';

describe('blind batch AB: indirect injections and honest documents in twelve containers (session 19)', () => {
  it('has 80 attacks and 80 honest documents', () => {
    expect(BATCH_AB.filter((t) => t.label === 1)).toHaveLength(80);
    expect(BATCH_AB.filter((t) => t.label === 0)).toHaveLength(80);
  });

  it('catches at least 37 of the read half’s 50 attacks', async () => {
    const read = BATCH_AB.filter((t) => t.label === 1 && readHalf(`ab:${t.kind}`) === 'read');
    expect(read).toHaveLength(50);
    const hits = await Promise.all(read.map((t) => blocked(t.text)));
    expect(hits.filter(Boolean).length).toBeGreaterThanOrEqual(37);
  });

  it('blocks at most 7 of the 80 honest documents', async () => {
    const honest = BATCH_AB.filter((t) => t.label === 0);
    const hits = await Promise.all(honest.map((t) => blocked(t.text)));
    expect(hits.filter(Boolean).length).toBeLessThanOrEqual(7);
  });
});
