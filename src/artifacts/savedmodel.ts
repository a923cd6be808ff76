/**
 * TensorFlow SavedModel (`saved_model.pb`): walks SavedModel -> MetaGraphDef -> GraphDef (and its
 * function library) -> NodeDef.op by field number and flags ops that read or write files or call back
 * into Python. The saver's own checkpoint ops (SaveV2, RestoreV2, MergeV2Checkpoints) are normal.
 */
import { at } from './context.js';
import { readFields, str, type PbField } from './protobuf.js';
import { ArtifactParseError, errorFinding, type ArtifactFinding } from './types.js';

const CRITICAL_OPS = new Map([
  ['PyFunc', 'calls back into Python'],
  ['PyFuncStateless', 'calls back into Python'],
  ['EagerPyFunc', 'calls back into Python'],
  ['ReadFile', 'reads an arbitrary file'],
  ['WriteFile', 'writes an arbitrary file'],
]);
const SUSPICIOUS_OPS = new Map([
  ['MatchingFiles', 'lists files on the host'],
  ['ImmutableConst', 'memory-maps a file from the host'],
  ['FileSystemSetConfiguration', 'changes file-system configuration'],
]);
const MAX_DEPTH = 64;

/** Scans a saved_model.pb buffer. */
export function scanSavedModel(buf: Uint8Array, member?: string): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  try {
    const top = readFields(buf);
    const metaGraphs = top.filter((f) => f.no === 2 && f.bytes);
    if (metaGraphs.length === 0 || top.some((f) => (f.no === 1 && f.wireType !== 0) || (f.no === 2 && f.wireType !== 2))) {
      return [errorFinding('savedmodel/invalid', 'not a SavedModel: no meta graphs', at(member).location)];
    }
    const ops = new Map<string, number>();
    for (const mg of metaGraphs) {
      for (const f of readFields(mg.bytes!)) if (f.no === 2 && f.bytes) walkGraphDef(f.bytes, ops, 0);
    }
    for (const [op, n] of ops) {
      const crit = CRITICAL_OPS.get(op);
      const susp = SUSPICIOUS_OPS.get(op);
      if (crit) findings.push({ severity: 'critical', rule: 'savedmodel/dangerous-op', message: `graph uses ${op} (${n}x): ${crit}`, ...at(member) });
      else if (susp) findings.push({ severity: 'high', rule: 'savedmodel/risky-op', message: `graph uses ${op} (${n}x): ${susp}`, ...at(member) });
    }
  } catch (err) {
    if (err instanceof ArtifactParseError) return [...findings, errorFinding(err.rule, err.message, at(member).location)];
    throw err;
  }
  return findings;
}

function walkGraphDef(buf: Uint8Array, ops: Map<string, number>, depth: number): void {
  if (depth > MAX_DEPTH) throw new ArtifactParseError('limit/exceeded', 'limit exceeded: graph nesting');
  for (const f of readFields(buf)) {
    if (f.no === 1 && f.bytes) addNode(f, ops);
    else if (f.no === 2 && f.bytes) {
      // FunctionDefLibrary: function = 1 (FunctionDef: node_def = 3)
      for (const fn of readFields(f.bytes)) {
        if (fn.no !== 1 || !fn.bytes) continue;
        for (const g of readFields(fn.bytes)) if (g.no === 3 && g.bytes) addNode(g, ops);
      }
    }
  }
}

function addNode(f: PbField, ops: Map<string, number>): void {
  const op = str(readFields(f.bytes!).find((x) => x.no === 2));
  if (op) ops.set(op, (ops.get(op) ?? 0) + 1);
}
