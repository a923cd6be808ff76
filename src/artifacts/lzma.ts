/**
 * A bounded LZMA / LZMA2 / .xz decoder, written from the LZMA specification (LzmaSpec) because
 * node:zlib has no LZMA and joblib writes both `.lzma` (LZMA-alone) and `.xz` files. It decodes into
 * memory and stops with ArtifactLimitError at `maxOutput`, so a bomb cannot exhaust memory.
 */
import { ArtifactLimitError, ArtifactParseError } from './types.js';

const corrupt = (msg: string): never => {
  throw new ArtifactParseError('decompress/lzma', `LZMA data is corrupt: ${msg}`);
};

class Output {
  buf: Uint8Array;
  pos = 0;
  constructor(
    private readonly max: number,
    readonly expired: () => boolean = () => false,
    initial = 1 << 16,
  ) {
    this.buf = new Uint8Array(Math.min(initial, Math.max(16, max)));
  }
  put(b: number): void {
    if (this.pos >= this.buf.length) this.grow(this.pos + 1);
    this.buf[this.pos++] = b;
  }
  grow(need: number): void {
    if (need > this.max) throw new ArtifactLimitError(`decompressed data larger than ${this.max} bytes`);
    if (this.expired()) throw new ArtifactLimitError('time budget for this file');
    const next = new Uint8Array(Math.min(this.max, Math.max(need, this.buf.length * 2)));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }
  result(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

class RangeDecoder {
  range = 0xffffffff;
  code = 0;
  constructor(
    private readonly input: Uint8Array,
    public pos: number,
    private readonly end: number,
  ) {
    if (this.next() !== 0) corrupt('range coder must start with a zero byte');
    for (let i = 0; i < 4; i++) this.code = ((this.code << 8) | this.next()) >>> 0;
    if (this.code === this.range) corrupt('bad range coder init');
  }
  next(): number {
    if (this.pos >= this.end) corrupt('input ends early');
    return this.input[this.pos++]!;
  }
  normalize(): void {
    if (this.range < 0x1000000) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.next()) >>> 0;
    }
  }
  bit(probs: Uint16Array, i: number): number {
    const p = probs[i]!;
    const bound = (this.range >>> 11) * p;
    let b: number;
    if (this.code < bound) {
      this.range = bound;
      probs[i] = p + ((2048 - p) >>> 5);
      b = 0;
    } else {
      this.range = (this.range - bound) >>> 0;
      this.code = (this.code - bound) >>> 0;
      probs[i] = p - (p >>> 5);
      b = 1;
    }
    this.normalize();
    return b;
  }
  direct(n: number): number {
    let res = 0;
    for (let i = 0; i < n; i++) {
      this.range = this.range >>> 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0;
        bit = 1;
      }
      this.normalize();
      res = ((res << 1) | bit) >>> 0;
    }
    return res;
  }
  tree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | this.bit(probs, base + m);
    return m - (1 << bits);
  }
  reverse(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let sym = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(probs, base + m);
      m = (m << 1) | b;
      sym |= b << i;
    }
    return sym;
  }
}

class LenDecoder {
  probs = new Uint16Array(2 + 16 * 8 * 2 + 256).fill(1024);
  decode(rc: RangeDecoder, posState: number): number {
    if (rc.bit(this.probs, 0) === 0) return rc.tree(this.probs, 2 + posState * 8, 3);
    if (rc.bit(this.probs, 1) === 0) return 8 + rc.tree(this.probs, 2 + 128 + posState * 8, 3);
    return 16 + rc.tree(this.probs, 2 + 256, 8);
  }
}

/** LZMA decoder state that survives LZMA2 chunk boundaries. */
class LzmaDecoder {
  lc = 0;
  lp = 0;
  pb = 0;
  private literal = new Uint16Array(0);
  private isMatch = new Uint16Array(192);
  private isRep = new Uint16Array(12);
  private isRepG0 = new Uint16Array(12);
  private isRepG1 = new Uint16Array(12);
  private isRepG2 = new Uint16Array(12);
  private isRep0Long = new Uint16Array(192);
  private posSlot = new Uint16Array(256);
  private posDecoders = new Uint16Array(115);
  private align = new Uint16Array(16);
  private len = new LenDecoder();
  private repLen = new LenDecoder();
  private state = 0;
  private reps = [0, 0, 0, 0];
  /** Where the current dictionary starts in the output (LZMA2 dictionary resets). */
  dictStart = 0;

  setProps(props: number): void {
    if (props >= 225) corrupt('bad properties byte');
    this.lc = props % 9;
    const rest = Math.floor(props / 9);
    this.lp = rest % 5;
    this.pb = Math.floor(rest / 5);
    if (this.lc + this.lp > 12) corrupt('lc + lp too large');
  }

