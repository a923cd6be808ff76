import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader, formatCsvRecord } from './csv.js';
import { DatasetError, MAX_LISTED_BAD_RECORDS, RedactionWorkerError, redactDataset } from './dataset.js';

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
    expect(report.badRecordCount).toBe(1);
    expect(report.badRecordsCapped).toBe(false);
    await expect(redactDataset(input, join(dir, 'x.jsonl'), { format: 'jsonl', config, onError: 'fail' })).rejects.toBeInstanceOf(DatasetError);
  });

  it('counts one replacement per redacted stretch, not per overlapping finding', async () => {
    // The key is a secret inside what is also a URL: one replacement, named after the longer span.
    const input = join(dir, 'overlap.txt');
    writeFileSync(input, 'see https://api.example.com/v1?api_key=sk-proj-Xq8Tz2mKp4Lr9sXwVb7Nc3DyQw5Er6Ty7Ui8Op9As0Df1Gh2Jk3 ok\n');
    const output = join(dir, 'overlap.out.txt');
    const report = await redactDataset(input, output, { format: 'text', config, onError: 'fail' });
    expect(readFileSync(output, 'utf8')).toBe('see [URL] ok\n');
    expect(report.byType).toEqual({ URL: 1 }); // was { URL: 1, OPENAI_API_KEY: 1 } for one replacement
  });

  it('JSONL: a redacted record keeps its big integers, 1.0 and escapes; only changed strings are re-encoded', async () => {
    const input = join(dir, 'exact.jsonl');
    const records = [
      String.raw`{"id":12345678901234567891,"score":1.0,"u":{"mail":"ana\u0040example.com","note":"he said \"call 4111 1111 1111 1111\"","bio":"caf\u00e9"},"exp":2.50E+3}`,
      String.raw`{"id":9007199254740993,"msgs":[{"content":"SSN 078-05-1121","ts":1.10},{"content":["mail ana@example.com"]}],"v":1.0}`,
      String.raw`{"id":9007199254740995,"note":"nothing here","v":1.0}`,
    ];
    writeFileSync(input, `${records.join('\n')}\n`);
    const output = join(dir, 'exact.out.jsonl');
    const report = await redactDataset(input, output, { format: 'jsonl', config, fields: ['u.mail', 'u.note', 'msgs.content', 'note'], onError: 'skip' });
    expect(readFileSync(output, 'utf8').split('\n')).toEqual([
      String.raw`{"id":12345678901234567891,"score":1.0,"u":{"mail":"[EMAIL]","note":"he said \"call [CREDIT_CARD]\"","bio":"caf\u00e9"},"exp":2.50E+3}`,
      String.raw`{"id":9007199254740993,"msgs":[{"content":"SSN [US_SSN]","ts":1.10},{"content":["mail [EMAIL]"]}],"v":1.0}`,
      records[2],
      '',
    ]);
    expect(report.redactedRecords).toBe(2);
    expect(report.byType).toEqual({ EMAIL: 2, CREDIT_CARD: 1, US_SSN: 1 });
  });

  it('many bad rows: the first 1000 listed with line numbers, all counted, the cap stated', async () => {
    const input = join(dir, 'bad.jsonl');
    const lines: string[] = [];
    for (let i = 1; i <= 3000; i++) lines.push(i % 6 === 0 ? JSON.stringify({ i }) : `{bad ${i}`);
    writeFileSync(input, `${lines.join('\n')}\n`);
    const report = await redactDataset(input, join(dir, 'bad.out.jsonl'), { format: 'jsonl', config, onError: 'skip' });
    expect(report.records).toBe(3000);
    expect(report.badRecordCount).toBe(2500);
    expect(report.badRecords).toHaveLength(MAX_LISTED_BAD_RECORDS);
    expect(report.badRecordsCapped).toBe(true);
    // Lines 1-5, 7-11, ...: the 1000th bad line is line 1199 (5 bad lines in each 6).
    expect(report.badRecords.slice(0, 6).map((b) => b.line)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(report.badRecords.at(-1)!.line).toBe(1199);
    expect(readFileSync(join(dir, 'bad.out.jsonl'), 'utf8').split('\n')).toHaveLength(501); // 500 good records + final ''
  });

  it('a worker that exits mid-run fails the run with a clear error instead of hanging', async () => {
    // A worker module that runs the real one but exits (no exception, like an OOM kill) on its second batch.
    const exiting = join(dir, 'exiting-worker.mjs');
    const real = new URL('./dataset-worker.ts', import.meta.url).href;
    writeFileSync(
      exiting,
      `import { parentPort } from 'node:worker_threads';\nlet batches = 0;\nparentPort.on('message', () => { if (++batches === 2) process.exit(7); });\nawait import(${JSON.stringify(real)});\n`,
    );
    const input = join(dir, 'exit.jsonl');
    const lines = Array.from({ length: 12_000 }, (_, i) => JSON.stringify({ i, note: `card 4111 1111 1111 1111 #${i}` }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const run = redactDataset(input, join(dir, 'exit.out.jsonl'), { format: 'jsonl', config, onError: 'skip', workers: 2, workerModule: pathToFileURL(exiting) });
    await expect(run).rejects.toBeInstanceOf(RedactionWorkerError);
    await expect(run).rejects.toThrow(/redaction worker \d+ stopped unexpectedly \(exit code 7\); the run stopped and its output is incomplete/);
  }, 20_000);

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
