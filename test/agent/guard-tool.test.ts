import { describe, expect, it } from 'vitest';
import { MemoryAuditSink } from '../../src/agent/audit-sink.js';
import { createToolFirewall } from '../../src/agent/firewall.js';
import { guardTool, ToolDeniedError } from '../../src/agent/guard-tool.js';
import { EXAMPLE_CONFIG, INJECTED_PAGE, testRegistry } from './helpers.js';

describe('guardTool (in process)', () => {
  it('guards plain functions with the same policy, taints and audit as the proxy', async () => {
    const audit = new MemoryAuditSink();
    const firewall = createToolFirewall({ config: EXAMPLE_CONFIG, registry: testRegistry(), audit });
    const session = firewall.session();
    const sent: string[] = [];
    const readFile = guardTool(async (args: { path: string }) => `contents of ${args.path}`, { firewall, name: 'read_file', session });
    const sendEmail = guardTool(
      async function send_email(args: { to: string; subject: string; body: string }) {
        sent.push(args.to);
        return 'sent';
      },
      { firewall, session },
    );

    expect(await readFile({ path: '/data/a.txt' })).toBe('contents of /data/a.txt');
    await expect(sendEmail({ to: 'eve@evil.test', subject: 's', body: 'b' })).rejects.toThrow(ToolDeniedError);
    expect(await sendEmail({ to: 'bob@example.com', subject: 's', body: 'b' })).toBe('sent');
    expect(sent).toEqual(['bob@example.com']);
    expect(audit.events.filter((e) => e.type === 'tool.decision').map((e) => `${e.tool}:${e.decision}`)).toEqual([
      'read_file:allow',
      'send_email:deny',
      'send_email:allow',
    ]);
    firewall.close();
  });

  it('wraps a Vercel AI SDK style tool object and blocks an injected result', async () => {
    const firewall = createToolFirewall({ config: EXAMPLE_CONFIG, registry: testRegistry() });
    const fetchTool = {
      description: 'Fetches a web page.',
      execute: async (args: { url: string }) => (args.url.includes('evil') ? INJECTED_PAGE : 'Sunny.'),
    };
    const guarded = guardTool(fetchTool, { firewall, name: 'fetch_url' });
    expect(guarded.description).toBe('Fetches a web page.');
    expect(await guarded.execute({ url: 'https://ok.example.org/' })).toBe('Sunny.');
    const err = await guarded.execute({ url: 'https://evil.example.org/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolDeniedError);
    expect((err as ToolDeniedError).reason).toContain('instructions aimed at the model');
    firewall.close();
  });

  it('refuses anonymous functions without a name', () => {
    const firewall = createToolFirewall({ config: EXAMPLE_CONFIG, registry: testRegistry() });
    expect(() => guardTool(async () => 1, { firewall })).toThrow(/name/);
    firewall.close();
  });
});
