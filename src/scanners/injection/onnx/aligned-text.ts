/**
 * A string that remembers where each of its UTF-16 units came from in the text the caller passed.
 * Normalizers and pre-tokenizers rewrite text (lowercase, NFKC, "▁" for spaces, removed controls),
 * yet a finding must point at the caller's text: every unit carries the original range it stems from.
 */
export class AlignedText {
  private constructor(
    readonly text: string,
    /** Original start (inclusive) of each unit of `text`. */
    private readonly starts: readonly number[],
    /** Original end (exclusive) of each unit of `text`. */
    private readonly ends: readonly number[],
  ) {}

  static fromOriginal(original: string): AlignedText {
    const builder = new AlignedTextBuilder();
    for (const { start, end } of codePointRanges(original)) builder.push(original.slice(start, end), start, end);
    return builder.build();
  }

  get length(): number {
    return this.text.length;
  }

  /** The original range covered by units [start, end) of this text; empty ranges sit at `start`. */
  originalRange(start: number, end: number): { start: number; end: number } {
    if (start >= end) {
      const at = start < this.starts.length ? this.starts[start]! : (this.ends[this.ends.length - 1] ?? 0);
      return { start: at, end: at };
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = start; i < end; i++) {
      lo = Math.min(lo, this.starts[i]!);
      hi = Math.max(hi, this.ends[i]!);
    }
    return { start: lo, end: hi };
  }

  slice(start: number, end: number): AlignedText {
    return new AlignedText(this.text.slice(start, end), this.starts.slice(start, end), this.ends.slice(start, end));
  }

  /**
   * Rewrites the text one segment at a time (code points by default). Every unit of a segment's
   * replacement stems from the whole segment's original range.
   */
  mapSegments(rewrite: (segment: string) => string, segments: Iterable<{ start: number; end: number }> = codePointRanges(this.text)): AlignedText {
    const builder = new AlignedTextBuilder();
    for (const { start, end } of segments) {
      const range = this.originalRange(start, end);
      builder.push(rewrite(this.text.slice(start, end)), range.start, range.end);
    }
    return builder.build();
  }

  /** Replaces every match of a global regular expression; the replacement stems from the match's range. */
  replaceAll(pattern: RegExp, replacement: string): AlignedText {
    const builder = new AlignedTextBuilder();
    let last = 0;
    for (const match of this.text.matchAll(pattern)) {
      const at = match.index;
      if (match[0].length === 0) continue;
      builder.append(this.slice(last, at));
      const range = this.originalRange(at, at + match[0].length);
      builder.push(replacement, range.start, range.end);
      last = at + match[0].length;
    }
    builder.append(this.slice(last, this.text.length));
    return builder.build();
  }

  /** This text with `prefix` in front; the prefix has an empty original range at the text's start. */
  prepend(prefix: string): AlignedText {
    const at = this.originalRange(0, 0).start;
    const builder = new AlignedTextBuilder();
    builder.push(prefix, at, at);
    builder.append(this);
    return builder.build();
  }

  /** For the builder: appends the origins of units [from, to) (all of them by default). */
  copyInto(starts: number[], ends: number[], from = 0, to = this.starts.length): void {
    for (let i = from; i < to; i++) {
      starts.push(this.starts[i]!);
      ends.push(this.ends[i]!);
    }
  }

  static create(text: string, starts: number[], ends: number[]): AlignedText {
    return new AlignedText(text, starts, ends);
  }
}

export class AlignedTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends `text`, every unit of which stems from original range [start, end). */
  push(text: string, start: number, end: number): void {
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  append(aligned: AlignedText): void {
    this.parts.push(aligned.text);
    aligned.copyInto(this.starts, this.ends);
  }

  /** Appends units [start, end) of `source` unchanged (no intermediate slice). */
  copyFrom(source: AlignedText, start: number, end: number): void {
    this.parts.push(source.text.slice(start, end));
    source.copyInto(this.starts, this.ends, start, end);
  }

  /** Appends `replacement` for units [start, end) of `source`: it stems from their whole original range. */
  pushFrom(source: AlignedText, start: number, end: number, replacement: string): void {
    const range = source.originalRange(start, end);
    this.push(replacement, range.start, range.end);
  }

  build(): AlignedText {
    return AlignedText.create(this.parts.join(''), this.starts, this.ends);
  }
}

/** [start, end) of every code point; a lone surrogate is a code point of its own. */
export function* codePointRanges(text: string): Generator<{ start: number; end: number }> {
  for (let i = 0; i < text.length; ) {
    const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    yield { start: i, end: i + width };
    i += width;
  }
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A character that is a grapheme on its own when an ASCII character (or the end) follows it. */
function isPlainAscii(code: number): boolean {
  return code < 0x80 && code !== 0x0d;
}

/**
 * [start, end) of every grapheme cluster (a letter with its combining marks, an emoji sequence).
 * Intl.Segmenter costs microseconds per cluster, so runs of ASCII, where every character is its own
 * cluster, skip it: only stretches with other characters (plus the ASCII character that ends the
 * stretch, as a mark may attach to it) are segmented.
 */
export function* graphemeRanges(text: string): Generator<{ start: number; end: number }> {
  const n = text.length;
  const plainAt = (k: number): boolean => isPlainAscii(text.charCodeAt(k)) && (k + 1 === n || text.charCodeAt(k + 1) < 0x80);
  let i = 0;
  while (i < n) {
    if (plainAt(i)) {
      yield { start: i, end: i + 1 };
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && !plainAt(k)) k++;
    const stop = Math.min(n, k + 1);
    for (const s of graphemes.segment(text.slice(i, stop))) yield { start: i + s.index, end: i + s.index + s.segment.length };
    i = stop;
  }
}
