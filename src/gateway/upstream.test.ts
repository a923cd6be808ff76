import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRoute, upstreamRequest, type UpstreamConfig } from './upstream.js';

const dir = mkdtempSync(join(tmpdir(), 'rampart-upstream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const upstream = (over: Partial<UpstreamConfig>): UpstreamConfig => ({ name: 'u', kind: 'openai', baseUrl: 'https://api.openai.com/v1', timeoutMs: 1000, ...over });

describe('upstreamRequest', () => {
  it('OpenAI and OpenAI-compatible servers: the endpoint under the base URL, the key as a bearer token', () => {
    process.env.RAMPART_TEST_UPSTREAM_KEY = 'sk-test-upstream';
    const r = upstreamRequest(upstream({ apiKeyEnv: 'RAMPART_TEST_UPSTREAM_KEY', baseUrl: 'http://127.0.0.1:9000/v1/' }), 'chat', 'm');
    expect(r.url).toBe('http://127.0.0.1:9000/v1/chat/completions');
    expect(r.headers.authorization).toBe('Bearer sk-test-upstream');
    expect(upstreamRequest(upstream({ kind: 'openai-compatible' }), 'embeddings', 'm').url).toBe('https://api.openai.com/v1/embeddings');
  });

  it("Anthropic's OpenAI-compatible endpoint takes the same shape", () => {
    process.env.RAMPART_TEST_ANTHROPIC_KEY = 'sk-ant-test';
    const r = upstreamRequest(upstream({ kind: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', apiKeyEnv: 'RAMPART_TEST_ANTHROPIC_KEY' }), 'chat', 'claude-sonnet-4-5');
    expect(r.url).toBe('https://api.anthropic.com/v1/chat/completions');
    expect(r.headers.authorization).toBe('Bearer sk-ant-test');
  });

  it('Azure OpenAI: the deployment in the path, api-version in the query, the key in api-key', () => {
    process.env.RAMPART_TEST_AZURE_KEY = 'azure-key';
    const u = upstream({ kind: 'azure', baseUrl: 'https://acme.openai.azure.com', apiKeyEnv: 'RAMPART_TEST_AZURE_KEY', apiVersion: '2025-01-01-preview' });
    const r = upstreamRequest(u, 'chat', 'gpt 4o/prod');
    expect(r.url).toBe('https://acme.openai.azure.com/openai/deployments/gpt%204o%2Fprod/chat/completions?api-version=2025-01-01-preview');
    expect(r.headers['api-key']).toBe('azure-key');
    expect(r.headers.authorization).toBeUndefined();
    expect(upstreamRequest(u, 'models', '').url).toBe('https://acme.openai.azure.com/openai/models?api-version=2025-01-01-preview');
  });

  it('reads the key from a file, trimmed, and sends none when there is none', () => {
    const file = join(dir, 'key');
    writeFileSync(file, 'sk-from-file\n');
    expect(upstreamRequest(upstream({ apiKeyFile: file }), 'chat', 'm').headers.authorization).toBe('Bearer sk-from-file');
    expect(upstreamRequest(upstream({ apiKeyFile: join(dir, 'missing') }), 'chat', 'm').headers.authorization).toBeUndefined();
  });
});

describe('resolveRoute', () => {
  const upstreams = new Map([['a', upstream({ name: 'a' })], ['b', upstream({ name: 'b', kind: 'azure' })]]);
  const routes = [
    { model: 'fast', upstream: 'b', target: 'gpt-4o-mini-2024-07-18' },
    { model: '*', upstream: 'a' },
  ];

  it('an exact alias first, with its pinned target; then the catch-all with the requested name', () => {
    expect(resolveRoute(routes, upstreams, 'fast')).toMatchObject({ upstream: { name: 'b' }, upstreamModel: 'gpt-4o-mini-2024-07-18' });
    expect(resolveRoute(routes, upstreams, 'other')).toMatchObject({ upstream: { name: 'a' }, upstreamModel: 'other' });
  });

  it('a target pinned at run time wins over the configured one', () => {
    expect(resolveRoute(routes, upstreams, 'fast', (alias) => (alias === 'fast' ? 'gpt-4o-mini-2025-01-01' : undefined))?.upstreamModel).toBe('gpt-4o-mini-2025-01-01');
  });

  it('no route, or a route to an unknown upstream, resolves to nothing', () => {
    expect(resolveRoute([{ model: 'x', upstream: 'a' }], upstreams, 'y')).toBeUndefined();
    expect(resolveRoute([{ model: '*', upstream: 'gone' }], upstreams, 'y')).toBeUndefined();
  });
});
