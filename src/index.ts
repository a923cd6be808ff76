/**
 * Rampart: a security layer for AI systems. The library entry point.
 *
 * @example
 * import { createGuard } from 'rampart';
 * const guard = createGuard();
 * const decision = await guard.checkInput(userText);
 * if (decision.action === 'block' || decision.action === 'review') return refuse(decision);
 */
import { installDefaultRegistry } from './scanners/index.js';

installDefaultRegistry();

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
/** How this process runs regular expressions: start node with NATIVE_REGEXP_FLAG for the faster scanners (core/regexp-engine.ts). */
export { NATIVE_REGEXP_FLAG, regexpEngineMode } from './core/regexp-engine.js';
export { redactSpans } from './core/redact.js';
export { addCanary, canaryTokensIn, createCanary } from './scanners/canary/index.js';
export type { Canary, CanaryOptions } from './scanners/canary/index.js';
export { createToolFirewall, guardTool, ToolDeniedError, ToolSession, CredentialBroker, verifyToolToken } from './agent/index.js';
export type { ToolFirewall, ToolFirewallOptions, GuardToolOptions, FirewallConfigInput } from './agent/index.js';
export { RampartBlockedError, RampartUnsupportedError } from './adapters/errors.js';
export type { BlockReason } from './adapters/errors.js';
export { scanArtifact, scanBytes as scanArtifactBytes } from './artifacts/scan.js';
export type { ArtifactFinding, FileReport as ArtifactReport, Verdict as ArtifactVerdict } from './artifacts/types.js';
export { verifyLock, writeLock } from './artifacts/lock.js';
export type { LockDiff, LockFile } from './artifacts/lock.js';
export { loadVerified, ArtifactRejectedError } from './artifacts/load-verified.js';
export type { LoadVerifiedOptions } from './artifacts/load-verified.js';
export { signModel, verifyModelSignature } from './artifacts/signing.js';
export { verifyKeylessModelSignature } from './artifacts/signing-keyless.js';
export { createInjectionScanner, injectionScanner, heuristicsLayer, scanHeuristics } from './scanners/injection/index.js';
export type { InjectionLayer, InjectionScannerOptions, HeuristicFinding, InjectionKind } from './scanners/injection/index.js';
export { piiScanner, detectPii } from './scanners/pii/index.js';
export { secretsScanner } from './scanners/secrets/index.js';
export { detectSecrets } from './scanners/secrets/detect.js';
export { createRedactor, applyMode, REDACTION_MODES } from './redact/modes.js';
export type { RedactionMode, RedactionSettings, RedactorOptions } from './redact/modes.js';
export { PseudonymVault } from './redact/pseudonyms.js';
export { StreamRedactor, createSpanDetector } from './redact/stream.js';
export type { ReplacerContext, Replacer } from './core/redact.js';
export * from './core/types.js';
