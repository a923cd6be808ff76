import { createHash } from 'node:crypto';

/**
 * Validators for cryptocurrency addresses: Bitcoin base58check (P2PKH/P2SH), bech32/bech32m
 * segwit addresses, and Ethereum EIP-55 mixed-case checksums (Keccak-256, written here because
 * node:crypto's sha3-256 uses different padding).
 */

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Decodes base58 (bounded: at most 64 characters). */
function base58Decode(s: string): Uint8Array | undefined {
  if (s.length === 0 || s.length > 64) return undefined;
  let n = 0n;
  for (const ch of s) {
    const v = B58.indexOf(ch);
    if (v < 0) return undefined;
    n = n * 58n + BigInt(v);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.unshift(Number(n & 0xffn));
    n >>= 8n;
  }
  for (const ch of s) {
    if (ch !== '1') break;
    bytes.unshift(0);
  }
  return Uint8Array.from(bytes);
}

function sha256(b: Uint8Array): Buffer {
  return createHash('sha256').update(b).digest();
}

/** Bitcoin-style base58check address (25 bytes, version 0x00 or 0x05, double-SHA-256 checksum). */
export function base58CheckValid(s: string): boolean {
  const raw = base58Decode(s);
  if (!raw || raw.length !== 25) return false;
  const body = raw.subarray(0, 21);
  const check = sha256(sha256(body)).subarray(0, 4);
  return check.every((b, i) => b === raw[21 + i]) && (raw[0] === 0x00 || raw[0] === 0x05);
}

const BECH32_CHARS = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

/** Segwit address (BIP-173 bech32 for v0, BIP-350 bech32m for v1+), any human-readable part given. */
export function bech32AddressValid(addr: string): boolean {
  if (addr.length > 90 || (addr !== addr.toLowerCase() && addr !== addr.toUpperCase())) return false;
  const s = addr.toLowerCase();
  const sep = s.lastIndexOf('1');
  if (sep < 1 || s.length - sep - 1 < 7) return false;
  const hrp = s.slice(0, sep);
  const data: number[] = [];
  for (const ch of s.slice(sep + 1)) {
    const v = BECH32_CHARS.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const pm = polymod([...expanded, ...data]);
  const version = data[0]!;
  if (version === 0 ? pm !== 1 : pm !== 0x2bc830a3) return false;
  const programLen = Math.floor(((data.length - 7) * 5) / 8);
  return version <= 16 && programLen >= 2 && programLen <= 40 && (version !== 0 || programLen === 20 || programLen === 32);
}

// ---- Keccak-256 (the original padding, as Ethereum uses) ----
const RC = [
  0x0000000000000001n, 0x0000000000008082n, 0x800000000000808an, 0x8000000080008000n, 0x000000000000808bn,
  0x0000000080000001n, 0x8000000080008081n, 0x8000000000008009n, 0x000000000000008an, 0x0000000000000088n,
  0x0000000080008009n, 0x000000008000000an, 0x000000008000808bn, 0x800000000000008bn, 0x8000000000008089n,
  0x8000000000008003n, 0x8000000000008002n, 0x8000000000000080n, 0x000000000000800an, 0x800000008000000an,
  0x8000000080008081n, 0x8000000000008080n, 0x0000000080000001n, 0x8000000080008008n,
];
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];
const MASK = (1n << 64n) - 1n;

function rotl(x: bigint, n: number): bigint {
  return n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & MASK;
}

function keccakF(s: bigint[]): void {
  for (let round = 0; round < 24; round++) {
    const c = [0, 1, 2, 3, 4].map((x) => s[x]! ^ s[x + 5]! ^ s[x + 10]! ^ s[x + 15]! ^ s[x + 20]!);
    for (let x = 0; x < 5; x++) {
      const d = c[(x + 4) % 5]! ^ rotl(c[(x + 1) % 5]!, 1);
      for (let y = 0; y < 25; y += 5) s[y + x] = s[y + x]! ^ d;
    }
    const b = new Array<bigint>(25);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) b[y + 5 * ((2 * x + 3 * y) % 5)] = rotl(s[x + 5 * y]!, ROT[x + 5 * y]!);
    for (let x = 0; x < 5; x++) for (let y = 0; y < 5; y++) s[x + 5 * y] = b[x + 5 * y]! ^ (~b[((x + 1) % 5) + 5 * y]! & MASK & b[((x + 2) % 5) + 5 * y]!);
    s[0] = s[0]! ^ RC[round]!;
  }
}

/** Keccak-256 of a short ASCII string (used only for 40-character EIP-55 checks). */
export function keccak256Hex(input: string): string {
  const rate = 136;
  const bytes = Buffer.from(input, 'latin1');
  const padded = new Uint8Array(Math.ceil((bytes.length + 1) / rate) * rate);
  padded.set(bytes);
  padded[bytes.length]! |= 0x01;
  padded[padded.length - 1]! |= 0x80;
  const s = new Array<bigint>(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let k = 7; k >= 0; k--) lane = (lane << 8n) | BigInt(padded[off + i * 8 + k]!);
      s[i] = s[i]! ^ lane;
    }
    keccakF(s);
  }
  let hex = '';
  for (let i = 0; i < 4; i++) for (let k = 0; k < 8; k++) hex += Number((s[i]! >> BigInt(8 * k)) & 0xffn).toString(16).padStart(2, '0');
  return hex;
}

/** EIP-55: each letter of the address is upper-case exactly when the hash nibble at its place is ≥ 8. */
export function eip55Valid(address: string): boolean {
  const hex = address.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return false;
  const hash = keccak256Hex(hex.toLowerCase());
  for (let i = 0; i < 40; i++) {
    const ch = hex[i]!;
    if (/[a-f]/.test(ch) && parseInt(hash[i]!, 16) >= 8) return false;
    if (/[A-F]/.test(ch) && parseInt(hash[i]!, 16) < 8) return false;
  }
  return true;
}
