import { prepareText, type PreparedText } from './normalize/views.js';
import { defaultPolicy, validatePolicy } from './policy/load.js';
import type { Policy, PolicyInput, ScannerPolicy } from './policy/schema.js';
import { redactSpans, type Replacer } from './redact.js';
import type { ScannerRegistry } from './registry.js';
import { deepFreeze } from './deep-freeze.js';
import { createScanCache, type ScanCache, type ScanCacheOptions } from './scan-cache.js';
import {
  ACTION_SEVERITY,
  isPassing,
  mostSevere,
  type Action,
  type Decision,
  type Direction,
  type Finding,
  type JudgedFinding,
  type RawFinding,
  type ScanContext,
  type Scanner,
  type ScannerError,
  type ScannerTiming,
} from './types.js';

/** A chat message in the OpenAI shape; content may be a string or a list of parts. */
export interface ChatMessage {
  role: string;
  content?: string | ReadonlyArray<{ type: string; text?: string; [k: string]: unknown }> | null;
  [k: string]: unknown;
}

/** Per-call facts the caller may give. */
export interface CheckContext {
  /** The conversation's system prompt, for output leak checks (taken from messages when given). */
  systemPrompt?: string;
  /** Canary tokens planted for this session (see createCanary). */
  canaries?: readonly string[];
  /** Route, key id, agent, session: passed to scanners and to decision listeners. */
  metadata?: Readonly<Record<string, unknown>>;
  /** Per-call scanner options merged over the policy's (e.g. `{ schema: { schema: {...} } }`). */
  scannerOptions?: Readonly<Record<string, Record<string, unknown>>>;
}

export interface MessagesDecision extends Decision {
  /** The messages with every `redact` finding replaced; present when the action is `redact`. */
  redactedMessages?: ChatMessage[];
}

export interface GuardOptions {
  registry?: ScannerRegistry;
  /** Called with every decision (the audit log subscribes here). Errors it throws are ignored. */
  onDecision?: (decision: Decision, ctx: CheckContext) => void;
  /** Replacement text for redacted spans (default `[KIND]`). */
  replacer?: Replacer;
  /**
   * Reuse of deterministic scanners' findings for input texts seen before: the conversation history
   * comes back with every request (core/scan-cache.ts). On by default; `false` turns it off.
   */
  scanCache?: ScanCacheOptions | false;
}

export interface Guard {
  readonly policy: Policy;
  checkInput(input: string | readonly ChatMessage[], ctx?: CheckContext): Promise<MessagesDecision>;
  checkOutput(text: string, ctx?: CheckContext): Promise<Decision>;
  checkToolCall(input: string | unknown, ctx?: CheckContext): Promise<Decision>;
  check(direction: Direction, text: string, ctx?: CheckContext): Promise<Decision>;
}

/** Roles whose text is the application's own instructions: kept for leak checks, never judged as attacks. */
const INSTRUCTION_ROLES = new Set(['system', 'developer']);

interface ActiveScanner {
  scanner: Scanner;
  policy: ScannerPolicy;
  /** The policy's options for it, copied and frozen once, so each call can share them without a copy. */
  options: Readonly<Record<string, unknown>> | undefined;
}

/** A unit of text to scan: a whole string, or one text part of one chat message. */
interface Unit {
  text: string;
  message?: number;
  part?: number;
}

/**
 * Creates a guard: normalize → scanners → policy decision, for input, output and tool calls.
 *
 * @example
 * const guard = createGuard();              // built-in policy
 * const d = await guard.checkInput('Ignore all previous instructions');
 * if (d.action === 'block') throw new Error('blocked');
 */
