import { AlignedText, AlignedTextBuilder, codePointRanges, graphemeRanges } from './aligned-text.js';

/**
 * SentencePiece's `precompiled_charsmap` (the `Precompiled` normalizer of tokenizer.json, used by
 * DeBERTa-v3 and mDeBERTa): a little-endian u32 trie size, a darts-clone double-array trie over
 * UTF-8 bytes, then NUL-terminated replacement strings the trie's values point into. It encodes
 * nmt_nfkc (NFKC plus whitespace and control-character rules). We read the format ourselves so the
 * text is cut exactly as the model saw it in training.
 */
export class PrecompiledCharsmap {
  private readonly units: Uint32Array;
  private readonly replacements: Uint8Array;
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private readonly encoder = new TextEncoder();

  constructor(charsmap: Uint8Array) {
    if (charsmap.length < 4) throw new Error('precompiled_charsmap is shorter than its 4-byte header');
    const view = new DataView(charsmap.buffer, charsmap.byteOffset, charsmap.byteLength);
    const trieBytes = view.getUint32(0, true);
    if (trieBytes % 4 !== 0 || 4 + trieBytes > charsmap.length || trieBytes === 0) throw new Error('precompiled_charsmap has an invalid trie size');
    this.units = new Uint32Array(trieBytes / 4);
    for (let i = 0; i < this.units.length; i++) this.units[i] = view.getUint32(4 + i * 4, true);
    this.replacements = charsmap.subarray(4 + trieBytes);
  }

  /**
   * The replacement for the shortest rule matching a prefix of `chunk` (as the Hugging Face
   * tokenizers library does), or undefined when no rule applies.
   */
  transform(chunk: string): string | undefined {
    const offset = this.firstPrefixValue(this.encoder.encode(chunk));
    if (offset === undefined || offset >= this.replacements.length) return undefined;
    let end = offset;
    while (end < this.replacements.length && this.replacements[end] !== 0) end++;
    return this.decoder.decode(this.replacements.subarray(offset, end));
  }

  /** Darts-clone common-prefix search, stopping at the first key found. */
  private firstPrefixValue(key: Uint8Array): number | undefined {
    const unit = (pos: number): number => {
      if (pos < 0 || pos >= this.units.length) return 0xffffffff; // out of the array: a label that never matches
      return this.units[pos]!;
    };
    // Field layout of a darts-clone unit: label in the low byte (bit 31 marks a leaf value), bit 8
    // "has leaf", bits 10.. the offset to the children (scaled by 256 when bit 9 is set).
    const offsetOf = (u: number): number => (u >>> 10) * (u & (1 << 9) ? 256 : 1);
    let pos = 0;
    pos ^= offsetOf(unit(pos));
    for (const byte of key) {
      if (byte === 0) return undefined;
      pos ^= byte;
      const u = unit(pos);
      if ((u & 0x800000ff) >>> 0 !== byte) return undefined;
      pos ^= offsetOf(u);
      if ((u >>> 8) & 1) return unit(pos) & 0x7fffffff;
    }
    return undefined;
  }

  /** Rule lookups remembered: texts repeat the same few hundred characters. */
  private readonly memo = new Map<string, string | null>();

  private cachedTransform(chunk: string): string | undefined {
    let hit = this.memo.get(chunk);
    if (hit === undefined) {
      hit = this.transform(chunk) ?? null;
      if (this.memo.size >= 50_000) this.memo.clear(); // bound memory against texts of all-distinct characters
      this.memo.set(chunk, hit);
    }
    return hit ?? undefined;
  }

  /** Applies the rules grapheme by grapheme (whole short graphemes first, then each code point). */
  normalize(text: AlignedText): AlignedText {
    const builder = new AlignedTextBuilder();
    for (const g of graphemeRanges(text.text)) {
      const grapheme = text.text.slice(g.start, g.end);
      // Like the Hugging Face implementation, only graphemes under 6 UTF-8 bytes are looked up whole.
      const whole = utf8Length(grapheme) < 6 ? this.cachedTransform(grapheme) : undefined;
      if (whole !== undefined) {
        builder.pushFrom(text, g.start, g.end, whole);
        continue;
      }
      for (const c of codePointRanges(grapheme)) {
        const start = g.start + c.start;
        const end = g.start + c.end;
        const replaced = end - start === grapheme.length ? undefined : this.cachedTransform(text.text.slice(start, end));
        if (replaced === undefined) builder.copyFrom(text, start, end);
        else builder.pushFrom(text, start, end, replaced);
      }
    }
    return builder.build();
  }
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
