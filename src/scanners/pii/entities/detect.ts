import { findJapaneseEntities } from './japanese.js';
import type { PiiMatch } from '../detect.js';
import type { PiiType } from '../recognizer.js';
import { findAddresses } from './addresses.js';
import { findDatelines } from './datelines.js';
import { findKindWordPlaces } from './kind-word-places.js';
import { gazetteer } from './gazetteer.js';
import { findEponymousOrganizations, findHeadedOrganizations, findOrganizations } from './organizations.js';
import { findLabelledFields, type NeutralSpans } from './fields.js';
import { findIntroducedLowercaseNames, findLowercaseEntities, findUppercaseLines, isLowercaseText } from './lowercase.js';
import { findNameLists } from './name-lists.js';
import { indexText } from './text-index.js';
import { overBudgetWindows, scanLimitFindings, withoutWindows } from './budget.js';
import { SpanIndex } from './span-index.js';
import { findTrailingRegionCodes } from './region-codes.js';

export { SpanIndex };
import { findBlockHeadNames, findNamesAndPlaces, findRepeatedNames } from './names-places.js';

export interface EntityOptions {
  types?: ReadonlySet<string>;
  minScore: number;
  /**
   * Also report the city, state or region and country parts of an address block as LOCATION,
   * inside the ADDRESS that keeps the whole block (default PLACES_IN_ADDRESSES).
   */
  placesInAddresses?: boolean;
}

/**
 * Data labelled street by street ("Puruntie 82" ADDRESS, "LAPPEENRANTA" LOCATION, "53650" ZIP_CODE)
 * wants the places of a block as LOCATION too; data that labels the whole block ADDRESS counts them as
 * false locations. On presidio_research_synth_v2 both occur (86 places are labelled LOCATION, 202 lie in
 * a block labelled ADDRESS whole): with them, LOCATION went from P .898 R .645 to P .602 R .854. Off by
 * default, so a block stays one ADDRESS; the pii option `placesInAddresses: true` turns it on.
 */
export const PLACES_IN_ADDRESSES = false;

/**
 * The PERSON / LOCATION / ADDRESS / ORGANIZATION layer, heuristic and offline: labelled fields (JSON
 * members, key=value pairs, form lines, CSV columns), street-address shapes with their blocks,
 * capitalised word runs judged by gazetteers (names, real cities, countries) and the words around
 * them, lower-case names, and organisation suffixes. A confident structured match keeps its span;
 * a weak one gives way to a surer entity that contains it.
 */
