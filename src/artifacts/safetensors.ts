/**
 * safetensors: an 8-byte little-endian header length, a JSON header, then tensor bytes. Checked as the
 * reference implementation does, plus parser differentials: header length cap (100 MB) and bounds,
 * strict JSON with duplicate keys refused, `__metadata__` values strings only, known dtypes,
 * shape x dtype size = byte length (in BigInt, no overflow), offsets in bounds, no overlaps, no gaps,
 * and the data section fully covered. Tensor bytes are never read.
 */
import { at } from './context.js';
import type { ByteSource } from './source.js';
import { parseStrictJson, StrictJsonError } from './strict-json.js';
import { errorFinding, type ArtifactFinding } from './types.js';

const MAX_HEADER = 100_000_000n;
/** Bits per element. */
const DTYPE_BITS: Record<string, number> = {
  BOOL: 8, U8: 8, I8: 8, F8_E5M2: 8, F8_E4M3: 8, F8_E8M0: 8, I16: 16, U16: 16, F16: 16, BF16: 16, I32: 32, U32: 32,
  F32: 32, F64: 64, I64: 64, U64: 64, C64: 64, F4: 4, F6_E2M3: 6, F6_E3M2: 6,
};

/** True when the bytes look like a safetensors header start. */
export function looksLikeSafetensors(head: Uint8Array): boolean {
  if (head.length < 9) return false;
  const n = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
  return head[8] === 0x7b && n >= 2n;
}

/** Validates a safetensors file. Every problem is an error finding (the loader would refuse it). */
export function scanSafetensors(src: ByteSource, member?: string): ArtifactFinding[] {
  const err = (msg: string, offset?: number): ArtifactFinding[] => [errorFinding('safetensors/invalid', msg, at(member, offset).location)];
  if (src.size < 8) return err('file shorter than the 8-byte header length');
  const n = new DataView(src.read(0, 8).buffer, src.read(0, 8).byteOffset, 8).getBigUint64(0, true);
  if (n > MAX_HEADER) return err(`header length ${n} exceeds the ${MAX_HEADER}-byte limit`, 0);
  if (n > BigInt(src.size - 8)) return err(`header length ${n} runs past the ${src.size}-byte file`, 0);
  const headerLen = Number(n);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(src.read(8, headerLen));
  } catch {
    return err('header is not valid UTF-8', 8);
  }
  if (!text.startsWith('{')) return err('header does not start with "{"', 8);
  let header: unknown;
  try {
    header = parseStrictJson(text.replace(/ +$/, ''));
  } catch (e) {
    return err(`header is not valid JSON: ${e instanceof StrictJsonError ? e.message : 'parse error'}`, 8);
  }
  if (header === null || typeof header !== 'object' || Array.isArray(header)) return err('header is not a JSON object', 8);
  const dataLen = BigInt(src.size - 8 - headerLen);
  const ranges: Array<{ name: string; begin: bigint; end: bigint }> = [];
  for (const [name, raw] of Object.entries(header as Record<string, unknown>)) {
    const shown = name.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
    if (name === '__metadata__') {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return err('__metadata__ is not an object', 8);
      for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
        if (typeof v !== 'string') return err(`__metadata__ value for "${k.slice(0, 40)}" is not a string`, 8);
      }
      continue;
    }
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return err(`tensor "${shown}" is not an object`, 8);
    const t = raw as Record<string, unknown>;
    const keys = Object.keys(t);
    if (keys.some((k) => k !== 'dtype' && k !== 'shape' && k !== 'data_offsets')) return err(`tensor "${shown}" has unknown fields`, 8);
    const bits = typeof t.dtype === 'string' ? DTYPE_BITS[t.dtype] : undefined;
    if (bits === undefined) return err(`tensor "${shown}" has unknown dtype`, 8);
    if (!Array.isArray(t.shape)) return err(`tensor "${shown}" has no shape array`, 8);
    let count = 1n;
    for (const d of t.shape as unknown[]) {
      if (!isNonNegInt(d)) return err(`tensor "${shown}" has a non-integer dimension`, 8);
      count *= BigInt(d as number | bigint);
    }
    const offsets = t.data_offsets;
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isNonNegInt)) return err(`tensor "${shown}" has bad data_offsets`, 8);
    const begin = BigInt(offsets[0] as number | bigint);
    const end = BigInt(offsets[1] as number | bigint);
    if (end < begin) return err(`tensor "${shown}" ends before it begins`, 8);
    if (end > dataLen) return err(`tensor "${shown}" data runs past the end of the file`, 8);
    const bitCount = count * BigInt(bits);
    if (bitCount % 8n !== 0n || bitCount / 8n !== end - begin) {
      return err(`tensor "${shown}": shape x dtype is ${bitCount / 8n} bytes but data_offsets span ${end - begin}`, 8);
    }
    ranges.push({ name: shown, begin, end });
  }
  ranges.sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  let cursor = 0n;
  for (const r of ranges) {
    if (r.begin < cursor) return err(`tensor "${r.name}" overlaps the previous tensor`, 8);
    if (r.begin > cursor) return err(`gap of ${r.begin - cursor} bytes before tensor "${r.name}"`, 8);
    cursor = r.end;
  }
  if (cursor !== dataLen) return err(`${dataLen - cursor} bytes after the last tensor are not described by the header`, 8 + headerLen);
  return [];
}

function isNonNegInt(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v) && v >= 0) || (typeof v === 'bigint' && v >= 0n);
}
