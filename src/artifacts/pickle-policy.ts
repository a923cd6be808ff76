/**
 * Classifies a pickle global (module + name) against the data in pickle-allowlist.ts.
 * Dotted names (`pathlib` + `os.system`, `builtins` + `print.__self__.eval`) are attribute walks in
 * protocol 4+: they are never allowed, and are dangerous when any suffix of the walk names a dangerous
 * callable or the walk passes through a dunder attribute.
 */
import {
  ALLOWED,
  ALLOWED_CLASS_PREFIXES,
  DANGEROUS_MODULES,
  DANGEROUS_NAMES,
  INERT_RISKY,
  MODULE_ALIASES,
  NAME_ALIASES,
  NUMPY_SCALAR_TYPE,
  TORCH_VALUE_NAME,
} from './pickle-allowlist.js';

export type CallableClass = 'allowed' | 'risky' | 'dangerous' | 'unknown';

export interface GlobalClassification {
  kind: CallableClass;
  /** Canonical dotted name after Python-2 and C-accelerator aliasing. */
  qualified: string;
  reason: string;
}

const CLASS_NAME = /^[A-Z][A-Za-z0-9_]*$/;

/** Maps a module name through the fix_imports/accelerator aliases, including submodules (numpy._core.x). */
export function canonicalModule(module: string): string {
  const exact = MODULE_ALIASES.get(module);
  if (exact !== undefined) return exact;
  for (const [from, to] of MODULE_ALIASES) {
    if (module.startsWith(`${from}.`)) return to + module.slice(from.length);
  }
  return module;
}

function underModule(qualified: string, mod: string): boolean {
  return qualified === mod || qualified.startsWith(`${mod}.`);
}

function dangerousQualified(qualified: string): string | undefined {
  if (DANGEROUS_NAMES.has(qualified)) return `${qualified} is a known code-execution or I/O primitive`;
  for (const mod of DANGEROUS_MODULES) {
    if (underModule(qualified, mod)) return `${qualified} is in ${mod}, a code-execution, process, file or network module`;
  }
  return undefined;
}

/** Decides what a global means for the verdict. */
export function classifyGlobal(rawModule: string, rawName: string): GlobalClassification {
  const aliased = NAME_ALIASES.get(`${rawModule}.${rawName}`);
  const module = aliased ? aliased.slice(0, aliased.lastIndexOf('.')) : canonicalModule(rawModule);
  const name = aliased ? aliased.slice(aliased.lastIndexOf('.') + 1) : rawName;
  const qualified = `${module}.${name}`;
  if (module.length === 0 || name.length === 0) return { kind: 'dangerous', qualified, reason: 'empty module or name' };
  const segments = qualified.split('.');
  if (name.includes('.') || name.includes('<')) {
    if (segments.some((s) => s.startsWith('__') && s.endsWith('__') && s.length > 4) || name.includes('<')) {
      return { kind: 'dangerous', qualified, reason: `attribute walk ${qualified} passes through a dunder attribute` };
    }
    for (let i = 0; i < segments.length - 1; i++) {
      const suffix = segments.slice(i).join('.');
      const why = dangerousQualified(suffix);
      if (why) return { kind: 'dangerous', qualified, reason: `attribute walk reaches ${suffix}: ${why}` };
      const risky = INERT_RISKY.get(canonicalSuffix(suffix));
      if (risky) return { kind: 'risky', qualified, reason: risky };
    }
    if (!ALLOWED.has(qualified)) return { kind: 'unknown', qualified, reason: `attribute walk ${qualified} is not allowlisted` };
  }
  if (ALLOWED.has(qualified)) return { kind: 'allowed', qualified, reason: 'allowlisted' };
  const risky = INERT_RISKY.get(qualified);
  if (risky) return { kind: 'risky', qualified, reason: risky };
  const why = dangerousQualified(qualified);
  if (why) return { kind: 'dangerous', qualified, reason: why };
  if (CLASS_NAME.test(name) && ALLOWED_CLASS_PREFIXES.some((p) => (p.endsWith('.') ? module.startsWith(p) : underModule(module, p)))) {
    return { kind: 'allowed', qualified, reason: 'allowlisted class family' };
  }
  if (module === 'numpy' && NUMPY_SCALAR_TYPE.test(name)) return { kind: 'allowed', qualified, reason: 'numpy scalar type' };
  if (module === 'torch' && TORCH_VALUE_NAME.test(name)) return { kind: 'allowed', qualified, reason: 'torch dtype or storage' };
  return { kind: 'unknown', qualified, reason: `${qualified} is not allowlisted` };
}

function canonicalSuffix(suffix: string): string {
  const dot = suffix.lastIndexOf('.');
  if (dot < 0) return suffix;
  return `${canonicalModule(suffix.slice(0, dot))}${suffix.slice(dot)}`;
}
