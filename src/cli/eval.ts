import type { Command } from 'commander';

/**
 * The `eval` parent command, shared by every `rampart eval <what>` module: whichever registers first
 * creates it, the others attach their subcommand to the same one.
 */
export function evalCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'eval') ??
    program.command('eval').description('measure detectors against labelled data')
  );
}
