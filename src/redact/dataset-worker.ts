import { parentPort, workerData } from 'node:worker_threads';
import { redactLine, type LineResult } from './lines.js';
import { createStringRedactor, type RedactionConfig } from './worker-config.js';

/** Worker thread of `rampart redact`: redacts batches of lines sent by the main thread, in order. */
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
  const results: LineResult[] = batch.lines.map((l) => redactLine(l, batch.format, batch.fields, redact));
  parentPort!.postMessage({ id: batch.id, results, byType });
});
