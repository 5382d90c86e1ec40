/**
 * Where each stored (device, boot, seq) is, for dedupe, without a SELECT or a B-tree insert per
 * message.
 *
 *   memory   per (device, boot): the highest seq stored (the high-water mark) and the seqs not yet
 *            in the index (`pending`: seq -> input id, and item when not 0). A seq above the mark
 *            is new with no look-up at all: every message of a camera sending in order.
 *   inputs   the input log itself is the durable record: a key is stored when its input is.
 *   index    `seq_blocks`: one row per (device, boot, block of 64 seqs) holding where each seq of
 *            the block is. Written behind the log in sorted slices, so a camera's keys land in a
 *            few rows and pages (one row per message as a random B-tree insert cost ~2 KB of WAL).
 *            `meta.seq_index_input_id` = W: every key of inputs <= W is in it; on start the inputs
 *            after W are decoded back into `pending`.
 *
 * A seq at or below the mark and not pending is looked up in its block (a camera resending after
 * reconnecting, or store-and-forward backlog arriving out of order). Memory is bounded: flushes
 * keep `pending` near flushAtKeys, and boots whose keys are all indexed are forgotten beyond
 * maxBoots (their mark is read from the index when next seen). Everything a failed commit changed
 * is undone (`rollback`).
 */
import type { Db } from './db.js';
import { storedItems } from './inputs.js';

export const SEQ_INDEX_DEFAULTS = {
  /** Start a sorted flush into the index once 20,000 keys are pending: ~100 keys a camera at
   *  200 cameras, so each camera's part of the index is one or two rows. */
  flushAtKeys: 20_000,
  /** ...or once the oldest pending key is 30 s old, so a quiet gateway's index stays current. */
  flushAfterMs: 30_000,
  /** 4,000 keys written per commit while a flush runs: ~1 ms added to a commit, no extra fsync. */
  sliceKeys: 4_000,
  /** 100,000 (device, boot) marks kept in memory; older fully indexed ones are forgotten. */
  maxBoots: 100_000,
};

export type SeqIndexOptions = typeof SEQ_INDEX_DEFAULTS;

/** Seqs per index row; a row holds 64 little-endian doubles (input id * 65536 + item + 1, 0 = absent). */
export const BLOCK = 64;
const pack = (inputId: number, item: number): number => inputId * 65_536 + item;
export const unpack = (loc: number): { inputId: number; item: number } => ({ inputId: Math.floor(loc / 65_536), item: loc % 65_536 });

interface Boot {
  deviceId: string;
  bootId: number;
  max: number;
  /** seq -> input id (kept a small integer: no heap number per entry). */
  pending: Map<number, number>;
  /** seq -> item, only for items other than 0 (batches). */
  items: Map<number, number> | null;
}

type Undo = { type: 'add'; boot: Boot; seq: number; prevMax: number } | { type: 'indexed'; boot: Boot; seq: number; inputId: number; item: number };

interface Entry {
  boot: Boot;
  seq: number;
  inputId: number;
  item: number;
}

interface Cycle {
  entries: Entry[];
  next: number;
  /** When the cycle is written, every key of inputs <= upTo is indexed. */
  upTo: number;
}

export class SeqIndex {
  private readonly devices = new Map<string, Map<number, Boot>>();
  private bootCount = 0;
  /** The boot looked up last (forgotten boots are never it: see forgetIndexed). */
  private recent: Boot | null = null;
  private pendingCount = 0;
  private oldestPendingMs = 0;
  private lastInputId = 0;
  private cycle: Cycle | null = null;
  private undo: Undo[] | null = null;
  private before: { cycle: Cycle | null; next: number; lastInputId: number } | null = null;
  private readonly options: SeqIndexOptions;
  private readonly stmts;
  /** Index look-ups made (seq at or below the mark and not pending): the slow path. */
  lookups = 0;

