/**
 * `rampart/ai-sdk`: a Vercel AI SDK (v6, LanguageModelV3) middleware that runs the guard on the prompt,
 * on generated text and tool calls, and on streamed text as it streams.
 *
 * The `ai` package is only a type dependency: this module loads without it installed.
 *
 * @example
 * import { generateText, streamText, wrapLanguageModel } from 'ai';
 * import { openai } from '@ai-sdk/openai';
 * import { createGuard } from 'rampart';
 * import { rampartMiddleware } from 'rampart/ai-sdk';
 *
 * const model = wrapLanguageModel({ model: openai('gpt-4o'), middleware: rampartMiddleware(createGuard()) });
 * const { text } = await generateText({ model, prompt }); // throws RampartBlockedError when blocked
 */
import type { LanguageModelMiddleware } from 'ai';
import type { ChatMessage, CheckContext, Guard } from '../core/guard.js';
import { isPassing } from '../core/types.js';
import { enforceJsonText, enforceText, joinSystemPrompt, toolContext, withSystemPrompt } from './enforce.js';
import { RampartBlockedError } from './errors.js';
import { guardStreamParts } from './ai-sdk-stream.js';
import type { HoldBackOptions } from '../core/holdback.js';
import { promptToMessages } from './ai-sdk-prompt.js';

export { RampartBlockedError } from './errors.js';
export type { BlockReason } from './errors.js';

type TransformParams = NonNullable<LanguageModelMiddleware['transformParams']>;
/** The call options the model receives (LanguageModelV3CallOptions). */
export type CallOptions = Parameters<TransformParams>[0]['params'];
type GenerateResult = Awaited<ReturnType<NonNullable<LanguageModelMiddleware['wrapGenerate']>>>;

export interface RampartMiddlewareOptions extends HoldBackOptions {
  /**
   * Context for every check: canaries, metadata (route, user, session), per-call scanner options.
   * A function receives the call options. The system prompt is added from the prompt.
   */
  context?: CheckContext | ((params: CallOptions) => CheckContext);
}

/**
 * Creates the middleware. Use it with `wrapLanguageModel({ model, middleware })`.
 * - transformParams: checks the prompt (system messages are the system prompt, not judged); `block`/
 *   `review` throws RampartBlockedError before the provider is called; `redact` sends redacted parts.
 * - wrapGenerate: checks each text part and tool call of the answer; throws or redacts.
 * - wrapStream: checks text deltas as they stream with a hold-back window; on a violation the stream
 *   gets an `error` part carrying RampartBlockedError and ends, before the offending text is passed on.
 */
export function rampartMiddleware(guard: Guard, options: RampartMiddlewareOptions = {}): LanguageModelMiddleware {
  const contextFor = (params: CallOptions): CheckContext =>
    typeof options.context === 'function' ? options.context(params) : (options.context ?? {});
  const outputContext = (params: CallOptions): CheckContext => withSystemPrompt(contextFor(params), systemPromptOf(params.prompt));

  return {
    specificationVersion: 'v3',

    async transformParams({ params }) {
      const { messages, rewrite } = promptToMessages(params.prompt);
      const decision = await guard.checkInput(messages, contextFor(params));
      if (!isPassing(decision.action)) throw new RampartBlockedError(decision);
      if (decision.action !== 'redact') return params;
      if (!decision.redactedMessages) throw new RampartBlockedError(decision, 'redact-unsafe');
      return { ...params, prompt: rewrite(decision.redactedMessages as ChatMessage[], decision) };
    },

    async wrapGenerate({ doGenerate, params }) {
      const result = await doGenerate();
      const ctx = outputContext(params);
      let changed = false;
      const content: GenerateResult['content'] = [];
      for (const part of result.content) {
        if (part.type === 'text' && part.text.length > 0) {
          const text = enforceText(await guard.checkOutput(part.text, ctx), part.text);
          changed ||= text !== part.text;
          content.push(text === part.text ? part : { ...part, text });
        } else if (part.type === 'tool-call' && part.input.length > 0) {
          const input = enforceJsonText(await guard.checkToolCall(part.input, toolContext(ctx, part.toolName)), part.input);
          changed ||= input !== part.input;
          content.push(input === part.input ? part : { ...part, input });
        } else {
          content.push(part);
        }
      }
      if (!changed) return result;
      // The raw provider body still holds what was redacted: drop it.
      return { ...result, content, ...(result.response ? { response: { ...result.response, body: undefined } } : {}) };
    },

    async wrapStream({ doStream, params }) {
      const result = await doStream();
      return { ...result, stream: guardStreamParts(result.stream, guard, outputContext(params), options) };
    },
  };
}

function systemPromptOf(prompt: CallOptions['prompt']): string | undefined {
  return joinSystemPrompt(prompt.map((m) => (m.role === 'system' ? m.content : undefined)));
}
