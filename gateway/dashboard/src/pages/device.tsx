/**
 * One camera: its state now, battery and storage over the recent hours, its GPS track, when it
 * should have been recording against when it was, its alerts and its recent telemetry. Refreshed
 * live (at most every 5 s) while the camera reports.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, gatewayNow } from '../api.js';
import { GpsTrack, type Fix } from '../components/gps-track.js';
import { type Interval, RecordingTimeline } from '../components/recording-timeline.js';
import { type Series, TimeChart } from '../components/time-chart.js';
import { ago, clock, gib } from '../format.js';
import { devices, devicesVersion } from '../live.js';
import { type DeviceDetail, type TelemetryJson, modeOf, num, short } from '../model.js';
import { TELEMETRY_LABELS, clockWords, describeTelemetry } from '../telemetry-text.js';
import { AlertItem, useNow } from './alerts.js';
import { CommandPanel } from '../components/command-panel.js';

const BODY_KEYS = ['hello', 'heartbeat', 'battery', 'storage', 'gps', 'recording', 'mode', 'trigger', 'fault', 'bootNotice'];
const bodyOf = (t: TelemetryJson): [string, Record<string, unknown>] => {
  const k = BODY_KEYS.find((key) => key in t) ?? Object.keys(t).find((key) => !['deviceId', 'bootId', 'seq', 'timeMs'].includes(key)) ?? '';
  return [k, (t[k] ?? {}) as Record<string, unknown>];
};

export function DevicePage({ id }: { id: string }) {
  const [detail, setDetail] = useState<DeviceDetail | null>(null);
  const [error, setError] = useState('');
  const now = useNow();
  useEffect(() => {
    let stopped = false;
    let last = 0;
    let timer = 0;
    const load = async (): Promise<void> => {
      last = Date.now();
      try {
        const d = await api<DeviceDetail>(`/api/devices/${encodeURIComponent(id)}?telemetry=5000`);
        if (!stopped) {
          setDetail(d);
          setError('');
        }
      } catch (e) {
        if (!stopped) setError(e instanceof ApiError && e.status === 404 ? `No camera ${id} has reported to this gateway.` : (e as Error).message);
      }
    };
    void load();
    // Reload when the live stream says this camera changed, at most every 5 s.
    const unsubscribe = devicesVersion.subscribe(() => {
      if (!devices.has(id) || timer !== 0) return;
      timer = window.setTimeout(() => {
        timer = 0;
        void load();
      }, Math.max(0, 5000 - (Date.now() - last)));
    });
    return () => {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
    };
  }, [id]);

  const derived = useMemo(() => (detail === null ? null : derive(detail)), [detail]);
  if (error !== '') return <p class="error">{error}</p>;
  if (detail === null || derived === null) return <p class="empty">Loading {id}…</p>;
  const s = devices.get(id) ?? detail.state;
  const total = num(s.storageTotalBytes);
  return (
    <section class="device">
      <h2>
        <span class="mono">{id}</span> {s.recording ? <span class="badge rec">● REC</span> : <span class={`badge mode-${modeOf(s).toLowerCase()}`}>{modeOf(s)}</span>}
        {!s.online && <span class="badge off">OFFLINE</span>}
      </h2>
      <dl class="facts" data-testid="device-facts">
        <dt>Officer</dt>
        <dd>{s.officerId || 'unassigned'}</dd>
        <dt>Battery</dt>
        <dd>{(s.batteryPercent ?? 0) < 0 ? '–' : `${s.batteryPercent ?? 0}%${s.charging ? ' (charging)' : ''}`}</dd>
        <dt>Storage free</dt>
        <dd>{total > 0 ? `${gib(total - num(s.storageUsedBytes))} of ${gib(total)}` : '–'}</dd>
        <dt>GPS</dt>
        <dd>{short(s.gpsFix, 'GPS_FIX_') === 'UNSPECIFIED' || !s.gpsFix ? '–' : `${short(s.gpsFix, 'GPS_FIX_')} ${num(s.lat).toFixed(5)}, ${num(s.lon).toFixed(5)} (±${Math.round(num(s.gpsAccuracyM))} m)`}</dd>
        <dt>Last seen</dt>
        <dd>{ago(num(s.lastSeenMs), now)}</dd>
        <dt>Firmware</dt>
        <dd>{[s.vendor, s.model, s.firmwareVersion].filter(Boolean).join(' ') || '–'}</dd>
        <dt>Boot / seq</dt>
        <dd>
          {s.bootId ?? 0} / {s.lastSeq ?? 0}
        </dd>
        <dt>Camera clock</dt>
        <dd data-testid="clock-offset">
          {clockWords(num(s.clockOffsetMs))}
          <span class="offset-note"> (offset {num(s.clockOffsetMs) > 0 ? '+' : ''}{num(s.clockOffsetMs)} ms = gateway − camera)</span>
        </dd>
      </dl>
      <h3>Should record vs recorded</h3>
      <RecordingTimeline windows={detail.windows} recording={derived.recording} from={derived.from} to={Math.max(derived.to, gatewayNow())} />
      <div class="charts">
        <TimeChart title="Battery" unit="%" series={derived.battery} testId="battery-chart" />
        <TimeChart title="Storage free" unit="GiB" series={derived.storage} testId="storage-chart" />
        <div>
          <h3>GPS track</h3>
          <GpsTrack fixes={derived.fixes} />
        </div>
      </div>
      <h3>Alerts</h3>
      {detail.alerts.length === 0 ? <p class="empty">None.</p> : <ul class="alerts">{detail.alerts.map((a) => <AlertItem key={a.alertId} a={a} now={now} />)}</ul>}
      <h3>Commands</h3>
      <CommandPanel id={id} now={now} />
      <h3>Recent telemetry</h3>
      <table class="telemetry" data-testid="telemetry">
        <thead>
          <tr>
            <th>received (gateway time)</th>
            <th>camera time</th>
            <th>boot.seq</th>
            <th>message</th>
            <th>details</th>
          </tr>
        </thead>
        <tbody>
          {detail.telemetry.slice(0, 50).map(({ receivedMs, telemetry: t }) => {
            const [k, v] = bodyOf(t);
            return (
              <tr key={`${t.bootId}.${t.seq}`}>
                <td>{clock(receivedMs)}</td>
                <td class="muted">{clock(num(t.timeMs)).slice(11)}</td>
                <td class="mono">
                  {t.bootId}.{t.seq}
                </td>
                <td>
                  <strong>{TELEMETRY_LABELS[k] ?? k}</strong>
                </td>
                <td>{describeTelemetry(k, v)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Charts, track and recording intervals from the telemetry, on the gateway's time axis. */
