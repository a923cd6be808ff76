import { COMMON_WORDS, FIRST_NAMES, LAST_NAMES, PLACES, STREET_SUFFIXES } from './gazetteer.generated.js';

/** Lower-cased word sets, built once on first use (a few milliseconds). */
export interface Gazetteer {
  first: ReadonlySet<string>;
  last: ReadonlySet<string>;
  places: ReadonlySet<string>;
  streetSuffixes: ReadonlySet<string>;
  common: ReadonlySet<string>;
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
  };
  return cached;
}

/** Capitalised words that start sentences, headings and UI text far more often than they name anyone. */
const EXTRA_COMMON = (
  'the a an i my your our his her their its this that these those what which who whom whose when where why how is are was were be been ' +
  'please thanks thank hello hi dear yes no not and or but if then so also just only can could would should will may might must ' +
  'name address phone email e-mail mobile fax desk office date personal info information number card credit account bank ' +
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
  'mr mrs ms miss dr prof sir madam street road avenue suite apt apartment box unit ' +
  'today tomorrow yesterday here there now new old good great best first last next one two three'
).split(' ');

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