export function createGuard(policy?: Policy | PolicyInput, options: GuardOptions = {}): Guard {
  const resolved: Policy = policy === undefined ? defaultPolicy() : validatePolicy(policy);
  const registry = options.registry ?? lazyDefaultRegistry();
  const active = resolveScanners(resolved, registry);
  const cache = options.scanCache === false ? undefined : createScanCache(options.scanCache);

  // A custom replacer learns the direction and the finding's scanner options (per-kind redaction modes live there).
  const bindReplacer = (direction: Direction, ctx: CheckContext): Replacer | undefined => {
    const replacer = options.replacer;
    if (!replacer) return undefined;
    return (f, original) => {
      const scannerOptions = { ...resolved[direction].scanners[f.scanner]?.options, ...(ctx.scannerOptions?.[f.scanner] ?? {}) };
      return replacer(f, original, { direction, scannerOptions });
    };
  };

  const runDirection = async (direction: Direction, units: Unit[], ctx: CheckContext): Promise<Decision> => {
    const started = performance.now();
    const findings: JudgedFinding[] = [];
    const errors: ScannerError[] = [];
    const timings = new Map<string, number>();
    for (const unit of units) {
      // Only input repeats (history, system prompts); answers are new every time.
      const unitCache = direction === 'input' && cache && unit.text.length >= cache.minChars ? cache : undefined;
      await scanUnit(unit, direction, active[direction], resolved, ctx, findings, errors, timings, unitCache);
    }
    const decision = decide(direction, findings, errors, timings, started);
    if (decision.action === 'redact' && units.length === 1 && units[0]!.message === undefined) {
      decision.redactedText = redactSpans(units[0]!.text, redactable(findings), bindReplacer(direction, ctx));
    }
    return decision;
  };

  const emit = (decision: Decision, ctx: CheckContext): void => {
    if (!options.onDecision) return;
    try {
      options.onDecision(decision, ctx);
    } catch {
      // A listener's failure must not change the decision; the audit module reports its own errors.
    }
  };

  const check = async (direction: Direction, text: string, ctx: CheckContext = {}): Promise<Decision> => {
    const decision = await runDirection(direction, [{ text: String(text ?? '') }], ctx);
    emit(decision, ctx);
    return decision;
  };

  return {
    policy: resolved,
    check,
    checkOutput: (text, ctx) => check('output', text, ctx),
    checkToolCall: (input, ctx) => check('tool', typeof input === 'string' ? input : JSON.stringify(input) ?? '', ctx),
    async checkInput(input, ctx = {}) {
      if (typeof input === 'string') return (await check('input', input, ctx)) as MessagesDecision;
      assertMessages(input);
      const systemPrompt = systemPromptOf(input, ctx.systemPrompt);
      const callCtx: CheckContext = { ...ctx, ...(systemPrompt ? { systemPrompt } : {}) };
      const units = messageUnits(input);
      const decision: MessagesDecision = await runDirection('input', units, callCtx);
      if (decision.action === 'redact') decision.redactedMessages = redactMessages(input, decision.findings, bindReplacer('input', callCtx));
      emit(decision, callCtx);
      return decision;
    },
  };
}

