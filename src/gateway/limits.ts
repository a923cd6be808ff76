/**
 * Rate limits per subject (a key id or a client address): requests and tokens per minute in fixed
 * one-minute windows, and concurrent requests. In memory by default; the Redis limiter shares the
 * same counters between replicas.
 */
export interface LimitRule {
  rpm?: number | null;
  tpm?: number | null;
  concurrency?: number | null;
}

export type Admission = { ok: true } | { ok: false; reason: 'rpm' | 'tpm' | 'concurrency'; retryAfter: number };

export interface Limiter {
  /** Counts one request against the rule, or refuses it with how long to wait (seconds). */
  admit(subject: string, rule: LimitRule, now?: number): Promise<Admission>;
  /** Ends one concurrent request admitted with a concurrency rule. */
  release(subject: string, rule: LimitRule): void;
  /** Adds tokens a finished request used (from the response's usage, or an estimate for streams). */
  addTokens(subject: string, tokens: number, rule: LimitRule, now?: number): void;
  close(): Promise<void>;
}

export const WINDOW_MS = 60_000;

export function hasRule(rule: LimitRule): boolean {
  return Boolean(rule.rpm || rule.tpm || rule.concurrency);
}

export function retryAfterSeconds(now: number): number {
  return Math.max(1, Math.ceil((WINDOW_MS - (now % WINDOW_MS)) / 1000));
}

interface Counter {
  window: number;
  requests: number;
  tokens: number;
}

/** One process's limits. Old windows are dropped as they are touched, and swept when the map grows. */
export function createMemoryLimiter(): Limiter {
  const counters = new Map<string, Counter>();
  const inFlight = new Map<string, number>();
  const counter = (subject: string, now: number): Counter => {
    const window = Math.floor(now / WINDOW_MS);
    let c = counters.get(subject);
    if (!c || c.window !== window) {
      if (counters.size > 100_000) for (const [k, v] of counters) if (v.window !== window) counters.delete(k);
      c = { window, requests: 0, tokens: 0 };
      counters.set(subject, c);
    }
    return c;
  };
  return {
    async admit(subject, rule, now = Date.now()) {
      const c = counter(subject, now);
      if (rule.rpm && c.requests >= rule.rpm) return { ok: false, reason: 'rpm', retryAfter: retryAfterSeconds(now) };
      if (rule.tpm && c.tokens >= rule.tpm) return { ok: false, reason: 'tpm', retryAfter: retryAfterSeconds(now) };
      if (rule.concurrency) {
        const n = inFlight.get(subject) ?? 0;
        if (n >= rule.concurrency) return { ok: false, reason: 'concurrency', retryAfter: 1 };
        inFlight.set(subject, n + 1);
      }
      c.requests += 1;
      return { ok: true };
    },
    release(subject, rule) {
      if (!rule.concurrency) return;
      const n = (inFlight.get(subject) ?? 1) - 1;
      if (n <= 0) inFlight.delete(subject);
      else inFlight.set(subject, n);
    },
    addTokens(subject, tokens, rule, now = Date.now()) {
      if (!rule.tpm || tokens <= 0) return;
      counter(subject, now).tokens += tokens;
    },
    async close() {},
  };
}
