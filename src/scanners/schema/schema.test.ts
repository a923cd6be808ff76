import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../../core/guard.js';
import { ScannerRegistry } from '../../core/registry.js';
import type { RawFinding, ScanContext } from '../../core/types.js';
import { MAX_JSON_DEPTH, schemaScanner } from './index.js';
import { checkJsonSyntax } from './json-syntax.js';
import { locateJson } from './locate-json.js';
import { compiledValidator } from './validator.js';

const SCHEMA = {
  type: 'object',
  required: ['id', 'email'],
  properties: { id: { type: 'integer' }, email: { type: 'string', format: 'email' }, tags: { type: 'array', items: { type: 'string' } } },
  additionalProperties: false,
};

function scan(text: string, schema: unknown = SCHEMA): RawFinding[] {
  const ctx: ScanContext = { direction: 'output', options: schema === null ? {} : { schema }, view: { kind: 'original', depth: 0 }, signals: [] };
  return schemaScanner.scan(text, ctx) as RawFinding[];
}

describe('schema scanner', () => {
  it('accepts valid JSON as the whole answer, in a fence, or inside prose', () => {
    expect(scan('{"id": 1, "email": "a@b.test"}')).toEqual([]);
    expect(scan('Here you go:\n```json\n{"id": 1, "email": "a@b.test", "tags": ["x"]}\n```\nDone.')).toEqual([]);
    expect(scan('Sure! {"id": 2, "email": "a@b.test"} is the record.')).toEqual([]);
    expect(scan('~~~\n{"id": 3, "email": "a@b.test"}\n~~~')).toEqual([]);
  });

  it('looks past brackets in prose to the JSON itself', () => {
    expect(scan('Fill in {name} as asked. Result: {"id": 4, "email": "a@b.test"}')).toEqual([]);
    expect(scan('[Docs](https://x.test) say:\n```json\n{"id": 5, "email": "a@b.test"}\n```')).toEqual([]);
    // Nothing parses: the first candidate's error is reported.
    expect(scan('Use {name} and {other}.')[0]).toMatchObject({ kind: 'invalid_json', detail: { reason: 'syntax', position: 5 } });
  });

  it('names every failing path with ajv messages and spans the JSON', () => {
    const text = 'Result:\n```json\n{"id": "seven", "tags": [1], "extra": true}\n```';
    const [f, ...rest] = scan(text);
    expect(rest).toEqual([]);
    expect(f!.kind).toBe('schema_violation');
    expect(text.slice(f!.start, f!.end)).toBe('{"id": "seven", "tags": [1], "extra": true}');
    const paths = (f!.detail!.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['/email', '/extra', '/id', '/tags/0']);
    expect(f!.detail).toMatchObject({ source: 'fence', errorCount: 4 });
    expect(JSON.stringify(f!.detail)).not.toContain('seven'); // values never reach the detail
  });

  it('caps the listed errors but counts them all', () => {
    const schema = { type: 'array', items: { type: 'string' } };
    const [f] = scan(JSON.stringify(Array.from({ length: 50 }, (_, i) => i)), schema);
    expect((f!.detail!.errors as unknown[]).length).toBe(20);
    expect(f!.detail!.errorCount).toBe(50);
  });

  it('reports invalid JSON with its position, line and column, never the text', () => {
    const text = '{"id": 1,\n "email": "a@b.test",}';
    const [f] = scan(text);
    expect(f).toMatchObject({ kind: 'invalid_json', start: 31, end: 32, detail: { reason: 'syntax', position: 31, line: 2, column: 22 } });
    expect(scan('The answer is not JSON at all.')[0]).toMatchObject({ kind: 'invalid_json', detail: { reason: 'not_found' } });
    expect(scan('')[0]).toMatchObject({ kind: 'invalid_json', detail: { reason: 'not_found' } });
  });

  it('refuses nesting deeper than the cap without blowing the stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const [f] = scan(deep, { type: 'array' });
    expect(f).toMatchObject({ kind: 'invalid_json', detail: { reason: 'too_deep', maxDepth: MAX_JSON_DEPTH } });
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect(scan(ok, { type: 'array' })).toEqual([]);
  });

  it('refuses JSON larger than the cap', () => {
    const big = `[${'"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",'.repeat(70_000)}"x"]`;
    expect(scan(big, { type: 'array' })[0]).toMatchObject({ kind: 'invalid_json', detail: { reason: 'too_large' } });
  });

  it('does nothing without a schema and fails closed on an unusable one', () => {
    expect(scan('not json', null)).toEqual([]);
    expect(() => scan('{}', { type: 'no-such-type' })).toThrow(/not a usable JSON Schema/);
    expect(() => scan('{}', { $ref: 'https://remote.test/schema.json' })).toThrow(/usable/);
    expect(() => scan('{}', 'object')).toThrow(/must be a JSON Schema object/);
  });

  it('compiles each distinct schema once', () => {
    const a = compiledValidator({ type: 'string', minLength: 3 });
    expect(compiledValidator({ type: 'string', minLength: 3 })).toBe(a);
    expect(compiledValidator({ type: 'string', minLength: 4 })).not.toBe(a);
  });

  it('validates a bare scalar answer when the schema asks for one', () => {
    expect(scan('42', { type: 'integer', minimum: 1 })).toEqual([]);
    expect(scan('-1', { type: 'integer', minimum: 1 })[0]!.kind).toBe('schema_violation');
  });

  it('blocks through the guard with a per-call schema', async () => {
    const guard = createGuard({ version: 1, output: { scanners: { schema: { action: 'block' } } } }, { registry: new ScannerRegistry().register(schemaScanner) });
    const scannerOptions = { schema: { schema: SCHEMA } };
    expect((await guard.checkOutput('{"id": 1, "email": "a@b.test"}', { scannerOptions })).action).toBe('allow');
    const d = await guard.checkOutput('{"id": 1}', { scannerOptions });
    expect(d.action).toBe('block');
    expect(d.findings[0]).toMatchObject({ scanner: 'schema', kind: 'schema_violation' });
    expect((await guard.checkOutput('anything')).action).toBe('allow');
  });
});

