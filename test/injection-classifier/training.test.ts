import { describe, expect, it } from 'vitest';
import { ATTACK_FAMILIES } from '../../scripts/injection-data/attacks.js';
import { EXPERIMENTAL_COUNTS, SYNTH_COUNTS, synthesize } from '../../scripts/injection-data/dataset.js';
import { expand } from '../../scripts/injection-data/grammar.js';
import { Prng } from '../../scripts/injection-data/prng.js';
import { chooseThreshold, fitPlatt } from '../../scripts/injection-data/trainer.js';

describe('training pieces', () => {
  it('the PRNG is deterministic for a seed and differs across seeds', () => {
    const a = new Prng(7);
    const b = new Prng(7);
    const c = new Prng(8);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
  });

  it('grammar expansion fills slots, alternatives and literal brackets, and rejects unknown slots', () => {
    const rng = new Prng(1);
    expect(expand('⟦INST⟧ [a|a] {x}', { x: ['b'] }, rng)).toBe('[INST] a b');
    expect(() => expand('{nope}', {}, rng)).toThrow(/unknown slot/);
  });

  it('synthesis is reproducible and covers every family with the right labels', () => {
    const one = synthesize(42);
    const two = synthesize(42);
    expect(two.map((e) => e.text)).toEqual(one.map((e) => e.text));
    const families = new Set(one.map((e) => e.source));
    for (const f of Object.keys(SYNTH_COUNTS)) expect(families.has(f)).toBe(true);
    for (const e of one) {
      if (ATTACK_FAMILIES[e.source] || e.source.endsWith('_attack')) expect(e.label).toBe(1);
      if (e.source.includes('benign')) expect(e.label).toBe(0);
      if (e.span) expect(e.text.slice(e.span.start, e.span.end).length).toBeGreaterThan(0);
    }
  }, 60_000);

  it('experimental families come after the shipped ones and leave their texts as they were', () => {
    const shipped = synthesize(42);
    const withExperiment = synthesize(42, ['syn_benign_roleplay_long', 'syn_multilingual_paraphrase']);
    expect(withExperiment.slice(0, shipped.length).map((e) => e.text)).toEqual(shipped.map((e) => e.text));
    const added = withExperiment.slice(shipped.length);
    expect(added.filter((e) => e.source === 'syn_benign_roleplay_long').every((e) => e.label === 0)).toBe(true);
    expect(added.filter((e) => e.source === 'syn_multilingual_paraphrase').every((e) => e.label === 1)).toBe(true);
    expect(added.length).toBe(EXPERIMENTAL_COUNTS['syn_benign_roleplay_long']! + EXPERIMENTAL_COUNTS['syn_multilingual_paraphrase']!);
    expect(() => synthesize(42, ['syn_no_such_family'])).toThrow(/unknown experimental family/);
  }, 60_000);

  it('the content-jailbreak experiment pairs harmful stances (label 1) with honest ones in the same frames (label 0)', () => {
    const added = synthesize(42, ['syn_content_jailbreak', 'syn_benign_persuasive']).filter((e) => e.source === 'syn_content_jailbreak' || e.source === 'syn_benign_persuasive');
    const attacks = added.filter((e) => e.source === 'syn_content_jailbreak');
    const honest = added.filter((e) => e.source === 'syn_benign_persuasive');
    expect(attacks.length).toBeGreaterThan(300);
    expect(honest.length).toBeGreaterThan(300);
    expect(attacks.every((e) => e.label === 1) && honest.every((e) => e.label === 0)).toBe(true);
    // The frames are shared: a persona asking for a blog post is in both, so only the stance can tell them apart.
    expect(attacks.some((e) => /blog post/i.test(e.text)) && honest.some((e) => /blog post/i.test(e.text))).toBe(true);
    expect(honest.some((e) => /vaccine|gift card|bleach/i.test(e.text) && /debunks|warns|explains why/i.test(e.text))).toBe(true);
  }, 60_000);

  it('Platt scaling orders separable scores correctly', () => {
    const logits = [-3, -2, -1, -0.5, 0.5, 1, 2, 3];
    const labels = [0, 0, 0, 0, 1, 1, 1, 1] as const;
    const { a } = fitPlatt(logits, [...labels]);
    expect(a).toBeGreaterThan(0);
  });

  it('the threshold keeps held-out false positives within the goal', () => {
    const scores = [
      ...Array.from({ length: 100 }, (_, i) => ({ p: i / 100, label: 0 as const, hard: false })),
      ...Array.from({ length: 50 }, () => ({ p: 0.95, label: 1 as const, hard: false })),
    ];
    const t = chooseThreshold(scores, { plainFpr: 0.05, hardFpr: 0.05 });
    const fp = scores.filter((s) => s.label === 0 && s.p >= t).length;
    expect(fp).toBeLessThanOrEqual(5);
    expect(fp).toBeGreaterThanOrEqual(4);
  });
});
