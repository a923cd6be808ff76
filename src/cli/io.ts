import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** A usage or input problem: printed without a stack trace, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAIL = 1;
export const EXIT_USAGE = 2;

/** Largest text `rampart check` reads from stdin or a file. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Reads all of stdin as UTF-8 (invalid bytes become U+FFFD), refusing more than `max` bytes. */
export async function readStdin(max = MAX_INPUT_BYTES): Promise<string> {
  if (process.stdin.isTTY) throw new UsageError('no TEXT given and stdin is a terminal; pass TEXT or pipe text in');
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > max) throw new UsageError(`input is larger than ${max} bytes`);
    chunks.push(buf);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

export function readTextFile(path: string, what: string, max = MAX_INPUT_BYTES): string {
  try {
    const buf = readFileSync(path);
    if (buf.length > max) throw new UsageError(`${what} ${path} is larger than ${max} bytes`);
    return new TextDecoder('utf-8').decode(buf);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`cannot read ${what} ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

export function readJsonFile(path: string, what: string): unknown {
  const text = readTextFile(path, what, 16 * 1024 * 1024);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * The lines of a JSONL (or any line-based) file with their 1-based numbers, streamed. A file that
 * cannot be opened is a UsageError naming it; what a line means is the caller's business.
 */
export async function* readNumberedLines(file: string): AsyncGenerator<{ line: number; raw: string }> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  try {
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    line++;
    yield { line, raw };
  }
}
