/**
 * The compliance report: what agencies' audits report, from the decided obligations the
 * detector stored (met ones included) and the coverage gaps (officers named by an activity with
 * no camera). Per activity type, device, officer, day and unit: activation rate (obligations met
 * on time / all), late activations with median lateness and uncovered seconds, missed, premature
 * stops, and "no camera assigned". Obligations count in the period their start falls in.
 */
import { alertCodec } from '../decode/codec.js';
import type { Db } from './db.js';

export const COMPLIANCE_GROUPS = ['type', 'device', 'officer', 'day', 'unit'] as const;
export type ComplianceGroup = (typeof COMPLIANCE_GROUPS)[number];

export interface ComplianceRow {
  key: string;
  obligations: number;
  onTime: number;
  late: number;
  missed: number;
  /** onTime / obligations, or null with no obligations. */
  activationRate: number | null;
  /** Median lateness of the late activations (ms), or null with none. */
  medianLatenessMs: number | null;
  /** Seconds of required activity not captured by late activations (even with the pre-event buffer). */
  uncoveredS: number;
  prematureStops: number;
  /** Officers named by an activity with no camera assigned (COVERAGE_GAP): not counted as obligations. */
  noCameraAssigned: number;
}

export interface ComplianceReport {
  fromMs: number;
  toMs: number;
  totals: ComplianceRow;
  byType: ComplianceRow[];
  byDevice: ComplianceRow[];
  byOfficer: ComplianceRow[];
  byDay: ComplianceRow[];
  byUnit: ComplianceRow[];
  rollout: {
    officers: number;
    withCamera: number;
    withoutCamera: number;
    byUnit: { unit: string; officers: number; withCamera: number; withoutCamera: number }[];
  };
}

export interface OfficerInfo {
  unit: string;
  /** Wears a camera now. */
  hasCamera: boolean;
}

class Acc {
  obligations = 0;
  onTime = 0;
  late = 0;
  missed = 0;
  uncoveredMs = 0;
  prematureStops = 0;
  noCameraAssigned = 0;
  readonly lateness: number[] = [];

