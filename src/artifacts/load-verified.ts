/**
 * A load guard for Node ML runtimes (onnxruntime-node, transformers.js): reads a model file once,
 * and returns its bytes only if those exact bytes are pinned in rampart.lock.json, covered by a valid
 * model.sig (when a public key is given) and scan clean. Checking the returned buffer, not the path,
 * leaves no window for the file to change between check and load.
 *
 * @example
 * const bytes = await loadVerified('models/m/model.onnx', { publicKey: readFileSync('key.pub', 'utf8') });
 * const session = await ort.InferenceSession.create(bytes);
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { LOCK_FILE, readLock } from './lock.js';
import type { ScanLimits } from './limits.js';
import { scanBytes } from './scan.js';
import { verifyModelSignature } from './signing.js';
import type { FileReport, Verdict } from './types.js';

export interface LoadVerifiedOptions {
  /** Folder holding rampart.lock.json (and model.sig); default: the file's folder. */
  modelDir?: string;
  /** PEM public key; when set, model.sig must verify and sign these bytes. */
  publicKey?: string;
  /** Verdicts allowed to load (default: clean only). */
  allow?: Verdict[];
  limits?: Partial<ScanLimits>;
}

/** Why a file was refused; `report` is the scan report when the scan ran. */
export class ArtifactRejectedError extends Error {
  constructor(
    message: string,
    readonly report?: FileReport,
  ) {
    super(message);
    this.name = 'ArtifactRejectedError';
  }
}

/** Returns the file's bytes if pinned, signed (when a key is given) and clean; throws ArtifactRejectedError otherwise. */
export async function loadVerified(path: string, options: LoadVerifiedOptions = {}): Promise<Buffer> {
  const dir = resolve(options.modelDir ?? dirname(path));
  const rel = relative(dir, resolve(path)).split(sep).join('/');
  if (rel.startsWith('..')) throw new ArtifactRejectedError(`${path} is outside the model folder ${dir}`);
  let lock;
  try {
    lock = readLock(join(dir, LOCK_FILE));
  } catch (err) {
    throw new ArtifactRejectedError(`not pinned: ${(err as Error).message}`);
  }
  const entry = lock.files[rel];
  if (!entry) throw new ArtifactRejectedError(`not pinned: ${rel} is not in ${LOCK_FILE}`);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length !== entry.size || sha256 !== entry.sha256) throw new ArtifactRejectedError(`${rel} does not match its pinned sha256`);
  if (options.publicKey !== undefined) {
    let signed;
    try {
      signed = verifyModelSignature(dir, options.publicKey);
    } catch (err) {
      throw new ArtifactRejectedError(`signature check failed: ${(err as Error).message}`);
    }
    if (signed.digests.get(rel) !== sha256) throw new ArtifactRejectedError(`${rel} is not covered by the signature`);
  }
  const report = scanBytes(bytes, rel, options.limits ? { limits: options.limits } : {});
  const allow = options.allow ?? ['clean'];
  if (!allow.includes(report.verdict)) {
    throw new ArtifactRejectedError(`${rel} scanned ${report.verdict}: ${report.findings.filter((f) => f.severity !== 'info').map((f) => f.message).slice(0, 3).join('; ')}`, report);
  }
  return bytes;
}
