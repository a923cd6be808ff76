import { describe, expect, it } from 'vitest';
import { scanPickle } from '../../src/artifacts/pickle-scan.js';
import { classifyGlobal } from '../../src/artifacts/pickle-policy.js';
import { Deadline, DEFAULT_LIMITS } from '../../src/artifacts/limits.js';
import { worstVerdict } from '../../src/artifacts/types.js';
import { BINGET, BINPUT, bytes, EMPTY_TUPLE, GLOBAL, MEMOIZE, OS_SYSTEM, POP, PROTO, REDUCE, STACK_GLOBAL, STOP, su, TUPLE1, torchStateDictPickle } from './helpers.js';

const verdict = (buf: Uint8Array, opts: Parameters<typeof scanPickle>[1] = {}) => worstVerdict(scanPickle(buf, opts).findings);
const rules = (buf: Uint8Array, opts: Parameters<typeof scanPickle>[1] = {}) => scanPickle(buf, opts).findings.map((f) => f.rule);

describe('pickle policy', () => {
  it('allows checkpoint callables and denies dangerous ones', () => {
    expect(classifyGlobal('torch._utils', '_rebuild_tensor_v2').kind).toBe('allowed');
    expect(classifyGlobal('__builtin__', 'set').kind).toBe('allowed');
    expect(classifyGlobal('numpy._core.multiarray', '_reconstruct').kind).toBe('allowed');
    expect(classifyGlobal('sklearn.ensemble._forest', 'RandomForestClassifier').kind).toBe('allowed');
    expect(classifyGlobal('posix', 'system').kind).toBe('dangerous');
    expect(classifyGlobal('__builtin__', 'eval').kind).toBe('dangerous');
    expect(classifyGlobal('_operator', 'attrgetter').kind).toBe('dangerous');
    expect(classifyGlobal('pathlib', 'os.system').kind).toBe('dangerous');
    expect(classifyGlobal('builtins', 'print.__self__.eval').kind).toBe('dangerous');
    expect(classifyGlobal('marshal', 'loads').kind).toBe('risky');
    expect(classifyGlobal('mylib.helpers', 'run_everything').kind).toBe('unknown');
  });
});

