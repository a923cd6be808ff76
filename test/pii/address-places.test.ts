import { describe, expect, it } from 'vitest';
import { createGuard } from '../../src/core/guard.js';
import { redactSpans } from '../../src/core/redact.js';
import type { Finding } from '../../src/core/types.js';
import { auditContent } from '../../src/gateway/audit-content.js';
import { createRedactor } from '../../src/redact/modes.js';
import { PseudonymVault } from '../../src/redact/pseudonyms.js';
import { StreamRedactor, type SpanDetector } from '../../src/redact/stream.js';
import { createStringRedactor } from '../../src/redact/worker-config.js';
import { createDefaultRegistry } from '../../src/scanners/index.js';
import { detectStructured } from '../../src/scanners/pii/detect.js';
import { detectEntities } from '../../src/scanners/pii/entities/detect.js';
import { detectPii } from '../../src/scanners/pii/index.js';

/**
 * With the pii option `placesInAddresses` (off by default), an address block is one ADDRESS and its
 * city, state or region and country are LOCATION findings inside it. Everything downstream must
 * handle the overlap: one clean replacement of the block.
 */
const PLACES = { placesInAddresses: true } as const;

const BLOCK = '221B Baker Street, London NW1 6XE, United Kingdom';
const TEXT = `Please ship it to ${BLOCK}. Thanks!`;

const found = (text: string, types = ['PERSON', 'LOCATION', 'ADDRESS', 'ORGANIZATION']) =>
  detectPii(text, { types, ...PLACES })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);

const asFindings = (text: string): Finding[] =>
  detectPii(text, PLACES)
    .filter((m) => m.score >= 0.5)
    .map((m) => ({ scanner: 'pii', kind: m.type, score: m.score, start: m.start, end: m.end }));

