import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type * as Ort from 'onnxruntime-node';
import { TokenizerFormatError, asObject } from './spec.js';
import { loadTokenizerFile, type ModelInput, type TextTokenizer } from './tokenizer.js';

/** The onnxruntime-node module, loaded only when a policy turns the onnx layer on. */
export type OnnxRuntime = typeof Ort;

/** A local transformer classifier: its tokenizer, label names and one forward pass. */
export interface TransformerClassifier {
  readonly modelDir: string;
  readonly tokenizer: TextTokenizer;
  /** Label names by logit index, from config.json's id2label. */
  readonly labels: readonly string[];
  /** config.json's max_position_embeddings, when it gives one. */
  readonly maxPositions: number | undefined;
  /** Logits of one input (special tokens included). */
  logits(input: ModelInput): Promise<Float32Array>;
}

const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const MODEL_FILES = ['model.onnx', join('onnx', 'model.onnx')];
/** Inputs a sequence classifier may declare; anything else we cannot fill. */
const KNOWN_INPUTS = new Set(['input_ids', 'attention_mask', 'token_type_ids']);

/**
 * Imports onnxruntime-node. It is an optional dependency: the library must load without it, and a
 * policy that needs it must fail with an error that says what to install.
 */
export async function loadOnnxRuntime(importer: () => Promise<unknown> = () => import('onnxruntime-node')): Promise<OnnxRuntime> {
  try {
    const mod = (await importer()) as OnnxRuntime & { default?: OnnxRuntime };
    // The package is CommonJS: depending on the loader its API sits on the namespace or on `default`.
    const ort = typeof mod.InferenceSession === 'function' ? mod : mod.default;
    if (!ort || typeof ort.InferenceSession !== 'function') throw new Error('onnxruntime-node has no InferenceSession');
    return ort;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new Error('onnx layer needs the optional package onnxruntime-node, which is not installed (npm install onnxruntime-node)');
    }
    throw new Error(`onnx layer could not load onnxruntime-node: ${(err as Error).message.split('\n')[0]?.slice(0, 120)}`);
  }
}

const cache = new Map<string, Promise<TransformerClassifier>>();

/**
 * Loads the classifier in `modelDir` once per process (per resolved path); a failed load is not
 * cached, so installing the package or the files later takes effect without a restart.
 */
export function loadTransformerClassifier(modelDir: string, runtime: () => Promise<OnnxRuntime> = loadOnnxRuntime): Promise<TransformerClassifier> {
  const key = resolve(modelDir);
  let pending = cache.get(key);
  if (!pending) {
    pending = openClassifier(key, runtime);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function openClassifier(dir: string, runtime: () => Promise<OnnxRuntime>): Promise<TransformerClassifier> {
  const dirInfo = await stat(dir).catch(() => undefined);
  if (!dirInfo?.isDirectory()) throw new Error(`onnx layer: model directory ${dir} does not exist`);
  const modelPath = await firstFile(MODEL_FILES.map((f) => join(dir, f)));
  if (!modelPath) throw new Error(`onnx layer: no model.onnx or onnx/model.onnx in ${dir}`);
  const tokenizerPath = join(dir, 'tokenizer.json');
  if (!(await firstFile([tokenizerPath]))) throw new Error(`onnx layer: no tokenizer.json in ${dir}`);
  const configPath = join(dir, 'config.json');
  if (!(await firstFile([configPath]))) throw new Error(`onnx layer: no config.json in ${dir}`);

  const config = await readConfig(configPath);
  const tokenizer = await loadTokenizerFile(tokenizerPath);
  const ort = await runtime();
  let session: Ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(modelPath, { graphOptimizationLevel: 'all' });
  } catch (err) {
    throw new Error(`onnx layer: onnxruntime could not load ${modelPath}: ${(err as Error).message.split('\n')[0]?.slice(0, 120)}`);
  }
  const unknown = session.inputNames.filter((name) => !KNOWN_INPUTS.has(name));
  if (unknown.length > 0) throw new Error(`onnx layer: the model wants inputs this layer cannot fill: ${unknown.join(', ').slice(0, 80)}`);
  if (!session.inputNames.includes('input_ids')) throw new Error('onnx layer: the model has no input_ids input');
  const output = session.outputNames.includes('logits') ? 'logits' : session.outputNames[0];
  if (!output) throw new Error('onnx layer: the model has no output');

  const int64 = (values: readonly number[]) => new ort.Tensor('int64', BigInt64Array.from(values, (v) => BigInt(v)), [1, values.length]);
  return {
    modelDir: dir,
    tokenizer,
    labels: config.labels,
    maxPositions: config.maxPositions,
    async logits(input) {
      const feeds: Record<string, Ort.Tensor> = {};
      for (const name of session.inputNames) {
        if (name === 'input_ids') feeds[name] = int64(input.inputIds);
        else if (name === 'attention_mask') feeds[name] = int64(input.inputIds.map(() => 1));
        else feeds[name] = int64(input.typeIds);
      }
      const result = await session.run(feeds);
      const tensor = result[output];
      if (!tensor || !(tensor.data instanceof Float32Array)) throw new Error('onnx layer: the model output is not a float tensor');
      if (tensor.data.length !== config.labels.length) {
        throw new Error(`onnx layer: the model gives ${tensor.data.length} logits but config.json names ${config.labels.length} labels`);
      }
      return tensor.data;
    },
  };
}

async function firstFile(paths: string[]): Promise<string | undefined> {
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (info?.isFile()) return p;
  }
  return undefined;
}

async function readConfig(path: string): Promise<{ labels: string[]; maxPositions: number | undefined }> {
  const info = await stat(path);
  if (info.size > MAX_CONFIG_BYTES) throw new TokenizerFormatError(`config.json is ${info.size} bytes, more than the limit of ${MAX_CONFIG_BYTES}`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new TokenizerFormatError('config.json is not valid JSON');
  }
  const config = asObject(json, 'config.json');
  const id2label = asObject(config.id2label, 'config.json id2label');
  const count = Object.keys(id2label).length;
  if (count < 2 || count > 1000) throw new TokenizerFormatError(`config.json id2label must name between 2 and 1000 labels, not ${count}`);
  const labels: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = id2label[String(i)];
    if (typeof name !== 'string') throw new TokenizerFormatError(`config.json id2label has no name for label ${i}`);
    labels.push(name);
  }
  const max = config.max_position_embeddings;
  return { labels, maxPositions: typeof max === 'number' && Number.isInteger(max) && max > 0 ? max : undefined };
}
