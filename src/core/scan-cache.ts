import { hash } from 'node:crypto';
import { deepFreeze } from './deep-freeze.js';
import type { RawFinding } from './types.js';

/**
 * Findings of deterministic scanners for input texts the guard has already scanned.
 *
 * A chat client sends the whole conversation with every request: without this, a 20-turn
 * conversation is scanned 20 times over and the guard's cost grows with the square of its length.
 * Only the new message needs a scan. (System and developer messages are never judged on input, so
 * they are not scanned at all.)
 *
 * - Keys are SHA-256 of (scope, text): the cache never holds a prompt, and findings hold no text
 *   (Finding.detail must never carry PII or secrets), so nothing personal outlives the request.
 * - The scope (the gateway passes the API key id) keeps one client from learning, by timing,
 *   whether another one sent a text.
 * - Entries are per guard, so per policy. LRU, bounded by the number of texts and by the number of
 *   findings held: one request full of e-mail addresses must not pin megabytes of findings.
 */
export interface ScanCache {
  /** Texts shorter than this are scanned every time (a hash and a map entry cost more than the scan). */
  readonly minChars: number;
  key(scope: string, text: string): string;
  get(key: string): ReadonlyMap<string, readonly RawFinding[]> | undefined;
  /** Remembers one scanner's findings (already mapped to the original text) for a key. */
  set(key: string, scannerId: string, findings: readonly RawFinding[]): void;
  readonly stats: { hits: number; misses: number; findingsHeld: number };
}

export interface ScanCacheOptions {
  /** Texts remembered at most (default 4096). */
  maxEntries?: number;
  /** Findings held at most, all texts together (default 32768, a few MB). */
  maxFindings?: number;
  /** One scanner's findings for one text are kept only up to this many (default 64); more are rescanned. */
  maxFindingsPerScan?: number;
  /** Shorter texts are not worth a hash and a map entry (default 64 characters). */
  minChars?: number;
}

interface Entry {
  byScanner: Map<string, readonly RawFinding[]>;
  findings: number;
}

export function createScanCache(options: ScanCacheOptions = {}): ScanCache {
  const maxEntries = positiveInt(options.maxEntries, 4096, 'maxEntries');
  const maxFindings = positiveInt(options.maxFindings, 32_768, 'maxFindings');
  const maxFindingsPerScan = positiveInt(options.maxFindingsPerScan, 64, 'maxFindingsPerScan');
  const entries = new Map<string, Entry>();
  const stats = { hits: 0, misses: 0, findingsHeld: 0 };
  const evictOldest = () => {
    const [oldest, entry] = entries.entries().next().value!;
    entries.delete(oldest);
    stats.findingsHeld -= entry.findings;
  };
  return {
    stats,
    minChars: options.minChars ?? 64,
    // The scope's length goes first, so no (scope, text) pair can spell another pair's key.
    // One-shot hash: no Hash object per text (a third of the key's cost on a 1 KB prompt).
    key: (scope, text) => hash('sha256', `${scope.length}:${scope}\u0000${text}`, 'base64'),
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
      return hit.byScanner;
    },
    set(key, scannerId, findings) {
      if (findings.length > maxFindingsPerScan) return;
      let entry = entries.get(key);
      if (!entry) {
        if (entries.size >= maxEntries) evictOldest();
        entries.set(key, (entry = { byScanner: new Map(), findings: 0 }));
      }
      // Two requests with the same text may both miss and both store: count the last one only.
      const replaced = entry.byScanner.get(scannerId)?.length ?? 0;
      entry.byScanner.set(scannerId, findings.map(freezeFinding));
      entry.findings += findings.length - replaced;
      stats.findingsHeld += findings.length - replaced;
      while (stats.findingsHeld > maxFindings && entries.size > 0) evictOldest();
    },
  };
}

/** Cached findings are shared by every later decision: frozen through and through, so no consumer can alter another's. */
function freezeFinding(f: RawFinding): RawFinding {
  deepFreeze(f.detail);
  return Object.freeze(f);
}

function positiveInt(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`scanCache.${name} must be a positive integer`);
  return value;
}
