/**
 * Group commit: writes from every connection are queued and committed together, one
 * transaction per batch, and each write's callback runs only after its transaction is on disk.
 * That is when a device may be acknowledged (PUBACK, serial Ack). A failed commit (disk full,
 * I/O error) fails every write in it: nothing is acknowledged, the devices send again.
 *
 * better-sqlite3 is synchronous: a commit blocks the event loop for its duration, and whatever
 * arrives meanwhile forms the next batch, so batches grow with load.
 */
import type { NewInput, QuarantineRow, TelemetryKey } from '../model/input.js';
import type { Alert } from '../model/domain.js';
import type { ObligationRecord } from '../detect/inputs.js';
import { alertCodec, batchCodec, telemetryCodec } from '../decode/codec.js';
import type { CaptureRecord } from '../model/capture-record.js';
import { GatewayError } from '../errors.js';
import type { Db } from './db.js';
import { storedItems } from './inputs.js';
import { SeqIndex, type SeqIndexOptions, unpack } from './seq-index.js';

export const WRITER_DEFAULTS = {
  /** 1,000 writes per transaction at most: keeps one commit (and the event-loop pause) short. */
  maxBatch: 1000,
  /** 200,000 queued writes at most; beyond that submissions fail with QUEUE_FULL (bounded memory). */
  maxPending: 200_000,
  /**
   * A commit starts at least 2 ms after the previous one started (unless maxBatch writes wait):
   * when messages trickle in a few per event-loop turn (one broker session), committing every
   * turn spent ~80 % of the time in commits of ~12 writes. Idle gateways are not delayed.
   */
  minCommitIntervalMs: 5,
  /** Quarantined payloads are kept up to 64 KiB (the size is always recorded). */
  maxQuarantinePayload: 64 * 1024,
};

export type InputResult =
  /** `repeated`: items of a batch already stored (or repeated inside it), left out of what was stored. */
  | { status: 'stored'; inputId: number; records: CaptureRecord[]; conflicts: number; repeated: number }
  /** Every key was already stored with the same content. */
  | { status: 'duplicate' }
  /** The key was stored with different content: kept aside in quarantine (SEQ_CONFLICT). */
  | { status: 'conflict'; quarantineId: number };

type Write =
  | { type: 'input'; input: NewInput; done: (error: GatewayError | null, result?: InputResult) => void }
  | { type: 'quarantine'; row: QuarantineRow; done: (error: GatewayError | null, id?: number) => void }
  | { type: 'alert'; alert: Alert; origin: AlertOrigin }
  | { type: 'cursor'; clientId: string; seq: number; updatedMs: number }
  | { type: 'obligation'; obligation: ObligationRecord }
  | { type: 'snapshot'; inputId: number; createdMs: number; data: Buffer };

/** `local`: made by this gateway's detector; `foreign`: another NATS worker's, stored for the API. */
export type AlertOrigin = 'local' | 'foreign';

/** A revision once it is in the outbox (committed): what viewers are sent. */
export interface CommittedAlert {
  seq: number;
  alert: Alert;
  origin: AlertOrigin;
}

export interface WriterStats {
  commits: number;
  writes: number;
  failedCommits: number;
  rejected: number;
  duplicates: number;
  conflicts: number;
  lastError: string;
}

export interface WriterOptions {
  maxBatch?: number;
  maxPending?: number;
  minCommitIntervalMs?: number;
  /** Called with each commit's duration, size, and how long its oldest write waited (metrics). */
  onCommit?: (ms: number, writes: number, waitedMs: number) => void;
  /** Called when a commit fails (alarm) and when one succeeds again. */
  onHealth?: (ok: boolean, error?: GatewayError) => void;
  /** Called after each commit with the alert revisions it put in the outbox, in seq order. */
  onAlerts?: (alerts: CommittedAlert[]) => void;
  /** When set, a commit is durable only once this calls back (store/disk-sync.ts); acknowledge then. */
  afterCommit?: ((done: (error: Error | null) => void) => void) | undefined;
  seqIndex?: Partial<SeqIndexOptions>;
}

export class StoreWriter {
  readonly stats: WriterStats = { commits: 0, writes: 0, failedCommits: 0, rejected: 0, duplicates: 0, conflicts: 0, lastError: '' };
  private pending: Write[] = [];
  /** A commit is set to run after the commit interval (timer) or in this turn's check phase (immediate). */
  private timer: NodeJS.Timeout | null = null;
  private immediate = false;
  private lastCommitAt = Number.NEGATIVE_INFINITY;
  private readonly minCommitIntervalMs: number;
  /** When the oldest queued write arrived (one clock read per batch, not per write). */
  private oldestAt = 0;
  private healthy = true;
  private closed = false;
  private readonly maxBatch: number;
  private readonly maxPending: number;
  private readonly stmts;
  /** Where each stored (device, boot, seq) is: the dedupe, in memory first. */
  readonly seqIndex: SeqIndex;

