/**
 * Fleet: one row per camera, live. Recording state first (unmistakable), then officer, battery
 * with its trend, storage, GPS, last seen and open alerts. Filter, search and sort; only the
 * rows in view are rendered.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { gatewayNow } from '../api.js';
import { VirtualList } from '../components/virtual-list.js';
import { ago, gib } from '../format.js';
import { batteryTrend, devices, devicesLoaded, devicesVersion } from '../live.js';
import { type DeviceState, modeOf, num, short } from '../model.js';
import { deviceHref } from '../router.js';

const FILTERS: Record<string, { label: string; test: (d: DeviceState) => boolean }> = {
  all: { label: 'All cameras', test: () => true },
  recording: { label: 'Recording', test: (d) => d.recording === true },
  offline: { label: 'Offline', test: (d) => d.online !== true },
  alerts: { label: 'Has open alerts', test: (d) => num(d.openAlerts) > 0 },
  battery: { label: 'Battery < 20%', test: (d) => battery(d) >= 0 && battery(d) < 20 },
  storage: { label: 'Storage < 5 GiB free', test: (d) => num(d.storageTotalBytes) > 0 && free(d) < 5 * 1024 ** 3 },
  nogps: { label: 'No GPS fix', test: (d) => !/FIX_[23]D/.test(d.gpsFix ?? '') },
};

const SORTS: Record<string, { label: string; cmp: (a: DeviceState, b: DeviceState) => number }> = {
  id: { label: 'Device id', cmp: (a, b) => a.deviceId.localeCompare(b.deviceId) },
  alerts: { label: 'Open alerts', cmp: (a, b) => num(b.openAlerts) - num(a.openAlerts) },
  battery: { label: 'Battery (low first)', cmp: (a, b) => (battery(a) < 0 ? 101 : battery(a)) - (battery(b) < 0 ? 101 : battery(b)) },
  seen: { label: 'Last seen (oldest first)', cmp: (a, b) => num(a.lastSeenMs) - num(b.lastSeenMs) },
  officer: { label: 'Officer', cmp: (a, b) => (a.officerId ?? '').localeCompare(b.officerId ?? '') },
};

/** proto3 JSON leaves 0 out; -1 means no report yet. */
const battery = (d: DeviceState): number => d.batteryPercent ?? 0;
const free = (d: DeviceState): number => num(d.storageTotalBytes) - num(d.storageUsedBytes);

export function FleetPage() {
  const filter = useSignal('all');
  const sort = useSignal('id');
  const search = useSignal('');
  const [height, setHeight] = useState(Math.max(300, window.innerHeight - 230));
  useEffect(() => {
    const onResize = (): void => setHeight(Math.max(300, window.innerHeight - 230));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const rows = useComputed(() => {
    void devicesVersion.value;
    const q = search.value.trim().toLowerCase();
    const f = FILTERS[filter.value]!.test;
    return [...devices.values()]
      .filter((d) => f(d) && (q === '' || d.deviceId.toLowerCase().includes(q) || (d.officerId ?? '').toLowerCase().includes(q)))
      .sort(SORTS[sort.value]!.cmp);
  });
  const summary = useComputed(() => {
    void devicesVersion.value;
    const all = [...devices.values()];
    return {
      total: all.length,
      recording: all.filter((d) => d.recording).length,
      offline: all.filter((d) => !d.online).length,
      alerts: all.filter((d) => num(d.openAlerts) > 0).length,
    };
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
        <span>Battery</span>
        <span>Storage free</span>
        <span>GPS</span>
        <span>Last seen</span>
        <span>Alerts</span>
      </div>
      {!devicesLoaded.value ? (
        <p class="empty">Loading cameras…</p>
      ) : rows.value.length === 0 ? (
        <p class="empty">{devices.size === 0 ? 'No camera has reported yet.' : 'No camera matches.'}</p>
      ) : (
        <VirtualList items={rows.value} rowHeight={40} height={height} keyOf={(d) => d.deviceId} render={(d) => <FleetRow d={d} now={now} />} />
      )}
    </section>
  );
}

function FleetRow({ d, now }: { d: DeviceState; now: number }) {
  const mode = modeOf(d);
  const percent = battery(d);
  return (
    <a class={`fleet-row ${d.online ? '' : 'offline'} ${num(d.openAlerts) > 0 ? 'has-alerts' : ''}`} href={deviceHref(d.deviceId)} data-testid={`device-${d.deviceId}`}>
      <span>
        {d.recording ? <span class="badge rec">● REC</span> : <span class={`badge mode-${mode.toLowerCase()}`}>{mode}</span>}
        {!d.online && <span class="badge off">OFFLINE</span>}
      </span>
      <span class="mono">{d.deviceId}</span>
      <span>{d.officerId || <span class="muted">unassigned</span>}</span>
      <span>{percent < 0 ? <span class="muted">–</span> : <Battery percent={percent} charging={d.charging === true} trend={batteryTrend.get(d.deviceId) ?? []} />}</span>
      <span>{num(d.storageTotalBytes) > 0 ? gib(free(d)) : <span class="muted">–</span>}</span>
      <span>{short(d.gpsFix, 'GPS_FIX_').replace('UNSPECIFIED', '') || <span class="muted">–</span>}</span>
      <span>{ago(num(d.lastSeenMs), now)}</span>
      <span>{num(d.openAlerts) > 0 ? <span class="badge alert-count">{d.openAlerts}</span> : ''}</span>
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
