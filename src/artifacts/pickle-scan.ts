/**
 * Turns the symbolic pickle machine's events into findings: the allowlist decides, known-dangerous
 * callables are critical, unknown callables that are called are critical, inert-but-risky ones and
 * imports that are never called are suspicious. Follows nested pickles (in bytes literals and base64
 * strings), and reads several pickles in a row.
 */
import { runPickle, type PickleEvents, type PValue } from './pickle-vm.js';
import { ArtifactParseError, errorFinding, type ArtifactFinding } from './types.js';
import { Deadline, DEFAULT_LIMITS, type ScanLimits } from './limits.js';
import type { GlobalClassification } from './pickle-policy.js';
import { ARGUMENT_CHECKED } from './pickle-allowlist.js';

export interface PickleScanOptions {
  limits?: ScanLimits;
  deadline?: Deadline;
  /** Container member the pickle came from, for finding locations. */
  member?: string;
  /** Read pickles back to back until the data ends (raw pickle files, legacy torch). */
  stacked?: boolean;
  /** Exact number of pickles to read (legacy torch reads five); overrides `stacked`. */
  count?: number;
  /** Nesting depth of this scan (pickle inside bytes inside pickle ...). */
  depth?: number;
  /** Extra event hooks (joblib's array skipping, torch's storage references). */
  hooks?: Pick<PickleEvents, 'onBuild' | 'onPersistentId'>;
}

export interface PickleScanResult {
  findings: ArtifactFinding[];
  /** Offset just past the last pickle read. */
  end: number;
  pickles: number;
  results: PValue[];
  protocol: number;
}

interface ImportRecord {
  g: GlobalClassification;
  called: boolean;
  offset: number;
}

const RISKY_BUILD_KEYS = new Set([
  '__setstate__', '__reduce__', '__reduce_ex__', '__getattr__', '__getattribute__', '__class__', '__init__', '__new__',
  '__call__', '__del__', '__eq__', '__hash__', '__getitem__', '__setitem__', '__iter__', '__len__', '__globals__',
  '__code__', '__builtins__', '__dict__', '__get__', '__set__', '__init_subclass__', '__class_getitem__', '__missing__',
]);

const BASE64_PICKLE = /^gA[A-Za-z0-9+/]{10,}={0,2}$/;
const MAX_NESTED_SCANS = 32;

