import { codeUnits, releaseCodeUnits } from './code-units.js';
import { separatorGap, singleNumberCounts } from './digit-runs.js';
import type { Anchor, Recognizer } from './recognizer.js';

/**
 * Candidate start positions for anchored recognizers, found in one pass over the text. Scanning the
 * text once per pattern costs far more than the patterns themselves: most of the text is words and
 * numbers no recognizer wants, so one loop over the characters splits it into tokens (runs of ASCII
 * letters and digits) and hands each token only to the recognizers whose token length, first
 * character and character classes fit. A plain lower-case word meets two or three at most.
 */

/** Character classes of ASCII by code, as bits: digit, upper-case letter, lower-case letter, hex digit. */
const DIGIT = 1;
const UPPER = 2;
const LOWER = 4;
const HEX = 8;
const ANY = DIGIT | UPPER | LOWER;
const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT | HEX;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER | (c <= 70 ? HEX : 0);
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER | (c <= 102 ? HEX : 0);
const ALNUM_CODES = [...CLASS.keys()].filter((c) => CLASS[c] !== 0);

/** One prefix position: a class mask the character must meet, or (mask 0) the exact character code. */
interface PrefixStep {
  mask: number;
  code: number;
}

const STEP_MASKS: Record<string, number> = { L: UPPER | LOWER, U: UPPER, D: DIGIT, H: HEX, '?': ANY };

function compilePrefix(prefix: string): PrefixStep[] {
  return [...prefix].map((ch) => ({ mask: STEP_MASKS[ch] ?? 0, code: ch.charCodeAt(0) }));
}

const fits = (step: PrefixStep, c: number): boolean => (step.mask === 0 ? c === step.code : c < 128 && (CLASS[c]! & step.mask) !== 0);

interface TokenEntry {
  index: number;
  /** The prefix after its first character (the first is resolved by the table). */
  rest: PrefixStep[];
  /** By char code, 1 for the characters `Anchor.follow` allows after the token; undefined: any. */
  follow: Uint8Array | undefined;
  /** By char code, 1 for the characters `Anchor.next` allows after the follow character; undefined: any. */
  next: Uint8Array | undefined;
  test: ((text: string, start: number, end: number) => boolean) | undefined;
}

/** `Anchor.follow` (or `next`) as a table by char code, for a check without a call or a string search. */
function followTable(follow: string | undefined): Uint8Array | undefined {
  if (follow === undefined) return undefined;
  const table = new Uint8Array(128);
  for (let i = 0; i < follow.length; i++) {
    const c = follow.charCodeAt(i);
    if (c >= 128) throw new Error(`anchor follow/next ${JSON.stringify(follow)}: ASCII characters only`);
    table[c] = 1;
  }
  return table;
}

/** The ASCII characters that fit a prefix step, as a table by char code. */
function stepTable(step: PrefixStep): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (fits(step, c)) table[c] = 1;
  return table;
}

/** Tokens longer than this share one bucket; recognizers wanting longer tokens are in it. */
const LONG_TOKEN = 64;

/**
 * Token recognizers by token length, first character and the classes the token contains (digits,
 * upper-case, lower-case letters: 8 combinations). First characters that begin the same anchors
 * share a group, which keeps the table small enough to stay in cache.
 */
