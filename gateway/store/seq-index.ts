/**
 * Where each stored (device, boot, seq) is, for dedupe, without a SELECT or a random B-tree
 * insert per message.
 *
 *   memory   per (device, boot): the highest seq stored (the high-water mark) and the seqs not yet
 *            in the index (`pending`, seq -> input id and item). A seq above the mark is new: no
 *            look-up at all, which is every message of a camera sending in order.
 *   log      `telemetry_keys`, one row per stored key in the order stored (appended in the same
 *            commit as the input, so it is as durable as the message).
 *   index    `telemetry_index`, keyed by (device, boot, seq), written behind the log in sorted
 *            slices (a camera's keys land together, so a slice touches few pages: the random
 *            insert per message cost ~2 KB of WAL). `meta.seq_index_input_id` = W says every key
 *            of inputs <= W is in it; on start the log after W is read back into `pending`.
 *
 * A seq at or below the mark that is not pending is looked up in the index (a camera resending
 * after reconnecting, or store-and-forward backlog arriving out of order). Memory is bounded:
 * flushes keep `pending` under about flushAtKeys + one cycle, and boots whose keys are all indexed
 * are forgotten beyond maxBoots (their mark is read again from the index when next seen).
 *
 * All changes made during a commit are undone if the commit fails (`rollback`).
 */
import type { Db } from './db.js';

export const SEQ_INDEX_DEFAULTS = {
  /** Start a sorted flush into the index once 20,000 keys are pending: ~100 keys a camera at
   *  200 cameras, so each camera's slice of the B-tree is one or two pages. */
  flushAtKeys: 20_000,
  /** ...or once the oldest pending key is 30 s old, so a quiet gateway's index stays current. */
  flushAfterMs: 30_000,
  /** 2,000 keys written per commit while a flush runs: a few ms added to a commit, no extra fsync. */
  sliceKeys: 2_000,
  /** 100,000 (device, boot) marks kept in memory; older fully indexed ones are forgotten. */
  maxBoots: 100_000,
};

export type SeqIndexOptions = typeof SEQ_INDEX_DEFAULTS;

/** Input id and item packed in one number (a batch holds far fewer than 65,536 items). */
const pack = (inputId: number, item: number): number => inputId * 65_536 + item;
export const unpack = (loc: number): { inputId: number; item: number } => ({ inputId: Math.floor(loc / 65_536), item: loc % 65_536 });

interface Boot {
  deviceId: string;
  bootId: number;
  max: number;
  pending: Map<number, number>;
}

type Undo =
  | { type: 'add'; boot: Boot; seq: number; prevMax: number }
  | { type: 'indexed'; boot: Boot; seq: number; loc: number };

interface Cycle {
  entries: { boot: Boot; seq: number; loc: number }[];
  next: number;
  /** When the cycle is written, every key of inputs <= upTo is indexed. */
  upTo: number;
}

export class SeqIndex {
  private readonly devices = new Map<string, Map<number, Boot>>();
  private bootCount = 0;
  private pendingCount = 0;
  private oldestPendingMs = 0;
  private lastInputId = 0;
  private cycle: Cycle | null = null;
  private undo: Undo[] | null = null;
  private cycleBefore: { cycle: Cycle | null; next: number; lastInputId: number } | null = null;
  private readonly options: SeqIndexOptions;
  private readonly stmts;
  /** Index look-ups made (seq at or below the mark and not pending): the slow path. */
  lookups = 0;