async function scanUnit(
  unit: Unit,
  direction: Direction,
  scanners: ActiveScanner[],
  policy: Policy,
  ctx: CheckContext,
  findings: JudgedFinding[],
  errors: ScannerError[],
  timings: Map<string, number>,
  cache?: ScanCache,
): Promise<void> {
  const where = { ...(unit.message !== undefined ? { message: unit.message } : {}), ...(unit.part !== undefined ? { part: unit.part } : {}) };
  if (unit.text.length > policy.limits.maxTextChars) {
    const action = policy.limits.onOversize;
    findings.push({ scanner: 'limits', kind: 'oversize', score: 1, action, threshold: 0, ...where, detail: { chars: unit.text.length, max: policy.limits.maxTextChars } });
    if (!isPassing(action)) return;
    errors.push({ scanner: 'limits', message: `text of ${unit.text.length} characters exceeds maxTextChars; not scanned`, action });
    return;
  }
  if (scanners.length === 0) return;
  // Scoped by key: one client must not learn by timing whether another sent this text.
  const cacheKey = cache?.key(typeof ctx.metadata?.keyId === 'string' ? ctx.metadata.keyId : '', unit.text);
  const cached = cacheKey !== undefined ? cache!.get(cacheKey) : undefined;
  let prepared: PreparedText | undefined;
  for (const { scanner, policy: sp, options: shared } of scanners) {
    const t0 = performance.now();
    // Options given for this call only were not those of the cached scan.
    const perCall = ctx.scannerOptions?.[scanner.id];
    const reused = perCall ? undefined : cached?.get(scanner.id);
    if (reused) {
      for (const f of reused) findings.push(judge({ ...f, scanner: scanner.id, ...where }, sp));
      timings.set(scanner.id, (timings.get(scanner.id) ?? 0) + (performance.now() - t0));
      continue;
    }
    const options = perCall || !shared ? { ...sp.options, ...(perCall ?? {}) } : (shared as Record<string, unknown>);
    prepared ??= prepareText(unit.text, {
      maxDepth: policy.limits.maxDecodeDepth,
      maxViews: policy.limits.maxDecodedViews,
    });
    try {
      const raw = runScanner(scanner, sp, prepared, direction, options, ctx);
      const found = dedupe(isPromise(raw) ? await raw : raw);
      for (const f of found) findings.push(judge({ ...f, scanner: scanner.id, ...where }, sp));
      if (cacheKey !== undefined && !perCall && isDeterministic(scanner, options)) cache!.set(cacheKey, scanner.id, found);
    } catch (err) {
      errors.push({ scanner: scanner.id, message: safeErrorMessage(err), action: sp.onError });
      findings.push({ scanner: scanner.id, kind: 'scanner_error', score: 1, action: sp.onError, threshold: 0, ...where });
    }
    timings.set(scanner.id, (timings.get(scanner.id) ?? 0) + (performance.now() - t0));
  }
}

function isDeterministic(scanner: Scanner, options: Record<string, unknown>): boolean {
  const d = scanner.deterministic;
  return typeof d === 'function' ? d(options) : d === true;
}

/** The view a scanner that reads the original text is given. */
const ORIGINAL_VIEW: ScanContext['view'] = Object.freeze({ kind: 'original', depth: 0 });

type View = PreparedText['views'][number];

/** One scanner's pass over one text: what every view's ScanContext shares, and the findings so far. */
interface ScannerRun {
  scanner: Scanner;
  shared: Omit<ScanContext, 'view'>;
  deadline: Deadline | undefined;
  controller: AbortController | undefined;
  views: readonly View[];
  out: RawFinding[];
}

/**
 * Runs one scanner over the views it asked for and maps every span back to the original text.
 * Synchronous scanners (all the built-in ones but the guardian and ONNX layers) run without a
 * promise or a microtask per view, and without closures: on a short answer that bookkeeping used to
 * cost as much as the scanners. The first asynchronous result makes the remaining views wait for it.
 */
function runScanner(
  scanner: Scanner,
  sp: ScannerPolicy,
  prepared: PreparedText,
  direction: Direction,
  options: Record<string, unknown>,
  ctx: CheckContext,
): RawFinding[] | Promise<RawFinding[]> {
  const controller = sp.timeoutMs ? new AbortController() : undefined;
  // The time budget covers the scanner's whole pass over the text, not each decoded view anew.
  const deadline: Deadline | undefined = sp.timeoutMs ? { at: performance.now() + sp.timeoutMs, ms: sp.timeoutMs } : undefined;
  const shared: Omit<ScanContext, 'view'> = {
    direction,
    options,
    signals: prepared.signals,
    systemPrompt: ctx.systemPrompt,
    canaries: ctx.canaries,
    metadata: ctx.metadata,
    signal: controller?.signal,
  };
  const mode = scanner.input ?? 'all-views';
  if (mode === 'original') {
    const result = settle(scanner.scan(prepared.original, contextFor(shared, ORIGINAL_VIEW)), deadline, controller);
    if (isPromise(result)) return result.then((found) => sanitizeAll(found, prepared.original.length));
    return sanitizeAll(result, prepared.original.length);
  }
  const views = mode === 'normalized' ? prepared.views.slice(0, 1) : prepared.views;
  const run: ScannerRun = { scanner, shared, deadline, controller, views, out: [] };
  for (let i = 0; i < views.length; i++) {
    const result = scanView(run, i);
    if (isPromise(result)) return finishViews(run, i, result);
    collectView(run, views[i]!, result);
  }
  return run.out;
}

