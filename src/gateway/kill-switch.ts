/**
 * The kill switch: stop everything, one key, or one model route at once. State lives in memory;
 * with Redis configured it is stored there and changes are published so every replica applies
 * them within a second (a periodic reload covers a missed message).
 */
export interface KillEntry {
  on: boolean;
  reason?: string;
  at: number;
}

export interface KillState {
  /** Scope (`global`, `key:<id>`, `model:<name>`) → entry; only entries that are on are kept. */
  readonly entries: ReadonlyMap<string, KillEntry>;
}

export interface KillSwitch {
  /** The first scope that is switched off for this request, or undefined. */
  blocked(keyId: string | undefined, model: string | undefined): { scope: string; reason?: string } | undefined;
  set(scope: string, on: boolean, reason?: string): Promise<void>;
  list(): Array<{ scope: string } & KillEntry>;
  close(): Promise<void>;
}

export const SCOPE_PATTERN = /^(global|key:[A-Za-z0-9_.-]{1,128}|model:[^\s]{1,256})$/;

/** A switch whose state is a map updated by `apply`; the Redis variant feeds it from pub/sub. */
export function createKillState(): { apply(scope: string, entry: KillEntry | undefined): void; replace(all: Map<string, KillEntry>): void; view: Omit<KillSwitch, 'set' | 'close'> } {
  let entries = new Map<string, KillEntry>();
  return {
    apply(scope, entry) {
      if (entry?.on) entries.set(scope, entry);
      else entries.delete(scope);
    },
    replace(all) {
      entries = all;
    },
    view: {
      blocked(keyId, model) {
        if (entries.size === 0) return undefined;
        for (const scope of ['global', keyId ? `key:${keyId}` : '', model ? `model:${model}` : '']) {
          const e = scope ? entries.get(scope) : undefined;
          if (e?.on) return { scope, ...(e.reason ? { reason: e.reason } : {}) };
        }
        return undefined;
      },
      list: () => [...entries].map(([scope, e]) => ({ scope, ...e })),
    },
  };
}

export function createMemoryKillSwitch(): KillSwitch {
  const state = createKillState();
  return {
    ...state.view,
    async set(scope, on, reason) {
      state.apply(scope, { on, ...(reason ? { reason } : {}), at: Date.now() });
    },
    async close() {},
  };
}
