/**
 * Prompt-extraction recall on two public attack sets, with the `injection` scanner as
 * `rampart eval injection` runs it (default policy, default layers). Measurement only: nothing here
 * trains, and no data is copied into this repository.
 *
 * - Raccoon (github.com/M0gician/RaccoonBench, GPL-3.0): `Data/attacks/<group>/<category>/prompt*`,
 *   one extraction attack a file, 20 categories (plain requests, context ignoring, payload
 *   splitting, translation, few-shot, ...), single and compound. Split in two halves by category
 *   (scripts/read-half.ts): rules may be written from the read half's misses only; the unread
 *   half measures whether they carry.
 * - Salesforce prompt-leakage (github.com/salesforce/prompt-leakage, Apache-2.0):
 *   `prompts/attack_vectors/*.txt`, one attack a line. All of it was read in session 16, so its figure
 *   is in-sample for any rule written since.
 *
 *   npx tsx scripts/score-extraction.ts [--raccoon PATH] [--leakage PATH] [--misses read]
 *
 * `--misses read` lists the missed prompts of Raccoon's read half (never the unread half's).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createScorer } from '../src/cli/eval-injection.js';
import { readHalf, type Half } from './read-half.js';

/** One attack prompt is a few KB at most; anything larger is not one of the released files. */
const MAX_PROMPT_BYTES = 256 * 1024;

interface Attack {
  set: 'raccoon' | 'leakage';
  /** The unit of the read/unread split: Raccoon's attack category, or the leakage file. */
  group: string;
  text: string;
}

function readSmall(path: string): string {
  if (statSync(path).size > MAX_PROMPT_BYTES) throw new Error(`${path}: larger than ${MAX_PROMPT_BYTES} bytes`);
  return readFileSync(path, 'utf8');
}

function raccoonAttacks(root: string): Attack[] {
  const base = join(root, 'Data', 'attacks');
  const out: Attack[] = [];
  for (const kind of readdirSync(base).sort()) {
    for (const category of readdirSync(join(base, kind)).sort()) {
      const dir = join(base, kind, category);
      for (const file of readdirSync(dir).sort()) {
        if (!file.startsWith('prompt')) continue;
        const text = readSmall(join(dir, file)).trim();
        if (text.length > 0) out.push({ set: 'raccoon', group: category, text });
      }
    }
  }
  return out;
}

function leakageAttacks(root: string): Attack[] {
  const dir = join(root, 'prompts', 'attack_vectors');
  const out: Attack[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    for (const line of readSmall(join(dir, file)).split('\n')) {
      if (line.trim().length > 0) out.push({ set: 'leakage', group: file, text: line.trim() });
    }
  }
  return out;
}

function argAfter(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const raccoon = argAfter('--raccoon');
  const leakage = argAfter('--leakage');
  if (!raccoon && !leakage) {
    console.error('usage: npx tsx scripts/score-extraction.ts [--raccoon PATH] [--leakage PATH] [--misses read]');
    process.exit(2);
  }
  const attacks = [...(raccoon ? raccoonAttacks(raccoon) : []), ...(leakage ? leakageAttacks(leakage) : [])];
  const showMisses = argAfter('--misses') === 'read';
  const scorer = createScorer(false);
  const tally = new Map<string, { n: number; caught: number }>();
  const count = (key: string, caught: boolean) => {
    const t = tally.get(key) ?? { n: 0, caught: 0 };
    t.n++;
    if (caught) t.caught++;
    tally.set(key, t);
  };
  for (const a of attacks) {
    const caught = (await scorer.score(a.text)).flagged;
    const half: Half = readHalf(a.group);
    count(a.set, caught);
    if (a.set === 'raccoon') count(`raccoon ${half}`, caught);
    if (showMisses && !caught && a.set === 'raccoon' && half === 'read') console.log(`--- missed (${a.group})\n${a.text}\n`);
  }
  console.log('| set | attacks | caught |');
  console.log('|---|---:|---:|');
  for (const [key, t] of tally) console.log(`| ${key} | ${t.n} | ${(t.caught / t.n).toFixed(3)} (${t.caught}/${t.n}) |`);
}

await main();
