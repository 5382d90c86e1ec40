/**
 * The ingest pipeline, one message top to bottom:
 *
 *   1. decode       Received -> an input (records + dedupe keys) or a quarantine row  decode/classify.ts
 *   2. admit        the transport's rule (serial: registered cameras only)           strategy.admit
 *   3. store        group commit; dedupe inside it, in memory first                  store/writer.ts
 *   4. acknowledge  `done` runs once the commit is durable (PUBACK, serial Ack, JetStream ack)
 *   5. detect       the committed records, in commit order                           detect/
 *   6. effects      alerts -> outbox (viewers are sent them after their commit), obligations ->
 *                   store, device changes -> state sinks, ack-unknown -> revise the stored alert
 *
 * The detector is fed only what was committed, in commit order, so the input log replays to
 * exactly the same alerts. What differs in NATS worker mode is a strategy, chosen by the
 * composition root (app.ts).
 */
import type { AlertAck, CaptureRecord } from '../model/capture-record.js';
import { activityCodec, assignmentCodec } from '../decode/codec.js';
import { classify } from '../decode/classify.js';
import type { Activity, Alert, Assignment } from '../model/domain.js';
import type { InputKind, NewInput, QuarantineRow, Transport } from '../model/input.js';
import type { AcceptDone, Received } from '../model/received.js';
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
import { latestAlert, latestSnapshot, revisionStored } from '../store/queries.js';
import type { InputResult, StoreWriter } from '../store/writer.js';
import { STANDALONE, type PipelineStrategy } from './strategy.js';

export const PIPELINE_DEFAULTS = {
  /** A detector snapshot every 200,000 inputs... */
  snapshotEveryInputs: 200_000,
  /** ...or every 10 minutes, whichever comes first (a restart replays at most that much). */
  snapshotIntervalMs: 600_000,
};

export interface PipelineDeps {
  db: Db;
  writer: StoreWriter;
  policy: Policy;
  clock: Clock;
  metrics: GatewayMetrics;
  log: Logger;
  states: DeviceStatePublisher;
  /** Set when the gateway runs on simulated time (--sim-clock). */
  simClock?: ManualClock | undefined;
  strategy?: PipelineStrategy;
}

/** Messages stored per (transport, kind) since the metrics were last updated (once per commit). */
type Counts = Partial<Record<Transport, Partial<Record<InputKind, number>>>>;

export class Pipeline {
  detector: Detector;
  lastInputId = 0;
  private inputsSinceSnapshot = 0;
  private lastSnapshotMs = 0;
  private readonly badInput: RateLimitedLog;
  private readonly strategy: PipelineStrategy;
  /** Revisions produced by the input being applied (for the API's acknowledge). */
  private collecting: Alert[] | null = null;
  private counts: Counts = {};
  private repeated = 0;
  private countsScheduled = false;
  /** Called once per commit after its inputs were applied (the ticker looks for a nearer deadline). */
  onApplied: () => void = () => undefined;

  constructor(private readonly deps: PipelineDeps) {
    this.detector = new Detector(deps.policy);
    this.badInput = new RateLimitedLog(deps.log);
    this.strategy = deps.strategy ?? STANDALONE;
  }

  /** 1-4: a message from a transport; `done` runs once it is durable (acknowledge then) or failed. */
  accept = (r: Received, done: AcceptDone = () => undefined): void => {
    if (r.topic === topics.simClock && this.deps.simClock !== undefined) return this.simulatedTime(r, done);
    const decoded = classify(r);
    if (!decoded.ok) return this.quarantine(decoded.quarantine, done);
    const refused = this.strategy.admit(decoded.input);
    if (refused !== null) return this.quarantine(refused, done, decoded.input);
    this.store(decoded.input, done);
  };

