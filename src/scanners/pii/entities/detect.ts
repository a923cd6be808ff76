import type { PiiMatch } from '../detect.js';
import type { PiiType } from '../recognizer.js';
import { gazetteer, type Gazetteer } from './gazetteer.js';

export interface EntityOptions {
  types?: ReadonlySet<string>;
  minScore: number;
}

/**
 * The PERSON / LOCATION / ADDRESS / ORGANIZATION layer: capitalised word runs looked up in
 * gazetteers (first and last names, places), street and organisation shapes, and context words.
 * It is a heuristic layer, not a trained model: it knows names its gazetteer holds and shapes it
 * was written for. Spans never overlap a structured match.
 */
export function detectEntities(text: string, structured: PiiMatch[], options: EntityOptions): PiiMatch[] {
  const want = (t: PiiType) => !options.types || options.types.has(t);
  if (!want('PERSON') && !want('LOCATION') && !want('ADDRESS') && !want('ORGANIZATION')) return structured;
  const g = gazetteer();
  const found: PiiMatch[] = [];
  if (want('ADDRESS')) findAddresses(text, found);
  if (want('ORGANIZATION')) findOrganizations(text, g, found);
  if (want('PERSON') || want('LOCATION')) findNamesAndPlaces(text, g, found, want('PERSON'), want('LOCATION'));
  const kept = structured.slice();
  const overlaps = (a: PiiMatch, b: PiiMatch) => a.start < b.end && b.start < a.end;
  // Addresses first: a city or a name inside an address block is part of the address.
  const rank = (m: PiiMatch) => (m.type === 'ADDRESS' ? 1 : 0);
  found.sort((a, b) => rank(b) - rank(a) || b.score - a.score || b.end - b.start - (a.end - a.start));
  const entities: PiiMatch[] = [];
  for (const f of found) {
    if (f.score < options.minScore) continue;
    if (kept.some((k) => overlaps(k, f)) || entities.some((e) => overlaps(e, f))) continue;
    entities.push(f);
  }
  return [...kept, ...entities].sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- addresses

const STREET_WORDS =
  'street|st|avenue|ave|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|place|pl|square|sq|terrace|way|parkway|pkwy|highway|hwy|circle|cir|crescent|close|row|alley|trail|path|walk|gardens|park|hill|grove|view|mews|squares|streets|roads|forges|fort|ports|ville|ridge|crossing';
const STREET_ENDINGS = /(?:katu|tie|kuja|polku|gatan|vägen|väg|vej|gade|straße|strasse|str\.|gasse|weg|laan|straat|plein|utca|út|ulica|ul\.|allee|platz|ring|veien|gata|vegur)$/i;
const STREET_PREFIX = /^(?:via|viale|piazza|rua|avenida|av\.|calle|carrer|rue|boulevard|chemin|place|plaza|praça|travessa|largo|strada)$/i;

/** "1668 Glyn St", "Puruntie 82", "Via Franscini 71", "Apt. 595", "PSC 0413, Box 8144", "APO AA 42323". */
const ADDRESS_PATTERNS: ReadonlyArray<{ re: RegExp; score: number; check?: (m: RegExpExecArray) => boolean }> = [
  {
    re: new RegExp(`\\b\\d{1,6}[A-Za-z]?,? (?:[\\p{Lu}\\d][\\p{L}'’.-]*[ ]){0,4}(?:${STREET_WORDS})\\b\\.?`, 'giu'),
    score: 0.8,
  },
  {
    re: /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{L}'’.-]+ ){0,2}[\p{L}][\p{L}'’.-]+ \d{1,5}[A-Za-z]?\b/gu,
    score: 0.75,
    check: (m) => {
      const words = m[0].split(' ');
      const name = words.slice(0, -1);
      return STREET_ENDINGS.test(name[name.length - 1]!) || STREET_PREFIX.test(name[0]!) || /^(?:u\.|utca)$/i.test(name[name.length - 1]!);
    },
  },
  { re: /\b(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|Flat|Room|Floor)\s?#?\d{1,5}[A-Za-z]?\b/giu, score: 0.75 },
  // "450 Præstevænget 15", "10252 Μεγάλη Άμμος 184": postcode or number, street name, house number.
  { re: /\b\d{2,6} (?:[\p{L}][\p{L}'’.-]+ ){1,4}\d{1,5}[A-Za-z]?\b/gu, score: 0.7 },
  // After words that announce an address, the rest of the line up to a sentence end.
  {
    re: /(?<=\b(?:lives at|live at|living at|address(?: is|:)|is at|located at|sent to|send it to|ship to|deliver to|delivered to|mail it to|office is at|off at|enter on|billing address with|moved to|corner of|resides at|residing at)\s+)[^\n.?!;]{4,80}?(?=\s*(?:[.?!;]\s|[.?!;]?$|\n\n|\.$|, and\b| and the\b))/gimu,
    score: 0.7,
    check: (m) => /\d/.test(m[0]) || /\b(?:street|st|avenue|road|rd|lane|drive|corner|blvd)\b/i.test(m[0]),
  },
  { re: /\b(?:PSC|Unit) \d{4},? Box \d{4}\b/g, score: 0.85 },
  { re: /\b(?:APO|FPO|DPO) (?:AA|AE|AP) \d{5}\b/g, score: 0.85 },
  { re: /\b(?:P\.?O\.? Box|Postfach|Apartado) \d{1,6}\b/gi, score: 0.75 },
];

function findAddresses(text: string, out: PiiMatch[]): void {
  for (const { re, score, check } of ADDRESS_PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (check && !check(m)) continue;
      const start = extendBack(text, m.index);
      const end = extendBlock(text, m.index + m[0].length);
      out.push({ type: 'ADDRESS', format: 'ADDRESS', start, end, score });
    }
  }
}

/** A postcode right before the street ("28245 Puruntie 82") belongs to the address. */
function extendBack(text: string, start: number): number {
  const m = /(?:^|[\s,])(\d{4,6}[ \t]+)$/.exec(text.slice(Math.max(0, start - 12), start));
  return m ? start - m[1]!.length : start;
}

/** One more line or comma part of an address block: a place, a state code, a postcode, "Suite 5", "Uruguay 64677". */
const BLOCK_PART = /^(?:[\p{Lu}][\p{L}'’.()-]*(?: [\p{L}'’.()-]+){0,3}|[A-Z]{2,3}|(?:Apt\.?|Suite|Unit|Box) ?\d{1,5}|\d{3,6}(?:[ -]\d{2,4})?)(?: \d{3,6}(?:[ -]\d{2,4})?| [A-Z]{2})?(?![\p{L}\p{N}])/u;

/**
 * Extends a street match over the lines or comma-separated parts that follow and look like the
 * rest of a postal address (city, state, country, postcode), at most five parts.
 */
function extendBlock(text: string, end: number): number {
  let cursor = end;
  for (let parts = 0; parts < 5; parts++) {
    const sep = /^(?:[ \t]*,[ \t]*(?:\r?\n[ \t]*,?[ \t]*)?|[ \t]*\r?\n[ \t]*,?[ \t]*)/.exec(text.slice(cursor, cursor + 16));
    if (!sep) break;
    const rest = text.slice(cursor + sep[0].length, cursor + sep[0].length + 60);
    const line = /^[^\n,?!;]*/.exec(rest)![0].trimEnd();
    const part = line.length > 0 ? BLOCK_PART.exec(line) : null;
    if (!part || part[0].length > 48) break;
    cursor += sep[0].length + part[0].length;
    if (part[0].length < line.length) break; // the sentence goes on after the address
  }
  return cursor;
}

// ---------------------------------------------------------------- organizations

const ORG_SUFFIX =
  /^(?:inc|inc\.|llc|l\.l\.c\.|ltd|ltd\.|limited|corp|corp\.|corporation|group|company|co\.|gmbh|ag|sa|s\.a\.|plc|bank|university|insurance|foundation|institute|technologies|technology|systems|solutions|labs|partners|holdings|associates|orchestra|hospital|capital|consulting|services|industries|enterprises|media|networks|software|analytics|pharmaceuticals|motors|airlines|international|ventures|research|press|publishing|studios|energy|pharma|logistics|trust|fund|agency|council|association|society|club|team)$/i;

function findOrganizations(text: string, g: Gazetteer, out: PiiMatch[]): void {
  // "X Y Inc", "Healthpocket Inc", "Allstate Insurance Group"
  const re = /\b(?:[\p{Lu}][\p{L}&'’.-]*\s){1,4}(?:[\p{Lu}][\p{L}.]*)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const words = m[0].split(/\s+/);
    let end = words.length;
    while (end > 1 && !ORG_SUFFIX.test(words[end - 1]!)) end--;
    if (end <= 1) continue;
    const span = words.slice(0, end).join(' ');
    let start = m.index;
    // Drop a leading sentence word ("The", "At") that is not part of the name.
    const head = words[0]!.toLowerCase();
    if (g.common.has(head) && end > 2) start += words[0]!.length + 1;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start, end: m.index + span.length, score: 0.8 });
  }
  // Law-firm style names from surnames: "Davis, Reynolds and Williamson", "Weeks-Rivas", "Smith and Sons"
  const firm = /\b([\p{Lu}][\p{L}'’]+)(?:, ([\p{Lu}][\p{L}'’]+))? and ([\p{Lu}][\p{L}'’]+)\b|\b([\p{Lu}][\p{L}'’]+)-([\p{Lu}][\p{L}'’]+)\b/gu;
  while ((m = firm.exec(text)) !== null) {
    const parts = [m[1], m[2], m[3], m[4], m[5]].filter((x): x is string => !!x);
    const surnames = parts.filter((p) => g.last.has(p.toLowerCase()) || p === 'Sons').length;
    if (surnames < parts.length) continue;
    out.push({ type: 'ORGANIZATION', format: 'ORGANIZATION', start: m.index, end: m.index + m[0].length, score: m[4] ? 0.55 : 0.75 });
  }
}

// ---------------------------------------------------------------- people and places

const PERSON_CONTEXT = /(?:\b(?:mr|mrs|ms|miss|dr|prof|sir|madam|dear|hi|hello|hey|thanks|name is|named|called|i am|i'm|this is|by|with|for|from|to|signed|regards|cc|attn|contact|patient|customer|client|user|employee|mother|father|wife|husband|son|daughter|friend|colleague)\.?,?\s*|\bname\s*:\s*)$/i;
/** Words after which a capitalised run is a person's name even when the gazetteer does not know it. */
const STRONG_PERSON_CONTEXT = /(?:\b(?:mr|mrs|ms|miss|dr|prof|sir|madam|dear|my name is|name is|named|called|i am|i'm|last name is|first name is|signed|regards|attn)\.?,?\s*|\bname\s*:\s*)$/i;
/** Words after which a capitalised run is a place even when the gazetteer does not know it. */
const STRONG_PLACE_CONTEXT = /\b(?:i am in|i'm in|lives? in|living in|based in|grew up in|moved (?:here )?(?:from|to)|originally from|returned to|arrived (?:at|in)|flew to|travel(?:l?ed)? to|trip to|home city(?: of)?|city of|town of|village of|university of|serving(?: (?:northern|southern|eastern|western|central))?|around the world to|back to|coming to|year in|near|outside|located in|headquartered in)\s+(?:the\s+)?$/i;
const PLACE_CONTEXT = /\b(?:in|from|to|at|near|visit(?:ed|ing)?|live[sd]? in|based in|born in|moved to|city of|town of|country|city)\s+$/i;
const MONTHS_DAYS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Capitalised (or ALL-CAPS) word runs, joined by single spaces; initials like "J." allowed inside. */
const CAP_RUN = /(?<![\p{L}\p{N}])(?:[\p{Lu}][\p{Ll}\p{Lu}'’-]*\.?|[\p{Lu}]\.)(?:[ ](?:[\p{Lu}][\p{Ll}\p{Lu}'’-]*\.?|[\p{Lu}]\.|(?:van|von|de|da|di|del|der|le|la|bin|al)(?=[ ][\p{Lu}])))*(?![\p{L}\p{N}])/gu;

function sentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(?:[.!?:]\s*|\n\s*|^\s*)$/.test(before);
}

function findNamesAndPlaces(text: string, g: Gazetteer, out: PiiMatch[], person: boolean, location: boolean): void {
  CAP_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_RUN.exec(text)) !== null) {
    let words = m[0].split(' ');
    let start = m.index;
    // A common word opening a sentence is not part of the name ("Please call John Smith").
    while (words.length > 0 && (g.common.has(words[0]!.replace(/\.$/, '').toLowerCase()) || MONTHS_DAYS.test(words[0]!.replace(/\.$/, '')))) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    // A sentence's first word is capitalised anyway: keep it only when it is a known name ("Contact John Smith").
    if (words.length > 1 && sentenceStart(text, start)) {
      const w0 = words[0]!.replace(/\.$/, '').toLowerCase();
      if (!g.first.has(w0) && !g.last.has(w0) && !g.places.has(w0)) {
        start += words[0]!.length + 1;
        words = words.slice(1);
      }
    }
    while (words.length > 0 && g.common.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase()) && !g.first.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
    if (words.length === 0 || words.length > 5) continue;
    const phrase = words.join(' ').replace(/\.$/, '');
    const end = start + phrase.length;
    const lower = phrase.toLowerCase();
    const before = text.slice(Math.max(0, start - 24), start);
    const plain = words.map((w) => w.replace(/[.'’]+$/, '').toLowerCase());
    let isPlace = g.places.has(lower) || (words.length > 1 && plain.every((w) => g.places.has(w)));
    // "Southern Tunisia", "Greater London": a known place at the end of the run is the place.
    if (!isPlace && words.length > 1 && g.places.has(plain[plain.length - 1]!) && g.common.has(plain[0]!) === false && /^(?:north|south|east|west|northern|southern|eastern|western|central|greater|upper|lower|new)/i.test(plain[0]!)) {
      const last = words[words.length - 1]!;
      if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start: end - last.replace(/\.$/, '').length, end, score: 0.75 });
      continue;
    }
    const firstHits = plain.filter((w) => g.first.has(w)).length;
    const lastHits = plain.filter((w) => g.last.has(w)).length;
    const commonHits = plain.filter((w) => g.common.has(w)).length;
    const initials = words.filter((w) => /^[\p{Lu}]\.$/u.test(w)).length;
    if (!isPlace && location && commonHits === 0 && words.length <= 3 && STRONG_PLACE_CONTEXT.test(before) && !g.first.has(plain[0]!)) isPlace = true;

    const strongContext = STRONG_PERSON_CONTEXT.test(before);
    // "Zachary Cliffs", "Talga Court": a street named after someone is a street.
    if (words.length >= 2 && g.streetSuffixes.has(plain[plain.length - 1]!) && !strongContext) {
      out.push({ type: 'ADDRESS', format: 'STREET', start, end, score: 0.6 });
      continue;
    }
    if (isPlace && !strongContext) {
      if (location) out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: firstHits + lastHits > 0 && !PLACE_CONTEXT.test(before) ? 0.6 : 0.8 });
      continue;
    }
    if (!person) continue;
    // Acronyms (IBAN, NASA) are not names unless someone is addressed by them.
    if (words.length === 1 && /^[\p{Lu}]{2,5}$/u.test(words[0]!) && !strongContext) continue;
    let score = 0;
    if (strongContext && commonHits === 0 && words.length <= 4) score = 0.7;
    else if (words.length >= 2) {
      if (g.first.has(plain[0]!) && (g.last.has(plain[plain.length - 1]!) || g.first.has(plain[plain.length - 1]!))) score = 0.85;
      else if (g.first.has(plain[0]!) || initials > 0) score = 0.65;
      else if (g.last.has(plain[plain.length - 1]!)) score = 0.6;
      else if (firstHits + lastHits > 0) score = 0.5;
      if (commonHits > 0 && score < 0.85) score -= 0.2;
    } else if (firstHits + lastHits > 0 && phrase.length > 1) {
      const contextual = PERSON_CONTEXT.test(before);
      if (commonHits > 0) score = contextual ? 0.6 : 0.2;
      else score = contextual ? 0.75 : sentenceStart(text, start) ? 0.45 : 0.55;
    }
    if (score > 0) out.push({ type: 'PERSON', format: 'PERSON', start, end, score });
  }
}
