import { statSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DatasetError, MAX_LISTED_BAD_RECORDS, RedactionWorkerError, formatFromName, redactDataset, type DatasetFormat } from '../redact/dataset.js';
import { availableParallelism } from 'node:os';
import { REDACTION_MODES, createRedactor, type RedactionMode } from '../redact/modes.js';
import { PseudonymVault } from '../redact/pseudonyms.js';
import { EXIT_FAIL, UsageError } from './io.js';

interface RedactFlags {
  fields?: string;
  types?: string;
  mode?: string;
  format?: string;
  output?: string;
  report?: string;
  onError?: string;
  keyEnv?: string;
  entities?: boolean;
  progress?: boolean;
  workers?: string;
}

/** Bad records printed on stderr; --report lists up to MAX_LISTED_BAD_RECORDS of them and counts all. */
const SHOWN_BAD_RECORDS = 20;

/** `rampart redact INPUT`: PII and secrets out of text, JSONL and CSV datasets, streamed. */
export function registerRedact(program: Command): void {
  program
    .command('redact')
    .description('redact PII and secrets from a text, JSONL or CSV file (streamed, constant memory)')
    .argument('<input>', 'input file')
    .option('-o, --output <file>', 'output file (stdout when absent)')
    .option('--fields <list>', 'JSONL: dotted paths (a.b, arrays walked); CSV: column names; all when absent')
    .option('--types <list>', 'types to redact, e.g. EMAIL,CREDIT_CARD,SECRET (all when absent)')
    .option('--mode <mode>', `redaction mode: ${REDACTION_MODES.join(' | ')}`, 'mask')
    .option('--format <format>', 'text | jsonl | csv (from the file name when absent)')
    .option('--report <file>', `write a JSON summary (counts per type, bad records with line numbers: the first ${MAX_LISTED_BAD_RECORDS} and their count)`)
    .option('--on-error <what>', 'bad records: skip (reported) | fail', 'skip')
    .option('--key-env <var>', 'environment variable holding the HMAC key for --mode hash / fake', 'RAMPART_REDACT_KEY')
    .option('--entities', 'also redact PERSON / ADDRESS / LOCATION / ORGANIZATION (slower)')
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--workers <n>', 'worker threads for text and JSONL (default: one per core; 1 = none)')
    .action(async (input: string, flags: RedactFlags) => {
      const mode = (flags.mode ?? 'mask') as RedactionMode;
      if (!REDACTION_MODES.includes(mode)) throw new UsageError(`--mode must be one of ${REDACTION_MODES.join(', ')}`);
      if (flags.onError !== 'skip' && flags.onError !== 'fail') throw new UsageError('--on-error must be skip or fail');
      const format = (flags.format ?? formatFromName(input)) as DatasetFormat;
      if (!['text', 'jsonl', 'csv'].includes(format)) throw new UsageError('--format must be text, jsonl or csv');
      let size: number;
      try {
        size = statSync(input).size;
      } catch (err) {
        throw new UsageError(`cannot read ${input}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
      const key = process.env[flags.keyEnv ?? 'RAMPART_REDACT_KEY'];
      if (mode === 'hash' && !key) throw new UsageError(`--mode hash needs a key in $${flags.keyEnv}`);
      const vault = mode === 'pseudonym' ? new PseudonymVault() : undefined;
      const replacer = createRedactor({ ...(key ? { hmacKey: key } : {}), ...(vault ? { vault } : {}), override: { mode } });
      const types = flags.types?.split(',').map((t) => t.trim()).filter(Boolean);
      const workers = flags.workers === undefined ? availableParallelism() : Number(flags.workers);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError('--workers must be an integer from 1 to 64');
      const bar = flags.progress !== false && process.stderr.isTTY ? await progressBar(size) : undefined;
      try {
        const report = await redactDataset(input, flags.output, {
          format,
          config: { ...(types ? { types } : {}), entities: flags.entities === true, mode, ...(key ? { hmacKey: key } : {}) },
          replacer: (f, original) => replacer(f, original),
          // Workers pay off on files of a few MB and up; below that, thread start-up dominates.
          workers: size > 4 * 1024 * 1024 ? workers : 1,
          ...(flags.fields ? { fields: flags.fields.split(',').map((f) => f.trim()) } : {}),
          onError: flags.onError,
          ...(bar ? { onProgress: (bytes: number) => bar.update(bytes) } : {}),
        });
        bar?.stop();
        for (const b of report.badRecords.slice(0, SHOWN_BAD_RECORDS)) process.stderr.write(`rampart: ${input}:${b.line}: skipped: ${b.error}\n`);
        if (report.badRecordCount > SHOWN_BAD_RECORDS) {
          const listed = report.badRecordsCapped ? ` (--report lists the first ${report.badRecords.length})` : ' (see --report)';
          process.stderr.write(`rampart: … ${report.badRecordCount - SHOWN_BAD_RECORDS} more bad records${listed}\n`);
        }
        if (flags.report) writeFileSync(flags.report, `${JSON.stringify({ input, mode, ...report }, null, 2)}\n`);
        if (flags.output && flags.output !== '-') {
          const total = Object.values(report.byType).reduce((a, b) => a + b, 0);
          process.stderr.write(`redacted ${total} spans in ${report.redactedRecords}/${report.records} records (${(report.bytesIn / 1e6 / Math.max(report.seconds, 1e-9)).toFixed(1)} MB/s)\n`);
        }
      } catch (err) {
        bar?.stop();
        // A bad record with --on-error fail, or a worker that died: the output is incomplete.
        if (err instanceof DatasetError || err instanceof RedactionWorkerError) {
          process.stderr.write(`rampart: ${input}: ${err.message}\n`);
          process.exitCode = EXIT_FAIL;
          return;
        }
        throw err;
      }
    });
}

async function progressBar(total: number): Promise<{ update(n: number): void; stop(): void }> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({ format: 'redact [{bar}] {percentage}% {value}/{total} bytes', stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return bar;
}
