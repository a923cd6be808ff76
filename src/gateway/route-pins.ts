import type { Redis } from 'ioredis';
import { mirrorRedisState } from './redis-state.js';

/** One change of a route alias's target through the admin API (`to` absent: back to the config's target). */
export interface PinChange {
  model: string;
  from?: string;
  to?: string;
  at: number;
}

/**
 * Route aliases pinned to exact model versions at run time (PUT /admin/routes/:model), over the
 * targets in the config. In memory by default; with Redis, stored there and announced on a
 * channel so every replica routes the same way within a second (a periodic reload covers a
 * missed message), and they survive restarts. Pins outlive config reloads: they are operator
 * decisions, undone by a rollback, not by editing the file.
 */
export interface RoutePins {
  /** The pinned target of a route alias, if one is set. */
  target(model: string): string | undefined;
  set(change: PinChange): Promise<void>;
  /** Changes, oldest first (the last 1000). */
  history(): PinChange[];
  close(): Promise<void>;
}

const MAX_HISTORY = 1000;

/** The in-memory state both variants keep; the Redis variant refills it from Redis. */
class PinState {
  pins = new Map<string, string>();
  changes: PinChange[] = [];

  apply(change: PinChange): void {
    if (change.to) this.pins.set(change.model, change.to);
    else this.pins.delete(change.model);
    this.changes.push(change);
    if (this.changes.length > MAX_HISTORY) this.changes.splice(0, this.changes.length - MAX_HISTORY);
  }
}

export function createMemoryRoutePins(): RoutePins {
  const state = new PinState();
  return {
    target: (model) => state.pins.get(model),
    async set(change) {
      state.apply(change);
    },
    history: () => [...state.changes],
    async close() {},
  };
}

export async function createRedisRoutePins(url: string, prefix = 'rampart', reloadMs = 1000): Promise<RoutePins> {
  const pinsKey = `${prefix}:pins`;
  const historyKey = `${prefix}:pins:history`;
  const channel = `${prefix}:pins:changed`;
  const state = new PinState();
  const reload = async (redis: Redis) => {
    const [pins, history] = await Promise.all([redis.hgetall(pinsKey), redis.lrange(historyKey, 0, -1)]);
    state.pins = new Map(Object.entries(pins));
    state.changes = history.flatMap((raw) => {
      try {
        return [JSON.parse(raw) as PinChange];
      } catch {
        return [];
      }
    });
  };
  const { redis, close } = await mirrorRedisState(url, channel, reload, reloadMs);
  return {
    target: (model) => state.pins.get(model),
    async set(change) {
      const tx = redis.multi();
      if (change.to) tx.hset(pinsKey, change.model, change.to);
      else tx.hdel(pinsKey, change.model);
      tx.rpush(historyKey, JSON.stringify(change)).ltrim(historyKey, -MAX_HISTORY, -1);
      const results = await tx.exec();
      const failed = results?.find(([err]) => err);
      if (!results || failed) throw new Error('the route pin could not be stored in Redis');
      state.apply(change);
      await redis.publish(channel, change.model);
    },
    history: () => [...state.changes],
    close,
  };
}
