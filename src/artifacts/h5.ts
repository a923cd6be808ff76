/**
 * Keras HDF5 (.h5) models. Rather than a full HDF5 reader, this validates the superblock (so a file
 * that only carries the signature is an error) and then finds the `model_config` / `training_config`
 * JSON by a careful byte search: h5py stores these string attributes contiguously (in the object
 * header, or in the global heap for variable-length strings), each starting with `{"class_name"` or
 * `{"loss"`. Each candidate is cut out by brace matching (string-aware), parsed, and walked by the
 * Keras config scanner. If a candidate cannot be parsed, a raw search for a Lambda layer still runs.
 * Limitations: an attribute split across fractal-heap blocks (dense storage of attributes > 64 KiB)
 * is only covered by that raw search, and in files over 72 MiB only the first 64 MiB and the last
 * 8 MiB are searched.
 */
import type { ScanContext } from './context.js';
import { at } from './context.js';
import { scanKerasConfig } from './keras.js';
import type { ByteSource } from './source.js';
import { errorFinding, type ArtifactFinding } from './types.js';

export const HDF5_SIGNATURE = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
/** Bytes searched from the start (Keras writes its config attributes before the weights), plus a tail. */
const SEARCH_LIMIT = 64 * 1024 * 1024;
const TAIL_SEARCH = 8 * 1024 * 1024;
const CHUNK = 16 * 1024 * 1024;
/** Candidate JSON objects tried, and the largest config cut out (a hostile file cannot make this slow). */
const MAX_CANDIDATES = 64;
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** Offset of the HDF5 signature (0, 512, 1024 ... as the format allows), or -1. */
export function hdf5SignatureOffset(src: ByteSource): number {
  for (let off = 0; off < Math.min(src.size, 1 << 20); off = off === 0 ? 512 : off * 2) {
    const b = src.read(off, 8);
    if (HDF5_SIGNATURE.every((x, i) => b[i] === x)) return off;
  }
  return -1;
}

function validSize(n: number): boolean {
  return n === 2 || n === 4 || n === 8;
}

/** Checks the superblock fields that any HDF5 reader needs; returns an error message or undefined. */
function superblockProblem(src: ByteSource, base: number): string | undefined {
  const sb = src.read(base, 96);
  if (sb.length < 48) return 'superblock truncated';
  const version = sb[8]!;
  const v = new DataView(sb.buffer, sb.byteOffset, sb.byteLength);
  const readAddr = (off: number, size: number): bigint => (size === 8 ? v.getBigUint64(off, true) : size === 4 ? BigInt(v.getUint32(off, true)) : BigInt(v.getUint16(off, true)));
  if (version === 0 || version === 1) {
    if (sb[9] !== 0 || sb[10] !== 0 || sb[11] !== 0 || sb[12] !== 0 || sb[15] !== 0) return `superblock v${version} has bad version or reserved fields`;
    const so = sb[13]!;
    const sl = sb[14]!;
    if (!validSize(so) || !validSize(sl)) return `superblock declares offset size ${so} and length size ${sl}`;
    const leafK = v.getUint16(16, true);
    const internalK = v.getUint16(18, true);
    if (leafK === 0 || internalK === 0) return 'superblock group B-tree K is zero';
    const addrStart = version === 0 ? 24 : 28;
    const eof = readAddr(addrStart + 2 * so, so);
    if (eof > BigInt(src.size - base) + 0n && eof !== 0xffffffffffffffffn) return `end-of-file address ${eof} lies past the ${src.size}-byte file (truncated)`;
    return undefined;
  }
  if (version === 2 || version === 3) {
    const so = sb[9]!;
    const sl = sb[10]!;
    if (!validSize(so) || !validSize(sl)) return `superblock declares offset size ${so} and length size ${sl}`;
    const eof = readAddr(12 + 2 * so, so);
    const root = readAddr(12 + 3 * so, so);
    if (eof > BigInt(src.size - base)) return `end-of-file address ${eof} lies past the ${src.size}-byte file (truncated)`;
    if (root >= BigInt(src.size)) return 'root group address lies past the end of the file';
    return undefined;
  }
  return `unknown superblock version ${version}`;
}

