import { Command, CommanderError } from 'commander';
import { PolicyScannerError } from '../core/guard.js';
import { PolicyError } from '../core/policy/load.js';
import '../index.js'; // installs the default scanner registry
import { registerCheck } from './check.js';
import { EXIT_USAGE, UsageError } from './io.js';
import { registerPolicy } from './policy.js';

/** Every command is one module with a `register(program)` function; this file only wires them. */
const COMMANDS: Array<(program: Command) => void> = [registerCheck, registerPolicy];

export function buildProgram(): Command {
  const program = new Command()
    .name('rampart')
    .description('Rampart: a security layer for AI systems')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const register of COMMANDS) register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = exitCodeFor(err);
  }
}

function exitCodeFor(err: unknown): number {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    return err.exitCode === 0 ? 0 : EXIT_USAGE;
  }
  if (err instanceof UsageError || err instanceof PolicyError || err instanceof PolicyScannerError) {
    process.stderr.write(`rampart: ${err.message}\n`);
    return EXIT_USAGE;
  }
  process.stderr.write(`rampart: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  return 3;
}

await main(process.argv);
