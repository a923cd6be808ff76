import {
  aadhaarValid, bsnValid, codiceFiscaleValid, dniNieValid, hetuValid, icao731, isDigits, itinValid, luhnValid, nhsValid, ninoValid,
  nirValid, npiValid, panValid, peselValid, personnummerValid, ssnValid, steuerIdValid,
} from '../checksums.js';
import { hasContext } from '../context.js';
import { digitsOf, type Recognizer } from '../recognizer.js';

/**
 * Government and health identifiers. Those whose check digit leaves a 1-in-10 or 1-in-11 chance for
 * a random number start below the default threshold and need a context word; those with strong
 * structure (codice fiscale, NIR, HETU) stand on their own.
 */

// Character tests for anchors, on char codes (NaN past either end of the text is neither).
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * Gate for digit recognizers whose pattern begins with a narrower digit class (`9` of an ITIN,
 * `[12]` of an NPI): a group starting with another digit is not tried at all.
 */
function firstDigitFrom(low: string, high: string): (t: string, start: number) => boolean {
  const lo = low.charCodeAt(0);
  const hi = high.charCodeAt(0);
  return (t, start) => {
    const c = t.charCodeAt(start);
    return c >= lo && c <= hi;
  };
}

const ssn: Recognizer = {
  type: 'US_SSN',
  format: 'US_SSN',
  digits: [9, 9],
  digitsValid: ssnValid,
  // Not glued to a letter either: `XKP884102337` is a member id, whatever the line below says.
  pattern: /\d(?<![\w-]\d)(?:\d{2}([- .]?)\d{2}\1\d{4}|\d{2}-\d{6}|\d{4}-\d{4})(?![\d]|[-.]\d)/g,
  validate(value) {
    if (!ssnValid(digitsOf(value))) return undefined;
    if (/^\d{3}-\d{2}-\d{4}$/.test(value)) return 0.8;
    if (/^\d{3}([ .])\d{2}\1\d{4}$/.test(value)) return 0.65; // 3-2-4 grouping is the SSN's own
    // 5-4 is a ZIP+4 code's grouping ("10001-1234"): an SSN only where the words around say so.
    if (/^\d{5}-\d{4}$/.test(value)) return 0.3;
    return /\D/.test(value) ? 0.5 : 0.35;
  },
  context: ['ssn', 'social security', 'social sec', 'my social', 'social is', 'social:', 'ss#', 'ss #', 'ssa'],
  contextBoost: 0.4,
};

const itin: Recognizer = {
  type: 'TAX_ID',
  format: 'US_ITIN',
  digits: [9, 9],
  digitsValid: itinValid,
  firstGroup: firstDigitFrom('9', '9'),
  pattern: /9(?<![\d-]9)\d{2}(?:([- ]?)\d{2}\1\d{4}|-\d{6}|\d{2}-\d{4})(?![\d]|-\d)/g,
  validate(value) {
    if (!itinValid(digitsOf(value))) return undefined;
    return /\D/.test(value) ? 0.65 : 0.4;
  },
  context: ['itin', 'taxpayer', 'tax id', 'tax'],
  contextBoost: 0.3,
};

const npi: Recognizer = {
  type: 'MEDICAL_ID',
  format: 'US_NPI',
  digits: [10, 10],
  digitsValid: npiValid,
  firstGroup: firstDigitFrom('1', '2'),
  pattern: /[12](?<![\d-][12])\d{3}([- ]?)\d{3}\1\d{3}(?![\d]|-\d)/g,
  validate: (value) => (npiValid(digitsOf(value)) ? 0.4 : undefined),
  context: ['npi', 'provider', 'national provider', 'prescriber', 'physician'],
  contextBoost: 0.45,
};

const nhs: Recognizer = {
  type: 'MEDICAL_ID',
  format: 'UK_NHS',
  digits: [10, 10],
  digitsValid: nhsValid,
  pattern: /\d(?<![\d-]\d)\d{2}([- ]?)\d{3}\1\d{4}(?![\d]|-\d)/g,
  validate: (value) => (nhsValid(digitsOf(value)) ? (/\D/.test(value) ? 0.5 : 0.4) : undefined),
  context: ['nhs', 'health service', 'patient'],
  contextBoost: 0.4,
};