  constructor(
    private readonly db: Db,
    private readonly options: WriterOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? WRITER_DEFAULTS.maxBatch;
    this.maxPending = options.maxPending ?? WRITER_DEFAULTS.maxPending;
    this.minCommitIntervalMs = options.minCommitIntervalMs ?? WRITER_DEFAULTS.minCommitIntervalMs;
    this.seqIndex = new SeqIndex(db, options.seqIndex);
    this.stmts = {
      storedInput: db.prepare('SELECT kind, payload FROM inputs WHERE id = ?').raw(),
      insertInput: db.prepare('INSERT INTO inputs(received_ms, kind, transport, topic, device_id, payload) VALUES (?, ?, ?, ?, ?, ?)'),
      insertQuarantine: db.prepare(
        'INSERT INTO quarantine(received_ms, transport, topic, client_id, device_id, reason, message, size, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertRevision: db.prepare('INSERT OR IGNORE INTO alert_revisions(alert_id, revision, revised_ms, payload) VALUES (?, ?, ?, ?)'),
      insertOutbox: db.prepare('INSERT INTO alert_outbox(alert_id, revision, revised_ms) VALUES (?, ?, ?)'),
      upsertCursor: db.prepare(
        `INSERT INTO viewer_cursors(client_id, seq, updated_ms) VALUES (?, ?, ?)
         ON CONFLICT(client_id) DO UPDATE SET seq = max(seq, excluded.seq), updated_ms = excluded.updated_ms`,
      ),
      upsertAlert: db.prepare(
        `INSERT INTO alerts(alert_id, revision, device_id, officer_id, kind, status, severity, detected_ms, revised_ms, payload)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(alert_id) DO UPDATE SET revision = excluded.revision, status = excluded.status, severity = excluded.severity,
           officer_id = excluded.officer_id, revised_ms = excluded.revised_ms, payload = excluded.payload
         WHERE excluded.revision > alerts.revision`,
      ),
      upsertObligation: db.prepare(
        `INSERT OR REPLACE INTO obligations(obligation_id, device_id, officer_id, activity_id, activity_type, trigger_kind, start_ms, deadline_ms,
           outcome, lateness_ms, uncovered_ms, premature_stops, revised_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      deleteObligation: db.prepare('DELETE FROM obligations WHERE obligation_id = ?'),
      insertSnapshot: db.prepare('INSERT INTO snapshots(input_id, created_ms, data) VALUES (?, ?, ?)'),
      pruneSnapshots: db.prepare('DELETE FROM snapshots WHERE id NOT IN (SELECT id FROM snapshots ORDER BY id DESC LIMIT 2)'),
    };
  }

  get queued(): number {
    return this.pending.length;
  }

  get isHealthy(): boolean {
    return this.healthy;
  }

  submitInput(input: NewInput, done: (error: GatewayError | null, result?: InputResult) => void): void {
    this.submit({ type: 'input', input, done });
  }

  submitQuarantine(row: QuarantineRow, done: (error: GatewayError | null, id?: number) => void): void {
    this.submit({ type: 'quarantine', row, done });
  }

  /** A revision: stored, and put in the outbox if it is new (`onAlerts` reports it after the commit). */
  submitAlert(alert: Alert, origin: AlertOrigin = 'local'): void {
    this.submit({ type: 'alert', alert, origin });
  }

  /** A persistent MQTT viewer acknowledged outbox entries up to `seq`. */
  submitCursor(clientId: string, seq: number, updatedMs: number): void {
    this.submit({ type: 'cursor', clientId, seq, updatedMs });
  }

  submitObligation(obligation: ObligationRecord): void {
    this.submit({ type: 'obligation', obligation });
  }

  submitSnapshot(inputId: number, createdMs: number, data: Buffer): void {
    this.submit({ type: 'snapshot', inputId, createdMs, data });
  }

  private submit(write: Write): void {
    if (this.closed || this.pending.length >= this.maxPending) {
      this.stats.rejected++;
      const error = new GatewayError(this.closed ? 'STORE_FAILED' : 'QUEUE_FULL', this.closed ? 'the store is closed' : `store queue full (${this.maxPending} writes)`);
      if (write.type === 'input' || write.type === 'quarantine') write.done(error);
      return;
    }
    if (this.pending.length === 0) this.oldestAt = performance.now();
    this.pending.push(write);
    if (this.pending.length >= this.maxBatch) this.flush();
    else this.schedule(write.type === 'alert' || (write.type === 'input' && write.input.kind === 'tick'));
  }

  /**
   * The next commit: after the commit interval, or in this turn's check phase for an urgent
   * write (an alert revision, or a tick that may raise one: a viewer is waiting for it).
   */
  private schedule(urgent: boolean): void {
    if (this.immediate) return;
    const wait = urgent ? 0 : this.lastCommitAt + this.minCommitIntervalMs - performance.now();
    if (wait > 0) {
      this.timer ??= setTimeout(this.run, wait);
      return;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.immediate = true;
    setImmediate(this.run);
  }

  private readonly run = (): void => {
    this.immediate = false;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.flush();
  };

  /** Commits everything queued now (in batches of maxBatch). */
  flush(): void {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxBatch);
      this.commit(batch);
    }
  }

  /** Flushes and refuses further writes (the key index is brought up to date first). */
  close(): void {
    this.flush();
    if (!this.closed) {
      try {
        this.db.transaction(() => this.seqIndex.flushAll())();
      } catch {
        // The log holds the keys: the next start reads them back.
      }
    }
    this.closed = true;
  }

  private commit(batch: Write[]): void {
    const results: unknown[] = new Array(batch.length);
    const started = performance.now();
    this.lastCommitAt = started;
    const waitedFrom = this.oldestAt;
    this.oldestAt = started;
    this.seqIndex.begin();
    try {
      this.db.transaction(() => {
        for (let i = 0; i < batch.length; i++) results[i] = this.apply(batch[i]!);
        this.seqIndex.flushSlice();
      })();
      this.seqIndex.commit();
    } catch (cause) {
      this.seqIndex.rollback();
      const error = new GatewayError('STORE_FAILED', `commit of ${batch.length} writes failed: ${(cause as Error).message}`, { cause });
      return this.fail(batch, error);
    }
    this.stats.commits++;
    this.stats.writes += batch.length;
    const commitMs = performance.now() - started;
    const durable = this.options.afterCommit;
    if (durable === undefined) return this.acknowledge(batch, results, commitMs, waitedFrom, null);
    // The commit is durable once the WAL is synced (store/disk-sync.ts): acknowledge then.
    durable((error) => this.acknowledge(batch, results, commitMs, waitedFrom, error));
  }

  /** Nothing in the batch is acknowledged; the store reports itself failing until a commit succeeds. */
  private fail(batch: Write[], error: GatewayError): void {
    this.stats.failedCommits++;
    this.stats.lastError = error.message;
    if (this.healthy) {
      this.healthy = false;
      this.options.onHealth?.(false, error);
    }
    for (const w of batch) if (w.type === 'input' || w.type === 'quarantine') w.done(error);
  }

  /** After a durable commit: each write's callback in order, then the alerts it put in the outbox. */
  private acknowledge(batch: Write[], results: unknown[], commitMs: number, waitedFrom: number, syncError: Error | null): void {
    if (syncError !== null) {
      // Committed but not known to be on disk: nothing is acknowledged; devices resend (deduped).
      const error = new GatewayError('STORE_FAILED', syncError.message, { cause: syncError });
      return this.fail(batch, error);
    }
    this.options.onCommit?.(commitMs, batch.length, performance.now() - waitedFrom);
    if (!this.healthy) {
      this.healthy = true;
      this.options.onHealth?.(true);
    }
    let committed: CommittedAlert[] | undefined;
    for (let i = 0; i < batch.length; i++) {
      const w = batch[i]!;
      if (w.type === 'input') w.done(null, results[i] as InputResult);
      else if (w.type === 'quarantine') w.done(null, results[i] as number);
      else if (w.type === 'alert' && results[i] !== undefined) (committed ??= []).push({ seq: results[i] as number, alert: w.alert, origin: w.origin });
    }
    if (committed !== undefined) this.options.onAlerts?.(committed);
  }

  private apply(w: Write): unknown {
    const s = this.stmts;
    switch (w.type) {
      case 'input':
        return this.applyInput(w.input);
      case 'quarantine':
        return this.quarantine(w.row);
      case 'alert': {
        const a = w.alert;
        const payload = Buffer.from(alertCodec.encode(a.seq === undefined ? a : { ...a, seq: 0 }));
        // A revision already stored (a replay after a restart) is not sent again.
        if (s.insertRevision.run(a.alertId, a.revision, a.revisedMs, payload).changes === 0) return undefined;
        s.upsertAlert.run(a.alertId, a.revision, a.deviceId, a.officerId, a.kind, a.status, a.severity, a.detectedMs, a.revisedMs, payload);
        return Number(s.insertOutbox.run(a.alertId, a.revision, a.revisedMs).lastInsertRowid);
      }
      case 'cursor':
        s.upsertCursor.run(w.clientId, w.seq, w.updatedMs);
        return undefined;
      case 'obligation': {
        const o = w.obligation;
        if (o.retracted) s.deleteObligation.run(o.obligationId);
        else {
          s.upsertObligation.run(o.obligationId, o.deviceId, o.officerId, o.activityId, o.activityType, o.triggerKind, o.startMs, o.deadlineMs,
            o.outcome, o.latenessMs, o.uncoveredMs, o.prematureStops, o.revisedMs);
        }
        return undefined;
      }
      case 'snapshot':
        s.insertSnapshot.run(w.inputId, w.createdMs, w.data);
        s.pruneSnapshots.run();
        return undefined;
    }
  }

  private applyInput(input: NewInput): InputResult {
    const index = this.seqIndex;
    const keys = input.keys;
    let fresh: TelemetryKey[] | null = null; // null: every key so far is new (the common case)
    let conflicting: TelemetryKey[] | null = null;
    let repeated = 0;
    let inBatch: Set<string> | null = null;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (keys.length > 1) {
        const id = `${k.deviceId}\u0000${k.bootId}\u0000${k.seq}`;
        if ((inBatch ??= new Set()).has(id)) {
          repeated++;
          fresh ??= keys.slice(0, i);
          continue;
        }
        inBatch.add(id);
      }
      const loc = index.locate(k.deviceId, k.bootId, k.seq);
      if (loc === -1) {
        fresh?.push(k);
        continue;
      }
      fresh ??= keys.slice(0, i);
      // The key repeats: only now is content compared, against the stored payload.
      if (this.sameContent(loc, input, k)) repeated++;
      else (conflicting ??= []).push(k);
    }
    let firstConflict = 0;
    for (const k of conflicting ?? []) {
      this.stats.conflicts++;
      const id = this.quarantine({
        receivedMs: input.receivedMs,
        transport: input.transport,
        topic: input.topic,
        clientId: null,
        deviceId: k.deviceId,
        reason: 'SEQ_CONFLICT',
        message: `boot ${k.bootId} seq ${k.seq} was already stored with different content (item ${k.item})`,
        payload: input.payload,
      });
      firstConflict ||= id;
    }
    if (keys.length > 0 && fresh !== null && fresh.length === 0) {
      if (conflicting !== null) return { status: 'conflict', quarantineId: firstConflict };
      this.stats.duplicates++;
      return { status: 'duplicate' };
    }
    // A batch mixing new and repeated (or conflicting) items: only the new items are stored, so
    // the input log (and an export of it) never holds a (device, boot, seq) twice.
    let { payload, records } = input;
    let stored: readonly TelemetryKey[] = keys;
    if (fresh !== null && input.kind === 'batch') {
      records = fresh.map((k) => input.records[k.item]!);
      payload = batchCodec.encode(records.map((r) => (r as CaptureRecord & { type: 'telemetry' }).telemetry));
      stored = fresh.map((k, item) => ({ ...k, item }));
    }
    const info = this.stmts.insertInput.run(input.receivedMs, input.kind, input.transport, input.topic, input.deviceId, payload);
    const inputId = Number(info.lastInsertRowid);
    for (let i = 0; i < stored.length; i++) {
      const k = stored[i]!;
      index.add(k.deviceId, k.bootId, k.seq, inputId, k.item);
    }
    this.stats.duplicates += repeated;
    return { status: 'stored', inputId, records, conflicts: conflicting?.length ?? 0, repeated };
  }

  /** Whether the stored item at `loc` carries the same message as item `k` of `input`. */
  private sameContent(loc: number, input: NewInput, k: TelemetryKey): boolean {
    const { inputId, item } = unpack(loc);
    const row = this.stmts.storedInput.get(inputId) as [string, Buffer | null] | undefined;
    if (row === undefined || row[1] === null) return false;
    const [kind, stored] = row;
    // The same bytes as a single message: equal without decoding.
    if (kind === 'telemetry' && input.kind === 'telemetry' && input.payload !== null && Buffer.compare(stored, input.payload) === 0) return true;
    const before = storedItems(kind, stored)?.[item];
    const now = input.records[k.item];
    if (before === undefined || now?.type !== 'telemetry') return false;
    // Equal content in any container: compare canonical encodings.
    return Buffer.compare(telemetryCodec.encode(before), telemetryCodec.encode(now.telemetry)) === 0;
  }

  private quarantine(row: QuarantineRow): number {
    const payload = row.payload === null ? null : Buffer.from(row.payload.subarray(0, WRITER_DEFAULTS.maxQuarantinePayload));
    const info = this.stmts.insertQuarantine.run(
      row.receivedMs,
      row.transport,
      row.topic,
      row.clientId,
      row.deviceId,
      row.reason,
      row.message,
      row.size ?? row.payload?.length ?? 0,
      payload,
    );
    return Number(info.lastInsertRowid);
  }
}
