import { shannonEntropy } from './entropy.js';
import { hasForeignPasswordLabel, readForeignLabelPasswords } from './foreign-labels.js';
import { findTableColumnSecrets } from './table-columns.js';
import { VIEW_CUES, findEncodedSecrets } from './decoded-views.js';
import { flatCopy } from '../../core/flat-string.js';
import { compileKeywordScan, keywordHits, markKeywordsIgnoringCase, type KeywordHits, type KeywordScan } from './keyword-scan.js';
import { execSplit, splitLeadingLookbehinds, type SplitPattern } from './left-context.js';
import { isDemoSignedJwt, isPublishedExample } from './examples.js';
import { isCiphertext, isCredentialName, isDateShaped, isEncodedPlaceholder, isFiller, isHashLike, isPlaceholder, isTypedSequence, isUuid } from './placeholders.js';
import { isCodeExpression, isEncodedMedia, isPasswordSetting, isPublicClientKey, isPublicValue, isPublicSearchKey, isRepeatedUnit, keyNameBefore, namesMetadata, startsProse, withoutTypeAnnotation } from './shape.js';
import { SECRET_RULES, type SecretRule } from './rules.js';

/** One credential found, span in UTF-16 offsets of the scanned text (the secret itself, not its key name). */
export interface SecretMatch {
  kind: string;
  start: number;
  end: number;
  score: number;
}

/** Score of a password after a non-ASCII label, as rules.ts's sentence rules score theirs. */
const FOREIGN_LABEL_SCORE = 0.75;
/** Score of a cell under a credential column's header. */
const TABLE_CELL_SCORE = 0.75;

/** Longest text the rules run on in one call; longer texts are scanned in overlapping windows. */
const WINDOW = 1 << 20;
const OVERLAP = 20_000;

/**
 * Most candidate matches the rules may check in one window. Each candidate costs a few to some tens
 * of microseconds of filtering (placeholders, hashes, type annotations), so a body of one assignment
 * repeated ("password: str = " × 60,000) took seconds of CPU per megabyte: a lever for denial of
 * service. Real text has far fewer candidates (a megabyte of .env or logs has some hundreds to a
 * few thousand). Past the budget the window is not scanned further and is reported whole as
 * SCAN_LIMIT_KIND: failing closed, so nothing unscanned passes as clean (the built-in policy redacts
 * it like any secret).
 */
export const MAX_CANDIDATES_PER_WINDOW = 8192;
/**
 * Most keyword occurrences the rules may walk in one window, for the same reason: every occurrence
 * is a place some rule is tried ("secret=" × 140,000 cost half a second per megabyte with no
 * candidate at all). A megabyte of .env and log lines with a key or token on every line has about
 * 50,000; the gitleaks examples repeated to a megabyte, 20,000.
 */
export const MAX_KEYWORD_HITS_PER_WINDOW = 100_000;
/** The kind of the finding that covers a window the rules gave up on (see MAX_CANDIDATES_PER_WINDOW). */
export const SCAN_LIMIT_KIND = 'SECRETS_SCAN_LIMIT';
/** The one finding for a window the rules gave up on: all of it. */
function unscanned(text: string): SecretMatch[] {
  return [{ kind: SCAN_LIMIT_KIND, start: 0, end: text.length, score: 1 }];
}
/** Candidates checked so far in the current window (scans are synchronous). */
let candidates = 0;

/**
 * Finds credentials. Each rule runs only when one of its keywords occurs in the text (ignoring case),
 * so the cost on ordinary prose is one keyword scan, and a short field (an
 * e-mail, a phone number) with no keyword returns before any rule is looked at.
 */
export function detectSecrets(input: string, rules: readonly SecretRule[] = SECRET_RULES): SecretMatch[] {
  const found = detectAtDepth(input, rules, 0);
  return found.length === 0 ? found : withEveryCopy(found, input);
}

/**
 * Findings at this score or above come from formats a rule knows by their own shape (a prefix, a checksum): the
 * rule finds every copy itself. Findings under it were known by their context (a name, a label, a header), which a
 * second copy may lack. (The scan-limit finding scores 1.)
 */
const FORMAT_SCORE = 0.9;
/** Shortest secret whose other copies in the text are reported too, and the bounds on that search. */
const MIN_COPIED_SECRET = 8;
const MAX_SECRETS_COPIED = 64;
const MAX_COPIES_PER_SECRET = 16;

