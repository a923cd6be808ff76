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
  return write(value, 0, limits.maxDepth, []);
}

/** Keys made only of these characters need no escaping: most keys of an event, quoted without JSON.stringify. */
const PLAIN_KEY = /^[A-Za-z0-9_$.:@/-]*$/;

// One string grown by concatenation (V8 ropes) instead of an array of parts joined at the end: an
// audit event is written on every request, and this halves its cost. `path` holds the objects being
// written, for cycle detection; it is as deep as the nesting, which maxDepth bounds.
function write(value: unknown, depth: number, maxDepth: number, path: object[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite number');
      // ECMAScript Number::toString is the JCS number form; -0 serializes as 0.
      return Object.is(value, -0) ? '0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`unsupported type ${typeof value}`);
  }
  if (depth >= maxDepth) throw new CanonicalJsonError(`nesting deeper than ${maxDepth}`);
  const obj = value as object;
  if (path.includes(obj)) throw new CanonicalJsonError('cycle');
  path.push(obj);
  let out: string;
  if (Array.isArray(obj)) {
    out = '[';
    for (let i = 0; i < obj.length; i++) {
      const item: unknown = obj[i];
      if (item === undefined) throw new CanonicalJsonError('undefined array item');
      out += (i > 0 ? ',' : '') + write(item, depth + 1, maxDepth, path);
    }
    out += ']';
  } else {
    const toJson = (obj as { toJSON?: () => unknown }).toJSON;
    if (typeof toJson === 'function') {
      path.pop();
      // Each toJSON hop counts as a level: one that returns itself must hit the limit, not the stack.
      return write(toJson.call(obj), depth + 1, maxDepth, path);
    }
    // Default sort compares UTF-16 code units, which is what RFC 8785 asks for.
    const keys = Object.keys(obj).sort();
    out = '{';
    for (const key of keys) {
      const member: unknown = (obj as Record<string, unknown>)[key];
      if (member === undefined) continue;
      if (out.length > 1) out += ',';
      out += (PLAIN_KEY.test(key) ? `"${key}":` : `${JSON.stringify(key)}:`) + write(member, depth + 1, maxDepth, path);
    }
    out += '}';
  }
  path.pop();
  return out;
}
