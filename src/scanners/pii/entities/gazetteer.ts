import { GreekFoldingSet, greekFirstNames, greekPlaces } from './greek-names.js';
import { CITY_SUFFIXES, COMMON_WORDS, ENGLISH_WORDS, EVERYDAY_WORDS, FIRST_NAMES, LAST_NAMES, MAJOR_CITIES, NAME_PARTS, PLACES, STREET_SUFFIXES, TOWNS } from './gazetteer.generated.js';

/** Lower-cased word sets, built once on first use (a few milliseconds). */
export interface Gazetteer {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  /** Name parts of many cultures that the first and last lists miss, first or last unknown: weaker evidence. */
  nameParts: WordLookup;
  places: ReadonlySet<string>;
  /**
   * Towns of a thousand people or more that no other list has ("harrogate", "mechelen"): weak
   * evidence, a place only where the text points at one ("in", "uit", a town column).
   */
  towns: WordLookup;
  streetSuffixes: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Everyday English words that are no name part and no place ("margin", "revenue"): never part of a person's name. */
  english: WordLookup;
  /** Names and places that are also everyday English words ("mark", "will", "reading"). */
  everyday: ReadonlySet<string>;
  /** Language and nationality words ("german", "czech"): capitalised, never a person on their own. */
  languages: ReadonlySet<string>;
  /** Country and territory names (a country is never a person: "France was fun"). */
  countries: ReadonlySet<string>;
  /** Cities of a million or more ("paris", "houston"): the city, unless something points at a person. */
  majorCities: ReadonlySet<string>;
  /** Word endings of town names ("…chester", "…hamn", "…dijk"), lower-cased. */
  citySuffix: RegExp;
}

/** Membership of a word list. */
export interface WordLookup {
  has(word: string): boolean;
}

/**
 * A sorted "|"-separated word list searched in place: the large lists (176,000 name parts) would take
 * a tenth of a second and some 15 MB as a Set; here they cost one scan for the word starts and a
 * binary search per lookup. The generator sorts with the default string order, which `<` follows.
 */
export class SortedWords implements WordLookup {
  private readonly starts: Uint32Array;
  /**
   * Where the entries of each first two letters begin, for words whose first two units are ASCII
   * (key `c0 * 128 + c1`, a one-letter word has c1 = 0, a non-ASCII second unit counts as 127); the
   * entries that open with a non-ASCII unit follow from `bucket[BUCKETS]`. A lookup searches its
   * bucket only: a handful of steps instead of eighteen.
   */
  private readonly bucket: Uint32Array;

  constructor(private readonly joined: string) {
    let count = joined.length > 0 ? 1 : 0;
    for (let i = joined.indexOf('|'); i >= 0; i = joined.indexOf('|', i + 1)) count++;
    this.starts = new Uint32Array(count + 1);
    let k = 0;
    if (count > 0) this.starts[k++] = 0;
    for (let i = joined.indexOf('|'); i >= 0; i = joined.indexOf('|', i + 1)) this.starts[k++] = i + 1;
    this.starts[count] = joined.length + 1;
    this.bucket = new Uint32Array(BUCKETS + 1);
    let entry = 0;
    for (let key = 0; key <= BUCKETS; key++) {
      while (entry < count && this.keyOf(this.starts[entry]!, this.starts[entry + 1]! - 1) < key) entry++;
      this.bucket[key] = entry;
    }
  }

  has(word: string): boolean {
    // The same words come up again and again (capitalised words of requests, names in records).
    const seen = this.recent.get(word);
    if (seen !== undefined) return seen;
    const found = this.search(word);
    if (this.recent.size >= RECENT_WORDS) this.recent.clear();
    this.recent.set(word, found);
    return found;
  }

  /** Answers for words looked up lately; emptied when full, so memory stays bounded. */
  private readonly recent = new Map<string, boolean>();

  private search(word: string): boolean {
    if (word.length === 0) return this.searchRange(0, this.starts.length - 2, word);
    const key = bucketKey(word.charCodeAt(0), word.length > 1 ? word.charCodeAt(1) : -1);
    return this.searchRange(this.bucket[key]!, (key < BUCKETS ? this.bucket[key + 1]! : this.starts.length - 1) - 1, word);
  }

