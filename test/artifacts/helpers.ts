/** Test helpers: assemble pickles and zips byte by byte (no Python needed). */
import { crc32, deflateRawSync } from 'node:zlib';

type Part = number | string | Uint8Array | Part[];

/** Concatenates opcodes: numbers are bytes, strings are latin-1 text. */
export function bytes(...parts: Part[]): Uint8Array {
  const out: number[] = [];
  const add = (p: Part): void => {
    if (typeof p === 'number') out.push(p);
    else if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0) & 0xff);
    else if (p instanceof Uint8Array) for (const b of p) out.push(b);
    else p.forEach(add);
  };
  parts.forEach(add);
  return Uint8Array.from(out);
}

/** SHORT_BINUNICODE s */
export const su = (s: string): Part => [0x8c, Buffer.byteLength(s), Buffer.from(s, 'utf8')];
export const PROTO = (v: number): Part => [0x80, v];
export const STOP = 0x2e;
export const STACK_GLOBAL = 0x93;
export const MEMOIZE = 0x94;
export const REDUCE = 0x52;
export const TUPLE1 = 0x85;
export const EMPTY_TUPLE = 0x29;
export const POP = 0x30;
export const BINPUT = (i: number): Part => [0x71, i];
export const BINGET = (i: number): Part => [0x68, i];
export const GLOBAL = (m: string, n: string): Part => ['c', m, '\n', n, '\n'];
/** os.system('x') in protocol 2 via GLOBAL + REDUCE. */
export const OS_SYSTEM = (): Uint8Array => bytes(PROTO(2), GLOBAL('os', 'system'), su('x'), TUPLE1, REDUCE, STOP);

export interface ZipSpec {
  name: string;
  data: Uint8Array;
  deflate?: boolean;
  localName?: string;
  badCrc?: boolean;
  flags?: number;
}

/** Writes a zip (stored or deflated members) with optional hostile twists. */
export function makeZip(entries: ZipSpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const body = e.deflate ? deflateRawSync(e.data) : Buffer.from(e.data);
    const crc = (crc32(e.data) ^ (e.badCrc ? 0xffff : 0)) >>> 0;
    const lname = Buffer.from(e.localName ?? e.name, 'utf8');
    const cname = Buffer.from(e.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(e.flags ?? 0, 6);
    lh.writeUInt16LE(e.deflate ? 8 : 0, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(e.data.length, 22);
    lh.writeUInt16LE(lname.length, 26);
    const local = Buffer.concat([lh, lname, body]);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(e.flags ?? 0, 8);
    ch.writeUInt16LE(e.deflate ? 8 : 0, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(e.data.length, 24);
    ch.writeUInt16LE(cname.length, 28);
    ch.writeUInt32LE(offset, 42);
    centrals.push(Buffer.concat([ch, cname]));
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

/** A benign torch-style state-dict pickle (OrderedDict of one rebuilt tensor). */
export function torchStateDictPickle(): Uint8Array {
  return bytes(
    PROTO(2),
    GLOBAL('collections', 'OrderedDict'), EMPTY_TUPLE, REDUCE,
    su('w'),
    GLOBAL('torch._utils', '_rebuild_tensor_v2'),
    0x28, // MARK
    0x28, su('storage'), GLOBAL('torch', 'FloatStorage'), su('0'), su('cpu'), 0x4b, 4, 0x74, 0x51, // (tuple) BINPERSID
    0x4b, 0, // offset
    0x4b, 2, 0x4b, 2, 0x86, // size
    0x4b, 2, 0x4b, 1, 0x86, // stride
    0x89, // requires_grad False
    GLOBAL('collections', 'OrderedDict'), EMPTY_TUPLE, REDUCE,
    0x74, REDUCE,
    0x73, // SETITEM
    STOP,
  );
}