describe('symbolic pickle machine', () => {
  it('finds os.system called through GLOBAL + REDUCE', () => {
    expect(verdict(OS_SYSTEM())).toBe('malicious');
    expect(rules(OS_SYSTEM())).toContain('pickle/dangerous-call');
  });

  it('loads a benign torch state dict clean', () => {
    expect(scanPickle(torchStateDictPickle()).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('resolves STACK_GLOBAL operands through the memo with CPython MEMOIZE numbering', () => {
    // memo[5] = 'x' via BINPUT, then MEMOIZE stores at len(memo) == 1, not 6.
    const p = bytes(PROTO(4), su('posix'), BINPUT(5), su('nope'), MEMOIZE, POP, POP, BINGET(5), su('system'), STACK_GLOBAL, su('x'), TUPLE1, REDUCE, STOP);
    expect(verdict(p)).toBe('malicious');
    const q = bytes(PROTO(4), su('posix'), BINPUT(5), su('builtins'), MEMOIZE, POP, POP, BINGET(1), su('set'), STACK_GLOBAL, EMPTY_TUPLE, REDUCE, STOP);
    expect(verdict(q)).toBe('clean');
  });

  it('PUT after POP memoizes whatever is on top now', () => {
    const p = bytes(PROTO(4), su('os'), su('harmless'), POP, BINPUT(0), POP, BINGET(0), su('system'), STACK_GLOBAL, su('x'), TUPLE1, REDUCE, STOP);
    expect(verdict(p)).toBe('malicious');
  });

  it('decodes protocol-0 STRING escapes before resolving', () => {
    const p = bytes("S'\\x6fs'\n", su('system'), STACK_GLOBAL, su('x'), TUPLE1, REDUCE, STOP);
    expect(verdict(p)).toBe('malicious');
  });

  it('treats INST, OBJ and NEWOBJ_EX as calls', () => {
    expect(verdict(bytes('(', su('x'), 'ios\nsystem\n', STOP))).toBe('malicious');
    expect(verdict(bytes('(', GLOBAL('subprocess', 'Popen'), su('x'), 'o', STOP))).toBe('malicious');
    expect(verdict(bytes(PROTO(4), GLOBAL('subprocess', 'Popen'), EMPTY_TUPLE, '}', 0x92, STOP))).toBe('malicious');
  });

  it('flags a call whose result is thrown away by POP', () => {
    expect(verdict(bytes(PROTO(2), GLOBAL('os', 'system'), su('x'), TUPLE1, REDUCE, POP, 'N', STOP))).toBe('malicious');
  });

  it('calls of unknown callables are malicious; unknown classes built by NEWOBJ are suspicious', () => {
    expect(verdict(bytes(PROTO(2), GLOBAL('evil_pkg', 'run'), su('x'), TUPLE1, REDUCE, STOP))).toBe('malicious');
    expect(verdict(bytes(PROTO(2), GLOBAL('mymodels', 'Config'), EMPTY_TUPLE, 0x81, STOP))).toBe('suspicious');
  });

  it('an import that is never called is suspicious when dangerous, a note otherwise', () => {
    expect(verdict(bytes(PROTO(2), GLOBAL('os', 'system'), STOP))).toBe('suspicious');
    expect(verdict(bytes(PROTO(2), GLOBAL('mymodels', 'thing'), STOP))).toBe('clean');
  });

  it('numpy ufunc reconstruction is allowed only for numpy modules', () => {
    const call = (m: string, n: string) => bytes(PROTO(2), GLOBAL('numpy.core', '_ufunc_reconstruct'), su(m), su(n), 0x86, REDUCE, STOP);
    expect(verdict(call('numpy', 'log1p'))).toBe('clean');
    expect(verdict(call('os', 'system'))).toBe('malicious');
  });

  it('BUILD on a module-level object is malicious (monkey-patching)', () => {
    const p = bytes(PROTO(2), GLOBAL('numpy', 'prod'), '}', su('a'), su('os'), 's', 'b', STOP);
    expect(rules(p)).toContain('pickle/build-on-global');
  });

  it('BUILD that sets __setstate__ is malicious', () => {
    const p = bytes(PROTO(2), GLOBAL('collections', 'OrderedDict'), EMPTY_TUPLE, REDUCE, 'N', '}', su('__setstate__'), 'N', 's', 0x86, 'b', STOP);
    expect(rules(p)).toContain('pickle/build-dunder');
  });

  it('calls to the result of a dangerous call are flagged', () => {
    const p = bytes(PROTO(2), GLOBAL('pkgutil', 'resolve_name'), su('os:system'), TUPLE1, REDUCE, su('x'), TUPLE1, REDUCE, STOP);
    expect(rules(p)).toEqual(expect.arrayContaining(['pickle/dangerous-call', 'pickle/call-of-unsafe-result']));
  });

  it('a STACK_GLOBAL fed by a call result is a computed import', () => {
    const p = bytes(PROTO(4), GLOBAL('builtins', 'str'), su('os'), TUPLE1, REDUCE, su('system'), STACK_GLOBAL, STOP);
    expect(rules(p)).toContain('pickle/computed-import');
  });

  it('follows nested pickles in bytes literals and base64 strings', () => {
    const inner = OS_SYSTEM();
    const viaBytes = bytes(PROTO(3), 0x43, inner.length, inner, STOP);
    expect(verdict(viaBytes)).toBe('malicious');
    const b64 = Buffer.from(bytes(PROTO(4), GLOBAL('os', 'system'), su('x'), TUPLE1, REDUCE, STOP)).toString('base64');
    expect(verdict(bytes(PROTO(4), su(b64), STOP))).toBe('malicious');
  });

  it('reads stacked pickles: the payload in the second one is found', () => {
    const p = bytes(PROTO(2), 'N', STOP, OS_SYSTEM());
    expect(verdict(p, { stacked: true })).toBe('malicious');
    expect(scanPickle(p, { stacked: true }).pickles).toBe(2);
  });

  it('reports an opcode that straddles a FRAME boundary as divergence', () => {
    // FRAME of 2 bytes, then a 4-byte SHORT_BINUNICODE that runs past it.
    const p = bytes(PROTO(4), 0x95, [2, 0, 0, 0, 0, 0, 0, 0], su('abc'), STOP);
    expect(rules(p)).toContain('pickle/frame-divergence');
    const ok = bytes(PROTO(4), 0x95, [6, 0, 0, 0, 0, 0, 0, 0], su('abc'), 0x2e);
    expect(rules(ok)).not.toContain('pickle/frame-divergence');
  });

  it('keeps a finding made before a later parse error', () => {
    const p = bytes(PROTO(2), GLOBAL('os', 'system'), su('x'), TUPLE1, REDUCE, 0xff);
    const r = scanPickle(p).findings.map((f) => f.rule);
    expect(r).toContain('pickle/dangerous-call');
    expect(r).toContain('pickle/invalid');
    expect(verdict(p)).toBe('malicious');
  });

  it('ends at limits with an error, never by exhausting memory', () => {
    const deep = bytes(PROTO(2), Array(300).fill(0x5d), Array(299).fill(0x61), STOP);
    const r = scanPickle(deep, { limits: { ...DEFAULT_LIMITS, maxNesting: 100 } });
    expect(r.findings.some((f) => f.rule === 'limit/exceeded')).toBe(true);
    const flood = bytes(PROTO(2), Array(70_000).fill([0x4e, 0x30]), 'N', STOP);
    expect(scanPickle(flood, { limits: { ...DEFAULT_LIMITS, maxOpcodes: 65_536 } }).findings.some((f) => f.rule === 'limit/exceeded')).toBe(true);
    const memo = bytes(PROTO(4), 'N', Array(50).fill(MEMOIZE), STOP);
    expect(scanPickle(memo, { limits: { ...DEFAULT_LIMITS, maxMemo: 10 } }).findings.some((f) => f.rule === 'limit/exceeded')).toBe(true);
    const huge = bytes(PROTO(4), 0x8d, [0, 0, 0, 0, 0, 0, 0, 0x40], 'x', STOP);
    expect(worstVerdict(scanPickle(huge).findings)).toBe('error');
  });

  it('stops at the per-file time budget', () => {
    const flood = bytes(PROTO(2), Array(20_000).fill([0x4e, 0x30]), 'N', STOP);
    const r = scanPickle(flood, { deadline: new Deadline(-1) });
    expect(r.findings.some((f) => f.rule === 'limit/exceeded' && /time budget/.test(f.message))).toBe(true);
  });

  it('reports a billion-laughs memo bomb as an error although it is cheap to represent', () => {
    // L0 = [None]; L(k+1) = [Lk, Lk, Lk, Lk, Lk, Lk, Lk, Lk, Lk, Lk]: 10^12 objects by reference.
    const levels = [];
    for (let k = 0; k < 12; k++) levels.push(BINPUT(k), POP, ']', '(', Array(10).fill(BINGET(k)), 'e');
    const bomb = bytes(PROTO(2), ']', 'N', 'a', levels, STOP);
    const r = scanPickle(bomb);
    expect(r.findings.some((f) => f.rule === 'limit/exceeded' && /billion laughs/.test(f.message))).toBe(true);
  });

  it('runs a pickle that uses every opcode family without false findings', () => {
    const p = bytes(
      PROTO(5), 0x95, [0, 0, 0, 0, 0, 0, 0, 0], // empty frame, ends at once
      '(', 'I01\n', 'I42\n', 'L7L\n', 'F1.5\n', 'J', [1, 0, 0, 0], 'K', 1, 'M', [1, 0], 0x8a, 1, 5, 0x8b, [1, 0, 0, 0], 1,
      0x47, [0, 0, 0, 0, 0, 0, 0, 0], 'N', 0x88, 0x89, "S'a'\n", 'T', [1, 0, 0, 0], 'b', 'U', 1, 'c', 'Vd\n', 'X', [1, 0, 0, 0], 'e',
      0x8d, [1, 0, 0, 0, 0, 0, 0, 0], 'f', 'B', [1, 0, 0, 0], 'g', 'C', 1, 'h', 0x8e, [1, 0, 0, 0, 0, 0, 0, 0], 'i', 0x96, [1, 0, 0, 0, 0, 0, 0, 0], 'j', 0x98,
      'l', 'p0\n', 'g0\n', 'q', 1, 'r', [2, 0, 0, 0], 'h', 1, 'j', [2, 0, 0, 0], MEMOIZE, '2', '0',
      ']', 'N', 'a', '(', 'N', 'e', '}', 'N', 'N', 's', '(', 'N', 'N', 'u', 0x8f, '(', 'N', 0x90, '(', 'N', 0x91, ')', 'N', 0x85, 'N', 'N', 0x86, 'N', 'N', 'N', 0x87,
      '(', 'N', 't', '(', 'N', 'N', 'd', '(', 'N', '1', 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86, 0x86,
      STOP,
    );
    const r = scanPickle(p);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.pickles).toBe(1);
  });
});