interface TokenTable {
  /** Group of each ASCII code as a first character. */
  groupOf: Uint8Array;
  groups: number;
  /** The entries of each cell, only while the table is built (then `cells` and `lists`). */
  entries: TokenEntry[][];
  /**
   * Each cell of `entries` split by the character after the token: `followGroupOf` puts the
   * characters that the entries' `follow` tables tell apart (space, `-`, `.`, `:`) in groups of
   * their own and all others in one, and a split cell holds only the entries whose `follow` allows
   * its group. Most tokens (a word before a comma, a number before a quote) then meet an empty
   * cell, and the entries met need no `follow` check.
   */
  followGroupOf: Uint8Array;
  follows: number;
  /**
   * By split cell, the number of its list in `lists`, 0 for none. Cells holding the same entries
   * share one list: tens of thousands of cells hold a few dozen different lists, and a cell is a
   * byte of one typed array (two past 255 lists), not a pointer to an array of its own (with an
   * array per cell the pass loaded a pointer, then an array somewhere on the heap, for most tokens).
   */
  cells: Uint8Array | Uint16Array;
  /** The lists of entries the cells refer to; `lists[0]` is empty. */
  lists: TokenEntry[][];
}
const NONE: TokenEntry[] = [];
const tableKey = (t: TokenTable, length: number, first: number, classes: number): number =>
  ((length < LONG_TOKEN ? length : LONG_TOKEN) * t.groups + t.groupOf[first]!) * 8 + (classes & ANY);

/** Classes a token must contain for the anchor: from its prefix (`D` a digit, `U` upper-case, `L` a letter, literals) and `contains`. */
function requiredClasses(anchor: Anchor, prefix: readonly PrefixStep[]): number[] {
  const fromPrefix = prefix.map((step) => (step.mask === 0 ? (CLASS[step.code] ?? 0) & ANY : step.mask));
  const fromContains = [...(anchor.contains ?? '')].map((ch) => STEP_MASKS[ch] ?? 0);
  return [...fromPrefix, ...fromContains].filter((m) => m !== 0 && m !== ANY && m !== HEX);
}

/**
 * Tables by recognizer list, then by which of its token recognizers are active. Prefilters switch
 * a few of them off per text (the MAC address without `:`, `-` or `.`), and `types` some more; a
 * table holding only the active ones spares the token loop an `active` check per entry and the
 * visits to entries of switched-off recognizers. Few combinations occur, so each is built once.
 */
interface TablesOfList {
  /** Indices of the recognizers with a token anchor. */
  tokenIndices: number[];
  /**
   * The recognizers with a character anchor, read out of the recognizer objects once: their shapes
   * all differ, and reading `r.anchor` of each recognizer on every scan showed for short texts.
   */
  charAnchors: CharAnchor[];
  /**
   * By char code, 1 for the ASCII characters of `charAnchors` that no token holds, which the token
   * pass looks for: one table load per character between tokens (the characters are rare; an
   * anchor switched off makes a visit that finds nothing to do).
   */
  anchorChars: Uint8Array;
  /** `singleNumberCounts` of the list: the digit counts of lone numbers the dispatch wants. */
  singleCounts: Uint8Array;
  /** Tables by the set of active token recognizers, as a bit mask over `tokenIndices` (or a string past 30). */
  byActive: Map<number | string, TokenTable>;
}

const tablesByList = new WeakMap<readonly Recognizer[], TablesOfList>();

function tablesFor(recognizers: readonly Recognizer[]): TablesOfList {
  let tables = tablesByList.get(recognizers);
  if (!tables) {
    const tokenIndices = recognizers.flatMap((r, i) => (r.anchor?.token ? [i] : []));
    const charAnchors = recognizers.flatMap((r, index) => {
      const a = r.anchor;
      return a?.char ? [{ index, char: a.char, code: a.char.charCodeAt(0), follow: followTable(a.follow), test: a.test }] : [];
    });
    const anchorChars = new Uint8Array(128);
    for (const { code } of charAnchors) if (code < 128 && CLASS[code] === 0) anchorChars[code] = 1;
    tablesByList.set(recognizers, (tables = { tokenIndices, charAnchors, anchorChars, singleCounts: singleNumberCounts(recognizers), byActive: new Map() }));
  }
  return tables;
}

