/**
 * Context words: the text around a candidate says what it is. The window is small and taken from a
 * lower-cased copy of the text made once per scan, so the cost grows with the number of
 * candidates, not with the text.
 */
import { columnNameAt, type TableHeader } from './table-header.js';

/** Characters looked at before a candidate. */
export const CONTEXT_BEFORE = 48;
/** Characters looked at after a candidate. */
export const CONTEXT_AFTER = 24;

/** The scanned text and, made on first use, its lower-case copy and the header of a table at its top. */
export interface ContextSource {
  text: string;
  lower: () => string;
  header?: () => TableHeader | null;
}

/** The lower-cased text just before and just after a candidate. */
export interface ContextWindow {
  before: string;
  after: string;
}

/** The window around [start, end). */
export function contextAround(source: ContextSource, start: number, end: number): ContextWindow {
  const from = Math.max(0, start - CONTEXT_BEFORE);
  const lower = source.lower();
  // Lower-casing keeps offsets except for a few characters (İ becomes two); then cut the original.
  if (lower.length === source.text.length) return { before: lower.slice(from, start), after: lower.slice(end, end + CONTEXT_AFTER) };
  return { before: source.text.slice(from, start).toLowerCase(), after: source.text.slice(end, end + CONTEXT_AFTER).toLowerCase() };
}

/**
 * One expression per word list (a single search of the window instead of one per word), and by
 * char code the ASCII characters its words are made of, those they begin with and those that come
 * second in them; and the length of the shortest word.
 */
interface WordList {
  pattern: RegExp;
  /** The same alternation with the global flag, to find every occurrence. */
  everywhere: RegExp;
  chars: Uint8Array;
  firsts: Uint8Array;
  seconds: Uint8Array;
  shortest: number;
}

const wordLists = new WeakMap<readonly string[], WordList>();

function wordList(words: readonly string[]): WordList {
  let list = wordLists.get(words);
  if (!list) {
    const chars = new Uint8Array(128);
    const firsts = new Uint8Array(128);
    const seconds = new Uint8Array(128);
    for (const w of words) {
      for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 128) chars[w.charCodeAt(i)] = 1;
      if (w.charCodeAt(0) < 128) firsts[w.charCodeAt(0)] = 1;
      if (w.length > 1 && w.charCodeAt(1) < 128) seconds[w.charCodeAt(1)] = 1;
    }
    const shortest = words.reduce((min, w) => Math.min(min, w.length), Infinity);
    const alternation = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    list = { pattern: new RegExp(alternation), everywhere: new RegExp(alternation, 'g'), chars, firsts, seconds, shortest };
    wordLists.set(words, list);
  }
  return list;
}

/**
 * True when any of `words` occurs in the window around [start, end) of the source: before or after
 * the candidate, not across it. The same answer as `mentionsAny(contextAround(…))`, most often with
 * one search of the window with the candidate inside. A word found there that overlaps the
 * candidate either runs into it, and then holds its first character, or begins inside it: when no
 * word holds the first character and none can begin at any of its characters (a number or a date
 * against words of letters), the one search answers for both sides. A word of two or more
 * characters that begins with a character of the candidate other than its last goes on with the
 * next one: when that is no word's second character (`415 555` against ` is at `, the space
 * followed by a digit), no word begins there.
 */
export function mentionedAround(source: ContextSource, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = source.lower();
  if (lower.length === source.text.length && start < end) {
    const { pattern, chars, firsts, seconds, shortest } = wordList(words);
    const first = lower.charCodeAt(start);
    let oneSearch = first < 128 && chars[first] !== 1;
    for (let i = start; oneSearch && i < end; i++) {
      const c = lower.charCodeAt(i);
      // Past ASCII: a word may hold the character (`né le`), so both sides are searched apart.
      if (c >= 128) oneSearch = false;
      else if (firsts[c] === 1) {
        const next = i + 1 < end ? lower.charCodeAt(i + 1) : 128;
        if (shortest < 2 || next >= 128 || seconds[next] === 1) oneSearch = false;
      }
    }
    if (oneSearch) return pattern.test(lower.slice(Math.max(0, start - CONTEXT_BEFORE), end + CONTEXT_AFTER));
  }
  return mentionsAny(contextAround(source, start, end), words);
}

/**
 * True when the candidate at `at` sits in a table column whose name holds one of `words` ("phone",
 * "ssn", "card_number"): a row's cells are often farther from their header than the window reaches.
 */
export function columnMentions(source: ContextSource, at: number, words: readonly string[]): boolean {
  const header = source.header?.();
  if (!header || words.length === 0) return false;
  const name = columnNameAt(source.text, header, at);
  return name !== undefined && wordList(words).pattern.test(name);
}

/** True when any of `words` occurs in the window (before or after the candidate, not across it). */
export function mentionsAny(window: ContextWindow, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const re = wordList(words).pattern;
  return re.test(window.before) || re.test(window.after);
}

/** The name of the table column the candidate at `at` sits in, or undefined (no table, or a row that does not fit its header). */
export function columnAt(source: ContextSource, at: number): string | undefined {
  const header = source.header?.();
  return header ? columnNameAt(source.text, header, at) : undefined;
}

/**
 * True when one of `words` occurs in the window around [start, end) outside every occurrence of
 * `masks`: the "dial" of "dial-in code 482 991 07" belongs to the negative phrase and is no second,
 * positive cue. Asked only when a candidate has both kinds of context, which is rare.
 */
export function mentionedOutside(source: ContextSource, start: number, end: number, words: readonly string[], masks: readonly string[]): boolean {
  const window = contextAround(source, start, end);
  const masked = wordList(masks).everywhere;
  const blank = (s: string) => s.replace(masked, (m) => ' '.repeat(m.length));
  return mentionsAny({ before: blank(window.before), after: blank(window.after) }, words);
}

/** True when any of `words` occurs in the window around [start, end) of `text` (for validators). */
export function hasContext(text: string, start: number, end: number, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, start - CONTEXT_BEFORE), start).toLowerCase();
  const after = text.slice(end, end + CONTEXT_AFTER).toLowerCase();
  return mentionsAny({ before, after }, words);
}
