/**
 * Scores the hand-written held-out batches (test/injection-heldout/) with the whole `injection`
 * scanner as `rampart eval injection` runs it (default policy, default layers), and with the
 * classifier alone at its own threshold. Nothing here trains: these lists are never fed to the trainer.
 *
 *   npx tsx scripts/score-heldout.ts [--show-misses] [--batch G]
 */
import { createGuard } from '../src/core/guard.js';
import { defaultPolicy } from '../src/core/policy/load.js';
import { classifyInjection, INJECTION_CLASSIFIER_THRESHOLD } from '../src/scanners/injection/classifier/index.js';
import { createDefaultRegistry } from '../src/scanners/index.js';
import * as A from '../test/injection-heldout/batch-a.js';
import * as B from '../test/injection-heldout/batch-b.js';
import * as C from '../test/injection-heldout/batch-c.js';
import * as D from '../test/injection-heldout/batch-d.js';
import * as E from '../test/injection-heldout/batch-e.js';
import * as F from '../test/injection-heldout/batch-f.js';
import * as G from '../test/injection-heldout/batch-g.js';
import * as H from '../test/injection-heldout/batch-h.js';
import * as I from '../test/injection-heldout/batch-i.js';
import * as J from '../test/injection-heldout/batch-j.js';
import * as K from '../test/injection-heldout/batch-k.js';
import * as L from '../test/injection-heldout/batch-l.js';
import * as M from '../test/injection-heldout/batch-m.js';
import * as N from '../test/injection-heldout/batch-n.js';
import * as O from '../test/injection-heldout/batch-o.js';
import * as P from '../test/injection-heldout/batch-p.js';
import * as Q from '../test/injection-heldout/batch-q.js';
import * as R from '../test/injection-heldout/batch-r.js';
import * as S from '../test/injection-heldout/batch-s.js';
import * as T from '../test/injection-heldout/batch-t.js';
import * as U from '../test/injection-heldout/batch-u.js';

const showMisses = process.argv.includes('--show-misses');
/** `--batch G` (or `--batch G,H`) scores only those batches. */
const batchArg = process.argv.indexOf('--batch');
const onlyBatches = batchArg >= 0 ? new Set((process.argv[batchArg + 1] ?? '').toUpperCase().split(',')) : null;
const registry = createDefaultRegistry();
const scannerPolicy = defaultPolicy().input.scanners.injection ?? {};
const guard = createGuard({ version: 1, input: { scanners: { injection: { ...scannerPolicy, enabled: true } } } }, { registry });

async function flagged(text: string): Promise<{ hit: boolean; why: string }> {
  const d = await guard.check('input', text);
  const hits = d.findings.filter((f) => f.scanner === 'injection' && f.action !== 'allow');
  return { hit: hits.length > 0, why: hits.map((f) => `${f.kind}:${f.score.toFixed(2)}`).join(' ') };
}

async function main(): Promise<void> {
  const lists: [string, readonly string[], 0 | 1][] = [];
  for (const [batch, mod] of [['A', A], ['B', B], ['C', C], ['D', D], ['E', E], ['F', F], ['G', G], ['H', H], ['I', I], ['J', J], ['K', K], ['L', L], ['M', M], ['N', N], ['O', O], ['P', P], ['Q', Q], ['R', R], ['S', S], ['T', T], ['U', U]] as const) {
    if (onlyBatches !== null && !onlyBatches.has(batch)) continue;
    for (const [name, list] of Object.entries(mod)) {
      if (!Array.isArray(list)) continue;
      lists.push([`${batch} ${name}`, list as string[], /ATTACKS/.test(name) ? 1 : 0]);
    }
  }
  console.log('| list | n | label | scanner flagged | classifier alone flagged |');
  console.log('|---|---:|---:|---:|---:|');
  const misses: string[] = [];
  for (const [name, list, label] of lists) {
    let scan = 0;
    let cls = 0;
    for (const text of list) {
      const r = await flagged(text);
      if (r.hit) scan++;
      if (classifyInjection(text).score >= INJECTION_CLASSIFIER_THRESHOLD) cls++;
      if (r.hit !== (label === 1)) misses.push(`${name} [${label ? 'missed' : 'false positive'}] ${r.why} :: ${JSON.stringify(text.slice(0, 160))}`);
    }
    console.log(`| ${name} | ${list.length} | ${label} | ${(scan / list.length).toFixed(3)} | ${(cls / list.length).toFixed(3)} |`);
  }
  if (showMisses) for (const m of misses) console.log(m);
}

await main();
