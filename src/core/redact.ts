import type { Direction, Finding } from './types.js';

/**
 * What the guard tells a replacer about a finding beyond the finding itself: the direction and the
 * options of the scanner that made it (after per-call overrides), so a replacer can follow per-kind
 * redaction settings kept in the policy (e.g. `pii.options.redaction`).
 */
export interface ReplacerContext {
  direction: Direction;
  scannerOptions: Readonly<Record<string, unknown>>;
}

/** Produces the replacement for one redacted span. The guard always passes `context`. */
export type Replacer = (finding: Finding, original: string, context?: ReplacerContext) => string;

/** Default replacement: the kind in brackets, e.g. `[EMAIL]`. */
export const maskReplacer: Replacer = (f) => `[${f.kind}]`;

/**
 * Replaces the spans of the given findings in `text`. Overlapping spans merge into one replacement
 * (named by the finding that starts first, the longest on ties) so no part of either survives.
 */
export function redactSpans(text: string, findings: readonly Finding[], replace: Replacer = maskReplacer): string {
  const spans = findings
    .filter((f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined && f.end > f.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  let i = 0;
  while (i < spans.length) {
    const head = spans[i]!;
    let end = head.end;
    i++;
    while (i < spans.length && spans[i]!.start < end) {
      end = Math.max(end, spans[i]!.end);
      i++;
    }
    parts.push(text.slice(cursor, head.start), replace({ ...head, end }, text.slice(head.start, end)));
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
