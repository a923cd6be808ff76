/**
 * A JSON (RFC 8259) syntax checker that says where the text goes wrong, without echoing it and
 * without recursion: nesting is an explicit stack, capped at `maxDepth`, so a document of a
 * million `[` is refused at the cap instead of exhausting the call stack. `JSON.parse` runs only
 * on text this has accepted, and its messages (which quote the input) never reach a finding.
 */

export type JsonSyntaxResult =
  | { ok: true }
  | { ok: false; reason: 'syntax' | 'too_deep'; position: number };

const enum Expect {
  Value,
  ValueOrClose, // just after `[`
  KeyOrClose, // just after `{`
  Key, // after `,` in an object
  Colon,
  CommaOrClose,
}

/** Checks text[from, to) is exactly one JSON value (whitespace around it allowed). */
export function checkJsonSyntax(text: string, from: number, to: number, maxDepth: number): JsonSyntaxResult {
  const stack: number[] = []; // 0x7b for objects, 0x5b for arrays
  let expect: Expect = Expect.Value;
  let i = from;
  let done = false;
  const fail = (position: number, reason: 'syntax' | 'too_deep' = 'syntax'): JsonSyntaxResult => ({ ok: false, reason, position: Math.min(position, to) });

  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
      continue;
    }
    if (done) return fail(i);
    switch (expect) {
      case Expect.Colon:
        if (c !== 0x3a) return fail(i);
        expect = Expect.Value;
        i++;
        continue;
      case Expect.CommaOrClose: {
        const top = stack[stack.length - 1];
        if (c === 0x2c) {
          expect = top === 0x7b ? Expect.Key : Expect.Value;
          i++;
          continue;
        }
        if ((c === 0x7d && top === 0x7b) || (c === 0x5d && top === 0x5b)) {
          stack.pop();
          i++;
          if (stack.length === 0) done = true;
          continue;
        }
        return fail(i);
      }
      case Expect.KeyOrClose:
      case Expect.Key:
        if (c === 0x7d && expect === Expect.KeyOrClose) {
          stack.pop();
          i++;
          expect = Expect.CommaOrClose;
          if (stack.length === 0) done = true;
          continue;
        }
        if (c !== 0x22) return fail(i);
        i = scanString(text, i, to);
        if (i < 0) return fail(-i - 1);
        expect = Expect.Colon;
        continue;
      case Expect.ValueOrClose:
        if (c === 0x5d) {
          stack.pop();
          i++;
          expect = Expect.CommaOrClose;
          if (stack.length === 0) done = true;
          continue;
        }
      // falls through: anything else must be a value
      case Expect.Value: {
        if (c === 0x7b || c === 0x5b) {
          if (stack.length >= maxDepth) return fail(i, 'too_deep');
          stack.push(c);
          expect = c === 0x7b ? Expect.KeyOrClose : Expect.ValueOrClose;
          i++;
          continue;
        }
        const end = c === 0x22 ? scanString(text, i, to) : scanScalar(text, i, to);
        if (end < 0) return fail(-end - 1);
        i = end;
        expect = Expect.CommaOrClose;
        if (stack.length === 0) done = true;
        continue;
      }
    }
  }
  return done ? { ok: true } : fail(to);
}

/** Index after the closing quote, or -(error position) - 1. */
function scanString(text: string, start: number, to: number): number {
  let i = start + 1;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) || i + 6 > to) return -i - 1;
        i += 6;
        continue;
      }
      if (i + 1 >= to || '"\\/bfnrt'.indexOf(String.fromCharCode(e)) < 0) return -i - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -to - 1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Index after a number or literal, or -(error position) - 1. */
function scanScalar(text: string, start: number, to: number): number {
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, start) && start + literal.length <= to) return start + literal.length;
  }
  NUMBER.lastIndex = start;
  const m = NUMBER.exec(text);
  if (!m || m[0].length === 0 || start + m[0].length > to) return -start - 1;
  const end = start + m[0].length;
  const next = text.charCodeAt(end);
  // `01`, `1.`, `1e` and `-` stop short of a valid number; the next character is the error.
  if (end < to && ((next >= 0x30 && next <= 0x39) || next === 0x2e || next === 0x65 || next === 0x45)) return -end - 1;
  return end;
}
