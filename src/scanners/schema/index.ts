import type { RawFinding, Scanner } from '../../core/types.js';
import { checkJsonSyntax } from './json-syntax.js';
import { locateJson, type JsonLocation } from './locate-json.js';
import { compiledValidator, describeErrors } from './validator.js';

/** Longest JSON text validated; larger answers are refused (fail closed). */
export const MAX_JSON_CHARS = 4 * 1024 * 1024;
/** Deepest nesting accepted. */
export const MAX_JSON_DEPTH = 256;

/**
 * `schema`: the model was asked for JSON of a given shape; check that it gave exactly that.
 * The JSON may be the whole answer, a ```json fenced block, or the first balanced `{…}`/`[…]`.
 * Findings: `invalid_json` (no JSON, a syntax error with its position, too large, too deep) and
 * `schema_violation` (detail lists the failing paths with ajv's messages, capped). Runs only when
 * `options.schema` is set (per policy, or per call via `ctx.scannerOptions.schema.schema`).
 *
 * @example
 * await guard.checkOutput(answer, { scannerOptions: { schema: { schema: { type: 'object', required: ['id'] } } } });
 */
export const schemaScanner: Scanner = {
  id: 'schema',
  directions: ['output', 'tool'],
  input: 'original',
  deterministic: true,
  description: 'Validates JSON output (whole text, ```json block, or first {...}/[...]) against options.schema with ajv',
  scan(text, ctx) {
    const schema = ctx.options.schema;
    if (schema === undefined || schema === null) return [];
    if (typeof schema !== 'object' && typeof schema !== 'boolean') throw new Error('schema: options.schema must be a JSON Schema object');
    const validate = compiledValidator(schema);
    return checkAgainstSchema(text, (value) => (validate(value) ? null : { errors: describeErrors(validate.errors), count: validate.errors?.length ?? 0 }));
  },
};

type Check = (value: unknown) => { errors: { path: string; message: string }[]; count: number } | null;

function checkAgainstSchema(text: string, check: Check): RawFinding[] {
  const candidates = locateJson(text);
  if (candidates.length === 0) {
    return [{ kind: 'invalid_json', score: 1, start: 0, end: text.length, detail: { reason: 'not_found' } }];
  }
  let firstProblem: RawFinding | null = null;
  for (const at of candidates) {
    const parsed = parseCandidate(text, at);
    if ('problem' in parsed) {
      firstProblem ??= parsed.problem;
      continue;
    }
    const failures = check(parsed.value);
    if (failures === null) return [];
    return [
      {
        kind: 'schema_violation',
        score: 1,
        start: at.start,
        end: at.end,
        detail: { source: at.source, errors: failures.errors, errorCount: failures.count },
      },
    ];
  }
  return [firstProblem!];
}

function parseCandidate(text: string, at: JsonLocation): { value: unknown } | { problem: RawFinding } {
  const span = { start: at.start, end: at.end };
  if (at.end - at.start > MAX_JSON_CHARS) {
    return { problem: { kind: 'invalid_json', score: 1, ...span, detail: { reason: 'too_large', source: at.source, chars: at.end - at.start, max: MAX_JSON_CHARS } } };
  }
  const syntax = checkJsonSyntax(text, at.start, at.end, MAX_JSON_DEPTH);
  if (!syntax.ok) {
    const { line, column } = lineAndColumn(text, syntax.position);
    return {
      problem: {
        kind: 'invalid_json',
        score: 1,
        start: syntax.position,
        end: Math.min(text.length, syntax.position + 1),
        detail: { reason: syntax.reason, source: at.source, position: syntax.position, line, column, ...(syntax.reason === 'too_deep' ? { maxDepth: MAX_JSON_DEPTH } : {}) },
      },
    };
  }
  return { value: JSON.parse(text.slice(at.start, at.end)) };
}

/** 1-based line and column (UTF-16 units) of an offset. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: position - lineStart + 1 };
}
