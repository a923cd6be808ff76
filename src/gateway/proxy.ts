import type { FastifyReply, FastifyRequest } from 'fastify';
import { messageText, systemPromptOf, type ChatMessage, type CheckContext } from '../core/guard.js';
import { recordRequestSpan } from '../telemetry/tracing.js';
import { canaryTokensIn } from '../scanners/canary/token.js';
import type { Decision } from '../core/types.js';
import { optionalBoolean, optionalPositiveInt, parseJsonBody, requireString } from './body.js';
import { checkFieldTypes } from './request-fields.js';
import { answerItemToolName, namedToolName, normalizeScopeEntry, requestedTools, scopeAllows, type McpServers } from './tool-scope.js';
import { annotationTexts, CHAT_REASONING_FIELDS, chatCallAndAudioOtherFields, chatMisshapedFields, chatOtherFields, chatToolCallOtherFields, itemTexts, knownItemOtherFields, summaryOtherFields, reasoningDetailTexts, responsesItemText, unknownItemText, partOtherFields, wholeValueText } from './model-texts.js';
import type { GatewayContext, GatewayPolicy, GatewayRuntime } from './context.js';
import { GatewayError } from './errors.js';
import type { VirtualKey } from './keys.js';
import { hasRule, type LimitRule } from './limits.js';
import { chatInput, embeddingsInput, responsesInput, type GuardedInput } from './messages.js';
import { mergeSummaries, mostSevereOf, newRecord, round, sha256, summarizeDecision, type RequestRecord } from './request-record.js';
import { auditContent } from './audit-content.js';
import { hardenRequest, hardenResponse } from './extraction.js';
import { relayStream } from './stream.js';
import { callUpstream, resolveRoute, upstreamFault, upstreamKey, type Endpoint, type ResolvedRoute, type UpstreamConfig } from './upstream.js';
import { detectSecrets } from '../scanners/secrets/detect.js';

/** Largest upstream answer the gateway buffers (non-streaming). */
const MAX_UPSTREAM_BYTES = 32 * 1024 * 1024;

/** One request's moving parts, shared by the helpers below. */
export interface Exchange {
  ctx: GatewayContext;
  runtime: GatewayRuntime;
  /** The default policy until the key names another. */
  policy: GatewayPolicy;
  record: RequestRecord;
  started: number;
  upstreamMs: number;
  key?: VirtualKey;
  releases: Array<() => void>;
  /** Limit subjects whose token budget this request's usage counts against. */
  tokenSubjects: Array<[string, LimitRule]>;
  audited: boolean;
  /** Guard decisions, for the trace. */
  guards: Array<{ direction: string; decision: Decision; startedAt: number }>;
  route?: ResolvedRoute;
  /** The messages sent upstream (after input redaction), for policies that keep content. */
  prompt?: readonly ChatMessage[];
  /** The answer text the client received. */
  answer?: string;
  /** The request's MCP servers (label → URL), to name the answer's MCP calls for the tool scope. */
  mcpServers?: McpServers;
  /** The key's tool scope, normalized once per request. */
  scope?: ReadonlySet<string>;
}

export function startExchange(ctx: GatewayContext, endpoint: string, req: FastifyRequest): Exchange {
  const runtime = ctx.runtime;
  return { ctx, runtime, policy: runtime.policies.get('default')!, record: newRecord(endpoint, req.ip, ctx.salt), started: performance.now(), upstreamMs: 0, releases: [], tokenSubjects: [], audited: false, guards: [] };
}

/** Writes the request's one audit event. Throws 503 when the log can not take it (sync mode). */
export async function auditExchange(ex: Exchange): Promise<void> {
  if (ex.audited) return;
  ex.audited = true;
  const total = performance.now() - ex.started;
  ex.record.latencyMs = round(total);
  ex.record.upstreamMs = round(ex.upstreamMs);
  ex.record.overheadMs = round(total - ex.upstreamMs);
  if (ex.ctx.tracer) traceExchange(ex, total);
  if (ex.policy.auditContent === 'redacted' && (ex.prompt || ex.answer !== undefined)) ex.record.content = auditContent(ex.prompt, ex.answer);
  try {
    await ex.ctx.audit.append(ex.record as unknown as Record<string, unknown>);
  } catch {
    throw new GatewayError(503, 'rampart_audit_unavailable', 'the audit log is unavailable; no answer is given without its audit event', 'server_error', 1);
  }
}

