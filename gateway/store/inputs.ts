/**
 * The input log: what the detector consumes, in order. Reading it back gives capture records
 * (decode/capture.ts), which is how `export`, `replay` and a restart see exactly what the live
 * detector saw.
 */
import type { InputKind, Transport } from '../model/input.js';
import type { Telemetry } from '../model/domain.js';
import type { CaptureRecord } from '../model/capture-record.js';
import { activityCodec, assignmentCodec, batchCodec, telemetryCodec } from '../decode/codec.js';
import { GatewayError } from '../errors.js';
import type { Db } from './db.js';

export interface InputRow {
  id: number;
  received_ms: number;
  kind: InputKind;
  transport: Transport;
  topic: string | null;
  device_id: string | null;
  payload: Buffer | null;
}

/** The telemetry items of a stored 'telemetry' or 'batch' input, or null if it does not decode. */
export function storedItems(kind: string, payload: Uint8Array): Telemetry[] | null {
  const decoded = kind === 'batch' ? batchCodec.decode(payload) : telemetryCodec.decode(payload);
  if (!decoded.ok) return null;
  return Array.isArray(decoded.value) ? decoded.value : [decoded.value];
}

/** Decodes a stored input into the detector inputs it stands for (a batch is several). */
export function recordsOf(row: InputRow): CaptureRecord[] {
  const receivedMs = row.received_ms;
  const payload = row.payload ?? Buffer.alloc(0);
  const fail = (message: string): never => {
    throw new GatewayError('STORE_FAILED', `input ${row.id} (${row.kind}) does not decode: ${message}`);
  };
  switch (row.kind) {
    case 'telemetry': {
      const t = telemetryCodec.decode(payload);
      return t.ok ? [{ type: 'telemetry', receivedMs, telemetry: t.value }] : fail(t.message);
    }
    case 'batch': {
      const b = batchCodec.decode(payload);
      return b.ok ? b.value.map((telemetry) => ({ type: 'telemetry' as const, receivedMs, telemetry })) : fail(b.message);
    }
    case 'activity': {
      const a = activityCodec.decode(payload);
      return a.ok ? [{ type: 'activity', receivedMs, activity: a.value }] : fail(a.message);
    }
    case 'assignment': {
      const a = assignmentCodec.decode(payload);
      return a.ok ? [{ type: 'assignment', receivedMs, assignment: a.value }] : fail(a.message);
    }
    case 'ack':
      return [{ type: 'ack', receivedMs, ack: JSON.parse(payload.toString('utf8')) as { alertId: string; by: string; reason: string } }];
    case 'tick':
      return [{ type: 'tick', receivedMs }];
  }
}

export function lastInputId(db: Db): number {
  return (db.prepare('SELECT coalesce(max(id), 0) FROM inputs').pluck().get() as number) ?? 0;
}

/** Inputs with id > afterId (and received in [fromMs, toMs] when given), in order, in pages. */
export function* readInputs(db: Db, options: { afterId?: number; fromMs?: number; toMs?: number; pageSize?: number } = {}): Generator<InputRow> {
  const page = options.pageSize ?? 2000;
  const stmt = db.prepare(
    `SELECT id, received_ms, kind, transport, topic, device_id, payload FROM inputs
     WHERE id > ? AND received_ms >= ? AND received_ms <= ? ORDER BY id LIMIT ?`,
  );
  let after = options.afterId ?? 0;
  for (;;) {
    const rows = stmt.all(after, options.fromMs ?? 0, options.toMs ?? Number.MAX_SAFE_INTEGER, page) as InputRow[];
    for (const row of rows) yield row;
    if (rows.length < page) return;
    after = rows[rows.length - 1]!.id;
  }
}
