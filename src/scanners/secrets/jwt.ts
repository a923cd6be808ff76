/**
 * JSON Web Tokens: the header and payload must decode to JSON objects and the header must name an
 * algorithm, so random `eyJ…` text or a truncated token is not reported as a live credential.
 */

const MAX_JWT = 16 * 1024;

function decodeSegment(seg: string): unknown {
  if (seg.length === 0 || seg.length > MAX_JWT) return undefined;
  try {
    return JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Checks a `header.payload.signature` token; returns the algorithm when it is structurally a JWT. */
export function checkJwt(token: string): { alg: string; signed: boolean } | undefined {
  if (token.length > MAX_JWT) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeSegment(parts[0]!);
  const payload = decodeSegment(parts[1]!);
  if (!header || typeof header !== 'object' || Array.isArray(header)) return undefined;
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return undefined;
  const alg = (header as Record<string, unknown>).alg;
  if (typeof alg !== 'string') return undefined;
  return { alg, signed: alg.toLowerCase() !== 'none' && parts[2]!.length >= 16 };
}

/**
 * A Supabase project's `anon` key: a JWT whose payload names the role `anon` and the project (`ref`,
 * or `iss: "supabase"`). It is made to ship in browser code and only grants what row-level security
 * allows the public; the `service_role` key beside it is the secret (blind batch H).
 */
export function isSupabaseAnonKey(token: string): boolean {
  if (token.length > MAX_JWT) return false;
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const payload = decodeSegment(parts[1]!) as Record<string, unknown> | undefined;
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return false;
  return payload.role === 'anon' && (payload.iss === 'supabase' || typeof payload.ref === 'string');
}

/** True when the middle segment of a three-part token decodes to a JSON object. */
export function jwtPayloadDecodes(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3) return false;
  const payload = decodeSegment(parts[1]!);
  return !!payload && typeof payload === 'object' && !Array.isArray(payload);
}

/**
 * A signed JWT cut short: header and payload decode and name a signing algorithm, but the signature
 * is shorter than any algorithm's (HS256 gives 43 characters). It cannot be replayed; a log or an
 * example that truncates a token (`…eyJjb25maWRlbmNlIjowLjh9.kvRP`) leaks nothing that signs.
 */
export function isTruncatedJwt(token: string): boolean {
  const jwt = checkJwt(token);
  return jwt !== undefined && jwt.alg.toLowerCase() !== 'none' && !jwt.signed;
}
