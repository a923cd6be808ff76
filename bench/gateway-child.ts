/**
 * One process of the gateway benchmark: `upstream` (fake LLM), `bare` (node:http pass-through
 * proxy, the floor) or `rampart` (the real gateway, guards on or off, from the built dist/ — what
 * `rampart serve` runs; `npm run bench:gateway` builds first). Prints `{"port": n}` once
 * listening and answers the IPC message "cpu" with its process.cpuUsage(), so the driver can charge
 * CPU time to exactly this process.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';

const [kind, arg1, arg2] = process.argv.slice(2);

// Exit cleanly on SIGTERM so `--cpu-prof` can write its profile.
process.on('SIGTERM', () => process.exit(0));
process.on('message', (m) => {
  if (m !== 'cpu') return;
  process.send?.({ cpu: process.cpuUsage() });
  if (process.env.BENCH_CPU_PROFILE) toggleProfile(process.env.BENCH_CPU_PROFILE);
  if (process.env.BENCH_GC_STATS) reportGc();
});

/**
 * With BENCH_GC_STATS=1, each "cpu" message also writes to stderr the garbage collections since the
 * previous one, by kind (count and main-thread pause ms): the guard's allocations show up here and
 * in V8's helper threads, not in a CPU profile of the main thread.
 */
const gcKinds = new Map<number, { n: number; ms: number }>();
if (process.env.BENCH_GC_STATS) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0;
      const k = gcKinds.get(kind) ?? { n: 0, ms: 0 };
      k.n++;
      k.ms += e.duration;
      gcKinds.set(kind, k);
    }
  }).observe({ entryTypes: ['gc'] });
}
function reportGc(): void {
  const names: Record<number, string> = {
    [perfConstants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
    [perfConstants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
    [perfConstants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
    [perfConstants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
  };
  const parts = [...gcKinds].map(([kind, { n, ms }]) => `${names[kind] ?? kind}: ${n} (${ms.toFixed(0)} ms)`);
  process.stderr.write(`gc since last report: ${parts.join(', ') || 'none'}\n`);
  gcKinds.clear();
}

/**
 * With BENCH_CPU_PROFILE=<file>, the span between the first and the second "cpu" message (the
 * measured load, without start-up and warm-up) is written as a V8 CPU profile.
 */
let profiler: import('node:inspector').Session | undefined;
function toggleProfile(file: string): void {
  if (!profiler) {
    profiler = new inspector.Session();
    profiler.connect();
    profiler.post('Profiler.enable', () => profiler!.post('Profiler.start'));
    return;
  }
  profiler.post('Profiler.stop', (err, res) => {
    if (!err) writeFileSync(file, JSON.stringify(res.profile));
  });
}

function ready(server: http.Server | { address(): AddressInfo | string | null }): void {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
}

const ANSWER = 'This is a short benchmark answer from the fake upstream model, about two hundred characters long, so that the streaming path has a realistic number of chunks to relay and check.';

if (kind === 'upstream') {
  const delayMs = Number(arg1 ?? 0);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { stream?: boolean; model?: string };
      const respond = () => {
        if (body.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          const base = { id: 'c', object: 'chat.completion.chunk', created: 1, model: body.model };
          res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] })}\n\n`);
          const pieces = ANSWER.match(/.{1,10}/g) ?? [];
          let i = 0;
          const next = () => {
            if (i < pieces.length) {
              res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: { content: pieces[i++] }, finish_reason: null }] })}\n\n`);
              setImmediate(next);
            } else {
              res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
              res.end('data: [DONE]\n\n');
            }
          };
          next();
          return;
        }
        const text = JSON.stringify({
          id: 'c', object: 'chat.completion', created: 1, model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: ANSWER }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 250, completion_tokens: 40, total_tokens: 290 },
        });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (delayMs > 0) setTimeout(respond, delayMs);
      else respond();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => ready(server));
} else if (kind === 'bare') {
  const target = new URL(arg1!);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const server = http.createServer((req, res) => {
    const up = http.request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { 'content-type': 'application/json' }, agent },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => ready(server));
} else if (kind === 'rampart') {
  const { createGateway } = await import('../dist/gateway/app.js');
  const { validateGatewayConfig } = await import('../dist/gateway/config.js');
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
  const config = validateGatewayConfig({
    upstreams: { up: { baseUrl: arg1 } },
    routes: [{ model: '*', upstream: 'up' }],
    guards: arg2 !== 'off',
    // BENCH_AUDIT_MODE=async measures what waiting for durable audit events costs (default: sync, as shipped).
    // BENCH_AUDIT_COMMIT_INTERVAL_MS sets audit.commitIntervalMs (default as shipped).
    audit: {
      sqlite: join(dir, 'bench.db'),
      mode: process.env.BENCH_AUDIT_MODE === 'async' ? 'async' : 'sync',
      ...(process.env.BENCH_AUDIT_COMMIT_INTERVAL_MS ? { commitIntervalMs: Number(process.env.BENCH_AUDIT_COMMIT_INTERVAL_MS) } : {}),
    },
    server: { adminToken: 'bench-admin-token-0123456789' },
  });
  const gw = await createGateway({ config });
  for (const w of gw.warnings) process.stderr.write(`warning: ${w}\n`);
  await gw.app.listen({ port: 0, host: '127.0.0.1' });
  ready(gw.app.server);
} else {
  process.stderr.write('usage: gateway-child upstream [delayMs] | bare <upstreamBase> | rampart <upstreamBase> on|off\n');
  process.exit(2);
}