describe('places inside an address block', () => {
  it('reports the block as ADDRESS and its city and country as LOCATION inside it', () => {
    expect(found(TEXT)).toEqual([
      ['ADDRESS', BLOCK],
      ['LOCATION', 'London'],
      ['LOCATION', 'United Kingdom'],
    ]);
    // A sentence running on after the block is no part of the place (the ADDRESS span is as it was).
    const runOn = `Please ship it to ${BLOCK} by Friday.`;
    expect(found(runOn).filter(([t]) => t === 'LOCATION')).toEqual([
      ['LOCATION', 'London'],
      ['LOCATION', 'United Kingdom'],
    ]);
  });

  it('splits a city from a state code and skips units and postcodes, on lines and after commas', () => {
    expect(found('Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32\nAalborg NO 9100')).toEqual([
      ['PERSON', 'Barbara Yudina'],
      ['ADDRESS', 'Apt. 675'],
      ['ADDRESS', '62314 Mellemvej 32\nAalborg NO 9100'],
      ['LOCATION', 'Aalborg'],
      ['LOCATION', 'NO'],
    ]);
    expect(found('Marisa Bisliev\n\n583 Magrethevej 298\n Apt. 123\n Qasigiannguit\n Greenlander 07609')).toEqual([
      ['PERSON', 'Marisa Bisliev'],
      ['ADDRESS', '583 Magrethevej 298\n Apt. 123\n Qasigiannguit\n Greenlander 07609'],
      ['LOCATION', 'Qasigiannguit'],
      ['LOCATION', 'Greenlander'],
    ]);
    // A postcode before the city ("10115 Berlin") is not part of the place.
    expect(found('Send it to Hubertusweg 45, 10115 Berlin, Germany. Thanks')).toEqual([
      ['ADDRESS', 'Hubertusweg 45, 10115 Berlin, Germany'],
      ['LOCATION', 'Berlin'],
      ['LOCATION', 'Germany'],
    ]);
    // The city after an announced address ("lives at …, Goiânia").
    expect(found('Tomomi Nishiyama lives at 86036 Rua do Arenque 1634, Goiânia')).toContainEqual(['LOCATION', 'Goiânia']);
  });

  it('hand-written blocks: exactly the places, whatever the country', () => {
    const cases: Array<[string, string[]]> = [
      ['Bitte an Hauptstraße 5, 80331 München, Deutschland schicken.', ['München', 'Deutschland']],
      ['Envoyez-le au 12 rue de la Paix, 75002 Paris, France merci', ['Paris', 'France']],
      ['Flat 3, Rose Court, 14 High Street, Oxford OX1 4AA', ['Oxford']],
      ['Return address: 500 Oracle Parkway, Redwood Shores, CA 94065, USA', ['Redwood Shores', 'CA', 'USA']],
      ['The package went to 77 Massachusetts Ave, Cambridge, MA 02139 and came back.', ['Cambridge', 'MA']],
      ['Ship to: 42 Wallaby Way, Sydney NSW 2000, Australia', ['Sydney', 'NSW', 'Australia']],
      ['Address: 350 Fifth Avenue, Empire State Building, New York, NY 10118', ['New York', 'NY']],
      ['He lives at 4 Privet Drive, Little Whinging, Surrey.', ['Little Whinging', 'Surrey']],
      ['Invoice\n221B Baker Street\nLondon NW1 6XE\nPhone: 020 7946 0000', ['London']],
      ['We moved to 8 Elm Court, Riverside Estate, Leeds LS1 2AB last week', ['Leeds']],
    ];
    for (const [text, places] of cases) {
      const all = detectPii(text, PLACES).filter((m) => m.score >= 0.5);
      const addresses = all.filter((m) => m.type === 'ADDRESS');
      const inside = all.filter((m) => m.type === 'LOCATION' && addresses.some((a) => a.start <= m.start && m.end <= a.end));
      expect(inside.map((m) => text.slice(m.start, m.end)), text).toEqual(places);
    }
  });

  it('reports no street, building, unit or postcode as a place', () => {
    const text = 'Deliver to 12 Main Street, Baker House, Suite 5, Springfield, IL 62704 please';
    const places = found(text).filter(([t]) => t === 'LOCATION');
    expect(places).toEqual([
      ['LOCATION', 'Springfield'],
      ['LOCATION', 'IL'],
    ]);
    expect(found('Deliver to 12 Main Street, 62704 please').filter(([t]) => t === 'LOCATION')).toEqual([]);
  });

  it('places follow their address: none when addresses or places are not wanted, none past a phone number', () => {
    expect(found(TEXT, ['ADDRESS'])).toEqual([['ADDRESS', BLOCK]]);
    const structured = detectStructured(TEXT, { minScore: 0.25 });
    const off = detectEntities(TEXT, structured, { minScore: 0.25, placesInAddresses: false });
    expect(off.filter((m) => m.score >= 0.5).map((m) => [m.type, TEXT.slice(m.start, m.end)])).toEqual([['ADDRESS', BLOCK]]);
    // Every place lies inside a reported ADDRESS.
    const text = 'Debra Neal\n\n3536 1659 Hoog St\n Apt. 839\n Brakpan\n South Africa 70651\n082 490 1693-Office';
    const all = detectPii(text, PLACES).filter((m) => m.score >= 0.5);
    const addresses = all.filter((m) => m.type === 'ADDRESS');
    const places = all.filter((m) => m.type === 'LOCATION');
    expect(places.map((m) => text.slice(m.start, m.end))).toEqual(['Brakpan', 'South Africa']);
    for (const p of places) expect(addresses.some((a) => a.start <= p.start && p.end <= a.end)).toBe(true);
  });
});

