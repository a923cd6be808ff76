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

/** The first three letters of each month, lower-case, as one number each (no string made per token). */
const MONTH_KEYS = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m) => monthKey(m, 0)));

function monthKey(t: string, at: number): number {
  return ((t.charCodeAt(at) | 0x20) << 16) | ((t.charCodeAt(at + 1) | 0x20) << 8) | (t.charCodeAt(at + 2) | 0x20);
}

/** A token that may be a month name: `Mar`, `march`, `SEPT`. */
function startsMonthName(t: string, s: number, e: number): boolean {
  return e - s >= 3 && MONTH_KEYS.has(monthKey(t, s));
}

/** A day (`5`, `12`, `12th`) followed by a space or dash and a month name. */
function startsDayBeforeMonth(t: string, s: number, e: number): boolean {
  const c = t.charCodeAt(s);
  if (e - s > 4 || c < 48 || c > 57) return false;
  const sep = t.charCodeAt(e);
  return (sep === 32 || sep === 45) && MONTH_KEYS.has(monthKey(t, e + 1));
}

const numericDate: Recognizer = {
  type: 'DATE_TIME',
  format: 'DATE',
  digits: [3, 8],
  minGroups: 3,
  pattern: /\d(?<![\d./-]\d)(?:\d{3}([-/.])\d{1,2}\1\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d?([-/.])\d{1,2}\2(?:\d{4}|\d{2}))(?![\d]|[./-]\d)/g,
  validate(value) {
    const parts = value.split(/[-/. T:]/).map(Number);
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
  anchor: { token: [1, 9], first: '0123456789jfmasondJFMASOND', test: (t, s, e) => startsMonthName(t, s, e) || startsDayBeforeMonth(t, s, e) },
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
