import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditSidecars,
  CheckpointNotSavedError,
  createAuditLog,
  createSigner,
  loadOrCreateSigningKey,
  openAuditLog,
  openPgStore,
  openSqliteStore,
  openSqliteWorkerStore,
  verifyAuditLog,
  verifyAuditStore,
  type AuditStore,
} from '../../src/audit/index.js';
import { PG_URL, serviceAvailable, uniquePrefix } from './services.js';

/** Tampering with a store behind the log's back, the way an attacker with database access would. */
interface Tamper {
  exec(sql: string): Promise<void>;
  /** Runs SQL without removing the append-only guard. */
  tryRaw(sql: string): Promise<void>;
  table: string;
  checkpoints: string;
  close(): Promise<void>;
}

interface Backend {
  name: string;
  open(): Promise<{ store: AuditStore; tamper: Tamper; reopen: () => Promise<AuditStore> }>;
}

const dir = mkdtempSync(join(tmpdir(), 'rampart-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sqliteBackendWith(name: string, openStore: (path: string) => AuditStore | Promise<AuditStore>): Backend {
  return {
    name,
    async open() {
      const path = join(dir, `${Math.random().toString(36).slice(2)}.db`);
      const store = await openStore(path);
      const raw = new Database(path);
      return {
        store,
        reopen: async () => openStore(path),
        tamper: {
          table: 'audit_events',
          checkpoints: 'audit_checkpoints',
          async tryRaw(sql) {
            raw.exec(sql);
          },
          async exec(sql) {
            raw.exec('DROP TRIGGER IF EXISTS audit_events_no_update; DROP TRIGGER IF EXISTS audit_events_no_delete;');
            raw.exec(sql);
          },
          async close() {
            raw.close();
          },
        },
      };
    },
  };
}
const sqliteBackend = sqliteBackendWith('sqlite', (path) => openSqliteStore(path));
const sqliteWorkerBackend = sqliteBackendWith('sqlite (worker thread)', (path) => openSqliteWorkerStore(path));

let pgUp = false;
const pgBackend: Backend = {
  name: 'postgres',
  async open() {
    const prefix = uniquePrefix('audit');
    const store = await openPgStore({ connectionString: PG_URL, prefix });
    const raw = new pg.Client({ connectionString: PG_URL });
    await raw.connect();
    return {
      store,
      reopen: () => openPgStore({ connectionString: PG_URL, prefix }),
      tamper: {
        table: `${prefix}audit_events`,
        checkpoints: `${prefix}audit_checkpoints`,
        async tryRaw(sql) {
          await raw.query(sql);
        },
        async exec(sql) {
          await raw.query(`DROP TRIGGER IF EXISTS ${prefix}audit_append_only ON ${prefix}audit_events; ${sql}`);
        },
        async close() {
          await raw.query(`DROP TABLE IF EXISTS ${prefix}audit_events; DROP TABLE IF EXISTS ${prefix}audit_checkpoints; DROP FUNCTION IF EXISTS ${prefix}audit_refuse()`);
          await raw.end();
        },
      },
    };
  },
};

beforeAll(async () => {
  pgUp = await serviceAvailable('postgres');
});

const signer = createSigner(loadOrCreateSigningKey(join(dir, 'signing.key')));

async function filledLog(backend: Backend, events: number, checkpointEvery = 10) {
  const opened = await backend.open();
  const log = createAuditLog({ store: opened.store, signer, checkpointEvery, checkpointIntervalMs: 3_600_000 });
  // Appends made together share commits (group commit) yet each resolves only once durable.
  await Promise.all(Array.from({ length: events }, (_, i) => log.append({ type: 'request', i, note: `event ${i}` })));
  return { ...opened, log };
}

for (const backend of [sqliteBackend, sqliteWorkerBackend, pgBackend]) {
  describe(`audit log on ${backend.name}`, () => {
    const skip = () => backend.name === 'postgres' && !pgUp;

    it('appends durably with group commit and verifies intact', async (ctx) => {
      if (skip()) return ctx.skip();
      const { log, store, tamper } = await filledLog(backend, 200);
      const stats = log.stats();
      expect(stats.appended).toBe(200);
      expect(stats.batches).toBeLessThan(200);
      expect(await store.count()).toBe(200);
      const result = await verifyAuditLog(store, { publicKey: signer.publicKeyB64 });
      expect(result).toMatchObject({ ok: true, events: 200, problems: [] });
      expect(result.checkpoints).toBeGreaterThan(0);
      await log.close();
      await tamper.close();
    });

    it('refuses UPDATE and DELETE through the append-only guard', async (ctx) => {
      if (skip()) return ctx.skip();
      const { log, tamper } = await filledLog(backend, 3);
      await expect(tamper.tryRaw(`UPDATE ${tamper.table} SET body = '{}' WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await expect(tamper.tryRaw(`DELETE FROM ${tamper.table} WHERE seq = 1`)).rejects.toThrow(/append-only/);
      await log.close();
      await tamper.close();
    });

    const tamperings: Array<[string, (t: Tamper) => string, RegExp]> = [
      ['an edited event', (t) => `UPDATE ${t.table} SET body = replace(body, 'event 5"', 'event X"') WHERE seq = 6`, /seq 6: content does not match/],
      ['a deleted event', (t) => `DELETE FROM ${t.table} WHERE seq = 7`, /expected seq 7/],
      ['reordered events', (t) => `UPDATE ${t.table} SET seq = -1 WHERE seq = 8; UPDATE ${t.table} SET seq = 8 WHERE seq = 9; UPDATE ${t.table} SET seq = 9 WHERE seq = -1;`, /seq (8|9): /],
      ['a truncated tail', (t) => `DELETE FROM ${t.table} WHERE seq > 25`, /truncated/],
      ['a truncated tail with its checkpoints', (t) => `DELETE FROM ${t.table} WHERE seq > 25; DELETE FROM ${t.checkpoints} WHERE seq > 25`, /anchor .*truncated/],
    ];
    for (const [what, sql, expected] of tamperings) {
      it(`detects ${what}`, async (ctx) => {
        if (skip()) return ctx.skip();
        const anchorPath = join(dir, `${Math.random().toString(36).slice(2)}.anchor`);
        const opened = await backend.open();
        const log = createAuditLog({ store: opened.store, signer, checkpointEvery: 10, checkpointIntervalMs: 3_600_000, anchorPath });
        for (let i = 0; i < 4; i++) await Promise.all(Array.from({ length: 10 }, (_, j) => log.append({ type: 'request', note: `event ${i * 10 + j}` })));
        const before = await verifyAuditLog(opened.store, { publicKey: signer.publicKeyB64, anchorPath });
        expect(before.ok).toBe(true);
        await opened.tamper.exec(sql(opened.tamper));
        const after = await verifyAuditLog(opened.store, { publicKey: signer.publicKeyB64, anchorPath });
        expect(after.ok).toBe(false);
        expect(after.problems.join('\n')).toMatch(expected);
        await log.close().catch(() => undefined);
        await opened.tamper.close();
      });
    }

    it('rejects a checkpoint signed by another key', async (ctx) => {
      if (skip()) return ctx.skip();
      const { log, store, tamper } = await filledLog(backend, 30);
      const other = createSigner(loadOrCreateSigningKey(join(dir, `other-${backend.name}.key`)));
      const result = await verifyAuditLog(store, { publicKey: other.publicKeyB64 });
      expect(result.ok).toBe(false);
      expect(result.problems[0]).toMatch(/signature invalid/);
      await log.close();
      await tamper.close();
    });

    it('continues one chain across reopen', async (ctx) => {
      if (skip()) return ctx.skip();
      const { log, tamper, reopen } = await filledLog(backend, 5);
      await log.close();
      const log2 = createAuditLog({ store: await reopen(), signer });
      await log2.append({ type: 'request', note: 'after reopen' });
      const result = await verifyAuditLog(log2.store, { publicKey: signer.publicKeyB64 });
      expect(result).toMatchObject({ ok: true, events: 6 });
      await log2.close();
      await tamper.close();
    });
  });
}

describe('audit log commit interval', () => {
  const settled = (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    return () => done;
  };
  const turns = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
  };

  it('commits an event on an idle log at once, and holds the next ones for the rest of the interval', async () => {
    const store = openSqliteStore(join(dir, 'interval.db'));
    const log = createAuditLog({ store, commitIntervalMs: 60_000 });
    await log.append({ first: true }); // idle: would time the test out if it waited the interval
    const second = settled(log.append({ n: 2 }));
    const third = settled(log.append({ n: 3 }));
    await turns(20);
    expect([second(), third()]).toEqual([false, false]);
    expect(log.stats().pending).toBe(2);
    await log.flush(); // flush does not wait out the interval
    expect([second(), third()]).toEqual([true, true]);
    expect(log.stats()).toMatchObject({ appended: 3, batches: 2 });
    expect(await store.count()).toBe(3);
    await log.close();
  });

  it('commits whenever the previous commit ends with an interval of 0', async () => {
    const store = openSqliteStore(join(dir, 'interval-0.db'));
    const log = createAuditLog({ store, commitIntervalMs: 0 });
    for (let i = 0; i < 5; i++) await log.append({ i });
    expect(log.stats()).toMatchObject({ appended: 5, batches: 5 });
    await log.close();
  });

  it('close() writes events still waiting for their interval', async () => {
    const store = openSqliteStore(join(dir, 'interval-close.db'));
    const log = createAuditLog({ store, commitIntervalMs: 60_000 });
    await log.append({ first: true });
    const pending = log.append({ n: 2 });
    await log.close();
    await pending;
    const reopened = openSqliteStore(join(dir, 'interval-close.db'));
    expect(await reopened.count()).toBe(2);
    await reopened.close();
  });
});

describe('audit log idle checkpoint', () => {
  it('signs the tail of a log that went quiet, so deleting its last event is detected', async () => {
    const path = join(dir, 'idle.db');
    const anchorPath = `${path}.anchor`;
    const store = openSqliteStore(path);
    const log = createAuditLog({ store, signer, anchorPath, checkpointIntervalMs: 250 });
    for (let i = 0; i < 3; i++) await log.append({ i }); // normally no checkpoint is due at these commits
    // Whether a slow machine made a commit sign or the idle timer did, the tail ends up signed.
    const lastSigned = async () => (await store.checkpoints()).at(-1)?.seq;
    for (let waited = 0; (await lastSigned()) !== 3 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(await lastSigned()).toBe(3);
    // While the log still runs, an attacker removes the newest event.
    const raw = new Database(path);
    raw.exec('DROP TRIGGER audit_events_no_delete; DELETE FROM audit_events WHERE seq = 3');
    raw.close();
    const result = await verifyAuditLog(store, { publicKey: signer.publicKeyB64, anchorPath });
    expect(result.ok).toBe(false);
    await log.close().catch(() => undefined);
  });
});

describe('audit log checkpoint failures', () => {
  /** A store whose checkpoint writes fail while `failing` is set. */
  function flakyCheckpoints(path: string, separate: boolean) {
    const inner = openSqliteStore(path);
    const state = { failing: true };
    const store: AuditStore = {
      ...inner,
      async appendBatch(bodies, sign) {
        // In one transaction: while failing, the batch is written unsigned (a commit that was due
        // to sign, on a slow machine, must not sign behind the test's back).
        if (!separate || !sign) return inner.appendBatch(bodies, state.failing ? undefined : sign);
        // Like the worker store: the batch commits, then the checkpoint is a second write.
        const head = await inner.appendBatch(bodies);
        if (state.failing) throw new CheckpointNotSavedError(head, new Error('SQLITE_BUSY'));
        await inner.saveCheckpoint(sign(head));
        return head;
      },
      async saveCheckpoint(cp) {
        if (state.failing) throw new Error('SQLITE_BUSY');
        return inner.saveCheckpoint(cp);
      },
    };
    return { store, state, inner };
  }

  it('a batch whose separate checkpoint failed is still durable and acknowledged', async () => {
    const { store, inner } = flakyCheckpoints(join(dir, 'cp-separate.db'), true);
    const log = createAuditLog({ store, signer, checkpointEvery: 1, checkpointIntervalMs: 60_000 });
    await expect(log.append({ n: 1 })).resolves.toBeUndefined();
    expect(log.stats()).toMatchObject({ appended: 1, failed: 0, checkpoints: 0 });
    expect(await inner.count()).toBe(1);
    await log.close();
  });

  it('an idle checkpoint that failed is tried again', async () => {
    const { store, state } = flakyCheckpoints(join(dir, 'cp-idle.db'), false);
    const log = createAuditLog({ store, signer, checkpointIntervalMs: 100 });
    await log.append({ n: 1 });
    for (let waited = 0; waited < 400; waited += 10) await new Promise((r) => setTimeout(r, 10)); // a few failed tries
    expect(log.stats().checkpoints).toBe(0);
    state.failing = false;
    for (let waited = 0; log.stats().checkpoints === 0 && waited < 5000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(log.stats().checkpoints).toBe(1);
    await log.close();
  });

  it('a second close() waits for the first to finish', async () => {
    const store = openSqliteStore(join(dir, 'double-close.db'));
    const log = createAuditLog({ store, commitIntervalMs: 60_000 });
    await log.append({ n: 1 });
    void log.append({ n: 2 }); // waits for the commit interval
    void log.close();
    await log.close(); // must not return before the first close has written that event
    const reopened = openSqliteStore(join(dir, 'double-close.db'));
    expect(await reopened.count()).toBe(2);
    await reopened.close();
  });

  it('refuses appends once close() has begun', async () => {
    const log = createAuditLog({ store: openSqliteStore(join(dir, 'closing.db')) });
    await log.append({ n: 1 });
    const closing = log.close();
    await expect(log.append({ n: 2 })).rejects.toThrow(/closed/);
    await closing;
  });

  it('never moves the anchor back to an older checkpoint', async () => {
    const path = join(dir, 'anchor-order.db');
    const anchorPath = `${path}.anchor`;
    writeFileSync(anchorPath, JSON.stringify({ seq: 999, hash: 'x'.repeat(64) }));
    const log = createAuditLog({ store: openSqliteStore(path), signer, anchorPath, checkpointEvery: 1 });
    await log.append({ n: 1 });
    expect(log.stats().checkpoints).toBe(1);
    expect((JSON.parse(readFileSync(anchorPath, 'utf8')) as { seq: number }).seq).toBe(999);
    await log.close();
  });
});

describe('audit log failure modes', () => {
  it('rejects appends in sync mode when the store fails', async () => {
    const store = openSqliteStore(join(dir, 'failing.db'));
    const log = createAuditLog({ store });
    await log.append({ ok: 1 });
    await store.close(); // the database goes away underneath the log
    await expect(log.append({ ok: 2 })).rejects.toThrow();
    expect(log.stats().failed).toBe(1);
  });

  it('rejects appends when the worker-thread store is gone, and recovers nothing silently', async () => {
    const store = await openSqliteWorkerStore(join(dir, 'worker-failing.db'));
    const log = createAuditLog({ store });
    await log.append({ ok: 1 });
    await store.close();
    await expect(log.append({ ok: 2 })).rejects.toThrow(/closed/);
  });

  it('async mode resolves at once, bounds its buffer and counts drops', async () => {
    const store = openSqliteStore(join(dir, 'async.db'));
    const log = createAuditLog({ store, mode: 'async', maxBuffer: 5 });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => log.append({ i })));
    expect(results).toHaveLength(12);
    await log.flush();
    const stats = log.stats();
    expect(stats.dropped).toBe(7);
    expect(stats.appended).toBe(5);
    expect(await store.count()).toBe(5);
    expect((await verifyAuditLog(store)).ok).toBe(true);
    await log.close();
  });

  it('openAuditLog creates the key, pins it beside the database and verifies with the sidecars', async () => {
    const config = { sqlitePath: join(dir, 'sidecar', 'audit.db') };
    const log = await openAuditLog(config);
    await Promise.all([log.append({ a: 1 }), log.append({ a: 2 })]);
    await log.close();
    const store = openSqliteStore(config.sqlitePath, { readonly: true });
    const result = await verifyAuditStore(store, config);
    expect(result).toMatchObject({ ok: true, events: 2, keyPinned: true });
    expect(result.checkpoints).toBeGreaterThan(0);
    expect(auditSidecars(config).anchorPath).toBe(`${config.sqlitePath}.anchor`);
    await store.close();
  });
});
