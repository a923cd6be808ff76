import { posix } from 'node:path';
import type { ArgumentKind } from './config.js';

/**
 * Turns a call's arguments into the string tags Cedar sees on the tool resource. A policy should
 * judge what the call will do, not how the model spelled it: paths are normalized (`/data/../etc`
 * is `/etc`), recipients are reduced to their domain, URLs to host and scheme.
 *
 * Tags: every top-level argument `NAME` (strings as given, other values as JSON), and per kind:
 * - path:  `NAME` is the normalized absolute path (file:// URLs are decoded);
 * - email: `NAME.domain` is the one domain of all recipients (`*multiple*` when they differ),
 *          `NAME.count` the number of recipients;
 * - url:   `NAME.host` (lower case) and `NAME.scheme` (without the colon).
 */
export type ArgumentFacts = { ok: true; tags: Record<string, string>; paths: Record<string, string> } | { ok: false; problem: string };

/** Most top-level arguments a call may carry. */
export const MAX_ARGUMENTS = 64;
const MAX_RECIPIENTS = 100;
export const MULTIPLE_DOMAINS = '*multiple*';

export function argumentFacts(args: Record<string, unknown>, kinds: Readonly<Record<string, ArgumentKind>>): ArgumentFacts {
  const names = Object.keys(args);
  if (names.length > MAX_ARGUMENTS) return { ok: false, problem: `more than ${MAX_ARGUMENTS} arguments` };
  const tags: Record<string, string> = {};
  const paths: Record<string, string> = {};
  for (const name of names) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    tags[name] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  for (const [name, kind] of Object.entries(kinds)) {
    const value = args[name];
    if (value === undefined || value === null || kind === 'text') continue;
    if (kind === 'path') {
      const path = normalizePath(value);
      if (typeof path !== 'string') return { ok: false, problem: `argument ${name}: ${path.problem}` };
      tags[name] = path;
      paths[name] = path;
    } else if (kind === 'email') {
      const domains = recipientDomains(value);
      if (!Array.isArray(domains)) return { ok: false, problem: `argument ${name}: ${domains.problem}` };
      const unique = [...new Set(domains)];
      tags[`${name}.domain`] = unique.length === 1 ? unique[0]! : MULTIPLE_DOMAINS;
      tags[`${name}.count`] = String(domains.length);
    } else {
      const url = parseUrl(value);
      if ('problem' in url) return { ok: false, problem: `argument ${name}: ${url.problem}` };
      tags[`${name}.host`] = url.host;
      tags[`${name}.scheme`] = url.scheme;
    }
  }
  return { ok: true, tags, paths };
}

/** Normalizes a path argument; relative paths stay relative (and so match no `/…` rule). */
export function normalizePath(value: unknown): string | { problem: string } {
  if (typeof value !== 'string') return { problem: 'must be a string path' };
  if (value.length === 0 || value.length > 4096) return { problem: 'path must have 1 to 4096 characters' };
  let path = value;
  if (/^file:/i.test(path)) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      return { problem: 'not a valid file URL' };
    }
  }
  if (path.includes('\0')) return { problem: 'path contains a NUL character' };
  const normalized = posix.normalize(path);
  // A trailing slash names the same directory; drop it so prefixes compare one way.
  return normalized.length > 1 && normalized.endsWith('/') ? normalized.slice(0, -1) : normalized;
}

/** Domains of every recipient in a string (comma/semicolon separated) or an array of strings. */
export function recipientDomains(value: unknown): string[] | { problem: string } {
  const list = Array.isArray(value) ? value : [value];
  const addresses: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') return { problem: 'recipients must be strings' };
    for (const part of item.split(/[,;]/)) if (part.trim().length > 0) addresses.push(part.trim());
  }
  if (addresses.length === 0) return { problem: 'no recipient' };
  if (addresses.length > MAX_RECIPIENTS) return { problem: `more than ${MAX_RECIPIENTS} recipients` };
  const domains: string[] = [];
  for (const raw of addresses) {
    const angle = /<([^<>]*)>\s*$/.exec(raw);
    const address = (angle ? angle[1]! : raw).trim();
    // One @, a non-empty local part, a dotted domain of DNS characters: anything else is refused.
    const m = /^[^\s@<>",;]{1,64}@([A-Za-z0-9.-]{1,253})$/.exec(address);
    if (!m || !m[1]!.includes('.') || m[1]!.startsWith('.') || m[1]!.endsWith('.') || m[1]!.includes('..')) {
      return { problem: 'not a valid email address' };
    }
    domains.push(m[1]!.toLowerCase());
  }
  return domains;
}

function parseUrl(value: unknown): { host: string; scheme: string } | { problem: string } {
  if (typeof value !== 'string' || value.length > 8192) return { problem: 'must be a URL string of at most 8192 characters' };
  try {
    const url = new URL(value);
    return { host: url.hostname.toLowerCase(), scheme: url.protocol.replace(/:$/, '').toLowerCase() };
  } catch {
    return { problem: 'not a valid URL' };
  }
}

/** True when `path` is `prefix` itself or lies below it (both normalized). */
export function isUnder(path: string, prefix: string): boolean {
  const p = normalizePath(prefix);
  if (typeof p !== 'string') return false;
  if (p === '/') return path.startsWith('/');
  return path === p || path.startsWith(`${p}/`);
}
