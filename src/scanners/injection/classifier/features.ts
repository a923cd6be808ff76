/**
 * Feature hashing shared by the trainer (scripts/train-injection.ts) and the runtime scorer, so the
 * two can never disagree about what a feature is.
 *
 * A text becomes a bag of hashed features: character 3-, 4- and 5-grams and word unigrams and
 * bigrams, over a "folded" copy of the normalized text (lower case, every digit folded to 0, every
 * whitespace run folded to one space). Folding digits and spacing keeps the model from memorizing
 * numbers and layout that identify a data source rather than an attack.
 *
 * Every feature is anchored at one position of the folded text (where its n-gram or word starts), so
 * a window's score can be read from prefix sums in linear time (see window.ts).
 */

import { IntTable } from './int-table.js';
import { forEachRepeatRun } from './repetition.js';
import { CJK_CONCEPTS, CONCEPTS } from './lexicon.js';

/** log2 of the number of hash buckets; the weight table has 2^HASH_BITS entries. */
export const HASH_BITS = 20;
export const HASH_BUCKETS = 1 << HASH_BITS;
const HASH_MASK = HASH_BUCKETS - 1;

/** Longest word (in UTF-16 units) that is hashed whole; longer runs are hashed by their prefix. */
const MAX_WORD_HASH_CHARS = 24;

const SEED_CHAR = 0x811c9dc5;
const SEED_UNIGRAM = 0x2545f491;
const SEED_BIGRAM = 0x6c8e9cf5;
const SEED_CONCEPT = 0x3c6ef372;
const SEED_CONCEPT_PAIR = 0x7f4a7c15;
const FNV_PRIME = 0x01000193;
/** Two concepts at most this many tokens apart form a pair feature ("ignore ... previous ... instructions"). */
const CONCEPT_REACH = 6;

/** The folded text: code units plus, for each, its index in the text that was folded. */
export interface FoldedText {
  codes: Uint16Array;
  /** positions[i] is the index in the source text of codes[i]; positions[length] = source length. */
  positions: Int32Array;
  length: number;
}

/**
 * Lower-cases, folds digits to `0` and whitespace runs to one space, and trims. Offsets are kept.
 * Only case mappings that keep one UTF-16 unit are applied, so the map stays one-to-one.
 * With `reuseBuffers` the result lives in module scratch buffers, valid until the next such call
 * (the runtime scores synchronously, so it allocates nothing per call).
 */
export function foldText(text: string, reuseBuffers = false): FoldedText {
  const n = text.length;
  const { codes, positions } = reuseBuffers ? foldScratch(n) : { codes: new Uint16Array(n), positions: new Int32Array(n + 1) };
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    // The sentinel is tested on the ASCII path only: U+FFFF in the text is a character, not a space.
    const space = c < 0x80 ? (c = ASCII_FOLD[c]!) === ASCII_SPACE : isSpace(c);
    if (space) {
      pendingSpace = len > 0;
      continue;
    }
    if (c >= 0x80) c = lowerNonAscii(c);
    if (pendingSpace) {
      codes[len] = 32;
      positions[len] = i - 1;
      len++;
      pendingSpace = false;
    }
    codes[len] = c;
    positions[len] = i;
    len++;
  }
  positions[len] = n;
  return { codes, positions, length: len };
}

/**
 * Calls `emit(anchor, bucket)` for every feature of the folded text, in increasing anchor order
 * per feature family. `anchor` is an index into the folded codes.
 */
