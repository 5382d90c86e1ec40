/** Health, metrics, quarantine and the live event stream. */
import type { FastifyInstance } from 'fastify';
import { ALERT_KIND } from '../../decode/enums.js';
import { recentQuarantine } from '../../store/queries.js';
import { requireRole, tokenIdOf } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';
import { SSE_DEFAULTS } from '../sse.js';

export function registerOpsRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const viewer = requireRole(deps.credentials, 'viewer', () => deps.metrics.authDenied.inc({ action: 'http' }));

  app.get('/healthz', { schema: { summary: 'Liveness and store health (no token needed)', tags: ['ops'], security: [] } }, async (_req, reply) => {
    const healthy = deps.storeHealthy();
    return reply.code(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'degraded', store: healthy ? 'ok' : 'failing', lastInputId: deps.pipeline.lastInputId });
  });

  const metricsGuard = deps.metricsPublic === true ? {} : { preHandler: viewer };
  const metricsSummary = deps.metricsPublic === true ? 'Prometheus metrics (public: --metrics-public)' : 'Prometheus metrics (a viewer or admin token; --metrics-public to open)';
  app.get('/metrics', { ...metricsGuard, schema: { summary: metricsSummary, tags: ['ops'], ...(deps.metricsPublic === true ? { security: [] } : {}) } }, async (_req, reply) => {
    const d = deps.detector();
    deps.beforeMetrics?.();
    deps.metrics.devices.set(d.deviceCount);
    deps.metrics.openAlerts.set(d.alerts().filter((a) => a.status === 'OPEN' || a.status === 'ACKNOWLEDGED').length);
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  app.get(
    '/api/status',
    { preHandler: viewer, schema: { summary: "The gateway's clock, policy and counts (the dashboard's heartbeat)", tags: ['ops'] } },
    async () => {
      const d = deps.detector();
      return {
        nowMs: deps.nowMs(),
        simClock: deps.simClock,
        policy: d.policy.name,
        devices: d.deviceCount,
        openAlerts: d.book.openTotal(),
        store: deps.storeHealthy() ? 'ok' : 'failing',
        ...(deps.nats !== undefined ? { nats: deps.nats() } : {}),
      };
    },
  );

  app.get(
    '/api/quarantine',
    {
      preHandler: viewer,
      schema: {
        summary: 'Recently quarantined (bad) input, newest first',
        tags: ['ops'],
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, reason: { type: 'string' } },
          additionalProperties: false,
        },
      },
    },
    async (req) => {
      const q = req.query as { limit: number; reason?: string };
      return { quarantine: recentQuarantine(deps.db, q.limit, q.reason) };
    },
  );

  app.get(
    '/api/events',
    {
      preHandler: viewer,
      schema: {
        summary: 'Server-Sent Events: `alert` (an Alert revision, proto3 JSON, `id:` = its outbox seq) and `device` (a DeviceState)',
        description:
          'Send `Last-Event-ID` (EventSource does on reconnect) or `?since=SEQ` to be sent every alert revision after that seq first. ' +
          `At most ${SSE_DEFAULTS.maxPerToken} streams per token and ${SSE_DEFAULTS.maxPerAddress} per address (429 beyond).`,
        tags: ['live'],
        querystring: {
          type: 'object',
          properties: {
            device: { type: 'string', description: 'only this device' },
            kind: { type: 'string', description: 'only alerts of this kind (and no device events)' },
            since: { type: 'integer', minimum: 0, description: 'resume after this outbox seq' },
            access_token: { type: 'string' },
          },
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { device?: string; kind?: string; since?: number };
      const kind = q.kind === undefined ? undefined : ALERT_KIND.parse(q.kind);
      if (q.kind !== undefined && kind === undefined) return sendError(reply, 400, 'INVALID_FIELD', `kind: ${q.kind} is not an alert kind`);
      const lastEventId = req.headers['last-event-id'];
      const resumeFrom = typeof lastEventId === 'string' && /^\d+$/.test(lastEventId.trim()) ? Number(lastEventId) : q.since;
      const token = tokenIdOf(req);
      const why = deps.sse.refusal(token, req.ip);
      if (why !== undefined) return sendError(reply, 429, 'QUEUE_FULL', why);
      reply.hijack();
      deps.sse.attach(reply.raw, {
        since: resumeFrom,
        token,
        address: req.ip,
        filter: (e) => {
          const deviceId = e.type === 'alert' ? e.alert.deviceId : e.state.deviceId;
          if (q.device !== undefined && deviceId !== q.device) return false;
          if (kind !== undefined) return e.type === 'alert' && e.alert.kind === kind;
          return true;
        },
      });
    },
  );
}