  constructor(
    db: Db,
    options: Partial<SeqIndexOptions> = {},
  ) {
    this.options = { ...SEQ_INDEX_DEFAULTS, ...options };
    this.stmts = {
      lastBlock: db.prepare('SELECT block, locs FROM seq_blocks WHERE device_id = ? AND boot_id = ? ORDER BY block DESC LIMIT 1').raw(),
      block: db.prepare('SELECT locs FROM seq_blocks WHERE device_id = ? AND boot_id = ? AND block = ?').pluck(),
      blocks: db.prepare('SELECT block, locs FROM seq_blocks WHERE device_id = ? AND boot_id = ? ORDER BY block').raw(),
      putBlock: db.prepare('INSERT OR REPLACE INTO seq_blocks(device_id, boot_id, block, locs) VALUES (?, ?, ?, ?)'),
      watermark: db.prepare(`SELECT value FROM meta WHERE key = 'seq_index_input_id'`).pluck(),
      setWatermark: db.prepare(`INSERT INTO meta(key, value) VALUES ('seq_index_input_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`),
      tail: db.prepare(`SELECT id, kind, payload FROM inputs WHERE id > ? AND kind IN ('telemetry', 'batch') ORDER BY id`).raw(),
    };
    this.rebuild();
  }

  /** Every key of inputs up to this id is in the index table. */
  get indexedUpTo(): number {
    return Number((this.stmts.watermark.get() as string | undefined) ?? 0);
  }

  /** Keys stored but not yet in the index table. */
  get pending(): number {
    return this.pendingCount;
  }

  /** The inputs after the watermark are decoded back into `pending`. */
  private rebuild(): void {
    for (const [id, kind, payload] of this.stmts.tail.iterate(this.indexedUpTo) as Iterable<[number, string, Buffer]>) {
      const items = storedItems(kind, payload);
      if (items === null) continue; // stored inputs were validated; an undecodable one holds no key
      for (let item = 0; item < items.length; item++) {
        const t = items[item]!;
        this.remember(this.boot(t.deviceId, t.bootId), t.seq, id, item);
      }
      this.lastInputId = id;
    }
    if (this.pendingCount > 0) this.oldestPendingMs = Date.now();
  }

  private boot(deviceId: string, bootId: number): Boot {
    // The writer asks for the same key twice in a row (locate, then add): one look-up.
    const recent = this.recent;
    if (recent !== null && recent.bootId === bootId && recent.deviceId === deviceId) return recent;
    let boots = this.devices.get(deviceId);
    if (boots === undefined) {
      boots = new Map();
      this.devices.set(deviceId, boots);
    }
    let boot = boots.get(bootId);
    if (boot === undefined) {
      if (this.bootCount >= this.options.maxBoots) this.forgetIndexed();
      boot = { deviceId, bootId, max: this.indexedMax(deviceId, bootId), pending: new Map(), items: null };
      boots.set(bootId, boot);
      this.bootCount++;
    }
    this.recent = boot;
    return boot;
  }

  /** The highest seq the index holds for a boot (0 if none). */
  private indexedMax(deviceId: string, bootId: number): number {
    const row = this.stmts.lastBlock.get(deviceId, bootId) as [number, Buffer] | undefined;
    if (row === undefined) return 0;
    for (let i = BLOCK - 1; i >= 0; i--) if (row[1].readDoubleLE(i * 8) !== 0) return row[0] * BLOCK + i;
    return 0;
  }

  /** Forgets a tenth of the boots whose keys are all indexed. */
  private forgetIndexed(): void {
    if (this.cycle !== null) return;
    this.recent = null;
    let toForget = Math.ceil(this.options.maxBoots / 10);
    for (const [deviceId, boots] of this.devices) {
      for (const [bootId, boot] of boots) {
        if (boot.pending.size > 0) continue;
        boots.delete(bootId);
        this.bootCount--;
        toForget--;
      }
      if (boots.size === 0) this.devices.delete(deviceId);
      if (toForget <= 0) return;
    }
  }