export function forEachFeature(folded: FoldedText, emit: (anchor: number, bucket: number) => void): void {
  const { codes, length } = folded;
  // Character n-grams, 3..5, hashed incrementally from each start position.
  for (let i = 0; i + 3 <= length; i++) {
    let h = SEED_CHAR;
    h = Math.imul(h ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    emit(i, charBucket(h ^ 3));
    if (i + 4 > length) continue;
    h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
    emit(i, charBucket(h ^ 4));
    if (i + 5 > length) continue;
    h = Math.imul(h ^ codes[i + 4]!, FNV_PRIME);
    emit(i, charBucket(h ^ 5));
  }
  forEachWordFeature(folded, emit);
}

/**
 * Word unigrams and bigrams (a word is a run of letters/digits; any non-ASCII unit counts as a letter),
 * and concept features: the concept class of a word (lexicon.ts), and pairs of concept classes at most
 * CONCEPT_REACH tokens apart, in order. CJK runs are matched by character pairs, one token per two characters.
 */
export function forEachWordFeature(folded: FoldedText, emit: (anchor: number, bucket: number) => void): void {
  const { codes, length } = folded;
  let prev = 0;
  let havePrev = false;
  let token = 0;
  // The last three concepts seen (class and token index), oldest first: r0, r1, r2.
  let r0Class = -1, r1Class = -1, r2Class = -1;
  let r0Token = 0, r1Token = 0, r2Token = 0;
  const concept = (anchor: number, cls: number): void => {
    emit(anchor, fmix(SEED_CONCEPT ^ cls) & HASH_MASK);
    if (r0Class >= 0 && token - r0Token <= CONCEPT_REACH) emit(anchor, fmix(SEED_CONCEPT_PAIR ^ (r0Class * 64 + cls)) & HASH_MASK);
    if (r1Class >= 0 && token - r1Token <= CONCEPT_REACH) emit(anchor, fmix(SEED_CONCEPT_PAIR ^ (r1Class * 64 + cls)) & HASH_MASK);
    if (r2Class >= 0 && token - r2Token <= CONCEPT_REACH) emit(anchor, fmix(SEED_CONCEPT_PAIR ^ (r2Class * 64 + cls)) & HASH_MASK);
    r0Class = r1Class;
    r0Token = r1Token;
    r1Class = r2Class;
    r1Token = r2Token;
    r2Class = cls;
    r2Token = token;
  };
  let i = 0;
  while (i < length) {
    if (!isWordUnit(codes[i]!)) {
      i++;
      continue;
    }
    const start = i;
    let h = SEED_UNIGRAM;
    let cjk = false;
    while (i < length && isWordUnit(codes[i]!)) {
      const c = codes[i]!;
      if (i - start < MAX_WORD_HASH_CHARS) h = Math.imul(h ^ c, FNV_PRIME);
      if (c >= 0x2e80 && c <= 0x9fff) cjk = true;
      i++;
    }
    const word = fmix(h);
    emit(start, word & HASH_MASK);
    if (havePrev) emit(start, fmix(Math.imul(prev, 0x85ebca6b) ^ word ^ SEED_BIGRAM) & HASH_MASK);
    prev = word;
    havePrev = true;
    token++;
    const cls = WORD_CONCEPTS.get(word);
    if (cls >= 0) concept(start, cls);
    if (cjk) {
      for (let j = start; j + 1 < i; j++) {
        const pairClass = CJK_PAIR_CONCEPTS.get(codes[j]! * 65536 + codes[j + 1]!);
        if ((j - start) % 2 === 1) token++;
        if (pairClass >= 0) concept(j, pairClass);
      }
    }
  }
}

/**
 * The runtime's hot loop: the same features as forEachFeature, with the hashing inlined and each
 * feature's weight added at its anchor (sums[anchor + 1], counts[anchor + 1]). A property test keeps
 * the two in step; the callback version stays the reference because the trainer needs the buckets.
 */
export function accumulateFeatureWeights(folded: FoldedText, weights: Float32Array | Int8Array, sums: Float64Array, counts: Int32Array): void {
  const { codes, length } = folded;
  for (let i = 0; i + 3 <= length; i++) {
    let h = Math.imul(SEED_CHAR ^ codes[i]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 1]!, FNV_PRIME);
    h = Math.imul(h ^ codes[i + 2]!, FNV_PRIME);
    let s = weights[charBucket(h ^ 3)]!;
    let c = 1;
    if (i + 4 <= length) {
      h = Math.imul(h ^ codes[i + 3]!, FNV_PRIME);
      s += weights[charBucket(h ^ 4)]!;
      c++;
      if (i + 5 <= length) {
        h = Math.imul(h ^ codes[i + 4]!, FNV_PRIME);
        s += weights[charBucket(h ^ 5)]!;
        c++;
      }
    }
    sums[i + 1] = s;
    counts[i + 1] = c;
  }
  forEachWordFeature(folded, (anchor, bucket) => {
    sums[anchor + 1]! += weights[bucket]!;
    counts[anchor + 1]!++;
  });
}

