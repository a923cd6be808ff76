/**
 * Report formats for `rampart scan`: text for people, a stable JSON schema for scripts, and SARIF
 * 2.1.0 for code-scanning tools.
 *
 * JSON schema (`rampart.scan/v1`, stable):
 * ```
 * { schema: 'rampart.scan/v1', tool: { name, version },
 *   summary: { files, clean, suspicious, malicious, error },
 *   files: [{ path, format, verdict: 'clean'|'suspicious'|'malicious'|'error', bytes, ms,
 *             findings: [{ severity, rule, message, location?: { member?, offset?, pointer? } }] }] }
 * ```
 */
import { findingVerdict, type ArtifactFinding, type FileReport, type Verdict } from './types.js';

export const TOOL_NAME = 'rampart';
export const TOOL_VERSION = '0.1.0';

export interface ScanReportJson {
  schema: 'rampart.scan/v1';
  tool: { name: string; version: string };
  summary: Record<Verdict, number> & { files: number };
  files: Array<Omit<FileReport, 'findings'> & { findings: Array<Omit<ArtifactFinding, 'verdict'>> }>;
}

/** Counts per verdict. */
export function summarize(reports: readonly FileReport[]): ScanReportJson['summary'] {
  const s = { files: reports.length, clean: 0, suspicious: 0, malicious: 0, error: 0 };
  for (const r of reports) s[r.verdict]++;
  return s;
}

/** The JSON report object. Info findings are kept: they explain a clean verdict. */
export function toJsonReport(reports: readonly FileReport[]): ScanReportJson {
  return {
    schema: 'rampart.scan/v1',
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: summarize(reports),
    files: reports.map((r) => ({
      path: r.path,
      format: r.format,
      verdict: r.verdict,
      bytes: r.bytes,
      ms: r.ms,
      findings: r.findings.map((f) => ({
        severity: f.severity,
        rule: f.rule,
        message: f.message,
        ...(f.location && Object.keys(f.location).length > 0 ? { location: f.location } : {}),
      })),
    })),
  };
}

function where(f: ArtifactFinding): string {
  const l = f.location;
  if (!l) return '';
  const parts: string[] = [];
  if (l.member !== undefined) parts.push(l.member);
  if (l.offset !== undefined) parts.push(`@${l.offset}`);
  if (l.pointer !== undefined) parts.push(l.pointer);
  return parts.length > 0 ? ` [${parts.join(' ')}]` : '';
}

/** Text for people: one line per file, the findings that matter under it. */
export function toText(reports: readonly FileReport[], verbose = false): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.verdict.toUpperCase().padEnd(10)} ${r.path} (${r.format}, ${r.ms} ms)`);
    for (const f of r.findings) {
      if (!verbose && (f.severity === 'info' || f.severity === 'low')) continue;
      lines.push(`  ${f.severity.padEnd(8)} ${f.rule}: ${f.message}${where(f)}`);
    }
  }
  const s = summarize(reports);
  lines.push(`${s.files} file(s): ${s.malicious} malicious, ${s.suspicious} suspicious, ${s.error} error, ${s.clean} clean`);
  return `${lines.join('\n')}\n`;
}

function sarifLevel(f: ArtifactFinding): 'error' | 'warning' | 'note' {
  const v = findingVerdict(f);
  if (v === 'malicious' || v === 'error') return 'error';
  if (v === 'suspicious') return 'warning';
  return 'note';
}

function toUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** SARIF 2.1.0 log with one run; info findings are left out. */
export function toSarif(reports: readonly FileReport[]): Record<string, unknown> {
  const rules = new Map<string, string>();
  const results: Array<Record<string, unknown>> = [];
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.severity === 'info') continue;
      if (!rules.has(f.rule)) rules.set(f.rule, f.message.slice(0, 200));
      const physical: Record<string, unknown> = { artifactLocation: { uri: toUri(r.path) } };
      if (f.location?.offset !== undefined && f.location.member === undefined) physical.region = { byteOffset: f.location.offset };
      const location: Record<string, unknown> = { physicalLocation: physical };
      if (f.location?.member !== undefined || f.location?.pointer !== undefined) {
        location.logicalLocations = [
          { fullyQualifiedName: [f.location.member, f.location.pointer, f.location.offset !== undefined && f.location.member !== undefined ? `@${f.location.offset}` : undefined].filter((x) => x !== undefined).join(' '), kind: 'member' },
        ];
      }
      results.push({
        ruleId: f.rule,
        level: sarifLevel(f),
        message: { text: f.message },
        locations: [location],
        properties: { severity: f.severity, verdict: r.verdict, format: r.format },
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            rules: [...rules].map(([id, text]) => ({ id, shortDescription: { text: id }, fullDescription: { text } })),
          },
        },
        results,
        artifacts: reports.map((r) => ({ location: { uri: toUri(r.path) }, length: r.bytes, properties: { verdict: r.verdict, format: r.format } })),
      },
    ],
  };
}
