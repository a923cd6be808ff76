/**
 * Agent firewall overhead per tools/call (issue 7 targets: ≤ 0.2 ms at p50, ≤ 1 ms at p99).
 *
 * Inputs: the example configuration (examples/mcp-firewall/rampart.yaml, its Cedar policies),
 * a `read_file({path: "/data/reports/q1.txt"})` call that is allowed, a 60-character result.
 * The database is a SQLite file in a temp directory (WAL), audit events go to its hash-chained table.
 *
 * Printed rows:
 * 1. cedar            ToolPolicy.evaluate alone (pre-parsed policy set).
 * 2. firewall         authorize() + inspectResult() with result scanning off: the firewall's own
 *                     work per call (schema checks, facts, Cedar, taints, audit append to the
 *                     shared log, which commits on its worker thread as in `rampart mcp`).
 * 3. firewall+scan    the same with the tool-direction scanners (injection, unicode) on the result.
 * 4. mcp direct       SDK client → SDK server over in-memory transports (no firewall).
 * 5. mcp via proxy    SDK client → rampart proxy → SDK server; the difference to row 4 is what the
 *                     proxy adds per tools/call, including the extra JSON-RPC hop.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { createToolFirewall } from '../src/agent/firewall.js';
import { createMcpProxy } from '../src/agent/mcp-proxy.js';
import { ToolPolicy } from '../src/agent/tool-policy.js';
import { loadFirewallConfig, configPath } from '../src/agent/config.js';
import { auditLogSink } from '../src/agent/audit-adapter.js';
import { openAuditLog } from '../src/audit/index.js';

const CONFIG = resolve('examples/mcp-firewall/rampart.yaml');
const WARMUP = 500;
const RUNS = 5000;
const RESULT = 'contents of /data/reports/q1.txt: revenue grew 12% in Q1.';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(name: string, runs: number, fn: () => unknown): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < Math.min(WARMUP, runs); i++) await fn();
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  // CPU time per call (user + system, all threads) does not count time spent waiting for a core,
  // so it stays meaningful on a loaded machine where wall-clock p99 mostly measures the scheduler.
  const cpuPerCall = (cpu.user + cpu.system) / runs;
  process.stdout.write(
    `${name.padEnd(16)} p50 ${(p50 * 1000).toFixed(1).padStart(8)} µs   p99 ${(p99 * 1000).toFixed(1).padStart(8)} µs   cpu/call ${cpuPerCall.toFixed(1).padStart(7)} µs   (${runs} calls)\n`,
  );
  return { p50, p99 };
}

function makeServer(): McpServer {
  const server = new McpServer({ name: 'bench-server', version: '1.0.0' });
  server.registerTool('read_file', { description: 'Reads a text file and returns its contents.', inputSchema: { path: z.string() } }, async () => ({
    content: [{ type: 'text', text: RESULT }],
  }));
  return server;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-agent-'));
  try {
    const config = loadFirewallConfig(CONFIG);
    const policy = ToolPolicy.fromFiles(config.policies.map((p) => configPath(config, p)));
    const hints = { destructive: false, readOnly: true, idempotent: true, openWorld: false };
    await measure('cedar', RUNS, () =>
      policy.evaluate({
        principal: { kind: 'agent', id: 'bench' },
        tool: 'read_file',
        server: 'bench',
        irreversible: false,
        hints,
        tags: { path: '/data/reports/q1.txt' },
        session: 's',
        taints: new Set(),
      }),
    );

    // As in `rampart mcp`: audit events go to the shared hash-chained log, whose SQLite store
    // commits on a worker thread; the call does not wait for the commit.
    const auditLog = await openAuditLog({ sqlitePath: join(dir, 'audit.db') });
    const audit = auditLogSink(auditLog);
    const noScan = createToolFirewall({ config: { ...config, scan: { ...config.scan, results: 'marked' } }, db: join(dir, 'a.db'), audit });
    const session = noScan.session();
    const definition = { name: 'read_file', inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } };
    const fw = await measure('firewall', RUNS, async () => {
      const call = { tool: 'read_file', args: { path: '/data/reports/q1.txt' }, session, definition };
      const d = await noScan.authorize(call);
      if (d.outcome !== 'allow') throw new Error('bench call was not allowed');
      await noScan.inspectResult(call, [RESULT]);
    });
    noScan.close();

    const withScan = createToolFirewall({ config, db: join(dir, 'b.db'), audit });
    const session2 = withScan.session();
    await measure('firewall+scan', RUNS, async () => {
      const call = { tool: 'read_file', args: { path: '/data/reports/q1.txt' }, session: session2, definition };
      await withScan.authorize(call);
      const v = await withScan.inspectResult(call, [RESULT]);
      if (v.action !== 'pass') throw new Error('bench result was not passed');
    });
    withScan.close();

    // Direct: client ↔ server.
    const [c1, s1] = InMemoryTransport.createLinkedPair();
    const direct = makeServer();
    await direct.connect(s1);
    const directClient = new Client({ name: 'bench', version: '1' });
    await directClient.connect(c1);
    const runsMcp = 2000;
    const d = await measure('mcp direct', runsMcp, () => directClient.callTool({ name: 'read_file', arguments: { path: '/data/reports/q1.txt' } }));
    await directClient.close();

    // Through the proxy: client ↔ proxy ↔ server, result scanning off (as row 2).
    const [c2, s2] = InMemoryTransport.createLinkedPair();
    const downstream = makeServer();
    await downstream.connect(s2);
    const proxyFirewall = createToolFirewall({ config: { ...config, scan: { ...config.scan, results: 'marked' } }, db: join(dir, 'c.db'), audit });
    const proxy = await createMcpProxy({ firewall: proxyFirewall, downstream: { transport: c2 } });
    const [c3, s3] = InMemoryTransport.createLinkedPair();
    await proxy.serve(s3);
    const proxiedClient = new Client({ name: 'bench', version: '1' });
    await proxiedClient.connect(c3);
    await proxiedClient.listTools();
    const p = await measure('mcp via proxy', runsMcp, async () => {
      const r = await proxiedClient.callTool({ name: 'read_file', arguments: { path: '/data/reports/q1.txt' } });
      if (r.isError) throw new Error('bench call refused by the proxy');
    });
    await proxiedClient.close();
    await proxy.close();
    proxyFirewall.close();
    const stats = auditLog.stats();
    await auditLog.close();
    process.stdout.write(`audit events written ${stats.appended}, failed ${stats.failed}, dropped ${stats.dropped}\n`);

    process.stdout.write(
      `\nload average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores\n` +
        `proxy adds p50 ${((p.p50 - d.p50) * 1000).toFixed(1)} µs, p99 ${((p.p99 - d.p99) * 1000).toFixed(1)} µs per tools/call over the direct SDK path\n` +
        `firewall overhead per tools/call: p50 ${(fw.p50 * 1000).toFixed(1)} µs (target ≤ 200), p99 ${(fw.p99 * 1000).toFixed(1)} µs (target ≤ 1000)\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
