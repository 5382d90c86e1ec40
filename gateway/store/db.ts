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
import { BLOCK } from './seq-index.js';

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
    addColumns(db, 'devices', ['prev_salt BLOB', 'prev_hash BLOB', 'prev_scrypt_n INTEGER', 'prev_until_ms INTEGER']);
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
 * Schema 1 kept a telemetry_keys table with one row per (device, boot, seq) and a content hash:
 * a random B-tree insert per message. Schema 2 keeps the same facts in seq_blocks (seq-index.ts),
 * built from it once, in one transaction, on the first start of this version.
 */
function migrateKeysV1(db: Db): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (!tables.includes('telemetry_keys')) return;
  const columns = db.prepare(`SELECT name FROM pragma_table_info('telemetry_keys')`).pluck().all() as string[];
  db.transaction(() => {
    db.exec(SCHEMA);
    if (columns.includes('hash')) {
      const put = db.prepare('INSERT INTO seq_blocks(device_id, boot_id, block, locs) VALUES (?, ?, ?, ?)');
      let current: { d: string; b: number; block: number; locs: Buffer } | null = null;
      // In pages (writing while a statement iterates is not allowed), in key order.
      const page = db.prepare(
        `SELECT device_id, boot_id, seq, input_id, item FROM telemetry_keys WHERE (device_id, boot_id, seq) > (?, ?, ?)
         ORDER BY device_id, boot_id, seq LIMIT 10000`,
      ).raw();
      let after: [string, number, number] = ['', -1, -1];
      for (;;) {
        const rows = page.all(...after) as [string, number, number, number, number][];
        for (const [d, b, seq, inputId, item] of rows) {
          const block = Math.floor(seq / BLOCK);
          if (current === null || current.d !== d || current.b !== b || current.block !== block) {
            if (current !== null) put.run(current.d, current.b, current.block, current.locs);
            current = { d, b, block, locs: Buffer.alloc(BLOCK * 8) };
          }
          current.locs.writeDoubleLE(inputId * 65_536 + item + 1, (seq % BLOCK) * 8);
        }
        if (rows.length < 10000) break;
        const last = rows[rows.length - 1]!;
        after = [last[0], last[1], last[2]];
      }
      if (current !== null) put.run(current.d, current.b, current.block, current.locs);
      db.exec(`INSERT INTO meta(key, value) VALUES ('seq_index_input_id', (SELECT coalesce(max(id), 0) FROM inputs))
               ON CONFLICT(key) DO UPDATE SET value = excluded.value`);
    } else db.exec(`DELETE FROM meta WHERE key = 'seq_index_input_id'`); // a development layout: rebuilt from the inputs
    db.exec('DROP TABLE telemetry_keys');
    db.exec('DROP TABLE IF EXISTS telemetry_index');
  })();
}

/** A store from before the outbox: its revisions enter the outbox once, in the order they were made. */
function backfillOutbox(db: Db): void {
  const empty = db.prepare('SELECT 1 FROM alert_outbox LIMIT 1').get() === undefined;
  if (!empty || db.prepare('SELECT 1 FROM alert_revisions LIMIT 1').get() === undefined) return;
  db.exec(`INSERT INTO alert_outbox(alert_id, revision, revised_ms)
           SELECT alert_id, revision, revised_ms FROM alert_revisions ORDER BY revised_ms, alert_id, revision`);
}

/** Columns added to a table after its first release (CREATE TABLE IF NOT EXISTS keeps the old shape). */
function addColumns(db: Db, table: string, columns: readonly string[]): void {
  const have = new Set(db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]);
  for (const c of columns) if (!have.has(c.split(' ')[0]!)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${c}`);
}
