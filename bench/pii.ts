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
import { mulberry32 } from './lib/random.js';

const MB = Number(process.argv[2] ?? 8);
const PASSES = Number(process.argv[3] ?? 3);

const rand = mulberry32(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

const PROSE = [
  'The quarterly report shows revenue grew in most regions while costs stayed flat.',
  'Please review the attached draft and send comments before the meeting on Thursday.',
  'Our team shipped version 4.2.1 of the client, fixing 17 bugs reported since March.',
  'The customer asked whether the order could be delivered to the new office instead.',
  'In 2023 we processed 1,250,000 requests per day with a median latency of 45 ms.',
];
const PII = [
  () => `card 4111 1111 1111 1111`,
  () => `IBAN GB82 WEST 1234 5698 7654 32`,
  () => `SSN 078-05-1121`,
  () => `mail ${pick(['ana', 'bo', 'carl'])}.${digits(3)}@example.com`,
  () => `call +1 415 555 ${digits(4)}`,
  () => `from 10.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}`,
  () => `token ghp_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'}`,
  () => `api_key="${digits(8)}Xq7Rt2Lp9Zk4Wm1Nb6Vc3"`,
];
const LOOKALIKES = () => pick([`order #${digits(9)}`, `ts=${Date.UTC(2024, 0, 1) + Math.floor(rand() * 1e9)}`, `v${digits(1)}.${digits(2)}.${digits(1)}`, `id ${digits(12)}`, `sha ${digits(20)}`]);

function generate(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const kind = rand();
    let s: string;
    if (kind < 0.4) s = `${pick(PROSE)} ${rand() < 0.3 ? pick(PII)() : ''} ${pick(PROSE)}`;
    else if (kind < 0.65) s = `2024-05-0${1 + Math.floor(rand() * 9)}T12:${digits(2)}:${digits(2)}Z INFO req=${digits(8)} user=u${digits(5)} ${rand() < 0.3 ? pick(PII)() : LOOKALIKES()} status=200`;
    else if (kind < 0.85) s = JSON.stringify({ id: Number(digits(7)), note: `${pick(PROSE)} ${rand() < 0.3 ? pick(PII)() : LOOKALIKES()}`, amount: Number(digits(4)) / 100 });
    else s = `${digits(6)},${pick(['Ana', 'Bo', 'Carl'])},${rand() < 0.3 ? pick(PII)() : LOOKALIKES()},${digits(3)}`;
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join('\n');
}

const text = generate(MB * 1e6);
const chunks: string[] = [];
for (let i = 0; i < text.length; i += 4096) {
  const nl = text.indexOf('\n', i + 4096);
  chunks.push(text.slice(i, nl < 0 ? text.length : nl));
  i = nl < 0 ? text.length : nl - 4096 + 1;
}

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
