/**
 * store/disk-sync.ts: with --sync full, a commit's writes are acknowledged only after the worker
 * thread has synced the WAL; syncs are grouped; if the worker dies, the main connection goes back
 * to synchronous=FULL and whoever waited is released after a sync on the main thread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../gateway/log.js';
import { type Db, openDb } from '../../gateway/store/db.js';
import { DiskSync } from '../../gateway/store/disk-sync.js';
import { StoreWriter } from '../../gateway/store/writer.js';

describe('DiskSync', () => {
  let dir = '';
  let db: Db | undefined;
  afterEach(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const tick = (): NewInputLike => ({ receivedMs: 1, kind: 'tick', transport: 'gateway', topic: null, deviceId: null, payload: null, records: [{ type: 'tick', receivedMs: 1 }], keys: [] });
  type NewInputLike = Parameters<StoreWriter['submitInput']>[0];

  it('acknowledges a commit only after the worker synced the WAL, grouping commits made meanwhile', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bwc-sync-'));
    db = openDb(dir, 'full');
    const sync = new DiskSync(db, silentLogger, 60_000);
    sync.start();
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL: COMMIT does not fsync
    const writer = new StoreWriter(db, { afterCommit: (done) => sync.afterCommit(done), minCommitIntervalMs: 0 });
    const acked: number[] = [];
    for (let i = 0; i < 3; i++) {
      writer.submitInput(tick(), (error) => {
        expect(error).toBeNull();
        acked.push(i);
      });
      writer.flush(); // three commits
    }
    expect(writer.stats.commits).toBe(3);
    expect(acked).toEqual([]); // committed, not yet known to be on disk
    for (let i = 0; i < 200 && acked.length < 3; i++) await new Promise((r) => setTimeout(r, 5));
    expect(acked).toEqual([0, 1, 2]);
    expect(sync.stats.syncs).toBeGreaterThanOrEqual(1);
    expect(sync.stats.syncs).toBeLessThanOrEqual(2); // the 2nd and 3rd commits share one sync
    await sync.stop();
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL again
  });

  it('falls back to synchronous=FULL when the worker dies, releasing what waited', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bwc-sync-'));
    db = openDb(dir, 'full');
    const sync = new DiskSync(db, silentLogger, 60_000);
    sync.start();
    const worker = (sync as unknown as { worker: { terminate(): Promise<number> } }).worker;
    const writer = new StoreWriter(db, { afterCommit: (done) => sync.afterCommit(done), minCommitIntervalMs: 0 });
    let acked = false;
    writer.submitInput(tick(), (error) => {
      expect(error).toBeNull();
      acked = true;
    });
    writer.flush();
    await worker.terminate();
    for (let i = 0; i < 200 && !acked; i++) await new Promise((r) => setTimeout(r, 5));
    expect(acked).toBe(true);
    expect(sync.active).toBe(false);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  });
});
