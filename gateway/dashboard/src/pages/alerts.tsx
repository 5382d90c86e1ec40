/**
 * Alerts: triage. Open CRITICAL alerts (missed activations) come first and cannot be missed:
 * device, officer, activity, cause and time since the deadline, ticking, and a line saying what
 * to do. Group by kind, activity or camera; select several and acknowledge them at once with a
 * reason (as the signed-in account: nobody types their name); assign an alert and comment on it
 * (shown with its revisions); 50 per page.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, gatewayNow } from '../api.js';
import { clock, duration } from '../format.js';
import { alerts, alertsVersion, assignees, putAlert, setAssignee } from '../live.js';
import { type Alert, KINDS, WHAT_TO_DO, isOpen, kindOf, num, severityOf, severityRank, short, statusOf } from '../model.js';
import { deviceHref } from '../router.js';

export const ACK_REASONS = ['SUPERVISOR_NOTIFIED', 'OFFICER_CONTACTED', 'RECORDING_CONFIRMED', 'EQUIPMENT_FAILURE', 'FALSE_ALARM', 'OTHER'];
const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'RETRACTED'];
const PAGE = 50;
const GROUPS: Record<string, { label: string; key: (a: Alert) => string }> = {
  none: { label: 'No grouping', key: () => '' },
  kind: { label: 'Kind', key: (a) => kindOf(a) },
  activity: { label: 'Activity', key: (a) => (a.activityId ? `${short(a.activityType, 'ACTIVITY_TYPE_')} ${a.activityId}` : '(no activity: device alerts)') },
  camera: { label: 'Camera', key: (a) => a.deviceId || '(no camera)' },
};

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

const writeError = (err: unknown): string => (err instanceof ApiError && err.status === 403 ? 'this token may only read: triage needs an admin token' : (err as Error).message);

export function AlertsPage() {
  const kind = useSignal('');
  const status = useSignal('open');
  const device = useSignal('');
  const group = useSignal('none');
  const page = useSignal(0);
  const selected = useSignal<ReadonlySet<string>>(new Set());
  const now = useNow();
  const list = useComputed(() => {
    void alertsVersion.value;
    const q = device.value.trim().toLowerCase();
    const st = status.value;
    return [...alerts.values()]
      .filter((a) => kind.value === '' || kindOf(a) === kind.value)
      .filter((a) => (st === '' ? true : st === 'open' ? isOpen(a) : statusOf(a) === st))
      .filter((a) => q === '' || (a.deviceId ?? '').toLowerCase().includes(q) || (a.officerId ?? '').toLowerCase().includes(q) || (a.activityId ?? '').toLowerCase().includes(q))
      .sort((a, b) => Number(isCriticalOpen(b)) - Number(isCriticalOpen(a)) || severityRank(b) - severityRank(a) || num(b.revisedMs) - num(a.revisedMs));
  });
  // Filters change the list: back to its first page.
  useEffect(() => void (page.value = 0), [kind.value, status.value, device.value, group.value]);
  const pages = Math.max(1, Math.ceil(list.value.length / PAGE));
  const current = Math.min(page.value, pages - 1);
  const shown = list.value.slice(current * PAGE, (current + 1) * PAGE);
  const groups = new Map<string, Alert[]>();
  for (const a of shown) {
    const k = GROUPS[group.value]!.key(a);
    groups.set(k, [...(groups.get(k) ?? []), a]);
  }
  const toggle = (id: string): void => {
    const next = new Set(selected.value);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    selected.value = next;
  };
  const openOnPage = shown.filter((a) => statusOf(a) === 'OPEN').map((a) => a.alertId);
  return (
    <section>
      <div class="toolbar">
        <select value={status.value} onChange={(e) => (status.value = e.currentTarget.value)} aria-label="status">
          <option value="open">Open and acknowledged</option>
          <option value="">Every status</option>
          {STATUSES.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
        <select value={kind.value} onChange={(e) => (kind.value = e.currentTarget.value)} aria-label="kind">
          <option value="">Every kind</option>
          {KINDS.map((k) => (
            <option value={k}>{k}</option>
          ))}
        </select>
        <input type="search" placeholder="Device, officer or activity" value={device.value} onInput={(e) => (device.value = e.currentTarget.value)} aria-label="device" />
        <label>
          Group by{' '}
          <select value={group.value} onChange={(e) => (group.value = e.currentTarget.value)} aria-label="group">
            {Object.entries(GROUPS).map(([k, v]) => (
              <option value={k}>{v.label}</option>
            ))}
          </select>
        </label>
        <span class="muted" data-testid="alert-count">
          {list.value.length} alerts
        </span>
      </div>
      <BulkBar selected={selected.value} openOnPage={openOnPage} onSelect={(ids) => (selected.value = new Set(ids))} />
      {list.value.length === 0 ? (
        <p class="empty">No alerts.</p>
      ) : (
        [...groups].map(([name, items]) => (
          <div key={name}>
            {name !== '' && (
              <h3 class="group-head" data-testid="group-head">
                {name} <span class="badge">{items.length}</span>
              </h3>
            )}
            <ul class="alerts">
              {items.map((a) => (
                <AlertItem key={a.alertId} a={a} now={now} selected={selected.value.has(a.alertId)} onSelect={() => toggle(a.alertId)} />
              ))}
            </ul>
          </div>
        ))
      )}
      {pages > 1 && (
        <div class="pager" data-testid="pager">
          <button disabled={current === 0} onClick={() => (page.value = current - 1)}>
            ← Newer
          </button>
          <span>
            page {current + 1} of {pages} ({current * PAGE + 1}–{Math.min(list.value.length, (current + 1) * PAGE)} of {list.value.length})
          </span>
          <button disabled={current >= pages - 1} onClick={() => (page.value = current + 1)}>
            Older →
          </button>
        </div>
      )}
    </section>
  );
}

/** Acknowledge every selected alert with one reason (and an optional comment on each). */
function BulkBar({ selected, openOnPage, onSelect }: { selected: ReadonlySet<string>; openOnPage: string[]; onSelect: (ids: string[]) => void }) {
  const [reason, setReason] = useState(ACK_REASONS[0]!);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<void> => {
    setBusy(true);
    try {
      const r = await api<{ results: { alertId: string; ok: boolean; alert?: Alert | null }[] }>('/api/alerts/ack', {
        method: 'POST',
        body: JSON.stringify({ ids: [...selected], reason, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      });
      for (const x of r.results) if (x.alert) putAlert(x.alert);
      const failed = r.results.filter((x) => !x.ok).length;
      setMessage(`${r.results.length - failed} acknowledged${failed ? `, ${failed} not found` : ''}`);
      setComment('');
      onSelect([]);
    } catch (err) {
      setMessage(writeError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class={selected.size > 0 ? 'bulk' : 'toolbar'} data-testid="bulk">
      {selected.size === 0 ? (
        <>
          <button onClick={() => onSelect(openOnPage)} disabled={openOnPage.length === 0}>
            Select the {openOnPage.length} open on this page
          </button>
          {message && <span class="muted">{message}</span>}
        </>
      ) : (
        <>
          <strong>{selected.size} selected</strong>
          <select value={reason} onChange={(e) => setReason(e.currentTarget.value)} aria-label="bulk reason">
            {ACK_REASONS.map((r) => (
              <option value={r}>{r}</option>
            ))}
          </select>
          <input placeholder="Comment (optional)" value={comment} onInput={(e) => setComment(e.currentTarget.value)} aria-label="bulk comment" />
          <button onClick={() => void submit()} disabled={busy}>
            Acknowledge {selected.size}
          </button>
          <button onClick={() => onSelect([])}>Clear</button>
          {message && <span>{message}</span>}
        </>
      )}
    </div>
  );
}

export function AlertItem({ a, now, selected, onSelect }: { a: Alert; now: number; selected?: boolean; onSelect?: () => void }) {
  const [open, setOpen] = useState(false);
  const [acking, setAcking] = useState(false);
  const sev = severityOf(a).toLowerCase();
  const k = kindOf(a);
  const deadline = num(a.deadlineMs);
  const who = assignees.get(a.alertId);
  return (
    <li class={`alert sev-${sev} st-${statusOf(a).toLowerCase()}`} data-testid={`alert-${a.alertId}`}>
      <div class="alert-main" onClick={() => setOpen(!open)}>
        {onSelect !== undefined && statusOf(a) === 'OPEN' && (
          <input type="checkbox" checked={selected === true} onClick={(e) => e.stopPropagation()} onChange={onSelect} aria-label={`select ${a.alertId}`} />
        )}
        <span class={`badge sev-${sev}`}>{severityOf(a)}</span>
        <strong>{k.replace(/_/g, ' ')}</strong>
        <span class="badge status">{statusOf(a)}</span>
        {a.deviceId && (
          <a href={deviceHref(a.deviceId)} class="mono" onClick={(e) => e.stopPropagation()}>
            {a.deviceId}
          </a>
        )}
        {a.officerId && <span>officer {a.officerId}</span>}
        {a.activityType && short(a.activityType, 'ACTIVITY_TYPE_') !== 'UNSPECIFIED' && (
          <span>
            {short(a.activityType, 'ACTIVITY_TYPE_')} {a.activityId}
          </span>
        )}
        {a.triggerKind && short(a.triggerKind, 'TRIGGER_KIND_') !== 'UNSPECIFIED' && <span>trigger {short(a.triggerKind, 'TRIGGER_KIND_')}</span>}
        {a.cause && <span class="cause">{a.cause}</span>}
        {k === 'MISSED_ACTIVATION' && statusOf(a) !== 'RESOLVED' && statusOf(a) !== 'RETRACTED' && deadline > 0 && (
          <span class="since" data-testid="since-deadline">{duration(now - deadline)} since the deadline</span>
        )}
        {a.resolution && <span class="muted">{a.resolution}</span>}
        {who && (
          <span class="assignee" data-testid="assignee">
            → {who}
          </span>
        )}
        <span class="muted right">{clock(num(a.revisedMs))}</span>
      </div>
      <div class="alert-detail">{a.detail}</div>
      {isOpen(a) && WHAT_TO_DO[k] && (
        <div class="todo" data-testid="what-to-do">
          What to do: {WHAT_TO_DO[k]}
        </div>
      )}
      {a.ackBy && (
        <div class="muted">
          acknowledged by {a.ackBy} ({a.ackReason})
        </div>
      )}
      {statusOf(a) === 'OPEN' &&
        (acking ? (
          <AckForm a={a} done={() => setAcking(false)} />
        ) : (
          <button class="ack-open" onClick={() => setAcking(true)}>
            Acknowledge…
          </button>
        ))}
      {open && <History a={a} />}
    </li>
  );
}

function AckForm({ a, done }: { a: Alert; done: () => void }) {
  const [reason, setReason] = useState(ACK_REASONS[0]!);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await api<{ alert: Alert | null }>(`/api/alerts/${encodeURIComponent(a.alertId)}/ack`, { method: 'POST', body: JSON.stringify({ reason }) });
      if (r.alert !== null) putAlert(r.alert);
      setError('');
      done();
    } catch (err) {
      setError(writeError(err));
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
      <button type="submit" disabled={busy}>
        Acknowledge
      </button>
      <button type="button" onClick={done}>
        Cancel
      </button>
      <span class="muted">recorded as the signed-in account</span>
      {error && <span class="error">{error}</span>}
    </form>
  );
}

interface Note {
  id: number;
  atMs: number;
  by: string;
  assignee?: string;
  comment: string;
}

/** Revisions and triage notes in one history, oldest first; assign and comment below it. */
function History({ a }: { a: Alert }) {
  const [revs, setRevs] = useState<Alert[] | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [assignee, setAssigneeText] = useState(assignees.get(a.alertId) ?? '');
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const load = (): void =>
    void api<{ revisions: Alert[]; notes?: Note[] }>(`/api/alerts/${encodeURIComponent(a.alertId)}`)
      .then((r) => {
        setRevs(r.revisions);
        setNotes(r.notes ?? []);
      })
      .catch(() => setRevs([]));
  useEffect(load, [a.alertId, a.revision]);
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    const body: { assignee?: string; comment?: string } = {};
    if (assignee.trim() !== (assignees.get(a.alertId) ?? '')) body.assignee = assignee.trim();
    if (comment.trim() !== '') body.comment = comment.trim();
    if (Object.keys(body).length === 0) return setError('nothing to save: type an assignee or a comment');
    try {
      await api(`/api/alerts/${encodeURIComponent(a.alertId)}/notes`, { method: 'POST', body: JSON.stringify(body) });
      if (body.assignee !== undefined) setAssignee(a.alertId, body.assignee);
      setComment('');
      setError('');
      load();
    } catch (err) {
      setError(writeError(err));
    }
  };
  if (revs === null) return <div class="muted">Loading history…</div>;
  const entries = [
    ...revs.map((r) => ({ at: num(r.revisedMs), order: 0, text: revisionText(r) })),
    ...notes.map((n) => ({ at: n.atMs, order: 1, text: noteText(n), note: true })),
  ].sort((x, y) => x.at - y.at || x.order - y.order);
  return (
    <div onClick={(e) => e.stopPropagation()}>
      <ol class="history revisions" data-testid="revisions">
        {entries.map((e) => (
          <li class={'note' in e ? 'note' : ''}>
            {e.text} at {clock(e.at)}
          </li>
        ))}
      </ol>
      <form class="notes-form" onSubmit={save}>
        <input placeholder="Assignee" value={assignee} onInput={(e) => setAssigneeText(e.currentTarget.value)} aria-label="assignee" />
        <input class="comment" placeholder="Comment" value={comment} onInput={(e) => setComment(e.currentTarget.value)} aria-label="comment" />
        <button type="submit">Save</button>
        {error && <span class="error">{error}</span>}
      </form>
    </div>
  );
}

function revisionText(r: Alert): string {
  let t = `rev ${r.revision}: ${statusOf(r)}`;
  if (r.resolution) t += ` (${r.resolution})`;
  if (r.ackBy) t += ` by ${r.ackBy}, ${r.ackReason}`;
  if (num(r.latenessMs) > 0) t += `, activated ${duration(num(r.latenessMs))} after the start`;
  return t;
}

function noteText(n: Note): string {
  const parts = [];
  if (n.assignee !== undefined) parts.push(n.assignee === '' ? 'unassigned' : `assigned to ${n.assignee}`);
  if (n.comment) parts.push(`“${n.comment}”`);
  return `${n.by}: ${parts.join('; ')}`;
}
