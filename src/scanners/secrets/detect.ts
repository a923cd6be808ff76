import { shannonEntropy } from './entropy.js';
import { isFiller, isHashLike, isPlaceholder, isUuid } from './placeholders.js';
import { SECRET_RULES, type SecretRule } from './rules.js';

/** One credential found, span in UTF-16 offsets of the scanned text (the secret itself, not its key name). */
export interface SecretMatch {
  kind: string;
  start: number;
  end: number;
  score: number;
}

/** Longest text the rules run on in one call; longer texts are scanned in overlapping windows. */
const WINDOW = 1 << 20;
const OVERLAP = 20_000;

/**
 * Finds credentials. Each rule runs only when one of its keywords occurs in the lower-cased text,
 * so the cost on ordinary prose is one lower-casing and a hundred `includes`.
 */
export function detectSecrets(text: string, rules: readonly SecretRule[] = SECRET_RULES): SecretMatch[] {
  if (text.length > WINDOW) {
    const all: SecretMatch[] = [];
    for (let off = 0; off < text.length; off += WINDOW - OVERLAP) {
      for (const m of detectSecrets(text.slice(off, off + WINDOW), rules)) all.push({ ...m, start: m.start + off, end: m.end + off });
      if (off + WINDOW >= text.length) break;
    }
    return resolve(all);
  }
  const present = keywordsIn(text.toLowerCase(), rules);
  const found: SecretMatch[] = [];
  for (const r of rules) {
    if (!r.keywords.some((k) => present.has(k))) continue;
    runRule(r, text, found);
  }
  return resolve(found);
}

interface KeywordIndex {
  pattern: RegExp;
  /** For each keyword, the keywords it contains (found when it is found). */
  contained: Map<string, string[]>;
}

const keywordIndexes = new WeakMap<readonly SecretRule[], KeywordIndex>();

/**
 * Which rule keywords occur in the lower-cased text, in one pass: one alternation of every keyword
 * (longest first) instead of an `includes` per keyword and rule, which cost more than the rules.
 * Each match restarts one character later, so overlapping keywords are all seen.
 */
function keywordsIn(lower: string, rules: readonly SecretRule[]): Set<string> {
  let index = keywordIndexes.get(rules);
  if (!index) {
    const all = [...new Set(rules.flatMap((r) => r.keywords))].sort((a, b) => b.length - a.length);
    const escaped = all.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const contained = new Map(all.map((k) => [k, all.filter((o) => o !== k && k.includes(o))]));
    index = { pattern: new RegExp(escaped.join('|'), 'g'), contained };
    keywordIndexes.set(rules, index);
  }
  const present = new Set<string>();
  const re = index.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(lower)) !== null) {
    const k = m[0];
    if (!present.has(k)) {
      present.add(k);
      for (const c of index.contained.get(k) ?? []) present.add(c);
    }
    re.lastIndex = m.index + 1;
  }
  return present;
}

function runRule(r: SecretRule, text: string, out: SecretMatch[]): void {
  const re = r.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let group = 0;
    for (let i = 1; i < m.length; i++) {
      if (m[i] !== undefined) {
        group = i;
        break;
      }
    }
    const secret = m[group]!;
    const [start, end] = m.indices?.[group] ?? [m.index, m.index + m[0].length];
    if (r.validate && !r.validate(secret)) continue;
    if (isFiller(secret)) continue;
    if (r.minEntropy !== undefined && shannonEntropy(secret) < r.minEntropy) continue;
    if (r.filterPlaceholders ?? r.minEntropy !== undefined) {
      const before = text.slice(Math.max(0, start - 40), start);
      if (isPlaceholder(secret) || (isUuid(secret) && !r.allowUuid && !r.pattern.source.includes('[0-9a-fA-F]{8}-')) || isHashLike(secret, before)) continue;
      if (r.kind === 'GENERIC_API_KEY' && !/\d/.test(secret) && /^[a-z_.-]+$/i.test(secret)) continue; // an identifier, not a key
      if ((r.kind === 'GENERIC_API_KEY' || r.kind === 'PASSWORD') && /1234567890|0123456789/.test(secret)) continue; // a counting placeholder
      if (/^(?:https?:\/\/|\/|\.\/|[\w-]+\.(?:com|org|net|io)\b)/i.test(secret) && r.kind !== 'DATABASE_URL_PASSWORD') continue;
    }
    out.push({ kind: r.kind, start, end, score: r.score ?? 0.95 });
  }
}

/** One finding per span: the higher score (a specific format over a generic assignment), then the longer. */
function resolve(found: SecretMatch[]): SecretMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: SecretMatch[] = [];
  for (const f of found) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
