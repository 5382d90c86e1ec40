/**
 * The v1.1 session messages (proto/bwc/v1/session.proto, CommandResult in command.proto):
 * generated message <-> domain value, both directions, as validate.ts and to-proto.ts do for
 * the v1 messages.
 */
import type { bwc } from './proto.js';
import { COMMAND_STATUS, HELLO_STATUS, NACK_REASON } from './enums.js';
import type { CommandResult, DockAuth, DockAuthReply, HelloReply, Nack } from '../model/domain.js';
import { deviceId, enumValue, settingsFromProto, text, uint } from './validate.js';

export function commandResultFromProto(m: bwc.v1.CommandResult): CommandResult {
  return {
    commandId: text(m.commandId, 'commandId', 128),
    deviceId: deviceId(m.deviceId, 'deviceId'),
    status: enumValue(COMMAND_STATUS, m.status, 'status'),
    reason: text(m.reason, 'reason'),
    timeMs: uint(m.timeMs, 'timeMs'),
  };
}

export function commandResultToProto(r: CommandResult): bwc.v1.ICommandResult {
  return { ...r, status: COMMAND_STATUS.toNumber(r.status) };
}

export function helloReplyFromProto(m: bwc.v1.HelloReply): HelloReply {
  return {
    deviceId: deviceId(m.deviceId, 'deviceId'),
    bootId: uint(m.bootId, 'bootId', 0, 0xffff_ffff),
    status: enumValue(HELLO_STATUS, m.status, 'status'),
    reason: text(m.reason, 'reason'),
    serverTimeMs: uint(m.serverTimeMs, 'serverTimeMs'),
    offlineTimeoutS: uint(m.offlineTimeoutS, 'offlineTimeoutS'),
    settings: settingsFromProto(m.settings, 'settings'),
    maxBatchItems: uint(m.maxBatchItems, 'maxBatchItems'),
    maxMessageBytes: uint(m.maxMessageBytes, 'maxMessageBytes'),
  };
}

export function helloReplyToProto(h: HelloReply): bwc.v1.IHelloReply {
  return { ...h, status: HELLO_STATUS.toNumber(h.status), settings: { ...h.settings } };
}

export function nackFromProto(m: bwc.v1.Nack): Nack {
  return {
    deviceId: m.deviceId === '' || m.deviceId == null ? '' : deviceId(m.deviceId, 'deviceId'),
    bootId: uint(m.bootId, 'bootId', 0, 0xffff_ffff),
    seqs: (m.seqs ?? []).map((s, i) => uint(s, `seqs[${i}]`, 1)),
    reason: enumValue(NACK_REASON, m.reason, 'reason'),
    resend: m.resend === true,
    detail: text(m.detail, 'detail'),
    frameCrc: uint(m.frameCrc, 'frameCrc', 0, 0xffff_ffff),
  };
}

export function nackToProto(n: Nack): bwc.v1.INack {
  return { ...n, reason: NACK_REASON.toNumber(n.reason) };
}

export function dockAuthFromProto(m: bwc.v1.DockAuth): DockAuth {
  return { dockId: text(m.dockId, 'dockId', 64), secret: text(m.secret, 'secret', 256) };
}

export function dockAuthReplyFromProto(m: bwc.v1.DockAuthReply): DockAuthReply {
  return { dockId: text(m.dockId, 'dockId', 64), accepted: m.accepted === true, reason: text(m.reason, 'reason') };
}
