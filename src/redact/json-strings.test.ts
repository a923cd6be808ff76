import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFieldPaths, redactJsonStrings } from './json-strings.js';

/** Stands in for the detector: every "ana@example.com" becomes "[EMAIL]". */
const maskEmail = (s: string) => s.replaceAll('ana@example.com', '[EMAIL]');

describe('redactJsonStrings', () => {
  it('keeps every byte outside the redacted strings: big integers, 1.0, exponents, spacing', () => {
    const line = '{ "id": 12345678901234567891, "score": 1.0, "e": -2.50E+3, "mail" : "ana@example.com", "ok": true, "n": null }';
    const { output, changed } = redactJsonStrings(line, undefined, maskEmail);
    expect(changed).toBe(true);
    expect(output).toBe('{ "id": 12345678901234567891, "score": 1.0, "e": -2.50E+3, "mail" : "[EMAIL]", "ok": true, "n": null }');
  });

  it('returns the same string object when nothing changes', () => {
    const line = '{"a":"plain","b":[1.0,2]}';
    const r = redactJsonStrings(line, undefined, maskEmail);
    expect(r.changed).toBe(false);
    expect(r.output).toBe(line);
  });

  it('decodes escapes before redacting and re-encodes only the changed string', () => {
    const line = String.raw`{"a":"ana\u0040example.com","b":"he said \"write to ana@example.com\" \\ ok","c":"caf\u00e9 \"untouched\""}`;
    const { output } = redactJsonStrings(line, undefined, maskEmail);
    expect(output).toBe(String.raw`{"a":"[EMAIL]","b":"he said \"write to [EMAIL]\" \\ ok","c":"caf\u00e9 \"untouched\""}`);
    expect(JSON.parse(output)).toEqual({ a: '[EMAIL]', b: 'he said "write to [EMAIL]" \\ ok', c: 'café "untouched"' });
  });

  it('a string ending in an escaped backslash ends where it should', () => {
    const line = String.raw`{"a":"x\\","b":"ana@example.com"}`;
    expect(redactJsonStrings(line, undefined, maskEmail).output).toBe(String.raw`{"a":"x\\","b":"[EMAIL]"}`);
  });

  it('never redacts keys', () => {
    const line = '{"ana@example.com":"ana@example.com"}';
    expect(redactJsonStrings(line, undefined, maskEmail).output).toBe('{"ana@example.com":"[EMAIL]"}');
  });

  it('field paths: nested keys, arrays walked at any level, everything below a matched path', () => {
    const line =
      '{"user":{"email":"ana@example.com","name":"ana@example.com"},"msgs":[[{"content":"ana@example.com","role":"ana@example.com"}],{"content":{"deep":["ana@example.com"]}}],"other":"ana@example.com","big":9007199254740993}';
    const paths = compileFieldPaths(['user.email', 'msgs.content']);
    expect(redactJsonStrings(line, paths, maskEmail).output).toBe(
      '{"user":{"email":"[EMAIL]","name":"ana@example.com"},"msgs":[[{"content":"[EMAIL]","role":"ana@example.com"}],{"content":{"deep":["[EMAIL]"]}}],"other":"ana@example.com","big":9007199254740993}',
    );
  });

  it('field paths match escaped keys by their value and redact every duplicate key', () => {
    const line = String.raw`{"m\u0061il":"ana@example.com","mail":"ana@example.com","mail":"ana@example.com"}`;
    expect(redactJsonStrings(line, compileFieldPaths(['mail']), maskEmail).output).toBe(String.raw`{"m\u0061il":"[EMAIL]","mail":"[EMAIL]","mail":"[EMAIL]"}`);
  });

  it('a path that stops at a string, or goes on past one, selects nothing else', () => {
    const line = '{"a":"ana@example.com","b":{"c":"ana@example.com"}}';
    expect(redactJsonStrings(line, compileFieldPaths(['a.x', 'b.c.d']), maskEmail).changed).toBe(false);
  });

  it('calls the redactor once per selected string, even when paths overlap', () => {
    const seen: string[] = [];
    redactJsonStrings('{"u":{"a":"1","b":"2"},"v":"3"}', compileFieldPaths(['u', 'u.a']), (s) => {
      seen.push(s);
      return s;
    });
    expect(seen).toEqual(['1', '2']);
  });

  it('walks nesting far deeper than any call stack', () => {
    const depth = 200_000;
    const line = `${'['.repeat(depth)}"ana@example.com"${']'.repeat(depth)}`;
    const { output } = redactJsonStrings(line, undefined, maskEmail);
    expect(output.slice(depth, depth + 9)).toBe('"[EMAIL]"');
    expect(output.length).toBe(line.length - 'ana@example.com'.length + '[EMAIL]'.length);
  });

  // Reference semantics, on the parsed value: what the walker must agree with.
  const refAll = (v: unknown, f: (s: string) => string): unknown => {
    if (typeof v === 'string') return f(v);
    if (Array.isArray(v)) return v.map((x) => refAll(x, f));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, refAll(x, f)]));
    return v;
  };
  const refPath = (v: unknown, path: readonly string[], f: (s: string) => string): unknown => {
    if (Array.isArray(v)) return v.map((x) => refPath(x, path, f));
    if (path.length === 0) return refAll(v, f);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === path[0] ? refPath(x, path.slice(1), f) : x]));
  };

  // Keys from a small set so that paths hit; strings with quotes, backslashes, controls, surrogates.
  const key = fc.constantFrom('a', 'b', 'c', 'a.b', '"', '__proto__');
  const str = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('a"b', 'a\\', '\u2028a', '\ud800a', 'a\n\t', ''));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, str, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }),
    object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  }));
  const pathsArb = fc.option(fc.array(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { nil: undefined });
  // Replaces with characters that need escaping, so re-encoding is exercised.
  const tricky = (s: string) => s.replaceAll('a', '"\\\u0001');

  it('agrees with redacting the parsed value, byte for byte on canonical JSON (property)', () => {
    fc.assert(
      fc.property(value, pathsArb, (v, paths) => {
        const text = JSON.stringify(v);
        const parsed: unknown = JSON.parse(text);
        const expected = paths ? paths.reduce((acc, p) => refPath(acc, p, tricky), parsed) : refAll(parsed, tricky);
        const got = redactJsonStrings(text, paths, tricky);
        expect(got.output).toBe(JSON.stringify(expected));
        expect(got.changed).toBe(got.output !== text);
        // Pretty-printed input: same value, and the layout survives.
        const pretty = JSON.stringify(v, null, 2);
        const gotPretty = redactJsonStrings(pretty, paths, tricky).output;
        expect(JSON.parse(gotPretty)).toEqual(expected);
        expect(gotPretty.split('\n').length).toBe(pretty.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });
});
