import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * `openai` and `ai` are optional peer dependencies: the adapters may use their types but must not
 * import them at run time, so `rampart` works for people who have neither installed.
 */
const dir = join(import.meta.dirname, '../../src/adapters');
const SDK = /^(openai|ai|@ai-sdk\/.*)(\/.*)?$/;

describe('adapters have no run-time dependency on the SDKs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it('finds the adapter sources', () => {
    expect(files).toEqual(expect.arrayContaining(['openai.ts', 'ai-sdk.ts', 'openai-stream.ts']));
  });

  it.each(files)('%s imports the SDKs as types only', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const specifiers = [...js.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(specifiers.filter((s) => SDK.test(s))).toEqual([]);
    // Sanity: the transpiled output still has its relative imports, so the check can see imports at all.
    if (/^import (?!type)/m.test(source)) expect(specifiers.length).toBeGreaterThan(0);
  });
});
