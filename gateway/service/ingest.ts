/**
 * The ingest pipeline, the shell around the detector: received message -> classify -> store
 * (group commit) -> detector -> alerts out. The detector is fed strictly from what was
 * committed, in commit order, so the input log replays to exactly the same alerts.
 */
import type { AlertAck, CaptureRecord } from '../model/capture-record.js';
import { activityCodec, alertCodec, assignmentCodec } from '../decode/codec.js';
import type { Activity, Alert, Assignment } from '../model/domain.js';
import { Detector, type DetectorOptions } from '../detect/detector.js';
import type { Effect } from '../detect/inputs.js';
import type { Policy } from '../detect/policy.js';
import { decodeSnapshot, encodeSnapshot } from '../detect/snapshot.js';
import { ackRevision } from '../alerts/ack-revision.js';
import type { DeviceStatePublisher } from '../alerts/device-states.js';
import type { Clock, ManualClock } from '../clock.js';
import { topics } from '../transport/mqtt/topics.js';
import { GatewayError } from '../errors.js';
import { RateLimitedLog, type Logger } from '../log.js';
import type { GatewayMetrics } from '../metrics.js';
import type { Db } from '../store/db.js';
import { readInputs, recordsOf } from '../store/inputs.js';
import { type Transport } from '../model/input.js';
import type { InputResult, StoreWriter } from '../store/writer.js';
import type { NewInput, QuarantineRow } from '../model/input.js';
import { type Classified, classify } from '../decode/classify.js';
import { type Received } from '../model/received.js';

export const INGEST_DEFAULTS = {
  /** A detector snapshot every 200,000 inputs... */
  snapshotEveryInputs: 200_000,
  /** ...or every 10 minutes, whichever comes first (a restart replays at most that much). */
  snapshotIntervalMs: 600_000,
};

export type Outcome = InputResult['status'] | 'quarantined';

export interface IngestDeps {
  db: Db;
  writer: StoreWriter;
  policy: Policy;
  clock: Clock;
  metrics: GatewayMetrics;
  log: Logger;
  states: DeviceStatePublisher;
  /** Set when the gateway runs on simulated time (--sim-clock). */
  simClock?: ManualClock | undefined;
  /**
   * NATS worker mode: JetStream is the log the detector is rebuilt from (rebuildFrom), so no
   * snapshots; and a redelivered message already in this store is applied again (the detector
   * drops what it has seen), since after a takeover the store and the detector can differ.
   */
  nats?: boolean;
}

export class Ingest {
  detector: Detector;
  lastInputId = 0;
  private inputsSinceSnapshot = 0;
  private lastSnapshotMs = 0;
  private readonly badInput: RateLimitedLog;
  /** Revisions produced by the input being applied (for the API's acknowledge). */
  private collecting: Alert[] | null = null;

  constructor(private readonly deps: IngestDeps) {
    this.detector = new Detector(deps.policy);
    this.badInput = new RateLimitedLog(deps.log);
  }

  /** A message from a transport; `done` runs once it is durable (acknowledge then) or failed. */
  accept(r: Received, done: (error: GatewayError | null, outcome?: Outcome) => void = () => undefined): void {
    if (r.topic === topics.simClock && this.deps.simClock !== undefined) return this.simulatedTime(r, done);
    this.acceptClassified(classify(r), done);
  }

  /** --sim-clock: the simulator moves time; each move is a stored tick, acknowledged when applied. */
  private simulatedTime(r: Received, done: (error: GatewayError | null, outcome?: Outcome) => void): void {
    if (r.payload.length !== 8) return this.quarantine({ ...r, reason: 'INVALID_FIELD', message: 'sim clock: expected 8 bytes (big-endian Unix ms)' }, done);
    const t = Number(Buffer.from(r.payload).readBigInt64BE());
    this.deps.simClock!.set(t);
    const receivedMs = this.deps.clock.now();
    this.submit({ receivedMs, kind: 'tick', transport: 'gateway', topic: null, deviceId: null, payload: null, records: [{ type: 'tick', receivedMs }], keys: [] }, done);
  }

  /** Same, for a message the transport classified itself (serial frames). */
  acceptClassified(c: Classified, done: (error: GatewayError | null, outcome?: Outcome) => void = () => undefined): void {
    if (!c.ok) return this.quarantine(c.quarantine, done);
    this.submit(c.input, done);
  }