  /** Keeps bad input aside with its reason; counted, and logged at most once a minute per sender. */
  quarantine(q: QuarantineRow, done: AcceptDone = () => undefined, decoded?: NewInput): void {
    this.deps.metrics.quarantined.inc({ reason: q.reason });
    this.badInput.warn(`${q.deviceId ?? q.clientId ?? q.transport}`, q.receivedMs, { reason: q.reason, topic: q.topic, client: q.clientId }, `quarantined: ${q.message}`);
    const accepted = { outcome: 'quarantined', keys: q.keys ?? decoded?.keys ?? [], records: decoded?.records, reason: q.reason, detail: q.message, deviceId: q.deviceId ?? undefined } as const;
    this.deps.writer.submitQuarantine(q, (error) => done(error, accepted));
  }

  /** 3-6: stores the input; once durable, acknowledges and feeds the detector. */
  private store(input: NewInput, done: AcceptDone): void {
    this.deps.writer.submitInput(input, (error, result) => {
      if (error !== null || result === undefined) return done(error ?? new GatewayError('STORE_FAILED', 'no result'));
      this.count(input, result);
      done(null, { outcome: result.status, keys: input.keys, records: input.records });
      if (result.status === 'stored') this.apply(result.inputId, result.records, true);
      else if (result.status === 'duplicate' && this.strategy.reapplyDuplicates) this.apply(this.lastInputId, input.records, true);
    });
  }

  /** Metrics are updated once per commit, not per message. */
  private count(input: NewInput, result: InputResult): void {
    if (result.status === 'stored') {
      const byKind = (this.counts[input.transport] ??= {});
      byKind[input.kind] = (byKind[input.kind] ?? 0) + 1;
      this.repeated += result.repeated;
      if (result.conflicts > 0) this.deps.metrics.quarantined.inc({ reason: 'SEQ_CONFLICT' }, result.conflicts);
    } else if (result.status === 'duplicate') this.repeated += input.keys.length;
    else {
      this.deps.metrics.quarantined.inc({ reason: 'SEQ_CONFLICT' });
      this.badInput.warn(input.deviceId ?? 'batch', input.receivedMs, { reason: 'SEQ_CONFLICT', topic: input.topic }, 'same (device, boot, seq) with different content: kept aside');
    }
    if (!this.countsScheduled) {
      this.countsScheduled = true;
      queueMicrotask(this.flushCounts); // after every callback of this commit
    }
  }

  private readonly flushCounts = (): void => {
    this.countsScheduled = false;
    for (const [transport, byKind] of Object.entries(this.counts)) {
      for (const [kind, n] of Object.entries(byKind)) this.deps.metrics.messagesIn.inc({ kind, transport }, n);
    }
    if (this.repeated > 0) this.deps.metrics.duplicates.inc(this.repeated);
    this.counts = {};
    this.repeated = 0;
    this.onApplied();
  };

  /** --sim-clock: the simulator moves time; each move is a stored tick, acknowledged when applied. */
  private simulatedTime(r: Received, done: AcceptDone): void {
    if (r.payload.length !== 8) return this.quarantine({ ...r, reason: 'INVALID_FIELD', message: 'sim clock: expected 8 bytes (big-endian Unix ms)' }, done);
    const t = Number(Buffer.from(r.payload).readBigInt64BE());
    this.deps.simClock!.set(t);
    this.store(this.internal('tick', 'gateway', null, null, [{ type: 'tick', receivedMs: this.deps.clock.now() }]), done);
  }

  /** An input made by the gateway itself or its API (no topic, no dedupe keys). */
  private internal(kind: InputKind, transport: Transport, deviceId: string | null, payload: Uint8Array | null, records: CaptureRecord[]): NewInput {
    return { receivedMs: records[0]!.receivedMs, kind, transport, topic: null, deviceId, payload, records, keys: [] };
  }

  acceptActivity(activity: Activity, transport: Transport): Promise<void> {
    const receivedMs = this.deps.clock.now();
    return this.storeAsync(this.internal('activity', transport, null, activityCodec.encode(activity), [{ type: 'activity', receivedMs, activity }])).then(() => undefined);
  }

