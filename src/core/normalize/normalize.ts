import { OffsetMapBuilder, identityMapper, type Span, type SpanMapper } from './offset-map.js';
import {
  BIDI_POP_EMBED,
  BIDI_POP_ISOLATE,
  BLACK_FLAG,
  CONFUSABLE_TO_LATIN,
  TAG_CANCEL,
  bidiOpenKind,
  isBidiControl,
  isCombiningMark,
  isInvisible,
  isTag,
  scriptOf,
  variationSelectorByte,
} from './unicode-tables.js';

/** Something normalization removed or rewrote that a scanner may want to judge. */
export interface UnicodeSignal {
  kind:
    | 'tag_characters'
    | 'bidi_control'
    | 'invisible_characters'
    | 'variation_selector_run'
    | 'mixed_script'
    | 'lone_surrogate';
  /** Span in the text that was normalized (the original, for the top level). */
  start: number;
  end: number;
  /** How many characters of the kind the run holds. */
  count: number;
  /** Kind-specific facts (never the raw text): e.g. `unbalanced` for bidi runs. */
  detail?: Record<string, unknown>;
}

export interface NormalizedText {
  original: string;
  /** NFKC, invisibles and bidi removed, tag characters decoded inline, look-alikes folded. */
  text: string;
  mapper: SpanMapper;
  signals: UnicodeSignal[];
  /** Bytes hidden in variation-selector runs, decoded (a separate view: not inline text). */
  hiddenPayloads: { bytes: Uint8Array; span: Span }[];
}

const PLAIN_ASCII = /^[\t\n\r\x20-\x7e]*$/;

function isSpecial(cp: number): boolean {
  return isTag(cp) || isBidiControl(cp) || isInvisible(cp) || variationSelectorByte(cp) !== null;
}

/** One lookup per BMP unit instead of four range checks: this loop runs over every character. */
const SPECIAL_BMP = (() => {
  const table = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) if (isSpecial(cp)) table[cp] = 1;
  return table;
})();

/**
 * Normalizes text for scanning and keeps a map back to the original offsets.
 * Linear in the input: one pass over code points, NFKC only on runs that need it.
 */
