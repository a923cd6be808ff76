import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json.js';
import type { AgentDatabase } from './db.js';

/**
 * Credential broker: the model and the agent never hold long-lived secrets. For each permitted
 * call the firewall mints a JWT (EdDSA, Ed25519) whose audience is the tool, which expires within
 * five minutes, and whose `args_sha256` claim binds it to exactly those arguments, so a token
 * captured from one call is useless for another. Tokens can be revoked by id (`jti`).
 */

/** Longest lifetime a token may have. */
export const MAX_TOKEN_TTL_MS = 5 * 60 * 1000;
const MAX_TOKEN_CHARS = 8192;

export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
  /** base64url SHA-256 of the canonical JSON of the call's arguments. */
  args_sha256: string;
  /** Session the call belongs to. */
  sid?: string;
}

export interface MintInput {
  tool: string;
  principal: string;
  args: unknown;
  session?: string;
  ttlMs?: number;
}

export interface IssuedToken {
  token: string;
  claims: TokenClaims;
}

export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: string };

/** Where revocations and issued token ids live (the firewall database, or memory). */
export interface RevocationList {
  recordIssued(claims: TokenClaims): void;
  revoke(jti: string, at: number): void;
  isRevoked(jti: string): boolean;
}

export interface CredentialBrokerOptions {
  issuer?: string;
  /** Ed25519 private key (PEM or KeyObject); a fresh one is generated when absent. */
  privateKey?: string | KeyObject;
  defaultTtlMs?: number;
  revocations?: RevocationList;
  now?: () => number;
}

/** The SHA-256 binding of arguments used in tokens and audit events. */
export function argumentsHash(args: unknown): string {
  return createHash('sha256').update(canonicalJson(args ?? {})).digest('base64url');
}

export class CredentialBroker {
  readonly issuer: string;
  readonly keyId: string;
  private readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  private readonly defaultTtlMs: number;
  private readonly revocations: RevocationList;
  private readonly now: () => number;

