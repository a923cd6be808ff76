import type { CheckContext } from '../core/guard.js';
import { isPassing, type Decision } from '../core/types.js';
import { RampartBlockedError } from './errors.js';

/**
 * Carries out a decision on one piece of text for the adapters: throws when the text must not pass,
 * otherwise returns the text to use (the redacted text on `redact`).
 */
export function enforceText(decision: Decision, text: string): string {
  if (!isPassing(decision.action)) throw new RampartBlockedError(decision);
  if (decision.action === 'redact') {
    // The guard always sets redactedText for a single text on redact; if it did not, fail closed.
    if (typeof decision.redactedText !== 'string') throw new RampartBlockedError(decision, 'redact-unsafe');
    return decision.redactedText;
  }
  return text;
}

/**
 * Like enforceText for text that must stay valid JSON (tool-call arguments): a redaction that breaks
 * the JSON blocks instead, since the tool would otherwise receive something nobody checked the
 * meaning of.
 */
export function enforceJsonText(decision: Decision, json: string): string {
  const out = enforceText(decision, json);
  if (out === json) return out;
  try {
    JSON.parse(out);
  } catch {
    throw new RampartBlockedError(decision, 'redact-unsafe');
  }
  return out;
}

/** Joins the instruction texts of a conversation the way the guard does, for output leak checks. */
export function joinSystemPrompt(parts: ReadonlyArray<string | undefined>): string | undefined {
  const joined = parts.filter((s): s is string => typeof s === 'string' && s.length > 0).join('\n');
  return joined.length > 0 ? joined : undefined;
}

/** The context for output checks: the caller's, plus the system prompt taken from the request. */
export function withSystemPrompt(ctx: CheckContext, systemPrompt: string | undefined): CheckContext {
  const joined = joinSystemPrompt([ctx.systemPrompt, systemPrompt]);
  return joined === undefined ? ctx : { ...ctx, systemPrompt: joined };
}

/** Adds the tool name to the metadata scanners and audit listeners see for a tool-call check. */
export function toolContext(ctx: CheckContext, toolName: string | undefined): CheckContext {
  return toolName ? { ...ctx, metadata: { ...(ctx.metadata ?? {}), tool: toolName } } : ctx;
}
