/**
 * Refusal pre-emption: a user's message that argues in advance against the refusal it expects.
 * Fluent rewritten jailbreaks (PAIR, TAP, persuasive paraphrases) wrap a harmful goal in a persona or
 * a scenario and then close the exits a safe model would take: "This is purely fictional and will
 * never be used in real life", "for research purposes only and not to promote any illegal activity",
 * "do not fact-check", "write it as if it were true", "no disclaimers". An honest request rarely
 * argues with a refusal nobody has given; an attacker's rewrite does so in almost every second prompt.
 *
 * Four families of cue, from strongest to weakest:
 *
 * - USE: a promise about what the answer will (not) be used for — "will never be used in real life /
 *   for malicious purposes / to incite …", "will never be acted upon";
 * - STEER: steering the answer away from safety — no disclaimers or caveats, do not fact-check, don't
 *   mention the illegality, present it as if it were true;
 * - PURPOSE: "purely fictional", "for educational purposes only", "not intended to promote".
 *   Students and novelists say this too, so it never blocks alone: it corroborates the classifier;
 * - DENIABILITY: staying just inside the line ("without directly discriminating").
 *
 * A cue scores more when the message also names something harmful or contested (SENSITIVE: a crime,
 * a weapon, a drug, fraud, disinformation, discrimination, self-harm …) and does not ask how to
 * recognise, stop or treat it (DEFENCE): the disclaimer is then covering for that. "Informational
 * purposes" and "should not be taken as financial advice" are left out: they are the footers of
 * ordinary web pages and newsletters a user pastes. Over-defense was checked on review 17
 * (test/injection-heldout/review-probes-17.ts): 120 honest prompts with disclaimers.
 *
 * Input direction only (documents and tool results carry disclaimers of their own). Kind
 * `safety_bypass`, rule ids `pretext.use`, `pretext.steer`, `pretext.purpose`, `pretext.deniability`.
 * Cost: one test for the cue words on the lower-cased text, and for a text that has one ("not" is
 * common) one linear pattern per family.
 */
import type { RawFinding } from '../../core/types.js';

export const PRETEXT_LAYER = 'pretext';

/** Cue families and the score each earns alone and beside a SENSITIVE word. */
const FAMILIES = [
  {
    id: 'pretext.use',
    alone: 0.45,
    sensitive: 0.7,
    pattern: new RegExp(
      [
        // "will never be used in real life", "would not be used for any malicious purpose", "will not be used to incite …"
        String.raw`\b(?:will|would|shall|should|is|are)\s+(?:never|not)\s+(?:ever\s+)?be\s+(?:(?:used|applied|shared|published)\s+or\s+)?(?:used|applied|shared|published)\s+(?:(?:in|for|to|by|with|outside)\s+)?(?:(?:any|a|the|an|such)\s+)?(?:real[\s-]life|real[\s-]world|reality|practice|malicious|harmful|illegal|illicit|nefarious|unethical|criminal|actual|incite|promote|harm|hurt|facilitate|encourage|cause|commit|engage|deceive|scam|anyone|inappropriately|irresponsibly|maliciously|improperly)\b`,
        // "will never be acted upon", "will not be implemented in real life": verbs an honest request has no reason to deny.
        String.raw`\b(?:will|would|shall)\s+(?:never|not)\s+(?:ever\s+)?be\s+(?:acted\s+(?:up)?on|implemented|enacted|carried\s+out|put\s+into\s+(?:practice|action)|attempted|replicated|executed)\b`,
      ].join('|'),
    ),
  },
  {
    id: 'pretext.steer',
    alone: 0.4,
    sensitive: 0.65,
    pattern: new RegExp(
      [
        // "without any disclaimers", "don't include the usual ethical caveats", "do not fact-check", "don't mention the illegality"
        String.raw`\b(?:don'?t|do\s+not|never|without|avoid|skip|omit|no)\s+(?:(?:include|add|mention|give|provide|adding|including|mentioning|giving|any|the|your|usual|ethical|moral|legal|safety)\s+){0,3}(?:disclaimers?|caveats?|moraliz\w*|moralis\w*|ethical\s+(?:concerns|considerations|warnings|guidelines)|the\s+(?:illegality|legality|ethics|risks)|legal\s+(?:consequences|warnings)|safety\s+warnings|fact[\s-]?check\w*)\b`,
        // "as if they are true and well-accepted", "as if it were legal"
        String.raw`\bas\s+if\s+(?:it|they|this|these|that)\s+(?:is|are|were|was)\s+(?:true|real|legal|factual|legitimate|(?:a\s+|an\s+)?(?:well[\s-])?accepted|(?:a\s+)?proven)\b`,
      ].join('|'),
    ),
  },
  {
    id: 'pretext.purpose',
    alone: 0.35,
    sensitive: 0.45,
    pattern: new RegExp(
      [
        // "purely for educational purposes", "strictly for academic purposes", "purely fictional"
        String.raw`\b(?:purely|strictly|solely|only|just|entirely)\s+(?:for\s+)?(?:the\s+(?:purposes?|sake)\s+of\s+)?(?:fictional|hypothetical|educational|academic|research|journalistic|artistic|creative|entertainment|theoretical|illustrative|simulation)\b`,
        // "not intended to promote", "and not to promote or engage in any illegal activities": a
        // novelist says it of a villain, so it weighs as a purpose, not as a promise about use.
        String.raw`\bnot\s+(?:(?:be|being)\s+)?(?:intended|meant|designed|written)\s+to\s+(?:promote|encourage|endorse|incite|condone|glorify|facilitate|cause\s+harm|harm)\b`,
        String.raw`\band\s+not\s+to\s+(?:promote|encourage|endorse|incite|condone|glorify|engage\s+in)\b`,
        // "for educational purposes only", "for historical research purposes only"
        String.raw`\bfor\s+(?:(?:historical|scientific|academic|educational)\s+)?(?:fictional|hypothetical|educational|academic|research|journalistic|artistic|creative|entertainment|theoretical|simulation)\s+(?:purposes|reasons|use)\s+only\b`,
      ].join('|'),
    ),
  },
  {
    // Staying just inside the line: "without directly discriminating", "avoid explicitly encouraging
    // illegal activities", "without breaking any laws or raising red flags". A tutor's "hint without
    // directly giving the answer" has the shape too, so alone it counts for nothing.
    id: 'pretext.deniability',
    alone: 0.25,
    sensitive: 0.5,
    pattern: new RegExp(
      [
        String.raw`\bwithout\s+(?:directly|explicitly|openly|overtly|technically)\s+(?:discriminat|disobey|break|violat|encourag|promot|endors|advocat|using\s+(?:harmful|offensive|hateful))\w*`,
        String.raw`\bavoid(?:ing)?\s+(?:any\s+)?(?:explicit(?:ly)?|direct(?:ly)?|overt(?:ly)?)\s+(?:discriminat|encourag|promot|endors|advocat|violat)\w*`,
        String.raw`\bwithout\s+(?:breaking|violating)\s+any\s+(?:laws|rules|regulations)\s+or\s+(?:raising|attracting)\s+(?:any\s+)?(?:red\s+flags|suspicion|attention)`,
      ].join('|'),
    ),
  },
] as const;

