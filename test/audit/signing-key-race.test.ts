import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Replicas started together on one shared database all call loadOrCreateSigningKey on the same path.
 * CI once lost this race (EEXIST from the loser). Real processes, started at the same moment, must all
 * come up with the one key that ends up on disk.
 */
const dir = mkdtempSync(join(tmpdir(), 'rampart-keyrace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = `
  import { createPublicKey } from 'node:crypto';
  import { loadOrCreateSigningKey } from './src/audit/checkpoint.ts';
  // Start together: tsx start-up jitter alone would spread the processes out of the race window.
  const startAt = Number(process.argv[2]);
  while (Date.now() < startAt);
  const key = loadOrCreateSigningKey(process.argv[1]);
  process.stdout.write(createPublicKey(key).export({ type: 'spki', format: 'der' }).toString('base64'));
`;

function runLoader(path: string, startAt: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path, String(startAt)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

describe('signing key creation race', () => {
  it('several processes creating one key at once all load the same key, and no temp file is left', async () => {
    for (let round = 0; round < 2; round++) {
      const path = join(dir, `round-${round}`, 'shared.db.key');
      const startAt = Date.now() + 3000;
      const results = await Promise.all(Array.from({ length: 6 }, () => runLoader(path, startAt)));
      for (const r of results) expect(r.err).toBe('');
      expect(results.map((r) => r.code)).toEqual(Array(6).fill(0));
      const onDisk = readFileSync(`${path}.pub`, 'utf8').trim();
      expect(new Set(results.map((r) => r.out))).toEqual(new Set([onDisk]));
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(readdirSync(join(dir, `round-${round}`)).sort()).toEqual(['shared.db.key', 'shared.db.key.pub']);
    }
  }, 60_000);
});
