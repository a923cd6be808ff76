import { isFiller, isHashLike, isPasswordHash, isPlaceholder } from './placeholders.js';

/**
 * Credentials in the cells of a table whose header names them: a wiki's `| Service | Username |
 * Password |`, Jira's `||Role||Login||Password||`, a spreadsheet exported as CSV or TSV with a
 * `Passwort` column in sixth place, a Confluence `<th>Password</th>` table. Blind batch M (session 22)
 * held eleven such tables and the scanner found none: the CSV column rule of rules.ts reads the first
 * five columns and English names only, and no rule read Markdown, Jira or HTML tables.
 *
 * A table is a header line and the lines under it split by the same separator (`|`, `;`, `,` or a
 * tab), or an HTML table's rows. A column counts when its header cell, stripped of markup, is a
 * credential's name; its cells under the header are secrets unless they say where the secret is
 * instead (`(SSO)`, `see vault`), are placeholders, hashes or too short. Newlines may be real or a
 * JSON string's `\n` escape (a table pasted into a log line or a tool call).
 */

/** Header cells that name a credential column, lower-cased and stripped of markup. */
const CREDENTIAL_HEADER =
  /^(?:password|passwort|kennwort|contraseña|contrasena|mot de passe|wachtwoord|lösenord|salasana|hasło|haslo|senha|parola|heslo|jelszó|adgangskode|passord|pwd|pass|passwd|passphrase|密碼|密码|パスワード|비밀번호|пароль|şifre|κωδικός|סיסמה|كلمة المرور|mật khẩu|รหัสผ่าน|kata sandi|kata laluan|nenosiri|pin|secret|api[ _-]?key|apikey|token|access token|api token|key|wi-?fi key|wifi password|wpa key|psk)$/i;

/** The header cells of CREDENTIAL_HEADER that name a password (not a key or a token). */
const PASSWORD_HEADER = /^(?:password|passwort|kennwort|contraseña|contrasena|mot de passe|wachtwoord|lösenord|salasana|hasło|haslo|senha|parola|heslo|jelszó|adgangskode|passord|pwd|pass|passwd|passphrase|密碼|密码|パスワード|비밀번호|пароль|şifre|κωδικός|סיסמה|كلمة المرور|mật khẩu|รหัสผ่าน|kata sandi|kata laluan|nenosiri)$/i;

/** The most lines a table is read for, and the longest line: bounds the work on a huge text. */
const MAX_ROWS = 200;
const MAX_LINE = 2000;

export interface TableCellMatch {
  start: number;
  end: number;
}

