/**
 * joblib pickles: a normal pickle stream, except that after each NumpyArrayWrapper BUILD the array's
 * bytes follow inline (after an alignment pad), or, for object arrays, a second pickle. The scanner
 * skips numeric array bytes by computing their size from the wrapper's shape and dtype, and scans
 * object-array pickles. If the size cannot be known the file is an error, never a guess.
 */
import { scanPickle, type PickleScanResult } from './pickle-scan.js';
import type { PValue } from './pickle-vm.js';
import type { ScanContext } from './context.js';
import { ArtifactParseError, type ArtifactFinding } from './types.js';

const WRAPPERS = new Set(['joblib.numpy_pickle.NumpyArrayWrapper', 'sklearn.externals.joblib.numpy_pickle.NumpyArrayWrapper']);

/** Scans a (decompressed) joblib stream. */
export function scanJoblibStream(ctx: ScanContext, buf: Uint8Array, member?: string, stacked = false): PickleScanResult {
  let arrays = 0;
  const dtypeState = new WeakMap<object, PValue>();
  const extra: ArtifactFinding[] = [];
  const result = scanPickle(buf, {
    limits: ctx.limits,
    deadline: ctx.deadline,
    ...(member !== undefined ? { member } : {}),
    stacked,
    hooks: {
      onBuild(inst, state, offset, resumeAt) {
        if (isCallOf(inst, 'numpy.dtype')) {
          dtypeState.set(inst, state);
          return undefined;
        }
        if (!(inst.t === 'call' && inst.callee.t === 'global' && WRAPPERS.has(inst.callee.g.qualified))) return undefined;
        arrays++;
        const fields = dictFields(state);
        const dtype = fields.get('dtype');
        const shape = fields.get('shape');
        if (!dtype || !shape) throw new ArtifactParseError('joblib/wrapper', `NumpyArrayWrapper at offset ${offset} lacks dtype or shape`);
        const info = dtypeInfo(dtype, dtypeState);
        if (info.object) {
          const inner = scanPickle(buf.subarray(resumeAt), { limits: ctx.limits, deadline: ctx.deadline, depth: 1, ...(member !== undefined ? { member } : {}) });
          for (const f of inner.findings) {
            extra.push({ ...f, location: { ...f.location, offset: (f.location?.offset ?? 0) + resumeAt } });
          }
          if (inner.pickles === 0) throw new ArtifactParseError('joblib/object-array', `object array pickle at offset ${resumeAt} is invalid`);
          return resumeAt + inner.end;
        }
        let pos = resumeAt;
        const alignment = fields.get('numpy_array_alignment_bytes');
        if (alignment && alignment.t !== 'none') {
          const pad = buf[pos];
          if (pad === undefined || pad > 64) throw new ArtifactParseError('joblib/padding', `bad array padding at offset ${pos}`);
          pos += 1 + pad;
        }
        const count = shapeCount(shape);
        const bytes = count * BigInt(info.itemsize);
        if (bytes > BigInt(buf.length - pos)) {
          throw new ArtifactParseError('joblib/array-size', `array at offset ${pos} needs ${bytes} bytes but only ${buf.length - pos} remain`);
        }
        return pos + Number(bytes);
      },
    },
  });
  result.findings.push(...extra);
  if (arrays > 0) result.findings.push({ severity: 'info', rule: 'joblib/array', message: `${arrays} joblib array(s) skipped without reading their data`, ...(member !== undefined ? { location: { member } } : {}) });
  return result;
}

function isCallOf(v: PValue, qualified: string): boolean {
  return v.t === 'call' && v.callee.t === 'global' && v.callee.g.qualified === qualified;
}

function dictFields(state: PValue): Map<string, PValue> {
  const m = new Map<string, PValue>();
  if (state.t !== 'dict') return m;
  for (let i = 0; i + 1 < state.items.length; i += 2) {
    const k = state.items[i]!;
    if (k.t === 'str') m.set(k.v, state.items[i + 1]!);
  }
  return m;
}

function shapeCount(shape: PValue): bigint {
  if (shape.t !== 'tuple' && shape.t !== 'list') throw new ArtifactParseError('joblib/wrapper', 'array shape is not a tuple');
  let n = 1n;
  for (const d of shape.items) {
    if (d.t !== 'int' || d.v < 0n) throw new ArtifactParseError('joblib/wrapper', 'array shape holds a non-integer');
    n *= d.v;
    if (n > 1n << 48n) throw new ArtifactParseError('joblib/array-size', 'array shape is absurdly large');
  }
  return n;
}

/** Item size and object-ness of a symbolic numpy.dtype(...) value (with its BUILD state, if any). */
function dtypeInfo(dtype: PValue, states: WeakMap<object, PValue>): { itemsize: number; object: boolean } {
  if (!isCallOf(dtype, 'numpy.dtype') || dtype.t !== 'call') throw new ArtifactParseError('joblib/wrapper', 'array dtype is not numpy.dtype');
  const args = dtype.args.t === 'tuple' ? dtype.args.items : [];
  const code = args[0]?.t === 'str' ? args[0].v : undefined;
  if (code === undefined) throw new ArtifactParseError('joblib/wrapper', 'array dtype has no type code');
  if (code.startsWith('O')) return { itemsize: 8, object: true };
  const state = states.get(dtype);
  if (state?.t === 'tuple') {
    const fields = state.items[4];
    if (fields && fields.t === 'dict' && fields.items.length > 0) {
      // Structured dtype: object if any field type is an object dtype.
      for (let i = 1; i < fields.items.length; i += 2) {
        const f = fields.items[i]!;
        const first = f.t === 'tuple' ? f.items[0] : undefined;
        if (first && first.t === 'call' && isCallOf(first, 'numpy.dtype')) {
          const sub = first.args;
          if (sub.t === 'tuple' && sub.items[0]?.t === 'str' && sub.items[0].v.startsWith('O')) return { itemsize: 8, object: true };
        }
      }
    }
    const elsize = state.items[5];
    if (elsize?.t === 'int' && elsize.v > 0n && elsize.v < 1n << 40n) return { itemsize: Number(elsize.v), object: false };
  }
  const m = /^[a-zA-Z](\d+)$/.exec(code);
  if (m) return { itemsize: Number(m[1]), object: false };
  if (/^[?bB]$/.test(code)) return { itemsize: 1, object: false };
  throw new ArtifactParseError('joblib/wrapper', `cannot size array dtype ${code.slice(0, 20)}`);
}
