import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { EMPTY_HEAD, linkBodies, type AuditRecord, type ChainHead } from './chain.js';
import type { Checkpoint } from './checkpoint.js';
import type { AuditStore } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_events (
  seq  INTEGER PRIMARY KEY,
  ts   INTEGER NOT NULL,
  prev TEXT NOT NULL,
  hash TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_checkpoints (
  seq        INTEGER PRIMARY KEY,
  hash       TEXT NOT NULL,
  ts         INTEGER NOT NULL,
  public_key TEXT NOT NULL,
  signature  TEXT NOT NULL
);
-- Append-only: changing history needs dropping these first, which verify then catches anyway.
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
  BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
`;

export interface SqliteStoreOptions {
  /** Open read-only (for `rampart audit verify`): never creates or migrates the file. */
  readonly?: boolean;
}

/**
 * The embedded default store: one SQLite file in WAL mode with `synchronous=FULL`, so a committed
 * batch survives a power cut. Writers in several processes serialize on BEGIN IMMEDIATE.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): AuditStore {
  if (!options.readonly && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, options.readonly ? { readonly: true, fileMustExist: true } : {});
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(SCHEMA);
  }
  const headStmt = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
  const readHead = (): ChainHead => (headStmt.get() as ChainHead | undefined) ?? EMPTY_HEAD;
  const insertEvent = options.readonly ? undefined : db.prepare('INSERT INTO audit_events (seq, ts, prev, hash, body) VALUES (?, ?, ?, ?, ?)');
  const insertCheckpoint = options.readonly
    ? undefined
    : db.prepare('INSERT OR REPLACE INTO audit_checkpoints (seq, hash, ts, public_key, signature) VALUES (?, ?, ?, ?, ?)');

  const append = db.transaction((bodies: readonly string[], sign?: (head: ChainHead) => Checkpoint): ChainHead => {
    const records = linkBodies(readHead(), bodies);
    for (const r of records) insertEvent!.run(r.seq, r.ts, r.prev, r.hash, r.body);
    const last = records[records.length - 1]!;
    const head = { seq: last.seq, hash: last.hash };
    if (sign) {
      const cp = sign(head);
      insertCheckpoint!.run(cp.seq, cp.hash, cp.ts, cp.publicKey, cp.signature);
    }
    return head;
  });

  return {
    kind: 'sqlite',
    async appendBatch(bodies, sign) {
      if (!insertEvent) throw new Error('audit store is read-only');
      if (bodies.length === 0) return readHead();
      return append.immediate(bodies, sign);
    },
    async saveCheckpoint(cp) {
      if (!insertCheckpoint) throw new Error('audit store is read-only');
      insertCheckpoint.run(cp.seq, cp.hash, cp.ts, cp.publicKey, cp.signature);
    },
    async head() {
      return readHead();
    },
    async readRecords(afterSeq, limit) {
      return db.prepare('SELECT seq, ts, prev, hash, body FROM audit_events WHERE seq > ? ORDER BY seq ASC LIMIT ?').all(afterSeq, limit) as AuditRecord[];
    },
    async checkpoints() {
      const rows = db.prepare('SELECT seq, hash, ts, public_key AS publicKey, signature FROM audit_checkpoints ORDER BY seq ASC').all();
      return rows as Checkpoint[];
    },
    async count() {
      return (db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
