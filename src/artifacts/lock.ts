/**
 * Hash pinning: `rampart.lock.json` records every file's size and SHA-256 under a model folder, and the
 * hub id and the immutable commit revision it came from. A mutable tag or branch is refused: a name
 * that can move is not a pin. `verifyLock` reports added, removed and changed files.
 *
 * @example
 * await writeLock('models/llama', { hubId: 'org/llama', revision: '0123...(40 hex)' });
 * const diff = await verifyLock('models/llama'); if (!diff.ok) refuse(diff);
 */
import { existsSync, lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hashFiles } from './hash.js';

export const LOCK_FILE = 'rampart.lock.json';
/** Files that describe the folder rather than belong to the model. */
export const LOCK_EXCLUDED = new Set([LOCK_FILE, 'model.sig']);

export interface LockEntry {
  size: number;
  sha256: string;
}

export interface LockFile {
  version: 1;
  algorithm: 'sha256';
  hub?: { id: string; revision: string };
  files: Record<string, LockEntry>;
}

export class LockError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockError';
  }
}

const COMMIT = /^[0-9a-f]{40}$/;
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

/** Relative paths (with `/`) of every regular file under `dir`, sorted; skips .git and lock/signature files. */
export function listModelFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isDirectory()) {
        if (name !== '.git') walk(full);
      } else if (st.isFile() || st.isSymbolicLink()) {
        // A link to a device or FIFO would make hashing hang: only regular files are pinned.
        if (st.isSymbolicLink() && !statIsFile(full)) throw new LockError(`${full} is a symlink to something other than a regular file`);
        const rel = relative(dir, full).split(sep).join('/');
        if (!LOCK_EXCLUDED.has(rel)) out.push(rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Hashes every model file under `dir`. */
export async function hashModelDir(dir: string, files = listModelFiles(dir)): Promise<Record<string, LockEntry>> {
  const digests = await hashFiles(files.map((f) => join(dir, f)));
  const out: Record<string, LockEntry> = {};
  files.forEach((f, i) => (out[f] = { size: digests[i]!.size, sha256: digests[i]!.sha256 }));
  return out;
}

/** Builds (and writes) the lock for `dir`. */
export async function writeLock(dir: string, hub: { hubId?: string; revision?: string } = {}): Promise<LockFile> {
  if (hub.revision !== undefined && !COMMIT.test(hub.revision)) {
    throw new LockError(`revision must be a full 40-hex commit id, not "${hub.revision.slice(0, 60)}" (tags and branches can move)`);
  }
  if (hub.hubId !== undefined && !HUB_ID.test(hub.hubId)) throw new LockError(`hub id "${hub.hubId.slice(0, 60)}" is not of the form org/name`);
  if (hub.revision !== undefined && hub.hubId === undefined) throw new LockError('--revision needs --hub-id');
  const lock: LockFile = {
    version: 1,
    algorithm: 'sha256',
    ...(hub.hubId !== undefined ? { hub: { id: hub.hubId, revision: hub.revision ?? '' } } : {}),
    files: await hashModelDir(dir),
  };
  if (lock.hub && lock.hub.revision === '') throw new LockError('--hub-id needs --revision (a 40-hex commit id)');
  writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify(lock, null, 2)}\n`);
  return lock;
}

/** Reads and validates a lock file. */
export function readLock(path: string): LockFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LockError(`cannot read lock ${path}: ${(err as NodeJS.ErrnoException).code ?? 'invalid JSON'}`);
  }
  const l = raw as Partial<LockFile>;
  if (l.version !== 1 || l.algorithm !== 'sha256' || typeof l.files !== 'object' || l.files === null) throw new LockError(`${path} is not a rampart lock (version 1, sha256)`);
  for (const [name, e] of Object.entries(l.files)) {
    if (typeof e?.size !== 'number' || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256) || name.split('/').includes('..')) {
      throw new LockError(`${path}: bad entry for ${name.slice(0, 80)}`);
    }
  }
  if (l.hub !== undefined && (!COMMIT.test(l.hub.revision) || !HUB_ID.test(l.hub.id))) throw new LockError(`${path}: hub revision is not a 40-hex commit`);
  return l as LockFile;
}

export interface LockDiff {
  ok: boolean;
  added: string[];
  removed: string[];
  changed: Array<{ path: string; expected: LockEntry; actual: LockEntry }>;
  lock: LockFile;
}

/** Compares `dir` with its lock (default `dir/rampart.lock.json`). */
export async function verifyLock(dir: string, lockPath = join(dir, LOCK_FILE)): Promise<LockDiff> {
  if (!existsSync(lockPath)) throw new LockError(`no lock file at ${lockPath}; run rampart pin first`);
  const lock = readLock(lockPath);
  const files = listModelFiles(dir);
  const expected = new Set(Object.keys(lock.files));
  const added = files.filter((f) => !expected.has(f));
  const present = files.filter((f) => expected.has(f));
  const removed = [...expected].filter((f) => !files.includes(f)).sort();
  const actual = await hashModelDir(dir, present);
  const changed = present
    .filter((f) => actual[f]!.sha256 !== lock.files[f]!.sha256 || actual[f]!.size !== lock.files[f]!.size)
    .map((f) => ({ path: f, expected: lock.files[f]!, actual: actual[f]! }));
  return { ok: added.length === 0 && removed.length === 0 && changed.length === 0, added, removed, changed, lock };
}

function statIsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
