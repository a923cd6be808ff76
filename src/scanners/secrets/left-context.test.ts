import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { execSplit, splitLeadingLookbehinds } from './left-context.js';
import { positiveCases } from '../../../test/secrets/fixtures.js';
import { SECRET_RULES } from './rules.js';

/** Every match of `pattern` (global) in `text`, as [start, text, groups…]. */
function wholeMatches(pattern: RegExp, text: string): unknown[][] {
  const out: unknown[][] = [];
  pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    out.push([m.index, ...m, m.indices?.[1]]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

function splitMatches(pattern: RegExp, text: string): unknown[][] {
  const split = splitLeadingLookbehinds(pattern);
  if (!split) throw new Error(`not split: ${pattern.source}`);
  const out: unknown[][] = [];
  split.body.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = execSplit(split, text)) !== null) {
    out.push([m.index, ...m, m.indices?.[1]]);
    if (m[0].length === 0) split.body.lastIndex++;
  }
  return out;
}

describe('leading lookbehinds split from a pattern', () => {
  it('splits one or several leading lookbehinds, with nested groups and classes holding parentheses', () => {
    const split = splitLeadingLookbehinds(/(?<!(?<!\\)[A-Za-z0-9_.-])(?<![^/]\/)(ghp_[A-Za-z0-9]{36})/dg);
    // The lookbehinds are checked again right after the literal prefix (see guardedAfterPrefix).
    expect(split?.body.source).toBe('(ghp_(?<=(?<!(?<!\\\\)[A-Za-z0-9_.-])(?<![^/]\\/)ghp_)[A-Za-z0-9]{36})');
    expect(split?.body.flags).toBe('dg');
    expect(split?.left.source).toBe('(?<!(?<!\\\\)[A-Za-z0-9_.-])(?<![^/]\\/)');
    expect(split?.left.flags).toBe('y');
    expect(splitLeadingLookbehinds(/(?<![()\]])(?<=\(x)key/gi)?.body.source).toBe('key(?<=(?<![()\\]])(?<=\\(x)key)');
    // A prefix a quantifier follows is left alone, and so is an opening group that repeats.
    expect(splitLeadingLookbehinds(/(?<![a-z])ab+c/g)?.body.source).toBe('ab+c');
    expect(splitLeadingLookbehinds(/(?<![a-z])(abc)+x/g)?.body.source).toBe('(abc)+x');
    expect(splitLeadingLookbehinds(/(?<![a-z])(ab|cd){2}x/g)?.body.source).toBe('(ab|cd){2}x');
  });

  it('leaves alone what splitting could change', () => {
    expect(splitLeadingLookbehinds(/key=(\w+)/g)).toBeUndefined(); // no lookbehind
    expect(splitLeadingLookbehinds(/(?<!a)b|c/g)).toBeUndefined(); // the lookbehind guards `b` only
    expect(splitLeadingLookbehinds(/(?<!(a))b/g)).toBeUndefined(); // a capture group inside
    expect(splitLeadingLookbehinds(/(?<!(?<n>a))b/g)).toBeUndefined(); // a named one
    expect(splitLeadingLookbehinds(/(?<!a)b/gu)).toBeUndefined(); // code points
    expect(splitLeadingLookbehinds(/(?<!a)/g)).toBeUndefined(); // nothing after it
  });

  it('finds what the whole pattern finds, where the lookbehind fails and resumes', () => {
    const re = /(?<!(?:public|next)[-_]?)(?:token|auth)[=:](\w{3,})/dgi;
    const text = 'public_token=abc token=def nexttoken:ghi xtoken=jkl AUTH=mn_o public-auth=pq';
    expect(splitMatches(re, text)).toEqual(wholeMatches(re, text));
    expect(splitMatches(re, text).map((m) => m[2])).toEqual(['def', 'jkl', 'mn_o']);
  });

  it('agrees with the whole pattern of every rule that starts with a lookbehind, on random texts', () => {
    const rules = SECRET_RULES.filter((r) => splitLeadingLookbehinds(r.pattern));
    expect(rules.length).toBeGreaterThan(100);
    // Real credentials and their settings, so that matches occur, and what can stand before them.
    const cases = positiveCases();
    const pieces = fc.oneof(
      fc.constantFrom(...cases.map((c) => c.secret)),
      fc.constantFrom(...cases.map((c) => c.text)),
      fc.constantFrom(...rules.flatMap((r) => r.keywords)),
      fc.constantFrom('public', 'next', 'csrf', '/', '//', '\\', '\\\\', '_', '-', '.', ' ', '=', ':', '"', "'", '\n', '@', 'ghp_', 'sk-', 'SK', 'xoxb-', 'eyJ'),
      fc.stringMatching(/^[A-Za-z0-9+/_.=~-]{1,40}$/),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        for (const r of rules) expect(splitMatches(r.pattern, text)).toEqual(wholeMatches(r.pattern, text));
      }),
      { numRuns: 400 },
    );
  });
});