function tokenTable(recognizers: readonly Recognizer[], tables: TablesOfList, active: readonly boolean[]): TokenTable {
  const { tokenIndices, byActive } = tables;
  let key: number | string = 0;
  if (tokenIndices.length <= 30) {
    for (let k = 0; k < tokenIndices.length; k++) if (active[tokenIndices[k]!]) key |= 1 << k;
  } else {
    key = tokenIndices.map((i) => (active[i] ? 1 : 0)).join('');
  }
  const cached = byActive.get(key);
  if (cached) return cached;
  const anchors = recognizers.flatMap((r, index) => {
    const a = r.anchor;
    if (!a?.token || !active[index]) return [];
    const prefix = compilePrefix(a.prefix ?? '');
    const firsts = new Set(ALNUM_CODES.filter((c) => (!prefix[0] || fits(prefix[0], c)) && (!a.first || a.first.includes(String.fromCharCode(c)))));
    return [{ a, index, prefix, firsts }];
  });
  // Characters that begin the same anchors (and have the same class) form one group.
  const groupOf = new Uint8Array(128);
  const signatures = new Map<string, number>();
  for (const c of ALNUM_CODES) {
    const signature = `${CLASS[c]}:${anchors.filter((x) => x.firsts.has(c)).map((x) => x.index).join(',')}`;
    if (!signatures.has(signature)) signatures.set(signature, signatures.size);
    groupOf[c] = signatures.get(signature)!;
  }
  // Cells that get the same entries in the same order share one array (see `extended`).
  const extensions = new Map<TokenEntry[], Map<TokenEntry, TokenEntry[]>>();
  const built: TokenTable = { groupOf, groups: signatures.size, entries: [], followGroupOf: new Uint8Array(129), follows: 1, cells: new Uint8Array(0), lists: [NONE] };
  built.entries = new Array<TokenEntry[]>((LONG_TOKEN + 1) * built.groups * 8).fill(NONE);
  for (const { a, index, prefix, firsts: allFirsts } of anchors) {
    // Tokens that begin with a digit may have lengths of their own (`digitToken`): two passes then.
    const digitFirsts = [...allFirsts].filter((c) => c >= 48 && c <= 57);
    const passes: [readonly [number, number], Iterable<number>, string | undefined][] = a.digitToken
      ? [[a.token!, [...allFirsts].filter((c) => c < 48 || c > 57), a.next], [a.digitToken, digitFirsts, a.digitNext ?? a.next]]
      : [[a.token!, allFirsts, a.next]];
    for (const [[min, max], firsts, next] of passes) addEntries(built, a, index, prefix, min, max, firsts, next, extensions);
  }
  shareLists(built);
  byActive.set(key, built);
  return built;
}

/**
 * Fills `followGroupOf`, `cells` and `lists` from `entries` (see `TokenTable`): each cell split by
 * the group of the character after the token, keeping in each part, in their order, the entries
 * whose `follow` allows that group; one list for all the parts with the same entries.
 */
function shareLists(built: TokenTable): void {
  // Codes 0–128 (128: past ASCII or past the end) grouped by which `follow` tables hold them.
  const different = [...new Set(built.entries)];
  const follows = [...new Set(different.flat().flatMap((e) => (e.follow ? [e.follow] : [])))];
  const groupBySignature = new Map<string, number>();
  const representative: number[] = [];
  for (let c = 0; c <= 128; c++) {
    const signature = follows.map((f) => (f[c] === 1 ? 1 : 0)).join('');
    let group = groupBySignature.get(signature);
    if (group === undefined) {
      groupBySignature.set(signature, (group = groupBySignature.size));
      representative.push(c);
    }
    built.followGroupOf[c] = group;
  }
  built.follows = representative.length;
  const entryIds = new Map<TokenEntry, number>();
  const signatureOf = (entries: readonly TokenEntry[]) => entries.map((e) => entryIds.get(e) ?? entryIds.set(e, entryIds.size).get(e)!).join(',');
  const listOf = new Map<string, number>();
  // The parts of a cell depend only on its entries: each different list of them (cells with the same
  // entries share one, see `extended`) is split once.
  const partsOf = new Map<TokenEntry[], number[]>();
  const cells = new Uint32Array(built.entries.length * built.follows);
  built.entries.forEach((entries, cell) => {
    if (entries.length === 0) return;
    let parts = partsOf.get(entries);
    if (!parts) {
      parts = representative.map((c) => {
        const allowed = entries.filter((e) => e.follow === undefined || e.follow[c] === 1);
        if (allowed.length === 0) return 0;
        const signature = signatureOf(allowed);
        let list = listOf.get(signature);
        if (list === undefined) {
          list = built.lists.length;
          built.lists.push(allowed);
          listOf.set(signature, list);
        }
        return list;
      });
      partsOf.set(entries, parts);
    }
    for (let group = 0; group < parts.length; group++) cells[cell * built.follows + group] = parts[group]!;
  });
  if (built.lists.length > 0x10000) throw new Error('anchor table: too many different entry lists');
  built.cells = built.lists.length <= 0x100 ? new Uint8Array(cells) : new Uint16Array(cells);
  built.entries = []; // read by nothing from now on
}

