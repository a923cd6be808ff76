import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';

/**
 * The agent firewall's configuration (`rampart.yaml` for `rampart mcp`, or an object passed to
 * `createToolFirewall`). The Cedar files it names hold the rules; this file says what each tool's
 * arguments mean, what a call taints the session with, and how approvals and scanning behave.
 */

/** A session taint label: what the session has already been exposed to. */
export const TAINT_LABELS = ['private_data', 'untrusted_content', 'secrets'] as const;
export type TaintLabel = (typeof TAINT_LABELS)[number];

/** How an argument is turned into facts Cedar can test (see facts.ts). */
export const ARGUMENT_KINDS = ['text', 'path', 'email', 'url'] as const;
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];

/** An error in the firewall configuration or its policy files: every problem names where it is. */
export class FirewallConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`invalid firewall configuration ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FirewallConfigError';
  }
}

const MAX_DURATION_MS = 7 * 24 * 3600 * 1000;

/** Parses `250ms`, `5s`, `2m`, `1h` or a number of milliseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^(\d{1,9})(ms|s|m|h)$/.exec(value.trim());
  if (!m) throw new Error(`"${value}" is not a duration (use e.g. 500ms, 5s, 2m, 1h)`);
  const n = Number(m[1]);
  const unit = m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : m[2] === 'm' ? 60_000 : 3_600_000;
  return n * unit;
}

const Duration = z
  .union([z.number().int().positive(), z.string()])
  .transform((v, ctx) => {
    try {
      const ms = parseDuration(v);
      if (ms <= 0 || ms > MAX_DURATION_MS) {
        ctx.addIssue({ code: 'custom', message: `duration must be between 1ms and 7 days` });
        return z.NEVER;
      }
      return ms;
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

const Label = z.enum(TAINT_LABELS);
const Name = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:/-]+$/, 'only letters, digits and _ . : / -');

/** Taints the session when a call is allowed: always, or when a path argument lies under a prefix. */
const TaintRuleSchema = z
  .object({
    label: Label,
    /** The argument tested (must be declared with kind `path`). Without it the rule always applies. */
    argument: Name.optional(),
    /** Path prefix, e.g. `/data/private/`; compared with the normalized path. */
    under: z.string().min(1).max(4096).optional(),
  })
  .strict()
  .refine((r) => (r.argument === undefined) === (r.under === undefined), { message: 'argument and under go together' });

const CredentialSchema = z.discriminatedUnion('type', [
  z
    .object({
      /** Mint a short-lived JWT for this call (audience = tool, arguments hash bound in). */
      type: z.literal('jwt'),
      /** Put the token in this argument (hidden from the client's view of the tool); default `_meta`. */
      argument: Name.optional(),
    })
    .strict(),
  z
    .object({
      /** Inject a stored secret at the last hop; the model never sees it. */
      type: z.literal('secret'),
      /** Environment variable of the proxy that holds the secret. */
      env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/),
      argument: Name,
    })
    .strict(),
]);

const ToolConfigSchema = z
  .object({
    /** Irreversible tools need a human approval for every call unless a permit says otherwise. */
    irreversible: z.boolean().default(false),
    /** Deadline of approvals for this tool (overrides `approvals.timeout`). */
    approvalTimeout: Duration.optional(),
    /** What each argument is, so the policy can test normalized facts (path, recipient domain, host). */
    arguments: z.record(Name, z.enum(ARGUMENT_KINDS)).default({}),
    /** JSON Schema every call's arguments must satisfy (in addition to the tool's own input schema). */
    schema: z.record(z.string(), z.unknown()).optional(),
    /** Labels a permitted call adds to the session. */
    taints: z.array(TaintRuleSchema).max(32).default([]),
    result: z
      .object({
        /** Labels the tool's result adds to the session (e.g. untrusted_content for web fetches). */
        taints: z.array(Label).default([]),
        /** Scan this tool's results for injection (default: `scan.results`). */
        scan: z.boolean().optional(),
      })
      .strict()
      .default({ taints: [] }),
    credential: CredentialSchema.optional(),
  })
  .strict();

export const FirewallConfigSchema = z
  .object({
    version: z.literal(1),
    /** Who is asking: `agent:ID`, `key:ID` or `user:ID` (a Cedar principal). */
    principal: z
      .string()
      .regex(/^(agent|key|user):[^\s]{1,200}$/, 'use agent:ID, key:ID or user:ID')
      .default('agent:default'),
    server: z.object({ id: Name }).strict().optional(),
    /** Cedar policy files, relative to this file. */
    policies: z.array(z.string().min(1)).min(1).max(64),
    /** Tools not listed under `tools`: hidden and denied (`deny`), or judged by Cedar alone (`policy`). */
    unknownTools: z.enum(['deny', 'policy']).default('deny'),
    approvals: z
      .object({
        timeout: Duration.default(120_000),
        /** What an expired approval means. Denied unless you say otherwise. */
        onExpire: z.enum(['deny', 'allow']).default('deny'),
        pollInterval: Duration.default(100),
      })
      .strict()
      .default({ timeout: 120_000, onExpire: 'deny', pollInterval: 100 }),
    scan: z
      .object({
        /** Scan tool descriptions (tool poisoning) when tools are listed. */
        descriptions: z.boolean().default(true),
        /** Scan every tool result by default, or only tools with `result.scan: true`. */
        results: z.enum(['all', 'marked']).default('all'),
        /** A flagged result is replaced by an error (`block`) or passed on and taints the session (`flag`). */
        onInjection: z.enum(['block', 'flag']).default('block'),
        /** Rampart scanner policy file (YAML) for the scans; the built-in policy when absent. */
        policy: z.string().optional(),
      })
      .strict()
      .default({ descriptions: true, results: 'all', onInjection: 'block' }),
    credentials: z
      .object({
        /** Token lifetime; at most 5 minutes. */
        ttl: Duration.default(60_000).refine((ms) => ms <= 300_000, 'ttl must be at most 5m'),
        issuer: z.string().min(1).max(200).default('rampart'),
      })
      .strict()
      .default({ ttl: 60_000, issuer: 'rampart' }),
    tools: z.record(Name, ToolConfigSchema).default({}),
  })
  .strict();

export type FirewallConfigInput = z.input<typeof FirewallConfigSchema>;
export type FirewallConfig = z.output<typeof FirewallConfigSchema> & {
  /** Directory relative paths in the config are resolved against. */
  baseDir: string;
  source: string;
};
export type ToolConfig = z.output<typeof ToolConfigSchema>;

const MAX_CONFIG_BYTES = 1024 * 1024;

/** Validates a configuration object; relative paths resolve against `baseDir`. */
export function validateFirewallConfig(value: unknown, source = '<config>', baseDir = process.cwd()): FirewallConfig {
  const parsed = FirewallConfigSchema.safeParse(value);
  if (!parsed.success) {
    throw new FirewallConfigError(
      source,
      parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`),
    );
  }
  const config = parsed.data;
  const problems: string[] = [];
  for (const [tool, tc] of Object.entries(config.tools)) {
    for (const rule of tc.taints) {
      if (rule.argument !== undefined && tc.arguments[rule.argument] !== 'path') {
        problems.push(`tools.${tool}.taints: argument "${rule.argument}" must be declared with kind path under tools.${tool}.arguments`);
      }
    }
  }
  if (problems.length > 0) throw new FirewallConfigError(source, problems);
  return { ...config, baseDir, source };
}

/** Reads and validates a YAML or JSON configuration file. */
export function loadFirewallConfig(path: string): FirewallConfig {
  let text: string;
  try {
    const buf = readFileSync(path);
    if (buf.length > MAX_CONFIG_BYTES) throw new FirewallConfigError(path, [`file is larger than ${MAX_CONFIG_BYTES} bytes`]);
    text = buf.toString('utf8');
  } catch (err) {
    if (err instanceof FirewallConfigError) throw err;
    throw new FirewallConfigError(path, [`cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`]);
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new FirewallConfigError(
      path,
      doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}: ` : ''}${e.message.split('\n')[0]}`;
      }),
    );
  }
  return validateFirewallConfig(doc.toJS({ maxAliasCount: 50 }), path, dirname(resolve(path)));
}

/** Resolves a path named in the configuration. */
export function configPath(config: FirewallConfig, path: string): string {
  return isAbsolute(path) ? path : resolve(config.baseDir, path);
}
