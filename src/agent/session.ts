import { randomUUID } from 'node:crypto';
import type { TaintLabel } from './config.js';

/**
 * One agent session: what it has been exposed to so far. Taints only ever grow within a session,
 * so "after reading private data, no outbound send" holds however the model orders its calls.
 */
export class ToolSession {
  readonly taints = new Set<TaintLabel>();
  constructor(readonly id: string = randomUUID()) {}

  /** Adds labels; returns the ones that were new. */
  taint(labels: Iterable<TaintLabel>): TaintLabel[] {
    const added: TaintLabel[] = [];
    for (const label of labels) {
      if (!this.taints.has(label)) {
        this.taints.add(label);
        added.push(label);
      }
    }
    return added;
  }
}
