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
import { SeqIndex } from '../../gateway/store/seq-index.js';

type Op =
  | { type: 'commit'; keys: [number, number, number][]; fail: boolean }
  | { type: 'restart' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('commit' as const), keys: fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 40 })), { maxLength: 12 }), fail: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ type: 'restart' as const }) },
);

function inputRow(db: Db): number {
  return Number(db.prepare(`INSERT INTO inputs(received_ms, kind, transport) VALUES (0, 'telemetry', 'mqtt')`).run().lastInsertRowid);
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
                  index.add(`cam-${d}`, b, s, inputRow(db), 0);
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
        for (let s = 1; s <= 10; s++) index.add(`cam-${s % 2}`, 1, s, inputRow(db), 0);
      });
      const count = (): number => db.prepare('SELECT count(*) FROM telemetry_index').pluck().get() as number;
      expect(count()).toBe(4); // the first slice
      expect(index.indexedUpTo).toBe(0);
      commit(() => undefined);
      commit(() => undefined);
      expect(count()).toBe(10);
      expect(index.indexedUpTo).toBe(10);
      expect(index.pending).toBe(0);
      expect(db.prepare('SELECT count(*) FROM telemetry_keys').pluck().get()).toBe(10);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
