/**
 * The ledger rule: every test camera logs each (device, boot, seq, sha256 of payload) it saw
 * acknowledged. "Nothing lost" means every logged record is in the store exactly once and
 * byte-identical. Unacknowledged records may be retried.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { createHash } from 'node:crypto';
import { openDb } from '../../gateway/store/db.js';

export class Ledger {
  readonly acked = new Map<string, string>();

  record(deviceId: string, bootId: number, seq: number, payload: Uint8Array): void {
    this.acked.set(`${deviceId}|${bootId}|${seq}`, createHash('sha256').update(payload).digest('hex'));
  }

  get size(): number {
    return this.acked.size;
  }

  /** Checks the store (open it while the gateway is down or in WAL read mode). */
  verify(dataDir: string): { checked: number; lost: number; altered: number; duplicatesStored: number; integrity: string } {
    const db = openDb(dataDir, 'normal');
    try {
      const keys = storedKeys(db);
      const where = new Map(keys.map((k) => [`${k.deviceId}|${k.bootId}|${k.seq}`, k.inputId]));
      const stmt = db.prepare('SELECT payload, kind FROM inputs WHERE id = ?');
      let lost = 0;
      let altered = 0;
      for (const [key, sha] of this.acked) {
        const [id, boot, seq] = key.split('|');
        const inputId = where.get(`${id}|${Number(boot)}|${Number(seq)}`);
        const row = inputId === undefined ? undefined : (stmt.get(inputId) as { payload: Buffer; kind: string } | undefined);
        if (row === undefined) lost++;
        else if (row.kind === 'telemetry' && createHash('sha256').update(row.payload).digest('hex') !== sha) altered++;
      }
      // A single message stored twice would be a second input row whose key points elsewhere.
      const referenced = new Set(keys.map((k) => k.inputId));
      const duplicatesStored = (db.prepare(`SELECT id FROM inputs WHERE kind = 'telemetry'`).pluck().all() as number[]).filter((id) => !referenced.has(id)).length;
      const integrity = db.pragma('integrity_check', { simple: true }) as string;
      return { checked: this.acked.size, lost, altered, duplicatesStored, integrity };
    } finally {
      db.close();
    }
  }
}