function scanView(run: ScannerRun, i: number): RawFinding[] | Promise<RawFinding[]> {
  const view = run.views[i]!;
  return settle(run.scanner.scan(view.text, contextFor(run.shared, { kind: view.kind, depth: view.depth })), run.deadline, run.controller);
}

async function finishViews(run: ScannerRun, from: number, pending: Promise<RawFinding[]>): Promise<RawFinding[]> {
  collectView(run, run.views[from]!, await pending);
  for (let i = from + 1; i < run.views.length; i++) {
    const result = scanView(run, i);
    collectView(run, run.views[i]!, isPromise(result) ? await result : result);
  }
  return run.out;
}

function collectView(run: ScannerRun, view: View, found: readonly RawFinding[]): void {
  for (const f of found) {
    const clean = sanitize(f, view.text.length);
    if (clean.start !== undefined && clean.end !== undefined) {
      const span = view.mapper.toOriginal(clean.start, clean.end);
      clean.start = span.start;
      clean.end = span.end;
    }
    if (view.kind !== 'text') clean.view = view.kind;
    run.out.push(clean);
  }
}

/** A fresh context per view (an async scanner may hold on to it), as a literal: one shape, no spread. */
function contextFor(s: Omit<ScanContext, 'view'>, view: ScanContext['view']): ScanContext {
  return { direction: s.direction, options: s.options, signals: s.signals, systemPrompt: s.systemPrompt, canaries: s.canaries, metadata: s.metadata, signal: s.signal, view };
}

function sanitizeAll(found: readonly RawFinding[], length: number): RawFinding[] {
  return found.map((f) => sanitize(f, length));
}

/** A scanner's promise gets what is left of the policy's time budget; a synchronous result passes through. */
function settle(result: RawFinding[] | Promise<RawFinding[]>, deadline: Deadline | undefined, controller: AbortController | undefined): RawFinding[] | Promise<RawFinding[]> {
  if (!isPromise(result) || deadline === undefined) return result;
  return withTimeout(result, deadline, controller);
}

/** Scores become finite numbers in [0,1] (NaN counts as certain: fail closed); spans are clamped. */
function sanitize(f: RawFinding, length: number): RawFinding {
  const score = Number.isFinite(f.score) ? Math.min(1, Math.max(0, f.score)) : 1;
  const clean: RawFinding = { ...f, score };
  if (f.start !== undefined || f.end !== undefined) {
    const start = Math.min(length, Math.max(0, Math.trunc(f.start ?? 0)));
    const end = Math.min(length, Math.max(start, Math.trunc(f.end ?? length)));
    clean.start = start;
    clean.end = end;
  }
  return clean;
}

/** The same finding seen in several views (or twice) is kept once, at its highest score. */
function dedupe(findings: RawFinding[]): RawFinding[] {
  if (findings.length < 2) return findings;
  const byKey = new Map<string, RawFinding>();
  for (const f of findings) {
    const key = `${f.kind}|${f.start ?? ''}|${f.end ?? ''}|${f.view ?? ''}`;
    const seen = byKey.get(key);
    if (!seen || f.score > seen.score) byKey.set(key, f);
  }
  return [...byKey.values()];
}

