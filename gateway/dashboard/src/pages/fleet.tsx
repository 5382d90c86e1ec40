/**
 * Fleet: one row per camera, live, worst first: what is wrong with each camera (its worst open
 * alert: kind, severity, since when, and how many more), then recording state, officer, battery
 * with its trend, storage, GPS and last seen. A strip sums open alerts by kind (click one to see
 * those cameras); a severity filter keeps 20 clock warnings from hiding one missed activation.
 * Filter, search and sort; long lists render only the rows in view (and print whole).
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { gatewayNow } from '../api.js';
import { VirtualList } from '../components/virtual-list.js';
import { ago, duration, gib } from '../format.js';
import { alerts, alertsVersion, batteryTrend, devices, devicesLoaded, devicesVersion } from '../live.js';
import { type Alert, type DeviceState, KINDS, SEVERITIES, isOpen, kindOf, modeOf, num, severityOf, severityRank, short, statusOf } from '../model.js';
import { deviceHref } from '../router.js';

/** A camera's open (or acknowledged) alerts, worst first: severity, then the oldest. */
interface Trouble {
  worst: Alert;
  count: number;
  kinds: Set<string>;
  rank: number;
}

const worse = (a: Alert, b: Alert): boolean => severityRank(a) > severityRank(b) || (severityRank(a) === severityRank(b) && num(a.detectedMs) < num(b.detectedMs));

function troubles(): Map<string, Trouble> {
  const out = new Map<string, Trouble>();
  for (const a of alerts.values()) {
    if (!isOpen(a) || !a.deviceId) continue;
    const t = out.get(a.deviceId);
    if (t === undefined) out.set(a.deviceId, { worst: a, count: 1, kinds: new Set([kindOf(a)]), rank: severityRank(a) });
    else {
      t.count++;
      t.kinds.add(kindOf(a));
      if (worse(a, t.worst)) [t.worst, t.rank] = [a, severityRank(a)];
    }
  }
  return out;
}

const FILTERS: Record<string, { label: string; test: (d: DeviceState) => boolean }> = {
  all: { label: 'All cameras', test: () => true },
  recording: { label: 'Recording', test: (d) => d.recording === true },
  offline: { label: 'Offline', test: (d) => d.online !== true },
  alerts: { label: 'Has open alerts', test: (d) => num(d.openAlerts) > 0 },
  battery: { label: 'Battery < 20%', test: (d) => battery(d) >= 0 && battery(d) < 20 },
  storage: { label: 'Storage < 5 GiB free', test: (d) => num(d.storageTotalBytes) > 0 && free(d) < 5 * 1024 ** 3 },
  nogps: { label: 'No GPS fix', test: (d) => !/FIX_[23]D/.test(d.gpsFix ?? '') },
};

const SORTS: Record<string, { label: string; cmp: (a: DeviceState, b: DeviceState, t: Map<string, Trouble>) => number }> = {
  worst: {
    label: 'Worst first',
    cmp: (a, b, t) => {
      const [x, y] = [t.get(a.deviceId), t.get(b.deviceId)];
      return (y?.rank ?? -1) - (x?.rank ?? -1) || num(x?.worst.detectedMs ?? Infinity) - num(y?.worst.detectedMs ?? Infinity) || Number(a.online === true) - Number(b.online === true) || a.deviceId.localeCompare(b.deviceId);
    },
  },
  id: { label: 'Device id', cmp: (a, b) => a.deviceId.localeCompare(b.deviceId) },
  alerts: { label: 'Open alerts', cmp: (a, b) => num(b.openAlerts) - num(a.openAlerts) },
  battery: { label: 'Battery (low first)', cmp: (a, b) => (battery(a) < 0 ? 101 : battery(a)) - (battery(b) < 0 ? 101 : battery(b)) },
  seen: { label: 'Last seen (oldest first)', cmp: (a, b) => num(a.lastSeenMs) - num(b.lastSeenMs) },
  officer: { label: 'Officer', cmp: (a, b) => (a.officerId ?? '').localeCompare(b.officerId ?? '') },
};

/** proto3 JSON leaves 0 out; -1 means no report yet. */
const battery = (d: DeviceState): number => d.batteryPercent ?? 0;
const free = (d: DeviceState): number => num(d.storageTotalBytes) - num(d.storageUsedBytes);

