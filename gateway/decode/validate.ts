/**
 * Field checks that turn a generated protobufjs message (decoded from bytes or built from
 * proto3 JSON) into the validated domain model. About 5% of random buffers are valid protobuf,
 * so ids, ranges and enum values are checked here, and anything out of range is rejected with
 * a message naming the field (code INVALID_FIELD).
 */
import type { bwc } from './proto.js';
import {
  ACTIVATION_SOURCE,
  ACTIVITY_PHASE,
  ACTIVITY_TYPE,
  ALERT_KIND,
  ALERT_SEVERITY,
  ALERT_STATUS,
  ASSIGNMENT_ACTION,
  DEVICE_MODE,
  type EnumTable,
  GPS_FIX,
  RECORDING_ACTION,
  TRIGGER_KIND,
} from './enums.js';
import type { Ack, Activity, Alert, Assignment, Command, CommandAction, DeviceSettings, DeviceState, Telemetry, TelemetryBody } from '../model/domain.js';
import { FieldError, TooLargeError } from './result.js';

/** Device ids: 1 to 64 of [A-Za-z0-9_.-] (safe as an MQTT topic level and a file name). */
export const DEVICE_ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
/** Activity and alert ids: 1 to 128 printable ASCII characters. */
export const ACTIVITY_ID_PATTERN = /^[\x21-\x7e]{1,128}$/;
/** Most items in one TelemetryBatch (a dock flushing a day of heartbeats is ~3,000). */
export const MAX_BATCH_ITEMS = 10_000;
/** Most device_ids named by one Activity. */
export const MAX_ACTIVITY_DEVICES = 256;
const MAX_TEXT = 1024;

/** Officer (badge / personnel) ids: the same alphabet as device ids, so they fit a topic level. */
export const OFFICER_ID_PATTERN = DEVICE_ID_PATTERN;

function officerId(value: unknown, path: string): string {
  if (value === undefined || value === null || value === '') throw new FieldError(path, 'is required');
  if (typeof value !== 'string' || !OFFICER_ID_PATTERN.test(value)) throw new FieldError(path, `${JSON.stringify(value)} is not 1-64 of [A-Za-z0-9_.-]`);
  return value;
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && DEVICE_ID_PATTERN.test(value);
}

export function deviceId(value: unknown, path: string): string {
  if (value === undefined || value === null || value === '') throw new FieldError(path, 'is required');
  if (!isDeviceId(value)) throw new FieldError(path, `${JSON.stringify(value)} is not 1-64 of [A-Za-z0-9_.-]`);
  return value;
}

export function text(value: unknown, path: string, max = MAX_TEXT): string {
  const s = value ?? '';
  if (typeof s !== 'string') throw new FieldError(path, 'is not a string');
  if (s.length > max) throw new FieldError(path, `is ${s.length} characters, more than ${max}`);
  return s;
}

export function uint(value: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = value ?? 0;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new FieldError(path, `${String(n)} is not an integer`);
  if (n < min) throw new FieldError(path, `${n} is below ${min}`);
  if (n > max) throw new FieldError(path, `${n} is above ${max}`);
  return n;
}

function real(value: unknown, path: string, min: number, max: number): number {
  const n = value ?? 0;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new FieldError(path, `${String(n)} is not a finite number`);
  if (n < min) throw new FieldError(path, `${n} is below ${min}`);
  if (n > max) throw new FieldError(path, `${n} is above ${max}`);
  return n;
}

export function enumValue<S extends string>(table: EnumTable<S>, value: unknown, path: string): S {
  const parsed = table.parse(value ?? 0);
  if (parsed === undefined) {
    const what = value === undefined || value === 0 ? 'is missing (UNSPECIFIED)' : `${String(value)} is not a known value`;
    throw new FieldError(path, `${what}; expected one of ${table.values.join(', ')}`);
  }
  return parsed;
}

function optionalEnum<S extends string>(table: EnumTable<S>, value: unknown, path: string): S | 'UNSPECIFIED' {
  return value === undefined || value === null || value === 0 ? 'UNSPECIFIED' : enumValue(table, value, path);
}

