/**
 * GGUF (llama.cpp): header, key/value metadata and tensor infos, read with every count and length
 * checked against the bytes left (CVE-2024-25664..25668 were overflows here). The chat template
 * (`tokenizer.chat_template*`) is Jinja that some runtimes render unsandboxed (CVE-2024-34359): any
 * access to underscore attributes, `attr()` filters, or escape-encoded underscores is flagged.
 */
import { at } from './context.js';
import type { ScanContext } from './context.js';
import type { ByteSource } from './source.js';
import { ArtifactParseError, errorFinding, type ArtifactFinding } from './types.js';

const MAX_STRING = 64 * 1024 * 1024;
const MAX_DIMS = 4;
/** ggml type -> [block size, bytes per block] for the size check. */
const GGML_TYPE_SIZE: Record<number, [number, number]> = {
  0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36], 10: [256, 84],
  11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292], 16: [256, 66], 17: [256, 74],
  18: [256, 98], 19: [256, 50], 20: [32, 18], 21: [256, 110], 22: [256, 82], 23: [256, 136], 24: [1, 1], 25: [1, 2],
  26: [1, 4], 27: [1, 8], 28: [1, 8], 29: [256, 56], 30: [1, 2], 34: [256, 54], 35: [256, 66], 39: [32, 17],
};

export function looksLikeGguf(head: Uint8Array): boolean {
  return head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46;
}

class Reader {
  pos = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private bufStart = 0;
  constructor(private readonly src: ByteSource) {}
  private ensure(n: number): void {
    if (n > this.src.size - this.pos) throw new ArtifactParseError('gguf/truncated', `GGUF data ends at ${this.src.size} but ${n} more bytes are declared at offset ${this.pos}`, { offset: this.pos });
    if (this.pos < this.bufStart || this.pos + n > this.bufStart + this.buf.length) {
      this.bufStart = this.pos;
      this.buf = this.src.read(this.pos, Math.max(n, 1 << 20));
    }
  }
  bytes(n: number): Uint8Array {
    this.ensure(n);
    const o = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.subarray(o, o + n);
  }
  u32(): number {
    const b = this.bytes(4);
    return new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true);
  }
  u64(): bigint {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0, true);
  }
  count(v3: boolean, what: string, minEach: number): number {
    const n = v3 ? this.u64() : BigInt(this.u32());
    if (n * BigInt(Math.max(1, minEach)) > BigInt(this.src.size - this.pos)) {
      throw new ArtifactParseError('gguf/count', `GGUF ${what} count ${n} cannot fit in the remaining ${this.src.size - this.pos} bytes`, { offset: this.pos });
    }
    return Number(n);
  }
  string(v3: boolean): string {
    const n = v3 ? this.u64() : BigInt(this.u32());
    if (n > BigInt(MAX_STRING)) throw new ArtifactParseError('gguf/string', `GGUF string of ${n} bytes exceeds the limit`, { offset: this.pos });
    if (n > BigInt(this.src.size - this.pos)) throw new ArtifactParseError('gguf/truncated', `GGUF string of ${n} bytes runs past the end`, { offset: this.pos });
    return new TextDecoder('utf-8').decode(this.bytes(Number(n)));
  }
}

const SCALAR_SIZE: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

