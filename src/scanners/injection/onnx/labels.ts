import { TokenizerFormatError } from './spec.js';

/** Label names that mean "this text attacks the model" in the classifiers we know of. */
const ATTACK_LABEL = /inject|jailbreak|malicious|attack|unsafe|harmful/i;

/**
 * Which logits count as an attack: the labels named in `override` (names from config.json's
 * id2label, or indices), else every label whose name says attack (INJECTION, JAILBREAK, MALICIOUS),
 * else label 1 of an unnamed binary model (LABEL_0/LABEL_1, where 1 is the positive class).
 */
export function attackIndices(labels: readonly string[], override?: ReadonlyArray<string | number>): number[] {
  if (override && override.length > 0) {
    return override.map((want) => {
      const index = typeof want === 'number' ? want : labels.indexOf(want);
      if (!Number.isInteger(index) || index < 0 || index >= labels.length) {
        throw new TokenizerFormatError(`onnx attackLabels entry "${String(want).slice(0, 30)}" is not one of the model's labels (${labels.join(', ').slice(0, 80)})`);
      }
      return index;
    });
  }
  const named = labels.flatMap((label, i) => (ATTACK_LABEL.test(label) ? [i] : []));
  if (named.length > 0 && named.length < labels.length) return named;
  if (labels.length === 2 && labels[0] === 'LABEL_0' && labels[1] === 'LABEL_1') return [1];
  throw new TokenizerFormatError(`cannot tell which of the model's labels (${labels.join(', ').slice(0, 80)}) means attack; set options.onnx.attackLabels`);
}

/** Softmax of one row of logits, stable for large values. */
export function softmax(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const exps = Array.from({ length: logits.length }, (_, i) => Math.exp(logits[i]! - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
