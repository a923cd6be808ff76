/**
 * A symbolic pickle machine: it executes every opcode of protocols 0-5 the way CPython's unpickler
 * does (memo semantics, marks, FRAME boundaries as a streaming `pickle.load(file)` enforces them), but
 * instead of importing and calling it records which globals are resolved and which are called, built
 * or mutated. Nothing here ever runs Python; callables are only names.
 *
 * It never recurses over the data, never allocates from a declared length before checking the bytes
 * exist, and stops at the limits in ScanLimits with an ArtifactLimitError.
 */
import { isUtf8 } from 'node:buffer';
import { ArtifactLimitError, ArtifactParseError } from './types.js';
import type { Deadline, ScanLimits } from './limits.js';
import { classifyGlobal, type GlobalClassification } from './pickle-policy.js';

/** A symbolic Python value. Containers hold references, so memo sharing and mutation behave as in CPython. */
export type PValue =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string; truncated: boolean }
  | { t: 'bytes'; start: number; end: number; data: Uint8Array }
  | { t: 'tuple'; items: PValue[]; d: number; n?: number }
  | { t: 'list'; items: PValue[]; d: number; n?: number }
  | { t: 'dict'; items: PValue[]; d: number; n?: number }
  | { t: 'set'; items: PValue[]; d: number; frozen: boolean; n?: number }
  | { t: 'global'; g: GlobalClassification; offset: number }
  | { t: 'call'; callee: PValue; args: PValue; unsafe: boolean; label: string; d: number; offset: number; n?: number }
  | { t: 'pid'; arg: PValue }
  | { t: 'buffer' };

export type CallOpcode = 'REDUCE' | 'NEWOBJ' | 'NEWOBJ_EX' | 'OBJ' | 'INST';

/** What the machine reports to its caller; the caller turns events into findings. */
export interface PickleEvents {
  onGlobal?(value: Extract<PValue, { t: 'global' }>, opcode: string, offset: number): void;
  onCall?(callee: PValue, args: PValue, opcode: CallOpcode, offset: number): { unsafe: boolean };
  /** BUILD: return the stream position to resume at (joblib reads array bytes right after BUILD). */
  onBuild?(inst: PValue, state: PValue, offset: number, resumeAt: number): number | void;
  onMutate?(target: PValue, opcode: string, offset: number, added: readonly PValue[]): void;
  onPersistentId?(pid: PValue, offset: number): void;
  onBytes?(value: Extract<PValue, { t: 'bytes' }>, offset: number): void;
  onString?(value: string, offset: number): void;
  onFrameViolation?(message: string, offset: number): void;
  onNote?(rule: string, message: string, offset: number): void;
}

export interface PickleRunResult {
  /** Offset just past STOP. */
  end: number;
  protocol: number;
  opcodes: number;
  result: PValue;
}

const NONE: PValue = { t: 'none' };
const TRUE: PValue = { t: 'bool', v: true };
const FALSE: PValue = { t: 'bool', v: false };
const MAX_KEPT_STRING = 4096;
const latin1 = new TextDecoder('latin1');
/** Longest text decoded in full; longer strings keep a prefix (enough to judge any name). */
const DECODE_PREFIX = 64 * 1024;

/** UTF-8 validity as CPython's 'surrogatepass' decoder sees it (encoded surrogates allowed). */
function validUtf8(b: Uint8Array): boolean {
  if (isUtf8(b)) return true;
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return false;
    for (let k = 1; k < n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return false;
    if (n === 3 && c === 0xe0 && b[i + 1]! < 0xa0) return false;
    if (n === 4 && ((c === 0xf0 && b[i + 1]! < 0x90) || (c === 0xf4 && b[i + 1]! > 0x8f))) return false;
    i += n;
  }
  return true;
}

/** Decodes UTF-8; long text is decoded in full only when it may be a base64 pickle. */
function decodeText(b: Uint8Array): string {
  const whole = b.length <= DECODE_PREFIX || (b[0] === 0x67 && b[1] === 0x41);
  const part = whole ? b : b.subarray(0, DECODE_PREFIX);
  return Buffer.from(part.buffer, part.byteOffset, part.length).toString('utf8');
}

