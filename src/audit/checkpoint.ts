import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 */
export function loadOrCreateSigningKey(path: string): KeyObject {
  if (existsSync(path)) return createPrivateKey(readFileSync(path));
  mkdirSync(dirname(path), { recursive: true });
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  writeFileSync(`${path}.pub`, publicKey.export({ type: 'spki', format: 'der' }).toString('base64') + '\n');
  return createPrivateKey(readFileSync(path));
}

/** Reads a public key file written by loadOrCreateSigningKey (base64 SPKI DER) or a PEM public key. */
export function readPublicKeyFile(path: string): string {
  const text = readFileSync(path, 'utf8').trim();
  if (text.startsWith('-----BEGIN')) return createPublicKey(text).export({ type: 'spki', format: 'der' }).toString('base64');
  return text;
}