export function detectEntities(input: string, structured: PiiMatch[], options: EntityOptions): PiiMatch[] {
  let text = input;
  const want = (t: PiiType) => !options.types || options.types.has(t);
  if (!want('PERSON') && !want('LOCATION') && !want('ADDRESS') && !want('ORGANIZATION')) return structured;
  const g = gazetteer();
  // One pass that says where each detector can match; most skip most texts or run at a few places.
  let index = indexText(text);
  // Windows with more candidate runs than the work budget are left out of the layer (blanked) and
  // reported whole as PII_SCAN_LIMIT (budget.ts): a text built of names cannot buy seconds of CPU.
  const overBudget = overBudgetWindows(text, index);
  const limits = overBudget.length > 0 ? scanLimitFindings(text, overBudget) : [];
  if (overBudget.length > 0) {
    text = withoutWindows(text, overBudget);
    index = indexText(text);
  }
  const found: PiiMatch[] = [];
  const neutral: NeutralSpans = [];
  findLabelledFields(text, g, found, want, neutral, index);
  // City, state and country parts of address blocks, reported as LOCATION inside the ADDRESS.
  const places: PiiMatch[] = [];
  const wantPlaces = want('LOCATION') && (options.placesInAddresses ?? PLACES_IN_ADDRESSES);
  if (want('ADDRESS')) findAddresses(text, found, wantPlaces ? places : undefined, index);
  // Organisations are found even when they are not wanted: they keep their words out of the names and
  // places ("Clare County Council", "Morgan Stanley", "Trattoria da Nives"), so asking for PERSON alone
  // gives the same people as asking for everything.
  if (want('ORGANIZATION') || want('PERSON') || want('LOCATION')) {
    findOrganizations(text, g, found, index);
    findEponymousOrganizations(text, found, index);
    findHeadedOrganizations(text, found, index);
  }
  findJapaneseEntities(text, found, want('PERSON'), want('LOCATION'), want('ADDRESS'));
  if (want('PERSON') || want('LOCATION')) {
    findNamesAndPlaces(text, g, found, want('PERSON'), want('LOCATION'), index);
    if (want('LOCATION')) {
      findDatelines(text, g, found);
      findKindWordPlaces(text, index.upper, found);
    }
    if (isLowercaseText(text, index)) findLowercaseEntities(text, g, found, want('PERSON'), want('LOCATION'));
    else {
      // The run needs ten capitals at least.
      if (index.upper.length >= 10 && UPPERCASE_RUN.test(text)) findUppercaseLines(text, g, found, want('PERSON'), want('LOCATION'));
      if (want('PERSON')) findIntroducedLowercaseNames(text, g, found, index);
    }
    if (want('PERSON')) findNameLists(text, g, found, index);
    if (want('PERSON')) findBlockHeadNames(text, g, found);
    if (want('PERSON')) findRepeatedNames(text, g, found, index);
  }
  if (want('LOCATION')) findTrailingRegionCodes(text, found.filter((f) => f.score >= options.minScore), found);
  // Nothing found (most prompts): the structured matches, in the order below.
  if (found.length === 0 && places.length === 0) return [...structured, ...limits].sort(byPosition);
  // A value under a neutral label ("product": "Jordan Sneakers") is no name, whatever its shape.
  const neutralIndex = new SpanIndex(neutral);
  const inNeutral = (f: PiiMatch) => f.type !== 'ADDRESS' && !f.format.startsWith('FIELD_') && neutralIndex.overlapping(f).length > 0;
  const candidates = mergeAddresses(neutral.length > 0 ? found.filter((f) => !inNeutral(f)) : found);
  // The structured matches still kept, and the entities taken so far, indexed by position: a text
  // of thousands of names compared every candidate with every kept span (quadratic; 200 KB of
  // "John Smith, " took seconds).
  const keptIndex = new SpanIndex(structured);
  const entityIndex = new SpanIndex<PiiMatch>([]);
  // Addresses first: a city or a name inside an address block is part of the address.
  // A labelled field ("city": "…") is surer than any reading of the text around it.
  const rank = (m: PiiMatch) => (m.format.startsWith('FIELD_') ? 2 : m.type === 'ADDRESS' ? 1 : 0);
  candidates.sort((a, b) => rank(b) - rank(a) || b.score - a.score || b.end - b.start - (a.end - a.start));
  const entities: PiiMatch[] = [];
  for (let f of candidates) {
    if (f.score < options.minScore) continue;
    // An address block that runs on into a phone number ends where the number starts.
    const blocker = keptIndex.overlapping(f).find((k) => k.score >= STRUCTURED_WINS || k.score >= f.score);
    if (blocker && f.type === 'ADDRESS' && blocker.start > f.start) {
      const end = f.start + text.slice(f.start, blocker.start).trimEnd().replace(/[,;]$/, '').length;
      if (end - f.start < 4) continue;
      f = { ...f, end };
    }
    if (entityIndex.overlapping(f).length > 0) continue;
    // A confident structured match wins; a weak guess ("7873 216" as a phone number inside a
    // street address) gives way to a more confident entity.
    // An address that holds a weakly scored number ("17031 2202 Rissik St" read as a phone number) is the address.
    const contains = (k: PiiMatch) => f.type === 'ADDRESS' && k.start >= f.start && k.end < f.end && f.score - k.score >= 0.2;
    const overlappingKept = keptIndex.overlapping(f);
    if (overlappingKept.some((k) => (k.score >= STRUCTURED_WINS || k.score >= f.score) && !contains(k))) continue;
    for (const k of overlappingKept) keptIndex.remove(k);
    entities.push(f);
    entityIndex.add(f);
  }
  const kept = keptIndex.all();
  const inBlocks = places.length > 0 ? placesInAddresses(places, entities, kept, options.minScore) : [];
  return [...kept, ...entities.filter((e) => want(e.type)), ...inBlocks, ...limits].sort(byPosition);
}

/**
 * The places of address blocks that lie inside an address that was kept (as it was kept: cut short
 * before a phone number, or given way to a structured match), where no other entity or structured
 * match claims the words. These overlap their ADDRESS on purpose; redaction merges overlapping spans.
 */
function placesInAddresses(places: PiiMatch[], entities: PiiMatch[], kept: PiiMatch[], minScore: number): PiiMatch[] {
  const out: PiiMatch[] = [];
  const overlaps = (a: PiiMatch, b: PiiMatch) => a.start < b.end && b.start < a.end;
  for (const p of places) {
    if (p.score < minScore || out.some((o) => overlaps(o, p))) continue;
    if (!entities.some((e) => e.type === 'ADDRESS' && e.start <= p.start && p.end <= e.end)) continue;
    if (entities.some((e) => e.type !== 'ADDRESS' && overlaps(e, p)) || kept.some((k) => overlaps(k, p))) continue;
    out.push(p);
  }
  return out;
}

/** By start, the longer first. */
const byPosition = (a: PiiMatch, b: PiiMatch) => a.start - b.start || b.end - a.end;

/**
 * Five words in capitals in a row: a cheap test before lines in capitals are read as lower-case text.
 * Tried only where a word of capitals starts: from inside one, the engine backtracked through every
 * split of the run, and a text of 20,000 capitals took seconds.
 */
const UPPERCASE_RUN = /(?<!\p{Lu})(?:\p{Lu}{2,}[ \t:,.-]+){4}\p{Lu}{2,}/u;

/** Structured matches at or above this score are never displaced by an entity. */
const STRUCTURED_WINS = 0.5;

/** Overlapping address candidates are parts of one address ("353 Buerlia 227" and "Apt. 391 …"): one span, the best score. */
function mergeAddresses(found: PiiMatch[]): PiiMatch[] {
  const addresses = found.filter((f) => f.type === 'ADDRESS' && !f.format.startsWith('FIELD_')).sort((a, b) => a.start - b.start);
  const merged: PiiMatch[] = [];
  for (const a of addresses) {
    const last = merged[merged.length - 1];
    if (last && a.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, a.end), score: Math.max(last.score, a.score) };
    else merged.push(a);
  }
  return [...found.filter((f) => f.type !== 'ADDRESS' || f.format.startsWith('FIELD_')), ...merged];
}
