import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServe, eventually } from './cli-process.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';

const TOKEN = 'cli-admin-token-0123456789abcdef';
let upstream: FakeUpstream;
let dir: string;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  dir = mkdtempSync(join(tmpdir(), 'rampart-cli-'));
});
afterAll(async () => {
  await upstream.close();
  rmSync(dir, { recursive: true, force: true });
});

const json = (token: string, body?: unknown, method = 'POST') => ({
  method,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
});
const chatBody = (extra: Record<string, unknown> = {}) => ({ model: 'fake-1', messages: [{ role: 'user', content: 'say:pong' }], ...extra });

function verify(db: string): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, ['bin/rampart', 'audit', 'verify', '--db', db], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout + r.stderr };
}

// Each `node bin/rampart` start loads the whole CLI (several seconds on a busy 2-core machine).
describe('rampart serve (process)', { timeout: 180_000 }, () => {
  it('serves, enforces keys and the kill switch, and leaves a verifiable audit log', async () => {
    const db = join(dir, 'serve.db');
    const gw = await spawnServe(['--upstream', upstream.url, '--db', db], { RAMPART_ADMIN_TOKEN: TOKEN });
    try {
      expect((await fetch(`${gw.base}/v1/chat/completions`, json('nope', chatBody()))).status).toBe(401);
      const created = await fetch(`${gw.base}/admin/keys`, json(TOKEN, { name: 'cli' }));
      expect(created.status).toBe(201);
      const { id, key } = (await created.json()) as { id: string; key: string };
      const ok = await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody()));
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { choices: Array<{ message: { content: string } }> }).choices[0]!.message.content).toBe('pong');

      const kill = spawnSync(process.execPath, ['bin/rampart', 'kill', `key:${id}`, '--url', gw.base, '--reason', 'test'], { env: { ...process.env, RAMPART_ADMIN_TOKEN: TOKEN }, encoding: 'utf8' });
      expect(kill.status).toBe(0);
      const killed = await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody()));
      expect(killed.status).toBe(503);
      expect(((await killed.json()) as { error: { code: string } }).error.code).toBe('rampart_kill_switch');
      expect((await fetch(`${gw.base}/admin/kill`, json(TOKEN, { scope: `key:${id}`, on: false }))).status).toBe(200);
      expect((await fetch(`${gw.base}/admin/kill`, json(TOKEN, { scope: 'model:fake-1', on: true }))).status).toBe(200);
      expect((await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody()))).status).toBe(503);
      expect((await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody({ model: 'fake-2' })))).status).toBe(200);
      expect((await fetch(`${gw.base}/admin/kill`, json(TOKEN, { scope: 'global', on: true }))).status).toBe(200);
      expect((await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody({ model: 'fake-2' })))).status).toBe(503);

      const v = (await (await fetch(`${gw.base}/admin/audit/verify`, json(TOKEN, undefined, 'GET'))).json()) as { ok: boolean; events: number };
      expect(v.ok).toBe(true);
      expect(v.events).toBeGreaterThanOrEqual(10);
      const metrics = await (await fetch(`${gw.base}/metrics`)).text();
      expect(metrics).toMatch(/rampart_requests_total\{endpoint="chat",status="200"\} 2/);
    } finally {
      expect(await gw.stop()).toBe(0);
    }
    expect(verify(db)).toMatchObject({ status: 0 });
    const raw = new Database(db);
    raw.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET body = replace(body, '\"status\":200', '\"status\":201') WHERE seq = 3");
    raw.close();
    const tampered = verify(db);
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toMatch(/TAMPERED/);
    expect(verify(join(dir, 'missing.db')).status).not.toBe(0);
  });

  it('reloads its config on SIGHUP and keeps the old one when the new file is bad', async () => {
    const config = join(dir, 'rampart.yaml');
    const write = (maxTokens: number | string) =>
      writeFileSync(config, `upstreams:\n  fake:\n    baseUrl: \${FAKE_URL}\nroutes:\n  - model: "*"\n    upstream: fake\nlimits:\n  maxTokens: ${maxTokens}\n`);
    write(100);
    const gw = await spawnServe(['--config', config, '--db', join(dir, 'reload.db'), '--admin-token', TOKEN], { FAKE_URL: upstream.url });
    try {
      const { key } = (await (await fetch(`${gw.base}/admin/keys`, json(TOKEN, { name: 'r' }))).json()) as { key: string };
      const ask = async () => (await fetch(`${gw.base}/v1/chat/completions`, json(key, chatBody({ max_tokens: 500 })))).status;
      expect(await ask()).toBe(400);
      write(1000);
      gw.child.kill('SIGHUP');
      expect(await eventually(async () => (await ask()) === 200)).toBe(true);
      write('"not a number"');
      gw.child.kill('SIGHUP');
      expect(await eventually(async () => gw.stderr().includes('reload rejected'))).toBe(true);
      expect(await ask()).toBe(200);
      expect(gw.stderr()).toMatch(/limits\.maxTokens/);
    } finally {
      await gw.stop();
    }
  });

  it('rampart keys create / list / revoke work on the gateway file and are audited', () => {
    const db = join(dir, 'keys.db');
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/rampart', 'keys', ...args, '--db', db], { encoding: 'utf8' });
    const created = run('create', '--name', 'ci', '--models', 'a,b', '--rpm', '10', '--json');
    expect(created.status).toBe(0);
    const { id, key } = JSON.parse(created.stdout) as { id: string; key: string };
    expect(key).toMatch(/^rk-/);
    const listed = run('list', '--json');
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id, name: 'ci', models: ['a', 'b'], rpm: 10, revokedAt: null }]);
    expect(listed.stdout).not.toContain(key);
    expect(run('revoke', id).status).toBe(0);
    expect(run('revoke', id).status).toBe(1);
    expect(verify(db)).toMatchObject({ status: 0 });
  });

  it('refuses a bad config at start with a clear message', () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'routes:\n  - model: "*"\n    upstream: nowhere\nbogus: 1\n');
    const r = spawnSync(process.execPath, ['bin/rampart', 'serve', '--config', config], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bogus|nowhere/);
  });
});