function traceExchange(ex: Exchange, totalMs: number): void {
  const r = ex.record;
  recordRequestSpan(ex.ctx.tracer!, {
    operation: r.endpoint === 'embeddings' ? 'embeddings' : r.endpoint === 'models' ? 'list_models' : 'chat',
    ...(r.model ? { model: r.model } : {}),
    ...(r.upstreamModel ? { upstreamModel: r.upstreamModel } : {}),
    ...(ex.route ? { provider: ex.route.upstream.kind === 'anthropic' ? 'anthropic' : ex.route.upstream.kind === 'azure' ? 'azure.ai.openai' : 'openai', serverAddress: new URL(ex.route.upstream.baseUrl).hostname } : {}),
    ...(r.status !== undefined ? { status: r.status } : {}),
    ...(r.error ? { error: r.error } : {}),
    ...(r.action ? { action: r.action } : {}),
    ...(r.keyId ? { keyId: r.keyId } : {}),
    ...(r.stream !== undefined ? { stream: r.stream } : {}),
    ...(r.tokens?.prompt !== undefined ? { inputTokens: r.tokens.prompt } : {}),
    ...(r.tokens?.completion !== undefined ? { outputTokens: r.tokens.completion } : {}),
    startedAt: Date.now() - totalMs,
    durationMs: totalMs,
    guards: ex.guards,
  });
}

export function overheadHeader(ex: Exchange): string {
  return (performance.now() - ex.started - ex.upstreamMs).toFixed(3);
}

/** Answers with an error, after auditing it (an audit failure turns any error into a 503). */
export async function failExchange(ex: Exchange, reply: FastifyReply, err: unknown): Promise<void> {
  let ge = toGatewayError(err);
  ex.record.status = ge.status;
  ex.record.error = ge.code;
  // A request the guards let through that then failed is an error, not an allow; a block or a
  // redaction stays what the guards decided.
  if (!ex.record.action || ex.record.action === 'allow') ex.record.action = 'error';
  try {
    await auditExchange(ex);
  } catch (auditErr) {
    ge = auditErr as GatewayError;
  }
  ex.ctx.metrics.requests.inc({ endpoint: ex.record.endpoint, status: String(ge.status) });
  if (ge.retryAfter !== undefined) void reply.header('retry-after', String(ge.retryAfter));
  void reply.header('x-rampart-overhead-ms', overheadHeader(ex));
  await reply.code(ge.status).type('application/json').send(JSON.stringify(ge.toBody()));
}

export function toGatewayError(err: unknown): GatewayError {
  if (err instanceof GatewayError) return err;
  return new GatewayError(500, 'rampart_internal_error', 'the gateway failed to process the request');
}

/** `Authorization: Bearer <key>` (or `x-api-key`) must name a live virtual key. */
export async function authenticate(ex: Exchange, req: FastifyRequest): Promise<VirtualKey> {
  const header = req.headers.authorization;
  const presented = typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined;
  if (!presented) throw new GatewayError(401, 'rampart_missing_key', 'missing API key: send "Authorization: Bearer <rampart key>"');
  const key = await ex.ctx.keys.lookup(presented);
  if (!key) throw new GatewayError(401, 'rampart_invalid_key', 'invalid, revoked or expired API key');
  ex.key = key;
  ex.record.keyId = key.id;
  if (key.policy) {
    ex.record.policy = key.policy;
    const policy = ex.runtime.policies.get(key.policy);
    // The key names a policy this config no longer has: refuse rather than guard it with another one.
    if (!policy) throw new GatewayError(503, 'rampart_policy_unavailable', `this key's policy "${key.policy}" is not configured on this gateway`, 'server_error');
    ex.policy = policy;
  }
  return key;
}

export function checkKill(ex: Exchange, model: string | undefined): void {
  const hit = ex.ctx.kill.blocked(ex.key?.id, model);
  if (!hit) return;
  ex.record.killScope = hit.scope;
  ex.record.action = 'killed';
  throw new GatewayError(503, 'rampart_kill_switch', `service switched off for ${hit.scope.split(':')[0]} by the kill switch`, 'server_error', 30);
}

