/**
 * Scores the `injection` scanner (default policy, default layers, as `rampart eval injection` runs
 * it) on indirect injections built from BIPIA's *test* split (github.com/microsoft/BIPIA, MIT):
 * the test contexts of the e-mail, table and code tasks, and the test attack goals, whose categories
 * (task automation, business intelligence, research assistance, keylogging, traffic analysis, …)
 * share none with the train goals that `../shared/data/injection/bipia_indirect_train.jsonl` was
 * built from. So this measures indirect injection with unseen goals in unseen contexts.
 *
 * Built as the BIPIA code builds its samples: each context once clean (label 0) and once with one
 * attack joined by line breaks at its start, its end, or before a sentence in its middle (label 1).
 * Up to 150 contexts per task, seeded. Measurement only: nothing here trains, and no data is copied
 * into this repository.
 *
 *   npx tsx scripts/score-bipia-test.ts PATH/TO/BIPIA [--write OUT.jsonl] [--all-goals]
 *
 * `--all-goals` builds instead every test goal at each of the three positions, in a seeded random test
 * context of its task (text goals in e-mails and tables, code goals in code: 600 attacks), and reports
 * them in two halves by goal category (the first byte of the SHA-256 of the category's name: even is
 * the `read` half, odd the `unread` half). Session 16 read the misses of the read half to write rules;
 * the unread half measures whether they carry, and nobody should read its goals or misses.
 *
 * PATH is a checkout of that repository (its benchmark/ folder must be there).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScorer } from '../src/cli/eval-injection.js';
import { Prng } from './injection-data/prng.js';
import { readHalf, type Half } from './read-half.js';

const SEED = 20261127;
const PER_TASK = 150;
const TASKS = ['email', 'table', 'code'] as const;
type Task = (typeof TASKS)[number];

interface Sample {
  text: string;
  label: 0 | 1;
  task: Task;
  position: 'clean' | 'start' | 'middle' | 'end';
  /** With --all-goals: the half of the goal's category. */
  half?: Half;
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The attack goals of a split file by category: `{category: [goal, …]}`. */
function readGoalsByCategory(path: string): Array<[string, string[]]> {
  const byCategory = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return Object.entries(byCategory).map(([category, goals]) => [category, Array.isArray(goals) ? goals.filter((g): g is string => typeof g === 'string') : []]);
}

/** The attack goals of a split file. */
function readGoals(path: string): string[] {
  return readGoalsByCategory(path).flatMap(([, goals]) => goals);
}

/** A context as the model would read it: the e-mail or table text; for code, the error and the code. */
function contextOf(task: Task, row: Record<string, unknown>): string {
  if (task !== 'code') return String(row.context ?? '');
  const lines = (v: unknown) => (Array.isArray(v) ? v.join('\n') : String(v ?? ''));
  return `${lines(row.error)}\n${lines(row.code)}`;
}

/** Sentence starts: after a full stop, question or exclamation mark and a space, or after a line break. */
function sentenceStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?:[.!?]["')\]]?\s+|\n\s*)(?=\S)/g)) out.push(m.index + m[0].length);
  return out;
}

function insert(prng: Prng, context: string, attack: string, where?: 'start' | 'middle' | 'end'): { text: string; position: Sample['position'] } {
  const position = where ?? prng.pick(['start', 'middle', 'end'] as const);
  if (position === 'start') return { text: `${attack}\n${context}`, position };
  if (position === 'end') return { text: `${context}\n${attack}`, position };
  const starts = sentenceStarts(context);
  const at = starts.length > 0 ? prng.pick(starts) : 0;
  return { text: `${context.slice(0, at)}\n${attack}\n${context.slice(at)}`, position };
}

function buildSamples(root: string): Sample[] {
  const prng = new Prng(SEED);
  const textGoals = readGoals(join(root, 'benchmark', 'text_attack_test.json'));
  const codeGoals = readGoals(join(root, 'benchmark', 'code_attack_test.json'));
  const samples: Sample[] = [];
  for (const task of TASKS) {
    const rows = prng.shuffle(readJsonl(join(root, 'benchmark', task, 'test.jsonl'))).slice(0, PER_TASK);
    for (const row of rows) {
      const context = contextOf(task, row);
      samples.push({ text: context, label: 0, task, position: 'clean' });
      const { text, position } = insert(prng, context, prng.pick(task === 'code' ? codeGoals : textGoals));
      samples.push({ text, label: 1, task, position });
    }
  }
  return samples;
}

/** Every test goal at each position, in a seeded random test context of its task (see the module comment). */
function buildAllGoalSamples(root: string): Sample[] {
  const prng = new Prng(SEED);
  const samples: Sample[] = [];
  for (const task of TASKS) {
    const rows = readJsonl(join(root, 'benchmark', task, 'test.jsonl'));
    const goals = readGoalsByCategory(join(root, 'benchmark', task === 'code' ? 'code_attack_test.json' : 'text_attack_test.json'));
    for (const [category, list] of goals) {
      for (const goal of list) {
        for (const at of ['start', 'middle', 'end'] as const) {
          const { text, position } = insert(prng, contextOf(task, prng.pick(rows)), goal, at);
          samples.push({ text, label: 1, task, position, half: readHalf(category) });
        }
      }
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root || root.startsWith('--')) {
    console.error('usage: npx tsx scripts/score-bipia-test.ts PATH/TO/BIPIA [--write OUT.jsonl]');
    process.exit(2);
  }
  const allGoals = process.argv.includes('--all-goals');
  const samples = allGoals ? buildAllGoalSamples(root) : buildSamples(root);
  const out = process.argv.indexOf('--write');
  if (out >= 0) writeFileSync(process.argv[out + 1]!, samples.map((s) => JSON.stringify(s)).join('\n') + '\n');
  const scorer = createScorer(false);
  const tally = new Map<string, { n: number; flagged: number }>();
  for (const s of samples) {
    const hit = (await scorer.score(s.text)).flagged;
    const keys = allGoals
      ? ['attacks (all)', `attacks, ${s.half} half`, `attacks, ${s.half} half, ${s.task}`]
      : [`${s.label === 1 ? 'attacks' : 'clean'} (all)`, `${s.label === 1 ? 'attacks' : 'clean'} ${s.task}${s.label === 1 ? ` ${s.position}` : ''}`];
    for (const key of keys) {
      const t = tally.get(key) ?? { n: 0, flagged: 0 };
      t.n++;
      if (hit) t.flagged++;
      tally.set(key, t);
    }
  }
  console.log('| samples | n | flagged |');
  console.log('|---|---:|---:|');
  for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${key} | ${t.n} | ${(t.flagged / t.n).toFixed(3)} |`);
}

await main();
