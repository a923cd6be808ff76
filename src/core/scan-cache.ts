import { createHash } from 'node:crypto';
import type { RawFinding } from './types.js';

/**
 * Findings of deterministic scanners for input texts the guard has already scanned.
 *
 * A chat client sends the whole conversation with every request, and the system prompt with each:
 * without this, a 20-turn conversation is scanned 20 times over and the guard's cost grows with the
 * square of its length. Only the new message needs a scan.
 *
 * - Keys are SHA-256 of (scope, text): the cache never holds a prompt, and findings hold no text
 *   (Finding.detail must never carry PII or secrets), so nothing personal outlives the request.
 * - The scope (the gateway passes the API key id) keeps one client from learning, by timing,
 *   whether another one sent a text.
 * - Entries are per guard, so per policy. LRU, bounded by count.
 */
export interface ScanCache {
  /** Texts shorter than this are scanned every time (a hash and a map entry cost more than the scan). */
  readonly minChars: number;
  key(scope: string, text: string): string;
  get(key: string): ReadonlyMap<string, readonly RawFinding[]> | undefined;
  /** Remembers one scanner's findings (already mapped to the original text) for a key. */
  set(key: string, scannerId: string, findings: readonly RawFinding[]): void;
  readonly stats: { hits: number; misses: number };
}

export interface ScanCacheOptions {
  /** Texts remembered at most (default 4096). */
  maxEntries?: number;
  /** Shorter texts are not worth a hash and a map entry (default 64 characters). */
  minChars?: number;
}

export function createScanCache(options: ScanCacheOptions = {}): ScanCache {
  const maxEntries = options.maxEntries ?? 4096;
  const entries = new Map<string, Map<string, readonly RawFinding[]>>();
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    minChars: options.minChars ?? 64,
    key: (scope, text) => createHash('sha256').update(scope).update('\u0000').update(text).digest('base64'),
    get(key) {
      const hit = entries.get(key);
      if (!hit) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      // Refresh its place in the LRU order.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    },
    set(key, scannerId, findings) {
      let byScanner = entries.get(key);
      if (!byScanner) {
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
        entries.set(key, (byScanner = new Map()));
      }
      byScanner.set(scannerId, findings.map(freezeFinding));
    },
  };
}

/** Cached findings are shared by every later decision: frozen, so no consumer can alter another's. */
function freezeFinding(f: RawFinding): RawFinding {
  if (f.detail) Object.freeze(f.detail);
  return Object.freeze(f);
}