const mbi: Recognizer = {
  type: 'MEDICAL_ID',
  format: 'US_MBI',
  // `1EG4TE5MK73` whole, or its first group `1EG4` of `1EG4-TE5-MK73`.
  anchor: { token: [4, 11], prefix: 'DU', test: (_t, s, e) => e - s === 11 || e - s === 4 },
  pattern: /\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d(-?)[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d\1[AC-HJKMNP-RT-Y]{2}\d{2}\b/g,
  validate: (value) => (/-/.test(value) ? 0.7 : 0.55),
  context: ['mbi', 'medicare', 'beneficiary'],
  contextBoost: 0.25,
};

const PASSPORT_CONTEXT = ['passport', 'pasaporte', 'passeport', 'reisepass', 'passaporto', 'paszport', 'travel document', 'pass-nr', 'pass nr', '여권'];
/**
 * The words that make a German document number a passport's ("Pass" alone in German). One array for every call:
 * the context search caches its compiled pattern by the array, and `concat` made a new one, so a new pattern, each time.
 */
const DE_PASSPORT_CONTEXT = [...PASSPORT_CONTEXT, 'pass'];

const passport: Recognizer = {
  type: 'PASSPORT',
  format: 'PASSPORT',
  keywords: PASSPORT_CONTEXT,
  pattern: /\b(?:[A-Za-z]{1,3}\d{6,9}|[A-Za-z]\d{3}[A-Za-z]\d{4}|\d{9})\b/g,
  validate: () => 0.15,
  context: PASSPORT_CONTEXT,
  contextBoost: 0.6,
};

const deDocument: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'DE_ID_DOCUMENT',
  anchor: { token: [9, 9], prefix: 'L', contains: 'D', test: (t, _s, e) => isDigit(t.charCodeAt(e - 1)) },
  pattern: /\b[CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz][CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz0-9]{7}\d\b/g,
  validate(value, text, start) {
    const v = value.toUpperCase();
    if (!/\d/.test(v.slice(1, 8)) || icao731(v.slice(0, 8)) !== Number(v[8])) return undefined;
    const isPassport = hasContext(text, start, start + value.length, DE_PASSPORT_CONTEXT);
    return { score: 0.5, ...(isPassport ? { type: 'PASSPORT' as const } : {}) };
  },
  context: ['ausweis', 'personalausweis', 'reisepass', 'passport', 'pass', 'id card', 'dokument'],
  contextBoost: 0.4,
};

const DL_CONTEXT = ['driver', 'driving', 'licence', 'license', 'dl#', 'dl ', 'dln', 'führerschein', 'permis de conduire', 'patente', 'carnet de conducir'];

const ukDrivingLicence: Recognizer = {
  type: 'DRIVER_LICENSE',
  format: 'UK_DRIVING_LICENCE',
  anchor: { token: [16, 16], prefix: '?????D' },
  pattern: /\b[A-Za-z9]{5}\d[0156]\d[0-3]\d{2}[A-Za-z9]{2}\d[A-Za-z]{2}\b/g,
  validate(value) {
    const month = Number(value.slice(6, 8)) % 50;
    const day = Number(value.slice(8, 10));
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? 0.85 : undefined;
  },
  context: DL_CONTEXT,
  contextBoost: 0.1,
};

const usDriverLicense: Recognizer = {
  type: 'DRIVER_LICENSE',
  format: 'US_DRIVER_LICENSE',
  keywords: DL_CONTEXT,
  pattern: /\b(?:[A-Za-z]{1,2}\d{4,14}|\d{5,13}|\d{3,4}-\d{2,3}-\d{3,4}|[A-Za-z]\d{3}-\d{4}-\d{4}(?:-\d{2,4})?)\b/g,
  validate: () => 0.1,
  context: DL_CONTEXT,
  contextBoost: 0.6,
};

/**
 * `12 34 56 C` (single spaces optional) from `at`: what must follow the two letters of a NINO
 * written apart from its digits. `In 2023 we` and `id 123456789012` stop here, before the pattern.
 */
function ninoDigitsAt(t: string, at: number): boolean {
  let p = at;
  for (let pair = 0; pair < 3; pair++) {
    if (pair > 0 && t.charCodeAt(p) === 32) p++;
    if (!isDigit(t.charCodeAt(p)) || !isDigit(t.charCodeAt(p + 1))) return false;
    p += 2;
  }
  if (t.charCodeAt(p) === 32) p++;
  const suffix = t.charCodeAt(p) | 0x20;
  return suffix >= 97 && suffix <= 100; // a-d
}

const nino: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'UK_NINO',
  // Two letters, then the first digits in the same token or after one space.
  anchor: {
    token: [2, 9],
    // `AB123456C`, or `AB` alone before ` 12 34 56 C`: most words of prose never reach the test.
    prefix: 'LLD',
    // `AB` alone: a space and a digit next (the test reads on), which refuses most two-letter words.
    gap: ' ',
    test: (t, s, e) => e - s > 2 || (t.charCodeAt(e) === 32 && ninoDigitsAt(t, e + 1)),
  },
  pattern: /\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b/g,
  validate: (value) => (ninoValid(value.replace(/ /g, '').toUpperCase()) ? 0.75 : undefined),
  context: ['nino', 'national insurance', 'ni number'],
  contextBoost: 0.2,
  negativeContext: ['not a valid', "isn't a valid", 'invalid'],
};

