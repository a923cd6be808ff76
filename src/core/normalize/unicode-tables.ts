/**
 * Character facts used by normalization. Sources: Unicode's General Category Cf list, the bidi
 * control list of UAX #9, the tag block (U+E0000–E007F), variation selectors, and the look-alike
 * pairs of Unicode's confusables.txt restricted to letters that render like basic Latin in common fonts.
 */

/** Zero-width and other invisible formatting characters that carry no visible text. */
export function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // arabic letter mark (also bidi; handled as bidi first)
    cp === 0x115f ||
    cp === 0x1160 || // hangul fillers
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e || // mongolian vowel separator
    (cp >= 0x200b && cp <= 0x200d) || // ZWSP, ZWNJ, ZWJ
    (cp >= 0x2060 && cp <= 0x2064) || // word joiner, invisible operators
    cp === 0x3164 ||
    cp === 0xfeff || // BOM / ZWNBSP
    cp === 0xffa0 ||
    (cp >= 0x1d173 && cp <= 0x1d17a) // musical invisible formatting
  );
}

/** Bidirectional controls: the Trojan Source characters. */
export function isBidiControl(cp: number): boolean {
  return (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}

/** Bidi controls that open an embedding/override/isolate and need a matching close. */
export function bidiOpenKind(cp: number): 'embed' | 'isolate' | null {
  if (cp >= 0x202a && cp <= 0x202e && cp !== 0x202c) return 'embed';
  if (cp >= 0x2066 && cp <= 0x2068) return 'isolate';
  return null;
}
export const BIDI_POP_EMBED = 0x202c;
export const BIDI_POP_ISOLATE = 0x2069;

export const TAG_BLOCK_START = 0xe0000;
export const TAG_BLOCK_END = 0xe007f;
export const TAG_CANCEL = 0xe007f;
/** U+1F3F4 WAVING BLACK FLAG starts the only legitimate use of tag characters: subdivision flags. */
export const BLACK_FLAG = 0x1f3f4;

export function isTag(cp: number): boolean {
  return cp >= TAG_BLOCK_START && cp <= TAG_BLOCK_END;
}

/** Variation selectors; runs of them can smuggle one byte per selector. */
export function variationSelectorByte(cp: number): number | null {
  if (cp >= 0xfe00 && cp <= 0xfe0f) return cp - 0xfe00;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return cp - 0xe0100 + 16;
  return null;
}

/** Combining marks attach to the previous character; NFKC must see them together. */
export function isCombiningMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x0483 && cp <= 0x0489) ||
    (cp >= 0x0591 && cp <= 0x05bd) ||
    (cp >= 0x0610 && cp <= 0x061a) ||
    (cp >= 0x064b && cp <= 0x065f) ||
    (cp >= 0x0900 && cp <= 0x0903) ||
    (cp >= 0x093a && cp <= 0x094f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0x3099 && cp <= 0x309a) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

/**
 * Look-alikes that render as a basic Latin letter. Folding is applied only where the surrounding
 * text is Latin (a mixed-script word, or a foreign word inside Latin text) so real Russian or Greek
 * text is left alone. Every key and value is one BMP code unit, so folding keeps offsets intact.
 */
export const CONFUSABLE_TO_LATIN: ReadonlyMap<number, string> = new Map(
  Object.entries({
    // Cyrillic
    а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o',
    р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y', ɡ: 'g',
    А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
    У: 'Y', І: 'I', Ї: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y', Һ: 'H', Ӏ: 'I', Ь: 'b',
    // Greek
    α: 'a', β: 'b', γ: 'y', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
    ω: 'w', ϲ: 'c', ϳ: 'j', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N',
    Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
    // Armenian
    օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q', Տ: 'S', Օ: 'O',
    // Latin look-alikes outside basic Latin that NFKC leaves alone
    ı: 'i', ɑ: 'a', ɩ: 'i', ʏ: 'y', ᴀ: 'A', ᴄ: 'C', ᴅ: 'D', ᴇ: 'E', ᴊ: 'J', ᴋ: 'K', ᴍ: 'M', ᴏ: 'O',
    ᴘ: 'P', ᴛ: 'T', ᴜ: 'U', ᴠ: 'V', ᴡ: 'W', ᴢ: 'Z', ʀ: 'R', ɢ: 'G', ʜ: 'H', ɪ: 'I', ʟ: 'L', ɴ: 'N',
    ꜱ: 'S',
  }).map(([k, v]) => [k.charCodeAt(0), v]),
);

/** Scripts whose letters we count to decide whether a text is Latin-dominant. */
export function scriptOf(cp: number): 'latin' | 'cyrillic' | 'greek' | 'armenian' | 'other' {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp <= 0x24f)) return 'latin';
  if ((cp >= 0x1d00 && cp <= 0x1d2b) || cp === 0xa731 || (cp >= 0x250 && cp <= 0x2af)) return 'latin';
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (cp >= 0x370 && cp <= 0x3ff) return 'greek';
  if (cp >= 0x530 && cp <= 0x58f) return 'armenian';
  return 'other';
}
