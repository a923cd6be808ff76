import { describe, expect, it } from 'vitest';
import { detectPii } from '../index.js';

const ENTITY_TYPES = ['PERSON', 'LOCATION', 'ADDRESS'];

/** [type, text] of every entity reported at the eval threshold (0.5). */
const found = (text: string) =>
  detectPii(text, { types: ENTITY_TYPES })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);

const has = (text: string, type: string, value: string) => expect(found(text)).toContainEqual([type, value]);

describe('people in prose and signatures', () => {
  it('finds a name by first and last name, by title, and by self-introduction', () => {
    has('Yesterday I had coffee with Margaret Okafor near the station.', 'PERSON', 'Margaret Okafor');
    has('The results were reviewed by Dr. Tereza Vlasáková on Monday.', 'PERSON', 'Tereza Vlasáková');
    has('Hello, my name is Quillon Ashbury and I need a new card.', 'PERSON', 'Quillon Ashbury');
  });

  it('finds a name that opens a sentence when the sentence goes on about a person', () => {
    has('Frederick lives two streets away from the bakery.', 'PERSON', 'Frederick');
    has('Rosalind, could you forward me the minutes?', 'PERSON', 'Rosalind');
  });

  it('reads a word closing a question as someone addressed only after a comma', () => {
    has('Are you coming to the launch, Maya?', 'PERSON', 'Maya');
    expect(found('What is the capital of France?')).not.toContainEqual(['PERSON', 'France']);
    expect(found('What is the capital of Texas?')).not.toContainEqual(['PERSON', 'Texas']);
    // A city of millions that is also a first name is the city unless something points at a person.
    expect(found('The capital of France is Paris.')).not.toContainEqual(['PERSON', 'Paris']);
    has('Thanks, Paris, for the flowers!', 'PERSON', 'Paris');
  });

  it('keeps a possessive out of the span and finds a repeated surname alone', () => {
    has("We finally read Harriet Lindqvist's report.", 'PERSON', 'Harriet Lindqvist');
    has('The film was directed by Anselm Brackley and starring Brackley himself.', 'PERSON', 'Brackley');
  });

  it('finds the sender of a letter after the sign-off and in a mail header', () => {
    has('Thanks again for the quick fix.\n\nKind regards,\nTobias Wernicke', 'PERSON', 'Tobias Wernicke');
    has('From: Ingrid Solberg <ingrid.s@example.org>\nSubject: invoices', 'PERSON', 'Ingrid Solberg');
  });

  it('finds names in text written without capitals', () => {
    has('hi there, my name is lucia moretti and i forgot my password', 'PERSON', 'lucia moretti');
  });
});

describe('labelled fields: JSON, CSV, logs, forms', () => {
  it('reads person, address and city members of a JSON record', () => {
    const text = '{"id": 7, "full_name": "Oswin Tarrant", "billing_address": "88 Kestrel Row, Fairhaven, ME 04010", "city": "Fairhaven"}';
    has(text, 'PERSON', 'Oswin Tarrant');
    has(text, 'ADDRESS', '88 Kestrel Row, Fairhaven, ME 04010');
    has(text, 'LOCATION', 'Fairhaven');
  });

  it('labels CSV columns from the header row', () => {
    const text = 'id,first_name,last_name,city\n1,Ebba,Norrgård,Uppsala\n2,Kwame,Mensah,Kumasi';
    const f = found(text);
    for (const v of ['Ebba', 'Norrgård', 'Kwame', 'Mensah']) expect(f).toContainEqual(['PERSON', v]);
    expect(f).toContainEqual(['LOCATION', 'Kumasi']);
  });

  it('reads key=value pairs in a log line and Key: value lines in a form', () => {
    has('2024-06-01T09:12:44Z INFO login ok user="Priya Raman" ip=10.1.2.3', 'PERSON', 'Priya Raman');
    const form = 'Name: Corentin Dubreuil\nAddress: 14 rue des Tanneurs, 67000 Strasbourg\nPhone: +33 3 88 12 34 56';
    has(form, 'PERSON', 'Corentin Dubreuil');
    has(form, 'ADDRESS', '14 rue des Tanneurs, 67000 Strasbourg');
  });

  it('ends an unquoted key=value name or place where the log message goes on in lower case', () => {
    const log = 'ts=1 level=info city=Zalakaros country=HU login ok';
    expect(found(log)).toContainEqual(['LOCATION', 'HU']);
    expect(found(log).some(([, v]) => v?.includes('login'))).toBe(false);
    has('event=signup city=Rio de Janeiro plan=pro', 'LOCATION', 'Rio de Janeiro');
    has('user name=Ludwig van Beethoven logged in', 'PERSON', 'Ludwig van Beethoven');
  });

  it('takes nothing for a name in a product column, whatever its shape', () => {
    expect(found('sku,product,category\n1180,Jordan Sneakers,Shoes\n1181,Victoria Sponge Mix,Baking')).toEqual([]);
  });

  it('does not take a product name in a generic "name" field for a person', () => {
    expect(found('{"sku": "A-118", "name": "Ergonomic Standing Desk", "price": 399}')).toEqual([]);
  });
});