export function normalizeText(original: string): NormalizedText {
  if (PLAIN_ASCII.test(original)) {
    return { original, text: original, mapper: identityMapper(original.length), signals: [], hiddenPayloads: [] };
  }
  const out = new OffsetMapBuilder(original.length);
  const signals: UnicodeSignal[] = [];
  const hiddenPayloads: NormalizedText['hiddenPayloads'] = [];
  const n = original.length;
  let runStart = 0; // start of the current run of ordinary characters, flushed through NFKC
  let i = 0;

  // Open runs of removed characters, merged while adjacent.
  let invisible: UnicodeSignal | null = null;
  let bidi: (UnicodeSignal & { depth: number }) | null = null;
  let tags: UnicodeSignal | null = null;
  let vsBytes: number[] = [];
  let vsStart = -1;
  let vsEnd = -1;

  const flushOrdinary = (end: number) => {
    if (end > runStart) emitNormalizedRun(original, runStart, end, out);
  };
  const closeVariationRun = () => {
    if (vsBytes.length >= 2) {
      signals.push({ kind: 'variation_selector_run', start: vsStart, end: vsEnd, count: vsBytes.length });
      hiddenPayloads.push({ bytes: Uint8Array.from(vsBytes), span: { start: vsStart, end: vsEnd } });
    }
    vsBytes = [];
    vsStart = -1;
  };

  while (i < n) {
    const unit = original.charCodeAt(i);
    // ASCII and most BMP text falls straight through into the ordinary run.
    if (unit < 0xad) {
      if (vsBytes.length > 0) closeVariationRun();
      i++;
      continue;
    }
    let cp = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = (unit - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
        width = 2;
      } else {
        // Lone surrogate: invalid UTF-16. Replace so nothing downstream chokes on it.
        flushOrdinary(i);
        out.emit('\ufffd', i, i + 1);
        signals.push({ kind: 'lone_surrogate', start: i, end: i + 1, count: 1 });
        i++;
        runStart = i;
        continue;
      }
    }

    const special = width === 2 ? isSpecial(cp) : SPECIAL_BMP[cp] === 1;
    if (!special) {
      if (vsBytes.length > 0 && !isCombiningMark(cp)) closeVariationRun();
      i += width;
      continue;
    }
    flushOrdinary(i);
    const end = i + width;

    if (isTag(cp)) {
      // Subdivision flags (🏴 + tag letters + cancel tag) are the one legitimate use: drop silently.
      const flagStart = i >= 2 && codePointBefore(original, i) === BLACK_FLAG;
      if (flagStart || (tags === null && isInsideFlagSequence(original, i))) {
        i = skipTagRun(original, i);
        runStart = i;
        continue;
      }
      if (cp >= 0xe0020 && cp <= 0xe007e) out.emit(String.fromCharCode(cp - 0xe0000), i, end);
      if (tags && tags.end === i) {
        tags.end = end;
        tags.count++;
      } else {
        tags = { kind: 'tag_characters', start: i, end, count: 1 };
        signals.push(tags);
      }
    } else if (isBidiControl(cp)) {
      if (!(bidi && bidi.end === i)) {
        bidi = { kind: 'bidi_control', start: i, end, count: 0, depth: 0 };
        signals.push(bidi);
      }
      bidi.end = end;
      bidi.count++;
      if (bidiOpenKind(cp)) bidi.depth++;
      else if (cp === BIDI_POP_EMBED || cp === BIDI_POP_ISOLATE) bidi.depth--;
    } else if (isInvisible(cp)) {
      // A ZWJ between two pictographs is an emoji sequence, not smuggling.
      const emojiJoiner = cp === 0x200d && isPictographic(codePointBefore(original, i)) && isPictographic(original.codePointAt(end) ?? 0);
      if (!emojiJoiner) {
        if (invisible && invisible.end === i) {
          invisible.end = end;
          invisible.count++;
        } else {
          invisible = { kind: 'invisible_characters', start: i, end, count: 1 };
          signals.push(invisible);
        }
      }
    } else {
      const byte = variationSelectorByte(cp)!;
      if (vsBytes.length === 0) vsStart = i;
      vsBytes.push(byte);
      vsEnd = end;
    }
    i = end;
    runStart = i;
  }
  flushOrdinary(n);
  closeVariationRun();
  finishBidiSignals(signals, original);

  const built = out.finish();
  const text = foldConfusables(built.text, built.mapper, signals);
  return { original, text, mapper: built.mapper, signals, hiddenPayloads };
}

/**
 * Normalizes original[from, to) with NFKC. When the run is already NFKC (most text), it is copied
 * with an identity map; otherwise each base character and its combining marks are normalized
 * together, so composition still happens and every output unit maps to its cluster.
 */
function emitNormalizedRun(original: string, from: number, to: number, out: OffsetMapBuilder): void {
  const run = original.slice(from, to);
  const normalized = run.normalize('NFKC');
  if (normalized === run) {
    out.emitIdentity(run, from);
    return;
  }
  let i = from;
  while (i < to) {
    const clusterStart = i;
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < to) {
      const next = original.codePointAt(i)!;
      if (!isCombiningMark(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const cluster = original.slice(clusterStart, i);
    const nfkc = cluster.normalize('NFKC');
    if (nfkc === cluster) out.emitIdentity(cluster, clusterStart);
    else out.emit(nfkc, clusterStart, i);
  }
}

/** Marks each bidi run balanced or not; an unbalanced run can reorder the text after it. */
function finishBidiSignals(signals: UnicodeSignal[], original: string): void {
  if (!signals.some((s) => s.kind === 'bidi_control')) return;
  for (const s of signals) {
    if (s.kind !== 'bidi_control') continue;
    const withDepth = s as UnicodeSignal & { depth?: number };
    const depth = withDepth.depth ?? 0;
    delete withDepth.depth;
    // Only overrides and isolates reorder; a lone LRM/RLM mark is common in RTL text.
    const hasReordering = /[\u202a-\u202e\u2066-\u2069]/.test(original.slice(s.start, s.end)) || depth !== 0;
    s.detail = { unbalanced: depth !== 0, reordering: hasReordering };
  }
  // Balance is also judged across runs: an opener in one run closed in a later one is fine.
  let depth = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (bidiOpenKind(c)) depth++;
    else if (c === BIDI_POP_EMBED || c === BIDI_POP_ISOLATE) depth = Math.max(0, depth - 1);
    else if (c === 0x0a) depth = 0; // paragraph end resets embedding in UAX #9
  }
  if (depth === 0) {
    for (const s of signals) if (s.kind === 'bidi_control' && s.detail) s.detail.unbalanced = false;
  }
}

/**
 * Replaces look-alike letters with the Latin ones they imitate, in words that mix Latin with
 * another script, or in any word when the text is mostly Latin. Lengths are unchanged, so the
 * offset map stays valid.
 */
/** Per BMP unit: LATIN or FOREIGN letter (Cyrillic, Greek, Armenian), and whether it is a look-alike. */
const LATIN = 1;
const FOREIGN = 2;
const CONFUSABLE = 4;
const LETTER_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) {
    const s = scriptOf(cp);
    table[cp] = (s === 'latin' ? LATIN : s === 'other' ? 0 : FOREIGN) | (CONFUSABLE_TO_LATIN.has(cp) ? CONFUSABLE : 0);
  }
  return table;
})();

