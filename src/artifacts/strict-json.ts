/**
 * A strict, bounded JSON parser that rejects duplicate object keys (JSON.parse silently keeps the last
 * one, other parsers the first: a parser differential) and nesting deeper than `maxDepth`.
 */
export class StrictJsonError extends Error {}

export function parseStrictJson(text: string, maxDepth = 64): unknown {
  let i = 0;
  const fail = (msg: string): never => {
    throw new StrictJsonError(`${msg} at character ${i}`);
  };
  const ws = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const value = (depth: number): unknown => {
    if (depth > maxDepth) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const seen = new Set<string>();
      ws();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a string key');
        const key = string();
        if (seen.has(key)) fail(`duplicate key "${key.slice(0, 40)}"`);
        seen.add(key);
        ws();
        if (text[i++] !== ':') fail('expected ":"');
        obj[key] = value(depth + 1);
        ws();
        const sep = text[i++];
        if (sep === '}') return obj;
        if (sep !== ',') fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        const sep = text[i++];
        if (sep === ']') return arr;
        if (sep !== ',') fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    if (m[0] === 'true') return true;
    if (m[0] === 'false') return false;
    if (m[0] === 'null') return null;
    // Integers beyond 2^53 are kept exact as bigint (offsets and shapes must not be rounded).
    return /^-?\d+$/.test(m[0]) && !Number.isSafeInteger(Number(m[0])) ? BigInt(m[0]) : Number(m[0]);
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    let run = i;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        out += text.slice(run, i);
        i++;
        return out;
      }
      if (ch < 0x20) fail('control character in string');
      if (ch === 0x5c) {
        out += text.slice(run, i);
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(`bad escape in string starting at ${start}`);
        run = i;
        continue;
      }
      i++;
    }
  };
  const v = value(0);
  ws();
  if (i !== text.length) fail('trailing characters');
  return v;
}