/** Scans a GGUF file's header, metadata and tensor table. */
export function scanGguf(ctx: ScanContext, src: ByteSource, member?: string): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  const r = new Reader(src);
  try {
    if (!looksLikeGguf(r.bytes(4))) return [errorFinding('gguf/invalid', 'bad GGUF magic', at(member).location)];
    const version = r.u32();
    if (version < 1 || version > 3) return [errorFinding('gguf/version', `unsupported GGUF version ${version}`, at(member, 4).location)];
    const v3 = version >= 2;
    const tensorCount = r.count(v3, 'tensor', 8 + 4 + 8 + 4 + 8);
    const kvCount = r.count(v3, 'metadata', 8 + 4 + 1);
    let alignment = 32;
    for (let i = 0; i < kvCount; i++) {
      if ((i & 1023) === 0 && ctx.deadline.expired()) throw new ArtifactParseError('limit/exceeded', 'limit exceeded: time budget for this file');
      const key = r.string(v3);
      const type = r.u32();
      const value = readValue(r, type, v3, 0);
      if (key === 'general.alignment' && typeof value === 'number') {
        if (value === 0 || (value & (value - 1)) !== 0) throw new ArtifactParseError('gguf/alignment', `general.alignment ${value} is not a power of two`);
        alignment = value;
      }
      if (key.startsWith('tokenizer.chat_template') && typeof value === 'string') findings.push(...checkChatTemplate(value, key, member));
    }
    const tensors: Array<{ offset: bigint; size: bigint }> = [];
    for (let i = 0; i < tensorCount; i++) {
      r.string(v3);
      const nDims = r.u32();
      if (nDims > MAX_DIMS) throw new ArtifactParseError('gguf/tensor', `tensor ${i} declares ${nDims} dimensions (max ${MAX_DIMS})`);
      let elements = 1n;
      for (let d = 0; d < nDims; d++) {
        const dim = v3 ? r.u64() : BigInt(r.u32());
        elements *= dim;
        if (elements > 1n << 62n) throw new ArtifactParseError('gguf/tensor', `tensor ${i} element count overflows`);
      }
      const type = r.u32();
      const offset = r.u64();
      const ts = GGML_TYPE_SIZE[type];
      if (!ts) throw new ArtifactParseError('gguf/tensor', `tensor ${i} has unknown ggml type ${type}`);
      if (elements % BigInt(ts[0]) !== 0n) throw new ArtifactParseError('gguf/tensor', `tensor ${i} element count is not a multiple of its block size`);
      if (offset % BigInt(alignment) !== 0n) throw new ArtifactParseError('gguf/tensor', `tensor ${i} offset is not aligned`);
      tensors.push({ offset, size: (elements / BigInt(ts[0])) * BigInt(ts[1]) });
    }
    const dataStart = BigInt(Math.ceil(r.pos / alignment) * alignment);
    for (const [i, t] of tensors.entries()) {
      if (dataStart + t.offset + t.size > BigInt(src.size)) {
        throw new ArtifactParseError('gguf/tensor', `tensor ${i} data (offset ${t.offset}, ${t.size} bytes) runs past the end of the file`);
      }
    }
  } catch (err) {
    if (err instanceof ArtifactParseError) return [...findings, errorFinding(err.rule, err.message, at(member, err.location?.offset).location)];
    throw err;
  }
  return findings;
}

function readValue(r: Reader, type: number, v3: boolean, depth: number): unknown {
  if (type === 8) return r.string(v3);
  const size = SCALAR_SIZE[type];
  if (size !== undefined) {
    const b = r.bytes(size);
    const v = new DataView(b.buffer, b.byteOffset, size);
    return type === 4 ? v.getUint32(0, true) : type === 5 ? v.getInt32(0, true) : type === 0 || type === 7 ? b[0] : undefined;
  }
  if (type === 9) {
    if (depth > 2) throw new ArtifactParseError('gguf/array', 'GGUF arrays nested too deeply');
    const itemType = r.u32();
    const itemSize = itemType === 8 ? 8 : itemType === 9 ? 12 : SCALAR_SIZE[itemType];
    if (itemSize === undefined) throw new ArtifactParseError('gguf/type', `unknown GGUF array item type ${itemType}`);
    const n = r.count(v3, 'array item', itemSize);
    if (itemType !== 8 && itemType !== 9) {
      r.bytes(n * itemSize);
      return undefined;
    }
    for (let i = 0; i < n; i++) readValue(r, itemType, v3, depth + 1);
    return undefined;
  }
  throw new ArtifactParseError('gguf/type', `unknown GGUF value type ${type}`);
}

const TEMPLATE_RULES: Array<[RegExp, string]> = [
  [/\.\s*_|\[\s*['"]_/, 'accesses an underscore attribute (Python object internals)'],
  [/\|\s*attr\s*\(/, 'uses the attr() filter to reach attributes by computed name'],
  [/\\x5f|\\u005f|\\137/i, 'spells an underscore with an escape'],
  [/\b(?:__import__|__builtins__|__globals__|__subclasses__|__mro__|__class__|__base__|__init__)\b/, 'names Python object internals'],
  [/\b(?:lipsum|cycler|joiner|url_for|get_flashed_messages|request|config|self)\s*(?:\.\s*\w|\[)/, 'reaches a Jinja global that exposes Python internals'],
  [/\b(?:popen|subprocess|os\.system|eval\s*\(|exec\s*\()/, 'names a command-execution function'],
];

/** Flags Jinja template-injection patterns in a chat template. */
export function checkChatTemplate(template: string, key: string, member?: string): ArtifactFinding[] {
  const out: ArtifactFinding[] = [];
  for (const [re, why] of TEMPLATE_RULES) {
    if (re.test(template)) {
      out.push({ severity: 'critical', rule: 'gguf/chat-template-injection', message: `${key.slice(0, 80)} ${why}; runtimes that render it unsandboxed run code`, ...at(member) });
    }
  }
  return out;
}
