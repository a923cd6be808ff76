// RampartBlockedError lives in core (the stream hold-back guard throws it too); the adapters re-export it.
export { RampartBlockedError, type BlockReason } from '../core/blocked-error.js';

/**
 * Thrown when code calls an SDK method the adapter cannot guard. Failing loudly is safer than letting
 * a wrapped client quietly send unguarded traffic.
 */
export class RampartUnsupportedError extends Error {
  constructor(method: string, hint: string) {
    super(`rampart: ${method} is not guarded by this adapter; ${hint}`);
    this.name = 'RampartUnsupportedError';
  }
}
