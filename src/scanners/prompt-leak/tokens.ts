/**
 * Word tokens for leak matching: lower-cased runs of letters, digits and marks, with every CJK/Thai
 * character its own token (those scripts do not separate words with spaces). Whitespace,
 * punctuation and markdown syntax (`**`, `#`, `-`, backticks) fall between tokens, so reformatting
 * a copied prompt does not hide it.
 */
export interface WordTokens {
  words: string[];
  /** starts[i], ends[i]: the span of words[i] in the tokenized text. */
  starts: Uint32Array;
  ends: Uint32Array;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Scripts written without spaces: each character is a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const NON_ASCII = /[^\x00-\x7f]/;

export function tokenize(text: string, maxTokens = Number.MAX_SAFE_INTEGER): WordTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (word: string, at: number) => {
    words.push(word.toLowerCase());
    starts.push(at);
    ends.push(at + word.length);
  };
  for (const m of text.matchAll(WORD)) {
    if (words.length >= maxTokens) break;
    const word = m[0];
    if (!NON_ASCII.test(word) || !UNSPACED.test(word)) {
      push(word, m.index!);
      continue;
    }
    // Split out every unspaced-script character; keep other runs (Latin inside Chinese text) whole.
    let runStart = -1;
    let i = 0;
    for (const ch of word) {
      if (UNSPACED.test(ch)) {
        if (runStart >= 0) push(word.slice(runStart, i), m.index! + runStart);
        runStart = -1;
        push(ch, m.index! + i);
      } else if (runStart < 0) runStart = i;
      i += ch.length;
    }
    if (runStart >= 0) push(word.slice(runStart), m.index! + runStart);
  }
  if (words.length > maxTokens) words.length = starts.length = ends.length = maxTokens;
  return { words, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
