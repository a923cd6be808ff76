import { describe, expect, it } from 'vitest';
import { IntTable } from '../../src/scanners/injection/classifier/int-table.js';
import { Prng } from '../../scripts/injection-data/prng.js';

describe('IntTable (concept lookups of the feature hot loop)', () => {
  it('agrees with a Map on unsigned 32-bit keys, including keys above 2^31 and colliding slots', () => {
    const rng = new Prng(11);
    const table = new IntTable(500);
    const reference = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const key = rng.int(2 ** 16) * 65536 + rng.int(65536); // the CJK pair keys reach 2^32 - 1
      const value = rng.int(13);
      table.set(key, value);
      reference.set(key, value);
    }
    for (const [key, value] of reference) expect(table.get(key)).toBe(value);
    let absent = 0;
    for (let i = 0; i < 2000; i++) {
      const key = rng.int(2 ** 16) * 65536 + rng.int(65536);
      if (reference.has(key)) continue;
      absent++;
      expect(table.get(key)).toBe(-1);
      expect(table.has(key)).toBe(false);
    }
    expect(absent).toBeGreaterThan(1000);
  });

  it('replaces a value, and refuses negative values and overfilling', () => {
    const table = new IntTable(2);
    table.set(0xffffffff, 3);
    table.set(0xffffffff, 5);
    expect(table.get(0xffffffff)).toBe(5);
    expect(table.get(-1)).toBe(5); // the same 32 bits
    expect(() => table.set(7, -1)).toThrow(/non-negative/);
    const small = new IntTable(1);
    expect(() => {
      for (let k = 0; k < 64; k++) small.set(k, 1);
    }).toThrow(/full/);
  });
});
