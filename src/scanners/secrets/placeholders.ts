/**
 * Values that look like secrets but are not: placeholders, environment references, template
 * variables, redaction marks, hashes, UUIDs and subresource-integrity strings. A credential scanner
 * that flags `${OPENAI_API_KEY}` or `sha384-…` teaches people to ignore it.
 */

const PLACEHOLDER_WORDS =
  /(?:example|placeholder|your[_-]?|changeme|change[_-]me|dummy|sample|redacted|insert|replace|fake|xxxx|\*\*\*|<[^>]*>|todo|secret_here|key_here|token_here|here$|^test$|^none$|^null$|^undefined$|^true$|^false$|^password$|^secret$|^empty$|^string$)/i;

/** True when `value` is a reference or a placeholder rather than a credential. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(v) || /\$\{[^}]*\}/.test(v) || /\{\{[^}]*\}\}/.test(v) || /^%[A-Za-z_]\w*%$/.test(v) || /%\([a-z_]+\)s|%s\b|\{\w*\}/.test(v)) return true;
  if (/^(?:process\.env|os\.environ|env\.|getenv|secrets\.|vault:|ENV\[|\$env:)/i.test(v)) return true;
  if (/[<>]/.test(v) || /^\[.*\]$/.test(v) || /^(?:\{|\$\()/.test(v)) return true;
  if (/^(.)\1+$/.test(v) || /^[x*•#.\-_]+$/i.test(v)) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  if (/^(?:abc|123|qwerty)/i.test(v) && v.length < 16) return true;
  if (/abcdefghij/i.test(v)) return true;
  return false;
}

/**
 * A value that fills a format with filler: a run of one character (`xxxxxx`, `######`, `111111`),
 * one character making up most of it, or the word EXAMPLE. Applies to every rule, prefixed or not.
 */
export function isFiller(secret: string): boolean {
  if (secret.includes('EXAMPLE') || (secret.includes('-') && /(\d{3,})-\1-\1/.test(secret))) return true;
  // One pass over the code units (this runs on every candidate, so no Map and no regex): the longest
  // run of one unit, and the most frequent unit. Non-ASCII values (rare) are counted by character.
  const counts = new Uint32Array(128);
  let most = 0;
  let run = 0;
  for (let i = 0; i < secret.length; i++) {
    const c = secret.charCodeAt(i);
    if (c >= 128) return isFillerByCharacter(secret);
    const n = ++counts[c]!;
    if (n > most) most = n;
    run = i > 0 && c === secret.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= 10) return true;
  }
  return most / secret.length > 0.4;
}

function isFillerByCharacter(secret: string): boolean {
  if (/(.)\1{9,}/u.test(secret)) return true;
  const counts = new Map<string, number>();
  let length = 0;
  for (const ch of secret) {
    counts.set(ch, (counts.get(ch) ?? 0) + 1);
    length++;
  }
  return Math.max(...counts.values()) / length > 0.4;
}

/** UUIDs are identifiers, not credentials (unless a rule for a UUID-shaped key says otherwise). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** A hex digest (MD5, SHA-1, SHA-256, SHA-512) or an SRI / algorithm-prefixed hash. */
export function isHashLike(value: string, before: string): boolean {
  if (/^(?:sha(?:1|224|256|384|512)|md5)[-:]/i.test(value)) return true;
  if (/(?:integrity|sha\d*|md5|checksum|digest|hash|commit|etag|fingerprint|revision|rev)\W{0,6}$/i.test(before)) return true;
  return false;
}
