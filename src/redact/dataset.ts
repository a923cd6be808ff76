import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { formatCsvRecord, CsvRecordReader } from './csv.js';
import { compileFieldPaths } from './json-strings.js';
import { redactLines, type BatchResult } from './lines.js';
import { OutputWriter } from './output-writer.js';
import { WorkerPool, type WorkerBatchResult } from './worker-pool.js';
import { createStringRedactor, type RedactionConfig } from './worker-config.js';
import type { Replacer } from '../core/redact.js';

export { RedactionWorkerError } from './worker-pool.js';

/**
 * Dataset redaction: plain text, JSONL (chosen fields, nested paths) and CSV, streamed record by
 * record in constant memory. Bad records are reported with their line number and either skipped or
 * fail the run; they are never dropped silently. Text and JSONL can be spread over worker threads
 * (batches of lines, written back in input order).
 */
export type DatasetFormat = 'text' | 'jsonl' | 'csv';

export interface DatasetOptions {
  format: DatasetFormat;
  config: RedactionConfig;
  /** A replacer for the main thread (pseudonyms need the caller's vault); workers build their own from config. */
  replacer?: Replacer;
  /** JSONL: dotted paths (`user.email`, `messages.content`; arrays are walked); CSV: column names. All when absent. */
  fields?: readonly string[];
  onError: 'skip' | 'fail';
  /** Worker threads for text and JSONL (0 or 1: none). Ignored for CSV and pseudonyms. */
  workers?: number;
  /** Called with bytes read so far (for a progress bar). */
  onProgress?: (bytes: number) => void;
  /** The worker threads' module; tests substitute one that fails. The real one when absent. */
  workerModule?: URL;
}

/** Bad records listed one by one in the report; beyond this only the count grows (memory stays bounded). */
export const MAX_LISTED_BAD_RECORDS = 1000;

export interface DatasetReport {
  format: DatasetFormat;
  records: number;
  redactedRecords: number;
  /** Redacted spans per kind. */
  byType: Record<string, number>;
  /** The first MAX_LISTED_BAD_RECORDS bad records, in input order. */
  badRecords: Array<{ line: number; error: string }>;
  /** All bad records, listed or not. */
  badRecordCount: number;
  /** True when badRecords holds only the first MAX_LISTED_BAD_RECORDS of badRecordCount. */
  badRecordsCapped: boolean;
  bytesIn: number;
  seconds: number;
  workers: number;
}

export class DatasetError extends Error {
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'DatasetError';
  }
}

/** Guesses the format from the file name. */
export function formatFromName(name: string): DatasetFormat {
  if (/\.jsonl?$|\.ndjson$/i.test(name)) return 'jsonl';
  if (/\.csv$/i.test(name)) return 'csv';
  return 'text';
}

/**
 * A batch sent to a worker ends at whichever comes first: large enough to amortise messaging,
 * small enough that the batches in flight stay a few MB whatever the line lengths.
 */
const BATCH_LINES = 2000;
const BATCH_CHARS = 1 << 20;

