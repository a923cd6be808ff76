/**
 * The scan orchestrator: detects each file's format from its content, dispatches to the format
 * scanner, follows nested content (zip in zip, compressed joblib, tar members) within the depth
 * limit, and turns any parser failure into an `error` finding. It never throws for file contents.
 *
 * @example
 * const report = scanArtifact('model.pt');
 * if (report.verdict !== 'clean') refuse(report.findings);
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanZip } from './archive.js';
import type { ScanContext } from './context.js';
import { at } from './context.js';
import { decompress, detectCodec } from './decompress.js';
import { detectFormat, startsLikeBinaryPickle } from './detect.js';
import { scanGguf } from './gguf.js';
import { scanH5 } from './h5.js';
import { scanJoblibStream } from './joblib.js';
import { Deadline, DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import { scanNpy } from './numpy.js';
import { scanOnnx } from './onnx.js';
import type { PValue } from './pickle-vm.js';
import { scanSafetensors } from './safetensors.js';
import { scanSavedModel } from './savedmodel.js';
import { BufferSource, FileSource, type ByteSource } from './source.js';
import { scanTar } from './tar.js';
import { ArtifactParseError, errorFinding, worstVerdict, type ArtifactFinding, type FileReport } from './types.js';

export interface ScanOptions {
  limits?: Partial<ScanLimits>;
}

const TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
const MAX_WHOLE_READ = 1024 * 1024 * 1024;

interface Scanned {
  format: string;
  findings: ArtifactFinding[];
}

/** Scans one file on disk. Never throws for bad content; I/O errors become an `error` report. */
export function scanArtifact(path: string, options: ScanOptions = {}): FileReport {
  const started = performance.now();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let src: FileSource | undefined;
  let result: Scanned;
  let bytes = 0;
  try {
    src = new FileSource(path);
    bytes = src.size;
    const ctx = makeContext(limits, new Deadline(limits.timeBudgetMs), 0, path);
    result = scanSource(ctx, src, undefined, path);
  } catch (err) {
    result = { format: 'unknown', findings: [errorFinding('file/unreadable', `cannot read file: ${(err as NodeJS.ErrnoException).code ?? 'I/O error'}`)] };
  } finally {
    src?.close();
  }
  return finish(path, result, bytes, started);
}

/** Scans bytes already in memory (`name` is a hint for formats without magic bytes). */
export function scanBytes(bytes: Uint8Array, name = 'buffer', options: ScanOptions = {}): FileReport {
  const started = performance.now();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx = makeContext(limits, new Deadline(limits.timeBudgetMs), 0, undefined);
  return finish(name, scanSource(ctx, new BufferSource(bytes), undefined, name), bytes.length, started);
}

function finish(path: string, result: Scanned, bytes: number, started: number): FileReport {
  return { path, format: result.format, verdict: worstVerdict(result.findings), findings: result.findings, bytes, ms: Math.round((performance.now() - started) * 100) / 100 };
}

function makeContext(limits: ScanLimits, deadline: Deadline, depth: number, filePath: string | undefined): ScanContext {
  const ctx: ScanContext = {
    limits,
    deadline,
    depth,
    ...(filePath !== undefined ? { filePath } : {}),
    scanNested(src, member, nameHint) {
      if (depth + 1 > limits.maxNestingDepth) {
        return { format: 'nested', findings: [errorFinding('limit/exceeded', `limit exceeded: containers nested deeper than ${limits.maxNestingDepth}`, at(member).location)] };
      }
      return scanSource(makeContext(limits, deadline, depth + 1, filePath), src, member, nameHint);
    },
  };
  return ctx;
}