/** `[...list, entry]`, the same array for the same list and entry each time (`extensions` remembers them). */
function extended(list: TokenEntry[], entry: TokenEntry, extensions: Map<TokenEntry[], Map<TokenEntry, TokenEntry[]>>): TokenEntry[] {
  let byEntry = extensions.get(list);
  if (!byEntry) extensions.set(list, (byEntry = new Map()));
  let longer = byEntry.get(entry);
  if (!longer) byEntry.set(entry, (longer = [...list, entry]));
  return longer;
}

/** Puts an anchor's entry in the table cells of the token lengths and first characters given. */
function addEntries(
  built: TokenTable, a: Anchor, index: number, prefix: readonly PrefixStep[], min: number, max: number, firsts: Iterable<number>, next: string | undefined,
  extensions: Map<TokenEntry[], Map<TokenEntry, TokenEntry[]>>,
): void {
  if (next !== undefined && a.follow === undefined) throw new Error('anchor next: only with follow');
  if (a.gap !== undefined && a.follow !== undefined) throw new Error('anchor gap: not with follow');
  // A token shorter than the prefix meets only the part of it that it has (see `Anchor.prefix`).
  const shapes = new Map<number, { entry: TokenEntry; needs: number[] }>();
  const shapeFor = (len: number) => {
    const upTo = Math.min(len, prefix.length);
    let shape = shapes.get(upTo);
    if (!shape) {
      // A token shorter than the prefix is followed by a `gap` character, then by one that fits
      // the prefix's next step.
      const gap = a.gap !== undefined && upTo < prefix.length;
      const entry: TokenEntry = gap
        ? { index, rest: prefix.slice(1, upTo), follow: followTable(a.gap), next: stepTable(prefix[upTo]!), test: a.test }
        : { index, rest: prefix.slice(1, upTo), follow: followTable(a.follow), next: followTable(next), test: a.test };
      shape = { entry, needs: requiredClasses(a, prefix.slice(0, upTo)) };
      shapes.set(upTo, shape);
    }
    return shape;
  };
  for (let len = Math.max(1, min); len <= Math.min(max, LONG_TOKEN); len++) {
    const { entry, needs } = shapeFor(len);
    const seen = new Set<number>();
    for (const first of firsts) {
      for (let classes = 1; classes <= ANY; classes++) {
        if ((classes & CLASS[first]!) === 0 || !needs.every((m) => (classes & m) !== 0)) continue;
        const key = tableKey(built, len, first, classes);
        if (seen.has(key)) continue;
        seen.add(key);
        built.entries[key] = extended(built.entries[key]!, entry, extensions);
      }
    }
  }
}

/** What the pass over the text found. */
export interface Anchors {
  /** Per recognizer, start positions (ascending) worth trying; empty for non-anchored ones. */
  candidates: (readonly number[])[];
  /**
   * Start and end offsets, flat and ascending, of the tokens that hold a digit, when the token
   * pass ran: digit runs begin only there, so their search can skip everything else. The start of
   * a token made of digits only is stored as `-(start + 1)`: its first group is the whole token.
   * Such a token is left out when it is a number alone (no separator and digit after it) whose
   * digit count no recognizer of the list takes (see `singleNumberCounts`).
   */
  digitTokens?: Int32Array;
}