const steuerId: Recognizer = {
  type: 'TAX_ID',
  format: 'DE_STEUER_ID',
  digits: [11, 11],
  digitsValid: steuerIdValid,
  pattern: /\d(?<![\d-]\d)\d ?\d{3} ?\d{3} ?\d{3}(?![\d]|-\d)/g,
  validate: (value) => (steuerIdValid(digitsOf(value)) ? 0.55 : undefined),
  context: ['steuer', 'idnr', 'identifikationsnummer', 'tin', 'tax'],
  contextBoost: 0.4,
};

const nir: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'FR_NIR',
  digits: [13, 15],
  singleNumber: (t, s, e) => nirValid(t.slice(s, e)), // not `digitsValid`: a value may hold letters (2A)
  firstGroup: firstDigitFrom('1', '2'),
  pattern: /\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[ABab]) ?\d{3} ?\d{3} ?\d{2}\b/g,
  validate: (value) => (nirValid(value.replace(/ /g, '').toUpperCase()) ? 0.85 : undefined),
  context: ['sécurité sociale', 'securite sociale', 'nir', 'insee', 'social'],
  contextBoost: 0.1,
};

const dniNie: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'ES_DNI_NIE',
  // The check letter ends the token (`12345678Z`, `X1234567L`) or follows a dash (`12345678-Z`).
  anchor: {
    token: [7, 10],
    prefix: '?D',
    test: (t, _s, e) => (isLetter(t.charCodeAt(e - 1)) || (t.charCodeAt(e) === 45 && isLetter(t.charCodeAt(e + 1)))),
  },
  pattern: /\b[XYZxyz]?\d{7,8}-?[A-Za-z]\b/g,
  validate(value) {
    let v = value.toUpperCase().replace('-', '');
    if (/^\d{7}[A-Z]$/.test(v)) v = `0${v}`;
    if (!dniNieValid(v)) return undefined;
    return /^[XYZ]/.test(v) ? 0.8 : 0.7;
  },
  context: ['dni', 'nie', 'nif', 'documento', 'identidad', 'extranjero'],
  contextBoost: 0.2,
};

const codiceFiscale: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'IT_CODICE_FISCALE',
  anchor: { token: [16, 16], prefix: 'LLLLLL' },
  pattern: /\b[A-Za-z]{6}[0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{2}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{3}[A-Za-z]\b/g,
  validate: (value) => (codiceFiscaleValid(value.toUpperCase()) ? 0.9 : undefined),
};

const bsn: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'NL_BSN',
  digits: [9, 9],
  digitsValid: bsnValid,
  pattern: /\d(?<![\d-]\d)(?:\d{8}|\d{3}\.\d{2}\.\d{3})(?![\d]|[.-]\d)/g,
  validate: (value) => (bsnValid(digitsOf(value)) ? 0.3 : undefined),
  context: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi'],
  contextBoost: 0.55,
};

const pesel: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'PL_PESEL',
  digits: [11, 11],
  digitsValid: peselValid,
  pattern: /\d(?<![\d-]\d)\d{10}(?![\d]|-\d)/g,
  validate: (value) => (peselValid(value) ? 0.55 : undefined),
  context: ['pesel'],
  contextBoost: 0.4,
};

/** The checks of a personnummer on its digits: a 12-digit form begins with the century (19, 20). */
const swedishIdValid = (digits: string): boolean => (digits.length !== 12 || /^(?:19|20)/.test(digits)) && personnummerValid(digits);

const personnummer: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'SE_PERSONNUMMER',
  digits: [10, 12],
  digitsValid: swedishIdValid,
  // 10 or 12 digits together, or 6 or 8 before a - or + and four more.
  firstGroup: (t, s, e) => {
    const n = e - s;
    const sep = t.charCodeAt(e);
    return n === 10 || n === 12 || ((n === 6 || n === 8) && (sep === 45 || sep === 43));
  },
  pattern: /\d(?<![\d-]\d)(?:\d{7}[-+]?\d{4}|\d{5}[-+]?\d{4})(?![\d]|-\d)/g,
  validate(value) {
    const digits = digitsOf(value);
    if (!swedishIdValid(digits)) return undefined;
    if (digits.length === 12) return 0.7;
    return /[-+]/.test(value) ? 0.65 : 0.4;
  },
  context: ['personnummer', 'pnr', 'personal identity', 'swedish id', 'samordningsnummer'],
  contextBoost: 0.3,
};

