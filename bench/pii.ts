/**
 * PII + secrets throughput on one core, on generated mixed text: prose, log lines, JSON records and
 * CSV rows, with about one PII value or credential every 400 bytes (cards, IBANs, SSNs, e-mails,
 * phones, IPs, keys) and plenty of look-alike numbers (order ids, timestamps, versions).
 * Prints MB/s for the structured types (pii without the entity layer, plus secrets) and with the
 * PERSON/ADDRESS/LOCATION/ORGANIZATION layer on, each beside two floors measured on the same text in
 * the same process: one pass of a simple regular expression and one `indexOf` pass. On a shared
 * machine the floors move with the load; compare a line with them, not with another day's run.
 *
 * Each line is the best of PASSES passes (default 3) after one warm-up pass over the whole text, so
 * JIT warm-up and the phone-number cache are not counted; MB/CPU-s counts this process's CPU time.
 *
 * Run: npm run bench -- pii   (or: node --import tsx bench/pii.ts [MB] [PASSES])
 */
import { detectPii } from '../src/scanners/pii/index.js';
import { detectSecrets } from '../src/scanners/secrets/detect.js';
import { mixedText, recordsOf } from './lib/mixed-text.js';

const MB = Number(process.argv[2] ?? 8);
const PASSES = Number(process.argv[3] ?? 3);

const text = mixedText(MB * 1e6);
const chunks = recordsOf(text);

function run(name: string, fn: (s: string) => number): void {
  for (const c of chunks) fn(c); // warm-up: JIT, phone metadata, regex compilation
  let bestMs = Infinity;
  let bestCpuS = Infinity;
  let found = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    found = 0;
    for (const c of chunks) found += fn(c);
    bestMs = Math.min(bestMs, performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    bestCpuS = Math.min(bestCpuS, (cpu.user + cpu.system) / 1e6);
  }
  const bytes = Buffer.byteLength(text);
  console.log(`${name.padEnd(44)} ${(bytes / 1e6 / (bestMs / 1000)).toFixed(1).padStart(7)} MB/s wall  ${(bytes / 1e6 / bestCpuS).toFixed(1).padStart(7)} MB/CPU-s  ${found} findings`);
}

/** Floor: what one pass of a simple expression costs on the same records (runs of digit groups). */
const FLOOR_PATTERN = /\d+(?:[ ./()+-]{1,2}\d+)*/g;
function floorRegex(s: string): number {
  FLOOR_PATTERN.lastIndex = 0;
  let n = 0;
  while (FLOOR_PATTERN.exec(s) !== null) n++;
  return n;
}

/** Floor: one `indexOf` pass for a character (every `@`). */
function floorIndexOf(s: string): number {
  let n = 0;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) n++;
  return n;
}

console.log(`${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB mixed text (prose, logs, JSON, CSV) in 4 KiB records, one core, best of ${PASSES} passes`);
run('floor: one regex pass (digit runs)', floorRegex);
run('floor: one indexOf pass (@)', floorIndexOf);
run('secrets', (s) => detectSecrets(s).length);
run('pii structured', (s) => detectPii(s, { entities: false }).length);
run('pii structured + secrets', (s) => detectPii(s, { entities: false }).length + detectSecrets(s).length);
run('pii with entity layer + secrets', (s) => detectPii(s, { entities: true }).length + detectSecrets(s).length);
