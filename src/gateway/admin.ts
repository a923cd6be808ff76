import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verifyAuditLog } from '../audit/verify.js';
import { parseJsonBody } from './body.js';
import type { GatewayContext } from './context.js';
import { GatewayError, badRequest } from './errors.js';
import type { NewKey } from './keys.js';
import { SCOPE_PATTERN } from './kill-switch.js';

/**
 * The admin API: virtual keys, kill switch, route aliases, audit verification. Every call needs
 * `Authorization: Bearer <admin token>`; without a configured token the admin API is off.
 * Every change is written to the audit log before it is acknowledged.
 */
export function registerAdminRoutes(app: FastifyInstance, ctx: GatewayContext, adminToken: () => string | undefined): void {
  const guard = async (req: FastifyRequest, reply: FastifyReply, run: () => Promise<unknown>) => {
    try {
      const token = adminToken();
      if (!token) throw new GatewayError(401, 'rampart_admin_disabled', 'the admin API is off: start the gateway with --admin-token or RAMPART_ADMIN_TOKEN');
      const header = req.headers.authorization;
      const presented = typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : '';
      if (!sameSecret(presented, token)) throw new GatewayError(401, 'rampart_invalid_admin_token', 'missing or wrong admin token');
      await run();
    } catch (err) {
      const ge = err instanceof GatewayError ? err : new GatewayError(500, 'rampart_internal_error', 'the admin request failed');
      if (!reply.sent) await reply.code(ge.status).type('application/json').send(JSON.stringify(ge.toBody()));
    }
  };
  const auditAdmin = async (event: Record<string, unknown>) => {
    try {
      await ctx.audit.append({ type: 'admin', ...event });
    } catch {
      throw new GatewayError(503, 'rampart_audit_unavailable', 'the audit log is unavailable; the change was not made', 'server_error', 1);
    }
  };

  app.post('/admin/keys', (req, reply) =>
    guard(req, reply, async () => {
      const input = parseNewKey(parseJsonBody(req.body as Buffer));
      if (input.policy && !ctx.runtime.policies.has(input.policy)) {
        throw badRequest('invalid_field', `"policy" must name a policy in the gateway config (known: ${[...ctx.runtime.policies.keys()].filter((n) => n !== 'default').join(', ') || 'none'})`);
      }
      const { record, key } = await ctx.keys.create(input);
      const shown = { name: record.name, models: record.models, tools: record.tools, rpm: record.rpm, tpm: record.tpm, expiresAt: record.expiresAt, policy: record.policy };
      await auditAdmin({ action: 'key.create', keyId: record.id, ...shown });
      await reply.code(201).send({ id: record.id, key, ...shown });
    }),
  );
  app.get('/admin/keys', (req, reply) =>
    guard(req, reply, async () => {
      await reply.send({ data: await ctx.keys.list() });
    }),
  );
  app.delete<{ Params: { id: string } }>('/admin/keys/:id', (req, reply) =>
    guard(req, reply, async () => {
      const id = req.params.id;
      if (!(await ctx.keys.revoke(id))) throw new GatewayError(404, 'rampart_unknown_key', 'no live key with that id');
      await auditAdmin({ action: 'key.revoke', keyId: id });
      await reply.send({ id, revoked: true });
    }),
  );
  app.post('/admin/kill', (req, reply) =>
    guard(req, reply, async () => {
      const body = parseJsonBody(req.body as Buffer);
      const scope = body.scope;
      if (typeof scope !== 'string' || !SCOPE_PATTERN.test(scope)) throw badRequest('invalid_field', '"scope" must be "global", "key:<id>" or "model:<name>"');
      if (typeof body.on !== 'boolean') throw badRequest('invalid_field', '"on" must be true or false');
      if (body.reason !== undefined && (typeof body.reason !== 'string' || body.reason.length > 500)) throw badRequest('invalid_field', '"reason" must be a string of at most 500 characters');
      const reason = body.reason as string | undefined;
      await auditAdmin({ action: 'kill', scope, on: body.on, ...(reason ? { reason } : {}) });
      await ctx.kill.set(scope, body.on, reason);
      await reply.send({ scope, on: body.on, ...(reason ? { reason } : {}) });
    }),
  );
  app.get('/admin/kill', (req, reply) => guard(req, reply, async () => reply.send({ data: ctx.kill.list() })));
  app.get('/admin/audit/verify', (req, reply) =>
    guard(req, reply, async () => {
      await ctx.audit.flush();
      const r = await verifyAuditLog(ctx.audit.store);
      await reply.send({ ok: r.ok, events: r.events, checkpoints: r.checkpoints, head: r.head, problems: r.problems, stats: ctx.audit.stats() });
    }),
  );
  const effectiveTarget = (model: string) => ctx.pins.target(model) ?? ctx.runtime.routes.find((r) => r.model === model)?.target;
  const routeView = (model: string) => {
    const route = ctx.runtime.routes.find((r) => r.model === model)!;
    const target = effectiveTarget(model);
    return { ...route, ...(target ? { target } : {}), pinned: ctx.pins.target(model) !== undefined };
  };
  app.get('/admin/routes', (req, reply) => guard(req, reply, async () => reply.send({ data: ctx.runtime.routes.map((r) => routeView(r.model)), history: ctx.pins.history() })));
  app.put<{ Params: { model: string } }>('/admin/routes/:model', (req, reply) =>
    guard(req, reply, async () => {
      const body = parseJsonBody(req.body as Buffer);
      if (typeof body.target !== 'string' || !body.target || body.target.length > 256) throw badRequest('invalid_field', '"target" must be the exact model version');
      const model = req.params.model;
      if (!ctx.runtime.routes.some((r) => r.model === model)) throw new GatewayError(404, 'rampart_unknown_route', 'no route with that model alias');
      const from = effectiveTarget(model);
      const change = { model, ...(from ? { from } : {}), to: body.target, at: Date.now() };
      await auditAdmin({ action: 'route.pin', ...change });
      await ctx.pins.set(change);
      await reply.send(routeView(model));
    }),
  );
  app.post<{ Params: { model: string } }>('/admin/routes/:model/rollback', (req, reply) =>
    guard(req, reply, async () => {
      const model = req.params.model;
      const current = effectiveTarget(model);
      // The change that brought the route to where it is now; rolling back returns to its `from`.
      const last = ctx.runtime.routes.some((r) => r.model === model) ? [...ctx.pins.history()].reverse().find((h) => h.model === model && h.to === current) : undefined;
      if (!last) throw new GatewayError(409, 'rampart_nothing_to_roll_back', 'this route has no earlier pin to return to');
      const change = { model, ...(current ? { from: current } : {}), ...(last.from ? { to: last.from } : {}), at: Date.now() };
      await auditAdmin({ action: 'route.rollback', model, from: current ?? null, to: last.from ?? null });
      await ctx.pins.set(change);
      await reply.send(routeView(model));
    }),
  );
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length > 0;
}

