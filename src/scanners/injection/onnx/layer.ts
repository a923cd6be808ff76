import type { RawFinding, ScanContext } from '../../../core/types.js';
import { attackIndices, softmax } from './labels.js';
import { loadTransformerClassifier, loadOnnxRuntime, type OnnxRuntime, type TransformerClassifier } from './session.js';

/**
 * Options of the onnx layer (`options.onnx` of the injection scanner).
 *
 * @example
 * input:
 *   scanners:
 *     injection:
 *       timeoutMs: 10000
 *       options:
 *         layers: { onnx: true }
 *         onnx: { modelDir: /models/deberta-v3-base-prompt-injection-v2 }
 */
export interface OnnxLayerOptions {
  /** A directory with model.onnx (or onnx/model.onnx), tokenizer.json and config.json. */
  modelDir: string;
  /** Tokens per model input, special tokens included (default: the tokenizer's truncation length,
   * else config.json's max_position_embeddings, else 512; never more than max_position_embeddings). */
  maxTokens?: number;
  /** Attack probabilities below this are not reported at all (default 0.3). The policy's
   * `kinds.transformer.threshold` decides what a reported score asks for. */
  threshold: number;
  /** Labels (names from config.json's id2label, or indices) that mean attack; default: guessed from the names. */
  attackLabels?: Array<string | number>;
  /** Most model inputs one text may need (default 64); a longer text is an error, so the policy's
   * onError decides (block by default) rather than leaving part of the text unread. */
  maxWindows: number;
  /** Longest text read, in characters (default 1 000 000): tokenizing keeps a map back to the
   * original per character, so this bounds memory before the window count is known. */
  maxChars: number;
}

const DEFAULT_MAX_TOKENS = 512;

