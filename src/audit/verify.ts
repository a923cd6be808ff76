import { readFileSync } from 'node:fs';
import { linkHash, GENESIS } from './chain.js';
import { verifyCheckpoint, type Checkpoint } from './checkpoint.js';
import type { AuditStore } from './store.js';

export interface VerifyOptions {
  /** The trusted checkpoint key (base64 SPKI DER). Without it the key stored in the checkpoints is used, which only proves consistency. */
  publicKey?: string;
  /** An anchor file written by the log (the latest checkpoint, kept outside the database): catches a truncated database. */
  anchorPath?: string;
  /** Stop collecting after this many problems. */
  maxProblems?: number;
}

export interface VerifyResult {
  ok: boolean;
  /** Records read. */
  events: number;
  checkpoints: number;
  head: { seq: number; hash: string };
  /** What is wrong, first problem first (seq numbers, never event contents). */
  problems: string[];
  /** True when a trusted public key was given; false means checkpoints were checked against their own key. */
  keyPinned: boolean;
}

const PAGE = 5000;

/**
 * Walks the whole chain and the signed checkpoints. Detects an edited record (hash mismatch),
 * a deleted or reordered one (seq gap, broken prev link), and a truncated log (a checkpoint or the
 * anchor beyond the last record, or naming a different hash).
 */
export async function verifyAuditLog(store: AuditStore, options: VerifyOptions = {}): Promise<VerifyResult> {
  const max = options.maxProblems ?? 50;
  const problems: string[] = [];
  const report = (p: string) => {
    if (problems.length < max) problems.push(p);
  };
  const hashAt = new Map<number, string>();
  const cps = await store.checkpoints();
  const wanted = new Set(cps.map((c) => c.seq));
  const anchor = options.anchorPath ? readAnchor(options.anchorPath, report) : undefined;
  if (anchor) wanted.add(anchor.seq);

  let expectedSeq = 1;
  let prev = GENESIS;
  let events = 0;
  let after = 0;
  for (;;) {
    const page = await store.readRecords(after, PAGE);
    if (page.length === 0) break;
    for (const r of page) {
      events += 1;
      if (r.seq !== expectedSeq) report(`seq ${r.seq}: expected seq ${expectedSeq} (records deleted or reordered)`);
      if (r.prev !== prev) report(`seq ${r.seq}: prev link does not match the hash of the record before it`);
      if (linkHash(r.seq, r.ts, r.prev, r.body) !== r.hash) report(`seq ${r.seq}: content does not match its hash (record edited)`);
      if (wanted.has(r.seq)) hashAt.set(r.seq, r.hash);
      prev = r.hash;
      expectedSeq = r.seq + 1;
      after = r.seq;
    }
  }
  const head = { seq: after, hash: after === 0 ? GENESIS : prev };

  const keys = new Set(cps.map((c) => c.publicKey));
  if (!options.publicKey && keys.size > 1) report(`checkpoints are signed by ${keys.size} different keys`);
  for (const cp of cps) checkCheckpoint(cp, head.seq, hashAt, options.publicKey ?? cp.publicKey, report, 'checkpoint');
  if (anchor) checkCheckpoint(anchor, head.seq, hashAt, options.publicKey ?? anchor.publicKey, report, 'anchor');

  return { ok: problems.length === 0, events, checkpoints: cps.length, head, problems, keyPinned: Boolean(options.publicKey) };
}

function checkCheckpoint(cp: Checkpoint, lastSeq: number, hashAt: Map<number, string>, key: string, report: (p: string) => void, what: string): void {
  if (!verifyCheckpoint(cp, key)) report(`${what} at seq ${cp.seq}: signature invalid`);
  if (cp.seq > lastSeq) report(`${what} at seq ${cp.seq}: log ends at seq ${lastSeq} (truncated)`);
  else if (hashAt.get(cp.seq) !== cp.hash) report(`${what} at seq ${cp.seq}: hash differs from the stored record`);
}

function readAnchor(path: string, report: (p: string) => void): Checkpoint | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    // No anchor yet (a log that never checkpointed) is not tampering; a directory or unreadable file is reported.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') report(`anchor ${path}: cannot read (${(err as NodeJS.ErrnoException).code})`);
    return undefined;
  }
  try {
    const cp = JSON.parse(text) as Checkpoint;
    if (typeof cp.seq !== 'number' || typeof cp.hash !== 'string' || typeof cp.signature !== 'string') throw new Error('shape');
    return cp;
  } catch {
    report(`anchor ${path}: not a checkpoint`);
    return undefined;
  }
}
