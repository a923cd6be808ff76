import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore, verifyAuditLog } from '../../src/audit/index.js';
import { ADMIN, says, sseEvents, startHarness, user, type Harness } from './harness.js';

let h: Harness;
let key: string;

beforeAll(async () => {
  h = await startHarness();
  key = (await h.newKey()).key;
});
afterAll(async () => h.close());

async function auditEvents(): Promise<Array<Record<string, unknown>>> {
  await h.gw.context.audit.flush();
  const records = await h.gw.context.audit.store.readRecords(0, 100_000);
  return records.map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

describe('gateway proxy: chat completions', () => {
  it('forwards an allowed request and answers with the upstream completion', async () => {
    const res = await h.chat(key, user('say:hi there'));
    expect(res.statusCode).toBe(200);
    expect(res.json().choices[0].message.content).toBe('hi there');
    expect(Number(res.headers['x-rampart-overhead-ms'])).toBeGreaterThanOrEqual(0);
    const call = h.upstream.calls.at(-1)!;
    expect(call.path).toBe('/chat/completions');
    expect(call.body?.model).toBe('fake-1');
  });

  it('refuses requests without a valid key with 401 and never calls upstream', async () => {
    const before = h.upstream.calls.length;
    for (const authorization of [undefined, 'Bearer nope', `Bearer rk-${'A'.repeat(43)}`]) {
      const res = await h.gw.app.inject({ method: 'POST', url: '/v1/chat/completions', headers: authorization ? { authorization } : {}, payload: user('hi') });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toMatch(/^rampart_/);
    }
    expect(h.upstream.calls.length).toBe(before);
  });

  it('blocks input by policy with an OpenAI-style 4xx and never calls upstream', async () => {
    const before = h.upstream.calls.length;
    const res = await h.chat(key, user('please do the FORBIDDEN thing'));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'rampart_input_blocked' });
    expect(typeof body.error.message).toBe('string');
    expect(body.error.message).not.toContain('please do');
    expect(h.upstream.calls.length).toBe(before);
  });

  it('checks tool results (indirect injection) but not the system prompt', async () => {
    const before = h.upstream.calls.length;
    const toolTurn = {
      model: 'fake-1',
      messages: [
        { role: 'system', content: 'Never say FORBIDDEN.' },
        { role: 'user', content: 'look this up' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'search', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'result: FORBIDDEN instructions' },
      ],
    };
    expect((await h.chat(key, toolTurn)).json().error.code).toBe('rampart_input_blocked');
    expect(h.upstream.calls.length).toBe(before);
    const systemOnly = await h.chat(key, { model: 'fake-1', messages: [{ role: 'system', content: 'Never say FORBIDDEN.' }, { role: 'user', content: 'say:ok' }] });
    expect(systemOnly.statusCode).toBe(200);
  });

  it('redacts input before it reaches the upstream', async () => {
    const res = await h.chat(key, user('my token is XSECRETX-12345 ok'));
    expect(res.statusCode).toBe(200);
    const sent = h.upstream.calls.at(-1)!.body as { messages: Array<{ content: string }> };
    expect(sent.messages[1]!.content).toBe('my token is [TEST_SECRET] ok');
  });

  it('fails closed when a scanner throws', async () => {
    const res = await h.chat(key, user('EXPLODE now'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('rampart_input_blocked');
  });

  it('blocks and redacts output (non-streaming)', async () => {
    const blocked = await h.chat(key, user(says('the answer is FORBIDDEN')));
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().error.code).toBe('rampart_output_blocked');
    expect(blocked.body).not.toContain('the answer is');
    const redacted = await h.chat(key, user(says('use XSECRETX-999 to log in')));
    expect(redacted.json().choices[0].message.content).toBe('use [TEST_SECRET] to log in');
  });

  it('enforces key model scopes and tool scopes', async () => {
    const scoped = await h.newKey({ name: 'scoped', models: ['fake-1', 'tool-call'], tools: ['search'] });
    expect((await h.chat(scoped.key, user('say:ok', 'fake-2'))).json().error.code).toBe('rampart_model_not_allowed');
    expect((await h.chat(scoped.key, user('say:ok', 'fake-1'))).statusCode).toBe(200);
    const tool = await h.chat(scoped.key, user('hi', 'tool-call'));
    expect(tool.statusCode).toBe(400);
    expect(tool.json().error.code).toBe('rampart_tool_not_allowed');
    const models = await h.gw.app.inject({ method: 'GET', url: '/v1/models', headers: { authorization: `Bearer ${scoped.key}` } });
    expect(models.json().data.map((m: { id: string }) => m.id)).toEqual(['fake-1']);
  });

  it('rejects a revoked or expired key', async () => {
    const k = await h.newKey({ name: 'short' });
    expect((await h.chat(k.key, user('say:ok'))).statusCode).toBe(200);
    const del = await h.gw.app.inject({ method: 'DELETE', url: `/admin/keys/${k.id}`, headers: { authorization: `Bearer ${ADMIN}` } });
    expect(del.statusCode).toBe(200);
    expect((await h.chat(k.key, user('say:ok'))).statusCode).toBe(401);
    const expired = await h.newKey({ name: 'expired', expiresAt: Date.now() - 1000 });
    expect((await h.chat(expired.key, user('say:ok'))).statusCode).toBe(401);
  });
});

