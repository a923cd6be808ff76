/**
 * `rampart redact` on a multi-GB JSONL file, through the real CLI (`bin/rampart`, the built dist/):
 * wall time, MB/s, peak RSS of the child process and RSS as the input is read (it must stay flat:
 * the command streams in constant memory), then checks that the output has one line per input
 * line and that none of a sample of the planted secrets and card numbers survived.
 *
 * The input is generated (seeded) into os.tmpdir() and deleted afterwards: mixed records with a
 * user object (name, e-mail, phone), a free-text field holding cards, SSNs, IBANs, API keys,
 * passwords and database URLs in prose, log and config styles, and look-alike numbers.
 *
 * Run: node --import tsx bench/redact-large.ts [GB=2] [--workers N] [--keep]
 * (`npm run bench -- redact-large` runs it at the default 2 GB; needs about 2 × GB free in tmpdir.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { base62, crc32 } from '../src/scanners/secrets/checksums.js';
import { mulberry32 } from './lib/random.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const GB = Number(args.find((a) => /^\d+(\.\d+)?$/.test(a)) ?? 2);
const workersArg = args.includes('--workers') ? args[args.indexOf('--workers') + 1] : undefined;
const keep = args.includes('--keep');
const FIELDS = 'text,notes,user.email,user.phone';
/** One record in SAMPLE_EVERY has its planted values remembered and looked for in the output. */
const SAMPLE_EVERY = 997;

// ---- seeded generator ----

const rand = mulberry32(20241126);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
const chars = (alphabet: string, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[int(alphabet.length)];
  return s;
};
const DIGITS = '0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function luhnComplete(prefix: string, length: number): string {
  let body = prefix + chars(DIGITS, length - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  body += String((10 - (sum % 10)) % 10);
  return body;
}

function ibanGB(): string {
  const bban = `${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${chars(DIGITS, 14)}`;
  const numeric = `${bban}GB00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return `GB${String(98 - rem).padStart(2, '0')}${bban}`;
}

/** A GitHub-format token with a valid checksum, so it is exactly what a leaked one looks like. */
function githubToken(): string {
  const body = chars(ALNUM, 30);
  return `ghp_${body}${base62(crc32(body), 6)}`;
}

interface Planted {
  kind: string;
  value: string;
}

const FIRST = ['Ana', 'Bo', 'Carl', 'Dana', 'Eve', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jun'];
const LAST = ['Silva', 'Meyer', 'Okafor', 'Tanaka', 'Novak', 'Haddad', 'Larsen', 'Rossi'];
const PROSE = [
  'The quarterly report shows revenue grew in most regions while costs stayed flat.',
  'Please review the attached draft and send comments before the meeting on Thursday.',
  'Our team shipped version 4.2.1 of the client, fixing 17 bugs reported since March.',
  'The customer asked whether the order could be delivered to the new office instead.',
];

/** A free-text field with zero to two planted values; the planted ones are pushed to `out`. */
function freeText(out: Planted[]): string {
  const parts = [pick(PROSE)];
  const n = int(3);
  for (let i = 0; i < n; i++) {
    const k = int(9);
    if (k === 0) {
      const digits = luhnComplete(pick(['4', '51', '52', '55', '2221']), 16);
      const card = rand() < 0.5 ? digits : digits.replace(/(\d{4})(?=\d)/g, '$1 ');
      out.push({ kind: 'card', value: card });
      parts.push(`Charge it to ${card} please.`);
    } else if (k === 1) {
      const t = githubToken();
      out.push({ kind: 'github', value: t });
      parts.push(`export GITHUB_TOKEN=${t}`);
    } else if (k === 2) {
      const t = `AKIA${chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
      out.push({ kind: 'aws', value: t });
      parts.push(`aws_access_key_id = ${t}`);
    } else if (k === 3) {
      const t = `sk_live_${chars(ALNUM, 24)}`;
      out.push({ kind: 'stripe', value: t });
      parts.push(`2024-05-01T12:00:00Z ERROR payment failed key=${t} status=401`);
    } else if (k === 4) {
      const pw = `${chars(ALNUM, 6)}-${chars(ALNUM, 6)}`;
      out.push({ kind: 'db-url', value: pw });
      parts.push(`DATABASE_URL=postgres://svc_app:${pw}@db-${int(9)}.internal:5432/app`);
    } else if (k === 5) {
      const pw = `${chars(ALNUM, 10)}!${int(100)}`;
      out.push({ kind: 'password', value: pw });
      parts.push(`password: "${pw}"`);
    } else if (k === 6) {
      parts.push(`SSN ${String(100 + int(500)).padStart(3, '0')}-${String(10 + int(89))}-${String(1000 + int(8999))}`);
    } else if (k === 7) {
      parts.push(`IBAN ${ibanGB()}`);
    } else {
      parts.push(`order #${chars(DIGITS, 9)}, ts=${1714560000000 + int(1e9)}, build v${int(9)}.${int(20)}.${int(9)}`);
    }
  }
  return parts.join(' ');
}

