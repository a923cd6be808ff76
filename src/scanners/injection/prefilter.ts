/**
 * One pass over a lower-cased text that finds where trigger literals occur, so that a rule is
 * tried only at the places its distinctive word appears. Most benign text holds few triggers, so
 * most rules never run; the pass itself is a table lookup per character and a hashed table lookup per word. Its
 * notion of a word character (Latin, Greek, Cyrillic letters, digits, `_`) is the one the `B`/`E`
 * pattern fragments use.
 *
 * Trigger kinds, by their first character:
 * - a letter, digit or `_`: matched at the start of a word only (a prefix, e.g. `ignor`); a trigger
 *   shorter than three word characters must be the whole word (`do`, `ai`);
 * - a CJK or kana character: matched anywhere, keyed by its first two characters;
 * - anything else (`<|`, `[inst`, `#`): matched anywhere, keyed by its first two characters (one
 *   for a one-character trigger), so a common character such as `.` does not start a check by itself.
 *
 * The scan allocates one small list per trigger that occurs and nothing per trigger that does not:
 * the positions table is reused between calls (see `find`).
 */

/** log2 of the hashed tables' size for a large trigger set (the rule layer's thousands of literals). */
const DEFAULT_TABLE_BITS = 16;
const WORD = 1;
const CJK = 2;

/** Character class of every UTF-16 unit (0 = other; surrogates are other, CJK extension B+ is rare in attacks). */
const CLASS = buildClassTable();

function buildClassTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) t[c] = WORD;
    else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) t[c] = WORD;
    else if (c >= 0x370 && c <= 0x52f) t[c] = WORD; // Greek, Cyrillic
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) t[c] = CJK;
  }
  return t;
}

interface Trigger {
  text: string;
  /** Word triggers shorter than three word characters must end where the word ends. */
  wholeWord: boolean;
}

/**
 * Where each trigger occurs: positions[i] lists the start offsets of trigger i, ascending (absent: none).
 * Valid until the next `find` on the same index, which reuses the table.
 */
export interface TriggerHits {
  positions: (number[] | undefined)[];
  /** Ids of the triggers that occur at least once, in order of first occurrence. */
  fired: number[];
}

export class TriggerIndex {
  private readonly triggers: Trigger[] = [];
  private readonly ids = new Map<string, number>();
  /**
   * Hashed word key → bucket of trigger ids (-1: none). Integer tables: no allocation per word. The
   * word table is read at every word of every text, so its size matters beyond its own index: a
   * small gate's 256 KB table pushed other layers' data out of the cache (a third index cost the
   * whole scanner 11% in paired runs). Small trigger sets ask for small tables (`tableBits`).
   */
  private readonly wordTable: Int32Array;
  private readonly cjkTable: Int32Array;
  /** One-character symbol triggers, keyed by the character; allocated with the first one. */
  private symbolTable: Int32Array | undefined;
  /** Longer symbol triggers, keyed by their first two characters. */
  private readonly symbolPairTable: Int32Array;
  /** 32 minus the tables' log2 size: the shift that turns a 32-bit hash into a table key. */
  private readonly keyShift: number;
  private readonly buckets: number[][] = [];
  /**
   * The last text searched and its hits: the detectors that share an index ask for the same text one
   * after another (see SHARED_TRIGGERS), and the second asks for free. Cleared when a trigger is added.
   */
  private lastText: string | undefined = undefined;
  private lastHits: TriggerHits | undefined = undefined;
  /** Reused by `find`: entries of the triggers that fired last time are cleared at the next call. */
  private positionsScratch: (number[] | undefined)[] = [];
  private firedScratch: number[] = [];
  /** Fast gate: first characters of CJK and symbol triggers. */
  private readonly anywhereStart = new Uint8Array(0x10000);

  /** `tableBits`: log2 of the hashed tables' size; about 8 slots a trigger keeps collisions rare. */
  constructor({ tableBits = DEFAULT_TABLE_BITS }: { tableBits?: number } = {}) {
    if (!Number.isInteger(tableBits) || tableBits < 4 || tableBits > 16) throw new Error(`tableBits must be an integer in [4, 16], got ${tableBits}`);
    const size = 1 << tableBits;
    this.wordTable = new Int32Array(size).fill(-1);
    this.cjkTable = new Int32Array(size).fill(-1);
    this.symbolPairTable = new Int32Array(size).fill(-1);
    this.keyShift = 32 - tableBits;
  }

  /** Registers a trigger (lower case) and returns its id; the same text gets the same id. */
  add(trigger: string): number {
    const text = trigger.toLowerCase();
    if (text.length === 0) throw new Error('empty trigger');
    const known = this.ids.get(text);
    if (known !== undefined) return known;
    this.lastText = undefined;
    const id = this.triggers.length;
    const first = text.charCodeAt(0);
    let wholeWord = false;
    if (CLASS[first] === WORD) {
      const key = wordKey(text, 0, text.length, this.keyShift);
      const prefix = wordPrefixLength(text);
      wholeWord = prefix < 3 && prefix === text.length;
      this.addToBucket(this.wordTable, key, id);
    } else if (CLASS[first] === CJK) {
      if (text.length < 2) throw new Error(`CJK trigger "${trigger}" needs at least two characters`);
      this.addToBucket(this.cjkTable, cjkKey(text, 0, this.keyShift), id);
      this.anywhereStart[first] = 1;
    } else {
      if (text.length === 1) this.addToBucket((this.symbolTable ??= new Int32Array(0x10000).fill(-1)), first, id);
      else this.addToBucket(this.symbolPairTable, pairKey(text, 0, this.keyShift), id);
      this.anywhereStart[first] = 1;
    }
    this.triggers.push({ text, wholeWord });
    this.ids.set(text, id);
    return id;
  }

