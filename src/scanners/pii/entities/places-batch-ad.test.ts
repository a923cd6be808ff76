import { describe, expect, it } from 'vitest';
import { detectPii } from '../index.js';

/** PERSON, LOCATION and ADDRESS findings at the default threshold, as [type, text] pairs. */
const found = (text: string) =>
  detectPii(text, { types: ['PERSON', 'LOCATION', 'ADDRESS'] })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);
const locations = (text: string) => found(text).filter(([t]) => t === 'LOCATION').map(([, v]) => v);
const persons = (text: string) => found(text).filter(([t]) => t === 'PERSON').map(([, v]) => v);

// General rules that blind entity batch AD (session 24) showed missing, each with the near miss it must leave alone.
describe('places batch AD showed unread', () => {
  it('reads a word no list knows when "and", "y" or "et" joins it to a known place', () => {
    expect(locations('Next week we drive from Lyon to Annecy and Chamonette.')).toContain('Chamonette');
    expect(locations('Les orages ont touché Valence et Montbrisette.')).toContain('Montbrisette');
    // Not where the word means "in" in another language, and not a code or a compound first name.
    expect(locations('Bokning hos restaurang Havsboden i Göteborg.')).not.toContain('Havsboden');
    expect(locations('Guests: Anna-Lena and Berlin office staff')).not.toContain('Anna-Lena');
  });

  it('reads two places joined by "y" or "e" after a place cue, not a double surname', () => {
    expect(locations('Hace calor en Córdoba y Montoro.')).toEqual(['Córdoba', 'Montoro']);
    expect(persons('Habló con Córdoba y Martínez ayer.')).toEqual(['Córdoba y Martínez']);
    expect(persons('Llegó José Ortega y Gasset a Madrid.')).toEqual(['José Ortega y Gasset']);
  });

  it('reads a known place with a Finnish local case glued on', () => {
    expect(locations('Muutimme viime vuonna Helsinkiin.')).toContain('Helsinkiin');
    expect(locations('Veljeni asuu nykyään Oulussa.')).toContain('Oulussa');
    // A first name that ends like a case form stays a name.
    expect(locations('Tapasin Marissan eilen.')).toEqual([]);
  });

  it('reads a national park and a sound as places, not as a street or a person', () => {
    expect(found('We camped two nights in Glacier Bay National Park before the ferry.')).toContainEqual(['LOCATION', 'Glacier Bay National Park']);
    expect(locations('The cruise ends at Doubtful Sound on Friday.')).toContain('Doubtful Sound');
  });

  it('reads a town after a French verb of living and "à"', () => {
    expect(locations('Sa sœur habite à Carpentras depuis 2019.')).toContain('Carpentras');
    expect(persons('Elle a écrit à Mathilde hier soir.')).toContain('Mathilde');
  });

  it('reads no person in an article opening a sentence, nor in a particle alone', () => {
    expect(persons('El Director General firmó el acuerdo ayer.')).toEqual([]);
    expect(persons('LYON (AFP) - De fortes pluies sont attendues.')).toEqual([]);
    // An article before a known surname opens the surname.
    expect(persons('De Vries belde gisteren over de levering.')).toContain('De Vries');
  });
});

// Capitalised words that are no names, which blind entity batch AF (session 24) read as people.
describe('names batch AF showed false', () => {
  it('reads no person in a holiday, whoever it is named after, but keeps a singer called Day', () => {
    expect(persons('We are closed on Columbus Day and Christmas Eve.')).toEqual([]);
    expect(persons("Tickets for St. Patrick's Day are on sale.")).toEqual([]);
    expect(persons('Doris Day sang at the Palladium.')).toEqual(['Doris Day']);
  });

  it('reads no person or place in a team beside a score, "vs" or a club word', () => {
    expect(found('Real Madrid 2-1 last night, then Leeds United at home.')).toEqual([]);
    expect(found('Ajax vs PSV kicks off at eight.')).toEqual([]);
    // Not a time after a town, nor the Czech "v" (in).
    expect(locations('depart Calgary 07:40, arrive Whitehorse 13:05')).toEqual(['Calgary', 'Whitehorse']);
  });

  it('reads no person in a German noun after its article, nor in a classic dish', () => {
    expect(persons('Der Fischer liefert heute, der Bäcker bringt Brötchen.')).toEqual([]);
    expect(persons('Lunch was a Quiche Lorraine, then a Rob Roy at the bar.')).toEqual([]);
  });
});

// Long documents: blind entity batch AG (session 24).
describe('places batch AG showed unread', () => {
  it('reads a town after a preposition of another language opening a sentence, and under a station or destination label', () => {
    expect(locations('En Valencia, a 15 de noviembre de 2026.')).toEqual(['Valencia']);
    expect(locations('Nach Hamburg fahren wir morgen.')).toEqual(['Hamburg']);
    expect(locations('Destination: Mombasa')).toEqual(['Mombasa']);
  });
});

describe('a word no list knows right after "in" or "near"', () => {
  it('is a place in English text, not a noun after a German preposition', () => {
    expect(locations('Walk to the shops in Elmwood after lunch.')).toEqual(['Elmwood']);
    expect(locations('A crash near Penhill closed the road.')).toEqual(['Penhill']);
    expect(locations('Im Angebot: Brot und Kuchen, nach Zahlungseingang geliefert.')).toEqual([]);
  });
});
