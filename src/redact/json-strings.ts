/**
 * Redacts string values inside one JSON text in place: only the strings whose redacted value
 * differs are re-encoded, every other byte of the text (numbers such as 2^53 + 1 or `1.0`, spacing,
 * key order, duplicate keys, escapes in untouched strings) stays exactly as it was read.
 * Re-serializing the parsed value instead would round big integers and rewrite `1.0` as `1`.
 *
 * The text must already be known to be valid JSON (the caller runs JSON.parse first, which also
 * gives the error position for bad records); this walker only finds string tokens and tracks
 * where they sit. It is iterative, so nesting depth costs heap, never call stack.
 */

/** Field paths compiled once per run: each a list of object keys (`user.email` → ['user', 'email']). */
export type FieldPaths = readonly (readonly string[])[];

export function compileFieldPaths(fields: readonly string[]): FieldPaths {
  return fields.map((f) => f.split('.'));
}

/**
 * Which string values below a point in the document are redacted. Arrays are transparent (a path
 * names object keys only); once a whole path has matched, everything below it is selected.
 */
interface Selection {
  /** Every string value below is selected. */
  all: boolean;
  /** Indices of field paths whose first `depth` keys equal the keys walked so far. */
  live: readonly number[];
  depth: number;
}

const ALL: Selection = { all: true, live: [], depth: 0 };
const NONE: Selection = { all: false, live: [], depth: 0 };

function selectKey(sel: Selection, key: string, paths: FieldPaths): Selection {
  if (sel.all || sel.live.length === 0) return sel;
  const live = sel.live.filter((f) => paths[f]![sel.depth] === key);
  if (live.length === 0) return NONE;
  if (live.some((f) => paths[f]!.length === sel.depth + 1)) return ALL;
  return { all: false, live, depth: sel.depth + 1 };
}

interface Frame {
  isObject: boolean;
  /** Selection of the container itself (array elements inherit it). */
  sel: Selection;
  /** Objects: the next string token is a key. */
  expectKey: boolean;
  /** Objects: selection of the value after the last key read. */
  valueSel: Selection;
}

export interface JsonRedaction {
  output: string;
  changed: boolean;
}

/**
 * Redacts the selected string values of `json` (all of them when `paths` is undefined; keys are
 * never redacted) with `redact`, which is called once per selected string.
 */
export function redactJsonStrings(json: string, paths: FieldPaths | undefined, redact: (s: string) => string): JsonRedaction {
  const root: Selection = paths ? { all: false, live: paths.map((_, i) => i), depth: 0 } : ALL;
  const stack: Frame[] = [];
  const parts: string[] = [];
  let copiedTo = 0;
  const currentSel = (): Selection => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    return top.isObject ? top.valueSel : top.sel;
  };

  let i = 0;
  const n = json.length;
  while (i < n) {
    const c = json.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const end = stringEnd(json, i);
      const top = stack[stack.length - 1];
      if (top?.isObject && top.expectKey) {
        top.expectKey = false;
        // Keys are decoded only while a field path still depends on them.
        top.valueSel = top.sel.all || top.sel.live.length === 0 ? top.sel : selectKey(top.sel, decode(json, i, end), paths!);
      } else if (currentSel().all) {
        const value = decode(json, i, end);
        const redacted = redact(value);
        if (redacted !== value) {
          parts.push(json.slice(copiedTo, i), JSON.stringify(redacted));
          copiedTo = end;
        }
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const sel = currentSel();
      stack.push({ isObject: c === 0x7b, sel, expectKey: c === 0x7b, valueSel: NONE });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.isObject) top.expectKey = true;
      i++;
    } else {
      // Whitespace, ':' and the characters of numbers, true, false and null: copied as they are.
      i++;
    }
  }
  if (parts.length === 0) return { output: json, changed: false };
  parts.push(json.slice(copiedTo));
  return { output: parts.join(''), changed: true };
}

/** Index just past the closing quote of the string token opening at `start`. */
function stringEnd(json: string, start: number): number {
  let q = json.indexOf('"', start + 1);
  for (;;) {
    if (q < 0) throw new Error('unterminated string in JSON that was expected to be valid');
    // A quote preceded by an odd run of backslashes is escaped.
    let backslashes = 0;
    for (let k = q - 1; json.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    q = json.indexOf('"', q + 1);
  }
}

/** The value of the string token json[start, end). */
function decode(json: string, start: number, end: number): string {
  const inner = json.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(json.slice(start, end)) as string) : inner;
}
