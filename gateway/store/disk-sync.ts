/**
 * Durability off the event loop. With `--sync full` (the default) every commit must be on disk
 * before its writes are acknowledged. SQLite would fsync the WAL inside COMMIT, blocking the
 * event loop ~1-2 ms per commit on this machine (measured: 40 % of the external-broker mode's
 * time). Instead the main connection commits with synchronous=NORMAL (no fsync), and a worker
 * thread fdatasyncs the WAL file; a commit's writes are acknowledged when a sync that began
 * after the commit has finished. Syncs are grouped: one in progress at a time, every commit made
 * meanwhile waits for the next. fsync flushes the file's pages whoever wrote them, and SQLite's
 * WAL recovery keeps only whole committed transactions, so what was acknowledged survives a
 * power cut exactly as with synchronous=FULL.
 *
 * The same worker runs the WAL checkpoints (PASSIVE, every second, on its own connection), so
 * the copy into the database file and its fsync never stall a commit either. If the worker
 * fails, the main connection goes back to synchronous=FULL and automatic checkpoints.
 */
import { fdatasyncSync, openSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log.js';
import type { Db } from './db.js';

export const DISK_SYNC_DEFAULTS = {
  /** A PASSIVE checkpoint every second: the WAL holds about a second of writes. */
  checkpointIntervalMs: 1000,
  /** What the main connection falls back to without the worker (SQLite's default, in pages). */
  fallbackAutocheckpointPages: 1000,
};

// Plain JavaScript, evaluated as CommonJS in the thread (no TypeScript loader needed there).
const WORKER = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
db.pragma('synchronous = FULL');
let fd = -1, ino = -1;
function sync() {
  let st;
  try { st = fs.statSync(workerData.wal); } catch { return; } // no WAL: nothing written since it was reset
  if (fd === -1 || st.ino !== ino) {
    if (fd !== -1) fs.closeSync(fd);
    fd = fs.openSync(workerData.wal, 'r');
    ino = st.ino;
  }
  fs.fdatasyncSync(fd);
}
parentPort.on('message', (m) => {
  if (m.type === 'sync') {
    try { sync(); parentPort.postMessage({ type: 'synced', id: m.id }); }
    catch (error) { parentPort.postMessage({ type: 'sync-failed', id: m.id, message: String(error && error.message) }); }
  } else if (m.type === 'stop') {
    clearInterval(timer);
    if (fd !== -1) fs.closeSync(fd);
    db.close();
    parentPort.close();
  }
});
const timer = setInterval(() => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ type: 'checkpoint', log: r.log });
  } catch (error) {
    parentPort.postMessage({ type: 'checkpoint-failed', message: String(error && error.message) });
  }
}, workerData.intervalMs);
`;

type Reply = { type: 'synced' | 'sync-failed'; id: number; message?: string } | { type: 'checkpoint'; log: number } | { type: 'checkpoint-failed'; message: string };

export class DiskSync {
  private worker: Worker | null = null;
  private nextId = 1;
  /** The sync in progress and who waits for it; commits made meanwhile wait for the next one. */
  private inProgress: { id: number; waiters: ((error: Error | null) => void)[] } | null = null;
  private next: ((error: Error | null) => void)[] = [];
  readonly stats = { syncs: 0, checkpoints: 0, walPages: 0, errors: 0 };

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
    private readonly intervalMs = DISK_SYNC_DEFAULTS.checkpointIntervalMs,
  ) {}

  /** True while commits are made durable here (and not by SQLite in COMMIT). */
  get active(): boolean {
    return this.worker !== null;
  }

  start(): void {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(WORKER, { eval: true, workerData: { driver, path: this.db.name, wal: `${this.db.name}-wal`, intervalMs: this.intervalMs } });
    worker.unref();
    this.worker = worker;
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('wal_autocheckpoint = 0');
    worker.on('message', (m: Reply) => this.onReply(m));
    worker.on('error', (error) => this.fallBack(`disk sync worker failed: ${error.message}`));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fallBack(`disk sync worker exited (${code})`);
    });
  }

  /** Calls `done` once everything committed so far is on disk. */
  afterCommit(done: (error: Error | null) => void): void {
    if (this.worker === null) return done(null); // SQLite synced in COMMIT (fallback or --sync normal)
    this.next.push(done);
    if (this.inProgress === null) this.send();
  }

  private send(): void {
    const id = this.nextId++;
    this.inProgress = { id, waiters: this.next };
    this.next = [];
    this.worker!.postMessage({ type: 'sync', id });
  }

  private onReply(m: Reply): void {
    if (m.type === 'checkpoint') {
      this.stats.checkpoints++;
      this.stats.walPages = m.log;
      return;
    }
    if (m.type === 'checkpoint-failed') {
      this.stats.errors++;
      this.log.warn({ err: m.message }, 'WAL checkpoint failed; retrying in a second');
      return;
    }
    const done = this.inProgress;
    if (done === null || done.id !== m.id) return;
    this.inProgress = null;
    this.stats.syncs++;
    const error = m.type === 'sync-failed' ? new Error(`fdatasync of the WAL failed: ${m.message}`) : null;
    if (this.next.length > 0) this.send();
    for (const w of done.waiters) w(error);
  }

  /** Without the worker: SQLite syncs in COMMIT again; what waits is synced here, once. */
  private fallBack(why: string): void {
    this.worker = null;
    const waiting = [...(this.inProgress?.waiters ?? []), ...this.next];
    this.inProgress = null;
    this.next = [];
    if (this.db.open) {
      this.log.warn({ why }, 'disk sync back on the main connection (synchronous=FULL)');
      this.db.pragma('synchronous = FULL');
      this.db.pragma(`wal_autocheckpoint = ${DISK_SYNC_DEFAULTS.fallbackAutocheckpointPages}`);
    }
    let error: Error | null = null;
    try {
      const fd = openSync(`${this.db.name}-wal`, 'r');
      fdatasyncSync(fd);
      closeSync(fd);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') error = e as Error;
    }
    for (const w of waiting) w(error);
  }

  /** Stops the worker once nothing waits (before the main connection closes). */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker === null) return;
    if (this.inProgress !== null || this.next.length > 0) await new Promise<void>((resolve) => this.afterCommit(() => resolve()));
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'stop' });
      setTimeout(() => void worker.terminate(), 2000).unref();
    });
    if (this.db.open) {
      this.db.pragma('synchronous = FULL');
      this.db.pragma(`wal_autocheckpoint = ${DISK_SYNC_DEFAULTS.fallbackAutocheckpointPages}`);
    }
  }
}
