import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { toJsonReport, toSarif, toText } from '../artifacts/report.js';
import { listFiles, scanArtifact } from '../artifacts/scan.js';
import type { FileReport } from '../artifacts/types.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';

interface ScanFlags {
  format: string;
  failOn: string;
  strict?: boolean;
  verbose?: boolean;
}

/**
 * `rampart scan PATH...`: scans model files (directories recursively) and prints a text, JSON or SARIF
 * report. Exit 0 when nothing reaches --fail-on, 1 when something does (an `error` verdict always
 * does: a file that cannot be checked is not vouched for), 2 on usage errors.
 */
export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('scan model artifacts (pickle, PyTorch, NumPy, joblib, Keras, TF, ONNX, GGUF, safetensors) for code execution and malformed data')
    .argument('<paths...>', 'files or directories to scan')
    .option('--format <format>', 'text, json or sarif', 'text')
    .option('--fail-on <verdict>', 'malicious or suspicious: the lowest verdict that makes the exit status 1', 'malicious')
    .option('--strict', 'same as --fail-on suspicious')
    .option('--verbose', 'text format: also show info findings')
    .action((paths: string[], flags: ScanFlags) => {
      if (!['text', 'json', 'sarif'].includes(flags.format)) throw new UsageError(`--format must be text, json or sarif, not "${flags.format}"`);
      if (!['malicious', 'suspicious'].includes(flags.failOn)) throw new UsageError(`--fail-on must be malicious or suspicious, not "${flags.failOn}"`);
      for (const p of paths) if (!existsSync(p)) throw new UsageError(`no such file or directory: ${p}`);
      const failOnSuspicious = flags.strict === true || flags.failOn === 'suspicious';
      const files = listFiles(paths);
      const showProgress = process.stderr.isTTY === true && files.length > 1;
      const reports: FileReport[] = [];
      for (const [i, file] of files.entries()) {
        if (showProgress) process.stderr.write(`\r\x1b[K[${i + 1}/${files.length}] ${file.slice(-70)}`);
        reports.push(scanArtifact(file));
      }
      if (showProgress) process.stderr.write('\r\x1b[K');
      const out =
        flags.format === 'json' ? `${JSON.stringify(toJsonReport(reports), null, 2)}\n` : flags.format === 'sarif' ? `${JSON.stringify(toSarif(reports), null, 2)}\n` : toText(reports, flags.verbose === true);
      process.stdout.write(out);
      const failing = reports.some((r) => r.verdict === 'malicious' || r.verdict === 'error' || (failOnSuspicious && r.verdict === 'suspicious'));
      process.exitCode = failing ? EXIT_FAIL : EXIT_OK;
    });
}
