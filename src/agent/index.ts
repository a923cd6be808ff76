/**
 * The agent firewall: least privilege per tool (Cedar), human approval with deadlines,
 * short-lived credentials, an MCP proxy and in-process guarding. See examples/mcp-firewall/.
 */
export { createToolFirewall, CREDENTIAL_META_KEY } from './firewall.js';
export type { CallDecision, CallVerdict, ResultVerdict, ToolCall, ToolFirewall, ToolFirewallOptions } from './firewall.js';
export { guardTool, ToolDeniedError } from './guard-tool.js';
export type { GuardToolOptions } from './guard-tool.js';
export { ToolSession } from './session.js';
export { FirewallConfigError, loadFirewallConfig, validateFirewallConfig, TAINT_LABELS } from './config.js';
export type { FirewallConfig, FirewallConfigInput, TaintLabel } from './config.js';
export { CredentialBroker, verifyToolToken, argumentsHash, MAX_TOKEN_TTL_MS } from './credentials.js';
export type { IssuedToken, TokenClaims, VerifyResult } from './credentials.js';
export { createMcpProxy } from './mcp-proxy.js';
export type { Downstream, McpProxy, McpProxyOptions } from './mcp-proxy.js';
export { approvalRoutes } from './approvals/routes.js';
export type { ApprovalRoutesOptions } from './approvals/routes.js';
export { createSqliteApprovalStore } from './approvals/sqlite-store.js';
export { ApprovalError } from './approvals/store.js';
export type { ApprovalRecord, ApprovalStore, ApprovalStatus } from './approvals/store.js';
export { MemoryAuditSink, createSqliteAuditSink } from './audit-sink.js';
export type { AgentAuditEvent, AuditSink } from './audit-sink.js';
export { CEDAR_SCHEMA } from './cedar-schema.js';
export { openAgentDatabase } from './db.js';
