import { Command, CommanderError } from 'commander';
import { PolicyScannerError } from '../core/guard.js';
import { PolicyError } from '../core/policy/load.js';
import { EXIT_USAGE, UsageError } from './io.js';

type Register = (program: Command) => void;

/**
 * Every command is one module with a `register(program)` function. Modules are loaded only for the
 * command being run (the gateway, MCP and artifact modules pull in heavy dependencies), and all of
 * them for `--help` or an unknown command. The key is the top-level command name(s) a module adds.
 */
const COMMANDS: ReadonlyArray<{ names: readonly string[]; load: () => Promise<Register> }> = [
  { names: ['check'], load: async () => (await import('./check.js')).registerCheck },
  { names: ['policy'], load: async () => (await import('./policy.js')).registerPolicy },
  { names: ['redact'], load: async () => (await import('./redact.js')).registerRedact },
  { names: ['eval'], load: async () => (await import('./eval-injection.js')).registerEvalInjection },
  { names: ['eval'], load: async () => (await import('./eval-pii.js')).registerEvalPii },
  { names: ['serve'], load: async () => (await import('./serve.js')).registerServe },
  { names: ['audit'], load: async () => (await import('./audit.js')).registerAudit },
  { names: ['keys'], load: async () => (await import('./keys.js')).registerKeys },
  { names: ['kill'], load: async () => (await import('./kill.js')).registerKill },
  { names: ['mcp'], load: async () => (await import('./mcp.js')).registerMcp },
  { names: ['approvals'], load: async () => (await import('./approvals.js')).registerApprovals },
  { names: ['scan'], load: async () => (await import('./scan.js')).registerScan },
  { names: ['pin', 'verify'], load: async () => (await import('./pin.js')).registerPin },
  { names: ['sign', 'verify-signature'], load: async () => (await import('./sign.js')).registerSign },
];

export async function buildProgram(commandName?: string): Promise<Command> {
  // check, eval and serve build guards on the built-in scanners. Only those are loaded here, not the
  // whole library entry (the agent firewall and artifact modules cost half a second of start-up).
  (await import('../scanners/index.js')).installDefaultRegistry();
  const program = new Command()
    .name('rampart')
    .description('Rampart: a security layer for AI systems')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) });
  const wanted = COMMANDS.filter((c) => commandName !== undefined && c.names.includes(commandName));
  for (const c of wanted.length > 0 ? wanted : COMMANDS) (await c.load())(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  const program = await buildProgram(argv[2]);
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
