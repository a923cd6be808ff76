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
  | 'TAX_ID' | 'ORG_ID' | 'BANK_ACCOUNT' | 'MEDICAL_ID' | 'MAC_ADDRESS' | 'CRYPTO';

/** What a validator answers for one candidate: a base score, or a refusal. */
export interface Verdict {
  score: number;
  /** A different type than the recognizer's default (e.g. a German document number next to "Reisepass"). */
  type?: PiiType;
  /** Narrower span inside the match (offsets relative to the match start), when the pattern over-reaches. */
  trimStart?: number;
  trimEnd?: number;
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
   * False for formats that can occur without any digit (e-mail, URL, MAC, IPv6, month names); the
   * others run only on the regions of the text around digits, which is most of the speed on prose.
   */
  needsDigit?: boolean;
  /**
   * For formats made of digit groups (cards, SSNs, phone numbers): how many digits a value has.
   * Such recognizers do not scan the text; the engine finds runs of digit groups once and hands
   * each run only to the recognizers whose digit count fits, which is most of the speed on logs.
   */
  digits?: readonly [number, number];
  /** Global regular expression proposing candidates. */
  pattern: RegExp;
  /** Decides on one candidate; `undefined` rejects it. */
  validate: (value: string, text: string, start: number) => Verdict | number | undefined;
  /** Lower-case words that, within the context window, make the match more likely. */
  context?: readonly string[];
  /** Added to the base score when a context word is near (default 0.35). */
  contextBoost?: number;
  /** Lower-case words that make the match less likely (e.g. "version" near an IPv4-looking run). */
  negativeContext?: readonly string[];
}

/** Digits only, for validators that ignore separators. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

/**
 * True when a value's separators are all the same character (or absent), e.g. `4111 1111 1111 1111`
 * but not `4111-1111 1111.1111`: mixed separators are a sign of an unrelated run of numbers.
 */
export function consistentSeparators(s: string): boolean {
  const seps = s.replace(/[0-9A-Za-z]+/g, '');
  return seps.length === 0 || [...seps].every((c) => c === seps[0]);
}
