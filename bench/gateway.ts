/**
 * Gateway benchmark: `npm run bench:gateway`.
 *
 * Starts a fake upstream (instant, and 100 ms delay) and, each in its own process, a bare node:http
 * pass-through proxy (the floor), Rampart with guards off, and Rampart with the built-in policy.
 * Drives load on loopback with 1 KB prompts and prints req/s, p50/p99 latency, CPU ms per request
 * (the proxy process's CPU time ÷ requests) and, for streams, time to first byte and to first text.
 *
 * Inputs: BENCH_SECONDS (default 4) per scenario, BENCH_CONCURRENCY (default 16), BENCH_STREAMS
 * (default 100 sequential streaming requests per target, measured after BENCH_STREAM_WARM_UP,
 * default 100, unmeasured ones), BENCH_WARM_UP_SECONDS (default 10) of unmeasured load before each
 * row.
 *
 * Why a 10 s warm-up: V8 keeps compiling the gateway's hot code with TurboFan, on its helper
 * threads, for several seconds under load. With half a second of warm-up that compilation was
 * charged to the measured requests (about 70 µs each, and slower code meanwhile); a gateway runs
 * for days, so the steady state is the figure that matters. Every target gets the same warm-up.
 */
import { cpus, loadavg } from 'node:os';
import { Pool } from 'undici';
import { cpuMs, newKey, start, stop } from './lib/gateway-procs.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 100);
const STREAM_WARM_UP = Number(process.env.BENCH_STREAM_WARM_UP ?? 100);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 10);

/**
 * Every request carries a different 1 KB prompt (a request number goes in front):
 * the guard reuses findings for texts it has seen (conversation history), and one prompt sent over
 * and over would measure that cache, not the scanners.
 */
let requestNumber = 0;
const prompt = () => `Request ${++requestNumber}. ${PROMPT}`.slice(0, PROMPT.length);
const PROMPT = ('Please summarise the following notes from our weekly planning meeting. The team discussed the release schedule, '
  + 'the migration of the billing service, and the onboarding of two new engineers. ').repeat(6).slice(0, 1024);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function load(port: number, headers: Record<string, string>, seconds: number): Promise<{ n: number; errors: number; latencies: number[] }> {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: CONCURRENCY });
  const body = () => JSON.stringify({ model: 'bench-model', messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: prompt() }], max_tokens: 100 });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body() });
          await res.body.text();
          if (res.statusCode !== 200) errors++;
          else latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  await pool.close();
  return { n: latencies.length + errors, errors, latencies: latencies.sort((a, b) => a - b) };
}

async function streams(port: number, headers: Record<string, string>, n: number, warmUp = STREAM_WARM_UP): Promise<{ firstByte: number[]; firstText: number[]; errors: number }> {
  // The streaming path has code of its own: warm it up as the load warms up the buffered path, so
  // the figures are the steady state of a running gateway, not the JIT compiling the relay.
  if (warmUp > 0) await streams(port, headers, warmUp, 0);
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 1 });
  const body = () => JSON.stringify({ model: 'bench-model', stream: true, messages: [{ role: 'user', content: prompt() }] });
  const firstByte: number[] = [];
  const firstText: number[] = [];
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body() });
    let seen = '';
    let gotByte = false;
    let gotText = false;
    for await (const chunk of res.body) {
      const now = performance.now();
      if (!gotByte) {
        firstByte.push(now - t);
        gotByte = true;
      }
      seen += chunk.toString();
      if (!gotText && seen.includes('"content":"T')) {
        firstText.push(now - t);
        gotText = true;
      }
    }
    if (res.statusCode !== 200 || !seen.includes('[DONE]')) errors++;
  }
  await pool.close();
  return { firstByte: firstByte.sort((a, b) => a - b), firstText: firstText.sort((a, b) => a - b), errors };
}

const rows: string[][] = [];
const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');

for (const delay of [0, 100]) {
  const upstream = await start(['upstream', String(delay)]);
  const base = `http://127.0.0.1:${upstream.port}/v1`;
  const targets: Array<{ name: string; args?: string[] }> = [
    { name: 'direct (no proxy)' },
    { name: 'bare node:http proxy', args: ['bare', base] },
    { name: 'rampart, guards off', args: ['rampart', base, 'off'] },
    { name: 'rampart, default policy', args: ['rampart', base, 'on'] },
  ];
  for (const target of targets) {
    const proxy = target.args ? await start(target.args) : undefined;
    const port = proxy?.port ?? upstream.port;
    const headers: Record<string, string> = target.args?.[0] === 'rampart' ? { authorization: `Bearer ${await newKey(port)}` } : {};
    await load(port, headers, WARM_UP_SECONDS); // warm-up: JIT, connection pools, SQLite pages
    const measured = proxy ?? upstream;
    const cpu0 = await cpuMs(measured);
    const r = await load(port, headers, SECONDS);
    const cpu1 = await cpuMs(measured);
    const s = delay === 0 ? await streams(port, headers, STREAMS) : undefined;
    rows.push([
      `${delay} ms`,
      target.name,
      f(r.n / SECONDS, 0),
      f(pct(r.latencies, 0.5)),
      f(pct(r.latencies, 0.99)),
      f((cpu1 - cpu0) / Math.max(1, r.n), 3) + (proxy ? '' : ' (upstream)'),
      String(r.errors),
      s ? f(pct(s.firstByte, 0.5)) : '',
      s ? f(pct(s.firstText, 0.5)) : '',
      s ? String(s.errors) : '',
    ]);
    process.stderr.write(`done: ${delay} ms ${target.name}\n`);
    if (proxy) await stop(proxy);
  }
  await stop(upstream);
}

const header = ['upstream', 'target', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'errors', 'stream TTFB p50', 'first text p50', 'stream errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(`\nGateway benchmark: ${SECONDS} s per row after ${WARM_UP_SECONDS} s of warm-up, ${CONCURRENCY} concurrent, 1 KB prompt, ${STREAMS} sequential streams after ${STREAM_WARM_UP} unmeasured (instant upstream only), SQLite audit in sync mode.`);
// CPU ms per request grows when other processes compete for the cores: read the table against this line.
console.log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run.`);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

// The targets, read off the instant-upstream rows of this run.
const row = (name: string) => rows.find((r) => r[0] === '0 ms' && r[1] === name);
const bare = row('bare node:http proxy');
const guarded = row('rampart, default policy');
if (bare && guarded) {
  const cpu = (r: string[]) => Number.parseFloat(r[5]!);
  const ttfb = (r: string[]) => Number.parseFloat(r[7]!);
  console.log(
    `\nTargets: default policy ${cpu(guarded).toFixed(3)} ms CPU per request, ${(cpu(guarded) / cpu(bare)).toFixed(1)}× the bare proxy (target ≤ 0.3 ms, ≤ 2.5×); ` +
      `stream first-byte overhead ${(ttfb(guarded) - ttfb(bare)).toFixed(2)} ms at p50 (target ≤ 1 ms).`,
  );
}
