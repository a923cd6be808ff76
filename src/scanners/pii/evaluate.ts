/**
 * Scoring of PII detection against labelled records (the `rampart eval pii` command): code-point to
 * UTF-16 offset conversion, per-record labelled types, and per-type overlap matching.
 */

/** A labelled or predicted span in UTF-16 offsets. */
export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

/** Per-type tallies; precision counts predictions that overlap a gold span, recall gold spans that are hit. */
export interface TypeTally {
  goldTotal: number;
  goldHit: number;
  predTotal: number;
  predHit: number;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
  predicted: number;
}

/** Types whose labels are interchangeable for scoring (the issue: a bare password may count as PASSWORD or SECRET). */
export function canonicalType(type: string): string {
  return type === 'PASSWORD' ? 'SECRET' : type;
}

/**
 * Converts code-point offsets to UTF-16 offsets for `text`. Texts without astral characters (the
 * usual case) map to themselves without allocating.
 */
export function codePointOffsetsToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const table: number[] = [];
  let unit = 0;
  for (const ch of text) {
    table.push(unit);
    unit += ch.length;
  }
  table.push(unit);
  return (cp) => table[Math.max(0, Math.min(cp, table.length - 1))]!;
}

/**
 * Adds one record's result to `tallies`. `labelled` names the types the record is labelled for
 * (undefined: all types), so a record labelled only for phone numbers does not count an e-mail
 * found in it as a false positive.
 */
export function tallyRecord(
  tallies: Map<string, TypeTally>,
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[],
  labelled: ReadonlySet<string> | undefined,
): void {
  const counts = (type: string): TypeTally => {
    let t = tallies.get(type);
    if (!t) tallies.set(type, (t = { goldTotal: 0, goldHit: 0, predTotal: 0, predHit: 0 }));
    return t;
  };
  const overlaps = (a: TypedSpan, b: TypedSpan) => a.type === b.type && a.start < b.end && b.start < a.end;
  for (const g of gold) {
    if (labelled && !labelled.has(g.type)) continue;
    const t = counts(g.type);
    t.goldTotal++;
    if (predicted.some((p) => overlaps(p, g))) t.goldHit++;
  }
  for (const p of predicted) {
    if (labelled && !labelled.has(p.type)) continue;
    const t = counts(p.type);
    t.predTotal++;
    if (gold.some((g) => overlaps(p, g))) t.predHit++;
  }
}

/** Precision, recall and F1 from a tally (precision 1 when nothing was predicted, recall 1 when nothing was there). */
export function scoreTally(t: TypeTally): TypeScore {
  const precision = t.predTotal === 0 ? (t.goldTotal === 0 ? 1 : 0) : t.predHit / t.predTotal;
  const recall = t.goldTotal === 0 ? 1 : t.goldHit / t.goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: t.goldTotal, predicted: t.predTotal };
}

/** Sum of several tallies (the micro-average). */
export function sumTallies(tallies: Iterable<TypeTally>): TypeTally {
  const total: TypeTally = { goldTotal: 0, goldHit: 0, predTotal: 0, predHit: 0 };
  for (const t of tallies) {
    total.goldTotal += t.goldTotal;
    total.goldHit += t.goldHit;
    total.predTotal += t.predTotal;
    total.predHit += t.predHit;
  }
  return total;
}
