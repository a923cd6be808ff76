import type { ScannerRegistry } from '../core/registry.js';
import { defaultPolicy } from '../core/policy/load.js';
import type { Policy } from '../core/policy/schema.js';

/**
 * The built-in policy, keeping only scanners this build registers. Scanners land one at a time;
 * until one does, the gateway runs the others instead of refusing to start. A policy the user
 * wrote is never trimmed: an unknown scanner there is an error.
 */
export function builtInPolicyFor(registry: ScannerRegistry): { policy: Policy; missing: string[] } {
  const policy = defaultPolicy();
  const missing: string[] = [];
  for (const direction of ['input', 'output', 'tool'] as const) {
    for (const id of Object.keys(policy[direction].scanners)) {
      const scanner = registry.get(id);
      if (!scanner || !scanner.directions.includes(direction)) {
        delete policy[direction].scanners[id];
        missing.push(`${direction}.${id}`);
      }
    }
  }
  return { policy, missing };
}
