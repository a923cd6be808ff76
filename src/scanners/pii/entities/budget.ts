import type { PiiMatch } from '../detect.js';
import { CAP_RUN } from './names-places.js';
import type { TextIndex } from './text-index.js';

/**
 * The work budget of the entity layer. Its cost grows with the capitalised word runs it judges (each
 * is looked up in the gazetteers and read with the words around it: some 10 to 20 µs), so a body
 * built of names ("Mary Smith, John Garcia, …", a CSV of names and cities, address lines) cost about
 * a second of CPU per megabyte, four seconds for a gateway body of 4 MB: a lever for denial of
 * service. The runs are counted per WINDOW of text before the detectors run (one sticky match at
 * each capital the text index holds: with the index, some 50 ms per megabyte of names, and nothing
 * for a text with fewer capitals than the budget); a window with more than MAX_RUNS_PER_WINDOW is
 * blanked for the layer and reported whole as one SCAN_LIMIT_KIND finding: failing closed, as the
 * secrets scanner does (SECRETS_SCAN_LIMIT), so the text is not passed as clean. The structured
 * layer (cards, IBANs, SSNs…) still reads the window.
 *
 * Figures (runs per 64 KB window, measured on shared/data/pii and on generated text):
 *   - real text: one dev record at most 15; the 2,988 dev records joined into one text (synthetic
 *     records with a name, place or address every few words, denser than ordinary documents) 2,344,
 *     shuffled 1,920, and the densest records sorted first (the densest 64 KB the data holds) 3,660;
 *     the test fixtures, README and docs read whole at most 1,089; ordinary prose some 700-830;
 *   - built of names: "First Last, " 4,184, "First Last\n" 4,452, "Authors: A, B and C. " 5,403,
 *     a CSV of names and cities 5,520, street-address lines 5,653, "Name: Okay sure\n" 7,278.
 * 4,096 leaves 1.75 times the real text joined (1.1 times its densest possible window). Within the
 * budget the cost stays linear: some 1 s per megabyte at most, what the dev records joined cost;
 * a window over it costs some 0.2-0.3 s per megabyte (the count, the blanking, the structured layer).
 */
export const WINDOW = 1 << 16;
export const MAX_RUNS_PER_WINDOW = 4096;
/** The kind of the finding that covers a window the entity layer gave up on. */
export const SCAN_LIMIT_KIND = 'PII_SCAN_LIMIT';

/** Starts of the windows (multiples of WINDOW) that hold more capitalised runs than the budget, in order. */
export function overBudgetWindows(text: string, index: TextIndex): number[] {
  const upper = index.upper;
  // A window with no more capitals than the budget cannot hold more runs: most texts stop here.
  if (upper.length <= MAX_RUNS_PER_WINDOW) return [];
  const over: number[] = [];
  let k = 0;
  for (let start = 0; start < text.length && k < upper.length; start += WINDOW) {
    const end = start + WINDOW;
    let capitals = 0;
    const first = k;
    while (k < upper.length && upper[k]! < end) {
      k++;
      capitals++;
    }
    if (capitals <= MAX_RUNS_PER_WINDOW) continue;
    // Runs as findNamesAndPlaces walks them: the next one starts at a capital after the last one's end.
    let runs = 0;
    let next = 0;
    for (let i = first; i < k && runs <= MAX_RUNS_PER_WINDOW; i++) {
      const at = upper[i]!;
      if (at < next) continue;
      CAP_RUN.lastIndex = at;
      if (CAP_RUN.test(text)) {
        runs++;
        next = CAP_RUN.lastIndex;
      }
    }
    if (runs > MAX_RUNS_PER_WINDOW) over.push(start);
  }
  CAP_RUN.lastIndex = 0;
  return over;
}

/** One SCAN_LIMIT_KIND finding per window given up on, the whole window, score 1. */
export function scanLimitFindings(text: string, windows: readonly number[]): PiiMatch[] {
  return windows.map((start) => ({ type: SCAN_LIMIT_KIND, format: SCAN_LIMIT_KIND, start, end: Math.min(text.length, start + WINDOW), score: 1 }));
}

/**
 * The text with the given windows blanked: every unit but line breaks becomes a space, so offsets
 * and lines stay where they were and the detectors find nothing there, at little cost.
 */
export function withoutWindows(text: string, windows: readonly number[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const start of windows) {
    const end = Math.min(text.length, start + WINDOW);
    parts.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
