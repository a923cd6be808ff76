/**
 * A small streaming RFC 4180 CSV record splitter: feed it text, it yields complete records (quoted
 * fields may hold commas, quotes and newlines). Bounded: a record longer than `maxRecordChars` is an
 * error, so a missing closing quote cannot swallow the whole file.
 */
export class CsvRecordReader {
  private buf = '';
  /** Line number (1-based) where the next record starts. */
  line = 1;

  constructor(private readonly maxRecordChars = 8 * 1024 * 1024) {}

  /** Adds text and returns the records it completes, each with the line it started on. */
  push(text: string): Array<{ line: number; fields: string[] } | { line: number; error: string }> {
    this.buf += text;
    const out: Array<{ line: number; fields: string[] } | { line: number; error: string }> = [];
    for (;;) {
      const r = parseRecord(this.buf, false);
      if (!r) {
        if (this.buf.length > this.maxRecordChars) {
          out.push({ line: this.line, error: `record longer than ${this.maxRecordChars} characters (unclosed quote?)` });
          const nl = this.buf.indexOf('\n');
          this.buf = nl < 0 ? '' : this.buf.slice(nl + 1);
          this.line++;
          continue;
        }
        return out;
      }
      out.push('error' in r ? { line: this.line, error: r.error } : { line: this.line, fields: r.fields });
      this.line += r.newlines;
      this.buf = this.buf.slice(r.consumed);
    }
  }

  /** The last record when the input does not end with a newline. */
  end(): Array<{ line: number; fields: string[] } | { line: number; error: string }> {
    if (this.buf.length === 0) return [];
    const r = parseRecord(this.buf, true);
    this.buf = '';
    if (!r) return [{ line: this.line, error: 'unclosed quote at end of input' }];
    return ['error' in r ? { line: this.line, error: r.error } : { line: this.line, fields: r.fields }];
  }
}

type Parsed = { fields: string[]; consumed: number; newlines: number } | { error: string; consumed: number; newlines: number };

/** Parses one record at the start of `s`; undefined when it is not complete yet. */
function parseRecord(s: string, atEnd: boolean): Parsed | undefined {
  const fields: string[] = [];
  let i = 0;
  let newlines = 0;
  let field = '';
  for (;;) {
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) return undefined;
        const chunk = s.slice(i, q);
        newlines += chunk.split('\n').length - 1;
        field += chunk;
        if (s[q + 1] === '"') {
          field += '"';
          i = q + 2;
          continue;
        }
        if (q + 1 >= s.length && !atEnd) return undefined;
        i = q + 1;
        break;
      }
      if (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
        const nl = s.indexOf('\n', i);
        if (nl < 0 && !atEnd) return undefined;
        return { error: 'characters after a closing quote', consumed: nl < 0 ? s.length : nl + 1, newlines: newlines + 1 };
      }
    } else {
      let j = i;
      while (j < s.length && s[j] !== ',' && s[j] !== '\n' && s[j] !== '\r') j++;
      if (j >= s.length && !atEnd) return undefined;
      field = s.slice(i, j);
      i = j;
    }
    fields.push(field);
    field = '';
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s[i] === '\r') i++;
    if (s[i] === '\n') {
      i++;
      return { fields, consumed: i, newlines: newlines + 1 };
    }
    if (i >= s.length) {
      if (!atEnd) return undefined;
      return { fields, consumed: i, newlines };
    }
  }
}

/** Formats one CSV record, quoting fields that need it. */
export function formatCsvRecord(fields: readonly string[]): string {
  return `${fields.map((f) => (/[",\r\n]/.test(f) || /^\s|\s$/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')}\n`;
}
