import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createToolFirewall, type ToolFirewall } from '../../src/agent/firewall.js';
import { createMcpProxy, type McpProxy } from '../../src/agent/mcp-proxy.js';
import { EXAMPLE_CONFIG, testRegistry } from './helpers.js';

/**
 * The proxy in front of a STATELESS Streamable HTTP server (a new server per request, no session
 * id), the shape newer MCP servers take: listing, an allowed call and a denied call must work.
 */
let http: HttpServer;
let firewall: ToolFirewall;
let proxy: McpProxy;
let client: Client;
const seen: string[] = [];

function toolServer(): McpServer {
  const server = new McpServer({ name: 'stateless-http', version: '1.0.0' });
  server.registerTool('read_file', { description: 'Reads a text file and returns its contents.', inputSchema: { path: z.string() } }, async ({ path }) => {
    seen.push(path);
    return { content: [{ type: 'text', text: `contents of ${path}` }] };
  });
  return server;
}

beforeAll(async () => {
  http = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405).end();
      return;
    }
    const server = toolServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    void server.connect(transport).then(() => transport.handleRequest(req, res));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  firewall = createToolFirewall({ config: EXAMPLE_CONFIG, registry: testRegistry() });
  proxy = await createMcpProxy({ firewall, downstream: { url: `http://127.0.0.1:${port}/mcp` } });
  const [c, s] = InMemoryTransport.createLinkedPair();
  await proxy.serve(s);
  client = new Client({ name: 'test', version: '1' });
  await client.connect(c);
});

afterAll(async () => {
  await client?.close();
  await proxy?.close();
  firewall?.close();
  await new Promise((resolve) => http?.close(resolve));
});

describe('rampart mcp proxy over Streamable HTTP (stateless server)', () => {
  it('lists, allows and denies like over stdio', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['read_file']);
    const ok = await client.callTool({ name: 'read_file', arguments: { path: '/data/x.txt' } });
    expect(ok.isError).toBeFalsy();
    expect((ok.content as Array<{ text: string }>)[0]!.text).toBe('contents of /data/x.txt');
    const denied = await client.callTool({ name: 'read_file', arguments: { path: '/home/user/.ssh/id_rsa' } });
    expect(denied.isError).toBe(true);
    expect(seen).toEqual(['/data/x.txt']);
  });
});
