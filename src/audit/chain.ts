import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/**
 * The hash chain. Each stored record links to the one before it, so editing, deleting or
 * reordering any record breaks every hash after it:
 *
 *   hash(n) = SHA-256( "rampart-audit-v1\n" + seq + "\n" + ts + "\n" + hash(n-1) + "\n" + canonical(event) )
 *
 * The first record links to GENESIS. `seq` starts at 1 and has no gaps.
 */

/** The `prev` of the first record. */
export const GENESIS = '0'.repeat(64);

/** What the caller logs: any JSON object (no secrets, no raw PII: the caller redacts). */
export type AuditEvent = Record<string, unknown>;

/** One stored link of the chain. `body` is the canonical JSON of the event, exactly as hashed. */
export interface AuditRecord {
  seq: number;
  /** Milliseconds since the epoch when the record was chained. */
  ts: number;
  prev: string;
  hash: string;
  body: string;
}

/** The last link: where the next batch attaches. */
export interface ChainHead {
  seq: number;
  hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS };

/** Computes the hash of one link from its parts. */
export function linkHash(seq: number, ts: number, prev: string, body: string): string {
  return createHash('sha256').update(`rampart-audit-v1\n${seq}\n${ts}\n${prev}\n`).update(body).digest('hex');
}

/** Chains a batch of events after `head`. */
export function linkBatch(head: ChainHead, events: readonly AuditEvent[], now = Date.now()): AuditRecord[] {
  return linkBodies(head, events.map((e) => canonicalJson(e)), now);
}

/**
 * Chains events already in canonical JSON (`canonicalJson`) after `head`. Stores call this inside
 * their write transaction; the log serializes each event when it is appended, so one bad event
 * fails its own append, never the batch it would have shared.
 */
export function linkBodies(head: ChainHead, bodies: readonly string[], now = Date.now()): AuditRecord[] {
  const records: AuditRecord[] = [];
  let prev = head.hash;
  let seq = head.seq;
  for (const body of bodies) {
    seq += 1;
    const hash = linkHash(seq, now, prev, body);
    records.push({ seq, ts: now, prev, hash, body });
    prev = hash;
  }
  return records;
}
