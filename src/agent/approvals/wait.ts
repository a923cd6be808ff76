import { setTimeout as sleep } from 'node:timers/promises';
import type { ApprovalNotifier } from './redis-notify.js';
import type { ApprovalRecord, ApprovalStore } from './store.js';

/**
 * Waits until an approval is decided or its deadline passes, polling the store (which may be
 * changed by another process: the CLI, the API, another replica). At the deadline the approval is
 * marked expired in the store, so a late approve cannot slip a call through. With a notifier
 * (Redis), a decision announced by another process wakes the wait before the next poll.
 */
export async function waitForApproval(
  store: ApprovalStore,
  id: string,
  options: { pollMs: number; signal?: AbortSignal; now?: () => number; notifier?: ApprovalNotifier },
): Promise<ApprovalRecord> {
  const now = options.now ?? Date.now;
  for (;;) {
    const record = await store.get(id);
    if (!record) throw new Error(`approval ${id} disappeared from the store`);
    if (record.status !== 'pending') return record;
    const left = record.deadline - now();
    if (left <= 0) {
      const final = await store.expire(id);
      if (final && final.status !== 'pending') return final;
      continue;
    }
    if (options.signal?.aborted) throw new Error('approval wait cancelled');
    if (options.notifier) {
      await options.notifier.wait(id, Math.min(options.pollMs, left), options.signal);
      continue;
    }
    try {
      await sleep(Math.min(options.pollMs, left), undefined, options.signal ? { signal: options.signal } : undefined);
    } catch {
      throw new Error('approval wait cancelled');
    }
  }
}
