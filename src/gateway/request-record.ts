import { createHash, randomUUID } from 'node:crypto';
import { ACTION_SEVERITY, mostSevere, type Action, type Decision, type Finding, type JudgedFinding } from '../core/types.js';
import type { AuditContent } from './audit-content.js';

/**
 * What the audit log learns about one proxied request. It holds ids, decisions, timings, token
 * counts and hashes of the bodies, never a key or the raw client address (a salted hash stands for
 * it). The prompt and the answer are kept only when the request's policy says `redacted`, and then
 * with every PII type and secret masked (`content`).
 */
export interface RequestRecord {
  type: 'request';
  id: string;
  endpoint: string;
  client: string;
  keyId?: string;
  /** The key's named policy, when it is not the default one. */
  policy?: string;
  model?: string;
  route?: string;
  upstreamModel?: string;
  stream?: boolean;
  status?: number;
  /** The action the gateway carried out: allow, flag, redact, review, block (policy), or error. */
  action?: string;
  error?: string;
  input?: DecisionSummary;
  output?: DecisionSummary;
  degraded?: boolean;
  killScope?: string;
  extraction?: { score: number; similarity: number; logprobs: number; volume: number; action: string };
  limit?: string;
  latencyMs?: number;
  upstreamMs?: number;
  overheadMs?: number;
  tokens?: { prompt?: number; completion?: number; estimated?: boolean };
  requestSha256?: string;
  responseSha256?: string;
  content?: AuditContent;
}

export interface DecisionSummary {
  action: string;
  degraded: boolean;
  ms: number;
  findings: Array<Pick<Finding, 'scanner' | 'kind' | 'score' | 'message' | 'part'> & { action: string }>;
  errors?: Array<{ scanner: string; action: string }>;
}

export function summarizeDecision(d: Decision): DecisionSummary {
  return {
    action: d.action,
    degraded: d.degraded,
    ms: round(d.ms),
    // Below-threshold findings are noise in an audit trail; keep what asked for something.
    findings: d.findings
      .filter((f: JudgedFinding) => f.action !== 'allow')
      .slice(0, 50)
      .map((f) => ({
        scanner: f.scanner,
        kind: f.kind,
        score: round(f.score),
        action: f.action,
        ...(f.message !== undefined ? { message: f.message } : {}),
        ...(f.part !== undefined ? { part: f.part } : {}),
      })),
    ...(d.errors.length > 0 ? { errors: d.errors.map((e) => ({ scanner: e.scanner, action: e.action })) } : {}),
  };
}

/** Two checks of one direction as one summary: the most severe action, every finding (up to 50), the time of both. */
export function mergeSummaries(a: DecisionSummary, b: DecisionSummary): DecisionSummary {
  const errors = [...(a.errors ?? []), ...(b.errors ?? [])];
  return {
    action: mostSevereOf(a.action, b.action as Action),
    degraded: a.degraded || b.degraded,
    ms: round(a.ms + b.ms),
    findings: [...a.findings, ...b.findings].slice(0, 50),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

/** The more severe of a recorded action (which may be none, or `error`) and a guard's action; the first on a tie. */
export function mostSevereOf(a: string | undefined, b: Action): string {
  return a && a in ACTION_SEVERITY ? mostSevere(a as Action, b) : b;
}

/** `salt` should be stable for one deployment so events from one client can be correlated. */
export function newRecord(endpoint: string, clientAddress: string, salt: string): RequestRecord {
  return { type: 'request', id: randomUUID(), endpoint, client: clientHash(salt, clientAddress) };
}

/** Clients come back: their salted hashes are kept (per salt, up to 10 000 addresses) instead of recomputed. */
const clientHashes = new Map<string, Map<string, string>>();

function clientHash(salt: string, address: string): string {
  let bySalt = clientHashes.get(salt);
  if (!bySalt) clientHashes.set(salt, (bySalt = new Map()));
  let hash = bySalt.get(address);
  if (hash === undefined) {
    hash = createHash('sha256').update(salt).update(address).digest('hex').slice(0, 16);
    if (bySalt.size >= 10_000) bySalt.clear();
    bySalt.set(address, hash);
  }
  return hash;
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
