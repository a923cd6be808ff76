import { Redis } from 'ioredis';
import type { ApprovalStore } from './store.js';

/**
 * Approval notifications across replicas: whoever decides an approval publishes its id on a Redis
 * channel, and the proxy holding that call wakes at once instead of at its next poll. Polling stays
 * as the fallback (a lost message only delays the call), so Redis is never a source of truth.
 */
export interface ApprovalNotifier {
  /** Announces that approval `id` was decided. */
  publish(id: string): Promise<void>;
  /** Resolves when `id` is announced or after `ms`, whichever comes first. */
  wait(id: string, ms: number, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export function createRedisNotifier(url: string, channel = 'rampart:approvals'): ApprovalNotifier {
  const pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const waiters = new Map<string, Set<() => void>>();
  // Settled once the subscription is in place, or has failed (then the timer alone paces the caller's polls).
  let settled = false;
  const subscribed = sub.subscribe(channel).then(
    () => void (settled = true),
    () => void (settled = true),
  );
  // Ids announced lately: a decision that lands between a waiter's store read and its wait()
  // must still wake it, so announcements are remembered for a minute.
  const recent = new Map<string, number>();
  sub.on('message', (ch: string, id: string) => {
    if (ch !== channel) return;
    recent.set(id, Date.now());
    if (recent.size > 10_000) recent.delete(recent.keys().next().value!);
    for (const wake of waiters.get(id) ?? []) wake();
  });
  // Connection errors are reported through failed publishes; polling covers the gap.
  pub.on('error', () => {});
  sub.on('error', () => {});
  return {
    async publish(id) {
      await pub.publish(channel, id);
    },
    async wait(id, ms, signal) {
      if (!settled) {
        // A decision announced before the subscription was in place was never heard: return so
        // the caller reads the store again, now that later announcements will be.
        await subscribed;
        return;
      }
      const seen = recent.get(id);
      if (seen !== undefined && Date.now() - seen < 60_000) {
        recent.delete(id);
        return;
      }
      await new Promise<void>((resolve) => {
        let set = waiters.get(id);
        if (!set) waiters.set(id, (set = new Set()));
        const done = (): void => {
          clearTimeout(timer);
          set!.delete(done);
          if (set!.size === 0) waiters.delete(id);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        set.add(done);
        signal?.addEventListener('abort', done, { once: true });
      });
    },
    async close() {
      await Promise.allSettled([pub.quit(), sub.quit()]);
    },
  };
}

/** A store whose decisions are announced through the notifier. */
export function notifyingStore(store: ApprovalStore, notifier: ApprovalNotifier): ApprovalStore {
  return {
    create: (input) => store.create(input),
    get: (id) => store.get(id),
    listPending: (limit) => store.listPending(limit),
    expire: (id) => store.expire(id),
    async decide(id, decision) {
      const record = await store.decide(id, decision);
      await notifier.publish(id).catch(() => undefined);
      return record;
    },
  };
}
