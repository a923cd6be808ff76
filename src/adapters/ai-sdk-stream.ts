import type { LanguageModelMiddleware } from 'ai';
import type { CheckContext, Guard } from '../core/guard.js';
import { enforceJsonText, toolContext } from './enforce.js';
import { HoldBackGuard, type HoldBackOptions } from '../core/holdback.js';

type StreamResult = Awaited<ReturnType<NonNullable<LanguageModelMiddleware['wrapStream']>>>;
/** One LanguageModelV3StreamPart. */
type StreamPart = StreamResult['stream'] extends ReadableStream<infer P> ? P : never;
type ToolCallPart = Extract<StreamPart, { type: 'tool-call' }>;

/**
 * Pipes a model stream through the guard:
 * - `text-delta` parts pass through a HoldBackGuard per text id; held text is released on `text-end`
 *   (or `finish`, or the end of the stream);
 * - tool input (`tool-input-*`) is held until its `tool-call` part arrives and the whole input is checked;
 * - `raw` parts are dropped: they carry the provider's unchecked chunks;
 * - on a violation an `error` part with the RampartBlockedError is sent and the stream ends, which cancels
 *   the provider request. Reasoning deltas are passed through unchecked.
 */
export function guardStreamParts(
  source: ReadableStream<StreamPart>,
  guard: Guard,
  ctx: CheckContext,
  options: HoldBackOptions,
): ReadableStream<StreamPart> {
  const texts = new Map<string, HoldBackGuard>();
  const toolInputs = new Map<string, { parts: StreamPart[]; input: string }>();
  let stopped = false;

  const textGuard = (id: string): HoldBackGuard => {
    let g = texts.get(id);
    if (!g) {
      g = new HoldBackGuard((text) => guard.checkOutput(text, ctx), options);
      texts.set(id, g);
    }
    return g;
  };

  const finishText = async (id: string, out: TransformStreamDefaultController<StreamPart>) => {
    const g = texts.get(id);
    if (!g) return;
    texts.delete(id);
    const rest = await g.finish();
    if (rest.length > 0) out.enqueue({ type: 'text-delta', id, delta: rest });
  };

  /** Releases held tool input, checked whole; `call` is the tool-call part when it arrived. */
  const releaseTool = async (id: string, call: ToolCallPart | undefined, out: TransformStreamDefaultController<StreamPart>) => {
    const held = toolInputs.get(id);
    toolInputs.delete(id);
    const raw = call?.input ?? held?.input ?? '';
    const toolName = call?.toolName ?? toolNameOf(held?.parts);
    const input = raw.length > 0 ? enforceJsonText(await guard.checkToolCall(raw, toolContext(ctx, toolName)), raw) : raw;
    let deltaSent = false;
    for (const part of held?.parts ?? []) {
      if (part.type !== 'tool-input-delta') out.enqueue(part);
      else if (!deltaSent) {
        // One delta carrying the whole (possibly redacted) input replaces the original pieces.
        out.enqueue({ ...part, delta: input });
        deltaSent = true;
      }
    }
    if (call) out.enqueue(input === call.input ? call : { ...call, input });
  };

  const flushAll = async (out: TransformStreamDefaultController<StreamPart>) => {
    for (const id of [...texts.keys()]) await finishText(id, out);
    for (const id of [...toolInputs.keys()]) await releaseTool(id, undefined, out);
  };

  const handle = async (part: StreamPart, out: TransformStreamDefaultController<StreamPart>) => {
    switch (part.type) {
      case 'text-delta': {
        const released = await textGuard(part.id).push(part.delta);
        if (released.length > 0) out.enqueue({ ...part, delta: released });
        return;
      }
      case 'text-end':
        await finishText(part.id, out);
        out.enqueue(part);
        return;
      case 'tool-input-start':
      case 'tool-input-delta':
      case 'tool-input-end': {
        const held = toolInputs.get(part.id) ?? { parts: [], input: '' };
        held.parts.push(part);
        if (part.type === 'tool-input-delta') held.input += part.delta;
        toolInputs.set(part.id, held);
        return;
      }
      case 'tool-call':
        if (part.providerExecuted) {
          out.enqueue(part);
          return;
        }
        await releaseTool(part.toolCallId, part, out);
        return;
      case 'finish':
        await flushAll(out);
        out.enqueue(part);
        return;
      case 'raw':
        return;
      default:
        out.enqueue(part);
    }
  };

  const stop = (error: unknown, out: TransformStreamDefaultController<StreamPart>) => {
    stopped = true;
    // Anything unexpected is treated as a block too: the guard could not vouch for the text.
    out.enqueue({ type: 'error', error });
    out.terminate();
  };

  return source.pipeThrough(
    new TransformStream<StreamPart, StreamPart>({
      async transform(part, out) {
        if (stopped) return;
        try {
          await handle(part, out);
        } catch (error) {
          stop(error, out);
        }
      },
      async flush(out) {
        if (stopped) return;
        try {
          await flushAll(out);
        } catch (error) {
          stop(error, out);
        }
      },
    }),
  );
}

function toolNameOf(parts: readonly StreamPart[] | undefined): string | undefined {
  const start = parts?.find((p) => p.type === 'tool-input-start');
  return start && start.type === 'tool-input-start' ? start.toolName : undefined;
}