/** Per key and per client address: the key's own limits win over the configured per-key defaults. */
export async function admitLimits(ex: Exchange, req: FastifyRequest): Promise<void> {
  const { limiter, metrics } = ex.ctx;
  const limits = ex.runtime.config.limits;
  const keyRule: LimitRule = {
    rpm: ex.key?.rpm ?? limits.perKey.rpm ?? null,
    tpm: ex.key?.tpm ?? limits.perKey.tpm ?? null,
    concurrency: limits.perKey.concurrency ?? null,
  };
  const checks: Array<[string, LimitRule, 'key' | 'address']> = [];
  if (ex.key && hasRule(keyRule)) checks.push([`k:${ex.key.id}`, keyRule, 'key']);
  if (hasRule(limits.perAddress)) checks.push([`a:${req.ip}`, limits.perAddress, 'address']);
  for (const [subject, rule, kind] of checks) {
    let admission;
    try {
      admission = await limiter.admit(subject, rule);
    } catch {
      throw new GatewayError(503, 'rampart_limits_unavailable', 'the rate-limit store is unavailable', 'server_error', 1);
    }
    if (!admission.ok) {
      metrics.limitHits.inc({ reason: admission.reason, subject: kind });
      ex.record.limit = `${kind}:${admission.reason}`;
      ex.record.action = 'limited';
      throw new GatewayError(429, `rampart_rate_limit_${admission.reason}`, `rate limit reached (${admission.reason} per ${kind}); retry after ${admission.retryAfter} s`, 'rate_limit_error', admission.retryAfter);
    }
    if (rule.concurrency) ex.releases.push(() => limiter.release(subject, rule));
    if (rule.tpm) ex.tokenSubjects.push([subject, rule]);
  }
}

/** Token counts as the providers name them (chat completions, or the Responses API). */
export interface Usage {
  prompt_tokens?: number;
  completion_tokens?: number;
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
}

/** The upstream's reported usage: into the audit record, the token metrics and the keys' tpm budgets. */
export function recordUsage(ex: Exchange, usage: Usage): void {
  const prompt = usage.prompt_tokens ?? usage.input_tokens ?? 0;
  const completion = usage.completion_tokens ?? usage.output_tokens ?? 0;
  ex.record.tokens = { prompt, completion };
  ex.ctx.metrics.tokens.inc({ kind: 'prompt' }, prompt);
  ex.ctx.metrics.tokens.inc({ kind: 'completion' }, completion);
  addTokens(ex, usage.total_tokens ?? prompt + completion);
}

export function addTokens(ex: Exchange, tokens: number): void {
  for (const [subject, rule] of ex.tokenSubjects) ex.ctx.limiter.addTokens(subject, tokens, rule);
}

/** Decisions already in an audit record: a stream's worst decision may be the one that refused it. */
const notedDecisions = new WeakSet<Decision>();

/** Records the guard's decision in metrics and the audit record (once per decision). */
export function noteDecision(ex: Exchange, d: Decision, direction: 'input' | 'output'): void {
  if (notedDecisions.has(d)) return;
  notedDecisions.add(d);
  // Several checks in one direction (an answer's texts one by one): the audit event keeps them all.
  const summary = summarizeDecision(d);
  const before = ex.record[direction];
  ex.record[direction] = before ? mergeSummaries(before, summary) : summary;
  if (ex.ctx.tracer) ex.guards.push({ direction, decision: d, startedAt: Date.now() - d.ms });
  if (d.degraded) ex.record.degraded = true;
  for (const f of d.findings) if (f.action !== 'allow') ex.ctx.metrics.decisions.inc({ direction, scanner: f.scanner, action: f.action });
  ex.record.action = mostSevereOf(ex.record.action, d.action);
}

export function refusal(d: Decision, direction: 'input' | 'output'): GatewayError | undefined {
  if (d.action === 'block') {
    return new GatewayError(400, `rampart_${direction}_blocked`, `the ${direction === 'input' ? 'request' : "model's answer"} was blocked by policy (${reasons(d)})`, 'invalid_request_error');
  }
  if (d.action === 'review') {
    return new GatewayError(403, `rampart_${direction}_review_required`, `the ${direction === 'input' ? 'request' : "model's answer"} needs human review before it can pass (${reasons(d)})`, 'permission_error');
  }
  return undefined;
}

