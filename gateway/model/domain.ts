/**
 * The validated domain model: what decode/ hands to the store, the detector and the API.
 * Field names follow the proto (camelCase); enum values are the proto names without their
 * prefix (DEVICE_MODE_READY -> 'READY'), derived from the generated code so the .proto stays
 * the single source of truth. Every field is present: defaults are filled in by decode/.
 */
import type { bwc } from '../decode/proto.js';

type Short<Name, Prefix extends string> = Name extends `${Prefix}UNSPECIFIED`
  ? never
  : Name extends `${Prefix}${infer Rest}`
    ? Rest
    : never;

export type DeviceMode = Short<keyof typeof bwc.v1.DeviceMode, 'DEVICE_MODE_'>;
export type RecordingAction = Short<keyof typeof bwc.v1.RecordingAction, 'RECORDING_ACTION_'>;
export type ActivationSource = Short<keyof typeof bwc.v1.ActivationSource, 'ACTIVATION_SOURCE_'>;
export type GpsFix = Short<keyof typeof bwc.v1.GpsFix, 'GPS_FIX_'>;
export type TriggerKind = Short<keyof typeof bwc.v1.TriggerKind, 'TRIGGER_KIND_'>;
export type ActivityType = Short<keyof typeof bwc.v1.ActivityType, 'ACTIVITY_TYPE_'>;
export type ActivityPhase = Short<keyof typeof bwc.v1.ActivityPhase, 'ACTIVITY_PHASE_'>;
export type AlertKind = Short<keyof typeof bwc.v1.AlertKind, 'ALERT_KIND_'>;
export type AlertSeverity = Short<keyof typeof bwc.v1.AlertSeverity, 'ALERT_SEVERITY_'>;
export type AlertStatus = Short<keyof typeof bwc.v1.AlertStatus, 'ALERT_STATUS_'>;
export type AssignmentAction = Short<keyof typeof bwc.v1.AssignmentAction, 'ASSIGNMENT_ACTION_'>;

export interface Hello {
  firmwareVersion: string;
  model: string;
  vendor: string;
  officerId: string;
  preEventBufferS: number;
}
export interface Heartbeat {
  mode: DeviceMode;
  recording: boolean;
}
export interface RecordingEvent {
  action: RecordingAction;
  source: ActivationSource | 'UNSPECIFIED';
  recordingId: string;
}
export interface ModeChange {
  mode: DeviceMode;
}
export interface Battery {
  percent: number;
  millivolts: number;
  charging: boolean;
  temperatureC: number;
}
export interface Storage {
  totalBytes: number;
  usedBytes: number;
  pendingUploadBytes: number;
}
export interface Gps {
  lat: number;
  lon: number;
  accuracyM: number;
  speedMps: number;
  headingDeg: number;
  fix: GpsFix;
}
export interface Trigger {
  kind: TriggerKind;
  sourceId: string;
}
export interface Fault {
  code: string;
  message: string;
}

/** The `body` oneof, represented as protobuf-es does: `{ case, value }`. */
export type TelemetryBody =
  | { case: 'hello'; value: Hello }
  | { case: 'heartbeat'; value: Heartbeat }
  | { case: 'recording'; value: RecordingEvent }
  | { case: 'mode'; value: ModeChange }
  | { case: 'battery'; value: Battery }
  | { case: 'storage'; value: Storage }
  | { case: 'gps'; value: Gps }
  | { case: 'trigger'; value: Trigger }
  | { case: 'fault'; value: Fault };
export type TelemetryKind = TelemetryBody['case'];
export const TELEMETRY_KINDS: readonly TelemetryKind[] = [
  'hello',
  'heartbeat',
  'recording',
  'mode',
  'battery',
  'storage',
  'gps',
  'trigger',
  'fault',
];

export interface Telemetry {
  deviceId: string;
  bootId: number;
  seq: number;
  /** Device clock, Unix ms. */
  timeMs: number;
  body: TelemetryBody;
}

