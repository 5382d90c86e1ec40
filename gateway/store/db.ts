/**
 * Opens the gateway's SQLite database (better-sqlite3 12.x) in WAL mode. synchronous=FULL by
 * default: a commit is on disk before any device is told its message is stored (PUBACK, serial
 * Ack). `normal` survives a process crash but not a power cut, and is faster.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { GatewayError } from '../errors.js';
import { SCHEMA, SCHEMA_VERSION } from './schema.js';

export type Db = Database.Database;
export type SyncMode = 'full' | 'normal';

export function openDb(dataDir: string, sync: SyncMode = 'full'): Db {
  try {
    mkdirSync(dataDir, { recursive: true });
    const db = new Database(join(dataDir, 'gateway.db'));
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrateKeysV1(db);
    db.exec(SCHEMA);
    const version = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get() as string | undefined;
    if (version === undefined) db.prepare(`INSERT INTO meta(key, value) VALUES ('schema_version', ?)`).run(String(SCHEMA_VERSION));
    else if (Number(version) === 1) db.prepare(`UPDATE meta SET value = ? WHERE key = 'schema_version'`).run(String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) {
      throw new GatewayError('STORE_FAILED', `${dataDir}: schema version ${version}, this gateway needs ${SCHEMA_VERSION}`);
    }
    backfillOutbox(db);
    return db;
  } catch (error) {
    if (error instanceof GatewayError) throw error;
    throw new GatewayError('STORE_FAILED', `cannot open the store in ${dataDir}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Schema 1 kept one telemetry_keys table keyed by (device, boot, seq) with a content hash. Schema 2
 * splits it into the append-only key log and the index (store/seq-index.ts): copied once, in one
 * transaction, on the first start of this version.
 */
function migrateKeysV1(db: Db): void {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('telemetry_keys')`).pluck().all() as string[];
  if (!columns.includes('hash')) return;
  db.transaction(() => {
    db.exec('ALTER TABLE telemetry_keys RENAME TO telemetry_keys_v1');
    db.exec(SCHEMA);
    db.exec(`INSERT INTO telemetry_keys(input_id, item, device_id, boot_id, seq)
             SELECT input_id, item, device_id, boot_id, seq FROM telemetry_keys_v1 ORDER BY input_id, item`);
    db.exec(`INSERT INTO telemetry_index(device_id, boot_id, seq, input_id, item)
             SELECT device_id, boot_id, seq, input_id, item FROM telemetry_keys_v1`);
    db.exec(`INSERT INTO meta(key, value) VALUES ('seq_index_input_id', (SELECT coalesce(max(id), 0) FROM inputs))
             ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    db.exec('DROP TABLE telemetry_keys_v1');
  })();
}

/** A store from before the outbox: its revisions enter the outbox once, in the order they were made. */
function backfillOutbox(db: Db): void {
  const empty = db.prepare('SELECT 1 FROM alert_outbox LIMIT 1').get() === undefined;
  if (!empty || db.prepare('SELECT 1 FROM alert_revisions LIMIT 1').get() === undefined) return;
  db.exec(`INSERT INTO alert_outbox(alert_id, revision, revised_ms)
           SELECT alert_id, revision, revised_ms FROM alert_revisions ORDER BY revised_ms, alert_id, revision`);
}
