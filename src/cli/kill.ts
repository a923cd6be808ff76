import type { Command } from 'commander';
import { EXIT_FAIL, UsageError } from './io.js';

/** `rampart kill SCOPE [--off]`: flips the kill switch of a running gateway through its admin API. */
export function registerKill(program: Command): void {
  program
    .command('kill')
    .description('switch off everything (global), one key (key:<id>) or one model route (model:<name>) on a running gateway')
    .argument('<scope>', 'global | key:<id> | model:<name>')
    .option('--off', 'switch the scope back on (lift the kill)')
    .option('--reason <text>', 'why (stored in the audit log)')
    .option('--url <url>', 'gateway base URL', 'http://127.0.0.1:8787')
    .option('--admin-token <token>', 'admin token (or RAMPART_ADMIN_TOKEN)')
    .action(async (scope: string, flags: { off?: boolean; reason?: string; url: string; adminToken?: string }) => {
      const token = flags.adminToken ?? process.env.RAMPART_ADMIN_TOKEN;
      if (!token) throw new UsageError('an admin token is needed: --admin-token or RAMPART_ADMIN_TOKEN');
      let res: Response;
      try {
        res = await fetch(new URL('/admin/kill', flags.url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ scope, on: !flags.off, ...(flags.reason ? { reason: flags.reason } : {}) }),
        });
      } catch (err) {
        throw new UsageError(`cannot reach the gateway at ${flags.url}: ${(err as Error).message}`);
      }
      const text = await res.text();
      if (!res.ok) {
        process.stderr.write(`rampart: kill switch not changed (${res.status}): ${text.slice(0, 300)}\n`);
        process.exitCode = EXIT_FAIL;
        return;
      }
      process.stdout.write(`${flags.off ? 'lifted' : 'engaged'}: ${scope}\n`);
    });
}
