import { RampartBlockedError } from './blocked-error.js';
import { maskReplacer, redactSpans, type Replacer } from './redact.js';
import type { Decision, JudgedFinding } from './types.js';

/** Checks the whole text streamed so far (normally `guard.checkOutput` bound to a context). */
export type StreamTextCheck = (text: string) => Promise<Decision>;

export interface HoldBackOptions {
  /**
   * How many of the newest characters are never passed on until more text (or the end) has been
   * checked after them. A finding needs this much lookahead to be caught before it is released.
   * Default 64.
   */
  holdBackChars?: number;
  /**
   * Fewest new characters between two checks. Checks also grow apart as the text grows (each one
   * waits for an eighth of the text so far), which keeps the total work linear. Default 32.
   */
  checkEveryChars?: number;
  /** Replacement for redacted spans while streaming (default `[KIND]`, the guard's default). */
  replacer?: Replacer;
}

export const DEFAULT_HOLD_BACK_CHARS = 64;
export const DEFAULT_CHECK_EVERY_CHARS = 32;
/** A check waits for at least this fraction of the text so far: total scanned ≈ 9× the text. */
const CHECK_GROWTH = 1 / 8;

/**
 * Guards one stream of model text (one choice, one content field) against a policy as it arrives.
 *
 * Text comes in with `push`, is re-checked as a whole every so often, and is released only up to
 * `holdBackChars` before the end of what the last passing check saw — so a violation that shows up
 * in the newest text is caught while it is still held. `finish` checks everything and releases the
 * rest. On `block`/`review`, or on a redaction that reaches text already released, it throws a
 * RampartBlockedError and releases nothing more, ever (fail closed).
 */
export class HoldBackGuard {
  private text = '';
  private released = 0;
  private checkedLength = 0;
  private lastDecision: Decision | undefined;
  /** Redacted spans already released, by `start:end`: seeing them again later is expected. */
  private readonly releasedRedactions = new Set<string>();
  private failure: RampartBlockedError | undefined;
  private finished = false;
  private scanned = 0;
  private readonly holdBack: number;
  private readonly checkEvery: number;
  private readonly replacer: Replacer;

  constructor(
    private readonly check: StreamTextCheck,
    options: HoldBackOptions = {},
  ) {
    this.holdBack = nonNegativeInt(options.holdBackChars, DEFAULT_HOLD_BACK_CHARS, 'holdBackChars');
    this.checkEvery = Math.max(1, nonNegativeInt(options.checkEveryChars, DEFAULT_CHECK_EVERY_CHARS, 'checkEveryChars'));
    this.replacer = options.replacer ?? maskReplacer;
  }

  /** Characters handed to the check so far, summed over every check (to show the cost stays linear). */
  get scannedChars(): number {
    return this.scanned;
  }

  /** Everything pushed so far, unredacted (for callers that must assemble the final message). */
  get receivedText(): string {
    return this.text;
  }

  /** Adds streamed text; resolves to the text that may now be passed on (often empty). */
  async push(delta: string): Promise<string> {
    this.assertUsable();
    this.text += delta;
    const due = Math.max(this.checkEvery, Math.floor(this.checkedLength * CHECK_GROWTH));
    if (this.text.length - this.checkedLength < due) return '';
    return this.checkAndRelease(false);
  }

  /**
   * Checks all the text and resolves to whatever was still held back, without ending the stream:
   * for a reader that takes the start of another text as the end of this one. Text pushed later is
   * checked together with all of this; a finding that reaches into released text blocks.
   */
  async flush(): Promise<string> {
    this.assertUsable();
    return this.text.length === 0 ? '' : this.checkAndRelease(true);
  }

  /** The stream ended: checks all the text and resolves to whatever was still held back. */
  async finish(): Promise<string> {
    this.assertUsable();
    const rest = this.text.length === 0 ? '' : await this.checkAndRelease(true);
    this.finished = true;
    return rest;
  }

  private assertUsable(): void {
    if (this.failure) throw this.failure;
    if (this.finished) throw new Error('HoldBackGuard: stream already finished');
  }

  private async checkAndRelease(final: boolean): Promise<string> {
    let decision = this.lastDecision;
    if (!decision || this.checkedLength !== this.text.length) {
      this.scanned += this.text.length;
      decision = await this.check(this.text);
      this.lastDecision = decision;
      this.checkedLength = this.text.length;
    }
    if (decision.action === 'block' || decision.action === 'review') this.fail(new RampartBlockedError(decision));

    const redactions = decision.action === 'redact' ? spansToRedact(decision.findings) : [];
    for (const span of redactions) {
      if (span.start < this.released && !this.releasedRedactions.has(key(span))) {
        this.fail(new RampartBlockedError(decision, 'redact-after-release'));
      }
    }

    let boundary = final ? this.text.length : Math.max(this.released, this.checkedLength - this.holdBack);
    if (!final) boundary = this.avoidSplits(boundary, redactions);
    if (boundary <= this.released) return '';

    const segmentStart = this.released;
    const inSegment = redactions
      .filter((s) => s.start >= segmentStart && s.end <= boundary)
      .map((s) => ({ ...s, start: s.start - segmentStart, end: s.end - segmentStart }));
    const out = redactSpans(this.text.slice(segmentStart, boundary), inSegment, this.replacer);
    for (const s of redactions) if (s.start >= segmentStart && s.end <= boundary) this.releasedRedactions.add(key(s));
    this.released = boundary;
    return out;
  }

  /** Moves the release boundary back so it never cuts a span being redacted or a surrogate pair. */
  private avoidSplits(boundary: number, redactions: readonly Span[]): number {
    let b = boundary;
    for (let moved = true; moved; ) {
      moved = false;
      for (const s of redactions) {
        if (s.start < b && s.end > b && s.start >= this.released) {
          b = s.start;
          moved = true;
        }
      }
    }
    const before = this.text.charCodeAt(b - 1);
    if (b > this.released && before >= 0xd800 && before <= 0xdbff) b -= 1;
    return b;
  }

  private fail(error: RampartBlockedError): never {
    this.failure = error;
    throw error;
  }
}

interface Span extends JudgedFinding {
  start: number;
  end: number;
}

function spansToRedact(findings: readonly JudgedFinding[]): Span[] {
  return findings.filter((f): f is Span => f.action === 'redact' && f.start !== undefined && f.end !== undefined);
}

function key(s: Span): string {
  return `${s.start}:${s.end}`;
}

function nonNegativeInt(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}
