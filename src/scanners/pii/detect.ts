import { flatCopy } from '../../core/flat-string.js';
import { findAnchors } from './anchors.js';
import { codeUnits, releaseCodeUnits } from './code-units.js';
import { columnAt, columnMentions, mentionedAround, mentionedOutside, type ContextSource } from './context.js';
import { findTableHeader, type TableHeader } from './table-header.js';
import { dispatchDigitRuns } from './digit-runs.js';
import { recognizersWithKeywords } from './keywords.js';
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
  /**
   * Scan the whole text with every pattern instead of trying them at anchors and digit groups:
   * many times slower, the reference the fast path is tested against.
   */
  wholeText?: boolean;
}

/** Runs the structured recognizers over `text` and returns non-overlapping matches, best first kept. */
export function detectStructured(input: string, options: DetectOptions = {}): PiiMatch[] {
  const text = flatCopy(input);
  const minScore = options.minScore ?? 0.25;
  const recognizers = options.recognizers ?? STRUCTURED_RECOGNIZERS;
  const plan = planFor(recognizers);
  const scan = new Scan(text, plan, minScore, options.types);
  const { candidates } = scan;
  const active = activeRecognizers(recognizers, plan, scan, options.types);
  for (const { index, beginScan } of plan.beginScans) {
    if (active[index]) beginScan(text);
  }

  if (options.wholeText) {
    recognizers.forEach((r, index) => {
      if (active[index]) scanWhole(r, index, scan);
    });
    return withValuesInsideUrls(candidates, resolveOverlaps(candidates));
  }
  // The token pass and the digit runs read the characters from one typed copy (code-units.ts).
  const units = codeUnits(text);
  try {
    const { candidates: anchored, digitTokens } = findAnchors(text, recognizers, active, units);
    // In list order, which decides between otherwise equal candidates (see resolveOverlaps).
    for (const index of plan.notDigits) {
      if (!active[index]) continue;
      if (plan.anchored[index]) {
        // Left to right, never inside the previous match: the same matches a global scan would find.
        let nextAllowed = 0;
        for (const at of anchored[index]!) {
          if (at < nextAllowed) continue;
          const end = scan.tryAt(index, at);
          if (end >= 0) nextAllowed = Math.max(end, at + 1);
        }
        continue;
      }
      scanWhole(recognizers[index]!, index, scan);
    }
    // An arrow passed as it is made gets no name to set (see Scan), and calls through it can be inlined.
    dispatchDigitRuns(text, recognizers, active, (index, at, evaluateIt) => scan.tryAt(index, at, evaluateIt), digitTokens, units);
  } finally {
    releaseCodeUnits(units, text.length);
  }
  return withValuesInsideUrls(candidates, resolveOverlaps(candidates));
}

/**
 * One scan's state: the text, its lower-cased copy and the header of a table at its top (both made
 * on first use, see ContextSource), and the candidates found. Methods of a class rather than
 * closures made by each scan: under tsx (esbuild's `keepNames`, which the benchmarks and tests run
 * with) every closure made costs an `Object.defineProperty` of its name, which took about a fifth
 * of the time of a scan of a short text and a few percent at 4 KiB.
 */
class Scan implements ContextSource {
  readonly candidates: PiiMatch[] = [];
  private lowerCopy: string | undefined = undefined;
  private tableHeader: TableHeader | null | undefined = undefined;

  constructor(readonly text: string, private readonly plan: ListPlan, private readonly minScore: number, private readonly types: ReadonlySet<string> | undefined) {}

  lower(): string {
    return (this.lowerCopy ??= this.text.toLowerCase());
  }

  header(): TableHeader | null {
    if (this.tableHeader === undefined) this.tableHeader = findTableHeader(this.text);
    return this.tableHeader;
  }

  evaluate(index: number, value: string, at: number): void {
    evaluateCandidate(this.plan.checks[index]!, value, this, at, this.minScore, this.candidates, this.types);
  }

