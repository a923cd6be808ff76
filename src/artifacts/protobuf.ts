/**
 * A minimal protobuf wire-format reader (varints, fixed32/64, length-delimited), enough to walk ONNX
 * and TensorFlow SavedModel messages by field number without generated code. Every read is
 * bounds-checked; groups and unknown wire types are errors.
 */
import { ArtifactParseError } from './types.js';

export interface PbField {
  no: number;
  wireType: number;
  /** Varint / fixed value. */
  int?: bigint;
  /** Length-delimited payload. */
  bytes?: Uint8Array;
  offset: number;
}

const bad = (msg: string, offset: number): never => {
  throw new ArtifactParseError('protobuf/invalid', `invalid protobuf: ${msg} at offset ${offset}`, { offset });
};

/** Reads every field of one message. `base` is the absolute offset of `buf` for error messages. */
export function readFields(buf: Uint8Array, base = 0, maxFields = 10_000_000): PbField[] {
  const out: PbField[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let v = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (pos >= buf.length) bad('varint runs past the end', base + pos);
      const b = buf[pos++]!;
      v |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) return v;
      shift += 7n;
    }
    return bad('varint longer than 10 bytes', base + pos);
  };
  while (pos < buf.length) {
    const offset = base + pos;
    const key = varint();
    const no = Number(key >> 3n);
    const wireType = Number(key & 7n);
    if (no === 0 || no > 536_870_911) bad(`field number ${no}`, offset);
    if (out.length >= maxFields) throw new ArtifactParseError('limit/exceeded', 'limit exceeded: too many protobuf fields', { offset });
    switch (wireType) {
      case 0:
        out.push({ no, wireType, int: varint(), offset });
        break;
      case 1:
        if (pos + 8 > buf.length) bad('fixed64 runs past the end', offset);
        out.push({ no, wireType, int: new DataView(buf.buffer, buf.byteOffset + pos, 8).getBigUint64(0, true), offset });
        pos += 8;
        break;
      case 5:
        if (pos + 4 > buf.length) bad('fixed32 runs past the end', offset);
        out.push({ no, wireType, int: BigInt(new DataView(buf.buffer, buf.byteOffset + pos, 4).getUint32(0, true)), offset });
        pos += 4;
        break;
      case 2: {
        const len = varint();
        if (len > BigInt(buf.length - pos)) bad(`length ${len} runs past the end`, offset);
        const n = Number(len);
        out.push({ no, wireType, bytes: buf.subarray(pos, pos + n), offset });
        pos += n;
        break;
      }
      default:
        bad(`wire type ${wireType}`, offset);
    }
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

/** The string value of a length-delimited field. */
export function str(f: PbField | undefined): string {
  return f?.bytes ? utf8.decode(f.bytes) : '';
}
