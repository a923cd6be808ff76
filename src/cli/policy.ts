import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createGuard } from '../core/guard.js';
import { DEFAULT_POLICY_YAML } from '../core/policy/default-policy.js';
import { loadPolicyFile } from '../core/policy/load.js';
import { UsageError } from './io.js';

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('write and validate policy files');

  policy
    .command('init')
    .description('write the commented built-in policy (to stdout, or to FILE)')
    .argument('[file]', 'where to write it')
    .option('--force', 'overwrite an existing file')
    .action((file: string | undefined, flags: { force?: boolean }) => {
      if (!file) {
        process.stdout.write(DEFAULT_POLICY_YAML);
        return;
      }
      if (existsSync(file) && !flags.force) throw new UsageError(`${file} exists; pass --force to overwrite it`);
      writeFileSync(file, DEFAULT_POLICY_YAML);
      process.stdout.write(`wrote ${file}\n`);
    });

  policy
    .command('validate')
    .description('check a policy file: syntax, types, and that every scanner it names exists')
    .argument('<file>', 'policy file (YAML or JSON)')
    .action((file: string) => {
      const parsed = loadPolicyFile(file);
      createGuard(parsed); // resolves scanner ids; throws with the path of any unknown one
      process.stdout.write(`${file}: valid\n`);
    });
}
