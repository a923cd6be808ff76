/**
 * Pattern fragments shared by the rule tables. Every rule is written from these so that the
 * constructs that could backtrack are few, bounded, and checked in one place.
 */

/**
 * Letters of the scripts the rules are written in (Latin with accents, Greek, Cyrillic), both
 * cases. Spelled out rather than `\\p{L}`: patterns compile without the `u` and `i` flags (they run
 * on a lower-cased copy of the text), which irregexp matches several times faster. The trigger
 * prefilter uses the same definition of a word character.
 */
export const LETTERS = 'A-Za-z\\u00c0-\\u024f\\u0370-\\u052f';
/** Start of a word (`\\b` only knows ASCII). */
export const B = `(?<![0-9_${LETTERS}])`;
/** End of a word. */
export const E = `(?![0-9_${LETTERS}])`;
/**
 * Word characters of a lower-cased text for the structural detectors (reader-directive.ts,
 * context-extraction.ts): Latin with accents and Cyrillic, and digits; unlike B and E, `_` and `-`
 * end a word ("ai_reader", "AI-generated" hold the word "ai").
 */
export const LOWER_WORD = 'a-z0-9\\u00c0-\\u024f\\u0400-\\u04ff';
/** Start of a word of LOWER_WORD characters. */
export const LB = `(?<![${LOWER_WORD}])`;
/** End of a word of LOWER_WORD characters. */
export const LE = `(?![${LOWER_WORD}])`;
/**
 * Space between two words. The bound is 8, not 4: V8 unrolls quantifiers with a small maximum,
 * and `\\s{1,4}` repeated through a rule made its first (compiling) match take ~100 ms.
 */
export const S = '\\s{1,8}';
/** Optional space or hyphen inside a compound ("system prompt", "system-prompt", "systemprompt"). */
export const J = '[\\s_-]{0,3}';
/** Text within one clause in CJK: no sentence punctuation. */
export const CJK_GAP = (n: number): string => `[^。！？；\\n.!?]{0,${n}}`;
/** Text within one sentence, for short spans of arbitrary words. */
export const CLAUSE = (n: number): string => `[^.!?\\n。！？]{0,${n}}`;

/** A word inside a gap: no spaces (so word and space never compete), no clause punctuation. */
const GAP_WORD = '[^\\s.,!?;:。，！？；：]{1,30}';

const vetted = new Set<string>();

/**
 * Up to `n` words, each preceded by space. One of the three vetted quantified groups that hold
 * quantifiers (with `listedWords` and `lines`): word characters and spaces are disjoint, so every split of the text is unique and matching stays
 * linear. `unless` lists words a gap may not contain (e.g. `my`, so "ignore my previous
 * instructions" is the user taking back their own instructions, not an override).
 */
export function gap(n: number, unless: readonly string[] = []): string {
  const guard = unless.length > 0 ? `(?!(?:${unless.join('|')})${E})` : '';
  const fragment = `(?:${S}${guard}${GAP_WORD}){0,${n}}`;
  vetted.add(fragment);
  return fragment;
}

/** The vetted fragments handed out so far: the only nested quantifiers the rule checker accepts. */
export function vettedFragments(): readonly string[] {
  return [...vetted];
}

/** `(?:a|b|c)`: in the words a space stands for `S`, and a space followed by `?` for `SO`. */
export function alt(...words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/ \?/g, '\u0000').replace(/ /g, S).replace(/\u0000/g, SO)).join('|')})`;
}

/**
 * Up to four more letters after a stem: the inflected endings of a verb or noun in the European
 * languages' rules ("ignor" + "iere", "oubli" + "ez"). Russian's longer endings have their own.
 */
export const INFLECTION = '\\p{L}{0,4}';

/** Optional space between two words (writing `S` followed by `?` would make a lazy quantifier, not an optional one). */
export const SO = '\\s{0,8}';

/**
 * Where an order in the imperative can stand, as a look-behind: the start of the text, a line or a
 * sentence, after a comma, a colon, a quote or a bracket, or after one of `leadWords` (a language's
 * "please", "now", "and"). For languages whose imperative is also the third person ("dimentica",
 * "esquece": "un robot dimentica tutte le sue istruzioni" tells a story).
 */
export function orderStart(...leadWords: readonly string[]): string {
  return `(?<=(?:^|[\\n.!?;:,"«“'(\\[-]${SO}|${B}${alt(...leadWords)}${S}))`;
}

/**
 * Up to `n` words from a fixed list (an `alt(...)` source), each followed by space. Every
 * iteration consumes one whole listed word and its space, so there is one way to split the text.
 */
export function listedWords(altSource: string, n: number, min = 0): string {
  const fragment = `(?:${altSource}${S}){${min},${n}}`;
  vetted.add(fragment);
  return fragment;
}

/** Up to `n` whole lines of at most `maxLength` characters: a line's end is unambiguous. */
export function lines(n: number, maxLength: number): string {
  const fragment = `(?:[^\\n]{0,${maxLength}}\\n){0,${n}}`;
  vetted.add(fragment);
  return fragment;
}

/**
 * The openingWeight of a label that addresses the model ("Note to the AI:") when it heads the text:
 * under GENERIC_CUE_WEIGHT, so alone, paired with a second label, or beside a middling classifier
 * score it does not block; what follows the label must carry the evidence.
 */
export const OPENING_LABEL_WEIGHT = 0.25;

/**
 * Somewhere a text can be sent (lower-cased text): a web address, or an e-mail address. Bounded and
 * anchored at a word start: unanchored, `x+@` retried the rest of a long run from every position.
 */
export const MAIL_OR_WEB_ADDRESS = `https?://|www\\.|${LB}[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\\.[a-z]{2,24}`;
