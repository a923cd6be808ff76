import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { canonicalJson } from './canonical-json.js';
import type { AuditEvent } from './chain.js';
import type { Checkpoint, CheckpointSigner } from './checkpoint.js';
import { CheckpointNotSavedError, type AuditStore } from './store.js';

export interface AuditLogOptions {
  store: AuditStore;
  /** Signs checkpoints; without it the chain is still verifiable but truncation is not provable. */
  signer?: CheckpointSigner;
  /**
   * `sync` (default): `append` resolves only once the event is durable; many concurrent appends
   * share one commit (group commit). `async`: `append` resolves at once; events wait in a bounded
   * buffer and those that do not fit are dropped and counted.
   */
  mode?: 'sync' | 'async';
  /** Async mode: most events waiting at once. */
  maxBuffer?: number;
  /** Largest batch in one transaction. */
  maxBatch?: number;
  /**
   * Under load, commits start at most once per this many ms (default 2): an event that arrives
   * sooner after the previous commit started waits for the rest of the interval, so one fsync
   * covers every event of it. An event on an idle log commits at once. At 2,000 events/s this
   * turns commits of one or two events into commits of about five, which is most of what the
   * store's worker spends per event; the price is at most this many ms of added latency. 0 commits
   * whenever the previous commit ends (the smallest latency, the most fsyncs).
   */
  commitIntervalMs?: number;
  /** Sign a checkpoint after this many events... */
  checkpointEvery?: number;
  /** ...or when this many ms passed since the last one (checked at each commit). */
  checkpointIntervalMs?: number;
  /** File that receives the latest checkpoint, outside the database: lets verify see truncation. */
  anchorPath?: string;
}

export interface AuditStats {
  appended: number;
  batches: number;
  /** Async mode: events dropped because the buffer was full. */
  dropped: number;
  /** Events whose commit failed (sync: the caller got the error; async: lost and counted here). */
  failed: number;
  pending: number;
  checkpoints: number;
}

/** The append-only audit log every entry point writes to. */
export interface AuditLog {
  readonly mode: 'sync' | 'async';
  /** Sync mode: resolves when durable, rejects when the store failed. Async mode: resolves at once. */
  append(event: AuditEvent): Promise<void>;
  /** Resolves once every event appended so far is written (or failed). */
  flush(): Promise<void>;
  stats(): AuditStats;
  /** Flushes, signs a final checkpoint and closes the store. */
  close(): Promise<void>;
  readonly store: AuditStore;
}

interface Waiting {
  /** The event's canonical JSON, made when it was appended. */
  body: string;
  resolve?: () => void;
  reject?: (err: unknown) => void;
}

/**
 * Creates the audit log. Appends that arrive while a commit is in flight wait for the next one,
 * so under load one fsync covers many requests and the per-request cost stays small.
 *
 * @example
 * const log = createAuditLog({ store: openSqliteStore('.rampart/audit.db'), signer });
 * await log.append({ type: 'request', keyId, action: 'allow' }); // durable now
 */
