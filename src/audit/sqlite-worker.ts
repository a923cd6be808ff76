/**
 * Runs inside a worker thread: owns one SQLite connection and serves the store operations sent by
 * openSqliteWorkerStore. A commit with `synchronous=FULL` waits for fsync; doing that here keeps
 * the gateway's event loop free while the disk works, and appends that arrive meanwhile form the
 * next group commit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from './sqlite-store.js';
import type { Checkpoint } from './checkpoint.js';

interface Request {
  id: number;
  op: 'append' | 'checkpoint' | 'head' | 'read' | 'checkpoints' | 'count' | 'close';
  args: unknown[];
}

const store = openSqliteStore((workerData as { path: string }).path);

parentPort!.on('message', (req: Request) => {
  void handle(req).then(
    (result) => parentPort!.postMessage({ id: req.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) }),
  );
});

async function handle(req: Request): Promise<unknown> {
  switch (req.op) {
    case 'append':
      return store.appendBatch(req.args[0] as string[]);
    case 'checkpoint':
      return store.saveCheckpoint(req.args[0] as Checkpoint);
    case 'head':
      return store.head();
    case 'read':
      return store.readRecords(req.args[0] as number, req.args[1] as number);
    case 'checkpoints':
      return store.checkpoints();
    case 'count':
      return store.count();
    case 'close':
      await store.close();
      setImmediate(() => process.exit(0));
      return undefined;
  }
}
