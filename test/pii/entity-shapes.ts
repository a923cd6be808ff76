import { expect } from 'vitest';
import { detectPii } from '../../src/scanners/pii/index.js';
import type { ShapeFixture } from './entity-shapes.fixtures.js';

export const SHAPE_TYPES = ['PERSON', 'LOCATION', 'ADDRESS'] as const;

export interface ShapeTally {
  tp: number;
  fn: number;
  /** Predicted spans of the type that overlap no expected span of it. */
  fp: number;
  predicted: number;
}

export interface ShapeMiss {
  shape: string;
  text: string;
  kind: 'missed' | 'false';
  type: string;
  value: string;
}

/** Expected spans of a fixture: each value found after the end of the one before it. */
export function expectedSpans(f: ShapeFixture): Array<{ type: string; start: number; end: number }> {
  let from = 0;
  return f.expect.map(([type, value]) => {
    const start = f.text.indexOf(value, from);
    if (start < 0) throw new Error(`fixture value ${JSON.stringify(value)} not in ${JSON.stringify(f.text)}`);
    from = start + value.length;
    return { type, start, end: from };
  });
}

/**
 * Scores the entity layer on the fixtures as `rampart eval pii` does: a detection at score 0.5 or more
 * counts when it overlaps an expected span of the same type; recall counts expected spans found.
 */
export function scoreShapes(fixtures: ShapeFixture[]): { tallies: Record<string, ShapeTally>; misses: ShapeMiss[] } {
  const tallies: Record<string, ShapeTally> = {};
  for (const t of SHAPE_TYPES) tallies[t] = { tp: 0, fn: 0, fp: 0, predicted: 0 };
  const misses: ShapeMiss[] = [];
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const f of fixtures) {
    const gold = expectedSpans(f);
    const found = detectPii(f.text, { types: [...SHAPE_TYPES] }).filter((m) => m.score >= 0.5);
    for (const t of SHAPE_TYPES) {
      const g = gold.filter((s) => s.type === t);
      const p = found.filter((m) => m.type === t);
      const tally = tallies[t]!;
      tally.predicted += p.length;
      for (const s of g) {
        if (p.some((m) => overlaps(m, s))) tally.tp++;
        else {
          tally.fn++;
          misses.push({ shape: f.shape, text: f.text, kind: 'missed', type: t, value: f.text.slice(s.start, s.end) });
        }
      }
      for (const m of p) {
        if (g.some((s) => overlaps(m, s))) continue;
        tally.fp++;
        misses.push({ shape: f.shape, text: f.text, kind: 'false', type: t, value: f.text.slice(m.start, m.end) });
      }
    }
  }
  return { tallies, misses };
}

export const precision = (t: ShapeTally) => (t.predicted === 0 ? 1 : (t.predicted - t.fp) / t.predicted);
export const recall = (t: ShapeTally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

/** PERSON, LOCATION and ADDRESS findings at the default threshold, as [type, text] pairs. */
export const found = (text: string) =>
  detectPii(text, { types: ['PERSON', 'LOCATION', 'ADDRESS'] })
    .filter((m) => m.score >= 0.5)
    .map((m) => [m.type, text.slice(m.start, m.end)]);

/** Prints what was missed and what was wrong, so a failing figure says why. */
export function report(name: string, result: ReturnType<typeof scoreShapes>): string {
  const lines = Object.entries(result.tallies).map(([t, x]) => `${name} ${t}: P ${precision(x).toFixed(3)} R ${recall(x).toFixed(3)} (${JSON.stringify(x)})`);
  for (const m of result.misses) lines.push(`  ${m.kind} ${m.type} ${JSON.stringify(m.value)} in ${JSON.stringify(m.text)}`);
  return lines.join('\n');
}

/** Lowest precision and recall a batch must keep, per type: `{ PERSON: [0.9, 0.8] }`. */
export type ShapeFloors = Partial<Record<(typeof SHAPE_TYPES)[number], readonly [precision: number, recall: number]>>;

/** Scores a batch and fails, with its misses as the message, when a type falls below its floors. */
export function expectShapeFloors(name: string, fixtures: ShapeFixture[], floors: ShapeFloors): void {
  const r = scoreShapes(fixtures);
  const why = report(name, r);
  for (const [type, [p, rec]] of Object.entries(floors) as Array<[string, readonly [number, number]]>) {
    expect(precision(r.tallies[type]!), why).toBeGreaterThanOrEqual(p);
    expect(recall(r.tallies[type]!), why).toBeGreaterThanOrEqual(rec);
  }
}
