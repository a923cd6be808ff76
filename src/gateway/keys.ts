import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { normalizeScopeEntry } from './tool-scope.js';

/**
 * Virtual API keys: what a client presents instead of the provider's key. Only a SHA-256 of the
 * key is stored (the key is 32 random bytes, so a fast hash is enough); the key itself is shown
 * once, when it is created.
 */
export interface VirtualKey {
  id: string;
  name: string;
  /** Models (route names) the key may use; null = every route. */
  models: string[] | null;
  /** Tools the model may call in answers to this key; null = any. */
  tools: string[] | null;
  rpm: number | null;
  tpm: number | null;
  /** Epoch ms after which the key stops working; null = never. */
  expiresAt: number | null;
  /** Named policy (config `policies`) its requests run under; null = the gateway's default policy. */
  policy: string | null;
  createdAt: number;
  revokedAt: number | null;
}

export interface NewKey {
  name: string;
  models?: string[] | null;
  tools?: string[] | null;
  rpm?: number | null;
  tpm?: number | null;
  expiresAt?: number | null;
  policy?: string | null;
}

export interface KeyStore {
  create(input: NewKey): Promise<{ record: VirtualKey; key: string }>;
  /** The live key for a presented secret, or undefined (unknown, revoked or expired). */
  lookup(presented: string): Promise<VirtualKey | undefined>;
  revoke(id: string): Promise<boolean>;
  list(): Promise<VirtualKey[]>;
  close(): Promise<void>;
}

const KEY_PREFIX = 'rk-';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function newSecret(): { id: string; key: string } {
  return { id: `key_${randomBytes(8).toString('hex')}`, key: `${KEY_PREFIX}${randomBytes(32).toString('base64url')}` };
}

/** Cheap shape check first so garbage never reaches the database. */
function plausible(presented: string): boolean {
  return presented.startsWith(KEY_PREFIX) && presented.length === KEY_PREFIX.length + 43;
}

function live(k: VirtualKey | undefined, hash: string, storedHash: string | undefined, now = Date.now()): VirtualKey | undefined {
  if (!k || !storedHash) return undefined;
  // The row was found by its hash; the constant-time compare guards against a lookup that matched loosely.
  if (!timingSafeEqual(Buffer.from(hash), Buffer.from(storedHash))) return undefined;
  if (k.revokedAt !== null) return undefined;
  if (k.expiresAt !== null && k.expiresAt <= now) return undefined;
  return k;
}

interface Row {
  id: string;
  name: string;
  hash: string;
  models: string | null;
  tools: string | null;
  rpm: number | null;
  tpm: number | null;
  expires_at: number | string | null;
  policy: string | null;
  created_at: number | string;
  revoked_at: number | string | null;
}

function fromRow(r: Row): VirtualKey {
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    id: r.id,
    name: r.name,
    models: r.models ? (JSON.parse(r.models) as string[]) : null,
    tools: r.tools ? (JSON.parse(r.tools) as string[]) : null,
    rpm: r.rpm,
    tpm: r.tpm,
    expiresAt: num(r.expires_at),
    policy: r.policy ?? null,
    createdAt: Number(r.created_at),
    revokedAt: num(r.revoked_at),
  };
}

function toRecord(id: string, input: NewKey, now: number): VirtualKey {
  return {
    id,
    name: input.name,
    models: input.models ?? null,
    // Stored as the checks compare them ("builtin:web_search_preview" is builtin:web_search).
    tools: input.tools ? input.tools.map(normalizeScopeEntry) : null,
    rpm: input.rpm ?? null,
    tpm: input.tpm ?? null,
    expiresAt: input.expiresAt ?? null,
    policy: input.policy ?? null,
    createdAt: now,
    revokedAt: null,
  };
}

/** A new key, its record, and the values of its row in COLUMNS order (revoked_at, last, left NULL). */
function newKeyRow(input: NewKey): { record: VirtualKey; key: string; values: unknown[] } {
  const { id, key } = newSecret();
  const record = toRecord(id, input, Date.now());
  const values = [id, record.name, hashKey(key), json(record.models), json(record.tools), record.rpm, record.tpm, record.expiresAt, record.createdAt, record.policy];
  return { record, key, values };
}

/**
 * Key lookup by hash with a short cache, shared by both stores. The cache bounds how long a key
 * revoked by another process or replica keeps working (`cacheMs`); `clear()` makes a local revoke
 * take effect at once.
 */
