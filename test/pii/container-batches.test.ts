import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../src/scanners/pii/index.js';

/**
 * Three blind batches of structured PII in logs, JSON, CSV, SQL, HTTP, URLs, forms and prose, with
 * hard negatives (versions, timestamps, part numbers, failing check digits), written by helpers that
 * never saw the detector (session 5). One record a line, values marked `[[TYPE|value]]`, `\n` and
 * `\t` written out. First sight, the session's starting code → after its fixes: K and L were then
 * used to fix what they found; M was scored once by each (PHONE P .931 → .971, R .944 → .958; IP
 * P .920 → .922, R .979 → 1.0; the other types 1.0 both times). The floors keep what they reached.
 */
const TYPES = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IP_ADDRESS'] as const;

interface MarkedRecord {
  text: string;
  gold: { start: number; end: number; type: string }[];
}

/** `[[TYPE|value]]` markers → text and spans (a `[[[IP|…]]]` is a bracketed address). */
function parseMarked(line: string): MarkedRecord {
  const source = line.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
  let text = '';
  let last = 0;
  const gold: MarkedRecord['gold'] = [];
  for (const m of source.matchAll(/\[\[([A-Z_]+)\|(.*?)\]\]/g)) {
    text += source.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]! });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + source.slice(last), gold };
}

function score(file: string) {
  const stats = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fn: 0, fp: 0 }]));
  let negatives = 0;
  let negativesFlagged = 0;
  for (const line of readFileSync(new URL(`./container-batches/${file}`, import.meta.url), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { text, gold } = parseMarked(line);
    const found = detectPii(text, { entities: false }).filter((f) => (TYPES as readonly string[]).includes(f.type) && f.score >= 0.5);
    for (const g of gold) stats[g.type]![found.some((f) => f.type === g.type && f.start < g.end && f.end > g.start) ? 'tp' : 'fn']++;
    for (const f of found) if (!gold.some((g) => g.type === f.type && f.start < g.end && f.end > g.start)) stats[f.type]!.fp++;
    if (gold.length === 0) {
      negatives++;
      if (found.length > 0) negativesFlagged++;
    }
  }
  const pr = (t: string) => ({ p: stats[t]!.tp / Math.max(1, stats[t]!.tp + stats[t]!.fp), r: stats[t]!.tp / Math.max(1, stats[t]!.tp + stats[t]!.fn) });
  return { pr, negatives, negativesFlagged };
}

