/**
 * What every format scanner receives: limits, the per-file deadline, nesting depth, the on-disk path
 * (ONNX external data is resolved against it) and a way to scan nested content with the orchestrator.
 */
import type { Deadline, ScanLimits } from './limits.js';
import type { ByteSource } from './source.js';
import type { ArtifactFinding } from './types.js';

export interface ScanContext {
  limits: ScanLimits;
  deadline: Deadline;
  /** How many containers deep this content is (0 = the file itself). */
  depth: number;
  /** The file on disk being scanned, when there is one. */
  filePath?: string;
  /** Scans nested content (a member of a zip, a decompressed stream) and returns its findings and format. */
  scanNested(src: ByteSource, member: string, nameHint: string): { format: string; findings: ArtifactFinding[] };
}

/** A finding location inside `member` (or the top-level file when undefined). */
export function at(member: string | undefined, offset?: number, pointer?: string) {
  const location: { member?: string; offset?: number; pointer?: string } = {};
  if (member !== undefined) location.member = member;
  if (offset !== undefined) location.offset = offset;
  if (pointer !== undefined) location.pointer = pointer;
  return { location };
}
