import { setDefaultRegistry } from '../core/guard.js';
import { ScannerRegistry } from '../core/registry.js';
import { unicodeScanner } from './unicode/index.js';
import { injectionScanner } from './injection/index.js';
import { exfilScanner } from './exfil/index.js';
import { canaryScanner } from './canary/index.js';
import { promptLeakScanner } from './prompt-leak/index.js';
import { schemaScanner } from './schema/index.js';
import { piiScanner } from './pii/index.js';
import { secretsScanner } from './secrets/index.js';

/**
 * The built-in scanners. A new scanner is one folder under src/scanners/ and one line here;
 * nothing else in the engine changes.
 */
export function createDefaultRegistry(): ScannerRegistry {
  return new ScannerRegistry()
    .register(unicodeScanner)
    .register(injectionScanner)
    .register(exfilScanner)
    .register(canaryScanner)
    .register(promptLeakScanner)
    .register(schemaScanner)
    .register(piiScanner)
    .register(secretsScanner);
}

/** Makes the built-in scanners the registry `createGuard()` uses when none is passed. */
export function installDefaultRegistry(): void {
  setDefaultRegistry(createDefaultRegistry());
}
