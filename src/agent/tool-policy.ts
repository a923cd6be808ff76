import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { randomUUID } from 'node:crypto';
import { CALL_TOOL_ACTION, CEDAR_SCHEMA, PRINCIPAL_TYPES, TOOL_TYPE } from './cedar-schema.js';
import { FirewallConfigError, parseDuration, TAINT_LABELS, type TaintLabel } from './config.js';

/**
 * Tool policy in Cedar, parsed and validated once, evaluated per call.
 *
 * Cedar answers allow or deny; a third answer, "allowed once a person approves", is written as a
 * forbid policy annotated `@approval("required")`: the call is forbidden unless approved. The
 * engine keeps two pre-parsed sets: all policies, and all but the approval forbids. A call denied by
 * the first and allowed by the second needs approval; denied by both, it is denied.
 *
 * Annotations read here:
 * - `@id("name")`              the policy id shown in decisions and audit events;
 * - `@reason("text")`          the reason a denied caller is told (never secrets: the model sees it);
 * - `@approval("required")`    on forbid: forbidden unless a person approves;
 * - `@approval("not-required")` on permit: an irreversible tool allowed by it needs no approval;
 * - `@approvalTimeout("5s")`   the deadline of the approval the policy asks for.
 */

export interface PrincipalRef {
  kind: keyof typeof PRINCIPAL_TYPES;
  id: string;
}

/** Parses `agent:ID`, `key:ID` or `user:ID`. */
export function parsePrincipal(text: string): PrincipalRef {
  const m = /^(agent|key|user):(\S{1,200})$/.exec(text);
  if (!m) throw new Error(`principal "${text}" must be agent:ID, key:ID or user:ID`);
  return { kind: m[1] as PrincipalRef['kind'], id: m[2]! };
}

export interface ToolHints {
  destructive: boolean;
  readOnly: boolean;
  idempotent: boolean;
  openWorld: boolean;
}

export interface ToolRequest {
  principal: PrincipalRef;
  tool: string;
  server: string;
  irreversible: boolean;
  hints: ToolHints;
  /** Arguments and derived facts (facts.ts). */
  tags: Record<string, string>;
  session: string;
  taints: ReadonlySet<TaintLabel>;
}

export interface PolicyVerdict {
  effect: 'allow' | 'deny' | 'approval';
  /** Ids of the policies that decided. */
  policies: string[];
  /** Reason text for the caller (from `@reason`, or a generic sentence). */
  reason: string;
  /** Deadline asked for by the approval policies (the shortest), when effect is approval. */
  approvalTimeoutMs?: number;
  /** A permit with `@approval("not-required")` decided: irreversible tools skip approval. */
  approvalWaived: boolean;
}

interface PolicyMeta {
  id: string;
  effect: 'permit' | 'forbid';
  file: string;
  reason?: string;
  approval?: 'required' | 'not-required';
  approvalTimeoutMs?: number;
}

export interface PolicySource {
  /** Shown in errors (a file path). */
  name: string;
  text: string;
}

const MAX_POLICY_BYTES = 1024 * 1024;
const MAX_POLICIES = 10_000;

/** The compiled policy set. Construct with `ToolPolicy.fromFiles` or `ToolPolicy.fromSources`. */
export class ToolPolicy {
  private readonly fullSetId: string;
  private readonly baseSetId: string;
  private readonly schemaId: string;

  private constructor(private readonly meta: Map<string, PolicyMeta>) {
    const tag = randomUUID();
    this.fullSetId = `rampart-full-${tag}`;
    this.baseSetId = `rampart-base-${tag}`;
    this.schemaId = `rampart-schema-${tag}`;
  }