/** Scans a pickle stream (one, several in a row, or an exact count). Never throws for bad input. */
export function scanPickle(buf: Uint8Array, options: PickleScanOptions = {}): PickleScanResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const deadline = options.deadline ?? new Deadline(limits.timeBudgetMs);
  const depth = options.depth ?? 0;
  const member = options.member;
  const findings: ArtifactFinding[] = [];
  const imports = new Map<string, ImportRecord>();
  let nestedScans = 0;
  const base = 0;

  const at = (offset: number) => ({ location: { ...(member !== undefined ? { member } : {}), offset: base + offset } });
  const add = (severity: ArtifactFinding['severity'], rule: string, message: string, offset: number): void => {
    if (findings.length < 200) findings.push({ severity, rule, message, ...at(offset) });
  };

  const classifyCall = (g: GlobalClassification, opcode: string, offset: number): boolean => {
    switch (g.kind) {
      case 'allowed':
        return false;
      case 'risky':
        add('high', 'pickle/risky-call', `calls ${g.qualified}: ${g.reason}`, offset);
        return true;
      case 'dangerous':
        add('critical', 'pickle/dangerous-call', `calls ${g.qualified} (${opcode}): ${g.reason}`, offset);
        return true;
      default:
        if (opcode === 'NEWOBJ' || opcode === 'NEWOBJ_EX') {
          add('high', 'pickle/unknown-class', `creates an instance of ${g.qualified}, which is not allowlisted`, offset);
        } else {
          add('critical', 'pickle/unknown-call', `calls ${g.qualified} (${opcode}), which is not allowlisted`, offset);
        }
        return true;
    }
  };

  const nested = (data: Uint8Array, offset: number, how: string): void => {
    if (nestedScans >= MAX_NESTED_SCANS || depth + 1 > limits.maxNestingDepth) return;
    nestedScans++;
    const inner = scanPickle(data, { limits, deadline, depth: depth + 1, ...(member !== undefined ? { member } : {}) });
    for (const f of inner.findings) {
      if (f.verdict === 'error' || f.severity === 'info' || f.severity === 'low') continue;
      add(f.severity, f.rule, `nested pickle (${how} at offset ${base + offset}): ${f.message}`, offset);
    }
  };

  const events: PickleEvents = {
    onGlobal(value, opcode, offset) {
      const q = value.g.qualified;
      if (q === '<computed>' || q === '<oversized>') {
        add('critical', 'pickle/computed-import', `${opcode}: ${value.g.reason}`, offset);
        return;
      }
      if (!imports.has(q) && imports.size < 10_000) imports.set(q, { g: value.g, called: false, offset });
    },
    onCall(callee, args, opcode, offset) {
      if (callee.t === 'global') {
        const rec = imports.get(callee.g.qualified);
        if (rec) rec.called = true;
        if (callee.g.kind === 'allowed' && /^copyreg\.(?:_reconstructor|__newobj__|__newobj_ex__)$/.test(callee.g.qualified)) {
          // copyreg reconstructors call cls.__new__ (and base.__init__): judge the class they are given.
          const items = args.t === 'tuple' ? args.items : [];
          let unsafe = false;
          for (const item of items.slice(0, 2)) {
            if (item.t === 'global') {
              const r = imports.get(item.g.qualified);
              if (r) r.called = true;
              if (item.g.kind !== 'allowed') unsafe = classifyCall(item.g, 'NEWOBJ', offset) || unsafe;
            } else if (item.t === 'call' && item.unsafe) {
              add('critical', 'pickle/call-of-unsafe-result', `${callee.g.qualified} is given an object made by ${item.label}`, offset);
              unsafe = true;
            }
          }
          return { unsafe };
        }
        const check = ARGUMENT_CHECKED.get(callee.g.qualified);
        if (check) {
          const items = args.t === 'tuple' ? args.items : [];
          const strs = items.map((v) => (v.t === 'str' ? v.v : ''));
          if (items.every((v) => v.t === 'str') && check(strs)) return { unsafe: false };
          add('critical', 'pickle/dangerous-call', `calls ${callee.g.qualified} with arguments outside numpy (it imports any module)`, offset);
          return { unsafe: true };
        }
        return { unsafe: classifyCall(callee.g, opcode, offset) };
      }
      if (callee.t === 'call') {
        if (callee.unsafe) {
          add('critical', 'pickle/call-of-unsafe-result', `calls the object returned by ${callee.label}`, offset);
          return { unsafe: true };
        }
        add('high', 'pickle/call-of-result', `calls the object returned by ${callee.label}`, offset);
        return { unsafe: true };
      }
      if (callee.t === 'pid') {
        add('high', 'pickle/call-of-persistent', 'calls an object returned by persistent_load', offset);
        return { unsafe: true };
      }
      add('low', 'pickle/call-non-callable', `${opcode} on a ${callee.t} value (fails at load time)`, offset);
      return { unsafe: false };
    },
    onBuild(inst, state, offset, resumeAt) {
      if (inst.t === 'global') {
        add('critical', 'pickle/build-on-global', `BUILD sets attributes on ${inst.g.qualified} itself (monkey-patching a module-level object)`, offset);
      }
      for (const key of buildKeys(state)) {
        if (RISKY_BUILD_KEYS.has(key)) {
          add('critical', 'pickle/build-dunder', `BUILD sets ${key} on ${describe(inst)}, which redirects later calls`, offset);
        }
      }
      return options.hooks?.onBuild?.(inst, state, offset, resumeAt);
    },
    onMutate(target, opcode, offset) {
      if (target.t === 'global') {
        add('critical', 'pickle/mutates-global', `${opcode} mutates ${target.g.qualified} itself`, offset);
      } else if (target.t === 'call') {
        if (target.unsafe) add('high', 'pickle/mutates-object', `${opcode} calls a method of an object made by ${target.label}`, offset);
      } else if (target.t !== 'set') {
        add('low', 'pickle/mutates-value', `${opcode} on a ${target.t} value (fails at load time)`, offset);
      }
    },
    onPersistentId(pid, offset) {
      options.hooks?.onPersistentId?.(pid, offset);
    },
    onBytes(value, offset) {
      const d = value.data;
      if (d.length >= 4 && d[0] === 0x80 && d[1]! >= 2 && d[1]! <= 5) nested(d, offset, 'bytes literal');
    },
    onString(value, offset) {
      if (value.length >= 12 && value.length <= 64 * 1024 * 1024 && BASE64_PICKLE.test(value)) {
        nested(Buffer.from(value, 'base64'), offset, 'base64 string');
      }
    },
    onFrameViolation(message, offset) {
      add('critical', 'pickle/frame-divergence', `FRAME boundary violation: ${message}`, offset);
    },
    onNote(rule, message, offset) {
      add('info', rule, message, offset);
    },
  };

  const results: PValue[] = [];
  let pickles = 0;
  let protocol = 0;
  let pos = 0;
  const wanted = options.count ?? (options.stacked ? limits.maxStackedPickles : 1);
  while (pickles < wanted) {
    if (pos >= buf.length) {
      if (pickles === 0) findings.push(errorFinding('pickle/empty', 'empty pickle stream', at(0).location));
      else if (options.count !== undefined) findings.push(errorFinding('pickle/invalid', `expected ${options.count} pickles, found ${pickles}`, at(pos).location));
      break;
    }
    try {
      const r = runPickle(buf, pos, limits, deadline, events);
      results.push(r.result);
      if (pickles === 0) protocol = r.protocol;
      pickles++;
      pos = r.end;
    } catch (err) {
      if (!(err instanceof ArtifactParseError)) throw err;
      if (pickles > 0 && options.count === undefined) {
        // Bytes after a complete pickle that do not form another one: pickle.load never reads them.
        add('info', 'pickle/trailing-data', `${buf.length - pos} bytes after pickle ${pickles} are not a pickle`, pos);
      } else {
        findings.push(errorFinding(err.rule, err.message, { ...(member !== undefined ? { member } : {}), offset: base + (err.location?.offset ?? pos) }));
      }
      break;
    }
    if (pickles === wanted && options.stacked && pos < buf.length && options.count === undefined) {
      findings.push(errorFinding('limit/exceeded', `more than ${limits.maxStackedPickles} stacked pickles`, at(pos).location));
    }
  }


  for (const [q, rec] of imports) {
    if (rec.called) continue;
    if (rec.g.kind === 'dangerous') add('high', 'pickle/dangerous-import', `imports ${q} without calling it: ${rec.g.reason}`, rec.offset);
    else if (rec.g.kind === 'risky') add('medium', 'pickle/risky-import', `imports ${q} without calling it`, rec.offset);
    else if (rec.g.kind === 'unknown') add('info', 'pickle/unknown-import', `imports ${q}, which is not allowlisted (not called)`, rec.offset);
  }
  return { findings, end: pos, pickles, results, protocol };
}

function* buildKeys(state: PValue): Generator<string> {
  const dicts: PValue[] = [state];
  if (state.t === 'tuple' && state.items.length === 2) dicts.push(state.items[0]!, state.items[1]!);
  for (const d of dicts) {
    if (d.t !== 'dict') continue;
    for (let i = 0; i < d.items.length && i < 20_000; i += 2) {
      const k = d.items[i]!;
      if (k.t === 'str') yield k.v;
    }
  }
}

function describe(v: PValue): string {
  if (v.t === 'global') return v.g.qualified;
  if (v.t === 'call') return `an object made by ${v.label}`;
  return `a ${v.t}`;
}
