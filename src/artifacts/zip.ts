/**
 * Our own zip reader: the central directory is the index (as PyTorch's miniz reader uses it), every
 * entry's local header is read and compared with it, and member data is inflated only on request,
 * within a byte cap. Reports what loaders disagree on: duplicate names, local/central name or flag
 * mismatches, CRC mismatches, encryption, unsafe names.
 */
import { crc32, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import type { ByteSource } from './source.js';
import { ArtifactLimitError, ArtifactParseError, type ArtifactFinding } from './types.js';

export interface ZipEntry {
  index: number;
  name: string;
  localName: string;
  method: number;
  flags: number;
  localFlags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  dataOffset: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  findings: ArtifactFinding[];
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOC64 = 0x07064b50;
const SIG_CEN = 0x02014b50;
const SIG_LOC = 0x04034b50;
const utf8 = new TextDecoder('utf-8');
const cp437ish = new TextDecoder('latin1');

/** True when the bytes start like a zip (local header or empty archive). */
export function looksLikeZip(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

function dv(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** Parses the directory of a zip. Throws ArtifactParseError when it cannot be trusted at all. */
export function readZip(src: ByteSource, maxEntries: number, member?: string): ZipArchive {
  const findings: ArtifactFinding[] = [];
  const loc = (extra: Record<string, unknown> = {}) => ({ location: { ...(member !== undefined ? { member } : {}), ...extra } });
  const bad = (msg: string): never => {
    throw new ArtifactParseError('zip/invalid', msg, member !== undefined ? { member } : undefined);
  };
  const tailLen = Math.min(src.size, 65_557 + 20);
  const tail = src.read(src.size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && dv(tail).getUint32(i, true) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) bad('no end-of-central-directory record');
  const e = dv(tail);
  let count = e.getUint16(eocd + 10, true);
  let cdSize = e.getUint32(eocd + 12, true);
  let cdOffset = e.getUint32(eocd + 16, true);
  const eocdAbs = src.size - tailLen + eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locAt = eocd - 20;
    if (locAt < 0 || e.getUint32(locAt, true) !== SIG_LOC64) bad('zip64 fields without a zip64 locator');
    const rec64 = Number(e.getBigUint64(locAt + 8, true));
    const r = src.read(rec64, 56);
    if (r.length < 56 || dv(r).getUint32(0, true) !== SIG_EOCD64) bad('zip64 end record missing');
    const rv = dv(r);
    count = Number(rv.getBigUint64(32, true));
    cdSize = Number(rv.getBigUint64(40, true));
    cdOffset = Number(rv.getBigUint64(48, true));
  }
  if (count > maxEntries) throw new ArtifactLimitError(`zip declares ${count} entries (limit ${maxEntries})`, member !== undefined ? { member } : undefined);
  if (cdOffset + cdSize > src.size || cdOffset > eocdAbs) bad(`central directory (offset ${cdOffset}, ${cdSize} bytes) lies past the end of the file`);
  if (cdSize > 512 * 1024 * 1024) throw new ArtifactLimitError('central directory larger than 512 MiB');
  const cd = src.read(cdOffset, cdSize);
  const c = dv(cd);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || c.getUint32(p, true) !== SIG_CEN) bad(`central directory entry ${i} is malformed`);
    const flags = c.getUint16(p + 8, true);
    const method = c.getUint16(p + 10, true);
    const crc = c.getUint32(p + 16, true);
    let compressedSize = c.getUint32(p + 20, true);
    let size = c.getUint32(p + 24, true);
    const nameLen = c.getUint16(p + 28, true);
    const extraLen = c.getUint16(p + 30, true);
    const commentLen = c.getUint16(p + 32, true);
    let localOffset = c.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen + commentLen > cd.length) bad(`central directory entry ${i} overruns the directory`);
    const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800) !== 0 ? utf8.decode(nameBytes) : cp437ish.decode(nameBytes);
    // zip64 extra field: sizes/offset that overflowed 32 bits, in this order.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = c.getUint16(x, true);
      const len = c.getUint16(x + 2, true);
      if (id === 1) {
        let q = x + 4;
        const take = (): number => {
          if (q + 8 > x + 4 + len) return -1;
          const v = Number(c.getBigUint64(q, true));
          q += 8;
          return v;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
      x += 4 + len;
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (size < 0 || compressedSize < 0 || localOffset < 0) bad(`entry ${name}: broken zip64 extra field`);
    const lh = src.read(localOffset, 30);
    if (lh.length < 30 || dv(lh).getUint32(0, true) !== SIG_LOC) bad(`entry ${name}: no local header at offset ${localOffset}`);
    const l = dv(lh);
    const localFlags = l.getUint16(6, true);
    const localMethod = l.getUint16(8, true);
    const lNameLen = l.getUint16(26, true);
    const lExtraLen = l.getUint16(28, true);
    const localName = (localFlags & 0x800) !== 0 ? utf8.decode(src.read(localOffset + 30, lNameLen)) : cp437ish.decode(src.read(localOffset + 30, lNameLen));
    const dataOffset = localOffset + 30 + lNameLen + lExtraLen;
    if (dataOffset + compressedSize > src.size) bad(`entry ${name}: data runs past the end of the file`);
    if (localName !== name) {
      findings.push({ severity: 'high', rule: 'zip/name-mismatch', message: `local header names "${short(localName)}" but the central directory names "${short(name)}"`, ...loc({ offset: localOffset }) });
    }
    if (localFlags !== flags) {
      findings.push({ severity: 'medium', rule: 'zip/flag-mismatch', message: `${short(name)}: local flags 0x${localFlags.toString(16)} differ from central 0x${flags.toString(16)}`, ...loc({ offset: localOffset }) });
    }
    if (((flags | localFlags) & 0x20) !== 0) {
      findings.push({ severity: 'medium', rule: 'zip/flag-bits', message: `${short(name)}: flag bit 5 (compressed patched data) is set; loaders disagree on such entries`, ...loc({ offset: localOffset }) });
    }
    if (localMethod !== method) {
      findings.push({ severity: 'high', rule: 'zip/method-mismatch', message: `${short(name)}: local method ${localMethod} differs from central ${method}`, ...loc({ offset: localOffset }) });
    }
    entries.push({ index: i, name, localName, method, flags, localFlags, crc, compressedSize, size, localOffset, dataOffset });
  }
  const seen = new Map<string, number>();
  for (const en of entries) seen.set(en.name, (seen.get(en.name) ?? 0) + 1);
  for (const [name, n] of seen) {
    if (n > 1) findings.push({ severity: 'high', rule: 'zip/duplicate-name', message: `${n} entries are named "${short(name)}"; loaders pick different ones`, ...loc() });
  }
  return { entries, findings };
}

/** True for names that escape an extraction directory (zip-slip). */
export function isUnsafeMemberName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.split('/').includes('..') || n.includes('\0');
}

