import { domainToASCII } from 'node:url';

/**
 * The allowlist of hosts a model's answer may point to. Entries are exact hosts (`cdn.example.com`)
 * or wildcards (`*.example.com`, which matches any subdomain but not `example.com` itself, so the
 * owner of the apex has to list it on purpose). Matching is case-insensitive, IDN-aware (entries
 * and URLs are compared in punycode, as WHATWG `URL` gives them) and ignores one trailing dot.
 */
export interface HostAllowlist {
  allows(hostname: string): boolean;
}

/** Builds the allowlist; throws (the scanner then fails closed) when an entry is not a host. */
export function createHostAllowlist(entries: readonly unknown[]): HostAllowlist {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string' || entry.trim() === '') {
      throw new Error(`exfil: options.allowedHosts[${index}] must be a non-empty host name`);
    }
    let host = entry.trim();
    // Be forgiving about a full URL being pasted in; only its host counts.
    if (host.includes('://')) {
      try {
        host = new URL(host).hostname;
      } catch {
        throw new Error(`exfil: options.allowedHosts[${index}] is neither a host nor a URL`);
      }
    }
    const wildcard = host.startsWith('*.');
    const ascii = canonicalHost(wildcard ? host.slice(2) : host);
    if (ascii === '') throw new Error(`exfil: options.allowedHosts[${index}] is not a valid host name`);
    if (wildcard) suffixes.push(`.${ascii}`);
    else exact.add(ascii);
  });
  return {
    allows(hostname: string): boolean {
      const host = canonicalHost(hostname);
      if (host === '') return false;
      if (exact.has(host)) return true;
      return suffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
    },
  };
}

/** Lower-case punycode without a trailing dot; IP literals pass through (`[::1]`, `127.0.0.1`). */
export function canonicalHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.startsWith('[') && h.endsWith(']')) return h;
  return domainToASCII(h);
}

/** True for IPv4 and IPv6 literals as WHATWG `URL` serializes them. */
export function isIpLiteral(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname);
}
