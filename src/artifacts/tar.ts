/**
 * POSIX tar, for legacy PyTorch checkpoints (torch <= 0.1.10 wrote a tar with `sys_info`, `pickle`,
 * `storages`, `tensors` members, each holding pickles) and tarred model folders. Headers are read
 * one block at a time; member bodies only when they are scanned. Unsafe names and links are reported.
 */
import type { ScanContext } from './context.js';
import { at } from './context.js';
import { scanPickle } from './pickle-scan.js';
import { SliceSource, type ByteSource } from './source.js';
import { errorFinding, type ArtifactFinding } from './types.js';
import { isUnsafeMemberName } from './zip.js';

export function looksLikeTar(src: ByteSource): boolean {
  if (src.size < 512) return false;
  const h = src.read(0, 512);
  const magic = new TextDecoder('latin1').decode(h.subarray(257, 262));
  return magic === 'ustar' && checksumOk(h);
}

function checksumOk(h: Uint8Array): boolean {
  const stored = parseInt(new TextDecoder('latin1').decode(h.subarray(148, 156)).replace(/\0.*$/, '').trim() || 'x', 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
  return stored === sum;
}

const LEGACY_TORCH_MEMBERS = new Set(['sys_info', 'pickle', 'storages', 'tensors']);

/** Scans a tar archive; returns its format (`pytorch-legacy-tar` when it has the legacy layout). */
export function scanTar(ctx: ScanContext, src: ByteSource, member?: string): { format: string; findings: ArtifactFinding[] } {
  const findings: ArtifactFinding[] = [];
  const latin1 = new TextDecoder('latin1');
  let pos = 0;
  let entries = 0;
  const names: string[] = [];
  while (pos + 512 <= src.size) {
    const h = src.read(pos, 512);
    if (h.every((b) => b === 0)) break;
    if (!checksumOk(h)) {
      findings.push(errorFinding('tar/checksum', `tar header at offset ${pos} has a bad checksum`, at(member, pos).location));
      break;
    }
    if (++entries > ctx.limits.maxArchiveEntries) {
      findings.push(errorFinding('limit/exceeded', `limit exceeded: more than ${ctx.limits.maxArchiveEntries} tar entries`, at(member).location));
      break;
    }
    const prefix = latin1.decode(h.subarray(345, 500)).replace(/\0.*$/s, '');
    const name = (prefix ? `${prefix}/` : '') + latin1.decode(h.subarray(0, 100)).replace(/\0.*$/s, '');
    const sizeText = latin1.decode(h.subarray(124, 136)).replace(/\0.*$/s, '').trim();
    const size = sizeText === '' ? 0 : parseInt(sizeText, 8);
    const type = String.fromCharCode(h[156]!);
    if (!Number.isFinite(size) || size < 0) {
      findings.push(errorFinding('tar/size', `tar entry at offset ${pos} has a bad size`, at(member, pos).location));
      break;
    }
    const dataStart = pos + 512;
    if (dataStart + size > src.size) {
      findings.push(errorFinding('tar/truncated', `tar entry "${safe(name)}" runs past the end of the file`, at(member, pos).location));
      break;
    }
    names.push(name);
    const where = member === undefined ? name : `${member}!${name}`;
    if (isUnsafeMemberName(name)) findings.push(errorFinding('tar/unsafe-name', `member name "${safe(name)}" escapes the extraction folder`, at(member, pos).location));
    if (type === '1' || type === '2') {
      const target = latin1.decode(h.subarray(157, 257)).replace(/\0.*$/s, '');
      if (isUnsafeMemberName(target)) findings.push(errorFinding('tar/unsafe-link', `link "${safe(name)}" points outside the archive ("${safe(target)}")`, at(member, pos).location));
    } else if ((type === '0' || type === '\0' || type === '7') && size > 0) {
      const body = new SliceSource(src, dataStart, size);
      const base = name.slice(name.lastIndexOf('/') + 1);
      const head = body.read(0, 2);
      if (LEGACY_TORCH_MEMBERS.has(base) || (head[0] === 0x80 && head[1]! >= 2 && head[1]! <= 5)) {
        const data = body.read(0, Math.min(size, ctx.limits.maxPickleBytes));
        findings.push(...scanPickle(data, { limits: ctx.limits, deadline: ctx.deadline, member: where, stacked: true }).findings);
      } else {
        findings.push(...ctx.scanNested(body, where, name).findings);
      }
    }
    pos = dataStart + Math.ceil(size / 512) * 512;
  }
  const legacy = names.includes('pickle') && names.includes('storages');
  return { format: legacy ? 'pytorch-legacy-tar' : 'tar', findings };
}

function safe(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, '?').slice(0, 120);
}
