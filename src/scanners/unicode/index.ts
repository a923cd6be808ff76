import type { UnicodeSignal } from '../../core/normalize/normalize.js';
import type { RawFinding, Scanner } from '../../core/types.js';

/**
 * `unicode`: reports what normalization had to remove or rewrite — text hidden in tag characters,
 * bidi controls that can reorder what a reader sees (Trojan Source), runs of invisible characters,
 * bytes smuggled in variation selectors, and words that mix look-alike letters from several scripts.
 *
 * It reads the normalizer's signals rather than the text, so it costs nothing when none were raised.
 */
export const unicodeScanner: Scanner = {
  id: 'unicode',
  directions: ['input', 'output', 'tool'],
  input: 'normalized',
  deterministic: true,
  description: 'Unicode smuggling: tag characters, bidi controls, invisible runs, variation-selector payloads, look-alike letters',
  scan(_text, ctx) {
    return ctx.signals.map(toFinding).filter((f): f is RawFinding => f !== null);
  },
};

function toFinding(s: UnicodeSignal): RawFinding | null {
  const span = { start: s.start, end: s.end };
  switch (s.kind) {
    case 'tag_characters':
      // Tag characters outside emoji flags render as nothing; any run of them is hidden text.
      return { kind: 'tag_characters', score: s.count >= 3 ? 0.95 : 0.7, ...span, detail: { count: s.count } };
    case 'variation_selector_run':
      return { kind: 'variation_selector_payload', score: s.count >= 4 ? 0.95 : 0.6, ...span, detail: { count: s.count } };
    case 'bidi_control': {
      const unbalanced = s.detail?.unbalanced === true;
      const reordering = s.detail?.reordering === true;
      const score = unbalanced ? 0.9 : reordering ? 0.6 : 0.2;
      return { kind: 'bidi_control', score, ...span, detail: { count: s.count, unbalanced, reordering } };
    }
    case 'invisible_characters':
      // One zero-width space is common in copied web text; a run of them is an encoding channel.
      return { kind: 'invisible_characters', score: s.count >= 8 ? 0.85 : s.count >= 3 ? 0.6 : 0.3, ...span, detail: { count: s.count } };
    case 'mixed_script':
      return { kind: 'mixed_script', score: s.detail?.mixedWord ? 0.7 : 0.55, ...span };
    case 'lone_surrogate':
      return { kind: 'invalid_utf16', score: 0.5, ...span };
    default:
      return null;
  }
}
