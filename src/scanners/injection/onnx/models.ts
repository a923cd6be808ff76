import { codePointRanges } from './aligned-text.js';
import { TokenizerFormatError, asArray, asObject, requireId, requireString } from './spec.js';

/** A token the model found in one word: its id and its range in that word (UTF-16 units). */
export interface WordToken {
  id: number;
  start: number;
  end: number;
}

/** Splits one pre-tokenized word into vocabulary ids. */
export interface SubwordModel {
  readonly kind: string;
  /** One more than the largest id the model can produce. */
  readonly vocabSize: number;
  /** The id of a vocabulary entry, if present (for special tokens named by the post-processor). */
  idOf(token: string): number | undefined;
  tokenizeWord(word: string): WordToken[];
}

export interface ModelLimits {
  /** Largest vocabulary accepted. */
  maxVocab: number;
}

/** Pieces special tokens are made of ("[CLS]", "<s>") must not be matched inside user text. */
export function buildModel(spec: unknown, limits: ModelLimits, specialTokens: ReadonlySet<string>): SubwordModel {
  const o = asObject(spec, 'model');
  const type = requireString(o.type ?? inferType(o), 'model.type');
  switch (type) {
    case 'Unigram':
      return new UnigramModel(o, limits, specialTokens);
    case 'WordPiece':
      return new WordPieceModel(o, limits);
    default:
      throw new TokenizerFormatError(`tokenizer model type "${type.slice(0, 30)}" is not supported (supported: Unigram, WordPiece); BPE tokenizers (RoBERTa, GPT-2 style) are not read yet`);
  }
}

/** Very old tokenizer.json files leave out model.type; their fields tell the kind. */
function inferType(o: Record<string, unknown>): string | undefined {
  if (Array.isArray(o.vocab) && 'unk_id' in o) return 'Unigram';
  if ('continuing_subword_prefix' in o && !('merges' in o)) return 'WordPiece';
  if ('merges' in o) return 'BPE';
  return undefined;
}

interface Piece {
  id: number;
  score: number;
}

/** Score of an unknown character: below any real piece, as SentencePiece does. */
const UNK_PENALTY = 10;

/**
 * SentencePiece Unigram (DeBERTa-v3, mDeBERTa, XLM-R, T5): the most probable segmentation of a word
 * into vocabulary pieces by Viterbi over the pieces' log-probabilities. Characters no piece covers
 * become the unknown token (consecutive ones fused), or UTF-8 byte tokens <0xNN> with byte_fallback.
 */
export class UnigramModel implements SubwordModel {
  readonly kind = 'Unigram';
  readonly vocabSize: number;
  private readonly pieces = new Map<string, Piece>();
  private readonly allIds = new Map<string, number>();
  private readonly maxPieceLength: number;
  private readonly unkId: number;
  private readonly unkScore: number;
  private readonly byteFallback: boolean;

