import { messageText, type ChatMessage } from '../core/guard.js';
import { createStringRedactor } from '../redact/worker-config.js';

/** Most characters of prompt, and of answer, one audit event keeps (the body hashes cover the rest). */
export const MAX_AUDIT_TEXT_CHARS = 32 * 1024;

/** What an audit event keeps of the conversation when the policy says `redacted`. */
export interface AuditContent {
  messages: Array<{ role: string; text: string }>;
  answer?: string;
  /** Some text was cut at MAX_AUDIT_TEXT_CHARS. */
  truncated?: boolean;
}

let redactForStorage: ((s: string) => string) | undefined;

/**
 * Masks every PII type (names and addresses included) and every secret, whatever the guard's
 * policy redacted already: the audit log outlives the request and is read by other people.
 */
function redact(text: string): string {
  redactForStorage ??= createStringRedactor({ entities: true, mode: 'mask' }, {});
  return redactForStorage(text);
}

/** The redacted, bounded copy of a prompt and its answer for the audit event. */
export function auditContent(messages: readonly ChatMessage[] | undefined, answer: string | undefined): AuditContent {
  let budget = MAX_AUDIT_TEXT_CHARS;
  let truncated = false;
  const take = (text: string): string => {
    let cut = text;
    if (text.length > budget) {
      // Cut at a space so a secret is never halved into something the detectors no longer know.
      const space = text.lastIndexOf(' ', budget);
      cut = text.slice(0, space > 0 ? space : 0);
      truncated = true;
    }
    budget -= cut.length;
    return redact(cut);
  };
  const kept = (messages ?? []).map((m) => ({ role: m.role, text: take(messageText(m)) }));
  budget = MAX_AUDIT_TEXT_CHARS;
  const content: AuditContent = { messages: kept };
  if (answer !== undefined) content.answer = take(answer);
  if (truncated) content.truncated = true;
  return content;
}
