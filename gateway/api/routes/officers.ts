/** Officers and camera assignments (the registry the detector keeps, with recent history). */
import type { FastifyInstance } from 'fastify';
import { assignmentCodec } from '../../decode/codec.js';
import { requireRole } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

const ID = '^[A-Za-z0-9_.-]{1,64}$';

export function registerOfficerRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const denied = (): void => deps.metrics.authDenied.inc({ action: 'http' });
  const viewer = requireRole(deps.credentials, 'viewer', denied);
  const admin = requireRole(deps.credentials, 'admin', denied);

  app.get(
    '/api/officers',
    { preHandler: viewer, schema: { summary: 'Officers, the camera each wears now, and recent assignment history', tags: ['officers'] } },
    async () => {
      const state = deps.detector().assignments;
      const officers = [...state.officers.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([officerId, o]) => {
          const current = o.history.at(-1);
          const wearing = current !== undefined && current.to === null ? current : undefined;
          return {
            officerId,
            unit: o.unit,
            deviceId: wearing?.deviceId ?? null,
            sinceMs: wearing?.from ?? null,
            history: o.history.map((i) => ({ deviceId: i.deviceId, fromMs: i.from, toMs: i.to, source: i.source })),
          };
        });
      return { officers };
    },
  );

  app.post(
    '/api/assignments',
    {
      preHandler: admin,
      schema: {
        summary: 'Assign a camera to an officer (or end an assignment), effective now',
        tags: ['officers'],
        body: {
          type: 'object',
          required: ['officerId'],
          properties: {
            officerId: { type: 'string', pattern: ID },
            deviceId: { type: 'string', pattern: `(${ID})|^$` },
            action: { type: 'string', enum: ['ASSIGN', 'UNASSIGN'], default: 'ASSIGN' },
            unit: { type: 'string', maxLength: 64 },
            by: { type: 'string', maxLength: 64, description: 'who makes the change' },
          },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const b = req.body as { officerId: string; deviceId?: string; action: 'ASSIGN' | 'UNASSIGN'; unit?: string; by?: string };
      if (b.action === 'ASSIGN' && !b.deviceId) return sendError(reply, 400, 'INVALID_FIELD', 'deviceId: is required to assign');
      const assignment = {
        officerId: b.officerId,
        deviceId: b.deviceId ?? '',
        action: b.action,
        timeMs: deps.nowMs(), // the gateway's clock: simulated with --sim-clock
        source: `admin:${b.by ?? 'api'}`,
        unit: b.unit ?? '',
      };
      const checked = assignmentCodec.fromJson(assignmentCodec.toJson(assignment));
      if (!checked.ok) return sendError(reply, 400, checked.code, checked.message);
      await deps.pipeline.acceptAssignment(checked.value);
      return reply.code(202).send({ accepted: true, assignment: assignmentCodec.toJson(checked.value) });
    },
  );
}
