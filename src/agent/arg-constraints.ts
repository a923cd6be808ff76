import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Argument constraints from JSON Schema: the firewall config's own schema per tool (trusted,
 * compiled at start-up, errors are configuration errors) and the tool's advertised input schema
 * (compiled on first use per definition, cached). A schema that cannot be compiled denies the
 * call: fail closed.
 */
export type ArgumentCheck = { ok: true } | { ok: false; problem: string };

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const MAX_SCHEMA_CHARS = 256 * 1024;
const MAX_CACHED = 1000;

export class ArgumentValidator {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction | string>();

  constructor() {
    this.ajv = new Ajv({ strict: false, allErrors: true, logger: false, validateSchema: true });
    addFormats(this.ajv);
  }

  /** Compiles a trusted schema now; throws with the reason when it is invalid. */
  compileTrusted(schema: unknown, where: string): ValidateFunction {
    try {
      return this.ajv.compile(schema as object);
    } catch (err) {
      throw new Error(`${where}: invalid JSON Schema: ${(err as Error).message}`);
    }
  }

  /** Validates with a cached compiled schema keyed by `key` (e.g. the tool definition's hash). */
  check(key: string, schema: unknown, args: unknown): ArgumentCheck {
    let compiled = this.cache.get(key);
    if (compiled === undefined) {
      compiled = this.compileUntrusted(schema);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, compiled);
    }
    if (typeof compiled === 'string') return { ok: false, problem: compiled };
    return validateWith(compiled, args);
  }

  private compileUntrusted(schema: unknown): ValidateFunction | string {
    if (schema === null || typeof schema !== 'object') return 'the tool has no usable input schema';
    if (JSON.stringify(schema).length > MAX_SCHEMA_CHARS) return 'the tool input schema is too large';
    try {
      return this.ajv.compile(schema as object);
    } catch (err) {
      return `the tool input schema cannot be compiled: ${(err as Error).message.slice(0, 200)}`;
    }
  }
}

/** Runs a compiled validator and phrases its errors (paths and rules, never the values). */
export function validateWith(validate: ValidateFunction, args: unknown): ArgumentCheck {
  if (validate(args)) return { ok: true };
  const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(arguments)'} ${e.message ?? 'is invalid'}`);
  return { ok: false, problem: `arguments do not match the schema: ${errors.join('; ')}` };
}
