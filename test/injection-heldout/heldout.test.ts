import { describe, expect, it } from 'vitest';
import { documentBodyStart, lowerSameLength, scanHeuristics } from '../../src/scanners/injection/heuristics.js';
import { scanReaderDirective } from '../../src/scanners/injection/reader-directive.js';
import { scanStrayTask } from '../../src/scanners/injection/stray-task.js';
import { scanSuffix } from '../../src/scanners/injection/suffix.js';
import * as A from './batch-a.js';
import * as B from './batch-b.js';
import * as C from './batch-c.js';
import * as D from './batch-d.js';
import * as E from './batch-e.js';
import * as G from './batch-g.js';
import * as H from './batch-h.js';
import * as I from './batch-i.js';
import * as J from './batch-j.js';
import * as K from './batch-k.js';
import * as L from './batch-l.js';
import * as N from './batch-n.js';
import * as P from './batch-p.js';
import * as Q from './batch-q.js';
import * as R from './batch-r.js';
import * as S from './batch-s.js';
import * as T from './batch-t.js';
import * as U from './batch-u.js';

/**
 * The rule layer (heuristics + suffix detector) on the hand-written held-out batches. These lists
 * are measured with scripts/score-heldout.ts (whole scanner, in the model card); here they guard
 * the rule layer against regressions: no benign text may be flagged, and the attack recall of the
 * rule layer alone may not fall below what it had when the batches were scored.
 */
function flagged(text: string): boolean {
  const lower = lowerSameLength(text);
  const directive = scanReaderDirective(text, lower, documentBodyStart(text));
  return [...scanHeuristics(text), ...scanSuffix(text), ...directive, ...scanStrayTask(text, lower, true)].some((f) => f.score >= 0.5);
}

const rate = (list: readonly string[]): number => list.filter(flagged).length / list.length;