  /** Where (device, boot, seq) is stored (pack(inputId, item)), or -1. Call inside the commit's transaction. */
  locate(deviceId: string, bootId: number, seq: number): number {
    const boot = this.boot(deviceId, bootId);
    if (seq > boot.max) return -1;
    const inputId = boot.pending.get(seq);
    if (inputId !== undefined) return pack(inputId, boot.items?.get(seq) ?? 0);
    this.lookups++;
    const locs = this.stmts.block.get(deviceId, bootId, Math.floor(seq / BLOCK)) as Buffer | undefined;
    const loc = locs === undefined ? 0 : locs.readDoubleLE((seq % BLOCK) * 8);
    return loc === 0 ? -1 : loc - 1;
  }

  /** Records a stored key (its input is written in the same transaction); indexed later. */
  add(deviceId: string, bootId: number, seq: number, inputId: number, item: number): void {
    const boot = this.boot(deviceId, bootId);
    this.undo?.push({ type: 'add', boot, seq, prevMax: boot.max });
    if (this.pendingCount === 0) this.oldestPendingMs = Date.now();
    this.remember(boot, seq, inputId, item);
    if (inputId > this.lastInputId) this.lastInputId = inputId;
  }

  private remember(boot: Boot, seq: number, inputId: number, item: number): void {
    if (!boot.pending.has(seq)) this.pendingCount++;
    boot.pending.set(seq, inputId);
    if (item !== 0) (boot.items ??= new Map()).set(seq, item);
    if (seq > boot.max) boot.max = seq;
  }

  private forget(boot: Boot, seq: number): void {
    if (boot.pending.delete(seq)) this.pendingCount--;
    boot.items?.delete(seq);
  }

  /** Highest n such that seqs 1..n of (device, boot) are all stored (0 if seq 1 is not). */
  contiguous(deviceId: string, bootId: number): number {
    const boot = this.boot(deviceId, bootId);
    const blocks = new Map<number, Buffer>();
    for (const [block, locs] of this.stmts.blocks.iterate(deviceId, bootId) as Iterable<[number, Buffer]>) blocks.set(block, locs);
    let n = 0;
    for (;;) {
      const s = n + 1;
      if (!boot.pending.has(s) && (blocks.get(Math.floor(s / BLOCK))?.readDoubleLE((s % BLOCK) * 8) ?? 0) === 0) return n;
      n = s;
    }
  }

  /** Starts tracking a commit's changes, so a failed commit can be undone. */
  begin(): void {
    this.undo = [];
    this.before = { cycle: this.cycle, next: this.cycle?.next ?? 0, lastInputId: this.lastInputId };
  }

  /** The commit is durable: its changes stay. */
  commit(): void {
    this.undo = null;
    this.before = null;
  }

  /** The commit failed: memory goes back to what the store holds. */
  rollback(): void {
    const undo = this.undo ?? [];
    for (let i = undo.length - 1; i >= 0; i--) {
      const u = undo[i]!;
      if (u.type === 'add') {
        this.forget(u.boot, u.seq);
        u.boot.max = u.prevMax;
      } else this.remember(u.boot, u.seq, u.inputId, u.item);
    }
    if (this.before !== null) {
      this.lastInputId = this.before.lastInputId;
      this.cycle = this.before.cycle;
      if (this.cycle !== null) this.cycle.next = this.before.next;
    }
    this.undo = null;
    this.before = null;
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
    let i = c.next;
    const end = Math.min(c.entries.length, c.next + this.options.sliceKeys);
    // One row write per block touched: entries are sorted, so a block's keys are neighbours.
    while (i < end) {
      const first = c.entries[i]!;
      const block = Math.floor(first.seq / BLOCK);
      const existing = this.stmts.block.get(first.boot.deviceId, first.boot.bootId, block) as Buffer | undefined;
      const locs = existing === undefined ? Buffer.alloc(BLOCK * 8) : Buffer.from(existing);
      for (; i < c.entries.length; i++) {
        const e = c.entries[i]!;
        if (e.boot !== first.boot || Math.floor(e.seq / BLOCK) !== block) break;
        locs.writeDoubleLE(pack(e.inputId, e.item) + 1, (e.seq % BLOCK) * 8);
        if (e.boot.pending.get(e.seq) === e.inputId) {
          this.forget(e.boot, e.seq);
          this.undo?.push({ type: 'indexed', boot: e.boot, seq: e.seq, inputId: e.inputId, item: e.item });
        }
      }
      this.stmts.putBlock.run(first.boot.deviceId, first.boot.bootId, block, locs);
    }
    const written = i - c.next;
    c.next = i;
    if (c.next >= c.entries.length) {
      this.stmts.setWatermark.run(String(c.upTo));
      this.cycle = null;
      if (this.pendingCount > 0) this.oldestPendingMs = nowMs;
    }
    return written;
  }