function foldConfusables(text: string, mapper: SpanMapper, signals: UnicodeSignal[]): string {
  if (!/[\u0250-\u02af\u0370-\u058f\u1d00-\u1d2b\ua731]/.test(text)) return text;
  const n = text.length;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < n; i++) {
    const c = LETTER_CLASS[text.charCodeAt(i)]!;
    if (c & LATIN) latin++;
    else if (c & FOREIGN) other++;
  }
  const latinText = latin > other;
  let chars: string[] | null = null;
  // Words are maximal runs of Latin/Cyrillic/Greek/Armenian letters; anything else separates them.
  // (Table lookups, not function calls: this loop runs over every character of non-ASCII text.)
  let i = 0;
  while (i < n) {
    if ((LETTER_CLASS[text.charCodeAt(i)]! & (LATIN | FOREIGN)) === 0) {
      i++;
      continue;
    }
    const start = i;
    let seen = 0;
    let allConfusable = true;
    for (; i < n; i++) {
      const c = LETTER_CLASS[text.charCodeAt(i)]!;
      if ((c & (LATIN | FOREIGN)) === 0) break;
      seen |= c;
      if ((c & FOREIGN) !== 0 && (c & CONFUSABLE) === 0) allConfusable = false;
    }
    if ((seen & CONFUSABLE) === 0) continue;
    const hasLatin = (seen & LATIN) !== 0;
    const hasForeign = (seen & FOREIGN) !== 0;
    const mixed = hasLatin && hasForeign;
    const disguised = mixed || (latinText && hasForeign && allConfusable);
    // Latin-only words fold their own look-alikes (dotless i, small caps) without a signal;
    // real words of another script are left alone.
    if (!disguised && hasForeign) continue;
    chars ??= text.split('');
    foldWord(chars, start, text.slice(start, i));
    if (disguised) {
      const span = mapper.toOriginal(start, i);
      signals.push({ kind: 'mixed_script', start: span.start, end: span.end, count: 1, detail: { mixedWord: mixed } });
    }
  }
  return chars ? chars.join('') : text;
}

function foldWord(chars: string[], at: number, w: string): boolean {
  let changed = false;
  for (let k = 0; k < w.length; k++) {
    const latin = CONFUSABLE_TO_LATIN.get(w.charCodeAt(k));
    if (latin) {
      chars[at + k] = latin;
      changed = true;
    }
  }
  return changed;
}

function codePointBefore(s: string, i: number): number {
  if (i <= 0) return 0;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) return s.codePointAt(i - 2) ?? 0;
  return low;
}

/** True when position i sits in a tag run that follows a black flag and ends with a cancel tag. */
function isInsideFlagSequence(s: string, i: number): boolean {
  let j = i;
  while (j >= 2) {
    const cp = s.codePointAt(j - 2) ?? 0;
    if (cp === BLACK_FLAG) return true;
    if (!isTag(cp)) return false;
    j -= 2;
  }
  return false;
}

/** Skips a flag's tag letters and its cancel tag; returns the index after them. */
function skipTagRun(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const cp = s.codePointAt(j) ?? 0;
    if (!isTag(cp)) break;
    j += 2;
    if (cp === TAG_CANCEL) break;
  }
  return j;
}

function isPictographic(cp: number): boolean {
  return (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || cp === 0x2640 || cp === 0x2642;
}
