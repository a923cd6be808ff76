import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from './lines.js';
import type { RedactionConfig } from './worker-config.js';

/** What a worker sends back for one batch. */
export interface WorkerBatchResult extends BatchResult {
  byType: Record<string, number>;
}

/**
 * A worker stopped before it answered every batch: the output would miss records, so the run
 * must fail rather than finish short.
 */
export class RedactionWorkerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedactionWorkerError';
  }
}

const DEFAULT_WORKER = new URL('./dataset-worker.js', import.meta.url);

/**
 * A fixed set of redaction workers taking batches round-robin; answers are matched by batch id.
 * If any worker fails or exits while the pool is open (an exception, an out-of-memory kill, a
 * `process.exit`), every pending and later batch is rejected, so no caller waits forever.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (r: WorkerBatchResult) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private closing = false;
  private failure: RedactionWorkerError | undefined;

  /** `workerModule` replaces the worker's code (tests use one that fails); the real one when absent. */
  constructor(readonly size: number, config: RedactionConfig, workerModule: URL = DEFAULT_WORKER) {
    // Under tsx/vitest there is no compiled worker beside this module: load the TypeScript source
    // through the same loader.
    const fromSource = !existsSync(fileURLToPath(DEFAULT_WORKER));
    const module = fromSource && workerModule === DEFAULT_WORKER ? new URL('./dataset-worker.ts', import.meta.url) : workerModule;
    this.workers = Array.from({ length: size }, (_, index) => {
      const w = fromSource
        ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(module.href)}); })`, { eval: true, workerData: config })
        : new Worker(module, { workerData: config });
      w.on('message', (m: { id: number } & WorkerBatchResult) => {
        this.pending.get(m.id)?.resolve(m);
        this.pending.delete(m.id);
      });
      w.on('error', (err) => this.failAll(`redaction worker ${index + 1} failed: ${err.message.split('\n')[0]}`));
      w.on('messageerror', (err) => this.failAll(`redaction worker ${index + 1} sent an unreadable answer: ${err.message}`));
      // 'exit' without 'error' is how an out-of-memory kill or process.exit() shows up.
      w.on('exit', (code) => {
        if (!this.closing) this.failAll(`redaction worker ${index + 1} stopped unexpectedly (exit code ${code})`);
      });
      return w;
    });
  }

  /** Redacts one batch on the next worker; rejects if the pool has failed or fails before the answer. */
  run(lines: string[], format: 'text' | 'jsonl', fields?: readonly string[]): Promise<WorkerBatchResult> {
    const id = this.nextId++;
    const done = new Promise<WorkerBatchResult>((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.size]!.postMessage({ id, lines, format, ...(fields ? { fields: [...fields] } : {}) });
    });
    done.catch(() => undefined); // awaited later in order; keep an early failure from being "unhandled"
    return done;
  }

  /** The first failure, once a worker has failed. */
  get failed(): RedactionWorkerError | undefined {
    return this.failure;
  }

  private failAll(reason: string): void {
    // The first reason wins: an 'error' event is followed by an 'exit' that says less.
    this.failure ??= new RedactionWorkerError(`${reason}; the run stopped and its output is incomplete`);
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
