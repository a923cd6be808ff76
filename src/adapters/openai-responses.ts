import type { ChatMessage, CheckContext, Guard } from '../core/guard.js';
import type { Decision } from '../core/types.js';
import { enforceJsonText, enforceText, toolContext } from './enforce.js';
import { RampartBlockedError } from './errors.js';

/** A Responses API request body as the adapter reads it (the SDK's own type is wider). */
export type ResponsesRequestBody = Record<string, unknown> & { input?: unknown; instructions?: unknown; stream?: unknown };

type Item = Record<string, unknown>;
/** Puts redacted text back into a copy of the input item it came from; throws when that is not safe. */
type Writer = (item: Item, text: string, decision: Decision) => Item;

interface Piece {
  text: string;
  write: Writer;
}

/**
 * Turns a Responses API request into the chat messages the guard checks: `instructions` and
 * system/developer messages are the system prompt; user and assistant text, function-call arguments
 * and tool outputs are scanned. Any other item type is scanned as its JSON (it may carry tool output
 * an attacker wrote); a redaction there blocks, as its structure would not survive it.
 * Returns a function that writes redacted text back into a copy of the body.
 */
export function responsesInputToMessages(body: ResponsesRequestBody): {
  messages: ChatMessage[];
  rewrite: (redacted: readonly ChatMessage[], decision: Decision) => ResponsesRequestBody;
} {
  const instructions = typeof body.instructions === 'string' && body.instructions.length > 0 ? body.instructions : undefined;
  const head: ChatMessage[] = instructions ? [{ role: 'system', content: instructions }] : [];

  if (typeof body.input === 'string') {
    const messages = [...head, { role: 'user', content: body.input }];
    return {
      messages,
      rewrite: (redacted) => {
        const out = redacted[head.length]?.content;
        return typeof out === 'string' ? { ...body, input: out } : body;
      },
    };
  }

  // Anything else the SDK would send is scanned too: an unexpected shape must not slip past unread.
  const items: unknown[] = Array.isArray(body.input) ? body.input : body.input === undefined ? [] : [body.input];
  const pieces = items.map(piecesOf);
  const messages: ChatMessage[] = [
    ...head,
    ...items.map((item, i) => ({
      role: roleOf(item),
      content: pieces[i]!.map((p) => ({ type: 'text', text: p.text })),
    })),
  ];
  const rewrite = (redacted: readonly ChatMessage[], decision: Decision): ResponsesRequestBody => {
    const input = items.map((item, i) => {
      const out = redacted[head.length + i];
      if (!out || out === messages[head.length + i] || !Array.isArray(out.content)) return item;
      let copy = item as Item;
      pieces[i]!.forEach((piece, p) => {
        const after = (out.content as ReadonlyArray<{ text?: string }>)[p]?.text;
        if (typeof after === 'string' && after !== piece.text) copy = piece.write(copy, after, decision);
      });
      return copy;
    });
    // A non-list input can only be scanned as JSON: its writer has thrown if anything changed.
    return Array.isArray(body.input) ? { ...body, input } : body;
  };
  return { messages, rewrite };
}

function roleOf(item: unknown): string {
  if (!isRecord(item)) return 'user';
  if (typeof item.role === 'string') return item.role;
  return typeof item.type === 'string' && item.type.endsWith('_output') ? 'tool' : 'assistant';
}

function piecesOf(item: unknown): Piece[] {
  if (!isRecord(item)) return [jsonPiece(item)];
  const type = typeof item.type === 'string' ? item.type : 'message';
  if (type === 'message' || (item.type === undefined && 'role' in item)) {
    if (typeof item.content === 'string') return [{ text: item.content, write: (it, text) => ({ ...it, content: text }) }];
    if (Array.isArray(item.content)) return partsPieces(item.content as Item[], 'content');
    return [];
  }
  if ((type === 'function_call_output' || type === 'custom_tool_call_output') && 'output' in item) {
    if (typeof item.output === 'string') return [{ text: item.output, write: (it, text) => ({ ...it, output: text }) }];
    if (Array.isArray(item.output)) return partsPieces(item.output as Item[], 'output');
    return [];
  }
  if (type === 'function_call' && typeof item.arguments === 'string') {
    return [{ text: item.arguments, write: (it, text, decision) => ({ ...it, arguments: validJson(text, decision) }) }];
  }
  if (type === 'custom_tool_call' && typeof item.input === 'string') {
    return [{ text: item.input, write: (it, text) => ({ ...it, input: text }) }];
  }
  return [jsonPiece(item)];
}

/** An item scanned as its JSON: a redaction inside it cannot be written back, so it blocks. */
function jsonPiece(item: unknown): Piece {
  return {
    text: JSON.stringify(item) ?? '',
    write: (_it, _text, decision) => {
      throw new RampartBlockedError(decision, 'redact-unsafe');
    },
  };
}

function isRecord(v: unknown): v is Item {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Text parts of a content list (`input_text`, `output_text`, …); images and files carry no text. */
function partsPieces(parts: readonly Item[], field: 'content' | 'output'): Piece[] {
  const pieces: Piece[] = [];
  parts.forEach((part, index) => {
    if (typeof part?.text !== 'string') return;
    pieces.push({
      text: part.text,
      write: (it, text) => {
        const list = [...(it[field] as Item[])];
        list[index] = { ...part, text };
        return { ...it, [field]: list };
      },
    });
  });
  return pieces;
}

function validJson(text: string, decision: Decision): string {
  try {
    JSON.parse(text);
    return text;
  } catch {
    throw new RampartBlockedError(decision, 'redact-unsafe');
  }
}

interface ResponseLike {
  output?: Array<{
    type?: string;
    name?: string;
    arguments?: string;
    content?: Array<{ type?: string; text?: string; refusal?: string; logprobs?: unknown }>;
  }>;
  output_text?: string;
}

/**
 * Checks a non-streamed Response: message text and refusals as output, function-call arguments as
 * tool calls. Edits the SDK's object in place (it carries non-enumerable extras such as `_request_id`)
 * and recomputes `output_text`.
 */
export async function guardResponse(data: unknown, guard: Guard, ctx: CheckContext): Promise<unknown> {
  const response = data as ResponseLike;
  let changed = false;
  for (const item of response?.output ?? []) {
    if (item.type === 'message') {
      for (const part of item.content ?? []) {
        for (const field of ['text', 'refusal'] as const) {
          const text = part[field];
          if (typeof text !== 'string' || text.length === 0) continue;
          const out = enforceText(await guard.checkOutput(text, ctx), text);
          if (out !== text) {
            part[field] = out;
            // Log probabilities spell out the tokens that were just redacted.
            if (Array.isArray(part.logprobs)) part.logprobs = [];
            changed = true;
          }
        }
      }
    } else if (item.type === 'function_call' && typeof item.arguments === 'string' && item.arguments.length > 0) {
      const out = enforceJsonText(await guard.checkToolCall(item.arguments, toolContext(ctx, item.name)), item.arguments);
      changed ||= out !== item.arguments;
      item.arguments = out;
    }
  }
  if (changed && typeof response.output_text === 'string') {
    response.output_text = (response.output ?? [])
      .filter((item) => item.type === 'message')
      .flatMap((item) => (item.content ?? []).filter((p) => p.type === 'output_text').map((p) => p.text ?? ''))
      .join('');
  }
  return data;
}
