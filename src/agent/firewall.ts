import { createGuard, type Guard } from '../core/guard.js';
import { defaultPolicy, loadPolicyFile } from '../core/policy/load.js';
import type { Policy } from '../core/policy/schema.js';
import type { ScannerRegistry } from '../core/registry.js';
import { isPassing } from '../core/types.js';
import { createDefaultRegistry } from '../scanners/index.js';
import { createSqliteApprovalStore } from './approvals/sqlite-store.js';
import type { ApprovalRecord, ApprovalStore } from './approvals/store.js';
import type { ApprovalNotifier } from './approvals/redis-notify.js';
import { waitForApproval } from './approvals/wait.js';
import { ArgumentValidator, validateWith, type ArgumentCheck } from './arg-constraints.js';
import { createSqliteAuditSink, type AgentAuditEvent, type AuditSink } from './audit-sink.js';
import {
  configPath,
  FirewallConfigError,
  loadFirewallConfig,
  validateFirewallConfig,
  type FirewallConfig,
  type FirewallConfigInput,
  type TaintLabel,
  type ToolConfig,
} from './config.js';
import { argumentsHash, CredentialBroker, sqliteRevocations, type IssuedToken } from './credentials.js';
import { openAgentDatabase, type AgentDatabase } from './db.js';
import { argumentFacts, isUnder } from './facts.js';
import { toolDefinitionHash, type ToolDefinition } from './pins.js';
import { ToolSession } from './session.js';
import { parsePrincipal, ToolPolicy, type PolicyVerdict, type ToolHints } from './tool-policy.js';

/**
 * The agent firewall engine shared by the MCP proxy and `guardTool()`: for each tool call it
 * checks argument constraints, asks the Cedar policy (allow / deny / approval) with the session's
 * taint labels, waits for a person when needed, taints the session, issues credentials, and
 * inspects the result for injected instructions. Every step is an audit event.
 *
 * @example
 * const firewall = createToolFirewall({ config: 'rampart.yaml', db: 'rampart.db' });
 * const session = firewall.session();
 * const d = await firewall.authorize({ tool: 'send_email', args, session });
 * if (d.outcome === 'deny') return refuse(d.reason);
 */

export interface ToolFirewallOptions {
  /** The configuration: a file path, or an object (validated; relative paths resolve from `baseDir`). */
  config: string | FirewallConfigInput | FirewallConfig;
  /** Base directory for relative paths in an object config. */
  baseDir?: string;
  /** SQLite file (or an open database) for approvals, pins, credentials; in-memory when absent. */
  db?: string | AgentDatabase;
  /** Where audit events go; the firewall database's own hash-chained table when absent. */
  audit?: AuditSink;
  /** Approvals queue; the SQLite one in `db` when absent. */
  approvals?: ApprovalStore;
  /** Wakes approval waits when another process decides (Redis); polling alone when absent. */
  notifier?: ApprovalNotifier;
  /** Scanner guard for results and descriptions; built from `scan.policy` (tool direction) when absent. */
  guard?: Guard;
  /** Scanner registry for the built guard (default: the built-in scanners). */
  registry?: ScannerRegistry;
  broker?: CredentialBroker;
  /** Server id used in decisions, pins and tokens (default: config server.id or `local`). */
  server?: string;
  now?: () => number;
}

export interface ToolCall {
  tool: string;
  args: unknown;
  session: ToolSession;
  /** Overrides the configured principal (`agent:ID`, `key:ID`, `user:ID`). */
  principal?: string;
  /** The tool's definition as the caller sees it (hints, input schema), when known. */
  definition?: ToolDefinition;
  signal?: AbortSignal;
}

export type CallDecision =
  | {
      outcome: 'allow';
      policies: string[];
      /** Arguments to send downstream (stored secrets or tokens injected at this last hop). */
      args: Record<string, unknown>;
      /** A token minted for this call, to put in the request's `_meta` when no argument was named. */
      credential?: IssuedToken;
      approvalId?: string;
    }
  | { outcome: 'deny'; reason: string; policies: string[]; approvalId?: string };

/** The decision before any waiting: what the policy says about the call. */
export interface CallVerdict extends PolicyVerdict {
  argsHash: string;
  /** Labels this call adds to the session if it goes ahead. */
  taints: TaintLabel[];
  approvalTimeoutMs: number;
}

