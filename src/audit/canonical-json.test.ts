import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], '\u00e9': 2, Z: 3 })).toBe('{"Z":3,"a":[true,null,"x"],"b":1,"é":2}');
    // Code-unit order puts a surrogate pair (U+1F600) before U+FB33 even though its code point is larger.
    expect(canonicalJson({ '\ufb33': 1, '\u{1f600}': 2 })).toBe('{"\u{1f600}":2,"\ufb33":1}');
  });

  it('writes numbers in ECMAScript shortest form (RFC 8785 examples)', () => {
    expect(canonicalJson([1e21, 1e-7, -0, 0.1, 333333333.3333333, 9007199254740991])).toBe('[1e+21,1e-7,0,0.1,333333333.3333333,9007199254740991]');
  });

  it('refuses values that have no canonical form', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ a: Infinity })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson([undefined])).toThrow(CanonicalJsonError);
    expect(() => canonicalJson(10n)).toThrow(CanonicalJsonError);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
  });

  it('refuses a toJSON that returns itself with its own error, not a stack overflow', () => {
    const selfish = { toJSON(): unknown { return this; } };
    expect(() => canonicalJson(selfish)).toThrow(CanonicalJsonError);
    expect(canonicalJson({ d: new Date(0) })).toBe('{"d":"1970-01-01T00:00:00.000Z"}');
  });

  it('enforces the depth limit', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(/deeper/);
    expect(canonicalJson(deep, { maxDepth: 200 })).toBe(`${'['.repeat(100)}1${']'.repeat(100)}`);
  });

  it('is a fixed point of parse and independent of key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        // JSON.parse of the canonical text means the same as the value.
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        );
        expect(canonicalJson(reversed)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
