import { readFileSync } from 'node:fs';
import { createScorer } from '../src/cli/eval-injection.js';
const rows = readFileSync('/tmp/s27/bipia-all.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const scorer = createScorer(false);
const t = new Map<string, [number, number]>();
const show = process.argv[2];
for (const r of rows) {
  const f = (await scorer.score(r.text)).flagged;
  const k = `${r.half} ${r.task} ${r.position}`;
  const v = t.get(k) ?? [0, 0]; v[0] += f ? 1 : 0; v[1]++; t.set(k, v);
  if (show && r.half === 'read' && !f && `${r.task} ${r.position}`.includes(show)) console.log('---', k, '\n' + r.text.slice(0, 900));
}
for (const [k, v] of [...t].sort()) console.log(k.padEnd(24), `${v[0]}/${v[1]}`);
