/** Alerts (latest revisions, filters), their history, acknowledgements, and activities from CAD. */
import type { FastifyInstance } from 'fastify';
import { activityCodec, alertCodec } from '../../decode/codec.js';
import { ALERT_KIND, ALERT_STATUS } from '../../decode/enums.js';
import type { AlertKind, AlertStatus } from '../../model/domain.js';
import { alertRevisions, listAlerts } from '../../store/queries.js';
import { AlertNotes } from '../../store/alert-notes.js';
import { principalName, requireRole } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

function parseList<S extends string>(value: string | undefined, parse: (v: string) => S | undefined, what: string): S[] | string {
  if (value === undefined || value === '') return [];
  const out: S[] = [];
  for (const v of value.split(',')) {
    const parsed = parse(v.trim());
    if (parsed === undefined) return `${what}: ${v} is not a known value`;
    out.push(parsed);
  }
  return out;
}

export function registerAlertRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const denied = (): void => deps.metrics.authDenied.inc({ action: 'http' });
  const viewer = requireRole(deps.credentials, 'viewer', denied);
  const admin = requireRole(deps.credentials, 'admin', denied);
  const notes = new AlertNotes(deps.db);
  const known = (id: string): boolean => deps.detector().book.get(id) !== undefined || deps.pipeline.latestStored(id) !== undefined;
  /** One acknowledgement: the new revision, or null when it changed nothing (already acknowledged, resolved). */
  const acknowledge = async (alertId: string, by: string, reason: string) => (await deps.pipeline.acceptAck({ alertId, by, reason })) ?? deps.pipeline.latestStored(alertId);

  app.get(
    '/api/alerts',
    {
      preHandler: viewer,
      schema: {
        summary: 'Alerts (latest revision of each), most recently revised first',
        tags: ['alerts'],
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', description: 'comma-separated: OPEN, ACKNOWLEDGED, RESOLVED, RETRACTED' },
            kind: { type: 'string', description: 'comma-separated alert kinds, e.g. MISSED_ACTIVATION' },
            device: { type: 'string' },
            officer: { type: 'string' },
            since: {
              type: 'integer',
              minimum: 0,
              description: 'outbox seq: every revision committed after it, oldest first, with `next` to ask for the rest (for pollers and webhooks)',
            },
            revisedSince: { type: 'integer', minimum: 0, description: 'revised at or after (Unix ms)' },
            limit: { type: 'integer', minimum: 1, maximum: 10000, default: 100 },
          },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { status?: string; kind?: string; device?: string; officer?: string; since?: number; revisedSince?: number; limit: number };
      if (q.since !== undefined) {
        if (q.status !== undefined || q.kind !== undefined || q.device !== undefined || q.officer !== undefined || q.revisedSince !== undefined) {
          return sendError(reply, 400, 'INVALID_FIELD', 'since (an outbox seq) reads every revision in order and takes only limit');
        }
        const entries = deps.outbox.after(q.since, q.limit);
        const next = entries.length > 0 ? entries[entries.length - 1]!.seq : q.since;
        return { revisions: entries.map((e) => alertCodec.toJson(e.alert)), next, last: deps.outbox.lastSeq() };
      }
      const status = parseList<AlertStatus>(q.status, (v) => ALERT_STATUS.parse(v), 'status');
      const kind = parseList<AlertKind>(q.kind, (v) => ALERT_KIND.parse(v), 'kind');
      if (typeof status === 'string') return sendError(reply, 400, 'INVALID_FIELD', status);
      if (typeof kind === 'string') return sendError(reply, 400, 'INVALID_FIELD', kind);
      const alerts = listAlerts(deps.db, { status, kind, deviceId: q.device, officerId: q.officer, since: q.revisedSince, limit: q.limit });
      return { alerts: alerts.map((a) => alertCodec.toJson(a)), assignees: notes.assignees(alerts.map((a) => a.alertId)) };
    },
  );

  app.get(
    '/api/alerts/:id',
    {
      preHandler: viewer,
      schema: {
        summary: 'Every revision of one alert, oldest first, and its triage notes (assignments, comments)',
        tags: ['alerts'],
        params: { type: 'object', properties: { id: { type: 'string' } } },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const revisions = alertRevisions(deps.db, id);
      if (revisions.length === 0) return sendError(reply, 404, 'NOT_FOUND', `no alert ${id}`);
      return { revisions: revisions.map((a) => alertCodec.toJson(a)), notes: notes.of(id) };
    },
  );

  app.post(
    '/api/alerts/:id/notes',
    {
      preHandler: admin,
      schema: {
        summary: 'Assign an alert to someone and/or comment on it; recorded with the signed-in account and the time',
        tags: ['alerts'],
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 256 } } },
        body: {
          type: 'object',
          properties: {
            assignee: { type: 'string', maxLength: 128, description: "who is on it ('' unassigns)" },
            comment: { type: 'string', minLength: 1, maxLength: 2000 },
          },
          additionalProperties: false,
          minProperties: 1,
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const body = req.body as { assignee?: string; comment?: string };
      if (!known(id)) return sendError(reply, 404, 'NOT_FOUND', `no alert ${id}`);
      const by = principalName(req);
      const note = notes.add(id, deps.nowMs(), by, { assignee: body.assignee?.trim(), comment: body.comment?.trim() });
      deps.log.info({ audit: 'alert_note', alertId: id, by, assignee: note.assignee, comment: note.comment !== '' }, 'alert note');
      return reply.code(201).send({ note });
    },
  );

  app.post(
    '/api/alerts/ack',
    {
      preHandler: admin,
      schema: {
        summary: 'Acknowledge several alerts at once with one reason (and an optional comment on each), as the signed-in account',
        tags: ['alerts'],
        body: {
          type: 'object',
          required: ['ids', 'reason'],
          properties: {
            ids: { type: 'array', minItems: 1, maxItems: 500, items: { type: 'string', minLength: 1, maxLength: 256 } },
            reason: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' },
            comment: { type: 'string', minLength: 1, maxLength: 2000 },
          },
          additionalProperties: false,
        },
      },
    },
    async (req) => {
      const { ids, reason, comment } = req.body as { ids: string[]; reason: string; comment?: string };
      const by = principalName(req);
      const results = [];
      for (const id of new Set(ids)) {
        if (!known(id)) {
          results.push({ alertId: id, ok: false, error: { code: 'NOT_FOUND', message: `no alert ${id}` } });
          continue;
        }
        const revision = await acknowledge(id, by, reason);
        if (comment !== undefined) notes.add(id, deps.nowMs(), by, { comment: comment.trim() });
        results.push({ alertId: id, ok: true, alert: revision === undefined ? null : alertCodec.toJson(revision) });
      }
      deps.log.info({ audit: 'alert_bulk_ack', by, reason, alerts: results.length }, 'alerts acknowledged');
      return { results };
    },
  );

  app.post(
    '/api/alerts/:id/ack',
    {
      preHandler: admin,
      schema: {
        summary: 'Acknowledge an alert: a new revision with who and why',
        tags: ['alerts'],
        params: { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 256 } } },
        body: {
          type: 'object',
          required: ['reason'],
          properties: {
            by: { type: 'string', minLength: 1, maxLength: 128, description: 'who acknowledges (name or badge); default the signed-in account' },
            reason: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$', description: 'a reason code, e.g. SUPERVISOR_NOTIFIED' },
          },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const { id } = req.params as { id: string };
      const body = req.body as { by?: string; reason: string };
      if (!known(id)) return sendError(reply, 404, 'NOT_FOUND', `no alert ${id}`);
      const revision = await acknowledge(id, body.by ?? principalName(req), body.reason);
      return { alert: revision === undefined ? null : alertCodec.toJson(revision) };
    },
  );

  app.post(
    '/api/activities',
    {
      preHandler: admin,
      schema: {
        summary: 'Report an activity (bwc.v1.Activity in proto3 JSON), as CAD does on bwc/v1/activities',
        tags: ['activities'],
        body: { type: 'object' },
      },
    },
    async (req, reply) => {
      const parsed = activityCodec.fromJson(req.body);
      if (!parsed.ok) return sendError(reply, 400, parsed.code, parsed.message);
      await deps.pipeline.acceptActivity(parsed.value, 'api');
      return reply.code(202).send({ accepted: true, activityId: parsed.value.activityId });
    },
  );
}