function depthOf(v: PValue): number {
  return 'd' in v ? v.d : 0;
}

/** Objects a value stands for once shared references are counted every time (billion-laughs size). */
function sizeOf(v: PValue): number {
  return 'n' in v && v.n !== undefined ? v.n : 1;
}

/** Logical objects (shared references counted each time) beyond which a pickle is a billion-laughs bomb. */
const MAX_LOGICAL_OBJECTS = 50_000_000;

/**
 * Runs one pickle starting at `start` in `buf` until STOP. Throws ArtifactParseError where CPython's
 * unpickler would raise, ArtifactLimitError at a limit. Events fire as the opcodes execute, so what was
 * reported before an error stands (code before a failure still ran).
 */
export function runPickle(
  buf: Uint8Array,
  start: number,
  limits: ScanLimits,
  deadline: Deadline,
  events: PickleEvents = {},
): PickleRunResult {
  const end = Math.min(buf.length, start + limits.maxPickleBytes);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = start;
  let protocol = 0;
  let stack: PValue[] = [];
  const metastack: PValue[][] = [];
  let stackTotal = 0;
  const memo = new Map<number, PValue>();
  let pushes = 0;
  let opcodes = 0;
  let frameEnd = -1;
  let opStart = start;

  const fail = (msg: string): never => {
    throw new ArtifactParseError('pickle/invalid', `${msg} at offset ${opStart}`, { offset: opStart });
  };
  const need = (n: number | bigint): number => {
    if (typeof n === 'bigint') {
      if (n < 0n) fail('negative length');
      if (n > BigInt(end - pos)) fail(`declared length ${n} exceeds the remaining ${end - pos} bytes (truncated)`);
      n = Number(n);
    }
    if (n < 0) fail('negative length');
    if (n > end - pos) {
      if (end < buf.length) throw new ArtifactLimitError(`pickle larger than ${limits.maxPickleBytes} bytes`, { offset: opStart });
      fail(`declared length ${n} exceeds the remaining ${end - pos} bytes (truncated)`);
    }
    const at = pos;
    pos += n;
    return at;
  };
  const u8 = (): number => buf[need(1)]!;
  const u16 = (): number => view.getUint16(need(2), true);
  const u32 = (): number => view.getUint32(need(4), true);
  const i32 = (): number => view.getInt32(need(4), true);
  const u64 = (): bigint => view.getBigUint64(need(8), true);
  const readline = (): Uint8Array => {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0 || nl >= end) fail('line argument has no newline (truncated)');
    const line = buf.subarray(pos, nl);
    pos = nl + 1;
    return line;
  };
  const lineText = (): string => latin1.decode(readline());
  const utf8 = (bytes: Uint8Array, what: string): string => {
    if (!validUtf8(bytes)) fail(`${what} is not valid UTF-8`);
    return decodeText(bytes);
  };

  const push = (v: PValue): void => {
    if (++pushes > limits.maxObjects) throw new ArtifactLimitError(`more than ${limits.maxObjects} pickle objects`, { offset: opStart });
    if (++stackTotal > limits.maxStack) throw new ArtifactLimitError(`pickle stack deeper than ${limits.maxStack}`, { offset: opStart });
    stack.push(v);
  };
  const pop = (): PValue => {
    if (stack.length === 0) fail('stack underflow');
    stackTotal--;
    return stack.pop()!;
  };
  const top = (): PValue => {
    if (stack.length === 0) fail('stack underflow');
    return stack[stack.length - 1]!;
  };
  const popMark = (): PValue[] => {
    const items = stack;
    const previous = metastack.pop();
    if (previous === undefined) fail('MARK not found');
    stack = previous!;
    stackTotal -= items.length;
    return items;
  };
  const tooLarge = (): never => {
    throw new ArtifactLimitError(`objects expand to more than ${MAX_LOGICAL_OBJECTS} when shared references are followed (billion laughs)`, { offset: opStart });
  };
  const container = (t: 'tuple' | 'list' | 'dict', items: PValue[]): PValue => {
    let d = 0;
    let n = 1;
    for (const it of items) {
      d = Math.max(d, depthOf(it));
      n += sizeOf(it);
    }
    if (d + 1 > limits.maxNesting) throw new ArtifactLimitError(`containers nested deeper than ${limits.maxNesting}`, { offset: opStart });
    if (n > MAX_LOGICAL_OBJECTS) tooLarge();
    return { t, items, d: d + 1, n };
  };
  const grow = (target: PValue, added: readonly PValue[]): void => {
    if (target.t !== 'list' && target.t !== 'dict' && target.t !== 'set' && target.t !== 'tuple') return;
    let d = target.d;
    let n = sizeOf(target);
    for (const it of added) {
      d = Math.max(d, depthOf(it) + 1);
      n += sizeOf(it);
    }
    if (d > limits.maxNesting) throw new ArtifactLimitError(`containers nested deeper than ${limits.maxNesting}`, { offset: opStart });
    if (n > MAX_LOGICAL_OBJECTS) tooLarge();
    target.d = d;
    target.n = n;
  };
  const strValue = (s: string): PValue => {
    events.onString?.(s, opStart);
    return s.length > MAX_KEPT_STRING
      ? { t: 'str', v: s.slice(0, MAX_KEPT_STRING), truncated: true }
      : { t: 'str', v: s, truncated: false };
  };
  const bytesValue = (at: number, n: number): PValue => {
    const v = { t: 'bytes' as const, start: at, end: at + n, data: buf.subarray(at, at + n) };
    events.onBytes?.(v, opStart);
    return v;
  };
  const makeGlobal = (module: string, name: string, opcode: string): Extract<PValue, { t: 'global' }> => {
    const g: Extract<PValue, { t: 'global' }> = { t: 'global', g: classifyGlobal(module, name), offset: opStart };
    events.onGlobal?.(g, opcode, opStart);
    return g;
  };
  const call = (callee: PValue, args: PValue, opcode: CallOpcode): PValue => {
    const verdict = events.onCall?.(callee, args, opcode, opStart) ?? { unsafe: true };
    const label = callee.t === 'global' ? callee.g.qualified : callee.t === 'call' ? `(${callee.label})()` : `<${callee.t}>`;
    const n = 1 + sizeOf(args);
    if (n > MAX_LOGICAL_OBJECTS) tooLarge();
    return { t: 'call', callee, args, unsafe: verdict.unsafe, label, d: 1, offset: opStart, n };
  };
  const memoGet = (i: number): void => {
    const v = memo.get(i);
    if (v === undefined) fail(`memo key ${i} not found`);
    push(v!);
  };
  const memoPut = (i: number): void => {
    if (i < 0) fail('negative PUT argument');
    if (stack.length === 0) fail('PUT with an empty stack');
    if (!memo.has(i) && memo.size >= limits.maxMemo) throw new ArtifactLimitError(`more than ${limits.maxMemo} memo entries`, { offset: opStart });
    memo.set(i, stack[stack.length - 1]!);
  };
  const parseDecimal = (text: string, what: string): bigint => {
    const t = text.trim();
    if (!/^[+-]?\d+$/.test(t)) fail(`${what} argument is not an integer`);
    return BigInt(t);
  };

  for (;;) {
    opStart = pos;
    if (frameEnd >= 0 && pos >= frameEnd) frameEnd = -1;
    if ((++opcodes & 0x3fff) === 0) {
      if (opcodes > limits.maxOpcodes) throw new ArtifactLimitError(`more than ${limits.maxOpcodes} pickle opcodes`, { offset: pos });
      if (deadline.expired()) throw new ArtifactLimitError('time budget for this file', { offset: pos });
    }
    if (pos >= end) {
      if (end < buf.length) throw new ArtifactLimitError(`pickle larger than ${limits.maxPickleBytes} bytes`, { offset: pos });
      fail('pickle ends before STOP (truncated)');
    }
    const op = buf[pos++]!;
    switch (op) {
      case 0x28: // MARK
        if (metastack.length >= limits.maxNesting) throw new ArtifactLimitError(`more than ${limits.maxNesting} open marks`, { offset: opStart });
        metastack.push(stack);
        stack = [];
        break;
      case 0x2e: { // STOP
        checkFrame();
        const result = pop();
        return { end: pos, protocol, opcodes, result };
      }
      case 0x30: // POP: pops the mark itself when the current level is empty, like CPython
        if (stack.length === 0) popMark();
        else pop();
        break;
      case 0x31: // POP_MARK
        popMark();
        break;
      case 0x32: // DUP
        push(top());
        break;
      case 0x46: { // FLOAT
        const text = lineText().trim();
        const v = Number(text);
        const special = /^[+-]?(?:inf|infinity|nan)$/i.test(text);
        if (text === '' || (Number.isNaN(v) && !special)) fail('FLOAT argument is not a number');
        push({ t: 'float', v: special ? NaN : v });
        break;
      }
      case 0x49: { // INT (00/01 are the protocol-0 booleans)
        const text = lineText();
        if (text === '00') push(FALSE);
        else if (text === '01') push(TRUE);
        else push({ t: 'int', v: parseDecimal(text, 'INT') });
        break;
      }
      case 0x4a: // BININT
        push({ t: 'int', v: BigInt(i32()) });
        break;
      case 0x4b: // BININT1
        push({ t: 'int', v: BigInt(u8()) });
        break;
      case 0x4c: { // LONG
        let text = lineText();
        if (text.endsWith('L')) text = text.slice(0, -1);
        push({ t: 'int', v: parseDecimal(text, 'LONG') });
        break;
      }
      case 0x4d: // BININT2
        push({ t: 'int', v: BigInt(u16()) });
        break;
      case 0x4e: // NONE
        push(NONE);
        break;
      case 0x50: { // PERSID
        const pid: PValue = { t: 'pid', arg: strValue(lineText()) };
        events.onPersistentId?.(pid, opStart);
        push(pid);
        break;
      }
      case 0x51: { // BINPERSID
        const pid: PValue = { t: 'pid', arg: pop() };
        events.onPersistentId?.(pid, opStart);
        push(pid);
        break;
      }
      case 0x52: { // REDUCE
        const args = pop();
        const callee = pop();
        push(call(callee, args, 'REDUCE'));
        break;
      }
      case 0x53: // STRING
        push(strValue(decodeQuotedString(readline(), fail)));
        break;
      case 0x54: { // BINSTRING
        const n = i32();
        if (n < 0) fail('BINSTRING has a negative length');
        const at = need(n);
        push(strValue(latin1.decode(buf.subarray(at, Math.min(pos, at + DECODE_PREFIX)))));
        break;
      }
      case 0x55: { // SHORT_BINSTRING
        const n = u8();
        push(strValue(latin1.decode(buf.subarray(need(n), pos))));
        break;
      }
      case 0x56: // UNICODE (raw-unicode-escape)
        push(strValue(decodeRawUnicodeEscape(readline())));
        break;
      case 0x58: { // BINUNICODE
        const n = u32();
        push(strValue(utf8(buf.subarray(need(n), pos), 'BINUNICODE')));
        break;
      }
      case 0x8c: { // SHORT_BINUNICODE
        const n = u8();
        push(strValue(utf8(buf.subarray(need(n), pos), 'SHORT_BINUNICODE')));
        break;
      }
      case 0x8d: { // BINUNICODE8
        const n = u64();
        const at = need(n);
        push(strValue(utf8(buf.subarray(at, pos), 'BINUNICODE8')));
        break;
      }
      case 0x42: { // BINBYTES
        const n = u32();
        push(bytesValue(need(n), n));
        break;
      }
      case 0x43: { // SHORT_BINBYTES
        const n = u8();
        push(bytesValue(need(n), n));
        break;
      }
      case 0x8e: // BINBYTES8
      case 0x96: { // BYTEARRAY8
        const n = u64();
        const at = need(n);
        push(bytesValue(at, pos - at));
        break;
      }
      case 0x97: // NEXT_BUFFER (out-of-band data; plain pickle.load refuses it)
        events.onNote?.('pickle/out-of-band-buffer', 'NEXT_BUFFER refers to out-of-band data', opStart);
        push({ t: 'buffer' });
        break;
      case 0x98: // READONLY_BUFFER
        top();
        break;
      case 0x61: { // APPEND
        const value = pop();
        const target = top();
        appendTo(target, [value], 'APPEND');
        break;
      }
      case 0x65: { // APPENDS
        const items = popMark();
        const target = top();
        appendTo(target, items, 'APPENDS');
        break;
      }
      case 0x62: { // BUILD
        const state = pop();
        const inst = top();
        const resume = events.onBuild?.(inst, state, opStart, pos);
        if (typeof resume === 'number' && resume !== pos) {
          if (resume < pos || resume > end) fail('BUILD hook moved outside the stream');
          pos = resume;
          if (frameEnd >= 0 && pos > frameEnd) frameEnd = -1;
        }
        break;
      }
      case 0x63: { // GLOBAL
        const module = utf8(readline(), 'GLOBAL module');
        const name = utf8(readline(), 'GLOBAL name');
        push(makeGlobal(module, name, 'GLOBAL'));
        break;
      }
      case 0x93: { // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (module.t !== 'str' || name.t !== 'str') {
          const computed = [module, name].some((v) => v.t === 'call' || v.t === 'pid' || v.t === 'global');
          if (!computed) fail('STACK_GLOBAL requires str operands');
          const g: Extract<PValue, { t: 'global' }> = {
            t: 'global',
            g: { kind: 'dangerous', qualified: '<computed>', reason: 'STACK_GLOBAL operand is computed at load time, so the import cannot be known' },
            offset: opStart,
          };
          events.onGlobal?.(g, 'STACK_GLOBAL', opStart);
          push(g);
          break;
        }
        if (module.truncated || name.truncated) {
          const g: Extract<PValue, { t: 'global' }> = {
            t: 'global',
            g: { kind: 'dangerous', qualified: '<oversized>', reason: 'STACK_GLOBAL operand longer than any module or attribute name' },
            offset: opStart,
          };
          events.onGlobal?.(g, 'STACK_GLOBAL', opStart);
          push(g);
          break;
        }
        push(makeGlobal(module.v, name.v, 'STACK_GLOBAL'));
        break;
      }
      case 0x64: { // DICT
        const items = popMark();
        if (items.length % 2 !== 0) fail('odd number of items for DICT');
        push(container('dict', items));
        break;
      }
      case 0x7d: // EMPTY_DICT
        push({ t: 'dict', items: [], d: 1 });
        break;
      case 0x67: // GET
        memoGet(Number(parseDecimal(lineText(), 'GET')));
        break;
      case 0x68: // BINGET
        memoGet(u8());
        break;
      case 0x6a: // LONG_BINGET
        memoGet(u32());
        break;
      case 0x69: { // INST
        const module = utf8(readline(), 'INST module');
        const name = utf8(readline(), 'INST name');
        const args = popMark();
        const cls = makeGlobal(module, name, 'INST');
        push(call(cls, container('tuple', args), 'INST'));
        break;
      }
      case 0x6f: { // OBJ
        const items = popMark();
        if (items.length === 0) fail('OBJ without a class');
        const cls = items[0]!;
        push(call(cls, container('tuple', items.slice(1)), 'OBJ'));
        break;
      }
      case 0x6c: // LIST
        push(container('list', popMark()));
        break;
      case 0x5d: // EMPTY_LIST
        push({ t: 'list', items: [], d: 1 });
        break;
      case 0x70: { // PUT
        const i = parseDecimal(lineText(), 'PUT');
        if (i < 0n) fail('negative PUT argument');
        if (i > 0xffffffffffffn) throw new ArtifactLimitError('memo index too large', { offset: opStart });
        memoPut(Number(i));
        break;
      }
      case 0x71: // BINPUT
        memoPut(u8());
        break;
      case 0x72: // LONG_BINPUT
        memoPut(u32());
        break;
      case 0x94: // MEMOIZE: the key is the number of memo entries, as in CPython
        memoPut(memo.size);
        break;
      case 0x73: { // SETITEM
        const value = pop();
        const key = pop();
        setItems(top(), [key, value], 'SETITEM');
        break;
      }
      case 0x75: { // SETITEMS
        const items = popMark();
        if (items.length % 2 !== 0) fail('odd number of items for SETITEMS');
        setItems(top(), items, 'SETITEMS');
        break;
      }
      case 0x74: // TUPLE
        push(container('tuple', popMark()));
        break;
      case 0x29: // EMPTY_TUPLE
        push({ t: 'tuple', items: [], d: 1 });
        break;
      case 0x85: { // TUPLE1
        const a = pop();
        push(container('tuple', [a]));
        break;
      }
      case 0x86: { // TUPLE2
        const b = pop();
        const a = pop();
        push(container('tuple', [a, b]));
        break;
      }
      case 0x87: { // TUPLE3
        const c = pop();
        const b = pop();
        const a = pop();
        push(container('tuple', [a, b, c]));
        break;
      }
      case 0x47: // BINFLOAT
        push({ t: 'float', v: view.getFloat64(need(8), false) });
        break;
      case 0x80: { // PROTO
        const v = u8();
        if (v > 5) fail(`unsupported pickle protocol ${v}`);
        protocol = v;
        break;
      }
      case 0x81: { // NEWOBJ
        const args = pop();
        const cls = pop();
        push(call(cls, args, 'NEWOBJ'));
        break;
      }
      case 0x92: { // NEWOBJ_EX
        const kwargs = pop();
        const args = pop();
        const cls = pop();
        push(call(cls, container('tuple', [args, kwargs]), 'NEWOBJ_EX'));
        break;
      }
      case 0x82: // EXT1
      case 0x83: // EXT2
      case 0x84: { // EXT4
        const code = op === 0x82 ? u8() : op === 0x83 ? u16() : i32();
        if (code <= 0) fail('EXT code must be positive');
        push(makeGlobal('<copyreg extension>', String(code), 'EXT'));
        break;
      }
      case 0x88: // NEWTRUE
        push(TRUE);
        break;
      case 0x89: // NEWFALSE
        push(FALSE);
        break;
      case 0x8a: { // LONG1
        const n = u8();
        push({ t: 'int', v: decodeLong(buf.subarray(need(n), pos)) });
        break;
      }
      case 0x8b: { // LONG4
        const n = i32();
        if (n < 0) fail('LONG4 has a negative length');
        push({ t: 'int', v: decodeLong(buf.subarray(need(n), pos)) });
        break;
      }
      case 0x8f: // EMPTY_SET
        push({ t: 'set', items: [], d: 1, frozen: false });
        break;
      case 0x90: { // ADDITEMS
        const items = popMark();
        const target = top();
        if (target.t === 'set') {
          target.items.push(...items.slice(0, 1_000_000));
          grow(target, items);
        } else events.onMutate?.(target, 'ADDITEMS', opStart, items);
        break;
      }
      case 0x91: { // FROZENSET
        const items = popMark();
        const v = container('tuple', items);
        push({ t: 'set', items, d: depthOf(v), frozen: true, n: sizeOf(v) });
        break;
      }
      case 0x95: { // FRAME
        const n = u64();
        checkFrame();
        if (frameEnd >= 0 && pos < frameEnd) {
          events.onFrameViolation?.('a new FRAME begins before the previous frame ends', opStart);
        }
        if (n > BigInt(end - pos)) {
          // CPython's C unpickler refuses this; the pure-Python one reads a short frame and carries on.
          events.onNote?.('pickle/frame-truncated', `FRAME declares ${n} bytes but only ${end - pos} remain`, opStart);
          frameEnd = end;
        } else frameEnd = pos + Number(n);
        continue;
      }
      default:
        fail(`invalid opcode 0x${op.toString(16).padStart(2, '0')}`);
    }
    checkFrame();
  }

  function checkFrame(): void {
    if (frameEnd >= 0 && opStart < frameEnd && pos > frameEnd) {
      events.onFrameViolation?.(
        `opcode at offset ${opStart} runs ${pos - frameEnd} bytes past the end of its frame; loaders disagree on what follows`,
        opStart,
      );
      frameEnd = -1;
    }
  }

  function appendTo(target: PValue, items: PValue[], opcode: string): void {
    if (target.t === 'list') {
      for (const it of items) target.items.push(it);
      grow(target, items);
    } else {
      // Not a list: CPython calls target.append / target.extend.
      events.onMutate?.(target, opcode, opStart, items);
    }
  }

  function setItems(target: PValue, items: PValue[], opcode: string): void {
    if (target.t === 'dict') {
      for (const it of items) target.items.push(it);
      grow(target, items);
    } else {
      // Not a dict: CPython calls target.__setitem__.
      events.onMutate?.(target, opcode, opStart, items);
    }
  }
}

