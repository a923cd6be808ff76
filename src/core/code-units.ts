import { Buffer } from 'node:buffer';

/** Whether a Uint16Array reads the bytes of `utf16le` as written (little-endian platforms). */
const LITTLE_ENDIAN = new Uint16Array(Uint8Array.of(1, 0).buffer)[0] === 1;

/**
 * A text's UTF-16 code units in a typed array, for scan passes that read every character: an
 * element load costs less than `charCodeAt`, which checks the string's representation on every
 * call (on 4 KiB records of logs and prose a full pass takes a fifth to a quarter less time; the
 * copy costs a few percent of it).
 *
 * Each instance reuses one array for texts up to `kept` units (its scans are synchronous and do
 * not nest); a longer text gets an array of its own. `release` clears the reused array after a
 * scan, so it does not keep the last text scanned.
 */
export class CodeUnitScratch {
  private units = new Uint16Array(4096);
  private bytes = Buffer.from(this.units.buffer);

  constructor(private readonly kept = 1 << 20) {}

  /** The code units of `text` in the first `text.length` elements of the array returned. */
  read(text: string): Uint16Array {
    let units = this.units;
    let bytes = this.bytes;
    if (units.length < text.length) {
      units = new Uint16Array(Math.max(text.length, 2 * units.length));
      bytes = Buffer.from(units.buffer);
      if (units.length <= this.kept) {
        this.units = units;
        this.bytes = bytes;
      }
    }
    if (LITTLE_ENDIAN) bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
  }

  /** Clears the first `length` units of an array `read` returned, once the scan is done with them. */
  release(units: Uint16Array, length: number): void {
    if (units === this.units) units.fill(0, 0, length);
  }
}

/** `\s` of a regular expression, by UTF-16 code unit: the scan passes test whitespace without a regex. */
export function isSpaceUnit(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
