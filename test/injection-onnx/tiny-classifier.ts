import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { model, node, tensor, valueInfo } from './onnx-proto.js';

/**
 * A two-class text classifier as small as a transformer classifier's interface allows:
 * logits = mean over unmasked tokens of embedding[input_ids] · W + b. With W the identity and
 * b = [0, -2], a text of ordinary tokens (embedding 0) scores P(attack) = sigmoid(-2) ≈ 0.12, and a
 * token whose embedding is [0, attackWeight] pulls the mean up in whatever window holds it.
 */
export interface TinyClassifierSpec {
  vocabSize: number;
  /** Token ids whose embedding pushes the attack logit. */
  attackIds: readonly number[];
  attackWeight?: number;
  /** Also declare a token_type_ids input, as BERT models do. */
  tokenTypeIds?: boolean;
  opset?: number;
}

export function tinyClassifierBytes(spec: TinyClassifierSpec): Uint8Array {
  const dim = 2;
  const weight = spec.attackWeight ?? 200;
  const embedding: number[] = [];
  for (let id = 0; id < spec.vocabSize; id++) embedding.push(0, spec.attackIds.includes(id) ? weight : 0);
  const inputs = [valueInfo('input_ids', 'int64', ['batch', 'sequence']), valueInfo('attention_mask', 'int64', ['batch', 'sequence'])];
  if (spec.tokenTypeIds) inputs.push(valueInfo('token_type_ids', 'int64', ['batch', 'sequence']));
  return model({
    opset: spec.opset ?? 13,
    inputs,
    outputs: [valueInfo('logits', 'float', ['batch', 2])],
    initializers: [
      tensor('embedding', 'float', [spec.vocabSize, dim], embedding),
      tensor('W', 'float', [dim, 2], [1, 0, 0, 1]),
      tensor('b', 'float', [2], [0, -2]),
      tensor('axis_seq', 'int64', [1], [1]),
      tensor('axis_last', 'int64', [1], [2]),
    ],
    nodes: [
      node('Gather', ['embedding', 'input_ids'], ['hidden'], [{ name: 'axis', int: 0 }]),
      node('Cast', ['attention_mask'], ['mask'], [{ name: 'to', int: 1 }]),
      node('Unsqueeze', ['mask', 'axis_last'], ['mask3']),
      node('Mul', ['hidden', 'mask3'], ['masked']),
      node('ReduceSum', ['masked', 'axis_seq'], ['summed'], [{ name: 'keepdims', int: 0 }]),
      node('ReduceSum', ['mask3', 'axis_seq'], ['count'], [{ name: 'keepdims', int: 0 }]),
      node('Div', ['summed', 'count'], ['pooled']),
      node('MatMul', ['pooled', 'W'], ['projected']),
      node('Add', ['projected', 'b'], ['logits']),
    ],
  });
}

export interface ModelDirFiles {
  tokenizer: unknown;
  config: unknown;
  model?: Uint8Array;
  /** Put the model at onnx/model.onnx (as Optimum exports do) instead of model.onnx. */
  nested?: boolean;
}

/** Writes a model directory as a user would download it; returns its path. */
export async function writeModelDir(files: ModelDirFiles): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rampart-onnx-'));
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(files.tokenizer));
  await writeFile(join(dir, 'config.json'), JSON.stringify(files.config));
  if (files.model) {
    const modelDir = files.nested ? join(dir, 'onnx') : dir;
    await mkdir(modelDir, { recursive: true });
    await writeFile(join(modelDir, 'model.onnx'), files.model);
  }
  return dir;
}