export interface ResultVerdict {
  action: 'pass' | 'flag' | 'block';
  reason?: string;
  /** `scanner/kind` of findings that asked for something. */
  findings: string[];
}

export interface ToolFirewall {
  readonly config: FirewallConfig;
  readonly server: string;
  readonly db: AgentDatabase;
  readonly approvals: ApprovalStore;
  readonly broker: CredentialBroker;
  readonly audit: AuditSink;
  /** A new session (or a handle on an existing id). */
  session(id?: string): ToolSession;
  /** Is the tool offered to callers at all (declared, or `unknownTools: policy`)? */
  isDeclared(tool: string): boolean;
  /** The policy's verdict on a call, without waiting or side effects. */
  evaluate(call: ToolCall): CallVerdict;
  /** Full decision: evaluate, wait for approval if needed, taint, issue credentials, audit. */
  authorize(call: ToolCall): Promise<CallDecision>;
  /** Inspects a tool's result texts: result taints, injection scan. */
  inspectResult(call: ToolCall, texts: readonly string[]): Promise<ResultVerdict>;
  /** Scans a tool's description and schema text for poisoning; true when it may be shown. */
  inspectDefinition(definition: ToolDefinition): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Secret values injected downstream, so results can be scrubbed of them. */
  injectedSecrets(): string[];
  close(): void;
}

/** Largest serialized arguments a call may carry. */
export const MAX_ARGS_CHARS = 1024 * 1024;
/** Largest tool result text scanned in full; longer results are blocked as unscannable. */
export const MAX_RESULT_CHARS = 4 * 1024 * 1024;
/** The `_meta` key under which a minted token travels to the downstream server. */
export const CREDENTIAL_META_KEY = 'dev.rampart/credential';

/**
 * Builds a firewall from options, or straight from a configuration (file path or object).
 * Throws FirewallConfigError for a bad configuration or policy.
 */
