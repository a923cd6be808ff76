/**
 * What the injection latency benchmarks scan: the development texts of at most 2 KB, read in place
 * from ../shared/data/injection (never copied), files in name order — the "prompt of up to
 * 2 KB" — and the main thread's CPU clock they are timed by.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MAX_PROMPT_BYTES = 2048;

/** The development texts of at most MAX_PROMPT_BYTES under `dir`, in file-name order. */
export function injectionDevTexts(dir: string): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text === 'string' && Buffer.byteLength(row.text) <= MAX_PROMPT_BYTES) texts.push(row.text);
    }
  }
  return texts;
}

const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** CPU nanoseconds of the main thread (Linux schedstat: a busy machine inflates it less than wall time), or of the process where schedstat is missing. */
export function mainThreadCpuNs(): number {
  if (existsSync(SCHEDSTAT)) return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]);
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}
