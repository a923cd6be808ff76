/**
 * Splits the lookbehinds that open a rule's pattern (`(?<![A-Za-z0-9_.-])ghp_…`) from the rest, so
 * the rest can be searched on its own and the lookbehinds checked, in code, only where it matched.
 *
 * Why: a pattern that starts with a lookbehind cannot use V8's scan for its first characters; the
 * engine enters the lookbehind at every position of the text. Searched without it, the pattern
 * jumps from one possible first character to the next. The findings are the same: a lookbehind
 * only tests the position where a match starts, so a match of the whole pattern at p is a match of
 * the rest at p where the lookbehinds hold, and where they fail the search resumes at p + 1, as
 * the engine would.
 */

/** A pattern without its leading lookbehinds, and those lookbehinds as a sticky test of a position. */
export interface SplitPattern {
  /** The pattern after the lookbehinds (same flags). */
  body: RegExp;
  /** The lookbehinds alone, sticky: `left.lastIndex = p; left.test(text)` holds where they do. */
  left: RegExp;
}

/**
 * The split of `pattern`, or undefined when it does not start with a lookbehind, or when splitting
 * could change what it matches: a top-level `|` after the lookbehinds (they would guard only the
 * first alternative), a capture group inside them (group numbers would shift) or a `u`/`v` flag
 * (a resumed search must step over whole code points).
 */
export function splitLeadingLookbehinds(pattern: RegExp): SplitPattern | undefined {
  const source = pattern.source;
  if (/[uvy]/.test(pattern.flags)) return undefined;
  let at = 0;
  while (source.startsWith('(?<!', at) || source.startsWith('(?<=', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return undefined;
    at = end;
  }
  if (at === 0 || at === source.length) return undefined;
  const left = source.slice(0, at);
  const body = source.slice(at);
  if (hasCaptureGroup(left) || hasTopLevelAlternation(body)) return undefined;
  const flags = pattern.flags.replace(/[gd]/g, '');
  return { body: new RegExp(guardedAfterPrefix(body, left), pattern.flags), left: new RegExp(left, `${flags}y`) };
}

/**
 * The body with the lookbehinds checked again right after its literal prefix (`eyJ` of a JWT), as
 * a lookbehind over both: `eyJ(?<=LEFT eyJ)…`. The engine still scans for the prefix quickly, but
 * no longer tries the rest from a prefix inside a longer run: in `eyJeyJeyJ…` each try read to the
 * end of the run looking for a `.`, and 80 KB of it took 40 s. Unchanged when the body does not
 * open with a plain literal (an optional capture group, then letters, digits or `_`) that no
 * quantifier follows, or when that group repeats.
 */
function guardedAfterPrefix(body: string, left: string): string {
  const m = /^(\((?!\?))?([A-Za-z0-9_]+)/.exec(body);
  if (!m) return body;
  const after = body[m[0].length];
  if (after === '?' || after === '*' || after === '+' || after === '{') return body;
  // An opening group that repeats would check the lookbehinds again at each repetition.
  if (m[1]) {
    const close = groupEnd(body, 0);
    const next = close < 0 ? undefined : body[close];
    if (next === '?' || next === '*' || next === '+' || next === '{') return body;
  }
  return `${m[0]}(?<=${left}${m[2]})${body.slice(m[0].length)}`;
}

/**
 * The next match of the whole pattern at or after `split.body.lastIndex`: the body's next match
 * whose start passes the lookbehinds. Advances `split.body.lastIndex` as `exec` on the whole
 * pattern would advance its own.
 */
export function execSplit(split: SplitPattern, text: string): RegExpExecArray | null {
  const { body, left } = split;
  let m: RegExpExecArray | null;
  while ((m = body.exec(text)) !== null) {
    left.lastIndex = m.index;
    if (left.test(text)) return m;
    body.lastIndex = m.index + 1;
  }
  return null;
}

/** Index just past the group opened at `open`, or -1 when the source ends first. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Calls `visit` with each unescaped character outside character classes, and its group depth. */
function eachSyntaxChar(source: string, visit: (c: string, i: number, depth: number) => void): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else {
      if (c === ')') depth--;
      visit(c, i, depth);
      if (c === '(') depth++;
    }
  }
}

function hasCaptureGroup(source: string): boolean {
  let found = false;
  eachSyntaxChar(source, (c, i) => {
    // `(` not followed by `?`, or a named group `(?<name>` (not a lookbehind `(?<=`, `(?<!`).
    if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) found = true;
  });
  return found;
}

function hasTopLevelAlternation(source: string): boolean {
  let found = false;
  eachSyntaxChar(source, (c, _, depth) => {
    if (c === '|' && depth === 0) found = true;
  });
  return found;
}
