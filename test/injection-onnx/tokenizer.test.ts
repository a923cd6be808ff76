import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemeRanges } from '../../src/scanners/injection/onnx/aligned-text.js';
import { loadTokenizerFile, parseTokenizer, type TextTokenizer } from '../../src/scanners/injection/onnx/index.js';
import { unigramTokenizer, wordPieceTokenizer } from './fixtures.js';

/** The pieces of a text, spelled by the vocabulary, for readable assertions. */
function pieces(tokenizer: TextTokenizer, vocab: Record<string, number>, text: string): string[] {
  const byId = new Map(Object.entries(vocab).map(([piece, id]) => [id, piece]));
  return tokenizer.encode(text).ids.map((id) => byId.get(id) ?? `#${id}`);
}

describe('Unigram tokenizer (SentencePiece, as DeBERTa-v3 and Prompt Guard 2)', () => {
  const { json, ids } = unigramTokenizer();
  const tok = parseTokenizer(json);

  it('segments by the most probable pieces, with the Metaspace "▁" in front of each word', () => {
    // "▁jailbreak" (-5) beats "▁jail" + "break" (-6), which beats spelling it out.
    expect(pieces(tok, ids, 'Hello world, jailbreak')).toEqual(['▁hello', '▁world', ',', '▁jailbreak']);
    expect(pieces(tok, ids, 'jailbreakbreak')).toEqual(['▁jailbreak', 'break']);
    expect(tok.kind).toBe('Unigram');
  });

  it('wraps the sequence in the template tokens', () => {
    const input = tok.modelInput(tok.encode('hello').ids);
    expect(input.inputIds).toEqual([ids['[CLS]'], ids['▁hello'], ids['[SEP]']]);
    expect(input.typeIds).toEqual([0, 0, 0]);
  });

  it('applies the precompiled charsmap (full-width letters, ligatures, ideographic space, zero-width space)', () => {
    expect(pieces(tok, ids, 'ＪＡＩＬＢＲＥＡＫ')).toEqual(['▁jailbreak']);
    expect(pieces(tok, ids, 'ﬁ')).toEqual(['▁', 'f', 'i']);
    expect(pieces(tok, ids, 'hello\u3000world')).toEqual(['▁hello', '▁world']);
    expect(pieces(tok, ids, 'jail\u200bbreak')).toEqual(['▁jailbreak']);
  });

  it('maps token offsets back to the original text through normalization', () => {
    const text = '  Say ＪＡＩＬＢＲＥＡＫ   now';
    const e = tok.encode(text);
    const at = e.ids.indexOf(ids['▁jailbreak']!);
    expect(text.slice(e.starts[at], e.ends[at])).toContain('ＪＡＩＬＢＲＥＡＫ');
    expect(e.ends[at]! - e.starts[at]!).toBeLessThanOrEqual('ＪＡＩＬＢＲＥＡＫ'.length + 1);
  });

  it('fuses runs of unknown characters into one [UNK]', () => {
    // The expected pieces here and below are what Hugging Face tokenizers 0.23 gives for these files.
    expect(pieces(tok, ids, 'a中文字b')).toEqual(['▁a', '[UNK]', 'b']);
  });

  it('spells unknown characters as UTF-8 byte tokens with byte_fallback', () => {
    const fb = unigramTokenizer({ byteFallback: true });
    const t = parseTokenizer(fb.json);
    // "é" is C3 A9 in UTF-8.
    expect(pieces(t, fb.ids, 'é')).toEqual(['▁', '<0xC3>', '<0xA9>']);
  });

  it('never turns special-token look-alikes in the text into special tokens', () => {
    const e = tok.encode('[SEP] [CLS] ignore');
    expect(e.ids).not.toContain(ids['[SEP]']);
    expect(e.ids).not.toContain(ids['[CLS]']);
  });
});

describe('WordPiece tokenizer (BERT)', () => {
  const { json, ids } = wordPieceTokenizer();
  const tok = parseTokenizer(json);

  it('lowercases, strips accents, splits punctuation and continues words with ##', () => {
    expect(pieces(tok, ids, 'Hello, WORLD! Café jailbreak')).toEqual(['hello', ',', 'world', '!', 'cafe', 'jail', '##break']);
    expect(tok.kind).toBe('WordPiece');
  });

  it('makes a word it cannot cover one [UNK], and spaces out CJK ideographs', () => {
    // "€" is a symbol, not punctuation: "u€x" stays one word, which the vocabulary cannot cover.
    expect(pieces(tok, ids, 'hello ü€x 中文')).toEqual(['hello', '[UNK]', '[UNK]', '[UNK]']);
  });

  it('reads BertProcessing and the truncation length', () => {
    expect(tok.modelInput([ids.hello!]).inputIds).toEqual([ids['[CLS]'], ids.hello, ids['[SEP]']]);
    expect(tok.maxLength).toBe(128);
  });

  it('gives offsets into the original text', () => {
    const text = 'Please  JAILBREAK.';
    const e = tok.encode(text);
    expect(e.ids.map((_, i) => text.slice(e.starts[i], e.ends[i]))).toEqual(['Please', 'JAIL', 'BREAK', '.']);
  });
});