  /** Keeps bad input aside with its reason; counted, and logged at most once a minute per sender. */
  quarantine(q: QuarantineRow, done: (error: GatewayError | null, outcome?: Outcome) => void = () => undefined): void {
    this.deps.metrics.quarantined.inc({ reason: q.reason });
    this.badInput.warn(`${q.deviceId ?? q.clientId ?? q.transport}`, q.receivedMs, { reason: q.reason, topic: q.topic, client: q.clientId }, `quarantined: ${q.message}`);
    this.deps.writer.submitQuarantine(q, (error) => done(error, 'quarantined'));
  }

  acceptActivity(activity: Activity, transport: Transport): Promise<void> {
    const receivedMs = this.deps.clock.now();
    const payload = activityCodec.encode(activity);
    return this.submitAsync({
      receivedMs,
      kind: 'activity',
      transport,
      topic: null,
      deviceId: null,
      payload,
      records: [{ type: 'activity', receivedMs, activity }],
      keys: [],
    }).then(() => undefined);
  }

  acceptAssignment(assignment: Assignment): Promise<void> {
    const receivedMs = this.deps.clock.now();
    return this.submitAsync({
      receivedMs,
      kind: 'assignment',
      transport: 'api',
      topic: null,
      deviceId: assignment.deviceId || null,
      payload: assignmentCodec.encode(assignment),
      records: [{ type: 'assignment', receivedMs, assignment }],
      keys: [],
    }).then(() => undefined);
  }

  /** Records an acknowledgement; resolves with the revision it made (undefined if the alert is unknown). */
  async acceptAck(ack: AlertAck): Promise<Alert | undefined> {
    const receivedMs = this.deps.clock.now();
    const revisions = await this.submitAsync({
      receivedMs,
      kind: 'ack',
      transport: 'api',
      topic: null,
      deviceId: null,
      payload: Buffer.from(JSON.stringify(ack)),
      records: [{ type: 'ack', receivedMs, ack }],
      keys: [],
    });
    return revisions.find((a) => a.alertId === ack.alertId);
  }

  /** Advances the detector's clock (only when a deadline is due: ticks are stored inputs too). */
  tick(): void {
    const receivedMs = this.deps.clock.now();
    this.submit({ receivedMs, kind: 'tick', transport: 'gateway', topic: null, deviceId: null, payload: null, records: [{ type: 'tick', receivedMs }], keys: [] }, () => undefined);
  }

  private submitAsync(input: NewInput): Promise<Alert[]> {
    return new Promise((resolve, reject) => {
      this.deps.writer.submitInput(input, (error, result) => {
        if (error !== null) return reject(error);
        if (result?.status === 'stored') {
          this.collecting = [];
          try {
            this.apply(result.inputId, result.records, true);
            resolve(this.collecting);
          } finally {
            this.collecting = null;
          }
        } else resolve([]);
      });
    });
  }

  private submit(input: NewInput, done: (error: GatewayError | null, outcome?: Outcome) => void): void {
    this.deps.writer.submitInput(input, (error, result) => {
      if (error !== null || result === undefined) {
        done(error ?? new GatewayError('STORE_FAILED', 'no result'));
        return;
      }
      if (result.status === 'stored') {
        this.deps.metrics.messagesIn.inc({ kind: input.kind, transport: input.transport });
        if (result.conflicts > 0) this.deps.metrics.quarantined.inc({ reason: 'SEQ_CONFLICT' }, result.conflicts);
        if (result.repeated > 0) this.deps.metrics.duplicates.inc(result.repeated);
        this.apply(result.inputId, result.records, true);
      } else if (result.status === 'duplicate') {
        this.deps.metrics.duplicates.inc(input.keys.length);
        if (this.deps.nats === true) this.apply(this.lastInputId, input.records, true);
      } else {
        this.deps.metrics.quarantined.inc({ reason: 'SEQ_CONFLICT' });
        this.badInput.warn(input.deviceId ?? 'batch', input.receivedMs, { reason: 'SEQ_CONFLICT', topic: input.topic }, 'same (device, boot, seq) with different content: kept aside');
      }
      done(null, result.status);
    });
  }

  /** Feeds one stored input to the detector and sends out what it produced. */
  private apply(inputId: number, records: readonly CaptureRecord[], live: boolean): void {
    for (const record of records) {
      const unknownAcks = this.detector.stats.acksUnknown;
      this.handle(this.detector.step(record), live);
      if (record.type === 'ack' && this.detector.stats.acksUnknown > unknownAcks) this.ackStored(record.ack, record.receivedMs, live);
    }
    this.lastInputId = inputId;
    if (live && this.deps.nats !== true) this.maybeSnapshot();
  }

