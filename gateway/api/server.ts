/**
 * The HTTP API (fastify). `buildApi(deps)` builds the app without listening, so tests can use
 * `inject()`; the gateway calls `listen()` itself. The OpenAPI description is generated from the
 * route schemas and served at /api/openapi.json.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DeviceState } from '../model/domain.js';
import type { Detector } from '../detect/detector.js';
import type { Logger } from '../log.js';
import type { GatewayMetrics } from '../metrics.js';
import type { CommandBook } from '../control/command-book.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Credentials } from '../store/credentials.js';
import type { Db } from '../store/db.js';
import { registerDashboard } from './dashboard.js';
import { requireRole } from './auth.js';
import { sendError } from './errors.js';
import { registerAlertRoutes } from './routes/alerts.js';
import { registerDeviceRoutes } from './routes/devices.js';
import { registerCommandRoutes } from './routes/commands.js';
import { registerOfficerRoutes } from './routes/officers.js';
import { registerOpsRoutes } from './routes/ops.js';
import { registerReportRoutes } from './routes/reports.js';
import { registerTokenRoutes } from './routes/tokens.js';
import type { SseHub } from './sse.js';
import type { AlertOutbox } from '../store/outbox.js';

export interface ApiDeps {
  db: Db;
  pipeline: Pipeline;
  credentials: Credentials;
  metrics: GatewayMetrics;
  sse: SseHub;
  outbox: AlertOutbox;
  log: Logger;
  /** Current detector (it is replaced when the gateway rebuilds after a restart). */
  detector(): Detector;
  deviceState(id: string): DeviceState | undefined;
  storeHealthy(): boolean;
  /** The gateway's clock (simulated with --sim-clock). */
  nowMs(): number;
  simClock: boolean;
  tls?: { cert: Buffer; key: Buffer } | undefined;
  commands: CommandBook;
  /** Called before /metrics is rendered (gauges read from components). */
  beforeMetrics?: (() => void) | undefined;
  /** /metrics and /api/openapi.json without a token. */
  metricsPublic?: boolean;
  /** Something was revoked through the API: end its live sessions now. */
  revoked?: (() => void) | undefined;
  /** NATS worker mode: ids of the whole fleet's devices (other workers' too). */
  fleetIds?: (() => Iterable<string>) | undefined;
  /** NATS worker mode: this worker's partitions and rebuilds. */
  nats?: (() => { workerId: string; owned: number[]; rebuilds: readonly unknown[] }) | undefined;
}

export async function buildApi(deps: ApiDeps): Promise<FastifyInstance> {
  const app = Fastify({
    // Request lines only at warn and above: a dashboard polling would flood the log.
    loggerInstance: deps.log.child({ component: 'http' }, { level: deps.log.level === 'silent' ? 'silent' : 'warn' }),
    bodyLimit: 1024 * 1024,
    ...(deps.tls ? { https: { cert: deps.tls.cert, key: deps.tls.key } } : {}),
  }) as unknown as FastifyInstance;
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'bwc-gateway API',
        version: '1',
        description: 'Body-worn camera telemetry gateway: devices, alerts, activities, live events. Send `Authorization: Bearer <token>`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
  });
  app.setErrorHandler((error, request, reply) => {
    const e = error as { validation?: unknown; statusCode?: number; message: string };
    if (e.validation !== undefined) return sendError(reply, 400, 'INVALID_FIELD', e.message);
    if (e.statusCode !== undefined && e.statusCode < 500) return sendError(reply, e.statusCode, 'INVALID_FIELD', e.message);
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'IO_FAILED', 'internal error');
  });
  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`));
  registerOpsRoutes(app, deps);
  registerDeviceRoutes(app, deps);
  registerCommandRoutes(app, deps);
  registerAlertRoutes(app, deps);
  registerOfficerRoutes(app, deps);
  registerReportRoutes(app, deps);
  registerTokenRoutes(app, deps);
  const docs = deps.metricsPublic === true ? undefined : requireRole(deps.credentials, 'viewer', () => deps.metrics.authDenied.inc({ action: 'http' }));
  app.get('/api/openapi.json', { schema: { hide: true }, ...(docs ? { preHandler: docs } : {}) }, async () => app.swagger());
  await registerDashboard(app, deps.log);
  return app;
}
