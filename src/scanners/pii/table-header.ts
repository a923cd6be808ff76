/**
 * The header row of a delimited table (CSV, semicolon-separated, TSV, pipe tables) at the top of a
 * text: in `id,name,email,phone\n2,Jordi Puig,j@x.cat,933 456 789` the number's context word is the
 * column's name, three cells and forty characters away, out of reach of the window around it.
 */

export interface TableHeader {
  delimiter: string;
  /** Where the header line starts: the rows after it are read against it. */
  start: number;
  /** The column names, lower-cased, trimmed, unquoted. */
  cells: string[];
}

/** Lines looked at for a header: a prompt line or a title may come first ("Clean this CSV:"). */
const HEADER_SEARCH_LINES = 3;
/** A longer first line is prose or data, not a row of column names. */
const MAX_HEADER_LENGTH = 400;
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** A column name: words of letters, digits, `_ - . / # ( )` and spaces, starting with a letter, maybe quoted. */
const COLUMN_NAME = /^\s*"?\p{L}[\p{L}\p{N} _.\-/#()]{0,40}"?\s*$/u;

/**
 * The first of the text's first lines that reads as a row of column names with at least two
 * columns, followed by a line with as many cells; or null (most texts, at the cost of a few
 * `indexOf` calls).
 */
export function findTableHeader(text: string): TableHeader | null {
  let lineStart = 0;
  for (let line = 0; line < HEADER_SEARCH_LINES && lineStart < text.length; line++) {
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) return null;
    if (nl - lineStart <= MAX_HEADER_LENGTH) {
      const header = headerAt(text, lineStart, nl);
      if (header) return header;
    }
    lineStart = nl + 1;
  }
  return null;
}

/**
 * How every COLUMN_NAME begins, the first cell's included whatever the delimiter: spaces, maybe a
 * quote, a letter. Sticky, to be tried where a line starts without cutting the line out.
 */
const FIRST_CELL_START = /\s*"?\p{L}/uy;

function headerAt(text: string, start: number, end: number): TableHeader | null {
  // Most first lines (a log line's time stamp, a JSON record's brace, a row of numbers) cannot begin
  // a row of column names: refused here, without the two lines cut out and split four ways. The
  // spaces are matched greedily, and the next character is a quote or a letter, so this is where a
  // first cell would match; past `end` it would have run over the newline, into the next line.
  FIRST_CELL_START.lastIndex = start;
  if (!FIRST_CELL_START.test(text) || FIRST_CELL_START.lastIndex > end) return null;
  const line = text.slice(start, end).replace(/\r$/, '');
  const nextEnd = text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd);
  for (const delimiter of DELIMITERS) {
    const cells = line.split(delimiter);
    if (cells.length < 2 || !cells.every((c) => COLUMN_NAME.test(c))) continue;
    if (readRow(next, 0, next.length, delimiter, -1).cells !== cells.length) continue;
    return { delimiter, start, cells: cells.map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()) };
  }
  return null;
}

/**
 * The cells of the row text[from, to), and the index of the one holding `at` (0 when `at` lies before
 * the row): delimiters inside a double-quoted cell do not count.
 */
function readRow(text: string, from: number, to: number, d: string, at: number): { cells: number; column: number } {
  let cells = 1;
  let column = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) {
      cells++;
      if (i < at) column++;
    }
  }
  return { cells, column };
}

/**
 * The name of the column that the cell holding `at` sits in, or undefined: `at` must lie in a row
 * after the header with as many cells. A delimiter inside a double-quoted cell ("Cotton hoodie,
 * black") does not count; a row whose count still differs is not read, rather than read against
 * the wrong column.
 */
export function columnNameAt(text: string, header: TableHeader, at: number): string | undefined {
  if (at <= header.start) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart <= header.start) return undefined;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const { cells, column } = readRow(text, lineStart, lineEnd, header.delimiter, at);
  return cells === header.cells.length ? header.cells[column] : undefined;
}
