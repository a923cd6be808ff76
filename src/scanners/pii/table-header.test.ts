import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPii } from './index.js';
import { columnNameAt, findTableHeader } from './table-header.js';

const phones = (text: string) => detectPii(text, { entities: false, types: ['PHONE'] }).filter((m) => m.score >= 0.5).map((m) => text.slice(m.start, m.end));

describe('table headers as context', () => {
  it('finds the header among the first lines, for each delimiter, and names a row cell by its column', () => {
    const csv = 'Clean up this export:\nid;nachname;telefon\n1;Schneider;030 1234567\n';
    const header = findTableHeader(csv)!;
    expect(header).toMatchObject({ delimiter: ';', cells: ['id', 'nachname', 'telefon'] });
    expect(columnNameAt(csv, header, csv.indexOf('030'))).toBe('telefon');
    expect(columnNameAt(csv, header, csv.indexOf('Schneider'))).toBe('nachname');
    expect(findTableHeader('name\tphone\nAna\t933 456 789')!.delimiter).toBe('\t');
  });

  it('reads no header from prose, from values, or when the next row has another number of cells', () => {
    expect(findTableHeader('Hello, world. How are you?\nFine, thanks.')).toBeNull();
    expect(findTableHeader('1,2,3\n4,5,6')).toBeNull();
    expect(findTableHeader('id,name,phone\n1,Ana')).toBeNull();
    expect(findTableHeader('one line, no break')).toBeNull();
  });

  it('counts no delimiter inside a quoted cell, and does not read a row whose cell count differs', () => {
    const csv = 'id,name,phone\n1,Ana,612 345 678\n2,"Puig, Jordi",933 456 789';
    expect(columnNameAt(csv, findTableHeader(csv)!, csv.indexOf('933'))).toBe('phone');
    // An unclosed quote or a missing cell leaves the row unread rather than read against the wrong column.
    const broken = 'id,name,phone\n1,Ana,612 345 678\n2,"Puig, Jordi,933 456 789';
    expect(columnNameAt(broken, findTableHeader(broken)!, broken.indexOf('933'))).toBeUndefined();
    const short = 'id,name,phone\n1,Ana,612 345 678\n2,933 456 789';
    expect(columnNameAt(short, findTableHeader(short)!, short.indexOf('933'))).toBeUndefined();
  });

  it('lets a phone column vouch for a number with no context word nearby', () => {
    const csv = 'id,name,email,phone\n1,Ana García,ana@example.es,+34 612 345 678\n2,Jordi Puig,jpuig@example.cat,933 456 789';
    expect(phones(csv)).toEqual(['+34 612 345 678', '933 456 789']);
    // The same number under another column is no phone.
    expect(phones('id,name,email,ref\n1,Ana,ana@example.es,x\n2,Jordi Puig,jpuig@example.cat,933 456 789')).toEqual([]);
  });

  it('never throws and names only header cells, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ',', ';', '\t', '|', '\n', '1', ' ', '"') }), fc.nat(), (text, n) => {
        const header = findTableHeader(text);
        if (!header) return;
        const name = columnNameAt(text, header, n % (text.length + 1));
        expect(name === undefined || header.cells.includes(name)).toBe(true);
      }),
    );
  });
});
