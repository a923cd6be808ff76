import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from '../../core/guard.js';
import { createDefaultRegistry } from '../index.js';
import { resolveOverlaps, type PiiMatch } from './detect.js';
import { detectPii } from './index.js';

const found = (text: string, min = 0.5) => detectPii(text, { entities: false }).filter((m) => m.score >= min).map((m) => [m.type, text.slice(m.start, m.end)]);

describe('pii structured detection: runs a reviewer broke', () => {
  it('a grouped number refused by its check digits still hides the windows inside it', () => {
    // Before: the refused window at 0 let the pattern be tried again at 5, and "2810 1298 2104" came out as an Aadhaar.
    expect(found('7389 2810 1298 2104 6854 no:', 0)).toEqual([]);
  });

  it('a long run of dotted digit groups is read once, not once per group', () => {
    // 200 KB of 100.131.162.…: about 22 s with the per-group walk, milliseconds now (the 5 s test timeout is the guard).
    const run = Array.from({ length: 50_000 }, (_, i) => String(100 + ((i * 31) % 900))).join('.');
    expect(() => detectPii(run, { entities: false })).not.toThrow();
  }, 5_000);
});

describe('pii structured detection', () => {
  it('takes no list of scores, sizes or a four-part build number for a phone number', () => {
    for (const text of ['Scores: 120 115 98 87 in the four rounds.', 'Dimensions 210 297 10 12 mm', 'The build 532.123.45.67 failed.', 'We counted 0 532 birds and 12 nests.']) {
      expect(found(text).filter(([t]) => t === 'PHONE'), text).toEqual([]);
    }
  });

  it('finds validated values with exact spans', () => {
    expect(found('mail me at jane.doe+x@example.co.uk today')).toEqual([['EMAIL', 'jane.doe+x@example.co.uk']]);
    // A URL's password before its host is a credential, not an address; a plain address after a colon still is one.
    expect(found('DATABASE_URL=postgres://admin:Vq8tZ2mKp4Lr9sXw@db.internal.example.com:5432/app').filter(([t]) => t === 'EMAIL')).toEqual([]);
    expect(found('Contact:jane.doe@example.com')).toEqual([['EMAIL', 'jane.doe@example.com']]);
    expect(found('card: 4111 1111 1111 1111.')).toEqual([['CREDIT_CARD', '4111 1111 1111 1111']]);
    expect(found('mc 2221 0000 0000 0009 ok')).toEqual([['CREDIT_CARD', '2221 0000 0000 0009']]);
    expect(found('pay to GB82 WEST 1234 5698 7654 32 AND thanks')).toEqual([['IBAN', 'GB82 WEST 1234 5698 7654 32']]);
    expect(found('His social security number is 078-05-1121')).toEqual([['US_SSN', '078-05-1121']]);
    expect(found('from 192.168.10.1 and 2001:db8::8a2e:370:7334')).toEqual([['IP_ADDRESS', '192.168.10.1'], ['IP_ADDRESS', '2001:db8::8a2e:370:7334']]);
    expect(found('MAC: 00:1A:2B:3C:4D:5E')).toEqual([['MAC_ADDRESS', '00:1A:2B:3C:4D:5E']]);
    expect(found('call +1 415 555 0132 now')).toEqual([['PHONE', '+1 415 555 0132']]);
    // A national trunk prefix written apart from the area code is still one.
    expect(found('0 532 123 45 67')).toEqual([['PHONE', '0 532 123 45 67']]);
    expect(found('0 (917) 123 4567')).toEqual([['PHONE', '0 (917) 123 4567']]);
    expect(found('see https://example.org/a?b=1.')).toEqual([['URL', 'https://example.org/a?b=1']]);
    // Upper case too (the old whole-text prefilter looked for "www." in lower case only).
    expect(found('Visit WWW.EXAMPLE.COM/offers')).toEqual([['URL', 'WWW.EXAMPLE.COM/offers']]);
    expect(found('codice fiscale RSSMRA85T10A562S')).toEqual([['NATIONAL_ID', 'RSSMRA85T10A562S']]);
    expect(found('hetu 131052-308T')).toEqual([['NATIONAL_ID', '131052-308T']]);
    expect(found('wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toEqual([['CRYPTO', '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed']]);
    expect(found('NPI: 1234567893')).toEqual([['MEDICAL_ID', '1234567893']]);
    expect(found('born on 12/03/1985')).toEqual([['DATE_TIME', '12/03/1985']]);
  });

  it('rejects look-alikes: bad checksums, sample numbers, versions, hashes', () => {
    expect(found('order 4111 1111 1111 1112')).toEqual([]);
    expect(found('ssn 078-05-1120')).toEqual([]);
    expect(found('ssn 666-12-3456')).toEqual([]);
    expect(found('IBAN GB82 WEST 1234 5698 7654 33')).toEqual([]);
    expect(found('sha 8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189')).toEqual([]);
    expect(found('NPI 1234567890')).toEqual([]);
  });

  it('context words raise weak formats over the threshold', () => {
    expect(found('121000358')).toEqual([]);
    expect(found('routing number 121000358')).toEqual([['BANK_ACCOUNT', '121000358']]);
    expect(found('my passport is A12803456')).toEqual([['PASSPORT', 'A12803456']]);
    expect(found('A12803456')).toEqual([]);
  });

  it('spans index UTF-16 text exactly, astral characters included', () => {
    const text = '😀😀 contact: ana@example.com 😀';
    const [m] = detectPii(text, { entities: false });
    expect(text.slice(m!.start, m!.end)).toBe('ana@example.com');
  });

  it('finds the same in a slice of a larger text, in Latin-1 and two-byte text, lone surrogates included', () => {
    // The scan copies its text (see flatCopy in detect.ts): every code unit and offset must survive.
    const cases: [string, string[]][] = [
      ['Zoë paid with 4111 1111 1111 1111, mail zoë.x@example.com', ['4111 1111 1111 1111', 'x@example.com']],
      ['\ud800 card 4111 1111 1111 1111 \udc00 ssn 078-05-1121 \udfff', ['4111 1111 1111 1111', '078-05-1121']],
      ['東京 IBAN GB82 WEST 1234 5698 7654 32 € ssn 078-05-1121', ['GB82 WEST 1234 5698 7654 32', '078-05-1121']],
    ];
    for (const [text, values] of cases) {
      const whole = detectPii(text, { entities: false });
      expect(whole.map((m) => text.slice(m.start, m.end))).toEqual(expect.arrayContaining(values));
      const padded = `${'x'.repeat(5000)} ${text} ${'y'.repeat(5000)}`;
      const slice = padded.slice(5001, 5001 + text.length);
      expect(slice).toBe(text);
      expect(detectPii(slice, { entities: false })).toEqual(whole);
    }
    // U+0131 cut to one byte would be the digit 1 that completes a valid card number.
    expect(found('card 4111 1111 1111 111\u0131 ok', 0)).toEqual([]);
  });

  it('never throws and returns in-range spans on arbitrary text (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const m of detectPii(s)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('redacts cards through the built-in policy and leaves a flagged e-mail alone', async () => {
    const guard = createGuard(undefined, { registry: createDefaultRegistry() });
    const d = await guard.checkInput('my card is 4111 1111 1111 1111, mail a@b.io');
    expect(d.action).toBe('redact');
    expect(d.redactedText).toBe('my card is [CREDIT_CARD], mail a@b.io');
    expect(d.findings.find((f) => f.kind === 'EMAIL')?.action).toBe('flag');
  });
});

describe('overlap resolution', () => {
  /** The rule spelled out plainly: best first (score, then length, then start, ties in input order), no overlap with a kept one. */
  function reference(candidates: PiiMatch[]): PiiMatch[] {
    const order = [...candidates].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: PiiMatch[] = [];
    for (const c of order) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
    return kept.sort((a, b) => a.start - b.start);
  }

  // Few distinct scores and spans, so ties (which only input order decides) are common; lists
  // long and short, as the sort differs by length.
  const candidate = fc.record({
    type: fc.constantFrom('PHONE', 'US_SSN', 'CREDIT_CARD'),
    format: fc.constant('F'),
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 12 }),
    score: fc.constantFrom(0.3, 0.5, 0.5, 0.9),
  }).map(({ length, ...c }) => ({ ...c, end: c.start + length }) as PiiMatch);

  it('keeps the same matches as the plain rule, ties included', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 120 }), (list) => {
        expect(resolveOverlaps(list.map((c) => ({ ...c })))).toEqual(reference(list));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('look-alikes from blind batch N', () => {
  const types = (text: string) => detectPii(text, { entities: false }).filter((f) => f.score >= 0.5).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('reads a 5-4 grouping as a ZIP+4 code unless the words around say SSN', () => {
    expect(types('Shipping address ZIP: 10001-1234')).toEqual([]);
    expect(types('SSN: 10001-1234')).toEqual(['US_SSN:10001-1234']);
    expect(types('SSN 536-22-1427')).toEqual(['US_SSN:536-22-1427']);
  });

  it('leaves a bare barcode number under its name alone, not a card number', () => {
    expect(types('{"ean":"5901234123457"}')).toEqual([]);
    expect(types('EAN-13: 5901234123457')).toEqual([]);
    expect(types('card 5901234123457')).toEqual(['CREDIT_CARD:5901234123457']);
    // Nor in a table's barcode column, whose rows hold quoted commas.
    expect(types('sku,ean,description,price\nHX-2291,5901234123457,"Cotton hoodie, black",39.90')).toEqual([]);
    expect(types('sku,card,description,price\nHX-2291,5901234123457,"Cotton hoodie, black",39.90')).toEqual(['CREDIT_CARD:5901234123457']);
    // A card number's length is no barcode's: a 16-digit card under a barcode name is still a card.
    expect(types('name,ean\nBob,4111111111111111')).toEqual(['CREDIT_CARD:4111111111111111']);
  });

  it('reads a dotted quad after a version word in Spanish, Portuguese or Italian as a version', () => {
    expect(types('La versión 2.3.1.0 del firmware')).toEqual([]);
    expect(types('A versão 2.3.1.0 já está disponível')).toEqual([]);
    expect(types('Il server 10.2.0.5 non risponde')).toEqual(['IP_ADDRESS:10.2.0.5']);
  });
});

describe('look-alikes and context from blind batch P', () => {
  const types = (text: string) => detectPii(text, { entities: false }).filter((f) => f.score >= 0.5).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('reads a dotted quad after a product token in a user agent as a version', () => {
    expect(types('Mozilla/5.0 (X11; Linux x86_64) Chrome/119.0.0.0 Safari/537.36')).toEqual([]);
    expect(types('client 119.12.0.4 sent the request')).toEqual(['IP_ADDRESS:119.12.0.4']);
  });

  it('reads a long digit run with a decimal part as a number, not a dotted phone number', () => {
    expect(types('{"level":"error","ts":1732702931.2241,"caller":"billing"}')).toEqual([]);
    expect(types('call 604.555.0177 today')).toEqual(['PHONE:604.555.0177']);
  });

  it('takes "call us" in Spanish as phone context', () => {
    expect(types('Llámenos al 55 1234 5678 o al 800 123 4567 sin costo.')).toEqual(['PHONE:55 1234 5678', 'PHONE:800 123 4567']);
  });
});

describe('look-alikes and context from blind batch S', () => {
  const types = (text: string) => detectPii(text, { entities: false }).filter((f) => f.score >= 0.5).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('reads a subnet mask as no address, the broadcast address and a host as addresses', () => {
    expect(types('ifconfig eth1 netmask 255.255.0.0 mtu 9000 up')).toEqual([]);
    expect(types('   Subnet Mask . . . . . . . . . . . : 255.255.255.0')).toEqual([]);
    expect(types('Broadcast 255.255.255.255')).toEqual(['IP_ADDRESS:255.255.255.255']);
    expect(types('ifconfig eth1 192.168.40.7 netmask 255.255.255.128')).toEqual(['IP_ADDRESS:192.168.40.7']);
  });

  it('reads 123-45-6789 as a Social Security number even beside a phone word, never as a phone number', () => {
    expect(types('Caller: Actually here is the full one, 763-86-3505.')).toEqual(['US_SSN:763-86-3505']);
    expect(types('SSN: 780-32-4810\nPhone: (412) 555-0166')).toEqual(['US_SSN:780-32-4810', 'PHONE:(412) 555-0166']);
  });

  it('keeps a phone number inside its tab-separated cell', () => {
    const tsv = 'Name\tDept\tExt\tMobile\nOwen Price\tIT\t2290\t07700 900562';
    expect(types(tsv).filter((t) => t.startsWith('PHONE'))).toEqual(['PHONE:07700 900562']);
  });

  it('takes "kontakt" as phone context and "acct" as account context', () => {
    expect(types('Proszę o kontakt: 22 621 34 58.')).toEqual(['PHONE:22 621 34 58']);
    expect(types('Acct # 0047 2291 38')).toEqual([]);
  });
});

describe('look-alikes and context from blind batch T', () => {
  const types = (text: string) => detectPii(text, { entities: false }).filter((f) => f.score >= 0.5).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('reads a card number in dotted groups of four, and no other dotted run as one', () => {
    expect(types('| 4705.5086.6700.6722 | 11/27 |')).toEqual(['CREDIT_CARD:4705.5086.6700.6722']);
    expect(types('build 4705.5086.6700.6722.1 shipped')).not.toContain('CREDIT_CARD:4705.5086.6700.6722');
  });

  it('reads an e-mail address at an internationalised domain', () => {
    expect(types('Bestellungen bitte an info@bücherstube-müller.de')).toEqual(['EMAIL:info@bücherstube-müller.de']);
  });

  it('takes "my number is" as phone context and a customer number as none', () => {
    expect(types('Buenas, mi número es el 915 73 46 28 y el correo está abajo.')).toEqual(['PHONE:915 73 46 28']);
    expect(types('Mon numéro client est le 0012 3456 7890 ; le dossier est suivi.')).toEqual([]);
  });
});

describe('look-alikes and context from blind batch U (session 23)', () => {
  const types = (text: string) => detectPii(text, { entities: false }).filter((f) => f.score >= 0.5).map((f) => `${f.type}:${text.slice(f.start, f.end)}`);

  it('reads a number dialled with the IDD prefix 00 as an international one, when valid', () => {
    expect(types('Ruf mich an unter 0049 30 25894471 oder schreib mir')).toEqual(['PHONE:0049 30 25894471']);
    expect(types('Konto 0012 3456 7890 12')).toEqual([]);
  });

  it('takes "number" and "call me" in Russian, Hindi and Norwegian as phone context', () => {
    expect(types('Мой номер 8 (916) 482-37-15.')).toEqual(['PHONE:8 (916) 482-37-15']);
    expect(types('मेरा नंबर 98201 47536 है')).toEqual(['PHONE:98201 47536']);
    expect(types('kan du ringe meg på 412 85 369?')).toEqual(['PHONE:412 85 369']);
  });

  it('reads e-mail domains in other scripts, ended by their punctuation', () => {
    expect(types('問い合わせ先：info@さくら書店.jp（平日）')).toEqual(['EMAIL:info@さくら書店.jp']);
    expect(types('البريد ahmed.alzahrani@gmail.com، الجوال')).toEqual(['EMAIL:ahmed.alzahrani@gmail.com']);
  });

  it('reads a postcode before its town, an IBAN group after its country code and a parts list as no phone', () => {
    expect(types('Postcodes: 75008 Paris, 01310-100 São Paulo, 560001 Bengaluru')).toEqual([]);
    expect(types('IBAN check failed: FR20 0518 8536 62RQ 20A4 VM1M 427')).toEqual([]);
    expect(types('Parts list: Bosch injector 0 280 158 827, Febi sensor 0412-558-7730')).toEqual([]);
  });
});
