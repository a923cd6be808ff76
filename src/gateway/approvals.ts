import type { FastifyInstance } from 'fastify';
import { approvalQueue } from '../agent/approvals/queue.js';
import { approvalRoutes } from '../agent/approvals/routes.js';
import type { ApprovalRecord } from '../agent/approvals/store.js';
import { openAgentDatabase } from '../agent/db.js';
import type { AuditLog } from '../audit/log.js';
import type { GatewayConfig } from './config.js';

const MAX_APPROVAL_BODY_BYTES = 16 * 1024;

/**
 * Mounts the agent firewall's approvals API under /admin (GET /admin/approvals, POST
 * /admin/approvals/:id/approve|deny), on the same queue `rampart mcp` writes to: the SQLite file
 * of `approvals.sqlite` (default: the gateway's own file) or PostgreSQL. Same admin token as the
 * rest of the admin API; every decision is an audit event. Returns the closer of what it opened.
 */
export async function mountApprovals(app: FastifyInstance, config: GatewayConfig, audit: AuditLog, adminToken: () => string | undefined): Promise<() => Promise<void>> {
  const settings = config.approvals;
  const db = openAgentDatabase(settings.sqlite ?? config.audit.sqlite);
  const queue = approvalQueue(db, settings.postgres, settings.redis);
  const onDecision = async (record: ApprovalRecord) => {
    await audit.append({
      type: 'admin',
      action: 'approval.decide',
      approvalId: record.id,
      status: record.status,
      tool: record.tool,
      ...(record.decidedBy ? { by: record.decidedBy } : {}),
      ...(record.decisionReason ? { reason: record.decisionReason } : {}),
    });
  };
  await app.register(
    async (scope) => {
      // The gateway reads raw bodies; this API takes small JSON bodies.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_APPROVAL_BODY_BYTES }, (_req, body, done) => {
        try {
          done(null, body === '' ? {} : JSON.parse(body as string));
        } catch {
          done(Object.assign(new Error('the body is not valid JSON'), { statusCode: 400 }), undefined);
        }
      });
      await scope.register(approvalRoutes, { store: queue.store, adminToken, onDecision });
    },
    { prefix: '/admin' },
  );
  return async () => {
    await queue.close();
    if (db.open) db.close();
  };
}
