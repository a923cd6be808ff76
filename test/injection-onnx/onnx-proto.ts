/**
 * Just enough of a protobuf writer to build ONNX ModelProto bytes in tests, so the onnx layer is
 * tested against a real model file that onnxruntime parses, without any model download.
 * Field numbers are those of onnx/onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, …).
 */

type Field = { no: number; varint: bigint } | { no: number; bytes: Uint8Array };

class Message {
  private readonly fields: Field[] = [];
  int(no: number, value: number | bigint): this {
    this.fields.push({ no, varint: BigInt(value) });
    return this;
  }
  string(no: number, value: string): this {
    this.fields.push({ no, bytes: new TextEncoder().encode(value) });
    return this;
  }
  bytes(no: number, value: Uint8Array): this {
    this.fields.push({ no, bytes: value });
    return this;
  }
  message(no: number, value: Message): this {
    return this.bytes(no, value.encode());
  }
  encode(): Uint8Array {
    const out: number[] = [];
    for (const f of this.fields) {
      if ('varint' in f) {
        pushVarint(out, BigInt(f.no << 3));
        pushVarint(out, f.varint);
      } else {
        pushVarint(out, BigInt((f.no << 3) | 2));
        pushVarint(out, BigInt(f.bytes.length));
        for (const b of f.bytes) out.push(b);
      }
    }
    return Uint8Array.from(out);
  }
}

function pushVarint(out: number[], value: bigint): void {
  // Negative int64 values are written as their 64-bit two's complement, as protobuf does.
  let v = BigInt.asUintN(64, value);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

const FLOAT = 1;
const INT64 = 7;
export type ElemType = 'float' | 'int64';
const ELEM: Record<ElemType, number> = { float: FLOAT, int64: INT64 };

/** A constant tensor (an initializer), stored as raw little-endian bytes. */
export function tensor(name: string, type: ElemType, dims: number[], values: readonly number[]): Message {
  const raw = type === 'float' ? new Uint8Array(Float32Array.from(values).buffer) : new Uint8Array(BigInt64Array.from(values.map((v) => BigInt(v))).buffer);
  const m = new Message();
  for (const d of dims) m.int(1, d);
  return m.int(2, ELEM[type]).string(8, name).bytes(9, raw);
}

/** A graph input or output: its name, element type and shape (strings are symbolic dimensions). */
export function valueInfo(name: string, type: ElemType, shape: Array<number | string>): Message {
  const dims = new Message();
  for (const d of shape) dims.message(1, typeof d === 'number' ? new Message().int(1, d) : new Message().string(2, d));
  const tensorType = new Message().int(1, ELEM[type]).message(2, dims);
  return new Message().string(1, name).message(2, new Message().message(1, tensorType));
}

export type Attribute = { name: string; int: number } | { name: string; ints: number[] };

export function node(opType: string, inputs: string[], outputs: string[], attributes: Attribute[] = []): Message {
  const m = new Message();
  for (const i of inputs) m.string(1, i);
  for (const o of outputs) m.string(2, o);
  m.string(3, `${opType}_${outputs[0]}`).string(4, opType);
  for (const a of attributes) {
    const attr = new Message().string(1, a.name);
    if ('int' in a) attr.int(3, a.int).int(20, 2); // type INT
    else {
      for (const v of a.ints) attr.int(8, v);
      attr.int(20, 7); // type INTS
    }
    m.message(5, attr);
  }
  return m;
}

export interface GraphSpec {
  nodes: Message[];
  initializers: Message[];
  inputs: Message[];
  outputs: Message[];
  opset: number;
}

export function model(spec: GraphSpec): Uint8Array {
  const graph = new Message();
  for (const n of spec.nodes) graph.message(1, n);
  graph.string(2, 'rampart_test_graph');
  for (const t of spec.initializers) graph.message(5, t);
  for (const i of spec.inputs) graph.message(11, i);
  for (const o of spec.outputs) graph.message(12, o);
  return new Message()
    .int(1, 8) // IR version 8 (opsets up to 18)
    .string(2, 'rampart-test')
    .message(7, graph)
    .message(8, new Message().string(1, '').int(2, spec.opset))
    .encode();
}
