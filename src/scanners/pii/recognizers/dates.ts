import type { Recognizer } from '../recognizer.js';

/**
 * Dates. A date alone is weak evidence of PII; next to "born", "DOB" or "date of birth" it is a date
 * of birth, which is. The policy's default threshold for DATE_TIME lets only those through.
 */

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const DOB_CONTEXT = ['born', 'dob', 'd.o.b', 'birth', 'birthday', 'geboren', 'né le', 'née le', 'nacimiento', 'nascita', 'age'];

function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * The first three letters of each month, as a table by letter triple (`a`–`z` as 0–25, either
 * case): the date anchor asks this of hundreds of thousands of words per megabyte of prose, and an
 * index into a typed array costs less than hashing a key into a set.
 */
const MONTH_TRIPLES = new Uint8Array(26 * 26 * 26);
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) {
  MONTH_TRIPLES[((m.charCodeAt(0) - 97) * 26 + (m.charCodeAt(1) - 97)) * 26 + (m.charCodeAt(2) - 97)] = 1;
}

/** Whether the three characters at `at` begin a month name, in any case (NaN past the end is no letter). */
function isMonthAt(t: string, at: number): boolean {
  // `| 0x20` maps A–Z onto a–z; any other character lands outside a–z.
  const a = (t.charCodeAt(at) | 0x20) - 97;
  const b = (t.charCodeAt(at + 1) | 0x20) - 97;
  const c = (t.charCodeAt(at + 2) | 0x20) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) return false;
  return MONTH_TRIPLES[(a * 26 + b) * 26 + c] === 1;
}

/**
 * A token that may be a month name (`Mar`, `march`, `SEPT`) before a day or year: the pattern wants
 * an optional dot, a space or dash, and a digit after it (`since March.` stops here). The characters
 * after the token are looked at first: most words of prose are followed by a space and a letter.
 */
function startsMonthName(t: string, s: number, e: number): boolean {
  if (e - s < 3) return false;
  const p = t.charCodeAt(e) === 46 ? e + 1 : e;
  const sep = t.charCodeAt(p);
  const digit = t.charCodeAt(p + 1);
  return (sep === 32 || sep === 45) && digit >= 48 && digit <= 57 && isMonthAt(t, s);
}

/** A day (`5`, `12`, `12th`) followed by a space or dash and a month name. */
function startsDayBeforeMonth(t: string, s: number, e: number): boolean {
  const c = t.charCodeAt(s);
  if (e - s > 4 || c < 48 || c > 57) return false;
  const sep = t.charCodeAt(e);
  return (sep === 32 || sep === 45) && isMonthAt(t, e + 1);
}

/**
 * The numbers of a numeric date, `value.split(/[-/. T:]/).map(Number)` without the arrays and
 * strings: every log line has a timestamp, so this runs once per line.
 */
function dateNumbers(value: string): number[] {
  const parts: number[] = [];
  let n = 0;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57 && digits < 15) {
      n = n * 10 + (c - 48);
      digits++;
    } else if (c === 45 || c === 47 || c === 46 || c === 32 || c === 84 || c === 58) {
      parts.push(n);
      n = 0;
      digits = 0;
    } else {
      // Not a shape the pattern proposes (or a number too long to add up exactly): the plain way.
      return value.split(/[-/. T:]/).map(Number);
    }
  }
  parts.push(n);
  return parts;
}

/** How many ASCII digits follow from `at` (NaN past the end is no digit). */
function digitsFrom(t: string, at: number): number {
  let end = at;
  while (t.charCodeAt(end) >= 48 && t.charCodeAt(end) <= 57) end++;
  return end - at;
}

/**
 * Whether the digit group from `s` to `e` begins the shape of a numeric date: `2024-05-01` (a year,
 * then two groups of one or two digits) or `12/03/1985`, `1.3.85` (one or two digits, one or two,
 * then four or two), the same separator, - / or ., between them. The numbers of a log line or a
 * version (`4.2.1`, `10.0.0.1`) mostly stop here, without the pattern.
 */
export function numericDateAt(t: string, s: number, e: number): boolean {
  const separator = t.charCodeAt(e);
  if (separator !== 45 && separator !== 47 && separator !== 46) return false;
  const second = digitsFrom(t, e + 1);
  if (second < 1 || second > 2 || t.charCodeAt(e + 1 + second) !== separator) return false;
  const third = digitsFrom(t, e + 2 + second);
  const first = e - s;
  return first === 4 ? third >= 1 && third <= 2 : first <= 2 && (third === 2 || third === 4);
}

const numericDate: Recognizer = {
  type: 'DATE_TIME',
  format: 'DATE',
  digits: [3, 8],
  minGroups: 3,
  firstGroup: numericDateAt,
  pattern: /\d(?<![\d./-]\d)(?:\d{3}([-/.])\d{1,2}\1\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d?([-/.])\d{1,2}\2(?:\d{4}|\d{2}))(?![\d]|[./-]\d)/g,
  validate(value) {
    const parts = dateNumbers(value);
    if (value.length >= 8 && /^\d{4}/.test(value)) return validDayMonth(parts[2]!, parts[1]!) ? 0.6 : undefined;
    const [a, b] = [parts[0]!, parts[1]!];
    if (!validDayMonth(a, b) && !validDayMonth(b, a)) return undefined;
    return 0.5;
  },
  context: DOB_CONTEXT,
  contextBoost: 0.35,
};

const wordDate: Recognizer = {
  type: 'DATE_TIME',
  format: 'DATE',
  // A month name (`Mar` to `September`) or a day (`5`, `12th`).
  anchor: {
    token: [3, 9],
    digitToken: [1, 4],
    first: '0123456789jfmasondJFMASOND',
    // The day or the month name ends at a space or a dash (a month name also at its dot): most
    // numbers of a log line (`12:`, `200\n`) are refused here, without calling the test.
    follow: ' -.',
    // Then a digit (`March 5`), or the space or dash after a month name's dot (`Mar. 5`); after a
    // day, a month name (`5 March`): the test would refuse the rest, most words of prose among them.
    next: '0123456789 -',
    digitNext: 'jfmasondJFMASOND',
    // Tokens begin with a digit or a letter (see `first`): a day before a month, or a month name.
    test: (t, s, e) => (t.charCodeAt(s) <= 57 ? startsDayBeforeMonth(t, s, e) : startsMonthName(t, s, e)),
  },
  pattern: new RegExp(
    `\\b(?:\\d{1,2}(?:st|nd|rd|th)?[ -](?:${MONTHS})\\.?(?:[ -,]+\\d{4}|-\\d{2,4})?|(?:${MONTHS})\\.?[ -]\\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|(?:${MONTHS})-\\d{2}|(?:${MONTHS}) \\d{4})\\b`,
    'gi',
  ),
  validate(value) {
    if (/^may /i.test(value) && !/\d{4}/.test(value)) return 0.3; // "may 5 people…"
    return /\d{4}/.test(value) ? 0.6 : 0.5;
  },
  context: DOB_CONTEXT,
  contextBoost: 0.3,
};

export const DATE_RECOGNIZERS: readonly Recognizer[] = [numericDate, wordDate];
