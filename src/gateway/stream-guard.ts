import type { CheckContext, Guard } from '../core/guard.js';
import { redactSpans } from '../core/redact.js';
import { ACTION_SEVERITY, type Decision, type JudgedFinding } from '../core/types.js';

/**
 * Output guard for streamed answers. Text is released to the client only after the guard has seen
 * it together with `holdBack` characters that follow, so a secret or a leak that spans several
 * chunks is caught before any of it is sent. A redaction inside the held text is applied before
 * release; a block ends the stream and the held text is never sent.
 */
export type StreamVerdict = { ok: true; release: string } | { ok: false; decision: Decision };

interface ChoiceState {
  raw: string;
  released: number;
  checkedLength: number;
}

export class StreamOutputGuard {
  private readonly choices = new Map<number, ChoiceState>();
  /** The most severe decision seen so far (for the audit event and metrics). */
  worst: Decision | undefined;

  constructor(
    private readonly guard: Guard,
    private readonly ctx: CheckContext,
    private readonly holdBack = 128,
    /** Minimum new characters before the guard runs again (bounds the work on long streams). */
    private readonly step = 64,
  ) {}

  /** Adds streamed text for one choice; returns what may be sent now (maybe nothing). */
  async push(index: number, text: string): Promise<StreamVerdict> {
    const s = this.state(index);
    s.raw += text;
    if (s.raw.length - s.released < this.holdBack + this.step) return { ok: true, release: '' };
    return this.release(s, s.raw.length - this.holdBack);
  }

  /** The choice ended: checks all of it and releases the rest. */
  async finish(index: number): Promise<StreamVerdict> {
    const s = this.state(index);
    if (s.raw.length === s.checkedLength && s.released === s.raw.length) return { ok: true, release: '' };
    return this.release(s, s.raw.length);
  }

  /** Every choice that has text still held back. */
  pendingChoices(): number[] {
    return [...this.choices].filter(([, s]) => s.released < s.raw.length || s.checkedLength < s.raw.length).map(([i]) => i);
  }

  /** All text the model produced so far (for the audit hash and token estimate). */
  totalChars(): number {
    let n = 0;
    for (const s of this.choices.values()) n += s.raw.length;
    return n;
  }

  private state(index: number): ChoiceState {
    let s = this.choices.get(index);
    if (!s) {
      s = { raw: '', released: 0, checkedLength: 0 };
      this.choices.set(index, s);
    }
    return s;
  }

  private async release(s: ChoiceState, cutAt: number): Promise<StreamVerdict> {
    const decision = await this.guard.checkOutput(s.raw, this.ctx);
    s.checkedLength = s.raw.length;
    this.note(decision);
    if (ACTION_SEVERITY[decision.action] >= ACTION_SEVERITY.review) return { ok: false, decision };
    const spans = decision.findings.filter((f): f is JudgedFinding & { start: number; end: number } => f.action === 'redact' && f.start !== undefined && f.end !== undefined);
    let cut = cutAt;
    for (const f of spans) {
      // Part of this span was already sent: the hold-back window was too short for it. Fail closed.
      if (f.start < s.released && f.end > s.released) return { ok: false, decision: { ...decision, action: 'block' } };
      if (f.start < cut && f.end > cut) cut = f.start;
    }
    if (cut <= s.released) return { ok: true, release: '' };
    const inWindow = spans.filter((f) => f.start >= s.released && f.end <= cut).map((f) => ({ ...f, start: f.start - s.released, end: f.end - s.released }));
    const release = redactSpans(s.raw.slice(s.released, cut), inWindow);
    s.released = cut;
    return { ok: true, release };
  }

  private note(d: Decision): void {
    if (!this.worst || ACTION_SEVERITY[d.action] >= ACTION_SEVERITY[this.worst.action]) this.worst = d;
  }
}
