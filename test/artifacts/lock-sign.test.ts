import { createHash, generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFiles, hashFileSync } from '../../src/artifacts/hash.js';
import { LockError, verifyLock, writeLock } from '../../src/artifacts/lock.js';
import { signModel, SignatureError, verifyModelSignature } from '../../src/artifacts/signing.js';
import { verifyKeylessModelSignature } from '../../src/artifacts/signing-keyless.js';

function modelDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-model-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'config.json'), '{"a":1}');
  writeFileSync(join(dir, 'sub', 'weights.bin'), Buffer.alloc(3 * 1024 * 1024, 7));
  writeFileSync(join(dir, 'tokenizer.json'), '{}');
  return dir;
}

describe('hashing', () => {
  it('parallel hashing equals single-thread hashing', async () => {
    const dir = modelDir();
    const files = ['config.json', 'sub/weights.bin', 'tokenizer.json'].map((f) => join(dir, f));
    const parallel = await hashFiles(files, 2);
    expect(parallel).toEqual(files.map((f) => hashFileSync(f)));
    expect(parallel[0]!.sha256).toBe('015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862');
  });
});

describe('hashing large files', () => {
  it('gives the same digest for files above the openssl threshold, in thread and in workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-big-'));
    const data = Buffer.alloc(17 * 1024 * 1024);
    for (let i = 0; i < data.length; i += 4096) data[i] = i & 0xff;
    writeFileSync(join(dir, 'a.bin'), data);
    writeFileSync(join(dir, 'b.bin'), data.subarray(1));
    const expected = createHash('sha256').update(data).digest('hex');
    expect(hashFileSync(join(dir, 'a.bin'))).toEqual({ size: data.length, sha256: expected });
    const [a, b] = await hashFiles([join(dir, 'a.bin'), join(dir, 'b.bin')], 2);
    expect(a!.sha256).toBe(expected);
    expect(b!.sha256).toBe(createHash('sha256').update(data.subarray(1)).digest('hex'));
  });
});

describe('pin and verify', () => {
  it('round-trips and reports added, removed and changed files', async () => {
    const dir = modelDir();
    const lock = await writeLock(dir, { hubId: 'org/model', revision: 'a'.repeat(40) });
    expect(Object.keys(lock.files)).toEqual(['config.json', 'sub/weights.bin', 'tokenizer.json']);
    expect(lock.hub).toEqual({ id: 'org/model', revision: 'a'.repeat(40) });
    expect((await verifyLock(dir)).ok).toBe(true);
    appendFileSync(join(dir, 'sub', 'weights.bin'), 'x');
    writeFileSync(join(dir, 'extra.py'), 'import os');
    rmSync(join(dir, 'tokenizer.json'));
    const diff = await verifyLock(dir);
    expect(diff.ok).toBe(false);
    expect(diff.added).toEqual(['extra.py']);
    expect(diff.removed).toEqual(['tokenizer.json']);
    expect(diff.changed.map((c) => c.path)).toEqual(['sub/weights.bin']);
  });

  it('catches same-size tampering', async () => {
    const dir = modelDir();
    await writeLock(dir);
    writeFileSync(join(dir, 'config.json'), '{"a":2}');
    expect((await verifyLock(dir)).changed.map((c) => c.path)).toEqual(['config.json']);
  });

  it('refuses mutable revisions', async () => {
    const dir = modelDir();
    await expect(writeLock(dir, { hubId: 'org/model', revision: 'main' })).rejects.toBeInstanceOf(LockError);
    await expect(writeLock(dir, { hubId: 'org/model', revision: 'v1.0' })).rejects.toThrow(/40-hex/);
  });
});

