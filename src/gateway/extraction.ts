import { roundAllLogprobs } from './logprobs.js';

/**
 * Model-extraction and abuse detection, per key, over a sliding window of its recent requests.
 * Extraction campaigns query a model systematically: many prompts from one template with the slots
 * varied, near-duplicate probes, log-probability requests, at high volume. Each request updates
 * the key's window; the score in [0,1] combines:
 *   similarity  share of recent prompts that closely resemble, without repeating, another recent
 *               prompt (MinHash over word bigrams: template enumeration, near-duplicate probing),
 *   logprobs    share of recent requests that ask for log-probabilities (or echo),
 *   volume      requests in the time window relative to `volumeRef`.
 * The gateway then flags, throttles (429) or blocks (403) per config. State is per replica; with
 * Redis, replicas send each other their observations (extraction-share.ts), so each one scores a
 * key on all of its traffic, not on the share its load balancer happened to send it.
 */
export interface ExtractionConfig {
  enabled: boolean;
  /** Most recent requests kept per key. */
  windowSize: number;
  /** Only requests this recent count (ms). */
  windowMs: number;
  /** No score before a key has made this many requests in the window. */
  minRequests: number;
  /** Requests per window that count as full volume. */
  volumeRef: number;
  flagAt: number;
  throttleAt: number;
  blockAt: number;
  /** The strongest response the gateway may take. */
  action: 'flag' | 'throttle' | 'block';
}

export const DEFAULT_EXTRACTION: ExtractionConfig = {
  enabled: false,
  windowSize: 200,
  windowMs: 10 * 60_000,
  minRequests: 30,
  volumeRef: 300,
  flagAt: 0.5,
  throttleAt: 0.7,
  blockAt: 0.85,
  action: 'flag',
};

export interface ExtractionVerdict {
  score: number;
  similarity: number;
  logprobs: number;
  volume: number;
  /** What the score asks for under the config (`allow` below flagAt). */
  action: 'allow' | 'flag' | 'throttle' | 'block';
}

const HASHES = 32;
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(0x9e3779b1, i + 1) >>> 0);
const SIMILAR = 0.5;

/** One request as the detector sees it: no prompt text, only its MinHash signature. */
export interface Observation {
  keyId: string;
  sig: Uint32Array;
  logprobs: boolean;
  at: number;
}

interface Entry {
  at: number;
  sig: Uint32Array;
  logprobs: boolean;
  maxSim: number;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MinHash signature of the prompt's word bigrams (lower-cased, at most the first 4000 characters). */
export function promptSignature(text: string): Uint32Array {
  const words = text.slice(0, 4000).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const grams = words.length < 2 ? [words.join(' ')] : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  for (const g of grams) {
    const h = fnv1a(g);
    for (let k = 0; k < HASHES; k++) {
      const v = Math.imul(h ^ SEEDS[k]!, 0x85ebca6b) >>> 0;
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export class ExtractionDetector {
  private readonly windows = new Map<string, Entry[]>();

  constructor(private config: ExtractionConfig = DEFAULT_EXTRACTION) {}

  /** A config reload changes thresholds but keeps every key's window. */
  configure(config: ExtractionConfig): void {
    this.config = config;
  }

  /** Called with every local observation (the Redis share forwards it to the other replicas). */
  onObserve: ((o: Observation) => void) | undefined;

  /** Adds one request of `keyId` and returns the key's current score. */
  observe(keyId: string, prompt: string, wantsLogprobs: boolean, now = Date.now()): ExtractionVerdict {
    const o: Observation = { keyId, sig: promptSignature(prompt), logprobs: wantsLogprobs, at: now };
    this.onObserve?.(o);
    return this.add(o);
  }

  /** Requests of `keyId` in its window now. */
  windowLength(keyId: string): number {
    return this.windows.get(keyId)?.length ?? 0;
  }

  /** Adds a request another replica observed. */
  ingest(o: Observation): void {
    if (o.sig.length !== HASHES) return;
    this.add(o);
  }

  private add({ keyId, sig, logprobs, at: now }: Observation): ExtractionVerdict {
    let win = this.windows.get(keyId);
    if (!win) {
      if (this.windows.size >= 10_000) this.windows.delete(this.windows.keys().next().value!);
      win = [];
      this.windows.set(keyId, win);
    }
    while (win.length > 0 && (win.length >= this.config.windowSize || now - win[0]!.at > this.config.windowMs)) win.shift();
    const entry: Entry = { at: now, sig, logprobs, maxSim: 0 };
    for (const other of win) {
      const s = similarity(entry.sig, other.sig);
      // An identical prompt (a retry, a cached question) teaches an attacker nothing new; only
      // similar-but-different prompts map out the model's behaviour.
      if (s >= 1) continue;
      if (s > entry.maxSim) entry.maxSim = s;
      if (s > other.maxSim) other.maxSim = s;
    }
    win.push(entry);
    return this.score(win);
  }

  private score(win: Entry[]): ExtractionVerdict {
    const n = win.length;
    const similar = win.filter((e) => e.maxSim >= SIMILAR).length / n;
    const logprobs = win.filter((e) => e.logprobs).length / n;
    const volume = Math.min(1, n / this.config.volumeRef);
    const raw = 0.45 * similar + 0.35 * logprobs + 0.2 * volume;
    const score = n < this.config.minRequests ? 0 : Math.round(raw * 1000) / 1000;
    const c = this.config;
    const wanted = score >= c.blockAt ? 'block' : score >= c.throttleAt ? 'throttle' : score >= c.flagAt ? 'flag' : 'allow';
    const order = ['allow', 'flag', 'throttle', 'block'] as const;
    const action = order[Math.min(order.indexOf(wanted), order.indexOf(c.action))]!;
    return { score, similarity: round(similar), logprobs: round(logprobs), volume: round(volume), action };
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Output hardening: fewer and coarser log-probabilities leak less about the model's distribution. */
export interface HardeningConfig {
  /** Lowers `top_logprobs` in requests to at most this (0 removes alternatives entirely). */
  maxTopLogprobs?: number;
  /** Rounds every returned logprob to this many decimals. */
  roundLogprobs?: number;
  /** Standard deviation of Gaussian noise added to each embedding component (then re-normalized). */
  embeddingNoise?: number;
}

export function hardenRequest(body: Record<string, unknown>, h: HardeningConfig): void {
  if (h.maxTopLogprobs !== undefined && typeof body.top_logprobs === 'number' && body.top_logprobs > h.maxTopLogprobs) body.top_logprobs = h.maxTopLogprobs;
}

export function hardenResponse(endpoint: string, answer: Record<string, unknown>, h: HardeningConfig): void {
  if (endpoint !== 'embeddings' && h.roundLogprobs !== undefined) roundAllLogprobs(answer, h.roundLogprobs);
  if (endpoint === 'embeddings' && h.embeddingNoise) {
    for (const item of (Array.isArray(answer.data) ? answer.data : []) as Array<{ embedding?: unknown }>) {
      if (!Array.isArray(item?.embedding)) continue;
      const noisy = (item.embedding as number[]).map((v) => v + gaussian() * h.embeddingNoise!);
      const norm = Math.hypot(...noisy) || 1;
      item.embedding = noisy.map((v) => v / norm);
    }
  }
}

function gaussian(): number {
  const u = 1 - Math.random();
  const v = Math.random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