  /** Tries recognizer `index`'s pattern at `at`: where the match ends (evaluated unless `evaluateIt` is false), or -1. */
  tryAt(index: number, at: number, evaluateIt = true): number {
    const re = this.plan.sticky[index]!;
    re.lastIndex = at;
    // `test` leaves the end in lastIndex without building a match array (most tries are refused).
    if (!re.test(this.text)) return -1;
    const end = re.lastIndex;
    if (evaluateIt) this.evaluate(index, this.text.slice(at, end), at);
    return end;
  }
}

/**
 * Types reported inside a URL as well as the URL itself. A card number in `?pan=…`, an e-mail in
 * `?email=…` or the IP address a URL points at is still that value: a policy that redacts cards
 * must see the card, where the URL alone is only flagged by default (a log line with a card in a
 * query string went through unredacted). Digits in URL paths and queries are mostly ids, so phone
 * numbers, dates and the like stay inside the URL.
 */
const KEPT_INSIDE_URLS: ReadonlySet<string> = new Set(['EMAIL', 'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'US_SSN']);

/**
 * Adds back, to the matches overlap resolution kept, the candidates of KEPT_INSIDE_URLS types that
 * lost only to a URL around them: wholly inside a kept URL, overlapping no other kept match nor one
 * another. `all` is in start order (resolveOverlaps sorts it); so is the result.
 */
function withValuesInsideUrls(all: readonly PiiMatch[], kept: PiiMatch[]): PiiMatch[] {
  if (kept.length === 0 || all.length === kept.length) return kept;
  const urls = kept.filter((m) => m.type === 'URL');
  if (urls.length === 0) return kept;
  const others = kept.filter((m) => m.type !== 'URL');
  const keptSet = new Set(kept);
  const added: PiiMatch[] = [];
  // Kept matches do not overlap one another and are in start order, so their ends are in order
  // too: one pointer into each list serves every candidate (a text of many URLs stays linear).
  let u = 0;
  let o = 0;
  for (const c of all) {
    if (keptSet.has(c) || !KEPT_INSIDE_URLS.has(c.type)) continue;
    while (u < urls.length && urls[u]!.end <= c.start) u++;
    const url = urls[u];
    if (!url || url.start > c.start || c.end > url.end) continue;
    if (added.length > 0 && added[added.length - 1]!.end > c.start) continue;
    while (o < others.length && others[o]!.end <= c.start) o++;
    if (o < others.length && others[o]!.start < c.end) continue; // overlaps a value kept on its own
    added.push(c);
  }
  if (added.length === 0) return kept;
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/**
 * What a scan reads of a recognizer list, read out of the recognizer objects once. Their shapes
 * all differ, so a loop over the list reading `r.prefilter`, `r.keywords`, `r.anchor` makes a slow
 * property lookup per recognizer and per scan: for a short text (a chat message) such loops cost
 * more than the pass over its characters.
 */
interface ListPlan {
  checks: Check[];
  /** The patterns as sticky expressions, to match at one position without scanning. */
  sticky: RegExp[];
  /** By index: the recognizer's type, for `DetectOptions.types`. */
  types: PiiType[];
  prefilters: { index: number; prefilter: (text: string) => boolean }[];
  /** Indices of the recognizers gated by `keywords`. */
  keyworded: number[];
  beginScans: { index: number; beginScan: (text: string) => void }[];
  /** Indices, in list order, of the recognizers without `digits` (anchored or scanning the whole text). */
  notDigits: number[];
  /** By index: whether the recognizer has an anchor. */
  anchored: boolean[];
}

const plansByList = new WeakMap<readonly Recognizer[], ListPlan>();

function planFor(recognizers: readonly Recognizer[]): ListPlan {
  let plan = plansByList.get(recognizers);
  if (plan) return plan;
  const indices = recognizers.map((_, i) => i);
  plan = {
    checks: checksFor(recognizers),
    sticky: recognizers.map((r) => new RegExp(r.pattern.source, r.pattern.flags.replace('g', '') + 'y')),
    types: recognizers.map((r) => r.type),
    prefilters: indices.flatMap((index) => {
      const prefilter = recognizers[index]!.prefilter;
      return prefilter ? [{ index, prefilter }] : [];
    }),
    keyworded: indices.filter((i) => recognizers[i]!.keywords),
    beginScans: indices.flatMap((index) => {
      const r = recognizers[index]!;
      // Called with the recognizer as `this`, as a method call would.
      return r.beginScan ? [{ index, beginScan: r.beginScan.bind(r) }] : [];
    }),
    notDigits: indices.filter((i) => !recognizers[i]!.digits),
    anchored: recognizers.map((r) => r.anchor !== undefined),
  };
  plansByList.set(recognizers, plan);
  return plan;
}

/**
 * By index, whether a recognizer runs on the text: its type is wanted, its prefilter passes, and one
 * of its keywords occurs (looked for only while a keyword-gated recognizer is still in).
 */
function activeRecognizers(recognizers: readonly Recognizer[], plan: ListPlan, source: ContextSource, types: ReadonlySet<string> | undefined): boolean[] {
  const active = new Array<boolean>(plan.types.length).fill(true);
  if (types) plan.types.forEach((type, i) => (active[i] = types.has(type)));
  for (const { index, prefilter } of plan.prefilters) {
    if (active[index] && !prefilter(source.text)) active[index] = false;
  }
  let withKeywords: Set<number> | undefined;
  for (const index of plan.keyworded) {
    if (!active[index]) continue;
    withKeywords ??= recognizersWithKeywords(source.lower(), recognizers);
    if (!withKeywords.has(index)) active[index] = false;
  }
  return active;
}

/** Runs a recognizer's global pattern over the whole text (recognizers without an anchor). */
function scanWhole(r: Recognizer, index: number, scan: Scan): void {
  const { text } = scan;
  const re = r.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    scan.evaluate(index, m[0], m.index);
  }
}

/**
 * What evaluating a candidate reads of its recognizer, in objects of one shape: the recognizers'
 * own shapes all differ, which makes each property read in the hot path a slow lookup.
 */
interface Check {
  type: PiiType;
  format: string;
  validate: Recognizer['validate'];
  context: readonly string[] | undefined;
  contextBoost: number;
  negativeContext: readonly string[] | undefined;
  notInColumn: ((column: string, value: string) => boolean) | undefined;
}

function checksFor(recognizers: readonly Recognizer[]): Check[] {
  return recognizers.map((r) => ({
    type: r.type,
    format: r.format,
    // Called with the recognizer as `this`, as a method call would.
    validate: r.validate.bind(r),
    context: r.context,
    contextBoost: r.contextBoost ?? 0.35,
    negativeContext: r.negativeContext,
    notInColumn: r.notInColumn,
  }));
}

/** Validates one candidate, adds context, and keeps it when it scores at least `minScore`. */
function evaluateCandidate(r: Check, value: string, source: ContextSource, at: number, minScore: number, out: PiiMatch[], types?: ReadonlySet<string>): void {
  if (value.length === 0 || value.length > MAX_CANDIDATE) return;
  const text = source.text;
  const raw = r.validate(value, text, at);
  if (raw === undefined) return;
  // Most validators answer a bare score: no verdict object is made for them.
  const verdict: Verdict | undefined = typeof raw === 'number' ? undefined : raw;
  const start = at + (verdict?.trimStart ?? 0);
  const end = at + (verdict?.trimEnd ?? value.length);
  if (end <= start) return;
  let score = verdict === undefined ? (raw as number) : verdict.score;
  if (r.notInColumn) {
    const column = columnAt(source, start);
    if (column !== undefined && r.notInColumn(column, text.slice(start, end))) return;
  }
  const positive = r.context !== undefined && (mentionedAround(source, start, end, r.context) || columnMentions(source, start, r.context));
  const negative = r.negativeContext !== undefined && (mentionedAround(source, start, end, r.negativeContext) || columnMentions(source, start, r.negativeContext));
  // With both, a positive word that is only part of a negative phrase ("dial" of "dial-in code") adds nothing.
  if (positive && (!negative || columnMentions(source, start, r.context!) || mentionedOutside(source, start, end, r.context!, r.negativeContext!))) score += r.contextBoost;
  if (negative) score -= 0.3;
  score = Math.min(1, Math.max(0, score));
  if (score < minScore) return;
  const type = verdict?.type ?? r.type;
  if (types && !types.has(type)) return;
  out.push({ type, format: r.format, start, end, score });
}

/**
 * Keeps the best of overlapping matches: higher score first, then the longer span. A card number
 * that also parses as a phone number is reported once, as what it most likely is.
 */
export function resolveOverlaps(candidates: PiiMatch[]): PiiMatch[] {
  if (candidates.length < 2) return candidates;
  // In start order the candidates fall into clusters that overlap one another, and the rule
  // decides within each cluster alone. Most are a single candidate, kept as it is: only a value
  // that several recognizers propose needs the preference order (ties keep input order, which the
  // stable sort by start preserves for candidates that begin at the same place).
  stableSort(candidates, byStart);
  const kept: PiiMatch[] = [];
  let from = 0;
  while (from < candidates.length) {
    let end = candidates[from]!.end;
    let to = from + 1;
    while (to < candidates.length && candidates[to]!.start < end) end = Math.max(end, candidates[to++]!.end);
    if (to - from === 1) kept.push(candidates[from]!);
    else keepBest(candidates.slice(from, to), end, kept);
    from = to;
  }
  return kept;
}

/**
 * Adds to `kept`, in start order, the best of one cluster of overlapping candidates (in start
 * order) that ends at `end`.
 */
function keepBest(cluster: PiiMatch[], end: number, kept: PiiMatch[]): void {
  const base = cluster[0]!.start;
  stableSort(cluster, byPreference);
  // Characters of the cluster already taken by a kept match, from `base`: each candidate looks
  // only at its own span, so the work is the total length of the candidates, never candidates ×
  // kept (a megabyte of overlapping dates stays linear).
  const taken = takenScratch(end - base);
  const best: PiiMatch[] = [];
  for (const c of cluster) {
    let free = true;
    for (let i = c.start - base; i < c.end - base; i++) {
      if (taken[i] === 1) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start - base, c.end - base);
    best.push(c);
  }
  // Hand the scratch back clean: only the kept spans were marked.
  for (const c of best) taken.fill(0, c.start - base, c.end - base);
  for (const c of stableSort(best, byStart)) kept.push(c);
}

const byPreference = (a: PiiMatch, b: PiiMatch): number => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start;
const byStart = (a: PiiMatch, b: PiiMatch): number => a.start - b.start;

/**
 * `Array.prototype.sort` (stable) for long lists; an insertion sort, also stable and so giving the
 * same order, for the few dozen candidates of a record, where the built-in sort's cost per call
 * showed in the profile.
 */
function stableSort(list: PiiMatch[], compare: (a: PiiMatch, b: PiiMatch) => number): PiiMatch[] {
  if (list.length > 48) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/**
 * One zeroed buffer reused for the clusters of overlapping candidates up to SCRATCH_MAX characters
 * long: a fresh typed array each time costs an off-heap allocation that shows in the profile
 * (scans are synchronous, so no two use it at once). Longer clusters get their own, so a huge one
 * does not leave a huge buffer behind.
 */
const SCRATCH_MAX = 1 << 20;
let scratch = new Uint8Array(4096);

function takenScratch(length: number): Uint8Array {
  if (length > SCRATCH_MAX) return new Uint8Array(length);
  if (scratch.length < length) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(length, scratch.length * 2)));
  return scratch;
}
