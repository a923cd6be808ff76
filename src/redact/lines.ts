/**
 * Records of a text or JSONL dataset, redacted: shared by the main thread and the worker threads
 * of `rampart redact`, so both produce byte-identical output.
 */
import { redactJsonStrings, type FieldPaths } from './json-strings.js';

export interface LineResult {
  /** The redacted record, or undefined when the record is bad (see error). */
  output?: string;
  error?: string;
  changed: boolean;
  /** False for blank JSONL lines, which are neither records nor errors. */
  counted: boolean;
}

/** Redacts one line; `redact` replaces what it finds in one string. */
export function redactLine(line: string, format: 'text' | 'jsonl', paths: FieldPaths | undefined, redact: (s: string) => string): LineResult {
  if (format === 'text') {
    const output = redact(line);
    return { output, changed: output !== line, counted: true };
  }
  if (line.trim() === '') return { changed: false, counted: false };
  try {
    JSON.parse(line); // validation only: the record is redacted in its original text below
  } catch (err) {
    // JSON.parse quotes the input in its message; report only where it failed.
    const at = /position (\d+)/.exec((err as Error).message)?.[1];
    return { error: `invalid JSON${at ? ` at column ${Number(at) + 1}` : ''}`, changed: false, counted: true };
  }
  const { output, changed } = redactJsonStrings(line, paths, redact);
  return { output, changed, counted: true };
}

/** A batch of lines redacted: the output text to write as one piece, and what to report. */
export interface BatchResult {
  /** The redacted records, each followed by '\n' (bad and blank lines left out). */
  text: string;
  records: number;
  redactedRecords: number;
  /** Bad records by their index in the batch. */
  bad: Array<{ index: number; error: string }>;
}

export function redactLines(lines: readonly string[], format: 'text' | 'jsonl', paths: FieldPaths | undefined, redact: (s: string) => string): BatchResult {
  const out: string[] = [];
  const result: BatchResult = { text: '', records: 0, redactedRecords: 0, bad: [] };
  for (let index = 0; index < lines.length; index++) {
    const r = redactLine(lines[index]!, format, paths, redact);
    if (!r.counted) continue;
    result.records++;
    if (r.error !== undefined) {
      result.bad.push({ index, error: r.error });
      continue;
    }
    if (r.changed) result.redactedRecords++;
    out.push(r.output!);
  }
  // One trailing '\n' per record: join plus a final newline when there is any record.
  result.text = out.length > 0 ? `${out.join('\n')}\n` : '';
  return result;
}
