/**
 * `npm run bench [-- NAME...]`: runs every benchmark file in bench/ (or those whose name contains
 * one of NAMEs), one child process each so that one benchmark's heap never skews another's.
 * The multi-GB redaction run and the gateway soak are left out unless named: `npm run bench -- redact-large`,
 * `npm run bench -- gateway-soak`; so is bench/compare-trees.ts, which needs a second tree to compare with.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
/** Benchmarks that take minutes (a multi-GB file, a 60 s soak) run only when named. */
const ON_REQUEST = new Set(['redact-large.ts', 'gateway-soak.ts', 'compare-trees.ts']);
/** Processes that a benchmark starts, not benchmarks of their own. */
const CHILDREN = new Set(['gateway-child.ts']);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && !CHILDREN.has(f))
  .filter((f) => (filters.length === 0 ? !ON_REQUEST.has(f) : filters.some((n) => f.includes(n))))
  .sort();

let failed = 0;
// The gateway benchmarks measure dist/ (what `rampart serve` runs): build it first, as bench:gateway does.
if (files.some((f) => f.startsWith('gateway')) && spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: join(here, '..') }).status !== 0) failed++;
for (const file of files) {
  process.stdout.write(`\n=== bench/${file} ===\n`);
  const r = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
