import type { Decision, Direction } from './types.js';

/** Why a call or a stream was stopped. */
export type BlockReason =
  /** The policy decided `block`. */
  | 'block'
  /** The policy decided `review`: a human must approve, and an SDK call cannot wait for that. */
  | 'review'
  /** A redaction touched text that had already been streamed to the consumer: fail closed. */
  | 'redact-after-release'
  /** A redaction hit structured data (JSON) that would not survive it. */
  | 'redact-unsafe';

/**
 * Thrown when the guard stops a request, a response or a stream (SDK adapters, HoldBackGuard).
 *
 * It carries the whole decision so the caller can audit or explain it, but its message names only
 * the scanners and finding kinds involved — never the text that was checked, which may be the very
 * secret or attack being stopped.
 */
export class RampartBlockedError extends Error {
  readonly direction: Direction;

  constructor(
    readonly decision: Decision,
    readonly reason: BlockReason = decision.action === 'review' ? 'review' : 'block',
  ) {
    super(describe(decision, reason));
    this.name = 'RampartBlockedError';
    this.direction = decision.direction;
  }
}

function describe(decision: Decision, reason: BlockReason): string {
  const wanted = reason === 'block' || reason === 'review' ? new Set([reason]) : new Set(['redact']);
  const causes = [
    ...new Set(decision.findings.filter((f) => wanted.has(f.action)).map((f) => `${f.scanner}/${f.kind}`)),
  ];
  const what = causes.length > 0 ? causes.slice(0, 8).join(', ') : 'policy';
  switch (reason) {
    case 'review':
      return `rampart: ${decision.direction} needs human review (${what})`;
    case 'redact-after-release':
      return `rampart: ${decision.direction} stream stopped: a redaction reached text already sent (${what})`;
    case 'redact-unsafe':
      return `rampart: ${decision.direction} blocked: redaction would corrupt structured data (${what})`;
    default:
      return `rampart: ${decision.direction} blocked (${what})`;
  }
}
