/**
 * Measures the `injection` scanner's heuristics layer on the development data in
 * ../shared/data/injection (never copied into the repo): TPR per attack set, FPR per benign set,
 * at threshold 0.5, through the whole input pipeline (normalization and decoded views).
 *
 *   npx tsx scripts/measure-heuristics.ts [--fixtures] [--misses N] [--fp N]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createGuard } from '../src/index.js';
import { HARD_BENIGN, HARD_BENIGN_HELDOUT, OWN_ATTACKS } from '../src/scanners/injection/fixtures.js';

const DATA = join(process.cwd(), '..', 'shared', 'data', 'injection');
const THRESHOLD = 0.5;
const args = process.argv.slice(2);
const showMisses = Number(args[args.indexOf('--misses') + 1] ?? 0) || 0;
const showFp = Number(args[args.indexOf('--fp') + 1] ?? 0) || 0;

const guard = createGuard({ version: 1, input: { scanners: { injection: { threshold: THRESHOLD, action: 'block' } } } });

async function flagged(text: string): Promise<{ hit: boolean; kinds: string[] }> {
  const d = await guard.checkInput(text);
  const hits = d.findings.filter((f) => f.scanner === 'injection' && f.score >= THRESHOLD);
  return { hit: hits.length > 0, kinds: hits.map((f) => `${f.kind}:${((f.detail?.rules as string[]) ?? []).join('+')}`) };
}

interface Row { set: string; label: number; n: number; hits: number }

async function measure(set: string, rows: { text: string; label: number }[]): Promise<Row[]> {
  const out: Row[] = [];
  for (const label of [1, 0]) {
    const subset = rows.filter((r) => r.label === label);
    if (subset.length === 0) continue;
    let hits = 0;
    const shown: string[] = [];
    for (const r of subset) {
      const { hit, kinds } = await flagged(r.text);
      if (hit) hits++;
      if (label === 1 && !hit && shown.length < showMisses) shown.push(`  MISS ${JSON.stringify(r.text.slice(0, 160))}`);
      if (label === 0 && hit && shown.length < showFp) shown.push(`  FP   ${kinds.join(',')} ${JSON.stringify(r.text.slice(0, 200))}`);
    }
    out.push({ set, label, n: subset.length, hits });
    for (const s of shown) console.log(`${set}${s}`);
  }
  return out;
}

const results: Row[] = [];
if (existsSync(DATA)) {
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.jsonl')).sort()) {
    const rows = readFileSync(join(DATA, file), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: number });
    results.push(...(await measure(file.replace('.jsonl', ''), rows)));
  }
} else {
  console.log(`skip: ${DATA} is absent`);
}
results.push(...(await measure('own_attacks (fixtures)', OWN_ATTACKS.map((text) => ({ text, label: 1 })))));
results.push(...(await measure('own_hard_benign (fixtures)', HARD_BENIGN.map((text) => ({ text, label: 0 })))));
results.push(...(await measure('own_hard_benign_heldout (fixtures)', HARD_BENIGN_HELDOUT.map((text) => ({ text, label: 0 })))));

console.log(`\n| set | label | n | flagged | rate |`);
console.log(`| --- | --- | ---: | ---: | ---: |`);
for (const r of results) {
  const rate = r.hits / r.n;
  console.log(`| ${r.set} | ${r.label === 1 ? 'attack (TPR)' : 'benign (FPR)'} | ${r.n} | ${r.hits} | ${(rate * 100).toFixed(1)}% |`);
}