/** Detects and scans one source; parse failures become error findings. */
function scanSource(ctx: ScanContext, src: ByteSource, member: string | undefined, name: string): Scanned {
  let format: string = detectFormat(src, name);
  try {
    switch (format) {
      case 'empty':
        return { format, findings: [errorFinding('file/empty', 'empty file: not a model', at(member).location)] };
      case 'zip':
        return scanZip(ctx, src, member);
      case 'npy':
        return { format, findings: scanNpy(ctx, src, member) };
      case 'gguf':
        return { format, findings: scanGguf(ctx, src, member) };
      case 'hdf5':
        return scanH5(ctx, src, member);
      case 'tar':
        return scanTar(ctx, src, member);
      case 'safetensors':
        return { format, findings: scanSafetensors(src, member) };
      case 'compressed':
        return scanCompressed(ctx, src, member, name);
      case 'pickle':
        return scanPickleSource(ctx, src, member);
      case 'pickle-candidate': {
        const r = scanPickleSource(ctx, src, member);
        if (r.findings.some((f) => f.verdict === 'error') && !r.findings.some((f) => f.severity === 'critical')) {
          return { format: 'unknown', findings: [{ severity: 'info', rule: 'file/not-a-model', message: 'not a recognised model format', ...at(member) }] };
        }
        return r;
      }
      case 'onnx':
      case 'onnx-candidate': {
        const findings = scanOnnx(readAll(src), ctx.filePath, member);
        if (format === 'onnx-candidate' && findings.some((f) => f.verdict === 'error')) {
          return { format: 'unknown', findings: [{ severity: 'info', rule: 'file/not-a-model', message: 'not a recognised model format', ...at(member) }] };
        }
        return { format: 'onnx', findings };
      }
      case 'tf-savedmodel':
        return { format, findings: scanSavedModel(readAll(src), member) };
      default:
        return { format: 'unknown', findings: [{ severity: 'info', rule: 'file/not-a-model', message: 'not a recognised model format', ...at(member) }] };
    }
  } catch (err) {
    if (err instanceof ArtifactParseError) return { format, findings: [errorFinding(err.rule, err.message, { ...err.location, ...(member !== undefined ? { member } : {}) })] };
    if (err instanceof RangeError) {
      format = format === 'unknown' ? 'unknown' : format;
      return { format, findings: [errorFinding('limit/exceeded', `limit exceeded: ${err.message.slice(0, 120)}`, at(member).location)] };
    }
    throw err;
  }
}

function readAll(src: ByteSource): Uint8Array {
  if (src instanceof BufferSource) return src.all();
  if (src.size > MAX_WHOLE_READ) throw new ArtifactParseError('limit/exceeded', `limit exceeded: file larger than ${MAX_WHOLE_READ} bytes for this format`);
  return src.read(0, src.size);
}

function scanPickleSource(ctx: ScanContext, src: ByteSource, member: string | undefined): Scanned {
  if (src.size > ctx.limits.maxPickleBytes) {
    return { format: 'pickle', findings: [errorFinding('limit/exceeded', `limit exceeded: pickle file larger than ${ctx.limits.maxPickleBytes} bytes`, at(member).location)] };
  }
  const buf = readAll(src);
  const r = scanJoblibStream(ctx, buf, member, true);
  let format = 'pickle';
  if (r.results[0] && isLegacyMagic(r.results[0])) format = 'pytorch-legacy';
  else if (hasJoblibWrapper(r.findings)) format = 'joblib';
  return { format, findings: r.findings };
}

function hasJoblibWrapper(findings: ArtifactFinding[]): boolean {
  return findings.some((f) => f.rule === 'joblib/array');
}

function isLegacyMagic(v: PValue): boolean {
  return v.t === 'int' && v.v === TORCH_LEGACY_MAGIC;
}

function scanCompressed(ctx: ScanContext, src: ByteSource, member: string | undefined, name: string): Scanned {
  const head = src.read(0, 16);
  const codec = detectCodec(head)!;
  if (src.size > ctx.limits.maxDecompressedBytes) {
    return { format: `${codec}-compressed`, findings: [errorFinding('limit/exceeded', `limit exceeded: compressed file larger than ${ctx.limits.maxDecompressedBytes} bytes`, at(member).location)] };
  }
  const data = decompress(codec, readAll(src), ctx.limits.maxDecompressedBytes, () => ctx.deadline.expired());
  if (startsLikeBinaryPickle(data)) {
    const r = scanJoblibStream(ctx, data, member, true);
    return { format: 'joblib-compressed', findings: r.findings };
  }
  const inner = ctx.scanNested(new BufferSource(data), member ?? name.replace(/\.[^./]+$/, ''), name.replace(/\.(?:gz|bz2|xz|lzma|z)$/i, ''));
  return { format: `${codec}-compressed:${inner.format}`, findings: inner.findings };
}

/** Expands files and directories (recursively, not following directory symlinks) into file paths. */
export function listFiles(paths: readonly string[], maxFiles = 1_000_000): string[] {
  const out: string[] = [];
  const stack = [...paths].reverse();
  while (stack.length > 0 && out.length < maxFiles) {
    const p = stack.pop()!;
    const st = lstatSync(p);
    if (st.isDirectory()) {
      const names = readdirSync(p).sort().reverse();
      for (const n of names) stack.push(join(p, n));
    } else if (st.isFile()) out.push(p);
    else if (st.isSymbolicLink()) {
      try {
        if (statSync(p).isFile()) out.push(p);
      } catch {
        out.push(p); // a dangling link: scanning it reports the read error
      }
    }
  }
  return out;
}
