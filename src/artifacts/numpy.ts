/**
 * NumPy `.npy`: a magic string, a Python-literal header dict, then raw data, or for object arrays a
 * pickle (np.load(allow_pickle=True) unpickles it). The header is parsed with bounded regexes, the
 * declared shape x itemsize is checked against the bytes present, and object data is pickle-scanned.
 */
import { scanPickle } from './pickle-scan.js';
import type { ScanContext } from './context.js';
import { at } from './context.js';
import type { ByteSource } from './source.js';
import { errorFinding, type ArtifactFinding } from './types.js';

export const NPY_MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];
const MAX_HEADER = 1024 * 1024;

export function looksLikeNpy(head: Uint8Array): boolean {
  return NPY_MAGIC.every((b, i) => head[i] === b);
}

/** Scans one .npy file or .npz member. */
export function scanNpy(ctx: ScanContext, src: ByteSource, member?: string): ArtifactFinding[] {
  const head = src.read(0, 12);
  if (head.length < 10 || !looksLikeNpy(head)) return [errorFinding('npy/invalid', 'not a .npy file (bad magic)', at(member).location)];
  const major = head[6]!;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let headerLen: number;
  let start: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (head.length < 12) return [errorFinding('npy/invalid', '.npy header truncated', at(member).location)];
    headerLen = view.getUint32(8, true);
    start = 12;
  } else return [errorFinding('npy/version', `unsupported .npy version ${major}`, at(member).location)];
  if (headerLen > MAX_HEADER) return [errorFinding('npy/header', `.npy header of ${headerLen} bytes exceeds ${MAX_HEADER}`, at(member, 8).location)];
  if (start + headerLen > src.size) return [errorFinding('npy/header', '.npy header runs past the end of the file', at(member, 8).location)];
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(src.read(start, headerLen));
  const findings: ArtifactFinding[] = [];
  if (headerLen > 10_000) findings.push({ severity: 'info', rule: 'npy/large-header', message: `header of ${headerLen} bytes: numpy >= 1.24 refuses it by default`, ...at(member, 8) });
  const descr = /['"]descr['"]\s*:\s*(?:'([^']*)'|"([^"]*)"|(\[[\s\S]*?\])\s*,\s*['"](?:fortran_order|shape))/.exec(header);
  const shapeMatch = /['"]shape['"]\s*:\s*\(([^)]*)\)/.exec(header);
  const fortran = /['"]fortran_order['"]\s*:\s*(True|False)/.exec(header);
  if (!descr || !shapeMatch || !fortran || !header.trimStart().startsWith('{')) {
    return [errorFinding('npy/header', '.npy header is not a dict with descr, fortran_order and shape', at(member, start).location)];
  }
  const dataStart = start + headerLen;
  const descrText = descr[1] ?? descr[2] ?? descr[3] ?? '';
  const isObject = /(^|[^A-Za-z])[|<>=]?O\d*(?![A-Za-z])/.test(descrText);
  if (isObject) {
    const body = src.read(dataStart, Math.min(src.size - dataStart, ctx.limits.maxPickleBytes));
    const r = scanPickle(body, { limits: ctx.limits, deadline: ctx.deadline, ...(member !== undefined ? { member } : {}) });
    for (const f of r.findings) findings.push({ ...f, location: { ...f.location, offset: (f.location?.offset ?? 0) + dataStart } });
    findings.push({ severity: 'info', rule: 'npy/object-array', message: 'object array: loading it needs allow_pickle=True (the pickle was scanned)', ...at(member) });
    return findings;
  }
  const dims = shapeMatch[1]!.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  let count = 1n;
  for (const d of dims) {
    if (!/^\d+L?$/.test(d)) return [errorFinding('npy/header', '.npy shape holds a non-integer', at(member, start).location)];
    count *= BigInt(d.replace('L', ''));
  }
  const itemsize = simpleItemsize(descrText);
  if (itemsize === undefined) {
    findings.push({ severity: 'info', rule: 'npy/structured', message: 'structured dtype: data size not checked', ...at(member) });
    return findings;
  }
  const need = count * BigInt(itemsize);
  const have = BigInt(src.size - dataStart);
  if (need > have) {
    findings.push(errorFinding('npy/size', `.npy shape needs ${need} bytes of data but the file has ${have}`, at(member, dataStart).location));
  } else if (need < have) {
    findings.push({ severity: 'info', rule: 'npy/trailing-data', message: `${have - need} bytes after the array data are never read`, ...at(member, dataStart) });
  }
  return findings;
}

function simpleItemsize(descr: string): number | undefined {
  const m = /^[|<>=]?([a-zA-Z])(\d*)$/.exec(descr.trim());
  if (!m) return undefined;
  const kind = m[1]!;
  const n = m[2] ? Number(m[2]) : kind === 'b' || kind === '?' || kind === 'B' ? 1 : undefined;
  if (n === undefined) return undefined;
  return kind === 'U' ? n * 4 : n;
}
