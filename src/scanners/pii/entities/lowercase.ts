import type { PiiMatch } from '../detect.js';
import type { Gazetteer } from './gazetteer.js';
import { Cue, indexText, nextAtCue, type TextIndex } from './text-index.js';

/** Share of letters that are capitals below which a text is treated as written without capitals. */
const LOWERCASE_TEXT = 0.01;

/**
 * True for texts written without capitals (chat, lower-cased corpora), where the capitalisation cue
 * is gone. A text whose sentences mostly open with a capital is ordinary prose even when it has no
 * other capital ("This is a short answer about the weather."), and is left to the capitalised rules.
 */
export function isLowercaseText(text: string, index?: TextIndex): boolean {
  // Any text with more capitals than the threshold allows is decided as soon as they are counted.
  const limit = text.length * LOWERCASE_TEXT;
  // The index has counted them already (the same way): most texts are decided without a second pass.
  if (index && index.bmpCapitals > limit) return false;
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

/**
 * Lines written in capitals ("PASSENGER JOHN MILLER REQUESTS …"), where capitalisation says nothing:
 * read as lower-case text. Shorter lines are left to the capitalised rules ("PATIENT: MARIA GONZALEZ").
 */
export function findUppercaseLines(text: string, g: Gazetteer, out: PiiMatch[], person: boolean, location: boolean): void {
  let offset = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}+/gu);
    if (words && words.length >= 5 && !/\p{Ll}/u.test(line)) {
      const lower = line.toLowerCase();
      // Lower-casing must keep offsets ("İ" becomes two code units).
      if (lower.length === line.length) {
        const found: PiiMatch[] = [];
        findLowercaseEntities(lower, g, found, person, location, true);
        for (const f of found) out.push({ ...f, start: f.start + offset, end: f.end + offset });
      }
    }
    offset += line.length + 1;
  }
}

