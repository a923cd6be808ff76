/**
 * SHA-256 of many files at the machine's hashing speed, spread over a pool of worker threads (one per
 * core, at most one per file). Large files are hashed by the system `openssl dgst` when it is present:
 * some Node builds link an OpenSSL without the SHA-extension assembly (Debian's node hashes at ~1/3 of
 * `openssl speed sha256` on the same core), and pinning should run at the machine's speed. Small files,
 * or machines without openssl, use node:crypto. Set RAMPART_HASH_OPENSSL=0 to always use node:crypto.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface FileDigest {
  size: number;
  sha256: string;
}

const CHUNK = 4 * 1024 * 1024;
/** Files at least this large go to `openssl dgst` (process start-up costs a few ms). */
const OPENSSL_MIN_BYTES = 16 * 1024 * 1024;
let opensslChecked: boolean | undefined;

function opensslAvailable(): boolean {
  if (opensslChecked === undefined) {
    try {
      opensslChecked = process.env.RAMPART_HASH_OPENSSL !== '0' && /^OpenSSL|^LibreSSL/.test(execFileSync('openssl', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    } catch {
      opensslChecked = false;
    }
  }
  return opensslChecked;
}

/** `openssl dgst -sha256 -r FILE` -> hex digest, or undefined if it did not run cleanly. */
function opensslDigest(path: string): string | undefined {
  try {
    const out = execFileSync('openssl', ['dgst', '-sha256', '-r', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 16 });
    const m = /^([0-9a-f]{64}) /.exec(out);
    return m ? m[1] : undefined;
  } catch {
    return undefined;
  }
}

/** Hashes one file in this thread (through openssl for large files when available). */
export function hashFileSync(path: string, buf?: Buffer): FileDigest {
  const fd = openSync(path, 'r');
  try {
    const before = fstatSync(fd);
    if (before.isFile() && before.size >= OPENSSL_MIN_BYTES && opensslAvailable()) {
      const digest = opensslDigest(path);
      const after = fstatSync(fd);
      if (digest !== undefined && after.size === before.size && after.mtimeMs === before.mtimeMs) return { size: before.size, sha256: digest };
    }
    buf ??= Buffer.allocUnsafe(CHUNK);
    const h = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(n === buf.length ? buf : buf.subarray(0, n));
      size += n;
    }
    return { size, sha256: h.digest('hex') };
  } finally {
    closeSync(fd);
  }
}

/** Worker source, evaluated as a script so it runs the same from src (tests) and dist. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const buf = Buffer.allocUnsafe(${CHUNK});
let openssl;
function viaOpenssl(path) {
  if (openssl === undefined) {
    try { openssl = process.env.RAMPART_HASH_OPENSSL !== '0' && /^OpenSSL|^LibreSSL/.test(execFileSync('openssl', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })); } catch { openssl = false; }
  }
  if (!openssl) return undefined;
  try {
    const m = /^([0-9a-f]{64}) /.exec(execFileSync('openssl', ['dgst', '-sha256', '-r', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    return m ? m[1] : undefined;
  } catch { return undefined; }
}
parentPort.on('message', ({ id, path }) => {
  let fd;
  try {
    fd = fs.openSync(path, 'r');
    const before = fs.fstatSync(fd);
    if (before.isFile() && before.size >= ${16 * 1024 * 1024}) {
      const digest = viaOpenssl(path);
      const after = fs.fstatSync(fd);
      if (digest !== undefined && after.size === before.size && after.mtimeMs === before.mtimeMs) {
        parentPort.postMessage({ id, size: before.size, sha256: digest });
        return;
      }
    }
    const h = createHash('sha256');
    let size = 0;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(n === buf.length ? buf : buf.subarray(0, n));
      size += n;
    }
    parentPort.postMessage({ id, size, sha256: h.digest('hex') });
  } catch (e) {
    parentPort.postMessage({ id, error: (e && e.code) || 'read failed' });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
});
`;

/** Hashes files in parallel; results are in input order. Rejects on the first unreadable file. */
export async function hashFiles(paths: readonly string[], threads = availableParallelism()): Promise<FileDigest[]> {
  const n = Math.max(1, Math.min(threads, paths.length));
  if (n <= 1) return paths.map((p) => hashFileSync(p));
  const results: FileDigest[] = new Array(paths.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      for (let w = 0; w < n; w++) {
        const worker = new Worker(WORKER_SOURCE, { eval: true });
        workers.push(worker);
        const feed = () => {
          if (next < paths.length) {
            const id = next++;
            worker.postMessage({ id, path: paths[id] });
          }
        };
        worker.on('message', (m: { id: number; size?: number; sha256?: string; error?: string }) => {
          if (m.error !== undefined) {
            reject(new Error(`cannot read ${paths[m.id]}: ${m.error}`));
            return;
          }
          results[m.id] = { size: m.size!, sha256: m.sha256! };
          if (++done === paths.length) resolve();
          else feed();
        });
        worker.on('error', reject);
        feed();
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
