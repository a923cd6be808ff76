import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { toJsonReport, toSarif, toText } from '../../src/artifacts/report.js';
import { scanBytes } from '../../src/artifacts/scan.js';
import { makeZip, OS_SYSTEM, torchStateDictPickle } from './helpers.js';

const require = createRequire(import.meta.url);

/**
 * The official SARIF 2.1.0 (rtm.5) JSON schema, as shipped in @microsoft/jest-sarif (dev dependency).
 * It is a draft-04 schema: `id` becomes `$id` so Ajv (draft-07) compiles it; nothing else changes.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  // One pattern in the published schema is not valid as a unicode RegExp; compile patterns without the u flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  return ajv.compile(schema);
}

const reports = [
  scanBytes(OS_SYSTEM(), 'evil.pkl'),
  scanBytes(makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }, { name: 'archive/extra.pkl', data: OS_SYSTEM() }]), 'dir/odd name.pt'),
  scanBytes(makeZip([{ name: 'archive/data.pkl', data: torchStateDictPickle() }]), 'ok.pt'),
  scanBytes(new Uint8Array(0), 'empty.pkl'),
];

describe('scan reports', () => {
  it('SARIF output validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const log = toSarif(reports);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const results = (log.runs as Array<{ results: Array<{ ruleId: string; level: string }> }>)[0]!.results;
    expect(results.some((r) => r.ruleId === 'pickle/dangerous-call' && r.level === 'error')).toBe(true);
  });

  it('the schema check can fail: a log without a version is rejected', () => {
    const validate = sarifValidator();
    const log = toSarif(reports);
    delete log.version;
    expect(validate(log)).toBe(false);
  });

  it('JSON report has the documented stable shape', () => {
    const json = toJsonReport(reports);
    expect(json.schema).toBe('rampart.scan/v1');
    expect(json.summary).toEqual({ files: 4, clean: 1, suspicious: 1, malicious: 1, error: 1 });
    for (const f of json.files) {
      expect(Object.keys(f).sort()).toEqual(['bytes', 'findings', 'format', 'ms', 'path', 'verdict']);
      for (const finding of f.findings) expect(['critical', 'high', 'medium', 'low', 'info']).toContain(finding.severity);
    }
    expect(json.files[0]!.findings[0]).toMatchObject({ severity: 'critical', rule: 'pickle/dangerous-call', location: { offset: expect.any(Number) } });
  });

  it('text report names each verdict and summarises', () => {
    const text = toText(reports);
    expect(text).toContain('MALICIOUS  evil.pkl');
    expect(text).toContain('4 file(s): 1 malicious, 1 suspicious, 1 error, 1 clean');
  });
});
