import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * V8's regexp mode is per process, so it is checked in child processes that V8 lets us question
 * (`--allow-natives-syntax`): after one run of a new expression, is there bytecode for it, or machine
 * code? Loading Rampart must change nothing (a flag changed at run time crashed V8, see
 * regexp-engine.ts); the flag given at start-up must give machine code at once.
 */
const dir = mkdtempSync(join(tmpdir(), 'rampart-regexp-engine-'));
const script = join(dir, 'probe.mjs');
writeFileSync(
  script,
  [
    `const { regexpEngineMode } = await import(${JSON.stringify(pathToFileURL(fileURLToPath(new URL('./regexp-engine.ts', import.meta.url))).href)});`,
    `const re = new RegExp('colou?r|flavou?r', 'g');`,
    `re.test('the colour');`,
    `console.log(JSON.stringify({ mode: regexpEngineMode(), native: %RegexpHasNativeCode(re, true), bytecode: %RegexpHasBytecode(re, true) }));`,
  ].join('\n'),
);

function probe(flags: string[]): { mode: string; native: boolean; bytecode: boolean } {
  const out = execFileSync(process.execPath, ['--allow-natives-syntax', ...flags, '--import', 'tsx', script], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { mode: string; native: boolean; bytecode: boolean };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regexp engine mode', () => {
  it('leaves V8 as the process was started: bytecode first by default', () => {
    expect(probe([])).toMatchObject({ mode: 'tier-up', bytecode: true });
  });

  it('reports machine code at once when node was started with --no-regexp-tier-up', () => {
    expect(probe(['--no-regexp-tier-up'])).toEqual({ mode: 'native', native: true, bytecode: false });
  });
});
