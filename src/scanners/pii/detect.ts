import { hasContext } from './context.js';
import type { PiiType, Recognizer, Verdict } from './recognizer.js';
import { CONTACT_RECOGNIZERS } from './recognizers/contact.js';
import { DATE_RECOGNIZERS } from './recognizers/dates.js';
import { FINANCIAL_RECOGNIZERS } from './recognizers/financial.js';
import { GOVERNMENT_RECOGNIZERS } from './recognizers/government.js';

/** One located piece of PII, offsets are UTF-16 indices into the scanned text. */
export interface PiiMatch {
  type: PiiType;
  format: string;
  start: number;
  end: number;
  score: number;
}

/** Every structured recognizer, in no particular order (overlaps are resolved by score). */
export const STRUCTURED_RECOGNIZERS: readonly Recognizer[] = [
  ...CONTACT_RECOGNIZERS,
  ...FINANCIAL_RECOGNIZERS,
  ...GOVERNMENT_RECOGNIZERS,
  ...DATE_RECOGNIZERS,
];

/** Longest single candidate a pattern may propose; longer runs are not PII values. */
const MAX_CANDIDATE = 4096;

export interface DetectOptions {
  /** Only these types (all when absent). */
  types?: ReadonlySet<string>;
  /** Candidates scoring below this are dropped before overlap resolution. */
  minScore?: number;
  recognizers?: readonly Recognizer[];
}

/** Runs the structured recognizers over `text` and returns non-overlapping matches, best first kept. */
export function detectStructured(text: string, options: DetectOptions = {}): PiiMatch[] {
  const minScore = options.minScore ?? 0.25;
  const candidates: PiiMatch[] = [];
  const all = (options.recognizers ?? STRUCTURED_RECOGNIZERS).filter((r) => !options.types || options.types.has(r.type));
  let regions: Array<[number, number]> | undefined;
  let lower: string | undefined;
  // Digit regions pay off on prose (few digits); on logs and tables they are the whole text anyway.
  const useRegions = digitDensity(text) < 0.02;
  for (const r of all) {
    if (r.digits) continue;
    if (r.prefilter && !r.prefilter(text)) continue;
    if (r.keywords) {
      lower ??= text.toLowerCase();
      if (!r.keywords.some((k) => lower!.includes(k))) continue;
    }
    if (r.needsDigit === false || !useRegions) {
      collect(r, text, 0, text.length, minScore, candidates, options.types);
      continue;
    }
    regions ??= digitRegions(text);
    for (const [from, to] of regions) collect(r, text, from, to, minScore, candidates, options.types);
  }
  const numeric = all.filter((r) => r.digits && (!r.prefilter || r.prefilter(text)));
  if (numeric.length > 0) dispatchDigitRuns(text, numeric, minScore, candidates, options.types);
  return resolveOverlaps(candidates);
}

/** Share of digits in a sample of the text (the first 4 KiB), to choose between region and whole-text scans. */
function digitDensity(text: string): number {
  const n = Math.min(text.length, 4096);
  let digits = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return n === 0 ? 0 : digits / n;
}

/** Digit groups joined by at most two separator characters: `4111 1111 1111 1111`, `(415) 555-0132`, `10.0.0.1`. */
const DIGIT_RUN = /\d+(?:[ ./()+-]{1,2}\d+)*/g;
/** Characters of context given to a recognizer on each side of a run (a leading `+`, `(`, a check letter). */
const RUN_PAD = 3;

/**
 * Finds digit runs once and gives each (padded) run to the recognizers that fit its digit count.
 * A run holding several values (`call 555 0132 or 555 0199`) reaches recognizers for longer counts
 * too, so each recognizer sees every run with at least its minimum number of digits.
 */
function dispatchDigitRuns(text: string, numeric: readonly Recognizer[], minScore: number, out: PiiMatch[], types?: ReadonlySet<string>): void {
  const minDigits = Math.min(...numeric.map((r) => r.digits![0]));
  DIGIT_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIGIT_RUN.exec(text)) !== null) {
    const run = m[0];
    let count = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 48 && c <= 57) count++;
    }
    if (count < minDigits) continue;
    const from = Math.max(0, m.index - RUN_PAD);
    const to = Math.min(text.length, m.index + run.length + RUN_PAD);
    for (const r of numeric) {
      // A run may hold several values: a recognizer runs when the run has at least its minimum.
      if (count < r.digits![0]) continue;
      collect(r, text, from, to, minScore, out, types);
    }
  }
}

/** Characters kept around each run of digits, so context, prefixes (`AB12…`) and lookbehinds still see enough. */
const REGION_PAD = 40;

/**
 * The parts of `text` that contain digits, padded and cut at whitespace. On prose they are a small
 * fraction of the text, and numeric recognizers only run there.
 */
export function digitRegions(text: string): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let from = Math.max(0, m.index - REGION_PAD);
    while (from > 0 && from > m.index - 2 * REGION_PAD && !/\s/.test(text[from - 1]!)) from--;
    let to = Math.min(text.length, m.index + m[0].length + REGION_PAD);
    while (to < text.length && to < m.index + m[0].length + 2 * REGION_PAD && !/\s/.test(text[to]!)) to++;
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
    re.lastIndex = Math.max(re.lastIndex, to - REGION_PAD);
  }
  return regions;
}

function collect(r: Recognizer, fullText: string, from: number, to: number, minScore: number, out: PiiMatch[], types?: ReadonlySet<string>): void {
  const re = r.pattern;
  const text = from === 0 && to === fullText.length ? fullText : fullText.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const value = m[0];
    if (value.length === 0) {
      re.lastIndex++;
      continue;
    }
    if (value.length > MAX_CANDIDATE) continue;
    const at = from + m.index;
    const raw = r.validate(value, fullText, at);
    if (raw === undefined) continue;
    const verdict: Verdict = typeof raw === 'number' ? { score: raw } : raw;
    const start = at + (verdict.trimStart ?? 0);
    const end = at + (verdict.trimEnd ?? value.length);
    if (end <= start) continue;
    let score = verdict.score;
    if (r.context && hasContext(fullText, start, end, r.context)) score += r.contextBoost ?? 0.35;
    if (r.negativeContext && hasContext(fullText, start, end, r.negativeContext)) score -= 0.3;
    score = Math.min(1, Math.max(0, score));
    if (score < minScore) continue;
    const type = verdict.type ?? r.type;
    if (types && !types.has(type)) continue;
    out.push({ type, format: r.format, start, end, score });
  }
}

/**
 * Keeps the best of overlapping matches: higher score first, then the longer span. A card number
 * that also parses as a phone number is reported once, as what it most likely is.
 */
export function resolveOverlaps(candidates: PiiMatch[]): PiiMatch[] {
  if (candidates.length < 2) return candidates;
  candidates.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiMatch[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
