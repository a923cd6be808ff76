/**
 * One record of a text or JSONL dataset, redacted: shared by the main thread and the worker threads
 * of `rampart redact`, so both produce byte-identical output.
 */

/** Deepest JSON nesting walked when no fields are named. */
const MAX_DEPTH = 64;

export interface LineResult {
  /** The redacted record, or undefined when the record is bad (see error). */
  output?: string;
  error?: string;
  changed: boolean;
  /** False for blank JSONL lines, which are neither records nor errors. */
  counted: boolean;
}

/** Redacts one line; `redact` replaces what it finds in one string. */
export function redactLine(line: string, format: 'text' | 'jsonl', fields: readonly string[] | undefined, redact: (s: string) => string): LineResult {
  if (format === 'text') {
    const output = redact(line);
    return { output, changed: output !== line, counted: true };
  }
  if (line.trim() === '') return { changed: false, counted: false };
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    // JSON.parse quotes the input in its message; report only where it failed.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    return { error: `invalid JSON${at ? ` at column ${Number(at) + 1}` : ''}`, changed: false, counted: true };
  }
  const before = JSON.stringify(rec);
  const after = JSON.stringify(fields ? redactFields(rec, fields, redact) : redactAll(rec, redact, 0));
  // A record with nothing to redact is written as it was read: re-serializing would round integers
  // beyond 2^53 (ids), rewrite 1.0 as 1 and drop duplicate keys.
  if (after === before) return { output: line, changed: false, counted: true };
  return { output: after, changed: true, counted: true };
}

/** Redacts every string in a JSON value (keys stay). */
export function redactAll(v: unknown, redact: (s: string) => string, depth: number): unknown {
  if (typeof v === 'string') return redact(v);
  if (depth >= MAX_DEPTH || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => redactAll(x, redact, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = redactAll(x, redact, depth + 1);
  return out;
}

/** Redacts the strings at the given dotted paths; arrays on the way are walked element by element. */
export function redactFields(rec: unknown, paths: readonly string[], redact: (s: string) => string): unknown {
  let result = rec;
  for (const path of paths) result = redactPath(result, path.split('.'), redact, 0);
  return result;
}

function redactPath(v: unknown, path: string[], redact: (s: string) => string, depth: number): unknown {
  if (depth > MAX_DEPTH) return v;
  if (Array.isArray(v)) return v.map((x) => redactPath(x, path, redact, depth + 1));
  if (path.length === 0) return redactAll(v, redact, depth);
  if (v === null || typeof v !== 'object') return v;
  const [head, ...rest] = path;
  const obj = v as Record<string, unknown>;
  if (!Object.prototype.hasOwnProperty.call(obj, head!)) return v;
  return { ...obj, [head!]: redactPath(obj[head!], rest, redact, depth + 1) };
}
