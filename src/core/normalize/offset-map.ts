/**
 * Builds a normalized string while remembering, for every UTF-16 unit it emits, the range of the
 * original text that unit came from. That is what lets a finding made on normalized text point at
 * the exact characters of the caller's text.
 */
export interface Span {
  start: number;
  end: number;
}

/** Maps spans of a derived text back to spans of the original text. */
export interface SpanMapper {
  toOriginal(start: number, end: number): Span;
}

/** The identity mapping, for text that normalization left untouched (the common ASCII case). */
export function identityMapper(length: number): SpanMapper {
  return {
    toOriginal(start, end) {
      const s = clamp(start, 0, length);
      return { start: s, end: clamp(end, s, length) };
    },
  };
}

/** Every unit of the derived text maps to one fixed span (used for decoded views). */
export function constantMapper(span: Span): SpanMapper {
  return { toOriginal: () => ({ start: span.start, end: span.end }) };
}

/** Composes a mapper of a derived text with the mapper of its parent. */
export function composeMappers(inner: SpanMapper, outer: SpanMapper): SpanMapper {
  return {
    toOriginal(start, end) {
      const mid = inner.toOriginal(start, end);
      return outer.toOriginal(mid.start, mid.end);
    },
  };
}

export class OffsetMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private srcStart: Int32Array;
  private srcEnd: Int32Array;

  constructor(private readonly originalLength: number) {
    const capacity = Math.max(16, originalLength + 8);
    this.srcStart = new Int32Array(capacity);
    this.srcEnd = new Int32Array(capacity);
  }

  /** Emits `out`, every unit of which came from original[from, to). */
  emit(out: string, from: number, to: number): void {
    if (out.length === 0) return;
    this.ensure(this.length + out.length);
    this.srcStart.fill(from, this.length, this.length + out.length);
    this.srcEnd.fill(to, this.length, this.length + out.length);
    this.parts.push(out);
    this.length += out.length;
  }

  /** Emits original[from, from + out.length) unchanged: each unit maps to itself. */
  emitIdentity(out: string, from: number): void {
    const n = out.length;
    if (n === 0) return;
    this.ensure(this.length + n);
    for (let i = 0; i < n; i++) {
      this.srcStart[this.length + i] = from + i;
      this.srcEnd[this.length + i] = from + i + 1;
    }
    this.parts.push(out);
    this.length += n;
  }

  finish(): { text: string; mapper: SpanMapper } {
    const text = this.parts.join('');
    const starts = this.srcStart;
    const ends = this.srcEnd;
    const n = this.length;
    const originalLength = this.originalLength;
    const mapper: SpanMapper = {
      toOriginal(start, end) {
        if (n === 0) return { start: 0, end: 0 };
        const s = clamp(start, 0, n);
        const e = clamp(end, s, n);
        // A span at the very end, or an empty one, anchors at where the next unit came from.
        const origStart = s < n ? starts[s]! : originalLength;
        if (e === s) return { start: origStart, end: origStart };
        return { start: origStart, end: Math.max(origStart, ends[e - 1]!) };
      },
    };
    return { text, mapper };
  }

  private ensure(capacity: number): void {
    if (capacity <= this.srcStart.length) return;
    let next = this.srcStart.length * 2;
    while (next < capacity) next *= 2;
    const s = new Int32Array(next);
    s.set(this.srcStart);
    const e = new Int32Array(next);
    e.set(this.srcEnd);
    this.srcStart = s;
    this.srcEnd = e;
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
