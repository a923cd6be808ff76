import { describe, expect, it } from 'vitest';
import { topicSimilarity } from './topic.js';

const ITINERARY =
  'day 1: fly into denver, pick up the rental car. day 2: drive to boulder, flatirons and chautauqua park. day 3: rocky mountain national park, bear lake loop.';

describe('topic similarity', () => {
  it('is higher for a question on the same topic in other words than for unrelated ones', () => {
    const near = topicSimilarity(['hiking', 'trail', 'beginner'], ITINERARY)!.similarity;
    for (const far of [['capital', 'brazil'], ['poem', 'ocean', 'night'], ['recursion', 'works']]) expect(near).toBeGreaterThan(topicSimilarity(far, ITINERARY)!.similarity + 0.1);
  });

  it('counts words it has no vector for as off topic', () => {
    expect(topicSimilarity(['qzxwvk', 'hiking'], ITINERARY)!.similarity).toBeCloseTo(topicSimilarity(['hiking'], ITINERARY)!.similarity / 2, 6);
    expect(topicSimilarity(['qzxwvk'], ITINERARY)!.similarity).toBe(0);
  });

  it('is undefined for a document without known content words, and at most 1', () => {
    expect(topicSimilarity(['gardening'], '12 34 56 | -- | the of and')).toBeUndefined();
    expect(topicSimilarity(['roses', 'tulips'], 'a long text about gardens and roses')!.similarity).toBeLessThanOrEqual(1);
  });
});