/** Two's-complement little-endian integer (LONG1/LONG4). */
function decodeLong(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  const n = Math.min(bytes.length, 64); // values wider than 512 bits are kept approximate; only their sign matters here
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]!);
  if ((bytes[bytes.length - 1]! & 0x80) !== 0) v -= 1n << BigInt(8 * n);
  return v;
}

/** The protocol-0 STRING argument: a Python repr in matching quotes, with backslash escapes. */
function decodeQuotedString(line: Uint8Array, fail: (m: string) => never): string {
  let n = line.length;
  while (n > 0 && (line[n - 1] === 0x0d || line[n - 1] === 0x20)) n--; // CPython strips trailing whitespace
  const q = line[0];
  if (n < 2 || (q !== 0x27 && q !== 0x22) || line[n - 1] !== q) fail('the STRING opcode argument must be quoted');
  const out: number[] = [];
  for (let i = 1; i < n - 1; i++) {
    const c = line[i]!;
    if (c !== 0x5c) {
      out.push(c);
      continue;
    }
    const e = line[++i];
    if (e === undefined) break;
    const simple: Record<number, number> = { 0x6e: 10, 0x74: 9, 0x72: 13, 0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8, 0x66: 12, 0x76: 11 };
    if (simple[e] !== undefined) out.push(simple[e]);
    else if (e === 0x0a) continue;
    else if (e === 0x78) {
      const hex = String.fromCharCode(line[i + 1] ?? 0, line[i + 2] ?? 0);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail('invalid \\x escape in STRING');
      out.push(parseInt(hex, 16));
      i += 2;
    } else if (e >= 0x30 && e <= 0x37) {
      let v = e - 0x30;
      for (let k = 0; k < 2 && (line[i + 1] ?? 0) >= 0x30 && (line[i + 1] ?? 0) <= 0x37; k++) v = v * 8 + (line[++i]! - 0x30);
      out.push(v & 0xff);
    } else out.push(0x5c, e);
  }
  return new TextDecoder('utf-8').decode(Uint8Array.from(out));
}

/** raw-unicode-escape: \uXXXX and \UXXXXXXXX escapes; every other byte is latin-1. */
function decodeRawUnicodeEscape(line: Uint8Array): string {
  let s = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === 0x5c && (line[i + 1] === 0x75 || line[i + 1] === 0x55)) {
      const width = line[i + 1] === 0x75 ? 4 : 8;
      const hex = latin1.decode(line.subarray(i + 2, i + 2 + width));
      if (hex.length === width && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = parseInt(hex, 16);
        if (cp <= 0x10ffff) {
          s += String.fromCodePoint(cp);
          i += 1 + width;
          continue;
        }
      }
    }
    s += String.fromCharCode(c);
  }
  return s;
}