function parseNewKey(body: Record<string, unknown>): NewKey {
  const { name, models, tools, rpm, tpm, expiresAt, ttlSeconds, policy } = body;
  if (policy !== undefined && policy !== null && (typeof policy !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(policy))) throw badRequest('invalid_field', '"policy" must be a policy name');
  if (typeof name !== 'string' || name.length === 0 || name.length > 128) throw badRequest('invalid_field', '"name" must be a string of 1 to 128 characters');
  const list = (v: unknown, field: string) => {
    if (v === undefined || v === null) return null;
    if (!Array.isArray(v) || v.length > 1000 || !v.every((m) => typeof m === 'string' && m.length > 0 && m.length <= 256)) {
      throw badRequest('invalid_field', `"${field}" must be an array of names`);
    }
    return v as string[];
  };
  const positive = (v: unknown, field: string) => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0 || v > 1e9) throw badRequest('invalid_field', `"${field}" must be a positive integer`);
    return v;
  };
  let expires: number | null = null;
  if (typeof expiresAt === 'string') {
    expires = Date.parse(expiresAt);
    if (Number.isNaN(expires)) throw badRequest('invalid_field', '"expiresAt" must be an ISO date');
  } else if (typeof expiresAt === 'number') expires = expiresAt;
  else if (expiresAt !== undefined && expiresAt !== null) throw badRequest('invalid_field', '"expiresAt" must be an ISO date or epoch milliseconds');
  const ttl = positive(ttlSeconds, 'ttlSeconds');
  if (ttl) expires = Date.now() + ttl * 1000;
  return { name, models: list(models, 'models'), tools: list(tools, 'tools'), rpm: positive(rpm, 'rpm'), tpm: positive(tpm, 'tpm'), expiresAt: expires, policy: policy === 'default' ? null : ((policy as string | null | undefined) ?? null) };
}
