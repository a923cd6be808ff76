import { ScannerRegistry } from '../core/registry.js';
import { unicodeScanner } from './unicode/index.js';

/**
 * The built-in scanners. A new scanner is one folder under src/scanners/ and one line here;
 * nothing else in the engine changes.
 */
export function createDefaultRegistry(): ScannerRegistry {
  return new ScannerRegistry()
    .register(unicodeScanner);
}