async function generate(file: string, bytes: number, samples: Map<number, Planted[]>): Promise<number> {
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let written = 0;
  let records = 0;
  let buf: string[] = [];
  let bufLen = 0;
  while (written < bytes) {
    const planted: Planted[] = [];
    const first = pick(FIRST);
    const last = pick(LAST);
    const rec = {
      id: records + 1,
      ts: new Date(1714560000000 + records * 1000).toISOString(),
      user: { name: `${first} ${last}`, email: `${first}.${last}${int(1000)}@example.com`.toLowerCase(), phone: `+1 415 555 ${String(int(10000)).padStart(4, '0')}` },
      text: freeText(planted),
      notes: rand() < 0.3 ? freeText(planted) : 'n/a',
      tags: [pick(['billing', 'support', 'sales']), pick(['p1', 'p2', 'p3'])],
      score: Math.round(rand() * 1000) / 1000,
    };
    if (records % SAMPLE_EVERY === 0 && planted.length > 0) samples.set(records, planted);
    const line = `${JSON.stringify(rec)}\n`;
    buf.push(line);
    bufLen += line.length;
    records++;
    if (bufLen >= 1 << 20) {
      const chunk = buf.join('');
      written += Buffer.byteLength(chunk);
      buf = [];
      bufLen = 0;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  if (buf.length > 0) out.write(buf.join(''));
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return records;
}

// ---- the CLI run ----

/** Rebuilds dist/ when a source file is newer than the built CLI (bin/rampart runs dist/cli/main.js). */
function ensureBuilt(): void {
  const built = join(root, 'dist/cli/main.js');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && statSync(join(dir, e.name)).mtimeMs > builtAt,
    );
  if (builtAt > 0 && !newer(join(root, 'src'))) return;
  process.stdout.write('dist/ is stale: npm run build\n');
  const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0 && !existsSync(built)) throw new Error('build failed and there is no dist/ to run');
  if (r.status !== 0) process.stdout.write('build reported errors; running the dist/ it emitted\n');
}

function procStatus(pid: number): { hwm: number; rss: number } | undefined {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(s)?.[1] ?? 0) * 1024;
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return undefined;
  }
}

/** User + system CPU seconds of all the process's threads so far (clock ticks are 1/100 s on Linux). */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

