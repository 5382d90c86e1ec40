/** The API's JSON shapes (proto3 JSON: enums as names, 64-bit integers as strings). */
export interface DeviceState {
  deviceId: string;
  mode?: string;
  recording?: boolean;
  batteryPercent?: number;
  charging?: boolean;
  storageTotalBytes?: string;
  storageUsedBytes?: string;
  lat?: number;
  lon?: number;
  gpsFix?: string;
  gpsAccuracyM?: number;
  lastSeenMs?: string;
  online?: boolean;
  firmwareVersion?: string;
  model?: string;
  vendor?: string;
  officerId?: string;
  bootId?: number;
  lastSeq?: string;
  openAlerts?: number;
  clockOffsetMs?: string;
  updatedMs?: string;
}

export interface Alert {
  alertId: string;
  revision: number;
  kind: string;
  severity: string;
  status: string;
  deviceId?: string;
  activityId?: string;
  activityType?: string;
  triggerKind?: string;
  cause?: string;
  resolution?: string;
  obligationStartMs?: string;
  deadlineMs?: string;
  detectedMs?: string;
  revisedMs?: string;
  latenessMs?: string;
  uncoveredMs?: string;
  detail?: string;
  officerId?: string;
  ackBy?: string;
  ackReason?: string;
}

export interface TelemetryJson {
  deviceId: string;
  bootId: number;
  seq: string;
  timeMs: string;
  [body: string]: unknown;
}

export interface Window {
  activityId: string;
  type: string;
  recording: string;
  startMs: number;
  endMs: number | null;
  officerId: string;
}

export interface DeviceDetail {
  state: DeviceState;
  telemetry: { receivedMs: number; telemetry: TelemetryJson }[];
  alerts: Alert[];
  windows: Window[];
}

/** Enum names without their prefix: ALERT_KIND_MISSED_ACTIVATION -> MISSED_ACTIVATION. */
export function short(value: string | undefined, prefix: string): string {
  if (value === undefined) return '';
  return value.startsWith(prefix) ? value.slice(prefix.length) : value;
}

export const kindOf = (a: Alert): string => short(a.kind, 'ALERT_KIND_');
export const statusOf = (a: Alert): string => short(a.status, 'ALERT_STATUS_');
export const severityOf = (a: Alert): string => short(a.severity, 'ALERT_SEVERITY_');
export const modeOf = (d: DeviceState): string => short(d.mode, 'DEVICE_MODE_') || 'UNKNOWN';
export const num = (v: string | number | undefined): number => (v === undefined ? 0 : Number(v));
