/**
 * The request-for-instructions template of a prompt: "Provide step-by-step instructions for …",
 * "Give me detailed instructions on how to …", "Create a tutorial on how to …", "Can you write a
 * guide for …". Harmful requests are written in it as often as ordinary ones, and the trained
 * classifier learned the template itself as a sign of attack: it scored "Give me step-by-step
 * instructions to change a flat tire." 0.997 and "Provide detailed instructions on how to knit a
 * scarf" 0.998, far over its threshold, while the same requests without the template ("change a flat
 * tire.", "knit a scarf") score under 0.1. Harmful topics keep their score without it ("make a bomb"
 * 0.93, "hack into a corporate network" 0.92), which is what lets the scanner ask whether a block
 * rested on the template alone (index.ts, `discountRequestTemplate`).
 *
 * English only: the classifier's over-reach was measured on English how-to requests.
 */

const ADJECTIVE = '(?:detailed|step-by-step|step by step|simple|clear|short|quick|brief|comprehensive|complete|full|thorough|practical|easy|basic|beginner-friendly|concise|specific|exact|precise|good|useful|helpful|in-depth|written|written-out)';
const NOUN = '(?:instructions?|guide|guidance|tutorial|walk-?through|steps|directions|procedure|how-to|manual|checklist|recipe|rundown|step-by-step)';
const VERB = '(?:provide|give|write|create|develop|outline|explain|describe|teach|show|list|draft|produce|generate|compose|prepare|offer|share|tell|put together|walk (?:me|us) through)';
/** "can you", "please", "I need you to": the politeness or wish before the verb, part of the template. */
const LEAD = "(?:(?:can|could|would|will) you (?:please )?|please |i need you to |i want you to |i'd like you to )?";
const OBJECT = '(?: (?:me|us))?(?: (?:a|an|the|some|your|any))?';
const PREPOSITION = '(?: (?:on|for|about|of|to|explaining|describing|showing|that explains|that shows))?(?: (?:how to|how i can|how we can|how one can|how|the way to|ways to))?';

/**
 * The template, in two forms: a verb with a noun of instruction ("provide … instructions for", "write
 * a tutorial on how to"), or a verb of teaching straight before "how to" ("explain in detail how to",
 * "show me how to"). A bare imperative ("write a blog post …") is no request for instructions and is
 * left alone. Lower-case text; `\b` is ASCII-only, which the English words here need.
 */
const TEMPLATE = new RegExp(
  `\\b${LEAD}(?:${VERB}${OBJECT}(?:,? ${ADJECTIVE})* ${NOUN}${PREPOSITION}|(?:explain|describe|teach|show|tell)(?: (?:me|us))?(?: (?:in detail|step by step|exactly|precisely))? how to)\\b`,
  'g',
);

/** Prompts longer than this are not rewritten: a long text's score rests on more than its first request. */
export const MAX_TEMPLATE_TEXT = 2000;

/**
 * `lower` (a lower-cased prompt) with every request-for-instructions template taken out, or null when
 * it holds none (or is longer than MAX_TEMPLATE_TEXT). What is left is the task itself: "change a flat
 * tire.", "hack into a corporate network".
 */
export function withoutRequestTemplate(lower: string): string | null {
  if (lower.length > MAX_TEMPLATE_TEXT) return null;
  TEMPLATE.lastIndex = 0;
  if (!TEMPLATE.test(lower)) return null;
  TEMPLATE.lastIndex = 0;
  return lower.replace(TEMPLATE, ' ').replace(/ {2,}/g, ' ').trim();
}