function body(m: bwc.v1.Telemetry): TelemetryBody {
  switch (m.body) {
    case 'hello': {
      const h = m.hello!;
      return {
        case: 'hello',
        value: {
          firmwareVersion: text(h.firmwareVersion, 'hello.firmwareVersion', 64),
          model: text(h.model, 'hello.model', 64),
          vendor: text(h.vendor, 'hello.vendor', 64),
          officerId: text(h.officerId, 'hello.officerId', 64),
          preEventBufferS: uint(h.preEventBufferS, 'hello.preEventBufferS', 0, 3600),
        },
      };
    }
    case 'heartbeat': {
      const h = m.heartbeat!;
      return {
        case: 'heartbeat',
        value: { mode: enumValue(DEVICE_MODE, h.mode, 'heartbeat.mode'), recording: h.recording === true },
      };
    }
    case 'recording': {
      const r = m.recording!;
      return {
        case: 'recording',
        value: {
          action: enumValue(RECORDING_ACTION, r.action, 'recording.action'),
          source: optionalEnum(ACTIVATION_SOURCE, r.source, 'recording.source'),
          recordingId: text(r.recordingId, 'recording.recordingId', 128),
        },
      };
    }
    case 'mode':
      return { case: 'mode', value: { mode: enumValue(DEVICE_MODE, m.mode!.mode, 'mode.mode') } };
    case 'battery': {
      const b = m.battery!;
      return {
        case: 'battery',
        value: {
          percent: uint(b.percent, 'battery.percent', 0, 100),
          millivolts: uint(b.millivolts, 'battery.millivolts', 0, 100_000),
          charging: b.charging === true,
          temperatureC: real(b.temperatureC, 'battery.temperatureC', -100, 200),
        },
      };
    }
    case 'storage': {
      const s = m.storage!;
      const totalBytes = uint(s.totalBytes, 'storage.totalBytes');
      return {
        case: 'storage',
        value: {
          totalBytes,
          usedBytes: uint(s.usedBytes, 'storage.usedBytes', 0, totalBytes),
          pendingUploadBytes: uint(s.pendingUploadBytes, 'storage.pendingUploadBytes', 0, totalBytes),
        },
      };
    }
    case 'gps': {
      const g = m.gps!;
      return {
        case: 'gps',
        value: {
          lat: real(g.lat, 'gps.lat', -90, 90),
          lon: real(g.lon, 'gps.lon', -180, 180),
          accuracyM: real(g.accuracyM, 'gps.accuracyM', 0, 1e7),
          speedMps: real(g.speedMps, 'gps.speedMps', 0, 1000),
          headingDeg: real(g.headingDeg, 'gps.headingDeg', 0, 360),
          fix: enumValue(GPS_FIX, g.fix, 'gps.fix'),
        },
      };
    }
    case 'trigger': {
      const t = m.trigger!;
      return {
        case: 'trigger',
        value: { kind: enumValue(TRIGGER_KIND, t.kind, 'trigger.kind'), sourceId: text(t.sourceId, 'trigger.sourceId', 128) },
      };
    }
    case 'fault': {
      const f = m.fault!;
      const code = text(f.code, 'fault.code', 64);
      if (code === '') throw new FieldError('fault.code', 'is required');
      return { case: 'fault', value: { code, message: text(f.message, 'fault.message') } };
    }
    default:
      throw new FieldError('body', 'is missing: one of hello, heartbeat, recording, mode, battery, storage, gps, trigger, fault is required');
  }
}

export function telemetryFromProto(m: bwc.v1.Telemetry, path = ''): Telemetry {
  try {
    return {
      deviceId: deviceId(m.deviceId, 'deviceId'),
      bootId: uint(m.bootId, 'bootId', 0, 0xffff_ffff),
      seq: uint(m.seq, 'seq', 1),
      timeMs: uint(m.timeMs, 'timeMs'),
      body: body(m),
    };
  } catch (error) {
    if (error instanceof FieldError && path !== '') throw new FieldError(`${path}.${error.path}`, error.message.slice(error.path.length + 2));
    throw error;
  }
}