  private searchRange(lo: number, hi: number, word: string): boolean {
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compare(this.starts[mid]!, this.starts[mid + 1]! - 1, word);
      if (order === 0) return true;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  private keyOf(start: number, end: number): number {
    return bucketKey(this.joined.charCodeAt(start), end - start > 1 ? this.joined.charCodeAt(start + 1) : -1);
  }

  /** The entry at [start, end) against `word`, unit by unit as `<` orders strings, without slicing it out. */
  private compare(start: number, end: number, word: string): number {
    const length = end - start;
    const n = Math.min(length, word.length);
    for (let i = 0; i < n; i++) {
      const d = this.joined.charCodeAt(start + i) - word.charCodeAt(i);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}

/** Words whose answers a SortedWords keeps. */
const RECENT_WORDS = 4096;
/** Buckets of SortedWords: two ASCII units. */
const BUCKETS = 128 * 128;
/** The bucket of a word by its first two units (`c1` -1 for a one-unit word); BUCKETS past the ASCII ones. */
function bucketKey(c0: number, c1: number): number {
  if (!(c0 < 128)) return BUCKETS;
  return c0 * 128 + (c1 < 0 ? 0 : c1 < 128 ? c1 : 127);
}

let cached: Gazetteer | undefined;

/** The gazetteer (names, places, street suffixes from @faker-js/faker locale data; MIT). */
export function gazetteer(): Gazetteer {
  cached ??= {
    // Greek entries are found whatever their accents (greek-names.ts).
    first: new GreekFoldingSet([...FIRST_NAMES.split('|'), ...greekFirstNames()]),
    last: new GreekFoldingSet(LAST_NAMES.split('|')),
    nameParts: new SortedWords(NAME_PARTS),
    places: new GreekFoldingSet([...PLACES.split('|'), ...regionNames(), ...PLACE_ALIASES, ...greekPlaces()]),
    towns: new SortedWords(TOWNS),
    streetSuffixes: new Set(STREET_SUFFIXES.split('|')),
    common: new Set([...COMMON_WORDS.split('|'), ...EXTRA_COMMON]),
    english: new SortedWords(ENGLISH_WORDS),
    everyday: new Set(EVERYDAY_WORDS.split('|')),
    languages: new Set([...languageNames(), ...demonyms(regionNames())]),
    countries: new Set(regionNames()),
    majorCities: new Set([...MAJOR_CITIES.split('|'), ...PLACE_ALIASES]),
    citySuffix: new RegExp(`\\p{L}{3}(?:${CITY_SUFFIXES})$`, 'u'),
  };
  return cached;
}

/** Capitalised words that start sentences, headings and UI text far more often than they name anyone. */
const EXTRA_COMMON = (
  'the a an i me he she it we you they him them us my your our his her their its this that these those what which who whom whose when where why how is are was were be been ' +
  'please thanks thank hello hi dear yes no not and or but if then so also just only can could would should will may might must ' +
  'name address phone email e-mail mobile fax desk office date personal info information number card credit account bank ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
  'mr mrs ms miss dr prof sir madam street road avenue suite apt apartment box unit ' +
  'today tomorrow yesterday here there now new old good great best first last next one two three ' +
  // Interjections that open a reply ("CUSTOMER: Yeah, it's Tahlia").
  'yeah yep yup nope okay ok sure oh um uh hmm alright ' +
  // Roles that label the turns of a chat or the fields of a form ("User: …", "Agent: …", "Subject: …").
  'user agent support customer subject item bot assistant system operator admin administrator note answer reply staff caller host client model human moderator interviewer ' +
  'dispatcher receptionist interpreter technician advisor adviser representative ' +
  'christmas easter thanksgiving halloween hanukkah ramadan diwali passover'
).split(' ');

/** Short and older names of countries and cities that the lists above spell out or lack ("UK", "Bombay"). */
const PLACE_ALIASES = (
  'uk|usa|uae|u.k|u.s.a|nyc|great britain|new york city|bay area|' +
  'bangalore|bombay|calcutta|madras|kiev|peking|saigon|rangoon|canton|kolkata|mumbai|chennai|bengaluru|kyiv|' +
  // English names of regions the lists give in their own language ("Bayern", "Catalunya") or not at all.
  'bavaria|saxony|lower saxony|thuringia|swabia|catalonia|andalusia|galicia|basque country|tuscany|lombardy|piedmont|sicily|sardinia|' +
  'corsica|provence|burgundy|alsace|wallonia|silesia|bohemia|moravia|transylvania|siberia|patagonia|' +
  'kashmir|bengal|tibet|xinjiang|scandinavia|lapland|yorkshire|the midwest|new england|silicon valley'
).split('|');

/** English names of languages from the runtime's ICU data; most double as nationality adjectives. */
function languageNames(): string[] {
  const names: string[] = [];
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    for (let a = 97; a <= 122; a++) {
      for (let b = 97; b <= 122; b++) {
        const name = display.of(String.fromCharCode(a, b));
        if (name && !name.includes(' ')) names.push(name.toLowerCase());
      }
    }
  } catch {
    // A runtime without ICU language data: no language words.
  }
  return names;
}

/** Likely nationality adjectives of country names: "Brazilian", "Russian", "Chinese", "Peruvian". */
function demonyms(countries: string[]): string[] {
  const out: string[] = [];
  for (const c of countries) {
    if (c.includes(' ')) continue;
    out.push(`${c}n`, `${c}ian`, `${c}ese`, `${c.replace(/[aeoy]$/, '')}ian`, `${c.replace(/[aeoy]$/, '')}ese`);
  }
  return out;
}

/** Country and territory names in English from the runtime's own ICU data (no extra package). */
function regionNames(): string[] {
  const names: string[] = [];
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const name = display.of(code);
        if (name && name !== code) names.push(name.toLowerCase());
      }
    }
  } catch {
    // A runtime without ICU region data: the faker lists alone.
  }
  return names;
}

