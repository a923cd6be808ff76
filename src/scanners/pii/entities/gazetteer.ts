import { CITY_SUFFIXES, COMMON_WORDS, EVERYDAY_WORDS, FIRST_NAMES, LAST_NAMES, MAJOR_CITIES, PLACES, STREET_SUFFIXES } from './gazetteer.generated.js';

/** Lower-cased word sets, built once on first use (a few milliseconds). */
export interface Gazetteer {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  places: ReadonlySet<string>;
  streetSuffixes: ReadonlySet<string>;
  common: ReadonlySet<string>;
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

let cached: Gazetteer | undefined;

/** The gazetteer (names, places, street suffixes from @faker-js/faker locale data; MIT). */
export function gazetteer(): Gazetteer {
  cached ??= {
    first: new Set(FIRST_NAMES.split('|')),
    last: new Set(LAST_NAMES.split('|')),
    places: new Set([...PLACES.split('|'), ...regionNames()]),
    streetSuffixes: new Set(STREET_SUFFIXES.split('|')),
    common: new Set([...COMMON_WORDS.split('|'), ...EXTRA_COMMON]),
    everyday: new Set(EVERYDAY_WORDS.split('|')),
    languages: new Set([...languageNames(), ...demonyms(regionNames())]),
    countries: new Set(regionNames()),
    majorCities: new Set(MAJOR_CITIES.split('|')),
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
  'today tomorrow yesterday here there now new old good great best first last next one two three'
).split(' ');

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
