import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonDepth, parseJsonBody } from './body.js';
import { GatewayError } from './errors.js';

describe('parseJsonBody', () => {
  it('accepts a JSON object', () => {
    expect(parseJsonBody(Buffer.from('{"model":"m","n":[1,{"a":2}]}'))).toEqual({ model: 'm', n: [1, { a: 2 }] });
  });

  it.each([
    ['empty', '', 'rampart_invalid_body'],
    ['not JSON', '{"a":', 'rampart_invalid_json'],
    ['array', '[]', 'rampart_invalid_body'],
    ['null', 'null', 'rampart_invalid_body'],
    ['too deep', `${'['.repeat(65)}${']'.repeat(65)}`, 'rampart_too_deep'],
  ])('refuses %s with a 400', (_what, text, code) => {
    try {
      parseJsonBody(Buffer.from(text));
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).status).toBe(400);
      expect((err as GatewayError).code).toBe(code);
    }
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(() => parseJsonBody(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]))).toThrow(/UTF-8/);
  });

  it('does not count brackets inside strings', () => {
    expect(jsonDepth('{"a":"[[[[[[\\"[[["}')).toBe(1);
  });

  it('either parses or throws a GatewayError 400 on arbitrary input (fuzz)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), fc.json().map((s) => Buffer.from(s))), (buf) => {
        try {
          const v = parseJsonBody(buf);
          expect(typeof v).toBe('object');
        } catch (err) {
          expect(err).toBeInstanceOf(GatewayError);
          expect((err as GatewayError).status).toBe(400);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never echoes body text in its error message', () => {
    try {
      parseJsonBody(Buffer.from('{"secret-value-123": tru'));
    } catch (err) {
      expect((err as Error).message).not.toContain('secret-value-123');
    }
  });
});