  reset(): void {
    this.literal = new Uint16Array(0x300 << (this.lc + this.lp)).fill(1024);
    for (const a of [this.isMatch, this.isRep, this.isRepG0, this.isRepG1, this.isRepG2, this.isRep0Long, this.posSlot, this.posDecoders, this.align]) a.fill(1024);
    this.len = new LenDecoder();
    this.repLen = new LenDecoder();
    this.state = 0;
    this.reps = [0, 0, 0, 0];
  }

  /**
   * Decodes until `limit` bytes of output exist (when known) or the end marker.
   * Returns true when the end marker was seen.
   */
  decode(rc: RangeDecoder, out: Output, limit: number | undefined, _dictSize: number): boolean {
    const pbMask = (1 << this.pb) - 1;
    const lpMask = (1 << this.lp) - 1;
    const reps = this.reps;
    let steps = 0;
    while (limit === undefined || out.pos < limit) {
      if ((++steps & 0x3ffff) === 0 && out.expired()) throw new ArtifactLimitError('time budget for this file');
      const posState = out.pos & pbMask;
      const state = this.state;
      if (rc.bit(this.isMatch, (state << 4) + posState) === 0) {
        const prev = out.pos > this.dictStart ? out.buf[out.pos - 1]! : 0;
        const base = 0x300 * (((out.pos & lpMask) << this.lc) + (prev >>> (8 - this.lc)));
        let symbol = 1;
        if (state >= 7) {
          if (reps[0]! + 1 > out.pos - this.dictStart) corrupt('match distance beyond dictionary');
          let matchByte = out.buf[out.pos - reps[0]! - 1]!;
          do {
            const matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            const b = rc.bit(this.literal, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | b;
            if (matchBit !== b) break;
          } while (symbol < 0x100);
        }
        while (symbol < 0x100) symbol = (symbol << 1) | rc.bit(this.literal, base + symbol);
        out.put(symbol - 0x100);
        this.state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (rc.bit(this.isRep, state) !== 0) {
        if (out.pos === this.dictStart) corrupt('repeat match before any data');
        if (rc.bit(this.isRepG0, state) === 0) {
          if (rc.bit(this.isRep0Long, (state << 4) + posState) === 0) {
            this.state = state < 7 ? 9 : 11;
            out.put(out.buf[out.pos - reps[0]! - 1]!);
            continue;
          }
        } else {
          let dist: number;
          if (rc.bit(this.isRepG1, state) === 0) dist = reps[1]!;
          else {
            if (rc.bit(this.isRepG2, state) === 0) dist = reps[2]!;
            else {
              dist = reps[3]!;
              reps[3] = reps[2]!;
            }
            reps[2] = reps[1]!;
          }
          reps[1] = reps[0]!;
          reps[0] = dist;
        }
        len = this.repLen.decode(rc, posState);
        this.state = state < 7 ? 8 : 11;
      } else {
        reps[3] = reps[2]!;
        reps[2] = reps[1]!;
        reps[1] = reps[0]!;
        len = this.len.decode(rc, posState);
        this.state = state < 7 ? 7 : 10;
        const dist = this.distance(rc, len);
        if (dist === 0xffffffff) return true; // end marker
        reps[0] = dist;
      }
      len += 2;
      const dist = reps[0]!;
      if (dist + 1 > out.pos - this.dictStart) corrupt('match distance beyond the data');
      if (limit !== undefined && out.pos + len > limit) len = limit - out.pos;
      if (out.pos + len > out.buf.length) out.grow(out.pos + len);
      const buf = out.buf;
      let src = out.pos - dist - 1;
      for (let i = 0; i < len; i++) buf[out.pos++] = buf[src++]!;
    }
    return false;
  }

  private distance(rc: RangeDecoder, len: number): number {
    const lenState = Math.min(len, 3);
    const slot = rc.tree(this.posSlot, lenState * 64, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let dist = ((2 | (slot & 1)) << directBits) >>> 0;
    if (slot < 14) dist = (dist + rc.reverse(this.posDecoders, dist - slot, directBits)) >>> 0;
    else {
      dist = (dist + ((rc.direct(directBits - 4) << 4) >>> 0)) >>> 0;
      dist = (dist + rc.reverse(this.align, 0, 4)) >>> 0;
    }
    return dist;
  }
}

/** Decodes an LZMA-alone (`.lzma`, joblib 'lzma') stream. */
export function decodeLzmaAlone(input: Uint8Array, maxOutput: number, expired?: () => boolean): Uint8Array {
  if (input.length < 13) corrupt('header too short');
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength);
  const dec = new LzmaDecoder();
  dec.setProps(input[0]!);
  dec.reset();
  const dictSize = view.getUint32(1, true);
  const declared = view.getBigUint64(5, true);
  const known = declared !== 0xffffffffffffffffn;
  if (known && declared > BigInt(maxOutput)) throw new ArtifactLimitError(`LZMA stream declares ${declared} bytes (limit ${maxOutput})`);
  const out = new Output(maxOutput, expired);
  const rc = new RangeDecoder(input, 13, input.length);
  dec.decode(rc, out, known ? Number(declared) : undefined, dictSize);
  return out.result();
}

/** Decodes an `.xz` container holding LZMA2 blocks (the only filter joblib's xz output uses). */
export function decodeXz(input: Uint8Array, maxOutput: number, expired?: () => boolean): Uint8Array {
  const magic = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
  if (input.length < 24 || magic.some((b, i) => input[i] !== b)) corrupt('not an xz stream');
  const checkType = input[7]! & 0x0f;
  const checkSize = checkType === 0 ? 0 : checkType <= 3 ? 4 : checkType <= 6 ? 8 : checkType <= 9 ? 16 : checkType <= 12 ? 32 : 64;
  const out = new Output(maxOutput, expired);
  let pos = 12;
  for (;;) {
    if (pos >= input.length) corrupt('xz stream ends inside a block');
    const hsz = input[pos]!;
    if (hsz === 0) break; // index follows: we stop here, the data is complete
    const headerSize = (hsz + 1) * 4;
    if (pos + headerSize > input.length) corrupt('block header truncated');
    const flags = input[pos + 1]!;
    const filters = (flags & 3) + 1;
    let p = pos + 2;
    const varint = (): number => {
      let v = 0;
      for (let i = 0; i < 9; i++) {
        const b = input[p++];
        if (b === undefined) corrupt('varint truncated');
        v += (b! & 0x7f) * 2 ** (7 * i);
        if ((b! & 0x80) === 0) return v;
      }
      return corrupt('varint too long');
    };
    if (flags & 0x40) varint();
    if (flags & 0x80) varint();
    let dictSize = 0;
    for (let f = 0; f < filters; f++) {
      const id = varint();
      const propSize = varint();
      if (id !== 0x21 || f !== filters - 1) corrupt(`unsupported xz filter 0x${id.toString(16)}`);
      const prop = input[p]!;
      if (prop > 40) corrupt('bad LZMA2 dictionary size');
      dictSize = prop === 40 ? 0xffffffff : (2 | (prop & 1)) * 2 ** ((prop >>> 1) + 11);
      p += propSize;
    }
    pos += headerSize;
    pos = decodeLzma2(input, pos, out, dictSize);
    while (pos % 4 !== 0) pos++;
    pos += checkSize;
  }
  return out.result();
}

function decodeLzma2(input: Uint8Array, start: number, out: Output, dictSize: number): number {
  const dec = new LzmaDecoder();
  let pos = start;
  let needProps = true;
  for (;;) {
    const control = input[pos++];
    if (control === undefined) return corrupt('LZMA2 data truncated');
    if (control === 0) return pos;
    if (control === 1 || control === 2) {
      if (pos + 2 > input.length) corrupt('LZMA2 chunk header truncated');
      const size = ((input[pos]! << 8) | input[pos + 1]!) + 1;
      pos += 2;
      if (control === 1) dec.dictStart = out.pos;
      if (pos + size > input.length) corrupt('LZMA2 stored chunk truncated');
      if (out.pos + size > out.buf.length) out.grow(out.pos + size);
      out.buf.set(input.subarray(pos, pos + size), out.pos);
      out.pos += size;
      pos += size;
      continue;
    }
    if (control < 0x80) corrupt('bad LZMA2 control byte');
    if (pos + 4 > input.length) corrupt('LZMA2 chunk header truncated');
    const unpacked = ((control & 0x1f) << 16) + ((input[pos]! << 8) | input[pos + 1]!) + 1;
    const packed = ((input[pos + 2]! << 8) | input[pos + 3]!) + 1;
    pos += 4;
    const reset = (control >>> 5) & 3;
    if (reset === 3) dec.dictStart = out.pos;
    if (reset >= 2) {
      dec.setProps(input[pos++]!);
      needProps = false;
    } else if (needProps) corrupt('LZMA2 chunk without properties');
    if (reset >= 1) dec.reset();
    if (pos + packed > input.length) corrupt('LZMA2 chunk truncated');
    const rc = new RangeDecoder(input, pos, pos + packed);
    dec.decode(rc, out, out.pos + unpacked, dictSize);
    pos += packed;
  }
}
