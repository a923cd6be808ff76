import { Worker } from 'node:worker_threads';
import type { AuditRecord, ChainHead } from './chain.js';
import type { Checkpoint } from './checkpoint.js';
import { CheckpointNotSavedError, type AuditStore } from './store.js';

/**
 * The SQLite store, written from a worker thread (see sqlite-worker.ts). Same file format and
 * guarantees as openSqliteStore; the difference is that fsync never blocks the caller's event loop.
 * The checkpoint of a batch is written right after the batch commits.
 */
export async function openSqliteWorkerStore(path: string): Promise<AuditStore> {
  const here = new URL(import.meta.url);
  // From dist/ the worker is plain JavaScript; from the TypeScript sources (tests, tsx) it needs the tsx loader.
  const fromSource = here.pathname.endsWith('.ts');
  const script = new URL(fromSource ? './sqlite-worker.ts' : './sqlite-worker.js', here);
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); })`, { eval: true, workerData: { path } })
    : new Worker(script, { workerData: { path } });
  worker.unref();
  let nextId = 1;
  let dead: Error | undefined;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const failAll = (err: Error) => {
    dead = err;
    for (const w of waiting.values()) w.reject(err);
    waiting.clear();
  };
  worker.on('message', (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id);
    if (!w) return;
    waiting.delete(m.id);
    if (m.error !== undefined) w.reject(new Error(m.error));
    else w.resolve(m.result);
  });
  worker.on('error', (err) => failAll(err));
  worker.on('exit', () => failAll(new Error('audit store worker exited')));
  const call = <T>(op: string, ...args: unknown[]): Promise<T> => {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.ref(); // keep the process alive while a commit is in flight
      worker.postMessage({ id, op, args });
    }).finally(() => {
      if (waiting.size === 0) worker.unref();
    });
  };
  // Surface an unopenable file now, not at the first request.
  await call('head');
  return {
    kind: 'sqlite',
    async appendBatch(bodies, sign) {
      // Strings cross to the worker as flat copies; only the new head comes back.
      const head = await call<ChainHead>('append', bodies);
      if (sign && bodies.length > 0) {
        // A second call, so not in the batch's transaction: its failure must not fail the batch.
        try {
          await call('checkpoint', sign(head));
        } catch (err) {
          throw new CheckpointNotSavedError(head, err);
        }
      }
      return head;
    },
    saveCheckpoint: (cp: Checkpoint) => call<void>('checkpoint', cp),
    head: () => call<ChainHead>('head'),
    readRecords: (afterSeq, limit) => call<AuditRecord[]>('read', afterSeq, limit),
    checkpoints: () => call<Checkpoint[]>('checkpoints'),
    count: () => call<number>('count'),
    async close() {
      if (dead) return;
      await call('close').catch(() => undefined);
      failAll(new Error('audit store is closed'));
    },
  };
}
