/**
 * A gateway wired for tests: a real fake upstream, a real SQLite audit file in a temp dir, and a
 * guard whose scanners are defined here (so tests do not depend on other scanners' internals):
 *   forbid: the word FORBIDDEN → block (input and output)
 *   mask:   XSECRETX-<digits>  → redact (input and output)
 *   boom:   the word EXPLODE makes the scanner throw (fail closed → block)
 */
import type { LightMyRequestResponse } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGuard } from '../../src/core/guard.js';
import { ScannerRegistry } from '../../src/core/registry.js';
import type { RawFinding, Scanner } from '../../src/core/types.js';
import { createGateway, type Gateway, type GatewayOptions } from '../../src/gateway/app.js';
import { WINDOW_MS } from '../../src/gateway/limits.js';
import { validateGatewayConfig, type GatewayConfigInput } from '../../src/gateway/config.js';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.js';

function regexScanner(id: string, re: RegExp, kind: string): Scanner {
  return {
    id,
    directions: ['input', 'output', 'tool'],
    input: 'original',
    scan(text) {
      const out: RawFinding[] = [];
      for (const m of text.matchAll(new RegExp(re.source, 'g'))) out.push({ kind, score: 1, start: m.index, end: m.index + m[0].length });
      return out;
    },
  };
}

export const testRegistry = new ScannerRegistry()
  .register(regexScanner('forbid', /FORBIDDEN/, 'forbidden_word'))
  .register(regexScanner('mask', /XSECRETX-\d+/, 'TEST_SECRET'))
  .register({
    id: 'boom',
    directions: ['input', 'output'],
    scan(text) {
      if (text.includes('EXPLODE')) throw new Error('scanner exploded');
      return [];
    },
  });

export const testPolicy = {
  version: 1 as const,
  input: { scanners: { forbid: { action: 'block' as const }, mask: { action: 'redact' as const }, boom: {} } },
  output: { scanners: { forbid: { action: 'block' as const }, mask: { action: 'redact' as const } } },
};

export const ADMIN = 'admin-token-for-tests-0123456789';

export interface Harness {
  gw: Gateway;
  upstream: FakeUpstream;
  dir: string;
  dbPath: string;
  /** Creates a key through the admin API. */
  newKey(body?: Record<string, unknown>): Promise<{ id: string; key: string }>;
  chat(key: string, body: Record<string, unknown>, path?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startHarness(
  config: GatewayConfigInput = {},
  extra: Partial<GatewayOptions> = {},
  upstreamOptions: Parameters<typeof startFakeUpstream>[0] & { gatewayTimeoutMs?: number } = {},
): Promise<Harness> {
  const upstream = await startFakeUpstream(upstreamOptions);
  const dir = mkdtempSync(join(tmpdir(), 'rampart-gw-'));
  const dbPath = join(dir, 'rampart.db');
  const cfg = validateGatewayConfig({
    upstreams: { fake: { baseUrl: upstream.url, timeoutMs: upstreamOptions.gatewayTimeoutMs ?? 2000 } },
    routes: [{ model: '*', upstream: 'fake' }],
    ...config,
    audit: { sqlite: dbPath, keyPath: join(dir, 'audit.key'), ...(config.audit ?? {}) },
    server: { adminToken: ADMIN, ...(config.server ?? {}) },
  });
  const gw = await createGateway({ config: cfg, guard: createGuard(testPolicy, { registry: testRegistry }), ...extra });
  const h: Harness = {
    gw,
    upstream,
    dir,
    dbPath,
    async newKey(body = { name: 'test' }) {
      const res = await gw.app.inject({ method: 'POST', url: '/admin/keys', headers: { authorization: `Bearer ${ADMIN}` }, payload: body });
      if (res.statusCode !== 201) throw new Error(`key creation failed: ${res.statusCode} ${res.body}`);
      return res.json() as { id: string; key: string };
    },
    chat(key, body, path = '/v1/chat/completions') {
      return gw.app.inject({ method: 'POST', url: path, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    },
    async close() {
      await gw.close();
      await upstream.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

export function user(content: string, model = 'fake-1', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model, messages: [{ role: 'system', content: 'You are a test.' }, { role: 'user', content }], ...extra };
}

/** Reads an SSE body into its data payloads (and event names). */
export function sseEvents(text: string): Array<{ event?: string; data: string }> {
  return text
    .split('\n\n')
    .filter((b) => b.trim())
    .map((b) => {
      const event = /^event: (.*)$/m.exec(b)?.[1];
      const data = b.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      return { ...(event ? { event } : {}), data };
    });
}

/** `rev:` + the reversed text: the fake upstream answers `text` while the prompt does not contain it. */
export function says(text: string): string {
  return `rev:${[...text].reverse().join('')}`;
}

/**
 * Waits, when fewer than `marginMs` of the current rate window (a clock minute) are left, for the next
 * window to begin: requests that straddle a window's end are counted in two windows, and a test of a
 * per-minute limit then sees every request pass.
 */
export async function awayFromWindowEnd(marginMs: number): Promise<void> {
  const left = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
