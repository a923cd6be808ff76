import { describe, expect, it } from 'vitest';
import { DEFAULT_EXTRACTION, ExtractionDetector, hardenRequest, hardenResponse, promptSignature, similarity } from './extraction.js';

const config = { ...DEFAULT_EXTRACTION, enabled: true, action: 'block' as const };

describe('extraction detector', () => {
  it('sees template-like prompts as similar and unrelated prompts as not', () => {
    const a = promptSignature('Classify the sentiment of this review as positive or negative: the film was wonderful');
    const b = promptSignature('Classify the sentiment of this review as positive or negative: awful acting, bad plot');
    const c = promptSignature('Write a haiku about the sea in winter');
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.5);
    expect(similarity(a, c)).toBeLessThan(0.2);
  });

  it('scores a systematic campaign with logprobs high and ordinary traffic low', () => {
    const d = new ExtractionDetector(config);
    const words = ['apple', 'river', 'stone', 'cloud', 'table', 'light', 'storm', 'glass', 'field', 'north'];
    let attack = d.observe('attacker', '', false, 0);
    for (let i = 0; i < 120; i++) attack = d.observe('attacker', `Translate the following English word into French and give one example sentence: ${words[i % 10]}${i}`, true, i * 1000);
    expect(attack.score).toBeGreaterThanOrEqual(config.blockAt);
    expect(attack.action).toBe('block');

    const topics = ['Explain photosynthesis to a child', 'Draft an email asking my landlord to fix the heating', 'What are the main causes of the French Revolution?', 'Give me a recipe for lentil soup', 'How do I reverse a linked list in Python?', 'Summarise the plot of Hamlet in three sentences', 'Suggest names for a bakery', 'What is the difference between TCP and UDP?'];
    let benign = d.observe('user', topics[0]!, false, 0);
    for (let i = 0; i < 60; i++) benign = d.observe('user', `${topics[i % topics.length]} (${['please', 'thanks', 'quickly', 'in detail', 'briefly', 'for a beginner', 'with examples'][i % 7]})`, false, i * 60_000);
    expect(benign.score).toBeLessThan(config.flagAt);
    expect(benign.action).toBe('allow');
  });

  it('gives no score before minRequests and never acts beyond the configured action', () => {
    const d = new ExtractionDetector({ ...config, action: 'flag', minRequests: 5 });
    for (let i = 0; i < 4; i++) expect(d.observe('k', `Classify the sentiment of this sentence as positive or negative: word${i}`, true, i).score).toBe(0);
    const v = d.observe('k', 'Classify the sentiment of this sentence as positive or negative: word5', true, 5);
    expect(v.score).toBeGreaterThanOrEqual(0.8); // block-worthy similarity and logprobs, low volume
    expect(v.action).toBe('flag');
  });

  it('hardens requests and responses', () => {
    const body: Record<string, unknown> = { top_logprobs: 20 };
    hardenRequest(body, { maxTopLogprobs: 2 });
    expect(body.top_logprobs).toBe(2);
    const answer = { choices: [{ logprobs: { content: [{ logprob: -0.123456, top_logprobs: [{ logprob: -1.98765 }] }] } }] };
    hardenResponse('chat', answer, { roundLogprobs: 2 });
    expect(answer.choices[0]!.logprobs.content[0]).toMatchObject({ logprob: -0.12, top_logprobs: [{ logprob: -1.99 }] });
    // The Responses API keeps logprobs on each text part.
    const responses = { output: [{ type: 'message', content: [{ type: 'output_text', text: 'a', logprobs: [{ token: 'a', logprob: -0.123456, top_logprobs: [{ token: 'b', logprob: -2.34567 }] }] }] }] };
    hardenResponse('responses', responses, { roundLogprobs: 1 });
    expect(responses.output[0]!.content[0]!.logprobs[0]).toMatchObject({ logprob: -0.1, top_logprobs: [{ logprob: -2.3 }] });
    const emb = { data: [{ embedding: [1, 0, 0] }] };
    hardenResponse('embeddings', emb, { embeddingNoise: 0.01 });
    const v = emb.data[0]!.embedding;
    expect(Math.hypot(...v)).toBeCloseTo(1, 6);
    expect(v).not.toEqual([1, 0, 0]);
  });
});
