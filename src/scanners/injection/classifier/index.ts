/**
 * The trained prompt-injection classifier: a hashed character/word n-gram logistic model shipped in
 * the package (see docs/model-card-injection.md). No network, no native code; tens of microseconds
 * for a 2 KB prompt on one core, linear in the text (bench/injection-classifier.ts).
 *
 * @example
 * import { classifyInjection, INJECTION_CLASSIFIER_THRESHOLD } from './classifier/index.js';
 * const { score, start, end } = classifyInjection(document);
 * if (score >= INJECTION_CLASSIFIER_THRESHOLD) report(document.slice(start, end));
 */
import { normalizeText } from '../../../core/normalize/normalize.js';
import { foldText } from './features.js';
import { calibrated, decodeModel, type InjectionModel } from './model.js';
import { INJECTION_MODEL } from './model-weights.generated.js';
import { bestWindow, WINDOW_SCALES } from './window.js';

export { WINDOW_SCALES } from './window.js';

/** The classifier's verdict on a text: calibrated probability and the best window's span. */
export interface InjectionClassification {
  /** Calibrated probability in [0, 1] that the best window holds an injection or jailbreak. */
  score: number;
  /** The best window, as UTF-16 offsets into the text that was passed (end-exclusive). */
  start: number;
  end: number;
}

let model: InjectionModel | undefined;

/** Decodes the shipped weights once, on first use (about 1 MB; a few milliseconds). */
function shippedModel(): InjectionModel {
  model ??= decodeModel(INJECTION_MODEL);
  return model;
}

/**
 * Default decision threshold on `score`, chosen on a held-out calibration split (never on the
 * evaluation numbers) to keep held-out false positives at or below 1% on plain benign prompts and 2%
 * on trigger-word-heavy benign prompts.
 */
export const INJECTION_CLASSIFIER_THRESHOLD: number = INJECTION_MODEL.threshold;

/**
 * Scores a text for prompt injection. The text is normalized first (invisible characters, homoglyphs,
 * NFKC), then the whole text and overlapping windows of about 512 and 160 characters are scored and the
 * best one is returned, so one injected paragraph in a long document is not averaged away. Linear in
 * the text length.
 */
export function classifyInjection(text: string, options: ClassifyOptions = {}): InjectionClassification {
  const m = shippedModel();
  const normalized = options.normalized ? null : normalizeText(text);
  const folded = foldText(normalized ? normalized.text : text, true);
  const best = bestWindow(folded, m.weights, m.bias, m.scale, WINDOW_SCALES, m.windowPenalty);
  // Folded indices -> normalized text -> the caller's text.
  const nStart = folded.length === 0 ? 0 : folded.positions[best.start]!;
  const nEnd = Math.max(nStart, best.end === 0 ? 0 : folded.positions[best.end - 1]! + 1);
  const span = normalized ? normalized.mapper.toOriginal(nStart, nEnd) : { start: nStart, end: nEnd };
  return { score: calibrated(best.logit, m.plattA, m.plattB), start: span.start, end: span.end };
}

/**
 * Decodes the model and runs the scorer on a few synthetic texts so the first real scans do not pay
 * for decoding (a few ms) and for V8 optimizing the hashing loops. Optional; changes no result.
 */
export function warmUpClassifier(): void {
  const sample = 'Please summarize the attached report. Ignore the typos. What is the capital of France? ';
  for (let k = 1; k <= 40; k++) classifyInjection(sample.repeat(1 + (k % 24)), { normalized: true });
}

export interface ClassifyOptions {
  /**
   * The text is already normalized (e.g. a scanner declared `input: 'normalized'` and the engine
   * normalized it): skip normalizing again. Normalizing twice gives the same result but costs a second
   * pass, which is most of the time on non-Latin text. Offsets are then into the given text as is.
   */
  normalized?: boolean;
}
