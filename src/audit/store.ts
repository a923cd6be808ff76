import type { AuditRecord, ChainHead } from './chain.js';
import type { Checkpoint } from './checkpoint.js';

/**
 * Where the chain lives. A store chains a batch inside one write transaction (reading its own head
 * under a lock), so several writers, even several gateway replicas sharing PostgreSQL, keep one
 * unbroken chain. `appendBatch` resolves only once the batch is durable.
 */
export interface AuditStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Chains and durably writes events given as canonical JSON (`canonicalJson(event)`); optionally
   * signs the new head, in the same transaction where the store can. Resolves with the new head.
   * A store that writes the checkpoint apart and fails at it rejects with CheckpointNotSavedError:
   * the events are durable, only the checkpoint is missing.
   */
  appendBatch(bodies: readonly string[], sign?: (head: ChainHead) => Checkpoint): Promise<ChainHead>;
  /** Stores a checkpoint of the current head (used when the log closes). */
  saveCheckpoint(cp: Checkpoint): Promise<void>;
  head(): Promise<ChainHead>;
  /** Records in ascending seq, `limit` at a time from `afterSeq`. */
  readRecords(afterSeq: number, limit: number): Promise<AuditRecord[]>;
  checkpoints(): Promise<Checkpoint[]>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** The batch is durable, but its checkpoint could not be written (see AuditStore.appendBatch). */
export class CheckpointNotSavedError extends Error {
  constructor(
    readonly head: ChainHead,
    cause: unknown,
  ) {
    super(`audit checkpoint at seq ${head.seq} was not saved: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'CheckpointNotSavedError';
  }
}
