/**
 * The live view of the gateway every page shares: devices and alerts, loaded once and then kept
 * current by the gateway's event stream (GET /api/events, Server-Sent Events). Updates are
 * applied in place and announced at most once per animation frame, so 10,000 cameras reporting
 * do not re-render the page 10,000 times. After the stream reconnects, or when the gateway says
 * it dropped events for us, everything is loaded again.
 */
import { signal } from '@preact/signals';
import { api, withToken } from './api.js';
import type { Alert, DeviceState } from './model.js';

export const devices = new Map<string, DeviceState>();
export const alerts = new Map<string, Alert>();
/** Who is on each alert (from GET /api/alerts and the triage notes made here). */
export const assignees = new Map<string, string>();
/** Battery samples seen per device since the page loaded (for the small trend), newest last. */
export const batteryTrend = new Map<string, number[]>();
export const devicesVersion = signal(0);
export const alertsVersion = signal(0);
export const devicesLoaded = signal(false);
export type StreamState = 'connecting' | 'live' | 'reconnecting';
export const stream = signal<StreamState>('connecting');

let pendingDevices = false;
let pendingAlerts = false;
function bump(which: 'devices' | 'alerts'): void {
  if (which === 'devices') {
    if (pendingDevices) return;
    pendingDevices = true;
  } else {
    if (pendingAlerts) return;
    pendingAlerts = true;
  }
  requestAnimationFrame(() => {
    if (pendingDevices) devicesVersion.value++;
    if (pendingAlerts) alertsVersion.value++;
    pendingDevices = pendingAlerts = false;
  });
}

function putDevice(s: DeviceState): void {
  devices.set(s.deviceId, s);
  const percent = s.batteryPercent ?? 0; // proto3 JSON leaves 0 out; -1: no report yet
  if (percent >= 0) {
    const t = batteryTrend.get(s.deviceId) ?? [];
    if (t[t.length - 1] !== percent) {
      t.push(percent);
      if (t.length > 30) t.shift();
      batteryTrend.set(s.deviceId, t);
    }
  }
}

export function putAlert(a: Alert): void {
  const have = alerts.get(a.alertId);
  if (have !== undefined && have.revision > a.revision) return;
  alerts.set(a.alertId, a);
  bump('alerts');
}

export function setAssignee(alertId: string, who: string): void {
  if (who === '') assignees.delete(alertId);
  else assignees.set(alertId, who);
  bump('alerts');
}

type AlertPage = { alerts: Alert[]; assignees?: Record<string, string> };

async function loadAll(): Promise<void> {
  const [d, recent, open] = await Promise.all([
    api<{ devices: DeviceState[] }>('/api/devices'),
    api<AlertPage>('/api/alerts?limit=2000'),
    api<AlertPage>('/api/alerts?status=OPEN,ACKNOWLEDGED&limit=10000'),
  ]);
  for (const s of d.devices) putDevice(s);
  for (const a of [...recent.alerts, ...open.alerts]) putAlert(a);
  for (const [id, who] of Object.entries({ ...recent.assignees, ...open.assignees })) assignees.set(id, who);
  devicesLoaded.value = true;
  bump('devices');
}

let source: EventSource | null = null;

/** Starts (or restarts, e.g. after a new token) the live view. */
export function startLive(): void {
  source?.close();
  stream.value = 'connecting';
  let everOpen = false;
  const reload = (): void => void loadAll().catch(() => undefined);
  reload();
  const es = new EventSource(withToken('/api/events'));
  source = es;
  es.addEventListener('device', (e) => {
    putDevice(JSON.parse((e as MessageEvent<string>).data) as DeviceState);
    bump('devices');
  });
  es.addEventListener('alert', (e) => putAlert(JSON.parse((e as MessageEvent<string>).data) as Alert));
  es.addEventListener('dropped', reload);
  es.onopen = () => {
    if (everOpen) reload(); // events may have been missed while we were away
    everOpen = true;
    stream.value = 'live';
  };
  es.onerror = () => {
    stream.value = 'reconnecting';
  };
}
