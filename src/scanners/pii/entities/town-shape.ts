import type { Gazetteer } from './gazetteer.js';

/**
 * Whether a run of capitalised words is shaped like a town's name. A module of its own because both
 * the sentence reader (names-places.ts) and the labelled-field reader (fields.ts) ask it.
 */

/** First words of town names ("North Cindymouth", "Port Brianne", "Neu Elia", "Borgo Filiberto"). */
const TOWN_PREFIX =
  /^(?:North|East|South|West|New|Lake|Port|Fort|Great|Little|Upper|Lower|Old|Long|High|Nether|Castle|Upton|Newton|Nord|Ost|Süd|Neu|Alt|Bad|San|Santa|Santo|São|Saint|Sainte|St|Sankt|Borgo|Sesto|Quarto|Settimo|Söder|Norr|Väst|Öster|Mount|Mt|Glen|Cape|Villa|Ciudad|Puerto|Porto|Bandar|Kota)$/;

/**
 * A run shaped like a town name: a town prefix before unknown words, or a last word with a town
 * ending ("…chester", "…hamn", "…dijk") that is no known name and no English word. `words` as
 * written, `plain` the same words lower-cased without their punctuation.
 */
export function townShape(words: string[], plain: string[], g: Gazetteer): boolean {
  if (words.length >= 2 && words.length <= 3 && TOWN_PREFIX.test(stripDot(words[0]!))) {
    let unknownRest = true;
    for (let i = 1; i < plain.length && unknownRest; i++) unknownRest = unknownWord(plain[i]!, g);
    if (unknownRest) return true;
  }
  const last = plain[plain.length - 1]!;
  return words.length <= 2 && g.citySuffix.test(last) && !g.first.has(last) && !g.last.has(last) && unknownWord(last, g);
}

/** No common and no everyday word. */
const unknownWord = (w: string, g: Gazetteer) => !g.common.has(w) && !g.everyday.has(w);
/** A word without a full stop at its end ("St." → "St"). */
export const stripDot = (w: string) => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
