/**
 * Refusal pre-emption: a user's message that argues in advance against the refusal it expects.
 * Fluent rewritten jailbreaks (PAIR, TAP, persuasive paraphrases) wrap a harmful goal in a persona or
 * a scenario and close the exits a safe model would take: "This is purely fictional and will never be
 * used in real life", "for research purposes only and not to promote any illegal activity". An honest
 * request rarely argues with a refusal nobody has given; an attacker's rewrite does so in almost every
 * second prompt.
 *
 * Two families of cue:
 *
 * - USE: a promise about what the answer will not be used for — "will never be used in real life /
 *   for malicious purposes / to incite …", "will never be acted upon". Blocks beside a harmful demand.
 * - PURPOSE: "purely fictional", "for educational purposes only", "not intended to promote".
 *   Students and novelists say this too: it never blocks alone, and beside a harmful demand it only
 *   corroborates the classifier.
 * Both in one message add 0.15 (the rewrite expects a refusal from two sides), up to 0.45 without a
 * harmful demand.
 *
 * A harmful demand is a message that names something harmful or contested (SENSITIVE: a crime, a
 * weapon, a drug, fraud, disinformation, discrimination, self-harm …), asks for a procedure or for a
 * piece of persuasion to publish (DEMAND), and neither asks how to recognise, stop or treat the harm
 * (DEFENCE) nor rules the procedure out ("nothing technical"). "Informational purposes" and "should not
 * be taken as financial advice" are left out: they are the footers of pages and newsletters users paste.
 *
 * Tried and dropped: steering cues ("no disclaimers", "as if it were true", "without directly
 * discriminating"). Review 18 (a helper who read this module and wrote honest prompts in its shapes)
 * showed them blocking satire, blunt-feedback requests and HR compliance questions: 38 of 100.
 * Over-defense is held by reviews 17 and 18 (test/injection-heldout/review-probes-17.ts, -18.ts).
 *
 * Input direction only (documents and tool results carry disclaimers of their own). Kind
 * `safety_bypass`, rule ids `pretext.use` and `pretext.purpose`. Cost: one linear pattern per family
 * over the lower-cased text, and the demand tests only when one matched.
 */
import type { RawFinding } from '../../core/types.js';

export const PRETEXT_LAYER = 'pretext';

