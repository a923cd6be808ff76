/**
 * Finds which of a fixed set of keywords occur in a text (the secrets scanner passes its text and
 * lower-case keywords and lets the walk fold case), in one pass: an Aho–Corasick automaton turned
 * into a table, one lookup per character and no backtracking.
 *
 * Why not one alternation of the keywords: at most positions of ordinary text some keyword begins
 * with the same character, so the regular expression tries dozens of alternatives there; the
 * profile showed it taking about half of a secrets scan. A table walk costs the same at every
 * position, whatever the number of keywords.
 *
 * The walk is bound by the latency of its table loads (each load needs the previous one's result),
 * so a long text is walked as two halves at once, interleaved: two independent chains of loads keep
 * the processor busy. The second half starts `longest - 1` characters early, so a keyword across the
 * middle is still seen whole.
 */

import { CodeUnitScratch } from '../../core/code-units.js';

/** The automaton of a keyword list. */
export interface KeywordScan {
  keywords: readonly string[];
  /**
   * Column of each ASCII code: 0 for characters in no keyword (they send the walk back to the
   * root). Keywords are mostly ASCII; their other characters have columns in `classOfOther`.
   */
  classOf: Uint16Array;
  /** `classOf` of the lower-cased character: what `markKeywordsIgnoringCase` looks up. */
  foldedClassOf: Uint16Array;
  classOfOther: Map<number, number>;
  classes: number;
  /**
   * The table: for state s and class c, entry `s * classes + c` holds the next state. States are
   * numbered so that those where keywords end come last: the test for output is `s >= outputState`.
   * Entries hold state numbers, not row offsets: with some 360 keywords the offsets no longer fit 16
   * bits, and 32-bit entries made the table twice as large (365 KB against 183) and the walk 3% slower.
   * The row offset is one Math.imul per step (a plain `*` made V8 multiply in floating point: 25% slower).
   */
  delta: Uint16Array | Uint32Array;
  /** The first state where keywords end. */
  outputState: number;
  /**
   * Keywords that end at a state (its own and, through its suffix links, those ending in it),
   * flat: the ids of state s are `outputs[outputStart[s] .. outputStart[s + 1])`.
   */
  outputStart: Int32Array;
  outputs: Int32Array;
  /** Length of the longest keyword. */
  longest: number;
}

/** Builds the automaton for `keywords` (UTF-16 code units are its alphabet; an empty keyword is an error). */
export function compileKeywordScan(keywords: readonly string[]): KeywordScan {
  const classOf = new Uint16Array(128);
  const classOfOther = new Map<number, number>();
  let classes = 1;
  const classFor = (c: number): number => {
    if (c < 128) {
      if (classOf[c] === 0) classOf[c] = classes++;
      return classOf[c]!;
    }
    let k = classOfOther.get(c);
    if (k === undefined) classOfOther.set(c, (k = classes++));
    return k;
  };
  // The trie, as child maps by class; then suffix links breadth-first, which fill the table.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  keywords.forEach((k, id) => {
    if (k.length === 0) throw new Error('secret keyword: must not be empty');
    let state = 0;
    for (let i = 0; i < k.length; i++) {
      const c = classFor(k.charCodeAt(i));
      let child = children[state]!.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        own.push([]);
        children[state]!.set(c, child);
      }
      state = child;
    }
    own[state]!.push(id);
  });
  const states = children.length;
  const next = new Int32Array(states * classes); // by trie state number
  const link = new Int32Array(states);
  const out: number[][] = own.map((ids) => [...ids]);
  const queue: number[] = [];
  for (const [c, child] of children[0]!) {
    next[c] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    out[state]!.push(...out[link[state]!]!);
    for (let c = 0; c < classes; c++) {
      const child = children[state]!.get(c);
      if (child === undefined) {
        next[state * classes + c] = next[link[state]! * classes + c]!;
      } else {
        link[child] = next[link[state]! * classes + c]!;
        next[state * classes + c] = child;
        queue.push(child);
      }
    }
  }
  // Renumber: states without output first (the root, which has none, stays 0), then those with.
  const order: number[] = [];
  for (let s = 0; s < states; s++) if (out[s]!.length === 0) order.push(s);
  const outputState = order.length;
  for (let s = 0; s < states; s++) if (out[s]!.length > 0) order.push(s);
  const numberOf = new Int32Array(states);
  order.forEach((s, n) => (numberOf[s] = n));
  // Class 0 (a character in no keyword) leads back to the root from every state: its entries stay 0.
  const delta = states <= 0x10000 ? new Uint16Array(states * classes) : new Uint32Array(states * classes);
  for (let s = 0; s < states; s++) {
    for (let c = 0; c < classes; c++) delta[numberOf[s]! * classes + c] = numberOf[next[s * classes + c]!]!;
  }
  const outputStart = new Int32Array(states + 1);
  for (let n = 0; n < states; n++) outputStart[n + 1] = outputStart[n]! + out[order[n]!]!.length;
  const foldedClassOf = Uint16Array.from(classOf, (k, c) => classOf[String.fromCharCode(c).toLowerCase().charCodeAt(0)] ?? k);
  return {
    keywords,
    classOf,
    foldedClassOf,
    classOfOther,
    classes,
    delta,
    outputState,
    outputStart,
    outputs: Int32Array.from(order.flatMap((s) => out[s]!)),
    longest: keywords.reduce((m, k) => Math.max(m, k.length), 0),
  };
}

