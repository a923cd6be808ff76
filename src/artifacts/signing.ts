/**
 * Model signing in the OpenSSF model-signing format (sigstore/model-transparency v1.x): `model.sig` is a
 * Sigstore bundle v0.3 holding a DSSE envelope whose payload is an in-toto v1 statement with predicate
 * type `https://model_signing/signature/v1.0`: one resource (name, sha256) per file sorted by path, and a
 * subject digest = sha256 over the concatenated raw file digests. Keys are ECDSA P-256 / P-384 / P-521
 * (hash SHA-256 / 384 / 512 by curve), verified with node:crypto so P-384 works (the Sigstore JS
 * verifier hashes every EC key with SHA-256). The bundle carries the key's hint, sha256 of its PEM.
 *
 * @example
 * signModel('models/bert', readFileSync('key.pem', 'utf8'));
 * const result = verifyModelSignature('models/bert', readFileSync('key.pub', 'utf8')); // throws on failure
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { hashFileSync } from './hash.js';

export const SIGNATURE_FILE = 'model.sig';
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const PREDICATE_TYPE = 'https://model_signing/signature/v1.0';
export const DEFAULT_IGNORE = ['.git', '.gitattributes', '.github', '.gitignore', SIGNATURE_FILE];

export class SignatureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureError';
  }
}

export interface Resource {
  name: string;
  algorithm: 'sha256';
  digest: string;
}

/** DSSE pre-authentication encoding. */
export function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload]);
}

function hashForKey(key: KeyObject): 'sha256' | 'sha384' | 'sha512' {
  if (key.asymmetricKeyType !== 'ec') throw new SignatureError('only elliptic-curve (ECDSA) keys are supported');
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve === 'prime256v1' || curve === 'P-256') return 'sha256';
  if (curve === 'secp384r1' || curve === 'P-384') return 'sha384';
  if (curve === 'secp521r1' || curve === 'P-521') return 'sha512';
  throw new SignatureError(`unsupported curve ${curve ?? 'unknown'} (P-256, P-384 or P-521)`);
}

/** sha256 of the key's SubjectPublicKeyInfo PEM, the hint model_signing records. */
export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'pem' }) as string).digest('hex');
}

function ignored(rel: string, ignore: readonly string[]): boolean {
  return ignore.some((p) => {
    const n = p.replace(/^\.\//, '').replace(/\/+$/, '');
    return rel === n || rel.startsWith(`${n}/`);
  });
}

/** Files of the model (relative, `/`-separated, sorted), minus ignored paths. Symlinks are refused. */
export function modelResources(dir: string, ignore: readonly string[] = DEFAULT_IGNORE): Resource[] {
  const root = resolve(dir);
  const names: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const rel = relative(root, full).split(sep).join('/');
      if (ignored(rel, ignore)) continue;
      const st = lstatSync(full);
      if (st.isSymbolicLink()) throw new SignatureError(`${rel} is a symlink; model signing hashes regular files only`);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) names.push(rel);
    }
  };
  walk(root);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => ({ name, algorithm: 'sha256' as const, digest: hashFileSync(join(root, name)).sha256 }));
}

function rootDigest(resources: readonly Resource[]): string {
  const h = createHash('sha256');
  for (const r of resources) h.update(Buffer.from(r.digest, 'hex'));
  return h.digest('hex');
}

/** Signs `dir` with a PEM private key and writes `dir/model.sig`; returns the bundle. */
export function signModel(dir: string, privateKeyPem: string, options: { modelName?: string; ignorePaths?: string[] } = {}): Record<string, unknown> {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw new SignatureError('cannot read the private key (PEM expected)');
  }
  const hash = hashForKey(key);
  const ignore = [...DEFAULT_IGNORE, ...(options.ignorePaths ?? [])];
  const resources = modelResources(dir, ignore);
  const statement = {
    _type: STATEMENT_TYPE,
    subject: [{ name: options.modelName ?? basename(resolve(dir)), digest: { sha256: rootDigest(resources) } }],
    predicateType: PREDICATE_TYPE,
    predicate: {
      serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false, ignore_paths: ignore },
      resources,
    },
  };
  const payload = Buffer.from(JSON.stringify(statement, null, 2));
  const sig = sign(hash, pae(PAYLOAD_TYPE, payload), { key, dsaEncoding: 'der' });
  const bundle = {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: { publicKey: { hint: keyHint(createPublicKey(key)) }, tlogEntries: [] },
    dsseEnvelope: { payload: payload.toString('base64'), payloadType: PAYLOAD_TYPE, signatures: [{ sig: sig.toString('base64'), keyid: '' }] },
  };
  writeFileSync(join(dir, SIGNATURE_FILE), JSON.stringify(bundle));
  return bundle;
}

export interface SignatureCheck {
  modelName: string;
  files: number;
  signedBy: string;
  /** Signed sha256 per relative path. */
  digests: Map<string, string>;
}

