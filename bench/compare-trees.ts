/**
 * Paired comparison of two source trees in one process: is a change faster or slower, and by how much?
 *
 * On a shared VM the same benchmark moves by ±15–20% from one run to the next, more than most
 * optimisations are worth, so two runs in turn (one per tree) rarely settle a question. Here both
 * trees' modules are loaded side by side and their passes alternate, A B B A A B …, many times; each
 * pair of neighbouring passes sees nearly the same machine, and the median of the per-pair ratios
 * shrugs off the passes a neighbour disturbed.
 *
 *   node --no-regexp-tier-up --import tsx bench/compare-trees.ts OTHER_TREE [--rounds N] [--injection] [--pii] [--entities]
 *
 * (`--no-regexp-tier-up`: the mode `rampart` runs in, see src/core/regexp-engine.ts; without it both
 * trees run V8's slower default.)
 *
 * OTHER_TREE is a checkout of another commit with its node_modules (a symlink to ours will do), e.g.
 *   git archive HEAD~1 | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/node_modules
 * A is OTHER_TREE, B is this tree. With no flag all three measurements run:
 * - injection: `guard.check('input', text)` per text, default layers, no scan cache, on the
 *   development texts of at most 2 KB (../shared/data/injection), as bench/injection-scan-latency.ts;
 * - pii: `detectPii(record, { entities: false })` and `detectSecrets(record)` on 4 MB of
 *   bench/lib/mixed-text.ts in 4 KiB records, as the "pii structured + secrets" line of bench/pii.ts.
 * - entities: the same with the entity layer on (`entities: true`), on 1 MB of the same text.
 * Each pass is timed by the main thread's CPU clock (Linux schedstat) where there is one.
 * Measurement only: nothing is asserted, and the verdict is the printed median ratio and its spread.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MAX_PROMPT_BYTES, injectionDevTexts, mainThreadCpuNs } from './lib/injection-dev-texts.js';
import { mixedText, recordsOf } from './lib/mixed-text.js';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data', 'injection');

/** One side of the comparison: a function that runs one full pass and returns its CPU nanoseconds. */
type Pass = () => Promise<number>;

async function load(tree: string, path: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(tree, path)).href)) as Record<string, unknown>;
}

async function injectionPass(tree: string, texts: readonly string[]): Promise<Pass> {
  const { createGuard } = await load(tree, 'src/core/guard.ts');
  const { defaultPolicy } = await load(tree, 'src/core/policy/load.ts');
  const { createDefaultRegistry } = await load(tree, 'src/scanners/index.ts');
  type Guard = { check(direction: 'input', text: string): Promise<unknown> };
  const policy = (defaultPolicy as () => { input: { scanners: Record<string, object | undefined> } })();
  const guard = (createGuard as (p: unknown, o: unknown) => Guard)(
    { version: 1, input: { scanners: { injection: { ...(policy.input.scanners.injection ?? {}), enabled: true } } } },
    { registry: (createDefaultRegistry as () => unknown)(), scanCache: false },
  );
  return async () => {
    const t0 = mainThreadCpuNs();
    for (const text of texts) await guard.check('input', text);
    return mainThreadCpuNs() - t0;
  };
}

async function piiPass(tree: string, records: readonly string[], entities = false): Promise<Pass> {
  const { detectPii } = await load(tree, 'src/scanners/pii/index.ts');
  const { detectSecrets } = await load(tree, 'src/scanners/secrets/detect.ts');
  const pii = detectPii as (s: string, o: { entities: boolean }) => unknown[];
  const secrets = detectSecrets as (s: string) => unknown[];
  return async () => {
    const t0 = mainThreadCpuNs();
    for (const r of records) {
      pii(r, { entities });
      secrets(r);
    }
    return mainThreadCpuNs() - t0;
  };
}

/** Alternates A B B A … for `rounds` pairs after one warm-up pass each; returns B/A per pair. */
async function compare(label: string, a: Pass, b: Pass, rounds: number, unit: (ns: number) => string): Promise<void> {
  await a();
  await b();
  const ratios: number[] = [];
  const as: number[] = [];
  const bs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    const x = first ? await a() : await b();
    const y = first ? await b() : await a();
    const [ta, tb] = first ? [x, y] : [y, x];
    as.push(ta);
    bs.push(tb);
    ratios.push(tb / ta);
  }
  const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
  const sorted = [...ratios].sort((p, q) => p - q);
  const q = (f: number) => sorted[Math.min(sorted.length - 1, Math.floor(f * sorted.length))]!;
  const faster = ratios.filter((x) => x < 1).length;
  console.log(`${label}: A (other tree) median ${unit(median(as))}, B (this tree) median ${unit(median(bs))}`);
  console.log(`  B/A CPU time per pair (below 1: B faster): median ${median(ratios).toFixed(3)}, middle half ${q(0.25).toFixed(3)}–${q(0.75).toFixed(3)}; B faster in ${faster} of ${rounds} pairs`);
}

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other || other.startsWith('--') || !existsSync(join(other, 'src'))) {
    console.error('usage: node --no-regexp-tier-up --import tsx bench/compare-trees.ts OTHER_TREE [--rounds N] [--injection] [--pii] [--entities]');
    process.exit(2);
  }
  const tree = resolve(other);
  const at = process.argv.indexOf('--rounds');
  const rounds = at > 0 ? Number(process.argv[at + 1]) : 12;
  const only = ['--injection', '--pii', '--entities'].filter((f) => process.argv.includes(f));
  const want = (f: string) => only.length === 0 || only.includes(f);
  console.log(`A = ${tree}, B = ${ROOT}; ${rounds} pairs of passes; Node ${process.version}`);
  if (want('--injection')) {
    if (!existsSync(DATA)) console.log(`injection: skipped, ${DATA} is absent`);
    else {
      const texts = injectionDevTexts(DATA);
      const perText = (ns: number) => `${(ns / 1000 / texts.length).toFixed(1)} µs/text`;
      await compare(`injection, ${texts.length} texts ≤ ${MAX_PROMPT_BYTES} B`, await injectionPass(tree, texts), await injectionPass(ROOT, texts), rounds, perText);
    }
  }
  if (want('--pii')) {
    const text = mixedText(4e6);
    const records = recordsOf(text);
    const mbs = (ns: number) => `${(Buffer.byteLength(text) / 1e6 / (ns / 1e9)).toFixed(1)} MB/CPU-s`;
    await compare('pii structured + secrets, 4 MB mixed text', await piiPass(tree, records), await piiPass(ROOT, records), rounds, mbs);
  }
  if (want('--entities')) {
    const text = mixedText(1e6);
    const records = recordsOf(text);
    const mbs = (ns: number) => `${(Buffer.byteLength(text) / 1e6 / (ns / 1e9)).toFixed(1)} MB/CPU-s`;
    await compare('pii with the entity layer + secrets, 1 MB mixed text', await piiPass(tree, records, true), await piiPass(ROOT, records, true), rounds, mbs);
  }
}

await main();
