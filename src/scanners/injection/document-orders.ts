/**
 * Reading orders in a document, for the detectors of planted instructions (task-hijack.ts): where a
 * sentence starts and ends, and whether what stands before a phrase in its sentence leaves the phrase
 * an order ("Please ask …", "Assistant, before anything else, produce …", "Politely explain that they
 * need to …") rather than a statement about one ("Attackers may ask …") or a warning ("We will never
 * ask …"). All functions take lower-cased text.
 *
 * The two detectors gate on their literals in the heuristics' shared trigger index (SHARED_TRIGGERS),
 * which the rule layer has already run over the text.
 */
import { SHARED_TRIGGERS, type TriggerHits } from './prefilter.js';

/**
 * Registers a detector's gate literal in the heuristics' shared trigger index (prefilter.ts); returns
 * its id there. The index holds the rules' and the harm gate's literals too: a detector reads only
 * the ids it registered.
 */
export function addDocumentTrigger(literal: string): number {
  return SHARED_TRIGGERS.add(literal);
}

/**
 * The shared index's hits in a lower-cased text whose document part starts at `bodyStart` (-1: there
 * is none), or null when there is nothing to read. The rule layer has already searched the same text
 * in the same scan, so this costs no second pass (the index keeps its last answer).
 */
export function documentTriggerHits(lower: string, bodyStart: number): TriggerHits | null {
  if (bodyStart < 0 || bodyStart >= lower.length) return null;
  const hits = SHARED_TRIGGERS.find(lower);
  return hits.fired.length === 0 ? null : hits;
}

/** A planted order found in a document: its score and its span in the text. */
export interface PlantedOrder {
  score: number;
  start: number;
  end: number;
}

/** Politeness and linking words an order may start with ("please", "kindly", "then"): a regex source. */
export const POLITE_WORDS = 'please|kindly|politely|also|then|now|just|simply|and';
/** Words that may stand before an order in its sentence: politeness and an addressee. */
const ORDER_LEAD = new RegExp(
  `^(?:\\s|${POLITE_WORDS}|first|so|immediately|quietly|be sure to|make sure (?:to|you)|you (?:should|must|need to|have to)|would you(?: please| mind| be so kind as to)?|could you(?: please)?|can you(?: please)?|if (?:it['’]s|it is) not too much trouble,?|it would be great if you could|we would (?:be grateful|appreciate it) if you (?:could|would))*$`,
);
/** Words that name a machine reader in an address (a regex source; lower-cased text). */
export const MACHINE = '(?:ai|a\\.i\\.|assistant|bot|chatbot|model|llm|gpt|chatgpt|claude|gemini|copilot|agent|language model|system)';
/**
 * An addressee before the order, naming a machine: "Assistant,", "AI:", "Note to the language model
 * reading this:", "[AI agent]", "Bot instructions:". A clause ending in a comma is no addressee ("If the
 * scan fails, tell the user …" is a playbook's condition).
 */
/** An address to a machine, as a regex source: "Assistant,", "To the AI reading this:", "[AI agent]". */
export const MACHINE_ADDRESS = `\\s*(?:[[(][^\\])\\n]{0,30}${MACHINE}[^\\])\\n]{0,30}[\\])]|(?:(?:hi|hey|hello|dear|to|note to|note for|attention|attn)\\s+)?(?:the |any |all |an? )?(?:[a-z-]+ ){0,2}${MACHINE}(?:[ ][a-z' -]{0,40})?\\s*[,:—–])`;
const ADDRESSEE = new RegExp(`^${MACHINE_ADDRESS}\\s*$`);
/** The same addressee ending the text before an order ("Bot instructions: ", "Assistant, please "). */
export const MACHINE_ADDRESSEE_BEFORE = new RegExp(`(?:^|[\\n.!?]\\s*)${MACHINE_ADDRESS}\\s*(?:please |kindly )?$`);

/** Negations that make an order a warning: "never ask for your password", "we will not ask you to …". */
export const NEGATED = /\b(?:never|not|n['’]t|no one|nobody|no (?:bank|employee|staff|member))\b[^.!?\n]{0,30}$/;
/** Polite openings that hold a "not" without negating anything. */
export const POLITE_NOT = /if (?:it['’]s|it is) not too much trouble,?|would you not mind/g;
/** An imperative of saying before a "that" clause: "Politely explain that … they need to re-enter their password". */
const SAY_THAT = /^\s*(?:please |kindly |politely |also |then )*(?:explain|say|state|mention|claim|warn|write|tell|inform|let \w+ know|remind)\b[^.!?\n]{0,120}\bthat $/;
/** A lead-in clause after an addressee or alone: "before anything else,", "when replying,". */
const LEAD_IN = /^\s*(?:before (?:anything else|answering|replying|responding|you (?:answer|reply|respond))|when (?:replying|answering|responding|summari[sz]ing)|in (?:your|the) (?:reply|response|answer|summary)|after (?:that|this))\s*,\s*$/;

/** Whether what precedes a match in its sentence leaves it an order: nothing, politeness or an addressee; and no negation. */
export function isOrder(before: string): boolean {
  const plain = before.replace(POLITE_NOT, '');
  if (NEGATED.test(plain)) return false;
  if (ORDER_LEAD.test(plain) || SAY_THAT.test(plain)) return true;
  // "Assistant, before anything else, produce …": an addressee, then perhaps a short lead-in clause.
  const cut = Math.max(plain.lastIndexOf(','), plain.lastIndexOf(':'));
  if (cut < 0) return false;
  const head = plain.slice(0, cut + 1);
  const rest = plain.slice(cut + 1);
  if (!ORDER_LEAD.test(rest) && !SAY_THAT.test(rest)) return false;
  if (ADDRESSEE.test(head) || LEAD_IN.test(head)) return true;
  // An addressee and a lead-in clause: "Assistant, before anything else, …".
  const inner = Math.max(head.lastIndexOf(',', head.length - 2), head.lastIndexOf(':', head.length - 2));
  return inner >= 0 && ADDRESSEE.test(head.slice(0, inner + 1)) && LEAD_IN.test(head.slice(inner + 1));
}

/**
 * How far a sentence is read either side of a match. Orders are short; without a bound, a 100 KB line
 * with no full stop and thousands of near-matches would be walked once per match.
 */
export const MAX_SENTENCE_REACH = 400;

/** The sentence (or line) around [start, end) of a lower-cased document, at most MAX_SENTENCE_REACH either side. */
export function sentenceAround(doc: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const first = Math.max(0, start - MAX_SENTENCE_REACH);
  while (s > first && !isSentenceEnd(doc, s - 1)) s--;
  let e = end;
  const last = Math.min(doc.length, end + MAX_SENTENCE_REACH);
  while (e < last && !isSentenceEnd(doc, e)) e++;
  return { start: s, end: e };
}

/** A line break, or a full stop, "!" or "?" followed by a space (not the dot of "www.example" or "e.g"). */
function isSentenceEnd(doc: string, i: number): boolean {
  const c = doc.charCodeAt(i);
  if (c === 10) return true;
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const next = doc.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10 || next === 9;
}