function reasons(d: Decision): string {
  const names = [...new Set(d.findings.filter((f) => f.action === d.action || f.action === 'block').map((f) => `${f.scanner}/${f.kind}`))];
  return names.slice(0, 5).join(', ') || 'policy';
}

const INPUTS: Record<'chat' | 'responses' | 'embeddings', (b: Record<string, unknown>) => GuardedInput> = {
  chat: chatInput,
  responses: responsesInput,
  embeddings: embeddingsInput,
};

/** POST /v1/chat/completions, /v1/responses, /v1/embeddings. */
export async function handleProxy(ctx: GatewayContext, endpoint: 'chat' | 'responses' | 'embeddings', req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const ex = startExchange(ctx, endpoint, req);
  try {
    const key = await authenticate(ex, req);
    checkKill(ex, undefined);
    const raw = req.body as Buffer | undefined;
    const body = parseJsonBody(raw);
    ex.record.requestSha256 = sha256(raw!);
    const model = requireString(body, 'model');
    ex.record.model = model;
    const stream = endpoint === 'embeddings' ? false : optionalBoolean(body, 'stream');
    ex.record.stream = stream;
    checkKill(ex, model);
    if (key.models && !key.models.includes(model)) throw new GatewayError(403, 'rampart_model_not_allowed', `this key may not use model "${model.slice(0, 64)}"`);
    const route = resolveRoute(ex.runtime.routes, ex.runtime.upstreams, model, ex.ctx.pins.target);
    if (!route) throw new GatewayError(404, 'rampart_unknown_model', `no route for model "${model.slice(0, 64)}"`);
    ex.record.route = route.route.model;
    ex.route = route;
    ex.record.upstreamModel = route.upstreamModel;
    checkMaxTokens(ex, body);
    checkFieldTypes(body, endpoint);
    if (endpoint !== 'embeddings') {
      const tools = requestedTools(endpoint, body);
      ex.mcpServers = tools.mcpServers;
      checkRequestTools(ex, tools.names);
    }
    const input = INPUTS[endpoint](body);
    ex.prompt = input.messages;
    await admitLimits(ex, req);
    const checkCtx = await guardInput(ex, input, route);
    checkExtraction(ex, input, body);
    hardenRequest(body, ex.runtime.config.extraction);
    body.model = route.upstreamModel;
    if (stream) {
      await relayStream(ex, endpoint as 'chat' | 'responses', route, body, checkCtx, req, reply);
      return;
    }
    await forward(ex, endpoint, route, body, checkCtx, reply);
  } catch (err) {
    if (!reply.sent) await failExchange(ex, reply, err);
  } finally {
    for (const release of ex.releases) release();
  }
}

/** Scores the key's recent traffic for extraction patterns; flags, throttles or blocks per config. */
function checkExtraction(ex: Exchange, input: GuardedInput, body: Record<string, unknown>): void {
  const cfg = ex.runtime.config.extraction;
  if (!cfg.enabled || !ex.key) return;
  const prompt = input.messages
    .filter((m) => m.role === 'user' || m.role === 'tool')
    .map(messageText)
    .join('\n');
  const wantsLogprobs = body.logprobs === true || (typeof body.top_logprobs === 'number' && body.top_logprobs > 0) || body.echo === true;
  const v = ex.ctx.extraction.observe(ex.key.id, prompt, wantsLogprobs);
  if (v.action === 'allow') return;
  ex.record.extraction = v;
  ex.ctx.metrics.decisions.inc({ direction: 'input', scanner: 'extraction', action: v.action });
  if (v.action === 'block') {
    ex.record.action = 'block';
    throw new GatewayError(403, 'rampart_extraction_blocked', 'this key\'s traffic looks like a model-extraction campaign and is blocked', 'permission_error');
  }
  if (v.action === 'throttle') {
    ex.record.action = 'limited';
    throw new GatewayError(429, 'rampart_extraction_throttled', 'this key\'s traffic looks like a model-extraction campaign and is slowed down', 'rate_limit_error', 60);
  }
  ex.record.action = mostSevereOf(ex.record.action, 'flag');
}

