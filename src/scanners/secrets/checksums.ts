/**
 * Checksums built into some token formats. GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`) and npm
 * (`npm_`) tokens end in six base62 characters holding the CRC32 of the 30 random characters before
 * them, so a token that passes is almost certainly one the service issued (a typo or an invented
 * value fails with probability 1 - 62^-6).
 *
 * A failed checksum only lowers the score: test fixtures, generated samples and tokens edited by
 * hand are common in data sets and prompts, and a key-shaped value in a prompt is still worth
 * flagging; a passing one is reported with more confidence.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, the zlib one) of an ASCII string. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base62, left-padded with zeros to `width` characters. */
export function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  do {
    s = BASE62[v % 62] + s;
    v = Math.floor(v / 62);
  } while (v > 0);
  return s.padStart(width, '0');
}

/**
 * Whether a `<prefix>_<30 random><6 checksum>` token (GitHub classic formats, npm) carries a valid
 * CRC32 checksum. Returns false for any other shape.
 */
export function hasValidBase62Checksum(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36 || !/^[A-Za-z0-9]+$/.test(body)) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}
