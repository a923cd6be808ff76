import { ibanMod97Valid } from './checksums.js';

/** IBAN length per country (ISO 13616 registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/**
 * Finds the IBAN at the start of `candidate` (letters, digits and single spaces): the country fixes
 * the length, so a pattern that ran on into the next word is cut back. Returns the number of
 * characters of `candidate` the IBAN covers, or 0 when it is not a valid IBAN.
 */
export function ibanPrefixLength(candidate: string): number {
  const upper = candidate.toUpperCase();
  const want = IBAN_LENGTHS[upper.slice(0, 2)];
  if (!want) return 0;
  let compact = '';
  let i = 0;
  for (; i < upper.length && compact.length < want; i++) {
    const ch = upper[i]!;
    if (ch === ' ' || ch === '-') continue;
    compact += ch;
  }
  if (compact.length !== want || !ibanMod97Valid(compact)) return 0;
  return i;
}
