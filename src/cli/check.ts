import type { Command } from 'commander';
import { createGuard, type CheckContext } from '../core/guard.js';
import { loadPolicyFile } from '../core/policy/load.js';
import { isPassing, type Decision, type Direction } from '../core/types.js';
import { EXIT_FAIL, EXIT_OK, UsageError, readJsonFile, readStdin, readTextFile } from './io.js';

interface CheckFlags {
  output?: boolean;
  tool?: boolean;
  policy?: string;
  json?: boolean;
  systemPrompt?: string;
  systemPromptFile?: string;
  canary?: string[];
  schema?: string;
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check one text (input by default) and print the decision; exit 0 = may pass, 1 = blocked or sent for review')
    .argument('[text]', 'the text to check; read from stdin when absent')
    .option('--output', 'check the text as model output')
    .option('--tool', 'check the text as a tool call or tool result')
    .option('--policy <file>', 'policy file (YAML or JSON); the built-in policy when absent')
    .option('--json', 'print the decision as one JSON object')
    .option('--system-prompt <text>', 'the system prompt, for prompt-leak checks on output')
    .option('--system-prompt-file <file>', 'read the system prompt from a file')
    .option('--canary <token>', 'a canary token planted in the system prompt (repeatable)', collect, [])
    .option('--schema <file>', 'JSON Schema the output must satisfy (with --output)')
    .action(async (text: string | undefined, flags: CheckFlags) => {
      if (flags.output && flags.tool) throw new UsageError('--output and --tool exclude each other');
      const direction: Direction = flags.output ? 'output' : flags.tool ? 'tool' : 'input';
      const policy = flags.policy ? loadPolicyFile(flags.policy) : undefined;
      const guard = createGuard(policy);
      const input = text ?? (await readStdin());
      const ctx: CheckContext = {};
      const systemPrompt = flags.systemPromptFile ? readTextFile(flags.systemPromptFile, 'system prompt file') : flags.systemPrompt;
      if (systemPrompt !== undefined) ctx.systemPrompt = systemPrompt;
      if (flags.canary && flags.canary.length > 0) ctx.canaries = flags.canary;
      if (flags.schema) ctx.scannerOptions = { schema: { schema: readJsonFile(flags.schema, 'schema file') } };
      const decision = await guard.check(direction, input, ctx);
      process.stdout.write(flags.json ? `${JSON.stringify(toJson(decision))}\n` : formatDecision(decision));
      process.exitCode = isPassing(decision.action) ? EXIT_OK : EXIT_FAIL;
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The JSON shape printed by `rampart check --json` (stable: scripts depend on it). */
export function toJson(d: Decision): Record<string, unknown> {
  return {
    action: d.action,
    direction: d.direction,
    findings: d.findings.map((f) => ({
      scanner: f.scanner,
      kind: f.kind,
      score: round(f.score),
      action: f.action,
      ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
      ...(f.view ? { view: f.view } : {}),
      ...(f.detail ? { detail: f.detail } : {}),
    })),
    ...(d.redactedText !== undefined ? { redactedText: d.redactedText } : {}),
    errors: d.errors,
    degraded: d.degraded,
    timings: d.timings.map((t) => ({ scanner: t.scanner, ms: round(t.ms) })),
    ms: round(d.ms),
  };
}

function formatDecision(d: Decision): string {
  const lines = [`${d.action.toUpperCase()} (${d.direction}, ${d.findings.length} finding${d.findings.length === 1 ? '' : 's'}, ${d.ms.toFixed(2)} ms)`];
  for (const f of d.findings) {
    const span = f.start !== undefined ? ` at ${f.start}..${f.end}` : '';
    const view = f.view ? ` in ${f.view}` : '';
    lines.push(`  ${f.action.padEnd(6)} ${f.scanner}/${f.kind} score ${f.score.toFixed(2)}${span}${view}`);
  }
  for (const e of d.errors) lines.push(`  error  ${e.scanner}: ${e.message} -> ${e.action}`);
  if (d.redactedText !== undefined) lines.push('redacted:', d.redactedText);
  return `${lines.join('\n')}\n`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
