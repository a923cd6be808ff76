import pg from 'pg';
import { EMPTY_HEAD, linkBodies, type AuditRecord, type ChainHead } from './chain.js';
import type { AuditStore } from './store.js';

/** Any number that names our advisory lock; it serializes writers across gateway replicas. */
const CHAIN_LOCK = 0x5241_4d50; // "RAMP"

export interface PgStoreOptions {
  /** Connection string, e.g. postgres://postgres@127.0.0.1:5432/test. */
  connectionString: string;
  /** Table prefix (tests use a fresh one each). Letters, digits and underscores only. */
  prefix?: string;
  poolSize?: number;
}

/**
 * The shared store for several replicas: each batch is chained inside a transaction that holds
 * a transaction-scoped advisory lock, so replicas append to one chain without forks. Rows are
 * protected by triggers that refuse UPDATE and DELETE.
 */
export async function openPgStore(options: PgStoreOptions): Promise<AuditStore> {
  const prefix = options.prefix ?? 'rampart_';
  if (!/^[a-z_][a-z0-9_]{0,40}$/i.test(prefix)) throw new Error('invalid table prefix');
  const events = `${prefix}audit_events`;
  const checkpoints = `${prefix}audit_checkpoints`;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 4, connectionTimeoutMillis: 5000 });
  // A dropped connection must surface as a failed append, never crash the process.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [CHAIN_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${events} (seq BIGINT PRIMARY KEY, ts BIGINT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS ${checkpoints} (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, ts BIGINT NOT NULL, public_key TEXT NOT NULL, signature TEXT NOT NULL);
      CREATE OR REPLACE FUNCTION ${prefix}audit_refuse() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$;
      DROP TRIGGER IF EXISTS ${prefix}audit_append_only ON ${events};
      CREATE TRIGGER ${prefix}audit_append_only BEFORE UPDATE OR DELETE ON ${events}
        FOR EACH ROW EXECUTE FUNCTION ${prefix}audit_refuse();
    `);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [CHAIN_LOCK]).catch(() => undefined);
    client.release();
  }

  const toRecord = (r: { seq: string; ts: string; prev: string; hash: string; body: string }): AuditRecord => ({
    seq: Number(r.seq),
    ts: Number(r.ts),
    prev: r.prev,
    hash: r.hash,
    body: r.body,
  });
  const readHead = async (q: pg.Pool | pg.PoolClient): Promise<ChainHead> => {
    const res = await q.query(`SELECT seq, hash FROM ${events} ORDER BY seq DESC LIMIT 1`);
    const row = res.rows[0] as { seq: string; hash: string } | undefined;
    return row ? { seq: Number(row.seq), hash: row.hash } : EMPTY_HEAD;
  };

  return {
    kind: 'postgres',
    async appendBatch(batch, sign) {
      if (batch.length === 0) return readHead(pool);
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
        const records = linkBodies(await readHead(c), batch);
        const values: unknown[] = [];
        const rows = records.map((r, i) => {
          values.push(r.seq, r.ts, r.prev, r.hash, r.body);
          const b = i * 5;
          return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5})`;
        });
        await c.query(`INSERT INTO ${events} (seq, ts, prev, hash, body) VALUES ${rows.join(', ')}`, values);
        const last = records[records.length - 1]!;
        const head = { seq: last.seq, hash: last.hash };
        if (sign) {
          const cp = sign(head);
          await c.query(
            `INSERT INTO ${checkpoints} (seq, hash, ts, public_key, signature) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING`,
            [cp.seq, cp.hash, cp.ts, cp.publicKey, cp.signature],
          );
        }
        await c.query('COMMIT');
        return head;
      } catch (err) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        c.release();
      }
    },
    async saveCheckpoint(cp) {
      await pool.query(
        `INSERT INTO ${checkpoints} (seq, hash, ts, public_key, signature) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (seq) DO NOTHING`,
        [cp.seq, cp.hash, cp.ts, cp.publicKey, cp.signature],
      );
    },
    head: () => readHead(pool),
    async readRecords(afterSeq, limit) {
      const res = await pool.query(`SELECT seq, ts, prev, hash, body FROM ${events} WHERE seq > $1 ORDER BY seq ASC LIMIT $2`, [afterSeq, limit]);
      return res.rows.map(toRecord);
    },
    async checkpoints() {
      const res = await pool.query(`SELECT seq, hash, ts, public_key, signature FROM ${checkpoints} ORDER BY seq ASC`);
      return res.rows.map((r: { seq: string; hash: string; ts: string; public_key: string; signature: string }) => ({
        seq: Number(r.seq),
        hash: r.hash,
        ts: Number(r.ts),
        publicKey: r.public_key,
        signature: r.signature,
      }));
    },
    async count() {
      const res = await pool.query(`SELECT count(*)::bigint AS n FROM ${events}`);
      return Number((res.rows[0] as { n: string }).n);
    },
    async close() {
      await pool.end();
    },
  };
}
