/**
 * Hand-written training examples (./written/*.ts): attacks and their hard benign twins composed by the
 * team for this project, in the styles the template grammars reach poorly — fluent persuasive
 * jailbreaks, indirect injections with open-ended goals in realistic carriers, long personas,
 * extraction phrasing, multilingual, obfuscated and adversarial-suffix attacks.
 *
 * Why hand-written as well as synthesized: a grammar's output shares its skeleton, so a model learns
 * the skeleton; on blind batches written in other words the classifier alone caught 0–2% of fluent
 * jailbreaks. Each module exports ATTACKS and BENIGN; each list is a source of its own, the unit of
 * cross-source hold-out, and its benign list is scored against the trigger-heavy FPR goal.
 */
import * as BENIGN_DOCS from './written/benign-docs.js';
import * as BENIGN_ROLEPLAY from './written/benign-roleplay.js';
import * as FLUENT from './written/fluent.js';
import * as INDIRECT from './written/indirect.js';
import * as MIXED from './written/mixed.js';
import * as PERSONA from './written/persona-extraction.js';
import type { Example } from './dataset.js';

interface WrittenModule {
  ATTACKS: readonly string[];
  BENIGN: readonly string[];
}

const MODULES: Readonly<Record<string, WrittenModule>> = {
  hw_fluent: FLUENT,
  hw_indirect: INDIRECT,
  hw_persona_extraction: PERSONA,
  hw_mixed: MIXED,
  // Benign only: role-play practice and dark fiction, trigger-heavy documents and questions.
  hw_roleplay: BENIGN_ROLEPLAY,
  hw_docs: BENIGN_DOCS,
};

/** The sources this module adds: `<name>` for the attacks, `<name>_benign` for the twins. */
export const WRITTEN_SOURCES: readonly string[] = Object.keys(MODULES).flatMap((name) => [name, `${name}_benign`]);

/** Every hand-written example; exact duplicates inside a source are dropped. */
export function writtenExamples(): Example[] {
  const out: Example[] = [];
  for (const [name, mod] of Object.entries(MODULES)) {
    for (const [list, label, source] of [[mod.ATTACKS, 1, name], [mod.BENIGN, 0, `${name}_benign`]] as const) {
      const seen = new Set<string>();
      for (const raw of list) {
        const text = raw.trim();
        if (text === '' || seen.has(text)) continue;
        seen.add(text);
        out.push(label === 1 ? { text, label, source } : { text, label, source, hardBenign: true });
      }
    }
  }
  return out;
}
