/**
 * Commands to cameras and their lifecycle (control/command-book.ts): send one (admin), list a
 * camera's, read one. A camera the gateway has never registered nor heard of is a 404.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { COMMAND_DEFAULTS } from '../../control/command-book.js';
import { isGatewayError } from '../../errors.js';
import type { CommandAction, DeviceSettings } from '../../model/domain.js';
import { COMMAND_STATES, type CommandRecord } from '../../store/commands.js';
import { principalName, requireRole } from '../auth.js';
import { errorSchema, sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

const ACTIONS = {
  START_RECORDING: 'startRecording',
  STOP_RECORDING: 'stopRecording',
  REBOOT: 'reboot',
  PING: 'ping',
  SET_SETTINGS: 'setSettings',
  SYNC_TIME: 'syncTime',
  LOCATE: 'locate',
  REQUEST_STATUS: 'requestStatus',
} as const;
type ActionName = keyof typeof ACTIONS;
const NAME_OF = Object.fromEntries(Object.entries(ACTIONS).map(([k, v]) => [v, k])) as Record<CommandAction['case'], ActionName>;

interface IssueBody {
  action: ActionName;
  reason?: string;
  ttlS?: number;
  settings?: Partial<DeviceSettings>;
  durationS?: number;
}

const settingsSchema = {
  type: 'object',
  properties: {
    heartbeatIntervalS: { type: 'integer', minimum: 0, maximum: 3600 },
    preEventBufferS: { type: 'integer', minimum: 0, maximum: 3600 },
    sleepAfterIdleS: { type: 'integer', minimum: 0, maximum: 86400 },
  },
  additionalProperties: false,
};

const commandSchema = {
  type: 'object',
  properties: {
    commandId: { type: 'string' },
    deviceId: { type: 'string' },
    action: { type: 'string', enum: Object.keys(ACTIONS) },
    parameters: { type: 'object', additionalProperties: true },
    issuedBy: { type: 'string' },
    issuedMs: { type: 'integer' },
    expiresMs: { type: 'integer' },
    state: { type: 'string', enum: [...COMMAND_STATES] },
    reason: { type: 'string' },
    deliveredMs: { type: ['integer', 'null'] },
    acknowledgedMs: { type: ['integer', 'null'] },
    doneMs: { type: ['integer', 'null'] },
    updatedMs: { type: 'integer' },
  },
};

function view(r: CommandRecord) {
  const c = r.command;
  return {
    commandId: c.commandId,
    deviceId: c.deviceId,
    action: NAME_OF[c.action.case],
    parameters: c.action.value,
    issuedBy: r.issuedBy,
    issuedMs: c.issuedMs,
    expiresMs: c.expiresMs,
    state: r.state,
    reason: r.reason,
    deliveredMs: r.deliveredMs,
    acknowledgedMs: r.acknowledgedMs,
    doneMs: r.doneMs,
    updatedMs: r.updatedMs,
  };
}

function actionOf(body: IssueBody, nowMs: number): CommandAction | string {
  const reason = body.reason ?? '';
  switch (body.action) {
    case 'START_RECORDING':
    case 'STOP_RECORDING':
      return { case: ACTIONS[body.action], value: { reason } } as CommandAction;
    case 'SET_SETTINGS': {
      const s = body.settings;
      if (s === undefined || Object.values(s).every((v) => !v)) return 'SET_SETTINGS needs "settings" with at least one non-zero field (heartbeatIntervalS, preEventBufferS, sleepAfterIdleS)';
      return { case: 'setSettings', value: { settings: { heartbeatIntervalS: s.heartbeatIntervalS ?? 0, preEventBufferS: s.preEventBufferS ?? 0, sleepAfterIdleS: s.sleepAfterIdleS ?? 0 } } };
    }
    case 'SYNC_TIME':
      return { case: 'syncTime', value: { serverTimeMs: nowMs } };
    case 'LOCATE':
      return { case: 'locate', value: { durationS: body.durationS ?? 10 } };
    default:
      return { case: ACTIONS[body.action], value: {} } as CommandAction;
  }
}

const idParam = { type: 'object', properties: { id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } }, required: ['id'] };

export function registerCommandRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const viewer = requireRole(deps.credentials, 'viewer', () => deps.metrics.authDenied.inc({ action: 'http' }));
  const admin = requireRole(deps.credentials, 'admin', () => deps.metrics.authDenied.inc({ action: 'http' }));
  const known = (id: string): boolean => deps.credentials.isDevice(id) || deps.deviceState(id) !== undefined;
  const unknown = (reply: FastifyReply, id: string) => sendError(reply, 404, 'NOT_FOUND', `no device ${id}: register it with "bwc-gateway devices add ${id}"`);

  app.post(
    '/api/devices/:id/commands',
    {
      preHandler: admin,
      schema: {
        summary: 'Send a command to a camera: stored (QUEUED), sent on its MQTT commands topic and its serial port; follow it with GET /api/devices/:id/commands',
        tags: ['commands'],
        params: idParam,
        body: {
          type: 'object',
          required: ['action'],
          properties: {
            action: { type: 'string', enum: Object.keys(ACTIONS) },
            reason: { type: 'string', maxLength: 256, description: 'START_RECORDING / STOP_RECORDING: why' },
            ttlS: { type: 'integer', minimum: 1, maximum: COMMAND_DEFAULTS.maxTtlMs / 1000, description: `seconds until it expires (default ${COMMAND_DEFAULTS.ttlMs / 1000})` },
            settings: { ...settingsSchema, description: 'SET_SETTINGS: the new values; 0 or absent keeps the current one' },
            durationS: { type: 'integer', minimum: 1, maximum: 3600, description: 'LOCATE: seconds to beep (default 10)' },
          },
          additionalProperties: false,
        },
        response: {
          202: { type: 'object', properties: { command: commandSchema } },
          400: errorSchema,
          404: errorSchema,
          429: errorSchema,
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!known(id)) return unknown(reply, id);
      const action = actionOf(req.body as IssueBody, deps.nowMs());
      if (typeof action === 'string') return sendError(reply, 400, 'INVALID_FIELD', action);
      const ttlS = (req.body as IssueBody).ttlS;
      try {
        const record = await deps.commands.issue(id, action, principalName(req), ttlS === undefined ? undefined : ttlS * 1000);
        return reply.code(202).send({ command: view(record) });
      } catch (error) {
        if (isGatewayError(error, 'QUEUE_FULL')) return sendError(reply, 429, 'QUEUE_FULL', error.message);
        throw error;
      }
    },
  );

  app.get(
    '/api/devices/:id/commands',
    {
      preHandler: viewer,
      schema: {
        summary: "A camera's commands, newest first, with their state",
        tags: ['commands'],
        params: idParam,
        querystring: {
          type: 'object',
          properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 }, offset: { type: 'integer', minimum: 0, default: 0 } },
          additionalProperties: false,
        },
        response: { 200: { type: 'object', properties: { total: { type: 'integer' }, commands: { type: 'array', items: commandSchema } } }, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      if (!known(id)) return unknown(reply, id);
      const { limit, offset } = req.query as { limit: number; offset: number };
      const page = deps.commands.list(id, limit, offset);
      return { total: page.total, commands: page.commands.map(view) };
    },
  );

  app.get(
    '/api/commands/:commandId',
    {
      preHandler: viewer,
      schema: {
        summary: 'One command and its state',
        tags: ['commands'],
        params: { type: 'object', properties: { commandId: { type: 'string', maxLength: 128 } }, required: ['commandId'] },
        response: { 200: { type: 'object', properties: { command: commandSchema } }, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const { commandId } = req.params as { commandId: string };
      const record = deps.commands.store.get(commandId);
      if (record === undefined) return sendError(reply, 404, 'NOT_FOUND', `no command ${commandId}`);
      return { command: view(record) };
    },
  );
}
