/** Reports: compliance (GET /api/reports/compliance?from=&to=&format=json|csv&by=…). */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import { COMPLIANCE_GROUPS, type ComplianceGroup, complianceReport, csvRecords, type OfficerInfo } from '../../store/compliance.js';
import { requireRole } from '../auth.js';
import { sendError } from '../errors.js';
import type { ApiDeps } from '../server.js';

/** Unix ms, or an ISO date ("2024-11-28", "2024-11-28T08:00:00Z"). */
function parseTime(v: string | undefined, fallback: number): number | string {
  if (v === undefined || v === '') return fallback;
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  return Number.isNaN(t) ? `${v} is neither Unix milliseconds nor an ISO date` : t;
}

export function registerReportRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const viewer = requireRole(deps.credentials, 'viewer', () => deps.metrics.authDenied.inc({ action: 'http' }));
  app.get(
    '/api/reports/compliance',
    {
      preHandler: viewer,
      schema: {
        summary: 'Compliance: activation rate, late (median lateness, uncovered seconds), missed, premature stops, no camera assigned',
        description:
          'Per activity type, device, officer, day (UTC) and unit, plus the rollout (officers with and without a camera). ' +
          'Obligations count in the period their start falls in. `format=csv` returns one grouping (`by`) with a total line.',
        tags: ['reports'],
        querystring: {
          type: 'object',
          properties: {
            from: { type: 'string', description: 'start, inclusive: Unix ms or ISO date (default: the beginning)' },
            to: { type: 'string', description: 'end, exclusive: Unix ms or ISO date (default: now)' },
            format: { type: 'string', enum: ['json', 'csv'], default: 'json' },
            by: { type: 'string', enum: [...COMPLIANCE_GROUPS], default: 'type', description: 'with format=csv: the grouping' },
            access_token: { type: 'string' },
          },
          additionalProperties: false,
        },
      },
    },
    async (req, reply) => {
      const q = req.query as { from?: string; to?: string; format: 'json' | 'csv'; by: ComplianceGroup };
      const from = parseTime(q.from, 0);
      const to = parseTime(q.to, Number.MAX_SAFE_INTEGER);
      if (typeof from === 'string') return sendError(reply, 400, 'INVALID_FIELD', `from: ${from}`);
      if (typeof to === 'string') return sendError(reply, 400, 'INVALID_FIELD', `to: ${to}`);
      if (to <= from) return sendError(reply, 400, 'INVALID_FIELD', 'to must be after from');
      const officers = new Map<string, OfficerInfo>();
      for (const [id, o] of deps.detector().assignments.officers) {
        const last = o.history.at(-1);
        officers.set(id, { unit: o.unit, hasCamera: last !== undefined && last.to === null });
      }
      const report = complianceReport(deps.db, from, to, officers);
      if (q.format === 'csv') {
        const name = `compliance-${q.by}.csv`;
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(stringify(csvRecords(report, q.by)));
      }
      return report;
    },
  );
}
