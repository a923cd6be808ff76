import { parentPort, workerData } from 'node:worker_threads';
import { compileFieldPaths } from './json-strings.js';
import { redactLines } from './lines.js';
import { createStringRedactor, type RedactionConfig } from './worker-config.js';

/**
 * Worker thread of `rampart redact`: redacts batches of lines sent by the main thread and answers
 * with one output text per batch (one string crosses the thread boundary, not one per record).
 */
interface Batch {
  id: number;
  lines: string[];
  format: 'text' | 'jsonl';
  fields?: string[];
}

const config = workerData as RedactionConfig;
parentPort?.on('message', (batch: Batch) => {
  const byType: Record<string, number> = {};
  const redact = createStringRedactor(config, byType);
  const result = redactLines(batch.lines, batch.format, batch.fields ? compileFieldPaths(batch.fields) : undefined, redact);
  parentPort!.postMessage({ id: batch.id, ...result, byType });
});
