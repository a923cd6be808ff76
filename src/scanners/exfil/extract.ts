/**
 * Finds every place in a model's answer where a renderer (a chat UI, a markdown viewer, a browser)
 * would fetch or offer a URL: markdown images and links (inline and reference style), autolinks,
 * bare URLs, HTML elements that load or link things, CSS `url(...)` and `@import`.
 *
 * Every pattern here is linear: each one starts at a fixed delimiter and its repeated part cannot
 * run past the next start of the same pattern, so adversarial inputs (`[[[[…`, `![![![…`) cost
 * one pass each. No markup is rendered or executed; this is a read-only tokenizer.
 */

/** How the renderer treats the URL, which decides how dangerous an unknown host is. */
export type UrlRole =
  /** Fetched as soon as the text is shown (images, CSS): zero-click exfiltration. */
  | 'image'
  /** Loaded or executed as soon as the text is shown (iframe, script, stylesheet, refresh, base). */
  | 'embed'
  /** Needs a click and hides its destination behind link text (markdown link, `<a href>`). */
  | 'link'
  /** Needs a click and shows its destination (bare URL, `<https://…>` autolink). */
  | 'visible_link';

export interface UrlReference {
  /** The destination as the renderer would see it (escapes and entities decoded). */
  url: string;
  role: UrlRole;
  /** What produced it: `markdown_image`, `markdown_link`, `markdown_reference`, `autolink`, `bare_url`, `css`, or an HTML tag name. */
  element: string;
  /** Span of the whole construct (the markdown image, the HTML tag, the URL) in the scanned text. */
  start: number;
  end: number;
  /** Where the URL text begins, used to avoid reporting one URL twice. */
  urlStart: number;
}

/** Stop collecting after this many references; the caller reports the overflow. */
export const MAX_REFERENCES = 5000;

