import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAgentDatabase } from '../../src/agent/db.js';
import { EXAMPLE_CONFIG, tempDir } from './helpers.js';

/**
 * The scenarios end to end: the SDK client talks to `node bin/rampart mcp`, which runs
 * the example configuration in front of a real SDK server (fixtures/server.mjs), with a real
 * SQLite database shared with `rampart approvals` and the approvals API. Needs `npm run build`.
 */
const run = promisify(execFile);
const BIN = resolve('bin/rampart');
const FIXTURE = resolve('test/agent/fixtures/server.mjs');
const ADMIN_TOKEN = 'test-admin-token-0123456789';
const LONG = { timeout: 280_000 };

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  if (!existsSync(resolve('dist/cli/mcp.js'))) throw new Error('dist/ is not built: run `npm run build` before these tests');
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup?.());

interface Session {
  client: Client;
  callLog: string;
  close: () => Promise<void>;
}

let counter = 0;
async function connect(db: string, env: Record<string, string> = {}): Promise<Session> {
  const callLog = join(dir, `calls-${++counter}.jsonl`);
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', '--config', EXAMPLE_CONFIG, '--db', db, '--', process.execPath, FIXTURE],
    env: { ...(process.env as Record<string, string>), FIXTURE_CALL_LOG: callLog, ...env },
    stderr: 'ignore',
  });
  const client = new Client({ name: 'test-client', version: '1.0.0' });
  await client.connect(transport, LONG);
  return { client, callLog, close: () => client.close() };
}

function textOf(result: unknown): string {
  const content = (result as { content?: Array<{ type: string; text?: string }> }).content ?? [];
  return content.map((c) => c.text ?? '').join('\n');
}

function downstreamCalls(callLog: string): Array<{ tool: string; args: Record<string, unknown> }> {
  if (!existsSync(callLog)) return [];
  return readFileSync(callLog, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { tool: string; args: Record<string, unknown> });
}

async function pendingApprovals(db: string): Promise<Array<{ id: string; tool: string; kind: string }>> {
  const { stdout } = await run(process.execPath, [BIN, 'approvals', 'list', '--db', db, '--json']);
  return JSON.parse(stdout) as Array<{ id: string; tool: string; kind: string }>;
}

