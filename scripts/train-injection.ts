/**
 * Trains the shipped prompt-injection classifier (`npm run train:injection`).
 *
 *   tsx scripts/train-injection.ts [--data DIR] [--seed N] [--no-cross] [--cross-sources a,b] [--without a,b] [--with-written] [--with-experimental a,b] [--dry-run] [--out FILE] [--set option=value]
 *
 * 1. Loads the licence-allowed sets (scripts/injection-data/dataset.ts) and synthesizes our families.
 * 2. Splits every source 70/15/15 into train / calibration / test (seeded).
 * 3. Trains on train, fits Platt scaling and chooses the threshold on calibration, reports test
 *    (in-source) and the evaluation-only sets, and writes the model module.
 * 4. Cross-source: for every source in turn, trains without it (same recipe) and tests on all of it
 *    (`--cross-sources a,b` holds out only those, e.g. the four real sets, for quicker experiments).
 * `--without a,b` drops whole sources or synthesized families from everything (ablations).
 * `--with-written` adds the hand-written lists (scripts/injection-data/written.ts) as sources: an
 * experiment for now, not in the shipped model (docs/model-card-injection.md, session 11: they raised
 * recall on blind batch Q and over-defense on the review probes past the 5% the tests allow).
 * `--with-experimental a,b` adds families written and measured but not shipped (EXPERIMENTAL_COUNTS
 * in scripts/injection-data/dataset.ts), after the shipped ones.
 * `--out FILE` writes the model module elsewhere (experiments); the default is the shipped module.
 * Everything is deterministic for a seed: same data, same seed, same bytes.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HASH_BITS } from '../src/scanners/injection/classifier/features.js';
import { calibrated, quantizeWeights, type SerializedModel } from '../src/scanners/injection/classifier/model.js';
import { EVAL_ONLY_SETS, EXPERIMENTAL_COUNTS, PLAIN_BENIGN_FAMILIES, SYNTH_COUNTS, TRAINABLE_SETS, loadSets, synthesize, type Example } from './injection-data/dataset.js';
import { Prng } from './injection-data/prng.js';
import { WRITTEN_SOURCES, writtenExamples } from './injection-data/written.js';
import * as FIXTURES from '../src/scanners/injection/fixtures.js';
import {
  DEFAULT_TRAIN_OPTIONS,
  buildRows,
  chooseThreshold,
  fitPlatt,
  logitOf,
  train,
  type LinearWeights,
  type ThresholdGoal,
  type TrainOptions,
} from './injection-data/trainer.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const MODEL_MODULE = join(ROOT, 'src/scanners/injection/classifier/model-weights.generated.ts');

/** Held-out FPR goals used to pick the default threshold (below the 0.02 / 0.05 targets, for margin). */
const THRESHOLD_GOAL: ThresholdGoal = { plainFpr: 0.01, hardFpr: 0.02 };

interface Args {
  dataDir: string;
  seed: number;
  cross: boolean;
  write: boolean;
  /** Where the model module is written (experiments write elsewhere so the shipped model stays put). */
  out: string;
  /** Sources held out one at a time in the cross-source run (empty: every source). */
  crossSources: string[];
  /** Sources and families left out entirely (ablations; the shipped model uses all). */
  without: string[];
  /** Train with the hand-written lists too (experiments; the shipped model does not). */
  withWritten: boolean;
  /** Experimental synthesized families to add (EXPERIMENTAL_COUNTS); the shipped model uses none. */
  experimental: string[];
  overrides: Partial<TrainOptions>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dataDir: resolve(ROOT, '../shared/data/injection'), seed: DEFAULT_TRAIN_OPTIONS.seed, cross: true, write: true, out: MODEL_MODULE, crossSources: [], without: [], withWritten: false, experimental: [], overrides: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') args.dataDir = resolve(argv[++i] ?? '');
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (a === '--no-cross') args.cross = false;
    else if (a === '--dry-run') args.write = false;
    else if (a === '--out') args.out = resolve(argv[++i] ?? '');
    else if (a === '--cross-sources') args.crossSources = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--without') args.without = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--with-written') args.withWritten = true;
    else if (a === '--with-experimental') args.experimental = [...new Set((argv[++i] ?? '').split(',').filter(Boolean))];
    else if (a === '--set') {
      // Experiments only: override one training option, e.g. --set epochs=4 (the shipped model uses the defaults).
      const [key, value] = (argv[++i] ?? '').split('=');
      if (!key || !(key in DEFAULT_TRAIN_OPTIONS) || key === 'seed' || !Number.isFinite(Number(value))) throw new Error(`--set needs option=number, options: ${Object.keys(DEFAULT_TRAIN_OPTIONS).join(', ')}`);
      args.overrides[key as keyof TrainOptions] = Number(value);
    }
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.seed)) throw new Error('--seed needs an integer');
  return args;
}

