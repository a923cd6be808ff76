/**
 * The shape of one heuristic rule and the finding kinds the injection scanner reports.
 * Kept apart from the rule tables so a table file holds only patterns.
 */

/** What an injection rule is evidence of; also the finding `kind`. */
export type InjectionKind =
  | 'instruction_override'
  | 'role_hijack'
  | 'prompt_extraction'
  | 'fake_role'
  | 'obfuscation'
  | 'safety_bypass'
  | 'secret_extraction'
  | 'indirect_injection';

export const INJECTION_KINDS: readonly InjectionKind[] = [
  'instruction_override',
  'role_hijack',
  'prompt_extraction',
  'fake_role',
  'obfuscation',
  'safety_bypass',
  'secret_extraction',
  'indirect_injection',
];

/**
 * One pattern with the evidence it carries.
 *
 * `triggers` are lower-case literals of which at least one must occur in any text the pattern can
 * match: a trigger starting with a letter or digit must start a word, a CJK trigger may stand
 * anywhere, a trigger starting with a symbol (`<|`, `[`, `#`) anywhere. The prefilter finds them in
 * one pass, so a rule whose triggers are absent never runs.
 *
 * `pattern` must be linear: only bounded quantifiers, and no quantified group that itself holds a
 * quantifier except the vetted word-gap fragment (see fragments.ts). The rule tests check this.
 */
export interface HeuristicRule {
  /** `<lang>.<category>.<name>`, stable: it is reported in finding detail. */
  id: string;
  category: InjectionKind;
  /** Evidence in (0, 1]: the probability-like score the rule gives alone. */
  weight: number;
  triggers: readonly string[];
  /** Source of the pattern (compiled with flags `iu` unless `caseSensitive`). */
  pattern: string;
  caseSensitive?: boolean;
  /**
   * Weight when the match lies inside a pasted document: past the first line of a text with more
   * than one line. For directives about the model's answer ("respond only in French from now on",
   * "in your summary, claim …"), which in a user's own first line are the user's wish, and inside an
   * e-mail, table or tool result the words of someone else addressed to the model.
   */
  embeddedWeight?: number;
  /**
   * Weight when the match heads the text: on its first line, after at most OPENING_PREFIX_MAX
   * characters and no sentence end. For labels that address the model ("Note to the AI:",
   * "Инструкция для нейросети:"): heading a user's own message they introduce the user's request to
   * the assistant ("Note to the AI: check the spelling below"); after other words, or inside a
   * pasted e-mail, page or tool result, they are someone else's words aimed at the model.
   */
  openingWeight?: number;
  /** Texts the rule must match: its tests, and the seeds of its adversarial tests. */
  examples: readonly [string, ...string[]];
}
