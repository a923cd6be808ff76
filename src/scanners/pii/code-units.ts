import { CodeUnitScratch } from '../../core/code-units.js';

/**
 * The pii scan's typed copy of its text (core/code-units.ts), shared by its token pass and digit
 * runs: one scan reads it, and passes it on to both.
 */
const scratch = new CodeUnitScratch();

/** The code units of `text` in the first `text.length` elements of the array returned. */
export function codeUnits(text: string): Uint16Array {
  return scratch.read(text);
}

/** Clears the first `length` units of an array `codeUnits` returned, once the scan is done with them. */
export function releaseCodeUnits(units: Uint16Array, length: number): void {
  scratch.release(units, length);
}
