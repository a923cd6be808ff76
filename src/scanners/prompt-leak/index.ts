import type { RawFinding, Scanner } from '../../core/types.js';
import { findPromptLeaks } from './detect.js';

/** Default shortest reproduced run that counts as a leak, in characters of words joined by spaces. */
export const DEFAULT_MIN_CHARS = 60;

/**
 * `prompt-leak`: output that reproduces a long enough stretch of the conversation's system prompt
 * (`ctx.systemPrompt`), word for word but robust to whitespace, case, punctuation and markdown
 * formatting. One finding per leaked stretch, spanning it in the output; detail gives how many
 * prompt characters it reproduces and which share of the prompt that is (`leakedChars`,
 * `fraction`), plus the share leaked by the whole answer (`totalFraction`) — never the text.
 *
 * Score: 0.7 at exactly `options.minChars`, rising to 1 at four times that; at least 0.95 when the
 * answer repeats half the prompt or more. No system prompt, no findings.
 *
 * @example
 * await guard.checkOutput(answer, { systemPrompt }); // policy: output.scanners.prompt-leak.options.minChars: 60
 */
export const promptLeakScanner: Scanner = {
  id: 'prompt-leak',
  directions: ['output', 'tool'],
  input: 'normalized',
  description: 'Output that reproduces a long part of the system prompt (robust to whitespace, case, punctuation, markdown)',
  scan(text, ctx) {
    const systemPrompt = ctx.systemPrompt;
    if (typeof systemPrompt !== 'string' || systemPrompt.trim() === '') return [];
    const minChars = readMinChars(ctx.options.minChars);
    const { leaks, totalFraction } = findPromptLeaks(text, systemPrompt, minChars);
    return leaks.map((leak): RawFinding => {
      const growth = Math.min(1, Math.max(0, leak.leakedChars - minChars) / (3 * minChars));
      const score = Math.max(0.7 + 0.3 * growth, totalFraction >= 0.5 ? 0.95 : 0);
      return {
        kind: 'system_prompt_leak',
        score: Math.round(score * 1000) / 1000,
        start: leak.start,
        end: leak.end,
        detail: { leakedChars: leak.leakedChars, fraction: leak.fraction, totalFraction },
      };
    });
  },
};

function readMinChars(value: unknown): number {
  if (value === undefined) return DEFAULT_MIN_CHARS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1_000_000) {
    throw new Error('prompt-leak: options.minChars must be an integer from 1 to 1000000');
  }
  return value;
}