function judge(f: Finding, sp: ScannerPolicy): JudgedFinding {
  const kindPolicy = sp.kinds[f.kind];
  const threshold = kindPolicy?.threshold ?? sp.threshold;
  const enabled = kindPolicy?.enabled ?? true;
  const action: Action = enabled && f.score >= threshold ? (kindPolicy?.action ?? sp.action) : 'allow';
  return { ...f, action, threshold };
}

function decide(
  direction: Direction,
  findings: JudgedFinding[],
  errors: ScannerError[],
  timings: Map<string, number>,
  started: number,
): Decision {
  let action: Action = 'allow';
  for (const f of findings) {
    // A redaction needs a span; without one the only safe reading is to block.
    const wanted = f.action === 'redact' && (f.start === undefined || f.end === undefined) ? 'block' : f.action;
    action = mostSevere(action, wanted);
  }
  const degraded = errors.some((e) => ACTION_SEVERITY[e.action] < ACTION_SEVERITY.review);
  const timingList: ScannerTiming[] = [...timings].map(([scanner, ms]) => ({ scanner, ms }));
  return { action, direction, findings, timings: timingList, errors, degraded, ms: performance.now() - started };
}

function redactable(findings: readonly JudgedFinding[]): JudgedFinding[] {
  return findings.filter((f) => f.action === 'redact');
}

/** A clear error for a malformed message list, instead of a TypeError from deep inside. */
function assertMessages(input: unknown): asserts input is readonly ChatMessage[] {
  if (!Array.isArray(input)) throw new TypeError('checkInput: expected a string or an array of chat messages');
  input.forEach((m, i) => {
    if (m === null || typeof m !== 'object') throw new TypeError(`checkInput: messages[${i}] is not an object`);
    if (typeof (m as ChatMessage).role !== 'string') throw new TypeError(`checkInput: messages[${i}].role must be a string`);
  });
}

/**
 * The application's instructions in a conversation: `given` (e.g. the Responses API's
 * `instructions`) and every system or developer message, joined by newlines; '' when there are none.
 */
export function systemPromptOf(messages: readonly ChatMessage[], given?: string): string {
  return [given, ...messages.filter((m) => INSTRUCTION_ROLES.has(m.role)).map(messageText)]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join('\n');
}

/** A message's text: its string content, or its text parts joined by newlines. */
export function messageText(m: ChatMessage): string {
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
  return '';
}

function messageUnits(messages: readonly ChatMessage[]): Unit[] {
  const units: Unit[] = [];
  messages.forEach((m, message) => {
    if (INSTRUCTION_ROLES.has(m.role)) return;
    if (typeof m.content === 'string') units.push({ text: m.content, message });
    else if (Array.isArray(m.content)) {
      m.content.forEach((p, part) => {
        if (typeof p.text === 'string') units.push({ text: p.text, message, part });
      });
    }
    // Tool calls the assistant made earlier carry arguments that may echo injected text.
    const toolCalls = (m as { tool_calls?: unknown }).tool_calls;
    if (Array.isArray(toolCalls)) {
      toolCalls.forEach((call: { function?: { arguments?: unknown } }, part) => {
        const args = call?.function?.arguments;
        if (typeof args === 'string') units.push({ text: args, message, part: -1 - part });
      });
    }
  });
  return units;
}