  constructor(o: Record<string, unknown>, limits: ModelLimits, specialTokens: ReadonlySet<string>) {
    const vocab = asArray(o.vocab, 'model.vocab');
    if (vocab.length === 0) throw new TokenizerFormatError('model.vocab is empty');
    if (vocab.length > limits.maxVocab) throw new TokenizerFormatError(`model.vocab has ${vocab.length} entries, more than the limit of ${limits.maxVocab}`);
    let minScore = Infinity;
    let maxLength = 1;
    vocab.forEach((entry, id) => {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'number' || !Number.isFinite(entry[1])) {
        throw new TokenizerFormatError(`model.vocab[${id}] must be [piece, score]`);
      }
      const [piece, score] = entry as [string, number];
      if (!this.allIds.has(piece)) this.allIds.set(piece, id);
      minScore = Math.min(minScore, score);
      if (specialTokens.has(piece) || piece.length === 0 || this.pieces.has(piece)) return;
      this.pieces.set(piece, { id, score });
      maxLength = Math.max(maxLength, piece.length);
    });
    this.vocabSize = vocab.length;
    this.maxPieceLength = maxLength;
    this.unkId = o.unk_id === null || o.unk_id === undefined ? -1 : requireId(o.unk_id, 'model.unk_id');
    if (this.unkId >= vocab.length) throw new TokenizerFormatError('model.unk_id is outside the vocabulary');
    this.unkScore = minScore - UNK_PENALTY;
    this.byteFallback = o.byte_fallback === true;
  }

  idOf(token: string): number | undefined {
    return this.allIds.get(token);
  }

  tokenizeWord(word: string): WordToken[] {
    // Viterbi over code-point boundaries: best[i] is the best score of a segmentation of word[0, i).
    const bounds = [...codePointRanges(word)].map((r) => r.start);
    bounds.push(word.length);
    const n = bounds.length;
    const best = new Float64Array(n).fill(-Infinity);
    const from = new Int32Array(n).fill(-1);
    const pieceAt = new Int32Array(n).fill(-1); // -2: an unknown character
    best[0] = 0;
    for (let i = 0; i < n - 1; i++) {
      if (best[i] === -Infinity) continue;
      const start = bounds[i]!;
      let singleCharFound = false;
      for (let j = i + 1; j < n && bounds[j]! - start <= this.maxPieceLength; j++) {
        const piece = this.pieces.get(word.slice(start, bounds[j]));
        if (!piece) continue;
        if (j === i + 1) singleCharFound = true;
        const score = best[i]! + piece.score;
        if (score > best[j]!) {
          best[j] = score;
          from[j] = i;
          pieceAt[j] = piece.id;
        }
      }
      if (!singleCharFound) {
        const score = best[i]! + this.unkScore;
        if (score > best[i + 1]!) {
          best[i + 1] = score;
          from[i + 1] = i;
          pieceAt[i + 1] = -2;
        }
      }
    }
    const path: Array<{ id: number; start: number; end: number }> = [];
    for (let j = n - 1; j > 0; j = from[j]!) path.push({ id: pieceAt[j]!, start: bounds[from[j]!]!, end: bounds[j]! });
    path.reverse();
    return this.resolveUnknowns(word, path);
  }

  /** Fuses runs of unknown characters, then spells them as bytes when the vocabulary allows it. */
  private resolveUnknowns(word: string, path: WordToken[]): WordToken[] {
    const out: WordToken[] = [];
    for (const t of path) {
      const prev = out[out.length - 1];
      if (t.id === -2 && prev && prev.id === -2 && !this.byteFallback) prev.end = t.end;
      else out.push({ ...t });
    }
    return out.flatMap((t) => (t.id === -2 ? this.unknown(word, t) : [t]));
  }

  private unknown(word: string, t: WordToken): WordToken[] {
    if (this.byteFallback) {
      const bytes = Buffer.from(word.slice(t.start, t.end), 'utf8');
      const ids = [...bytes].map((b) => this.allIds.get(`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`));
      if (ids.every((id): id is number => id !== undefined)) return ids.map((id) => ({ id, start: t.start, end: t.end }));
    }
    if (this.unkId < 0) throw new TokenizerFormatError('the text has a character the vocabulary lacks and model.unk_id is not set');
    return [{ id: this.unkId, start: t.start, end: t.end }];
  }
}

/**
 * WordPiece (BERT, DistilBERT, MiniLM): greedy longest match from the start of the word; pieces
 * after the first carry the continuation prefix ("##"). A word that cannot be covered, or is longer
 * than max_input_chars_per_word, is one unknown token.
 */
export class WordPieceModel implements SubwordModel {
  readonly kind = 'WordPiece';
  readonly vocabSize: number;
  private readonly vocab = new Map<string, number>();
  private readonly unkId: number;
  private readonly prefix: string;
  private readonly maxWordChars: number;

  constructor(o: Record<string, unknown>, limits: ModelLimits) {
    const vocab = asObject(o.vocab, 'model.vocab');
    const entries = Object.entries(vocab);
    if (entries.length === 0) throw new TokenizerFormatError('model.vocab is empty');
    if (entries.length > limits.maxVocab) throw new TokenizerFormatError(`model.vocab has ${entries.length} entries, more than the limit of ${limits.maxVocab}`);
    let maxId = -1;
    for (const [token, id] of entries) {
      const checked = requireId(id, `model.vocab["${token.slice(0, 20)}"]`);
      this.vocab.set(token, checked);
      maxId = Math.max(maxId, checked);
    }
    this.vocabSize = maxId + 1;
    const unk = requireString(o.unk_token ?? '[UNK]', 'model.unk_token');
    const unkId = this.vocab.get(unk);
    if (unkId === undefined) throw new TokenizerFormatError(`model.unk_token "${unk.slice(0, 20)}" is not in the vocabulary`);
    this.unkId = unkId;
    this.prefix = typeof o.continuing_subword_prefix === 'string' ? o.continuing_subword_prefix : '##';
    const maxChars = o.max_input_chars_per_word ?? 100;
    this.maxWordChars = typeof maxChars === 'number' && maxChars > 0 ? maxChars : 100;
  }

  idOf(token: string): number | undefined {
    return this.vocab.get(token);
  }

  tokenizeWord(word: string): WordToken[] {
    const bounds = [...codePointRanges(word)].map((r) => r.start);
    bounds.push(word.length);
    const chars = bounds.length - 1;
    if (chars === 0) return [];
    if (chars > this.maxWordChars) return [{ id: this.unkId, start: 0, end: word.length }];
    const out: WordToken[] = [];
    let i = 0;
    while (i < chars) {
      let found: WordToken | undefined;
      for (let j = chars; j > i; j--) {
        const piece = (i > 0 ? this.prefix : '') + word.slice(bounds[i], bounds[j]);
        const id = this.vocab.get(piece);
        if (id !== undefined) {
          found = { id, start: bounds[i]!, end: bounds[j]! };
          i = j;
          break;
        }
      }
      if (!found) return [{ id: this.unkId, start: 0, end: word.length }];
      out.push(found);
    }
    return out;
  }
}