async function waitForPending(db: string, tool: string): Promise<{ id: string; tool: string; kind: string }> {
  for (let i = 0; i < 200; i++) {
    const found = (await pendingApprovals(db)).find((a) => a.tool === tool);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no pending approval for ${tool} appeared`);
}

function readApprovals(db: string): Array<{ id: string; tool: string; kind: string; status: string; deadline: number; created_at: number }> {
  const handle = openAgentDatabase(db);
  try {
    return handle.prepare('SELECT id, tool, kind, status, deadline, created_at FROM agent_approvals ORDER BY created_at').all() as Array<{
      id: string;
      tool: string;
      kind: string;
      status: string;
      deadline: number;
      created_at: number;
    }>;
  } finally {
    handle.close();
  }
}

async function waitForAuditEvents(db: string, decisions: number): Promise<Array<Record<string, unknown>>> {
  for (let i = 0; i < 600; i++) {
    const handle = openAgentDatabase(db);
    try {
      const hasTable = handle.prepare("SELECT 1 FROM sqlite_master WHERE name = 'audit_events'").get();
      if (hasTable) {
        const rows = handle.prepare('SELECT body FROM audit_events ORDER BY seq').all() as Array<{ body: string }>;
        const events = rows.map((r) => JSON.parse(r.body) as Record<string, unknown>);
        if (events.filter((e) => e.type === 'tool.decision').length >= decisions) return events;
      }
    } finally {
      handle.close();
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('audit events did not appear');
}

async function startApprovalsApi(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, 'approvals', 'serve', '--db', db, '--port', '0'], {
    env: { ...process.env, RAMPART_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(err);
      if (m) resolveUrl(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`approvals serve exited with ${code}: ${err}`)));
  });
  return { url, child };
}

// The machine running the suite may be heavily loaded: these limits bound hangs, they time nothing.
describe('rampart mcp in front of a real MCP server', { timeout: 300_000 }, () => {
  it('lists the declared tools and lets a permitted read-only call through', async () => {
    const s = await connect(join(dir, 'a.db'));
    try {
      const { tools } = await s.client.listTools(undefined, LONG);
      expect(tools.map((t) => t.name).sort()).toEqual(['delete_records', 'fetch_url', 'read_file', 'send_email']);
      const result = await s.client.callTool({ name: 'read_file', arguments: { path: '/data/reports/q1.txt' } }, undefined, LONG);
      expect(result.isError).toBeFalsy();
      expect(textOf(result)).toBe('contents of /data/reports/q1.txt');
      const outside = await s.client.callTool({ name: 'read_file', arguments: { path: '/data/../etc/passwd' } }, undefined, LONG);
      expect(outside.isError).toBe(true);
      expect(textOf(outside)).toContain('only read files under /data/');
      expect(downstreamCalls(s.callLog).map((c) => c.args.path)).toEqual(['/data/reports/q1.txt']);
    } finally {
      await s.close();
    }
  });

  it('denies send_email to an outside domain before it reaches the server', async () => {
    const s = await connect(join(dir, 'b.db'));
    try {
      const result = await s.client.callTool({ name: 'send_email', arguments: { to: 'eve@evil.test', subject: 'hi', body: 'x' } }, undefined, LONG);
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('@example.com');
      const inside = await s.client.callTool({ name: 'send_email', arguments: { to: 'bob@example.com', subject: 'hi', body: 'x' } }, undefined, LONG);
      expect(inside.isError).toBeFalsy();
      expect(downstreamCalls(s.callLog).map((c) => c.args.to)).toEqual(['bob@example.com']);
    } finally {
      await s.close();
    }
    // Every decision is an event in the shared hash-chained audit log, in the same database.
    const events = await waitForAuditEvents(join(dir, 'b.db'), 2);
    expect(events.filter((e) => e.type === 'tool.decision').map((e) => e.decision)).toEqual(['deny', 'allow']);
    expect(events.every((e) => e.source === 'agent')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('eve@evil.test');
  });

  it('after private data was read, send_email waits for approval, and an approval through the API lets it through', async () => {
    const db = join(dir, 'c.db');
    const s = await connect(db);
    const api = await startApprovalsApi(db);
    try {
      const read = await s.client.callTool({ name: 'read_file', arguments: { path: '/data/private/salaries.csv' } }, undefined, LONG);
      expect(read.isError).toBeFalsy();
      const sending = s.client.callTool({ name: 'send_email', arguments: { to: 'boss@example.com', subject: 'salaries', body: 'see attached' } }, undefined, LONG);
      const pending = await waitForPending(db, 'send_email');
      expect(pending.id).toMatch(/^ap_/);
      expect(downstreamCalls(s.callLog).some((c) => c.tool === 'send_email')).toBe(false);

      const unauthorized = await fetch(`${api.url}/approvals`);
      expect(unauthorized.status).toBe(401);
      const listed = (await (await fetch(`${api.url}/approvals`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as Array<{ id: string }>;
      expect(listed.map((a) => a.id)).toContain(pending.id);
      const noReason = await fetch(`${api.url}/approvals/${pending.id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: '{}',
      });
      expect(noReason.status).toBe(400);
      const approved = await fetch(`${api.url}/approvals/${pending.id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'the boss asked for it' }),
      });
      expect(approved.status).toBe(200);
      const result = await sending;
      expect(result.isError).toBeFalsy();
      expect(textOf(result)).toBe('sent to boss@example.com');
      const again = await fetch(`${api.url}/approvals/${pending.id}/deny`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ reason: 'too late' }),
      });
      expect(again.status).toBe(409);
    } finally {
      api.child.kill('SIGTERM');
      await s.close();
    }
  });

  it('a denial from the CLI refuses the waiting call', async () => {
    const db = join(dir, 'd.db');
    const s = await connect(db);
    try {
      await s.client.callTool({ name: 'read_file', arguments: { path: '/data/private/a.txt' } }, undefined, LONG);
      const sending = s.client.callTool({ name: 'send_email', arguments: { to: 'bob@example.com', subject: 's', body: 'b' } }, undefined, LONG);
      const pending = await waitForPending(db, 'send_email');
      const { stdout } = await run(process.execPath, [BIN, 'approvals', 'deny', pending.id, '--db', db, '--reason', 'no private data by mail']);
      expect(stdout).toContain('denied');
      const result = await sending;
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('no private data by mail');
      expect(downstreamCalls(s.callLog).some((c) => c.tool === 'send_email')).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('delete_records waits for approval and is denied when the 5 s approval expires', async () => {
    const db = join(dir, 'e.db');
    const s = await connect(db);
    try {
      const result = await s.client.callTool({ name: 'delete_records', arguments: { table: 'customers' } }, undefined, LONG);
      const rows = readApprovals(db);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ tool: 'delete_records', kind: 'call', status: 'expired' });
      expect(rows[0]!.deadline - rows[0]!.created_at).toBe(5000);
      const pending = rows[0]!;
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain('expired');
      expect(downstreamCalls(s.callLog)).toEqual([]);
      // A late approval cannot revive it.
      const late = await run(process.execPath, [BIN, 'approvals', 'approve', pending.id, '--db', db]).catch((e: { code: number; stderr: string }) => e);
      expect((late as { code: number }).code).toBe(1);
      expect((late as { stderr: string }).stderr).toContain('expired');
    } finally {
      await s.close();
    }
  });

  it('blocks a tool whose definition changed between sessions until the change is approved', async () => {
    const db = join(dir, 'f.db');
    const first = await connect(db);
    expect((await first.client.listTools(undefined, LONG)).tools.map((t) => t.name)).toContain('read_file');
    await first.close();

    const second = await connect(db, { FIXTURE_VARIANT: 'changed' });
    try {
      expect((await second.client.listTools(undefined, LONG)).tools.map((t) => t.name)).not.toContain('read_file');
      const blocked = await second.client.callTool({ name: 'read_file', arguments: { path: '/data/a.txt' } }, undefined, LONG);
      expect(blocked.isError).toBe(true);
      expect(textOf(blocked)).toContain('changed since it was pinned');
      expect(downstreamCalls(second.callLog)).toEqual([]);
      const pin = (await pendingApprovals(db)).find((a) => a.tool === 'read_file');
      expect(pin?.kind).toBe('pin');
      await run(process.execPath, [BIN, 'approvals', 'approve', pin!.id, '--db', db, '--reason', 'reviewed the new description']);
      const after = await second.client.callTool({ name: 'read_file', arguments: { path: '/data/a.txt' } }, undefined, LONG);
      // The new definition is trusted now, but it still has to pass the poisoning scan.
      expect(textOf(after)).not.toContain('changed since it was pinned');
      if (after.isError) expect(textOf(after)).toContain('quarantined');
      else expect(textOf(after)).toBe('contents of /data/a.txt');
    } finally {
      await second.close();
    }
  });

  it('blocks a tool result that carries injected instructions', async () => {
    const s = await connect(join(dir, 'g.db'));
    try {
      const clean = await s.client.callTool({ name: 'fetch_url', arguments: { url: 'https://weather.example.org/today' } }, undefined, LONG);
      expect(clean.isError).toBeFalsy();
      expect(textOf(clean)).toContain('sunny');
      const poisoned = await s.client.callTool({ name: 'fetch_url', arguments: { url: 'https://evil.example.org/' } }, undefined, LONG);
      expect(poisoned.isError).toBe(true);
      expect(textOf(poisoned)).toContain('instructions aimed at the model');
      expect(textOf(poisoned)).not.toContain('IGNORE ALL PREVIOUS INSTRUCTIONS');
    } finally {
      await s.close();
    }
  });
});