function redactMessages(messages: readonly ChatMessage[], findings: readonly JudgedFinding[], replacer?: Replacer): ChatMessage[] {
  const toRedact = redactable(findings);
  return messages.map((m, index) => {
    const mine = toRedact.filter((f) => f.message === index);
    if (mine.length === 0) return m;
    // Where a finding lies (messageUnits): no part = the string content, part ≥ 0 = a content
    // part, part < 0 = the arguments of tool call -1 - part. Each is redacted in its own text.
    let out: ChatMessage = m;
    const inContent = mine.filter((f) => f.part === undefined);
    if (typeof m.content === 'string' && inContent.length > 0) out = { ...out, content: redactSpans(m.content, inContent, replacer) };
    if (Array.isArray(m.content)) {
      out = {
        ...out,
        content: m.content.map((p, part) => {
          const inPart = mine.filter((f) => f.part === part);
          return inPart.length > 0 && typeof p.text === 'string' ? { ...p, text: redactSpans(p.text, inPart, replacer) } : p;
        }),
      };
    }
    const toolCalls = (m as { tool_calls?: unknown }).tool_calls;
    if (Array.isArray(toolCalls) && mine.some((f) => f.part !== undefined && f.part < 0)) {
      const redactedCalls = toolCalls.map((call: { function?: { arguments?: unknown } }, i) => {
        const inCall = mine.filter((f) => f.part === -1 - i);
        const args = call?.function?.arguments;
        return inCall.length > 0 && typeof args === 'string' ? { ...call, function: { ...call.function, arguments: redactSpans(args, inCall, replacer) } } : call;
      });
      out = { ...out, tool_calls: redactedCalls } as ChatMessage;
    }
    return out;
  });
}

function resolveScanners(policy: Policy, registry: ScannerRegistry): Record<Direction, ActiveScanner[]> {
  const problems: string[] = [];
  const result = { input: [], output: [], tool: [] } as Record<Direction, ActiveScanner[]>;
  for (const direction of ['input', 'output', 'tool'] as const) {
    for (const [id, sp] of Object.entries(policy[direction].scanners)) {
      const scanner = registry.get(id);
      if (!scanner) {
        problems.push(`${direction}.scanners.${id}: unknown scanner "${id}" (known: ${registry.ids().join(', ')})`);
        continue;
      }
      if (!scanner.directions.includes(direction)) {
        problems.push(`${direction}.scanners.${id}: scanner "${id}" does not run on ${direction} (it runs on: ${scanner.directions.join(', ')})`);
        continue;
      }
      if (sp.enabled) result[direction].push({ scanner, policy: sp, options: frozenCopy(sp.options) });
    }
  }
  if (problems.length > 0) throw new PolicyScannerError(problems);
  return result;
}

/**
 * A deep, frozen copy of the options when they are plain data (objects with the plain prototype,
 * arrays, primitives), as policy files give; undefined otherwise (a Buffer, a RegExp, a class
 * instance a library caller passed), and then each call gets its own shallow copy as before.
 */
function frozenCopy(options: Record<string, unknown>): Readonly<Record<string, unknown>> | undefined {
  if (!isPlainData(options, 0)) return undefined;
  const copy = structuredClone(options);
  deepFreeze(copy);
  return copy;
}

function isPlainData(v: unknown, depth: number): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === undefined) return true;
  if (typeof v !== 'object' || depth > 32) return false;
  if (Array.isArray(v)) return v.every((x) => isPlainData(x, depth + 1));
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => isPlainData(x, depth + 1));
}

export class PolicyScannerError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid policy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

function isPromise<T>(v: T | Promise<T>): v is Promise<T> {
  return typeof (v as { then?: unknown })?.then === 'function';
}

/** When the whole pass of one scanner over one text (all its views) must be done: performance.now() time, and the budget. */
interface Deadline {
  at: number;
  ms: number;
}

async function withTimeout<T>(p: Promise<T>, deadline: Deadline, controller: AbortController | undefined): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        controller?.abort();
        reject(new Error(`timed out after ${deadline.ms} ms`));
      },
      Math.max(0, deadline.at - performance.now()),
    );
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Error messages end up in logs and audit rows: keep the first line, cap it, never echo the input. */
function safeErrorMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').slice(0, 200) || 'scanner failed';
}

// The default registry is imported lazily so that core/ does not depend on scanners/ at load time.
let defaultRegistryRef: ScannerRegistry | undefined;
export function setDefaultRegistry(registry: ScannerRegistry): void {
  defaultRegistryRef = registry;
}
function lazyDefaultRegistry(): ScannerRegistry {
  if (!defaultRegistryRef) throw new Error('no scanner registry: import from "rampart" (index) or pass options.registry');
  return defaultRegistryRef;
}
