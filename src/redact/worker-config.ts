import { redactSpans, type Replacer } from '../core/redact.js';
import type { Finding } from '../core/types.js';
import { createRedactor, type RedactionMode } from './modes.js';
import { createSpanDetector } from './stream.js';

/**
 * What a redaction worker needs to rebuild the detector and the replacer on its own thread
 * (functions cannot cross threads; this plain object can).
 */
export interface RedactionConfig {
  types?: string[];
  entities: boolean;
  mode: RedactionMode;
  /** HMAC key for hash / fake modes. Pseudonyms need one shared vault and never run in workers. */
  hmacKey?: string;
}

/** A string redactor built from the config, counting what it replaces into `byType`. */
export function createStringRedactor(config: RedactionConfig, byType: Record<string, number>, replacer?: Replacer): (s: string) => string {
  const detect = createSpanDetector({ ...(config.types ? { types: config.types } : {}), entities: config.entities });
  const replace = replacer ?? createRedactor({ ...(config.hmacKey ? { hmacKey: config.hmacKey } : {}), override: { mode: config.mode } });
  return (s) => {
    const spans = detect(s);
    if (spans.length === 0) return s;
    const findings: Finding[] = spans.map((sp) => ({ scanner: 'dataset', kind: sp.kind, score: 1, start: sp.start, end: sp.end }));
    // Counted per replacement: overlapping spans (an API key inside a URL) become one replacement,
    // named after the first and longest of them (core/redact.ts).
    return redactSpans(s, findings, (f, original) => {
      byType[f.kind] = (byType[f.kind] ?? 0) + 1;
      return replace(f, original);
    });
  };
}