  row(key: string): ComplianceRow {
    const sorted = this.lateness.sort((a, b) => a - b);
    const n = sorted.length;
    const median = n === 0 ? null : n % 2 === 1 ? sorted[(n - 1) / 2]! : Math.round((sorted[n / 2 - 1]! + sorted[n / 2]!) / 2);
    return {
      key,
      obligations: this.obligations,
      onTime: this.onTime,
      late: this.late,
      missed: this.missed,
      activationRate: this.obligations === 0 ? null : Math.round((this.onTime / this.obligations) * 10_000) / 10_000,
      medianLatenessMs: median,
      uncoveredS: Math.round(this.uncoveredMs / 1000),
      prematureStops: this.prematureStops,
      noCameraAssigned: this.noCameraAssigned,
    };
  }
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface ObligationRow {
  device_id: string;
  officer_id: string;
  activity_type: string;
  outcome: string;
  start_ms: number;
  lateness_ms: number;
  uncovered_ms: number;
  premature_stops: number;
}

export function complianceReport(db: Db, fromMs: number, toMs: number, officers: ReadonlyMap<string, OfficerInfo>): ComplianceReport {
  const totals = new Acc();
  const groups: Record<ComplianceGroup, Map<string, Acc>> = { type: new Map(), device: new Map(), officer: new Map(), day: new Map(), unit: new Map() };
  const acc = (g: ComplianceGroup, key: string): Acc => {
    let a = groups[g].get(key);
    if (a === undefined) groups[g].set(key, (a = new Acc()));
    return a;
  };
  const unitOf = (officerId: string): string => officers.get(officerId)?.unit ?? '';

  const rows = db
    .prepare(
      `SELECT device_id, officer_id, activity_type, outcome, start_ms, lateness_ms, uncovered_ms, premature_stops
       FROM obligations WHERE start_ms >= ? AND start_ms < ?`,
    )
    .iterate(fromMs, toMs) as IterableIterator<ObligationRow>;
  for (const r of rows) {
    const type = r.activity_type === 'UNSPECIFIED' ? 'SIGNAL_TRIGGER' : r.activity_type;
    const targets = [totals, acc('type', type), acc('device', r.device_id), acc('day', day(r.start_ms))];
    if (r.officer_id !== '') targets.push(acc('officer', r.officer_id), acc('unit', unitOf(r.officer_id)));
    for (const a of targets) {
      a.obligations++;
      if (r.outcome === 'ON_TIME') a.onTime++;
      else if (r.outcome === 'LATE') {
        a.late++;
        a.lateness.push(r.lateness_ms);
        a.uncoveredMs += r.uncovered_ms;
      } else a.missed++;
      a.prematureStops += r.premature_stops;
    }
  }

  // Coverage gaps: alerts, since they open no obligation. Few enough to decode.
  const gaps = db.prepare(`SELECT payload FROM alerts WHERE kind = 'COVERAGE_GAP' AND status != 'RETRACTED'`).pluck().all() as Buffer[];
  for (const payload of gaps) {
    const decoded = alertCodec.decode(payload);
    if (!decoded.ok) continue;
    const g = decoded.value;
    if (g.obligationStartMs < fromMs || g.obligationStartMs >= toMs) continue;
    for (const a of [totals, acc('type', g.activityType), acc('officer', g.officerId), acc('day', day(g.obligationStartMs)), acc('unit', unitOf(g.officerId))]) {
      a.noCameraAssigned++;
    }
  }

  const list = (g: ComplianceGroup): ComplianceRow[] =>
    [...groups[g].entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, a]) => a.row(key));

  const byUnit = new Map<string, { unit: string; officers: number; withCamera: number; withoutCamera: number }>();
  let withCamera = 0;
  for (const o of officers.values()) {
    let u = byUnit.get(o.unit);
    if (u === undefined) byUnit.set(o.unit, (u = { unit: o.unit, officers: 0, withCamera: 0, withoutCamera: 0 }));
    u.officers++;
    if (o.hasCamera) {
      u.withCamera++;
      withCamera++;
    } else u.withoutCamera++;
  }
  return {
    fromMs,
    toMs,
    totals: totals.row('all'),
    byType: list('type'),
    byDevice: list('device'),
    byOfficer: list('officer'),
    byDay: list('day'),
    byUnit: list('unit'),
    rollout: {
      officers: officers.size,
      withCamera,
      withoutCamera: officers.size - withCamera,
      byUnit: [...byUnit.values()].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)),
    },
  };
}

export const CSV_COLUMNS = [
  'group',
  'key',
  'obligations',
  'on_time',
  'late',
  'missed',
  'activation_rate',
  'median_lateness_s',
  'uncovered_s',
  'premature_stops',
  'no_camera_assigned',
] as const;

/** One report grouping as CSV records (header first). */
/**
 * A text cell a spreadsheet would read as a formula (it starts with = + - @, a tab or a carriage
 * return: CSV injection) gets a leading apostrophe, so it is shown as the text it is.
 */
export function safeCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvRecords(report: ComplianceReport, group: ComplianceGroup): (string | number)[][] {
  const rows = { type: report.byType, device: report.byDevice, officer: report.byOfficer, day: report.byDay, unit: report.byUnit }[group];
  return [
    [...CSV_COLUMNS],
    ...[...rows, report.totals].map((r) => [
      r === report.totals ? 'total' : group,
      safeCell(r.key),
      r.obligations,
      r.onTime,
      r.late,
      r.missed,
      r.activationRate ?? '',
      r.medianLatenessMs === null ? '' : r.medianLatenessMs / 1000,
      r.uncoveredS,
      r.prematureStops,
      r.noCameraAssigned,
    ]),
  ];
}
