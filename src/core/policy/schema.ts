import { z } from 'zod';
import { ACTIONS } from '../types.js';

export const ActionSchema = z.enum(ACTIONS as unknown as ['allow', 'flag', 'redact', 'review', 'block']);

const score = z.number().min(0).max(1);

/** Overrides for one finding kind of a scanner (e.g. `CREDIT_CARD` of `pii`). */
export const KindPolicySchema = z
  .object({
    enabled: z.boolean().optional(),
    threshold: score.optional(),
    action: ActionSchema.optional(),
  })
  .strict();

export const ScannerPolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    /** Findings scoring below this are recorded but ask for nothing. */
    threshold: score.default(0.5),
    /** What a finding at or above the threshold asks for. */
    action: ActionSchema.default('block'),
    /** What happens when the scanner itself throws or times out. Fail closed by default. */
    onError: ActionSchema.default('block'),
    /** Time budget for asynchronous scanners (an LLM judge, a remote model). */
    timeoutMs: z.number().int().positive().max(600_000).optional(),
    kinds: z.record(z.string(), KindPolicySchema).default({}),
    /** Scanner-specific settings, validated by the scanner. */
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

export const DirectionPolicySchema = z
  .object({
    scanners: z.record(z.string(), ScannerPolicySchema).default({}),
  })
  .strict();

export const LimitsSchema = z
  .object({
    /** Longest text accepted, in UTF-16 units. Longer text gets `onOversize`. */
    maxTextChars: z.number().int().positive().default(16 * 1024 * 1024),
    onOversize: ActionSchema.default('block'),
    /** Decoding layers followed (base64 inside hex inside URL-encoding…). */
    maxDecodeDepth: z.number().int().min(0).max(16).default(4),
    maxDecodedViews: z.number().int().min(0).max(1024).default(64),
  })
  .strict();

export const PolicySchema = z
  .object({
    version: z.literal(1),
    name: z.string().optional(),
    limits: LimitsSchema.default(() => LimitsSchema.parse({})),
    input: DirectionPolicySchema.default(() => ({ scanners: {} })),
    output: DirectionPolicySchema.default(() => ({ scanners: {} })),
    tool: DirectionPolicySchema.default(() => ({ scanners: {} })),
  })
  .strict();

export type Policy = z.output<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type ScannerPolicy = z.output<typeof ScannerPolicySchema>;
export type KindPolicy = z.output<typeof KindPolicySchema>;