/** Bits of `wordBits`: the lists of a gazetteer that hold a word. */
export const Word = {
  FIRST: 1,
  LAST: 2,
  PLACE: 4,
  COMMON: 8,
  EVERYDAY: 16,
  LANGUAGE: 32,
  COUNTRY: 64,
  MAJOR_CITY: 128,
  STREET_SUFFIX: 256,
} as const;

/**
 * The sets of `g` that hold `word` (lower-cased as the lists are), as `Word` bits: one map lookup for
 * a word asked about again and again (a run is judged by a dozen lookups of its few words, and the
 * same capitalised words come back in every request). The two sorted lists (english, nameParts) are
 * left out: they keep answers of their own. Answers are kept per gazetteer; the map is emptied when
 * full, so memory stays bounded. Whether a word is cached changes the time of a few hash lookups,
 * nanoseconds inside a scan of hundreds of microseconds: no signal a client could read, through a
 * request's latency, about what other clients sent.
 */
export function wordBits(g: Gazetteer, word: string): number {
  return perWord(WORD_BITS, g, word, bitsOf);
}

/**
 * `compute(g, word)`, kept per gazetteer in `cache` for words of at most MAX_CACHED_WORD characters;
 * each gazetteer's map holds at most KNOWN_WORDS words and is emptied when full.
 */
export function perWord<T>(cache: WeakMap<Gazetteer, Map<string, T>>, g: Gazetteer, word: string, compute: (g: Gazetteer, word: string) => T): T {
  if (word.length > MAX_CACHED_WORD) return compute(g, word);
  let known = cache.get(g);
  if (!known) cache.set(g, (known = new Map()));
  const seen = known.get(word);
  if (seen !== undefined) return seen;
  const answer = compute(g, word);
  if (known.size >= KNOWN_WORDS) known.clear();
  known.set(word, answer);
  return answer;
}

function bitsOf(g: Gazetteer, word: string): number {
  return (
    (g.first.has(word) ? Word.FIRST : 0) |
    (g.last.has(word) ? Word.LAST : 0) |
    (g.places.has(word) ? Word.PLACE : 0) |
    (g.common.has(word) ? Word.COMMON : 0) |
    (g.everyday.has(word) ? Word.EVERYDAY : 0) |
    (g.languages.has(word) ? Word.LANGUAGE : 0) |
    (g.countries.has(word) ? Word.COUNTRY : 0) |
    (g.majorCities.has(word) ? Word.MAJOR_CITY : 0) |
    (g.streetSuffixes.has(word) ? Word.STREET_SUFFIX : 0)
  );
}
const WORD_BITS = new WeakMap<Gazetteer, Map<string, number>>();
/**
 * Longest word the per-word caches keep. V8 makes a substring of 13 or more characters a view into
 * the string it was cut from, so a longer cached key would keep a whole request text alive (8,192
 * of them, hundreds of MB); up to 12 it is a copy. Longer words are looked up every time.
 */
const MAX_CACHED_WORD = 12;
/** Words whose `wordBits` a gazetteer keeps. */
const KNOWN_WORDS = 8192;