  get size(): number {
    return this.triggers.length;
  }

  /**
   * Finds every trigger occurrence in `lower` (already lower-cased) in one pass. The result is valid
   * until the next call on this index (the positions table is reused, so a scan allocates almost nothing).
   */
  find(lower: string): TriggerHits {
    if (lower === this.lastText) return this.lastHits!;
    const positions = this.resetScratch();
    const fired = this.firedScratch;
    const { wordTable, cjkTable, symbolTable, symbolPairTable, anywhereStart, buckets, keyShift } = this;
    const n = lower.length;
    let previousWasWord = false;
    for (let i = 0; i < n; i++) {
      const c = lower.charCodeAt(i);
      const cls = CLASS[c]!;
      if (cls === WORD) {
        if (!previousWasWord) {
          const bucket = wordTable[wordKey(lower, i, n, keyShift)]!;
          if (bucket >= 0) this.check(buckets[bucket]!, lower, i, positions, fired);
        }
        previousWasWord = true;
        continue;
      }
      previousWasWord = false;
      if (anywhereStart[c] !== 1) continue;
      if (cls === CJK) {
        const bucket = cjkTable[cjkKey(lower, i, keyShift)]!;
        if (bucket >= 0) this.check(buckets[bucket]!, lower, i, positions, fired);
        continue;
      }
      const single = symbolTable === undefined ? -1 : symbolTable[c]!;
      if (single >= 0) this.check(buckets[single]!, lower, i, positions, fired);
      if (i + 1 < n) {
        const pair = symbolPairTable[pairKey(lower, i, keyShift)]!;
        if (pair >= 0) this.check(buckets[pair]!, lower, i, positions, fired);
      }
    }
    this.lastText = lower;
    return (this.lastHits = { positions, fired });
  }

  /** Clears what the previous `find` wrote; pre-sized so high ids never make it a slow dictionary-mode array. */
  private resetScratch(): (number[] | undefined)[] {
    let positions = this.positionsScratch;
    if (positions.length !== this.triggers.length) {
      positions = new Array<number[] | undefined>(this.triggers.length);
      this.positionsScratch = positions;
    } else {
      for (const id of this.firedScratch) positions[id] = undefined;
    }
    this.firedScratch = [];
    return positions;
  }

  private addToBucket(table: Int32Array, key: number, id: number): void {
    let bucket = table[key]!;
    if (bucket < 0) {
      bucket = this.buckets.length;
      this.buckets.push([]);
      table[key] = bucket;
    }
    this.buckets[bucket]!.push(id);
  }

  private check(candidates: number[], lower: string, at: number, positions: (number[] | undefined)[], fired: number[]): void {
    const room = lower.length - at;
    for (let k = 0; k < candidates.length; k++) {
      const id = candidates[k]!;
      const trigger = this.triggers[id]!;
      const text = trigger.text;
      if (text.length > room) continue;
      let j = 0;
      while (j < text.length && lower.charCodeAt(at + j) === text.charCodeAt(j)) j++;
      if (j !== text.length) continue;
      if (trigger.wholeWord && CLASS[lower.charCodeAt(at + text.length)] === WORD) continue;
      const list = positions[id];
      if (list === undefined) {
        positions[id] = [at];
        fired.push(id);
      } else list.push(at);
    }
  }
}

/**
 * Hash of the first (up to) three word characters at `at` (shorter words pad with 0); collisions are
 * resolved by comparing the trigger. Each character is multiplied by its own odd constant so that
 * common English prefixes do not share a slot with a trigger and start needless comparisons.
 */
function wordKey(s: string, at: number, n: number, shift: number): number {
  const c0 = s.charCodeAt(at);
  const c1 = at + 1 < n && CLASS[s.charCodeAt(at + 1)] === WORD ? s.charCodeAt(at + 1) : 0;
  const c2 = c1 !== 0 && at + 2 < n && CLASS[s.charCodeAt(at + 2)] === WORD ? s.charCodeAt(at + 2) : 0;
  return (Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca6b) ^ Math.imul(c2, 0xc2b2ae35)) >>> shift;
}

function wordPrefixLength(s: string): number {
  let k = 0;
  while (k < s.length && CLASS[s.charCodeAt(k)] === WORD) k++;
  return k;
}

function cjkKey(s: string, at: number, shift: number): number {
  return (((s.charCodeAt(at) * 31) ^ (s.charCodeAt(at + 1) || 0)) & 0xffff) >>> (shift - 16);
}

/** Key of a symbol trigger's first two characters (`<|`, `.e`, `[i`); the caller checks there is a second one. */
function pairKey(s: string, at: number, shift: number): number {
  return (Math.imul(s.charCodeAt(at), 0x9e3779b1) ^ Math.imul(s.charCodeAt(at + 1), 0x85ebca6b)) >>> shift;
}

/**
 * The trigger index the built-in heuristics share: the rule layer's literals (heuristics.ts), the harm
 * gate's (harmful-request.ts) and the document detectors' (document-orders.ts). Each consumer keeps
 * the ids of its own literals and skips the others' in `fired`; one pass over a text serves them all,
 * where three indexes made two and a half passes a text.
 */
export const SHARED_TRIGGERS = new TriggerIndex();