/**
 * Start positions, ascending, at which each anchored recognizer of `recognizers` is worth trying;
 * `active[i]` false skips recognizer i (its prefilter failed). `units`: the text's code units
 * (code-units.ts), when the caller has them.
 */
export function findAnchors(text: string, recognizers: readonly Recognizer[], active: readonly boolean[], units?: Uint16Array): Anchors {
  const tables = tablesFor(recognizers);
  // A list of its own only for an active anchored recognizer: the others are never written to.
  const candidates = new Array<number[]>(recognizers.length).fill(NO_POSITIONS);
  let anyToken = false;
  for (const index of tables.tokenIndices) {
    if (!active[index]) continue;
    anyToken = true;
    candidates[index] = [];
  }
  // With a token pass, it also meets every character anchor on its way (they are ASCII and no
  // token character), which spares one `indexOf` pass per anchor character: `.` and `:` occur
  // every few words in logs and JSON. Without one, each character is searched for.
  const charAnchors: CharAnchor[] = [];
  for (const anchor of tables.charAnchors) {
    if (!active[anchor.index]) continue;
    candidates[anchor.index] = [];
    if (anyToken && tables.anchorChars[anchor.code] === 1) charAnchors.push(anchor);
    else findChar(text, anchor, candidates[anchor.index]!);
  }
  if (!anyToken) return { candidates };
  const table = tokenTable(recognizers, tables, active);
  if (units) return { candidates, digitTokens: collectTokens(text, units, table, tables, charAnchors, candidates) };
  const own = codeUnits(text);
  const digitTokens = collectTokens(text, own, table, tables, charAnchors, candidates);
  releaseCodeUnits(own, text.length);
  return { candidates, digitTokens };
}

/** A character anchor of a recognizer list, read out of the recognizer once (see `TablesOfList`). */
interface CharAnchor {
  index: number;
  char: string;
  /** `char` as a char code. */
  code: number;
  follow: Uint8Array | undefined;
  test: Anchor['test'];
}

/** Adds to `list` the positions of the anchor's character that pass its `follow` and `test`. */
function findChar(text: string, { char, follow, test }: CharAnchor, list: number[]): void {
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
    // Past the end of the text or past ASCII, `follow` has no entry: not allowed.
    if (follow !== undefined && follow[asciiOr128(codeAt(text, at + 1))] !== 1) continue;
    if (!test || test(text, at, at + 1)) list.push(at);
  }
}

/** The candidate list of the recognizers that have none: frozen, as nothing may be added to it. */
const NO_POSITIONS = Object.freeze([]) as unknown as number[];

/**
 * The buffer `collectTokens` writes digit-token offsets to, reused by every scan (scans are
 * synchronous, and a scan's dispatch reads them before the next scan begins): a JS array grown by
 * two pushes per number was a steady source of garbage. It grows as needed; one grown past
 * SCRATCH_MAX entries is not kept, so a huge text does not leave a huge buffer behind.
 */
let digitTokenScratch: Int32Array = new Int32Array(1024);
const SCRATCH_MAX = 1 << 20;