/** A self-introduction and the lower-case words after it, in a text that otherwise has capitals. */
const INTRODUCTION =
  /\b(?:[Mm]y name is|[Mm]y name's|[Cc]all me|calls me|[Ii] am|[Ii]'m|[Tt]his is|[Ii]t['’]?s|[Cc]all|[Cc]ontact|[Aa]sk|[Tt]ell|[Ee]mail|[Ww]ith|[Tt]hanks|[Hh]i|[Hh]ello|[Dd]ear|cc)\s+(\p{Ll}[\p{Ll}'’-]+(?: \p{Ll}[\p{Ll}'’-]+)?)/uy;

/**
 * "my name is vitoria", "everyone calls me borna": a name written in lower case after a self-introduction,
 * in text that has capitals elsewhere. After "my name is" or "call me" any word that is no ordinary one will
 * do; after "I am" or "this is" only a known name ("I am tired" stays a mood).
 */
export function findIntroducedLowercaseNames(text: string, g: Gazetteer, out: PiiMatch[], index: TextIndex = indexText(text)): void {
  // Tried only where a cue word (Cue.INTRODUCTION, the cues' first words) starts, each from where the last match ended.
  let from = 0;
  const cursor = { k: 0 };
  let m: RegExpExecArray | null;
  while ((m = nextAtCue(INTRODUCTION, text, index, Cue.INTRODUCTION, from, cursor)) !== null) {
    from = m.index + m[0].length;
    const cue = m[0].slice(0, m[0].length - m[1]!.length);
    const strong = /name|call me|calls me/i.test(cue);
    // "it's dwayne oyelowo", "hey its rafael": only a known name ("it's raining" stays weather).
    const weak = !/name|call me|calls me|\b(?:i am|i'm|this is|it['’]?s)\b/i.test(cue);
    const words = m[1]!.split(' ');
    const ordinary = (w: string) => g.common.has(w) || g.everyday.has(w) || w.length < 3;
    const known = (w: string) => g.first.has(w) || g.last.has(w) || g.nameParts.has(w);
    // The second word belongs to the name only when it is a name itself ("borna jerković but …").
    const take = words.length > 1 && !ordinary(words[1]!) && (known(words[1]!) || /[^\x00-\x7f]/.test(words[1]!)) ? 2 : 1;
    const first = words[0]!.replace(/['’]s$/, '');
    if (ordinary(first) || (!strong && !known(first))) continue;
    // After "call", "ask", "with": only a first name and a surname ("call dana whitfield about …").
    if (weak && (take !== 2 || !g.first.has(first) || !(g.last.has(words[1]!) || g.nameParts.has(words[1]!)))) continue;
    const value = take === 2 ? `${words[0]} ${words[1]!.replace(/['’]s$/, '')}` : first;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: 'PERSON', format: 'PERSON', start, end: start + value.length, score: 0.7 });
  }
}

const WORD = /(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}'’-]*\.?(?![\p{L}\p{N}])/gu;
/** "hi im samira": chat drops the apostrophe of "I'm". */
const STRONG_PERSON = /(?:\b(?:my name is|name is|named|called|calls? me|i am|i'm|im|this is|(?:hi|hey|yo|hello),? it'?s|dear|mr|mrs|ms|dr|follow up with|speak to|signed|regards)\.?,?\s*|\bname\s*[:=?]\s*|:\s*(?:(?:yes|yeah|ya|sure),?\s+)?it'?s\s+)$/;
/** Words before someone greeted, thanked or spoken of: a first name alone after them is the person ("thanks anna"). */
const WEAK_PERSON_BEFORE =
  /(?:\b(?:aunt|auntie|aunty|uncle|cousin|grandma|grandpa|granny|nana|tita|tito|tia|tio|tía|tío|hi|hey|hello|thanks(?: so much| again)?|thank you(?: so much)?|dear|ask(?: for)?|tell|told|asked|met|meet|call|remind|with|w\/|and|but|from|to|by|cc|love|miss|sorry|bye|sag|sagt|dile|dígale|dis à|dites à|dì a|di' a|zeg|fala|diz|ciao|hola|hallo|salut|olá|oi|hoi|hej)|&|\b(?:my|our|his|her) (?:landlord|landlady|boss|manager|friend|wife|husband|mom|mum|dad|brother|sister|cousin|neighbou?r|colleague|coworker|roommate|flatmate|partner|boyfriend|girlfriend))\s*,?\s+$/;
/** Verbs after someone who speaks or acts: "mateus said the same". */
const WEAK_PERSON_AFTER = /^,? (?:said|says|asked|told|wrote|replied|thinks|thought|wants|called|texted|messaged|mentioned|is coming|was here|pls|plz|please)\b/;
/** Slavic and Baltic surname endings, in lower case ("krylova", "kowalski", "petrovic"). */
const SURNAME_ENDING = /^\p{Ll}{3,}(?:ova|eva|ov|ev|ovich|evich|vić|vic|ić|ski|ska|cki|cka|dzki|dzka|sky|skaya|enko|dóttir|dottir|sson)$/u;
/** Titles as a lower-case chat writes them: the word after one is a surname ("w/ dr. nowicka"). */
const TITLE_TOKENS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);
const PLACE_BEFORE =
  /(?:\b(?:in|from|to|at|near|visit(?:ed|ing)?|live[sd]? in|based in|born in|moved (?:here )?(?:from|to)|returned to|city of|town of|bei|nach|aus|naar|uit|bij|en|em|para|desde|hacia|dans|vers|depuis|verso|nel|nella|sul|sulla)|(?<![\p{L}])à)\s+(?:the\s+)?$/u;
/** Place cues after which a town that is also a first name is the town ("moved to vienna", not "talk to vienna"). */
const STRONG_PLACE_BEFORE = /\b(?:live[sd]? in|living in|based in|born in|moved (?:here )?(?:from|to)|returned to|flew to|flying to|city of|town of|i'?m in|i am in|staying in|stuck in)\s+(?:the\s+)?$/;

const NO_SPEAKERS: ReadonlySet<string> = new Set();
/** A turn of a transcript: an optional time stamp or bullet, a lower-case word, a colon and a space. */
const SPEAKER_TURN = /(?:^|\n)[ \t]*(?:\[[\d:. apm]{4,12}\][ \t]*|\d{1,2}:\d{2}[ \t]+|[-*•>][ \t]*)?(\p{Ll}[\p{Ll}'’-]{1,20}):[ \t]/gu;

/**
 * The speakers of a lower-case transcript: words that open two or more turns between them, each a
 * name some list knows and no ordinary word ("note:", "update:" and "re:" label lines, not people).
 */
function transcriptSpeakers(text: string, g: Gazetteer): ReadonlySet<string> {
  const turns: string[] = [];
  SPEAKER_TURN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPEAKER_TURN.exec(text)) !== null && turns.length < 64) turns.push(m[1]!);
  if (turns.length < 2) return NO_SPEAKERS;
  const speakers = new Set<string>();
  for (const w of turns) {
    if ((g.first.has(w) || g.nameParts.has(w)) && !g.common.has(w) && !g.everyday.has(w) && !g.english.has(w)) speakers.add(w);
  }
  return speakers;
}

/**
 * Names and places in lower-case text: a first name followed by a last name (with an optional
 * initial), a run after a strong cue ("my name is"), and known places after "in", "from", "to".
 * Only gazetteer words that are not everyday English count, so "will" and "may" stay words. `shouted`:
 * the text is a line written in capitals, lower-cased.
 */
export function findLowercaseEntities(text: string, g: Gazetteer, out: PiiMatch[], person: boolean, location: boolean, shouted = false): void {
  const tokens: Array<{ w: string; start: number; end: number }> = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    // "krylova's": the possessive is no part of the name.
    const w = m[0].replace(/\.$/, '').replace(/['’]s$/, '');
    tokens.push({ w, start: m.index, end: m.index + w.length });
  }
  const plainName = (w: string) => !g.common.has(w) && !g.everyday.has(w) && w.length > 1;
  const speakers = person ? transcriptSpeakers(text, g) : NO_SPEAKERS;
  const adjacent = (a: { end: number }, b: { start: number }) => /^ ?$/.test(text.slice(a.end, b.start).replace(/^\./, ''));
  const starts = placeFirstWords(g);
  // "fatima and yusuf": a first name joined by "and" to another first name.
  const coordinated = (t: { end: number }) => {
    const m = /^ (?:and|&) (\p{Ll}+)/u.exec(text.slice(t.end, t.end + 24));
    return !!m && g.first.has(m[1]!) && plainName(m[1]!);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "[10:02] mia: hey …\n[10:03] tom: …", "ciao sara": the speakers of a lower-case transcript, wherever they occur.
    if (speakers.has(t.w)) {
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: t.end, score: 0.7 });
      continue;
    }
    // Only a name, the first word of a place or a town can start a finding; the context tests below cost more.
    if (!g.first.has(t.w) && !g.last.has(t.w) && !starts.has(t.w) && !(location && g.towns.has(t.w))) {
      // "dr. nowicka", "mrs okafor": a word after a title that no list knows, if it is no English word.
      const title = tokens[i - 1];
      if (person && title && TITLE_TOKENS.has(title.w) && adjacent(title, t) && plainName(t.w) && !g.english.has(t.w) && t.w.length >= 3) {
        out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: t.end, score: 0.7 });
      }
      continue;
    }
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    if (location && PLACE_BEFORE.test(before)) {
      // Longest known place of up to three words; none, and a name after "to" or "from" may be a person's.
      let placed = false;
      for (let n = 3; n >= 1; n--) {
        const run = tokens.slice(i, i + n);
        if (run.length < n || !run.every((r, k) => k === 0 || adjacent(run[k - 1]!, r))) continue;
        const phrase = run.map((r) => r.w).join(' ');
        if (g.places.has(phrase) && (n > 1 || plainName(phrase)) && (!g.first.has(phrase) || g.majorCities.has(phrase) || g.countries.has(phrase) || STRONG_PLACE_BEFORE.test(before))) {
          out.push({ type: 'LOCATION', format: 'LOCATION', start: t.start, end: run[n - 1]!.end, score: 0.65 });
          i += n - 1;
          placed = true;
          break;
        }
      }
      // "im in dalston", "moved to brooklyn": a town of the weak list after a place cue, when it is no ordinary
      // word (a name too only after a strong cue).
      const w = t.w;
      if (!placed && g.towns.has(w) && plainName(w) && w.length >= 4 && !g.english.has(w) && !g.common.has(w) && !g.everyday.has(w) && (STRONG_PLACE_BEFORE.test(before) || !(g.first.has(w) || g.last.has(w) || g.nameParts.has(w)))) {
        out.push({ type: 'LOCATION', format: 'LOCATION', start: t.start, end: t.end, score: 0.6 });
        continue;
      }
      if (placed) continue;
    }
    // "ABOUT THE DUBLIN LEASE": in a line written in capitals (which has lost the capital that marks a name),
    // a big city or a country that is no name and no English word needs no cue. Lower-case chat is left alone.
    if (shouted && location && !STRONG_PERSON.test(before) && (g.majorCities.has(t.w) || g.countries.has(t.w)) && plainName(t.w) && !g.english.has(t.w) && !g.first.has(t.w) && !g.last.has(t.w)) {
      out.push({ type: 'LOCATION', format: 'LOCATION', start: t.start, end: t.end, score: 0.6 });
      continue;
    }
    if (!person) continue;
    const strong = STRONG_PERSON.test(before);
    let j = i + 1;
    // An initial ("m." or "a") between first and last name.
    if (j < tokens.length && tokens[j]!.w.length === 1 && adjacent(tokens[j - 1]!, tokens[j]!)) j++;
    const next = tokens[j];
    // One of the two may also be a word ("peter schmidt", "john miller"), not both ("will smith" stays words);
    // a first name that is a short common word ("may", "will") starts no pair.
    const firstName = g.first.has(t.w) && (!g.common.has(t.w) || t.w.length >= 4) && t.w.length > 1;
    const pair =
      next &&
      adjacent(tokens[j - 1]!, next) &&
      firstName &&
      (g.last.has(next.w) || g.nameParts.has(next.w) || (SURNAME_ENDING.test(next.w) && plainName(next.w))) &&
      !g.common.has(next.w) &&
      (plainName(t.w) || plainName(next.w));
    if (pair) {
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: next.end, score: strong ? 0.8 : 0.6 });
      i = j;
    } else if (strong && (g.first.has(t.w) || g.last.has(t.w)) && plainName(t.w)) {
      const last = next && adjacent(tokens[j - 1]!, next) && plainName(next.w) && !g.common.has(next.w) && (g.last.has(next.w) || g.first.has(next.w)) ? next : t;
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: last.end, score: 0.7 });
      i = last === t ? i : j;
    } else if (
      firstName &&
      plainName(t.w) &&
      t.w.length >= 3 &&
      (!g.places.has(t.w) || WEAK_PERSON_AFTER.test(text.slice(t.end, t.end + 16))) &&
      (WEAK_PERSON_BEFORE.test(before) || WEAK_PERSON_AFTER.test(text.slice(t.end, t.end + 16)) || coordinated(t))
    ) {
      out.push({ type: 'PERSON', format: 'PERSON', start: t.start, end: t.end, score: 0.6 });
    }
  }
}
