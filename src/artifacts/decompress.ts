/**
 * Bounded decompression for the codecs joblib (and hand-made checkpoints) use: zlib, gzip, bzip2,
 * LZMA-alone and xz. Every codec stops at `maxOutput`; a codec that cannot be decoded is an error,
 * never a silent skip.
 */
import { gunzipSync, inflateSync } from 'node:zlib';
import Bunzip from 'seek-bzip';
import { decodeLzmaAlone, decodeXz } from './lzma.js';
import { ArtifactLimitError, ArtifactParseError } from './types.js';

export type Codec = 'zlib' | 'gzip' | 'bz2' | 'xz' | 'lzma';

/** Recognises a compressed stream by its magic bytes. */
export function detectCodec(head: Uint8Array): Codec | undefined {
  if (head.length < 3) return undefined;
  const [a, b, c] = [head[0]!, head[1]!, head[2]!];
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x42 && b === 0x5a && c === 0x68) return 'bz2';
  if (a === 0xfd && b === 0x37 && c === 0x7a && head[3] === 0x58 && head[4] === 0x5a && head[5] === 0x00) return 'xz';
  if (a === 0x78 && (a * 256 + b) % 31 === 0 && (b & 0x20) === 0) return 'zlib';
  // LZMA-alone: properties byte (lc/lp/pb < 225, usually 0x5d), then a power-of-two-ish dictionary size.
  if (a < 225 && head.length >= 13 && head[1] === 0 && (a === 0x5d || a === 0x6d || a === 0x5e)) return 'lzma';
  return undefined;
}

/** Decompresses `data` with `codec`, refusing to produce more than `maxOutput` bytes. */
export function decompress(codec: Codec, data: Uint8Array, maxOutput: number, expired: () => boolean = () => false): Uint8Array {
  try {
    switch (codec) {
      case 'zlib':
        return inflateSync(data, { maxOutputLength: maxOutput });
      case 'gzip':
        return gunzipSync(data, { maxOutputLength: maxOutput });
      case 'bz2':
        return decodeBzip2(data, maxOutput, expired);
      case 'xz':
        return decodeXz(data, maxOutput, expired);
      case 'lzma':
        return decodeLzmaAlone(data, maxOutput, expired);
    }
  } catch (err) {
    if (err instanceof ArtifactParseError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new ArtifactLimitError(`${codec} data decompresses to more than ${maxOutput} bytes`);
    }
    throw new ArtifactParseError(`decompress/${codec}`, `cannot decompress ${codec} data: ${(err as Error).message ?? String(err)}`.slice(0, 200));
  }
}

class CappedOutput {
  buf: Uint8Array = new Uint8Array(1 << 16);
  pos = 0;
  constructor(
    private readonly max: number,
    private readonly expired: () => boolean,
  ) {}
  writeByte(b: number): void {
    if (this.pos >= this.max) throw new ArtifactLimitError(`bz2 data decompresses to more than ${this.max} bytes`);
    if ((this.pos & 0xfffff) === 0 && this.pos > 0 && this.expired()) throw new ArtifactLimitError('time budget for this file');
    if (this.pos >= this.buf.length) {
      const next = new Uint8Array(Math.min(this.max, this.buf.length * 2));
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.pos++] = b;
  }
  write(buffer: Uint8Array, offset: number, length: number): number {
    for (let i = 0; i < length; i++) this.writeByte(buffer[offset + i]!);
    return length;
  }
  flush(): void {}
}

function decodeBzip2(data: Uint8Array, maxOutput: number, expired: () => boolean): Uint8Array {
  const out = new CappedOutput(maxOutput, expired);
  Bunzip.decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), out, true);
  return out.buf.subarray(0, out.pos);
}
