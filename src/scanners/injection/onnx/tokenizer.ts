import { readFile, stat } from 'node:fs/promises';
import { AlignedText } from './aligned-text.js';
import { buildModel, type SubwordModel } from './models.js';
import { buildNormalizer, type Normalizer } from './normalizers.js';
import { buildTemplate, type SingleTemplate } from './post-processor.js';
import { buildPreTokenizer, type PreTokenizer } from './pre-tokenizers.js';
import { TokenizerFormatError, asArray, asObject, requireId, requireString } from './spec.js';

export { TokenizerFormatError };

export interface TokenizerLimits {
  /** Largest tokenizer.json read, in bytes (mDeBERTa's is about 16 MB). */
  maxFileBytes: number;
  /** Largest vocabulary accepted (mDeBERTa has 250 002 entries). */
  maxVocab: number;
}

export const DEFAULT_TOKENIZER_LIMITS: TokenizerLimits = { maxFileBytes: 64 * 1024 * 1024, maxVocab: 1_000_000 };

/** The text's tokens without special tokens; `starts`/`ends` are offsets in the caller's text. */
export interface Encoding {
  ids: number[];
  starts: number[];
  ends: number[];
}

/** Input ids and token type ids of one model input, special tokens included. */
export interface ModelInput {
  inputIds: number[];
  typeIds: number[];
}

/**
 * A reader for Hugging Face tokenizer.json files of the Unigram (SentencePiece: DeBERTa-v3,
 * mDeBERTa, Prompt Guard) and WordPiece (BERT) kinds: normalizer → pre-tokenizer → model →
 * post-processor template, with offsets back into the caller's text.
 *
 * Text is always text: strings that look like special tokens ("[SEP]", "</s>") in the input are
 * tokenized as ordinary characters, never turned into the special tokens themselves, so an attacker
 * cannot close the sequence early or fake a second segment.
 */
export class TextTokenizer {
  readonly vocabSize: number;
  /** `truncation.max_length` of the file, when it sets one. */
  readonly maxLength: number | undefined;

  constructor(
    private readonly normalizer: Normalizer,
    private readonly preTokenizer: PreTokenizer,
    private readonly model: SubwordModel,
    readonly template: SingleTemplate,
    vocabSize: number,
    maxLength: number | undefined,
  ) {
    this.vocabSize = vocabSize;
    this.maxLength = maxLength;
  }

  get kind(): string {
    return this.model.kind;
  }

  /** How many special tokens wrap each sequence. */
  get specialTokenCount(): number {
    return this.template.prefix.length + this.template.suffix.length;
  }

  encode(text: string): Encoding {
    const normalized = this.normalizer(AlignedText.fromOriginal(text));
    const words = this.preTokenizer(normalized.length > 0 ? [normalized] : []);
    const out: Encoding = { ids: [], starts: [], ends: [] };
    for (const word of words) {
      for (const token of this.model.tokenizeWord(word.text)) {
        const range = word.originalRange(token.start, token.end);
        out.ids.push(token.id);
        out.starts.push(range.start);
        out.ends.push(range.end);
      }
    }
    return out;
  }

  /** Wraps a run of content ids in the template's special tokens. */
  modelInput(ids: readonly number[]): ModelInput {
    const { prefix, suffix, sequenceTypeId } = this.template;
    return {
      inputIds: [...prefix.map((t) => t.id), ...ids, ...suffix.map((t) => t.id)],
      typeIds: [...prefix.map((t) => t.typeId), ...ids.map(() => sequenceTypeId), ...suffix.map((t) => t.typeId)],
    };
  }
}

/** Builds a tokenizer from the parsed JSON of a tokenizer.json file. */
export function parseTokenizer(json: unknown, limits: TokenizerLimits = DEFAULT_TOKENIZER_LIMITS): TextTokenizer {
  const root = asObject(json, 'tokenizer.json');
  const added = new Map<string, number>();
  const specials = new Set<string>();
  let maxAddedId = -1;
  for (const [i, entry] of (root.added_tokens === undefined || root.added_tokens === null ? [] : asArray(root.added_tokens, 'added_tokens')).entries()) {
    const t = asObject(entry, `added_tokens[${i}]`);
    const content = requireString(t.content, `added_tokens[${i}].content`);
    const id = requireId(t.id, `added_tokens[${i}].id`);
    added.set(content, id);
    if (t.special === true) specials.add(content);
    maxAddedId = Math.max(maxAddedId, id);
  }
  if (added.size > limits.maxVocab) throw new TokenizerFormatError(`added_tokens has more than ${limits.maxVocab} entries`);
  const model = buildModel(root.model, limits, specials);
  const template = buildTemplate(root.post_processor, model, added);
  const truncation = root.truncation === null || root.truncation === undefined ? undefined : asObject(root.truncation, 'truncation');
  const maxLength = typeof truncation?.max_length === 'number' && truncation.max_length > 0 ? truncation.max_length : undefined;
  return new TextTokenizer(buildNormalizer(root.normalizer), buildPreTokenizer(root.pre_tokenizer), model, template, Math.max(model.vocabSize, maxAddedId + 1), maxLength);
}

/** Reads tokenizer.json from disk, refusing files larger than the limit before reading them. */
export async function loadTokenizerFile(path: string, limits: TokenizerLimits = DEFAULT_TOKENIZER_LIMITS): Promise<TextTokenizer> {
  const info = await stat(path);
  if (!info.isFile()) throw new TokenizerFormatError(`${path} is not a file`);
  if (info.size > limits.maxFileBytes) throw new TokenizerFormatError(`tokenizer.json is ${info.size} bytes, more than the limit of ${limits.maxFileBytes}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new TokenizerFormatError(`tokenizer.json is not valid JSON: ${(err as Error).message.slice(0, 80)}`);
  }
  return parseTokenizer(json, limits);
}
