/**
 * The dedupe index (store/seq-index.ts) against a plain Set model: random keys in and out of
 * order, sorted flushes in small slices, failed commits rolled back, and restarts part-way
 * through a flush. What it says is stored must be exactly what was committed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Db, openDb } from '../../gateway/store/db.js';
import { SeqIndex, storedKeys } from '../../gateway/store/seq-index.js';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { telemetry } from '../helpers/gateway.js';

type Op =
  | { type: 'commit'; keys: [number, number, number][]; fail: boolean }
  | { type: 'restart' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('commit' as const), keys: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 40 })), { maxLength: 12 }), fail: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
);

/** The input a key belongs to (a restart decodes the inputs after the index's watermark). */
function inputRow(db: Db, deviceId: string, bootId: number, seq: number): number {
  const payload = telemetryCodec.encode(telemetry(deviceId, seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } }, bootId, 1_800_000_000_000));
  return Number(db.prepare(`INSERT INTO inputs(received_ms, kind, transport, payload) VALUES (0, 'telemetry', 'mqtt', ?)`).run(payload).lastInsertRowid);
}

describe('SeqIndex', () => {
  it('says a key is stored exactly when a committed write stored it, across flushes, failures and restarts', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const dir = mkdtempSync(join(tmpdir(), 'bwc-seqidx-'));
        let db = openDb(dir, 'normal');
        const options = { flushAtKeys: 5, sliceKeys: 3, flushAfterMs: 60_000 };
        let index = new SeqIndex(db, options);
        const model = new Set<string>();
        try {
          for (const op of ops) {
            if (op.type === 'restart') {
              db.close();
              db = openDb(dir, 'normal');
              index = new SeqIndex(db, options);
              continue;
            }
            const added: string[] = [];
            index.begin();
            try {
              db.transaction(() => {
                for (const [d, b, s] of op.keys) {
                  const id = `cam-${d}/${b}/${s}`;
                  if (index.locate(`cam-${d}`, b, s) !== -1) {
                    expect(model.has(id) || added.includes(id), `${id} said stored`).toBe(true);
                    continue;
                  }
                  expect(model.has(id), `${id} said new`).toBe(false);
                  index.add(`cam-${d}`, b, s, inputRow(db, `cam-${d}`, b, s), 0);
                  added.push(id);
                }
                index.flushSlice();
                if (op.fail) throw new Error('disk full');
              })();
              index.commit();
              for (const id of added) model.add(id);
            } catch (error) {
              if ((error as Error).message !== 'disk full') throw error;
              index.rollback();
            }
          }
          for (let d = 0; d <= 3; d++)
            for (let b = 1; b <= 2; b++)
              for (let s = 1; s <= 40; s++) expect(index.locate(`cam-${d}`, b, s) !== -1, `cam-${d}/${b}/${s}`).toBe(model.has(`cam-${d}/${b}/${s}`));
          for (let d = 0; d <= 3; d++) {
            let n = 0;
            while (model.has(`cam-${d}/1/${n + 1}`)) n++;
            expect(index.contiguous(`cam-${d}`, 1)).toBe(n);
          }
        } finally {
          db.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('writes the index in sorted slices and moves the watermark only when a flush is complete', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bwc-seqidx-'));
    const db = openDb(dir, 'normal');
    try {
      const index = new SeqIndex(db, { flushAtKeys: 10, sliceKeys: 4, flushAfterMs: 60_000 });
      const commit = (fn: () => void): void => {
        index.begin();
        db.transaction(() => {
          fn();
          index.flushSlice();
        })();
        index.commit();
      };
      commit(() => {
        for (let s = 1; s <= 10; s++) index.add(`cam-${s % 2}`, 1, s, inputRow(db, `cam-${s % 2}`, 1, s), 0);
      });
      const indexed = (): number => storedKeys(db).length - index.pending;
      expect(indexed()).toBe(5); // the first slice: 4 keys, rounded up to finish cam-0's block
      expect(index.indexedUpTo).toBe(0);
      commit(() => undefined); // cam-1's block: the cycle is complete
      expect(indexed()).toBe(10);
      expect(index.indexedUpTo).toBe(10);
      expect(index.pending).toBe(0);
      expect(db.prepare('SELECT count(*) FROM seq_blocks').pluck().get()).toBe(2); // one block per camera
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('moves a schema-1 store (one telemetry_keys row per message) into the block index on first open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bwc-seqidx-'));
    try {
      let db = openDb(dir, 'normal');
      db.exec(`DROP TABLE seq_blocks; DELETE FROM meta WHERE key = 'seq_index_input_id'; UPDATE meta SET value = '1' WHERE key = 'schema_version';
        CREATE TABLE telemetry_keys (device_id TEXT NOT NULL, boot_id INTEGER NOT NULL, seq INTEGER NOT NULL, input_id INTEGER NOT NULL,
          item INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (device_id, boot_id, seq)) WITHOUT ROWID;`);
      const put = db.prepare('INSERT INTO telemetry_keys VALUES (?, ?, ?, ?, 0, x\'00\')');
      for (const seq of [1, 2, 3, 70, 130]) put.run('cam-v1', 4, seq, inputRow(db, 'cam-v1', 4, seq));
      db.close();
      db = openDb(dir, 'normal');
      expect(db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).pluck().get()).toBe('2');
      expect(storedKeys(db, 'cam-v1').map((k) => k.seq)).toEqual([1, 2, 3, 70, 130]);
      const index = new SeqIndex(db);
      expect(index.pending).toBe(0);
      expect(index.contiguous('cam-v1', 4)).toBe(3);
      expect(index.locate('cam-v1', 4, 130)).not.toBe(-1);
      expect(index.locate('cam-v1', 4, 131)).toBe(-1);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