function derive(d: DeviceDetail): { battery: Series[]; storage: Series[]; fixes: Fix[]; recording: Interval[]; from: number; to: number } {
  const offset = num(d.state.clockOffsetMs);
  const items = d.telemetry.map((x) => ({ t: num(x.telemetry.timeMs) + offset, boot: x.telemetry.bootId, body: bodyOf(x.telemetry) })).sort((a, b) => a.t - b.t);
  const battery: [number, number][] = [];
  const storage: [number, number][] = [];
  const fixes: Fix[] = [];
  const recording: Interval[] = [];
  let on: number | null = null;
  let boot = -1;
  const stop = (t: number): void => {
    if (on !== null) recording.push({ from: on, to: t });
    on = null;
  };
  for (const { t, boot: b, body: [k, v] } of items) {
    if (b !== boot) {
      stop(t);
      boot = b;
    }
    if (k === 'battery') battery.push([t, num(v['percent'] as number)]);
    else if (k === 'storage') storage.push([t, (num(v['totalBytes'] as string) - num(v['usedBytes'] as string)) / 1024 ** 3]);
    else if (k === 'gps' && /FIX_[23]D/.test(String(v['fix'] ?? ''))) fixes.push({ t, lat: num(v['lat'] as number), lon: num(v['lon'] as number) });
    else if (k === 'recording') {
      if (String(v['action']).endsWith('START')) on ??= t;
      else stop(t);
    } else if (k === 'heartbeat' || k === 'mode') {
      const mode = String(v['mode'] ?? '');
      const rec = v['recording'] === true && !/OFF|SLEEP|DOCKED/.test(mode);
      if (k === 'heartbeat' && rec) on ??= t;
      else if (k === 'heartbeat' || /OFF|SLEEP|DOCKED/.test(mode)) stop(t);
    }
  }
  const to = items.length > 0 ? items[items.length - 1]!.t : gatewayNow();
  stop(to);
  const from = Math.min(items[0]?.t ?? to, ...d.windows.map((w) => w.startMs));
  return {
    battery: [{ label: 'battery %', color: '#2a7', points: battery }],
    storage: [{ label: 'free GiB', color: '#37c', points: storage }],
    fixes,
    recording,
    from,
    to,
  };
}
