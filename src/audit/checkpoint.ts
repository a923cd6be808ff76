import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, constants as fsConstants, copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Signed checkpoints: every so often the log signs (seq, hash) of its head with Ed25519. A verifier
 * holding the public key can then tell that the chain up to that point was written by the holder of
 * the private key, and notice a truncated log (a checkpoint past the last record).
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  ts: number;
  /** SPKI DER of the signing key, base64. */
  publicKey: string;
  /** Ed25519 signature over checkpointMessage(), base64. */
  signature: string;
}

export function checkpointMessage(seq: number, hash: string, ts: number): Buffer {
  return Buffer.from(`rampart-audit-checkpoint-v1\n${seq}\n${hash}\n${ts}`);
}

/** An Ed25519 key pair used to sign checkpoints. */
export interface CheckpointSigner {
  publicKeyB64: string;
  sign(seq: number, hash: string, ts?: number): Checkpoint;
}

export function createSigner(privateKey: KeyObject): CheckpointSigner {
  const publicKeyB64 = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    publicKeyB64,
    sign(seq, hash, ts = Date.now()) {
      const signature = sign(null, checkpointMessage(seq, hash, ts), privateKey).toString('base64');
      return { seq, hash, ts, publicKey: publicKeyB64, signature };
    },
  };
}

/** True when the checkpoint's signature is valid for `publicKeyB64` (SPKI DER, base64). */
export function verifyCheckpoint(cp: Checkpoint, publicKeyB64: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKeyB64, 'base64'), format: 'der', type: 'spki' });
    return verify(null, checkpointMessage(cp.seq, cp.hash, cp.ts), key, Buffer.from(cp.signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * Loads the PKCS#8 PEM private key at `path`, creating it (mode 0600) with its public key beside it
 * (`path.pub`) when it does not exist. The public key file is what a verifier should pin.
 *
 * Several gateway replicas may start at once on one shared database and race to create the key. Each
 * writes its key under a private temporary name and publishes it with link(), which is atomic and
 * fails when the name exists: exactly one key wins, and a loser reads the winner's complete file
 * instead of a half-written one (or crashing with EEXIST, as it once did).
 */
export function loadOrCreateSigningKey(path: string): KeyObject {
  if (existsSync(path)) return createPrivateKey(readFileSync(path));
  mkdirSync(dirname(path), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(tmp, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  try {
    chmodSync(tmp, 0o600);
    writeFileSync(`${tmp}.pub`, publicKey.export({ type: 'spki', format: 'der' }).toString('base64') + '\n');
    try {
      publishExclusive(tmp, path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      return createPrivateKey(readFileSync(path)); // another process won the race; use its key
    }
    renameSync(`${tmp}.pub`, `${path}.pub`);
    return createPrivateKey(readFileSync(path));
  } finally {
    rmSync(tmp, { force: true });
    rmSync(`${tmp}.pub`, { force: true });
  }
}

/** Gives `tmp`'s content the name `path` unless `path` exists (then throws EEXIST). */
function publishExclusive(tmp: string, path: string): void {
  try {
    linkSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Filesystems without hard links: an exclusive copy still lets only one key win, though a racing
    // reader could see it half-copied. Good enough for the rare setup that needs it.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    copyFileSync(tmp, path, fsConstants.COPYFILE_EXCL);
  }
}

/** Reads a public key file written by loadOrCreateSigningKey (base64 SPKI DER) or a PEM public key. */
export function readPublicKeyFile(path: string): string {
  const text = readFileSync(path, 'utf8').trim();
  if (text.startsWith('-----BEGIN')) return createPublicKey(text).export({ type: 'spki', format: 'der' }).toString('base64');
  return text;
}
