/**
 * Commands sent to cameras and what became of them, durably (table `commands`), and the
 * settings the gateway keeps for each camera (table `device_settings`). Written on the main
 * thread: a few rows per command, never per telemetry message.
 */
import type { Command, DeviceSettings } from '../model/domain.js';
import { commandCodec } from '../decode/codec.js';
import type { Db } from './db.js';

export const COMMAND_STATES = ['QUEUED', 'DELIVERED', 'ACKNOWLEDGED', 'SUCCEEDED', 'FAILED', 'REJECTED', 'EXPIRED'] as const;
export type CommandState = (typeof COMMAND_STATES)[number];
/** States a command leaves only by a device's result or its expiry. */
export const OPEN_STATES: readonly CommandState[] = ['QUEUED', 'DELIVERED', 'ACKNOWLEDGED'];

export interface CommandRecord {
  command: Command;
  issuedBy: string;
  state: CommandState;
  reason: string;
  deliveredMs: number | null;
  acknowledgedMs: number | null;
  doneMs: number | null;
  updatedMs: number;
}

interface Row {
  payload: Buffer;
  issued_by: string;
  state: CommandState;
  reason: string;
  delivered_ms: number | null;
  acknowledged_ms: number | null;
  done_ms: number | null;
  updated_ms: number;
}

function toRecord(r: Row): CommandRecord {
  const decoded = commandCodec.decode(r.payload);
  if (!decoded.ok) throw new Error(`stored command does not decode: ${decoded.message}`);
  return {
    command: decoded.value,
    issuedBy: r.issued_by,
    state: r.state,
    reason: r.reason,
    deliveredMs: r.delivered_ms,
    acknowledgedMs: r.acknowledged_ms,
    doneMs: r.done_ms,
    updatedMs: r.updated_ms,
  };
}

const OPEN_SQL = `state IN (${OPEN_STATES.map((s) => `'${s}'`).join(', ')})`;