/**
 * Every other copy of a secret found in the text, as a finding of the same kind: a session id the
 * header rule finds in `X-Metabase-Session: <id>` also stands in the login reply above it (`{"id":"<id>"}`),
 * where no rule would know it, and redacting one copy of a key leaks it through the other (blind batch W).
 * A copy must stand alone, not inside a longer token. Negatives stay unflagged: only a text with a finding has copies.
 */
function withEveryCopy(found: SecretMatch[], text: string): SecretMatch[] {
  const copies: SecretMatch[] = [];
  const seen = new Set<string>();
  for (const m of found.slice(0, MAX_SECRETS_COPIED)) {
    if (m.score >= FORMAT_SCORE || m.end - m.start < MIN_COPIED_SECRET) continue;
    const value = text.slice(m.start, m.end);
    if (seen.has(value)) continue;
    seen.add(value);
    let n = 0;
    for (let at = text.indexOf(value); at >= 0 && n < MAX_COPIES_PER_SECRET; at = text.indexOf(value, at + 1)) {
      if (at === m.start || /[A-Za-z0-9]/.test(text[at - 1] ?? '') || /[A-Za-z0-9]/.test(text[at + value.length] ?? '')) continue;
      copies.push({ kind: m.kind, start: at, end: at + value.length, score: m.score });
      n++;
    }
  }
  return copies.length === 0 ? found : resolve([...found, ...copies]);
}

/** detectSecrets on a text that is the decoded view `depth` levels down of the scanned one (decoded-views.ts). */
function detectAtDepth(input: string, rules: readonly SecretRule[], depth: number): SecretMatch[] {
  if (input.length > WINDOW) {
    const all: SecretMatch[] = [];
    for (let off = 0; off < input.length; off += WINDOW - OVERLAP) {
      for (const m of detectAtDepth(input.slice(off, off + WINDOW), rules, depth)) all.push({ ...m, start: m.start + off, end: m.end + off });
      if (off + WINDOW >= input.length) break;
    }
    return resolve(all);
  }
  // A line cut out of a larger text is a view into it; the keyword walk and the rules read a copy (core/flat-string.ts).
  const text = flatCopy(input);
  const index = keywordIndex(rules);
  const selected = rulesEnabled(text, index);
  const views = viewsWanted;
  // Password labels with no ASCII stem are outside the keyword scan (foreign-labels.ts); only with the built-in rules.
  const foreignLabel = rules === SECRET_RULES && hasForeignPasswordLabel(text);
  const foreign = foreignLabel ? readForeignLabelPasswords(text).map((m) => ({ kind: 'PASSWORD', start: m.start, end: m.end, score: FOREIGN_LABEL_SCORE })) : [];
  // Cells under a credential column of a Markdown, Jira, CSV/TSV or HTML table (table-columns.ts); only with the built-in rules.
  // Read only where the keyword scan switched a password rule on: a credential column's header is a
  // password's name, and searching every text for one cost a tenth of a scan of mixed text.
  // (Or where a password label without an ASCII stem stands: a `| 系統 | 帳號 | 密碼 |` table; blind batch S.)
  if (rules === SECRET_RULES && (foreignLabel || selected.some((i) => rules[i]!.kind === 'PASSWORD'))) {
    for (const m of findTableColumnSecrets(text)) foreign.push({ kind: 'PASSWORD', start: m.start, end: m.end, score: TABLE_CELL_SCORE });
  }
  const found: SecretMatch[] = [];
  if (selected.length > 0) {
    if (hits.length > MAX_KEYWORD_HITS_PER_WINDOW) return unscanned(text);
    chainHits(index.rulesOf.length);
    candidates = 0;
    for (let j = 0; j < selected.length && candidates <= MAX_CANDIDATES_PER_WINDOW; j++) {
      if (j > 0 && selected[j] === selected[j - 1]) continue;
      runRule(rules[selected[j]!]!, index.plans[selected[j]!]!, text, found);
    }
    if (candidates > MAX_CANDIDATES_PER_WINDOW) return unscanned(text);
  }
  // Credentials inside percent-encoded, HTML-escaped, quoted-printable or base64 text (decoded-views.ts), with
  // the built-in rules; after the rules above, whose keyword hits the views' own scans overwrite.
  if (rules === SECRET_RULES && views !== 0) for (const m of findEncodedSecrets(text, depth, views, (view, d) => detectAtDepth(view, rules, d), SCAN_LIMIT_KIND)) foreign.push(m);
  if (found.length === 0 && foreign.length === 0) return [];
  return resolve(withoutPublishedExamples(foreign.length === 0 ? found : [...found, ...foreign], text));
}

