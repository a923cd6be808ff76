import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { formatZodIssues } from '../core/policy/load.js';

/**
 * `rampart.yaml`: everything the gateway needs, validated with clear errors. `${NAME}` and
 * `${NAME:-default}` are replaced from the environment before validation, so secrets stay out of
 * the file. Every field has a default: an empty file is a working gateway.
 */
const limitRule = z
  .object({
    rpm: z.number().int().positive().optional(),
    tpm: z.number().int().positive().optional(),
    concurrency: z.number().int().positive().optional(),
  })
  .strict();

const upstream = z
  .object({
    kind: z.enum(['openai', 'azure', 'anthropic', 'openai-compatible']).default('openai-compatible'),
    baseUrl: z.string().url(),
    apiKeyEnv: z.string().optional(),
    apiKeyFile: z.string().optional(),
    apiVersion: z.string().optional(),
    timeoutMs: z.number().int().positive().max(600_000).default(120_000),
  })
  .strict();

const route = z
  .object({
    model: z.string().min(1),
    upstream: z.string().min(1),
    target: z.string().min(1).optional(),
  })
  .strict();

export const GatewayConfigSchema = z
  .object({
    server: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8787),
        adminToken: z.string().min(1).optional(),
        /** Trust X-Forwarded-For (only behind a proxy you run). */
        trustProxy: z.boolean().default(false),
      })
      .strict()
      .default(() => ({ host: '127.0.0.1', port: 8787, trustProxy: false })),
    upstreams: z.record(z.string(), upstream).default(() => ({
      openai: { kind: 'openai' as const, baseUrl: 'https://api.openai.com/v1', apiKeyEnv: 'OPENAI_API_KEY', timeoutMs: 120_000 },
    })),
    routes: z.array(route).default(() => [{ model: '*', upstream: 'openai' }]),
    /** Policy file (YAML/JSON); the built-in policy when absent. */
    policy: z.string().optional(),
    /**
     * Named policies a key can be given (`POST /admin/keys {"policy": "<name>"}`): each its own
     * policy file (the gateway's policy when absent) and its own rule for storing text in the audit log.
     */
    policies: z
      .record(
        z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'policy names are 1 to 64 letters, digits, _ or -').refine((n) => n !== 'default', '"default" is the gateway\'s own policy and can not be redefined'),
        z.object({ file: z.string().optional(), auditContent: z.enum(['none', 'redacted']).optional() }).strict(),
      )
      .default(() => ({})),
    /** Guards off: a plain authenticated, audited, rate-limited proxy (for measurements). */
    guards: z.boolean().default(true),
    audit: z
      .object({
        sqlite: z.string().default('.rampart/rampart.db'),
        postgres: z.string().optional(),
        /** Table prefix in PostgreSQL (several deployments can share one database). */
        postgresPrefix: z.string().regex(/^[a-z_][a-z0-9_]{0,40}$/i, 'letters, digits and _ only').optional(),
        keyPath: z.string().optional(),
        mode: z.enum(['sync', 'async']).default('sync'),
        maxBuffer: z.number().int().positive().default(10_000),
        /** Under load, commits start at most once per this many ms (see AuditLogOptions.commitIntervalMs). */
        commitIntervalMs: z.number().min(0).max(1000).default(2),
        /**
         * Whether events keep the prompt and the answer: `none` (default: hashes only) or
         * `redacted` (the text after the guards, with every PII type and secret masked again).
         */
        content: z.enum(['none', 'redacted']).default('none'),
      })
      .strict()
      .default(() => ({ sqlite: '.rampart/rampart.db', mode: 'sync' as const, maxBuffer: 10_000, commitIntervalMs: 2, content: 'none' as const })),
    redis: z.object({ url: z.string(), prefix: z.string().default('rampart') }).strict().optional(),
    /**
     * The agent firewall's approvals queue, served at /admin/approvals: the SQLite file `rampart mcp
     * --db` uses (default: the audit file), or PostgreSQL; Redis wakes waiting proxies at once.
     */
    approvals: z
      .object({ enabled: z.boolean().default(true), sqlite: z.string().optional(), postgres: z.string().optional(), redis: z.string().optional() })
      .strict()
      .default(() => ({ enabled: true })),
    limits: z
      .object({
        perKey: limitRule.default({}),
        perAddress: limitRule.default({}),
        maxBodyBytes: z.number().int().positive().default(4 * 1024 * 1024),
        maxTokens: z.number().int().positive().optional(),
      })
      .strict()
      .default(() => ({ perKey: {}, perAddress: {}, maxBodyBytes: 4 * 1024 * 1024 })),
    stream: z
      .object({ holdBackChars: z.number().int().min(0).max(65536).default(128) })
      .strict()
      .default(() => ({ holdBackChars: 128 })),
    metrics: z.object({ enabled: z.boolean().default(true) }).strict().default(() => ({ enabled: true })),
    /** Model-extraction detection and output hardening (see src/gateway/extraction.ts). */
    extraction: z
      .object({
        enabled: z.boolean().default(false),
        windowSize: z.number().int().min(10).max(10_000).default(200),
        windowMs: z.number().int().positive().default(600_000),
        minRequests: z.number().int().positive().default(30),
        volumeRef: z.number().int().positive().default(300),
        flagAt: z.number().min(0).max(1).default(0.5),
        throttleAt: z.number().min(0).max(1).default(0.7),
        blockAt: z.number().min(0).max(1).default(0.85),
        action: z.enum(['flag', 'throttle', 'block']).default('flag'),
        maxTopLogprobs: z.number().int().min(0).max(20).optional(),
        roundLogprobs: z.number().int().min(0).max(10).optional(),
        embeddingNoise: z.number().min(0).max(1).optional(),
      })
      .strict()
      .default(() => ({ enabled: false, windowSize: 200, windowMs: 600_000, minRequests: 30, volumeRef: 300, flagAt: 0.5, throttleAt: 0.7, blockAt: 0.85, action: 'flag' as const })),
    /** OpenTelemetry: traces go to this OTLP/HTTP endpoint (e.g. http://127.0.0.1:4318/v1/traces). */
    telemetry: z.object({ otlpEndpoint: z.string().url().optional(), serviceName: z.string().default('rampart-gateway') }).strict().optional(),
  })
  .strict();

