/**
 * Random-access byte sources, so container parsers read only what they need (a 10 GB checkpoint's
 * tensor bytes are never read) and nested containers work on in-memory buffers the same way.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export interface ByteSource {
  readonly size: number;
  /** Reads exactly `length` bytes at `offset`, or fewer at end of data. */
  read(offset: number, length: number): Uint8Array;
}

/** A source over bytes already in memory. */
export class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly buf: Uint8Array) {
    this.size = buf.length;
  }
  read(offset: number, length: number): Uint8Array {
    const start = Math.max(0, Math.min(offset, this.size));
    return this.buf.subarray(start, Math.min(this.size, start + Math.max(0, length)));
  }
  /** The whole buffer (for parsers that need all of it). */
  all(): Uint8Array {
    return this.buf;
  }
}

/** A source over an open file; reads with pread so nothing else is loaded. Close it when done. */
export class FileSource implements ByteSource {
  readonly size: number;
  private readonly fd: number;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
  }
  read(offset: number, length: number): Uint8Array {
    const start = Math.max(0, Math.min(offset, this.size));
    const n = Math.min(this.size - start, Math.max(0, length));
    const out = Buffer.allocUnsafe(n);
    let done = 0;
    while (done < n) {
      const r = readSync(this.fd, out, done, n - done, start + done);
      if (r <= 0) break;
      done += r;
    }
    return done === n ? out : out.subarray(0, done);
  }
  close(): void {
    closeSync(this.fd);
  }
}

/** A window onto part of another source (a stored zip member), so it is never copied. */
export class SliceSource implements ByteSource {
  constructor(
    private readonly inner: ByteSource,
    private readonly start: number,
    readonly size: number,
  ) {}
  read(offset: number, length: number): Uint8Array {
    const o = Math.max(0, Math.min(offset, this.size));
    return this.inner.read(this.start + o, Math.min(length, this.size - o));
  }
}

/** Known leading bytes of content whose full size is `size` (a compressed member we only peeked at). */
export class PrefixSource implements ByteSource {
  constructor(
    private readonly head: Uint8Array,
    readonly size: number,
  ) {}
  read(offset: number, length: number): Uint8Array {
    return this.head.subarray(Math.min(offset, this.head.length), Math.min(this.head.length, offset + length));
  }
}
