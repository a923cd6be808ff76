import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorCandidates, findAnchors } from './anchors.js';
import { STRUCTURED_RECOGNIZERS, detectStructured } from './detect.js';
import { dispatchDigitRuns } from './digit-runs.js';
import { digitsOf, type Recognizer } from './recognizer.js';
import { numericDateAt } from './recognizers/dates.js';

/**
 * The engine tries anchored and digit-group recognizers only at chosen positions. These tests hold
 * it to what a plain scan of the whole text with each pattern finds: no position where a pattern
 * matches may be skipped.
 */

const FRAGMENTS = [
  '4111 1111 1111 1111', '4111-1111-1111-1111', 'GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', '078-05-1121', '078 05 1121',
  'jane.doe+x@example.co.uk', '+1 415 555 0132', '(415) 555-0132', '+44 (0) 20 7946 0958', '0917 123 4567', '555-0132 x12', '082 490 1693-Office',
  '192.168.10.1', '10.0.0.1/24', '2001:db8::8a2e:370:7334', 'fe80::1', '::1', '00:1A:2B:3C:4D:5E', 'aa-bb-cc-dd-ee-ff', '0011.2233.4455',
  'https://example.org/a?b=1', 'HTTP://X.COM', 'ws://h:1', 'www.example.com', 'example.com', 'mail.google.co.uk',
  '12 March 1980', 'March 12, 1980', '12th of May', 'Sept 2020', 'Dec-05', '12-Mar-1980', '1980-03-12', '12/03/1985', '2024-05-01 12:34:56',
  'RSSMRA85T10A562S', '131052-308T', '131052A308T', 'AB 12 34 56 C', 'AB123456C', '12345678Z', 'X1234567L', '12345678-Z', 'ABCDE1234F',
  '1EG4-TE5-MK73', '1EG4TE5MK73', 'MORGA657054SM9IJ', 'T22000129', 'L01X00T47', '1 85 05 78 006 084 36', '2 99 12 2A 123 456 78',
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
  '121000358', '1234567893', '943 47 6643', '21 345 678 901', '811218-9876', '19811218-9876', '2345 6789 0124', '9001015009087',
  'passport A12803456', 'driver licence D1234567', 'ssn', 'phone', 'born', 'v4.2.1', 'ts=1704067200000', 'order #123456789', 'x_131052-308T',
  // Near misses of the anchor tests and the bare-number gate.
  'Sept. 5', 'since March.', 'Mar-05', 'ab 12 34 56 d', 'AB 123456 c', 'id 123456789012', 'In 2023 we', '"id":1234,', 'fe80:12345::1',
  'call 0123456789', 'tel:0917123456', '12345678x12', '1234567 ext 12', 'req=12345678', '2024-05-01T12:34:56Z',
  '5 March', '12th-Dec-2020', '12345 March', 'on May 5', '811218+9876', '1234567890.12', '1000.1.2.3', '912-34-5678', '2 85 05 78 006 084 36',
];
const ALPHABET = [...'0123456789 -./:()+@_#,;=\nabcdefxyzABCDEFXYZ'];

const texts = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...ALPHABET)), { maxLength: 40 }).map((parts) => parts.join(''));

/** Start offsets of the matches a global scan of the whole text finds. */
function globalMatches(r: Recognizer, text: string): RegExpExecArray[] {
  const re = new RegExp(r.pattern.source, r.pattern.flags);
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(m);
  }
  return out;
}

const all = STRUCTURED_RECOGNIZERS.map(() => true);