/**
 * Drops values published on purpose (docs, SDK tests, tutorials: the shape of a key, the value of an
 * example). Run once over all rules' findings, each value checked once: several rules find the same
 * JWT, and a tutorial-secret check costs a few HMACs.
 */
function withoutPublishedExamples(found: SecretMatch[], text: string): SecretMatch[] {
  let jwtVerdicts: Map<string, boolean> | undefined;
  let kept: SecretMatch[] | undefined; // allocated only once something is dropped
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const value = text.slice(f.start, f.end);
    let published = isPublishedExample(value);
    if (!published && value.startsWith('eyJ')) {
      jwtVerdicts ??= new Map();
      published = jwtVerdicts.get(value) ?? isDemoSignedJwt(value);
      jwtVerdicts.set(value, published);
    }
    if (published) kept ??= found.slice(0, i);
    else kept?.push(f);
  }
  return kept ?? found;
}

interface KeywordIndex {
  scan: KeywordScan;
  /** For each keyword id, the indexes of the rules it enables: most texts enable a handful of 160 rules. */
  rulesOf: number[][];
  /** By keyword: the decoded views (View bits) it is a cue of. */
  viewsOf: Int32Array;
  /** How each rule's pattern is searched. */
  plans: RulePlan[];
}

interface RulePlan {
  /** The pattern split from its leading lookbehinds (see left-context.ts), when it has some. */
  split?: SplitPattern;
  /** For a rule with `startsNearKeyword`: the pattern (without leading lookbehinds), sticky, tried only near its keywords. */
  anchored?: { sticky: RegExp; reach: number; keywordIds: Int32Array; keywordLength: Int32Array };
}

function planRule(r: SecretRule, keywords: readonly string[]): RulePlan {
  const split = splitLeadingLookbehinds(r.pattern);
  const reach = r.startsNearKeyword;
  // The promise is about ASCII keywords (the keyword scan lists where keywords are only when all are ASCII).
  if (reach === undefined || r.keywords.some((k) => /[^\x00-\x7f]/.test(k))) return { split };
  const body = split?.body ?? r.pattern;
  return {
    split,
    anchored: {
      sticky: new RegExp(body.source, `${body.flags}y`),
      reach,
      keywordIds: Int32Array.from(r.keywords.map((k) => keywords.indexOf(k)).filter((id) => id >= 0)),
      keywordLength: Int32Array.from(keywords, (k) => k.length),
    },
  };
}

const keywordIndexes = new WeakMap<readonly SecretRule[], KeywordIndex>();

/** The keyword scan and the keyword → rules map of a rule set, built once per set. */
function keywordIndex(rules: readonly SecretRule[]): KeywordIndex {
  let index = keywordIndexes.get(rules);
  if (!index) {
    // The words that make a decoded view worth building ride along in the same scan (decoded-views.ts).
    const all = [...new Set([...rules.flatMap((r) => r.keywords), ...VIEW_CUES.map(([cue]) => cue)])];
    const rulesOf = all.map((k) => rules.flatMap((r, i) => (r.keywords.includes(k) ? [i] : [])));
    const viewsOf = Int32Array.from(all, (k) => VIEW_CUES.reduce((bits, [cue, view]) => (cue === k ? bits | view : bits), 0));
    index = { scan: compileKeywordScan(all), rulesOf, viewsOf, plans: rules.map((r) => planRule(r, all)) };
    keywordIndexes.set(rules, index);
  }
  return index;
}

/**
 * One flag per keyword, reused by every scan (scans are synchronous): a fresh array per call would
 * be garbage on a path that runs per 4 KiB record. Cleared after use.
 */
let keywordFlags = new Uint8Array(0);

/** Where the keywords occur in the text being scanned, for rules with `startsNearKeyword`; reused likewise. */
const hits: KeywordHits = keywordHits();

