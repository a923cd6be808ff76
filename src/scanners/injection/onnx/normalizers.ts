import { graphemeRanges, type AlignedText } from './aligned-text.js';
import { PrecompiledCharsmap } from './precompiled.js';
import { TokenizerFormatError, asArray, asObject, optionalBoolean, requireString } from './spec.js';

/** One step of tokenizer.json's `normalizer`: rewrites the text, keeping the map to the original. */
export type Normalizer = (text: AlignedText) => AlignedText;

const SUPPORTED = 'Sequence, Lowercase, Strip, StripAccents, NFC, NFD, NFKC, NFKD, BertNormalizer, Replace, Precompiled, Prepend';

/** Builds the normalizer tokenizer.json describes (`null` means none). */
export function buildNormalizer(spec: unknown): Normalizer {
  if (spec === null || spec === undefined) return (t) => t;
  const o = asObject(spec, 'normalizer');
  const type = requireString(o.type, 'normalizer.type');
  switch (type) {
    case 'Sequence': {
      const steps = asArray(o.normalizers, 'normalizer.normalizers').map(buildNormalizer);
      return (t) => steps.reduce((acc, step) => step(acc), t);
    }
    case 'Lowercase':
      return (t) => t.mapSegments((s) => s.toLowerCase());
    case 'Strip':
      return strip(optionalBoolean(o.strip_left, true), optionalBoolean(o.strip_right, true));
    case 'StripAccents':
      return (t) => t.mapSegments((s) => s.replace(COMBINING_MARKS, ''));
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD':
      return unicodeForm(type);
    case 'BertNormalizer':
      return bertNormalizer(o);
    case 'Replace':
      return replace(o);
    case 'Precompiled': {
      if (o.precompiled_charsmap === null || o.precompiled_charsmap === undefined || o.precompiled_charsmap === '') return (t) => t;
      const bytes = typeof o.precompiled_charsmap === 'string' ? Buffer.from(o.precompiled_charsmap, 'base64') : Uint8Array.from(asArray(o.precompiled_charsmap, 'precompiled_charsmap') as number[]);
      const charsmap = new PrecompiledCharsmap(bytes);
      return (t) => charsmap.normalize(t);
    }
    case 'Prepend': {
      const prefix = requireString(o.prepend, 'normalizer.prepend');
      return (t) => (t.length === 0 ? t : t.prepend(prefix));
    }
    default:
      throw new TokenizerFormatError(`normalizer type "${type}" is not supported (supported: ${SUPPORTED})`);
  }
}

const COMBINING_MARKS = /\p{Mn}/gu;

/**
 * Unicode normalization form per grapheme cluster: composition needs a letter and its marks
 * together, and a cluster is the smallest unit whose original range stays meaningful.
 */
function unicodeForm(form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD'): Normalizer {
  return (t) => t.mapSegments((s) => s.normalize(form), graphemeRanges(t.text));
}

function strip(left: boolean, right: boolean): Normalizer {
  return (t) => {
    let start = 0;
    let end = t.length;
    if (left) while (start < end && /\p{White_Space}/u.test(t.text[start]!)) start++;
    if (right) while (end > start && /\p{White_Space}/u.test(t.text[end - 1]!)) end--;
    return t.slice(start, end);
  };
}

function replace(o: Record<string, unknown>): Normalizer {
  const pattern = asObject(o.pattern, 'Replace.pattern');
  const content = requireString(o.content, 'Replace.content');
  let regex: RegExp;
  if (typeof pattern.String === 'string') regex = new RegExp(escapeRegExp(pattern.String), 'gu');
  else if (typeof pattern.Regex === 'string') {
    try {
      regex = new RegExp(pattern.Regex, 'gu');
    } catch {
      throw new TokenizerFormatError(`Replace pattern /${pattern.Regex.slice(0, 40)}/ is not a regular expression JavaScript understands`);
    }
  } else throw new TokenizerFormatError('Replace.pattern must hold String or Regex');
  return (t) => t.replaceAll(regex, content);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** BERT's normalizer: drop control characters, space out CJK ideographs, strip accents, lowercase. */
function bertNormalizer(o: Record<string, unknown>): Normalizer {
  const cleanText = optionalBoolean(o.clean_text, true);
  const chineseChars = optionalBoolean(o.handle_chinese_chars, true);
  const lowercase = optionalBoolean(o.lowercase, true);
  // `strip_accents: null` means "whatever lowercase is", as in the original BERT.
  const stripAccents = o.strip_accents === null || o.strip_accents === undefined ? lowercase : optionalBoolean(o.strip_accents, lowercase);
  return (t) => {
    let out = t;
    if (cleanText) out = out.mapSegments(cleanBertChar);
    if (chineseChars) out = out.mapSegments((s) => (isCjkIdeograph(s.codePointAt(0)!) ? ` ${s} ` : s));
    if (stripAccents) out = out.mapSegments((s) => s.normalize('NFD').replace(COMBINING_MARKS, ''));
    if (lowercase) out = out.mapSegments((s) => s.toLowerCase());
    return out;
  };
}

function cleanBertChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp === 0 || cp === 0xfffd) return '';
  if (c === '\t' || c === '\n' || c === '\r' || /\p{Zs}/u.test(c)) return ' ';
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(c)) return '';
  return c;
}

function isCjkIdeograph(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