describe('JSON syntax checker', () => {
  it('agrees with JSON.parse on arbitrary JSON-ish text (fuzz)', () => {
    const jsonish = fc.oneof(
      fc.json({ maxDepth: 4 }),
      fc.array(fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '1', '-', '.', 'e', 'true', 'nul', ' ', '\\', '"a"', '\n', 'u'), { maxLength: 40 }).map((p) => p.join('')),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const result = checkJsonSyntax(text, 0, text.length, 1000);
        expect(result.ok).toBe(parses);
        if (!result.ok) {
          expect(result.position).toBeGreaterThanOrEqual(0);
          expect(result.position).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws and keeps spans inside the text (fuzz)', () => {
    const pieces = fc.constantFrom('```json\n', '```\n', '~~~', '{', '}', '[', ']', '"', 'x', ':', ',', '1', ' ', '\n', 'Sure: ');
    const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')));
    fc.assert(
      fc.property(texts, (text) => {
        for (const at of locateJson(text)) {
          expect(at.start).toBeGreaterThanOrEqual(0);
          expect(at.end).toBeLessThanOrEqual(text.length);
          expect(at.start).toBeLessThanOrEqual(at.end);
        }
        for (const f of scan(text, { type: 'object' })) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('stays linear on adversarial fences and brackets', () => {
    for (const text of ['```json\n'.repeat(20_000), '{"'.repeat(50_000), '"'.repeat(100_000), `x${'{'.repeat(100_000)}`]) {
      const findings = scan(text, { type: 'object' });
      expect(findings[0]?.kind).toBe('invalid_json');
    }
  });
});