/** Cells under a credential header in the tables of `text`; empty after a few word searches for most texts. */
export function findTableColumnSecrets(text: string): TableCellMatch[] {
  const out: TableCellMatch[] = [];
  // Only the lines that hold a credential word can be a header: each is found by that word, so a
  // text's other lines are never split (reading every line of every text doubled the scan's cost).
  const headers = new Set<number>();
  HEADER_WORD.lastIndex = 0;
  for (let m = HEADER_WORD.exec(text); m !== null; m = HEADER_WORD.exec(text)) {
    // Most credential words stand in prose or JSON (`"token": …`); a header cell's word stands between separators.
    if (!delimitedAsCell(text, m.index, m.index + m[0].length)) continue;
    const line = lineAround(text, m.index);
    if (headers.has(line.start)) continue;
    headers.add(line.start);
    if (line.text.length > MAX_LINE) continue;
    // A table held in a JSON string value (`{"msg":"Servicio,Entorno,Contraseña\n…"}`) or a quoted CSV
    // cell begins after the quote that opens it: the record's own commas before it are no columns. The
    // header cell's own opening quote (`"id","password"`) is markup, not such a string.
    const opened = openStringStart(line.text.slice(0, m.index - line.start).replace(/[ *`"'_]{1,4}$/, ''));
    const header = opened < 0 ? line : { text: line.text.slice(opened), start: line.start + opened };
    readTable(text, header, out, opened >= 0);
  }
  if (/<th[\s>]/i.test(text)) for (const m of findHtmlTableSecrets(text)) out.push(m);
  return out;
}

/**
 * Where a string still open at the end of `prefix` begins (just after its opening quote), or -1: a
 * JSON value (`{"msg":"Servicio,…`) or a quoted CSV cell (`7,ops,"Servicio,…`) holding a table.
 * Escaped (`\"`) and doubled (`""` inside a CSV cell) quotes neither open nor close one.
 */
function openStringStart(prefix: string): number {
  let open = -1;
  for (let at = prefix.indexOf('"'); at >= 0; at = prefix.indexOf('"', at + 1)) {
    if (prefix[at - 1] === '\\') continue;
    if (open >= 0 && prefix[at + 1] === '"') {
      at++;
      continue;
    }
    open = open < 0 ? at + 1 : -1;
  }
  return open;
}

/** The first quote in `line` that ends the string holding a table (not `\"`, not a doubled `""`), or -1. */
function closingQuote(line: string): number {
  for (let at = line.indexOf('"'); at >= 0; at = line.indexOf('"', at + 1)) {
    if (line[at - 1] === '\\') continue;
    if (line[at + 1] === '"') {
      at++;
      continue;
    }
    return at;
  }
  return -1;
}

/**
 * The cells under the credential columns of the table that `header` heads, if it heads one.
 * `inString`: the table is inside a string (a JSON value, a CSV cell), which ends at its closing quote.
 */
function readTable(text: string, header: Piece, out: TableCellMatch[], inString: boolean): void {
  const copy = COPY_HEADER.exec(header.text);
  if (copy) {
    readCopyRows(text, header, copy[1]!.split(','), out);
    return;
  }
  for (const sep of SEPARATORS) {
    if (!header.text.includes(sep)) continue;
    const cells = splitCells(header.text, sep);
    if (cells.length < 2) continue;
    const { columns, passwordColumns } = credentialColumns(cells.map((c) => c.text));
    if (columns.length === 0) continue;
    let row = nextLine(text, header);
    for (let j = 0; row !== null && j < MAX_ROWS; j++, row = nextLine(text, row)) {
      if (row.text.trim() === '' || row.text.length > MAX_LINE) break;
      const close = inString ? closingQuote(row.text) : -1;
      if (close >= 0) row = { text: row.text.slice(0, close), start: row.start };
      // A psql or MySQL border under the header (`----+----`, `+----+----+`).
      if (/^[\s+|:-]*-{2,}[\s+|:-]*$/.test(row.text)) continue;
      const rowCells = splitCells(row.text, sep);
      if (rowCells.length < 2) break;
      if (rowCells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c.text))) continue; // a Markdown separator row
      pushCellValues(row, rowCells, columns, passwordColumns, out);
    }
    return;
  }
}

/** Which header cells name a credential, and which of those a password. */
function credentialColumns(names: readonly string[]): { columns: number[]; passwordColumns: Set<number> } {
  const columns = names.flatMap((name, k) => (CREDENTIAL_HEADER.test(plain(name)) ? [k] : []));
  return { columns, passwordColumns: new Set(columns.filter((k) => PASSWORD_HEADER.test(plain(names[k]!)))) };
}

/** The values (valueOf) of a row's cells under the credential columns. */
function pushCellValues(row: Piece, rowCells: readonly Piece[], columns: readonly number[], passwordColumns: ReadonlySet<number>, out: TableCellMatch[]): void {
  for (const k of columns) {
    const cell = rowCells[k];
    if (!cell) continue;
    const value = valueOf(cell.text, passwordColumns.has(k));
    if (value === null) continue;
    // A value with markup taken out of its middle (`ab<i>c</i>d`) does not stand in the text as read: no span.
    const at = cell.text.indexOf(value);
    if (at < 0) continue;
    const start = row.start + cell.start + at;
    out.push({ start, end: start + value.length });
  }
}

/**
 * A PostgreSQL dump's table data: `COPY public.accounts (id, login, password) FROM stdin;`, then one
 * row a line, tab-separated (or `\t`-escaped in a JSON string), `\N` for null, up to a line `\.`.
 * The column names are on the COPY line, the values under it (blind batches H and R).
 */
const COPY_HEADER = /^\s*COPY [\w."]{1,128} \(([^)]{1,2000})\) FROM stdin;?\s*$/i;

function readCopyRows(text: string, header: Piece, names: string[], out: TableCellMatch[]): void {
  const { columns, passwordColumns } = credentialColumns(names);
  if (columns.length === 0) return;
  let row = nextLine(text, header);
  for (let j = 0; row !== null && j < MAX_ROWS; j++, row = nextLine(text, row)) {
    if (row.text.length > MAX_LINE || /^\s*\\\.\s*$/.test(row.text) || row.text.trim() === '') break;
    // (A null, `\N`, is too short for valueOf.)
    pushCellValues(row, splitCells(row.text, row.text.includes('\t') ? '\t' : '\\t'), columns, passwordColumns, out);
  }
}

/**
 * The words a search finds header lines by: a password's name in a dozen languages and "API key".
 * Not `key`, `token`, `secret` or `pin`: they stand in nearly every log and JSON record, and looking at
 * each one's line cost a fifth of a scan of mixed text; a table that holds such a column is read when
 * it also has a password or API-key column, or not at all.
 */
const HEADER_WORD =
  /(?:password|passwort|kennwort|contraseña|contrasena|mot de passe|wachtwoord|lösenord|salasana|hasło|haslo|senha|parola|heslo|jelszó|adgangskode|passord|pwd|passwd|passphrase|api[ _-]?key|apikey|密碼|密码|パスワード|비밀번호|пароль|şifre|κωδικός|סיסמה|كلمة المرور|mật khẩu|รหัสผ่าน|kata sandi|kata laluan|nenosiri)(?![A-Za-z0-9_])/gi;

/** The most blanks read as a cell's padding on either side of a header word. */
const MAX_PAD = 64;

/** Markup a header cell's word may stand in: `**Password**`, `` `token` ``, `"pwd"`, blanks. */
const isCellMarkup = (c: string | undefined): boolean => c === ' ' || c === '*' || c === '`' || c === '"' || c === "'" || c === '_';
/** Characters that end a cell: a separator, a line end, an escape (`\t`, `\n` in JSON), a tag. */
const endsCell = (c: string | undefined): boolean =>
  c === undefined || c === '|' || c === ',' || c === ';' || c === '\t' || c === '\n' || c === '\r' || c === '\\' || c === '<' || c === '>';

/** Whether the word at [start, end) fills a cell: only markup between it and a separator on either side. */
function delimitedAsCell(text: string, start: number, end: number): boolean {
  // Blanks pad a cell of an aligned table (psql, MySQL, `column -t`) to its column's width.
  let before = start - 1;
  while (before >= 0 && start - before <= 4 && isCellMarkup(text[before])) before--;
  while (before >= 0 && start - before <= MAX_PAD && text[before] === ' ') before--;
  let after = end;
  while (after < text.length && after - end < 4 && isCellMarkup(text[after])) after++;
  while (after < text.length && after - end < MAX_PAD && text[after] === ' ') after++;
  const left = before < 0 ? undefined : text[before];
  // `\t` or `\n` as a JSON escape: the letter after a backslash.
  const leftEscape = (left === 't' || left === 'n') && text[before - 1] === '\\';
  return (endsCell(left) || leftEscape) && endsCell(after >= text.length ? undefined : text[after]);
}

/** The line that holds `at`, between real newlines or a JSON string's `\n` escapes. */
function lineAround(text: string, at: number): Piece {
  const newline = text.lastIndexOf('\n', at - 1);
  const escaped = at >= 2 ? text.lastIndexOf('\\n', at - 2) : -1;
  const start = Math.max(newline + 1, escaped >= 0 ? escaped + 2 : 0);
  return { text: text.slice(start, lineEnd(text, at)), start };
}

/** Where the line holding `at` ends. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  const escaped = text.indexOf('\\n', at);
  const end = nl < 0 ? (escaped < 0 ? text.length : escaped) : escaped < 0 ? nl : Math.min(nl, escaped);
  return end > 0 && text[end - 1] === '\r' ? end - 1 : end;
}

/** The line after `line`, or null at the end of the text. */
function nextLine(text: string, line: Piece): Piece | null {
  let at = line.start + line.text.length;
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  else if (text.startsWith('\\n', at)) at += 2;
  else return null;
  return { text: text.slice(at, lineEnd(text, at)), start: at };
}

/** `\t` is a tab escaped in a JSON string (a TSV export pasted into a tool call or a log line). */
const SEPARATORS = ['|', '\t', '\\t', ';', ','] as const;

interface Piece {
  text: string;
  start: number;
}

/** A line's cells by one separator (Jira's `||` counts as one); a Markdown row's outer pipes open and close it. */
function splitCells(line: string, sep: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  const step = (at: number) => (sep === '|' && line[at + 1] === '|' ? 2 : sep.length);
  for (let at = line.indexOf(sep); at >= 0; at = line.indexOf(sep, from)) {
    out.push({ text: line.slice(from, at), start: from });
    from = at + step(at);
  }
  out.push({ text: line.slice(from), start: from });
  if (sep === '|') {
    // `| a | b |`: the text before the first pipe and after the last is no cell when it is empty, or
    // the quote that opens or closes a JSON string holding the table (`"note": "| a | b |"`).
    if (out.length > 1 && /^\s*$|["'`]\s*$/.test(out[0]!.text)) out.shift();
    if (out.length > 1 && /^\s*$|^\s*["'`]/.test(out[out.length - 1]!.text)) out.pop();
  }
  return out;
}

/** A header cell's words: markup (`**`, `` ` ``, `*`, quotes, `<…>` tags) and blanks around them left out. */
function plain(cell: string): string {
  return cell.replace(/<[^>]*>/g, '').replace(/[*`"'_]{1,3}/g, ' ').trim().replace(/\s+/g, ' ');
}

/**
 * A cell's value if it may be a secret: six or more characters with no blank, not a placeholder, hash or
 * note. Under a password column, a long run of hex digits is the stored digest of a password (a user
 * table dumped with its `password` and `salt` columns), not the password.
 */
function valueOf(cell: string, passwordColumn: boolean): string | null {
  const value = cell.replace(/<[^>]*>/g, '').trim().replace(/^[*`"']+|[*`"']+$/g, '');
  if (value.length < 6 || value.length > 256 || /\s/.test(value)) return null;
  if (/^\(.*\)$/.test(value) || isPlaceholder(value) || isFiller(value) || isPasswordHash(value) || isHashLike(value, '')) return null;
  if (passwordColumn && /^[0-9a-f]{32,}$/i.test(value)) return null;
  // A chosen password or a key has a digit or a symbol, or is long and random; a word is a note.
  if (!/[\d!#$%&*?@^+]/.test(value) && value.length < 16) return null;
  return value;
}

/** Rows of an HTML table (Confluence storage format, exported pages): `<th>` names, `<td>` values. */
function findHtmlTableSecrets(text: string): TableCellMatch[] {
  if (!/<th[\s>]/i.test(text)) return [];
  const out: TableCellMatch[] = [];
  for (const table of text.matchAll(/<table[\s>][\s\S]{0,20000}?<\/table>/gi)) {
    const base = table.index;
    const rows = [...table[0].matchAll(/<tr[\s>][\s\S]{0,4000}?<\/tr>/gi)];
    let columns: number[] = [];
    let passwordColumns = new Set<number>();
    for (const row of rows) {
      const cells = [...row[0].matchAll(/<t([hd])[\s>]([\s\S]{0,1000}?)<\/t[hd]>/gi)];
      if (cells.length > 0 && cells.every((c) => c[1]!.toLowerCase() === 'h')) {
        columns = cells.flatMap((c, k) => (CREDENTIAL_HEADER.test(plain(c[2]!)) ? [k] : []));
        passwordColumns = new Set(columns.filter((k) => PASSWORD_HEADER.test(plain(cells[k]![2]!))));
        continue;
      }
      for (const k of columns) {
        const cell = cells[k];
        if (!cell) continue;
        const value = valueOf(cell[2]!, passwordColumns.has(k));
        if (value === null) continue;
        const at = table[0].indexOf(value, row.index + cell.index);
        if (at >= 0) out.push({ start: base + at, end: base + at + value.length });
      }
    }
  }
  return out;
}
