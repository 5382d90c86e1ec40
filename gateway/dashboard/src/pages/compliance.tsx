/**
 * Compliance: the figures agencies' audits report, per activity type, officer, device, day and
 * unit, for a period: activation rate, late activations (median lateness, seconds not
 * captured), missed, premature stops, and officers with no camera assigned; the rollout (who
 * has a camera, by unit); CSV downloads of each table.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, withToken } from '../api.js';
import { duration, pct } from '../format.js';
import { short } from '../model.js';
import { deviceHref } from '../router.js';

interface Row {
  key: string;
  obligations: number;
  onTime: number;
  late: number;
  missed: number;
  activationRate: number | null;
  medianLatenessMs: number | null;
  uncoveredS: number;
  prematureStops: number;
  noCameraAssigned: number;
}

interface Report {
  fromMs: number;
  toMs: number;
  totals: Row;
  byType: Row[];
  byDevice: Row[];
  byOfficer: Row[];
  byDay: Row[];
  byUnit: Row[];
  rollout: { officers: number; withCamera: number; withoutCamera: number; byUnit: { unit: string; officers: number; withCamera: number; withoutCamera: number }[] };
}

const GROUPS: { key: keyof Report & string; by: string; title: string }[] = [
  { key: 'byType', by: 'type', title: 'By activity type' },
  { key: 'byOfficer', by: 'officer', title: 'By officer' },
  { key: 'byUnit', by: 'unit', title: 'By unit' },
  { key: 'byDay', by: 'day', title: 'By day (UTC)' },
  { key: 'byDevice', by: 'device', title: 'By camera' },
];

export function CompliancePage() {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState('');
  const query = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  useEffect(() => {
    api<Report>(`/api/reports/compliance?${query}`)
      .then((r) => {
        setReport(r);
        setError('');
      })
      .catch((e: Error) => setError(e.message));
  }, [query]);
  return (
    <section class="compliance">
      <div class="toolbar">
        <label>
          From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} aria-label="from" />
        </label>
        <label>
          to <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} aria-label="to" />
        </label>
        <span class="muted">{from || to ? 'obligations that started in this period (UTC days; "to" excluded)' : 'all time'}</span>
      </div>
      {error && <p class="error">{error}</p>}
      {report === null ? (
        <p class="empty">Loading…</p>
      ) : (
        <>
          <div class="kpis" data-testid="compliance-totals">
            <Kpi label="Activation rate" value={pct(report.totals.activationRate)} />
            <Kpi label="Obligations" value={String(report.totals.obligations)} />
            <Kpi label="Late" value={`${report.totals.late}${report.totals.medianLatenessMs !== null ? ` (median ${duration(report.totals.medianLatenessMs)})` : ''}`} />
            <Kpi label="Missed" value={String(report.totals.missed)} />
            <Kpi label="Premature stops" value={String(report.totals.prematureStops)} />
            <Kpi label="No camera assigned" value={String(report.totals.noCameraAssigned)} />
          </div>
          <h3>Rollout</h3>
          <p>
            {report.rollout.officers} officers known: {report.rollout.withCamera} wear a camera, {report.rollout.withoutCamera} do not.
            Activities that named an officer without a camera count as "no camera assigned", never as missed.
          </p>
          <table data-testid="rollout">
            <thead>
              <tr>
                <th>Unit</th>
                <th>Officers</th>
                <th>With camera</th>
                <th>Without</th>
              </tr>
            </thead>
            <tbody>
              {report.rollout.byUnit.map((u) => (
                <tr>
                  <td>{u.unit || <span class="muted">(no unit)</span>}</td>
                  <td>{u.officers}</td>
                  <td>{u.withCamera}</td>
                  <td>{u.withoutCamera}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {GROUPS.map((g) => (
            <RowsTable key={g.key} title={g.title} rows={report[g.key] as Row[]} csv={withToken(`/api/reports/compliance?${query}&format=csv&by=${g.by}`)} link={g.by === 'device'} />
          ))}
        </>
      )}
    </section>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <div class="kpi">
      <div class="kpi-value">{value}</div>
      <div class="muted">{label}</div>
    </div>
  );
}

function RowsTable({ title, rows, csv, link }: { title: string; rows: Row[]; csv: string; link: boolean }) {
  return (
    <>
      <h3>
        {title} <a href={csv} download class="small" data-testid={`csv-${title}`}>CSV</a>
      </h3>
      {rows.length === 0 ? (
        <p class="empty">No obligations in this period.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th />
              <th>Obligations</th>
              <th>Activation rate</th>
              <th>On time</th>
              <th>Late</th>
              <th>Median lateness</th>
              <th>Not captured</th>
              <th>Missed</th>
              <th>Premature stops</th>
              <th>No camera</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{link ? <a href={deviceHref(r.key)}>{r.key}</a> : short(r.key, 'ACTIVITY_TYPE_') || <span class="muted">(none)</span>}</td>
                <td>{r.obligations}</td>
                <td class={r.activationRate !== null && r.activationRate < 0.85 ? 'bad' : ''}>{pct(r.activationRate)}</td>
                <td>{r.onTime}</td>
                <td>{r.late}</td>
                <td>{r.medianLatenessMs === null ? '–' : duration(r.medianLatenessMs)}</td>
                <td>{r.uncoveredS ? duration(r.uncoveredS * 1000) : '–'}</td>
                <td class={r.missed > 0 ? 'bad' : ''}>{r.missed}</td>
                <td>{r.prematureStops}</td>
                <td>{r.noCameraAssigned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
