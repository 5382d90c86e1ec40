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
/** Still needs someone: open, or acknowledged but not resolved. */
export const isOpen = (a: Alert): boolean => statusOf(a) === 'OPEN' || statusOf(a) === 'ACKNOWLEDGED';

/** Severities, least to most urgent (sorting, filters). */
export const SEVERITIES = ['INFO', 'WARNING', 'HIGH', 'CRITICAL'] as const;
export const severityRank = (a: Alert): number => SEVERITIES.indexOf(severityOf(a) as (typeof SEVERITIES)[number]);

/** Every alert kind, most urgent first (the summary strip's order). */
export const KINDS = [
  'MISSED_ACTIVATION',
  'PREMATURE_DEACTIVATION',
  'RECORDING_PROHIBITED',
  'DEVICE_OFFLINE',
  'DEVICE_FAULT',
  'LOW_BATTERY',
  'BATTERY_EXHAUSTION_PREDICTED',
  'STORAGE_LOW',
  'TELEMETRY_GAP',
  'CLOCK_SKEW',
  'CLOCK_STEP',
  'COVERAGE_GAP',
] as const;

/** What a person on duty does about each kind: one line, shown with every alert. */
export const WHAT_TO_DO: Record<string, string> = {
  MISSED_ACTIVATION: 'Contact the officer now (radio or phone) to start recording; if the camera cannot, tell the supervisor and note why.',
  PREMATURE_DEACTIVATION: 'Ask the officer to restart recording; the activity is still running.',
  RECORDING_PROHIBITED: 'Remind the officer that First Amendment activity is not to be recorded on its own; stop unless a required activity starts.',
  DEVICE_OFFLINE: 'Check the camera is on and in coverage; a camera out of coverage uploads when it is back. Call the officer if it is on duty.',
  DEVICE_FAULT: 'Swap the camera at the next opportunity and log it for the vendor; a reboot may clear it.',
  LOW_BATTERY: 'Tell the officer to charge or swap the camera before the next call.',
  BATTERY_EXHAUSTION_PREDICTED: 'The battery will run out within the hour at this drain: plan a swap or a charge.',
  STORAGE_LOW: 'Dock the camera to upload and free space before it fills.',
  TELEMETRY_GAP: 'Usually resolves when the missing messages arrive; if it stays open, check the camera link.',
  CLOCK_SKEW: 'Sync the camera clock (dock it or sync time); times are corrected meanwhile.',
  CLOCK_STEP: 'No action: recorded for the evidence trail (the camera clock jumped).',
  COVERAGE_GAP: 'Assign a camera to the officer (rollout gap); nothing is required of an officer without one.',
};

/** Readable figures: "1,234", "3.2 GiB". */
export const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-US');
