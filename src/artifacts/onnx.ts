/**
 * ONNX models: walks ModelProto -> GraphProto (and subgraphs in attributes, training graphs and local
 * functions) by field number. External-data locations that are absolute, climb out of the model's
 * folder, or are symlinks resolving outside it are critical (ONNX Runtime reads them into tensors);
 * nodes in custom operator domains need a native custom-op library and are suspicious.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { at } from './context.js';
import { readFields, str } from './protobuf.js';
import { ArtifactParseError, errorFinding, type ArtifactFinding } from './types.js';

const STANDARD_DOMAINS = new Set(['', 'ai.onnx', 'ai.onnx.ml', 'ai.onnx.training', 'ai.onnx.preview.training', 'com.microsoft', 'com.microsoft.nchwc', 'com.microsoft.experimental', 'com.ms.internal.nhwc', 'org.pytorch.aten']);
const MAX_GRAPH_DEPTH = 32;

interface OnnxWalk {
  findings: ArtifactFinding[];
  localDomains: Set<string>;
  nodeDomains: Map<string, number>;
  locations: Set<string>;
  member: string | undefined;
}

/** Scans an ONNX model buffer; `filePath` (when on disk) is used to resolve external data. */
export function scanOnnx(buf: Uint8Array, filePath?: string, member?: string): ArtifactFinding[] {
  const w: OnnxWalk = { findings: [], localDomains: new Set(), nodeDomains: new Map(), locations: new Set(), member };
  try {
    const top = readFields(buf);
    const hasIr = top.some((f) => f.no === 1 && f.wireType === 0);
    const graphs = top.filter((f) => f.no === 7 && f.bytes);
    const functions = top.filter((f) => f.no === 25 && f.bytes);
    if (!hasIr || (graphs.length === 0 && functions.length === 0)) {
      return [errorFinding('onnx/invalid', 'not an ONNX model: no ir_version or graph', at(member).location)];
    }
    for (const fn of functions) {
      const fields = readFields(fn.bytes!);
      w.localDomains.add(str(fields.find((f) => f.no === 10)));
      for (const n of fields) if (n.no === 7 && n.bytes) walkNode(n.bytes, w, 1);
    }
    for (const g of graphs) walkGraph(g.bytes!, w, 0);
    for (const t of top) {
      if (t.no === 20 && t.bytes) for (const g of readFields(t.bytes)) if ((g.no === 1 || g.no === 2) && g.bytes) walkGraph(g.bytes, w, 1);
    }
  } catch (err) {
    if (err instanceof ArtifactParseError) return [...w.findings, errorFinding(err.rule, err.message, at(member).location)];
    throw err;
  }
  for (const [domain, n] of w.nodeDomains) {
    if (!STANDARD_DOMAINS.has(domain) && !w.localDomains.has(domain)) {
      w.findings.push({ severity: 'high', rule: 'onnx/custom-domain', message: `${n} node(s) use custom operator domain "${domain.slice(0, 80)}", which needs a native custom-op library`, ...at(member) });
    }
  }
  for (const loc of w.locations) w.findings.push(...checkLocation(loc, filePath, member));
  return w.findings;
}

function walkGraph(buf: Uint8Array, w: OnnxWalk, depth: number): void {
  if (depth > MAX_GRAPH_DEPTH) throw new ArtifactParseError('limit/exceeded', 'limit exceeded: ONNX subgraph nesting');
  for (const f of readFields(buf)) {
    if (!f.bytes) continue;
    if (f.no === 1) walkNode(f.bytes, w, depth);
    else if (f.no === 5) walkTensor(f.bytes, w);
    else if (f.no === 15) for (const s of readFields(f.bytes)) if ((s.no === 1 || s.no === 2) && s.bytes) walkTensor(s.bytes, w);
  }
}

function walkNode(buf: Uint8Array, w: OnnxWalk, depth: number): void {
  let domain = '';
  for (const f of readFields(buf)) {
    if (f.no === 7 && f.bytes) domain = str(f);
    else if (f.no === 5 && f.bytes) {
      for (const a of readFields(f.bytes)) {
        if (!a.bytes) continue;
        if (a.no === 5 || a.no === 10) walkTensor(a.bytes, w);
        else if (a.no === 6 || a.no === 11) walkGraph(a.bytes, w, depth + 1);
      }
    }
  }
  w.nodeDomains.set(domain, (w.nodeDomains.get(domain) ?? 0) + 1);
}

function walkTensor(buf: Uint8Array, w: OnnxWalk): void {
  for (const f of readFields(buf)) {
    if (f.no !== 13 || !f.bytes) continue;
    const entry = readFields(f.bytes);
    if (str(entry.find((e) => e.no === 1)) === 'location') w.locations.add(str(entry.find((e) => e.no === 2)));
  }
}

/** Judges one external-data location relative to the model file. */
function checkLocation(location: string, filePath: string | undefined, member: string | undefined): ArtifactFinding[] {
  const shown = location.replace(/[^\x20-\x7e]/g, '?').slice(0, 160);
  const normalized = location.replace(/\\/g, '/');
  if (location.includes('\0')) return [{ severity: 'critical', rule: 'onnx/external-data-path', message: 'external data location contains a NUL byte', ...at(member) }];
  if (isAbsolute(normalized) || /^[A-Za-z]:/.test(normalized) || normalized.startsWith('//')) {
    return [{ severity: 'critical', rule: 'onnx/external-data-path', message: `external data location "${shown}" is absolute: loading reads that host file into a tensor`, ...at(member) }];
  }
  let depth = 0;
  for (const part of normalized.split('/')) {
    if (part === '..') depth--;
    else if (part !== '.' && part !== '') depth++;
    if (depth < 0) {
      return [{ severity: 'critical', rule: 'onnx/external-data-path', message: `external data location "${shown}" climbs out of the model folder`, ...at(member) }];
    }
  }
  if (filePath === undefined || member !== undefined) return [];
  const dir = dirname(resolve(filePath));
  const target = resolve(dir, normalized);
  try {
    const st = lstatSync(target);
    const real = realpathSync(target);
    const realDir = realpathSync(dir);
    const rel = relative(realDir, real);
    if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep)[0] === '..') {
      return [{ severity: 'critical', rule: 'onnx/external-data-symlink', message: `external data "${shown}" ${st.isSymbolicLink() ? 'is a symlink' : 'resolves'} outside the model folder`, ...at(member) }];
    }
    if (st.isSymbolicLink()) return [{ severity: 'medium', rule: 'onnx/external-data-symlink', message: `external data "${shown}" is a symlink (inside the model folder)`, ...at(member) }];
  } catch {
    return [{ severity: 'info', rule: 'onnx/external-data-missing', message: `external data "${shown}" is not present beside the model`, ...at(member) }];
  }
  return [];
}
