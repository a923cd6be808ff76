import { RampartBlockedError } from '../core/blocked-error.js';
import type { CheckContext, Guard } from '../core/guard.js';
import { HoldBackGuard } from '../core/holdback.js';
import { ACTION_SEVERITY, type Decision } from '../core/types.js';

/**
 * Output guard for streamed answers: one HoldBackGuard (the same hold-back mechanism the SDK
 * adapters use) per choice. Text is released to the client only after the guard has seen it
 * together with `holdBack` characters that follow, so a secret or a leak that spans several chunks
 * is caught before any of it is sent. A redaction inside the held text is applied before release;
 * a block — or a redaction reaching text already sent — ends the stream and the held text is never
 * sent.
 */
export type StreamVerdict = { ok: true; release: string } | { ok: false; decision: Decision };

export class StreamOutputGuard {
  private readonly choices = new Map<number, HoldBackGuard>();
  private readonly finished = new Set<number>();
  /** The most severe decision seen so far (for the audit event and metrics). */
  worst: Decision | undefined;

  constructor(
    private readonly guard: Guard,
    private readonly ctx: CheckContext,
    private readonly holdBack = 128,
    /** Fewest new characters before the guard runs again (checks also grow apart as the text grows). */
    private readonly step = 64,
  ) {}

  /** Adds streamed text for one choice; returns what may be sent now (maybe nothing). */
  push(index: number, text: string): Promise<StreamVerdict> {
    return this.verdict(this.state(index).push(text));
  }

  /** Checks all of one text so far and releases what was held, leaving it open for more (HoldBackGuard.flush). */
  flush(index: number): Promise<StreamVerdict> {
    if (this.finished.has(index)) return Promise.resolve({ ok: true, release: '' });
    return this.verdict(this.state(index).flush());
  }

  /** The choice ended: checks all of it and releases the rest. */
  finish(index: number): Promise<StreamVerdict> {
    if (this.finished.has(index)) return Promise.resolve({ ok: true, release: '' });
    this.finished.add(index);
    return this.verdict(this.state(index).finish());
  }

  /** Every choice that has not been finished yet. */
  pendingChoices(): number[] {
    return [...this.choices.keys()].filter((i) => !this.finished.has(i));
  }

  private state(index: number): HoldBackGuard {
    let s = this.choices.get(index);
    if (!s) {
      const check = async (text: string) => this.note(await this.guard.checkOutput(text, this.ctx));
      s = new HoldBackGuard(check, { holdBackChars: this.holdBack, checkEveryChars: this.step });
      this.choices.set(index, s);
    }
    return s;
  }

  private async verdict(release: Promise<string>): Promise<StreamVerdict> {
    try {
      return { ok: true, release: await release };
    } catch (err) {
      if (!(err instanceof RampartBlockedError)) throw err;
      // A redaction that reached text already sent cannot be carried out: the stream is blocked.
      const decision = err.reason === 'redact-after-release' ? { ...err.decision, action: 'block' as const } : err.decision;
      return { ok: false, decision };
    }
  }

  private note(d: Decision): Decision {
    if (!this.worst || ACTION_SEVERITY[d.action] >= ACTION_SEVERITY[this.worst.action]) this.worst = d;
    return d;
  }
}