export function batchFromProto(m: bwc.v1.TelemetryBatch): Telemetry[] {
  const items = m.items ?? [];
  if (items.length === 0) throw new FieldError('items', 'is empty');
  if (items.length > MAX_BATCH_ITEMS) throw new TooLargeError('items', `has ${items.length} items, more than ${MAX_BATCH_ITEMS}: split it`);
  return items.map((item, i) => telemetryFromProto(item as bwc.v1.Telemetry, `items[${i}]`));
}

export function activityFromProto(m: bwc.v1.Activity): Activity {
  const id = m.activityId ?? '';
  if (!ACTIVITY_ID_PATTERN.test(id)) throw new FieldError('activityId', `${JSON.stringify(id)} is not 1-128 printable ASCII characters`);
  const deviceIds = m.deviceIds ?? [];
  if (deviceIds.length > MAX_ACTIVITY_DEVICES) throw new FieldError('deviceIds', `has ${deviceIds.length} ids, more than ${MAX_ACTIVITY_DEVICES}`);
  const officerIds = m.officerIds ?? [];
  if (officerIds.length > MAX_ACTIVITY_DEVICES) throw new FieldError('officerIds', `has ${officerIds.length} ids, more than ${MAX_ACTIVITY_DEVICES}`);
  return {
    activityId: id,
    type: enumValue(ACTIVITY_TYPE, m.type, 'type'),
    phase: enumValue(ACTIVITY_PHASE, m.phase, 'phase'),
    timeMs: uint(m.timeMs, 'timeMs', 1),
    deviceIds: deviceIds.map((d, i) => deviceId(d, `deviceIds[${i}]`)),
    source: text(m.source, 'source', 128),
    lat: real(m.lat, 'lat', -90, 90),
    lon: real(m.lon, 'lon', -180, 180),
    note: text(m.note, 'note'),
    officerIds: officerIds.map((o, i) => officerId(o, `officerIds[${i}]`)),
    unit: text(m.unit, 'unit', 64),
  };
}

export function assignmentFromProto(m: bwc.v1.Assignment): Assignment {
  const action = enumValue(ASSIGNMENT_ACTION, m.action, 'action');
  const device = m.deviceId ?? '';
  return {
    officerId: officerId(m.officerId, 'officerId'),
    deviceId: action === 'UNASSIGN' && device === '' ? '' : deviceId(device, 'deviceId'),
    action,
    timeMs: uint(m.timeMs, 'timeMs', 1),
    source: text(m.source, 'source', 128),
    unit: text(m.unit, 'unit', 64),
  };
}

export function alertFromProto(m: bwc.v1.Alert): Alert {
  const alertId = text(m.alertId, 'alertId', 256);
  if (alertId === '') throw new FieldError('alertId', 'is required');
  return {
    alertId,
    revision: uint(m.revision, 'revision', 1, 0xffff_ffff),
    kind: enumValue(ALERT_KIND, m.kind, 'kind'),
    severity: enumValue(ALERT_SEVERITY, m.severity, 'severity'),
    status: enumValue(ALERT_STATUS, m.status, 'status'),
    deviceId: text(m.deviceId, 'deviceId', 64),
    activityId: text(m.activityId, 'activityId', 128),
    activityType: optionalEnum(ACTIVITY_TYPE, m.activityType, 'activityType'),
    cause: text(m.cause, 'cause', 64),
    resolution: text(m.resolution, 'resolution', 64),
    obligationStartMs: uint(m.obligationStartMs, 'obligationStartMs'),
    deadlineMs: uint(m.deadlineMs, 'deadlineMs'),
    detectedMs: uint(m.detectedMs, 'detectedMs'),
    latenessMs: uint(m.latenessMs, 'latenessMs'),
    uncoveredMs: uint(m.uncoveredMs, 'uncoveredMs'),
    detail: text(m.detail, 'detail'),
    ackBy: text(m.ackBy, 'ackBy', 128),
    ackReason: text(m.ackReason, 'ackReason', 64),
    revisedMs: uint(m.revisedMs, 'revisedMs'),
    triggerKind: optionalEnum(TRIGGER_KIND, m.triggerKind, 'triggerKind'),
    officerId: text(m.officerId, 'officerId', 64),
    ...(Number(m.seq) > 0 ? { seq: uint(m.seq, 'seq') } : {}),
  };
}

