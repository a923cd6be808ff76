import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { optionsParser } from './scanner-options.js';

describe('optionsParser', () => {
  const calls: unknown[] = [];
  const schema = { parse: (v: unknown) => (calls.push(v), z.object({ n: z.number().default(1) }).parse(v)) };
  const parse = optionsParser(schema);

  it('validates frozen options once and everything else every time', () => {
    const frozen = Object.freeze({ n: 2 });
    expect(parse(frozen)).toEqual({ n: 2 });
    expect(parse(frozen)).toEqual({ n: 2 });
    expect(calls).toHaveLength(1);
    const open = { n: 3 };
    parse(open);
    open.n = 4;
    expect(parse(open)).toEqual({ n: 4 });
    expect(calls).toHaveLength(3);
    expect(parse(undefined)).toEqual({ n: 1 });
  });

  it('keeps failing on invalid frozen options', () => {
    const bad = Object.freeze({ n: 'x' });
    expect(() => parse(bad)).toThrow();
    expect(() => parse(bad)).toThrow();
  });
});
