/**
 * Keras model configs (config.json in a .keras zip, model_config in an .h5 file). Walks every object
 * at any depth (wrappers such as TimeDistributed or Bidirectional nest layers) and flags Lambda layers
 * (they carry Python code), TFOpLambda calls into file or py_func ops, and `module` references outside
 * Keras (deserialize_keras_object imports the module and calls into it).
 */
import { at } from './context.js';
import { errorFinding, type ArtifactFinding } from './types.js';
import { classifyGlobal } from './pickle-policy.js';

const KERAS_MODULES = /^(?:keras|tf_keras|keras_nlp|keras_hub|keras_cv|tensorflow\.keras|tensorflow\.python\.keras)(?:\.|$)/;
const SAFE_BUILTIN_CLASSES = new Set(['dict', 'list', 'tuple', 'set', 'str', 'int', 'float', 'bool', 'bytes', 'NoneType', 'complex']);
const DANGEROUS_TF_FUNCTION = /(?:^|\.)(?:io|gfile|py_func|py_function|numpy_function|raw_ops|debugging|summary|saved_model|compat\.v1\.py_func|script_ops|load_library|load_op_library)(?:\.|$)/;
const MAX_NODES = 2_000_000;
/** Keras functions a config can reach that switch off safety or fetch/load other files (CVE-2025-1550, CVE-2025-9906). */
const DANGEROUS_KERAS_FUNCTION = /^(?:enable_unsafe_deserialization|get_file|load_model|load_weights|deserialize_keras_object|register_keras_serializable|exec|eval|system|popen)$/;
const KERAS_FUNCTION_MODULES = /^(?:keras|tf_keras)(?:\.src)?\.(?:activations|losses|metrics|initializers|regularizers|constraints|ops)(?:\.|$)/;

/** Scans config text; invalid JSON is an error finding. */
export function scanKerasConfigText(text: string, member?: string): ArtifactFinding[] {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (err) {
    return [errorFinding('keras/config-json', `Keras config is not valid JSON (${err instanceof RangeError ? 'nested too deeply' : 'syntax error'})`, at(member).location)];
  }
  return scanKerasConfig(config, member);
}

/** Walks a parsed config without recursion. */
export function scanKerasConfig(config: unknown, member?: string): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  const add = (severity: ArtifactFinding['severity'], rule: string, message: string, pointer: string): void => {
    if (findings.length < 200) findings.push({ severity, rule, message, ...at(member, undefined, pointer) });
  };
  const work: Array<[unknown, string]> = [[config, '']];
  let nodes = 0;
  while (work.length > 0) {
    const [node, pointer] = work.pop()!;
    if (++nodes > MAX_NODES) {
      findings.push(errorFinding('limit/exceeded', 'limit exceeded: Keras config has too many nodes', at(member).location));
      break;
    }
    if (Array.isArray(node)) {
      node.forEach((v, i) => work.push([v, `${pointer}/${i}`]));
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    const className = typeof obj.class_name === 'string' ? obj.class_name : undefined;
    const layerName = typeof (obj.config as Record<string, unknown> | undefined)?.name === 'string' ? String((obj.config as Record<string, unknown>).name).slice(0, 60) : '?';
    if (className === 'Lambda' || className === 'keras.layers.Lambda') {
      add('critical', 'keras/lambda-layer', `Lambda layer "${layerName}" carries Python code that runs when the model is loaded or called`, pointer);
    }
    if (className === 'TFOpLambda' || className === 'SlicingOpLambda') {
      const fn = (obj.config as Record<string, unknown> | undefined)?.function;
      if (typeof fn === 'string' && DANGEROUS_TF_FUNCTION.test(fn)) {
        add('critical', 'keras/tf-op', `${className} layer calls tf.${fn.slice(0, 80)}, a file or Python-callback op`, pointer);
      }
    }
    if (typeof obj.module === 'string' && (className !== undefined || 'registered_name' in obj || 'config' in obj)) {
      const module = obj.module;
      const builtinOk = module === 'builtins' && className !== undefined && SAFE_BUILTIN_CLASSES.has(className);
      if (!KERAS_MODULES.test(module) && !builtinOk && !(className === 'Lambda')) {
        const target = className === 'function' && typeof obj.config === 'string' ? `${module}.${obj.config}` : `${module}.${className ?? '?'}`;
        const g = classifyGlobal(module, className === 'function' && typeof obj.config === 'string' ? obj.config : (className ?? '?'));
        add('critical', 'keras/module-injection', `config references ${target.slice(0, 120)} outside Keras; loading imports it and calls into it${g.kind === 'dangerous' ? ` (${g.reason})` : ''}`, pointer);
      }
    }
    if (typeof obj.module === 'string' && KERAS_MODULES.test(obj.module) && className !== undefined) {
      const fn = className === 'function' && typeof obj.config === 'string' ? obj.config : className;
      if (DANGEROUS_KERAS_FUNCTION.test(fn)) {
        add('critical', 'keras/unsafe-function', `config calls ${obj.module.slice(0, 60)}.${fn.slice(0, 60)}, which disables safe loading or loads other files`, pointer);
      } else if (className === 'function' && !KERAS_FUNCTION_MODULES.test(obj.module)) {
        add('high', 'keras/function-reference', `config references function ${obj.module.slice(0, 60)}.${fn.slice(0, 60)}`, pointer);
      } else if (className !== 'function' && /^[a-z_]/.test(className) && !className.startsWith('__')) {
        add('high', 'keras/function-reference', `config calls ${obj.module.slice(0, 60)}.${className.slice(0, 60)} as if it were a class`, pointer);
      }
    }
    if (typeof obj.registered_name === 'string' && obj.registered_name.includes('>') && !obj.registered_name.startsWith('keras')) {
      add('info', 'keras/custom-object', `custom object ${obj.registered_name.slice(0, 80)} must be supplied by the loading code`, pointer);
    }
    for (const [k, v] of Object.entries(obj)) {
      if (v !== null && typeof v === 'object') work.push([v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
    }
  }
  return findings;
}