export function deviceStateFromProto(m: bwc.v1.DeviceState): DeviceState {
  return {
    deviceId: deviceId(m.deviceId, 'deviceId'),
    mode: optionalEnum(DEVICE_MODE, m.mode, 'mode'),
    recording: m.recording === true,
    batteryPercent: Number(m.batteryPercent ?? 0),
    charging: m.charging === true,
    storageTotalBytes: uint(m.storageTotalBytes, 'storageTotalBytes'),
    storageUsedBytes: uint(m.storageUsedBytes, 'storageUsedBytes'),
    lat: Number(m.lat ?? 0),
    lon: Number(m.lon ?? 0),
    gpsFix: optionalEnum(GPS_FIX, m.gpsFix, 'gpsFix'),
    gpsAccuracyM: Number(m.gpsAccuracyM ?? 0),
    lastSeenMs: uint(m.lastSeenMs, 'lastSeenMs'),
    online: m.online === true,
    firmwareVersion: text(m.firmwareVersion, 'firmwareVersion'),
    model: text(m.model, 'model'),
    vendor: text(m.vendor, 'vendor'),
    officerId: text(m.officerId, 'officerId'),
    bootId: uint(m.bootId, 'bootId'),
    lastSeq: uint(m.lastSeq, 'lastSeq'),
    openAlerts: uint(m.openAlerts, 'openAlerts'),
    clockOffsetMs: Number(m.clockOffsetMs ?? 0),
    updatedMs: uint(m.updatedMs, 'updatedMs'),
  };
}

export function ackFromProto(m: bwc.v1.Ack): Ack {
  return {
    deviceId: deviceId(m.deviceId, 'deviceId'),
    bootId: uint(m.bootId, 'bootId', 0, 0xffff_ffff),
    seq: uint(m.seq, 'seq'),
    received: (m.received ?? []).map((s, i) => uint(s, `received[${i}]`, 1)),
  };
}

export function commandFromProto(m: bwc.v1.Command): Command {
  return {
    commandId: text(m.commandId, 'commandId', 128),
    deviceId: deviceId(m.deviceId, 'deviceId'),
    issuedMs: uint(m.issuedMs, 'issuedMs'),
    expiresMs: uint(m.expiresMs, 'expiresMs'),
    action: commandAction(m),
  };
}

function commandAction(m: bwc.v1.Command): CommandAction {
  switch (m.action) {
    case 'startRecording':
      return { case: 'startRecording', value: { reason: text(m.startRecording?.reason, 'startRecording.reason') } };
    case 'stopRecording':
      return { case: 'stopRecording', value: { reason: text(m.stopRecording?.reason, 'stopRecording.reason') } };
    case 'reboot':
    case 'ping':
    case 'requestStatus':
      return { case: m.action, value: {} };
    case 'setSettings':
      return { case: 'setSettings', value: { settings: settingsFromProto(m.setSettings?.settings, 'setSettings.settings') } };
    case 'syncTime':
      return { case: 'syncTime', value: { serverTimeMs: uint(m.syncTime?.serverTimeMs, 'syncTime.serverTimeMs') } };
    case 'locate':
      return { case: 'locate', value: { durationS: uint(m.locate?.durationS, 'locate.durationS', 0, 3600) } };
    default:
      throw new FieldError('action', `is missing: one of ${COMMAND_ACTIONS.join(', ')} is required`);
  }
}

export const COMMAND_ACTIONS = ['startRecording', 'stopRecording', 'reboot', 'ping', 'setSettings', 'syncTime', 'locate', 'requestStatus'] as const;

/** DeviceSettings; 0 means "keep" in a SetSettings, so every field may be 0. */
export function settingsFromProto(m: bwc.v1.IDeviceSettings | null | undefined, path: string): DeviceSettings {
  return {
    heartbeatIntervalS: uint(m?.heartbeatIntervalS, `${path}.heartbeatIntervalS`, 0, 3600),
    preEventBufferS: uint(m?.preEventBufferS, `${path}.preEventBufferS`, 0, 3600),
    sleepAfterIdleS: uint(m?.sleepAfterIdleS, `${path}.sleepAfterIdleS`, 0, 86_400),
  };
}
