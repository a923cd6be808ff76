/**
 * Check-digit algorithms used by the PII validators. Each takes the digits (or characters) only,
 * already stripped of separators, and answers whether the check digit is right. Keeping them
 * pure and separate lets the property tests exercise them directly.
 */

/** Luhn (mod 10): payment cards, NPI (with the 80840 prefix), Swedish personnummer, Canadian SIN. */
export function luhnValid(digits: string): boolean {
  // Digits only, checked in the loop: it runs on every card-length number of a text.
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit that completes `payload` (used to build test values). */
export function luhnCheckDigit(payload: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return d;
  throw new Error('unreachable');
}

/** ISO 7064 mod 97-10 as used by IBAN: country+check moved to the end, letters as 10..35. */
export function ibanMod97Valid(iban: string): boolean {
  const s = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return false;
  }
  return rem === 1;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Verhoeff (dihedral group D5): Indian Aadhaar. Catches all single errors and adjacent swaps. */
export function verhoeffValid(digits: string): boolean {
  if (!isDigits(digits, digits.length)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![d]!]!;
  }
  return c === 0;
}

/** The Verhoeff check digit for `payload`. */
export function verhoeffCheckDigit(payload: string): number {
  for (let d = 0; d <= 9; d++) if (verhoeffValid(payload + d)) return d;
  throw new Error('unreachable');
}

/** Weighted sum of digits (weights aligned from the left). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length && i < digits.length; i++) sum += (digits.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

// Weights of the checks below, made once rather than on each call.
const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1];
const NHS_WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];
const BSN_WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2];
const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** ABA routing number: 3·7·1 weights, sum divisible by 10. */
export function abaValid(d: string): boolean {
  return isDigits(d, 9) && d !== '000000000' && weightedSum(d, ABA_WEIGHTS) % 10 === 0;
}