/** Redacts `input` into `output` (a path or '-' for stdout) and returns the report. */
export async function redactDataset(input: string, output: string | undefined, options: DatasetOptions): Promise<DatasetReport> {
  const started = performance.now();
  const report: DatasetReport = {
    format: options.format,
    records: 0,
    redactedRecords: 0,
    byType: {},
    badRecords: [],
    badRecordCount: 0,
    badRecordsCapped: false,
    bytesIn: 0,
    seconds: 0,
    workers: 0,
  };
  statSync(input); // a clear ENOENT before any output file is created
  const out: WriteStream | NodeJS.WriteStream = output && output !== '-' ? createWriteStream(output) : process.stdout;
  const writer = new OutputWriter(out);
  const redact = createStringRedactor(options.config, report.byType, options.replacer);
  const paths = options.format === 'jsonl' && options.fields ? compileFieldPaths(options.fields) : undefined;
  const bad = (line: number, error: string) => {
    if (options.onError === 'fail') throw new DatasetError(line, error);
    report.badRecordCount++;
    if (report.badRecords.length < MAX_LISTED_BAD_RECORDS) report.badRecords.push({ line, error });
    else report.badRecordsCapped = true;
  };
  const useWorkers = options.format !== 'csv' && options.config.mode !== 'pseudonym' && (options.workers ?? 0) > 1;
  const pool = useWorkers ? new WorkerPool(options.workers!, options.config, options.workerModule) : undefined;
  report.workers = pool ? options.workers! : 0;

  const stream = createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const csv = options.format === 'csv' ? new CsvRecordReader() : undefined;
  let header: string[] | undefined;
  let columns: Set<number> | undefined;
  let carry = '';
  let lineNo = 0;
  let batch: string[] = [];
  let batchChars = 0;
  const inFlight: Array<{ start: number; done: Promise<WorkerBatchResult> }> = [];

  /** Counts a redacted batch whose first line is `start`, then writes its text in one piece. */
  const takeBatch = (r: BatchResult, start: number) => {
    report.records += r.records;
    report.redactedRecords += r.redactedRecords;
    for (const b of r.bad) bad(start + b.index, b.error);
    return r.text.length > 0 ? writer.add(r.text) : undefined;
  };
  const drainOne = async () => {
    const head = inFlight.shift()!;
    const r = await head.done;
    for (const [k, n] of Object.entries(r.byType)) report.byType[k] = (report.byType[k] ?? 0) + n;
    await takeBatch(r, head.start);
  };
  /** Sends the lines gathered so far to a worker, or redacts them here when there are no workers. */
  const flushBatch = async () => {
    if (batch.length === 0) return;
    const start = lineNo - batch.length + 1;
    const lines = batch;
    batch = [];
    batchChars = 0;
    if (!pool) {
      await takeBatch(redactLines(lines, options.format as 'text' | 'jsonl', paths, redact), start);
      return;
    }
    if (pool.failed) throw pool.failed;
    inFlight.push({ start, done: pool.run(lines, options.format as 'text' | 'jsonl', options.fields) });
    while (inFlight.length >= pool.size * 2) await drainOne();
  };

  const handleCsv = (r: { line: number; fields: string[] } | { line: number; error: string }) => {
    if ('error' in r) return bad(r.line, r.error);
    if (!header) {
      header = r.fields;
      const indices = options.fields ? options.fields.map((f) => header!.indexOf(f)) : header.map((_, i) => i);
      const missing = options.fields?.filter((_, i) => indices[i]! < 0) ?? [];
      if (missing.length > 0) throw new DatasetError(r.line, `no such column: ${missing.join(', ')}`);
      columns = new Set(indices);
      return writer.add(formatCsvRecord(header));
    }
    report.records++;
    if (r.fields.length !== header.length) return bad(r.line, `expected ${header.length} fields, found ${r.fields.length}`);
    let changed = false;
    const fields = r.fields.map((f, i) => {
      if (!columns!.has(i)) return f;
      const red = redact(f);
      if (red !== f) changed = true;
      return red;
    });
    if (changed) report.redactedRecords++;
    return writer.add(formatCsvRecord(fields));
  };

  try {
    for await (const chunk of stream) {
      const text = chunk as string;
      report.bytesIn += Buffer.byteLength(text);
      options.onProgress?.(report.bytesIn);
      if (csv) {
        for (const r of csv.push(text)) await handleCsv(r);
        continue;
      }
      const lines = (carry + text).split('\n');
      carry = lines.pop() ?? '';
      if (carry.length > 64 * 1024 * 1024) throw new DatasetError(lineNo + 1, 'line longer than 64 MiB');
      for (const l of lines) {
        lineNo++;
        const line = l.endsWith('\r') ? l.slice(0, -1) : l;
        batch.push(line);
        batchChars += line.length;
        if (batch.length >= BATCH_LINES || batchChars >= BATCH_CHARS) await flushBatch();
      }
      // Without workers, redact what this chunk completed now: output keeps pace with input.
      if (!pool) await flushBatch();
    }
    if (csv) for (const r of csv.end()) await handleCsv(r);
    else if (carry.length > 0) {
      lineNo++;
      batch.push(carry.endsWith('\r') ? carry.slice(0, -1) : carry);
    }
    await flushBatch();
    while (inFlight.length > 0) await drainOne();
    await writer.flush();
  } finally {
    await pool?.close();
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as WriteStream).end(() => resolve()));
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
