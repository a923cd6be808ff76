/**
 * Turns a URL as written in a model's answer into what a browser would do with it, using the
 * WHATWG `URL` parser (the one browsers implement), so tricks such as `https://allowed.com@evil.com`,
 * `//evil.com`, `/\evil.com`, `https://%65vil.com` or a tab inside `java\tscript:` resolve the way
 * they would in a page. Never throws.
 */

/** Relative URLs stay on the page's own origin; these bases stand in for that unknown page. */
const PAGE_BASES = ['https://relative.rampart.invalid/', 'http://relative.rampart.invalid/'];
const PAGE_HOST = 'relative.rampart.invalid';
/** Parsing a longer URL than this is pointless: its host is near the start and the rest is data. */
const MAX_URL_CHARS = 65_536;
const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);
const SCRIPT_PROTOCOLS = new Set(['javascript:', 'vbscript:']);

export type ClassifiedUrl =
  | { type: 'relative' }
  | { type: 'invalid' }
  | { type: 'network'; hostname: string; userinfo: boolean; payload: PayloadSignals }
  | { type: 'data'; mediaType: string }
  | { type: 'script' }
  | { type: 'other' };

export interface PayloadSignals {
  /** True when the URL looks like it carries data out (query or path holding a payload). */
  carriesData: boolean;
  /** Why, as short codes: many_params, long_value, high_entropy, base64, long_query, long_path, host_label, oversize. */
  reasons: string[];
  params: number;
}

export function classifyUrl(raw: string): ClassifiedUrl {
  const oversize = raw.length > MAX_URL_CHARS;
  const text = oversize ? raw.slice(0, MAX_URL_CHARS) : raw;
  let url: URL | undefined;
  for (const base of PAGE_BASES) {
    const parsed = parseUrl(text, base);
    if (!parsed) return { type: 'invalid' };
    url = parsed;
    if (parsed.hostname !== PAGE_HOST) break;
  }
  if (!url) return { type: 'invalid' };
  const protocol = url.protocol;
  if (protocol === 'data:') return { type: 'data', mediaType: dataMediaType(url.pathname) };
  if (SCRIPT_PROTOCOLS.has(protocol)) return { type: 'script' };
  if (!NETWORK_PROTOCOLS.has(protocol)) return { type: 'other' };
  if (url.hostname === PAGE_HOST || url.hostname === '') return { type: 'relative' };
  const payload = payloadSignals(url);
  if (oversize) {
    payload.carriesData = true;
    payload.reasons.push('oversize');
  }
  return { type: 'network', hostname: url.hostname, userinfo: url.username !== '' || url.password !== '', payload };
}

function parseUrl(text: string, base: string): URL | undefined {
  try {
    return new URL(text, base);
  } catch {
    return undefined;
  }
}

function dataMediaType(pathname: string): string {
  const head = pathname.slice(0, 200);
  const end = head.search(/[;,]/);
  const type = (end < 0 ? head : head.slice(0, end)).trim().toLowerCase();
  return type === '' ? 'text/plain' : type;
}

const BASE64ISH = /^[A-Za-z0-9+/_-]{24,}={0,2}$/;

/** Most query parameters and path segments looked at in one URL. */
const MAX_PARTS = 1000;

/** Looks at query values, path segments and the fragment for data that does not belong in a URL. */
function payloadSignals(url: URL): PayloadSignals {
  const reasons = new Set<string>();
  const queryValues: string[] = [];
  let params = 0;
  for (const [name, value] of url.searchParams) {
    if (++params > MAX_PARTS) break;
    queryValues.push(value === '' ? name : value); // `?SECRETDATA` with no `=` carries it in the name
  }
  if (params >= 4) reasons.add('many_params');
  if (url.search.length >= 128) reasons.add('long_query');
  if (queryValues.some((v) => v.length >= 32)) reasons.add('long_value');
  const pathSegments = url.pathname.split('/', MAX_PARTS).map(safeDecode);
  if (pathSegments.some((s) => s.length >= 48)) reasons.add('long_path');
  const candidates = [...queryValues, ...pathSegments.map((s) => s.replace(/\.(?:png|jpe?g|gif|svg|webp|ico|bmp)$/i, ''))];
  if (url.hash.length > 1) candidates.push(safeDecode(url.hash.slice(1)));
  // Data can also leave through DNS: `c2VjcmV0.evil.test` is looked up before anything is fetched.
  const labels = url.hostname.startsWith('[') ? [] : url.hostname.split('.').slice(0, -2);
  if (labels.some((label) => label.length >= 32 || looksRandom(label))) reasons.add('host_label');
  for (const value of candidates) {
    if (looksRandom(value)) reasons.add('high_entropy');
    if (BASE64ISH.test(value) && /[A-Z]/.test(value) && /[a-z0-9]/.test(value)) reasons.add('base64');
  }
  return { carriesData: reasons.size > 0, reasons: [...reasons], params };
}

/** Random-looking: long, letters and digits mixed, and a spread of characters words rarely have. */
function looksRandom(value: string): boolean {
  return value.length >= 16 && /\d/.test(value) && /[a-z]/i.test(value) && shannonEntropy(value) >= 3.5;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Bits per character; English words sit near 3, random base64 near 6. */
export function shannonEntropy(s: string): number {
  const sample = s.length > 4096 ? s.slice(0, 4096) : s;
  const counts = new Map<string, number>();
  for (const ch of sample) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / sample.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
