import { Redis } from 'ioredis';
import { createKillState, type KillEntry, type KillSwitch } from './kill-switch.js';
import { WINDOW_MS, retryAfterSeconds, type Limiter } from './limits.js';

/**
 * Limits and the kill switch in Redis, so several replicas behind a load balancer act as one.
 * A Lua script checks and counts atomically; counters expire with their window.
 */
const ADMIT = `
local req = tonumber(redis.call('GET', KEYS[1]) or '0')
local rpm = tonumber(ARGV[1])
if rpm > 0 and req >= rpm then return {1, redis.call('PTTL', KEYS[1])} end
local tok = tonumber(redis.call('GET', KEYS[2]) or '0')
local tpm = tonumber(ARGV[2])
if tpm > 0 and tok >= tpm then return {2, redis.call('PTTL', KEYS[2])} end
local conc = tonumber(ARGV[3])
if conc > 0 then
  local n = redis.call('INCR', KEYS[3])
  redis.call('PEXPIRE', KEYS[3], 300000)
  if n > conc then redis.call('DECR', KEYS[3]); return {3, 1000} end
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return {0, 0}
`;

export function createRedisLimiter(url: string, prefix = 'rampart'): Limiter {
  // Commands wait for the connection, but never long: a dead Redis must fail the request, not hang it.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
  redis.on('error', () => undefined);
  redis.defineCommand('rampartAdmit', { numberOfKeys: 3, lua: ADMIT });
  const keys = (subject: string, now: number) => {
    const w = Math.floor(now / WINDOW_MS);
    return { req: `${prefix}:rl:${subject}:${w}:r`, tok: `${prefix}:rl:${subject}:${w}:t`, conc: `${prefix}:rl:${subject}:c` };
  };
  return {
    async admit(subject, rule, now = Date.now()) {
      const k = keys(subject, now);
      const admit = (redis as unknown as { rampartAdmit: (...a: unknown[]) => Promise<[number, number]> }).rampartAdmit;
      // A Redis failure refuses the request (fail closed) rather than dropping the limit.
      const [code] = await admit.call(redis, k.req, k.tok, k.conc, rule.rpm ?? 0, rule.tpm ?? 0, rule.concurrency ?? 0, WINDOW_MS + 5000);
      if (code === 0) return { ok: true };
      const reason = code === 1 ? 'rpm' : code === 2 ? 'tpm' : 'concurrency';
      return { ok: false, reason, retryAfter: reason === 'concurrency' ? 1 : retryAfterSeconds(now) };
    },
    release(subject, rule) {
      if (rule.concurrency) redis.decr(keys(subject, Date.now()).conc).catch(() => undefined);
    },
    addTokens(subject, tokens, rule, now = Date.now()) {
      if (!rule.tpm || tokens <= 0) return;
      const k = keys(subject, now).tok;
      redis.multi().incrby(k, Math.ceil(tokens)).pexpire(k, WINDOW_MS + 5000).exec().catch(() => undefined);
    },
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * State kept in Redis and mirrored in memory on every replica: `reload` reads it all, once now, again
 * whenever a change is announced on `channel`, and every `reloadMs` (pub/sub loses messages sent
 * while a replica was reconnecting; the periodic reload catches up). Returns the command connection
 * (for writes and announcements) and the closer.
 */
export async function mirrorRedisState(
  url: string,
  channel: string,
  reload: (redis: Redis) => Promise<void>,
  reloadMs = 1000,
): Promise<{ redis: Redis; close(): Promise<void> }> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  const sub = new Redis(url);
  redis.on('error', () => undefined);
  sub.on('error', () => undefined);
  await reload(redis);
  await sub.subscribe(channel);
  sub.on('message', () => void reload(redis).catch(() => undefined));
  const timer = setInterval(() => void reload(redis).catch(() => undefined), reloadMs);
  timer.unref();
  return {
    redis,
    async close() {
      clearInterval(timer);
      sub.disconnect();
      redis.disconnect();
    },
  };
}

/** Kill switch state in a Redis hash; changes are published on a channel every replica listens to. */
export async function createRedisKillSwitch(url: string, prefix = 'rampart', reloadMs = 1000): Promise<KillSwitch> {
  const hashKey = `${prefix}:kill`;
  const channel = `${prefix}:kill:changed`;
  const state = createKillState();
  const reload = async (redis: Redis) => {
    const all = await redis.hgetall(hashKey);
    const map = new Map<string, KillEntry>();
    for (const [scope, raw] of Object.entries(all)) {
      try {
        const e = JSON.parse(raw) as KillEntry;
        if (e.on) map.set(scope, e);
      } catch {
        // A corrupt entry is treated as on: a kill switch fails closed.
        map.set(scope, { on: true, reason: 'unreadable kill switch entry', at: Date.now() });
      }
    }
    state.replace(map);
  };
  const { redis, close } = await mirrorRedisState(url, channel, reload, reloadMs);
  return {
    ...state.view,
    async set(scope, on, reason) {
      const entry: KillEntry = { on, ...(reason ? { reason } : {}), at: Date.now() };
      if (on) await redis.hset(hashKey, scope, JSON.stringify(entry));
      else await redis.hdel(hashKey, scope);
      state.apply(scope, entry);
      await redis.publish(channel, scope);
    },
    close,
  };
}