/**
 * The same hits chained by keyword, built once per text: `firstHit[id]` is the first hit of keyword
 * `id` (-1 when none) and `nextHit[h]` the next hit of the same keyword, in text order. A rule then
 * walks only its own keywords' hits instead of every hit of every keyword.
 */
let firstHit = new Int32Array(0);
let nextHit = new Int32Array(0);

function chainHits(keywordCount: number): void {
  if (firstHit.length < keywordCount) firstHit = new Int32Array(keywordCount);
  firstHit.fill(-1, 0, keywordCount);
  if (nextHit.length < hits.length) nextHit = new Int32Array(Math.max(hits.length, 2 * nextHit.length));
  for (let h = hits.length - 1; h >= 0; h--) {
    const id = hits.ids[h]!;
    nextHit[h] = firstHit[id]!;
    firstHit[id] = h;
  }
}

/**
 * Indexes of the rules enabled by the keywords that occur in `text` (case-insensitively), ascending
 * and without repeats, so rules run in rule order and ties resolve the same way every time. One
 * pass over the text, folding case as it goes, finds every keyword (see keyword-scan.ts).
 */
function rulesEnabled(text: string, index: KeywordIndex): number[] {
  const count = index.rulesOf.length;
  if (keywordFlags.length < count) keywordFlags = new Uint8Array(count);
  const flags = keywordFlags;
  viewsWanted = 0;
  if (markKeywordsIgnoringCase(text, index.scan, flags, hits) === 0) return [];
  const selected: number[] = [];
  for (let k = 0; k < count; k++) {
    if (flags[k] === 0) continue;
    flags[k] = 0;
    viewsWanted |= index.viewsOf[k]!;
    for (const i of index.rulesOf[k]!) selected.push(i);
  }
  selected.sort((a, b) => a - b);
  return selected;
}

/** The decoded views whose cues the last keyword scan saw (View bits; scans are synchronous). */
let viewsWanted = 0;

/**
 * Runs one rule over `text`. A rule with `startsNearKeyword` is tried only near its keywords (when
 * the keyword scan listed where they are). Otherwise, with `split`, the pattern is searched without
 * its leading lookbehinds, which are tested at each match's start; where they fail the search
 * resumes one position on, as the whole pattern's would, so the matches are the whole pattern's.
 */
function runRule(r: SecretRule, plan: RulePlan, text: string, out: SecretMatch[]): void {
  if (plan.anchored && hits.length >= 0) {
    runAnchored(r, plan, text, out);
    return;
  }
  const { split } = plan;
  const re = split?.body ?? r.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (candidates <= MAX_CANDIDATES_PER_WINDOW && (m = split ? execSplit(split, text) : re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    accept(r, m, text, out);
  }
}

/**
 * Runs a rule with `startsNearKeyword`: the pattern, sticky, at each position from `reach` before
 * an occurrence of one of its keywords to that occurrence, in ascending order, skipping positions
 * inside the last match. Every match of the pattern starts at one of those positions, so the first
 * one that matches after the last match is where a search would have found the next match: the
 * same matches, without a search through the rest of the text.
 */
function runAnchored(r: SecretRule, plan: RulePlan, text: string, out: SecretMatch[]): void {
  const { sticky, reach, keywordIds, keywordLength } = plan.anchored!;
  let count = 0;
  let sorted = true;
  for (let k = 0; k < keywordIds.length; k++) {
    const id = keywordIds[k]!;
    for (let h = firstHit[id]!; h >= 0; h = nextHit[h]!) {
      const start = hits.ends[h]! - keywordLength[id]! + 1;
      const first = Math.max(0, start - reach);
      if (count + reach + 1 > anchoredStarts.length) {
        const grown = new Int32Array(Math.max(2 * anchoredStarts.length, count + reach + 1));
        grown.set(anchoredStarts.subarray(0, count));
        anchoredStarts = grown;
      }
      if (count > 0 && first < anchoredStarts[count - 1]!) sorted = false;
      for (let p = first; p <= start; p++) anchoredStarts[count++] = p;
    }
  }
  if (count === 0) return;
  // One keyword's hits come in text order; several keywords' (or close hits with a reach) need a sort.
  const starts = anchoredStarts.subarray(0, count);
  if (!sorted) starts.sort();
  const left = plan.split?.left;
  let from = 0; // where a search would resume: the end of the last match
  for (let j = 0; j < count && candidates <= MAX_CANDIDATES_PER_WINDOW; j++) {
    const p = starts[j]!;
    if (p < from || (j > 0 && p === starts[j - 1])) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null) continue;
    if (left) {
      left.lastIndex = p;
      if (!left.test(text)) continue;
    }
    if (m[0].length === 0) {
      from = p + 1;
      continue;
    }
    from = p + m[0].length;
    accept(r, m, text, out);
  }
}