function cachedLookup(cacheMs: number, findRow: (hash: string) => Row | undefined | Promise<Row | undefined>) {
  const cache = new Map<string, { at: number; key: VirtualKey | undefined; hash?: string }>();
  return {
    async lookup(presented: string): Promise<VirtualKey | undefined> {
      if (!plausible(presented)) return undefined;
      const hash = hashKey(presented);
      const now = Date.now();
      const hit = cache.get(hash);
      if (hit && now - hit.at < cacheMs) return live(hit.key, hash, hit.hash, now);
      const row = await findRow(hash);
      const key = row && fromRow(row);
      if (cache.size > 10_000) cache.clear();
      cache.set(hash, { at: now, key, ...(row ? { hash: row.hash } : {}) });
      return live(key, hash, row?.hash, now);
    },
    clear: () => cache.clear(),
  };
}

const COLUMNS = 'id, name, hash, models, tools, rpm, tpm, expires_at, created_at, policy, revoked_at';
const TABLE_SQL = (t: string, big: string) =>
  `CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, models TEXT, tools TEXT,
   rpm INTEGER, tpm INTEGER, expires_at ${big}, created_at ${big} NOT NULL, revoked_at ${big}, policy TEXT)`;
/** Tables created before keys had a policy gain the column (a NULL policy is the default one). */
const ADD_POLICY_SQL = (t: string) => `ALTER TABLE ${t} ADD COLUMN policy TEXT`;

/**
 * Keys in a SQLite file (by default the same file as the audit log, table `rampart_keys`).
 * Lookups are cached for `cacheMs` (default 1 s); a revoke through this store clears the cache at
 * once, a revoke by another process sharing the file takes effect within `cacheMs`.
 */
export function openSqliteKeyStore(path: string, cacheMs = 1000): KeyStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.exec(TABLE_SQL('rampart_keys', 'INTEGER'));
  const columns = db.prepare('PRAGMA table_info(rampart_keys)').all() as Array<{ name: string }>;
  if (!columns.some((c) => c.name === 'policy')) db.exec(ADD_POLICY_SQL('rampart_keys'));
  const byHash = db.prepare(`SELECT ${COLUMNS} FROM rampart_keys WHERE hash = ?`);
  const insert = db.prepare(`INSERT INTO rampart_keys (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`);
  const cache = cachedLookup(cacheMs, (hash) => byHash.get(hash) as Row | undefined);
  return {
    async create(input) {
      const { record, key, values } = newKeyRow(input);
      insert.run(...values);
      return { record, key };
    },
    lookup: cache.lookup,
    async revoke(id) {
      cache.clear();
      return db.prepare('UPDATE rampart_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(Date.now(), id).changes > 0;
    },
    async list() {
      return (db.prepare(`SELECT ${COLUMNS} FROM rampart_keys ORDER BY created_at`).all() as Row[]).map(fromRow);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

/**
 * Keys in PostgreSQL, shared by replicas. Lookups are cached for `cacheMs` (default 1 s), which
 * bounds how long a revoked key keeps working on another replica.
 */
export async function openPgKeyStore(connectionString: string, prefix = 'rampart_', cacheMs = 1000): Promise<KeyStore> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/i.test(prefix)) throw new Error('invalid table prefix');
  const table = `${prefix}keys`;
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: 5000 });
  pool.on('error', () => undefined);
  await pool.query(TABLE_SQL(table, 'BIGINT'));
  // Two replicas starting together may race here; the loser's "duplicate column" is harmless.
  await pool.query(ADD_POLICY_SQL(table).replace('ADD COLUMN', 'ADD COLUMN IF NOT EXISTS')).catch((err: { code?: string }) => {
    if (err.code !== '42701' && err.code !== '23505') throw err;
  });
  const cache = cachedLookup(cacheMs, async (hash) => (await pool.query(`SELECT ${COLUMNS} FROM ${table} WHERE hash = $1`, [hash])).rows[0] as Row | undefined);
  return {
    async create(input) {
      const { record, key, values } = newKeyRow(input);
      await pool.query(`INSERT INTO ${table} (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL)`, values);
      return { record, key };
    },
    lookup: cache.lookup,
    async revoke(id) {
      cache.clear();
      const res = await pool.query(`UPDATE ${table} SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL`, [Date.now(), id]);
      return (res.rowCount ?? 0) > 0;
    },
    async list() {
      return ((await pool.query(`SELECT ${COLUMNS} FROM ${table} ORDER BY created_at`)).rows as Row[]).map(fromRow);
    },
    async close() {
      await pool.end();
    },
  };
}

function json(v: string[] | null): string | null {
  return v === null ? null : JSON.stringify(v);
}
