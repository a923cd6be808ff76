/**
 * Latency of the `injection` scanner with its default layers (heuristics + classifier) the way
 * `rampart eval injection` measures it: one `guard.check('input', text)` per text on a guard without
 * a scan cache (every text is scanned in full, as in the eval), texts of at most
 * 2 KB from the development data (../shared/data/injection, read in place, never copied), files in
 * name order. Issue 3's target: mean ≤ 100 µs per text on one core.
 *
 * Three passes in one process:
 * - cold: the first pass, as a fresh `rampart eval` process sees it (regex compilation, model
 *   decoding and JIT warm-up are spread over the first few hundred texts);
 * - warmed: after `warmUpHeuristics()` and `warmUpClassifier()` in a new guard, the first pass;
 * - steady: the same texts again.
 * Each pass reports the main thread's own CPU time per text (Linux schedstat: a busy machine inflates
 * it less than wall time) and wall mean / p50 / p99.
 *
 *   node --no-regexp-tier-up --import tsx bench/injection-scan-latency.ts [--warm-first]
 *
 * (the mode `rampart` runs in; `npm run bench` passes the flag, and the first line says which mode ran)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGuard, type Guard } from '../src/core/guard.js';
import { defaultPolicy } from '../src/core/policy/load.js';
import { createDefaultRegistry } from '../src/scanners/index.js';
import { warmUpClassifier } from '../src/scanners/injection/classifier/index.js';
import { warmUpHeuristics } from '../src/scanners/injection/heuristics.js';
import { regexpEngineMode } from '../src/core/regexp-engine.js';
import { MAX_PROMPT_BYTES, injectionDevTexts, mainThreadCpuNs } from './lib/injection-dev-texts.js';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'injection');

function newGuard(): Guard {
  const injection = defaultPolicy().input.scanners.injection ?? {};
  return createGuard({ version: 1, input: { scanners: { injection: { ...injection, enabled: true } } } }, { registry: createDefaultRegistry(), scanCache: false });
}

async function pass(label: string, guard: Guard, texts: readonly string[]): Promise<void> {
  const wall: number[] = [];
  const cpu0 = mainThreadCpuNs();
  for (const text of texts) {
    const t0 = performance.now();
    await guard.check('input', text);
    wall.push((performance.now() - t0) * 1000);
  }
  const cpuPerText = (mainThreadCpuNs() - cpu0) / 1000 / texts.length;
  const sorted = [...wall].sort((a, b) => a - b);
  const mean = wall.reduce((s, x) => s + x, 0) / wall.length;
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * q) - 1)]!;
  console.log(`${label.padEnd(8)} main-thread CPU ${cpuPerText.toFixed(1).padStart(6)} µs/text | wall mean ${mean.toFixed(1).padStart(6)}, p50 ${at(0.5).toFixed(1).padStart(5)}, p99 ${at(0.99).toFixed(1).padStart(7)} µs`);
}

async function main(): Promise<void> {
  if (!existsSync(DATA)) {
    console.log(`skip: ${DATA} is absent`);
    return;
  }
  const texts = injectionDevTexts(DATA);
  console.log(`${texts.length} texts of at most ${MAX_PROMPT_BYTES} bytes; Node ${process.version}; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}; regular expressions: ${regexpEngineMode()}`);
  if (!process.argv.includes('--warm-first')) await pass('cold', newGuard(), texts);
  const t0 = performance.now();
  warmUpHeuristics();
  warmUpClassifier();
  console.log(`warm-up: ${(performance.now() - t0).toFixed(1)} ms`);
  const guard = newGuard();
  await pass('warmed', guard, texts);
  await pass('steady', guard, texts);
}

await main();
