/**
 * Which character 4-grams ordinary text holds: a set of hashed 4-grams seen in benign prompts and
 * documents (built by scripts/build-char-ngrams.ts, stored as a bitset in char-ngrams.generated.ts),
 * and the share of a stretch of text whose 4-grams are not in it.
 *
 * It is a cheap stand-in for a language model's perplexity. An optimized adversarial suffix
 * (`… plusQuick veggieSure ?>ahora zusammen]( outlineComma`), sentenceAs::mitFormat`) is made of
 * tokenizer pieces glued in orders no writer uses: a third or more of its 4-grams are new, where the
 * request before it, in plain English, has almost none. The suffix detector compares the two
 * (suffix.ts, surpriseTail).
 *
 * The alphabet keeps case (glued `similarlyNow` is part of the signal) and ASCII punctuation, and
 * folds every digit to one class, every run of white space to one space and every non-ASCII
 * character to one class: a 4-gram is four 7-bit classes, hashed to NGRAM_BITS bits.
 */
import { CHAR_NGRAMS } from './char-ngrams.generated.js';

export const NGRAM_BITS = 20;
const NGRAM_MASK = (1 << NGRAM_BITS) - 1;

const SPACE = 32;
const DIGIT = 48;
const NON_ASCII = 127;

/** The class of a UTF-16 code unit: ASCII letters and punctuation as themselves, digits, space, the rest. */
export function charClass(c: number): number {
  if (c >= 48 && c <= 57) return DIGIT;
  if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
  if (c > 32 && c < 127) return c;
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)) return SPACE;
  return NON_ASCII;
}

/** The hash slot of a 4-gram of classes (oldest first). */
export function ngramKey(c0: number, c1: number, c2: number, c3: number): number {
  const packed = (((c0 * 128 + c1) * 128 + c2) * 128 + c3) >>> 0;
  return (Math.imul(packed ^ (packed >>> 15), 0x2c1b3c6d) >>> (32 - NGRAM_BITS)) & NGRAM_MASK;
}

/**
 * Calls `visit` with the key of every 4-gram of text[from, to) after folding white-space runs to one
 * space, and with the index of its last character. The grams start inside the range.
 */
export function forEachNgram(text: string, from: number, to: number, visit: (key: number, at: number) => void): void {
  let c0 = -1;
  let c1 = -1;
  let c2 = -1;
  for (let i = from; i < to; i++) {
    const c = charClass(text.charCodeAt(i));
    if (c === SPACE && c2 === SPACE) continue;
    if (c0 >= 0) visit(ngramKey(c0, c1, c2, c), i);
    c0 = c1;
    c1 = c2;
    c2 = c;
  }
}

let seen: Uint8Array | undefined;

function seenSet(): Uint8Array {
  if (seen) return seen;
  const bytes = Buffer.from(CHAR_NGRAMS.bitsBase64, 'base64');
  if (CHAR_NGRAMS.bits !== NGRAM_BITS || bytes.length !== 1 << (NGRAM_BITS - 3)) throw new Error(`char n-gram set has ${bytes.length} bytes for ${CHAR_NGRAMS.bits} bits; the runtime expects ${NGRAM_BITS}`);
  seen = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return seen;
}

export function isSeenNgram(key: number): boolean {
  return (seenSet()[key >>> 3]! & (1 << (key & 7))) !== 0;
}

/** The share of the 4-grams of text[from, to) that ordinary text does not hold (0 for fewer than one). */
export function unseenShare(text: string, from: number, to: number): number {
  let grams = 0;
  let unseen = 0;
  forEachNgram(text, from, to, (key) => {
    grams++;
    if (!isSeenNgram(key)) unseen++;
  });
  return grams === 0 ? 0 : unseen / grams;
}
