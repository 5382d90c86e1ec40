/**
 * Domain model -> generated message properties (the inverse of validate.ts). Enum values go
 * out as wire numbers; fields at their proto3 default are left out.
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
  GPS_FIX,
  RECORDING_ACTION,
  TRIGGER_KIND,
} from './enums.js';
import type { Ack, Activity, Alert, Assignment, Command, DeviceState, Telemetry } from '../model/domain.js';

export function telemetryToProto(t: Telemetry): bwc.v1.Telemetry.$Properties {
  const props: bwc.v1.Telemetry.$Properties = { deviceId: t.deviceId, bootId: t.bootId, seq: t.seq, timeMs: t.timeMs };
  const b = t.body;
  switch (b.case) {
    case 'hello':
      props.hello = { ...b.value };
      break;
    case 'heartbeat':
      props.heartbeat = { mode: DEVICE_MODE.toNumber(b.value.mode), recording: b.value.recording };
      break;
    case 'recording':
      props.recording = {
        action: RECORDING_ACTION.toNumber(b.value.action),
        source: ACTIVATION_SOURCE.toNumber(b.value.source),
        recordingId: b.value.recordingId,
      };
      break;
    case 'mode':
      props.mode = { mode: DEVICE_MODE.toNumber(b.value.mode) };
      break;
    case 'battery':
      props.battery = { ...b.value };
      break;
    case 'storage':
      props.storage = { ...b.value };
      break;
    case 'gps':
      props.gps = { ...b.value, fix: GPS_FIX.toNumber(b.value.fix) };
      break;
    case 'trigger':
      props.trigger = { kind: TRIGGER_KIND.toNumber(b.value.kind), sourceId: b.value.sourceId };
      break;
    case 'fault':
      props.fault = { ...b.value };
      break;
  }
  return props;
}

export function activityToProto(a: Activity): bwc.v1.Activity.$Properties {
  return { ...a, type: ACTIVITY_TYPE.toNumber(a.type), phase: ACTIVITY_PHASE.toNumber(a.phase) };
}

export function alertToProto(a: Alert): bwc.v1.Alert.$Properties {
  return {
    ...a,
    kind: ALERT_KIND.toNumber(a.kind),
    severity: ALERT_SEVERITY.toNumber(a.severity),
    status: ALERT_STATUS.toNumber(a.status),
    activityType: ACTIVITY_TYPE.toNumber(a.activityType),
    triggerKind: TRIGGER_KIND.toNumber(a.triggerKind),
  };
}

export function deviceStateToProto(s: DeviceState): bwc.v1.DeviceState.$Properties {
  return { ...s, mode: DEVICE_MODE.toNumber(s.mode), gpsFix: GPS_FIX.toNumber(s.gpsFix) };
}

export function ackToProto(a: Ack): bwc.v1.Ack.$Properties {
  return { ...a };
}

export function commandToProto(c: Command): bwc.v1.Command.$Properties {
  return { commandId: c.commandId, deviceId: c.deviceId, issuedMs: c.issuedMs, expiresMs: c.expiresMs, [c.action.case]: c.action.value };
}

export function assignmentToProto(a: Assignment): bwc.v1.Assignment.$Properties {
  return { ...a, action: ASSIGNMENT_ACTION.toNumber(a.action) };
}
