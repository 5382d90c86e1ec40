/**
 * Alerts: a live feed, newest first. Open CRITICAL alerts (missed activations) come first and
 * cannot be missed: device, officer, activity, cause and time since the deadline, ticking.
 * Acknowledge with a reason code and a name; open an alert to see its revisions.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, gatewayNow } from '../api.js';
import { clock, duration } from '../format.js';
import { alerts, alertsVersion, putAlert } from '../live.js';
import { type Alert, kindOf, num, severityOf, short, statusOf } from '../model.js';
import { deviceHref } from '../router.js';

export const ACK_REASONS = ['SUPERVISOR_NOTIFIED', 'OFFICER_CONTACTED', 'RECORDING_CONFIRMED', 'EQUIPMENT_FAILURE', 'FALSE_ALARM', 'OTHER'];
const KINDS = ['MISSED_ACTIVATION', 'PREMATURE_DEACTIVATION', 'RECORDING_PROHIBITED', 'COVERAGE_GAP', 'DEVICE_OFFLINE', 'LOW_BATTERY', 'BATTERY_EXHAUSTION', 'STORAGE_LOW', 'DEVICE_FAULT', 'CLOCK_SKEW', 'CLOCK_STEP', 'TELEMETRY_GAP'];
const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'RETRACTED'];

export const isOpen = (a: Alert): boolean => statusOf(a) === 'OPEN' || statusOf(a) === 'ACKNOWLEDGED';
export const isCriticalOpen = (a: Alert): boolean => severityOf(a) === 'CRITICAL' && statusOf(a) === 'OPEN';

/** Ticks every second so "since the deadline" stays true. */
export function useNow(): number {
  const [now, setNow] = useState(gatewayNow());
  useEffect(() => {
    const t = setInterval(() => setNow(gatewayNow()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export function AlertsPage() {
  const kind = useSignal('');
  const status = useSignal('');
  const device = useSignal('');
  const now = useNow();
  const list = useComputed(() => {
    void alertsVersion.value;
    const q = device.value.trim().toLowerCase();
    return [...alerts.values()]
      .filter((a) => (kind.value === '' || kindOf(a) === kind.value) && (status.value === '' || statusOf(a) === status.value) && (q === '' || (a.deviceId ?? '').toLowerCase().includes(q) || (a.officerId ?? '').toLowerCase().includes(q)))
      .sort((a, b) => Number(isCriticalOpen(b)) - Number(isCriticalOpen(a)) || num(b.revisedMs) - num(a.revisedMs))
      .slice(0, 500);
  });
  return (
    <section>
      <div class="toolbar">
        <select value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value)} aria-label="kind">
          <option value="">Every kind</option>
          {KINDS.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
        <select value={status.value} onChange={(e) => (status.value = e.currentTarget.value)} aria-label="status">
          <option value="">Every status</option>
          {STATUSES.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
        <input type="search" placeholder="Device or officer" value={device.value} onInput={(e) => (device.value = e.currentTarget.value)} aria-label="device" />
        <span class="muted">{list.value.length} shown (newest first, at most 500)</span>
      </div>
      {list.value.length === 0 ? <p class="empty">No alerts.</p> : <ul class="alerts">{list.value.map((a) => <AlertItem key={a.alertId} a={a} now={now} />)}</ul>}
    </section>
  );
}

export function AlertItem({ a, now }: { a: Alert; now: number }) {
  const [open, setOpen] = useState(false);
  const sev = severityOf(a).toLowerCase();
  const k = kindOf(a);
  const deadline = num(a.deadlineMs);
  return (
    <li class={`alert sev-${sev} st-${statusOf(a).toLowerCase()}`} data-testid={`alert-${a.alertId}`}>
      <div class="alert-main" onClick={() => setOpen(!open)}>
        <span class={`badge sev-${sev}`}>{severityOf(a)}</span>
        <strong>{k.replace(/_/g, ' ')}</strong>
        <span class="badge status">{statusOf(a)}</span>
        {a.deviceId && (
          <a href={deviceHref(a.deviceId)} class="mono" onClick={(e) => e.stopPropagation()}>
            {a.deviceId}
          </a>
        )}
        {a.officerId && <span>officer {a.officerId}</span>}
        {a.activityType && short(a.activityType, 'ACTIVITY_TYPE_') !== 'UNSPECIFIED' && <span>{short(a.activityType, 'ACTIVITY_TYPE_')}</span>}
        {a.triggerKind && short(a.triggerKind, 'TRIGGER_KIND_') !== 'UNSPECIFIED' && <span>trigger {short(a.triggerKind, 'TRIGGER_KIND_')}</span>}
        {a.cause && <span class="cause">{a.cause}</span>}
        {k === 'MISSED_ACTIVATION' && statusOf(a) !== 'RESOLVED' && statusOf(a) !== 'RETRACTED' && deadline > 0 && (
          <span class="since" data-testid="since-deadline">{duration(now - deadline)} since the deadline</span>
        )}
        {a.resolution && <span class="muted">{a.resolution}</span>}
        <span class="muted right">{clock(num(a.revisedMs))}</span>
      </div>
      <div class="alert-detail">{a.detail}</div>
      {a.ackBy && (
        <div class="muted">
          acknowledged by {a.ackBy} ({a.ackReason})
        </div>
      )}
      {statusOf(a) === 'OPEN' && <AckForm a={a} />}
      {open && <Revisions id={a.alertId} revision={a.revision} />}
    </li>
  );
}

function AckForm({ a }: { a: Alert }) {
  const [by, setBy] = useState(localStorage.getItem('bwc-ack-by') ?? '');
  const [reason, setReason] = useState(ACK_REASONS[0]!);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (by.trim() === '') return setError('say who acknowledges (name or badge)');
    setBusy(true);
    try {
      localStorage.setItem('bwc-ack-by', by.trim());
      const r = await api<{ alert: Alert | null }>(`/api/alerts/${encodeURIComponent(a.alertId)}/ack`, { method: 'POST', body: JSON.stringify({ by: by.trim(), reason }) });
      if (r.alert !== null) putAlert(r.alert);
      setError('');
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? 'this token may only read: acknowledging needs an admin token' : (err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="ack" onSubmit={submit} onClick={(e) => e.stopPropagation()}>
      <select value={reason} onChange={(e) => setReason(e.currentTarget.value)} aria-label="reason">
        {ACK_REASONS.map((r) => (
          <option value={r}>{r}</option>
        ))}
      </select>
      <input placeholder="Your name or badge" value={by} onInput={(e) => setBy(e.currentTarget.value)} aria-label="acknowledged by" />
      <button type="submit" disabled={busy}>
        Acknowledge
      </button>
      {error && <span class="error">{error}</span>}
    </form>
  );
}

function Revisions({ id, revision }: { id: string; revision: number }) {
  const [revs, setRevs] = useState<Alert[] | null>(null);
  useEffect(() => {
    void api<{ revisions: Alert[] }>(`/api/alerts/${encodeURIComponent(id)}`)
      .then((r) => setRevs(r.revisions))
      .catch(() => setRevs([]));
  }, [id, revision]);
  if (revs === null) return <div class="muted">Loading revisions…</div>;
  return (
    <ol class="revisions" data-testid="revisions">
      {revs.map((r) => (
        <li>
          rev {r.revision}: {statusOf(r)}
          {r.resolution ? ` (${r.resolution})` : ''}
          {r.ackBy ? ` by ${r.ackBy}, ${r.ackReason}` : ''} at {clock(num(r.revisedMs))}
          {num(r.latenessMs) > 0 ? `, activated ${duration(num(r.latenessMs))} after the start` : ''}
        </li>
      ))}
    </ol>
  );
}