/** Scans an HDF5 file for Keras configs. */
export function scanH5(ctx: ScanContext, src: ByteSource, member?: string): { format: string; findings: ArtifactFinding[] } {
  const base = hdf5SignatureOffset(src);
  if (base < 0) return { format: 'hdf5', findings: [errorFinding('h5/invalid', 'no HDF5 signature', at(member).location)] };
  const problem = superblockProblem(src, base);
  if (problem) return { format: 'hdf5', findings: [errorFinding('h5/superblock', `invalid HDF5 file: ${problem}`, at(member, base).location)] };
  const findings: ArtifactFinding[] = [];
  let configs = 0;
  let rawLambda = false;
  const end = Math.min(src.size, SEARCH_LIMIT);
  if (src.size > SEARCH_LIMIT) {
    findings.push({ severity: 'info', rule: 'h5/partial-search', message: `only the first ${SEARCH_LIMIT} bytes were searched for model configs`, ...at(member) });
  }
  let skipUntil = 0;
  let attempts = 0;
  const windows: Array<[number, number]> = [[0, end]];
  if (src.size > SEARCH_LIMIT) windows.push([Math.max(end, src.size - TAIL_SEARCH), src.size]);
  search: for (const [from, to] of windows) {
    for (let off = from; off < to; off += CHUNK) {
      if (ctx.deadline.expired()) {
        findings.push(errorFinding('limit/exceeded', 'limit exceeded: time budget for this file', at(member).location));
        break search;
      }
      const chunk = Buffer.from(src.read(off, Math.min(CHUNK + 64, to - off)));
      if (!rawLambda && /"class_name":\s*"Lambda"/.test(chunk.toString('latin1'))) rawLambda = true;
      for (const needle of ['{"class_name"', '{"loss"', '{"module"']) {
        let i = chunk.indexOf(needle);
        while (i >= 0 && i < CHUNK) {
          const abs = off + i;
          if (abs >= skipUntil && attempts++ < MAX_CANDIDATES) {
            const text = extractJsonObject(src, abs, Math.min(ctx.limits.maxMetadataBytes, MAX_CONFIG_BYTES));
            if (text !== undefined) {
              try {
                const parsed: unknown = JSON.parse(text);
                configs++;
                findings.push(...scanKerasConfig(parsed, member ?? `@${abs}`));
                skipUntil = abs + text.length;
              } catch {
                // not a complete JSON document at this offset; the raw Lambda search still applies
              }
            }
          }
          i = chunk.indexOf(needle, i + 1);
        }
      }
    }
  }
  if (rawLambda && !findings.some((f) => f.rule === 'keras/lambda-layer')) {
    findings.push({ severity: 'critical', rule: 'keras/lambda-layer', message: 'a Lambda layer definition is present in the file', ...at(member) });
  }
  if (configs === 0) findings.push({ severity: 'info', rule: 'h5/no-model-config', message: 'no Keras model config found (weights-only HDF5)', ...at(member) });
  return { format: configs > 0 ? 'keras-h5' : 'hdf5', findings };
}

/** Cuts a JSON object out of the bytes at `start` by brace matching that respects strings. */
function extractJsonObject(src: ByteSource, start: number, max: number): string | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  const window = 1 << 20;
  const parts: Buffer[] = [];
  for (let off = start; off < Math.min(src.size, start + max); off += window) {
    const b = src.read(off, window);
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === 0) return undefined; // NUL ends HDF5 strings: an unterminated object is not the config
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x7b) depth++;
      else if (c === 0x7d && --depth === 0) {
        parts.push(Buffer.from(b.subarray(0, i + 1)));
        return Buffer.concat(parts).toString('utf8');
      }
    }
    parts.push(Buffer.from(b));
  }
  return undefined;
}
