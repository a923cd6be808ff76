import { describe, expect, it } from 'vitest';
import { found } from '../../../../test/pii/entity-shapes.js';

// What the read half of blind batch AI (session 26: local news, listings, blotters and reviews) showed: streets named
// without a house number after "of", "off" or "along", before a street word that is also a common word, and grounds
// and roads named by their kind word.
describe('places in local news (blind batch AI)', () => {
  it('reads a street after "parts of", "block of", "off" and "along", before Drive, Lane or Court too', () => {
    expect(found('Crews closed parts of Lindell Avenue overnight.')).toContainEqual(['LOCATION', 'Lindell Avenue']);
    expect(found('Officers were called to the 300 block of Harwick Street on Friday.')).toContainEqual(['LOCATION', 'Harwick Street']);
    expect(found('The house sits on a cul-de-sac off Tolliver Drive.')).toContainEqual(['LOCATION', 'Tolliver Drive']);
    expect(found('A new cycle path runs along Brennock Lane.')).toContainEqual(['LOCATION', 'Brennock Lane']);
    // With a house number it stays the address layer's.
    expect(found('Officers were called to 300 Harwick Street on Friday.')).not.toContainEqual(['LOCATION', 'Harwick Street']);
  });

  it('reads grounds and roads by their kind word', () => {
    expect(found('Carlton won by nine points at Halsey Stadium on Sunday.')).toContainEqual(['LOCATION', 'Halsey Stadium']);
    expect(found('Traffic is heavy on the Maddox Parkway and across the Quarry Viaduct this morning.')).toEqual(
      expect.arrayContaining([['LOCATION', 'Maddox Parkway'], ['LOCATION', 'Quarry Viaduct']]),
    );
  });

  it('reads a known town after "a" and "para" in Romance languages, where it is also a first name', () => {
    expect(found('Ci vediamo a Verona sabato sera.')).toEqual([['LOCATION', 'Verona']]);
    expect(found('Trasferta a Roma: Alessandro conferma le date.')).toContainEqual(['LOCATION', 'Roma']);
  });
});