/** Reads and checks `options.onnx`; throws a clear error naming what is wrong. */
export function onnxOptions(raw: unknown): OnnxLayerOptions {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('injection: options.onnx must be an object with modelDir');
  const o = raw as Record<string, unknown>;
  const known = new Set(['modelDir', 'maxTokens', 'threshold', 'attackLabels', 'maxWindows', 'maxChars']);
  for (const key of Object.keys(o)) if (!known.has(key)) throw new Error(`injection: unknown option options.onnx.${key.slice(0, 40)} (known: ${[...known].join(', ')})`);
  if (typeof o.modelDir !== 'string' || o.modelDir.length === 0) throw new Error('injection: options.onnx.modelDir must be the path of a model directory');
  const integer = (key: string, min: number, max: number): number | undefined => {
    const v = o[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Error(`injection: options.onnx.${key} must be an integer in [${min}, ${max}]`);
    return v;
  };
  const threshold = o.threshold ?? 0.3;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw new Error('injection: options.onnx.threshold must be a number in [0, 1]');
  let attackLabels: Array<string | number> | undefined;
  if (o.attackLabels !== undefined) {
    if (!Array.isArray(o.attackLabels) || o.attackLabels.length === 0 || !o.attackLabels.every((l) => typeof l === 'string' || (typeof l === 'number' && Number.isInteger(l)))) {
      throw new Error('injection: options.onnx.attackLabels must be a non-empty list of label names or indices');
    }
    attackLabels = o.attackLabels as Array<string | number>;
  }
  const maxTokens = integer('maxTokens', 8, 8192);
  return {
    modelDir: o.modelDir,
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    threshold,
    ...(attackLabels ? { attackLabels } : {}),
    maxWindows: integer('maxWindows', 1, 100_000) ?? 64,
    maxChars: integer('maxChars', 1, 16 * 1024 * 1024) ?? 1_000_000,
  };
}

/** The verdict on one text: the highest attack probability over its windows, and where. */
export interface TransformerVerdict {
  score: number;
  /** Offsets, in the scanned text, of the window that scored highest. */
  start: number;
  end: number;
  /** The attack label with the highest probability in that window. */
  label: string;
  windows: number;
}

/**
 * Classifies a text of any length: its tokens are cut into overlapping windows that each fit the
 * model (half a window apart, so any run of up to half a window lies whole inside one), and the
 * text scores as its most suspicious window: an injected paragraph in a long document is not
 * averaged away. Returns undefined for a text with no tokens.
 */
export async function classifyText(
  text: string,
  options: OnnxLayerOptions,
  runtime: () => Promise<OnnxRuntime> = loadOnnxRuntime,
  signal?: AbortSignal,
): Promise<TransformerVerdict | undefined> {
  const model = await loadTransformerClassifier(options.modelDir, runtime);
  const attack = attackIndices(model.labels, options.attackLabels);
  const maxTokens = tokenBudget(model, options);
  const content = maxTokens - model.tokenizer.specialTokenCount;
  if (content < 1) throw new Error(`onnx layer: maxTokens ${maxTokens} leaves no room next to the ${model.tokenizer.specialTokenCount} special tokens`);

  if (text.length > options.maxChars) throw new Error(`onnx layer: the text has ${text.length} characters, more than maxChars (${options.maxChars})`);
  const encoding = model.tokenizer.encode(text);
  const n = encoding.ids.length;
  if (n === 0) return undefined;
  const starts = windowStarts(n, content);
  if (starts.length > options.maxWindows) {
    throw new Error(`onnx layer: the text needs ${starts.length} model inputs of ${maxTokens} tokens, more than maxWindows (${options.maxWindows})`);
  }
  let best: TransformerVerdict | undefined;
  for (const first of starts) {
    if (signal?.aborted) throw new Error('onnx layer: aborted');
    const last = Math.min(n, first + content);
    const probabilities = softmax(await model.logits(model.tokenizer.modelInput(encoding.ids.slice(first, last))));
    const score = attack.reduce((sum, i) => sum + probabilities[i]!, 0);
    if (!best || score > best.score) {
      const top = attack.reduce((a, b) => (probabilities[b]! > probabilities[a]! ? b : a));
      let start = Infinity;
      let end = -Infinity;
      for (let i = first; i < last; i++) {
        start = Math.min(start, encoding.starts[i]!);
        end = Math.max(end, encoding.ends[i]!);
      }
      best = { score: Math.min(1, score), start, end, label: model.labels[top]!, windows: starts.length };
    }
  }
  return best;
}

function tokenBudget(model: TransformerClassifier, options: OnnxLayerOptions): number {
  const wanted = options.maxTokens ?? model.tokenizer.maxLength ?? model.maxPositions ?? DEFAULT_MAX_TOKENS;
  if (model.maxPositions !== undefined && wanted > model.maxPositions) {
    if (options.maxTokens !== undefined) throw new Error(`onnx layer: maxTokens ${wanted} exceeds the model's max_position_embeddings (${model.maxPositions})`);
    return model.maxPositions;
  }
  return wanted;
}

/** First token of every window: `size` tokens each, half a window apart, the last one flush with the end. */
export function windowStarts(tokens: number, size: number): number[] {
  if (tokens <= size) return [0];
  const step = Math.max(1, Math.floor(size / 2));
  const starts: number[] = [];
  for (let s = 0; s + size < tokens; s += step) starts.push(s);
  starts.push(tokens - size);
  return starts;
}

/** The layer's scan: one finding of kind `transformer` when the attack probability reaches the floor. */
export async function scanWithOnnx(text: string, ctx: ScanContext): Promise<RawFinding[]> {
  const options = onnxOptions(ctx.options.onnx);
  if (text.trim().length === 0) return [];
  const verdict = await classifyText(text, options, loadOnnxRuntime, ctx.signal);
  if (!verdict || verdict.score < options.threshold) return [];
  return [
    {
      kind: 'transformer',
      score: verdict.score,
      start: verdict.start,
      end: verdict.end,
      detail: { layer: 'onnx', label: verdict.label, windows: verdict.windows },
    },
  ];
}
