import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { DEFAULT_POLICY_YAML } from './default-policy.js';
import { PolicySchema, type Policy } from './schema.js';

/** A policy that could not be read or is invalid. `problems` name the path and what is wrong. */
export class PolicyError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`invalid policy ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

/** Largest policy file we read: a policy is configuration, not data. */
const MAX_POLICY_BYTES = 1024 * 1024;

/** Parses policy text (YAML or JSON) and validates it. Throws PolicyError. */
export function parsePolicy(text: string, source = '<policy>'): Policy {
  if (text.length > MAX_POLICY_BYTES) throw new PolicyError(source, [`file is larger than ${MAX_POLICY_BYTES} bytes`]);
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      source,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      }),
    );
  }
  let value: unknown;
  try {
    // toJS resolves aliases; a dangling or runaway alias throws here rather than at parse time.
    value = doc.toJS({ maxAliasCount: 100, mapAsMap: false });
  } catch (err) {
    throw new PolicyError(source, [`cannot read YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  return validatePolicy(value, source);
}

/** Validates an already-parsed policy object. Throws PolicyError. */
export function validatePolicy(value: unknown, source = '<policy>'): Policy {
  const result = PolicySchema.safeParse(value);
  if (!result.success) throw new PolicyError(source, formatZodIssues(result.error));
  return result.data;
}

export function loadPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new PolicyError(path, [`cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`]);
  }
  return parsePolicy(text, path);
}

let cachedDefault: Policy | undefined;
/** The built-in policy (the same text `rampart policy init` writes). */
export function defaultPolicy(): Policy {
  cachedDefault ??= parsePolicy(DEFAULT_POLICY_YAML, '<built-in policy>');
  return structuredClone(cachedDefault);
}

export function formatZodIssues(error: ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
}