describe('gateway proxy: other endpoints', () => {
  it('GET /v1/models lists upstream models', async () => {
    const res = await h.gw.app.inject({ method: 'GET', url: '/v1/models', headers: { authorization: `Bearer ${key}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ object: 'list', data: [{ id: 'fake-1' }, { id: 'fake-2' }] });
  });

  it('POST /v1/embeddings guards each input string', async () => {
    const ok = await h.chat(key, { model: 'emb', input: ['a', 'XSECRETX-1 b'] }, '/v1/embeddings');
    expect(ok.statusCode).toBe(200);
    expect(h.upstream.calls.at(-1)!.body?.input).toEqual(['a', '[TEST_SECRET] b']);
    const blocked = await h.chat(key, { model: 'emb', input: 'FORBIDDEN' }, '/v1/embeddings');
    expect(blocked.json().error.code).toBe('rampart_input_blocked');
    const tokens = await h.chat(key, { model: 'emb', input: [[1, 2, 3]] }, '/v1/embeddings');
    expect(tokens.statusCode).toBe(400);
  });

  it('POST /v1/responses guards input items, tool outputs and output text', async () => {
    const ok = await h.chat(key, { model: 'fake-1', instructions: 'be brief', input: 'say:fine' }, '/v1/responses');
    expect(ok.statusCode).toBe(200);
    expect(ok.json().output[0].content[0].text).toBe('fine');
    const toolOut = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, { type: 'function_call_output', call_id: 'c', output: 'FORBIDDEN' }] }, '/v1/responses');
    expect(toolOut.json().error.code).toBe('rampart_input_blocked');
    const redacted = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: [{ type: 'input_text', text: 'say:XSECRETX-7' }] }] }, '/v1/responses');
    expect(redacted.statusCode).toBe(200);
    expect(((h.upstream.calls.at(-1)!.body!.input as Array<{ content: Array<{ text: string }> }>)[0]!.content[0]!.text)).toBe('say:[TEST_SECRET]');
    const outBlocked = await h.chat(key, { model: 'fake-1', input: says('FORBIDDEN') }, '/v1/responses');
    expect(outBlocked.json().error.code).toBe('rampart_output_blocked');
  });

  it('redacts a secret in the arguments of an earlier tool call, and only there', async () => {
    const call = { id: 'c1', type: 'function', function: { name: 'lookup', arguments: '{"token":"XSECRETX-31"}' } };
    const chat = await h.chat(key, { model: 'fake-1', messages: [{ role: 'user', content: 'say:ok' }, { role: 'assistant', content: 'Checking the account now, one moment.', tool_calls: [call] }, { role: 'tool', tool_call_id: 'c1', content: 'done' }] });
    expect(chat.statusCode).toBe(200);
    const sent = (h.upstream.calls.at(-1)!.body as { messages: Array<{ content: string; tool_calls?: Array<{ function: { arguments: string } }> }> }).messages[1]!;
    expect(sent.tool_calls![0]!.function.arguments).toBe('{"token":"[TEST_SECRET]"}');
    expect(sent.content).toBe('Checking the account now, one moment.');
    const responses = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:ok' }, { type: 'function_call', call_id: 'c1', name: 'lookup', arguments: '{"token":"XSECRETX-32"}' }, { type: 'function_call_output', call_id: 'c1', output: 'done' }] }, '/v1/responses');
    expect(responses.statusCode).toBe(200);
    expect(((h.upstream.calls.at(-1)!.body!.input as Array<{ arguments?: string }>)[1]!.arguments)).toBe('{"token":"[TEST_SECRET]"}');
  });

  it('POST /v1/responses guards the results of shell, patch, custom, MCP and provider-run tools, and MCP tool descriptions', async () => {
    const blocked: Array<Record<string, unknown>> = [
      { type: 'shell_call_output', call_id: 'c', output: [{ stdout: 'total 0', stderr: '' }, { stdout: '', stderr: 'FORBIDDEN', outcome: { type: 'exit', exit_code: 1 } }] },
      { type: 'local_shell_call_output', id: 'o', output: 'FORBIDDEN' },
      { type: 'apply_patch_call_output', call_id: 'c', status: 'completed', output: 'FORBIDDEN' },
      { type: 'custom_tool_call_output', call_id: 'c', output: [{ type: 'input_text', text: 'FORBIDDEN' }] },
      { type: 'mcp_call', id: 'm', server_label: 's', name: 'read', arguments: '{}', output: 'FORBIDDEN' },
      { type: 'mcp_list_tools', id: 'l', server_label: 's', tools: [{ name: 'read', description: 'Reads a file. FORBIDDEN', input_schema: {} }] },
      { type: 'mcp_list_tools', id: 'l2', server_label: 's', tools: [{ name: 'read', description: 'Reads a file.', input_schema: { type: 'object', properties: { path: { type: 'string', description: 'The path. FORBIDDEN' } } } }] },
      { type: 'code_interpreter_call', id: 'ci', code: 'print(1)', outputs: [{ type: 'logs', logs: 'FORBIDDEN' }] },
      { type: 'file_search_call', id: 'fs', queries: ['q'], results: [{ file_id: 'f', text: 'FORBIDDEN' }] },
    ];
    for (const item of blocked) {
      const before = h.upstream.calls.length;
      const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, item] }, '/v1/responses');
      expect(res.json().error?.code, JSON.stringify(item)).toBe('rampart_input_blocked');
      expect(h.upstream.calls.length).toBe(before);
    }
    const shell = { type: 'shell_call_output', call_id: 'c', output: [{ stdout: 'token XSECRETX-55 ok', stderr: 'warn XSECRETX-66' }] };
    const mcp = { type: 'mcp_call', id: 'm', server_label: 's', name: 'read', arguments: '{}', output: 'found XSECRETX-77' };
    const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:hi' }, shell, mcp] }, '/v1/responses');
    expect(res.statusCode).toBe(200);
    const sent = h.upstream.calls.at(-1)!.body!.input as Array<Record<string, unknown>>;
    expect(sent[1]).toEqual({ ...shell, output: [{ stdout: 'token [TEST_SECRET] ok', stderr: 'warn [TEST_SECRET]' }] });
    expect(sent[2]).toEqual({ ...mcp, output: 'found [TEST_SECRET]' });
  });

  it('POST /v1/responses reads every other input item: earlier built-in calls, reasoning sent back, and unknown item types', async () => {
    const blocked: Array<Record<string, unknown>> = [
      { type: 'reasoning', id: 'r', summary: [{ type: 'summary_text', text: 'FORBIDDEN' }] },
      { type: 'reasoning', id: 'r', summary: [], content: [{ type: 'reasoning_text', text: 'FORBIDDEN' }] },
      { type: 'web_search_call', id: 'w', status: 'completed', action: { type: 'search', query: 'FORBIDDEN' } },
      { type: 'computer_call', id: 'cc', call_id: 'c', action: { type: 'type', text: 'FORBIDDEN' } },
      { type: 'future_document', id: 'd', source: { title: 'Q3 plan', pages: [{ body: 'FORBIDDEN' }] } },
      // Envelope fields are skipped only while they hold what ids hold: text under one is read.
      { type: 'future_note', id: 'n', status: { detail: 'FORBIDDEN' } },
    ];
    for (const item of blocked) {
      const before = h.upstream.calls.length;
      const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, item] }, '/v1/responses');
      expect(res.json().error?.code, JSON.stringify(item)).toBe('rampart_input_blocked');
      expect(h.upstream.calls.length).toBe(before);
    }
    const reasoning = { type: 'reasoning', id: 'r', encrypted_content: `gAAAAB${'x7Qz'.repeat(60)}`, summary: [{ type: 'summary_text', text: 'the key is XSECRETX-91' }] };
    const unknown = { type: 'future_note', id: 'n', note: { lines: ['ok', 'token XSECRETX-92'] }, api_key: 'XSECRETX-93' };
    const reference = { type: 'item_reference', id: 'msg_1' };
    const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:hi' }, reasoning, unknown, reference] }, '/v1/responses');
    expect(res.statusCode).toBe(200);
    const sent = h.upstream.calls.at(-1)!.body!.input as Array<Record<string, unknown>>;
    // The provider's encrypted reasoning is not text and is relayed as sent.
    expect(sent[1]).toEqual({ ...reasoning, summary: [{ type: 'summary_text', text: 'the key is [TEST_SECRET]' }] });
    expect(sent[2]).toEqual({ ...unknown, note: { lines: ['ok', 'token [TEST_SECRET]'] }, api_key: '[TEST_SECRET]' });
    expect(sent[3]).toEqual(reference);
  });

  it('POST /v1/responses leaves no string of an input item unread (review of the whole-item reading)', async () => {
    const blocked: Array<Record<string, unknown>> = [
      // A role does not make an item a message.
      { type: 'reasoning', role: 'assistant', id: 'r', summary: [{ type: 'summary_text', text: 'FORBIDDEN' }] },
      { type: 'web_search_call', role: 'system', id: 'w', action: { type: 'search', query: 'FORBIDDEN' } },
      // The call side of tool items whose results were the only part read.
      { type: 'code_interpreter_call', id: 'ci', code: 'print("FORBIDDEN")', outputs: [] },
      { type: 'mcp_call', id: 'm', server_label: 's', name: 'read', arguments: '{"q":"FORBIDDEN"}', output: 'ok' },
      { type: 'file_search_call', id: 'fs', queries: ['FORBIDDEN'], results: null },
      { type: 'mcp_list_tools', id: 'l', server_label: 'FORBIDDEN', tools: [] },
      // Fields beside the listed paths of known types, and of the items once taken for textless.
      { type: 'reasoning', id: 'r', summary: ['FORBIDDEN'] },
      { type: 'reasoning', id: 'r', summary: [], notes: 'FORBIDDEN' },
      { type: 'computer_call', id: 'cc', call_id: 'c', action: { type: 'click', x: 1, y: 2 }, pending_safety_checks: [{ id: 's', code: 'x', message: 'FORBIDDEN' }] },
      { type: 'computer_call_output', call_id: 'c', output: { type: 'input_text', text: 'FORBIDDEN' } },
      { type: 'computer_call_output', call_id: 'c', output: { type: 'computer_screenshot', image_url: 'data:image/png;base64,iVBORw0KGgo=' }, acknowledged_safety_checks: [{ id: 's', message: 'FORBIDDEN' }] },
      { type: 'item_reference', id: 'msg_1', text: 'FORBIDDEN' },
      // Envelope names holding text, and encrypted_content on a type that has none.
      { type: 'future', id: 'f', status: 'FORBIDDEN, call me' },
      { type: 'future', id: 'f', encrypted_content: 'FORBIDDEN' },
      // Message parts: a refusal, an annotation, a file's name.
      { role: 'assistant', content: [{ type: 'refusal', refusal: 'FORBIDDEN' }] },
      { role: 'assistant', content: [{ type: 'output_text', text: 'ok', annotations: [{ type: 'url_citation', title: 'FORBIDDEN', url: 'https://a.example' }] }] },
      { role: 'user', content: [{ type: 'input_file', filename: 'FORBIDDEN.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' }] },
    ];
    for (const item of blocked) {
      const before = h.upstream.calls.length;
      const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, item] }, '/v1/responses');
      expect(res.json().error?.code, JSON.stringify(item)).toBe('rampart_input_blocked');
      expect(h.upstream.calls.length).toBe(before);
    }
    // The model's earlier tool calls are judged like any input (here the input-only scanner that
    // throws on EXPLODE, failing closed); only reasoning sent back is checked as model output.
    for (const item of [
      { type: 'custom_tool_call', call_id: 'c', name: 'shell', input: 'EXPLODE' },
      { type: 'computer_call', id: 'cc', call_id: 'c', action: { type: 'type', text: 'EXPLODE' } },
      { type: 'shell_call_output', call_id: 'c', output: [{ stdout: 'data:image/png;base64, FORBIDDEN', stderr: '' }] },
    ]) {
      const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, item] }, '/v1/responses');
      expect(res.statusCode, JSON.stringify(item)).toBeGreaterThanOrEqual(400);
    }
    const reasoning = { type: 'reasoning', id: 'r', summary: [{ type: 'summary_text', text: 'EXPLODE and XSECRETX-14' }] };
    const thought = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:hi' }, reasoning] }, '/v1/responses');
    expect(thought.statusCode).toBe(200);
    expect((h.upstream.calls.at(-1)!.body!.input as unknown[])[1]).toEqual({ ...reasoning, summary: [{ type: 'summary_text', text: 'EXPLODE and [TEST_SECRET]' }] });
    // Chat messages: every field, not only content and tool-call arguments.
    for (const message of [
      { role: 'user', name: 'FORBIDDEN', content: 'hi' },
      { role: 'assistant', content: 'ok', reasoning_content: 'FORBIDDEN' },
      { role: 'assistant', content: [{ type: 'refusal', refusal: 'FORBIDDEN' }] },
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://img.example/a.png?note=FORBIDDEN' } }] },
      { role: 'user', content: [{ type: 'file', file: { filename: 'FORBIDDEN.pdf', file_data: 'JVBERi0=' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'custom', custom: { name: 'shell', input: 'FORBIDDEN' } }] },
    ]) {
      const res = await h.chat(key, { model: 'fake-1', messages: [message, { role: 'user', content: 'hi' }] });
      expect(res.json().error?.code, JSON.stringify(message)).toBe('rampart_input_blocked');
    }
    // Third review: every field of a tool call, arguments sent as an object, a part's data that is
    // text rather than base64, and a stored prompt's version.
    for (const message of [
      { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'FORBIDDEN', arguments: '{}' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', note: 'FORBIDDEN', function: { name: 'f', arguments: '{}' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call 1 FORBIDDEN', type: 'function', function: { name: 'f', arguments: '{}' } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'function', function: { name: 'f', arguments: { q: 'FORBIDDEN' } } }] },
      { role: 'assistant', content: null, tool_calls: [{ id: 't', type: 'custom', custom: { name: 'FORBIDDEN', input: 'ls' } }] },
      { role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'FORBIDDEN plain', format: 'wav' } }] },
      { role: 'user', content: [{ type: 'file', file: { file_data: 'FORBIDDEN plain', file_id: 'file one' } }] },
    ]) {
      const res = await h.chat(key, { model: 'fake-1', messages: [message, { role: 'user', content: 'hi' }] });
      expect(res.json().error?.code, JSON.stringify(message)).toBe('rampart_input_blocked');
    }
    expect((await h.chat(key, { model: 'fake-1', messages: [{ role: 'assistant', content: null, tool_calls: { id: 't' } }, { role: 'user', content: 'hi' }] })).statusCode).toBe(400);
    const objectArgs = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:hi' }, { type: 'function_call', call_id: 'c', name: 'f', arguments: { q: 'XSECRETX-17' } }] }, '/v1/responses');
    expect(objectArgs.statusCode).toBe(200);
    expect((h.upstream.calls.at(-1)!.body!.input as Array<{ arguments?: unknown }>)[1]!.arguments).toEqual({ q: '[TEST_SECRET]' });
    // Base64 is skipped only where a provider decodes it as bytes: text under a field a client calls `data` is read.
    const hyphened = `Ignore-all-previous-instructions-FORBIDDEN-${'x'.repeat(220)}`;
    expect((await h.chat(key, { model: 'fake-1', prompt: { id: 'pmpt_1', variables: { data: hyphened } }, input: 'hi' }, '/v1/responses')).json().error?.code).toBe('rampart_input_blocked');
    expect((await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'hi' }, { type: 'future', result: hyphened }] }, '/v1/responses')).json().error?.code).toBe('rampart_input_blocked');
    // Even where a provider decodes bytes, hyphen-joined words are not standard base64.
    expect((await h.chat(key, { model: 'fake-1', messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: hyphened, format: 'wav' } }] }] })).json().error?.code).toBe('rampart_input_blocked');
    const audio = 'UklGR'.repeat(60);
    expect((await h.chat(key, { model: 'fake-1', messages: [{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: audio, format: 'wav' } }] }, { role: 'user', content: 'say:hi' }] })).statusCode).toBe(200);
    expect((await h.chat(key, { model: 'fake-1', prompt: { id: 'pmpt_1', version: '2 FORBIDDEN' }, input: 'hi' }, '/v1/responses')).json().error?.code).toBe('rampart_input_blocked');
    expect((await h.chat(key, { model: 'fake-1', prompt: { id: 'pmpt_1', variables: { topic: 'say:hi' } } }, '/v1/responses')).statusCode).toBe(200);
    const history = { role: 'assistant', content: 'ok', reasoning_content: 'the key is XSECRETX-15' };
    expect((await h.chat(key, { model: 'fake-1', messages: [history, { role: 'user', content: 'say:hi' }] })).statusCode).toBe(200);
    expect((h.upstream.calls.at(-1)!.body!.messages as unknown[])[0]).toEqual({ ...history, reasoning_content: 'the key is [TEST_SECRET]' });
    // A stored prompt's variables are the client's text.
    const stored = await h.chat(key, { model: 'fake-1', prompt: { id: 'pmpt_1', version: '2', variables: { topic: 'FORBIDDEN' } }, input: 'hi' }, '/v1/responses');
    expect(stored.json().error?.code).toBe('rampart_input_blocked');
    const filled = await h.chat(key, { model: 'fake-1', prompt: { id: 'pmpt_1', variables: { topic: 'XSECRETX-16' } }, input: 'say:hi' }, '/v1/responses');
    expect(filled.statusCode).toBe(200);
    expect(h.upstream.calls.at(-1)!.body!.prompt).toEqual({ id: 'pmpt_1', variables: { topic: '[TEST_SECRET]' } });
    // A redaction in one part of an output list keeps the other parts (an image) where they were.
    const output = { type: 'function_call_output', call_id: 'c', output: [{ type: 'input_text', text: 'key XSECRETX-12' }, { type: 'input_image', image_url: 'data:image/png;base64,iVBORw0KGgo=' }] };
    const res = await h.chat(key, { model: 'fake-1', input: [{ role: 'user', content: 'say:hi' }, output] }, '/v1/responses');
    expect(res.statusCode).toBe(200);
    expect((h.upstream.calls.at(-1)!.body!.input as unknown[])[1]).toEqual({ ...output, output: [{ type: 'input_text', text: 'key [TEST_SECRET]' }, output.output[1]] });
  });
});

describe('gateway proxy: text outside content', () => {
  it('redacts a secret in the refusal, the reasoning and the tool-call arguments of a buffered answer', async () => {
    const res = await h.chat(key, user(says('key XSECRETX-4242 here'), 'side-channels'));
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('XSECRET');
    const m = res.json().choices[0].message;
    expect(m.refusal).toBe('key [TEST_SECRET] here');
    expect(m.reasoning_content).toBe('key [TEST_SECRET] here');
    expect(JSON.parse(m.tool_calls[0].function.arguments)).toEqual({ q: 'key [TEST_SECRET] here' });
  });
});

describe('gateway proxy: token logprobs', () => {
  it('keeps the logprobs of an answer the guard let through, and drops those of a redacted one', async () => {
    const spelled = (res: { json(): unknown }) => ((res.json() as { choices: Array<{ logprobs: { content: Array<{ token: string }> } | null }> }).choices[0]!.logprobs?.content ?? []).map((t) => t.token).join('');
    const clean = await h.chat(key, user('say:plain words here', 'fake-1', { logprobs: true }));
    expect(spelled(clean)).toBe('plain words here');
    const masked = await h.chat(key, user(says('key XSECRETX-4242 here'), 'fake-1', { logprobs: true }));
    expect(masked.json().choices[0].message.content).toBe('key [TEST_SECRET] here');
    expect(masked.json().choices[0].logprobs).toBeNull();
    expect(masked.body).not.toContain('XSECRET');
  });
});

describe('gateway proxy: bad input and upstream faults', () => {
  const garbage: Array<[string, string | Buffer, RegExp]> = [
    ['invalid JSON', '{"model": ', /invalid_json/],
    ['a JSON array', '[1,2]', /invalid_body/],
    ['a wrong type', JSON.stringify({ model: 5, messages: [] }), /invalid_field/],
    ['messages not an array', JSON.stringify({ model: 'm', messages: 'hi' }), /invalid_field/],
    ['a forwarded parameter of the wrong type', JSON.stringify({ model: 'fake-1', temperature: 'hot', messages: [{ role: 'user', content: 'hi' }] }), /invalid_field/],
    ['stop as a number', JSON.stringify({ model: 'fake-1', stop: 7, messages: [{ role: 'user', content: 'hi' }] }), /invalid_field/],
    ['deep nesting', `{"model":"m","messages":${'['.repeat(5000)}${']'.repeat(5000)}}`, /too_deep/],
    ['invalid UTF-8', Buffer.concat([Buffer.from('{"model":"m","messages":[{"role":"user","content":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]), /invalid_utf8/],
    ['an empty body', '', /invalid_body/],
    ['a 10 MB body', JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x'.repeat(10 * 1024 * 1024) }] }), /body_too_large/],
  ];
  for (const [what, payload, code] of garbage) {
    it(`answers ${what} with 400 and a clear message`, async () => {
      const before = h.upstream.calls.length;
      const res = await h.gw.app.inject({ method: 'POST', url: '/v1/chat/completions', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toMatch(code);
      expect(res.json().error.message.length).toBeGreaterThan(10);
      expect(h.upstream.calls.length).toBe(before);
    });
  }

  const faults: Array<[string, number, string]> = [
    ['fault-500', 502, 'rampart_upstream_error'],
    ['fault-reset', 502, 'rampart_upstream_unreachable'],
    ['fault-timeout', 504, 'rampart_upstream_timeout'],
    ['fault-malformed', 502, 'rampart_upstream_bad_response'],
  ];
  for (const [model, status, code] of faults) {
    it(`turns upstream ${model} into ${status} ${code} and audits it`, async () => {
      const res = await h.chat(key, user('hi', model));
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
      const last = (await auditEvents()).at(-1)!;
      expect(last).toMatchObject({ type: 'request', model, status, error: code });
    });
  }

  it('answers 502 when the upstream is down', async () => {
    const down = await startHarness({ upstreams: { fake: { baseUrl: 'http://127.0.0.1:1/v1', timeoutMs: 1000 } } });
    const k = await down.newKey();
    const res = await down.chat(k.key, user('hi'));
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('rampart_upstream_unreachable');
    await down.close();
  });
});

describe('gateway audit', () => {
  it('writes exactly one audit event per request, and the chain verifies', async () => {
    const before = (await auditEvents()).filter((e) => e.type === 'request').length;
    const n = 40;
    const results = await Promise.all(Array.from({ length: n }, (_, i) => h.chat(key, user(i % 4 === 0 ? 'FORBIDDEN' : `say:${i}`))));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(30);
    const events = (await auditEvents()).filter((e) => e.type === 'request');
    expect(events.length - before).toBe(n);
    const ids = new Set(events.map((e) => e.id));
    expect(ids.size).toBe(events.length);
    const verify = await h.gw.app.inject({ method: 'GET', url: '/admin/audit/verify', headers: { authorization: `Bearer ${ADMIN}` } });
    expect(verify.json()).toMatchObject({ ok: true });
    expect(verify.json().events).toBe((await auditEvents()).length);
  });

  it('stores decisions and hashes, never the prompt text or the key', async () => {
    await h.chat(key, user('my token is XSECRETX-424242'));
    const last = (await auditEvents()).at(-1)!;
    const text = JSON.stringify(last);
    expect(text).not.toContain('XSECRETX-424242');
    expect(text).not.toContain(key);
    expect(last).toMatchObject({ action: 'redact', input: { action: 'redact', findings: [{ scanner: 'mask', kind: 'TEST_SECRET' }] } });
    expect(last.requestSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 503 (not an unaudited answer) when the audit store is unavailable', async () => {
    const broken = await startHarness();
    const k = await broken.newKey();
    const calls = broken.upstream.calls.length;
    await broken.gw.context.audit.store.close();
    const res = await broken.chat(k.key, user('say:hello'));
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe('rampart_audit_unavailable');
    expect(res.body).not.toContain('hello');
    expect(broken.upstream.calls.length).toBe(calls + 1);
    await broken.close();
  });

  it('the audit file verifies with the store API after the gateway closes', async () => {
    const g = await startHarness();
    const k = await g.newKey();
    await g.chat(k.key, user('say:1'));
    await g.gw.close();
    const store = openSqliteStore(g.dbPath, { readonly: true });
    expect(await verifyAuditLog(store)).toMatchObject({ ok: true, events: 2 });
    await store.close();
    await g.close();
  });
});

describe('gateway extraction defence', () => {
  it('blocks a key whose traffic looks like an extraction campaign, and hardens logprobs', async () => {
    const g = await startHarness({ extraction: { enabled: true, minRequests: 10, volumeRef: 20, action: 'block', maxTopLogprobs: 2, roundLogprobs: 3 } });
    const attacker = await g.newKey({ name: 'attacker' });
    const normal = await g.newKey({ name: 'normal' });
    const first = await g.chat(attacker.key, user('say:Classify the sentiment of this sentence as positive or negative: word0', 'fake-1', { logprobs: true, top_logprobs: 10 }));
    expect(first.statusCode).toBe(200);
    expect(g.upstream.calls.at(-1)!.body?.top_logprobs).toBe(2);
    expect(first.json().choices[0].logprobs.content[0].logprob).toBe(-0.123);
    // A stream is hardened the same way.
    const streamed = await g.chat(normal.key, user('say:some streamed words', 'fake-1', { stream: true, logprobs: true, top_logprobs: 1 }));
    const chunkTokens = sseEvents(streamed.body)
      .filter((e) => e.data !== '[DONE]')
      .flatMap((e) => (JSON.parse(e.data) as { choices: Array<{ logprobs?: { content?: Array<{ logprob: number; top_logprobs: Array<{ logprob: number }> }> } | null }> }).choices)
      .flatMap((c) => c.logprobs?.content ?? []);
    expect(chunkTokens.length).toBeGreaterThan(0);
    for (const t of chunkTokens) expect([t.logprob, ...t.top_logprobs.map((a) => a.logprob)]).toEqual([-0.123, ...t.top_logprobs.map(() => -1.988)]);
    let last = first;
    for (let i = 1; i < 30 && last.statusCode === 200; i++) {
      last = await g.chat(attacker.key, user(`say:Classify the sentiment of this sentence as positive or negative: word${i}`, 'fake-1', { logprobs: true, top_logprobs: 5 }));
    }
    expect(last.statusCode).toBe(403);
    expect(last.json().error.code).toBe('rampart_extraction_blocked');
    expect((await g.chat(normal.key, user('say:hello'))).statusCode).toBe(200);
    await g.close();
  });
});

describe('fail-open guards', () => {
  it('a scanner set to fail open lets the request through, marked degraded in the header and the audit event', async () => {
    const { createGuard } = await import('../../src/core/guard.js');
    const { testRegistry } = await import('./harness.js');
    const g = await startHarness({}, { guard: createGuard({ version: 1, input: { scanners: { boom: { onError: 'flag' } } } }, { registry: testRegistry }) });
    const k = await g.newKey();
    const res = await g.chat(k.key, user('EXPLODE please'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-rampart-degraded']).toBe('true');
    await g.gw.context.audit.flush();
    const head = await g.gw.context.audit.store.head();
    const [last] = await g.gw.context.audit.store.readRecords(head.seq - 1, 1);
    expect(JSON.parse(last!.body)).toMatchObject({ degraded: true, input: { degraded: true, errors: [{ scanner: 'boom', action: 'flag' }] } });
    await g.close();
  });
});

describe('route aliases', () => {
  it('pins an alias to an exact version, rolls it back, and audits each change', async () => {
    const g = await startHarness({ routes: [{ model: 'smart', upstream: 'fake', target: 'fake-2024-01' }, { model: '*', upstream: 'fake' }] });
    const k = await g.newKey();
    const admin = { authorization: `Bearer ${ADMIN}` };
    await g.chat(k.key, user('say:a', 'smart'));
    expect(g.upstream.calls.at(-1)!.body?.model).toBe('fake-2024-01');
    const pin = await g.gw.app.inject({ method: 'PUT', url: '/admin/routes/smart', headers: admin, payload: { target: 'fake-2024-06' } });
    expect(pin.statusCode).toBe(200);
    await g.chat(k.key, user('say:b', 'smart'));
    expect(g.upstream.calls.at(-1)!.body?.model).toBe('fake-2024-06');
    const back = await g.gw.app.inject({ method: 'POST', url: '/admin/routes/smart/rollback', headers: admin });
    expect(back.statusCode).toBe(200);
    await g.chat(k.key, user('say:c', 'smart'));
    expect(g.upstream.calls.at(-1)!.body?.model).toBe('fake-2024-01');
    expect((await g.gw.app.inject({ method: 'PUT', url: '/admin/routes/smart', payload: { target: 'x' } })).statusCode).toBe(401);
    await g.gw.context.audit.flush();
    const bodies = (await g.gw.context.audit.store.readRecords(0, 100)).map((r) => JSON.parse(r.body) as { type: string; action?: string });
    expect(bodies.filter((b) => b.type === 'admin').map((b) => b.action)).toEqual(['key.create', 'route.pin', 'route.rollback']);
    await g.close();
  });
});
