/**
 * Bounds that every artifact parser honours, so a hostile file ends as an error finding in bounded time
 * and memory. The defaults keep one file under ~2 s and a few hundred MB on a slow core.
 */
export interface ScanLimits {
  /** Largest pickle stream the VM will read (bytes). */
  maxPickleBytes: number;
  /** Opcodes executed per pickle stream. */
  maxOpcodes: number;
  /** Symbolic objects the VM may create per stream. */
  maxObjects: number;
  /** Distinct memo entries. */
  maxMemo: number;
  /** Values on the VM stack (all mark levels together). */
  maxStack: number;
  /** Container nesting depth. */
  maxNesting: number;
  /** Pickles read back to back in one stream. */
  maxStackedPickles: number;
  /** Nested pickles followed (pickle-in-bytes, zip-in-zip ...). */
  maxNestingDepth: number;
  /** Bytes any one decompression may produce. */
  maxDecompressedBytes: number;
  /** Entries in one zip or tar. */
  maxArchiveEntries: number;
  /** JSON/text metadata read in full (config.json, safetensors header, GGUF strings). */
  maxMetadataBytes: number;
  /** Wall-clock budget per file (ms); checked between work units, never by killing. */
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ScanLimits = {
  maxPickleBytes: 256 * 1024 * 1024,
  maxOpcodes: 10_000_000,
  maxObjects: 2_000_000,
  maxMemo: 1_000_000,
  maxStack: 100_000,
  maxNesting: 10_000,
  maxStackedPickles: 64,
  maxNestingDepth: 4,
  maxDecompressedBytes: 256 * 1024 * 1024,
  maxArchiveEntries: 100_000,
  maxMetadataBytes: 100 * 1024 * 1024,
  timeBudgetMs: 1_200,
};

/** Tracks the per-file time budget. */
export class Deadline {
  private readonly end: number;
  constructor(budgetMs: number) {
    this.end = performance.now() + budgetMs;
  }
  expired(): boolean {
    return performance.now() > this.end;
  }
}
