/**
 * Zip containers: decides what a zip is (PyTorch checkpoint, Keras v3, NumPy .npz or a plain zip)
 * from its member names, then scans the members that can run code. For PyTorch it identifies the
 * member torch.load really unpickles (`<first entry's folder>/data.pkl`, the first such entry) and never
 * reads tensor data. Pickles torch would not load are reported, capped at suspicious.
 */
import type { ScanContext } from './context.js';
import { at } from './context.js';
import { scanKerasConfigText } from './keras.js';
import { scanNpy } from './numpy.js';
import { scanPickle } from './pickle-scan.js';
import { BufferSource, PrefixSource, SliceSource, type ByteSource } from './source.js';
import { errorFinding, ArtifactParseError, type ArtifactFinding } from './types.js';
import { isUnsafeMemberName, peekZipMember, readZip, readZipMember, type ZipArchive, type ZipEntry } from './zip.js';

/** A checkpoint's data.pkl is a few MB even for very large models; more is an inflation bomb or flood. */
const MAX_ZIP_PICKLE_BYTES = 32 * 1024 * 1024;

export type ZipKind = 'pytorch-zip' | 'keras-v3' | 'npz' | 'zip';

/** Classifies a zip by its member names. */
export function zipKind(zip: ZipArchive): ZipKind {
  const names = zip.entries.map((e) => e.name);
  if (names.some((n) => /(^|\/)(data|constants)\.pkl$/.test(n))) return 'pytorch-zip';
  if (names.includes('config.json') && (names.includes('metadata.json') || names.includes('model.weights.h5'))) return 'keras-v3';
  if (names.length > 0 && names.every((n) => n.endsWith('.npy'))) return 'npz';
  return 'zip';
}

export interface ZipScan {
  format: ZipKind;
  findings: ArtifactFinding[];
}

/** Scans a zip container of any kind. */
export function scanZip(ctx: ScanContext, src: ByteSource, member?: string): ZipScan {
  const zip = readZip(src, ctx.limits.maxArchiveEntries, member);
  const findings: ArtifactFinding[] = [...zip.findings];
  for (const e of zip.entries) {
    if (isUnsafeMemberName(e.name) || isUnsafeMemberName(e.localName)) {
      findings.push(errorFinding('zip/unsafe-name', `member name "${printable(e.name)}" escapes the extraction folder (zip-slip)`, at(member).location));
    }
  }
  const format = zipKind(zip);
  const budget = { left: ctx.limits.maxDecompressedBytes };
  switch (format) {
    case 'pytorch-zip':
      findings.push(...scanTorchZip(ctx, src, zip, budget, member));
      break;
    case 'keras-v3':
      findings.push(...scanKerasZip(ctx, src, zip, budget, member));
      break;
    case 'npz':
      for (const e of zip.entries) findings.push(...scanNpzMember(ctx, src, e, budget, member));
      break;
    default:
      for (const e of zip.entries) findings.push(...scanGenericMember(ctx, src, e, budget, member));
  }
  return { format, findings };
}

function memberPath(outer: string | undefined, name: string): string {
  return outer === undefined ? name : `${outer}!${name}`;
}

function readMember(ctx: ScanContext, src: ByteSource, e: ZipEntry, budget: { left: number }, cap: number, outer: string | undefined): { data?: Uint8Array; findings: ArtifactFinding[] } {
  const findings: ArtifactFinding[] = [];
  const where = memberPath(outer, e.name);
  try {
    const limit = Math.min(cap, budget.left);
    const m = readZipMember(src, e, limit);
    budget.left -= m.data.length;
    if (!m.crcOk) {
      findings.push({ severity: 'high', rule: 'zip/crc-mismatch', message: `${printable(e.name)}: CRC-32 does not match the directory (some loaders ignore it, others refuse)`, ...at(where) });
    }
    return { data: m.data, findings };
  } catch (err) {
    if (err instanceof ArtifactParseError) {
      findings.push(errorFinding(err.rule, err.message, at(where).location));
      return { findings };
    }
    throw err;
  }
}

