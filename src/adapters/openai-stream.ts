import type { CheckContext, Guard } from '../core/guard.js';
import { enforceJsonText, toolContext } from './enforce.js';
import { HoldBackGuard, type HoldBackOptions } from '../core/holdback.js';

/** The fields of a chat.completion.chunk the guard reads or rewrites. */
interface ChunkLike {
  id?: string;
  object?: string;
  created?: number;
  model?: string;
  choices?: ChunkChoice[];
  [k: string]: unknown;
}

interface ChunkChoice {
  index: number;
  delta?: {
    content?: string | null;
    refusal?: string | null;
    tool_calls?: ToolCallDelta[];
    [k: string]: unknown;
  };
  finish_reason?: string | null;
  logprobs?: unknown;
}

interface ToolCallDelta {
  index: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

/** The SDK's Stream: an async iterable with an AbortController, tee() and toReadableStream(). */
interface SdkStreamLike extends AsyncIterable<unknown> {
  controller?: AbortController;
  tee?: unknown;
  toReadableStream?: unknown;
}

type StreamConstructor = new (iterator: () => AsyncIterator<unknown>, controller: AbortController) => unknown;

/**
 * Wraps a streamed chat completion so its text is checked as it arrives (see HoldBackGuard).
 * The result behaves like the SDK's stream (see rewrapSdkStream).
 */
export function guardChunkStream(upstream: unknown, guard: Guard, ctx: CheckContext, options: HoldBackOptions): unknown {
  return rewrapSdkStream(upstream, (source) => guardedChunks(source, guard, ctx, options));
}

/**
 * Replaces the items of an SDK stream with those of `transform(source)`, consumed once.
 *
 * When the upstream is the SDK's own `Stream`, the result is built with that same class, so
 * `for await`, `.controller.abort()`, `.tee()` and `.toReadableStream()` behave as before —
 * without this module importing `openai`.
 */
export function rewrapSdkStream(upstream: unknown, transform: (source: AsyncIterable<unknown>) => AsyncIterator<unknown>): unknown {
  const source = upstream as SdkStreamLike;
  if (!source || typeof source[Symbol.asyncIterator] !== 'function') return upstream;
  let consumed = false;
  const iterate = (): AsyncIterator<unknown> => {
    if (consumed) throw new Error('rampart: this guarded stream was already consumed; use .tee() to read it twice');
    consumed = true;
    return transform(source);
  };
  const SdkStream = source.constructor as StreamConstructor | undefined;
  const isSdkStream =
    typeof SdkStream === 'function' &&
    source.controller instanceof AbortController &&
    typeof source.tee === 'function' &&
    typeof source.toReadableStream === 'function';
  if (isSdkStream) return new SdkStream(iterate, source.controller!);
  return { controller: source.controller, [Symbol.asyncIterator]: iterate };
}

/** Per choice: the guarded text fields and the tool calls being assembled. */
interface ChoiceState {
  text: Map<'content' | 'refusal', HoldBackGuard>;
  tools: Map<number, ToolCallDelta & { function: { name?: string; arguments: string } }>;
  finished: boolean;
}

async function* guardedChunks(
  source: AsyncIterable<unknown>,
  guard: Guard,
  ctx: CheckContext,
  options: HoldBackOptions,
): AsyncGenerator<unknown, void, undefined> {
  const choices = new Map<number, ChoiceState>();
  const stateOf = (index: number): ChoiceState => {
    let state = choices.get(index);
    if (!state) {
      state = { text: new Map(), tools: new Map(), finished: false };
      choices.set(index, state);
    }
    return state;
  };
  const textGuard = (state: ChoiceState, field: 'content' | 'refusal'): HoldBackGuard => {
    let g = state.text.get(field);
    if (!g) {
      g = new HoldBackGuard((text) => guard.checkOutput(text, ctx), options);
      state.text.set(field, g);
    }
    return g;
  };

  let last: ChunkLike | undefined;
  for await (const item of source) {
    const chunk = item as ChunkLike;
    last = chunk;
    for (const choice of Array.isArray(chunk?.choices) ? chunk.choices : []) {
      const state = stateOf(choice.index);
      // Log probabilities spell out the tokens before the hold-back has checked them.
      if (choice.logprobs) choice.logprobs = null;
      const delta = choice.delta;
      if (delta) {
        for (const field of ['content', 'refusal'] as const) {
          const text = delta[field];
          if (typeof text === 'string' && text.length > 0) delta[field] = await textGuard(state, field).push(text);
        }
        if (Array.isArray(delta.tool_calls)) {
          collectToolCalls(state, delta.tool_calls);
          delete delta.tool_calls;
        }
      }
      if (choice.finish_reason) choice.delta = await finishChoice(state, guard, ctx, choice.delta ?? {});
    }
    yield chunk;
  }

  // Choices the upstream never finished still hold text: check and release it in one more chunk.
  const trailing: ChunkChoice[] = [];
  for (const [index, state] of choices) {
    if (state.finished) continue;
    const delta = await finishChoice(state, guard, ctx, {});
    if (Object.keys(delta).length > 0) trailing.push({ index, delta, finish_reason: null });
  }
  if (trailing.length > 0) {
    yield { id: last?.id, object: last?.object ?? 'chat.completion.chunk', created: last?.created, model: last?.model, choices: trailing };
  }
}

function collectToolCalls(state: ChoiceState, deltas: readonly ToolCallDelta[]): void {
  for (const d of deltas) {
    const call = state.tools.get(d.index) ?? { index: d.index, function: { arguments: '' } };
    if (d.id) call.id = d.id;
    if (d.type) call.type = d.type;
    if (d.function?.name) call.function.name = (call.function.name ?? '') + d.function.name;
    if (typeof d.function?.arguments === 'string') call.function.arguments += d.function.arguments;
    state.tools.set(d.index, call);
  }
}

type Delta = NonNullable<ChunkChoice['delta']>;

/**
 * Releases what a choice still holds, appended to the delta of its last chunk: the rest of its text,
 * then its tool calls, each checked whole.
 */
async function finishChoice(state: ChoiceState, guard: Guard, ctx: CheckContext, current: Delta): Promise<Delta> {
  state.finished = true;
  const delta: Delta = { ...current };
  for (const [field, g] of state.text) {
    const rest = await g.finish();
    if (rest.length > 0) delta[field] = (delta[field] ?? '') + rest;
  }
  if (state.tools.size > 0) {
    const calls: ToolCallDelta[] = [];
    for (const call of state.tools.values()) {
      const args = call.function.arguments;
      const checked = args.length > 0 ? enforceJsonText(await guard.checkToolCall(args, toolContext(ctx, call.function.name)), args) : args;
      calls.push({ ...call, function: { ...call.function, arguments: checked } });
    }
    delta.tool_calls = calls;
  }
  return delta;
}
