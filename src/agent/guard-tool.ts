import type { ToolFirewall } from './firewall.js';
import type { ToolDefinition } from './pins.js';
import type { ToolSession } from './session.js';

/**
 * In-process tool guarding for apps that call tools directly (plain functions, Vercel AI SDK
 * tools): the same firewall engine and audit as the MCP proxy, around one function.
 *
 * @example
 * const firewall = createToolFirewall({ config: 'rampart.yaml', db: 'rampart.db' });
 * const session = firewall.session();
 * const sendEmail = guardTool(rawSendEmail, { firewall, name: 'send_email', session });
 * await sendEmail({ to: 'bob@example.com', subject, body }); // throws ToolDeniedError when refused
 *
 * // Vercel AI SDK: wrap the tool object, its execute() is guarded.
 * const tools = { send_email: guardTool(tool({ description, inputSchema, execute }), { firewall, name: 'send_email', session }) };
 */

/** A refused call: denied by policy, by a person, by an expired approval, or a blocked result. */
export class ToolDeniedError extends Error {
  constructor(
    readonly tool: string,
    readonly reason: string,
    readonly approvalId?: string,
  ) {
    super(`Rampart firewall refused ${tool}: ${reason}`);
    this.name = 'ToolDeniedError';
  }
}

export interface GuardToolOptions {
  /** The firewall to decide with (share one per app). */
  firewall: ToolFirewall;
  /** The tool's name in the policy (default: the function's name). */
  name?: string;
  /** Session whose taints the call reads and grows (default: one per guarded tool). */
  session?: ToolSession;
  /** Overrides the configured principal. */
  principal?: string;
  /** Definition (input schema, hints) when the tool has one. */
  definition?: ToolDefinition;
}

type AnyFn = (args: never, ...rest: never[]) => unknown;
interface ExecutableTool {
  execute?: AnyFn;
  [key: string]: unknown;
}

/** Wraps a function (or a tool object's `execute`) so every call passes the firewall first. */
export function guardTool<T extends AnyFn | ExecutableTool>(target: T, options: GuardToolOptions): T {
  if (typeof target === 'function') return wrap(target, options, target.name) as T;
  if (target && typeof target.execute === 'function') {
    if (!options.name) throw new Error('guardTool: give options.name for a tool object');
    return { ...target, execute: wrap(target.execute, options, options.name) } as T;
  }
  throw new Error('guardTool: expected a function or a tool object with execute()');
}

function wrap<F extends AnyFn>(fn: F, options: GuardToolOptions, fallbackName: string): F {
  const tool = options.name ?? fallbackName;
  if (!tool) throw new Error('guardTool: the tool needs a name (options.name)');
  const { firewall } = options;
  const session = options.session ?? firewall.session();
  const guarded = async (args: unknown, ...rest: unknown[]): Promise<unknown> => {
    const call = {
      tool,
      args: args ?? {},
      session,
      ...(options.principal ? { principal: options.principal } : {}),
      ...(options.definition ? { definition: options.definition } : {}),
    };
    const decision = await firewall.authorize(call);
    if (decision.outcome === 'deny') throw new ToolDeniedError(tool, decision.reason, decision.approvalId);
    const result = await (fn as unknown as (a: unknown, ...r: unknown[]) => unknown)(decision.args, ...rest);
    const text = typeof result === 'string' ? result : (JSON.stringify(result) ?? '');
    const verdict = await firewall.inspectResult(call, [text]);
    if (verdict.action === 'block') throw new ToolDeniedError(tool, verdict.reason ?? 'tool result blocked');
    return result;
  };
  return guarded as unknown as F;
}
