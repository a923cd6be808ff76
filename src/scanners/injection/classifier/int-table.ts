/**
 * A fixed-capacity map from 32-bit integer keys to small non-negative integers, in typed arrays with
 * open addressing. The feature hot loop looks up every word's hash here; a `Map<number, number>` keyed
 * by unsigned 32-bit hashes stores most keys as heap numbers and costs several times more per lookup.
 */
export class IntTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  private count = 0;

  /** Room for `capacity` keys at a load factor of at most one half. */
  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** The value stored for `key` (any integer in [-2^31, 2^32)), or -1. */
  get(key: number): number {
    const k = key | 0;
    for (let slot = Math.imul(k, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const v = this.values[slot]!;
      if (v < 0 || this.keys[slot] === k) return v;
    }
  }

  /** Stores `value` (≥ 0) for `key`, replacing an earlier value. */
  set(key: number, value: number): void {
    if (!(value >= 0)) throw new Error('IntTable values must be non-negative');
    const k = key | 0;
    for (let slot = Math.imul(k, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      if (this.values[slot]! < 0) {
        if (this.count * 2 >= this.keys.length) throw new Error('IntTable is full');
        this.keys[slot] = k;
        this.values[slot] = value;
        this.count++;
        return;
      }
      if (this.keys[slot] === k) {
        this.values[slot] = value;
        return;
      }
    }
  }

  has(key: number): boolean {
    return this.get(key) >= 0;
  }
}
