/**
 * A few native scans of a text that tell the entity detectors where they can match at all: the
 * capital letters (every capitalised-run, organisation and list pattern starts at one), the digits
 * after a word boundary (house numbers), and the cue words some patterns start with or need ("lives",
 * "suite", "call", "and"). Most prompts have no name, no number and no label: with this index a
 * detector that has no candidate costs nothing, and one that has a few runs its pattern only there
 * (sticky, at the candidate) instead of letting a global expression walk the whole text.
 * Each scan is one regular-expression pass with `test` (no match arrays); no allocation per word.
 */
export interface TextIndex {
  /** Code-unit offsets where a capital letter (\p{Lu}) starts, in order. */
  upper: number[];
  /** Capitals counted per UTF-16 unit, as `isLowercaseText` counts them (astral capitals left out). */
  bmpCapitals: number;
  /** Starts of digit runs after a word boundary (where `\b\d` matches), in order. */
  digitRun: number[];
  /** The digit-run starts right after a space. */
  spaceDigit: number[];
  /** Starts of cue words (whole words of ASCII letters after a word boundary; see CUES), and their `Cue` bits. */
  cueStart: number[];
  cueBits: number[];
  /** All `Cue` bits of the text. */
  cues: number;
  hasDigit: boolean;
  hasNewline: boolean;
  /** Any of `: = , \t ; |`. */
  hasSeparator: boolean;
  hasQuote: boolean;
  hasColon: boolean;
  hasAmpersand: boolean;
}

/** Groups of cue words; a word may be in several. */
export const Cue = {
  /** First words of a self-introduction ("my name is", "call me", "thanks"). */
  INTRODUCTION: 1,
  /** First words of a phrase announcing an address ("lives at", "ship to"). */
  ANNOUNCE: 2,
  /** Street words an announced address may hold instead of a number. */
  STREET: 4,
  /** Words of a flat or a unit before its number ("Apt 5", "Suite 200"). */
  UNIT: 8,
  /** Military post ("PSC 1234, Box 5678", "APO AE 09012"). */
  MILITARY: 16,
  MILITARY_POST: 32,
  /** Post boxes ("P.O. Box 12", "Postfach 3"). */
  POST_BOX: 64,
  /** "and" of a list of names. */
  AND: 128,
} as const;

const CUE_WORDS: Record<number, string> = {
  [Cue.INTRODUCTION]: 'my|call|calls|i|this|it|its|contact|ask|tell|email|with|thanks|hi|hello|dear|cc',
  [Cue.ANNOUNCE]: 'lives|live|living|located|is|address|sent|send|ship|deliver|delivered|mail|office|off|enter|billing|moved|corner|resides|residing',
  [Cue.STREET]: 'street|st|avenue|road|rd|lane|drive|corner|blvd',
  [Cue.UNIT]: 'apt|apartment|suite|ste|unit|flat|room|floor',
  [Cue.MILITARY]: 'psc|unit',
  [Cue.MILITARY_POST]: 'apo|fpo|dpo',
  [Cue.POST_BOX]: 'box|postfach|apartado|postbus|postboks|casilla|caixa',
  [Cue.AND]: 'and',
};

/** Case-blind hash of an ASCII word (the cue words are plain ASCII), kept small so arrays hold it unboxed. */
function hashAt(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + (text.charCodeAt(i) | 32)) & 0x3fffffff;
  return h;
}

const CUE_BITS = new Map<number, number>();
for (const [bit, words] of Object.entries(CUE_WORDS)) {
  for (const w of words.split('|')) {
    const h = hashAt(w, 0, w.length);
    CUE_BITS.set(h, (CUE_BITS.get(h) ?? 0) | Number(bit));
  }
}
/**
 * Every cue word, whole: after a word boundary and before a character that is no ASCII letter
 * ("Apt5" holds "Apt"). Case-blind; the hash of the word found gives its bits.
 */
const CUE_RE = new RegExp(`\\b(?:${[...new Set(Object.values(CUE_WORDS).join('|').split('|'))].sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'gi');

/** Capitals and runs of digits, in one pass. */
const UPPER_OR_DIGITS = /\p{Lu}|\d+/gu;
const SEPARATOR = /[:=,\t;|]/;

export function indexText(text: string): TextIndex {
  const upper: number[] = [];
  const digitRun: number[] = [];
  const spaceDigit: number[] = [];
  let bmpCapitals = 0;
  let hasDigit = false;
  UPPER_OR_DIGITS.lastIndex = 0;
  while (UPPER_OR_DIGITS.test(text)) {
    const end = UPPER_OR_DIGITS.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (last >= 48 && last <= 57) {
      hasDigit = true;
      let at = end - 1;
      while (at > 0 && isDigit(text.charCodeAt(at - 1))) at--;
      // `\b\d`: the unit before is no ASCII word character.
      const before = text.charCodeAt(at - 1);
      if (!(isAsciiLetter(before) || before === 95)) {
        digitRun.push(at);
        if (before === 32) spaceDigit.push(at);
      }
    } else if (last >= 0xdc00 && last <= 0xdfff) {
      // An astral capital (two units): a capital for the patterns, not for the lower-case test.
      upper.push(end - 2);
    } else {
      upper.push(end - 1);
      bmpCapitals++;
    }
  }
  const cueStart: number[] = [];
  const cueBits: number[] = [];
  let cues = 0;
  CUE_RE.lastIndex = 0;
  while (CUE_RE.test(text)) {
    const end = CUE_RE.lastIndex;
    let start = end - 1;
    while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    const bits = CUE_BITS.get(hashAt(text, start, end)) ?? 0;
    if (bits === 0) continue;
    cueStart.push(start);
    cueBits.push(bits);
    cues |= bits;
  }
  const hasColon = text.includes(':');
  return {
    upper,
    bmpCapitals,
    digitRun,
    spaceDigit,
    cueStart,
    cueBits,
    cues,
    hasDigit,
    hasNewline: text.includes('\n'),
    hasSeparator: hasColon || SEPARATOR.test(text),
    hasQuote: text.includes('"') || text.includes("'"),
    hasColon,
    hasAmpersand: text.includes('&'),
  };
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The next match of a sticky expression at one of the candidate positions at or after its
 * `lastIndex`: the same match a global search from there finds, when every match of the expression
 * starts at a candidate. `cursor.k` walks the candidates (in order) across calls.
 */
export function nextAt(re: RegExp, text: string, positions: readonly number[], cursor: { k: number }): RegExpExecArray | null {
  const from = re.lastIndex;
  let k = cursor.k;
  while (k < positions.length && positions[k]! < from) k++;
  while (k < positions.length) {
    re.lastIndex = positions[k++]!;
    const m = re.exec(text);
    if (m) {
      cursor.k = k;
      return m;
    }
  }
  cursor.k = k;
  re.lastIndex = 0;
  return null;
}

/** The next match of a sticky expression at a cue word with one of `bits`, at or after `from`. */
export function nextAtCue(re: RegExp, text: string, index: TextIndex, bits: number, from: number, cursor: { k: number }): RegExpExecArray | null {
  let k = cursor.k;
  while (k < index.cueStart.length) {
    const at = index.cueStart[k]!;
    const cue = index.cueBits[k++]!;
    if (at < from || (cue & bits) === 0) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) {
      cursor.k = k;
      return m;
    }
  }
  cursor.k = k;
  return null;
}
