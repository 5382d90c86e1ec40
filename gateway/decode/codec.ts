/**
 * The one seam between protobufjs and the rest of the gateway: bytes or proto3 JSON in,
 * validated domain values out, as results. Nothing here throws on bad input.
 */
import type { Ack, Activity, Alert, Assignment, Command, CommandResult, DeviceState, DockAuth, DockAuthReply, HelloReply, Nack, Telemetry } from '../model/domain.js';
import {
  commandResultFromProto,
  commandResultToProto,
  dockAuthFromProto,
  dockAuthReplyFromProto,
  helloReplyFromProto,
  helloReplyToProto,
  nackFromProto,
  nackToProto,
} from './session-messages.js';
import { pb } from './proto.js';
import { readProtoJson } from './json-reader.js';
import { FieldError, type Result, TooLargeError, ok, reject } from './result.js';
import {
  ackToProto,
  activityToProto,
  alertToProto,
  assignmentToProto,
  commandToProto,
  deviceStateToProto,
  telemetryToProto,
} from './to-proto.js';
import {
  ackFromProto,
  activityFromProto,
  alertFromProto,
  assignmentFromProto,
  batchFromProto,
  commandFromProto,
  deviceStateFromProto,
  telemetryFromProto,
  isDeviceId,
} from './validate.js';

/** proto3 canonical JSON: lowerCamelCase names, enums by name, 64-bit integers as strings. */
const JSON_OPTIONS = { longs: String, enums: String, json: true } as const;

interface Generated<M> {
  decode(bytes: Uint8Array): M;
  encode(props: never): { finish(): Uint8Array };
  fromObject(json: Record<string, unknown>): M;
  toObject(message: M, options: typeof JSON_OPTIONS): Record<string, unknown>;
  readonly name: string;
}

export interface MessageCodec<T> {
  decode(bytes: Uint8Array): Result<T>;
  encode(value: T): Uint8Array;
  /** Accepts proto3 JSON: enums as names or numbers, 64-bit integers as strings or numbers. */
  fromJson(json: unknown): Result<T>;
  toJson(value: T): Record<string, unknown>;
}

function validated<T>(build: () => T): Result<T> {
  try {
    return ok(build());
  } catch (error) {
    if (error instanceof TooLargeError) return reject('TOO_LARGE', error.message);
    if (error instanceof FieldError) return reject('INVALID_FIELD', error.message);
    throw error;
  }
}

function codec<T, M>(type: Generated<M>, fromProto: (m: M) => T, toProto: (value: T) => unknown): MessageCodec<T> {
  const label = type.name;
  return {
    decode(bytes) {
      let message: M;
      try {
        message = type.decode(bytes);
      } catch (error) {
        // protobufjs throws on truncation, bad wire types, invalid UTF-8 and nesting depth.
        return reject('DECODE_FAILED', `not a valid ${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
      return validated(() => fromProto(message));
    },
    encode(value) {
      return type.encode(toProto(value) as never).finish();
    },
    fromJson(json) {
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return reject('DECODE_FAILED', `${label} JSON must be an object`);
      }
      return validated(() => fromProto(type.fromObject(readProtoJson(label, json))));
    },
    toJson(value) {
      return type.toObject(type.fromObject(toProto(value) as Record<string, unknown>), JSON_OPTIONS);
    },
  };
}

export const telemetryCodec: MessageCodec<Telemetry> = codec(pb.Telemetry, (m) => telemetryFromProto(m), telemetryToProto);
export const batchCodec: MessageCodec<Telemetry[]> = codec(pb.TelemetryBatch, batchFromProto, (items) => ({
  items: items.map(telemetryToProto),
}));
export const activityCodec: MessageCodec<Activity> = codec(pb.Activity, activityFromProto, activityToProto);
export const alertCodec: MessageCodec<Alert> = codec(pb.Alert, alertFromProto, alertToProto);
export const deviceStateCodec: MessageCodec<DeviceState> = codec(pb.DeviceState, deviceStateFromProto, deviceStateToProto);
export const ackCodec: MessageCodec<Ack> = codec(pb.Ack, ackFromProto, ackToProto);
export const commandCodec: MessageCodec<Command> = codec(pb.Command, commandFromProto, commandToProto);
export const assignmentCodec: MessageCodec<Assignment> = codec(pb.Assignment, assignmentFromProto, assignmentToProto);
export const commandResultCodec: MessageCodec<CommandResult> = codec(pb.CommandResult, commandResultFromProto, commandResultToProto);
export const helloReplyCodec: MessageCodec<HelloReply> = codec(pb.HelloReply, helloReplyFromProto, helloReplyToProto);
export const nackCodec: MessageCodec<Nack> = codec(pb.Nack, nackFromProto, nackToProto);
export const dockAuthCodec: MessageCodec<DockAuth> = codec(pb.DockAuth, dockAuthFromProto, (a) => ({ ...a }));
export const dockAuthReplyCodec: MessageCodec<DockAuthReply> = codec(pb.DockAuthReply, dockAuthReplyFromProto, (r) => ({ ...r }));

/** Codecs by proto message name (used by tools and tests that work from a type name). */
export const CODECS_BY_TYPE = {
  Telemetry: telemetryCodec,
  TelemetryBatch: batchCodec,
  Activity: activityCodec,
  Alert: alertCodec,
  DeviceState: deviceStateCodec,
  Ack: ackCodec,
  Command: commandCodec,
  Assignment: assignmentCodec,
  CommandResult: commandResultCodec,
  HelloReply: helloReplyCodec,
  Nack: nackCodec,
  DockAuth: dockAuthCodec,
  DockAuthReply: dockAuthReplyCodec,
} as const;

export type MessageTypeName = keyof typeof CODECS_BY_TYPE;

/**
 * The (device, boot, seq) of each item in telemetry that decodes as protobuf but fails
 * validation, so a refusal (Nack) can name them; [] when even that fails.
 */
export function peekTelemetryKeys(bytes: Uint8Array, batch: boolean): { deviceId: string; bootId: number; seq: number; item: number }[] {
  try {
    const items = batch ? (pb.TelemetryBatch.decode(bytes).items ?? []) : [pb.Telemetry.decode(bytes)];
    return items
      .map((t, item) => ({ deviceId: t.deviceId ?? '', bootId: Number(t.bootId ?? 0), seq: Number(t.seq ?? 0), item }))
      .filter((k) => isDeviceId(k.deviceId) && Number.isSafeInteger(k.seq) && k.seq >= 1);
  } catch {
    return [];
  }
}
