/**
 * Enum tables built from the generated code: short names ('READY') <-> wire numbers <->
 * proto names ('DEVICE_MODE_READY'). `parse` accepts all three forms, as proto3 JSON and our
 * YAML files allow.
 */
import type {
  ActivationSource,
  ActivityPhase,
  ActivityType,
  AlertKind,
  AlertSeverity,
  AlertStatus,
  AssignmentAction,
  CommandStatus,
  DeviceMode,
  GpsFix,
  HelloStatus,
  NackReason,
  RecordingAction,
  TriggerKind,
} from '../model/domain.js';
import { pb } from './proto.js';

export interface EnumTable<S extends string> {
  /** The proto name prefix, e.g. 'DEVICE_MODE_'. */
  readonly prefix: string;
  /** Every value but UNSPECIFIED, in number order. */
  readonly values: readonly S[];
  /** Wire number -> short name; undefined for 0 (UNSPECIFIED) and unknown numbers. */
  fromNumber(n: number): S | undefined;
  toNumber(value: S | 'UNSPECIFIED'): number;
  /** 'READY', 'DEVICE_MODE_READY' or 2 -> 'READY'; undefined when not a known value. */
  parse(input: unknown): S | undefined;
  /** 'READY' -> 'DEVICE_MODE_READY'. */
  protoName(value: S | 'UNSPECIFIED'): string;
}

function enumTable<S extends string>(generated: object, prefix: string): EnumTable<S> {
  const byNumber = new Map<number, S>();
  const byShort = new Map<string, number>();
  for (const [name, number] of Object.entries(generated)) {
    if (typeof number !== 'number') continue;
    const short = name.slice(prefix.length);
    byShort.set(short, number);
    if (number !== 0) byNumber.set(number, short as S);
  }
  const values = [...byNumber.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  const fromNumber = (n: number): S | undefined => byNumber.get(n);
  return {
    prefix,
    values,
    fromNumber,
    toNumber: (value) => byShort.get(value) ?? 0,
    parse(input) {
      if (typeof input === 'number') return fromNumber(input);
      if (typeof input !== 'string') return undefined;
      const short = input.startsWith(prefix) ? input.slice(prefix.length) : input;
      const n = byShort.get(short);
      return n === undefined || n === 0 ? undefined : (short as S);
    },
    protoName: (value) => prefix + value,
  };
}

export const DEVICE_MODE = enumTable<DeviceMode>(pb.DeviceMode, 'DEVICE_MODE_');
export const RECORDING_ACTION = enumTable<RecordingAction>(pb.RecordingAction, 'RECORDING_ACTION_');
export const ACTIVATION_SOURCE = enumTable<ActivationSource>(pb.ActivationSource, 'ACTIVATION_SOURCE_');
export const GPS_FIX = enumTable<GpsFix>(pb.GpsFix, 'GPS_FIX_');
export const TRIGGER_KIND = enumTable<TriggerKind>(pb.TriggerKind, 'TRIGGER_KIND_');
export const ACTIVITY_TYPE = enumTable<ActivityType>(pb.ActivityType, 'ACTIVITY_TYPE_');
export const ACTIVITY_PHASE = enumTable<ActivityPhase>(pb.ActivityPhase, 'ACTIVITY_PHASE_');
export const ALERT_KIND = enumTable<AlertKind>(pb.AlertKind, 'ALERT_KIND_');
export const ALERT_SEVERITY = enumTable<AlertSeverity>(pb.AlertSeverity, 'ALERT_SEVERITY_');
export const ALERT_STATUS = enumTable<AlertStatus>(pb.AlertStatus, 'ALERT_STATUS_');
export const ASSIGNMENT_ACTION = enumTable<AssignmentAction>(pb.AssignmentAction, 'ASSIGNMENT_ACTION_');
export const COMMAND_STATUS = enumTable<CommandStatus>(pb.CommandStatus, 'COMMAND_STATUS_');
export const HELLO_STATUS = enumTable<HelloStatus>(pb.HelloStatus, 'HELLO_STATUS_');
export const NACK_REASON = enumTable<NackReason>(pb.NackReason, 'NACK_REASON_');
