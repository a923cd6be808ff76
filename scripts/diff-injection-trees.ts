/**
 * Which of our own texts change verdict between two source trees: every text exported by
 * test/injection-heldout/*.ts (blind batches, reviews, probes, dev sets) and every line of
 * ../shared/data/injection/*.jsonl, scored by the `injection` scanner as `rampart eval injection`
 * scores it (default policy, default layers), once with each tree.
 *
 *   node --no-regexp-tier-up --import tsx scripts/diff-injection-trees.ts OTHER_TREE [--show SOURCE]
 *
 * OTHER_TREE is another commit's checkout with a `node_modules` (see bench/compare-trees.ts); this
 * tree is the second. It prints, per source (file and export), how many texts each tree blocks and how
 * many became blocked or stopped being blocked, with their labels where the data has them. Texts are
 * printed only for the sources named with `--show` (a substring of the source name), so running it
 * never shows a blind batch's unread half unless asked to.
 *
 * Labels: `label` fields (0/1) and review probes' `kind` ('miss' is an attack) are used as they are;
 * plain string lists count as attacks when their export's name says ATTACK or GOAL, otherwise as
 * benign. Start node with --no-regexp-tier-up: two trees in one process crashed V8 now and then when
 * the flag was changed at run time (src/core/regexp-engine.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

interface Item {
  source: string;
  text: string;
  /** 1 an attack, 0 benign, undefined when the data does not say. */
  label: 0 | 1 | undefined;
}

/** Nested exports are read this deep (a list of probe objects is two levels). */
const MAX_DEPTH = 4;
/** Shorter strings in the fixture modules are names and labels, not texts. */
const MIN_TEXT_CHARS = 16;

function collect(source: string, value: unknown, out: Item[], depth = 0): void {
  if (depth > MAX_DEPTH) return;
  const byName: 0 | 1 = /ATTACK|GOAL/i.test(source) ? 1 : 0;
  if (typeof value === 'string') {
    if (value.length >= MIN_TEXT_CHARS) out.push({ source, text: value, label: byName });
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collect(source, v, out, depth + 1);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const o = value as { text?: unknown; label?: unknown; kind?: unknown };
  if (typeof o.text !== 'string') return;
  const label = o.label === 0 || o.label === 1 ? o.label : o.kind === 'miss' ? 1 : o.kind !== undefined ? 0 : byName;
  out.push({ source, text: o.text, label });
}

async function ourTexts(root: string): Promise<Item[]> {
  const items: Item[] = [];
  const dir = join(root, 'test', 'injection-heldout');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) collect(`${file}:${name}`, value, items);
  }
  const data = join(root, '..', 'shared', 'data', 'injection');
  for (const file of readdirSync(data).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(data, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { text?: unknown; label?: unknown };
      if (typeof row.text === 'string') items.push({ source: file, text: row.text, label: row.label === 1 ? 1 : row.label === 0 ? 0 : undefined });
    }
  }
  return items;
}

interface Counts {
  n: number;
  blockedA: number;
  blockedB: number;
  newly: { attack: number; benign: number; unknown: number };
  lost: { attack: number; benign: number; unknown: number };
}

type Scorer = { score(text: string): Promise<{ flagged: boolean }> };

async function scorerOf(tree: string): Promise<Scorer> {
  const { createScorer } = (await import(pathToFileURL(join(tree, 'src', 'cli', 'eval-injection.ts')).href)) as { createScorer(classifierOnly: boolean): Scorer };
  return createScorer(false);
}

const labelKey = (label: 0 | 1 | undefined): 'attack' | 'benign' | 'unknown' => (label === 1 ? 'attack' : label === 0 ? 'benign' : 'unknown');

async function main(): Promise<void> {
  const other = process.argv[2];
  if (!other || other.startsWith('--')) {
    console.error('usage: node --no-regexp-tier-up --import tsx scripts/diff-injection-trees.ts OTHER_TREE [--show SOURCE]...');
    process.exit(2);
  }
  const show: string[] = [];
  process.argv.forEach((arg, i) => {
    if (arg === '--show' && process.argv[i + 1]) show.push(process.argv[i + 1]!);
  });
  const here = resolve(import.meta.dirname, '..');
  const items = await ourTexts(here);
  const [a, b] = [await scorerOf(resolve(other)), await scorerOf(here)];
  const bySource = new Map<string, Counts>();
  for (const item of items) {
    const c = bySource.get(item.source) ?? { n: 0, blockedA: 0, blockedB: 0, newly: { attack: 0, benign: 0, unknown: 0 }, lost: { attack: 0, benign: 0, unknown: 0 } };
    bySource.set(item.source, c);
    const [inA, inB] = [(await a.score(item.text)).flagged, (await b.score(item.text)).flagged];
    c.n++;
    if (inA) c.blockedA++;
    if (inB) c.blockedB++;
    if (inA === inB) continue;
    (inB ? c.newly : c.lost)[labelKey(item.label)]++;
    if (show.some((s) => item.source.includes(s))) console.log(`${inB ? 'NEW ' : 'LOST'} ${labelKey(item.label).padEnd(7)} ${item.source} ${JSON.stringify(item.text).slice(0, 300)}`);
  }
  const fmt = (x: Counts['newly']): string => `${x.attack} attack, ${x.benign} benign${x.unknown ? `, ${x.unknown} unlabelled` : ''}`;
  console.log('| source | texts | blocked (other tree) | blocked (this tree) | newly blocked | no longer blocked |');
  console.log('|---|---:|---:|---:|---|---|');
  const total: Counts = { n: 0, blockedA: 0, blockedB: 0, newly: { attack: 0, benign: 0, unknown: 0 }, lost: { attack: 0, benign: 0, unknown: 0 } };
  for (const [source, c] of [...bySource].sort(([x], [y]) => x.localeCompare(y))) {
    total.n += c.n;
    total.blockedA += c.blockedA;
    total.blockedB += c.blockedB;
    for (const k of ['attack', 'benign', 'unknown'] as const) {
      total.newly[k] += c.newly[k];
      total.lost[k] += c.lost[k];
    }
    const changed = c.newly.attack + c.newly.benign + c.newly.unknown + c.lost.attack + c.lost.benign + c.lost.unknown;
    if (changed > 0) console.log(`| ${source} | ${c.n} | ${c.blockedA} | ${c.blockedB} | ${fmt(c.newly)} | ${fmt(c.lost)} |`);
  }
  console.log(`| all ${bySource.size} sources | ${total.n} | ${total.blockedA} | ${total.blockedB} | ${fmt(total.newly)} | ${fmt(total.lost)} |`);
}

await main();