function bytesRead(pid: number): number {
  try {
    return Number(/^rchar: (\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

interface RunResult {
  seconds: number;
  peakRss: number;
  rssAt: Array<{ fraction: number; rss: number }>;
  cpuSeconds: number | undefined;
  exitCode: number | null;
  stderr: string;
}

async function runCli(input: string, output: string, report: string, inputBytes: number): Promise<RunResult> {
  const cliArgs = [join(root, 'bin/rampart'), 'redact', '--fields', FIELDS, input, '-o', output, '--report', report, '--no-progress'];
  if (workersArg) cliArgs.push('--workers', workersArg);
  const started = performance.now();
  const child = spawn(process.execPath, cliArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peakRss = 0;
  const rssAt: RunResult['rssAt'] = [];
  let nextQuarter = 0.25;
  let cpu: number | undefined;
  const poll = setInterval(() => {
    const st = procStatus(child.pid!);
    if (!st) return;
    cpu = cpuSeconds(child.pid!) ?? cpu;
    peakRss = Math.max(peakRss, st.hwm, st.rss);
    const fraction = bytesRead(child.pid!) / inputBytes;
    while (fraction >= nextQuarter && nextQuarter <= 1) {
      rssAt.push({ fraction: nextQuarter, rss: st.rss });
      nextQuarter += 0.25;
    }
  }, 100);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  return { seconds, peakRss, rssAt, cpuSeconds: cpu, exitCode, stderr };
}

// ---- verification ----

async function verify(output: string, samples: Map<number, Planted[]>): Promise<{ lines: number; checked: number; leaks: Map<string, number>; badJson: number }> {
  const leaks = new Map<string, number>();
  let lines = 0;
  let checked = 0;
  let badJson = 0;
  const rl = createInterface({ input: createReadStream(output, { highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  for await (const line of rl) {
    const planted = samples.get(lines);
    if (planted) {
      try {
        JSON.parse(line);
      } catch {
        badJson++;
      }
      for (const p of planted) {
        checked++;
        if (line.includes(p.value)) leaks.set(p.kind, (leaks.get(p.kind) ?? 0) + 1);
      }
    }
    lines++;
  }
  return { lines, checked, leaks, badJson };
}

// ---- main ----

const mb = (n: number) => (n / 1e6).toFixed(0);
const dir = mkdtempSync(join(tmpdir(), 'rampart-redact-large-'));
const input = join(dir, 'input.jsonl');
const output = join(dir, 'output.jsonl');
const reportFile = join(dir, 'report.json');
const cleanup = () => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  const target = Math.round(GB * 1e9);
  const fs = statfsSync(tmpdir());
  const free = fs.bavail * fs.bsize;
  if (free < target * 2.2) throw new Error(`${tmpdir()} has ${mb(free)} MB free; input and output need about ${mb(target * 2.2)} MB (pass a smaller size in GB)`);
  ensureBuilt();
  const samples = new Map<number, Planted[]>();
  const g0 = performance.now();
  const records = await generate(input, target, samples);
  const inputBytes = statSync(input).size;
  process.stdout.write(`generated ${mb(inputBytes)} MB, ${records} records in ${((performance.now() - g0) / 1000).toFixed(1)} s (${dir})\n`);

  const run = await runCli(input, output, reportFile, inputBytes);
  if (run.exitCode !== 0) throw new Error(`rampart redact exited with ${run.exitCode}: ${run.stderr.slice(0, 2000)}`);
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { records: number; redactedRecords: number; byType: Record<string, number>; badRecords: unknown[]; badRecordCount?: number; workers: number };
  const check = await verify(output, samples);

  const rows: Array<[string, string]> = [
    ['input', `${mb(inputBytes)} MB JSONL, ${records} records, fields ${FIELDS}`],
    ['workers', String(report.workers)],
    ['wall time', `${run.seconds.toFixed(1)} s`],
    ['throughput', `${(inputBytes / 1e6 / run.seconds).toFixed(1)} MB/s`],
    ['CPU time (all threads)', run.cpuSeconds === undefined ? 'n/a' : `${run.cpuSeconds.toFixed(1)} s = ${(run.cpuSeconds / run.seconds).toFixed(2)} cores busy on average`],
    ['peak RSS (VmHWM)', `${mb(run.peakRss)} MB`],
    ['RSS at 25/50/75/100 % read', run.rssAt.map((r) => `${mb(r.rss)}`).join(' / ') + ' MB'],
    ['output size', `${mb(statSync(output).size)} MB`],
    ['lines in / out', `${records} / ${check.lines}${records === check.lines ? '' : '  MISMATCH'}`],
    ['records redacted', `${report.redactedRecords} of ${report.records}; bad records ${report.badRecordCount ?? report.badRecords.length}`],
    ['spans by type', Object.entries(report.byType).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')],
    ['sampled planted values', `${check.checked} in ${samples.size} records; survived: ${check.leaks.size === 0 ? 'none' : [...check.leaks].map(([k, v]) => `${k} ${v}`).join(', ')}`],
    ['sampled lines not JSON', String(check.badJson)],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  process.stdout.write(`\nrampart redact, ${GB} GB (busy machines make wall time noisy)\n`);
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(w)}  ${v}\n`);
  const ok = records === check.lines && check.leaks.size === 0 && check.badJson === 0 && report.records === records;
  if (!ok) {
    process.stdout.write('FAILED: output lines, leaked values or report records do not match\n');
    process.exitCode = 1;
  }
} catch (err) {
  process.stderr.write(`redact-large: ${(err as Error).message}\n`);
  process.exitCode = 1;
} finally {
  cleanup();
}
