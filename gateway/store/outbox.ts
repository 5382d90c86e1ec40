/**
 * Reading the alert outbox: every stored revision in commit order, numbered by `seq`. Viewers
 * resume from the last seq they saw (SSE Last-Event-ID, GET /api/alerts?since=, a persistent
 * MQTT session's cursor), so a revision made while they were away, or while the gateway was
 * down, still reaches them. Writes go through the StoreWriter (writer.ts).
 */
import { alertCodec } from '../decode/codec.js';
import type { Alert } from '../model/domain.js';
import type { Db } from './db.js';

export interface OutboxEntry {
  seq: number;
  /** The revision, with `seq` set. */
  alert: Alert;
}

export class AlertOutbox {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      after: db.prepare(
        `SELECT o.seq AS seq, r.payload AS payload FROM alert_outbox o
         JOIN alert_revisions r ON r.alert_id = o.alert_id AND r.revision = o.revision
         WHERE o.seq > ? ORDER BY o.seq LIMIT ?`,
      ),
      last: db.prepare('SELECT coalesce(max(seq), 0) FROM alert_outbox').pluck(),
      cursor: db.prepare('SELECT seq FROM viewer_cursors WHERE client_id = ?').pluck(),
      createCursor: db.prepare('INSERT OR IGNORE INTO viewer_cursors(client_id, seq, updated_ms) VALUES (?, ?, ?)'),
      deleteCursor: db.prepare('DELETE FROM viewer_cursors WHERE client_id = ?'),
      cursors: db.prepare('SELECT count(*) FROM viewer_cursors').pluck(),
    };
  }

  /** The highest seq committed (0 when empty). */
  lastSeq(): number {
    return Number(this.stmts.last.get());
  }

  /** Up to `limit` entries after `seq`, oldest first. */
  after(seq: number, limit: number): OutboxEntry[] {
    const rows = this.stmts.after.all(seq, limit) as { seq: number; payload: Buffer }[];
    const out: OutboxEntry[] = [];
    for (const row of rows) {
      const decoded = alertCodec.decode(row.payload);
      if (decoded.ok) out.push({ seq: row.seq, alert: { ...decoded.value, seq: row.seq } });
    }
    return out;
  }

  /** A persistent MQTT session's position; a new session starts at the current end. */
  cursorOf(clientId: string, nowMs: number): number {
    const seq = this.stmts.cursor.get(clientId) as number | undefined;
    if (seq !== undefined) return seq;
    const last = this.lastSeq();
    this.stmts.createCursor.run(clientId, last, nowMs);
    return last;
  }

  /** A clean-session CONNECT ends the stored session. */
  forgetCursor(clientId: string): void {
    this.stmts.deleteCursor.run(clientId);
  }

  get cursorCount(): number {
    return Number(this.stmts.cursors.get());
  }
}
