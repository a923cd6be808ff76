import type { PiiMatch } from '../detect.js';

/** Cells of this many characters index the spans (spans are short: names, places, addresses). */
const CELL = 256;

/**
 * Spans by position, for "which of them overlap this one": each span is listed in the cells it
 * touches, so a query reads a few cells instead of every span. `overlapping` returns them in the
 * order they were added (the order the linear scans it replaced would find them), without removed
 * ones; `all` returns the spans not removed, in that order.
 */
export class SpanIndex<T extends { start: number; end: number } = PiiMatch> {
  private readonly spans: T[] = [];
  private readonly removed = new Set<number>();
  private readonly cells = new Map<number, number[]>();
  private readonly ids = new Map<T, number>();

  constructor(spans: readonly T[]) {
    for (const s of spans) this.add(s);
  }

  add(span: T): void {
    const id = this.spans.length;
    this.spans.push(span);
    this.ids.set(span, id);
    const last = Math.max(span.start, span.end - 1);
    for (let c = Math.floor(span.start / CELL); c <= Math.floor(last / CELL); c++) {
      const cell = this.cells.get(c);
      if (cell) cell.push(id);
      else this.cells.set(c, [id]);
    }
  }

  remove(span: T): void {
    const id = this.ids.get(span);
    if (id !== undefined) this.removed.add(id);
  }

  overlapping(f: { start: number; end: number }): T[] {
    const first = Math.floor(f.start / CELL);
    const last = Math.floor(Math.max(f.start, f.end - 1) / CELL);
    // Most queries meet no span: no set, no sort, for them.
    let ids: number[] | undefined;
    for (let c = first; c <= last; c++) {
      const cell = this.cells.get(c);
      if (!cell) continue;
      for (const id of cell) {
        const s = this.spans[id]!;
        if (!this.removed.has(id) && s.start < f.end && f.start < s.end) (ids ??= []).push(id);
      }
    }
    if (!ids) return [];
    // A cell lists its spans in the order they were added; a span in several cells is listed in each.
    if (last > first) ids = [...new Set(ids)].sort((a, b) => a - b);
    return ids.map((id) => this.spans[id]!);
  }

  all(): T[] {
    return this.spans.filter((_, id) => !this.removed.has(id));
  }
}
