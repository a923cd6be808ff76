/**
 * Tiny tokenizer.json files in the shapes real classifiers ship: a SentencePiece Unigram one as
 * DeBERTa-v3 / Prompt Guard 2 have (Strip, Precompiled charsmap, Metaspace, [CLS] $A [SEP]) and a
 * BERT WordPiece one (BertNormalizer, BertPreTokenizer, BertProcessing).
 */

/**
 * A real SentencePiece precompiled_charsmap, made with sentencepiece 0.2.2 from a 55-rule
 * normalization TSV (full-width A–Z/a–z → ASCII, U+FB01 "ﬁ" → "fi", U+3000 → space, U+200B →
 * nothing). Hugging Face tokenizers' Precompiled normalizer maps "ＪＡＩＬＢＲＥＡＫ ﬁne" to
 * "JAILBREAK fine" and "a\u3000b\u200bc" to "a bc" with it.
 */
export const TINY_CHARSMAP_BASE64 =
  'AAQAAACAAwCAOAIA4gwCAOMUAgCLBQAAAAAAgIAEAgCAPQAAAQAAgKwIAgCBBQAAQwAAgAMAAIAFAACABwAAgO+oAgAJAACACwAAgA0AAIAPAACAEQAAgBMAAIAVAACAFwAAgL0UAwC8ZAIAGQAAgBsAAIAdAACAHwAAgCEAAIAjAACAJQAAgKG1AACivQAAo7UAAKTRAACl0QAAptEAAKfRAACo8QAAqfEAAKrxAACr8QAArNkAAK3ZAACuyQAAr8kAALC5AACxuQAAskkAALMhAAC0IQAAtSEAALYhAAC3IQAAuOEBALnhAQC64QEAJwAAgCkAAIArAACALQAAgC8AAIAxAACAMwAAgDUAAIA3AACAmcUAAJjFAAA5AACAmsUAAJXlAACU5QAAl+UAAJblAACRhQAAkIUAAJOFAACShQAAjeUAAIzlAACP5QAAjuUAAInFAACIxQAAi8UAAIrFAACF5QAAhOUAAIflAACG5QAAgX0AADsAAICDDQAAgmUAAD0AAIA/AACAQQAAgEYAAIBIAACASgAAgEwAAIBOAACAUAAAgFIAAIBUAACAVgAAgFgAAIBaAACAXAAAgF4AAIBgAACAYgAAgGQAAIBmAACAaAAAgGoAAIBsAACAdgAAAHkAAAB4AAAAewAAAHoAAAB9AAAAfAAAAH8AAAB+AAAAgQAAAIAAAACDAAAAggAAAIUAAACEAAAAhwAAAIYAAACJAAAAiAAAAIsAAACKAAAAjQAAAIwAAACPAAAAjgAAAJEAAACQAAAAkwAAAJIAAACVAAAAlAAAAJcAAACWAAAAmQAAAJgAAACbAAAAmgAAAJ0AAACcAAAAnwAAAJ4AAAChAAAAoAAAAKMAAACiAAAApQAAAKQAAACnAAAApgAAAKkAAACoAAAAqwAAAKoAAACtAAAArAAAAK8AAACuAAAAsQAAALAAAACzAAAAsgAAALUAAAC0AAAAtwAAALYAAAC5AAAAuAAAALsAAAC6AAAAvQAAALwAAAC/AAAAvgAAAMEAAADAAAAAwwAAAMIAAADFAAAAxAAAAMcAAADGAAAAyQAAAMgAAADLAAAAygAAAM0AAADMAAAAzwAAAM4AAADRAAAA0AAAANMAAADSAAAA1QAAANQAAADXAAAA1gAAANkAAADYAAAA2wAAANoAAADdAAAA3AAAAN8AAADeAAAA4QAAAOAAAADjAAAA4gAAAOUAAADkAAAA5wAAAOYAAADpAAAA6AAAAOsAAADqAAAA7QAAAOwAAADvAAAA7gAAAPEAAADwAAAA8wAAAPIAAAD1AAAA9AAAAPcAAAD2AAAA+QAAAPgAAAD7AAAA+gAAAP0AAAD8AAAA/wAAAP4AAAAAIABBAEIAQwBEAEUARgBHAEgASQBKAEsATABNAE4ATwBQAFEAUgBTAFQAVQBWAFcAWABZAFoAYQBiAGMAZABlAGYAZmkAZwBoAGkAagBrAGwAbQBuAG8AcABxAHIAcwB0AHUAdgB3AHgAeQB6AA==';

const WORDS = ['the', 'hello', 'world', 'ignore', 'all', 'previous', 'instructions', 'please', 'summarize', 'report', 'and', 'is', 'a', 'data'];

export interface UnigramFixture {
  json: Record<string, unknown>;
  /** Id of each piece, by piece. */
  ids: Record<string, number>;
}

/** A Unigram tokenizer; "▁jailbreak" is one piece, whose id the tiny model treats as an attack. */
export function unigramTokenizer(options: { byteFallback?: boolean } = {}): UnigramFixture {
  const vocab: Array<[string, number]> = [
    ['[PAD]', 0],
    ['[CLS]', 0],
    ['[SEP]', 0],
    ['[UNK]', 0],
    ['▁', -2],
    ['▁jailbreak', -5],
    ['▁jail', -3],
    ['break', -3],
  ];
  for (const w of WORDS) vocab.push([`▁${w}`, -4 - w.length / 4]);
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789.,!?') vocab.push([c, -8]);
  if (options.byteFallback) for (let b = 0; b < 256; b++) vocab.push([`<0x${b.toString(16).toUpperCase().padStart(2, '0')}>`, -20]);
  const ids = Object.fromEntries(vocab.map(([piece], id) => [piece, id]));
  const special = (content: string) => ({ id: ids[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  return {
    ids,
    json: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: ['[PAD]', '[CLS]', '[SEP]', '[UNK]'].map(special),
      normalizer: {
        type: 'Sequence',
        normalizers: [
          { type: 'Strip', strip_left: true, strip_right: true },
          { type: 'Precompiled', precompiled_charsmap: TINY_CHARSMAP_BASE64 },
          { type: 'Lowercase' },
          { type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' },
        ],
      },
      pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true }] },
      post_processor: {
        type: 'TemplateProcessing',
        single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
        pair: [],
        special_tokens: {
          '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
          '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
        },
      },
      decoder: null,
      model: { type: 'Unigram', unk_id: 3, vocab, byte_fallback: options.byteFallback === true },
    },
  };
}

/** A BERT WordPiece tokenizer (uncased); "jailbreak" becomes "jail" "##break". */
export function wordPieceTokenizer(): UnigramFixture {
  const tokens = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'jail', '##break', ...WORDS, 'cafe'];
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789') tokens.push(c, `##${c}`);
  for (const c of '.,!?[]') tokens.push(c);
  const ids = Object.fromEntries(tokens.map((t, i) => [t, i]));
  return {
    ids,
    json: {
      version: '1.0',
      truncation: { direction: 'Right', max_length: 128, strategy: 'LongestFirst', stride: 0 },
      padding: null,
      added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((content) => ({ id: ids[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: { type: 'BertProcessing', sep: ['[SEP]', ids['[SEP]']], cls: ['[CLS]', ids['[CLS]']] },
      decoder: null,
      model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
    },
  };
}

export const BINARY_CONFIG = { architectures: ['DebertaV2ForSequenceClassification'], id2label: { '0': 'SAFE', '1': 'INJECTION' }, label2id: { SAFE: 0, INJECTION: 1 }, max_position_embeddings: 512 };
