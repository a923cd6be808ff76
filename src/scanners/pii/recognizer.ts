/**
 * The shape every structured-PII recognizer shares. A recognizer is a candidate pattern plus a
 * validator: the pattern only proposes, the validator (check digits, issuer ranges, dates) decides
 * and returns a base score. Context words near the match then raise the score (or lower it), so
 * "SSN 078-05-1123" scores higher than a bare nine-digit number.
 */

/** Finding kinds of the `pii` scanner: the type names of the PII data MANIFEST. */
export type PiiType =
  | 'PERSON' | 'EMAIL' | 'PHONE' | 'CREDIT_CARD' | 'IBAN' | 'US_SSN' | 'IP_ADDRESS' | 'URL' | 'DATE_TIME'
  | 'LOCATION' | 'ADDRESS' | 'ORGANIZATION' | 'ZIP_CODE' | 'DRIVER_LICENSE' | 'PASSPORT' | 'NATIONAL_ID'
  | 'TAX_ID' | 'ORG_ID' | 'BANK_ACCOUNT' | 'MEDICAL_ID' | 'MAC_ADDRESS' | 'CRYPTO'
  // Not personal data itself: a window of text the entity layer gave up on (entities/budget.ts), fail closed.
  | 'PII_SCAN_LIMIT';

/** What a validator answers for one candidate: a base score, or a refusal. */
export interface Verdict {
  score: number;
  /** A different type than the recognizer's default (e.g. a German document number next to "Reisepass"). */
  type?: PiiType;
  /** Narrower span inside the match (offsets relative to the match start), when the pattern over-reaches. */
  trimStart?: number;
  trimEnd?: number;
}

/**
 * Where matches of a recognizer begin. A test must accept every position where the pattern can match
 * (it may accept more, never fewer): `anchors.test.ts` checks this against a whole-text scan.
 */
export interface Anchor {
  /** Matches begin at each occurrence of this character (the first character of the pattern)… */
  char?: string;
  /**
   * …or at the start of a token, a maximal run of ASCII letters and digits, whose length is within
   * this range…
   */
  token?: readonly [number, number];
  /** With `token`: the lengths for tokens that begin with a digit, when they differ (`12th` but `December`). */
  digitToken?: readonly [number, number];
  /**
   * …and whose first characters fit this shape: `L` a letter, `U` an upper-case letter, `D` a digit,
   * `H` a hex digit, `?` any, another character itself. Checked before `test`, without a call. A
   * token shorter than the prefix fits when its characters fit the prefix as far as they go (`LLD`
   * takes `AB` and `AB12`, not `ABC`).
   */
  prefix?: string;
  /** Classes the token must contain somewhere, in the same letters (`D`: a digit). */
  contains?: string;
  /** The characters a token may begin with, when the prefix says too little (`hfw` of `http`, `ftp`, `www`). */
  first?: string;
  /**
   * ASCII characters of which one must come right after the token or the character (`:-.` after the
   * first pair of a MAC address, a letter after the dot of a domain). Checked before `test`, without
   * a call: it may refuse only positions where the pattern cannot match.
   */
  follow?: string;
  /**
   * With `token` and `follow`: ASCII characters of which one must come right after the `follow`
   * character (the month name of `5 March`, the digit of `March 5`). Checked without a call, like
   * `follow`, and it may likewise refuse only positions where the pattern cannot match.
   */
  next?: string;
  /** With `next` and `digitToken`: the characters `next` allows after tokens that begin with a digit. */
  digitNext?: string;
  /**
   * With `prefix`, and not with `follow`: ASCII characters of which one must come right after a
   * token shorter than the prefix, before the prefix goes on (the space of `AB 12 34 56 C`); the
   * character after it must then fit the next step of the prefix. Checked without a call.
   */
  gap?: string;
  /** Sees the token or the character (`end` exclusive) and may look at the text around it. */
  test?: (text: string, start: number, end: number) => boolean;
}

