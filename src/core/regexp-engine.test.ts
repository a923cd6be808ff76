import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The flag is process-wide, so it is checked in a child process that V8 lets us question
 * (`--allow-natives-syntax`): after one run of a new expression, is there bytecode for it?
 */
const dir = mkdtempSync(join(tmpdir(), 'rampart-regexp-engine-'));
const script = join(dir, 'probe.mjs');
writeFileSync(
  script,
  [
    `await import(${JSON.stringify(pathToFileURL(fileURLToPath(new URL('./regexp-engine.ts', import.meta.url))).href)});`,
    `const re = new RegExp('colou?r|flavou?r', 'g');`,
    `re.test('the colour');`,
    `console.log(JSON.stringify({ native: %RegexpHasNativeCode(re, true), bytecode: %RegexpHasBytecode(re, true) }));`,
  ].join('\n'),
);

function probe(env: NodeJS.ProcessEnv): { native: boolean; bytecode: boolean } {
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { native: boolean; bytecode: boolean };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regexp engine mode', () => {
  it('compiles a new expression straight to machine code once Rampart is loaded', () => {
    expect(probe({ RAMPART_REGEXP_TIER_UP: '' })).toEqual({ native: true, bytecode: false });
  });

  it('leaves V8 default (bytecode first) when RAMPART_REGEXP_TIER_UP=1', () => {
    expect(probe({ RAMPART_REGEXP_TIER_UP: '1' }).bytecode).toBe(true);
  });
});
