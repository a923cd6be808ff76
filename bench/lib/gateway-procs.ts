/**
 * The processes of the gateway benchmarks (bench/gateway-child.ts in its roles: fake upstream, bare
 * proxy, Rampart), started as children so each one's CPU time can be charged to it alone.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Pool } from 'undici';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789';

export interface Child {
  proc: ChildProcess;
  port: number;
}

/** Starts `gateway-child.ts ARGS...` and waits until it listens. */
export async function start(args: string[]): Promise<Child> {
  // BENCH_NODE_FLAGS (e.g. "--max-semi-space-size=32") are given to every child: for trying V8 and Node settings.
  const flags = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const proc = fork(new URL('../gateway-child.ts', import.meta.url).pathname, args, { execArgv: ['--no-regexp-tier-up', ...flags, '--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`child ${args.join(' ')} exited ${code}`)));
  });
  return { proc, port: (JSON.parse(line) as { port: number }).port };
}

/** The child's process CPU time so far (user + system, all its threads), in ms. */
export function cpuMs(child: Child): Promise<number> {
  return new Promise((resolve) => {
    child.proc.once('message', (m: { cpu: NodeJS.CpuUsage }) => resolve((m.cpu.user + m.cpu.system) / 1000));
    child.proc.send('cpu');
  });
}

export function stop(child: Child): Promise<void> {
  return new Promise((resolve) => {
    child.proc.once('exit', () => resolve());
    child.proc.kill('SIGTERM');
  });
}

/** Calls the gateway's admin API. */
export async function admin<T>(port: number, method: string, path: string, body?: unknown): Promise<T> {
  const pool = new Pool(`http://127.0.0.1:${port}`);
  try {
    const res = await pool.request({ path, method: method as 'GET', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    return (await res.body.json()) as T;
  } finally {
    await pool.close();
  }
}

/** A new virtual key on the gateway. */
export async function newKey(port: number): Promise<string> {
  return (await admin<{ key: string }>(port, 'POST', '/admin/keys', { name: 'bench' })).key;
}
