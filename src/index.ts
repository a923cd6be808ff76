/**
 * Rampart: a security layer for AI systems. The library entry point.
 *
 * @example
 * import { createGuard } from 'rampart';
 * const guard = createGuard();
 * const decision = await guard.checkInput(userText);
 * if (decision.action === 'block' || decision.action === 'review') return refuse(decision);
 */
import { setDefaultRegistry } from './core/guard.js';
import { createDefaultRegistry } from './scanners/index.js';

setDefaultRegistry(createDefaultRegistry());

export { createGuard, PolicyScannerError } from './core/guard.js';
export type { ChatMessage, CheckContext, Guard, GuardOptions, MessagesDecision } from './core/guard.js';
export { ScannerRegistry } from './core/registry.js';
export { createDefaultRegistry } from './scanners/index.js';
export { defaultPolicy, loadPolicyFile, parsePolicy, validatePolicy, PolicyError } from './core/policy/load.js';
export { DEFAULT_POLICY_YAML } from './core/policy/default-policy.js';
export type { Policy, PolicyInput, ScannerPolicy } from './core/policy/schema.js';
export { normalizeText } from './core/normalize/normalize.js';
export type { NormalizedText, UnicodeSignal } from './core/normalize/normalize.js';
export { prepareText } from './core/normalize/views.js';
export type { PreparedText, TextView } from './core/normalize/views.js';
export { redactSpans } from './core/redact.js';
export * from './core/types.js';
