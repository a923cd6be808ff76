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

const numericDate: Recognizer = {
  type: 'DATE_TIME',
  format: 'DATE',
  digits: [3, 8],
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
  needsDigit: false,
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
