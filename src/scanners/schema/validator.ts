import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** Distinct schemas kept compiled; the least recently used is dropped beyond this. */
const CACHE_SIZE = 64;
const bySchemaText = new Map<string, ValidateFunction>();

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/**
 * The compiled validator for a JSON Schema, compiled once per distinct schema (by its JSON text,
 * so the same schema sent again on every request costs a lookup; keyed by content rather than by
 * object, so a caller that mutates its schema object never gets a stale validator). Throws with a clear message
 * when the schema itself is invalid: the scanner then fails closed.
 */
export function compiledValidator(schema: unknown): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = bySchemaText.get(key);
  if (validate) {
    bySchemaText.delete(key);
  } else {
    // One Ajv per schema: schemas with the same $id would otherwise clash in a shared instance.
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    try {
      validate = ajv.compile(schema as object);
    } catch (err) {
      throw new Error(`schema: options.schema is not a usable JSON Schema: ${firstLine(err)}`);
    }
    if ((validate as { $async?: boolean }).$async) throw new Error('schema: asynchronous schemas ($async) are not supported');
  }
  bySchemaText.set(key, validate);
  if (bySchemaText.size > CACHE_SIZE) bySchemaText.delete(bySchemaText.keys().next().value!);
  return validate;
}

/** Most failing paths listed in one finding. */
export const MAX_REPORTED_ERRORS = 20;

/** Failing paths and ajv's messages, capped; messages name the schema's rules, never the data's values. */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined): { path: string; message: string }[] {
  return (errors ?? []).slice(0, MAX_REPORTED_ERRORS).map((e) => ({
    path: failingPath(e).slice(0, 200),
    message: `${e.message ?? e.keyword}`.slice(0, 200),
  }));
}

/** The instance path, pointed at the property itself for `required` and `additionalProperties`. */
function failingPath(e: ErrorObject): string {
  const params = e.params as { missingProperty?: unknown; additionalProperty?: unknown };
  const property = e.keyword === 'required' ? params.missingProperty : e.keyword === 'additionalProperties' ? params.additionalProperty : undefined;
  if (typeof property === 'string') return `${e.instancePath}/${property.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return e.instancePath || '/';
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').slice(0, 200);
}