const hetu: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'FI_HETU',
  // Six digits of birth date, then the century sign inside the token or as `-`/`+` after it.
  anchor: {
    token: [6, 11],
    prefix: 'DDDDDD',
    test: (t, s, e) => (e - s === 6 ? t.charCodeAt(e) === 45 || t.charCodeAt(e) === 43 : e - s === 11),
  },
  pattern: /\d(?<![\dA-Za-z]\d)\d{5}[-+A-FU-Ya-fu-y]\d{3}[0-9A-Ya-y]\b/g,
  validate: (value) => (hetuValid(value.toUpperCase()) ? 0.9 : undefined),
};

const aadhaar: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'IN_AADHAAR',
  digits: [12, 12],
  digitsValid: aadhaarValid,
  firstGroup: firstDigitFrom('2', '9'),
  pattern: /[2-9](?<![\d-][2-9])\d{3}([ -]?)\d{4}\1\d{4}(?![\d]|-\d)/g,
  validate(value) {
    if (!aadhaarValid(digitsOf(value))) return undefined;
    return /\D/.test(value) ? 0.55 : 0.4;
  },
  context: ['aadhaar', 'aadhar', 'uidai', 'uid'],
  contextBoost: 0.4,
};

const pan: Recognizer = {
  type: 'TAX_ID',
  format: 'IN_PAN',
  anchor: { token: [10, 10], prefix: 'UUUUUDDDDU' },
  pattern: /\b[A-Z]{5}\d{4}[A-Z]\b/g,
  validate: (value) => (panValid(value) ? 0.6 : undefined),
  context: ['pan', 'income tax', 'permanent account'],
  contextBoost: 0.3,
};

const caSin: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'CA_SIN',
  digits: [9, 9],
  digitsValid: (d) => /^[1-7]/.test(d) && luhnValid(d),
  firstGroup: firstDigitFrom('1', '7'),
  pattern: /[1-7](?<![\d-][1-7])\d{2}([- ]?)\d{3}\1\d{3}(?![\d]|-\d)/g,
  validate: (value) => (luhnValid(digitsOf(value)) ? 0.3 : undefined),
  context: ['sin', 'social insurance', 'nas', 'assurance sociale'],
  contextBoost: 0.5,
};

/** Turkish TC Kimlik: 11 digits, two check digits from weighted sums. */
function tcKimlikValid(d: string): boolean {
  if (!isDigits(d, 11, 49)) return false;
  // Digit values read where they stand: this runs on every 11-digit number of a text.
  const odd = digitAt(d, 0) + digitAt(d, 2) + digitAt(d, 4) + digitAt(d, 6) + digitAt(d, 8);
  const even = digitAt(d, 1) + digitAt(d, 3) + digitAt(d, 5) + digitAt(d, 7);
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (odd + even + digitAt(d, 9)) % 10;
  return d10 === digitAt(d, 9) && d11 === digitAt(d, 10);
}

/**
 * The value of the digit at `i` of `d`. A module function, not a closure made per call: under tsx
 * (esbuild's `keepNames`) each closure made costs an `Object.defineProperty` of its name.
 */
function digitAt(d: string, i: number): number {
  return d.charCodeAt(i) - 48;
}

const tcKimlik: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'TR_TC_KIMLIK',
  digits: [11, 11],
  digitsValid: tcKimlikValid,
  firstGroup: firstDigitFrom('1', '9'),
  pattern: /[1-9](?<![\d-][1-9])\d{10}(?![\d]|-\d)/g,
  validate: (value) => (tcKimlikValid(value) ? 0.55 : undefined),
  context: ['kimlik', 'tckn', 'tc no', 't.c.'],
  contextBoost: 0.4,
};

/** South African id number: YYMMDD, a citizenship digit of 0 or 1 at the eleventh place, Luhn. */
function zaIdValid(value: string): boolean {
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && /[01]/.test(value[10] ?? '') && luhnValid(value);
}

const zaId: Recognizer = {
  type: 'NATIONAL_ID',
  format: 'ZA_ID',
  digits: [13, 13],
  digitsValid: zaIdValid,
  pattern: /\d(?<![\d-]\d)\d{12}(?![\d]|-\d)/g,
  validate: (value) => (zaIdValid(value) ? 0.5 : undefined),
  context: ['south african', 'rsa id', 'id number', 'identity number'],
  contextBoost: 0.35,
};

export const GOVERNMENT_RECOGNIZERS: readonly Recognizer[] = [
  ssn, itin, npi, nhs, mbi, passport, deDocument, ukDrivingLicence, usDriverLicense, nino, steuerId, nir, dniNie,
  codiceFiscale, bsn, pesel, personnummer, hetu, aadhaar, pan, caSin, tcKimlik, zaId,
];