/**
 * Where keywords occur: keyword `ids[h]` ends at index `ends[h]` (its last character), for h below
 * `length`; in no particular order, and an occurrence may be listed twice. `length` is -1 when the
 * walk could not say where (see `markKeywordsIgnoringCase`). Reused from call to call.
 */
export interface KeywordHits {
  ids: Int32Array;
  ends: Int32Array;
  length: number;
}

export function keywordHits(): KeywordHits {
  return { ids: new Int32Array(64), ends: new Int32Array(64), length: 0 };
}

/** Marks the keywords that end at `state`, at index `at`; returns how many were unmarked. */
function markOutputs(scan: KeywordScan, state: number, found: Uint8Array, at: number, hits: KeywordHits | undefined): number {
  const { outputStart, outputs } = scan;
  let count = 0;
  for (let k = outputStart[state]!; k < outputStart[state + 1]!; k++) {
    const id = outputs[k]!;
    if (found[id] === 0) {
      found[id] = 1;
      count++;
    }
    if (hits) {
      if (hits.length === hits.ids.length) {
        const ids = new Int32Array(hits.length * 2);
        const ends = new Int32Array(hits.length * 2);
        ids.set(hits.ids);
        ends.set(hits.ends);
        hits.ids = ids;
        hits.ends = ends;
      }
      hits.ids[hits.length] = id;
      hits.ends[hits.length++] = at;
    }
  }
  return count;
}

/**
 * Marks in `found` (by keyword id) every keyword of `scan` that occurs in `text` and returns how
 * many distinct keywords it marked. Marks already set are left alone.
 */
export function markKeywords(text: string, scan: KeywordScan, found: Uint8Array): number {
  const { classOf, classOfOther, delta, outputState, classes } = scan;
  const anyOther = classOfOther.size > 0;
  let count = 0;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const row = Math.imul(state, classes);
    // A character in no keyword (most non-ASCII ones) sends the walk back to the root.
    state = c < 128 ? delta[row + classOf[c]!]! : anyOther ? delta[row + (classOfOther.get(c) ?? 0)]! : 0;
    if (state >= outputState) count += markOutputs(scan, state, found, i, undefined);
  }
  return count;
}

/**
 * The same as `markKeywords(text.toLowerCase(), scan, found)`, without building the lower-cased
 * copy (on a 4 KiB record that copy costs about a third as much as the walk). ASCII letters fold
 * through `foldedClassOf`; of the other characters only two lower-case to ASCII: KELVIN SIGN to `k`
 * and LATIN CAPITAL LETTER I WITH DOT ABOVE to `i` plus a combining dot (a character in no ASCII
 * keyword, so back to the root). The rest lower-case to non-ASCII characters, which send the walk
 * back to the root when every keyword is ASCII; a scan with non-ASCII keywords lower-cases the text
 * instead.
 *
 * With `hits`, also lists where each keyword occurs (its `length` is reset first); with non-ASCII
 * keywords, whose walk is over the lower-cased copy, it says it cannot (length -1).
 */
export function markKeywordsIgnoringCase(text: string, scan: KeywordScan, found: Uint8Array, hits?: KeywordHits): number {
  if (hits) hits.length = 0;
  if (scan.classOfOther.size > 0) {
    if (hits) hits.length = -1;
    return markKeywords(text.toLowerCase(), scan, found);
  }
  const { foldedClassOf, delta, outputState, classes } = scan;
  const classOfK = foldedClassOf[0x6b]!;
  const classOfI = foldedClassOf[0x69]!;
  const n = text.length;
  // Walk A covers [0, half), walk B [start, n), started `longest - 1` early; both take `half` steps
  // together, then B finishes alone. Short texts: B alone, from 0.
  const interleave = scan.longest > 0 && n >= 4 * scan.longest;
  const half = interleave ? n >> 1 : 0;
  const start = interleave ? half - (scan.longest - 1) : 0;
  const units = unitScratch.read(text);
  let count = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < half; i++) {
    const ca = units[i]!;
    const cb = units[start + i]!;
    const ra = Math.imul(a, classes);
    const rb = Math.imul(b, classes);
    const na = ca < 128 ? delta[ra + foldedClassOf[ca]!]! : ca === 0x212a ? delta[ra + classOfK]! : ca === 0x130 ? delta[ra + classOfI]! : 0;
    const nb = cb < 128 ? delta[rb + foldedClassOf[cb]!]! : cb === 0x212a ? delta[rb + classOfK]! : cb === 0x130 ? delta[rb + classOfI]! : 0;
    if (na >= outputState) count += markOutputs(scan, na, found, i, hits);
    if (nb >= outputState) count += markOutputs(scan, nb, found, start + i, hits);
    a = ca === 0x130 ? 0 : na; // the combining dot after the `i`
    b = cb === 0x130 ? 0 : nb;
  }
  for (let i = start + half; i < n; i++) {
    const c = units[i]!;
    const rb = Math.imul(b, classes);
    const nb = c < 128 ? delta[rb + foldedClassOf[c]!]! : c === 0x212a ? delta[rb + classOfK]! : c === 0x130 ? delta[rb + classOfI]! : 0;
    if (nb >= outputState) count += markOutputs(scan, nb, found, i, hits);
    b = c === 0x130 ? 0 : nb;
  }
  unitScratch.release(units, n);
  return count;
}

/** The walk's typed copy of the text (core/code-units.ts), its own: the pii scan keeps another. */
const unitScratch = new CodeUnitScratch();