/** Verifies `dir/model.sig` with a PEM public key and checks every file; throws SignatureError on any failure. */
export function verifyModelSignature(dir: string, publicKeyPem: string, signaturePath = join(dir, SIGNATURE_FILE)): SignatureCheck {
  let key: KeyObject;
  try {
    key = createPublicKey(extractPem(publicKeyPem));
  } catch {
    throw new SignatureError('cannot read the public key (PEM expected)');
  }
  const hash = hashForKey(key);
  let bundle: {
    mediaType?: string;
    verificationMaterial?: { publicKey?: { hint?: string | null } };
    dsseEnvelope?: { payload?: string; payloadType?: string; signatures?: Array<{ sig?: string }> };
  };
  try {
    bundle = JSON.parse(readFileSync(signaturePath, 'utf8'));
  } catch (err) {
    throw new SignatureError(`cannot read signature ${signaturePath}: ${(err as NodeJS.ErrnoException).code ?? 'invalid JSON'}`);
  }
  if (bundle.mediaType !== BUNDLE_MEDIA_TYPE) throw new SignatureError(`unexpected bundle media type ${String(bundle.mediaType).slice(0, 80)}`);
  const env = bundle.dsseEnvelope;
  if (!env?.payload || env.payloadType !== PAYLOAD_TYPE || !env.signatures?.[0]?.sig) throw new SignatureError('bundle has no DSSE envelope with an in-toto payload and a signature');
  const hint = bundle.verificationMaterial?.publicKey?.hint;
  if (hint && hint !== keyHint(key)) throw new SignatureError('the signature was made with a different key (key hint mismatch)');
  const payload = Buffer.from(env.payload, 'base64');
  const ok = verify(hash, pae(PAYLOAD_TYPE, payload), { key, dsaEncoding: 'der' }, Buffer.from(env.signatures[0].sig, 'base64'));
  if (!ok) throw new SignatureError('signature does not verify with this public key');
  const checked = checkStatementAgainstDir(dir, payload, signaturePath);
  return { ...checked, signedBy: keyHint(key) };
}


/**
 * Checks a verified DSSE payload: a model_signing v1.0 statement whose resources hash to its subject and
 * match the files in `dir` exactly (none missing, changed or unsigned).
 */
export function checkStatementAgainstDir(dir: string, payload: Buffer, signaturePath = join(dir, SIGNATURE_FILE)): Omit<SignatureCheck, 'signedBy'> {
  let statement: {
    _type?: string;
    predicateType?: string;
    subject?: Array<{ name?: string; digest?: { sha256?: string } }>;
    predicate?: { serialization?: { method?: string; hash_type?: string; ignore_paths?: string[] }; resources?: Resource[] };
  };
  try {
    statement = JSON.parse(payload.toString('utf8'));
  } catch {
    throw new SignatureError('signed payload is not JSON');
  }
  if (statement._type !== STATEMENT_TYPE || statement.predicateType !== PREDICATE_TYPE) throw new SignatureError('payload is not a model_signing v1.0 in-toto statement');
  const subject = statement.subject?.[0];
  const resources = statement.predicate?.resources;
  const serialization = statement.predicate?.serialization;
  if (statement.subject?.length !== 1 || !subject?.digest?.sha256 || !Array.isArray(resources)) throw new SignatureError('statement lacks its subject or resources');
  if (serialization?.method !== 'files' || serialization.hash_type !== 'sha256') {
    throw new SignatureError(`unsupported serialization ${String(serialization?.method)}/${String(serialization?.hash_type)} (files/sha256 supported)`);
  }
  if (rootDigest(resources) !== subject.digest.sha256) throw new SignatureError('statement is inconsistent: resources do not hash to the subject digest');
  const ignore = [...(serialization.ignore_paths ?? []).map((p) => String(p).replace(/^\.\//, '')), SIGNATURE_FILE, relative(resolve(dir), resolve(signaturePath)).split(sep).join('/')];
  const actual = new Map(modelResources(dir, ignore).map((r) => [r.name, r.digest]));
  const signed = new Map(resources.map((r) => [r.name, r.digest]));
  const problems: string[] = [];
  for (const [name, digest] of signed) {
    const now = actual.get(name);
    if (now === undefined) problems.push(`missing ${name}`);
    else if (now !== digest) problems.push(`changed ${name}`);
  }
  for (const name of actual.keys()) if (!signed.has(name)) problems.push(`unsigned ${name}`);
  if (problems.length > 0) throw new SignatureError(`model does not match its signature: ${problems.slice(0, 20).join(', ')}`);
  return { modelName: subject.name ?? '', files: signed.size, digests: signed };
}

/** Accepts a bare PEM or a file with text around the PEM block (as `certtool` writes). */
function extractPem(text: string): string {
  const m = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/.exec(text);
  return m ? m[0] : text;
}
