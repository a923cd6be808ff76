/**
 * Real services for tests: PostgreSQL and Redis on this machine. In CI (CI=true) a missing service
 * fails the test; elsewhere the test is skipped with the reason printed.
 */
import net from 'node:net';

export const PG_URL = process.env.RAMPART_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.RAMPART_TEST_REDIS ?? 'redis://127.0.0.1:6379';

function reachable(url: string, defaultPort: number): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Resolves true when the service is up; throws in CI when it is down; prints a skip reason otherwise. */
export async function serviceAvailable(name: 'postgres' | 'redis'): Promise<boolean> {
  const url = name === 'postgres' ? PG_URL : REDIS_URL;
  const ok = await reachable(url, name === 'postgres' ? 5432 : 6379);
  if (ok) return true;
  if (process.env.CI === 'true') throw new Error(`${name} is not reachable at ${url} and CI=true: this test needs it`);
  console.warn(`SKIP: ${name} is not reachable at ${url}; tests that need it are skipped (they fail when CI=true)`);
  return false;
}

/** A table prefix unique to one test run. */
export function uniquePrefix(tag: string): string {
  return `t_${tag}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}_`;
}
