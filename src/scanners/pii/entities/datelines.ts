import type { PiiMatch } from '../detect.js';
import { Word, wordBits, type Gazetteer } from './gazetteer.js';

/**
 * Datelines: the place a news item was filed from, opening its first line — "HYDERABAD: Waterlogging
 * brought…", "Umeå: Ett kraftigt snöoväder…", "Praha – Kvůli opravě…", "Lyon : un cycliste…". The run
 * readers pass them by: a capitalised word opening a text and ending at a colon reads as a label or a
 * speaker, and a word in capitals as a heading (blind batch AI, local news in a dozen languages).
 *
 * A line's first one to three capitalised words count when the gazetteer knows them as a place and they
 * are followed by a colon, a dash between spaces or an opening parenthesis ("(Reuters)"), then the item.
 * Not a word of the everyday vocabulary ("Reading:", "Nice:", "Mobile:" open labels and lists); before a
 * colon, not a known first or last name ("Florence: see you at 8" is a speaker in a chat log), and only
 * before a sentence on a line no label line borders (a form's "Nome: Larissa Campos" and "Morada: Rua …"
 * are labels and their values).
 */
const DATELINE = /[ \t]*(\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2})(?:,[ \t]([A-Z][A-Za-z.]{1,5}))?(?=[ \t]?:[ \t]+\S|[ \t]+[–—-][ \t]+\S|[ \t]+\()/uy;
const UPPER_START = /^[ \t]*\p{Lu}/u;

/** What the item after a colon must start with: a capital, a digit or a quote (a sentence), not a value's lower-case word. */
const SENTENCE_AFTER_COLON = /^[ \t]?:[ \t]+["“'‘(\p{Lu}\p{N}]/u;

/**
 * The AP style's abbreviations of US states, as datelines and news copy write them after a town
 * ("SPRINGFIELD, Mo.", "Greenville, S.C."). Facts from the AP Stylebook's list.
 */
const AP_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo.'.split(' '),
);

const DATELINE_SCORE = 0.8;
/** Words the item after a colon holds on its line at least: a form's "Nome: Larissa Campos" holds a value, a dateline a sentence. */
const MIN_ITEM_WORDS = 5;

/** A line that opens with a label and a colon ("Cliente: …", "Nome: …"), as the lines of a form do. */
const LABEL_LINE = /^[ \t]*\p{Lu}[\p{L} ]{0,24}:[ \t]/u;

/** Whether the line before or after the one starting at `lineStart` opens with a label: the line is a form's field. */
function besideLabelLine(text: string, lineStart: number): boolean {
  const previousEnd = text.lastIndexOf('\n', lineStart - 1);
  if (previousEnd > 0 && LABEL_LINE.test(text.slice(text.lastIndexOf('\n', previousEnd - 1) + 1, previousEnd))) return true;
  const nextStart = text.indexOf('\n', lineStart) + 1;
  return nextStart > 0 && LABEL_LINE.test(text.slice(nextStart, nextStart + 40));
}

/** Whether the line from `at` holds MIN_ITEM_WORDS words or more (looks at most 200 characters ahead). */
function sentenceFollows(text: string, at: number): boolean {
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > at + 200) lineEnd = Math.min(text.length, at + 200);
  return text.slice(at, lineEnd).split(/[ \t]+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_ITEM_WORDS;
}

/**
 * Adds the dateline places of `text` (and an AP state abbreviation after one) to `out` as LOCATION; `out`
 * holds the addresses found so far, which tell a label ("Morada: Rua …") from a dateline.
 */
export function findDatelines(text: string, g: Gazetteer, out: PiiMatch[]): void {
  for (let line = 0; line < text.length; line = nextLine(text, line)) {
    // Most lines (log lines, JSON, CSV rows) open with no capital: one test, no match attempt.
    const c = text.charCodeAt(line);
    const asciiCapital = c >= 65 && c <= 90;
    if (!asciiCapital && !(c >= 0xc0 || c === 32 || c === 9)) continue;
    if (!asciiCapital && !UPPER_START.test(text.slice(line, line + 8))) continue;
    DATELINE.lastIndex = line;
    const m = DATELINE.exec(text);
    if (m !== null) readDateline(text, g, m, out);
  }
}

/** The offset after the next line break from `at`, or the text's length. */
function nextLine(text: string, at: number): number {
  const n = text.indexOf('\n', at);
  return n < 0 ? text.length : n + 1;
}

/** Judges one dateline candidate (see DATELINE) and adds its place, and state, when it is one. */
function readDateline(text: string, g: Gazetteer, m: RegExpExecArray, out: PiiMatch[]): void {
  const name = m[1]!.replace(/[.]+$/, '');
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + name.length;
  const lower = name.toLowerCase();
  if (!g.places.has(lower) && !g.towns.has(lower)) return;
  const state = m[2] !== undefined && AP_STATE_ABBREVIATIONS.has(m[2]) ? m[2] : undefined;
  if (m[2] !== undefined && state === undefined) return;
  const bits = lower.includes(' ') || lower.includes('-') ? 0 : wordBits(g, lower);
  if ((bits & (Word.COMMON | Word.EVERYDAY)) !== 0) return;
  const after = m.index + m[0].length;
  const rest = text.slice(after, after + 4);
  const colon = /^[ \t]?:/.test(rest);
  if (colon && state === undefined && ((bits & (Word.FIRST | Word.LAST)) !== 0 || !SENTENCE_AFTER_COLON.test(rest) || !sentenceFollows(text, after) || besideLabelLine(text, start))) return;
  // "Morada: Rua das Oliveiras Altas, n.º 15, …": an address after the colon makes the word its label.
  if (out.some((f) => f.type === 'ADDRESS' && f.start >= after && f.start <= after + 3)) return;
  out.push({ type: 'LOCATION', format: 'LOCATION', start, end, score: DATELINE_SCORE });
  if (state !== undefined) {
    const stateStart = m.index + m[0].length - state.length;
    out.push({ type: 'LOCATION', format: 'LOCATION', start: stateStart, end: stateStart + state.length, score: DATELINE_SCORE });
  }
}