function scanTorchZip(ctx: ScanContext, src: ByteSource, zip: ZipArchive, budget: { left: number }, outer: string | undefined): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  const first = zip.entries[0]?.name ?? '';
  const prefix = first.includes('/') ? first.slice(0, first.indexOf('/')) : '';
  const loadedName = prefix ? `${prefix}/data.pkl` : 'data.pkl';
  const loaded = zip.entries.find((e) => e.name === loadedName);
  findings.push({
    severity: 'info',
    rule: 'torch/loaded-member',
    message: loaded ? `torch.load unpickles ${printable(loadedName)} (entry ${loaded.index})` : `torch.load would look for ${printable(loadedName)}, which is absent`,
    ...at(outer),
  });
  for (const e of zip.entries) {
    if (ctx.deadline.expired()) {
      findings.push(errorFinding('limit/exceeded', 'limit exceeded: time budget for this file', at(outer).location));
      break;
    }
    const base = e.name.slice(e.name.lastIndexOf('/') + 1);
    const isTensorData = /(^|\/)data\/[^/]+$/.test(e.name) && !e.name.endsWith('.pkl');
    if (isTensorData) continue; // tensor bytes are never read
    const isPickleName = e.name.endsWith('.pkl');
    const peek = isPickleName ? undefined : peekZipMember(src, e, 2);
    const sniffsPickle = peek !== undefined && peek.length >= 2 && peek[0] === 0x80 && peek[1]! >= 2 && peek[1]! <= 5;
    if (!isPickleName && !sniffsPickle) continue;
    const where = memberPath(outer, e.name);
    const r = readMember(ctx, src, e, budget, Math.min(ctx.limits.maxPickleBytes, MAX_ZIP_PICKLE_BYTES), outer);
    findings.push(...r.findings);
    if (!r.data) continue;
    const torchLoads = base === 'data.pkl' || base === 'constants.pkl';
    const scanned = scanPickle(r.data, { limits: ctx.limits, deadline: ctx.deadline, member: where });
    for (const f of scanned.findings) {
      if (!torchLoads && f.severity === 'critical') {
        findings.push({ ...f, severity: 'high', message: `${f.message} [in ${printable(e.name)}, which torch.load does not unpickle]` });
      } else findings.push(f);
    }
    if (!torchLoads) {
      findings.push({ severity: 'medium', rule: 'torch/unreferenced-pickle', message: `${printable(e.name)} is a pickle that torch.load does not read`, ...at(where) });
    }
  }
  return findings;
}

function scanKerasZip(ctx: ScanContext, src: ByteSource, zip: ZipArchive, budget: { left: number }, outer: string | undefined): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  for (const e of zip.entries) {
    if (e.name === 'config.json' || e.name === 'metadata.json') {
      const r = readMember(ctx, src, e, budget, ctx.limits.maxMetadataBytes, outer);
      findings.push(...r.findings);
      if (r.data && e.name === 'config.json') findings.push(...scanKerasConfigText(new TextDecoder().decode(r.data), memberPath(outer, e.name)));
    } else if (!e.name.endsWith('.h5')) {
      findings.push(...scanGenericMember(ctx, src, e, budget, outer));
    }
  }
  return findings;
}

function scanNpzMember(ctx: ScanContext, src: ByteSource, e: ZipEntry, budget: { left: number }, outer: string | undefined): ArtifactFinding[] {
  const where = memberPath(outer, e.name);
  if (e.method === 0) return scanNpy(ctx, new SliceSource(src, e.dataOffset, Math.min(e.compressedSize, e.size)), where);
  const head = peekZipMember(src, e, 1 << 16);
  const isObject = /['"]descr['"]\s*:\s*['"][|<>=]?O/.test(new TextDecoder('latin1').decode(head.subarray(0, 4096)));
  if (!isObject) return scanNpy(ctx, new PrefixSource(head, e.size), where);
  const r = readMember(ctx, src, e, budget, ctx.limits.maxPickleBytes, outer);
  if (!r.data) return r.findings;
  return [...r.findings, ...scanNpy(ctx, new BufferSource(r.data), where)];
}

/** Any member of a plain zip: sniffed, and scanned by the orchestrator when it is a model format. */
function scanGenericMember(ctx: ScanContext, src: ByteSource, e: ZipEntry, budget: { left: number }, outer: string | undefined): ArtifactFinding[] {
  if (e.name.endsWith('/') && e.size === 0) return [];
  const where = memberPath(outer, e.name);
  if (e.method === 0 && (e.flags & 1) === 0) {
    // Stored: scan in place, reading only what the nested scanner needs.
    return ctx.scanNested(new SliceSource(src, e.dataOffset, Math.min(e.size, e.compressedSize)), where, e.name).findings;
  }
  const r = readMember(ctx, src, e, budget, ctx.limits.maxDecompressedBytes, outer);
  if (!r.data) return r.findings;
  const nested = ctx.scanNested(new BufferSource(r.data), where, e.name);
  return [...r.findings, ...nested.findings];
}

function printable(s: string): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}...` : clean;
}
