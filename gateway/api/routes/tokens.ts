/** API tokens: list, create, revoke (admin). A revoked token's event streams end at once. */
import type { FastifyInstance } from 'fastify';
import { GatewayError } from '../../errors.js';
import { requireRole } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

export function registerTokenRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const admin = requireRole(deps.credentials, 'admin', () => deps.metrics.authDenied.inc({ action: 'http' }));

  app.get('/api/tokens', { preHandler: admin, schema: { summary: 'API tokens (id, name, role, state; never the token)', tags: ['access'] } }, async () => ({
    tokens: deps.credentials.listTokens(),
  }));

  app.post(
    '/api/tokens',
    {
      preHandler: admin,
      schema: {
        summary: 'Create an API token; the response is the only time it is shown',
        tags: ['access'],
        body: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, role: { type: 'string', enum: ['admin', 'viewer'], default: 'viewer' } },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const body = req.body as { name: string; role: 'admin' | 'viewer' };
      try {
        const token = deps.credentials.createToken(body.name, body.role, deps.nowMs());
        return reply.code(201).send({ token, ...deps.credentials.verifyToken(token) });
      } catch (error) {
        if (error instanceof GatewayError) return sendError(reply, 400, error.code, error.message);
        throw error;
      }
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      preHandler: admin,
      schema: { summary: 'Revoke a token by id (or every active token of a name)', tags: ['access'], params: { type: 'object', properties: { id: { type: 'string' } } } },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const revoked = deps.credentials.revokeTokens(id, deps.nowMs());
      if (revoked.length === 0) return sendError(reply, 404, 'NOT_FOUND', `no active token with id or name ${id}`);
      deps.revoked?.();
      return { revoked };
    },
  );
}
