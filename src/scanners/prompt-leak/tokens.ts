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
  return NON_ASCII.test(text) ? tokenizeUnicode(text, maxTokens) : tokenizeAscii(text, maxTokens);
}

/** ASCII letter or digit: what the Unicode word pattern matches in ASCII text. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * The same tokens for pure-ASCII text (most answers) from one pass over char codes: no regex
 * matches to allocate, and no per-word script test. Checked against the Unicode path by a property test.
 */
export function tokenizeAscii(text: string, maxTokens = Number.MAX_SAFE_INTEGER): WordTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  for (let i = 0; i < n && words.length < maxTokens; ) {
    if (!isAsciiWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
    words.push(text.slice(start, i).toLowerCase());
    starts.push(start);
    ends.push(i);
  }
  return { words, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

export function tokenizeUnicode(text: string, maxTokens = Number.MAX_SAFE_INTEGER): WordTokens {
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