describe('held-out batches, rule layer', () => {
  it('flags none of the hard-benign counterparts', () => {
    for (const list of [A.SUFFIX_BENIGN_A, A.INDIRECT_BENIGN_A, B.SUFFIX_BENIGN_B, B.INDIRECT_BENIGN_B, C.SUFFIX_BENIGN_C, C.INDIRECT_BENIGN_C, D.SUFFIX_BENIGN_D, D.INDIRECT_BENIGN_D, E.SUFFIX_BENIGN_E, E.INDIRECT_BENIGN_E, G.INDIRECT_BENIGN_G, H.INDIRECT_BENIGN_H, I.HARD_BENIGN_I, J.PLAIN_BENIGN_J, K.PLAIN_BENIGN_K, L.HARD_BENIGN_L, L.PLAIN_BENIGN_L]) {
      for (const text of list) expect(flagged(text), text).toBe(false);
    }
  });

  it('keeps its recall on adversarial suffixes', () => {
    for (const list of [A.SUFFIX_ATTACKS_A, B.SUFFIX_ATTACKS_B, C.SUFFIX_ATTACKS_C, D.SUFFIX_ATTACKS_D, E.SUFFIX_ATTACKS_E, L.SUFFIX_ATTACKS_L]) expect(rate(list)).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps its recall on indirect injection with unseen goals', () => {
    expect(rate(A.INDIRECT_ATTACKS_A)).toBeGreaterThanOrEqual(0.8);
    expect(rate(B.INDIRECT_ATTACKS_B)).toBeGreaterThanOrEqual(0.6);
    expect(rate(C.INDIRECT_ATTACKS_C)).toBeGreaterThanOrEqual(0.7);
    expect(rate(D.INDIRECT_ATTACKS_D)).toBeGreaterThanOrEqual(0.85);
    expect(rate(E.INDIRECT_ATTACKS_E)).toBeGreaterThanOrEqual(0.9);
    // G and H after the role-address rules (first scores, whole scanner: G 0.27, H 0.27; model card).
    expect(rate(G.INDIRECT_ATTACKS_G)).toBeGreaterThanOrEqual(0.9);
    expect(rate(H.INDIRECT_ATTACKS_H)).toBeGreaterThanOrEqual(0.85);
    // I and J (blind, session 5): first sight 13/40 and 20/40; after the embedded-imperative rules 15 and 21.
    expect(rate(I.INDIRECT_ATTACKS_I)).toBeGreaterThanOrEqual(15 / 40);
    expect(rate(J.DOC_ATTACKS_J)).toBeGreaterThanOrEqual(21 / 40);
    // Session 6 (output-directive.ts and the role-frame additions, written from K's, I's, J's and then
    // L's misses; L was scored blind first): I 21/40, J 29/40, K 27/40, L 32/45.
    // (I is 20/40 since session 7: one of its attacks, a diff that reads process.env, was caught only
    // because any mention of `.env` or `process.env` weighed 0.6, which also blocked READMEs,
    // .gitignore files and git questions. A mention is now a generic cue; reading one out is a rule.)
    expect(rate(I.INDIRECT_ATTACKS_I)).toBeGreaterThanOrEqual(20 / 40);
    expect(rate(J.DOC_ATTACKS_J)).toBeGreaterThanOrEqual(29 / 40);
    expect(rate(K.INDIRECT_ATTACKS_K)).toBeGreaterThanOrEqual(27 / 40);
    expect(rate(L.INDIRECT_ATTACKS_L)).toBeGreaterThanOrEqual(32 / 45);
    // Session 7: reader-directive.ts, written from N's misses after N was scored blind (whole scanner
    // .575 at first sight, .85 after); this layer's share of N: 30/40.
    expect(rate(N.INDIRECT_ATTACKS_N)).toBeGreaterThanOrEqual(30 / 40);
  });

  it('flags no more of the blind batches\' benign documents than it did when they were scored', () => {
    // Quoted attacks in advisories and policies, a chatbot spec, "never send your password": 2/40 and 9/50 (10 before
    // quoted-example.ts; it discounts a quotation only when attacks are the topic and no order precedes it).
    expect(I.INDIRECT_BENIGN_I.filter(flagged).length).toBeLessThanOrEqual(2);
    expect(J.DOC_BENIGN_J.filter(flagged).length).toBeLessThanOrEqual(9);
    // K (blind, scored once at the end of session 5, never tuned on): 4/40 documents, 1/40 hard benign.
    expect(K.DOC_BENIGN_K.filter(flagged).length).toBeLessThanOrEqual(4);
    expect(K.HARD_BENIGN_K.filter(flagged).length).toBeLessThanOrEqual(1);
    // L (blind, session 6): 1/35 documents (a security training text that quotes an injection).
    expect(L.DOC_BENIGN_L.filter(flagged).length).toBeLessThanOrEqual(1);
    // N (blind, session 7): 4/40 documents and 4/50 hard benign (quoted attack phrases, "translate 'ignore all previous instructions'").
    expect(N.DOC_BENIGN_N.filter(flagged).length).toBeLessThanOrEqual(4);
    expect(N.HARD_BENIGN_N.filter(flagged).length).toBeLessThanOrEqual(4);
    // P (blind, session 9: fluent jailbreaks over ~30 harm areas and benign prompts on the same topics): 0/60 and 0/30.
    expect(P.HARD_BENIGN_P.filter(flagged).length).toBe(0);
    expect(P.PLAIN_BENIGN_P.filter(flagged).length).toBe(0);
    // Q (blind, session 11, scored once before any change): 1/40 documents, 1/50 hard benign, 0/30 plain.
    expect(Q.DOC_BENIGN_Q.filter(flagged).length).toBeLessThanOrEqual(1);
    expect(Q.HARD_BENIGN_Q.filter(flagged).length).toBeLessThanOrEqual(1);
    expect(Q.PLAIN_BENIGN_Q.filter(flagged).length).toBe(0);
    // R (blind, session 12, scored once at the end of the session): 2/40 documents, 4/50 hard benign, 0/30 plain.
    expect(R.DOC_BENIGN_R.filter(flagged).length).toBeLessThanOrEqual(2);
    expect(R.HARD_BENIGN_R.filter(flagged).length).toBeLessThanOrEqual(4);
    expect(R.PLAIN_BENIGN_R.filter(flagged).length).toBe(0);
  });

  it('keeps what it caught of blind batch T when T was first scored (end of session 13; not read)', () => {
    // First sight, whole scanner: indirect 13/50, extraction 13/20, role-play 7/20, suffix 14/15, fluent
    // 5/30; benign documents 1/40, hard benign 1/50, plain 0/30. The rule layer here: indirect 11,
    // extraction 8, suffix 13; one hard-benign text.
    expect(T.INDIRECT_ATTACKS_T.filter(flagged).length).toBeGreaterThanOrEqual(11);
    expect(T.EXTRACTION_ATTACKS_T.filter(flagged).length).toBeGreaterThanOrEqual(8);
    expect(T.SUFFIX_ATTACKS_T.filter(flagged).length).toBeGreaterThanOrEqual(13);
    expect([...T.DOC_BENIGN_T, ...T.HARD_BENIGN_T, ...T.PLAIN_BENIGN_T].filter(flagged).length).toBeLessThanOrEqual(1);
  });

  it('keeps what it caught of blind batch U when U was first scored (session 15; not read) and flags none of its benign texts', () => {
    // First sight, whole scanner: indirect 23/40, extraction 13/20, role-play 14/20, suffix 14/15, fluent
    // 12/30; benign documents 2/40, hard benign 0/50, plain 0/30. The rule layer here: indirect 22,
    // extraction 7, role-play 2, suffix 12; no benign text.
    expect(U.INDIRECT_ATTACKS_U.filter(flagged).length).toBeGreaterThanOrEqual(22);
    expect(U.EXTRACTION_ATTACKS_U.filter(flagged).length).toBeGreaterThanOrEqual(7);
    expect(U.SUFFIX_ATTACKS_U.filter(flagged).length).toBeGreaterThanOrEqual(12);
    expect([...U.DOC_BENIGN_U, ...U.HARD_BENIGN_U, ...U.PLAIN_BENIGN_U].filter(flagged).length).toBe(0);
  });

  it('keeps what it caught of blind batch S when S was first scored (session 13), and flags none of its benign texts', () => {
    // First sight, whole scanner: indirect 18/50, extraction 14/20, role-play 12/25, suffix 15/15, fluent
    // 9/40; no benign text. The rule layer here: indirect 19 (three of them stray tasks caught after S
    // was read: a German one by counting "kurzes" as a word without topic, and two in a chat line and a
    // CSV cell), extraction 7, suffix 15.
    for (const list of [S.DOC_BENIGN_S, S.HARD_BENIGN_S, S.PLAIN_BENIGN_S]) for (const text of list) expect(flagged(text), text).toBe(false);
    expect(S.INDIRECT_ATTACKS_S.filter(flagged).length).toBeGreaterThanOrEqual(19);
    expect(S.EXTRACTION_ATTACKS_S.filter(flagged).length).toBeGreaterThanOrEqual(7);
    expect(S.SUFFIX_ATTACKS_S.filter(flagged).length).toBeGreaterThanOrEqual(15);
  });

  it('keeps what it caught of blind batch R when R was first scored (session 12)', () => {
    expect(R.INDIRECT_ATTACKS_R.filter(flagged).length).toBeGreaterThanOrEqual(22);
    expect(R.EXTRACTION_ATTACKS_R.filter(flagged).length).toBeGreaterThanOrEqual(16);
    expect(R.ROLEPLAY_ATTACKS_R.filter(flagged).length).toBeGreaterThanOrEqual(6);
    expect(R.SUFFIX_ATTACKS_R.filter(flagged).length).toBeGreaterThanOrEqual(9);
  });

  it('keeps what it caught of blind batch Q when Q was first scored (session 11)', () => {
    // The rule layer alone; the whole scanner's figures are in the model card.
    expect(Q.INDIRECT_ATTACKS_Q.filter(flagged).length).toBeGreaterThanOrEqual(23);
    expect(Q.EXTRACTION_ATTACKS_Q.filter(flagged).length).toBeGreaterThanOrEqual(8);
    // 5 since session 20, when "stay in character" became a generic cue (blind set roleplay-z: honest
    // role-play setups blocked 21 of 60 with it weighing more than one).
    expect(Q.ROLEPLAY_ATTACKS_Q.filter(flagged).length).toBeGreaterThanOrEqual(5);
    expect(Q.SUFFIX_ATTACKS_Q.filter(flagged).length).toBeGreaterThanOrEqual(6);
  });
});