const LEVELS: Record<string, string> = { '': 'Any or no alert', INFO: 'Any open alert', WARNING: 'Warning or worse', HIGH: 'High or worse', CRITICAL: 'Critical only' };

export function FleetPage() {
  const filter = useSignal('all');
  const sort = useSignal('worst');
  const search = useSignal('');
  const level = useSignal('');
  const kind = useSignal('');
  const [height, setHeight] = useState(Math.max(300, window.innerHeight - 230));
  useEffect(() => {
    const onResize = (): void => setHeight(Math.max(300, window.innerHeight - 230));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const trouble = useComputed(() => {
    void alertsVersion.value;
    return troubles();
  });
  const rows = useComputed(() => {
    void devicesVersion.value;
    const t = trouble.value;
    const q = search.value.trim().toLowerCase();
    const f = FILTERS[filter.value]!.test;
    const min = level.value === '' ? -1 : SEVERITIES.indexOf(level.value as (typeof SEVERITIES)[number]);
    const cmp = SORTS[sort.value]!.cmp;
    return [...devices.values()]
      .filter((d) => f(d) && (q === '' || d.deviceId.toLowerCase().includes(q) || (d.officerId ?? '').toLowerCase().includes(q)))
      .filter((d) => min < 0 || (t.get(d.deviceId)?.rank ?? -1) >= min)
      .filter((d) => kind.value === '' || t.get(d.deviceId)?.kinds.has(kind.value) === true)
      .sort((a, b) => cmp(a, b, t));
  });
  const summary = useComputed(() => {
    void devicesVersion.value;
    const all = [...devices.values()];
    return {
      total: all.length,
      recording: all.filter((d) => d.recording).length,
      offline: all.filter((d) => !d.online).length,
      alerts: trouble.value.size,
    };
  });
  /** Open alerts by kind, most urgent kind first: [kind, alerts, cameras, severity]. */
  const byKind = useComputed(() => {
    void alertsVersion.value;
    const n = new Map<string, { alerts: number; cameras: Set<string>; severity: string }>();
    for (const a of alerts.values()) {
      if (!isOpen(a)) continue;
      const k = kindOf(a);
      const e = n.get(k) ?? { alerts: 0, cameras: new Set<string>(), severity: severityOf(a) };
      e.alerts++;
      if (a.deviceId) e.cameras.add(a.deviceId);
      n.set(k, e);
    }
    return KINDS.filter((k) => n.has(k)).map((k) => ({ kind: k, ...n.get(k)! }));
  });
  const now = gatewayNow();
  return (
    <section>
      <div class="summary">
        <span data-testid="fleet-count">{summary.value.total} cameras</span>
        <span class="rec-text">● {summary.value.recording} recording</span>
        <span>{summary.value.offline} offline</span>
        <span>{summary.value.alerts} with open alerts</span>
      </div>
      <div class="kind-strip" data-testid="kind-strip" aria-label="open alerts by kind">
        {byKind.value.length === 0 ? (
          <span class="muted">No open alerts.</span>
        ) : (
          byKind.value.map((k) => (
            <button
              class={`chip sev-${k.severity.toLowerCase()} ${kind.value === k.kind ? 'on' : ''}`}
              onClick={() => (kind.value = kind.value === k.kind ? '' : k.kind)}
              title={`${k.alerts} open ${k.kind} alert(s) on ${k.cameras.size} camera(s): click to show those cameras`}
              data-testid={`kind-${k.kind}`}
            >
              {k.kind.replace(/_/g, ' ')} <strong>{k.alerts}</strong>
            </button>
          ))
        )}
        {kind.value !== '' && (
          <button class="link-dark" onClick={() => (kind.value = '')}>
            show every kind
          </button>
        )}
      </div>
      <div class="toolbar">
        <input type="search" placeholder="Search device or officer" value={search.value} onInput={(e) => (search.value = e.currentTarget.value)} aria-label="search" />
        <label>
          Show{' '}
          <select value={filter.value} onChange={(e) => (filter.value = e.currentTarget.value)} aria-label="filter">
            {Object.entries(FILTERS).map(([k, v]) => (
              <option value={k}>{v.label}</option>
            ))}
          </select>
        </label>
        <label>
          Alerts{' '}
          <select value={level.value} onChange={(e) => (level.value = e.currentTarget.value)} aria-label="severity">
            {Object.entries(LEVELS).map(([k, v]) => (
              <option value={k}>{v}</option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select value={sort.value} onChange={(e) => (sort.value = e.currentTarget.value)} aria-label="sort">
            {Object.entries(SORTS).map(([k, v]) => (
              <option value={k}>{v.label}</option>
            ))}
          </select>
        </label>
        <span class="muted">{rows.value.length} shown</span>
      </div>
      <div class="fleet-head vrow">
        <span>State</span>
        <span>Device</span>
        <span>Officer</span>
        <span>Worst open alert</span>
        <span>Battery</span>
        <span>Storage free</span>
        <span>GPS</span>
        <span>Last seen</span>
      </div>
      {!devicesLoaded.value ? (
        <p class="empty">Loading cameras…</p>
      ) : rows.value.length === 0 ? (
        <p class="empty">{devices.size === 0 ? 'No camera has reported yet.' : 'No camera matches.'}</p>
      ) : (
        <VirtualList items={rows.value} rowHeight={40} height={height} keyOf={(d) => d.deviceId} render={(d) => <FleetRow d={d} now={now} trouble={trouble.value.get(d.deviceId)} />} />
      )}
    </section>
  );
}

function FleetRow({ d, now, trouble }: { d: DeviceState; now: number; trouble: Trouble | undefined }) {
  const mode = modeOf(d);
  const percent = battery(d);
  const sev = trouble === undefined ? '' : severityOf(trouble.worst).toLowerCase();
  return (
    <a class={`fleet-row ${d.online ? '' : 'offline'} ${sev ? `worst-${sev}` : ''}`} href={deviceHref(d.deviceId)} data-testid={`device-${d.deviceId}`}>
      <span>
        {d.recording ? <span class="badge rec">● REC</span> : <span class={`badge mode-${mode.toLowerCase()}`}>{mode}</span>}
        {!d.online && <span class="badge off">OFFLINE</span>}
      </span>
      <span class="mono">{d.deviceId}</span>
      <span>{d.officerId || <span class="muted">unassigned</span>}</span>
      <span class="worst" data-testid="worst-alert">
        {trouble === undefined ? (
          ''
        ) : (
          <>
            <span class={`badge sev-${sev}`}>{severityOf(trouble.worst)}</span>
            {kindOf(trouble.worst).replace(/_/g, ' ')}
            <span class="muted"> {duration(now - num(trouble.worst.detectedMs))}</span>
            {statusOf(trouble.worst) === 'ACKNOWLEDGED' && <span class="muted"> (ack)</span>}
            {trouble.count > 1 && <span class="badge more">+{trouble.count - 1}</span>}
          </>
        )}
      </span>
      <span>{percent < 0 ? <span class="muted">–</span> : <Battery percent={percent} charging={d.charging === true} trend={batteryTrend.get(d.deviceId) ?? []} />}</span>
      <span>{num(d.storageTotalBytes) > 0 ? gib(free(d)) : <span class="muted">–</span>}</span>
      <span>{short(d.gpsFix, 'GPS_FIX_').replace('UNSPECIFIED', '') || <span class="muted">–</span>}</span>
      <span>{ago(num(d.lastSeenMs), now)}</span>
    </a>
  );
}

function Battery({ percent, charging, trend }: { percent: number; charging: boolean; trend: number[] }) {
  const level = percent < 10 ? 'crit' : percent < 20 ? 'low' : 'ok';
  const spark = trend.length > 1 ? trend.map((v, i) => `${(i / (trend.length - 1)) * 40},${14 - (v / 100) * 14}`).join(' ') : '';
  return (
    <span class="battery" title={`${percent}%${charging ? ', charging' : ''}`}>
      <span class={`bar ${level}`}>
        <span style={{ width: `${percent}%` }} />
      </span>
      {percent}%{charging ? ' ⚡' : ''}
      {spark && (
        <svg width={40} height={14} class="spark">
          <polyline points={spark} />
        </svg>
      )}
    </span>
  );
}