describe('addresses', () => {
  it('finds a US street address with city, state and ZIP', () => {
    has('Please mail the forms to 4127 Larkspur Lane, Bridgeton, NJ 08302 before June.', 'ADDRESS', '4127 Larkspur Lane, Bridgeton, NJ 08302');
  });

  it('finds a UK address with its postcode', () => {
    has('Our office moved to 27 Whitcombe Gardens, Leamington Spa CV32 4QT last year.', 'ADDRESS', '27 Whitcombe Gardens, Leamington Spa CV32 4QT');
  });

  it('finds German addresses, street first and number after', () => {
    has('Lieferung an Kastanienweg 12, 79098 Freiburg bitte.', 'ADDRESS', 'Kastanienweg 12, 79098 Freiburg');
    has('Die Praxis ist Am Lindenhof 3 im Erdgeschoss.', 'ADDRESS', 'Am Lindenhof 3');
  });

  it('ends an address block where a phone number starts', () => {
    const text = 'Ship to:\n511 Orchard Street\nApt. 4\nMillbrook\n555-010-4477';
    const address = found(text).find(([t]) => t === 'ADDRESS');
    expect(address?.[1]).toBe('511 Orchard Street\nApt. 4\nMillbrook');
  });
});

describe('places', () => {
  it('finds real cities and countries, also when they are two words', () => {
    has('She moved to Recife after the wedding.', 'LOCATION', 'Recife');
    has('We flew home from New Zealand on Sunday.', 'LOCATION', 'New Zealand');
  });

  it('reads a town-shaped name before a known country', () => {
    has('The summit will be held in Kettleborough, Ireland.', 'LOCATION', 'Kettleborough');
  });
});

describe('hard negatives', () => {
  it('does not report capitalised words at sentence start, headings or UI text', () => {
    for (const text of [
      'Please Review The Attached Quarterly Report Before Friday.',
      'Click Save Changes, then Restart Now to apply the Update.',
      'Welcome Back! Your Dashboard is Ready.',
      'Summary: Revenue Grew In Most Regions While Costs Stayed Flat.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('does not report product names, tools or month and day names', () => {
    for (const text of [
      'The script is written in Python and runs in Docker.',
      'Open the file in Excel, then export it from Google Sheets.',
      'March and April were slow; May picked up after the Monday release.',
      'Install Visual Studio Code and the GitHub Pull Requests extension.',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('does not take nationalities or languages for people', () => {
    expect(found('There is a nice German bakery and a Czech pub downtown.')).toEqual([]);
  });
});

describe('people found by their place in a sentence', () => {
  it('reads every member of a list of founders or authors as a name when one is known', () => {
    const f = found('The studio was started by its partners: Vellacott, Margaret and Ostrander.');
    expect(f).toContainEqual(['PERSON', 'Vellacott']);
    expect(f).toContainEqual(['PERSON', 'Ostrander']);
    // A firm or an ensemble named after people is not a list of people.
    expect(found('The Vellacott, Hughes and Ostrander Quartet played on Sunday.')).not.toContainEqual(['PERSON', 'Vellacott']);
    // A list of places stays places.
    expect(found('We toured with: Lisbon, Porto and Margaret.')).not.toContainEqual(['PERSON', 'Lisbon']);
  });

  it('finds the speakers of a transcript, someone addressed, and reported speech', () => {
    const chat = 'Ulvhild: Did you lock the shed?\nTobias: Yes, twice.';
    expect(found(chat)).toContainEqual(['PERSON', 'Ulvhild']);
    has('Wendeline, could you send me the slides?', 'PERSON', 'Wendeline');
    const speech = 'We are late again, said Orrin to Madison';
    expect(found(speech)).toContainEqual(['PERSON', 'Orrin']);
    expect(found(speech)).toContainEqual(['PERSON', 'Madison']);
    expect(found(speech)).not.toContainEqual(['LOCATION', 'Madison']);
  });

  it('finds a name after "named him", "calls me" and "my partner\'s name"', () => {
    has('They named her Ysolde after a grandmother.', 'PERSON', 'Ysolde');
    has("The lease is in my brother's name Teodor Vasquil", 'PERSON', 'Teodor Vasquil');
    has("Is the policy still valid? It is under my partner's name Quintessa Harlowe", 'PERSON', 'Quintessa Harlowe');
  });

  it('finds an unknown word opening a sentence when only a person can do what follows', () => {
    has('Brannoc spent two winters repairing boats.', 'PERSON', 'Brannoc');
    expect(found('Brannoc is a small utility for repairing boats.')).not.toContainEqual(['PERSON', 'Brannoc']);
  });

  it('reads Slavic and Nordic surname shapes as names mid-sentence', () => {
    has('The best chapter was written by the young Zhdanova in exile.', 'PERSON', 'Zhdanova');
    has('Nobody sang it better than early Brkljačić did.', 'PERSON', 'Brkljačić');
  });

  it('ends a name at a possessive and keeps "He\'s" out', () => {
    has("We sang from Odalys Pereyra's Winter Songs all night.", 'PERSON', 'Odalys Pereyra');
    expect(found("It was a long day. He's tired from the drive.")).toEqual([]);
  });

  it('leaves software, browsers and libraries alone', () => {
    expect(found('The service is deployed in Docker on every node.')).toEqual([]);
    expect(found('Open in Chrome and clear the cache.')).toEqual([]);
    expect(found('The dashboard is built with React and Vite.')).toEqual([]);
    expect(found('Kubernetes, could not pull the image; retrying.')).toEqual([]);
  });
});
