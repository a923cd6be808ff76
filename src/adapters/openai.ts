/**
 * `rampart/openai`: guards an OpenAI SDK client (`openai` v5/v6, also AzureOpenAI or any client with
 * the same shape) by wrapping it, so existing code keeps calling `client.chat.completions.create`.
 *
 * The `openai` package is only a type dependency: this module loads without it installed.
 *
 * @example
 * import OpenAI from 'openai';
 * import { createGuard } from 'rampart';
 * import { wrapOpenAI, RampartBlockedError } from 'rampart/openai';
 *
 * const client = wrapOpenAI(new OpenAI(), createGuard());
 * try {
 *   const stream = await client.chat.completions.create({ model, messages, stream: true });
 *   for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
 * } catch (err) {
 *   if (err instanceof RampartBlockedError) console.error(err.message); // names scanners, never the text
 * }
 */
import type { ChatMessage, CheckContext, Guard, MessagesDecision } from '../core/guard.js';
import { isPassing } from '../core/types.js';
import { enforceJsonText, enforceText, joinSystemPrompt, toolContext, withSystemPrompt } from './enforce.js';
import { RampartBlockedError, RampartUnsupportedError } from './errors.js';
import { guardResponse, responsesInputToMessages } from './openai-responses.js';
import { guardResponseStream } from './openai-responses-stream.js';
import { guardChunkStream } from './openai-stream.js';
import type { HoldBackOptions } from '../core/holdback.js';

export { RampartBlockedError, RampartUnsupportedError } from './errors.js';
export type { BlockReason } from './errors.js';

/** A chat completions request body as the adapter reads it (the SDK's own type is wider). */
export type ChatRequestBody = Record<string, unknown> & { messages?: unknown; stream?: unknown };

export interface WrapOpenAIOptions extends HoldBackOptions {
  /**
   * Context for every check: canaries, metadata (route, user, session), per-call scanner options.
   * A function receives the request body. The system prompt is added from the messages.
   */
  context?: CheckContext | ((body: ChatRequestBody) => CheckContext);
}

/** The part of an OpenAI client the wrapper needs; the real `OpenAI` class satisfies it. */
export interface OpenAIClientLike {
  chat: { completions: { create(body: never, options?: never): unknown } };
}

/** Roles whose text is the application's instructions (the guard treats them the same way). */
const INSTRUCTION_ROLES = new Set(['system', 'developer']);

/**
 * Returns a client of the same type whose `chat.completions.create` is guarded:
 * - the messages are checked first; `block`/`review` throws RampartBlockedError and nothing is sent;
 *   `redact` sends the redacted messages;
 * - a completion's text, refusal and tool-call arguments are checked; `block`/`review` throws,
 *   `redact` replaces the text;
 * - with `stream: true` the text is checked as it streams and held back by `holdBackChars`, so a
 *   violation ends the stream (the iterator throws) before the offending text is yielded;
 * - `responses.create` is guarded the same way, streaming included: `instructions` and system/developer
 *   items are the system prompt; message text, tool outputs and call arguments are checked.
 *
 * The original client is not modified. Methods that would bypass the checks — `chat.completions.parse`,
 * `.stream`, `.runTools`, `responses.stream`/`.parse`/`.retrieve` and `asResponse()` — throw
 * RampartUnsupportedError. Other endpoints (assistants, realtime, images,
 * audio) are passed through unguarded.
 */
export function wrapOpenAI<C extends OpenAIClientLike>(client: C, guard: Guard, options: WrapOpenAIOptions = {}): C {
  // Built once, so `client.chat === client.chat` holds as it does on the SDK client.
  let chat: unknown;
  let responses: unknown;
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'chat') return (chat ??= wrapChat(target.chat, guard, options));
      if (prop === 'responses') return (responses ??= wrapResponses(target, guard, options));
      if (prop === 'withOptions') {
        const withOptions = Reflect.get(target, prop, target) as unknown;
        if (typeof withOptions !== 'function') return withOptions;
        return (...args: unknown[]) => wrapOpenAI(withOptions.apply(target, args) as C, guard, options);
      }
      return bound(target, prop);
    },
  });
}

function wrapResponses(client: object, guard: Guard, options: WrapOpenAIOptions): unknown {
  const responses = Reflect.get(client, 'responses', client) as object | undefined;
  if (!responses || typeof responses !== 'object') return responses;
  return new Proxy(responses, {
    get(target, prop) {
      if (prop === 'create') return guardedCreate(target, responsesEndpoint(guard, options), guard, options);
      if (prop === 'stream' || prop === 'parse' || prop === 'retrieve') {
        return unsupported(`responses.${prop}`, 'use responses.create (with stream: true for streaming)');
      }
      return bound(target, prop);
    },
  });
}

function wrapChat(chat: OpenAIClientLike['chat'], guard: Guard, options: WrapOpenAIOptions): unknown {
  const completions = new Proxy(chat.completions, {
    get(target, prop) {
      if (prop === 'create') return guardedCreate(target, chatEndpoint(guard, options), guard, options);
      if (prop === 'parse' || prop === 'stream' || prop === 'runTools') {
        return unsupported(`chat.completions.${prop}`, 'use chat.completions.create (with stream: true for streaming)');
      }
      return bound(target, prop);
    },
  });
  return new Proxy(chat, {
    get(target, prop) {
      return prop === 'completions' ? completions : bound(target, prop);
    },
  });
}

