/**
 * Evaluates the extraction detector (src/gateway/extraction.ts): a simulated extraction campaign
 * against replayed benign traffic, `npx tsx bench/gateway-extraction.ts`. Prints TPR and FPR per
 * threshold (flag / throttle / block) and per traffic class. Seeded, so runs repeat exactly.
 *
 * Benign traffic (prompts from ../shared/data/injection: alpaca_eval, self-instruct, gsm8k, t0):
 *   chat users        40-150 mixed prompts each, one every 1-5 minutes
 *   math service      100-300 gsm8k questions at about 20 per minute
 *   templated app     100-300 requests cycling over a few t0 templates' rows at 20/min (5 of 15 ask logprobs)
 * Extraction campaigns (slots filled with fragments of the same public prompts):
 *   enumeration+lp    150-300 template queries at 30/min asking for logprobs
 *   enumeration       the same without logprobs
 *   near-duplicates   probing one prompt with small edits, half with logprobs
 */
import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_EXTRACTION, ExtractionDetector, type ExtractionConfig } from '../src/gateway/extraction.js';
import { mulberry32 } from './lib/random.js';

const DATA = '../shared/data/injection';
if (!existsSync(DATA)) {
  console.log(`SKIP: ${DATA} is absent; the evaluation needs the benign prompt sets`);
  process.exit(0);
}
const load = (name: string) =>
  readFileSync(`${DATA}/${name}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; category?: string });
const alpaca = load('alpaca_eval_instructions').map((r) => r.text);
const selfinstruct = load('selfinstruct_seed_tasks').map((r) => r.text);
const gsm8k = load('gsm8k_test_questions').map((r) => r.text);
const t0 = load('t0_template_prompts');
const t0ByFamily = new Map<string, string[]>();
for (const r of t0) {
  const family = (r.category ?? '').split('_').slice(0, 2).join('_');
  t0ByFamily.set(family, [...(t0ByFamily.get(family) ?? []), r.text]);
}
const families = [...t0ByFamily.values()].filter((v) => v.length >= 8);

const rand = mulberry32(7);
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
const fragment = () => {
  const words = pick([...alpaca, ...gsm8k]).split(/\s+/);
  const start = between(0, Math.max(0, words.length - 4));
  return words.slice(start, start + between(3, 12)).join(' ');
};

interface Session {
  cls: string;
  attack: boolean;
  requests: Array<{ prompt: string; logprobs: boolean; at: number }>;
}

function session(cls: string, attack: boolean, n: number, gapMs: () => number, next: (i: number) => { prompt: string; logprobs: boolean }): Session {
  let at = between(0, 3_600_000);
  return { cls, attack, requests: Array.from({ length: n }, (_, i) => ({ ...next(i), at: (at += gapMs()) })) };
}

const TEMPLATES = [
  (x: string) => `Classify the sentiment of the following text as positive, negative or neutral.\nText: ${x}\nAnswer:`,
  (x: string) => `Translate the following sentence into German. Reply with the translation only.\n${x}`,
  (x: string) => `Is the following statement true or false? Answer with one word.\nStatement: ${x}`,
  (x: string) => `Rewrite the following text in formal English:\n${x}`,
];

const sessions: Session[] = [];
for (let k = 0; k < 30; k++) sessions.push(session('benign: chat user', false, between(40, 150), () => between(60_000, 300_000), () => ({ prompt: pick([...alpaca, ...selfinstruct, ...gsm8k]), logprobs: false })));
for (let k = 0; k < 15; k++) sessions.push(session('benign: math service', false, between(100, 300), () => between(1_000, 5_000), () => ({ prompt: pick(gsm8k), logprobs: false })));
for (let k = 0; k < 15; k++) {
  const rows = [pick(families), pick(families)].flat();
  const lp = k < 5;
  sessions.push(session('benign: templated app', false, between(100, 300), () => between(1_000, 5_000), () => ({ prompt: pick(rows), logprobs: lp })));
}
for (let k = 0; k < 15; k++) {
  const t = pick(TEMPLATES);
  sessions.push(session('attack: enumeration + logprobs', true, between(150, 300), () => between(500, 3_000), () => ({ prompt: t(fragment()), logprobs: true })));
}
for (let k = 0; k < 15; k++) {
  const t = pick(TEMPLATES);
  sessions.push(session('attack: enumeration', true, between(150, 300), () => between(500, 3_000), () => ({ prompt: t(fragment()), logprobs: false })));
}
for (let k = 0; k < 10; k++) {
  const base = pick(alpaca).split(/\s+/);
  const lp = k % 2 === 0;
  sessions.push(
    session('attack: near-duplicate probing', true, between(100, 200), () => between(500, 3_000), () => {
      const words = [...base];
      words[between(0, words.length - 1)] = pick(fragment().split(' '));
      return { prompt: words.join(' '), logprobs: lp };
    }),
  );
}

const config: ExtractionConfig = { ...DEFAULT_EXTRACTION, enabled: true, action: 'block' };
const order = ['allow', 'flag', 'throttle', 'block'];
const results = sessions.map((s, i) => {
  const d = new ExtractionDetector(config);
  let worst = 'allow';
  let firstAt = -1;
  s.requests.forEach((r, j) => {
    const v = d.observe(`k${i}`, r.prompt, r.logprobs, r.at);
    if (order.indexOf(v.action) > order.indexOf(worst)) worst = v.action;
    if (firstAt < 0 && v.action !== 'allow') firstAt = j + 1;
  });
  return { ...s, worst, firstAt };
});

const rate = (xs: typeof results, level: string) => xs.filter((r) => order.indexOf(r.worst) >= order.indexOf(level)).length / Math.max(1, xs.length);
const attacks = results.filter((r) => r.attack);
const benign = results.filter((r) => !r.attack);
console.log(`Extraction detector evaluation: ${attacks.length} attack sessions, ${benign.length} benign sessions (default thresholds: flag ${config.flagAt}, throttle ${config.throttleAt}, block ${config.blockAt})`);
console.log('| level | TPR | FPR |');
console.log('|---|---|---|');
for (const level of ['flag', 'throttle', 'block']) console.log(`| ${level} | ${(rate(attacks, level) * 100).toFixed(1)}% | ${(rate(benign, level) * 100).toFixed(1)}% |`);
console.log('\n| class | sessions | flagged+ | throttled+ | blocked | median requests to first flag |');
console.log('|---|---|---|---|---|---|');
for (const cls of [...new Set(results.map((r) => r.cls))]) {
  const xs = results.filter((r) => r.cls === cls);
  const firsts = xs.map((r) => r.firstAt).filter((n) => n > 0).sort((a, b) => a - b);
  console.log(`| ${cls} | ${xs.length} | ${xs.filter((r) => r.worst !== 'allow').length} | ${xs.filter((r) => order.indexOf(r.worst) >= 2).length} | ${xs.filter((r) => r.worst === 'block').length} | ${firsts.length ? firsts[Math.floor(firsts.length / 2)] : '-'} |`);
}
