/**
 * Artifact benchmark: builds a 1 GiB PyTorch-style zip checkpoint in the temp folder (data.pkl plus 64
 * stored 16 MiB tensor members), then times `scanArtifact` on it (target <= 0.15 s: tensor bytes are
 * never read) and sha256 pin hashing against the single-core `openssl speed -seconds 2 sha256` figure.
 *
 * Run: npx tsx bench/artifacts.ts   (prints the figures; leaves nothing behind)
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { hashFiles, hashFileSync } from '../src/artifacts/hash.js';
import { scanArtifact } from '../src/artifacts/scan.js';

const TENSORS = 64;
const TENSOR_BYTES = 16 * 1024 * 1024;

/** A state-dict pickle (protocol 2) referencing TENSORS float storages, as torch.save writes it. */
function statePickle(): Buffer {
  const parts: Buffer[] = [Buffer.from('\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01(', 'latin1')];
  for (let i = 0; i < TENSORS; i++) {
    const key = `layer${i}.weight`;
    const n = TENSOR_BYTES / 4;
    parts.push(
      Buffer.concat([
        Buffer.from([0x58]), u32(key.length), Buffer.from(key),
        Buffer.from('ctorch._utils\n_rebuild_tensor_v2\n(', 'latin1'),
        Buffer.from('(X\x07\x00\x00\x00storagectorch\nFloatStorage\n', 'latin1'),
        Buffer.from([0x58]), u32(String(i).length), Buffer.from(String(i)),
        Buffer.from('X\x03\x00\x00\x00cpu', 'latin1'), Buffer.from([0x4a]), u32(n), Buffer.from('tQ', 'latin1'),
        Buffer.from([0x4b, 0, 0x4a]), u32(n), Buffer.from([0x85, 0x4b, 1, 0x85, 0x89]),
        Buffer.from('ccollections\nOrderedDict\n)RtR', 'latin1'),
      ]),
    );
  }
  parts.push(Buffer.from('u.', 'latin1'));
  return Buffer.concat(parts);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

/** Writes a stored (uncompressed) zip with the given members; tensor data is one reused buffer. */
function writeCheckpoint(path: string): number {
  const fd = openSync(path, 'w');
  const central: Buffer[] = [];
  let offset = 0;
  const tensor = Buffer.alloc(TENSOR_BYTES);
  for (let i = 0; i < tensor.length; i += 4) tensor.writeUInt32LE((i * 2654435761) >>> 0, i);
  const tensorCrc = crc32(tensor) >>> 0;
  const add = (name: string, data: Buffer, crc: number) => {
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    writeSync(fd, Buffer.concat([local, nameBuf]));
    writeSync(fd, data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(Buffer.concat([c, nameBuf]));
    offset += 30 + nameBuf.length + data.length;
  };
  const pkl = statePickle();
  add('archive/data.pkl', pkl, crc32(pkl) >>> 0);
  add('archive/version', Buffer.from('3\n'), crc32(Buffer.from('3\n')) >>> 0);
  for (let i = 0; i < TENSORS; i++) add(`archive/data/${i}`, tensor, tensorCrc);
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(central.length, 8);
  eocd.writeUInt16LE(central.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  writeSync(fd, Buffer.concat([cd, eocd]));
  closeSync(fd);
  return offset + cd.length + 22;
}

/** CPU seconds (user, user+system) used by this process and its waited-for children, from /proc/self/stat. */
function cpuSeconds(): { user: number; total: number } | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    const hz = 100; // USER_HZ on Linux
    return { user: (utime! + cutime!) / hz, total: (utime! + stime! + cutime! + cstime!) / hz };
  } catch {
    return undefined;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Single-core OpenSSL sha256 speed in MB/s (1e6 bytes), from its largest block size column. */
function opensslSha256MBps(): number | undefined {
  try {
    const out = execFileSync('openssl', ['speed', '-seconds', '2', 'sha256'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const line = out.split('\n').find((l) => /^sha256\s/.test(l));
    if (!line) return undefined;
    const last = line.trim().split(/\s+/).pop()!; // e.g. "1953312.45k" = thousands of bytes per second
    return parseFloat(last) / 1000;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
  const file = join(dir, 'checkpoint_1GiB.pt');
  try {
    const size = writeCheckpoint(file);
    console.log(`checkpoint: ${file} ${(size / 2 ** 30).toFixed(3)} GiB, ${TENSORS} tensor members`);

    const scans: number[] = [];
    let verdict = '';
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const r = scanArtifact(file);
      scans.push((performance.now() - t) / 1000);
      verdict = `${r.verdict} (${r.format})`;
    }
    console.log(`scan: first ${scans[0]!.toFixed(4)} s, median of next 6 ${median(scans.slice(1)).toFixed(4)} s -> ${verdict} (target <= 0.15 s)`);

    const measure = async (label: string, run: () => Promise<number>) => {
      const c0 = cpuSeconds();
      const t = performance.now();
      const bytes = await run();
      const wall = (performance.now() - t) / 1000;
      const c1 = cpuSeconds();
      const mb = bytes / 1e6;
      const cpu = c0 && c1 ? { user: c1.user - c0.user, total: c1.total - c0.total } : undefined;
      console.log(
        `${label}: ${(mb / wall).toFixed(0)} MB/s wall` +
          (cpu ? `, ${(mb / Math.max(cpu.user, 0.01)).toFixed(0)} MB per user-CPU-second, ${(mb / Math.max(cpu.total, 0.01)).toFixed(0)} MB per CPU-second incl. system (read) time` : ''),
      );
      return cpu ? mb / Math.max(cpu.user, 0.01) : mb / wall;
    };
    const single = await measure('pin hashing, 1 thread, 1 GiB file', async () => hashFileSync(file).size);
    const dual = await measure('pin hashing, 2 worker threads, 2 x 1 GiB', async () => (await hashFiles([file, file], 2)).reduce((a, x) => a + x.size, 0));
    const openssl = opensslSha256MBps();
    if (openssl !== undefined) {
      console.log(`openssl speed -seconds 2 sha256 (single core, user CPU time, largest block): ${openssl.toFixed(0)} MB/s`);
      console.log(`pin / openssl per core (user CPU): 1 thread ${((single / openssl) * 100).toFixed(0)}%, 2 threads ${((dual / openssl) * 100).toFixed(0)}% (target >= 90%)`);
    } else console.log('openssl not available: no reference figure');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