  /** Loads Cedar files; throws FirewallConfigError listing every problem with file:line:column. */
  static fromFiles(paths: readonly string[]): ToolPolicy {
    const sources: PolicySource[] = [];
    const problems: string[] = [];
    for (const path of paths) {
      try {
        const buf = readFileSync(path);
        if (buf.length > MAX_POLICY_BYTES) problems.push(`${path}: larger than ${MAX_POLICY_BYTES} bytes`);
        else sources.push({ name: path, text: buf.toString('utf8') });
      } catch (err) {
        problems.push(`${path}: cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
    if (problems.length > 0) throw new FirewallConfigError('Cedar policies', problems);
    return ToolPolicy.fromSources(sources);
  }

  /** Parses, validates against the schema, and pre-parses the policy sets once. */
  static fromSources(sources: readonly PolicySource[]): ToolPolicy {
    const problems: string[] = [];
    const texts: Record<string, string> = {};
    const meta = new Map<string, PolicyMeta>();
    const offsets = new Map<string, { source: PolicySource; offset: number }>();
    for (const source of sources) {
      if (source.text.length > MAX_POLICY_BYTES) {
        problems.push(`${source.name}: larger than ${MAX_POLICY_BYTES} bytes`);
        continue;
      }
      const parsed = cedar.policySetTextToParts(source.text);
      if (parsed.type === 'failure') {
        for (const e of parsed.errors) problems.push(formatCedarError(source, 0, e));
        continue;
      }
      if (parsed.policy_templates.length > 0) problems.push(`${source.name}: policy templates are not supported`);
      let searchFrom = 0;
      parsed.policies.forEach((text, index) => {
        const found = source.text.indexOf(text, searchFrom);
        const offset = found >= 0 ? found : 0;
        if (found >= 0) searchFrom = found + text.length;
        const json = cedar.policyToJson(text);
        if (json.type === 'failure') {
          for (const e of json.errors) problems.push(formatCedarError(source, offset, e));
          return;
        }
        const annotations = json.json.annotations ?? {};
        const id = annotations.id ?? `${basename(source.name)}#${index}`;
        const where = `${source.name}:${lineCol(source.text, offset)}`;
        if (meta.has(id)) {
          problems.push(`${where}: duplicate policy id "${id}"`);
          return;
        }
        const m: PolicyMeta = { id, effect: json.json.effect, file: source.name };
        if (annotations.reason !== undefined) m.reason = annotations.reason;
        const approval = annotations.approval;
        if (approval !== undefined) {
          if (approval !== 'required' && approval !== 'not-required') {
            problems.push(`${where}: @approval must be "required" or "not-required", not "${approval}"`);
          } else if (approval === 'required' && m.effect !== 'forbid') {
            problems.push(`${where}: @approval("required") belongs on a forbid policy (forbidden unless approved)`);
          } else if (approval === 'not-required' && m.effect !== 'permit') {
            problems.push(`${where}: @approval("not-required") belongs on a permit policy`);
          } else m.approval = approval;
        }
        if (annotations.approvalTimeout !== undefined) {
          try {
            m.approvalTimeoutMs = parseDuration(annotations.approvalTimeout);
          } catch (err) {
            problems.push(`${where}: @approvalTimeout: ${(err as Error).message}`);
          }
        }
        meta.set(id, m);
        texts[id] = text;
        offsets.set(id, { source, offset });
      });
    }
    if (meta.size > MAX_POLICIES) problems.push(`more than ${MAX_POLICIES} policies`);
    if (problems.length > 0) throw new FirewallConfigError('Cedar policies', problems);

    const validation = cedar.validate({ schema: CEDAR_SCHEMA, policies: { staticPolicies: texts }, validationSettings: { mode: 'strict' } });
    if (validation.type === 'failure') {
      throw new FirewallConfigError('Cedar policies', validation.errors.map((e) => `schema: ${e.message}`));
    }
    for (const v of validation.validationErrors) {
      const at = offsets.get(v.policyId);
      problems.push(at ? formatCedarError(at.source, at.offset, v.error, v.policyId) : `${v.policyId}: ${v.error.message}`);
    }
    if (problems.length > 0) throw new FirewallConfigError('Cedar policies', problems);

    const policy = new ToolPolicy(meta);
    const base: Record<string, string> = {};
    for (const [id, text] of Object.entries(texts)) if (meta.get(id)?.approval !== 'required') base[id] = text;
    for (const [name, answer] of [
      ['schema', cedar.preparseSchema(policy.schemaId, CEDAR_SCHEMA)],
      ['policies', cedar.preparsePolicySet(policy.fullSetId, { staticPolicies: texts })],
      ['policies', cedar.preparsePolicySet(policy.baseSetId, { staticPolicies: base })],
    ] as const) {
      if (answer.type === 'failure') throw new FirewallConfigError('Cedar policies', answer.errors.map((e) => `${name}: ${e.message}`));
    }
    return policy;
  }