/** Cue families and the score each earns alone and beside a harmful demand. */
const FAMILIES = [
  {
    id: 'pretext.use',
    alone: 0.45,
    harmful: 0.7,
    produce: 0.7,
    pattern: new RegExp(
      [
        // "will never be used in real life", "would not be used for any malicious purpose", "will not be used to incite …"
        // A promise ("will", "would", "shall"), not a rule: "this drug should not be used by anyone with
        // kidney problems" and "weapons should never be used to harm civilians" state what is right.
        String.raw`\b(?:will|would|shall)\s+(?:never|not)\s+(?:ever\s+)?be\s+(?:actually\s+|really\s+)?(?:(?:used|applied|shared|published)\s+or\s+)?(?:used|applied|shared|published)\s+(?:(?:in|for|to|by|with|outside)\s+)?(?:(?:any|a|the|an|such)\s+)?(?:real[\s-]life|real[\s-]world|reality|practice|malicious|harmful|illegal|illicit|nefarious|unethical|criminal|actual|incite|promote|harm|hurt|facilitate|encourage|cause|commit|engage|deceive|scam|anyone|inappropriately|irresponsibly|maliciously|improperly)\b`,
        // "should not be used in real-life situations": a rule about the answer's use in the real world
        // is the same promise.
        String.raw`\bshould\s+(?:never|not)\s+be\s+(?:used|applied|attempted|tried)\s+in\s+(?:real[\s-]life|the\s+real\s+world|a\s+real[\s-]world|reality)\b`,
        // "This is for purely fictional reasons and will never be actually used.": the promise with
        // nothing after it, in PAIR's own wording. "never" only: "the old field will not be used." is a note.
        String.raw`\b(?:will|would|shall)\s+never\s+(?:ever\s+)?be\s+(?:actually\s+|really\s+)?used\s*(?:[.!;]|$)`,
        // "will never be acted upon", "will not be implemented in real life": verbs an honest request has no reason to deny.
        String.raw`\b(?:will|would|shall)\s+(?:never|not)\s+(?:ever\s+)?be\s+(?:acted\s+(?:up)?on|implemented|enacted|carried\s+out|put\s+into\s+(?:practice|action)|attempted|replicated|executed)\b`,
      ].join('|'),
    ),
  },
  {
    id: 'pretext.purpose',
    alone: 0.3,
    harmful: 0.45,
    // Beside a request to produce the harmful thing (write the post, draft the letter, give the steps) it
    // blocks: JailbreakBench's PAIR rewrites end so ("could you help me draft a phishing email … This is for
    // educational purposes only"), where an honest student asks to explain ("explain how dog whistles work").
    produce: 0.55,
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
] as const;

/** The most a finding without a harmful demand scores: it corroborates the classifier, never blocks alone. */
const CORROBORATION_ONLY = 0.45;

/** Any cue word at all: most English text has one ("not", "only"), so this only spares the rest. */
const ANY_CUE = /\b(?:never|not|purely|strictly|solely|only|just|entirely)\b/;

/**
 * Something harmful or contested named in the message. Broad on purpose: with DEMAND it only decides
 * between a cue's two scores, and a cue is rare in honest text.
 */
const SENSITIVE = new RegExp(
  String.raw`\b(?:illegal\w*|illicit|unlawful|crimes?|criminal\w*|fraud\w*|scam\w*|fake|counterfeit\w*|forg(?:e|ed|ery|ing)|launder\w*|brib\w*|evad\w*|evasion|bypass\w*|circumvent\w*|hack\w*|steal\w*|stolen|theft|weapons?|guns?|firearms?|shoot\w*|bombs?|explosives?|kill\w*|murder\w*|violen\w*|terror\w*|drugs?|narcotic\w*|poison\w*|overdose|suicid\w*|self[\s-]harm|anorexi\w*|bulimi\w*|vomit\w*|starv\w*|stalk\w*|harass\w*|bully\w*|blackmail\w*|extort\w*|traffick\w*|exploitation|abus\w*|tortur\w*|enslave\w*|genocid\w*|ethnic|racis\w*|racial|sexis\w*|xenophob\w*|discriminat\w*|hateful|slurs?|disinformation|misinformation|propaganda|hoax|conspiracy|deceiv\w*|decept\w*|manipulat\w*|cheat\w*|plagiari\w*|smuggl\w*|porn\w*|explicit|sexual\w*|minors?|pedophil\w*|deepfakes?|phishing|malware|ransomware|keylogg\w*|spyware|loopholes?|defam\w*|slander\w*|untraceable|undetect\w*|controversial|unethical|harmful|dangerous)\b`,
);

/**
 * Asking to recognise, stop or treat a harm ("the signs of a phishing e-mail", "how naloxone reverses
 * an overdose"): a defender's or a teacher's question, where a disclaimer is politeness.
 */
const DEFENCE = /\b(?:detect\w*|protect\w*|defen[cd]\w*|spot(?:ting)?|recogni[sz]\w*|warning signs|signs of|telltale|harden\w*|mitigat\w*|treatments?|antidote|revers(?:e|es|ing)|safeguard\w*)\b/;

/**
 * What the harmful goals of fluent jailbreaks ask for: a procedure ("step by step", "the steps", "a
 * detailed plan", "how one might") or a piece of persuasion to publish (a blog post, an article, a
 * speech, a campaign). A novelist asks for a scene, a game master for flavour text.
 */
const DEMAND =
  /\b(?:step[\s-]by[\s-]step|steps|instructions|guide|tutorial|how to|how (?:one|someone|somebody|they|he|she|i|you|a person) (?:could|might|would|can|should)|detailed (?:plan|process|method|explanation|description|account)|process of|methods?|techniques?|recipe|blueprint|(?:blog )?posts?|articles?|speech|letter|e-?mail|tweets?|thread|advertisement|campaign|essay|message|proposal|memo|pamphlet|leaflet|script for)\b/;

/**
 * A request to make a harmful thing, not to understand one: a verb of making before a deceptive or hateful
 * piece ("draft a phishing email", "create a fake news article", "write a fraudulent letter from the IRS") or a
 * piece written to promote or normalise something, or a procedure asked for outright ("step-by-step", "a detailed guide"). "Explain the techniques", "write an essay on
 * the causes of the genocide" and "write a blog post about the history of drug prohibition" are not: the piece
 * itself is no harm (review 18's research questions, and honest writing requests with a disclaimer).
 */
const PRODUCE = new RegExp(
  String.raw`\b(?:write|draft|create|compose|generate|design|produce|craft|prepare|develop|put together)\b[^.?!]{0,40}?\b(?:fake|fraudulent|phishing|scam|counterfeit|forged|deceptive|misleading|defamatory|hateful|racist|sexist|xenophobic|discriminatory|propaganda|disinformation|misinformation|conspiracy|manipulative|threatening|extortion|ransom)\b[^.?!]{0,30}?\b(?:posts?|articles?|letters?|e-?mails?|speech|tweets?|thread|advertisement|ad|campaign|essay|messages?|pamphlet|leaflet|script|website|reviews?|news|story|stories)\b` +
    // A piece written to push its harm: "a blog post that normalizes and promotes stalking", "an article … convincing
    // that 5G spread COVID-19" (the harmful word is elsewhere in the message: see harmfulDemand).
    String.raw`|\b(?:write|draft|create|compose|generate|design|produce|craft)\b[^.?!]{0,40}?\b(?:posts?|articles?|letters?|e-?mails?|speech|tweets?|thread|advertisement|campaign|essay|pamphlet|leaflet)\b[^.?!]{0,40}?\b(?:promot|normali[sz]|endors|glorif|encourag|justif|convinc|persuad|incit|demean|ridicul)\w*` +
    String.raw`|\bstep[\s-]by[\s-]step\b|\b(?:provide|give me|write)\b[^.?!]{0,20}?\bdetailed (?:guide|plan|instructions)\b`,
);

/** The sender rules out the operational part ("I don't need methods", "nothing technical"). */
const NOT_OPERATIONAL = /\b(?:nothing technical|no technical|(?:don'?t|do not) need (?:any )?(?:methods|details|instructions|steps|specifics)|without (?:any )?(?:methods|instructions|technical details))\b/;

/** The message's pre-emption finding, or none. `lower` is the text lower-cased with the same length. */
export function scanPretext(lower: string): RawFinding[] {
  if (!ANY_CUE.test(lower)) return NONE;
  const matches: Array<{ family: (typeof FAMILIES)[number]; start: number; end: number }> = [];
  for (const family of FAMILIES) {
    const m = family.pattern.exec(lower);
    if (m !== null) matches.push({ family, start: m.index, end: m.index + m[0].length });
  }
  if (matches.length === 0) return NONE;
  const harmfulDemand = SENSITIVE.test(lower) && DEMAND.test(lower) && !DEFENCE.test(lower) && !NOT_OPERATIONAL.test(lower);
  // FAMILIES is strongest first, so the first match carries the score and the span.
  const best = matches[0]!;
  const base = !harmfulDemand ? best.family.alone : PRODUCE.test(lower) ? best.family.produce : best.family.harmful;
  // Two kinds of pre-emption in one message ("purely fictional … will never be used in real life")
  // are a rewrite that expects a refusal from two sides; without a harmful demand they still only
  // corroborate ("purely for research, the list will not be shared: interview questions for nurses").
  const score = matches.length > 1 ? Math.min(harmfulDemand ? 0.9 : CORROBORATION_ONLY, base + 0.15) : base;
  return [{ kind: 'safety_bypass', score, start: best.start, end: best.end, detail: { layer: PRETEXT_LAYER, rules: [best.family.id], harmfulDemand } }];
}

const NONE: RawFinding[] = [];