export interface MemberData {
  data: Uint8Array;
  crcOk: boolean;
}

/** Reads and inflates one member, refusing to produce more than `maxBytes` or more than its declared size. */
export function readZipMember(src: ByteSource, entry: ZipEntry, maxBytes: number): MemberData {
  if ((entry.flags & 1) !== 0) throw new ArtifactParseError('zip/encrypted', `${short(entry.name)} is encrypted and cannot be inspected`);
  if (entry.size > maxBytes) throw new ArtifactLimitError(`${short(entry.name)} declares ${entry.size} bytes uncompressed (limit ${maxBytes})`);
  const raw = src.read(entry.dataOffset, entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, Math.min(maxBytes, entry.size + 1)) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
        throw new ArtifactLimitError(`${short(entry.name)} inflates beyond its declared ${entry.size} bytes`);
      }
      throw new ArtifactParseError('zip/inflate', `${short(entry.name)}: deflate data is corrupt`);
    }
  } else throw new ArtifactParseError('zip/method', `${short(entry.name)} uses unsupported compression method ${entry.method}`);
  if (data.length !== entry.size && entry.method === 8) {
    throw new ArtifactParseError('zip/size-mismatch', `${short(entry.name)} inflates to ${data.length} bytes, declared ${entry.size}`);
  }
  return { data, crcOk: crc32(data) >>> 0 === entry.crc >>> 0 };
}

/** The first bytes of a member without inflating all of it (for format sniffing of large members). */
export function peekZipMember(src: ByteSource, entry: ZipEntry, n: number): Uint8Array {
  if ((entry.flags & 1) !== 0) return new Uint8Array(0);
  if (entry.method === 0) return src.read(entry.dataOffset, Math.min(n, entry.compressedSize));
  if (entry.method !== 8) return new Uint8Array(0);
  try {
    const out = inflateRawSync(src.read(entry.dataOffset, Math.min(entry.compressedSize, 4096)), {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 8 * 1024 * 1024,
    });
    return out.subarray(0, n);
  } catch {
    return new Uint8Array(0);
  }
}

function short(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}
