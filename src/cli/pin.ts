import type { Command } from 'commander';
import { LockError, verifyLock, writeLock } from '../artifacts/lock.js';
import { EXIT_FAIL, EXIT_OK, UsageError } from './io.js';

interface PinFlags {
  hubId?: string;
  revision?: string;
}

/**
 * `rampart pin DIR` writes rampart.lock.json (size + sha256 of every file, hub id + commit revision);
 * `rampart verify DIR` reports added, removed and changed files and exits 1 on any.
 */
export function registerPin(program: Command): void {
  program
    .command('pin')
    .description('write DIR/rampart.lock.json with the size and sha256 of every file (and the hub commit it came from)')
    .argument('<dir>', 'model folder')
    .option('--hub-id <id>', 'hub repository id, e.g. org/model')
    .option('--revision <commit>', 'the 40-hex commit id the files came from (tags and branches are refused)')
    .action(async (dir: string, flags: PinFlags) => {
      try {
        const lock = await writeLock(dir, { ...(flags.hubId !== undefined ? { hubId: flags.hubId } : {}), ...(flags.revision !== undefined ? { revision: flags.revision } : {}) });
        const n = Object.keys(lock.files).length;
        const bytes = Object.values(lock.files).reduce((a, e) => a + e.size, 0);
        process.stdout.write(`pinned ${n} file(s), ${bytes} bytes -> ${dir}/rampart.lock.json\n`);
      } catch (err) {
        if (err instanceof LockError) throw new UsageError(err.message);
        throw new UsageError(`cannot pin ${dir}: ${(err as Error).message}`);
      }
    });
  program
    .command('verify')
    .description('check DIR against its rampart.lock.json; exit 1 if any file was added, removed or changed')
    .argument('<dir>', 'model folder')
    .option('--lock <file>', 'lock file (default DIR/rampart.lock.json)')
    .option('--json', 'print the result as JSON')
    .action(async (dir: string, flags: { lock?: string; json?: boolean }) => {
      let diff;
      try {
        diff = await verifyLock(dir, flags.lock);
      } catch (err) {
        if (err instanceof LockError) throw new UsageError(err.message);
        throw err;
      }
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ ok: diff.ok, added: diff.added, removed: diff.removed, changed: diff.changed, hub: diff.lock.hub ?? null })}\n`);
      } else {
        const lines = [diff.ok ? `OK ${dir} matches its lock (${Object.keys(diff.lock.files).length} files)` : `MISMATCH ${dir}`];
        for (const f of diff.added) lines.push(`  added    ${f}`);
        for (const f of diff.removed) lines.push(`  removed  ${f}`);
        for (const c of diff.changed) lines.push(`  changed  ${c.path} (sha256 ${c.expected.sha256.slice(0, 12)}.. -> ${c.actual.sha256.slice(0, 12)}.., ${c.expected.size} -> ${c.actual.size} bytes)`);
        process.stdout.write(`${lines.join('\n')}\n`);
      }
      process.exitCode = diff.ok ? EXIT_OK : EXIT_FAIL;
    });
}
