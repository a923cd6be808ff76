/**
 * Property tests: random and mutated bytes, under every format's magic, never make a parser throw or
 * hang; each ends as a verdict (error when broken).
 */
import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { scanBytes } from '../../src/artifacts/scan.js';
import { scanPickle } from '../../src/artifacts/pickle-scan.js';
import { decodeLzmaAlone, decodeXz } from '../../src/artifacts/lzma.js';
import { readFields } from '../../src/artifacts/protobuf.js';
import { parseStrictJson } from '../../src/artifacts/strict-json.js';
import { ArtifactParseError } from '../../src/artifacts/types.js';
import { bytes, makeZip, OS_SYSTEM, torchStateDictPickle } from './helpers.js';

const VERDICTS = ['clean', 'suspicious', 'malicious', 'error'];
const LIMITS = { timeBudgetMs: 500, maxDecompressedBytes: 4 * 1024 * 1024, maxPickleBytes: 4 * 1024 * 1024 };

const npyHeader = bytes(0x93, 'NUMPY', 1, 0, 0x36, 0, "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", '\n');
const PREFIXES: Array<[string, Uint8Array]> = [
  ['x.pkl', bytes(0x80, 4)],
  ['x.pt', bytes('PK', 3, 4)],
  ['x.npy', npyHeader],
  ['x.gguf', bytes('GGUF', 3, 0, 0, 0)],
  ['x.h5', bytes(0x89, 'HDF', 0x0d, 0x0a, 0x1a, 0x0a, 0)],
  ['x.safetensors', bytes(0x20, 0, 0, 0, 0, 0, 0, 0, '{')],
  ['x.joblib', bytes(0x78, 0x9c)],
  ['x.joblib.bz2', bytes('BZh9')],
  ['x.joblib.xz', bytes(0xfd, '7zXZ', 0, 0, 4)],
  ['x.joblib.lzma', bytes(0x5d, 0, 0, 0x80, 0)],
  ['model.onnx', bytes(0x08, 0x07)],
  ['saved_model.pb', bytes(0x08, 0x01)],
  ['x.bin', new Uint8Array(0)],
];

const SEEDS: Array<[string, Uint8Array]> = [
  ['a.pkl', OS_SYSTEM()],
  ['a.pkl', torchStateDictPickle()],
  ['a.pt', makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle(), deflate: true }, { name: 'archive/data/0', data: new Uint8Array(16) }])],
  ['a.keras', makeZip([{ name: 'metadata.json', data: Buffer.from('{}') }, { name: 'config.json', data: Buffer.from('{"class_name":"Sequential","config":{"layers":[]}}') }])],
  ['a.zip', makeZip([{ name: 'in.zip', data: makeZip([{ name: 'x.pkl', data: OS_SYSTEM() }]), deflate: true }])],
];

function expectVerdict(name: string, data: Uint8Array): void {
  const r = scanBytes(data, name, { limits: LIMITS });
  expect(VERDICTS).toContain(r.verdict);
}

describe('fuzz: scanners never throw or hang', () => {
  it('random bytes behind every format magic end as a verdict', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: PREFIXES.length - 1 }), fc.uint8Array({ maxLength: 2048 }), (i, tail) => {
        const [name, prefix] = PREFIXES[i]!;
        expectVerdict(name, bytes(prefix, tail));
      }),
      { numRuns: 600 },
    );
  });

  it('mutated valid files end as a verdict', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SEEDS.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        (i, edits, cut) => {
          const [name, seed] = SEEDS[i]!;
          const data = Uint8Array.from(seed);
          for (const [at, v] of edits) data[at % data.length] = v;
          expectVerdict(name, cut === undefined ? data : data.subarray(0, cut % (data.length + 1)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('the pickle machine only ever throws nothing: every random opcode stream gets findings or a clean result', () => {
    const opcode = fc.constantFrom(...'()012FIJKLMNPQRSTUVXabcdeghijlopqrstu}]'.split('').map((c) => c.charCodeAt(0)), 0x80, 0x81, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8c, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x97, 0x98);
    fc.assert(
      fc.property(fc.array(fc.oneof(opcode, fc.integer({ min: 0, max: 255 })), { maxLength: 400 }), (ops) => {
        const r = scanPickle(Uint8Array.from(ops), { stacked: true });
        expect(Array.isArray(r.findings)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('decoders and the protobuf/JSON readers throw only their own parse errors', () => {
    const own = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        expect(err instanceof ArtifactParseError || (err as Error).constructor.name === 'StrictJsonError').toBe(true);
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), (data) => {
        own(() => decodeLzmaAlone(bytes(0x5d, 0, 0, 1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, data), 1 << 20));
        own(() => decodeXz(bytes(0xfd, '7zXZ', 0, 0, 1, 0, 0, 0, 0, data), 1 << 20));
        own(() => readFields(data));
        own(() => parseStrictJson(Buffer.from(data).toString('latin1')));
      }),
      { numRuns: 800 },
    );
  });

  it('a deflated opcode flood inside a zip ends in bounded work', () => {
    const flood = bytes(0x80, 2, new Uint8Array(2_000_000).fill(0x4e), 0x2e);
    const zip = makeZip([{ name: 'archive/data.pkl', data: flood, deflate: true }]);
    expect(deflateRawSync(flood).length).toBeLessThan(zip.length);
    const r = scanBytes(zip, 'flood.pt', { limits: { ...LIMITS, maxStack: 100_000 } });
    expect(r.verdict).toBe('error');
  });
});
