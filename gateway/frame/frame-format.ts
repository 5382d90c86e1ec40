/**
 * The serial frame format (proto/README.md, "Serial framing"):
 *
 *   wire  = COBS(body) || 0x00
 *   body  = version (1 byte, 0x01) || type (1 byte) || payload (protobuf) || crc32c (4 bytes LE)
 *
 * The CRC covers version, type and payload.
 */
import { cobsDecode, cobsEncode } from './cobs.js';
import { crc32c } from './crc32c.js';

export const FRAME_VERSION = 0x01;
export const FRAME_DELIMITER = 0x00;
/** version + type + crc32c: the smallest valid body has an empty payload. */
export const FRAME_OVERHEAD = 6;

export const FRAME_TYPES = {
  /** device -> gateway: one Telemetry. */
  TELEMETRY: 0x01,
  /** device or dock -> gateway: a TelemetryBatch (store-and-forward upload). */
  TELEMETRY_BATCH: 0x02,
  /** gateway -> device: an Ack, once the records are durably stored. */
  ACK: 0x03,
  /** gateway -> device: a Command. */
  COMMAND: 0x04,
  /** terminal -> gateway: an Activity (an in-vehicle CAD terminal on a serial line). */
  ACTIVITY: 0x05,
  /** gateway -> terminal: an Alert revision for a device on that line (an in-vehicle display). */
  ALERT: 0x06,
  /** gateway -> device (v1.1): the answer to a Hello (accepted or rejected, time, settings). */
  HELLO_REPLY: 0x07,
  /** gateway -> device (v1.1): a frame refused, with a reason that says whether to resend. */
  NACK: 0x08,
  /** device -> gateway (v1.1): what became of a Command. */
  COMMAND_RESULT: 0x09,
  /** dock -> gateway (v1.1, --serial-auth dock): the dock's id and secret, before any telemetry. */
  DOCK_AUTH: 0x0a,
  /** gateway -> dock (v1.1): accepted or not. */
  DOCK_AUTH_REPLY: 0x0b,
} as const;

export type FrameType = keyof typeof FRAME_TYPES;

const TYPE_BY_BYTE = new Map<number, FrameType>(
  Object.entries(FRAME_TYPES).map(([name, byte]) => [byte, name as FrameType]),
);

export interface Frame {
  type: FrameType;
  payload: Uint8Array;
}

/** Why a frame was thrown away. Reported as data, never thrown. */
export type DiscardReason =
  | 'BAD_COBS' // not valid COBS (garbage on the line)
  | 'TOO_SHORT' // fewer than 6 bytes once decoded
  | 'BAD_CRC' // the CRC-32C does not match (corruption)
  | 'UNKNOWN_VERSION'
  | 'UNKNOWN_TYPE'
  | 'OVERSIZE' // longer than maxFrameBytes; dropped before being buffered whole
  | 'TRUNCATED'; // the stream ended in the middle of a frame

export const DISCARD_REASONS: readonly DiscardReason[] = [
  'BAD_COBS',
  'TOO_SHORT',
  'BAD_CRC',
  'UNKNOWN_VERSION',
  'UNKNOWN_TYPE',
  'OVERSIZE',
  'TRUNCATED',
];

export interface Discarded {
  reason: DiscardReason;
  /** Wire bytes thrown away (without the delimiter). */
  bytes: number;
}

/** Builds the wire bytes of one frame, delimiter included. */
export function encodeFrame(type: FrameType, payload: Uint8Array): Uint8Array {
  const body = new Uint8Array(payload.length + FRAME_OVERHEAD);
  body[0] = FRAME_VERSION;
  body[1] = FRAME_TYPES[type];
  body.set(payload, 2);
  const crc = crc32c(body.subarray(0, payload.length + 2));
  new DataView(body.buffer, body.byteOffset, body.byteLength).setUint32(payload.length + 2, crc, true);
  const encoded = cobsEncode(body);
  const wire = new Uint8Array(encoded.length + 1);
  wire.set(encoded);
  wire[encoded.length] = FRAME_DELIMITER;
  return wire;
}

/**
 * Decodes one frame's COBS bytes (between delimiters, delimiter excluded).
 * `maxFrameBytes` bounds the decoded body.
 */
export function decodeFrame(encoded: Uint8Array, maxFrameBytes: number): Frame | Discarded {
  const discard = (reason: DiscardReason): Discarded => ({ reason, bytes: encoded.length });
  const body = cobsDecode(encoded);
  if (body === undefined) return discard('BAD_COBS');
  if (body.length > maxFrameBytes) return discard('OVERSIZE');
  if (body.length < FRAME_OVERHEAD) return discard('TOO_SHORT');
  const crcAt = body.length - 4;
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  if (view.getUint32(crcAt, true) !== crc32c(body.subarray(0, crcAt))) return discard('BAD_CRC');
  if (body[0] !== FRAME_VERSION) return discard('UNKNOWN_VERSION');
  const type = TYPE_BY_BYTE.get(body[1]!);
  if (type === undefined) return discard('UNKNOWN_TYPE');
  return { type, payload: body.slice(2, crcAt) };
}

export function isDiscarded(value: Frame | Discarded): value is Discarded {
  return 'reason' in value;
}

/** The CRC-32C trailer a frame of this type and payload carries (a Nack names a frame by it). */
export function frameCrc(type: FrameType, payload: Uint8Array): number {
  const body = new Uint8Array(payload.length + 2);
  body[0] = FRAME_VERSION;
  body[1] = FRAME_TYPES[type];
  body.set(payload, 2);
  return crc32c(body);
}
