import { z } from 'zod';
import { optionsParser } from '../../core/scanner-options.js';
import type { RawFinding, Scanner } from '../../core/types.js';
import { detectSecrets } from './detect.js';

/** Options of the `secrets` scanner (policy `options:`). */
export const SecretsOptionsSchema = z
  .object({
    /** Formats to ignore, e.g. [JWT] where tokens in prompts are expected. */
    ignore: z.array(z.string()).optional(),
    /** Redaction settings, read by the redactor (see src/redact), not by detection. */
    redaction: z.unknown().optional(),
  })
  .passthrough();

const parseOptions = optionsParser(SecretsOptionsSchema);

/**
 * The `secrets` scanner: API keys, tokens, private keys, database URLs with passwords and
 * password/key assignments. The finding kind is the format (e.g. `OPENAI_API_KEY`); the span covers
 * the secret only, so redaction keeps `api_key=` and removes the value. A window of text with more
 * candidate matches than the rules may check (detect.ts, MAX_CANDIDATES_PER_WINDOW: a body of one
 * assignment repeated thousands of times) is reported whole as kind `SECRETS_SCAN_LIMIT`, so an
 * input built to exhaust the scanner is redacted or blocked rather than passed unscanned.
 *
 * @example
 * secrets:
 *   action: redact
 *   kinds: { JWT: { action: flag } }
 */
export const secretsScanner: Scanner = {
  id: 'secrets',
  directions: ['input', 'output', 'tool'],
  input: 'original',
  deterministic: true,
  description: 'Credentials: 100+ API key and token formats, private keys, database URLs, password assignments',
  scan(text, ctx): RawFinding[] {
    const options = parseOptions(ctx.options);
    const ignore = new Set(options.ignore ?? []);
    return detectSecrets(text)
      .filter((m) => !ignore.has(m.kind))
      .map((m) => ({ kind: m.kind, score: m.score, start: m.start, end: m.end, detail: { format: m.kind, length: m.end - m.start } }));
  },
};
