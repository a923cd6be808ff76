/** End-to-end: `node bin/rampart scan|pin|verify|sign|verify-signature` (run `npm run build` first). */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeZip, OS_SYSTEM, torchStateDictPickle } from './helpers.js';

function rampart(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/rampart', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function fixtureDir() {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-cli-'));
  writeFileSync(join(dir, 'good.pt'), makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }]));
  return dir;
}

describe('rampart scan', { timeout: 180_000 }, () => {
  it('exits 0 on clean files and 1 on a malicious one, with the JSON schema', () => {
    const dir = fixtureDir();
    expect(rampart('scan', dir).code).toBe(0);
    writeFileSync(join(dir, 'evil.bin'), OS_SYSTEM());
    const r = rampart('scan', dir, '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { schema: string; files: Array<{ path: string; verdict: string; format: string }> };
    expect(json.schema).toBe('rampart.scan/v1');
    expect(json.files.find((f) => f.path.endsWith('evil.bin'))).toMatchObject({ verdict: 'malicious', format: 'pickle' });
    expect(json.files.find((f) => f.path.endsWith('good.pt'))).toMatchObject({ verdict: 'clean', format: 'pytorch-zip' });
  });

  it('--strict fails on suspicious; default does not', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'imports.pkl'), Buffer.from('\x80\x02cos\nsystem\n.', 'latin1'));
    expect(rampart('scan', dir).code).toBe(0);
    expect(rampart('scan', '--strict', dir).code).toBe(1);
    expect(rampart('scan', '--fail-on', 'suspicious', dir).code).toBe(1);
  });

  it('prints SARIF and exits 2 on usage errors', () => {
    const dir = fixtureDir();
    writeFileSync(join(dir, 'evil.pkl'), OS_SYSTEM());
    const sarif = JSON.parse(rampart('scan', '--format', 'sarif', dir).out) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(rampart('scan', join(dir, 'missing')).code).toBe(2);
    expect(rampart('scan', '--format', 'xml', dir).code).toBe(2);
    expect(rampart('scan', '--fail-on', 'error', dir).code).toBe(2);
  });
});

describe('rampart pin / verify / sign / verify-signature', { timeout: 180_000 }, () => {
  it('pins, verifies, and catches tampering', () => {
    const dir = fixtureDir();
    expect(rampart('pin', dir, '--hub-id', 'org/m', '--revision', 'main').code).toBe(2);
    expect(rampart('pin', dir, '--hub-id', 'org/m', '--revision', '0123456789abcdef0123456789abcdef01234567').code).toBe(0);
    expect(rampart('verify', dir).code).toBe(0);
    appendFileSync(join(dir, 'good.pt'), 'x');
    const r = rampart('verify', dir, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, changed: [{ path: 'good.pt' }] });
  });

  it('signs with P-384 and verifies; a changed file fails verification', () => {
    const dir = fixtureDir();
    const keys = mkdtempSync(join(tmpdir(), 'rampart-keys-'));
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    writeFileSync(join(keys, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(keys, 'key.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
    expect(rampart('sign', dir, '--key', join(keys, 'key.pem')).code).toBe(0);
    expect(rampart('verify-signature', dir, '--pub', join(keys, 'key.pub')).code).toBe(0);
    appendFileSync(join(dir, 'good.pt'), 'x');
    const r = rampart('verify-signature', dir, '--pub', join(keys, 'key.pub'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('changed good.pt');
  });
});
