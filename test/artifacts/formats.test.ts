import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanArtifact, scanBytes } from '../../src/artifacts/scan.js';
import { decodeLzmaAlone, decodeXz } from '../../src/artifacts/lzma.js';
import { bytes, makeZip, OS_SYSTEM, torchStateDictPickle } from './helpers.js';

const PAYLOAD = OS_SYSTEM();
const LZMA_ALONE = 'XQAAgAD//////////wBAAIgDvDC9NN4vXibQagTwGa8y1sK8cVP//4SUAAA=';
const XZ = '/Td6WFoAAATm1rRGAgAhARYAAAB0L+WjAQASgAJjb3MKc3lzdGVtCowBeIVSLgAAJjJSm/SzNVEAASsTnAlI0h+2830BAAAAAARZWg==';
const BZ2 = 'QlpoOTFBWSZTWaJ8wWIAAAhTwDAQAAEQAAoCjGBCBCAAMUwAE0IQaaNNpoa/HS4mQRAxR3Yu5IpwoSFE+YLE';
const rulesOf = (r: { findings: Array<{ rule: string }> }) => r.findings.map((f) => f.rule);

/** protobuf helpers */
const varint = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return out;
};
const lenField = (no: number, body: Uint8Array | string): Uint8Array => {
  const b = typeof body === 'string' ? Buffer.from(body) : body;
  return bytes(varint((no << 3) | 2), varint(b.length), b);
};
const intField = (no: number, v: number): Uint8Array => bytes(varint(no << 3), varint(v));

describe('decompressors', () => {
  it('decode LZMA-alone, xz and bzip2 joblib streams and find the payload', () => {
    expect(Buffer.from(decodeLzmaAlone(Buffer.from(LZMA_ALONE, 'base64'), 1 << 20))).toEqual(Buffer.from(PAYLOAD));
    expect(Buffer.from(decodeXz(Buffer.from(XZ, 'base64'), 1 << 20))).toEqual(Buffer.from(PAYLOAD));
    for (const b64 of [LZMA_ALONE, XZ, BZ2]) expect(scanBytes(Buffer.from(b64, 'base64'), 'model.joblib').verdict).toBe('malicious');
    expect(scanBytes(deflateSync(PAYLOAD), 'm.joblib').verdict).toBe('malicious');
    expect(scanBytes(gzipSync(PAYLOAD), 'm.joblib.gz').verdict).toBe('malicious');
  });

  it('stops a decompression bomb at the output limit with an error', () => {
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024));
    const r = scanBytes(bomb, 'bomb.joblib', { limits: { maxDecompressedBytes: 1024 * 1024 } });
    expect(r.verdict).toBe('error');
    expect(rulesOf(r)).toContain('limit/exceeded');
  });

  it('reports a truncated LZMA stream as an error, not clean', () => {
    const cut = Buffer.from(LZMA_ALONE, 'base64').subarray(0, 20);
    expect(scanBytes(cut, 'x.joblib').verdict).toBe('error');
  });
});

describe('PyTorch zip', () => {
  it('is clean for a benign state dict, and never reads tensor members', () => {
    const zip = makeZip([
      { name: 'archive/data.pkl', data: torchStateDictPickle() },
      { name: 'archive/data/0', data: PAYLOAD }, // tensor bytes: never unpickled by torch, never read by us
      { name: 'archive/version', data: Buffer.from('3\n') },
    ]);
    const r = scanBytes(zip, 'model.pt');
    expect(r.format).toBe('pytorch-zip');
    expect(r.verdict).toBe('clean');
  });

  it('catches a payload in a duplicate data.pkl that only Python zipfile would read', () => {
    const zip = makeZip([
      { name: 'archive/data.pkl', data: torchStateDictPickle() },
      { name: 'archive/data.pkl', data: PAYLOAD, deflate: true },
    ]);
    const r = scanBytes(zip, 'model.pt');
    expect(r.verdict).toBe('malicious');
    expect(rulesOf(r)).toContain('zip/duplicate-name');
  });

  it('reports local/central name mismatches and bad CRCs, and still scans the member', () => {
    const zip = makeZip([{ name: 'archive/data.pkl', localName: 'archive/other.pkl', data: PAYLOAD, badCrc: true }]);
    const r = scanBytes(zip, 'model.pt');
    expect(rulesOf(r)).toEqual(expect.arrayContaining(['zip/name-mismatch', 'zip/crc-mismatch', 'pickle/dangerous-call']));
    expect(r.verdict).toBe('malicious');
  });

  it('caps a pickle torch never loads at suspicious', () => {
    const zip = makeZip([
      { name: 'archive/data.pkl', data: torchStateDictPickle() },
      { name: 'archive/extra.pkl', data: PAYLOAD },
    ]);
    expect(scanBytes(zip, 'model.pt').verdict).toBe('suspicious');
  });

  it('scans a checkpoint zipped inside a zip', () => {
    const inner = makeZip([{ name: 'archive/data.pkl', data: PAYLOAD }]);
    expect(scanBytes(makeZip([{ name: 'model/pytorch_model.bin', data: inner, deflate: true }]), 'bundle.zip').verdict).toBe('malicious');
  });

  it('refuses zip-slip member names', () => {
    expect(scanBytes(makeZip([{ name: '../../etc/x.pkl', data: Buffer.from('hi') }]), 'a.zip').verdict).toBe('error');
  });
});