describe('tokenizer.json errors and limits', () => {
  const base = unigramTokenizer().json;

  it('names an unsupported model kind', () => {
    expect(() => parseTokenizer({ ...base, model: { type: 'BPE', vocab: {}, merges: [] } })).toThrow(/model type "BPE" is not supported \(supported: Unigram, WordPiece\)/);
  });

  it('names an unsupported normalizer or pre-tokenizer', () => {
    expect(() => parseTokenizer({ ...base, normalizer: { type: 'ByteLevel' } })).toThrow(/normalizer type "ByteLevel" is not supported/);
    expect(() => parseTokenizer({ ...base, pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false } })).toThrow(/pre_tokenizer type "ByteLevel" is not supported/);
    expect(() => parseTokenizer({ ...base, post_processor: { type: 'ByteLevel' } })).toThrow(/post_processor type "ByteLevel" is not supported/);
  });

  it('refuses a vocabulary over the limit and a file over the size limit', async () => {
    expect(() => parseTokenizer(base, { maxFileBytes: 1e9, maxVocab: 10 })).toThrow(/more than the limit of 10/);
    const dir = await mkdtemp(join(tmpdir(), 'rampart-tok-'));
    const path = join(dir, 'tokenizer.json');
    await writeFile(path, JSON.stringify(base));
    await expect(loadTokenizerFile(path, { maxFileBytes: 1000, maxVocab: 1e6 })).rejects.toThrow(/bytes, more than the limit of 1000/);
    await writeFile(path, '{"model": ');
    await expect(loadTokenizerFile(path)).rejects.toThrow(/not valid JSON/);
  });

  it('rejects malformed vocab entries with their position', () => {
    const broken = structuredClone(base) as { model: { vocab: unknown[] } };
    broken.model.vocab[5] = ['▁x', 'high'];
    expect(() => parseTokenizer(broken)).toThrow(/model\.vocab\[5\] must be \[piece, score\]/);
  });
});

describe('property: any string tokenizes without throwing, with ids in range and offsets in the text', () => {
  const tokenizers = [parseTokenizer(unigramTokenizer().json), parseTokenizer(unigramTokenizer({ byteFallback: true }).json), parseTokenizer(wordPieceTokenizer().json)];
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 100 }),
    fc.array(fc.constantFrom('jailbreak', ' ', '  ', 'ＪＡＩＬ', 'ﬁ', '\u200b', '\u3000', 'é', 'e\u0301', '中', '[SEP]', '##', '▁', '\ud800', '🙂', '\t\n', 'a'), { maxLength: 60 }).map((parts) => parts.join('')),
  );

  for (const [i, tok] of tokenizers.entries()) {
    it(`tokenizer ${i} (${tok.kind})`, () => {
      fc.assert(
        fc.property(text, (s) => {
          const e = tok.encode(s);
          expect(e.ids.length).toBe(e.starts.length);
          for (let k = 0; k < e.ids.length; k++) {
            expect(Number.isInteger(e.ids[k]) && e.ids[k]! >= 0 && e.ids[k]! < tok.vocabSize).toBe(true);
            expect(e.starts[k]).toBeGreaterThanOrEqual(0);
            expect(e.ends[k]).toBeLessThanOrEqual(s.length);
            expect(e.starts[k]).toBeLessThanOrEqual(e.ends[k]!);
          }
          expect(tok.modelInput(e.ids).inputIds.length).toBe(e.ids.length + tok.specialTokenCount);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('grapheme segmentation', () => {
  it('skips Intl.Segmenter on ASCII runs yet cuts exactly where it does', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = fc.constantFrom('a', 'B', ' ', '\r', '\n', '\r\n', '\u0301', '\u200d', '\ufe0f', '\u20e3', '#', '🙂', '👍🏽', '🇫🇷', '한', '\u1100\u1161', 'क्ष', '\u0600', 'é', '\ud800', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const ours = [...graphemeRanges(text)].map((r) => text.slice(r.start, r.end));
        const reference = [...segmenter.segment(text)].map((s) => s.segment);
        expect(ours).toEqual(reference);
      }),
      { numRuns: 1000 },
    );
  });
});
