/** Devices: the detector's current view, plus recent telemetry from the store. */
import type { FastifyInstance } from 'fastify';
import { alertCodec, deviceStateCodec, telemetryCodec } from '../../decode/codec.js';
import { listAlerts, recentTelemetry } from '../../store/queries.js';
import { requireRole } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

export function registerDeviceRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const viewer = requireRole(deps.credentials, 'viewer', () => deps.metrics.authDenied.inc({ action: 'http' }));

  app.get(
    '/api/devices',
    {
      preHandler: viewer,
      schema: {
        summary: 'Every known device (DeviceState, proto3 JSON), by id',
        tags: ['devices'],
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 100000, default: 100000 }, offset: { type: 'integer', minimum: 0, default: 0 } },
          additionalProperties: false,
        },
      },
    },
    async (req) => {
      const q = req.query as { limit: number; offset: number };
      const ids = [...new Set([...deps.detector().deviceIds(), ...(deps.fleetIds?.() ?? [])])].sort();
      const page = ids.slice(q.offset, q.offset + q.limit);
      return {
        total: ids.length,
        devices: page.map((id) => deps.deviceState(id)).filter((s) => s !== undefined).map((s) => deviceStateCodec.toJson(s)),
      };
    },
  );

  app.get(
    '/api/devices/:id',
    {
      preHandler: viewer,
      schema: {
        summary: 'One device: its state, its recent telemetry (newest first), its alerts, and the activity windows it is in',
        tags: ['devices'],
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } }, required: ['id'] },
        querystring: {
          type: 'object',
          properties: { telemetry: { type: 'integer', minimum: 0, maximum: 5000, default: 100 } },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const { telemetry } = req.query as { telemetry: number };
      const state = deps.deviceState(id);
      if (state === undefined) return sendError(reply, 404, 'NOT_FOUND', `no device ${id}`);
      return {
        state: deviceStateCodec.toJson(state),
        telemetry: recentTelemetry(deps.db, id, telemetry).map((t) => ({ receivedMs: t.receivedMs, telemetry: telemetryCodec.toJson(t.telemetry) })),
        alerts: listAlerts(deps.db, { deviceId: id, limit: 200 }).map((a) => alertCodec.toJson(a)),
        windows: deps.detector().windowsOf(id),
      };
    },
  );
}