function checkMaxTokens(ex: Exchange, body: Record<string, unknown>): void {
  const cap = ex.runtime.config.limits.maxTokens;
  for (const field of ['max_tokens', 'max_completion_tokens', 'max_output_tokens']) {
    const v = optionalPositiveInt(body, field);
    if (cap && v !== undefined && v > cap) throw new GatewayError(400, 'rampart_max_tokens_exceeded', `"${field}" is ${v}; this gateway allows at most ${cap}`);
  }
}

async function guardInput(ex: Exchange, input: GuardedInput, route: ResolvedRoute): Promise<CheckContext> {
  const checkCtx: CheckContext = {
    ...(input.systemPrompt ? { systemPrompt: input.systemPrompt } : {}),
    metadata: { keyId: ex.key?.id, route: route.route.model, endpoint: ex.record.endpoint },
  };
  const guard = ex.policy.guard;
  if (!guard) return checkCtx;
  const decision = await guard.checkInput(input.messages, checkCtx);
  noteDecision(ex, decision, 'input');
  const refused = refusal(decision, 'input');
  if (refused) throw refused;
  if (decision.action === 'redact' && decision.redactedMessages) {
    input.apply(decision.redactedMessages);
    ex.prompt = decision.redactedMessages;
  }
  // The model's own earlier texts sent back: checked as model output, without the leak checks
  // (the client sends them; they are not reaching the client).
  const modelCtx: CheckContext = { metadata: checkCtx.metadata };
  for (const text of input.modelTexts ?? []) {
    const d = await guard.checkOutput(text.get(), modelCtx);
    noteDecision(ex, d, 'input');
    const refusedText = refusal(d, 'input');
    if (refusedText) throw refusedText;
    if (d.action === 'redact' && d.redactedText !== undefined) text.set(d.redactedText);
  }
  // The output guard compares answers with the system prompt (leak checks), and watches them for the
  // canary tokens planted in it: the client's code planted them, the gateway reads them back.
  const system = systemPromptOf(input.messages, input.systemPrompt);
  if (!system) return checkCtx;
  const canaries = canaryTokensIn(system);
  return { ...checkCtx, systemPrompt: system, ...(canaries.length > 0 ? { canaries } : {}) };
}

/** Reads a whole upstream body, refusing more than `max` bytes. */
export async function readUpstreamBody(body: AsyncIterable<Buffer>, max = MAX_UPSTREAM_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > max) throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream answer is too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * An upstream error status becomes an OpenAI-style error; 4xx keep their status, 5xx become 502. The
 * provider's own message is passed on (it says what was wrong with the request), without credentials:
 * a proxy or a misconfigured server may echo the Authorization header it got, which holds the
 * upstream key the client must never see.
 */
export function upstreamStatusError(status: number, text: string, upstream?: UpstreamConfig): GatewayError {
  let message = `the upstream model provider answered with status ${status}`;
  try {
    const parsed = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof parsed.error?.message === 'string') message += `: ${withoutCredentials(parsed.error.message.slice(0, 300), upstream)}`;
  } catch {
    // Not JSON: the status alone says enough.
  }
  if (status >= 400 && status < 500 && status !== 401 && status !== 403) return new GatewayError(status, 'rampart_upstream_rejected', message);
  return new GatewayError(502, 'rampart_upstream_error', message, 'server_error');
}

/** A provider's message with the upstream key, bearer tokens and anything the secrets scanner finds replaced. */
function withoutCredentials(message: string, upstream: UpstreamConfig | undefined): string {
  let out = message;
  const key = upstream ? upstreamKey(upstream) : undefined;
  if (key && key.length >= 8) out = out.split(key).join('[REDACTED]');
  out = out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [REDACTED]');
  const found = detectSecrets(out).sort((a, b) => b.start - a.start);
  for (const f of found) out = `${out.slice(0, f.start)}[REDACTED]${out.slice(f.end)}`;
  return out;
}