const MD_INLINE =
  /\]\(\s*(?:<([^<>\n]*)>|([^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*))(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)?/g;
const MD_REF_DEF = /^[ \t]{0,3}\[([^[\]\n]{1,999})\]:[ \t]*(?:\n[ \t]*)?(?:<([^<>\n]*)>|(\S+))/gm;
const MD_IMAGE_REF = /!\[([^[\]\n]{0,999})\](?:\[([^[\]\n]{0,999})\])?/g;
const AUTOLINK = /<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>/g;
const BARE_URL = /\b(?:(?:https?|ftp|wss?):\/\/|www\.)[^\s<>"'`]+/gi;
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)([^<>]*)>?/g;
const HTML_ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const CSS_URL = /\burl\(\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^)"'\s]*))\s*\)?/gi;
const CSS_IMPORT = /@import\s+(?:"([^"\n]*)"|'([^'\n]*)')/gi;
const META_REFRESH_URL = /url\s*=\s*['"]?([^'"\s;]+)/i;
const STYLE_CONTEXT = /<style|\sstyle\s*=/i;

/** HTML tags that load what they reference as soon as the markup is rendered. */
const IMAGE_TAGS = new Set(['img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'input', 'feimage', 'body', 'table', 'td', 'th']);
const EMBED_TAGS = new Set(['iframe', 'frame', 'embed', 'object', 'script', 'link', 'base', 'meta', 'portal', 'applet', 'use']);
const LINK_TAGS = new Set(['a', 'area', 'form', 'button']);
/** Attributes that hold a URL (or a list of them, for srcset). */
const URL_ATTRIBUTES = new Set([
  'src', 'href', 'xlink:href', 'srcset', 'imagesrcset', 'data', 'poster', 'background', 'action', 'formaction',
  'lowsrc', 'dynsrc', 'ping', 'longdesc', 'codebase', 'archive',
]);

/** Collects every URL reference in `text`, in no particular order, at most MAX_REFERENCES. */
export function extractUrlReferences(text: string): { references: UrlReference[]; truncated: boolean } {
  const sink = new ReferenceSink();
  if (text.includes('](')) collectMarkdownInline(text, sink);
  if (text.includes(']:')) collectMarkdownReferences(text, sink);
  if (text.includes('<')) {
    collectAutolinks(text, sink);
    collectHtml(text, sink);
  }
  if (/url\(|@import/i.test(text)) collectCss(text, sink);
  collectBareUrls(text, sink);
  return { references: sink.references, truncated: sink.truncated };
}

class ReferenceSink {
  readonly references: UrlReference[] = [];
  readonly urlStarts = new Set<number>();
  truncated = false;

  add(ref: UrlReference): boolean {
    if (this.references.length >= MAX_REFERENCES) {
      this.truncated = true;
      return false;
    }
    if (ref.url.trim() === '') return true;
    this.references.push(ref);
    this.urlStarts.add(ref.urlStart);
    return true;
  }
}

function collectMarkdownInline(text: string, sink: ReferenceSink): void {
  const openerOf = matchBrackets(text);
  for (const m of text.matchAll(MD_INLINE)) {
    const close = m.index!;
    const rawUrl = m[1] ?? m[2] ?? '';
    const urlStart = close + m[0].indexOf(rawUrl, 2);
    const open = openerOf.get(close);
    const isImage = open !== undefined && open > 0 && text[open - 1] === '!' && !isEscaped(text, open - 1);
    const start = open === undefined ? close : isImage ? open - 1 : open;
    const ok = sink.add({
      url: decodeEntities(unescapeMarkdown(rawUrl)),
      role: isImage ? 'image' : 'link',
      element: isImage ? 'markdown_image' : 'markdown_link',
      start,
      end: close + m[0].length,
      urlStart,
    });
    if (!ok) return;
  }
}

/**
 * For every `]` directly followed by `(`, the index of the `[` it closes. One pass with a stack,
 * so nested and unbalanced brackets cost linear time.
 */
function matchBrackets(text: string): Map<number, number> {
  const stack: number[] = [];
  const openerOf = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
      continue;
    }
    if (c === 0x5b /* [ */) stack.push(i);
    else if (c === 0x5d /* ] */) {
      const open = stack.pop();
      if (open !== undefined && text.charCodeAt(i + 1) === 0x28 /* ( */) openerOf.set(i, open);
    }
  }
  return openerOf;
}

function collectMarkdownReferences(text: string, sink: ReferenceSink): void {
  const imageLabels = new Set<string>();
  if (text.includes('![')) {
    for (const m of text.matchAll(MD_IMAGE_REF)) imageLabels.add(normalizeLabel(m[2] || m[1] || ''));
  }
  for (const m of text.matchAll(MD_REF_DEF)) {
    const rawUrl = m[2] ?? m[3] ?? '';
    const isImage = imageLabels.has(normalizeLabel(m[1] ?? ''));
    const ok = sink.add({
      url: decodeEntities(unescapeMarkdown(rawUrl)),
      role: isImage ? 'image' : 'link',
      element: 'markdown_reference',
      start: m.index!,
      end: m.index! + m[0].length,
      urlStart: m.index! + m[0].lastIndexOf(rawUrl),
    });
    if (!ok) return;
  }
}

function collectAutolinks(text: string, sink: ReferenceSink): void {
  for (const m of text.matchAll(AUTOLINK)) {
    const ok = sink.add({
      url: m[1]!,
      role: 'visible_link',
      element: 'autolink',
      start: m.index!,
      end: m.index! + m[0].length,
      urlStart: m.index! + 1,
    });
    if (!ok) return;
  }
}

function collectHtml(text: string, sink: ReferenceSink): void {
  for (const m of text.matchAll(HTML_TAG)) {
    const tag = m[1]!.toLowerCase();
    const attrs = m[2] ?? '';
    if (attrs.length === 0) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const attrOffset = start + 1 + m[1]!.length;
    for (const a of attrs.matchAll(HTML_ATTR)) {
      const name = a[1]!.toLowerCase();
      const value = a[2] ?? a[3] ?? a[4];
      if (value === undefined) continue;
      const urlStart = attrOffset + a.index! + a[0].length - value.length - (a[4] === undefined ? 1 : 0);
      if (tag === 'meta' && name === 'content') {
        const refresh = META_REFRESH_URL.exec(decodeEntities(value));
        if (refresh && !sink.add({ url: refresh[1]!, role: 'embed', element: tag, start, end, urlStart })) return;
        continue;
      }
      if (!URL_ATTRIBUTES.has(name)) continue;
      const role = htmlRole(tag, name);
      const decoded = decodeEntities(value);
      const urls = name === 'srcset' || name === 'imagesrcset' ? srcsetUrls(decoded) : name === 'ping' || name === 'archive' ? decoded.split(/[\s,]+/) : [decoded];
      for (const url of urls) {
        if (!sink.add({ url, role, element: tag, start, end, urlStart })) return;
      }
    }
  }
}

function htmlRole(tag: string, attribute: string): UrlRole {
  if (LINK_TAGS.has(tag)) return 'link';
  if (EMBED_TAGS.has(tag)) return 'embed';
  if (IMAGE_TAGS.has(tag)) return 'image';
  // Any other element: background/poster load by themselves, href on an unknown tag is a link.
  return attribute === 'href' || attribute === 'xlink:href' || attribute === 'action' ? 'link' : 'image';
}

/** The URLs of a srcset list: `a.png 1x, b.png 2x` (URLs may contain commas, descriptors may not). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && (isSpace(value.charCodeAt(i)) || value[i] === ',')) i++;
    const from = i;
    while (i < n && !isSpace(value.charCodeAt(i))) i++;
    let url = value.slice(from, i);
    const trailingCommas = /,+$/.exec(url);
    if (trailingCommas) url = url.slice(0, trailingCommas.index);
    else {
      while (i < n && value[i] !== ',') i++; // descriptors
    }
    if (url) urls.push(url);
  }
  return urls;
}

function collectCss(text: string, sink: ReferenceSink): void {
  // CSS only loads when it is inside a <style> element or a style attribute; prose about CSS is a link at most.
  const role: UrlRole = STYLE_CONTEXT.test(text) ? 'image' : 'link';
  for (const pattern of [CSS_URL, CSS_IMPORT]) {
    for (const m of text.matchAll(pattern)) {
      const raw = m[1] ?? m[2] ?? m[3] ?? '';
      const inner = raw ? m[0].indexOf(raw, pattern === CSS_URL ? 4 : 7) : 0;
      if (!sink.add({ url: decodeCssEscapes(raw), role, element: 'css', start: m.index!, end: m.index! + m[0].length, urlStart: m.index! + inner })) return;
    }
  }
}

/** Bare URLs, except those already seen inside a markdown or HTML construct. */
function collectBareUrls(text: string, sink: ReferenceSink): void {
  const covered = mergedSpans(sink.references);
  let next = 0;
  for (const m of text.matchAll(BARE_URL)) {
    const start = m.index!;
    while (next < covered.length && covered[next]![1] <= start) next++;
    if (sink.urlStarts.has(start) || (next < covered.length && covered[next]![0] <= start)) continue;
    const url = trimTrailingPunctuation(m[0]);
    const full = /^www\./i.test(url) ? `http://${url}` : url;
    if (!sink.add({ url: full, role: 'visible_link', element: 'bare_url', start, end: start + url.length, urlStart: start })) return;
  }
}

/** The spans of the references found so far, sorted and merged. */
function mergedSpans(references: readonly UrlReference[]): [number, number][] {
  const spans = references.map((r): [number, number] => [r.start, r.end]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** GFM's rule: trailing punctuation ends a bare URL, and a `)` only belongs to it when balanced. */
function trimTrailingPunctuation(url: string): string {
  let opens = 0;
  let closes = 0;
  for (let i = 0; i < url.length; i++) {
    if (url[i] === '(') opens++;
    else if (url[i] === ')') closes++;
  }
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c !== undefined && '.,:;!?\'"*_~]'.includes(c)) end--;
    else if (c === ')' && opens < closes) {
      end--;
      closes--;
    } else break;
  }
  return url.slice(0, end);
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** CommonMark backslash escapes: `\X` for ASCII punctuation X is X. */
function unescapeMarkdown(s: string): string {
  return s.includes('\\') ? s.replace(/\\([!-/:-@[-`{-~])/g, '$1') : s;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', sol: '/', bsol: '\\', period: '.', tab: '\t',
  newline: '\n', num: '#', commat: '@', lpar: '(', rpar: ')', percnt: '%', quest: '?', equals: '=', nbsp: '\u00a0',
};

/** HTML character references, which renderers decode in attribute values and markdown destinations. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z]{2,8}));?/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const cp = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}

/** CSS escapes in url(): `\68 ttps` is `https`. */
function decodeCssEscapes(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_w, hex?: string, ch?: string) => {
    if (ch !== undefined) return ch;
    const cp = Number.parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  });
}