/** The positions `runAnchored` tries, reused across calls (scans are synchronous): no array and no comparator per rule. */
let anchoredStarts = new Int32Array(256);

/** Checks one match of a rule and keeps its secret when it passes. */
function accept(r: SecretRule, m: RegExpExecArray, text: string, out: SecretMatch[]): void {
  candidates++;
  let group = 0;
  for (let i = 1; i < m.length; i++) {
    if (m[i] !== undefined) {
      group = i;
      break;
    }
  }
  const secret = m[group]!;
  const [start, end] = m.indices?.[group] ?? [m.index, m.index + m[0].length];
  if (r.validate && !r.validate(secret)) return;
  if (isFiller(secret) || isRepeatedUnit(secret) || isPublicClientKey(secret, text, start)) return;
  const minEntropy = r.minEntropyHex !== undefined && /^[0-9a-fA-F]+$/.test(secret) ? r.minEntropyHex : r.minEntropy;
  if (minEntropy !== undefined && shannonEntropy(secret) < minEntropy) return;
  if ((r.filterPlaceholders ?? r.minEntropy !== undefined) && !passesValueFilters(r, secret, text, start)) return;
  if (r.acceptMatch && !r.acceptMatch(secret, m[0])) return;
  if (isTypedSequence(secret)) return;
  out.push({ kind: r.kind, start, end, score: r.rescore?.(secret) ?? r.score ?? 0.95 });
}

