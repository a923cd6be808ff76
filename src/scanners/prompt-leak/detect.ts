import { normalizeText } from '../../core/normalize/normalize.js';
import { SuffixAutomaton } from './suffix-automaton.js';
import { tokenize, type WordTokens } from './tokens.js';

/** The system prompt, tokenized and indexed once per distinct prompt. */
interface PromptIndex {
  tokens: WordTokens;
  ids: Map<string, number>;
  automaton: SuffixAutomaton;
  /** Characters from the first word to the last: what "the whole prompt" means for fractions. */
  contentChars: number;
}

/** A stretch of the output that reproduces part of the system prompt. */
export interface Leak {
  /** Span in the scanned output text. */
  start: number;
  end: number;
  /** Characters of the system prompt this stretch reproduces. */
  leakedChars: number;
  /** leakedChars as a share of the prompt (0..1). */
  fraction: number;
}

/** Prompts longer than this are indexed up to this many words (memory stays bounded). */
export const MAX_PROMPT_WORDS = 100_000;
/** Indexed prompts kept for reuse: at most this many, holding at most this many words together. */
const CACHE_SIZE = 16;
const CACHE_WORDS = 200_000;
const cache = new Map<string, PromptIndex>();
let cachedWords = 0;

/**
 * Finds every stretch of `output` that repeats at least `minChars` characters of `systemPrompt`
 * word for word, however it was re-spaced, re-cased, re-punctuated or wrapped in markdown.
 * Linear in output + prompt length (suffix automaton over word ids).
 *
 * Lengths are measured on the words joined by single spaces, so formatting neither helps nor hurts.
 * A prompt shorter than minChars counts as leaked when 80% of it (at least 24 characters) is repeated.
 */
export function findPromptLeaks(output: string, systemPrompt: string, minChars: number): { leaks: Leak[]; totalFraction: number } {
  const prompt = indexPrompt(systemPrompt);
  if (prompt.contentChars === 0) return { leaks: [], totalFraction: 0 };
  const threshold = Math.min(minChars, Math.max(24, Math.ceil(0.8 * prompt.contentChars)));
  const out = tokenize(output);
  const n = out.words.length;
  // A leak is a run of consecutive output words that are all prompt words, at least `threshold`
  // characters long joined by spaces. Most answers have no such run: they stop here, before the
  // automaton walk and its buffers.
  const ids = new Int32Array(n);
  let run = -1;
  let longestRun = 0;
  for (let i = 0; i < n; i++) {
    const id = prompt.ids.get(out.words[i]!) ?? -1;
    ids[i] = id;
    run = id < 0 ? -1 : run + out.words[i]!.length + 1;
    if (run > longestRun) longestRun = run;
  }
  if (longestRun < threshold) return { leaks: [], totalFraction: 0 };
  // charsBefore[i]: joined length of words [0, i) with one space after each.
  const charsBefore = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) charsBefore[i + 1] = charsBefore[i]! + out.words[i]!.length + 1;

  // Every (output interval, prompt interval) pair long enough to count, as flat quadruples.
  const hits: number[] = [];
  prompt.automaton.walk(ids, (i, length, promptEnd) => {
    const from = i - length + 1;
    const chars = charsBefore[i + 1]! - charsBefore[from]! - 1;
    if (chars >= threshold) hits.push(from, i, promptEnd - length + 1, promptEnd);
  });
  if (hits.length === 0) return { leaks: [], totalFraction: 0 };

  // The longest match ending at i+1 starts no earlier than the one ending at i, so hits arrive
  // sorted by both ends: a hit that neither overlaps nor touches the current group starts a new one.
  const leaks: Leak[] = [];
  const allPromptIntervals: [number, number][] = [];
  let groupStart = 0;
  const flush = (groupEnd: number) => {
    const intervals: [number, number][] = [];
    for (let h = groupStart; h < groupEnd; h += 4) intervals.push([hits[h + 2]!, hits[h + 3]!]);
    for (const interval of intervals) allPromptIntervals.push(interval);
    const leakedChars = promptChars(prompt.tokens, intervals);
    leaks.push({
      start: out.starts[hits[groupStart]!]!,
      end: out.ends[hits[groupEnd - 3]!]!,
      leakedChars,
      fraction: round(Math.min(1, leakedChars / prompt.contentChars)),
    });
    groupStart = groupEnd;
  };
  for (let h = 4; h < hits.length; h += 4) {
    if (hits[h]! > hits[h - 3]! + 1) flush(h);
  }
  flush(hits.length);
  const total = promptChars(prompt.tokens, allPromptIntervals);
  return { leaks, totalFraction: round(Math.min(1, total / prompt.contentChars)) };
}

/** Characters of the prompt covered by the union of word intervals (inclusive). */
function promptChars(tokens: WordTokens, intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curFrom = -1;
  let curTo = -2;
  const close = () => {
    if (curFrom >= 0) total += tokens.ends[curTo]! - tokens.starts[curFrom]!;
  };
  for (const [from, to] of intervals) {
    if (from <= curTo + 1) curTo = Math.max(curTo, to);
    else {
      close();
      curFrom = from;
      curTo = to;
    }
  }
  close();
  return total;
}

function indexPrompt(systemPrompt: string): PromptIndex {
  const cached = cache.get(systemPrompt);
  if (cached) {
    cache.delete(systemPrompt); // refresh its place in the LRU order
    cache.set(systemPrompt, cached);
    return cached;
  }
  // The output was normalized (NFKC, invisibles removed, look-alikes folded); the prompt must be too.
  const tokens = tokenize(normalizeText(systemPrompt).text, MAX_PROMPT_WORDS);
  const ids = new Map<string, number>();
  const symbols = Int32Array.from(tokens.words, (w) => {
    let id = ids.get(w);
    if (id === undefined) {
      id = ids.size;
      ids.set(w, id);
    }
    return id;
  });
  const n = tokens.words.length;
  const index: PromptIndex = {
    tokens,
    ids,
    automaton: new SuffixAutomaton(symbols, ids.size),
    contentChars: n === 0 ? 0 : tokens.ends[n - 1]! - tokens.starts[0]!,
  };
  cache.set(systemPrompt, index);
  cachedWords += n;
  while (cache.size > 1 && (cache.size > CACHE_SIZE || cachedWords > CACHE_WORDS)) {
    const [oldest, evicted] = cache.entries().next().value!;
    cache.delete(oldest);
    cachedWords -= evicted.tokens.words.length;
  }
  return index;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
