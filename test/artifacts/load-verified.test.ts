import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtifactRejectedError, loadVerified } from '../../src/artifacts/load-verified.js';
import { writeLock } from '../../src/artifacts/lock.js';
import { signModel } from '../../src/artifacts/signing.js';
import { makeZip, OS_SYSTEM, torchStateDictPickle } from './helpers.js';

describe('loadVerified', () => {
  it('returns the bytes of a pinned, signed, clean file and refuses anything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-load-'));
    const good = makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }]);
    writeFileSync(join(dir, 'model.pt'), good);
    writeFileSync(join(dir, 'evil.pkl'), OS_SYSTEM());
    await writeLock(dir);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    signModel(dir, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
    const pub = publicKey.export({ type: 'spki', format: 'pem' }) as string;

    const bytes = await loadVerified(join(dir, 'model.pt'), { publicKey: pub });
    expect(Buffer.compare(bytes, Buffer.from(good))).toBe(0);
    await expect(loadVerified(join(dir, 'evil.pkl'))).rejects.toThrow(/scanned malicious/);

    writeFileSync(join(dir, 'unpinned.pt'), good);
    await expect(loadVerified(join(dir, 'unpinned.pt'))).rejects.toBeInstanceOf(ArtifactRejectedError);

    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    await expect(loadVerified(join(dir, 'model.pt'), { publicKey: other })).rejects.toThrow(/signature check failed/);

    writeFileSync(join(dir, 'model.pt'), Buffer.concat([Buffer.from(good), Buffer.from('x')]));
    await expect(loadVerified(join(dir, 'model.pt'))).rejects.toThrow(/pinned sha256/);
  });
});