  /** Writes everything pending (on close). Call inside a transaction. */
  flushAll(): void {
    if (this.pendingCount === 0 && this.cycle === null) return;
    if (this.cycle === null) this.cycle = this.startCycle();
    while (this.cycle !== null) this.flushSlice();
  }

  /** Every pending key now, sorted by (device, boot, seq): neighbours in the index go together. */
  private startCycle(): Cycle {
    const entries: Entry[] = [];
    for (const deviceId of [...this.devices.keys()].sort()) {
      for (const boot of [...this.devices.get(deviceId)!.values()].sort((a, b) => a.bootId - b.bootId)) {
        if (boot.pending.size === 0) continue;
        for (const seq of [...boot.pending.keys()].sort((a, b) => a - b)) entries.push({ boot, seq, inputId: boot.pending.get(seq)!, item: boot.items?.get(seq) ?? 0 });
      }
    }
    return { entries, next: 0, upTo: this.lastInputId };
  }
}

/** A stored key and where its message is. */
export interface StoredKey {
  deviceId: string;
  bootId: number;
  seq: number;
  inputId: number;
  item: number;
}

/**
 * Every stored key (of one device, when given), from the index and the inputs after its
 * watermark, in (boot, seq) order. For the API's recent telemetry, exports and tests; the
 * ingest path never calls it.
 */
export function storedKeys(db: Db, deviceId?: string): StoredKey[] {
  const out = new Map<string, StoredKey>();
  const rows = (deviceId === undefined
    ? db.prepare('SELECT device_id, boot_id, block, locs FROM seq_blocks').raw().all()
    : db.prepare('SELECT device_id, boot_id, block, locs FROM seq_blocks WHERE device_id = ?').raw().all(deviceId)) as [string, number, number, Buffer][];
  for (const [d, b, block, locs] of rows) {
    for (let i = 0; i < BLOCK; i++) {
      const loc = locs.readDoubleLE(i * 8);
      if (loc === 0) continue;
      const seq = block * BLOCK + i;
      out.set(`${d}\u0000${b}\u0000${seq}`, { deviceId: d, bootId: b, seq, ...unpack(loc - 1) });
    }
  }
  const watermark = Number((db.prepare(`SELECT value FROM meta WHERE key = 'seq_index_input_id'`).pluck().get() as string | undefined) ?? 0);
  const tail = db.prepare(`SELECT id, kind, payload FROM inputs WHERE id > ? AND kind IN ('telemetry', 'batch') ORDER BY id`).raw().iterate(watermark) as Iterable<[number, string, Buffer]>;
  for (const [id, kind, payload] of tail) {
    storedItems(kind, payload)?.forEach((t, item) => {
      if (deviceId === undefined || t.deviceId === deviceId) out.set(`${t.deviceId}\u0000${t.bootId}\u0000${t.seq}`, { deviceId: t.deviceId, bootId: t.bootId, seq: t.seq, inputId: id, item });
    });
  }
  return [...out.values()].sort((a, b) => (a.deviceId < b.deviceId ? -1 : a.deviceId > b.deviceId ? 1 : a.bootId - b.bootId || a.seq - b.seq));
}
