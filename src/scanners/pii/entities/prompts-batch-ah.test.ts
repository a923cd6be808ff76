import { describe, expect, it } from 'vitest';
import { detectPii } from '../index.js';

/** PERSON, LOCATION, ADDRESS and ORGANIZATION findings at the default threshold, as [type, text] pairs. */
const found = (text: string) =>
  detectPii(text, { types: ['PERSON', 'LOCATION', 'ADDRESS', 'ORGANIZATION'] })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);
const ofType = (type: string, text: string) => found(text).filter(([t]) => t === type).map(([, v]) => v);

// General rules that blind entity batch AH (session 25: prompts sent to an assistant) showed missing, each with
// the near miss it must leave alone.
describe('prompts batch AH showed unread', () => {
  it('reads a street without a house number after a preposition as a LOCATION, not a numbered or named street', () => {
    expect(ofType('LOCATION', 'She had her follow-up at the clinic on Greams Lane yesterday.')).toContain('Greams Lane');
    expect(ofType('ADDRESS', 'She had her follow-up at the clinic on Greams Lane yesterday.')).toEqual([]);
    // A house number before it: the street opens an address.
    expect(ofType('LOCATION', 'Collect it from 8 Victoria Terrace, Whitley Bay NE26 2QN.')).toEqual([]);
    // The name of a street before its street word is the street's name ("on Berg Hills Street").
    expect(ofType('LOCATION', 'These early shows on Berg Hills Street were important.')).not.toContain('Berg Hills');
    expect(ofType('LOCATION', 'Article 50 of the Treaty on European Union')).toEqual([]);
  });

  it('reads a street whose street word is a common word ("Road", "Street", "Avenue") after a preposition', () => {
    expect(ofType('LOCATION', 'She had her follow-up at Apollo Hospitals on Greams Road yesterday.')).toContain('Greams Road');
    expect(ofType('LOCATION', 'The ATM on Allen Avenue, Ikeja did not dispense.')).toEqual(['Allen Avenue', 'Ikeja']);
    expect(ofType('PERSON', 'The ATM on Allen Avenue, Ikeja did not dispense.')).toEqual([]);
    // With a house number it opens an address; a name ending in a street word before another stays presidio's ADDRESS.
    expect(ofType('LOCATION', 'Send it to 14 Greams Road, Chennai 600006.')).toEqual([]);
    expect(ofType('ADDRESS', 'these early shows on Berg Hills Street were important')).toEqual(['Berg Hills']);
  });

  it('reads landmarks by their kind word, not a first and a last name', () => {
    expect(ofType('LOCATION', 'We land in Jaipur and want Hawa Mahal, the City Palace and Meenakshi Temple.')).toEqual(expect.arrayContaining(['Hawa Mahal', 'City Palace', 'Meenakshi Temple']));
    expect(ofType('PERSON', 'We land in Jaipur and want Hawa Mahal and Meenakshi Temple.')).toEqual([]);
    expect(ofType('LOCATION', 'My grandmother loved Shirley Temple films.')).not.toContain('Shirley Temple');
  });

  it('reads a route of two known places written as one word, not a place or a double name', () => {
    expect(ofType('LOCATION', 'Mon train Paris-Bordeaux a eu 2 h de retard.')).toEqual(['Paris', 'Bordeaux']);
    expect(ofType('LOCATION', 'Ich wohne in Baden-Baden.')).toEqual(['Baden-Baden']);
    expect(ofType('LOCATION', 'She married Anna-Lena last year.')).toEqual([]);
  });

  it('reads no person across a possessive, and judges the words after it', () => {
    expect(ofType('PERSON', "I'm a cardiologist at Children's Mercy in Kansas City.")).toEqual([]);
    expect(ofType('PERSON', "CEOs including Vidica Zakoč of Fernandez Inc., Bridgewater's Parker Suknović, and others.")).toContain('Parker Suknović');
    expect(ofType('PERSON', "CEOs including Vidica Zakoč of Fernandez Inc., Bridgewater's Parker Suknović, and others.")).not.toContain("Bridgewater's Parker Suknović");
  });

  it("reads no one in a season's greeting", () => {
    expect(found('Traduis en anglais : « Joyeux Noël et bonne année ! »')).toEqual([]);
    expect(ofType('LOCATION', 'Feliz Natal e Próspero Ano Novo!')).toEqual([]);
    expect(ofType('LOCATION', 'Ela mora em Natal desde 2019.')).toEqual(['Natal']);
  });

  it("reads traders', studios' and Indonesian firms as organisations", () => {
    expect(ofType('ORGANIZATION', 'Seller: Shree Ganesh Traders, Chickpet')).toEqual(['Shree Ganesh Traders']);
    expect(ofType('PERSON', 'Seller: Shree Ganesh Traders, Chickpet')).toEqual([]);
    expect(ofType('ORGANIZATION', 'Saya pernah magang di PT Wijaya Karya selama 6 bulan.')).toEqual(['PT Wijaya Karya']);
    expect(ofType('ORGANIZATION', 'Prestador: Juliana Mendes Fotografia, Porto Alegre')).toEqual(['Juliana Mendes Fotografia']);
  });

  it('reads Romanian street kinds, a lower-case "calle" and Philippine barangays', () => {
    expect(ofType('ADDRESS', 'apartamentul din Str. Memorandumului 21, ap. 7, Cluj-Napoca. Fiul meu')).toEqual(['Str. Memorandumului 21, ap. 7, Cluj-Napoca']);
    expect(ofType('ADDRESS', 'la fianza del piso de la calle Alcalá 214, 3.º B, 28028 Madrid. Dejé el piso')).toEqual(['calle Alcalá 214, 3.º B, 28028 Madrid']);
    expect(ofType('ADDRESS', 'CONSIGNEE: Ernesto Bautista\nPurok 3, Brgy. San Isidro\nCabanatuan City, Nueva Ecija 3100\nPhilippines')).toEqual([
      'Purok 3, Brgy. San Isidro\nCabanatuan City, Nueva Ecija 3100\nPhilippines',
    ]);
    expect(ofType('ADDRESS', 'The calle was empty; we walked 214 metres.')).toEqual([]);
  });
});
