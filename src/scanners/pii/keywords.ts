import type { Recognizer } from './recognizer.js';

/**
 * The `keywords` gate of recognizers that run only when a word such as "passport" occurs: one scan
 * of the lower-cased text for all such words at once, instead of one `includes` per word.
 */

interface KeywordGate {
  pattern: RegExp;
  /** Keyword → indices of the recognizers it enables. */
  owners: Map<string, number[]>;
}

const gatesByList = new WeakMap<readonly Recognizer[], KeywordGate | null>();

function gateFor(recognizers: readonly Recognizer[]): KeywordGate | null {
  let gate = gatesByList.get(recognizers);
  if (gate !== undefined) return gate;
  const owners = new Map<string, number[]>();
  recognizers.forEach((r, i) => {
    for (const k of r.keywords ?? []) owners.set(k, [...(owners.get(k) ?? []), i]);
  });
  const words = [...owners.keys()];
  gate = words.length === 0 ? null : { pattern: new RegExp(words.map(escapeRegExp).join('|'), 'g'), owners };
  gatesByList.set(recognizers, gate);
  return gate;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Indices of the recognizers whose keywords occur in `lower` (the lower-cased text). */
export function recognizersWithKeywords(lower: string, recognizers: readonly Recognizer[]): Set<number> {
  const found = new Set<number>();
  const gate = gateFor(recognizers);
  if (!gate) return found;
  const re = gate.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    // Several keywords may begin here ("pass" and "passport"): the regex reports one, check all.
    for (const [word, owners] of gate.owners) {
      if (lower.startsWith(word, m.index)) for (const i of owners) found.add(i);
    }
    re.lastIndex = m.index + 1;
  }
  return found;
}
