import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { ExtractionDetector, Observation } from './extraction.js';

/**
 * Replicas behind a load balancer each see part of a key's traffic. With Redis configured, every
 * replica publishes what its extraction detector observed (key id, MinHash signature, logprobs
 * flag, time: never the prompt) and adds what the others observed to its own windows, so each one
 * scores the key on all of its traffic. Pub/sub is best effort: a lost message weakens one score
 * for a moment, it never blocks a request.
 */
export async function shareExtractionOverRedis(detector: ExtractionDetector, url: string, prefix = 'rampart'): Promise<() => Promise<void>> {
  const channel = `${prefix}:extraction`;
  const replica = randomBytes(8).toString('hex');
  const pub = new Redis(url, { maxRetriesPerRequest: 1 });
  const sub = new Redis(url);
  pub.on('error', () => undefined);
  sub.on('error', () => undefined);
  await sub.subscribe(channel);
  sub.on('message', (_ch: string, message: string) => {
    const o = decode(message, replica);
    if (o) detector.ingest(o);
  });
  detector.onObserve = (o) => {
    pub.publish(channel, encode(o, replica)).catch(() => undefined);
  };
  return async () => {
    detector.onObserve = undefined;
    sub.disconnect();
    pub.disconnect();
  };
}

function encode(o: Observation, replica: string): string {
  const bytes = Buffer.alloc(o.sig.length * 4);
  o.sig.forEach((v, i) => bytes.writeUInt32LE(v, i * 4));
  return JSON.stringify({ r: replica, k: o.keyId, s: bytes.toString('base64'), l: o.logprobs ? 1 : 0, t: o.at });
}

/** Another replica's observation, or undefined for our own messages and anything malformed. */
function decode(message: string, replica: string): Observation | undefined {
  try {
    const m = JSON.parse(message) as { r?: unknown; k?: unknown; s?: unknown; l?: unknown; t?: unknown };
    if (m.r === replica || typeof m.k !== 'string' || m.k.length > 128 || typeof m.s !== 'string' || typeof m.t !== 'number') return undefined;
    const bytes = Buffer.from(m.s, 'base64');
    if (bytes.length % 4 !== 0) return undefined;
    const sig = new Uint32Array(bytes.length / 4);
    for (let i = 0; i < sig.length; i++) sig[i] = bytes.readUInt32LE(i * 4);
    return { keyId: m.k, sig, logprobs: m.l === 1, at: m.t };
  } catch {
    return undefined;
  }
}
