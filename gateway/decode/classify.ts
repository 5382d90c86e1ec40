/**
 * Turns one received message (topic + payload, from MQTT, serial or the API) into a write for
 * the store: an input with its dedupe keys, or a quarantine row naming what was wrong. Decoding
 * and validation happen here, once; nothing throws.
 */
import type { Received } from '../model/received.js';
import type { CaptureRecord } from '../model/capture-record.js';
import { activityCodec, batchCodec, peekTelemetryKeys, telemetryCodec } from './codec.js';
import type { Telemetry } from '../model/domain.js';
import type { FrameType } from '../frame/frame-format.js';
import type { InputKind, NewInput, QuarantineRow, TelemetryKey } from '../model/input.js';
import { parseTopic } from '../transport/mqtt/topics.js';

export type Classified = { ok: true; input: NewInput } | { ok: false; quarantine: QuarantineRow };

function quarantine(r: Received, reason: string, message: string, deviceId: string | null): Classified {
  return {
    ok: false,
    quarantine: {
      receivedMs: r.receivedMs,
      transport: r.transport,
      topic: r.topic,
      clientId: r.clientId,
      deviceId,
      reason,
      message,
      payload: r.payload,
    },
  };
}

/** Telemetry kept aside: with the keys it claimed when it decodes as protobuf (a Nack names them). */
function invalidTelemetry(r: Received, failed: { code: string; message: string }, deviceId: string | null, batch: boolean): Classified {
  const c = quarantine(r, failed.code, failed.message, deviceId);
  if (!c.ok && failed.code === 'INVALID_FIELD') c.quarantine.keys = peekTelemetryKeys(r.payload, batch);
  return c;
}

function telemetryInput(r: Received, kind: InputKind, items: Telemetry[], deviceId: string | null): NewInput {
  const keys: TelemetryKey[] = new Array(items.length);
  const records: CaptureRecord[] = new Array(items.length);
  for (let item = 0; item < items.length; item++) {
    const t = items[item]!;
    keys[item] = { deviceId: t.deviceId, bootId: t.bootId, seq: t.seq, item };
    records[item] = { type: 'telemetry', receivedMs: r.receivedMs, telemetry: t };
  }
  return { receivedMs: r.receivedMs, kind, transport: r.transport, topic: r.topic, deviceId, payload: r.payload, records, keys };
}

/**
 * A frame from a serial port (frame/). A dock may carry several cameras, so any device id is
 * accepted; the frame type says what the payload is. The "topic" recorded is serial:{port}.
 */
function classifyFrame(r: Received, type: FrameType): Classified {
  switch (type) {
    case 'TELEMETRY':
    case 'TELEMETRY_BATCH': {
      const decoded = type === 'TELEMETRY' ? telemetryCodec.decode(r.payload) : batchCodec.decode(r.payload);
      if (!decoded.ok) return invalidTelemetry(r, decoded, null, type === 'TELEMETRY_BATCH');
      const items = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
      const single = type === 'TELEMETRY' ? items[0]!.deviceId : null;
      return { ok: true, input: telemetryInput(r, type === 'TELEMETRY' ? 'telemetry' : 'batch', items, single) };
    }
    case 'ACTIVITY':
      return classifyActivity(r);
    default:
      return quarantine(r, 'FRAME_INVALID', `frame type ${type} flows from the gateway to devices, not to the gateway`, null);
  }
}

function classifyActivity(r: Received): Classified {
  const decoded = activityCodec.decode(r.payload);
  if (!decoded.ok) return quarantine(r, decoded.code, decoded.message, null);
  return {
    ok: true,
    input: {
      receivedMs: r.receivedMs,
      kind: 'activity',
      transport: r.transport,
      topic: r.topic,
      deviceId: null,
      payload: r.payload,
      records: [{ type: 'activity', receivedMs: r.receivedMs, activity: decoded.value }],
      keys: [],
    },
  };
}

/** Topic (MQTT, NATS) or frame type (serial) -> kind; decode and validate once. */
export function classify(r: Received): Classified {
  if (r.frameType !== undefined) return classifyFrame(r, r.frameType);
  const topic = parseTopic(r.topic);
  switch (topic.kind) {
    case 'telemetry':
    case 'batch': {
      if (r.deviceId !== null && r.deviceId !== topic.deviceId) {
        return quarantine(r, 'IDENTITY_MISMATCH', `${r.deviceId} published on ${r.topic}`, topic.deviceId);
      }
      const decoded = topic.kind === 'telemetry' ? telemetryCodec.decode(r.payload) : batchCodec.decode(r.payload);
      if (!decoded.ok) return invalidTelemetry(r, decoded, topic.deviceId, topic.kind === 'batch');
      const items = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
      // A camera reports only for itself.
      for (const t of items) {
        if (t.deviceId !== topic.deviceId) return quarantine(r, 'IDENTITY_MISMATCH', `message for ${t.deviceId} on ${r.topic}`, topic.deviceId);
      }
      return { ok: true, input: telemetryInput(r, topic.kind, items, topic.kind === 'telemetry' ? topic.deviceId : null) };
    }
    case 'activity':
      return classifyActivity(r);
    default:
      return quarantine(r, 'UNKNOWN_TOPIC', `the gateway does not handle ${r.topic}`, null);
  }
}