describe('model signing (OpenSSF model-signing v1.0 format)', () => {
  for (const curve of ['P-256', 'P-384'] as const) {
    it(`signs and verifies with ${curve}, and catches tampering`, () => {
      const dir = modelDir();
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
      const bundle = signModel(dir, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string) as { dsseEnvelope: { payload: string } };
      const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString()) as { predicateType: string; predicate: { resources: Array<{ name: string }> } };
      expect(statement.predicateType).toBe('https://model_signing/signature/v1.0');
      expect(statement.predicate.resources.map((r) => r.name)).toEqual(['config.json', 'sub/weights.bin', 'tokenizer.json']);
      const pub = publicKey.export({ type: 'spki', format: 'pem' }) as string;
      expect(verifyModelSignature(dir, pub).files).toBe(3);
      writeFileSync(join(dir, 'config.json'), '{"a":2}');
      expect(() => verifyModelSignature(dir, pub)).toThrow(/changed config.json/);
    });
  }

  it('rejects a different key, an added file and a forged payload', () => {
    const dir = modelDir();
    const a = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const b = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    signModel(dir, a.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    const pubA = a.publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(() => verifyModelSignature(dir, b.publicKey.export({ type: 'spki', format: 'pem' }) as string)).toThrow(SignatureError);
    writeFileSync(join(dir, 'new.bin'), 'x');
    expect(() => verifyModelSignature(dir, pubA)).toThrow(/unsigned new.bin/);
    rmSync(join(dir, 'new.bin'));
    const sig = JSON.parse(readFileSync(join(dir, 'model.sig'), 'utf8')) as { dsseEnvelope: { payload: string } };
    sig.dsseEnvelope.payload = Buffer.from(Buffer.from(sig.dsseEnvelope.payload, 'base64').toString().replace('config.json', 'config.jsom')).toString('base64');
    writeFileSync(join(dir, 'model.sig'), JSON.stringify(sig));
    expect(() => verifyModelSignature(dir, pubA)).toThrow(/does not verify/);
  });

  it('verifies the published v1.1.0 elliptic-key (P-384) example from sigstore/model-transparency', () => {
    const fixture = join(process.cwd(), 'test', 'artifacts', 'fixtures', 'model-signing-v1.1.0');
    const dir = mkdtempSync(join(tmpdir(), 'v1.1.0-elliptic-key-'));
    writeFileSync(join(dir, 'signme-1'), 'signme-1\n');
    writeFileSync(join(dir, 'signme-2'), 'signme-2');
    writeFileSync(join(dir, 'ignore-me'), '');
    writeFileSync(join(dir, 'model.sig'), readFileSync(join(fixture, 'model.sig')));
    const pub = readFileSync(join(fixture, 'signing-key-pub.pem'), 'utf8');
    const check = verifyModelSignature(dir, pub);
    expect(check).toMatchObject({ modelName: 'v1.1.0-elliptic-key', files: 2 });
    writeFileSync(join(dir, 'signme-2'), 'signme-X');
    expect(() => verifyModelSignature(dir, pub)).toThrow(/changed signme-2/);
  });
});

describe('keyless model signatures (offline, supplied trusted_root.json)', () => {
  const fixture = join(process.cwd(), 'test', 'artifacts', 'fixtures', 'model-signing-v1.1.0-sigstore');
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'v1.1.0-sigstore-'));
    writeFileSync(join(dir, 'signme-1'), 'signme-1');
    writeFileSync(join(dir, 'signme-2'), 'signme-2');
    writeFileSync(join(dir, 'ignore-me'), '');
    writeFileSync(join(dir, 'model.sig'), readFileSync(join(fixture, 'model.sig')));
    return dir;
  };
  const trustedRoot = () => JSON.parse(readFileSync(join(fixture, 'trusted_root.json'), 'utf8')) as unknown;

  it('verifies the published v1.1.0 Sigstore example with the right identity', () => {
    const dir = setup();
    const check = verifyKeylessModelSignature(dir, { trustedRoot: trustedRoot(), identity: 'stefanb@us.ibm.com', issuer: 'https://sigstore.verify.ibm.com/oauth2' });
    expect(check.files).toBe(2);
  });

  it('rejects another identity and a changed file', () => {
    const dir = setup();
    expect(() => verifyKeylessModelSignature(dir, { trustedRoot: trustedRoot(), identity: 'someone@example.com' })).toThrow(SignatureError);
    writeFileSync(join(dir, 'signme-1'), 'signme-X');
    expect(() => verifyKeylessModelSignature(dir, { trustedRoot: trustedRoot(), identity: 'stefanb@us.ibm.com' })).toThrow(/changed signme-1/);
  });
});