function grown(buffer: Int32Array): Int32Array {
  const bigger = new Int32Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

/** The candidate lists alone (see `findAnchors`). */
export function anchorCandidates(text: string, recognizers: readonly Recognizer[], active: readonly boolean[]): (readonly number[])[] {
  return findAnchors(text, recognizers, active).candidates;
}

/**
 * Fills `out` for the token anchors and for `charAnchors` (the active ones of those marked in
 * `anchorChars`), and returns the start and end offsets of the tokens that hold a digit (see `Anchors`).
 */
function collectTokens(text: string, units: Uint16Array, table: TokenTable, { anchorChars, singleCounts }: TablesOfList, charAnchors: readonly CharAnchor[], out: number[][]): Int32Array {
  const n = text.length;
  let digitTokens: Int32Array = digitTokenScratch;
  let count = 0;
  const { cells, lists, groupOf, groups, followGroupOf, follows } = table;
  let i = 0;
  while (i < n) {
    const c = units[i]!;
    if (c >= 128 || CLASS[c] === 0) {
      if (c < 128 && anchorChars[c] === 1) charAnchorAt(text, i, c, charAnchors, out);
      i++;
      continue;
    }
    const start = i;
    let classes = CLASS[c]!;
    i++;
    while (i < n) {
      const d = units[i]!;
      if (d >= 128 || CLASS[d] === 0) break;
      classes |= CLASS[d]!;
      i++;
    }
    if (classes & DIGIT) {
      const digitsOnly = (classes & ANY) === DIGIT;
      // A number alone (no run of groups goes on after it) whose digit count no recognizer takes
      // is left out: the dispatch would do nothing with it.
      const length = i - start;
      if (!digitsOnly || (length < singleCounts.length && singleCounts[length] === 1) || separatorGap(units, n, i) !== 0) {
        if (count + 2 > digitTokens.length) digitTokens = grown(digitTokens);
        digitTokens[count++] = digitsOnly ? -start - 1 : start;
        digitTokens[count++] = i;
      }
    }
    const length = i - start;
    const next = i < n ? asciiOr128(units[i]!) : 128;
    const cell = cells[(((length < LONG_TOKEN ? length : LONG_TOKEN) * groups + groupOf[c]!) * 8 + (classes & ANY)) * follows + followGroupOf[next]!]!;
    if (cell === 0) continue;
    const entries = lists[cell]!;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      // What follows the token fits `follow` (the cell says so); first the character after that,
      // which refuses most (a word and a space before a date's month name). `next` comes only with
      // `follow` (see addEntries).
      if (e.next !== undefined && e.next[i + 1 < n ? asciiOr128(units[i + 1]!) : 128] !== 1) continue;
      // A one-character rest (`HH`, `LL`) is checked here without a call. The rest is never longer
      // than the token after its first character: its characters are in the text.
      const rest = e.rest;
      if (rest.length === 1 ? !fits(rest[0]!, units[start + 1]!) : rest.length > 1 && !restFits(units, start + 1, rest)) continue;
      if (e.test === undefined || e.test(text, start, i)) out[e.index]!.push(start);
    }
  }
  if (digitTokens.length <= SCRATCH_MAX) digitTokenScratch = digitTokens;
  return digitTokens.subarray(0, count);
}

/** Adds position `at` (character `c`) to the list of each character anchor it passes. */
function charAnchorAt(text: string, at: number, c: number, charAnchors: readonly CharAnchor[], out: number[][]): void {
  for (let k = 0; k < charAnchors.length; k++) {
    const { code, follow, test, index } = charAnchors[k]!;
    if (code !== c) continue;
    // Past the end of the text or past ASCII, `follow` has no entry: not allowed.
    if (follow !== undefined && follow[asciiOr128(codeAt(text, at + 1))] !== 1) continue;
    if (!test || test(text, at, at + 1)) out[index]!.push(at);
  }
}

/**
 * A char code as an index into the tables by ASCII code: past ASCII, 128, which no table holds.
 * An integer index keeps the table loads on their fast path.
 */
const asciiOr128 = (c: number): number => (c < 128 ? c : 128);

/**
 * `text.charCodeAt(at)`, and past the end of the text 128: a code that no table holds and no check
 * here takes, as NaN would be. Reading past the end at the last token of every text made the
 * optimized loops give up their inline `charCodeAt` (out-of-bounds deoptimization), and a NaN key
 * made the table loads generic.
 */
const codeAt = (text: string, at: number): number => (at < text.length ? text.charCodeAt(at) : 128);

/** True when the code units from `at` fit the steps (the steps are cut to the token's length). */
function restFits(units: Uint16Array, at: number, steps: readonly PrefixStep[]): boolean {
  for (let k = 0; k < steps.length; k++) {
    if (!fits(steps[k]!, units[at + k]!)) return false;
  }
  return true;
}
