/**
 * Triage notes on alerts: who is on it (assignee) and what people said (comments). Stored
 * append-only next to the alert's revisions, so the history shows every assignment and comment
 * with who made it and when. Bounded per request by the API (comment length, ids per call).
 */
import type { Db } from './db.js';

export interface AlertNote {
  id: number;
  alertId: string;
  atMs: number;
  by: string;
  /** Set on an assignment ('' unassigns); undefined on a comment only. */
  assignee?: string;
  comment: string;
}

interface Row {
  id: number;
  alert_id: string;
  at_ms: number;
  by_name: string;
  assignee: string | null;
  comment: string;
}

const toNote = (r: Row): AlertNote => ({ id: r.id, alertId: r.alert_id, atMs: r.at_ms, by: r.by_name, ...(r.assignee === null ? {} : { assignee: r.assignee }), comment: r.comment });

export class AlertNotes {
  private readonly stmts;

  constructor(db: Db) {
    this.stmts = {
      add: db.prepare('INSERT INTO alert_notes (alert_id, at_ms, by_name, assignee, comment) VALUES (?, ?, ?, ?, ?)'),
      of: db.prepare('SELECT * FROM alert_notes WHERE alert_id = ? ORDER BY id'),
      assignee: db.prepare('SELECT assignee FROM alert_notes WHERE alert_id = ? AND assignee IS NOT NULL ORDER BY id DESC LIMIT 1').pluck(),
    };
  }

  add(alertId: string, atMs: number, by: string, note: { assignee?: string | undefined; comment?: string | undefined }): AlertNote {
    const comment = note.comment ?? '';
    const info = this.stmts.add.run(alertId, atMs, by, note.assignee ?? null, comment);
    return { id: Number(info.lastInsertRowid), alertId, atMs, by, ...(note.assignee === undefined ? {} : { assignee: note.assignee }), comment };
  }

  of(alertId: string): AlertNote[] {
    return (this.stmts.of.all(alertId) as Row[]).map(toNote);
  }

  /** Current assignee of each alert that has one ('' after an unassignment is left out). */
  assignees(alertIds: readonly string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const id of alertIds) {
      const a = this.stmts.assignee.get(id) as string | undefined;
      if (a) out[id] = a;
    }
    return out;
  }
}
