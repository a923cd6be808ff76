import type { UnicodeSignal } from './normalize/normalize.js';

/**
 * The contract every part of Rampart shares: a scanner turns text into findings, the policy turns
 * findings into one decision, an entry point carries the decision out.
 *
 * Offsets are JavaScript string indices (UTF-16 code units) into the ORIGINAL text the caller passed,
 * end-exclusive, so `text.slice(start, end)` is what was found.
 */

/** Which way the text is flowing. */
export type Direction = 'input' | 'output' | 'tool';
export const DIRECTIONS: readonly Direction[] = ['input', 'output', 'tool'];

/** What the entry point must do. Ordered from least to most severe (see ACTION_SEVERITY). */
export type Action = 'allow' | 'flag' | 'redact' | 'review' | 'block';
export const ACTIONS: readonly Action[] = ['allow', 'flag', 'redact', 'review', 'block'];

/** Higher wins when several findings ask for different actions. */
export const ACTION_SEVERITY: Readonly<Record<Action, number>> = {
  allow: 0,
  flag: 1,
  redact: 2,
  review: 3,
  block: 4,
};

export function mostSevere(a: Action, b: Action): Action {
  return ACTION_SEVERITY[a] >= ACTION_SEVERITY[b] ? a : b;
}

/** One thing a scanner noticed. */
export interface Finding {
  /** Id of the scanner that produced it, e.g. `injection`. Filled in by the engine. */
  scanner: string;
  /** What was found, e.g. `instruction_override`, `tag_characters`, `EMAIL`. */
  kind: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** Span in the original text, when the finding is located. */
  start?: number;
  end?: number;
  /**
   * Which view of the text the finding was made in: `text` (the normalized text) or a decoded view
   * such as `base64`, `base64>hex`. For a decoded view the span covers the whole encoded run.
   */
  view?: string;
  /** Index of the chat message the finding is in, when a list of messages was checked. */
  message?: number;
  /** Index of the content part inside that message (negative: the n-th tool call's arguments, as -1 - n). */
  part?: number;
  /** Scanner-specific detail. Must never hold raw secrets or PII (the audit log stores it). */
  detail?: Record<string, unknown>;
}

/** What a scanner returns before the engine stamps the scanner id on it. */
export type RawFinding = Omit<Finding, 'scanner'>;

/** Per-call facts a scanner may use. */
export interface ScanContext {
  direction: Direction;
  /**
   * Scanner options from the policy (already validated by the scanner's own schema if it has one).
   * Read-only: the guard copies and freezes the policy's options once, when it is created, and hands
   * every call the same object (per-call `scannerOptions` are merged into a fresh copy).
   */
  options: Record<string, unknown>;
  /** The system prompt of the conversation, for leak checks on output. Never judged as an attack. */
  systemPrompt?: string;
  /** Canary tokens planted in this session's system prompt. */
  canaries?: readonly string[];
  /** Free-form caller metadata (route, key id, agent, session id). */
  metadata?: Readonly<Record<string, unknown>>;
  /** Aborted when the scanner's time budget runs out; long-running scanners should honour it. */
  signal?: AbortSignal;
  /** The view being scanned: `text` (normalized), `original`, or a decoded view such as `base64`. */
  view: { kind: string; depth: number };
  /** What normalization removed or rewrote, spans in the original text (for the `unicode` scanner). */
  signals: readonly UnicodeSignal[];
}

/** Which text a scanner wants to see. */
export type ScannerInput =
  /** The caller's text exactly as given (for redaction-grade detectors such as PII). */
  | 'original'
  /** The normalized text only. */
  | 'normalized'
  /** The normalized text and every decoded view (base64, hex, URL, ROT13, recursively). */
  | 'all-views';

/**
 * A scanner: one small job. It knows nothing of HTTP, MCP or files.
 * It may be sync or async; it throws to report its own failure (the policy decides what that means).
 */
export interface Scanner {
  readonly id: string;
  /** Directions the scanner makes sense for; the policy may enable it only there. */
  readonly directions: readonly Direction[];
  /** Which text the engine passes (default `all-views`). */
  readonly input?: ScannerInput;
  /** Human description, shown by `rampart policy init`. */
  readonly description?: string;
  /**
   * True when the findings depend only on the text, the direction, the view and the options (not on
   * the call's context, a clock or the network): the guard may then reuse them for an input text it
   * has already scanned (see core/scan-cache.ts). A function decides per options. Default false.
   */
  readonly deterministic?: boolean | ((options: Record<string, unknown>) => boolean);
  scan(text: string, ctx: ScanContext): RawFinding[] | Promise<RawFinding[]>;
}

/** A finding with what the policy made of it. */
export interface JudgedFinding extends Finding {
  /** The action this finding asks for (after threshold: below threshold it is `allow`). */
  action: Action;
  threshold: number;
}

export interface ScannerTiming {
  scanner: string;
  ms: number;
}

export interface ScannerError {
  scanner: string;
  /** A message safe to log: never contains the scanned text. */
  message: string;
  /** What the policy did about the failure. */
  action: Action;
}

/** The one answer the guard gives for a text. */
export interface Decision {
  action: Action;
  direction: Direction;
  /** Every finding, also those below threshold (their action is `allow`). */
  findings: JudgedFinding[];
  /** The text with every `redact` finding replaced; present when the action is `redact`. */
  redactedText?: string;
  timings: ScannerTiming[];
  errors: ScannerError[];
  /** True when a scanner failed and the policy let the text through anyway (fail open). */
  degraded: boolean;
  /** Total time the guard took, in milliseconds. */
  ms: number;
}

/** True when the entry point may pass the (possibly redacted) text on. */
export function isPassing(action: Action): boolean {
  return action === 'allow' || action === 'flag' || action === 'redact';
}