  constructor(
    private readonly db: Db,
    options: Partial<SeqIndexOptions> = {},
  ) {
    this.options = { ...SEQ_INDEX_DEFAULTS, ...options };
    this.stmts = {
      max: db.prepare('SELECT max(seq) FROM telemetry_index WHERE device_id = ? AND boot_id = ?').pluck(),
      find: db.prepare('SELECT input_id, item FROM telemetry_index WHERE device_id = ? AND boot_id = ? AND seq = ?').raw(),
      insertLog: db.prepare('INSERT INTO telemetry_keys(input_id, item, device_id, boot_id, seq) VALUES (?, ?, ?, ?, ?)'),
      insertIndex: db.prepare('INSERT OR IGNORE INTO telemetry_index(device_id, boot_id, seq, input_id, item) VALUES (?, ?, ?, ?, ?)'),
      watermark: db.prepare(`SELECT value FROM meta WHERE key = 'seq_index_input_id'`).pluck(),
      setWatermark: db.prepare(`INSERT INTO meta(key, value) VALUES ('seq_index_input_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      has1: db.prepare('SELECT 1 FROM telemetry_index WHERE device_id = ? AND boot_id = ? AND seq = 1'),
      firstGap: db
        .prepare(
          `SELECT min(k.seq) FROM telemetry_index k WHERE k.device_id = ? AND k.boot_id = ?
           AND NOT EXISTS (SELECT 1 FROM telemetry_index n WHERE n.device_id = k.device_id AND n.boot_id = k.boot_id AND n.seq = k.seq + 1)`,
        )
        .pluck(),
      tail: db.prepare('SELECT input_id, item, device_id, boot_id, seq FROM telemetry_keys WHERE input_id > ? ORDER BY input_id, item').raw(),
    };
    this.rebuild();
  }

  /** Every key of inputs up to this id is in the index table. */
  get indexedUpTo(): number {
    return Number((this.stmts.watermark.get() as string | undefined) ?? 0);
  }

  get pending(): number {
    return this.pendingCount;
  }

  /** Keys the log holds beyond the index's watermark go back into memory. */
  private rebuild(): void {
    for (const [inputId, item, deviceId, bootId, seq] of this.stmts.tail.iterate(this.indexedUpTo) as Iterable<[number, number, string, number, number]>) {
      const boot = this.boot(deviceId, bootId);
      if (!boot.pending.has(seq)) this.pendingCount++;
      boot.pending.set(seq, pack(inputId, item));
      if (seq > boot.max) boot.max = seq;
      this.lastInputId = inputId;
    }
    if (this.pendingCount > 0) this.oldestPendingMs = Date.now();
  }

  private boot(deviceId: string, bootId: number): Boot {
    let boots = this.devices.get(deviceId);
    if (boots === undefined) {
      boots = new Map();
      this.devices.set(deviceId, boots);
    }
    let boot = boots.get(bootId);
    if (boot === undefined) {
      if (this.bootCount >= this.options.maxBoots) this.forgetIndexed();
      const max = (this.stmts.max.get(deviceId, bootId) as number | null) ?? 0;
      boot = { deviceId, bootId, max, pending: new Map() };
      boots.set(bootId, boot);
      this.bootCount++;
    }
    return boot;
  }

  /** Forgets a tenth of the boots whose keys are all indexed (the oldest seen first). */
  private forgetIndexed(): void {
    let toForget = Math.ceil(this.options.maxBoots / 10);
    for (const [deviceId, boots] of this.devices) {
      for (const [bootId, boot] of boots) {
        if (boot.pending.size > 0 || this.cycle !== null) continue;
        boots.delete(bootId);
        this.bootCount--;
        toForget--;
      }
      if (boots.size === 0) this.devices.delete(deviceId);
      if (toForget <= 0) return;
    }
  }

  /** Where (device, boot, seq) is stored, or -1. Call inside the commit's transaction. */
  locate(deviceId: string, bootId: number, seq: number): number {
    const boot = this.boot(deviceId, bootId);
    if (seq > boot.max) return -1;
    const loc = boot.pending.get(seq);
    if (loc !== undefined) return loc;
    this.lookups++;
    const row = this.stmts.find.get(deviceId, bootId, seq) as [number, number] | undefined;
    return row === undefined ? -1 : pack(row[0], row[1]);
  }

  /** Records a stored key: appended to the log now, indexed later. Call inside the transaction. */
  add(deviceId: string, bootId: number, seq: number, inputId: number, item: number): void {
    this.stmts.insertLog.run(inputId, item, deviceId, bootId, seq);
    const boot = this.boot(deviceId, bootId);
    this.undo?.push({ type: 'add', boot, seq, prevMax: boot.max });
    if (this.pendingCount === 0) this.oldestPendingMs = Date.now();
    boot.pending.set(seq, pack(inputId, item));
    this.pendingCount++;
    if (seq > boot.max) boot.max = seq;
    if (inputId > this.lastInputId) this.lastInputId = inputId;
  }

  /** Highest n such that seqs 1..n of (device, boot) are all stored (0 if seq 1 is not). */
  contiguous(deviceId: string, bootId: number): number {
    // The index's first gap (one range scan), then on through pending keys and the index.
    let n = this.stmts.has1.get(deviceId, bootId) === undefined ? 0 : ((this.stmts.firstGap.get(deviceId, bootId) as number | null) ?? 0);
    while (this.locate(deviceId, bootId, n + 1) !== -1) n++;
    return n;
  }

  /** Starts tracking a commit's changes, so a failed commit can be undone. */
  begin(): void {
    this.undo = [];
    this.cycleBefore = { cycle: this.cycle, next: this.cycle?.next ?? 0, lastInputId: this.lastInputId };
  }

  /** The commit is durable: its changes stay. */
  commit(): void {
    this.undo = null;
    this.cycleBefore = null;
  }

  /** The commit failed: memory goes back to what the store holds. */
  rollback(): void {
    const undo = this.undo ?? [];
    for (let i = undo.length - 1; i >= 0; i--) {
      const u = undo[i]!;
      if (u.type === 'add') {
        if (u.boot.pending.delete(u.seq)) this.pendingCount--;
        u.boot.max = u.prevMax;
      } else {
        u.boot.pending.set(u.seq, u.loc);
        this.pendingCount++;
      }
    }
    if (this.cycleBefore !== null) {
      this.lastInputId = this.cycleBefore.lastInputId;
      this.cycle = this.cycleBefore.cycle;
      if (this.cycle !== null) this.cycle.next = this.cycleBefore.next;
    }
    this.undo = null;
    this.cycleBefore = null;
  }

  /**
   * Writes one slice of pending keys into the index, inside the current transaction (so it
   * costs no extra fsync). A cycle starts when enough keys are pending or the oldest is old.
   */
  flushSlice(nowMs: number = Date.now()): number {
    if (this.cycle === null) {
      const due = this.pendingCount >= this.options.flushAtKeys || (this.pendingCount > 0 && nowMs - this.oldestPendingMs >= this.options.flushAfterMs);
      if (!due) return 0;
      this.cycle = this.startCycle();
    }
    const c = this.cycle;
    const end = Math.min(c.entries.length, c.next + this.options.sliceKeys);
    for (let i = c.next; i < end; i++) {
      const e = c.entries[i]!;
      const { inputId, item } = unpack(e.loc);
      this.stmts.insertIndex.run(e.boot.deviceId, e.boot.bootId, e.seq, inputId, item);
      if (e.boot.pending.get(e.seq) === e.loc) {
        e.boot.pending.delete(e.seq);
        this.pendingCount--;
        this.undo?.push({ type: 'indexed', boot: e.boot, seq: e.seq, loc: e.loc });
      }
    }
    const written = end - c.next;
    c.next = end;
    if (c.next >= c.entries.length) {
      this.stmts.setWatermark.run(String(c.upTo));
      this.cycle = null;
      if (this.pendingCount > 0) this.oldestPendingMs = nowMs;
    }
    return written;
  }

  /** Writes everything pending (close, tests). Call inside a transaction. */
  flushAll(): void {
    if (this.pendingCount === 0 && this.cycle === null) return;
    if (this.cycle === null) this.cycle = this.startCycle();
    while (this.cycle !== null) this.flushSlice();
  }

  /** Every pending key now, sorted by (device, boot, seq): neighbours in the B-tree go together. */
  private startCycle(): Cycle {
    const entries: Cycle['entries'] = [];
    const deviceIds = [...this.devices.keys()].sort();
    for (const deviceId of deviceIds) {
      const boots = [...this.devices.get(deviceId)!.values()].sort((a, b) => a.bootId - b.bootId);
      for (const boot of boots) {
        if (boot.pending.size === 0) continue;
        const seqs = [...boot.pending.keys()].sort((a, b) => a - b);
        for (const seq of seqs) entries.push({ boot, seq, loc: boot.pending.get(seq)! });
      }
    }
    return { entries, next: 0, upTo: this.lastInputId };
  }
}