export function createToolFirewall(input: ToolFirewallOptions | string | FirewallConfigInput): ToolFirewall {
  const options: ToolFirewallOptions = typeof input === 'string' || 'version' in input ? { config: input as string | FirewallConfigInput } : input;
  const config = resolveConfig(options);
  const now = options.now ?? Date.now;
  const policy = ToolPolicy.fromFiles(config.policies.map((p) => configPath(config, p)));
  const principal = parsePrincipal(config.principal);
  const server = options.server ?? config.server?.id ?? 'local';
  const ownsDb = typeof options.db !== 'object';
  const db = typeof options.db === 'object' ? options.db : openAgentDatabase(options.db ?? ':memory:');
  const approvals = options.approvals ?? createSqliteApprovalStore(db, now);
  const audit = options.audit ?? createSqliteAuditSink(db);
  const broker =
    options.broker ??
    new CredentialBroker({ issuer: config.credentials.issuer, defaultTtlMs: config.credentials.ttl, revocations: sqliteRevocations(db), now });
  const guard = options.guard ?? buildScanGuard(config, options.registry);
  const validator = new ArgumentValidator();
  const configSchemas = new Map<string, ReturnType<ArgumentValidator['compileTrusted']>>();
  const problems: string[] = [];
  for (const [tool, tc] of Object.entries(config.tools)) {
    if (tc.schema === undefined) continue;
    try {
      configSchemas.set(tool, validator.compileTrusted(tc.schema, `tools.${tool}.schema`));
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length > 0) throw new FirewallConfigError(config.source, problems);
  const definitionVerdicts = new Map<string, { ok: true } | { ok: false; reason: string }>();
  // Callers pass the same definition object for every call of a tool: hash it once.
  const definitionHashes = new WeakMap<ToolDefinition, string>();
  const definitionHash = (definition: ToolDefinition): string => {
    let hash = definitionHashes.get(definition);
    if (hash === undefined) {
      hash = toolDefinitionHash(definition);
      definitionHashes.set(definition, hash);
    }
    return hash;
  };

  const record = (event: AgentAuditEvent): Promise<void> =>
    audit.append(event).catch((err: unknown) => {
      // The audit sink failing must be visible; the decision it describes already stands.
      process.stderr.write(`rampart: audit append failed: ${(err as Error).message}\n`);
    });

  const toolConfig = (tool: string): ToolConfig | undefined => config.tools[tool];

  const evaluate = (call: ToolCall): CallVerdict => {
    const tc = toolConfig(call.tool);
    const argsHash = safeArgsHash(call.args);
    const base = { argsHash, taints: [] as TaintLabel[], approvalTimeoutMs: config.approvals.timeout, approvalWaived: false };
    const denied = (reason: string, policies: string[] = []): CallVerdict => ({ ...base, effect: 'deny', reason, policies });
    if (!tc && config.unknownTools === 'deny') return denied(`tool ${call.tool} is not declared in the firewall configuration`);
    if (call.args === null || typeof call.args !== 'object' || Array.isArray(call.args)) return denied('arguments must be an object');
    const args = call.args as Record<string, unknown>;
    if (argsHash === 'unhashable' || JSON.stringify(args).length > MAX_ARGS_CHARS) return denied('arguments are too large or too deeply nested');
    const injected = tc?.credential?.type === 'secret' ? tc.credential.argument : tc?.credential?.type === 'jwt' ? tc.credential.argument : undefined;
    if (injected !== undefined && injected in args) return denied(`argument ${injected} is supplied by the firewall, not the caller`);
    const checks: ArgumentCheck[] = [];
    const configSchema = configSchemas.get(call.tool);
    if (configSchema) checks.push(validateWith(configSchema, args));
    if (call.definition?.inputSchema !== undefined) {
      checks.push(validator.check(definitionHash(call.definition), call.definition.inputSchema, args));
    }
    for (const c of checks) if (!c.ok) return denied(c.problem);
    const facts = argumentFacts(args, tc?.arguments ?? {});
    if (!facts.ok) return denied(facts.problem);
    const who = call.principal ? parsePrincipal(call.principal) : principal;
    const verdict = policy.evaluate({
      principal: who,
      tool: call.tool,
      server,
      irreversible: tc?.irreversible ?? false,
      hints: hintsOf(call.definition),
      tags: facts.tags,
      session: call.session.id,
      taints: call.session.taints,
    });
    const taints = (tc?.taints ?? [])
      .filter((rule) => rule.argument === undefined || (facts.paths[rule.argument] !== undefined && isUnder(facts.paths[rule.argument]!, rule.under!)))
      .map((rule) => rule.label);
    const approvalTimeoutMs = verdict.approvalTimeoutMs ?? tc?.approvalTimeout ?? config.approvals.timeout;
    if (verdict.effect === 'allow' && tc?.irreversible && !verdict.approvalWaived) {
      return { ...verdict, effect: 'approval', reason: `tool ${call.tool} is irreversible and needs a person's approval`, argsHash, taints, approvalTimeoutMs };
    }
    return { ...verdict, argsHash, taints, approvalTimeoutMs };
  };

  const decideApproval = async (call: ToolCall, verdict: CallVerdict, who: string): Promise<ApprovalRecord> => {
    const askedAt = now();
    const approval = await approvals.create({
      createdAt: askedAt,
      kind: 'call',
      tool: call.tool,
      server,
      principal: who,
      session: call.session.id,
      policies: verdict.policies,
      reason: verdict.reason,
      args: call.args,
      argsHash: verdict.argsHash,
      deadline: askedAt + verdict.approvalTimeoutMs,
      onExpire: config.approvals.onExpire,
    });
    await record({ type: 'approval.requested', approvalId: approval.id, tool: call.tool, server, principal: who, session: call.session.id, argsHash: verdict.argsHash, policies: verdict.policies, deadline: approval.deadline });
    const final = await waitForApproval(approvals, approval.id, { pollMs: config.approvals.pollInterval, now, ...(call.signal ? { signal: call.signal } : {}), ...(options.notifier ? { notifier: options.notifier } : {}) });
    await record({
      type: final.status === 'expired' ? 'approval.expired' : 'approval.resolved',
      approvalId: final.id,
      tool: call.tool,
      session: call.session.id,
      status: final.status,
      ...(final.decidedBy ? { by: final.decidedBy } : {}),
      ...(final.decisionReason ? { reason: final.decisionReason } : {}),
    });
    return final;
  };

  const firewall: ToolFirewall = {
    config,
    server,
    db,
    approvals,
    broker,
    audit,
    session: (id) => new ToolSession(id),
    isDeclared: (tool) => config.tools[tool] !== undefined || config.unknownTools === 'policy',
    evaluate,
    async authorize(call) {
      const who = call.principal ?? config.principal;
      const verdict = evaluate(call);
      void record({
        type: 'tool.decision',
        tool: call.tool,
        server,
        principal: who,
        session: call.session.id,
        decision: verdict.effect,
        policies: verdict.policies,
        reason: verdict.reason,
        argsHash: verdict.argsHash,
        taints: [...call.session.taints],
      });
      if (verdict.effect === 'deny') return { outcome: 'deny', reason: verdict.reason, policies: verdict.policies };
      let approvalId: string | undefined;
      if (verdict.effect === 'approval') {
        const final = await decideApproval(call, verdict, who);
        approvalId = final.id;
        const expiredAllowed = final.status === 'expired' && final.onExpire === 'allow';
        if (final.status !== 'approved' && !expiredAllowed) {
          const why =
            final.status === 'expired'
              ? `approval ${final.id} expired after ${verdict.approvalTimeoutMs} ms without a decision (${verdict.reason})`
              : `approval ${final.id} was denied${final.decisionReason ? `: ${final.decisionReason}` : ''} (${verdict.reason})`;
          return { outcome: 'deny', reason: why, policies: verdict.policies, approvalId };
        }
      }
      const added = call.session.taint(verdict.taints);
      if (added.length > 0) void record({ type: 'session.taint', session: call.session.id, tool: call.tool, labels: added });
      const args = { ...(call.args as Record<string, unknown>) };
      const tc = toolConfig(call.tool);
      let credential: IssuedToken | undefined;
      if (tc?.credential?.type === 'jwt') {
        credential = broker.mint({ tool: call.tool, principal: who, args: call.args, session: call.session.id });
        if (tc.credential.argument) args[tc.credential.argument] = credential.token;
        void record({ type: 'credential.issued', kind: 'jwt', tool: call.tool, principal: who, session: call.session.id, jti: credential.claims.jti, exp: credential.claims.exp, argsHash: verdict.argsHash });
      } else if (tc?.credential?.type === 'secret') {
        const secret = process.env[tc.credential.env];
        if (secret === undefined || secret.length === 0) {
          return { outcome: 'deny', reason: `the stored secret for ${call.tool} is not configured`, policies: verdict.policies };
        }
        args[tc.credential.argument] = secret;
        void record({ type: 'credential.issued', kind: 'secret', tool: call.tool, principal: who, session: call.session.id, secret: tc.credential.env });
      }
      return { outcome: 'allow', policies: verdict.policies, args, ...(credential ? { credential } : {}), ...(approvalId ? { approvalId } : {}) };
    },
    async inspectResult(call, texts) {
      const tc = toolConfig(call.tool);
      const resultTaints = tc?.result.taints ?? [];
      const added = call.session.taint(resultTaints);
      if (added.length > 0) void record({ type: 'session.taint', session: call.session.id, tool: call.tool, labels: added });
      const shouldScan = tc?.result.scan ?? config.scan.results === 'all';
      if (!shouldScan) return { action: 'pass', findings: [] };
      const text = texts.join('\n');
      if (text.length > MAX_RESULT_CHARS) {
        void record({ type: 'tool.result', tool: call.tool, session: call.session.id, action: 'block', reason: 'oversize' });
        return { action: 'block', reason: `tool result is larger than ${MAX_RESULT_CHARS} characters and was not scanned`, findings: [] };
      }
      const decision = await guard.check('tool', text, { metadata: { tool: call.tool, session: call.session.id, part: 'tool_result' } });
      const findings = decision.findings.filter((f) => f.action !== 'allow').map((f) => `${f.scanner}/${f.kind}`);
      let verdict: ResultVerdict;
      if (isPassing(decision.action) && decision.action !== 'flag') verdict = { action: 'pass', findings };
      else if (isPassing(decision.action) || config.scan.onInjection === 'flag') {
        const newTaints = call.session.taint(['untrusted_content']);
        if (newTaints.length > 0) void record({ type: 'session.taint', session: call.session.id, tool: call.tool, labels: newTaints });
        verdict = { action: 'flag', reason: `tool result flagged (${findings.join(', ')})`, findings };
      } else {
        verdict = { action: 'block', reason: `tool result blocked: it carries instructions aimed at the model (${findings.join(', ') || 'scanner failure'})`, findings };
      }
      void record({ type: 'tool.result', tool: call.tool, session: call.session.id, action: verdict.action, findings, scanMs: Math.round(decision.ms * 1000) / 1000 });
      return verdict;
    },
    async inspectDefinition(definition) {
      if (!config.scan.descriptions) return { ok: true };
      const hash = toolDefinitionHash(definition);
      const cached = definitionVerdicts.get(hash);
      if (cached) return cached;
      const text = definitionText(definition);
      const decision = await guard.check('tool', text, { metadata: { tool: definition.name, part: 'tool_description' } });
      const findings = decision.findings.filter((f) => f.action !== 'allow').map((f) => `${f.scanner}/${f.kind}`);
      const verdict: { ok: true } | { ok: false; reason: string } =
        isPassing(decision.action) && decision.action !== 'flag'
          ? { ok: true }
          : { ok: false, reason: `tool ${definition.name} is quarantined: its description carries instructions aimed at the model (${findings.join(', ') || 'scanner failure'})` };
      if (!verdict.ok) void record({ type: 'tool.quarantine', tool: definition.name, server, hash, findings });
      if (definitionVerdicts.size > 10_000) definitionVerdicts.clear();
      definitionVerdicts.set(hash, verdict);
      return verdict;
    },
    injectedSecrets() {
      const out: string[] = [];
      for (const tc of Object.values(config.tools)) {
        if (tc.credential?.type === 'secret') {
          const v = process.env[tc.credential.env];
          if (v && v.length >= 4) out.push(v);
        }
      }
      return out;
    },
    close() {
      void audit.flush?.();
      if (ownsDb) db.close();
    },
  };
  return firewall;
}

function resolveConfig(options: ToolFirewallOptions): FirewallConfig {
  if (typeof options.config === 'string') return loadFirewallConfig(options.config);
  const c = options.config as Partial<FirewallConfig>;
  if (typeof c.baseDir === 'string' && typeof c.source === 'string') return c as FirewallConfig;
  return validateFirewallConfig(options.config, '<config object>', options.baseDir ?? process.cwd());
}

/** The scan guard: the tool direction of the configured (or built-in) scanner policy. */
function buildScanGuard(config: FirewallConfig, registry?: ScannerRegistry): Guard {
  const full: Policy = config.scan.policy ? loadPolicyFile(configPath(config, config.scan.policy)) : defaultPolicy();
  const toolOnly = { version: 1 as const, limits: full.limits, tool: full.tool };
  return createGuard(toolOnly, { registry: registry ?? createDefaultRegistry() });
}

function hintsOf(definition?: ToolDefinition): ToolHints {
  const a = (definition?.annotations ?? {}) as Record<string, unknown>;
  return {
    destructive: a.destructiveHint === true,
    readOnly: a.readOnlyHint === true,
    idempotent: a.idempotentHint === true,
    openWorld: a.openWorldHint === true,
  };
}

function safeArgsHash(args: unknown): string {
  try {
    return argumentsHash(args);
  } catch {
    return 'unhashable';
  }
}

/** Every piece of a definition the model reads: title, description, schema descriptions and titles. */
function definitionText(definition: ToolDefinition): string {
  const parts: string[] = [definition.title ?? '', definition.description ?? ''];
  const walk = (node: unknown, depth: number): void => {
    if (depth > 32 || parts.length > 10_000 || node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if ((key === 'description' || key === 'title') && typeof value === 'string') parts.push(value);
      else if (typeof value === 'object') walk(value, depth + 1);
    }
    // Property names are read by the model too.
    if ('properties' in (node as object) && typeof (node as { properties?: unknown }).properties === 'object') {
      parts.push(Object.keys((node as { properties: object }).properties).join(' '));
    }
  };
  walk(definition.inputSchema, 0);
  walk(definition.outputSchema, 0);
  return parts.filter((p) => p.length > 0).join('\n');
}
