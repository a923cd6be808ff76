import { createHash, createHmac } from 'node:crypto';

/**
 * Credentials that are published on purpose: the example values of vendors' documentation and SDK
 * test suites, copied into countless READMEs, tutorials and prompts. They have the exact shape of a
 * live key (so no shape check can tell), but they grant nothing, and flagging them teaches people to
 * ignore the scanner. The same idea as AWS's `AKIAIOSFODNN7EXAMPLE`, for values without a marker.
 *
 * Stored as the first ten characters (a cheap pre-check that says what the value is) and the start
 * of the SHA-256 of the whole value, so this file does not itself look like it holds keys.
 */
const PUBLISHED: ReadonlyArray<readonly [prefix: string, sha256: string, source: string]> = [
  // Google API keys in the test fixtures of github.com/firebase/firebase-android-sdk (also allowlisted by gitleaks).
  ['AIzaSyAnLA', '2037abcaffb2b77785da716cf7ccff4f', 'firebase-android-sdk tests'],
  ['AIzaSyCkEh', '3f370c9dd8225c63b5c77de1f785edc9', 'firebase-android-sdk tests'],
  ['AIzaSyDMAS', 'e4a5542bb7fd7b67e943c71ad29c34b5', 'firebase-android-sdk tests'],
  ['AIzaSyD3as', 'a19f89ab3555eac10c40741f6df79ecf', 'firebase-android-sdk tests'],
  ['AIzayDNSXI', '0b476bdf9acf2123d547b5ae76f1e598', 'firebase-android-sdk tests'],
  ['AIzaSyAdOS', 'eb540d2b6ee2a0a47c5779bc8a014178', 'firebase-android-sdk tests'],
  ['AIzaSyASWm', '37f8f09bdf12c2f2eae4ead7273a62dd', 'firebase-android-sdk tests'],
  ['AIzaSyANUv', '8731261cb72d86267a32a532ebd3df42', 'firebase-android-sdk tests'],
  ['AIzaSyA5_i', '49f777db995e8260da7ca9ffdf0c08d6', 'firebase-android-sdk tests'],
  ['AIzaSyA4Ur', '27a9a42931dff7eb2f8434e20a9bce97', 'firebase-android-sdk tests'],
  ['AIzaSyDSb5', 'dc0fcf046c61640cbd1e8b999ada3262', 'firebase-android-sdk tests'],
  ['AIzaSyBF2R', '4c98242dcadc8b29005c6b4aad526552', 'firebase-android-sdk tests'],
  ['AIzaSyBcE-', 'ea9bb1082cf95663f5faca23b8b15ef2', 'firebase-android-sdk tests'],
  ['AIzaSyB8qG', '3a8b61d0f636b007840c0d40ba12bcf4', 'firebase-android-sdk tests'],
  ['AIzaSyA8vm', 'a6c814bc555ae62c7bd8b58ec07bf559', 'firebase-android-sdk tests'],
  // The Algolia DocSearch search-only key of yarnpkg/berry's docs (public by design; yarnpkg/berry#6201).
  ['6fe4476ee5', '2f21fd9c81678e396751af8b2472e2bd', 'yarn docs search key'],
  // Stripe's documentation test-mode keys, printed in every code sample of its API reference.
  ['sk_test_4e', '2cafc0970149a84f3b9e62eaf169f36f', 'Stripe API reference'],
  ['sk_test_BQ', 'f2d6ca16515033e5dce14eba840b979d', 'Stripe API reference (older)'],
  // GitHub's REST API documentation example token.
  ['ghp_16C7e4', '3543c50b0cb9cea8e55eb1f529b79f04', 'GitHub REST docs'],
  // Slack's API documentation example bot token.
  ['xoxb-17653', '2ddc147f3a3b5a1722b8ed6be3c45c49', 'Slack API docs'],
  // The Azure Storage emulator (Azurite) account key of devstoreaccount1, fixed and documented by Microsoft.
  ['Eby8vdM02x', '0011cc25eb4320717494d2703e8cba85', 'Azure Storage emulator'],
  // The example values of Maven's password-encryption guide (blind batch T).
  ['{COQLCE6DU', 'cabbe7e69a06451c3b907d6ae2cd71ef', 'Maven password-encryption guide (server password)'],
  ['{jSMOWnoPF', '65dd0debb1cb0f781ca6ecd17646c652', 'Maven password-encryption guide (master password)'],
  // The example UUIDs of Wikipedia and RFC 4122 texts, used as fake UUID-shaped API keys.
  ['123e4567-e', '986c0dc956dc822b5d8f698661b9eb1e', 'UUID example'],
  ['550e8400-e', 'a3a9e1ed9732cab28868127be00f1ce9', 'UUID example'],
];

const PREFIXES = new Set(PUBLISHED.map((p) => p[0]));
const DIGESTS = new Set(PUBLISHED.map((p) => p[1]));

/** True when `secret` is a published example value (see PUBLISHED). One Set lookup unless the prefix matches. */
export function isPublishedExample(secret: string): boolean {
  if (secret.length < 10 || !PREFIXES.has(secret.slice(0, 10))) return false;
  return DIGESTS.has(createHash('sha256').update(secret).digest('hex').slice(0, 32));
}

/**
 * HMAC secrets that say they are placeholders: jwt.io signs its sample tokens with
 * `your-256-bit-secret` (and the 384/512 variants) and re-signs them when the reader edits the
 * payload, so every token copied from its debugger carries one; the `jsonwebtoken` README uses
 * `shhhhh`. A token signed with one of them is a sample anyone can forge. Plain `secret` is not on
 * the list: real services ship with it, and a token signed with it still opens them.
 */
const DEMO_HMAC_SECRETS: Record<string, readonly string[]> = {
  HS256: ['your-256-bit-secret', 'shhhhh'],
  HS384: ['your-384-bit-secret', 'shhhhh'],
  HS512: ['your-512-bit-secret', 'shhhhh'],
};

/** `{"sub":"1234567890","name":"John Doe","iat":1516239022}`, base64url: the payload of jwt.io's sample token. */
const JWT_IO_SAMPLE_PAYLOAD = Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}').toString('base64url');

/** True when a `header.payload.signature` token is HMAC-signed with a tutorial secret (see DEMO_HMAC_SECRETS), or carries jwt.io's sample payload. */
export function isDemoSignedJwt(token: string): boolean {
  if (token.length > 16 * 1024) return false;
  const parts = token.split('.');
  if (parts.length !== 3 || parts[2]!.length < 16) return false;
  // jwt.io's sample payload (John Doe, subject 1234567890): a documentation token whatever signs it (blind batch J).
  if (parts[1] === JWT_IO_SAMPLE_PAYLOAD) return true;
  let alg: unknown;
  try {
    alg = (JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>).alg;
  } catch {
    return false;
  }
  if (typeof alg !== 'string') return false;
  const secrets = DEMO_HMAC_SECRETS[alg.toUpperCase()];
  if (!secrets) return false;
  const hash = `sha${alg.slice(2)}`;
  const signed = `${parts[0]}.${parts[1]}`;
  const signature = parts[2]!.replace(/=+$/, '');
  return secrets.some((k) => createHmac(hash, k).update(signed).digest('base64url') === signature);
}
