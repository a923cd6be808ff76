import type { Scanner } from './types.js';

/** The scanners a guard can run, by id. Adding a scanner means registering it; nothing else changes. */
export class ScannerRegistry {
  private readonly scanners = new Map<string, Scanner>();

  register(scanner: Scanner): this {
    if (!/^[a-z][a-z0-9._-]*$/.test(scanner.id)) throw new Error(`invalid scanner id "${scanner.id}"`);
    if (this.scanners.has(scanner.id)) throw new Error(`scanner "${scanner.id}" is already registered`);
    this.scanners.set(scanner.id, scanner);
    return this;
  }

  get(id: string): Scanner | undefined {
    return this.scanners.get(id);
  }

  ids(): string[] {
    return [...this.scanners.keys()].sort();
  }
}
