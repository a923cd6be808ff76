import type { PiiMatch } from '../detect.js';

/**
 * Postal abbreviations of states and provinces, which addresses, shipping scans and spreadsheets write
 * instead of the name: "Louisville, KY, US", a `state` column of "OK" and "MN", Brazil's `uf` "PE".
 * Many are also words ("OK", "IN", "ME", "PE"), so a code counts only where its position says it is one:
 * in capitals right after a place and a comma, or as the whole value of a state or region field.
 */
const CODES_BY_COUNTRY = {
  US: 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP',
  CA: 'AB BC MB NB NL NS NT NU ON PE QC SK YT',
  AU: 'ACT NSW NT QLD SA TAS VIC WA',
  BR: 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO',
};
export const REGION_CODES: ReadonlySet<string> = new Set(Object.values(CODES_BY_COUNTRY).flatMap((codes) => codes.split(' ')));

/** Country codes and short names that close a "town, state, country" line. */
const COUNTRY_AFTER_REGION: ReadonlySet<string> = new Set(['US', 'USA', 'CA', 'CAN', 'AU', 'AUS', 'BR', 'BRA', 'U.S.', 'U.S.A.']);

/**
 * A comma and a blank, then a code in capitals, then optionally a comma and a country code (`, KY, US`).
 * Not before a postcode (`, CA 94104`, `, ON M5K 1A1`): that is an address block, read as one ADDRESS.
 * A code glued to its comma (`geo=Hyderabad,IN`) is as often a country's.
 */
const TRAILING = /^,[ \t]([A-Z]{2,3})(?:,[ \t](U\.S\.A\.|U\.S\.|[A-Z]{2,3}))?(?![\p{L}\p{N}])(?![ \t]+(?:\d|[A-Z]\d[A-Z]))/u;

/**
 * The region code (and the country code) that follow a place found in `found`: "LOUISVILLE, KY, US",
 * "Kamloops, BC". The code is a place of its own; the town before it was judged a place already.
 */
export function findTrailingRegionCodes(text: string, found: readonly PiiMatch[], out: PiiMatch[]): void {
  for (const f of found) {
    if (f.type !== 'LOCATION' || text.charCodeAt(f.end) !== 44) continue;
    const m = TRAILING.exec(text.slice(f.end, f.end + 16));
    if (!m || !REGION_CODES.has(m[1]!)) continue;
    const codeStart = f.end + m[0].indexOf(m[1]!, 1);
    out.push({ type: 'LOCATION', format: 'LOCATION', start: codeStart, end: codeStart + m[1]!.length, score: 0.75 });
    if (m[2] !== undefined && COUNTRY_AFTER_REGION.has(m[2])) {
      const countryStart = f.end + m[0].length - m[2].length;
      out.push({ type: 'LOCATION', format: 'LOCATION', start: countryStart, end: countryStart + m[2].length, score: 0.75 });
    }
  }
}
