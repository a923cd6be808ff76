/**
 * Where a model put its JSON: the whole answer, a fenced ```json block, or the first balanced
 * `{…}` / `[…]` in prose ("Sure! Here it is: {…}"). Every search is one linear pass.
 */
export interface JsonLocation {
  start: number;
  end: number;
  /** `whole`, `fence` or `block`: how it was found (reported in findings). */
  source: 'whole' | 'fence' | 'block';
}

/** Balanced blocks tried per bracket kind; each try is one linear scan. */
const MAX_BLOCKS_PER_KIND = 8;
const JSON_LANGS = new Set(['json', 'jsonc', 'json5', 'jsonl', 'application/json']);

/** Candidates in the order they should be tried; the first that parses is the answer's JSON. */
export function locateJson(text: string): JsonLocation[] {
  const candidates: JsonLocation[] = [];
  const first = firstNonSpace(text);
  // An answer that starts like JSON is meant to be JSON: its own error is the one reported.
  if (first < text.length && '{["'.includes(text[first]!)) candidates.push({ start: first, end: lastNonSpace(text) + 1, source: 'whole' });
  const fence = findJsonFence(text);
  if (fence) candidates.push(fence);
  for (const opener of ['{', '[']) {
    // A few blocks per bracket kind ("use {name} here. Result: {...}"), each scan starting after the last.
    let from = 0;
    for (let tries = 0; tries < MAX_BLOCKS_PER_KIND; tries++) {
      const at = text.indexOf(opener, from);
      if (at < 0) break;
      const end = balancedEnd(text, at);
      candidates.push({ start: at, end, source: 'block' });
      from = end;
    }
  }
  // A bare scalar answer (`42`, `true`) is JSON too, when the schema asks for one.
  if (candidates.length === 0 && /^\s*(?:-?\d|true\s*$|false\s*$|null\s*$)/.test(text)) {
    candidates.push({ start: first, end: lastNonSpace(text) + 1, source: 'whole' });
  }
  return candidates;
}

/**
 * The first fenced block tagged json (or untagged and starting with `{`/`[`). An unclosed fence
 * runs to the end of the text, as CommonMark says.
 */
function findJsonFence(text: string): JsonLocation | null {
  if (!text.includes('```') && !text.includes('~~~')) return null;
  let lineStart = 0;
  let open: { marker: string; contentStart: number; json: boolean } | null = null;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)/.exec(line);
    if (open === null) {
      if (fence) {
        const lang = fence[2]!.toLowerCase();
        const contentStart = Math.min(lineEnd + 1, text.length);
        open = { marker: fence[1]!, contentStart, json: lang === '' ? startsLikeJson(text, contentStart) : JSON_LANGS.has(lang) };
      }
    } else if (fence && fence[1]![0] === open.marker[0] && fence[1]!.length >= open.marker.length && line.trim() === fence[1]) {
      if (open.json) return { start: open.contentStart, end: Math.max(open.contentStart, lineStart - 1), source: 'fence' };
      open = null;
    }
    lineStart = lineEnd + 1;
  }
  if (open?.json) return { start: open.contentStart, end: text.length, source: 'fence' };
  return null;
}

function startsLikeJson(text: string, from: number): boolean {
  const at = firstNonSpace(text, from);
  return at < text.length && (text[at] === '{' || text[at] === '[');
}

/** End (exclusive) of the bracketed value starting at `start`, skipping strings; the text's end if unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

function firstNonSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function lastNonSpace(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i;
}
