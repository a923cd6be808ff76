import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Replacer } from '../core/redact.js';
import type { Finding } from '../core/types.js';
import { PseudonymVault } from './pseudonyms.js';

/**
 * Redaction modes, chosen per finding kind in the policy (`<scanner>.options.redaction`):
 * - `mask`      `[EMAIL]`: nothing of the value is left.
 * - `partial`   `**** **** **** 1111`: the last four characters stay, for support staff.
 * - `hash`      `[EMAIL:Yx3…]`: keyed HMAC, the same value gives the same mark for one tenant key
 *               (joins across records still work), and without the key it cannot be reversed.
 * - `pseudonym` `PERSON_1`: reversible through a sealed vault (see PseudonymVault).
 * - `fake`      a value of the same shape (digits for digits, letters for letters, Luhn kept for cards).
 */
export const REDACTION_MODES = ['mask', 'partial', 'hash', 'pseudonym', 'fake'] as const;
export type RedactionMode = (typeof REDACTION_MODES)[number];

export const RedactionSettingsSchema = z
  .object({
    mode: z.enum(REDACTION_MODES).optional(),
    kinds: z.record(z.string(), z.enum(REDACTION_MODES)).optional(),
  })
  .strict();
export type RedactionSettings = z.output<typeof RedactionSettingsSchema>;

export interface RedactorOptions {
  /** Tenant key for `hash` and keyed `fake`; without it `hash` falls back to `mask` (never an unkeyed hash). */
  hmacKey?: string | Uint8Array;
  /** Where `pseudonym` keeps its mapping; without it `pseudonym` falls back to `mask`. */
  vault?: PseudonymVault;
  /** Settings that win over the policy's (e.g. from `rampart redact --mode`). */
  override?: RedactionSettings;
}

/** The mode for one finding: override kind, override default, policy kind, policy default, mask. */
export function modeFor(kind: string, policy: RedactionSettings | undefined, override?: RedactionSettings): RedactionMode {
  return override?.kinds?.[kind] ?? override?.mode ?? policy?.kinds?.[kind] ?? policy?.mode ?? 'mask';
}

/**
 * A guard replacer that follows the policy's per-kind redaction modes.
 *
 * @example
 * const vault = new PseudonymVault();
 * const guard = createGuard(policy, { replacer: createRedactor({ hmacKey: tenantKey, vault }) });
 * const d = await guard.checkInput(prompt);          // "PERSON_1 lives at ADDRESS_1"
 * const answer = vault.restore(modelAnswer);         // the user's own values back
 */
export function createRedactor(options: RedactorOptions = {}): Replacer {
  const key = typeof options.hmacKey === 'string' ? Buffer.from(options.hmacKey, 'utf8') : options.hmacKey;
  return (finding, original, context) => {
    const parsed = RedactionSettingsSchema.safeParse(context?.scannerOptions?.redaction ?? {});
    const mode = modeFor(finding.kind, parsed.success ? parsed.data : undefined, options.override);
    return applyMode(mode, finding, original, key, options.vault);
  };
}

/** One replacement in one mode. */
export function applyMode(mode: RedactionMode, finding: Pick<Finding, 'kind'>, original: string, key?: Uint8Array, vault?: PseudonymVault): string {
  switch (mode) {
    case 'partial':
      return partial(original) ?? mask(finding.kind);
    case 'hash':
      return key ? `[${finding.kind}:${hmac(key, finding.kind, original).slice(0, 16)}]` : mask(finding.kind);
    case 'pseudonym':
      return vault ? vault.pseudonym(finding.kind, original) : mask(finding.kind);
    case 'fake':
      return fake(finding.kind, original, key);
    default:
      return mask(finding.kind);
  }
}

function mask(kind: string): string {
  return `[${kind}]`;
}

function hmac(key: Uint8Array, kind: string, value: string): string {
  return createHmac('sha256', key).update(kind).update('\u0000').update(value).digest('base64url');
}

/** Keeps the last four letters/digits and the separators; too short a value keeps nothing. */
function partial(value: string): string | undefined {
  const alnum = value.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (alnum < 8) return undefined;
  let keep = 4;
  const out: string[] = [];
  for (let i = value.length - 1; i >= 0; i--) {
    const ch = value[i]!;
    if (/[\p{L}\p{N}]/u.test(ch)) out.push(keep-- > 0 ? ch : '*');
    else out.push(ch);
  }
  return out.reverse().join('');
}

/**
 * A value of the same shape: each digit a digit, each letter a letter of the same case, separators
 * kept. Keyed (stable per tenant) when a key is given, random otherwise; e-mail addresses keep their
 * shape under example.com, card numbers keep a valid Luhn digit so downstream validators still pass.
 */
function fake(kind: string, original: string, key?: Uint8Array): string {
  const seed = key ? createHmac('sha256', key).update(`fake\u0000${kind}\u0000${original}`).digest() : randomBytes(32);
  let pool = seed;
  let i = 0;
  const next = () => {
    if (i >= pool.length) {
      pool = createHash('sha256').update(pool).digest();
      i = 0;
    }
    return pool[i++]!;
  };
  if (kind === 'EMAIL') {
    const local = original.split('@')[0] ?? 'user';
    return `${[...local].map((c) => (/[A-Za-z0-9]/.test(c) ? String.fromCharCode(97 + (next() % 26)) : c)).join('')}@example.com`;
  }
  let out = '';
  for (const ch of original) {
    if (/[0-9]/.test(ch)) out += String(next() % 10);
    else if (/[A-Z]/.test(ch)) out += String.fromCharCode(65 + (next() % 26));
    else if (/[a-z]/.test(ch)) out += String.fromCharCode(97 + (next() % 26));
    else out += ch;
  }
  if (kind === 'CREDIT_CARD') out = fixLuhn(out);
  return out;
}

function fixLuhn(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length < 2) return value;
  const payload = digits.slice(0, -1);
  let sum = 0;
  for (let k = 0; k < payload.length; k++) {
    let d = payload.charCodeAt(payload.length - 1 - k) - 48;
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  const last = value.search(/\d(?=\D*$)/);
  return value.slice(0, last) + String(check) + value.slice(last + 1);
}
