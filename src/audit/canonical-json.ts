/**
 * Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
 * whitespace, numbers in ECMAScript shortest form, strings escaped as JSON.stringify does.
 * The audit chain hashes this text, so the same event always hashes the same way no matter how
 * a store or a JSON library ordered its keys.
 */

/** Limits so a hostile event can not exhaust the stack or the heap while being hashed. */
export interface CanonicalLimits {
  maxDepth: number;
}

const DEFAULT_LIMITS: CanonicalLimits = { maxDepth: 64 };

/** A value that can not be represented canonically (NaN, Infinity, a function, a cycle, too deep). */
export class CanonicalJsonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CanonicalJsonError';
  }
}

/**
 * Serializes `value` canonically. `undefined` members are dropped (as JSON does); `undefined`
 * array items, non-finite numbers, bigints, functions and symbols are refused.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown, limits: CanonicalLimits = DEFAULT_LIMITS): string {
  const parts: string[] = [];
  write(value, parts, 0, limits, new Set());
  return parts.join('');
}

function write(value: unknown, out: string[], depth: number, limits: CanonicalLimits, seen: Set<object>): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number');
      // ECMAScript Number::toString is the JCS number form; -0 serializes as 0.
      out.push(Object.is(value, -0) ? '0' : String(value));
      return;
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`);
  }
  if (depth >= limits.maxDepth) throw new CanonicalJsonError(`nesting deeper than ${limits.maxDepth}`);
  const obj = value as object;
  if (seen.has(obj)) throw new CanonicalJsonError('cycle');
  seen.add(obj);
  if (Array.isArray(obj)) {
    out.push('[');
    for (let i = 0; i < obj.length; i++) {
      if (i > 0) out.push(',');
      const item: unknown = obj[i];
      if (item === undefined) throw new CanonicalJsonError('undefined array item');
      write(item, out, depth + 1, limits, seen);
    }
    out.push(']');
  } else {
    const toJson = (obj as { toJSON?: () => unknown }).toJSON;
    if (typeof toJson === 'function') {
      seen.delete(obj);
      write(toJson.call(obj), out, depth, limits, seen);
      return;
    }
    // Default sort compares UTF-16 code units, which is what RFC 8785 asks for.
    const keys = Object.keys(obj).sort();
    out.push('{');
    let first = true;
    for (const key of keys) {
      const member: unknown = (obj as Record<string, unknown>)[key];
      if (member === undefined) continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(member, out, depth + 1, limits, seen);
    }
    out.push('}');
  }
  seen.delete(obj);
}