async function forward(
  ex: Exchange,
  endpoint: Endpoint,
  route: ResolvedRoute,
  body: Record<string, unknown>,
  checkCtx: CheckContext,
  reply: FastifyReply,
): Promise<void> {
  const t = performance.now();
  let text: string;
  let status: number;
  try {
    const res = await callUpstream(ex.ctx.agent, route.upstream, endpoint, route.upstreamModel, JSON.stringify(body));
    status = res.status;
    text = (await readUpstreamBody(res.body)).toString('utf8');
  } catch (err) {
    throw upstreamFault(err);
  } finally {
    ex.upstreamMs = performance.now() - t;
    ex.ctx.metrics.upstreamLatency.observe({ endpoint }, ex.upstreamMs / 1000);
  }
  if (status >= 400) throw upstreamStatusError(status, text, route.upstream);
  let answer: Record<string, unknown>;
  try {
    answer = JSON.parse(text) as Record<string, unknown>;
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) throw new Error('not an object');
  } catch {
    // An answer we can not parse can not be guarded: fail closed.
    throw new GatewayError(502, 'rampart_upstream_bad_response', 'the upstream model provider sent a malformed answer');
  }
  if (endpoint === 'chat' || endpoint === 'responses') await guardOutput(ex, endpoint, answer, checkCtx);
  hardenResponse(endpoint, answer, ex.runtime.config.extraction);
  if (answer.usage && typeof answer.usage === 'object') recordUsage(ex, answer.usage as Usage);
  const out = JSON.stringify(answer);
  ex.record.status = 200;
  ex.record.responseSha256 = sha256(out);
  ex.record.action ??= 'allow';
  await auditExchange(ex);
  ex.ctx.metrics.requests.inc({ endpoint, status: '200' });
  const overhead = overheadHeader(ex);
  ex.ctx.metrics.overhead.observe({ endpoint }, Number(overhead) / 1000);
  if (ex.record.degraded) void reply.header('x-rampart-degraded', 'true');
  await reply.code(200).header('x-rampart-overhead-ms', overhead).type('application/json').send(out);
}