export interface Activity {
  activityId: string;
  type: ActivityType;
  phase: ActivityPhase;
  /** Gateway-comparable time, Unix ms. */
  timeMs: number;
  deviceIds: string[];
  source: string;
  lat: number;
  lon: number;
  note: string;
  officerIds: string[];
  unit: string;
}

export interface Assignment {
  officerId: string;
  /** '' with UNASSIGN: the officer gives up whatever camera they wear. */
  deviceId: string;
  action: AssignmentAction;
  /** Gateway time it takes effect, Unix ms. */
  timeMs: number;
  source: string;
  unit: string;
}

export interface Alert {
  alertId: string;
  revision: number;
  kind: AlertKind;
  severity: AlertSeverity;
  status: AlertStatus;
  deviceId: string;
  activityId: string;
  activityType: ActivityType | 'UNSPECIFIED';
  cause: string;
  resolution: string;
  obligationStartMs: number;
  deadlineMs: number;
  detectedMs: number;
  latenessMs: number;
  uncoveredMs: number;
  detail: string;
  ackBy: string;
  ackReason: string;
  revisedMs: number;
  triggerKind: TriggerKind | 'UNSPECIFIED';
  officerId: string;
  /** The outbox sequence number, set only on revisions delivered to viewers (never by the detector). */
  seq?: number;
}

export interface DeviceState {
  deviceId: string;
  mode: DeviceMode | 'UNSPECIFIED';
  recording: boolean;
  batteryPercent: number;
  charging: boolean;
  storageTotalBytes: number;
  storageUsedBytes: number;
  lat: number;
  lon: number;
  gpsFix: GpsFix | 'UNSPECIFIED';
  gpsAccuracyM: number;
  lastSeenMs: number;
  online: boolean;
  firmwareVersion: string;
  model: string;
  vendor: string;
  officerId: string;
  bootId: number;
  lastSeq: number;
  openAlerts: number;
  clockOffsetMs: number;
  updatedMs: number;
}

export interface Ack {
  deviceId: string;
  bootId: number;
  seq: number;
  received: number[];
}

export type CommandAction =
  | { case: 'startRecording'; value: { reason: string } }
  | { case: 'stopRecording'; value: { reason: string } }
  | { case: 'reboot'; value: Record<string, never> }
  | { case: 'ping'; value: Record<string, never> }
  | { case: 'setSettings'; value: { settings: DeviceSettings } }
  | { case: 'syncTime'; value: { serverTimeMs: number } }
  | { case: 'locate'; value: { durationS: number } }
  | { case: 'requestStatus'; value: Record<string, never> };
export type CommandActionName = CommandAction['case'];

export interface Command {
  commandId: string;
  deviceId: string;
  issuedMs: number;
  /** Gateway time after which the device must not execute it; 0: none (v1). */
  expiresMs: number;
  action: CommandAction;
}

export type CommandStatus = Short<keyof typeof bwc.v1.CommandStatus, 'COMMAND_STATUS_'>;
export interface CommandResult {
  commandId: string;
  deviceId: string;
  status: CommandStatus;
  reason: string;
  /** Device clock, Unix ms. */
  timeMs: number;
}

/** v1.1 session (proto/bwc/v1/session.proto). 0 in a SetSettings field: keep the current value. */
export interface DeviceSettings {
  heartbeatIntervalS: number;
  preEventBufferS: number;
  sleepAfterIdleS: number;
}
export type HelloStatus = Short<keyof typeof bwc.v1.HelloStatus, 'HELLO_STATUS_'>;
export interface HelloReply {
  deviceId: string;
  bootId: number;
  status: HelloStatus;
  reason: string;
  serverTimeMs: number;
  offlineTimeoutS: number;
  settings: DeviceSettings;
  maxBatchItems: number;
  maxMessageBytes: number;
}
export type NackReason = Short<keyof typeof bwc.v1.NackReason, 'NACK_REASON_'>;
export interface Nack {
  deviceId: string;
  bootId: number;
  seqs: number[];
  reason: NackReason;
  resend: boolean;
  detail: string;
  frameCrc: number;
}
export interface DockAuth {
  dockId: string;
  secret: string;
}
export interface DockAuthReply {
  dockId: string;
  accepted: boolean;
  reason: string;
}