/**
 * Buckets of every feature of a text (already normalized), for training. Features anchored in a
 * repeated run ("xxxxxxxx", "--------") are left out, exactly as the scorer leaves them out (window.ts).
 */
export function featureBuckets(text: string): Int32Array {
  const folded = foldText(text);
  const inRun = new Uint8Array(folded.length);
  forEachRepeatRun(folded.codes, folded.length, (start, end) => inRun.fill(1, start, end));
  const out: number[] = [];
  forEachFeature(folded, (anchor, bucket) => {
    if (inRun[anchor] === 0) out.push(bucket);
  });
  return Int32Array.from(out);
}

/** Fibonacci (multiply-shift) hashing: the top bits of h·φ; one multiply per character n-gram. */
function charBucket(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - HASH_BITS);
}

/** Murmur3's finalizer: spreads FNV's weak low bits before masking. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;
}

function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || c === 48;
  return !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xff0f);
}

/** ASCII_FOLD's mark for whitespace (no ASCII code folds to it). */
const ASCII_SPACE = 0xffff;
/** ASCII code -> its folded code: lower case, every digit '0', whitespace ASCII_SPACE. One load a character. */
const ASCII_FOLD = (() => {
  const table = new Uint16Array(0x80);
  for (let c = 0; c < 0x80; c++) table[c] = isSpace(c) ? ASCII_SPACE : c >= 65 && c <= 90 ? c + 32 : c >= 48 && c <= 57 ? 48 : c;
  return table;
})();

const lowerCache = new Map<number, number>();

function lowerNonAscii(c: number): number {
  const cached = lowerCache.get(c);
  if (cached !== undefined) return cached;
  const lower = String.fromCharCode(c).toLowerCase();
  const folded = lower.length === 1 ? lower.charCodeAt(0) : c;
  if (lowerCache.size < 4096) lowerCache.set(c, folded);
  return folded;
}

let scratchCodes = new Uint16Array(4096);
let scratchPositions = new Int32Array(4097);

function foldScratch(n: number): { codes: Uint16Array; positions: Int32Array } {
  if (scratchCodes.length < n) {
    const size = Math.max(n, scratchCodes.length * 2);
    scratchCodes = new Uint16Array(size);
    scratchPositions = new Int32Array(size + 1);
  }
  return { codes: scratchCodes, positions: scratchPositions };
}

/** The word hash forEachWordFeature computes for a (lower-case) word. */
function wordHash(word: string): number {
  let h = SEED_UNIGRAM;
  for (let i = 0; i < word.length && i < MAX_WORD_HASH_CHARS; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return fmix(h);
}

const CONCEPT_WORDS = Object.values(CONCEPTS).reduce((n, words) => n + words.length, 0);
const CONCEPT_PAIRS = Object.values(CJK_CONCEPTS).reduce((n, pairs) => n + pairs.length, 0);
/** Word hash → concept class (the first class listing a word wins). */
const WORD_CONCEPTS = new IntTable(CONCEPT_WORDS);
/** Two CJK code units (c0·65536 + c1) → concept class (a later class listing the pair wins). */
const CJK_PAIR_CONCEPTS = new IntTable(CONCEPT_PAIRS);
Object.keys(CONCEPTS).forEach((name, cls) => {
  for (const w of CONCEPTS[name]!) if (!WORD_CONCEPTS.has(wordHash(w))) WORD_CONCEPTS.set(wordHash(w), cls);
  for (const pair of CJK_CONCEPTS[name] ?? []) CJK_PAIR_CONCEPTS.set(pair.charCodeAt(0) * 65536 + pair.charCodeAt(1), cls);
});
