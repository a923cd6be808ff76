/**
 * Scores the `injection` scanner (default policy, default layers, as `rampart eval injection` runs
 * it) on the attack prompts that JailbreakBench published (github.com/JailbreakBench/artifacts, MIT):
 * PAIR (fluent rewrites), GCG and DSN (adversarial suffixes), JailbreakChat (AIM role-play) and
 * prompt-with-random-search (a long template plus a suffix). Real third-party attacks, not our
 * synthesis and not a helper's batch; used for measurement only (never trained on, and the data
 * is not copied into this repository).
 *
 *   npx tsx scripts/score-jailbreakbench.ts PATH/TO/artifacts [--json]
 *
 * PATH is a checkout of that repository (its attack-artifacts/ folder, or any folder holding its
 * JSON files). Each method's distinct prompts are scored once; the test-artifact folder is skipped.
 *
 * Each method is also reported in two halves split by behaviour (the first byte of the SHA-256 of
 * the behaviour's name: even is the `read` half, odd the `unread` half). Session 16 read the misses
 * of the read half of PAIR and GCG to write rules; the unread half stays a measurement of rules
 * written without it, and nobody should read its prompts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createScorer } from '../src/cli/eval-injection.js';
import { readHalf, type Half } from './read-half.js';

/** Artifact files are a few MB; anything far larger is not one. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

function jsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      if (name !== 'test-artifact' && !name.startsWith('.')) out.push(...jsonFiles(path));
    } else if (name.endsWith('.json') && st.size <= MAX_FILE_BYTES) out.push(path);
  }
  return out;
}

/** Distinct prompts per attack method (with the half of their behaviour), from every artifact file under `dir`. */
function promptsByMethod(dir: string): Map<string, Array<[string, Half]>> {
  const byMethod = new Map<string, Map<string, Half>>();
  for (const file of jsonFiles(dir)) {
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // not an artifact (or damaged): the count per method shows what was read
    }
    const d = doc as { parameters?: { method?: unknown }; jailbreaks?: Array<{ prompt?: unknown; behavior?: unknown }> };
    if (typeof d?.parameters?.method !== 'string' || !Array.isArray(d.jailbreaks)) continue;
    const prompts = byMethod.get(d.parameters.method) ?? new Map<string, Half>();
    for (const j of d.jailbreaks) if (typeof j?.prompt === 'string' && j.prompt.trim() !== '') prompts.set(j.prompt, readHalf(String(j.behavior ?? '')));
    byMethod.set(d.parameters.method, prompts);
  }
  return new Map([...byMethod].sort(([a], [b]) => a.localeCompare(b)).map(([m, s]) => [m, [...s]]));
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir || dir.startsWith('--')) {
    console.error('usage: npx tsx scripts/score-jailbreakbench.ts PATH/TO/JailbreakBench-artifacts [--json]');
    process.exit(2);
  }
  const scorer = createScorer(false);
  const rows: Array<{ method: string; n: number; tpr: number; read: Share; unread: Share }> = [];
  for (const [method, prompts] of promptsByMethod(dir)) {
    const caught = { read: 0, unread: 0 };
    const count = { read: 0, unread: 0 };
    for (const [text, part] of prompts) {
      count[part]++;
      if ((await scorer.score(text)).flagged) caught[part]++;
    }
    const share = (part: Half): Share => ({ n: count[part], tpr: count[part] === 0 ? 0 : caught[part] / count[part] });
    rows.push({ method, n: prompts.length, tpr: prompts.length === 0 ? 0 : (caught.read + caught.unread) / prompts.length, read: share('read'), unread: share('unread') });
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ methods: rows }));
    return;
  }
  console.log('| method | prompts | flagged | read half | unread half |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.method} | ${r.n} | ${r.tpr.toFixed(3)} | ${r.read.tpr.toFixed(3)} (${r.read.n}) | ${r.unread.tpr.toFixed(3)} (${r.unread.n}) |`);
}

interface Share {
  n: number;
  tpr: number;
}

await main();