describe('anchored recognizers', () => {
  const anchored = STRUCTURED_RECOGNIZERS.filter((r) => r.anchor);

  it('cover most structured formats (the others are gated by keywords or made of digit groups)', () => {
    const rest = STRUCTURED_RECOGNIZERS.filter((r) => !r.anchor && !r.digits);
    expect(rest.every((r) => r.keywords)).toBe(true);
    expect(anchored.length).toBeGreaterThanOrEqual(15);
  });

  it('propose no position in plain prose, and the value itself in a sentence that has one', () => {
    const prose = 'The quarterly report shows revenue grew in most regions while costs stayed flat, see attached.';
    expect(anchorCandidates(prose, STRUCTURED_RECOGNIZERS, all).flat()).toEqual([]);
    const text = `${prose} Pay to GB82 WEST 1234 5698 7654 32 by Friday.`;
    const iban = STRUCTURED_RECOGNIZERS.findIndex((r) => r.format === 'IBAN');
    expect(anchorCandidates(text, STRUCTURED_RECOGNIZERS, all)[iban]).toEqual([text.indexOf('GB82')]);
  });

  it('find what a whole-text scan of every pattern finds (fuzz)', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(detectStructured(text, { minScore: 0 })).toEqual(detectStructured(text, { minScore: 0, wholeText: true }));
      }),
      { numRuns: 500 },
    );
  });

  it('propose the same positions for the active recognizers whatever others are switched off (fuzz)', () => {
    // Switched-off recognizers change which token table serves the scan (see tokenTable).
    const full = (text: string) => anchorCandidates(text, STRUCTURED_RECOGNIZERS, all);
    fc.assert(
      fc.property(texts, fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }), (text, active) => {
        const expected = full(text).map((list, i) => (active[i] ? list : []));
        expect(anchorCandidates(text, STRUCTURED_RECOGNIZERS, active)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('find what a whole-text scan finds for each known format, alone and inside text', () => {
    for (const fragment of FRAGMENTS) {
      for (const text of [fragment, `see ${fragment}.`, `a,${fragment};b`, `${fragment}\n${fragment}`]) {
        expect(detectStructured(text, { minScore: 0 }), text).toEqual(detectStructured(text, { minScore: 0, wholeText: true }));
      }
    }
  });

  it('check `next`, `digitNext` and `gap` without calling the test, and find character anchors in the token pass', () => {
    const seen: string[] = [];
    const test = (t: string, s: number, e: number) => (seen.push(t.slice(s, e)), true);
    const recognizer = (anchor: Recognizer['anchor']): Recognizer => ({ type: 'DATE_TIME', format: 'X', anchor, pattern: /x/g, validate: () => 1 });
    const list = [
      recognizer({ token: [3, 9], digitToken: [1, 2], follow: ' -', next: '0123456789', digitNext: 'm', test }),
      recognizer({ token: [2, 9], prefix: 'LLD', gap: ' ', test }),
      recognizer({ char: '.', follow: 'abc' }),
    ];
    const text = 'march 5, april x, 12 may, 12 june; AB 12, CD x, EF12. a.b';
    const candidates = anchorCandidates(text, list, [true, true, true]);
    expect(seen).toEqual(['march', '12', 'AB', 'EF12']);
    expect(candidates).toEqual([[0, 18], [35, 48], [text.indexOf('a.b') + 1]]);
    // Without a token anchor the character is searched for apart: the same positions.
    expect(anchorCandidates(text, list, [false, false, true])[2]).toEqual(candidates[2]);
  });
});

describe('digit-group recognizers', () => {
  it('are tried wherever a whole-text scan finds a value their validator accepts', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const tried = STRUCTURED_RECOGNIZERS.map(() => new Set<number>());
        dispatchDigitRuns(text, STRUCTURED_RECOGNIZERS, all, (index, at) => {
          tried[index]!.add(at);
          const re = new RegExp(STRUCTURED_RECOGNIZERS[index]!.pattern.source, `${STRUCTURED_RECOGNIZERS[index]!.pattern.flags.replace('g', '')}y`);
          re.lastIndex = at;
          const m = re.exec(text);
          return m ? at + m[0].length : -1;
        });
        STRUCTURED_RECOGNIZERS.forEach((r, i) => {
          if (!r.digits) return;
          for (const m of globalMatches(r, text)) {
            if (r.validate(m[0], text, m.index) === undefined) continue;
            expect(tried[i]!.has(m.index), `${r.format} at ${m.index} of ${JSON.stringify(text)}`).toBe(true);
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('are told which tokens are made of digits only (the dispatch skips over those whole)', () => {
    const { digitTokens } = findAnchors('ab 123 4x5 67, 1234567', STRUCTURED_RECOGNIZERS, all);
    // `67` is a number alone with too few digits for any recognizer: left out. `123` goes on.
    expect([...digitTokens!]).toEqual([-(3 + 1), 6, 7, 10, -(15 + 1), 22]);
    // A short number that a separator and a digit follow begins a run: kept.
    expect([...findAnchors('67 12', STRUCTURED_RECOGNIZERS, all).digitTokens!]).toEqual([-(0 + 1), 2]);
  });

  it('digitsValid passes the digits of every value the validator keeps (fuzz)', () => {
    // Random numbers in the groupings the patterns take, and the known formats among other text.
    const grouped = fc
      .array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('', ' ', '-', '.')), { minLength: 1, maxLength: 4 })
      .chain((shape) => fc.tuple(...shape.map(([n, sep]) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join('') + sep))))
      .map((parts) => parts.join(''));
    const checked = STRUCTURED_RECOGNIZERS.filter((r) => r.digitsValid);
    expect(checked.length).toBeGreaterThanOrEqual(10);
    fc.assert(
      fc.property(fc.oneof(grouped, texts), (text) => {
        for (const r of checked) {
          for (const m of globalMatches(r, text)) {
            if (r.validate(m[0], text, m.index) === undefined) continue;
            expect(r.digitsValid!(digitsOf(m[0])), `${r.format} ${JSON.stringify(m[0])}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('numericDateAt accepts the first group of every numeric date and refuses versions', () => {
    const at = (text: string) => numericDateAt(text, 0, /^\d+/.exec(text)![0].length);
    for (const date of ['2024-05-01', '2024-5-1 12:34', '12/03/1985', '1.3.85', '1-12-2024', '05.01.24']) expect(at(date), date).toBe(true);
    for (const other of ['4.2.1', '10.0.0.1', '2024-05-012', '12/03/198', '123-45-6789', '2024-05/01', '1.23.4']) expect(at(other), other).toBe(false);
  });

  it('a 20-digit hash and an 8-digit id reach no card, SSN or IBAN-length recognizer', () => {
    const tried: string[] = [];
    dispatchDigitRuns('sha 12345678901234567890 req=12345678', STRUCTURED_RECOGNIZERS, all, (index) => {
      tried.push(STRUCTURED_RECOGNIZERS[index]!.format);
      return -1;
    });
    expect(tried).not.toContain('CREDIT_CARD');
    expect(tried).not.toContain('US_SSN');
    expect(tried).not.toContain('PHONE'); // a bare 8-digit number with no phone word before it
  });

  it('a time stamp is not tried as a phone number; dashed numbers with an extension or a space after are', () => {
    const triedAsPhone = (text: string) => {
      const tried: string[] = [];
      dispatchDigitRuns(text, STRUCTURED_RECOGNIZERS, all, (index) => {
        tried.push(STRUCTURED_RECOGNIZERS[index]!.format);
        return -1;
      });
      return tried.includes('PHONE');
    };
    expect(triedAsPhone('2024-05-03T12:34:56Z INFO')).toBe(false);
    expect(triedAsPhone('at 415.555.0132_x')).toBe(false);
    for (const text of ['415-555-0132x12', '415-555-0132 ext 9', '415-555-0132 Office', '2024-05-03 12:34', '415-555-0132', '415.555.0132-Office']) {
      expect(triedAsPhone(text), text).toBe(true);
    }
  });

  it('a bare number is tried as a phone number after a phone word, or with an extension', () => {
    for (const text of ['call 12345678', 'req=12345678 x12', 'req=12345678 ext 9', '0917123456 is mine']) {
      const tried: string[] = [];
      dispatchDigitRuns(text, STRUCTURED_RECOGNIZERS, all, (index) => {
        tried.push(STRUCTURED_RECOGNIZERS[index]!.format);
        return -1;
      });
      expect(tried, text).toContain('PHONE');
    }
  });
});

describe('structured detection on hostile input', () => {
  const MB = 1_000_000;
  let seed = 7;
  const digit = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % 10;
  };
  const fill = (piece: () => string) => {
    const parts: string[] = [];
    let size = 0;
    while (size < MB) {
      const p = piece();
      parts.push(p);
      size += p.length;
    }
    return parts.join('').slice(0, MB);
  };
  const inputs: Record<string, () => string> = {
    'one long digit run': () => '7'.repeat(MB),
    'single digits and spaces': () => fill(() => `${digit()} `),
    'phone-shaped groups, all different': () => fill(() => `+${digit()}${digit()} ${digit()}${digit()}${digit()}${digit()}${digit()}${digit()} `),
    'at signs': () => '@'.repeat(MB),
    'hex and colons': () => fill(() => 'ab:'),
    'dates, a hundred thousand of them': () => fill(() => '12 march '),
    'keyword-gated numbers': () => fill(() => 'passport A1234567 driver 12345 '),
  };

  for (const [name, make] of Object.entries(inputs)) {
    it(`a megabyte of ${name} completes, with validation work linear in the length`, () => {
      const text = make();
      let validations = 0;
      const counted = STRUCTURED_RECOGNIZERS.map((r) => ({
        ...r,
        validate: (value: string, t: string, start: number) => {
          validations++;
          return r.validate(value, t, start);
        },
      }));
      const found = detectStructured(text, { recognizers: counted });
      expect(validations).toBeLessThanOrEqual(2 * text.length);
      for (const m of found) expect(m.end).toBeLessThanOrEqual(text.length);
    }, 120_000);
  }
});