describe('structured PII in containers, blind batches', () => {
  it('the marker parser keeps offsets and bracketed addresses', () => {
    const r = parseMarked('ip [[[IP_ADDRESS|2001:db8::1]]]:443 mail [[EMAIL|a@b.io]]\\nend');
    expect(r.text).toBe('ip [2001:db8::1]:443 mail a@b.io\nend');
    expect(r.gold.map((g) => r.text.slice(g.start, g.end))).toEqual(['2001:db8::1', 'a@b.io']);
  });

  for (const [file, floors] of [
    ['batch-k.txt', { p: 0.95, r: 0.94 }],
    ['batch-l.txt', { p: 0.95, r: 0.92 }],
    ['batch-m.txt', { p: 0.92, r: 0.95 }],
    // Session 14, blind (160 records, 45 hard negatives). First sight: PHONE P 1.0 R .977, CREDIT_CARD P .944
    // (an EAN-13 under "ean"), US_SSN P .846 (ZIP+4 codes), IP_ADDRESS P .852 (versions), EMAIL and IBAN
    // 1.0; 6 of 45 negatives flagged. After its fixes: CREDIT_CARD and US_SSN 1.0, IP P .885 (dotted
    // versions with no version word: "moved from 1.2.3.4 to 1.2.4.0"), 3 of 45 negatives.
    ['batch-n.txt', { p: 0.88, r: 0.97 }],
    // Session 14, blind (170 records of machine text and chat in six languages, 49 hard negatives),
    // scored after batch N's fixes. First sight: PHONE P .991 R .946, IP_ADDRESS P .981 R .981, the
    // others 1.0, no negative flagged. After its fixes (a user agent's Chrome/119.0.0.0, an epoch with
    // decimals, "Llámenos al"): PHONE P 1.0 R .964, IP P 1.0 R .981 (an SPF record's ip6: prefix).
    ['batch-p.txt', { p: 0.97, r: 0.96 }],
    // Session 15, blind (160 records: generated-dataset prose in eight languages, machine containers,
    // chat, 40 hard negatives). First sight: recall 1.0 for every type, PHONE P .945 (a conference
    // PIN after "dial-in code", an Italian tracking code, a Brazilian CEP postcode and an order number),
    // IP_ADDRESS P .943 (the second version of "from version A to B", "section 4.2.1.3"), 5 of 40
    // negatives flagged. After its fixes: every type 1.0, no negative flagged.
    ['batch-q.txt', { p: 0.99, r: 0.99 }],
    // Session 15, blind (160 records: prose in thirteen languages, prompts pasting data, machine
    // containers, 45 hard negatives), scored after Q's fixes. First sight: EMAIL, IBAN, US_SSN 1.0;
    // PHONE P .963 R .975 (a cell id, the tail of an IBAN that fails its check, a toll-free number
    // before ". 1 star", a Polish "komórkowy"); CREDIT_CARD P .971 (an EAN column of a CSV with quoted
    // commas); IP_ADDRESS P .953 (versions after "upgraded … from"); 3 of 45 negatives flagged. After
    // its fixes: every type 1.0, no negative flagged.
    ['batch-r.txt', { p: 0.99, r: 0.99 }],
    // Session 22, blind (170 records: logs, JSON, CSV/TSV, SQL, YAML, HTTP, forms, e-mail, chat and
    // prose in twelve languages, OCR-spaced text, 50 hard negatives), scored after sessions 15–21.
    // First sight: EMAIL, CREDIT_CARD, IBAN 1.0; PHONE P .952 R .963 (a TSV extension cell run into
    // the next cell's number, Polish "kontakt", "Acct #"); US_SSN R .786 (123-45-6789-shaped values
    // read as phone numbers beside a phone word); IP_ADDRESS P .894 (subnet masks, a list of build
    // versions); 4 of 50 negatives flagged. After its fixes: PHONE .988/.988, US_SSN R .929 (left:
    // a bare 9-digit SSN 50 characters after "SSN"), IP P .955 (left: the versions), 2 of 50.
    ['batch-s.txt', { p: 0.95, r: 0.92 }],
    // Session 22, blind (170 records: prompts pasting customer data in eleven languages, tool-call JSON,
    // markdown and HTML tables, mailto:/tel: links, transcripts; 50 hard negatives), scored after S's
    // fixes. First sight: IBAN, US_SSN 1.0; EMAIL R .973 (an internationalised domain); CREDIT_CARD R .905
    // (4-4-4-4 groups joined by dots); PHONE .965/.953 ("mi número es", a Turkish tracking number, a
    // German part number); IP_ADDRESS P .875: loopback and unspecified addresses in documentation, which
    // the writer did not mark and Presidio's own tests do (kept as addresses); 4 of 50 negatives. After
    // its fixes: EMAIL, CREDIT_CARD 1.0, PHONE .976/.965, 3 of 50.
    ['batch-t.txt', { p: 0.87, r: 0.96 }],
    // Session 23, blind (170 records: what an LLM gateway sees — chat-completion requests and responses,
    // tool calls, SSE lines, RAG chunks, YAML front-matter, SOAP, GraphQL, protobuf text, CEF/LEEF and
    // syslog, Kubernetes events, access logs, mail headers, vCards, iCalendar, invoices, chat in ~25
    // languages; 52 hard negatives). First sight: CREDIT_CARD, IBAN, US_SSN, IP 1.0; EMAIL R .978 (a
    // Japanese domain); PHONE .951/.940 (`0049 …` dialled with the IDD prefix, Russian "номер", Hindi
    // "नंबर", "ringe meg", "Ruf mich an unter"; a CEP postcode before its town, an IBAN's first group
    // after its country code, a parts list); 3 of 52 negatives flagged. After its fixes: EMAIL 1.0, PHONE
    // 1.0/.988 (left: an Irish mobile after "the number on my account is"), no negative flagged.
    ['batch-u.txt', { p: 0.99, r: 0.98 }],
    // Session 24, blind (170 records in the style of generated PII data sets: Faker-like templates in sixteen
    // locales, LLM-written records, masking-corpus rows, JSON lines, CSV/TSV, forms; regional card brands, IBANs
    // of fifteen countries; 50 hard negatives of other countries' ids, failing check digits, barcodes, OIDs),
    // scored after U's fixes. First sight: EMAIL, CREDIT_CARD, IBAN, US_SSN 1.0; PHONE .921/.959 (a placeholder
    // 123-456-7890, a NANP layout with a five-digit last group, a Brazilian CPF, "pour me joindre"); IP P .969 (a
    // four-arc OID); 5 of 50 negatives flagged. After its fixes: PHONE .959/.973, IP 1.0, 2 of 50: a record of two
    // numbers it calls too short, which the library finds impossible but which keep their score (real numbers the
    // metadata refuses are written too: "+52 1 33 …", Lagos "+234 1 …"), and a Canadian SIN.
    // Left: a bare 10-digit number in a list, and a dotted NANP number beside "SSN".
    ['batch-v.txt', { p: 0.94, r: 0.97 }],
  ] as const) {
    it(`${file}: every type keeps precision ≥ ${floors.p} and recall ≥ ${floors.r}`, () => {
      const { pr, negatives, negativesFlagged } = score(file);
      for (const t of TYPES) {
        expect(pr(t).p, `${t} precision`).toBeGreaterThanOrEqual(floors.p);
        expect(pr(t).r, `${t} recall`).toBeGreaterThanOrEqual(floors.r);
      }
      expect(negativesFlagged / negatives).toBeLessThanOrEqual(0.07);
    });
  }
});
