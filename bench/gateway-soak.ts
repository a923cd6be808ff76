/**
 * Gateway soak: `npm run bench -- gateway-soak` (builds dist/ first, which it measures).
 *
 * The reliability check of the gateway issue: BENCH_SOAK_SECONDS (default 60) of load at
 * BENCH_SOAK_CONCURRENCY (default 64) clients against Rampart with the built-in policy and the
 * SQLite audit log in sync mode, in front of the instant fake upstream. One request in
 * BENCH_SOAK_STREAM_EVERY (default 4) streams.
 * Every prompt is different (1 KB). Prints requests, failures by status, latency, CPU ms per
 * request, and the audit log's event count before and after, which must differ by exactly the
 * number of requests, with the hash chain intact (`GET /admin/audit/verify`). Exits 1 otherwise.
 */
import { Pool } from 'undici';
import { admin, cpuMs, newKey, start, stop } from './lib/gateway-procs.js';

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_SOAK_CONCURRENCY ?? 64);
/** Every STREAM_EVERY-th request streams (default 4; 1 = all, 0 = none). */
const STREAM_EVERY = Number(process.env.BENCH_SOAK_STREAM_EVERY ?? 4);

const TEXT = ('Please summarise the following notes from our weekly planning meeting. The team discussed the release schedule, '
  + 'the migration of the billing service, and the onboarding of two new engineers. ').repeat(6);
let n = 0;
const body = (stream: boolean) =>
  JSON.stringify({ model: 'bench-model', stream, messages: [{ role: 'system', content: 'You are a helpful assistant.' }, { role: 'user', content: `Request ${++n}. ${TEXT}`.slice(0, 1024) }] });

const upstream = await start(['upstream', '0']);
const gateway = await start(['rampart', `http://127.0.0.1:${upstream.port}/v1`, 'on']);
const key = await newKey(gateway.port);
const before = await admin<{ ok: boolean; events: number }>(gateway.port, 'GET', '/admin/audit/verify');

const pool = new Pool(`http://127.0.0.1:${gateway.port}`, { connections: CONCURRENCY });
const failures = new Map<string, number>();
const latencies: number[] = [];
let requests = 0;
const cpu0 = await cpuMs(gateway);
const end = performance.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < end) {
      const stream = STREAM_EVERY > 0 && requests % STREAM_EVERY === 0;
      requests++;
      const t = performance.now();
      try {
        const res = await pool.request({ path: '/v1/chat/completions', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: body(stream) });
        const text = await res.body.text();
        if (res.statusCode !== 200 || (stream && !text.includes('[DONE]'))) failures.set(String(res.statusCode), (failures.get(String(res.statusCode)) ?? 0) + 1);
        else latencies.push(performance.now() - t);
      } catch (err) {
        const name = (err as Error).name;
        failures.set(name, (failures.get(name) ?? 0) + 1);
      }
    }
  }),
);
const cpu1 = await cpuMs(gateway);
await pool.close();
const after = await admin<{ ok: boolean; events: number }>(gateway.port, 'GET', '/admin/audit/verify');
await stop(gateway);
await stop(upstream);

latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? NaN;
const failed = [...failures.values()].reduce((a, b) => a + b, 0);
const events = after.events - before.events;
console.log(`Gateway soak: ${SECONDS} s, ${CONCURRENCY} concurrent clients, 1 KB prompts, ${STREAM_EVERY > 0 ? `1 in ${STREAM_EVERY}` : 'none'} streamed, built-in policy, SQLite audit (sync)`);
console.log(`  requests ${requests} (${(requests / SECONDS).toFixed(0)}/s), failed ${failed}${failed ? ` ${JSON.stringify(Object.fromEntries(failures))}` : ''}`);
console.log(`  latency p50 ${pct(0.5).toFixed(2)} ms, p99 ${pct(0.99).toFixed(2)} ms; gateway CPU ${((cpu1 - cpu0) / requests).toFixed(3)} ms/request`);
console.log(`  audit events written ${events} for ${requests} requests; chain ${after.ok ? 'intact' : 'BROKEN'}`);
if (failed > 0 || events !== requests || !after.ok) process.exitCode = 1;