/** UK NHS number: weights 10..2, check = 11 - sum mod 11 (10 is invalid, 11 means 0). */
export function nhsValid(d: string): boolean {
  if (!isDigits(d, 10)) return false;
  const r = 11 - (weightedSum(d, NHS_WEIGHTS) % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === d.charCodeAt(9) - 48;
}

/** Dutch BSN "elfproef": weights 9..2 and -1 on the last digit, sum divisible by 11. */
export function bsnValid(d: string): boolean {
  if (!isDigits(d, 9) || d === '000000000') return false;
  const sum = weightedSum(d, BSN_WEIGHTS) - (d.charCodeAt(8) - 48);
  return sum % 11 === 0;
}

/** Polish PESEL: weights 1,3,7,9 repeating; check = (10 - sum mod 10) mod 10; month encodes century. */
export function peselValid(d: string): boolean {
  if (!isDigits(d, 11)) return false;
  const check = (10 - (weightedSum(d, PESEL_WEIGHTS) % 10)) % 10;
  if (check !== d.charCodeAt(10) - 48) return false;
  const month = Number(d.slice(2, 4)) % 20;
  const day = Number(d.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** German Steuer-ID (11 digits): ISO 7064 mod 11,10; first digit non-zero; at most one digit repeated (2-3 times) in the first 10. */
export function steuerIdValid(d: string): boolean {
  if (!isDigits(d, 11, 49)) return false;
  // One digit at most occurs more than once in the first ten, and at most three times: the digits
  // seen as bits, and the one repeated with its count (this runs on every 11-digit number).
  let seen = 0;
  let repeated = -1;
  let times = 0;
  for (let i = 0; i < 10; i++) {
    const digit = d.charCodeAt(i) - 48;
    if ((seen & (1 << digit)) === 0) seen |= 1 << digit;
    else if (repeated === -1) {
      repeated = digit;
      times = 2;
    } else if (repeated === digit) times++;
    else return false;
  }
  if (times > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === d.charCodeAt(10) - 48;
}

/** German ID card / passport serial check (7-3-1 weights over ICAO digits and letters). */
export function icao731(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0;
    sum += v * w[i % 3]!;
  }
  return sum % 10;
}

/** French NIR (sécurité sociale, 13 digits + 2-digit key = 97 - n mod 97; Corsica 2A/2B mapped). */
export function nirValid(s: string): boolean {
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}\d{2}$/.test(s)) return false;
  let body = s.slice(0, 13);
  if (body.slice(5, 7) === '2A') body = `${body.slice(0, 5)}19${body.slice(7)}`;
  else if (body.slice(5, 7) === '2B') body = `${body.slice(0, 5)}18${body.slice(7)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  const month = Number(s.slice(3, 5));
  return key === Number(s.slice(13)) && ((month >= 1 && month <= 12) || month === 20 || (month >= 30 && month <= 42) || (month >= 50 && month <= 99));
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
export function dniNieValid(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m) return false;
  const [, prefix, num, letter] = m;
  if (prefix ? num!.length !== 7 : num!.length !== 8) return false;
  const n = Number(`${prefix ? 'XYZ'.indexOf(prefix) : ''}${num}`);
  return DNI_LETTERS[n % 23] === letter;
}

const CF_ODD: Record<string, number> = {
  '0': 1, '1': 0, '2': 5, '3': 7, '4': 9, '5': 13, '6': 15, '7': 17, '8': 19, '9': 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20,
  O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

/** Italian codice fiscale (16 chars): odd/even position tables, check letter = sum mod 26. */
export function codiceFiscaleValid(s: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = s[i]!;
    if (i % 2 === 0) sum += CF_ODD[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** Finnish HETU: DDMMYY, century sign, 3-digit individual number, check char = number mod 31. */
export function hetuValid(s: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(s);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  const n = Number(`${m[1]}${m[2]}${m[3]}${m[5]}`);
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31] === m[6];
}

/** Swedish personnummer (YYMMDD-NNNC or YYYYMMDDNNNC): Luhn over the 10-digit form, valid date (or +60 samordningsnummer). */
export function personnummerValid(digits: string): boolean {
  const d = digits.length === 12 ? digits.slice(2) : digits;
  if (!isDigits(d, 10)) return false;
  const month = Number(d.slice(2, 4));
  const day = Number(d.slice(4, 6)) % 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhnValid(d);
}

/** UK National Insurance number: two prefix letters with the published exclusions, 6 digits, suffix A-D. */
export function ninoValid(s: string): boolean {
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** US SSN rules: area not 000, 666 or 9xx; group not 00; serial not 0000; and not a well-known sample. */
export function ssnValid(d: string): boolean {
  if (!isDigits(d, 9)) return false;
  // The area as a number (000, 666 and 900-999 are never issued); group and serial by their digits.
  const area = (d.charCodeAt(0) - 48) * 100 + (d.charCodeAt(1) - 48) * 10 + (d.charCodeAt(2) - 48);
  if (area === 0 || area === 666 || area >= 900) return false;
  if (d.charCodeAt(3) === 48 && d.charCodeAt(4) === 48) return false;
  if (d.endsWith('0000')) return false;
  return !SSN_SAMPLES.has(d) && !oneDigitOnly(d);
}

/** Numbers printed as examples (123-45-6789, the Woolworth wallet card, an advertising sample…). */
const SSN_SAMPLES = new Set(['123456789', '078051120', '219099999', '457555462']);

/** US ITIN: 9xx, group 50-65, 70-88, 90-92 or 94-99. */
export function itinValid(d: string): boolean {
  if (!isDigits(d, 9, 57)) return false;
  const g = Number(d.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94 && g <= 99);
}

/** US NPI: 10 digits starting 1 or 2, Luhn over "80840" + the number. */
export function npiValid(d: string): boolean {
  return isDigits(d, 10, 49) && d.charCodeAt(0) <= 50 && luhnValid(`80840${d}`);
}

/** Indian PAN: 5 letters (4th = holder type), 4 digits, 1 letter. */
export function panValid(s: string): boolean {
  return /^[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]$/.test(s) && s.slice(5, 9) !== '0000';
}

/** Aadhaar: 12 digits, first 2-9, Verhoeff check. */
export function aadhaarValid(d: string): boolean {
  return isDigits(d, 12, 50) && verhoeffValid(d);
}

/**
 * Whether `d` is `length` ASCII digits, the first of them at least the char code `first` (`/^\d{9}$/`,
 * `/^[1-9]\d{10}$/` without a regular expression): the checks above run on every number of their
 * length in a text, most of which they refuse.
 */
export function isDigits(d: string, length: number, first = 48): boolean {
  if (d.length !== length || length === 0) return false;
  const c0 = d.charCodeAt(0);
  if (c0 < first || c0 > 57) return false;
  for (let i = 1; i < length; i++) {
    const c = d.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether all characters of a non-empty `d` are its first (`/^(\d)\1+$/` once `d` is known to be digits). */
function oneDigitOnly(d: string): boolean {
  const c0 = d.charCodeAt(0);
  for (let i = 1; i < d.length; i++) if (d.charCodeAt(i) !== c0) return false;
  return true;
}