/** Checks every text the model produced and every tool call it asked for; applies redactions in place. */
async function guardOutput(ex: Exchange, endpoint: 'chat' | 'responses', answer: Record<string, unknown>, checkCtx: CheckContext): Promise<void> {
  const texts: Array<{ get: () => string; set: (s: string) => void }> = [];
  const toolNames: string[] = [];
  /** Every text the model writes is guarded: answers, refusals, reasoning, tool-call arguments. */
  const alsoText = (holder: Record<string, unknown> | undefined, field: string, onRedact?: () => void) => {
    if (holder && typeof holder[field] === 'string') texts.push({ get: () => holder[field] as string, set: (s) => ((holder[field] = s), onRedact?.()) });
  };
  /** Tool-call arguments sent as an object instead of a JSON string: read whole. */
  const alsoObject = (holder: Record<string, unknown> | undefined, field: string) => {
    const value = holder?.[field];
    if (value && typeof value === 'object') texts.push(wholeValueText(value));
  };
  const toolName = (holder: Record<string, unknown> | undefined) => {
    if (typeof holder?.name === 'string') toolNames.push(namedToolName(holder.name));
  };
  if (endpoint === 'chat') {
    for (const choice of (Array.isArray(answer.choices) ? answer.choices : []) as Array<{ message?: Record<string, unknown>; logprobs?: unknown }>) {
      const m = choice?.message;
      if (!m) continue;
      // Token logprobs spell the answer and the refusal again: a redaction takes them along (logprobs.ts).
      const dropLogprobs = () => (choice.logprobs = null);
      alsoText(m, 'content', dropLogprobs);
      alsoText(m, 'refusal', dropLogprobs);
      // An answer given as audio carries its words as a transcript.
      if (m.audio && typeof m.audio === 'object') alsoText(m.audio as Record<string, unknown>, 'transcript');
      for (const field of CHAT_REASONING_FIELDS) alsoText(m, field);
      // Citations, reasoning details, and whatever else a provider puts in the message, read whole.
      texts.push(...annotationTexts(m), ...reasoningDetailTexts(m), ...chatMisshapedFields(m), ...chatCallAndAudioOtherFields(m));
      const other = chatOtherFields(m);
      if (other) texts.push(other);
      for (const call of (Array.isArray(m.tool_calls) ? m.tool_calls : []) as Array<{ function?: Record<string, unknown>; custom?: Record<string, unknown> }>) {
        toolName(call?.function);
        toolName(call?.custom);
        alsoText(call?.function, 'arguments');
        alsoObject(call?.function, 'arguments');
        alsoText(call?.custom, 'input');
        texts.push(...chatToolCallOtherFields(call));
      }
      // The legacy single function call.
      const legacy = m.function_call as Record<string, unknown> | undefined;
      toolName(legacy);
      alsoText(legacy, 'arguments');
      alsoObject(legacy, 'arguments');
    }
  } else {
    // The SDKs' convenience copy of the answer, which some servers send too: the same text again.
    alsoText(answer, 'output_text');
    for (const item of (Array.isArray(answer.output) ? answer.output : []) as Array<Record<string, unknown>>) {
      if (!item || typeof item !== 'object') continue;
      const tool = answerItemToolName(item, ex.mcpServers);
      if (tool !== undefined) toolNames.push(tool);
      const text = responsesItemText(item.type);
      if (text) {
        alsoText(item, text.field);
        alsoObject(item, text.field);
      }
      // A provider that sends a message's content or a summary as one string instead of parts.
      alsoText(item, 'content');
      alsoText(item, 'summary');
      // The strings a built-in call or a provider-run tool carries; an item type we do not know, whole.
      texts.push(...itemTexts(item));
      const unknown = unknownItemText(item) ?? knownItemOtherFields(item);
      if (unknown) texts.push(unknown);
      for (const part of (Array.isArray(item?.content) ? item.content : []) as Array<Record<string, unknown>>) {
        alsoText(part, 'text', () => delete part.logprobs);
        alsoText(part, 'refusal');
        if (!part || typeof part !== 'object') continue;
        texts.push(...annotationTexts(part));
        const other = partOtherFields(part);
        if (other) texts.push(other);
      }
      for (const summary of (Array.isArray(item?.summary) ? item.summary : []) as Array<Record<string, unknown>>) {
        alsoText(summary, 'text');
        const extra = summary && typeof summary === 'object' ? summaryOtherFields(summary) : undefined;
        if (extra) texts.push(extra);
      }
    }
  }
  checkTools(ex, toolNames);
  const guard = ex.policy.guard;
  if (guard) {
    for (const t of texts) {
      const decision = await guard.checkOutput(t.get(), checkCtx);
      noteDecision(ex, decision, 'output');
      const refused = refusal(decision, 'output');
      if (refused) throw refused;
      if (decision.action === 'redact' && decision.redactedText !== undefined) t.set(decision.redactedText);
    }
  }
  ex.answer = texts.map((t) => t.get()).join('\n');
}

/** The first tool the key's scope does not allow; undefined when it allows all (or has no scope). */
function firstOutOfScope(ex: Exchange, names: readonly string[]): string | undefined {
  const scope = ex.key?.tools;
  if (!scope) return undefined;
  // Keys created before scope names were normalized may hold "builtin:web_search_preview".
  ex.scope ??= new Set(scope.map(normalizeScopeEntry));
  const allowed = ex.scope;
  return names.find((n) => !scopeAllows(allowed, n));
}

/**
 * A key scoped to tools may not offer the model any other tool: the provider runs its built-in
 * tools (web search, MCP servers …) before the answer comes back, so this is where they are stopped.
 */
function checkRequestTools(ex: Exchange, names: readonly string[]): void {
  const bad = firstOutOfScope(ex, names);
  if (bad === undefined) return;
  ex.record.action = 'block';
  throw new GatewayError(403, 'rampart_tool_not_allowed', `this key may not use the tool "${bad.slice(0, 160)}"`, 'permission_error');
}

/** A key scoped to tools may not receive a tool call to any other tool. */
export function checkTools(ex: Exchange, names: readonly string[]): void {
  const bad = firstOutOfScope(ex, names);
  if (bad === undefined) return;
  ex.record.action = 'block';
  throw new GatewayError(400, 'rampart_tool_not_allowed', `the model called a tool this key may not use ("${bad.slice(0, 160)}")`);
}
