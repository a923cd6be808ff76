import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CredentialBroker, MAX_TOKEN_TTL_MS, sqliteRevocations, verifyToolToken } from '../../src/agent/credentials.js';
import { openAgentDatabase } from '../../src/agent/db.js';

describe('credential broker', () => {
  const args = { to: 'bob@example.com', subject: 'hi', body: 'report' };

  it('mints a short-lived EdDSA token bound to the tool and the arguments', () => {
    const broker = new CredentialBroker();
    const { token, claims } = broker.mint({ tool: 'send_email', principal: 'agent:a', args });
    const [header] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toMatchObject({ alg: 'EdDSA', typ: 'JWT' });
    expect(claims.aud).toBe('send_email');
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(300);
    expect(broker.verify(token, { tool: 'send_email', args })).toMatchObject({ ok: true });
    // Argument order does not matter: the hash is over canonical JSON.
    expect(broker.verify(token, { tool: 'send_email', args: { body: 'report', subject: 'hi', to: 'bob@example.com' } }).ok).toBe(true);
  });

  it('rejects a token minted for one call when used for another', () => {
    const broker = new CredentialBroker();
    const { token } = broker.mint({ tool: 'send_email', principal: 'agent:a', args });
    expect(broker.verify(token, { tool: 'send_email', args: { ...args, to: 'eve@evil.test' } })).toEqual({ ok: false, reason: 'token was issued for other arguments' });
    expect(broker.verify(token, { tool: 'delete_records', args })).toEqual({ ok: false, reason: 'token was issued for another tool' });
  });

  it('rejects expired, tampered, foreign-key and revoked tokens', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const broker = new CredentialBroker({ now: () => now, defaultTtlMs: 60_000 });
    const { token, claims } = broker.mint({ tool: 't', principal: 'agent:a', args: {} });
    now += 61_000;
    expect(broker.verify(token, { tool: 't', args: {} })).toEqual({ ok: false, reason: 'token expired' });
    now -= 61_000;
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, aud: 'other' })).toString('base64url');
    expect(broker.verify(`${h}.${forged}.${s}`, { tool: 'other', args: {} })).toEqual({ ok: false, reason: 'bad signature' });
    const otherKey = generateKeyPairSync('ed25519').publicKey;
    expect(verifyToolToken(token, { tool: 't', args: {}, publicKey: otherKey }).ok).toBe(false);
    expect(verifyToolToken(`${h}.${p}.${s}`, { tool: 't', args: {}, publicKey: broker.publicKey, now: () => now }).ok).toBe(true);
    broker.revoke(claims.jti);
    expect(broker.verify(token, { tool: 't', args: {} })).toEqual({ ok: false, reason: 'token revoked' });
    expect(() => broker.mint({ tool: 't', principal: 'agent:a', args: {}, ttlMs: MAX_TOKEN_TTL_MS + 1 })).toThrow(/lifetime/);
    expect(broker.verify('not.a.jwt', { tool: 't', args: {} }).ok).toBe(false);
    // Arguments that have no canonical form are refused, not thrown at the tool server.
    expect(broker.verify(token, { tool: 't', args: { n: Number.NaN } })).toEqual({ ok: false, reason: 'arguments cannot be hashed' });
  });

  it('revocation in the database is seen by every broker on that database', () => {
    const db = openAgentDatabase(':memory:');
    const { privateKey } = generateKeyPairSync('ed25519');
    const issuing = new CredentialBroker({ privateKey, revocations: sqliteRevocations(db) });
    const verifying = new CredentialBroker({ privateKey, revocations: sqliteRevocations(db) });
    const { token, claims } = issuing.mint({ tool: 't', principal: 'user:u', args: { a: 1 } });
    expect(verifying.verify(token, { tool: 't', args: { a: 1 } }).ok).toBe(true);
    verifying.revoke(claims.jti);
    expect(issuing.verify(token, { tool: 't', args: { a: 1 } })).toEqual({ ok: false, reason: 'token revoked' });
    db.close();
  });
});