  /** Ids of every loaded policy. */
  policyIds(): string[] {
    return [...this.meta.keys()];
  }

  /** Decides one call. Any evaluation error denies (fail closed). */
  evaluate(req: ToolRequest): PolicyVerdict {
    const full = this.authorize(this.fullSetId, req);
    if ('error' in full) return deny([], `policy evaluation failed: ${full.error}`);
    if (full.decision === 'allow') {
      const waived = full.reason.some((id) => this.meta.get(id)?.approval === 'not-required');
      return { effect: 'allow', policies: full.reason, reason: 'allowed by policy', approvalWaived: waived };
    }
    const forbids = full.reason.map((id) => this.meta.get(id)).filter((m): m is PolicyMeta => m !== undefined);
    if (forbids.length === 0) return deny([], `no policy permits ${req.tool} for this call`);
    const hard = forbids.filter((m) => m.approval !== 'required');
    if (hard.length > 0) return deny(hard.map((m) => m.id), reasonOf(hard) ?? `forbidden by policy ${hard[0]!.id}`);
    const base = this.authorize(this.baseSetId, req);
    if ('error' in base) return deny([], `policy evaluation failed: ${base.error}`);
    if (base.decision !== 'allow') return deny(base.reason, `no policy permits ${req.tool} for this call`);
    const timeouts = forbids.map((m) => m.approvalTimeoutMs).filter((t): t is number => t !== undefined);
    return {
      effect: 'approval',
      policies: forbids.map((m) => m.id),
      reason: reasonOf(forbids) ?? `policy ${forbids[0]!.id} requires approval`,
      ...(timeouts.length > 0 ? { approvalTimeoutMs: Math.min(...timeouts) } : {}),
      approvalWaived: false,
    };
  }

  private authorize(setId: string, req: ToolRequest): { decision: 'allow' | 'deny'; reason: string[] } | { error: string } {
    const resource = { type: TOOL_TYPE, id: req.tool };
    const context: Record<string, cedar.CedarValueJson> = {
      session: req.session,
      taints: [...req.taints],
    };
    for (const label of TAINT_LABELS) context[label] = req.taints.has(label);
    let answer: cedar.AuthorizationAnswer;
    try {
      answer = cedar.statefulIsAuthorized({
        principal: { type: PRINCIPAL_TYPES[req.principal.kind], id: req.principal.id },
        action: CALL_TOOL_ACTION,
        resource,
        context,
        preparsedPolicySetId: setId,
        preparsedSchemaName: this.schemaId,
        validateRequest: true,
        entities: [
          {
            uid: resource,
            attrs: { name: req.tool, server: req.server, irreversible: req.irreversible, hints: { ...req.hints } },
            parents: [],
            tags: req.tags,
          },
        ],
      });
    } catch (err) {
      return { error: (err as Error).message };
    }
    if (answer.type === 'failure') return { error: answer.errors.map((e) => e.message).join('; ') };
    const { decision, diagnostics } = answer.response;
    if (diagnostics.errors.length > 0) {
      // Cedar skips a policy that errors; a skipped forbid could let a call through, so we deny.
      return { error: diagnostics.errors.map((e) => `${e.policyId}: ${e.error.message}`).join('; ') };
    }
    return { decision, reason: diagnostics.reason };
  }
}

function deny(policies: string[], reason: string): PolicyVerdict {
  return { effect: 'deny', policies, reason, approvalWaived: false };
}

function reasonOf(metas: PolicyMeta[]): string | undefined {
  const reasons = metas.map((m) => m.reason).filter((r): r is string => r !== undefined);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

function formatCedarError(source: PolicySource, offset: number, e: cedar.DetailedError, policyId?: string): string {
  const loc = e.sourceLocations?.[0];
  // Validation offsets are relative to the policy's own text; parse offsets to the whole file.
  const at = loc ? offset + loc.start : offset;
  const help = e.help ? ` (${e.help})` : '';
  const label = loc?.label ? `: ${loc.label}` : '';
  const id = policyId ? ` [policy ${policyId}]` : '';
  return `${source.name}:${lineCol(source.text, at)}${id}: ${e.message}${label}${help}`;
}

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}
