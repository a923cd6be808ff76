import Fastify from 'fastify';
import { approvalRoutes, type ApprovalRoutesOptions } from './routes.js';

/**
 * A stand-alone HTTP server for the approvals API (`rampart approvals serve`, `rampart mcp
 * --approvals-port`). The gateway mounts `approvalRoutes` in its own server instead.
 */
export async function startApprovalsServer(
  options: ApprovalRoutesOptions & { port: number; host?: string },
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  await app.register(approvalRoutes, { store: options.store, adminToken: options.adminToken, ...(options.onDecision ? { onDecision: options.onDecision } : {}) });
  const address = await app.listen({ port: options.port, host: options.host ?? '127.0.0.1' });
  return { url: address, close: () => app.close() };
}
