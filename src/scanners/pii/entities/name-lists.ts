import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';
import { BRAND_WORDS, HOLIDAY_LAST, NAMED_DISHES } from './names-places.js';
import { SpanIndex } from './span-index.js';
import { Cue, indexText, nextAt, type TextIndex } from './text-index.js';

/** "A, B and C" of single capitalised words (two words each at most). */
const LIST = /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+)?(?:, [\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+)?)*,? (?:and|&) [\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+)?(?![\p{L}\p{N}])/uy;
/** Where a list names people: after a colon or a word that introduces people ("founders: …", "written by …"). */
/** "Thanks to Xu Mingyu, Aroha Ngata and …": people are thanked, welcomed and congratulated. */
const PEOPLE_LIST_BEFORE =
  /(?:[:]|\b(?:by|with|founders?|authors?|members?|partners?|including|namely|starring|featuring|thanks to|thank you to|thanks go to|grateful to|congratulations to|welcome))\s*$/i;

/**
 * Whether LIST can match at the capital at `at`: its first word (small letters, apostrophes, hyphens)
 * ends at a comma, or at a space before a capital, "and " or "& ". Read on ASCII units; a unit outside
 * ASCII leaves it to the expression.
 */
function mayOpenList(text: string, at: number): boolean {
  if (text.charCodeAt(at) >= 128) return true;
  let i = at + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) break;
  }
  if (i === at + 1) return false;
  const c = text.charCodeAt(i);
  if (c === 44) return true;
  if (c !== 32) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 128 || (d >= 65 && d <= 90) || text.startsWith('and ', i + 1) || text.startsWith('& ', i + 1);
}

/**
 * Members of a list of names are names: when one member is a known or found name, so are the others
 * ("authors: Bryce, Okonkwo and Lindahl"). A list that runs on into a capitalised word is a firm or an
 * ensemble ("the Hale, Ortiz and Young Orchestra"), and a list with a place in it is a list of places.
 */
export function findNameLists(text: string, g: Gazetteer, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // A list has two capitals and "and" or "&"; it starts at a capital, where alone it is tried.
  if (index.upper.length < 2 || (!index.hasAmpersand && (index.cues & Cue.AND) === 0)) return;
  LIST.lastIndex = 0;
  const cursor = { k: 0 };
  // The findings so far by position, built at the first list that needs them: each member used to
  // scan all of `out` (and splice it), quadratic on a text of many lists (0.5 MB of
  // "Authors: A, B and C. " took 35 s). Findings a list replaces are marked, and left out at the end
  // in one pass, so `out` keeps the order the splices left.
  let spans: SpanIndex | undefined;
  const dropped = new Set<PiiMatch>();
  let m: RegExpExecArray | null;
  // Tried only at the capitals where a list can start (mayOpenList), as at every capital before.
  const starts: number[] = [];
  for (const at of index.upper) if (mayOpenList(text, at)) starts.push(at);
  while ((m = nextAt(LIST, text, starts, cursor)) !== null) {
    if (!PEOPLE_LIST_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (/^ [\p{Lu}]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    const members: Array<{ start: number; end: number; words: string[] }> = [];
    const member = /[\p{Lu}][\p{Ll}'’-]+(?: [\p{Lu}][\p{Ll}'’-]+)?/gu;
    let w: RegExpExecArray | null;
    while ((w = member.exec(m[0])) !== null) members.push({ start: m.index + w.index, end: m.index + w.index + w[0].length, words: w[0].toLowerCase().split(' ') });
    const found = (spans ??= new SpanIndex(out));
    const known = (x: (typeof members)[number]) =>
      x.words.some((p) => g.first.has(p) || g.last.has(p)) || found.overlapping(x).some((o) => o.type === 'PERSON' && o.score >= 0.6 && o.start <= x.start && x.end <= o.end);
    // An ordinary word ("White", "Grant") or a country or big city in the list makes it no list of names.
    const ordinary = (x: (typeof members)[number]) => x.words.some((p) => g.common.has(p) || g.countries.has(p) || g.majorCities.has(p));
    // A menu ("Peach Melba, Earl Grey and …") is no list of people.
    const dish = (x: (typeof members)[number]) => NAMED_DISHES.has(x.words.join(' '));
    // Nor is a shop's window ("with Dyson, Nike and Lego deals").
    const brand = (x: (typeof members)[number]) => x.words.length === 1 && BRAND_WORDS.has(x.words[0]!);
    // Nor a calendar ("Memorial Day, Columbus Day and Labor Day"; blind batch AF).
    const holiday = (x: (typeof members)[number]) => x.words.length > 1 && HOLIDAY_LAST.test(x.words[x.words.length - 1]!);
    if (members.length < 2 || !members.some(known) || members.some(ordinary) || members.some(dish) || members.some(brand) || members.some(holiday)) continue;
    for (const x of members) {
      for (const o of found.overlapping(x)) {
        // The list reading replaces a weaker reading of a member as a place, and a weak reading as a person.
        if (o.type === 'LOCATION' || (o.type === 'PERSON' && o.score < 0.6)) {
          found.remove(o);
          dropped.add(o);
        }
      }
      if (!found.overlapping(x).some((o) => o.type === 'PERSON')) {
        const name: PiiMatch = { type: 'PERSON', format: 'PERSON', start: x.start, end: x.end, score: 0.6 };
        out.push(name);
        found.add(name);
      }
    }
  }
  if (dropped.size > 0) {
    let kept = 0;
    for (const o of out) if (!dropped.has(o)) out[kept++] = o;
    out.length = kept;
  }
}
