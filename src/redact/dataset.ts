import { createReadStream, createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatCsvRecord, CsvRecordReader } from './csv.js';
import { redactLine, type LineResult } from './lines.js';
import { createStringRedactor, type RedactionConfig } from './worker-config.js';
import type { Replacer } from '../core/redact.js';

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
}

export interface DatasetReport {
  format: DatasetFormat;
  records: number;
  redactedRecords: number;
  /** Redacted spans per kind. */
  byType: Record<string, number>;
  badRecords: Array<{ line: number; error: string }>;
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

/** Lines per batch sent to a worker: large enough to amortise messaging, small enough for constant memory. */
const BATCH_LINES = 2000;

/** Redacts `input` into `output` (a path or '-' for stdout) and returns the report. */
export async function redactDataset(input: string, output: string | undefined, options: DatasetOptions): Promise<DatasetReport> {
  const started = performance.now();
  const report: DatasetReport = { format: options.format, records: 0, redactedRecords: 0, byType: {}, badRecords: [], bytesIn: 0, seconds: 0, workers: 0 };
  statSync(input); // a clear ENOENT before any output file is created
  const out: WriteStream | NodeJS.WriteStream = output && output !== '-' ? createWriteStream(output) : process.stdout;
  const write = (s: string) => (out.write(s) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  const redact = createStringRedactor(options.config, report.byType, options.replacer);
  const bad = (line: number, error: string) => {
    if (options.onError === 'fail') throw new DatasetError(line, error);
    report.badRecords.push({ line, error });
  };
  const useWorkers = options.format !== 'csv' && options.config.mode !== 'pseudonym' && (options.workers ?? 0) > 1;
  const pool = useWorkers ? new WorkerPool(options.workers!, options.config) : undefined;
  report.workers = pool ? options.workers! : 0;

  const stream = createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const csv = options.format === 'csv' ? new CsvRecordReader() : undefined;
  let header: string[] | undefined;
  let columns: number[] | undefined;
  let carry = '';
  let lineNo = 0;
  let batch: string[] = [];
  let batchStart = 1;
  const inFlight: Array<{ start: number; done: Promise<WorkerResult> }> = [];

  const emit = async (result: LineResult, line: number) => {
    if (!result.counted) return;
    report.records++;
    if (result.error !== undefined) return bad(line, result.error);
    if (result.changed) report.redactedRecords++;
    await write(`${result.output}\n`);
  };
  const drainOne = async () => {
    const head = inFlight.shift()!;
    const r = await head.done;
    for (const [k, n] of Object.entries(r.byType)) report.byType[k] = (report.byType[k] ?? 0) + n;
    for (let i = 0; i < r.results.length; i++) await emit(r.results[i]!, head.start + i);
  };
  const flushBatch = async () => {
    if (!pool || batch.length === 0) return;
    inFlight.push({ start: batchStart, done: pool.run(batch, options.format as 'text' | 'jsonl', options.fields) });
    batch = [];
    batchStart = lineNo + 1;
    while (inFlight.length >= pool.size * 2) await drainOne();
  };
  const handleLine = async (line: string) => {
    lineNo++;
    if (pool) {
      batch.push(line);
      if (batch.length >= BATCH_LINES) await flushBatch();
      return;
    }
    await emit(redactLine(line, options.format as 'text' | 'jsonl', options.fields, redact), lineNo);
  };

  const handleCsv = async (r: { line: number; fields: string[] } | { line: number; error: string }) => {
    if ('error' in r) return bad(r.line, r.error);
    if (!header) {
      header = r.fields;
      columns = options.fields ? options.fields.map((f) => header!.indexOf(f)) : header.map((_, i) => i);
      const missing = options.fields?.filter((_, i) => columns![i]! < 0) ?? [];
      if (missing.length > 0) throw new DatasetError(r.line, `no such column: ${missing.join(', ')}`);
      await write(formatCsvRecord(header));
      return;
    }
    report.records++;
    if (r.fields.length !== header.length) {
      bad(r.line, `expected ${header.length} fields, found ${r.fields.length}`);
      return;
    }
    let changed = false;
    const fields = r.fields.map((f, i) => {
      if (!columns!.includes(i)) return f;
      const red = redact(f);
      if (red !== f) changed = true;
      return red;
    });
    if (changed) report.redactedRecords++;
    await write(formatCsvRecord(fields));
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
      for (const l of lines) await handleLine(l.endsWith('\r') ? l.slice(0, -1) : l);
    }
    if (csv) for (const r of csv.end()) await handleCsv(r);
    else if (carry.length > 0) await handleLine(carry);
    await flushBatch();
    while (inFlight.length > 0) await drainOne();
  } finally {
    await pool?.close();
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as WriteStream).end(() => resolve()));
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

interface WorkerResult {
  results: LineResult[];
  byType: Record<string, number>;
}

/** A fixed set of redaction workers taking batches round-robin; answers are matched by batch id. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(readonly size: number, config: RedactionConfig) {
    const js = fileURLToPath(new URL('./dataset-worker.js', import.meta.url));
    // Under tsx/vitest the module is TypeScript source: run the worker through the same loader.
    const file = existsSync(js) ? js : fileURLToPath(new URL('./dataset-worker.ts', import.meta.url));
    this.workers = Array.from({ length: size }, () => {
      const w = file.endsWith('.ts')
        ? new Worker(
            `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL(`file://${file}`).href)}); })`,
            { eval: true, workerData: config },
          )
        : new Worker(file, { workerData: config });
      w.on('message', (m: { id: number } & WorkerResult) => {
        this.pending.get(m.id)?.resolve(m);
        this.pending.delete(m.id);
      });
      w.on('error', (err) => this.failAll(err));
      return w;
    });
  }

  run(lines: string[], format: 'text' | 'jsonl', fields?: readonly string[]): Promise<WorkerResult> {
    const id = this.nextId++;
    const done = new Promise<WorkerResult>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.size]!.postMessage({ id, lines, format, ...(fields ? { fields: [...fields] } : {}) });
    });
    done.catch(() => undefined); // awaited later in order; keep an early failure from being "unhandled"
    return done;
  }

  private failure: Error | undefined;

  private failAll(err: Error): void {
    this.failure = new Error(`redaction worker failed: ${err.message.split('\n')[0]}`);
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