/** Placeholder, hash, UUID, URL and shape filters for rules whose value has no distinctive prefix. */
function passesValueFilters(r: SecretRule, secret: string, text: string, start: number): boolean {
  // Read past a type annotation (`token_hash: str = "…"`): the key name and the hash context are before it.
  const before = withoutTypeAnnotation(text.slice(Math.max(0, start - 80), start));
  if (isPlaceholder(secret) || isEncodedPlaceholder(secret) || isCredentialName(secret) || (isUuid(secret) && !r.allowUuid && !r.pattern.source.includes('[0-9a-fA-F]{8}-')) || isHashLike(secret, before.slice(-40))) return false;
  if (isEncodedMedia(secret, before) || isPublicValue(secret) || isCiphertext(secret, text, start)) return false;
  // A token cut short where the text says so (`"access_token": "eyJhbGciOiJSUzI1NiIs…"`; blind batch Z).
  if (/^(?:…|\.\.\.)/.test(text.slice(start + secret.length, start + secret.length + 3)) && secret.startsWith('eyJ')) return false;
  // SQL Server's `WITH PASSWORD = 0x… HASHED` (sp_help_revlogin): the stored hash (blind batch Y).
  if (secret.startsWith('0x') && /^0x[0-9A-Fa-f]{8,1024}[ \t]+HASHED\b/i.test(text.slice(start, start + 1100))) return false;
  if (/^(?:https?:\/\/|\/|\.\/|[\w-]+\.(?:com|org|net|io)\b)/i.test(secret) && r.kind !== 'DATABASE_URL_PASSWORD' && !isKeyStartingWithSlash(secret)) return false;
  // A segment of an ARN (`arn:aws:secretsmanager:…:secret:prod/api-key`): a resource name, not a value.
  if (/arn:aws[\w-]*:[^\s"'`]*$/.test(before)) return false;
  if (r.namedValue) {
    if (/1234567890|0123456789/.test(secret)) return false; // a counting placeholder
    // A date or a time is what a label's line gives more often than a password: "Password last changed: 2026-12-31".
    if (isDateShaped(secret) || TIME_OF_DAY.test(secret) || isEpochTimestamp(secret)) return false;
    // The next field of a struct dump after an empty one: Go's `%+v` prints `{User:app Password: Name:orders}` (blind batch V).
    if (/^[A-Z][A-Za-z0-9]{1,30}:(?!\/\/)/.test(secret) && /[A-Za-z]:[ \t]$/.test(before)) return false;
    const keyName = keyNameBefore(before);
    if (namesMetadata(keyName) || isPublicSearchKey(keyName, text, start)) return false;
    // A shell parameter expansion's operator and word, not a value: `${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}` (blind batch X).
    if (/\$\{\w{1,60}:$/.test(before)) return false;
    // The nonce a Mailgun webhook signs beside its timestamp: `"signature":{"timestamp":"…","token":"…"` (blind batch X).
    if (/\\{0,3}"{1,2}signature\\{0,3}"{1,2}[ \t]*:[ \t]*\{[^{}]{0,80}\\{0,3}"{1,2}token\\{0,3}"{1,2}[ \t]*:[ \t]*\\{0,3}"{1,2}$/.test(before)) return false;
    const quoted = /["'`>]$/.test(before); // `>`: the value of an XML element is delimited like a quoted one
    if (!quoted && (isCodeExpression(secret) || startsProse(secret, text.slice(start + secret.length, start + secret.length + 60)))) return false;
    if (r.kind === 'PASSWORD' && (isPasswordSetting(secret) || DEFAULT_PASSWORDS.has(secret.toLowerCase()) || STORED_DIGEST.test(secret))) return false;
  }
  return true;
}

/**
 * Passwords that products and their documentation ship as defaults (`POSTGRES_PASSWORD: postgres` for a CI service
 * container, Vagrant's `vagrant`, Android's debug keystore `android`, the JDK's `changeit`, Grafana's `admin`, Home
 * Assistant's `welcome`, iDRAC's `calvin`): a scanner cannot tell the shipped default from a deployed one, and the
 * blind writers of batches K, P and T all judged them no leak. A weak password that is none of these is reported.
 */
const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set(['postgres', 'vagrant', 'android', 'changeit', 'changeme', 'example', 'password', 'passwd', 'admin', 'root', 'guest', 'welcome', 'calvin', 'default', 'mysql', 'oracle']);

const TIME_OF_DAY = /^\d{1,2}:\d{2}(?::\d{2})?\.?$/;

/**
 * A Unix time in seconds or milliseconds between 2001 and 2040: what a listing prints beside a secret's name
 * (`databricks secrets list-secrets`: `pg-password   1764320047000`; blind batch W), not the secret.
 */
function isEpochTimestamp(value: string): boolean {
  if (!/^\d{10}$|^\d{13}$/.test(value)) return false;
  const seconds = value.length === 13 ? Number(value) / 1000 : Number(value);
  return seconds >= 1e9 && seconds < 2.21e9;
}

/**
 * 96 or more hex digits under a password's name: a SHA-384 or SHA-512 digest stored for the password (OctoPrint's
 * users.yaml; blind batch W), longer than any password a person or a generator picks. Shorter hex stays a password:
 * `openssl rand -hex 32` makes 64 digits, and a 40-digit Tomcat value was judged a leak (blind batch K).
 */
const STORED_DIGEST = /^[0-9a-f]{96,}$/i;

/**
 * A base64 key that happens to begin with `/` (one AWS secret key in 64 does: `/CKFEALk4evqyhoV1QuQcY87…`),
 * not a path: long, no dot, no further `/`-separated word segments, and letters of both cases and digits.
 */
function isKeyStartingWithSlash(value: string): boolean {
  return value.startsWith('/') && value.length >= 30 && !value.includes('.') && !/\/[a-z_-]{2,}\//.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
}

/** One finding per span: the higher score (a specific format over a generic assignment), then the longer; in text order. Exported for its tests. */
export function resolve(found: SecretMatch[]): SecretMatch[] {
  if (found.length < 2) return found;
  found.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // Kept spans are disjoint, so sorted by start their ends rise too: a span overlaps one of them
  // exactly when it overlaps the last kept span starting before its end (binary search). A linear
  // scan of all kept spans per finding was quadratic: thousands of findings took most of a second.
  const kept: SecretMatch[] = [];
  for (const f of found) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid]!.start < f.end) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && kept[lo - 1]!.end > f.start) continue;
    kept.splice(lo, 0, f);
  }
  return kept;
}
