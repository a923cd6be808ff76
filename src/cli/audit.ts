import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { openPgStore, openSqliteStore, readPublicKeyFile, verifyAuditStore, type AuditConfig } from '../audit/index.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';

interface VerifyFlags {
  db?: string;
  postgres?: string;
  prefix?: string;
  publicKey?: string;
  anchor?: string;
  json?: boolean;
}

/** `rampart audit verify`: walks the hash chain and the signed checkpoints; exit 0 only when intact. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('inspect the tamper-evident audit log');
  audit
    .command('verify')
    .description('verify the audit hash chain and signed checkpoints; exit 0 = intact, 1 = tampered or unreadable')
    .option('--db <file>', 'SQLite audit database (default .rampart/rampart.db, what rampart serve writes)')
    .option('--postgres <url>', 'PostgreSQL connection string instead of a SQLite file (or RAMPART_AUDIT_POSTGRES)')
    .option('--prefix <prefix>', 'PostgreSQL table prefix (default rampart_)')
    .option('--public-key <file>', 'trusted checkpoint public key (default: <key>.pub beside the database)')
    .option('--anchor <file>', 'anchor file holding the latest checkpoint (default: <db>.anchor)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: VerifyFlags) => {
      const postgresUrl = flags.postgres ?? process.env.RAMPART_AUDIT_POSTGRES;
      const config: AuditConfig = postgresUrl
        ? { postgresUrl, ...(flags.prefix ? { postgresPrefix: flags.prefix } : {}) }
        : { sqlitePath: flags.db ?? '.rampart/rampart.db' };
      if (config.sqlitePath && !existsSync(config.sqlitePath)) throw new UsageError(`audit database ${config.sqlitePath} does not exist`);
      let store;
      try {
        store = config.postgresUrl
          ? await openPgStore({ connectionString: config.postgresUrl, ...(config.postgresPrefix ? { prefix: config.postgresPrefix } : {}) })
          : openSqliteStore(config.sqlitePath!, { readonly: true });
      } catch (err) {
        process.stderr.write(`rampart: cannot open the audit store: ${(err as Error).message.split('\n')[0]}\n`);
        process.exitCode = EXIT_FAIL;
        return;
      }
      try {
        const publicKey = flags.publicKey ? readPublicKeyFile(flags.publicKey) : undefined;
        const result = await verifyAuditStore(store, config, {
          ...(publicKey ? { publicKey } : {}),
          ...(flags.anchor ? { anchorPath: flags.anchor } : {}),
        });
        if (flags.json) process.stdout.write(`${JSON.stringify(result)}\n`);
        else {
          process.stdout.write(
            `${result.ok ? 'OK' : 'TAMPERED'}: ${result.events} events, ${result.checkpoints} checkpoints, head seq ${result.head.seq}` +
              `${result.keyPinned ? '' : ' (checkpoint key not pinned: pass --public-key)'}\n`,
          );
          for (const p of result.problems) process.stdout.write(`  - ${p}\n`);
        }
        process.exitCode = result.ok ? EXIT_OK : EXIT_FAIL;
      } catch (err) {
        process.stderr.write(`rampart: audit verify failed: ${(err as Error).message.split('\n')[0]}\n`);
        process.exitCode = EXIT_FAIL;
      } finally {
        await store.close();
      }
    });
}
