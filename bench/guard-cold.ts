/**
 * Guard cost with warm and with cold CPU caches: `npx tsx bench/guard-cold.ts`.
 *
 * In a gateway whose upstream takes a second to answer, requests arrive far apart and the guard's
 * code and tables have left the caches by the next one; a tight loop over one text measures the
 * opposite. Input: a 1 KB English prompt (a request number in front, so the scan cache never
 * answers) checked by the built-in policy, per scanner alone and all together; "cold" reads 64 MB
 * of unrelated memory before each check. Prints CPU µs per check (process.cpuUsage around each
 * check only), one core.
 */
import { createGuard, defaultPolicy } from '../src/index.js';

const PROMPT = ('Please summarise the following notes from our weekly planning meeting. The team discussed the release schedule, '
  + 'the migration of the billing service, and the onboarding of two new engineers. ').repeat(6).slice(0, 1024);
const CHECKS = Number(process.env.BENCH_CHECKS ?? 300);
const trash = new Uint8Array(64 * 1024 * 1024);
let request = 0;
let sink = 0;
type Scanners = ReturnType<typeof defaultPolicy>['input']['scanners'];
const messages = () => [{ role: 'user', content: `Request ${++request}. ${PROMPT}`.slice(0, 1024) }];

async function measure(scanners: Scanners, cold: boolean): Promise<number> {
  const guard = createGuard({ version: 1, input: { scanners } });
  for (let i = 0; i < 1500; i++) await guard.checkInput(messages()); // JIT and lazily built tables
  let micros = 0;
  for (let i = 0; i < CHECKS; i++) {
    if (cold) for (let j = 0; j < trash.length; j += 64) sink += trash[j]!++;
    const before = process.cpuUsage();
    await guard.checkInput(messages());
    const used = process.cpuUsage(before);
    micros += used.user + used.system;
  }
  return micros / CHECKS;
}

const policy = defaultPolicy().input.scanners;
const rows: Array<[string, Scanners]> = [
  ['no scanner (the guard itself)', {}],
  ...Object.keys(policy).map((id): [string, Scanners] => [id, { [id]: policy[id]! }]),
  ['built-in input policy', policy],
];
console.log(`Guard input check of a 1 KB prompt, CPU µs per check (${CHECKS} checks per cell; cold = 64 MB read before each check)`);
for (const [name, scanners] of rows) {
  const warm = await measure(scanners, false);
  const cold = await measure(scanners, true);
  console.log(`  ${name.padEnd(30)} warm ${warm.toFixed(1).padStart(7)}   cold ${cold.toFixed(1).padStart(7)}`);
}
if (sink < 0) console.log(sink);
