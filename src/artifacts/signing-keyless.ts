/**
 * Keyless (Fulcio certificate + Rekor) model signatures, verified offline against a supplied Sigstore
 * `trusted_root.json` with @sigstore/verify: the certificate chain, the transparency-log inclusion and
 * the signer identity (certificate SAN and OIDC issuer) are checked there; the signed statement is then
 * checked against the files exactly as for key-based signatures.
 *
 * @example
 * verifyKeylessModelSignature('models/m', { trustedRoot: JSON.parse(readFileSync('trusted_root.json', 'utf8')),
 *   identity: 'release@example.com', issuer: 'https://accounts.google.com' });
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { checkStatementAgainstDir, PAYLOAD_TYPE, SIGNATURE_FILE, SignatureError, type SignatureCheck } from './signing.js';

export interface KeylessOptions {
  /** Parsed trusted_root.json (Sigstore trust root: Fulcio CAs, Rekor and CT log keys). */
  trustedRoot: unknown;
  /** Expected certificate subject (e-mail or URI SAN). */
  identity: string;
  /** Expected OIDC issuer recorded in the certificate. */
  issuer?: string;
  signaturePath?: string;
}

/** Verifies a keyless model.sig offline and checks every file; throws SignatureError on any failure. */
export function verifyKeylessModelSignature(dir: string, options: KeylessOptions): Omit<SignatureCheck, 'signedBy'> & { signedBy: string } {
  const path = options.signaturePath ?? join(dir, SIGNATURE_FILE);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SignatureError(`cannot read signature ${path}: ${(err as NodeJS.ErrnoException).code ?? 'invalid JSON'}`);
  }
  let payload: Buffer;
  try {
    const bundle = bundleFromJSON(json);
    const trust = toTrustMaterial(TrustedRoot.fromJSON(options.trustedRoot));
    const verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: 1 });
    verifier.verify(toSignedEntity(bundle), {
      subjectAlternativeName: options.identity,
      ...(options.issuer !== undefined ? { extensions: { issuer: options.issuer } } : {}),
    });
    if (bundle.content.$case !== 'dsseEnvelope' || bundle.content.dsseEnvelope.payloadType !== PAYLOAD_TYPE) {
      throw new SignatureError('bundle does not carry an in-toto DSSE envelope');
    }
    payload = Buffer.from(bundle.content.dsseEnvelope.payload);
  } catch (err) {
    if (err instanceof SignatureError) throw err;
    throw new SignatureError(`Sigstore verification failed: ${(err as Error).message}`);
  }
  const checked = checkStatementAgainstDir(dir, payload, path);
  return { ...checked, signedBy: options.identity };
}
