/**
 * The capture format (proto/README.md, "Capture format"): NDJSON, one record per line.
 *
 *   {"receivedMs": 1732752000000, "telemetry": {...}}   a Telemetry in proto3 JSON
 *   {"receivedMs": 1732752000000, "activity": {...}}    an Activity in proto3 JSON
 *   {"receivedMs": 1732752000000, "ack": {"alertId": "...", "by": "...", "reason": "..."}}
 *   {"receivedMs": 1732752000000, "assignment": {...}}   an Assignment in proto3 JSON
 *   {"receivedMs": 1732752000000}                        only advances the gateway clock
 *
 * receivedMs is gateway time. Written by the gateway's export, the simulator and read by replay.
 */
import { activityCodec, assignmentCodec, telemetryCodec } from './codec.js';
import type { AlertAck, CaptureRecord } from '../model/capture-record.js';
import { type Rejection, type Result, ok, reject } from './result.js';

const RECORD_KEYS = ['telemetry', 'activity', 'ack', 'assignment'] as const;

export function parseCaptureLine(line: string): Result<CaptureRecord> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return reject('DECODE_FAILED', `not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return reject('DECODE_FAILED', 'a capture line must be a JSON object');
  }
  const record = json as Record<string, unknown>;
  const receivedMs = record['receivedMs'];
  if (typeof receivedMs !== 'number' || !Number.isSafeInteger(receivedMs) || receivedMs < 0) {
    return reject('INVALID_FIELD', `receivedMs: ${JSON.stringify(receivedMs)} is not a non-negative integer (Unix ms)`);
  }
  for (const key of Object.keys(record)) {
    if (key !== 'receivedMs' && !(RECORD_KEYS as readonly string[]).includes(key)) {
      return reject('INVALID_FIELD', `unknown key "${key}"; expected receivedMs with at most one of telemetry, activity, ack, assignment`);
    }
  }
  const present = RECORD_KEYS.filter((k) => record[k] !== undefined);
  if (present.length > 1) return reject('INVALID_FIELD', `a line carries one record, found ${present.join(' and ')}`);
  if (record['telemetry'] !== undefined) {
    const t = telemetryCodec.fromJson(record['telemetry']);
    return t.ok ? ok({ type: 'telemetry', receivedMs, telemetry: t.value }) : prefixed('telemetry', t);
  }
  if (record['activity'] !== undefined) {
    const a = activityCodec.fromJson(record['activity']);
    return a.ok ? ok({ type: 'activity', receivedMs, activity: a.value }) : prefixed('activity', a);
  }
  if (record['assignment'] !== undefined) {
    const a = assignmentCodec.fromJson(record['assignment']);
    return a.ok ? ok({ type: 'assignment', receivedMs, assignment: a.value }) : prefixed('assignment', a);
  }
  if (record['ack'] !== undefined) {
    const ack = parseAck(record['ack']);
    return ack.ok ? ok({ type: 'ack', receivedMs, ack: ack.value }) : ack;
  }
  return ok({ type: 'tick', receivedMs });
}

function parseAck(json: unknown): Result<AlertAck> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return reject('INVALID_FIELD', 'ack: must be a JSON object');
  const a = json as Record<string, unknown>;
  for (const key of Object.keys(a)) {
    if (!['alertId', 'by', 'reason'].includes(key)) return reject('INVALID_FIELD', `ack.${key}: unknown field; ack has alertId, by, reason`);
  }
  for (const key of ['alertId', 'by', 'reason'] as const) {
    const v = a[key];
    if (typeof v !== 'string' || v.length === 0 || v.length > 256) {
      return reject('INVALID_FIELD', `ack.${key}: ${JSON.stringify(v)} is not a string of 1-256 characters`);
    }
  }
  return ok({ alertId: a['alertId'] as string, by: a['by'] as string, reason: a['reason'] as string });
}

function prefixed(key: string, rejection: Rejection): Rejection {
  const sep = rejection.code === 'INVALID_FIELD' ? '.' : ': ';
  return { ...rejection, message: `${key}${sep}${rejection.message}` };
}

/** One line, without the newline. */
export function formatCaptureRecord(record: CaptureRecord): string {
  switch (record.type) {
    case 'telemetry':
      return JSON.stringify({ receivedMs: record.receivedMs, telemetry: telemetryCodec.toJson(record.telemetry) });
    case 'activity':
      return JSON.stringify({ receivedMs: record.receivedMs, activity: activityCodec.toJson(record.activity) });
    case 'ack':
      return JSON.stringify({ receivedMs: record.receivedMs, ack: record.ack });
    case 'assignment':
      return JSON.stringify({ receivedMs: record.receivedMs, assignment: assignmentCodec.toJson(record.assignment) });
    case 'tick':
      return JSON.stringify({ receivedMs: record.receivedMs });
  }
}
