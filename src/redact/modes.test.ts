import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../core/guard.js';
import { createDefaultRegistry } from '../scanners/index.js';
import { luhnValid } from '../scanners/pii/checksums.js';
import { applyMode, createRedactor } from './modes.js';
import { PseudonymVault } from './pseudonyms.js';

const card = { kind: 'CREDIT_CARD' };

describe('redaction modes', () => {
  it('mask, partial, hash and fake', () => {
    expect(applyMode('mask', card, '4111 1111 1111 1111')).toBe('[CREDIT_CARD]');
    expect(applyMode('partial', card, '4111 1111 1111 1111')).toBe('**** **** **** 1111');
    const k1 = Buffer.from('tenant-a');
    const h1 = applyMode('hash', card, '4111111111111111', k1);
    expect(h1).toMatch(/^\[CREDIT_CARD:[A-Za-z0-9_-]{16}\]$/);
    expect(applyMode('hash', card, '4111111111111111', k1)).toBe(h1);
    expect(applyMode('hash', card, '4111111111111111', Buffer.from('tenant-b'))).not.toBe(h1);
    expect(applyMode('hash', card, '4111111111111111')).toBe('[CREDIT_CARD]'); // no key: never an unkeyed hash
    const f = applyMode('fake', card, '4111 1111 1111 1111', k1);
    expect(f).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    expect(f).not.toBe('4111 1111 1111 1111');
    expect(luhnValid(f.replace(/ /g, ''))).toBe(true);
    expect(applyMode('fake', { kind: 'EMAIL' }, 'ana.b@corp.com', k1)).toMatch(/^[a-z]{3}\.[a-z]@example\.com$/);
  });

  it('pseudonyms are stable, restorable and sealed with AES-GCM', () => {
    const vault = new PseudonymVault();
    expect(vault.pseudonym('PERSON', 'Ana')).toBe('PERSON_1');
    expect(vault.pseudonym('PERSON', 'Bo')).toBe('PERSON_2');
    expect(vault.pseudonym('PERSON', 'Ana')).toBe('PERSON_1');
    // A long value for the plaintext check: a three-letter name turns up in random base64 now and
    // then (about one run in 1,700 failed on 'Ana' inside the ciphertext's base64).
    const long = 'Anastasia Oyelaran-Whitfield';
    expect(vault.pseudonym('PERSON', long)).toBe('PERSON_3');
    const key = randomBytes(32);
    const sealed = vault.seal(key);
    expect(sealed).not.toContain(long);
    expect(Buffer.from(sealed, 'base64').includes(Buffer.from(long))).toBe(false);
    expect(sealed).not.toContain(Buffer.from(long).toString('base64').slice(0, 20));
    const reopened = PseudonymVault.open(sealed, key);
    expect(reopened.restore('PERSON_2 met PERSON_1.')).toBe('Bo met Ana.');
    expect(reopened.restore('PERSON_3')).toBe(long);
    expect(() => PseudonymVault.open(sealed, randomBytes(32))).toThrow();
    const tampered = Buffer.from(sealed, 'base64');
    tampered[tampered.length - 1]! ^= 1;
    expect(() => PseudonymVault.open(tampered.toString('base64'), key)).toThrow();
  });

  it('the guard applies the per-kind mode from the policy options', async () => {
    const policy = {
      version: 1 as const,
      input: { scanners: { pii: { action: 'redact' as const, options: { entities: false, redaction: { mode: 'mask', kinds: { CREDIT_CARD: 'partial' } } } } } },
    };
    const guard = createGuard(policy, { registry: createDefaultRegistry(), replacer: createRedactor() });
    const d = await guard.checkInput('card 4111 1111 1111 1111 mail ana@example.com');
    expect(d.redactedText).toBe('card **** **** **** 1111 mail [EMAIL]');
  });
});
