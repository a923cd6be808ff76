import type { AlignedText } from './aligned-text.js';
import { TokenizerFormatError, asArray, asObject, optionalBoolean, requireString } from './spec.js';

/** One step of tokenizer.json's `pre_tokenizer`: cuts text into words the model then splits further. */
export type PreTokenizer = (pieces: AlignedText[]) => AlignedText[];

type Behavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';
const BEHAVIORS: readonly Behavior[] = ['Removed', 'Isolated', 'MergedWithPrevious', 'MergedWithNext', 'Contiguous'];

const SUPPORTED = 'Sequence, Metaspace, BertPreTokenizer, Whitespace, WhitespaceSplit, Punctuation, Digits, Split';

/** ASCII punctuation and every Unicode punctuation category, as BERT defines punctuation. */
const PUNCTUATION = '[!-\\/:-@\\[-`{-~\\p{P}]';
// Rust's char::is_whitespace (what tokenizer.json was made with) is Unicode White_Space; JS \s adds U+FEFF.
const WHITESPACE = /\p{White_Space}+/gu;
const WORD = '[\\p{L}\\p{N}\\p{M}\\p{Pc}]';

/** Builds the pre-tokenizer tokenizer.json describes (`null` means the whole text is one word). */
export function buildPreTokenizer(spec: unknown): PreTokenizer {
  if (spec === null || spec === undefined) return (p) => p;
  const o = asObject(spec, 'pre_tokenizer');
  const type = requireString(o.type, 'pre_tokenizer.type');
  switch (type) {
    case 'Sequence': {
      const steps = asArray(o.pretokenizers, 'pre_tokenizer.pretokenizers').map(buildPreTokenizer);
      return (p) => steps.reduce((acc, step) => step(acc), p);
    }
    case 'Metaspace':
      return metaspace(o);
    case 'BertPreTokenizer':
      return (p) => splitAll(splitAll(p, WHITESPACE, 'Removed'), new RegExp(PUNCTUATION, 'gu'), 'Isolated');
    case 'WhitespaceSplit':
      return (p) => splitAll(p, WHITESPACE, 'Removed');
    case 'Whitespace':
      return (p) => p.flatMap((t) => matchesOf(t, new RegExp(`${WORD}+|[^\\p{L}\\p{N}\\p{M}\\p{Pc}\\s]+`, 'gu')));
    case 'Punctuation': {
      const behavior = behaviorOf(o.behavior, 'Isolated');
      return (p) => splitAll(p, new RegExp(behavior === 'Contiguous' ? `${PUNCTUATION}+` : PUNCTUATION, 'gu'), behavior === 'Contiguous' ? 'Isolated' : behavior);
    }
    case 'Digits':
      return (p) => splitAll(p, optionalBoolean(o.individual_digits, false) ? /\p{Nd}/gu : /\p{Nd}+/gu, 'Isolated');
    case 'Split':
      return split(o);
    default:
      throw new TokenizerFormatError(`pre_tokenizer type "${type}" is not supported (supported: ${SUPPORTED})`);
  }
}

function behaviorOf(value: unknown, fallback: Behavior): Behavior {
  if (value === undefined || value === null) return fallback;
  // tokenizer.json spells behaviours in PascalCase; older files use lowercase.
  const found = BEHAVIORS.find((b) => b.toLowerCase() === String(value).toLowerCase());
  if (!found) throw new TokenizerFormatError(`split behavior "${String(value).slice(0, 30)}" is not supported (supported: ${BEHAVIORS.join(', ')})`);
  return found;
}

/**
 * SentencePiece's view of spaces: every space becomes "▁" and a "▁" is put in front of the text,
 * so "hello" at the start reads like "hello" after a space. With `split`, each "▁" starts a word.
 */
function metaspace(o: Record<string, unknown>): PreTokenizer {
  const replacement = typeof o.replacement === 'string' && o.replacement.length > 0 ? o.replacement : '▁';
  // Newer files say prepend_scheme (always | first | never); older ones add_prefix_space.
  const scheme = typeof o.prepend_scheme === 'string' ? o.prepend_scheme : optionalBoolean(o.add_prefix_space, true) ? 'always' : 'never';
  if (!['always', 'first', 'never'].includes(scheme)) throw new TokenizerFormatError(`Metaspace prepend_scheme "${scheme.slice(0, 20)}" is not supported`);
  const splitWords = optionalBoolean(o.split, true);
  const spaces = / /gu;
  const delimiter = new RegExp(escapeRegExp(replacement), 'gu');
  return (pieces) =>
    pieces.flatMap((piece, index) => {
      let t = piece.replaceAll(spaces, replacement);
      const prepend = scheme === 'always' || (scheme === 'first' && index === 0);
      if (prepend && t.length > 0 && !t.text.startsWith(replacement)) t = t.prepend(replacement);
      return splitWords ? splitOne(t, delimiter, 'MergedWithNext') : [t];
    });
}

function split(o: Record<string, unknown>): PreTokenizer {
  const pattern = asObject(o.pattern, 'Split.pattern');
  let source: string;
  if (typeof pattern.String === 'string') source = escapeRegExp(pattern.String);
  else if (typeof pattern.Regex === 'string') source = pattern.Regex;
  else throw new TokenizerFormatError('Split.pattern must hold String or Regex');
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'gu');
  } catch {
    throw new TokenizerFormatError(`Split pattern /${source.slice(0, 40)}/ is not a regular expression JavaScript understands`);
  }
  const behavior = behaviorOf(o.behavior, 'Isolated');
  if (optionalBoolean(o.invert, false)) {
    if (behavior !== 'Removed' && behavior !== 'Isolated') throw new TokenizerFormatError('Split with invert is supported only with behavior Removed or Isolated');
    return (p) => p.flatMap((t) => matchesOf(t, regex));
  }
  return (p) => splitAll(p, regex, behavior);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function splitAll(pieces: AlignedText[], delimiter: RegExp, behavior: Behavior): AlignedText[] {
  return pieces.flatMap((t) => splitOne(t, delimiter, behavior));
}

/** Cuts one piece at every match of `delimiter`, keeping the delimiter as `behavior` says. */
function splitOne(t: AlignedText, delimiter: RegExp, behavior: Behavior): AlignedText[] {
  const out: AlignedText[] = [];
  let last = 0;
  // Where the current word began when a delimiter was merged into it (MergedWithNext).
  let carriedFrom: number | undefined;
  for (const m of t.text.matchAll(delimiter)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) continue;
    const wordStart = carriedFrom ?? last;
    switch (behavior) {
      case 'Removed':
        if (start > wordStart) out.push(t.slice(wordStart, start));
        carriedFrom = undefined;
        break;
      case 'Isolated':
      case 'Contiguous':
        if (start > wordStart) out.push(t.slice(wordStart, start));
        out.push(t.slice(start, end));
        carriedFrom = undefined;
        break;
      case 'MergedWithPrevious':
        out.push(t.slice(wordStart, end));
        carriedFrom = undefined;
        break;
      case 'MergedWithNext':
        if (start > wordStart) out.push(t.slice(wordStart, start));
        carriedFrom = start;
        break;
    }
    last = end;
  }
  const tailStart = carriedFrom ?? last;
  if (t.length > tailStart) out.push(t.slice(tailStart, t.length));
  return out;
}

/** The matches of `pattern` are the words; everything between them is dropped. */
function matchesOf(t: AlignedText, pattern: RegExp): AlignedText[] {
  const out: AlignedText[] = [];
  for (const m of t.text.matchAll(pattern)) if (m[0].length > 0) out.push(t.slice(m.index, m.index + m[0].length));
  return out;
}
