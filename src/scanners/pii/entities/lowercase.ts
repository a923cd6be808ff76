import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';

/** Share of letters that are capitals below which a text is treated as written without capitals. */
const LOWERCASE_TEXT = 0.01;

/**
 * True for texts written without capitals (chat, lower-cased corpora), where the capitalisation cue
 * is gone. A text whose sentences mostly open with a capital is ordinary prose even when it has no
 * other capital ("This is a short answer about the weather."), and is left to the capitalised rules.
 */
export function isLowercaseText(text: string): boolean {
  // Any text with more capitals than the threshold allows is decided as soon as they are counted.
  const limit = text.length * LOWERCASE_TEXT;
  let letters = 0;
  let capitals = 0;
  let sentenceStarts = 0;
  let capitalStarts = 0;
  let atSentenceStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter = false;
    let capital = false;
    if (c >= 97 && c <= 122) letter = true;
    else if (c >= 65 && c <= 90) letter = capital = true;
    else if (c > 127 && /\p{L}/u.test(text[i]!)) {
      letter = true;
      capital = /\p{Lu}/u.test(text[i]!);
    }
    if (letter) {
      letters++;
      if (capital && ++capitals > limit) return false;
      if (atSentenceStart) {
        sentenceStarts++;
        if (capital) capitalStarts++;
        atSentenceStart = false;
      }
    } else if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a) atSentenceStart = true;
  }
  return letters >= 8 && capitals <= letters * LOWERCASE_TEXT && capitalStarts * 2 < sentenceStarts;
}

/** First words of known places, so a word that starts none is passed over without testing its context. */
const placeStarts = new WeakMap<Gazetteer, Set<string>>();
function placeFirstWords(g: Gazetteer): Set<string> {
  let starts = placeStarts.get(g);
  if (!starts) {
    starts = new Set([...g.places].map((p) => p.split(' ')[0]!));
    placeStarts.set(g, starts);
  }
  return starts;
}

const WORD = /(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}'’-]*\.?(?![\p{L}\p{N}])/gu;
const STRONG_PERSON = /(?:\b(?:my name is|name is|named|called|i am|i'm|this is|dear|mr|mrs|ms|dr|follow up with|speak to|signed|regards)\.?,?\s*|\bname\s*[:=?]\s*)$/;
const PLACE_BEFORE = /\b(?:in|from|to|at|near|visit(?:ed|ing)?|live[sd]? in|based in|born in|moved (?:here )?(?:from|to)|returned to|city of|town of)\s+(?:the\s+)?$/;

/**
 * Names and places in lower-case text: a first name followed by a last name (with an optional
 * initial), a run after a strong cue ("my name is"), and known places after "in", "from", "to".
 * Only gazetteer words that are not everyday English count, so "will" and "may" stay words.
 */
export function findLowercaseEntities(text: string, g: Gazetteer, out: PiiMatch[], person: boolean, location: boolean): void {
  const tokens: Array<{ w: string; start: number; end: number }> = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const w = m[0].replace(/\.$/, '');
    tokens.push({ w, start: m.index, end: m.index + w.length });
  }
  const plainName = (w: string) => !g.common.has(w) && !g.everyday.has(w) && w.length > 1;
  const adjacent = (a: { end: number }, b: { start: number }) => /^ ?$/.test(text.slice(a.end, b.start).replace(/^\./, ''));
  const starts = placeFirstWords(g);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Only a name or the first word of a place can start a finding; the context tests below cost more.
    if (!g.first.has(t.w) && !g.last.has(t.w) && !starts.has(t.w)) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    if (location && PLACE_BEFORE.test(before)) {
      // Longest known place of up to three words.
      for (let n = 3; n >= 1; n--) {
        const run = tokens.slice(i, i + n);
        if (run.length < n || !run.every((r, k) => k === 0 || adjacent(run[k - 1]!, r))) continue;
        const phrase = run.map((r) => r.w).join(' ');
        if (g.places.has(phrase) && (n > 1 || plainName(phrase)) && !g.first.has(phrase)) {
          out.push({ type: 'LOCATION', format: 'LOCATION', start: t.start, end: run[n - 1]!.end, score: 0.65 });
          i += n - 1;
          break;
        }
      }
      continue;
    }
    if (!person) continue;
    const strong = STRONG_PERSON.test(before);
    let j = i + 1;
    // An initial ("m." or "a") between first and last name.
    if (j < tokens.length && tokens[j]!.w.length === 1 && adjacent(tokens[j - 1]!, tokens[j]!)) j++;
    const next = tokens[j];
    const pair = next && adjacent(tokens[j - 1]!, next) && g.first.has(t.w) && plainName(t.w) && g.last.has(next.w) && plainName(next.w);
    if (pair) {
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: next.end, score: strong ? 0.8 : 0.6 });
      i = j;
    } else if (strong && (g.first.has(t.w) || g.last.has(t.w)) && plainName(t.w)) {
      const last = next && adjacent(tokens[j - 1]!, next) && plainName(next.w) && !g.common.has(next.w) && (g.last.has(next.w) || g.first.has(next.w)) ? next : t;
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: last.end, score: 0.7 });
      i = last === t ? i : j;
    }
  }
}