export function createAuditLog(options: AuditLogOptions): AuditLog {
  const { store, signer } = options;
  const mode = options.mode ?? 'sync';
  const maxBuffer = options.maxBuffer ?? 10_000;
  const maxBatch = options.maxBatch ?? 1000;
  const checkpointEvery = options.checkpointEvery ?? 1000;
  const checkpointIntervalMs = options.checkpointIntervalMs ?? 5000;
  const commitIntervalMs = options.commitIntervalMs ?? 2;
  const stats: AuditStats = { appended: 0, batches: 0, dropped: 0, failed: 0, pending: 0, checkpoints: 0 };
  const queue: Waiting[] = [];
  let writing: Promise<void> | undefined;
  let scheduled = false;
  /** The pending commit's timer while it waits out the commit interval. */
  let timer: NodeJS.Timeout | undefined;
  let lastCommitAt = -Infinity;
  let sinceCheckpoint = 0;
  let lastCheckpointAt = Date.now();
  let closed = false;
  let closing: Promise<void> | undefined;
  let forceCheckpoint = false;
  /** Signs the tail of a log that went quiet before its checkpoint was due (see armIdleCheckpoint). */
  let idleTimer: NodeJS.Timeout | undefined;

  const writeAnchor = (cp: Checkpoint) => {
    if (!options.anchorPath) return;
    // Several processes may share one store and so one anchor: never move it back to an older
    // checkpoint, and write through a file of this process's own, so two renames can not cross.
    if (anchoredSeq(options.anchorPath) >= cp.seq) return;
    const tmp = `${options.anchorPath}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(cp));
    renameSync(tmp, options.anchorPath);
  };

  const commitOnce = async (): Promise<void> => {
    const batch = queue.splice(0, maxBatch);
    stats.pending = queue.length;
    if (batch.length === 0) return;
    lastCommitAt = performance.now();
    const due =
      forceCheckpoint || sinceCheckpoint + batch.length >= checkpointEvery || Date.now() - lastCheckpointAt >= checkpointIntervalMs;
    let signed: Checkpoint | undefined;
    const sign = signer && due ? (head: { seq: number; hash: string }) => (signed = signer.sign(head.seq, head.hash)) : undefined;
    try {
      await store.appendBatch(
        batch.map((w) => w.body),
        sign,
      );
    } catch (err) {
      if (!(err instanceof CheckpointNotSavedError)) {
        stats.failed += batch.length;
        for (const w of batch) w.reject?.(err);
        return;
      }
      // The events are durable; only the checkpoint is missing, and the next one covers them.
      signed = undefined;
    }
    stats.appended += batch.length;
    stats.batches += 1;
    sinceCheckpoint += batch.length;
    if (signed) checkpointSaved(signed);
    else armIdleCheckpoint();
    for (const w of batch) w.resolve?.();
  };

  /** A checkpoint is in the store: the count starts again, and the anchor follows it. */
  const checkpointSaved = (cp: Checkpoint): void => {
    stats.checkpoints += 1;
    sinceCheckpoint = 0;
    lastCheckpointAt = Date.now();
    forceCheckpoint = false;
    try {
      writeAnchor(cp);
    } catch {
      // The checkpoint is in the database; a failed anchor write only weakens truncation detection.
    }
  };

  /** Signs a checkpoint of the store's head as it is now. */
  const signHead = async (): Promise<void> => {
    const head = await store.head();
    if (head.seq === 0) return;
    const cp = signer!.sign(head.seq, head.hash);
    await store.saveCheckpoint(cp);
    checkpointSaved(cp);
  };

  /**
   * Checkpoints are otherwise signed only by a commit, so a log that goes quiet would leave its last
   * events unsigned until the next request, and deleting them could not be told from a log that
   * never had them. This signs them checkpointIntervalMs after the commit that left them unsigned.
   */
  const armIdleCheckpoint = () => {
    if (!signer || idleTimer || closed) return;
    idleTimer = setTimeout(() => {
      idleTimer = undefined;
      if (closed || sinceCheckpoint === 0) return;
      // A commit is on its way: it signs when its interval is due, and re-arms this otherwise.
      if (writing || scheduled || queue.length > 0) return armIdleCheckpoint();
      writing = signHead()
        .catch(() => armIdleCheckpoint()) // try again after another interval (or at the next commit)
        .finally(() => {
          writing = undefined;
          if (queue.length > 0) schedule();
        });
    }, checkpointIntervalMs);
    // An idle timer must not keep a process alive: close() signs the final head anyway.
    idleTimer.unref();
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) await commitOnce();
  };

  const commitScheduled = () => {
    scheduled = false;
    timer = undefined;
    // One batch, then back through schedule(), so the next commit keeps to the interval too.
    writing = commitOnce().finally(() => {
      writing = undefined;
      if (queue.length > 0) schedule();
    });
  };

  const schedule = () => {
    if (scheduled || writing) return;
    scheduled = true;
    const wait = lastCommitAt + commitIntervalMs - performance.now();
    if (wait > 0 && queue.length < maxBatch) timer = setTimeout(commitScheduled, wait);
    // setImmediate gathers every append made in this turn of the event loop into one commit.
    else setImmediate(commitScheduled);
  };

  const log: AuditLog = {
    mode,
    store,
    append(event) {
      if (closed) return Promise.reject(new Error('audit log is closed'));
      let body: string;
      try {
        body = canonicalJson(event);
      } catch (err) {
        // Refused here, this event fails alone instead of failing the batch it would have joined.
        stats.failed += 1;
        return Promise.reject(err);
      }
      if (mode === 'async') {
        if (queue.length >= maxBuffer) {
          stats.dropped += 1;
          return Promise.resolve();
        }
        queue.push({ body });
        stats.pending = queue.length;
        schedule();
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        queue.push({ body, resolve, reject });
        stats.pending = queue.length;
        schedule();
      });
    },
    async flush() {
      while (writing || scheduled || queue.length > 0) {
        if (writing) {
          await writing;
          continue;
        }
        if (timer) {
          // Flushing is asked for now: do not wait out the commit interval.
          clearTimeout(timer);
          timer = undefined;
          scheduled = false;
        }
        if (scheduled) await new Promise((r) => setImmediate(r));
        else if (queue.length > 0) writing = drain().finally(() => (writing = undefined));
      }
    },
    stats: () => ({ ...stats }),
    close() {
      // A second caller waits for the same close, not for nothing.
      closing ??= closeOnce();
      return closing;
    },
  };

  async function closeOnce(): Promise<void> {
    // From here on appends are refused, so none can slip in after the last commit.
    closed = true;
    if (idleTimer) clearTimeout(idleTimer);
    forceCheckpoint = true;
    await log.flush();
    if (signer && sinceCheckpoint > 0) {
      // Sign the final head so a verifier can see where the log stood when it was closed.
      try {
        await signHead();
      } catch {
        // Closing must not throw because a final checkpoint could not be written.
      }
    }
    await store.close();
  }

  return log;
}

/** The seq of the checkpoint in an anchor file (0 when there is none or it can not be read). */
function anchoredSeq(path: string): number {
  try {
    const seq = (JSON.parse(readFileSync(path, 'utf8')) as { seq?: unknown }).seq;
    return typeof seq === 'number' ? seq : 0;
  } catch {
    return 0;
  }
}