  acceptAssignment(assignment: Assignment): Promise<void> {
    const receivedMs = this.deps.clock.now();
    const input = this.internal('assignment', 'api', assignment.deviceId || null, assignmentCodec.encode(assignment), [{ type: 'assignment', receivedMs, assignment }]);
    return this.storeAsync(input).then(() => undefined);
  }

  /** Records an acknowledgement; resolves with the revision it made (undefined if the alert is unknown). */
  async acceptAck(ack: AlertAck): Promise<Alert | undefined> {
    const receivedMs = this.deps.clock.now();
    const revisions = await this.storeAsync(this.internal('ack', 'api', null, Buffer.from(JSON.stringify(ack)), [{ type: 'ack', receivedMs, ack }]));
    return revisions.find((a) => a.alertId === ack.alertId);
  }

  /** Advances the detector's clock (only when a deadline is due: ticks are stored inputs too). */
  tick(): void {
    this.store(this.internal('tick', 'gateway', null, null, [{ type: 'tick', receivedMs: this.deps.clock.now() }]), () => undefined);
  }

  /** The latest stored revision of an alert (the detector may have evicted it). */
  latestStored(alertId: string): Alert | undefined {
    return latestAlert(this.deps.db, alertId);
  }

  private storeAsync(input: NewInput): Promise<Alert[]> {
    return new Promise((resolve, reject) => {
      this.deps.writer.submitInput(input, (error, result) => {
        if (error !== null) return reject(error);
        if (result?.status !== 'stored') return resolve([]);
        this.collecting = [];
        try {
          this.apply(result.inputId, result.records, true);
          resolve(this.collecting);
        } finally {
          this.collecting = null;
          this.onApplied(); // an activity from the API may bring a deadline forward
        }
      });
    });
  }

  /** 5: feeds one stored input to the detector; 6: hands its effects on. */
  private apply(inputId: number, records: readonly CaptureRecord[], live: boolean): void {
    for (const record of records) this.effects(this.detector.step(record), live);
    this.lastInputId = inputId;
    if (live && this.strategy.snapshots) this.maybeSnapshot();
  }

  private effects(effects: readonly Effect[], live: boolean): void {
    for (const e of effects) {
      switch (e.type) {
        case 'alert':
          this.emitAlert(e.alert, live);
          break;
        case 'obligation':
          this.deps.writer.submitObligation(e.obligation);
          break;
        case 'device':
          this.deps.states.markDirty(e.deviceId);
          break;
        case 'ack-unknown': {
          // An alert the detector has evicted: revise the stored one.
          const latest = this.latestStored(e.ack.alertId);
          const revision = latest === undefined ? undefined : ackRevision(latest, e.ack, e.receivedMs);
          if (revision !== undefined) this.emitAlert(revision, live);
          break;
        }
      }
    }
  }

  private emitAlert(alert: Alert, live: boolean): void {
    this.collecting?.push(alert);
    // Replaying after a restart re-creates revisions already stored and sent: send only new ones.
    if (!live && revisionStored(this.deps.db, alert.alertId, alert.revision)) return;
    // Viewers get it from the outbox once it is committed (the writer's onAlerts).
    this.deps.writer.submitAlert(alert);
    this.deps.metrics.alertRevisions.inc({ kind: alert.kind, status: alert.status });
  }

  private maybeSnapshot(): void {
    this.inputsSinceSnapshot++;
    const now = this.deps.clock.now();
    if (this.lastSnapshotMs === 0) this.lastSnapshotMs = now;
    if (this.inputsSinceSnapshot >= PIPELINE_DEFAULTS.snapshotEveryInputs || now - this.lastSnapshotMs >= PIPELINE_DEFAULTS.snapshotIntervalMs) {
      this.snapshot();
    }
  }

  /** Queues a snapshot of the detector at the last applied input. */
  snapshot(): void {
    if (!this.strategy.snapshots) return;
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
    const snap = latestSnapshot(this.deps.db);
    let fromSnapshot = false;
    if (snap !== undefined) {
      try {
        this.detector = Detector.fromState(this.deps.policy, decodeSnapshot(this.deps.policy, snap.data));
        this.lastInputId = snap.inputId;
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
