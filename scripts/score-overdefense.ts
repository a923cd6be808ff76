/**
 * Over-defense on public benign sets: the share of benign prompts the `injection` scanner blocks
 * (default policy, default layers, as `rampart eval injection` runs it), on NotInject (benign prompts
 * with one, two or three trigger words) and WildGuard's benign prompts, as InjecGuard released them
 * (github.com/leolee99/InjecGuard, MIT: datasets/NotInject_{one,two,three}.json, wildguard.json).
 * Measurement only: nothing here trains, and no data is copied into this repository.
 *
 * Each set is also reported in two halves split by text (the first byte of the SHA-256 of the prompt:
 * even is the `read` half, odd the `unread` half). Session 16 read the false alarms of NotInject's read
 * half to design contrast data (syn_benign_procedure); the unread half measures whether it carried,
 * and nobody should read its false alarms.
 *
 *   npx tsx scripts/score-overdefense.ts PATH/TO/InjecGuard [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createScorer } from '../src/cli/eval-injection.js';
import { readHalf } from './read-half.js';

const SETS = ['NotInject_one', 'NotInject_two', 'NotInject_three', 'wildguard'] as const;
/** The released files are well under this; anything larger is not one of them. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

interface Row {
  set: string;
  n: number;
  blocked: number;
  read: { n: number; blocked: number };
  unread: { n: number; blocked: number };
}

/** The benign prompts of one released file (entries with a label other than 0 are skipped). */
function benignPrompts(path: string): string[] {
  const raw = readFileSync(path);
  if (raw.length > MAX_FILE_BYTES) throw new Error(`${path}: larger than ${MAX_FILE_BYTES} bytes`);
  const doc = JSON.parse(raw.toString('utf8')) as unknown;
  if (!Array.isArray(doc)) throw new Error(`${path}: expected a JSON array of {prompt, label?}`);
  const out: string[] = [];
  for (const entry of doc as Array<{ prompt?: unknown; label?: unknown }>) {
    if (typeof entry?.prompt !== 'string') continue;
    if (entry.label !== undefined && entry.label !== 0) continue;
    out.push(entry.prompt);
  }
  return out;
}

async function main(): Promise<void> {
  const root = process.argv[2];
  if (!root || root.startsWith('--')) {
    console.error('usage: npx tsx scripts/score-overdefense.ts PATH/TO/InjecGuard [--json]');
    process.exit(2);
  }
  const scorer = createScorer(false);
  const rows: Row[] = [];
  for (const set of SETS) {
    const row: Row = { set, n: 0, blocked: 0, read: { n: 0, blocked: 0 }, unread: { n: 0, blocked: 0 } };
    for (const text of benignPrompts(join(root, 'datasets', `${set}.json`))) {
      const hit = (await scorer.score(text)).flagged;
      const part = row[readHalf(text)];
      row.n++;
      part.n++;
      if (hit) {
        row.blocked++;
        part.blocked++;
      }
    }
    rows.push(row);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ sets: rows }));
    return;
  }
  const rate = (blocked: number, n: number) => (n === 0 ? '–' : `${(blocked / n).toFixed(3)} (${blocked}/${n})`);
  console.log('| set | benign | blocked | read half | unread half |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.set} | ${r.n} | ${rate(r.blocked, r.n)} | ${rate(r.read.blocked, r.read.n)} | ${rate(r.unread.blocked, r.unread.n)} |`);
}

await main();
