import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, formatCsvRecord } from './csv.js';
import { DatasetError, redactDataset } from './dataset.js';

const dir = mkdtempSync(join(tmpdir(), 'rampart-redact-'));
const config = { entities: false, mode: 'mask' as const };

describe('dataset redaction', () => {
  it('JSONL: nested field paths, bad lines reported with their number', async () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, '{"u":{"mail":"ana@example.com","note":"card 4111 1111 1111 1111"}}\nnot json\n{"u":[{"note":"SSN 078-05-1121"}]}\n');
    const output = join(dir, 'out.jsonl');
    const report = await redactDataset(input, output, { format: 'jsonl', config, fields: ['u.note'], onError: 'skip' });
    expect(readFileSync(output, 'utf8')).toBe('{"u":{"mail":"ana@example.com","note":"card [CREDIT_CARD]"}}\n{"u":[{"note":"SSN [US_SSN]"}]}\n');
    expect(report.badRecords.map((b) => b.line)).toEqual([2]);
    expect(report.badRecords[0]!.error).toMatch(/^invalid JSON/);
    expect(report.badRecords[0]!.error).not.toContain('not json'); // never echo the record
    expect(report.byType).toEqual({ CREDIT_CARD: 1, US_SSN: 1 });
    await expect(redactDataset(input, join(dir, 'x.jsonl'), { format: 'jsonl', config, onError: 'fail' })).rejects.toBeInstanceOf(DatasetError);
  });

  it('CSV: chosen columns, quoted newlines kept', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, 'name,mail,note\nAna,ana@example.com,"multi\nline 4111 1111 1111 1111"\n');
    const output = join(dir, 'out.csv');
    await redactDataset(input, output, { format: 'csv', config, fields: ['note'], onError: 'skip' });
    expect(readFileSync(output, 'utf8')).toBe('name,mail,note\nAna,ana@example.com,"multi\nline [CREDIT_CARD]"\n');
  });

  it('worker threads give the same output, in order, with the same line numbers', async () => {
    const input = join(dir, 'many.jsonl');
    const lines: string[] = [];
    for (let i = 0; i < 5000; i++) lines.push(i % 997 === 0 ? '{broken' : JSON.stringify({ i, note: i % 3 === 0 ? `card 4111 1111 1111 1111 #${i}` : `plain ${i}` }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const single = await redactDataset(input, join(dir, 'one.jsonl'), { format: 'jsonl', config, onError: 'skip' });
    const multi = await redactDataset(input, join(dir, 'two.jsonl'), { format: 'jsonl', config, onError: 'skip', workers: 2 });
    expect(multi.workers).toBe(2);
    expect(readFileSync(join(dir, 'two.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'one.jsonl'), 'utf8'));
    expect(multi.badRecords).toEqual(single.badRecords);
    expect(multi.badRecords.map((b) => b.line)).toEqual([1, 998, 1995, 2992, 3989, 4986]);
    expect(multi.byType).toEqual(single.byType);
  });

  it('the CSV reader round-trips any records however the input is chunked (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 10 }), (records, cuts) => {
        const text = records.map(formatCsvRecord).join('');
        const reader = new CsvRecordReader();
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const got: string[][] = [];
        let prev = 0;
        for (const p of [...points, text.length]) {
          for (const r of reader.push(text.slice(prev, p))) if ('fields' in r) got.push(r.fields);
          prev = p;
        }
        for (const r of reader.end()) if ('fields' in r) got.push(r.fields);
        // A record of one empty field is written as an empty line, which reads back the same way.
        expect(got.map((f) => f.map((x) => x.replace(/\r/g, '')))).toEqual(records.map((f) => f.map((x) => x.replace(/\r/g, ''))));
      }),
      { numRuns: 200 },
    );
  });
});
