/**
 * How close in topic two English texts are: the cosine between the mean word vectors of their content
 * words, with GloVe vectors (word-vectors.generated.ts, built by scripts/build-word-vectors.ts).
 * Word vectors place "hiking", "trail" and "Denver" near an itinerary's "Boulder", "park" and "drive",
 * and "recursion" far from a bank e-mail's "card", "charged" and "account": relatedness that shared
 * words miss when a user's question uses other words than the document they pasted.
 *
 * The vectors (1.2 MB) are decoded on first use; only the stray-task detector asks, and only for a
 * text that holds a candidate line.
 */
import { WORD_VECTOR_DATA, WORD_VECTOR_DIMS, WORD_VECTOR_WORDS } from './word-vectors.generated.js';

/** The most frequent words carry no topic ("the", "said", "would"): left out of both means. */
const FUNCTION_WORD_RANK = 250;
/** Shortest word counted. */
const MIN_WORD = 3;

interface Vectors {
  rows: Int8Array;
  index: Map<string, number>;
  /** The mean of all word vectors: every word shares it, so it is taken out of each before comparing. */
  common: Float64Array;
}

let vectors: Vectors | undefined;

/**
 * Decodes the vectors now (about 15 ms) rather than in the first scan that needs them. For
 * long-running processes and benchmarks; optional, changes no result.
 */
export function loadTopicVectors(): void {
  load();
}

function load(): Vectors {
  if (vectors) return vectors;
  const buf = Buffer.from(WORD_VECTOR_DATA, 'base64');
  const rows = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const index = new Map<string, number>();
  WORD_VECTOR_WORDS.split('\n').forEach((w, i) => index.set(w, i));
  const common = new Float64Array(WORD_VECTOR_DIMS);
  for (let i = 0; i < rows.length; i++) common[i % WORD_VECTOR_DIMS]! += rows[i]!;
  for (let j = 0; j < WORD_VECTOR_DIMS; j++) common[j]! /= index.size;
  vectors = { rows, index, common };
  return vectors;
}

/** Adds the vector of one word (less the common part) to `sum`; false when the word is unknown or a function word. */
function addWord(word: string, sum: Float64Array, v: Vectors): boolean {
  if (word.length < MIN_WORD) return false;
  const row = v.index.get(word);
  if (row === undefined || row < FUNCTION_WORD_RANK) return false;
  const at = row * WORD_VECTOR_DIMS;
  for (let j = 0; j < WORD_VECTOR_DIMS; j++) sum[j]! += v.rows[at + j]! - v.common[j]!;
  return true;
}

/** Whether a lower-case word is among the vectors' words (the ~40k most frequent English words of 2014). */
export function isKnownWord(word: string): boolean {
  return load().index.has(word);
}

export interface TopicMatch {
  /** About [-1, 1]: the cosine of the mean vectors, scaled by the share of the request's words known. */
  similarity: number;
  /** How many words of the document have a vector: few (a table of codes and numbers) make a weak topic. */
  documentWords: number;
}

/**
 * Topic similarity of a request's content words and the document around it; undefined when the
 * document has no known content word. The cosine of the two mean vectors is scaled by the share of
 * the request's words the vectors know: a word too rare to have one ("recursion" beside a bank e-mail)
 * was already checked not to occur in the document, so it counts as off topic.
 */
export function topicSimilarity(requestWords: readonly string[], documentLower: string): TopicMatch | undefined {
  const v = load();
  const a = new Float64Array(WORD_VECTOR_DIMS);
  const b = new Float64Array(WORD_VECTOR_DIMS);
  let known = 0;
  for (const w of requestWords) if (addWord(w, a, v)) known++;
  let documentWords = 0;
  for (const m of documentLower.matchAll(/[a-z]+/g)) if (addWord(m[0], b, v)) documentWords++;
  if (documentWords === 0) return undefined;
  if (known === 0) return { similarity: 0, documentWords };
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let j = 0; j < WORD_VECTOR_DIMS; j++) {
    dot += a[j]! * b[j]!;
    na += a[j]! * a[j]!;
    nb += b[j]! * b[j]!;
  }
  const similarity = na === 0 || nb === 0 ? 0 : (dot / Math.sqrt(na * nb)) * (known / requestWords.length);
  return { similarity, documentWords };
}