export interface Recognizer {
  type: PiiType;
  /** The concrete format, e.g. `US_NPI`, kept in finding.detail (never the value). */
  format: string;
  /**
   * Lower-case words of which one must occur in the text for the recognizer to run at all: for
   * formats that are reported only next to a context word (passport, driver licence numbers).
   */
  keywords?: readonly string[];
  /** Cheap whole-text test; the pattern runs only when it passes. */
  prefilter?: (text: string) => boolean;
  /**
   * Where a match can begin, for formats not made of digit groups. The engine then tries the pattern
   * only at those positions (sticky, from left to right like a global scan) instead of scanning the
   * whole text with it: one pass over the text serves every anchored recognizer. Without an anchor
   * (and without `digits`) the pattern scans the whole text, which is slow and kept for formats that
   * are gated by `keywords`.
   */
  anchor?: Anchor;
  /**
   * For formats made of digit groups (cards, SSNs, phone numbers): how many digits a value has.
   * Such recognizers do not scan the text; the engine finds runs of digit groups once and tries the
   * pattern at each group that starts a window of groups holding between these many digits.
   */
  digits?: readonly [number, number];
  /** With `digits`: how many digit groups a value spans at least (four for an IPv4 address). */
  minGroups?: number;
  /** With `digits`: characters that may begin a match just before a digit group (`+` of `+44`, `X` of an NIE). */
  lead?: string;
  /**
   * With `digits`: for a run that is one number (digits from `start` to `end`, no separators),
   * whether a match beginning at `start` could pass `validate`. False skips the pattern there, so a
   * cheap test can spare the pattern and validator a value they would refuse (an id or a timestamp
   * where a phone number is looked for). It must never answer false for a value `validate` keeps.
   */
  singleNumber?: (text: string, start: number, end: number) => boolean;
  /**
   * With `digits`: in a run of several digit groups, whether a match can begin at the group from
   * `start` to `end` (its digits). False skips the pattern there; like `anchor.test`, it may accept
   * more positions than the pattern matches at, never fewer.
   */
  firstGroup?: (text: string, start: number, end: number) => boolean;
  /**
   * With `digits`: a check every value `validate` keeps passes on its digits (separators left out),
   * such as its check digit. Where the digits of a value beginning at a group are known before the
   * pattern runs, the engine checks them first and tries the pattern only if they pass: at a run
   * that is one number (a pattern matches the whole run or nothing there), and, for formats whose
   * values all have one digit count, at a window of groups holding that many. A random number
   * passes a mod-10 check one time in ten, so most ids and timestamps stop here.
   */
  digitsValid?: (digits: string) => boolean;
  /** Global regular expression proposing candidates. */
  pattern: RegExp;
  /** Called once before each scan of a text, e.g. to set a work budget in proportion to its length. */
  beginScan?: (text: string) => void;
  /** Decides on one candidate; `undefined` rejects it. */
  validate: (value: string, text: string, start: number) => Verdict | number | undefined;
  /** Lower-case words that, within the context window, make the match more likely. */
  context?: readonly string[];
  /** Added to the base score when a context word is near (default 0.35). */
  contextBoost?: number;
  /** Lower-case words that make the match less likely (e.g. "version" near an IPv4-looking run). */
  negativeContext?: readonly string[];
  /**
   * Whether a table column's name (lower-cased) says that this candidate in it is something else (a
   * barcode-length number under `ean`): such a candidate is rejected.
   */
  notInColumn?: (column: string, value: string) => boolean;
}

/** Digits only, for validators that ignore separators. */
export function digitsOf(s: string): string {
  // Most candidates are bare numbers (ids, timestamps): a loop that meets no other character is
  // cheaper than a replace, and gives back the same string.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return s.replace(/\D+/g, '');
  }
  return s;
}

/**
 * True when a value's separators are all the same character (or absent), e.g. `4111 1111 1111 1111`
 * but not `4111-1111 1111.1111`: mixed separators are a sign of an unrelated run of numbers.
 */
export function consistentSeparators(s: string): boolean {
  // One pass, no strings made: this runs on every card-length number. Compared by UTF-16 unit,
  // which is the same test: a character of two units never equals one unit.
  let separator = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const folded = c | 0x20;
    if ((c >= 48 && c <= 57) || (folded >= 97 && folded <= 122)) continue;
    if (separator === -1) separator = c;
    else if (c !== separator) return false;
  }
  return true;
}
