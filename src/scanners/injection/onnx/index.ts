/**
 * The injection scanner's onnx layer: a local transformer classifier (Llama Prompt Guard 2,
 * ProtectAI deberta-v3-base-prompt-injection-v2, a small BERT) run with onnxruntime-node, with
 * our own tokenizer.json reader (Unigram and WordPiece).
 */
export { onnxOptions, classifyText, scanWithOnnx, windowStarts } from './layer.js';
export type { OnnxLayerOptions, TransformerVerdict } from './layer.js';
export { loadOnnxRuntime, loadTransformerClassifier } from './session.js';
export type { OnnxRuntime, TransformerClassifier } from './session.js';
export { parseTokenizer, loadTokenizerFile, TextTokenizer, TokenizerFormatError, DEFAULT_TOKENIZER_LIMITS } from './tokenizer.js';
export type { Encoding, ModelInput, TokenizerLimits } from './tokenizer.js';
export { attackIndices, softmax } from './labels.js';