type Split = 'train' | 'calib' | 'test';

interface Calibrated {
  model: LinearWeights;
  plattA: number;
  plattB: number;
  threshold: number;
}

interface Metrics {
  source: string;
  n: number;
  pos: number;
  neg: number;
  tpr: number | null;
  fpr: number | null;
}

function fitAndCalibrate(trainSet: readonly Example[], calibSet: readonly Example[], opts: TrainOptions): Calibrated {
  const model = train(buildRows(trainSet, opts), opts);
  const logits = calibSet.map((e) => logitOf(model, e.text));
  const { a, b } = fitPlatt(logits, calibSet.map((e) => e.label));
  const scores = calibSet.map((e, i) => ({ p: calibrated(logits[i]!, a, b), label: e.label, hard: e.hardBenign === true }));
  // Calibrated without the window penalty, shipped with it (TrainOptions.windowPenaltyShare).
  const windowPenalty = a > 0 ? opts.windowPenaltyShare / a : 0;
  return { model: { ...model, windowPenalty }, plattA: a, plattB: b, threshold: chooseThreshold(scores, THRESHOLD_GOAL) };
}

function evaluate(c: Calibrated, examples: readonly Example[]): Metrics[] {
  const bySource = new Map<string, { n: number; pos: number; neg: number; tp: number; fp: number }>();
  for (const e of examples) {
    const s = bySource.get(e.source) ?? { n: 0, pos: 0, neg: 0, tp: 0, fp: 0 };
    const hit = calibrated(logitOf(c.model, e.text), c.plattA, c.plattB) >= c.threshold;
    s.n++;
    if (e.label === 1) {
      s.pos++;
      if (hit) s.tp++;
    } else {
      s.neg++;
      if (hit) s.fp++;
    }
    bySource.set(e.source, s);
  }
  return [...bySource].map(([source, s]) => ({ source, n: s.n, pos: s.pos, neg: s.neg, tpr: s.pos ? s.tp / s.pos : null, fpr: s.neg ? s.fp / s.neg : null }));
}

function fmt(v: number | null): string {
  return v === null ? '–' : v.toFixed(3);
}