  constructor(options: CredentialBrokerOptions = {}) {
    this.issuer = options.issuer ?? 'rampart';
    this.privateKey =
      options.privateKey === undefined
        ? generateKeyPairSync('ed25519').privateKey
        : typeof options.privateKey === 'string'
          ? createPrivateKey(options.privateKey)
          : options.privateKey;
    if (this.privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the credential broker needs an Ed25519 private key');
    this.publicKey = createPublicKey(this.privateKey);
    this.keyId = createHash('sha256').update(this.publicKey.export({ format: 'der', type: 'spki' })).digest('base64url').slice(0, 16);
    this.defaultTtlMs = Math.min(options.defaultTtlMs ?? 60_000, MAX_TOKEN_TTL_MS);
    this.revocations = options.revocations ?? memoryRevocations();
    this.now = options.now ?? Date.now;
  }

  /** Mints a token for one call. */
  mint(input: MintInput): IssuedToken {
    const ttl = input.ttlMs ?? this.defaultTtlMs;
    if (!(ttl > 0 && ttl <= MAX_TOKEN_TTL_MS)) throw new Error(`token lifetime must be between 1 ms and ${MAX_TOKEN_TTL_MS} ms`);
    const iat = Math.floor(this.now() / 1000);
    const claims: TokenClaims = {
      iss: this.issuer,
      sub: input.principal,
      aud: input.tool,
      iat,
      nbf: iat,
      exp: iat + Math.max(1, Math.floor(ttl / 1000)),
      jti: randomUUID(),
      args_sha256: argumentsHash(input.args),
      ...(input.session ? { sid: input.session } : {}),
    };
    const header = { alg: 'EdDSA', typ: 'JWT', kid: this.keyId };
    const signingInput = `${b64json(header)}.${b64json(claims)}`;
    const signature = sign(null, Buffer.from(signingInput), this.privateKey).toString('base64url');
    this.revocations.recordIssued(claims);
    return { token: `${signingInput}.${signature}`, claims };
  }

  /** Verifies a token for one specific call: signature, issuer, audience, time, arguments, revocation. */
  verify(token: string, expected: { tool: string; args: unknown }): VerifyResult {
    return verifyToolToken(token, { ...expected, publicKey: this.publicKey, issuer: this.issuer, now: this.now, revocations: this.revocations });
  }

  revoke(jti: string): void {
    this.revocations.revoke(jti, this.now());
  }

  /** The public key as a JWK, for downstream servers that verify tokens themselves. */
  publicJwk(): Record<string, unknown> {
    return { ...this.publicKey.export({ format: 'jwk' }), kid: this.keyId, alg: 'EdDSA', use: 'sig' };
  }
}

/** Verification usable by a downstream tool server that holds only the public key. */
export function verifyToolToken(
  token: string,
  expected: { tool: string; args: unknown; publicKey: KeyObject; issuer?: string; now?: () => number; revocations?: RevocationList },
): VerifyResult {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'malformed token' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed token' };
  const [h, p, s] = parts as [string, string, string];
  const header = parseB64Json(h);
  if (!header || header.alg !== 'EdDSA' || header.typ !== 'JWT') return { ok: false, reason: 'unsupported token header' };
  let valid = false;
  try {
    valid = verify(null, Buffer.from(`${h}.${p}`), expected.publicKey, Buffer.from(s, 'base64url'));
  } catch {
    valid = false;
  }
  if (!valid) return { ok: false, reason: 'bad signature' };
  const claims = parseB64Json(p) as TokenClaims | undefined;
  if (!claims || typeof claims.exp !== 'number' || typeof claims.jti !== 'string') return { ok: false, reason: 'malformed claims' };
  const nowSec = Math.floor((expected.now ?? Date.now)() / 1000);
  if (expected.issuer !== undefined && claims.iss !== expected.issuer) return { ok: false, reason: 'wrong issuer' };
  if (claims.aud !== expected.tool) return { ok: false, reason: 'token was issued for another tool' };
  if (claims.exp <= nowSec) return { ok: false, reason: 'token expired' };
  if (typeof claims.nbf === 'number' && claims.nbf > nowSec + 5) return { ok: false, reason: 'token not yet valid' };
  if (claims.exp - claims.iat > MAX_TOKEN_TTL_MS / 1000) return { ok: false, reason: 'token lifetime too long' };
  let argsHash: string;
  try {
    argsHash = argumentsHash(expected.args);
  } catch {
    // NaN, Infinity, functions, cycles: arguments no token can have been minted for.
    return { ok: false, reason: 'arguments cannot be hashed' };
  }
  if (claims.args_sha256 !== argsHash) return { ok: false, reason: 'token was issued for other arguments' };
  if (expected.revocations?.isRevoked(claims.jti)) return { ok: false, reason: 'token revoked' };
  return { ok: true, claims };
}

function b64json(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function parseB64Json(part: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Revocations held in memory (one process). */
export function memoryRevocations(): RevocationList {
  const revoked = new Set<string>();
  return {
    recordIssued() {},
    revoke(jti) {
      revoked.add(jti);
    },
    isRevoked(jti) {
      return revoked.has(jti);
    },
  };
}

/** Revocations in the firewall database, shared by every process that opens it. */
export function sqliteRevocations(db: AgentDatabase): RevocationList {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO agent_credentials (jti, tool, principal, args_hash, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const revoke = db.prepare('UPDATE agent_credentials SET revoked_at = ? WHERE jti = ? AND revoked_at IS NULL');
  const revokeUnknown = db.prepare(
    `INSERT OR IGNORE INTO agent_credentials (jti, tool, principal, args_hash, issued_at, expires_at, revoked_at) VALUES (?, '', '', '', 0, 0, ?)`,
  );
  const isRevoked = db.prepare('SELECT 1 FROM agent_credentials WHERE jti = ? AND revoked_at IS NOT NULL');
  return {
    recordIssued(c) {
      insert.run(c.jti, c.aud, c.sub, c.args_sha256, c.iat * 1000, c.exp * 1000);
    },
    revoke(jti, at) {
      if (revoke.run(at, jti).changes === 0) revokeUnknown.run(jti, at);
    },
    isRevoked(jti) {
      return isRevoked.get(jti) !== undefined;
    },
  };
}
