/** Anything with zod's `parse`: a scanner's options schema. */
interface OptionsSchema<T> {
  parse(value: unknown): T;
}

/**
 * A scanner's options parser that remembers its result for options objects that cannot change:
 * the guard hands every call the same frozen copy of the policy's options, so a scanner validates
 * them once instead of on every text. Unfrozen objects (per-call options) are parsed every time.
 */
export function optionsParser<T>(schema: OptionsSchema<T>): (options: Record<string, unknown> | undefined) => T {
  const parsed = new WeakMap<object, T>();
  return (options) => {
    const value = options ?? {};
    if (!Object.isFrozen(value)) return schema.parse(value);
    let result = parsed.get(value);
    if (result === undefined) {
      result = schema.parse(value);
      parsed.set(value, result);
    }
    return result;
  };
}