export class CommandStore {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO commands (command_id, device_id, action, payload, issued_by, issued_ms, expires_ms, state, updated_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)`,
      ),
      get: db.prepare('SELECT * FROM commands WHERE command_id = ?'),
      ofDevice: db.prepare('SELECT * FROM commands WHERE device_id = ? ORDER BY issued_ms DESC, rowid DESC LIMIT ? OFFSET ?'),
      countDevice: db.prepare('SELECT count(*) FROM commands WHERE device_id = ?').pluck(),
      openOf: db.prepare(`SELECT count(*) FROM commands WHERE device_id = ? AND ${OPEN_SQL}`).pluck(),
      unacknowledgedOf: db.prepare(`SELECT * FROM commands WHERE device_id = ? AND state IN ('QUEUED', 'DELIVERED') ORDER BY issued_ms, rowid`),
      openDevices: db.prepare(`SELECT DISTINCT device_id FROM commands WHERE ${OPEN_SQL}`).pluck(),
      delivered: db.prepare(`UPDATE commands SET state = 'DELIVERED', delivered_ms = ?, updated_ms = ? WHERE command_id = ? AND state IN ('QUEUED', 'DELIVERED')`),
      acknowledged: db.prepare(
        `UPDATE commands SET state = 'ACKNOWLEDGED', acknowledged_ms = ?, delivered_ms = coalesce(delivered_ms, ?), updated_ms = ?
         WHERE command_id = ? AND state IN ('QUEUED', 'DELIVERED')`,
      ),
      done: db.prepare(
        `UPDATE commands SET state = ?, reason = ?, done_ms = ?, delivered_ms = coalesce(delivered_ms, ?), updated_ms = ?
         WHERE command_id = ? AND state NOT IN ('SUCCEEDED', 'FAILED', 'REJECTED')`,
      ),
      expire: db.prepare(
        `UPDATE commands SET state = 'EXPIRED', reason = CASE state WHEN 'ACKNOWLEDGED' THEN 'accepted, but no result before it expired' ELSE 'not acknowledged before it expired' END,
         done_ms = ?, updated_ms = ? WHERE ${OPEN_SQL} AND expires_ms <= ? RETURNING command_id, device_id`,
      ),
      nextExpiry: db.prepare(`SELECT min(expires_ms) FROM commands WHERE ${OPEN_SQL}`).pluck(),
      prune: db.prepare(`DELETE FROM commands WHERE done_ms IS NOT NULL AND done_ms < ?`),
      settings: db.prepare('SELECT heartbeat_interval_s, pre_event_buffer_s, sleep_after_idle_s FROM device_settings WHERE device_id = ?'),
      saveSettings: db.prepare(
        `INSERT INTO device_settings (device_id, heartbeat_interval_s, pre_event_buffer_s, sleep_after_idle_s, updated_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(device_id) DO UPDATE SET heartbeat_interval_s = excluded.heartbeat_interval_s, pre_event_buffer_s = excluded.pre_event_buffer_s,
         sleep_after_idle_s = excluded.sleep_after_idle_s, updated_ms = excluded.updated_ms`,
      ),
    };
  }

  insert(command: Command, issuedBy: string, nowMs: number): void {
    this.stmts.insert.run(command.commandId, command.deviceId, command.action.case, commandCodec.encode(command), issuedBy, command.issuedMs, command.expiresMs, nowMs);
  }

  get(commandId: string): CommandRecord | undefined {
    const row = this.stmts.get.get(commandId) as Row | undefined;
    return row === undefined ? undefined : toRecord(row);
  }

  /** Newest first. */
  ofDevice(deviceId: string, limit: number, offset: number): { total: number; commands: CommandRecord[] } {
    return {
      total: this.stmts.countDevice.get(deviceId) as number,
      commands: (this.stmts.ofDevice.all(deviceId, limit, offset) as Row[]).map(toRecord),
    };
  }

  openCount(deviceId: string): number {
    return this.stmts.openOf.get(deviceId) as number;
  }

  /** Not yet acknowledged by the camera (QUEUED or DELIVERED), oldest first: what may go again. */
  unacknowledged(deviceId: string): CommandRecord[] {
    return (this.stmts.unacknowledgedOf.all(deviceId) as Row[]).map(toRecord);
  }

  /** Cameras with commands not finished (at start: whose commands may need sending again). */
  devicesWithOpen(): string[] {
    return this.stmts.openDevices.all() as string[];
  }

  /** Each returns whether the state changed (a late or repeated report changes nothing). */
  delivered(commandId: string, nowMs: number): boolean {
    return this.stmts.delivered.run(nowMs, nowMs, commandId).changes > 0;
  }

  acknowledged(commandId: string, nowMs: number): boolean {
    return this.stmts.acknowledged.run(nowMs, nowMs, nowMs, commandId).changes > 0;
  }

  done(commandId: string, state: 'SUCCEEDED' | 'FAILED' | 'REJECTED', reason: string, nowMs: number): boolean {
    return this.stmts.done.run(state, reason, nowMs, nowMs, nowMs, commandId).changes > 0;
  }

  /** The earliest expiry of an open command (a read: no write lock), or null. */
  nextExpiry(): number | null {
    return (this.stmts.nextExpiry.get() as number | null) ?? null;
  }

  /** Open commands past their expiry become EXPIRED; returns them. */
  expire(nowMs: number): { commandId: string; deviceId: string }[] {
    return (this.stmts.expire.all(nowMs, nowMs, nowMs) as { command_id: string; device_id: string }[]).map((r) => ({ commandId: r.command_id, deviceId: r.device_id }));
  }

  /** Forgets finished commands older than `beforeMs` (the table stays bounded). */
  prune(beforeMs: number): number {
    return this.stmts.prune.run(beforeMs).changes;
  }

  settings(deviceId: string): DeviceSettings | undefined {
    const r = this.stmts.settings.get(deviceId) as { heartbeat_interval_s: number; pre_event_buffer_s: number; sleep_after_idle_s: number } | undefined;
    return r === undefined ? undefined : { heartbeatIntervalS: r.heartbeat_interval_s, preEventBufferS: r.pre_event_buffer_s, sleepAfterIdleS: r.sleep_after_idle_s };
  }

  saveSettings(deviceId: string, s: DeviceSettings, nowMs: number): void {
    this.stmts.saveSettings.run(deviceId, s.heartbeatIntervalS, s.preEventBufferS, s.sleepAfterIdleS, nowMs);
  }
}
