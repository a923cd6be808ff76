import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MemoryAuditSink } from '../../src/agent/audit-sink.js';
import { CREDENTIAL_META_KEY, createToolFirewall, type ToolFirewall } from '../../src/agent/firewall.js';
import { createMcpProxy, type McpProxy } from '../../src/agent/mcp-proxy.js';
import { tempDir, testRegistry } from './helpers.js';

/** Credentials through the proxy, with real SDK client and server connected in memory. */
const SECRET = 'sk-test-mail-0123456789abcdef';
const received: Array<{ tool: string; args: Record<string, unknown>; meta: Record<string, unknown> | undefined }> = [];
let firewall: ToolFirewall;
let proxy: McpProxy;
let client: Client;
let cleanup: () => void;
const audit = new MemoryAuditSink();

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  writeFileSync(join(t.dir, 'all.cedar'), '@id("all") permit (principal, action == Rampart::Action::"callTool", resource);\n');
  process.env.RAMPART_TEST_MAIL_KEY = SECRET;
  firewall = createToolFirewall({
    config: {
      version: 1,
      policies: ['all.cedar'],
      tools: {
        send_email: { credential: { type: 'secret', env: 'RAMPART_TEST_MAIL_KEY', argument: 'api_key' } },
        fetch_url: { arguments: { url: 'url' }, credential: { type: 'jwt' } },
      },
    },
    baseDir: t.dir,
    registry: testRegistry(),
    audit,
  });
  const server = new McpServer({ name: 'cred-server', version: '1.0.0' });
  server.registerTool('send_email', { description: 'Sends an email.', inputSchema: { to: z.string(), api_key: z.string() } }, async (args, extra) => {
    received.push({ tool: 'send_email', args, meta: extra._meta });
    return { content: [{ type: 'text', text: `sent with key ${args.api_key}` }] };
  });
  server.registerTool('fetch_url', { description: 'Fetches a web page.', inputSchema: { url: z.string() } }, async (args, extra) => {
    received.push({ tool: 'fetch_url', args, meta: extra._meta });
    return { content: [{ type: 'text', text: 'ok' }] };
  });
  const [down, up] = InMemoryTransport.createLinkedPair();
  await server.connect(up);
  proxy = await createMcpProxy({ firewall, downstream: { transport: down } });
  const [c, s] = InMemoryTransport.createLinkedPair();
  await proxy.serve(s);
  client = new Client({ name: 'test', version: '1' });
  await client.connect(c);
});

afterAll(async () => {
  await client?.close();
  await proxy?.close();
  firewall?.close();
  delete process.env.RAMPART_TEST_MAIL_KEY;
  cleanup?.();
});

describe('credential broker through the MCP proxy', () => {
  it('hides the secret argument from the client and injects the stored secret at the last hop', async () => {
    const { tools } = await client.listTools();
    const send = tools.find((t) => t.name === 'send_email')!;
    expect(Object.keys(send.inputSchema.properties ?? {})).toEqual(['to']);
    expect(send.inputSchema.required).toEqual(['to']);
    const result = await client.callTool({ name: 'send_email', arguments: { to: 'bob@example.com' } });
    expect(received.at(-1)).toMatchObject({ tool: 'send_email', args: { to: 'bob@example.com', api_key: SECRET } });
    const text = (result.content as Array<{ text: string }>)[0]!.text;
    expect(text).not.toContain(SECRET);
    expect(text).toContain('[REDACTED SECRET]');
    expect(JSON.stringify(audit.events)).not.toContain(SECRET);
  });

  it('refuses a caller that tries to supply the secret argument itself', async () => {
    const before = received.length;
    const result = await client.callTool({ name: 'send_email', arguments: { to: 'bob@example.com', api_key: 'attacker-key' } });
    expect(result.isError).toBe(true);
    expect(received.length).toBe(before);
  });

  it('mints a per-call token the server can verify, and that token fails for another call', async () => {
    await client.callTool({ name: 'fetch_url', arguments: { url: 'https://example.org/a' } });
    const call = received.at(-1)!;
    const token = call.meta?.[CREDENTIAL_META_KEY] as string;
    expect(typeof token).toBe('string');
    expect(firewall.broker.verify(token, { tool: 'fetch_url', args: { url: 'https://example.org/a' } }).ok).toBe(true);
    expect(firewall.broker.verify(token, { tool: 'fetch_url', args: { url: 'https://example.org/b' } })).toEqual({ ok: false, reason: 'token was issued for other arguments' });
    expect(firewall.broker.verify(token, { tool: 'send_email', args: { url: 'https://example.org/a' } }).ok).toBe(false);
    const issued = audit.events.filter((e) => e.type === 'credential.issued');
    expect(issued.map((e) => e.kind)).toEqual(['secret', 'jwt']);
    // Each call gets its own token.
    await client.callTool({ name: 'fetch_url', arguments: { url: 'https://example.org/a' } });
    expect(received.at(-1)!.meta?.[CREDENTIAL_META_KEY]).not.toBe(token);
  });
});
