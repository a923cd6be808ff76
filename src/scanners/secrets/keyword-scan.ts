/**
 * Finds which of a fixed set of keywords occur in a text (the secrets scanner passes the lower-cased
 * text and lower-case keywords), in one pass: an Aho–Corasick automaton turned into a table, one
 * lookup per character and no backtracking.
 *
 * Why not one alternation of the keywords: at most positions of ordinary text some keyword begins
 * with the same character, so the regular expression tries dozens of alternatives there; the
 * profile showed it taking about half of a secrets scan. A table walk costs the same at every
 * position, whatever the number of keywords.
 */

/** The automaton of a keyword list. */
export interface KeywordScan {
  keywords: readonly string[];
  /**
   * Column of each ASCII code: 0 for characters in no keyword (they send the walk back to the
   * root). Keywords are mostly ASCII; their other characters have columns in `classOfOther`.
   */
  classOf: Uint16Array;
  classOfOther: Map<number, number>;
  classes: number;
  /**
   * The table: for state s (stored as its row offset, s * classes) and class c, entry
   * `s * classes + c` holds the next state's row offset, bit-inverted (negative) when keywords end
   * there. One load per character, and the test for output is its sign.
   */
  delta: Int32Array;
  /**
   * Keywords that end at a state (its own and, through its suffix links, those ending in it),
   * flat: the ids of state s are `outputs[outputStart[s] .. outputStart[s + 1])`.
   */
  outputStart: Int32Array;
  outputs: Int32Array;
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
  const delta = new Int32Array(states * classes);
  const link = new Int32Array(states);
  const out: number[][] = own.map((ids) => [...ids]);
  const queue: number[] = [];
  for (const [c, child] of children[0]!) {
    delta[c] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    out[state]!.push(...out[link[state]!]!);
    for (let c = 0; c < classes; c++) {
      const child = children[state]!.get(c);
      if (child === undefined) {
        delta[state * classes + c] = delta[link[state]! * classes + c]!;
      } else {
        link[child] = delta[link[state]! * classes + c]!;
        delta[state * classes + c] = child;
        queue.push(child);
      }
    }
  }
  // Class 0 (a character in no keyword) leads back to the root from every state: its entries stay 0.
  for (let i = 0; i < delta.length; i++) {
    const next = delta[i]!;
    delta[i] = out[next]!.length > 0 ? ~(next * classes) : next * classes;
  }
  const outputStart = new Int32Array(states + 1);
  for (let s = 0; s < states; s++) outputStart[s + 1] = outputStart[s]! + out[s]!.length;
  return { keywords, classOf, classOfOther, classes, delta, outputStart, outputs: Int32Array.from(out.flat()) };
}

/**
 * Marks in `found` (by keyword id) every keyword of `scan` that occurs in `text` and returns how
 * many distinct keywords it marked. Marks already set are left alone.
 */
export function markKeywords(text: string, scan: KeywordScan, found: Uint8Array): number {
  const { classOf, classOfOther, classes, delta, outputStart, outputs } = scan;
  const anyOther = classOfOther.size > 0;
  let count = 0;
  let row = 0; // the current state's row offset in `delta`
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character in no keyword (most non-ASCII ones) sends the walk back to the root.
    let next = c < 128 ? delta[row + classOf[c]!]! : anyOther ? delta[row + (classOfOther.get(c) ?? 0)]! : 0;
    if (next < 0) {
      next = ~next;
      const state = next / classes;
      for (let k = outputStart[state]!; k < outputStart[state + 1]!; k++) {
        const id = outputs[k]!;
        if (found[id] === 0) {
          found[id] = 1;
          count++;
        }
      }
    }
    row = next;
  }
  return count;
}
