import { redactSpans, type Replacer } from '../core/redact.js';
import type { Finding } from '../core/types.js';
import { detectPii } from '../scanners/pii/index.js';
import { detectSecrets } from '../scanners/secrets/detect.js';

/** A located thing to redact. */
export interface RedactionSpan {
  kind: string;
  start: number;
  end: number;
}

/** Finds what to redact in a text (the stream redactor is agnostic of which scanners do it). */
export type SpanDetector = (text: string) => RedactionSpan[];

/**
 * The default detector: every secret, and the structured PII types given (all when absent),
 * at or above `minScore`.
 */
export function createSpanDetector(options: { types?: readonly string[]; minScore?: number; entities?: boolean } = {}): SpanDetector {
  const minScore = options.minScore ?? 0.5;
  const types = options.types ? new Set(options.types) : undefined;
  const wantSecrets = !types || types.has('SECRET');
  const piiTypes = types ? [...types].filter((t) => t !== 'SECRET') : undefined;
  return (text) => {
    const spans: RedactionSpan[] = [];
    if (wantSecrets) for (const s of detectSecrets(text)) if (s.score >= minScore) spans.push({ kind: s.kind, start: s.start, end: s.end });
    if (!piiTypes || piiTypes.length > 0) {
      const found = detectPii(text, { ...(piiTypes ? { types: piiTypes } : {}), entities: options.entities ?? false });
      for (const m of found) if (m.score >= minScore) spans.push({ kind: m.type, start: m.start, end: m.end });
    }
    return spans;
  };
}

export interface StreamRedactorOptions {
  detect?: SpanDetector;
  replacer?: Replacer;
  /** Characters never emitted at the end of the buffer: longer than any value except long tokens (default 256). */
  holdBack?: number;
  /** Characters of already-emitted text kept as context for detection (default 64). */
  contextChars?: number;
  /** Most characters held at once; beyond it the held run is withheld as `[WITHHELD]` (fail closed; default 65536). */
  maxHold?: number;
}

/**
 * Redacts chunked text (an SSE completion) without ever emitting unredacted data: the last
 * `holdBack` characters stay buffered, a cut never splits a run of non-space characters (a token
 * that is still arriving), and an opened `-----BEGIN … PRIVATE KEY-----` block is held until it ends.
 *
 * @example
 * const r = new StreamRedactor();
 * for await (const delta of completion) res.write(r.push(delta));
 * res.end(r.end());
 */
export class StreamRedactor {
  private readonly detect: SpanDetector;
  private readonly replacer: Replacer | undefined;
  private readonly holdBack: number;
  private readonly contextChars: number;
  private readonly maxHold: number;
  /** Already emitted original text kept for context (never emitted again). */
  private context = '';
  private pending = '';

  constructor(options: StreamRedactorOptions = {}) {
    this.detect = options.detect ?? createSpanDetector();
    this.replacer = options.replacer;
    this.holdBack = options.holdBack ?? 256;
    this.contextChars = options.contextChars ?? 64;
    this.maxHold = Math.max(options.maxHold ?? 65_536, this.holdBack * 2);
  }

  /** Adds a chunk; returns the text that is now safe to emit (possibly empty). */
  push(chunk: string): string {
    this.pending += chunk;
    return this.flush(false);
  }

  /** Ends the stream; returns the rest, redacted. */
  end(): string {
    return this.flush(true);
  }

  private flush(final: boolean): string {
    const text = this.context + this.pending;
    const offset = this.context.length;
    const spans = this.detect(text).filter((s) => s.end > offset);
    let cut = final ? text.length : this.safeCut(text, offset, spans);
    let withheld = false;
    if (!final && cut <= offset && this.pending.length > this.maxHold) {
      // Something keeps growing without an end (a giant token, an endless key block): fail closed.
      cut = text.length;
      withheld = true;
    }
    if (cut <= offset) return '';
    const emittedOriginal = text.slice(offset, cut);
    let out: string;
    if (withheld) out = '[WITHHELD]';
    else {
      const local = spans
        .filter((s) => s.start < cut)
        .map((s): Finding => ({ scanner: 'stream', kind: s.kind, score: 1, start: Math.max(0, s.start - offset), end: Math.min(cut, s.end) - offset }));
      out = redactSpans(emittedOriginal, local, this.replacer);
    }
    this.pending = text.slice(cut);
    this.context = (this.context + emittedOriginal).slice(-this.contextChars);
    return out;
  }

  /** The furthest point that may be emitted now: before the hold-back window, a span, an open token or key block. */
  private safeCut(text: string, offset: number, spans: RedactionSpan[]): number {
    let cut = text.length - this.holdBack;
    if (cut <= offset) return offset;
    // Never inside a found span, nor inside a run of non-space characters that may continue (it could
    // be the start of a key). Stepping back to a space can land inside a span that ends before
    // punctuation ("…Kingdom."), so both rules are applied until neither moves the cut.
    for (let moved = true; moved && cut > offset; ) {
      moved = false;
      for (const s of spans) {
        if (s.start < cut && cut < s.end) {
          cut = s.start;
          moved = true;
        }
      }
      while (cut > offset && !/\s/.test(text[cut - 1]!) && !/\s/.test(text[cut] ?? ' ')) {
        cut--;
        moved = true;
      }
    }
    // Never after the start of a private-key block that has not ended yet.
    const begin = text.lastIndexOf('-----BEGIN', text.length);
    if (begin >= 0 && begin < cut && text.indexOf('-----END', begin) < 0) cut = Math.min(cut, begin);
    // A span that starts right at the cut is fine; one that began in the context was already emitted redacted.
    return Math.max(cut, offset);
  }
}
