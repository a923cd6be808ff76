import type { Command } from 'commander';
import { openAuditLog } from '../audit/index.js';
import { openPgKeyStore, openSqliteKeyStore, type KeyStore } from '../gateway/keys.js';
import { EXIT_FAIL, UsageError } from './io.js';

interface StoreFlags {
  db?: string;
  postgres?: string;
}

async function withStores(flags: StoreFlags, run: (keys: KeyStore, audit: (e: Record<string, unknown>) => Promise<void>) => Promise<void>): Promise<void> {
  const postgres = flags.postgres ?? process.env.RAMPART_AUDIT_POSTGRES;
  const sqlite = flags.db ?? '.rampart/rampart.db';
  const keys = postgres ? await openPgKeyStore(postgres) : openSqliteKeyStore(sqlite);
  const log = await openAuditLog(postgres ? { postgresUrl: postgres } : { sqlitePath: sqlite });
  try {
    await run(keys, (e) => log.append({ type: 'admin', via: 'cli', ...e }));
  } finally {
    await keys.close();
    await log.close();
  }
}

const storeOptions = (c: Command) =>
  c.option('--db <file>', 'the gateway SQLite file (default .rampart/rampart.db)').option('--postgres <url>', 'PostgreSQL instead (or RAMPART_AUDIT_POSTGRES)');

/** `rampart keys create|list|revoke`: manage virtual keys in the gateway's store; every change is audited. */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage the gateway\'s virtual API keys');
  storeOptions(
    keys
      .command('create')
      .description('create a key; prints it once (only its hash is stored)')
      .requiredOption('--name <name>', 'who or what the key is for')
      .option('--models <list>', 'comma-separated models the key may use (default: all)')
      .option('--tools <list>', 'comma-separated tools the model may use with this key: function names, built-in tools as builtin:<type> (builtin:web_search, builtin:shell …), MCP tools as mcp:<server_url>/<tool> or mcp:<server_url>/*; default: any (docs/gateway.md, "Tool scopes")')
      .option('--rpm <n>', 'requests per minute')
      .option('--tpm <n>', 'tokens per minute')
      .option('--expires <date>', 'ISO date after which the key stops working')
      .option('--policy <name>', "a named policy from the gateway config's `policies` (default: the gateway's policy)")
      .option('--json', 'print JSON'),
  ).action(async (flags: StoreFlags & { name: string; models?: string; tools?: string; rpm?: string; tpm?: string; expires?: string; policy?: string; json?: boolean }) => {
    const int = (v: string | undefined, what: string) => {
      if (v === undefined) return null;
      if (!/^\d+$/.test(v) || Number(v) <= 0) throw new UsageError(`--${what} must be a positive integer`);
      return Number(v);
    };
    const expiresAt = flags.expires ? Date.parse(flags.expires) : null;
    if (Number.isNaN(expiresAt)) throw new UsageError('--expires must be an ISO date');
    const list = (v?: string) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : null);
    if (flags.policy !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(flags.policy)) throw new UsageError('--policy must be a policy name (letters, digits, _ or -)');
    const policy = flags.policy && flags.policy !== 'default' ? flags.policy : null;
    await withStores(flags, async (store, audit) => {
      // The gateway refuses (503) requests of a key whose policy its config does not define.
      const { record, key } = await store.create({ name: flags.name, models: list(flags.models), tools: list(flags.tools), rpm: int(flags.rpm, 'rpm'), tpm: int(flags.tpm, 'tpm'), expiresAt, policy });
      await audit({ action: 'key.create', keyId: record.id, name: record.name, models: record.models, policy: record.policy });
      process.stdout.write(flags.json ? `${JSON.stringify({ id: record.id, key })}\n` : `id:  ${record.id}\nkey: ${key}\n(store the key now: it is not shown again)\n`);
    });
  });
  storeOptions(keys.command('list').description('list keys (never the keys themselves)').option('--json', 'print JSON')).action(async (flags: StoreFlags & { json?: boolean }) => {
    await withStores(flags, async (store) => {
      const all = await store.list();
      if (flags.json) process.stdout.write(`${JSON.stringify(all)}\n`);
      else for (const k of all) process.stdout.write(`${k.id}  ${k.revokedAt ? 'revoked' : 'live   '}  ${k.name}  models=${k.models?.join(',') ?? '*'}${k.policy ? `  policy=${k.policy}` : ''}\n`);
    });
  });
  storeOptions(keys.command('revoke').description('revoke a key by id').argument('<id>')).action(async (id: string, flags: StoreFlags) => {
    await withStores(flags, async (store, audit) => {
      if (!(await store.revoke(id))) {
        process.stderr.write(`rampart: no live key ${id}\n`);
        process.exitCode = EXIT_FAIL;
        return;
      }
      await audit({ action: 'key.revoke', keyId: id });
      process.stdout.write(`revoked ${id}\n`);
    });
  });
}