describe('other formats', () => {
  it('NumPy object arrays are pickle-scanned; numeric arrays are size-checked', () => {
    const header = (descr: string, shape: string) => {
      let h = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`;
      while ((10 + h.length + 1) % 64 !== 0) h += ' ';
      h += '\n';
      return bytes(0x93, 'NUMPY', 1, 0, h.length & 0xff, h.length >> 8, h);
    };
    expect(scanBytes(bytes(header('|O', '(1,)'), PAYLOAD), 'a.npy').verdict).toBe('malicious');
    expect(scanBytes(bytes(header('<f4', '(2,)'), new Uint8Array(8)), 'a.npy').verdict).toBe('clean');
    expect(scanBytes(bytes(header('<f4', '(1000,)'), new Uint8Array(8)), 'a.npy').verdict).toBe('error');
  });

  it('safetensors: a consistent header is clean, gaps and overlaps are errors', () => {
    const st = (header: object, dataLen: number) => {
      const h = Buffer.from(JSON.stringify(header));
      const n = Buffer.alloc(8);
      n.writeBigUInt64LE(BigInt(h.length));
      return Buffer.concat([n, h, Buffer.alloc(dataLen)]);
    };
    expect(scanBytes(st({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, 8), 'x.safetensors').verdict).toBe('clean');
    expect(scanBytes(st({ a: { dtype: 'F32', shape: [2], data_offsets: [4, 12] } }, 12), 'x.safetensors').verdict).toBe('error');
    expect(scanBytes(st({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] }, b: { dtype: 'F32', shape: [1], data_offsets: [4, 8] } }, 8), 'x.safetensors').verdict).toBe('error');
  });

  it('GGUF: chat templates reaching Python internals are malicious', () => {
    const gguf = (template: string) => {
      const str = (s: string) => {
        const b = Buffer.from(s);
        const n = Buffer.alloc(8);
        n.writeBigUInt64LE(BigInt(b.length));
        return Buffer.concat([n, b]);
      };
      const head = Buffer.alloc(24);
      head.write('GGUF', 0);
      head.writeUInt32LE(3, 4);
      head.writeBigUInt64LE(0n, 8);
      head.writeBigUInt64LE(1n, 16);
      const t = Buffer.alloc(4);
      t.writeUInt32LE(8);
      return Buffer.concat([head, str('tokenizer.chat_template'), t, str(template)]);
    };
    expect(scanBytes(gguf("{% for m in messages %}{{ m['content'] }}{% endfor %}"), 'm.gguf').verdict).toBe('clean');
    expect(scanBytes(gguf("{{ ().__class__.__base__.__subclasses__() }}"), 'm.gguf').verdict).toBe('malicious');
  });

  it('ONNX: external data escaping the folder is malicious, custom domains suspicious', () => {
    const model = (location: string, domain = '') => {
      const entry = bytes(lenField(1, 'location'), lenField(2, location));
      const tensor = bytes(lenField(8, 'w'), lenField(13, entry), intField(14, 1));
      const node = bytes(lenField(1, 'x'), lenField(2, 'y'), lenField(4, 'Relu'), ...(domain ? [lenField(7, domain)] : []));
      const graph = bytes(lenField(1, node), lenField(5, tensor));
      return bytes(intField(1, 8), lenField(7, graph));
    };
    expect(scanBytes(model('weights.bin'), 'm.onnx').verdict).toBe('clean');
    expect(scanBytes(model('../../etc/passwd'), 'm.onnx').verdict).toBe('malicious');
    expect(scanBytes(model('/etc/passwd'), 'm.onnx').verdict).toBe('malicious');
    expect(scanBytes(model('w.bin', 'evil.ops'), 'm.onnx').verdict).toBe('suspicious');
  });

  it('ONNX: a symlink beside the model that resolves outside it is malicious', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rampart-onnx-'));
    const entry = bytes(lenField(1, 'location'), lenField(2, 'weights.bin'));
    const graph = bytes(lenField(5, bytes(lenField(8, 'w'), lenField(13, entry))));
    writeFileSync(join(dir, 'm.onnx'), bytes(intField(1, 8), lenField(7, graph)));
    symlinkSync('/etc/hostname', join(dir, 'weights.bin'));
    expect(scanArtifact(join(dir, 'm.onnx')).verdict).toBe('malicious');
  });

  it('SavedModel: PyFunc and file ops are malicious, saver ops are normal', () => {
    const sm = (op: string) => bytes(intField(1, 1), lenField(2, lenField(2, lenField(1, bytes(lenField(1, 'n'), lenField(2, op))))));
    expect(scanBytes(sm('RestoreV2'), 'saved_model.pb').verdict).toBe('clean');
    expect(scanBytes(sm('PyFunc'), 'saved_model.pb').verdict).toBe('malicious');
    expect(scanBytes(sm('WriteFile'), 'saved_model.pb').verdict).toBe('malicious');
  });

  it('Keras v3: Lambda layers nested in wrappers and foreign module references are malicious', () => {
    const keras = (config: object) => makeZip([
      { name: 'metadata.json', data: Buffer.from('{}') },
      { name: 'config.json', data: Buffer.from(JSON.stringify(config)) },
    ]);
    const dense = { module: 'keras.layers', class_name: 'Dense', config: { name: 'd' } };
    expect(scanBytes(keras({ module: 'keras', class_name: 'Sequential', config: { layers: [dense] } }), 'm.keras').verdict).toBe('clean');
    const wrapped = { class_name: 'TimeDistributed', config: { layer: { class_name: 'Lambda', config: { name: 'l' } } } };
    expect(scanBytes(keras({ class_name: 'Sequential', config: { layers: [wrapped] } }), 'm.keras').verdict).toBe('malicious');
    const injected = { module: 'keras.layers', class_name: 'Dense', config: { kernel_initializer: { module: 'subprocess', class_name: 'Popen', config: {} } } };
    expect(scanBytes(keras({ class_name: 'Sequential', config: { layers: [injected] } }), 'm.keras').verdict).toBe('malicious');
    const unsafe = { module: 'keras.config', class_name: 'enable_unsafe_deserialization', config: {} };
    expect(scanBytes(keras({ class_name: 'Sequential', config: { layers: [dense, unsafe] } }), 'm.keras').verdict).toBe('malicious');
    const activation = { module: 'keras.layers', class_name: 'Dense', config: { activation: { module: 'keras.activations', class_name: 'function', config: 'relu' } } };
    expect(scanBytes(keras({ class_name: 'Sequential', config: { layers: [activation] } }), 'm.keras').verdict).toBe('clean');
  });

  it('legacy tar checkpoints: every pickle member is scanned', () => {
    const tarEntry = (name: string, data: Uint8Array) => {
      const h = Buffer.alloc(512);
      h.write(name, 0);
      h.write('0000644\0', 100);
      h.write('0000000\0', 108);
      h.write('0000000\0', 116);
      h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
      h.write('00000000000\0', 136);
      h.write('0', 156);
      h.write('ustar\0', 257);
      h.write('00', 263);
      h.fill(0x20, 148, 156);
      let sum = 0;
      for (const b of h) sum += b;
      h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
      const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
      return Buffer.concat([h, Buffer.from(data), pad]);
    };
    const tar = Buffer.concat([tarEntry('sys_info', bytes(0x80, 2, 'N', 0x2e)), tarEntry('pickle', PAYLOAD), tarEntry('storages', bytes(0x80, 2, 'K', 0, 0x2e)), Buffer.alloc(1024)]);
    const r = scanBytes(tar, 'old.pt');
    expect(r.format).toBe('pytorch-legacy-tar');
    expect(r.verdict).toBe('malicious');
  });

  it('content beats the extension: a raw pickle named .txt is found', () => {
    expect(scanBytes(PAYLOAD, 'notes.txt').verdict).toBe('malicious');
    expect(scanBytes(Buffer.from('just some text\n'), 'notes.txt').verdict).toBe('clean');
    // Raw weights that happen to start with a protocol-0 opcode byte are not pickles; a .pkl that breaks is an error.
    const rawWeights = Buffer.from([0x28, 0x9a, 0x3f, 0x01, 0xee, 0x10, 0x00, 0x7f]);
    expect(scanBytes(rawWeights, 'weights.bin').verdict).toBe('clean');
    expect(scanBytes(rawWeights, 'model.pkl').verdict).toBe('error');
  });
});
