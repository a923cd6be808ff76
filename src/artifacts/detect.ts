/**
 * Format detection from content (magic bytes and structure), never from the extension alone. The name
 * is only a tie-breaker for formats without magic (protobuf) and for files that are clearly meant to
 * be pickles but are broken (so they end as `error`, not as an unknown, clean file).
 */
import { detectCodec } from './decompress.js';
import { looksLikeGguf } from './gguf.js';
import { hdf5SignatureOffset } from './h5.js';
import { looksLikeNpy } from './numpy.js';
import { looksLikeSafetensors } from './safetensors.js';
import type { ByteSource } from './source.js';
import { looksLikeTar } from './tar.js';
import { looksLikeZip } from './zip.js';

export type DetectedFormat =
  | 'empty' | 'zip' | 'npy' | 'gguf' | 'hdf5' | 'tar' | 'safetensors' | 'compressed' | 'pickle' | 'onnx'
  | 'tf-savedmodel' | 'unknown' | 'pickle-candidate' | 'onnx-candidate';

/** Opcodes a protocol 0/1 pickle can start with. */
const PICKLE_START = new Set('(c]})NIJKLMSVXUTGFilPdt'.split('').map((c) => c.charCodeAt(0)));
const STRONG_PICKLE_EXT = /\.(?:pkl|pickle|joblib|dill|p)$/i;

/** True when the first bytes are a pickle PROTO opcode. */
export function startsLikeBinaryPickle(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x80 && head[1]! <= 5;
}

/** Detects the format of `src`; `name` is the file or member name (a hint only). */
export function detectFormat(src: ByteSource, name: string): DetectedFormat {
  if (src.size === 0) return 'empty';
  const head = src.read(0, 64);
  if (looksLikeZip(head)) return 'zip';
  if (looksLikeNpy(head)) return 'npy';
  if (looksLikeGguf(head)) return 'gguf';
  if (hdf5SignatureOffset(src) >= 0) return 'hdf5';
  if (looksLikeTar(src)) return 'tar';
  if (looksLikeSafetensors(head)) {
    // A binary pickle can start with the same bytes only by accident; a plausible header length decides.
    const declared = new DataView(head.buffer, head.byteOffset, 8).getBigUint64(0, true);
    if (!startsLikeBinaryPickle(head) || declared <= BigInt(src.size - 8)) return 'safetensors';
  }
  if (startsLikeBinaryPickle(head)) return 'pickle';
  if (detectCodec(head)) return 'compressed';
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (base === 'saved_model.pb') return 'tf-savedmodel';
  if (/\.onnx$/i.test(base)) return 'onnx';
  if (head[0] === 0x08 && /\.pb$/i.test(base)) return 'tf-savedmodel';
  if (PICKLE_START.has(head[0]!)) {
    // Only names that say "pickle" make a broken protocol-0 stream an error; raw weight files (.bin,
    // .dat) often start with such a byte by chance and are judged by content alone.
    if (STRONG_PICKLE_EXT.test(base)) return 'pickle';
    return 'pickle-candidate';
  }
  if (STRONG_PICKLE_EXT.test(base)) return 'pickle';
  if (/\.safetensors$/i.test(base)) return 'safetensors';
  if (/\.gguf$/i.test(base)) return 'gguf';
  if (/\.npy$/i.test(base)) return 'npy';
  if (/\.(?:h5|hdf5)$/i.test(base)) return 'hdf5';
  if (/\.(?:keras|npz|zip)$/i.test(base)) return 'zip';
  if (head[0] === 0x08) return 'onnx-candidate';
  return 'unknown';
}
