import { isUtf8 } from 'node:buffer';
import { badRequest } from './errors.js';

/** Nesting deeper than this is refused before JSON.parse ever sees the text. */
export const MAX_JSON_DEPTH = 64;

/**
 * Parses a request body: valid UTF-8 (no silent U+FFFD), nesting at most `maxDepth`, a JSON object
 * at the top. Each failure is a 400 that says what was wrong, never echoing the body.
 */
export function parseJsonBody(raw: Buffer | string | undefined, maxDepth = MAX_JSON_DEPTH): Record<string, unknown> {
  if (raw === undefined || raw.length === 0) throw badRequest('invalid_body', 'request body is empty; send a JSON object');
  if (typeof raw !== 'string' && !isUtf8(raw)) throw badRequest('invalid_utf8', 'request body is not valid UTF-8');
  const text = typeof raw === 'string' ? raw : raw.toString('utf8');
  const depth = jsonDepth(text);
  if (depth > maxDepth) throw badRequest('too_deep', `request body nests deeper than ${maxDepth} levels`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw badRequest('invalid_json', `request body is not valid JSON: ${(err as Error).message.slice(0, 120).replace(/"[^"]*"/g, '…')}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest('invalid_body', 'request body must be a JSON object');
  return value as Record<string, unknown>;
}

/** Deepest bracket nesting outside strings: a linear scan, so a hostile body costs one pass. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** Field checks with messages that name the field. */
export function requireString(body: Record<string, unknown>, field: string): string {
  const v = body[field];
  if (typeof v !== 'string' || v.length === 0) throw badRequest('invalid_field', `"${field}" must be a non-empty string`);
  if (v.length > 256) throw badRequest('invalid_field', `"${field}" is longer than 256 characters`);
  return v;
}

export function optionalBoolean(body: Record<string, unknown>, field: string): boolean {
  const v = body[field];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw badRequest('invalid_field', `"${field}" must be a boolean`);
  return v;
}

export function optionalPositiveInt(body: Record<string, unknown>, field: string): number | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw badRequest('invalid_field', `"${field}" must be a non-negative integer`);
  return v;
}
