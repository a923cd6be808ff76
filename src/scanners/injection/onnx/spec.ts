/** A tokenizer.json, config.json or model directory that this reader cannot use; the message says why. */
export class TokenizerFormatError extends Error {
  override name = 'TokenizerFormatError';
}

export function asObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TokenizerFormatError(`${where} must be an object`);
  return value as Record<string, unknown>;
}

export function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new TokenizerFormatError(`${where} must be an array`);
  return value;
}

export function requireString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new TokenizerFormatError(`${where} must be a string`);
  return value;
}

export function optionalBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function requireId(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new TokenizerFormatError(`${where} must be a non-negative integer id`);
  return value;
}