type Create = (body: ChatRequestBody, requestOptions?: unknown) => PromiseLike<unknown> & {
  withResponse?: () => Promise<{ data: unknown; response: unknown; request_id?: unknown }>;
};

/** What differs between the guarded endpoints: how to read the request and how to check the answer. */
interface Endpoint {
  /** The messages to check and a function that writes redacted ones back into the body. */
  input(body: ChatRequestBody): { messages: ChatMessage[]; rewrite: (redacted: readonly ChatMessage[], decision: MessagesDecision) => ChatRequestBody };
  /** Checks the parsed answer (a completion, a Response, or a stream of either). */
  output(data: unknown, body: ChatRequestBody, ctx: CheckContext): unknown;
}

function chatEndpoint(guard: Guard, options: WrapOpenAIOptions): Endpoint {
  return {
    input(body) {
      const messages = Array.isArray(body?.messages) ? (body.messages as ChatMessage[]) : [];
      return { messages, rewrite: (redacted) => ({ ...body, messages: redacted }) };
    },
    output: (data, body, ctx) => (body?.stream ? guardChunkStream(data, guard, ctx, options) : guardCompletion(data, guard, ctx)),
  };
}

function responsesEndpoint(guard: Guard, options: WrapOpenAIOptions): Endpoint {
  return {
    input: (body) => responsesInputToMessages(body),
    output: (data, body, ctx) => (body?.stream ? guardResponseStream(data, guard, ctx, options) : guardResponse(data, guard, ctx)),
  };
}

function guardedCreate(resource: object, endpoint: Endpoint, guard: Guard, options: WrapOpenAIOptions) {
  const create = Reflect.get(resource, 'create', resource) as Create;
  return function guardedCreateCall(body: ChatRequestBody, requestOptions?: unknown) {
    const started = (async () => {
      const ctx = typeof options.context === 'function' ? options.context(body) : (options.context ?? {});
      const { messages, rewrite } = endpoint.input(body);
      const decision = await guard.checkInput(messages, ctx);
      if (!isPassing(decision.action)) throw new RampartBlockedError(decision);
      let sent = body;
      if (decision.action === 'redact') {
        if (!decision.redactedMessages) throw new RampartBlockedError(decision, 'redact-unsafe');
        sent = rewrite(decision.redactedMessages, decision);
      }
      const outputCtx = withSystemPrompt(ctx, systemPromptOf(messages));
      return { upstream: create.call(resource, sent, requestOptions), outputCtx };
    })();

    const result = started.then(async ({ upstream, outputCtx }) => endpoint.output(await upstream, body, outputCtx));
    // Callers may use only withResponse(); the eager result must not become an unhandled rejection.
    result.catch(() => undefined);

    return Object.assign(result, {
      async withResponse() {
        const { upstream } = await started;
        if (typeof upstream.withResponse !== 'function') throw new RampartUnsupportedError('withResponse()', 'the client does not provide it');
        const [data, raw] = await Promise.all([result, upstream.withResponse()]);
        return { ...raw, data };
      },
      asResponse(): Promise<never> {
        return Promise.reject(new RampartUnsupportedError('asResponse()', 'the raw Response would bypass the output checks; use withResponse()'));
      },
    });
  };
}

interface CompletionLike {
  choices?: Array<{
    message?: {
      content?: string | null;
      refusal?: string | null;
      tool_calls?: Array<{ type?: string; function?: { name?: string; arguments?: string } }>;
    };
    logprobs?: unknown;
  }>;
}

/** Checks every choice of a non-streamed completion; edits the SDK's object in place to keep its extras. */
async function guardCompletion(data: unknown, guard: Guard, ctx: CheckContext): Promise<unknown> {
  const completion = data as CompletionLike;
  for (const choice of completion?.choices ?? []) {
    const message = choice.message;
    if (!message) continue;
    let changed = false;
    for (const field of ['content', 'refusal'] as const) {
      const text = message[field];
      if (typeof text !== 'string' || text.length === 0) continue;
      const out = enforceText(await guard.checkOutput(text, ctx), text);
      if (out !== text) {
        message[field] = out;
        changed = true;
      }
    }
    for (const call of message.tool_calls ?? []) {
      const args = call.function?.arguments;
      if (typeof args !== 'string' || args.length === 0) continue;
      const out = enforceJsonText(await guard.checkToolCall(args, toolContext(ctx, call.function?.name)), args);
      if (out !== args) {
        call.function!.arguments = out;
        changed = true;
      }
    }
    // Log probabilities spell out the tokens, including any that were just redacted.
    if (changed && choice.logprobs) choice.logprobs = null;
  }
  return data;
}

function systemPromptOf(messages: readonly ChatMessage[]): string | undefined {
  return joinSystemPrompt(messages.filter((m) => INSTRUCTION_ROLES.has(m.role)).map(messageText));
}

function messageText(m: ChatMessage): string {
  if (typeof m.content === 'string') return m.content;
  if (Array.isArray(m.content)) return m.content.map((p) => (typeof p.text === 'string' ? p.text : '')).join('\n');
  return '';
}

/** Reads a property off the real object and binds methods to it (SDK classes use private fields). */
function bound(target: object, prop: string | symbol): unknown {
  const value = Reflect.get(target, prop, target) as unknown;
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

function unsupported(method: string, hint: string): unknown {
  const fail = () => {
    throw new RampartUnsupportedError(method, hint);
  };
  // A namespace (client.responses.create) or a method (completions.stream): both throw when used.
  return new Proxy(fail, {
    get: (_t, prop) => (prop === 'then' ? undefined : fail),
  });
}