export type GatewayConfig = z.output<typeof GatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof GatewayConfigSchema>;

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`invalid config ${source}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MAX_CONFIG_BYTES = 1024 * 1024;

/** Replaces `${NAME}` / `${NAME:-default}`; an unset variable without default is an error. */
export function interpolateEnv(text: string, env: NodeJS.ProcessEnv, problems: string[]): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_m, name: string, fallback: string | undefined) => {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (fallback !== undefined) return fallback;
    problems.push(`environment variable ${name} is not set (use \${${name}:-default} for a default)`);
    return '';
  });
}

export function parseGatewayConfig(text: string, source = '<config>', env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  if (text.length > MAX_CONFIG_BYTES) throw new ConfigError(source, [`file is larger than ${MAX_CONFIG_BYTES} bytes`]);
  const problems: string[] = [];
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(source, doc.errors.map((e) => `${e.linePos?.[0] ? `line ${e.linePos[0].line}: ` : ''}${e.message.split('\n')[0]}`));
  }
  // Interpolate inside string values only, so a variable can never inject YAML structure.
  let parsed: unknown;
  try {
    parsed = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // Unresolved aliases, alias bombs: the YAML is well-formed text but not usable data.
    throw new ConfigError(source, [(err as Error).message.split('\n')[0] ?? 'unreadable YAML']);
  }
  const raw = interpolateDeep(parsed ?? {}, env, problems);
  if (problems.length > 0) throw new ConfigError(source, problems);
  return validateGatewayConfig(raw, source);
}

function interpolateDeep(v: unknown, env: NodeJS.ProcessEnv, problems: string[]): unknown {
  if (typeof v === 'string') return interpolateEnv(v, env, problems);
  if (Array.isArray(v)) return v.map((x) => interpolateDeep(x, env, problems));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateDeep(x, env, problems)]));
  return v;
}

export function validateGatewayConfig(value: unknown, source = '<config>'): GatewayConfig {
  const result = GatewayConfigSchema.safeParse(value);
  if (!result.success) throw new ConfigError(source, formatZodIssues(result.error));
  const cfg = result.data;
  const problems: string[] = [];
  cfg.routes.forEach((r, i) => {
    if (!cfg.upstreams[r.upstream]) problems.push(`routes.${i}.upstream: no upstream named "${r.upstream}" (known: ${Object.keys(cfg.upstreams).join(', ')})`);
  });
  if (problems.length > 0) throw new ConfigError(source, problems);
  return cfg;
}

export function loadGatewayConfig(path: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, [`cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`]);
  }
  return parseGatewayConfig(text, path, env);
}

/**
 * The config with `--upstream URL` applied: every model goes to that one OpenAI-compatible server.
 * The timeout (default 2 minutes: a long answer that is not streamed starts only when it is
 * complete) bounds the wait for the answer to start and each pause in a stream.
 */
export function withSingleUpstream(cfg: GatewayConfig, baseUrl: string, timeoutMs = 120_000): GatewayConfig {
  return {
    ...cfg,
    upstreams: { default: { kind: 'openai-compatible', baseUrl, apiKeyEnv: 'RAMPART_UPSTREAM_API_KEY', timeoutMs } },
    routes: [{ model: '*', upstream: 'default' }],
  };
}
