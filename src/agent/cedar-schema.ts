/**
 * The Cedar schema every tool policy is validated against (strict mode). Policies name
 * `Rampart::Action::"callTool"`, principals `Rampart::Agent`, `Rampart::Key`, `Rampart::User`,
 * and the resource `Rampart::Tool::"<tool name>"`.
 *
 * - Tool attributes: `name`, `server`, `irreversible` (from the firewall config: trusted), and
 *   `hints` (the server's own annotations such as destructiveHint: UNTRUSTED, a server can lie).
 * - Tool tags (`resource.hasTag("path") && resource.getTag("path") like "/data/*"`): the call's
 *   arguments and the facts derived from them (see facts.ts).
 * - Context: the session's taint labels, as a set and as booleans.
 */
export const CEDAR_SCHEMA = `namespace Rampart {
  entity Agent, Key, User;
  entity Tool {
    name: String,
    server: String,
    irreversible: Bool,
    hints: {
      destructive: Bool,
      readOnly: Bool,
      idempotent: Bool,
      openWorld: Bool,
    },
  } tags String;
  action callTool appliesTo {
    principal: [Agent, Key, User],
    resource: Tool,
    context: {
      session: String,
      taints: Set<String>,
      private_data: Bool,
      untrusted_content: Bool,
      secrets: Bool,
    },
  };
}
`;

export const NAMESPACE = 'Rampart';
export const PRINCIPAL_TYPES = { agent: 'Rampart::Agent', key: 'Rampart::Key', user: 'Rampart::User' } as const;
export const TOOL_TYPE = 'Rampart::Tool';
export const CALL_TOOL_ACTION = { type: 'Rampart::Action', id: 'callTool' } as const;