describe('redacting an address that holds places', () => {
  const MASKED = 'Please ship it to [ADDRESS]. Thanks!';

  it('redactSpans: one mask for the block, nothing of the places left', () => {
    const findings = asFindings(TEXT);
    expect(findings.map((f) => f.kind)).toEqual(['ADDRESS', 'LOCATION', 'LOCATION']);
    expect(redactSpans(TEXT, findings)).toBe(MASKED);
    // The order findings come in does not matter.
    expect(redactSpans(TEXT, [...findings].reverse())).toBe(MASKED);
  });

  it('pseudonym mode: one ADDRESS token that restores to the whole block', () => {
    const vault = new PseudonymVault();
    const replacer = createRedactor({ vault, override: { mode: 'pseudonym' } });
    const out = redactSpans(TEXT, asFindings(TEXT), replacer);
    expect(out).toBe('Please ship it to ADDRESS_1. Thanks!');
    expect(out).not.toMatch(/LOCATION_/);
    expect(vault.restore(out)).toBe(TEXT);
  });

  it('the guard redacts the block once in mask and pseudonym modes', async () => {
    const policy = (mode: string) => ({
      version: 1 as const,
      input: { scanners: { pii: { action: 'redact' as const, options: { ...PLACES, redaction: { mode } } } } },
    });
    const masked = await createGuard(policy('mask'), { registry: createDefaultRegistry(), replacer: createRedactor() }).checkInput(TEXT);
    expect(masked.redactedText).toBe(MASKED);
    const vault = new PseudonymVault();
    const pseudo = await createGuard(policy('pseudonym'), { registry: createDefaultRegistry(), replacer: createRedactor({ vault }) }).checkInput(TEXT);
    expect(pseudo.redactedText).toBe('Please ship it to ADDRESS_1. Thanks!');
    expect(vault.restore(pseudo.redactedText!)).toBe(TEXT);
  });

  it('the guard redacts only the places when only LOCATION is redacted', async () => {
    const policy = {
      version: 1 as const,
      input: { scanners: { pii: { action: 'flag' as const, options: PLACES, kinds: { LOCATION: { action: 'redact' as const } } } } },
    };
    const d = await createGuard(policy, { registry: createDefaultRegistry(), replacer: createRedactor() }).checkInput(TEXT);
    expect(d.redactedText).toBe('Please ship it to 221B Baker Street, [LOCATION] NW1 6XE, [LOCATION]. Thanks!');
  });

  it('rampart redact and the audit masking (default options) replace the block once', () => {
    const byType: Record<string, number> = {};
    expect(createStringRedactor({ entities: true, mode: 'mask' }, byType)(TEXT)).toBe(MASKED);
    expect(auditContent([{ role: 'user', content: TEXT }], undefined).messages[0]!.text).toBe(MASKED);
  });

  it('the stream redactor: the places change nothing, whatever the chunking, and none leaks', () => {
    const spansOf =
      (places: boolean): SpanDetector =>
      (text) =>
        detectEntities(text, detectStructured(text, { minScore: 0.25 }), { minScore: 0.25, placesInAddresses: places })
          .filter((m) => m.score >= 0.5)
          .map((m) => ({ kind: m.type, start: m.start, end: m.end }));
    const withPlaces = spansOf(true);
    const long = `${'Some words before the address. '.repeat(12)}${TEXT} ${'And some words after it. '.repeat(12)}`;
    expect(withPlaces(long).filter((s) => s.kind === 'LOCATION')).toHaveLength(2);
    const run = (detect: SpanDetector, size: number) => {
      const r = new StreamRedactor({ detect, holdBack: 64, contextChars: 64 });
      let out = '';
      for (let i = 0; i < long.length; i += size) out += r.push(long.slice(i, i + size));
      return out + r.end();
    };
    for (const size of [1, 7, 40, 500]) {
      const out = run(withPlaces, size);
      expect(out, `chunks of ${size}`).toBe(run(spansOf(false), size));
      expect(out).not.toMatch(/Baker|London|NW1|United Kingdom|LOCATION/);
    }
    // In chunks that never end the emitted text right at the block, the stream equals one-shot redaction.
    expect(run(withPlaces, 500)).toBe(redactSpans(long, asFindings(long)));
  });
});
