import { z } from 'zod';
import { optionsParser } from '../../core/scanner-options.js';
import type { RawFinding, Scanner } from '../../core/types.js';
import { detectStructured, type PiiMatch } from './detect.js';
import { detectEntities } from './entities/detect.js';

/** Options of the `pii` scanner (policy `options:`). */
export const PiiOptionsSchema = z
  .object({
    /** Only these types (manifest names such as EMAIL, CREDIT_CARD); all when absent. */
    types: z.array(z.string()).optional(),
    /** Candidates scoring below this are not reported at all (default 0.25). */
    minScore: z.number().min(0).max(1).optional(),
    /** The PERSON / ADDRESS / LOCATION / ORGANIZATION layer (default on). */
    entities: z.boolean().optional(),
    /**
     * Also report the city, state and country of an address block as LOCATION inside its ADDRESS
     * (default off: which is right depends on how the data you compare with labels addresses).
     */
    placesInAddresses: z.boolean().optional(),
    /** Redaction settings, read by the redactor (see src/redact), not by detection. */
    redaction: z.unknown().optional(),
  })
  .passthrough();

export type PiiOptions = z.output<typeof PiiOptionsSchema>;

/** Detects PII in a text: structured identifiers by validators, then names, places and organisations. */
export function detectPii(text: string, options: PiiOptions = {}): PiiMatch[] {
  const types = options.types ? new Set(options.types) : undefined;
  const minScore = options.minScore ?? 0.25;
  const structured = detectStructured(text, { ...(types ? { types } : {}), minScore });
  if (options.entities === false) return structured;
  return detectEntities(text, structured, { ...(types ? { types } : {}), minScore, ...(options.placesInAddresses !== undefined ? { placesInAddresses: options.placesInAddresses } : {}) });
}

const parseOptions = optionsParser(PiiOptionsSchema);

/**
 * The `pii` scanner. It reads the original text (not the normalized one) so that spans are exact for
 * redaction. Finding kinds are the type names of the PII data manifest; `detail.format` names the
 * concrete format (e.g. `US_NPI`) and never holds the value. A 64 KB window of text with more
 * capitalised runs than the name layer may judge (entities/budget.ts, MAX_RUNS_PER_WINDOW: a body
 * built of thousands of names) is left out of that layer and reported whole as kind `PII_SCAN_LIMIT`,
 * so an input built to exhaust the scanner is not passed as clean; it takes the scanner's action
 * (flag in the built-in policy, like the names it stands for; redact or block with `kinds:`).
 *
 * @example
 * pii:
 *   action: flag
 *   kinds: { CREDIT_CARD: { action: redact }, DATE_TIME: { threshold: 0.8 } }
 */
export const piiScanner: Scanner = {
  id: 'pii',
  directions: ['input', 'output', 'tool'],
  input: 'original',
  deterministic: true,
  description: 'Personal data: e-mail, phone, cards, IBAN, SSN and national IDs (check digits), IPs, names, addresses',
  scan(text, ctx): RawFinding[] {
    const options = parseOptions(ctx.options);
    return detectPii(text, options).map((m) => ({
      kind: m.type,
      score: m.score,
      start: m.start,
      end: m.end,
      detail: { format: m.format },
    }));
  },
};
