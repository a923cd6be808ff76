import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACTION, ExtractionDetector } from '../../src/gateway/extraction.js';
import { shareExtractionOverRedis } from '../../src/gateway/extraction-share.js';
import { REDIS_URL, serviceAvailable } from '../audit/services.js';
import { eventually } from './cli-process.js';

/** Two replicas' extraction detectors, each seeing half of one key's campaign, share what they saw through a real Redis. */
let redisUp = false;
beforeAll(async () => {
  redisUp = await serviceAvailable('redis');
});
const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const config = { ...DEFAULT_EXTRACTION, enabled: true, minRequests: 20, volumeRef: 40 };
const probe = (i: number) => `Classify the sentiment of this review: "The ${['pasta', 'service', 'view', 'wine'][i % 4]} was ${['great', 'awful', 'fine', 'cold', 'superb'][i % 5]} on day ${i}".`;

describe('extraction detection across replicas', () => {
  it('each replica scores the key on the traffic both of them saw', async (ctx) => {
    if (!redisUp) return ctx.skip();
    const prefix = `rx${Date.now()}${Math.random().toString(36).slice(2)}`;
    const [a, b, alone] = [new ExtractionDetector(config), new ExtractionDetector(config), new ExtractionDetector(config)];
    closers.push(await shareExtractionOverRedis(a, REDIS_URL, prefix), await shareExtractionOverRedis(b, REDIS_URL, prefix));
    // The load balancer alternates: each replica receives every other request of the campaign.
    for (let i = 0; i < 60; i++) {
      (i % 2 === 0 ? a : b).observe('key_1', probe(i), true);
      if (i % 2 === 0) alone.observe('key_1', probe(i), true);
    }
    // `alone` saw only its half: 30 requests. The shared replicas each hold all 60 once the messages land.
    expect(await eventually(async () => a.windowLength('key_1') === 60 && b.windowLength('key_1') === 60)).toBe(true);
    expect(alone.windowLength('key_1')).toBe(30);
    const shared = a.observe('key_1', probe(60), true);
    const isolated = alone.observe('key_1', probe(60), true);
    expect(shared.volume).toBeGreaterThan(isolated.volume);
    expect(shared.score).toBeGreaterThan(isolated.score);
  });
});