  private handle(effects: readonly Effect[], live: boolean): void {
    for (const e of effects) {
      if (e.type === 'alert') this.emitAlert(e.alert, live);
      else if (e.type === 'obligation') this.deps.writer.submitObligation(e.obligation);
      else this.deps.states.markDirty(e.deviceId);
    }
  }

  private emitAlert(alert: Alert, live: boolean): void {
    this.collecting?.push(alert);
    // Replaying after a restart re-creates revisions already stored and sent: send only new ones.
    if (!live && this.revisionStored(alert)) return;
    // Viewers get it from the outbox once it is committed (the writer's onAlerts).
    this.deps.writer.submitAlert(alert);
    this.deps.metrics.alertRevisions.inc({ kind: alert.kind, status: alert.status });
  }

  /** An acknowledgement for an alert the detector has evicted: revise the stored one. */
  private ackStored(ack: AlertAck, nowMs: number, live: boolean): void {
    const latest = this.latestStored(ack.alertId);
    if (latest === undefined) return;
    const revision = ackRevision(latest, ack, nowMs);
    if (revision !== undefined) this.emitAlert(revision, live);
  }

  latestStored(alertId: string): Alert | undefined {
    const row = this.deps.db.prepare('SELECT payload FROM alerts WHERE alert_id = ?').get(alertId) as { payload: Buffer } | undefined;
    if (row === undefined) return undefined;
    const decoded = alertCodec.decode(row.payload);
    return decoded.ok ? decoded.value : undefined;
  }

  private revisionStored(alert: Alert): boolean {
    return this.deps.db.prepare('SELECT 1 FROM alert_revisions WHERE alert_id = ? AND revision = ?').get(alert.alertId, alert.revision) !== undefined;
  }

  private maybeSnapshot(): void {
    this.inputsSinceSnapshot++;
    const now = this.deps.clock.now();
    if (this.lastSnapshotMs === 0) this.lastSnapshotMs = now;
    if (this.inputsSinceSnapshot >= INGEST_DEFAULTS.snapshotEveryInputs || now - this.lastSnapshotMs >= INGEST_DEFAULTS.snapshotIntervalMs) {
      this.snapshot();
    }
  }

  /** Queues a snapshot of the detector at the last applied input. */
  snapshot(): void {
    if (this.deps.nats === true) return;
    this.inputsSinceSnapshot = 0;
    this.lastSnapshotMs = this.deps.clock.now();
    if (this.lastInputId === 0) return;
    this.deps.writer.submitSnapshot(this.lastInputId, this.lastSnapshotMs, encodeSnapshot(this.deps.policy, this.detector.exportState()));
  }

  /**
   * NATS mode: a fresh detector (owning the given devices) fed records that are already durable in
   * JetStream and acknowledged; alert revisions it makes that this store lacks are stored and sent
   * (the alert stream drops the ones another worker already sent). Returns how many were applied.
   */
  rebuildFrom(options: Partial<DetectorOptions>, records: Iterable<CaptureRecord>): number {
    this.detector = new Detector(this.deps.policy, options);
    let n = 0;
    for (const record of records) {
      this.apply(this.lastInputId, [record], false);
      n++;
    }
    this.deps.writer.flush();
    return n;
  }

  /** NATS mode: another worker's alert revision, kept for this worker's API and its SSE viewers. */
  storeForeignAlert(alert: Alert): void {
    this.deps.writer.submitAlert(alert, 'foreign');
  }

  /**
   * After a restart: the latest snapshot, then every input after it. Revisions that were
   * already stored are not sent again; new ones (deadlines that passed while down) are.
   */
  rebuild(): { fromSnapshot: boolean; replayed: number; ms: number } {
    const started = performance.now();
    const snap = this.deps.db.prepare('SELECT input_id, data FROM snapshots ORDER BY id DESC LIMIT 1').get() as
      | { input_id: number; data: Buffer }
      | undefined;
    let fromSnapshot = false;
    if (snap !== undefined) {
      try {
        this.detector = Detector.fromState(this.deps.policy, decodeSnapshot(this.deps.policy, snap.data));
        this.lastInputId = snap.input_id;
        fromSnapshot = true;
      } catch (error) {
        this.deps.log.warn({ err: error }, 'snapshot unusable; replaying the whole input log');
        this.detector = new Detector(this.deps.policy);
        this.lastInputId = 0;
      }
    }
    let replayed = 0;
    for (const row of readInputs(this.deps.db, { afterId: this.lastInputId })) {
      this.apply(row.id, recordsOf(row), false);
      replayed++;
    }
    this.deps.writer.flush();
    return { fromSnapshot, replayed, ms: performance.now() - started };
  }
}
