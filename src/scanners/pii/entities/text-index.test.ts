import { describe, expect, it } from 'vitest';
import { CUE_GATES, cueTail, mayEndWithCue, STOP_GATE } from './names-places.js';
import { Cue, indexText, nextAt, nextAtCue } from './text-index.js';

/** Texts with capitals inside and outside ASCII, astral letters, digits after words and spaces, cue words. */
const TEXTS = [
  'Please summarise the notes. The team discussed the release, and Ingrid Solberg will call Tomás.',
  'Ship to 4417 Larkspur Lane, Boise, ID 83702. Apt5 is on Floor 3; PSC 1234, Box 5678; APO AE 09012.',
  'ÉLODIE Marchand lives at 12 rue des Lilas; Ørsted, Łódź and Ängelholm. 𝐀𝐁 x𝐂 Straße 9 v2 a_1 _7',
  "my name is carlos, i'm here; I'm Dana, call me Bo. Thanks anna! cc: ops\n\nname: Kwame Mensah\ncity,country\nAccra,Ghana",
  '2024-05-01T12:34:56Z INFO req=12345678 user=u00042 status=200 id 123456789012 order #42',
  '',
  '7',
  'A',
];

const positions = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index);

describe('indexText', () => {
  it('lists the capitals, the digit runs after a word boundary and the digits after a space', () => {
    for (const text of TEXTS) {
      const index = indexText(text);
      expect(index.upper).toEqual(positions(/\p{Lu}/gu, text));
      expect(index.digitRun).toEqual(positions(/\b\d/g, text));
      expect(index.spaceDigit).toEqual(positions(/(?<= )\d/g, text).filter((at) => !/\d/.test(text[at - 1] ?? '')));
      expect(index.hasDigit).toBe(/\d/.test(text));
      expect(index.bmpCapitals).toBe([...text].filter((c) => c.length === 1 && /\p{Lu}/u.test(c)).length);
    }
  });

  it('finds cue words whole and case-blind, and no word that only starts like one', () => {
    const index = indexText('Lives at the ISLAND; Apt5, suites, Unit 7 and Andes.');
    const words = index.cueStart.map((at, k) => [/[A-Za-z]+/.exec('Lives at the ISLAND; Apt5, suites, Unit 7 and Andes.'.slice(at))![0], index.cueBits[k]]);
    expect(words).toEqual([
      ['Lives', Cue.ANNOUNCE],
      ['Apt', Cue.UNIT],
      ['Unit', Cue.UNIT | Cue.MILITARY],
      ['and', Cue.AND],
    ]);
  });
});

describe('nextAt', () => {
  // Patterns of the shapes the detectors run sticky: each starts at a capital, a digit run or a cue word.
  const cases: Array<{ global: RegExp; at: (text: string) => { positions: number[] } | { cue: number } }> = [
    { global: /(?<![\p{L}\p{N}])[\p{Lu}][\p{Ll}\p{Lu}'’-]*(?: [\p{Lu}][\p{Ll}'’-]*)*/gu, at: (t) => ({ positions: indexText(t).upper }) },
    { global: /\b(?:[\p{Lu}][\p{L}&'’.-]*\s){1,4}(?:[\p{Lu}][\p{L}.]*)/gu, at: (t) => ({ positions: indexText(t).upper }) },
    { global: /\b(\d{1,6}[A-Za-z]?),? ([\p{L}\d][\p{L}\d'’.-]*(?: [\p{L}\d][\p{L}\d'’.-]*){0,4})/gu, at: (t) => ({ positions: indexText(t).digitRun }) },
    { global: /\b(?:[Mm]y name is|[Cc]all me|[Ii]'m|[Tt]hanks|cc)\s+(\p{Ll}[\p{Ll}'’-]+)/gu, at: () => ({ cue: Cue.INTRODUCTION }) },
    { global: /\b(?:[Ll]ives (?:at|on)|[Ss]hip to)\s+([^\n.?!;]{4,80}?)(?=\s*(?:[.?!;]\s|[.?!;]?$))/gmu, at: () => ({ cue: Cue.ANNOUNCE }) },
  ];

  it('finds at the candidates exactly what a global search finds', () => {
    for (const { global, at } of cases) {
      const sticky = new RegExp(global.source, global.flags.replace('g', 'y'));
      for (const text of TEXTS) {
        const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
        const found: Array<[number, string]> = [];
        const where = at(text);
        const cursor = { k: 0 };
        const index = indexText(text);
        sticky.lastIndex = 0;
        let from = 0;
        for (;;) {
          const m = 'positions' in where ? nextAt(sticky, text, where.positions, cursor) : nextAtCue(sticky, text, index, where.cue, from, cursor);
          if (!m) break;
          found.push([m.index, m[0]]);
          from = m.index + m[0].length;
        }
        expect(found, `${global.source.slice(0, 30)} on ${JSON.stringify(text.slice(0, 40))}`).toEqual(expected);
      }
    }
  });
});

describe('cue gates', () => {
  it('never hide a match of their expression', () => {
    const samples = [...TEXTS, 'thank you ', 'my co-worker ', 'her fiancée ', 'x-mother ', 'émother ', 'Mr., ', 'name : ', 'moved to ', 'Dear\u00a0', 'DR. '];
    let matched = 0;
    for (const text of samples) {
      for (let end = 0; end <= text.length; end++) {
        const before = text.slice(Math.max(0, end - 24), end);
        for (const { re, ends } of CUE_GATES) {
          const hit = re.test(before);
          if (hit) matched++;
          if (hit) expect(mayEndWithCue(cueTail(before), ends), JSON.stringify(before)).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(10);
  });
});

describe('the gate after a full stop or a comma', () => {
  it('lets every strong person cue through and no place cue ends there', () => {
    const words = ['Dr', 'Mr', 'M', 'xM', 'éM', 'Sig.ra', 'Dott.ssa', 'Señor', 'Regards', 'Sincerely', 'dear', 'édear', '’dear', 'xdear', "I'm", 'name', 'Jr', 'yours', 'Thanks', 'to'];
    let matched = 0;
    let closed = 0;
    for (const w of words) {
      for (const pre of ['', ' ', 'x', 'é', '’', 'Hello ']) {
        for (const sign of ['.', ',', '.,']) {
          for (const space of ['', ' ', '\n', ' "']) {
            const text = `${pre}${w}${sign}${space}Okafor`;
            const start = text.length - 'Okafor'.length;
            const context = text.slice(Math.max(0, start - 40), start);
            expect(STOP_GATE.place.test(context)).toBe(false);
            const hit = STOP_GATE.person.some((re) => re.test(context));
            if (hit) matched++;
            if (!STOP_GATE.cueWordBeforeSign(text, start)) closed++;
            if (hit) expect(STOP_GATE.cueWordBeforeSign(text, start), JSON.stringify(context)).toBe(true);
          }
        }
      }
    }
    // Both sides are exercised: cues that match, and signs the gate closes.
    expect(matched).toBeGreaterThan(50);
    expect(closed).toBeGreaterThan(50);
  });
});
