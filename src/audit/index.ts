/**
 * The tamper-evident audit log: a hash chain over canonical JSON with Ed25519-signed checkpoints,
 * stored in SQLite (embedded default) or PostgreSQL (shared by replicas). Used by the gateway and
 * by every other entry point that must leave a record.
 */
import { existsSync } from 'node:fs';
import { createSigner, loadOrCreateSigningKey, readPublicKeyFile } from './checkpoint.js';
import { createAuditLog, type AuditLog, type AuditLogOptions } from './log.js';
import { openPgStore } from './pg-store.js';
import { openSqliteWorkerStore } from './sqlite-worker-store.js';
import type { AuditStore } from './store.js';
import { verifyAuditLog, type VerifyOptions, type VerifyResult } from './verify.js';

export { canonicalJson, CanonicalJsonError } from './canonical-json.js';
export { GENESIS, linkBatch, linkHash } from './chain.js';
export type { AuditEvent, AuditRecord, ChainHead } from './chain.js';
export { createSigner, loadOrCreateSigningKey, readPublicKeyFile, verifyCheckpoint } from './checkpoint.js';
export type { Checkpoint, CheckpointSigner } from './checkpoint.js';
export { createAuditLog } from './log.js';
export type { AuditLog, AuditLogOptions, AuditStats } from './log.js';
export { openPgStore } from './pg-store.js';
export { openSqliteStore } from './sqlite-store.js';
export { openSqliteWorkerStore } from './sqlite-worker-store.js';
export { CheckpointNotSavedError } from './store.js';
export type { AuditStore } from './store.js';
export { verifyAuditLog } from './verify.js';
export type { VerifyOptions, VerifyResult } from './verify.js';

/** Where the audit log lives and how it writes. */
export interface AuditConfig {
  /** SQLite file (default store). */
  sqlitePath?: string;
  /** PostgreSQL connection string; wins over sqlitePath when set. */
  postgresUrl?: string;
  postgresPrefix?: string;
  /** Ed25519 private key for checkpoints (created when missing). Default: `<sqlitePath>.key`, or `.rampart/audit.key`. */
  keyPath?: string;
  mode?: 'sync' | 'async';
  maxBuffer?: number;
  checkpointEvery?: number;
  checkpointIntervalMs?: number;
  /** See AuditLogOptions.commitIntervalMs. */
  commitIntervalMs?: number;
}

/** Files that sit beside a store: the signing key, its public half and the truncation anchor. */
export function auditSidecars(config: AuditConfig): { keyPath: string; publicKeyPath: string; anchorPath: string } {
  // Each PostgreSQL table prefix is its own chain, so it gets its own key and anchor.
  const base = config.postgresUrl ? `.rampart/audit-pg-${config.postgresPrefix ?? 'rampart_'}` : (config.sqlitePath ?? '.rampart/rampart.db');
  const keyPath = config.keyPath ?? `${base}.key`;
  const anchorPath = config.keyPath && config.postgresUrl ? `${config.keyPath}.anchor` : `${base}.anchor`;
  return { keyPath, publicKeyPath: `${keyPath}.pub`, anchorPath };
}

export async function openAuditStore(config: AuditConfig): Promise<AuditStore> {
  if (config.postgresUrl) {
    return openPgStore({ connectionString: config.postgresUrl, ...(config.postgresPrefix ? { prefix: config.postgresPrefix } : {}) });
  }
  return openSqliteWorkerStore(config.sqlitePath ?? '.rampart/rampart.db');
}

/** Opens the store, loads (or creates) the checkpoint key and returns a ready audit log. */
export async function openAuditLog(config: AuditConfig, extra: Partial<AuditLogOptions> = {}): Promise<AuditLog> {
  const store = await openAuditStore(config);
  const { keyPath, anchorPath } = auditSidecars(config);
  const signer = createSigner(loadOrCreateSigningKey(keyPath));
  return createAuditLog({
    store,
    signer,
    anchorPath,
    ...(config.mode ? { mode: config.mode } : {}),
    ...(config.maxBuffer ? { maxBuffer: config.maxBuffer } : {}),
    ...(config.checkpointEvery ? { checkpointEvery: config.checkpointEvery } : {}),
    ...(config.checkpointIntervalMs ? { checkpointIntervalMs: config.checkpointIntervalMs } : {}),
    ...(config.commitIntervalMs !== undefined ? { commitIntervalMs: config.commitIntervalMs } : {}),
    ...extra,
  });
}

/** Verifies a store with the sidecar files when present (public key pinned from `<key>.pub`, anchor). */
export async function verifyAuditStore(store: AuditStore, config: AuditConfig, options: VerifyOptions = {}): Promise<VerifyResult> {
  const { publicKeyPath, anchorPath } = auditSidecars(config);
  const publicKey = options.publicKey ?? (existsSync(publicKeyPath) ? readPublicKeyFile(publicKeyPath) : undefined);
  return verifyAuditLog(store, { ...options, ...(publicKey ? { publicKey } : {}), anchorPath: options.anchorPath ?? anchorPath });
}