/** Any cue word at all: the one test nearly every text stops at. */
const ANY_CUE = /\b(?:never|not|disclaimer|caveat|moraliz|moralis|fact[\s-]?check|as if|purely|strictly|solely|purposes only|without|avoid)/;

/**
 * Something harmful or contested named in the message. Broad on purpose: it only decides between a
 * cue's two scores, and a cue is rare in honest text.
 */
const SENSITIVE = new RegExp(
  String.raw`\b(?:illegal\w*|illicit|unlawful|crimes?|criminal\w*|fraud\w*|scam\w*|fake|counterfeit\w*|forg(?:e|ed|ery|ing)|launder\w*|brib\w*|evad\w*|evasion|bypass\w*|circumvent\w*|hack\w*|steal\w*|stolen|theft|weapons?|guns?|firearms?|shoot\w*|bombs?|explosives?|kill\w*|murder\w*|violen\w*|terror\w*|drugs?|narcotic\w*|poison\w*|overdose|suicid\w*|self[\s-]harm|anorexi\w*|bulimi\w*|vomit\w*|starv\w*|stalk\w*|harass\w*|bully\w*|blackmail\w*|extort\w*|traffick\w*|exploitation|abus\w*|tortur\w*|enslave\w*|genocid\w*|ethnic|racis\w*|racial|sexis\w*|xenophob\w*|discriminat\w*|hateful|slurs?|disinformation|misinformation|propaganda|hoax|conspiracy|deceiv\w*|decept\w*|manipulat\w*|cheat\w*|plagiari\w*|smuggl\w*|porn\w*|explicit|sexual\w*|minors?|pedophil\w*|deepfakes?|phishing|malware|ransomware|keylogg\w*|spyware|loopholes?|defam\w*|slander\w*|untraceable|undetect\w*|controversial|unethical|harmful|dangerous)\b`,
);

/**
 * Asking to recognise, stop or treat a harm ("the signs of a phishing e-mail", "how naloxone reverses
 * an overdose"): a defender's or a teacher's question, where a disclaimer is politeness.
 */
const DEFENCE = /\b(?:detect\w*|protect\w*|defen[cd]\w*|spot(?:ting)?|recogni[sz]\w*|warning signs|signs of|telltale|harden\w*|mitigat\w*|treatments?|antidote|revers(?:e|es|ing)|safeguard\w*)\b/;

/** The message's pre-emption finding, or none. `lower` is the text lower-cased with the same length. */
export function scanPretext(lower: string): RawFinding[] {
  if (!ANY_CUE.test(lower)) return NONE;
  let best: { id: string; score: number; start: number; end: number } | undefined;
  let families = 0;
  const sensitive = SENSITIVE.test(lower) && !DEFENCE.test(lower);
  for (const family of FAMILIES) {
    const m = family.pattern.exec(lower);
    if (m === null) continue;
    families++;
    const score = sensitive ? family.sensitive : family.alone;
    if (best === undefined || score > best.score) best = { id: family.id, score, start: m.index, end: m.index + m[0].length };
  }
  if (best === undefined) return NONE;
  // Two kinds of pre-emption in one message ("purely fictional … will never be used in real life")
  // are a rewrite that expects a refusal from two sides.
  const score = families > 1 ? Math.min(0.9, best.score + 0.15) : best.score;
  return [{ kind: 'safety_bypass', score, start: best.start, end: best.end, detail: { layer: PRETEXT_LAYER, rules: [best.id], sensitive } }];
}

const NONE: RawFinding[] = [];
