import type { LanguageModelMiddleware } from 'ai';
import type { ChatMessage } from '../core/guard.js';
import type { Decision } from '../core/types.js';
import { RampartBlockedError } from './errors.js';

type Prompt = Parameters<NonNullable<LanguageModelMiddleware['transformParams']>>[0]['params']['prompt'];
type PromptMessage = Prompt[number];
type Part = Exclude<PromptMessage['content'], string>[number];

/** Puts redacted text back into the prompt part it came from; throws when that is not safe. */
type Writer = (text: string, decision: Decision) => Part;

/**
 * Turns an AI SDK prompt into the chat messages the guard checks, one text part per piece of text
 * (user and assistant text, assistant tool-call inputs, tool results), and returns a function that
 * writes redacted text back into a copy of the prompt. File and reasoning parts are not text the
 * guard reads and pass unchanged.
 */
export function promptToMessages(prompt: Prompt): {
  messages: ChatMessage[];
  rewrite: (redacted: readonly ChatMessage[], decision: Decision) => Prompt;
} {
  const writers: Array<Array<{ index: number; write: Writer }>> = [];
  const messages: ChatMessage[] = prompt.map((message, m) => {
    writers[m] = [];
    if (message.role === 'system') return { role: 'system', content: message.content };
    const parts: Array<{ type: 'text'; text: string }> = [];
    const add = (index: number, text: string, write: Writer) => {
      parts.push({ type: 'text', text });
      writers[m]!.push({ index, write });
    };
    message.content.forEach((part, index) => textsOf(part, (text, write) => add(index, text, write)));
    return { role: message.role, content: parts };
  });

  const rewrite = (redacted: readonly ChatMessage[], decision: Decision): Prompt =>
    prompt.map((message, m) => {
      const out = redacted[m];
      if (message.role === 'system' || !out || out === messages[m] || !Array.isArray(out.content)) return message;
      const content = [...message.content] as Part[];
      writers[m]!.forEach(({ index, write }, i) => {
        const before = (messages[m]!.content as ReadonlyArray<{ text?: string }>)[i]?.text;
        const after = (out.content as ReadonlyArray<{ text?: string }>)[i]?.text;
        if (typeof after === 'string' && after !== before) content[index] = write(after, decision);
      });
      return { ...message, content } as PromptMessage;
    });

  return { messages, rewrite };
}

/** Calls `found` for each piece of text inside one prompt part, with a writer for that piece. */
function textsOf(part: Part, found: (text: string, write: Writer) => void): void {
  switch (part.type) {
    case 'text':
      found(part.text, (text) => ({ ...part, text }));
      return;
    case 'tool-call':
      found(JSON.stringify(part.input ?? null), (text, decision) => ({ ...part, input: parseJson(text, decision) }));
      return;
    case 'tool-result': {
      const output = part.output;
      switch (output.type) {
        case 'text':
        case 'error-text':
          found(output.value, (text) => ({ ...part, output: { ...output, value: text } }));
          return;
        case 'json':
        case 'error-json':
          found(JSON.stringify(output.value), (text, decision) => ({ ...part, output: { ...output, value: parseJson(text, decision) } }) as Part);
          return;
        case 'execution-denied':
          if (output.reason) found(output.reason, (text) => ({ ...part, output: { ...output, reason: text } }));
          return;
        case 'content': {
          // Each text item is its own piece; a shared copy keeps the edits of earlier pieces of this part.
          const value = [...output.value];
          output.value.forEach((item, i) => {
            if (item.type !== 'text') return;
            found(item.text, (text) => {
              value[i] = { ...item, text };
              return { ...part, output: { ...output, value: [...value] } };
            });
          });
          return;
        }
        default:
          return;
      }
    }
    default:
      return;
  }
}

function parseJson(text: string, decision: Decision): never | ReturnType<typeof JSON.parse> {
  try {
    return JSON.parse(text);
  } catch {
    throw new RampartBlockedError(decision, 'redact-unsafe');
  }
}
