import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ApprovalError, type ApprovalRecord, type ApprovalStore } from './store.js';

/**
 * The approvals API as a Fastify plugin, so the gateway (or `rampart approvals serve`) can mount it:
 *   GET  /approvals                 pending approvals (JSON array)
 *   GET  /approvals/:id             one approval
 *   POST /approvals/:id/approve     body {"reason": "..."}  (reason required)
 *   POST /approvals/:id/deny        body {"reason": "..."}
 * Every route needs `Authorization: Bearer <admin token>`.
 *
 * @example
 * app.register(approvalRoutes, { store, adminToken: process.env.RAMPART_ADMIN_TOKEN! });
 */
export interface ApprovalRoutesOptions {
  store: ApprovalStore;
  /** A function when the token can change while the server runs (the gateway reloads its config). */
  adminToken: string | (() => string | undefined);
  /** Called after each decision (the audit log subscribes here). */
  onDecision?: (record: ApprovalRecord) => void | Promise<void>;
}

const MAX_REASON_CHARS = 1000;
const ID_PATTERN = /^ap_[a-z0-9]{1,64}$/;

export const approvalRoutes: FastifyPluginAsync<ApprovalRoutesOptions> = async (app, options) => {
  const token = typeof options.adminToken === 'function' ? options.adminToken : () => options.adminToken as string;
  if (typeof options.adminToken === 'string' && !options.adminToken) throw new Error('the approvals API needs an admin token (RAMPART_ADMIN_TOKEN)');

  const authorized = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const expected = token();
    // No token configured: nobody is authorized (the API is off, never open).
    if (m && expected && timingSafeEqual(digest(m[1]!), digest(expected))) return true;
    void reply.code(401).send({ error: 'unauthorized', message: 'an admin token is required (Authorization: Bearer ...)' });
    return false;
  };

  app.get('/approvals', async (request, reply) => {
    if (!authorized(request, reply)) return reply;
    return options.store.listPending();
  });

  app.get<{ Params: { id: string } }>('/approvals/:id', async (request, reply) => {
    if (!authorized(request, reply)) return reply;
    const record = ID_PATTERN.test(request.params.id) ? await options.store.get(request.params.id) : undefined;
    if (!record) return reply.code(404).send({ error: 'not_found', message: `no approval with id ${request.params.id}` });
    return record;
  });

  for (const verb of ['approve', 'deny'] as const) {
    app.post<{ Params: { id: string }; Body: unknown }>(`/approvals/:id/${verb}`, { bodyLimit: 16 * 1024 }, async (request, reply) => {
      if (!authorized(request, reply)) return reply;
      const body = request.body as { reason?: unknown } | undefined;
      const reason = typeof body?.reason === 'string' ? body.reason.trim() : '';
      if (reason.length === 0 || reason.length > MAX_REASON_CHARS) {
        return reply.code(400).send({ error: 'bad_request', message: `a reason of 1 to ${MAX_REASON_CHARS} characters is required` });
      }
      if (!ID_PATTERN.test(request.params.id)) return reply.code(404).send({ error: 'not_found', message: `no approval with id ${request.params.id}` });
      try {
        const record = await options.store.decide(request.params.id, { approve: verb === 'approve', by: 'api:admin', reason });
        await options.onDecision?.(record);
        return record;
      } catch (err) {
        if (err instanceof ApprovalError) {
          const code = err.code === 'not_found' ? 404 : err.code === 'expired' ? 410 : 409;
          return reply.code(code).send({ error: err.code, message: err.message });
        }
        throw err;
      }
    });
  }
};

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