function table(title: string, rows: Metrics[]): string {
  const lines = [`### ${title}`, '', '| source | n | attacks | benign | TPR | FPR |', '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.source} | ${r.n} | ${r.pos} | ${r.neg} | ${fmt(r.tpr)} | ${fmt(r.fpr)} |`);
  return `${lines.join('\n')}\n`;
}

const HARD_BENIGN_SOURCES = new Set([
  ...[...Object.keys(SYNTH_COUNTS), ...Object.keys(EXPERIMENTAL_COUNTS)].filter(
    (f) => (f.startsWith('syn_benign_') || f === 'syn_multilingual_benign' || f === 'syn_multilingual_everyday' || f === 'syn_multilingual_contrast') && !PLAIN_BENIGN_FAMILIES.has(f),
  ),
  ...WRITTEN_SOURCES.filter((s) => s.endsWith('_benign')),
]);

function summary(rows: Metrics[]): string {
  const attacks = rows.filter((r) => r.tpr !== null);
  const plain = rows.filter((r) => r.fpr !== null && !HARD_BENIGN_SOURCES.has(r.source));
  const hard = rows.filter((r) => r.fpr !== null && HARD_BENIGN_SOURCES.has(r.source));
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : NaN);
  return `macro TPR ${mean(attacks.map((r) => r.tpr!)).toFixed(3)} over ${attacks.length} attack sources; ` +
    `macro FPR plain benign ${mean(plain.map((r) => r.fpr!)).toFixed(3)} (max ${Math.max(...plain.map((r) => r.fpr!)).toFixed(3)}); ` +
    `macro FPR trigger-heavy benign ${mean(hard.map((r) => r.fpr!)).toFixed(3)} (max ${Math.max(...hard.map((r) => r.fpr!)).toFixed(3)})\n`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const opts: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, ...args.overrides, seed: args.seed };
  const started = Date.now();
  const written = args.withWritten ? writtenExamples() : [];
  const heldOut = await heldOutBatchTexts();
  // A grammar may generate, by chance, a sentence a helper also wrote for a held-out batch ("Why is the
  // sky blue?"): such synthesized examples are dropped, so the batch stays unseen.
  const synthesized = synthesize(args.seed, args.experimental).filter((e) => !heldOut.has(e.text.trim().toLowerCase()));
  const examples = [...loadSets(args.dataDir, TRAINABLE_SETS), ...synthesized, ...written].filter((e) => !args.without.includes(e.source));
  if ((args.without.length > 0 || args.withWritten || args.experimental.length > 0) && args.write && args.out === MODEL_MODULE) throw new Error('--without, --with-written and --with-experimental are for experiments: add --out FILE or --dry-run');
  assertFixturesHeldOut(examples);
  assertBatchesHeldOut(examples, heldOut);
  const evalOnly = loadSets(args.dataDir, EVAL_ONLY_SETS);
  const rng = new Prng(args.seed ^ 0x1234567);
  const split = examples.map((): Split => {
    const r = rng.next();
    return r < 0.7 ? 'train' : r < 0.85 ? 'calib' : 'test';
  });
  const part = (s: Split, keep: (e: Example) => boolean = () => true): Example[] => examples.filter((e, i) => split[i] === s && keep(e));
  process.stderr.write(`loaded ${examples.length} trainable examples (${examples.filter((e) => e.label === 1).length} attacks), ${evalOnly.length} eval-only\n`);

  const final = fitAndCalibrate(part('train'), part('calib'), opts);
  process.stderr.write(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s; threshold ${final.threshold.toFixed(3)}\n`);
  if (!(final.model.weights instanceof Float32Array)) throw new Error('the trainer returns float32 weights');
  const { scale, bytes } = quantizeWeights(final.model.weights);
  const quantized: Calibrated = { ...final, model: { weights: bytes, scale, bias: final.model.bias, windowPenalty: final.model.windowPenalty ?? 0 } };

  let out = `## Injection classifier — training report (seed ${args.seed})\n\n`;
  out += `Default threshold (calibrated probability): ${final.threshold.toFixed(3)}; Platt a=${final.plattA.toFixed(4)} b=${final.plattB.toFixed(4)}\n\n`;
  const inSource = evaluate(quantized, part('test'));
  out += table('In-source: shipped (int8) model on the 15% test split of each source', inSource);
  out += `\n${summary(inSource)}\n`;
  out += table('Evaluation-only sets (never trained on), shipped (int8) model', evaluate(quantized, evalOnly));
  out += `\n${reliability(quantized, part('test'))}\n`;
  const floatVsInt = agreement(final, quantized, part('calib'));
  out += `\nint8 vs float32 decisions agree on ${(floatVsInt * 100).toFixed(2)}% of the calibration split.\n\n`;

  if (args.cross) {
    const known = new Set(examples.map((e) => e.source));
    for (const s of args.crossSources) if (!known.has(s)) throw new Error(`--cross-sources: unknown source ${s}`);
    const sources = args.crossSources.length > 0 ? args.crossSources : [...known];
    const cross: Metrics[] = [];
    for (const held of sources) {
      const others = (e: Example): boolean => e.source !== held;
      const c = fitAndCalibrate(part('train', others), part('calib', others), opts);
      cross.push(...evaluate(c, examples.filter((e) => e.source === held)));
      process.stderr.write(`  held out ${held}: done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    out += table('Cross-source: each source held out WHOLE (trained and calibrated without it, tested on all of it)', cross);
    out += `\n${summary(cross)}\n`;
    // The ablation below retrains once more; a partial cross-source run (experiments) skips it.
    if (args.crossSources.length === 0) {
      const realOnly = fitAndCalibrate(part('train', (e) => !e.source.startsWith('syn_')), part('calib', (e) => !e.source.startsWith('syn_')), opts);
      out += table('Ablation: trained on the real sets only (no synthesized data), tested on the eval-only sets and all synthesized data', evaluate(realOnly, [...evalOnly, ...examples.filter((e) => e.source.startsWith('syn_'))]));
    }
  }
  process.stdout.write(out);

  if (args.write) {
    const serialized: SerializedModel = {
      format: 'rampart-injection-linear/1',
      hashBits: HASH_BITS,
      bias: final.model.bias,
      plattA: final.plattA,
      plattB: final.plattB,
      threshold: final.threshold,
      scale,
      windowPenalty: final.model.windowPenalty ?? 0,
      weightsBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      trainedOn: `seed ${args.seed}; sets ${TRAINABLE_SETS.join(', ')}; synthesized ${Object.keys(SYNTH_COUNTS).length + args.experimental.length} families; 70% train split`,
    };
    writeFileSync(args.out, modelModule(serialized));
    process.stderr.write(`wrote ${args.out} (${(serialized.weightsBase64.length / 1024).toFixed(0)} KiB of base64)\n`);
  }
}

/**
 * The scanner's fixtures (src/scanners/injection/fixtures.ts) measure over-defense and recall on text
 * the model never saw: fail loudly if any training example is one of them.
 */
function assertFixturesHeldOut(examples: readonly Example[]): void {
  // Every exported list of the fixtures module, so a list added later is covered too.
  const lists = Object.values(FIXTURES).filter((v): v is readonly string[] => Array.isArray(v) && v.every((t) => typeof t === 'string'));
  const fixtureTexts = new Set(lists.flat().map((t) => t.trim().toLowerCase()));
  const leaked = examples.filter((e) => fixtureTexts.has(e.text.trim().toLowerCase()));
  if (leaked.length > 0) throw new Error(`${leaked.length} training examples equal scanner fixtures (first from ${leaked[0]!.source}); fixtures must stay held out`);
}

/** The texts of the hand-written held-out batches (test/injection-heldout/batch-*.ts), trimmed and lower-cased. */
async function heldOutBatchTexts(): Promise<Set<string>> {
  const dir = join(ROOT, 'test/injection-heldout');
  const texts = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /^batch-[a-z]+\.ts$/.test(f))) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Record<string, unknown>;
    for (const list of Object.values(mod)) if (Array.isArray(list)) for (const t of list) if (typeof t === 'string') texts.add(t.trim().toLowerCase());
  }
  return texts;
}

/**
 * The held-out batches measure generalization to unseen attack styles: fail loudly if any training
 * example (a real set's, or a hand-written list's) is one of their texts.
 */
function assertBatchesHeldOut(examples: readonly Example[], heldOut: ReadonlySet<string>): void {
  const leaked = examples.filter((e) => heldOut.has(e.text.trim().toLowerCase()));
  if (leaked.length > 0) throw new Error(`${leaked.length} training examples equal held-out batch texts (first from ${leaked[0]!.source}); the batches must stay held out`);
}

/**
 * Reliability of the calibrated score on the in-source test split: per score bin, the mean score and
 * the observed share of attacks (they should be close), plus the expected calibration error.
 */
function reliability(c: Calibrated, examples: readonly Example[]): string {
  const edges = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.000001];
  const bins = edges.slice(1).map(() => ({ n: 0, sumP: 0, pos: 0 }));
  for (const e of examples) {
    const p = calibrated(logitOf(c.model, e.text), c.plattA, c.plattB);
    const k = edges.findIndex((edge, i) => p >= edge && p < edges[i + 1]!);
    const bin = bins[Math.max(0, k)]!;
    bin.n++;
    bin.sumP += p;
    bin.pos += e.label;
  }
  const lines = ['### Calibration: in-source test split, calibrated score vs observed attack share', '', '| score bin | n | mean score | attack share |', '|---|---:|---:|---:|'];
  let ece = 0;
  bins.forEach((b, i) => {
    if (b.n === 0) return;
    ece += (b.n / Math.max(1, examples.length)) * Math.abs(b.sumP / b.n - b.pos / b.n);
    lines.push(`| [${edges[i]!.toFixed(1)}, ${Math.min(1, edges[i + 1]!).toFixed(1)}) | ${b.n} | ${(b.sumP / b.n).toFixed(3)} | ${(b.pos / b.n).toFixed(3)} |`);
  });
  return `${lines.join('\n')}\n\nExpected calibration error ${ece.toFixed(3)} (test split class mix: ${examples.filter((e) => e.label === 1).length} attacks of ${examples.length}).\n`;
}

function agreement(a: Calibrated, b: Calibrated, examples: readonly Example[]): number {
  let same = 0;
  for (const e of examples) {
    const pa = calibrated(logitOf(a.model, e.text), a.plattA, a.plattB) >= a.threshold;
    const pb = calibrated(logitOf(b.model, e.text), b.plattA, b.plattB) >= b.threshold;
    if (pa === pb) same++;
  }
  return same / Math.max(1, examples.length);
}

function modelModule(m: SerializedModel): string {
  const { weightsBase64, ...meta } = m;
  return [
    '// Generated by scripts/train-injection.ts (npm run train:injection). Do not edit by hand.',
    '// The weights are int8, base64; see model.ts for the format and docs/model-card-injection.md for the data.',
    "import type { SerializedModel } from './model.js';",
    '',
    `export const INJECTION_MODEL: SerializedModel = { ...${JSON.stringify(meta)}, format: 'rampart-injection-linear/1', weightsBase64:`,
    `  '${weightsBase64}' };`,
    '',
  ].join('\n');
}

await main();
