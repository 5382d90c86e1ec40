/** Read-only queries for the API and the CLI. */
import { alertCodec } from '../decode/codec.js';
import type { Alert, AlertKind, AlertStatus, Telemetry } from '../model/domain.js';
import type { Db } from './db.js';
import { storedItems } from './inputs.js';
import { storedKeys } from './seq-index.js';

export interface AlertFilter {
  status?: AlertStatus[] | undefined;
  kind?: AlertKind[] | undefined;
  deviceId?: string | undefined;
  officerId?: string | undefined;
  /** revised_ms >= since */
  since?: number | undefined;
  limit: number;
}

function decodeAlert(payload: Buffer): Alert | undefined {
  const a = alertCodec.decode(payload);
  return a.ok ? a.value : undefined;
}

/** Latest revision of each matching alert, most recently revised first. */
export function listAlerts(db: Db, f: AlertFilter): Alert[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.status?.length) {
    where.push(`status IN (${f.status.map(() => '?').join(',')})`);
    args.push(...f.status);
  }
  if (f.kind?.length) {
    where.push(`kind IN (${f.kind.map(() => '?').join(',')})`);
    args.push(...f.kind);
  }
  if (f.deviceId !== undefined) {
    where.push('device_id = ?');
    args.push(f.deviceId);
  }
  if (f.officerId !== undefined) {
    where.push('officer_id = ?');
    args.push(f.officerId);
  }
  if (f.since !== undefined) {
    where.push('revised_ms >= ?');
    args.push(f.since);
  }
  const sql = `SELECT payload FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY revised_ms DESC, alert_id LIMIT ?`;
  return (db.prepare(sql).pluck().all(...args, f.limit) as Buffer[]).map(decodeAlert).filter((a): a is Alert => a !== undefined);
}

export function alertRevisions(db: Db, alertId: string): Alert[] {
  return (db.prepare('SELECT payload FROM alert_revisions WHERE alert_id = ? ORDER BY revision').pluck().all(alertId) as Buffer[])
    .map(decodeAlert)
    .filter((a): a is Alert => a !== undefined);
}

export interface StoredTelemetry {
  receivedMs: number;
  telemetry: Telemetry;
}

/** The device's most recent telemetry, newest first in the device's own order (boot, seq). */
export function recentTelemetry(db: Db, deviceId: string, limit: number): StoredTelemetry[] {
  const keys = storedKeys(db, deviceId).slice(-limit).reverse();
  const input = db.prepare('SELECT kind, received_ms, payload FROM inputs WHERE id = ?').raw();
  const out: StoredTelemetry[] = [];
  for (const k of keys) {
    const [kind, receivedMs, payload] = input.get(k.inputId) as [string, number, Buffer];
    const t = storedItems(kind, payload)?.[k.item];
    if (t !== undefined) out.push({ receivedMs, telemetry: t });
  }
  return out;
}

export interface QuarantineEntry {
  id: number;
  receivedMs: number;
  transport: string;
  topic: string | null;
  clientId: string | null;
  deviceId: string | null;
  reason: string;
  message: string;
  size: number;
  /** The first 64 bytes, hex. */
  head: string;
}

export function recentQuarantine(db: Db, limit: number, reason?: string): QuarantineEntry[] {
  const rows = db
    .prepare(
      `SELECT id, received_ms, transport, topic, client_id, device_id, reason, message, size, substr(payload, 1, 64) AS head
       FROM quarantine ${reason ? 'WHERE reason = ?' : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(...(reason ? [reason, limit] : [limit])) as {
    id: number;
    received_ms: number;
    transport: string;
    topic: string | null;
    client_id: string | null;
    device_id: string | null;
    reason: string;
    message: string;
    size: number;
    head: Buffer | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    receivedMs: r.received_ms,
    transport: r.transport,
    topic: r.topic,
    clientId: r.client_id,
    deviceId: r.device_id,
    reason: r.reason,
    message: r.message,
    size: r.size,
    head: r.head === null ? '' : r.head.toString('hex'),
  }));
}

export function quarantineCounts(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT reason, count(*) AS n FROM quarantine GROUP BY reason').all() as { reason: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.reason, r.n]));
}


/** The latest stored revision of an alert. */
export function latestAlert(db: Db, alertId: string): Alert | undefined {
  const payload = db.prepare('SELECT payload FROM alerts WHERE alert_id = ?').pluck().get(alertId) as Buffer | undefined;
  return payload === undefined ? undefined : decodeAlert(payload);
}

/** Whether this revision of the alert is stored already (a replay re-creating it sends nothing). */
export function revisionStored(db: Db, alertId: string, revision: number): boolean {
  return db.prepare('SELECT 1 FROM alert_revisions WHERE alert_id = ? AND revision = ?').get(alertId, revision) !== undefined;
}

/** The newest detector snapshot, and the input it was taken at. */
export function latestSnapshot(db: Db): { inputId: number; data: Buffer } | undefined {
  const row = db.prepare('SELECT input_id, data FROM snapshots ORDER BY id DESC LIMIT 1').get() as { input_id: number; data: Buffer } | undefined;
  return row === undefined ? undefined : { inputId: row.input_id, data: row.data };
}
