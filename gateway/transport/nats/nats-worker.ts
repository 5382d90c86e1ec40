/**
 * `serve --nats URL --partitions 0-3`: the gateway as one worker of several over a NATS cluster.
 *
 * Cameras publish MQTT to NATS; NATS maps telemetry into one JetStream stream per partition.
 * This worker leases partitions (leases.ts), reads each through a durable consumer, and acks a
 * message to JetStream only once its own store has it (the `accept` callback). Whenever the set
 * of partitions it owns changes (start, takeover, loss) it rebuilds the detector: every stored
 * and acknowledged message of its partitions (up to the consumer's ack floor) and every activity,
 * in JetStream time order, then consumes on from the ack floor. Alert revisions go into an alert
 * stream deduplicated by content (so a takeover that re-derives an alert sends it once) and, when
 * new, out on bwc.v1.alerts.> where MQTT subscribers see them.
 */
import { createHash } from 'node:crypto';
import { AckPolicy, type ConsumerMessages, DeliverPolicy, type JetStreamClient, type JetStreamManager, type KV, type KvEntry, type NatsConnection, type QueuedIterator, connect, nanos } from 'nats';
import type { CaptureRecord } from '../../model/capture-record.js';
import { alertCodec, deviceStateCodec } from '../../decode/codec.js';
import type { Alert, DeviceState } from '../../model/domain.js';
import type { DetectorOptions } from '../../detect/detector.js';
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Accept, Received } from '../../model/received.js';
import { Leases } from './leases.js';
import { STREAMS, partitionOf } from './nats-config.js';
import { readRange, toReceived } from './stream-reader.js';
import { ensureTopology } from './topology.js';

export interface NatsWorkerOptions {
  servers: string[];
  /** Partitions this worker owns by preference (it takes over others' when their lease lapses). */
  partitions: number[];
  total: number;
  workerId: string;
  replicas: number;
  retentionMs: number;
  leaseMs: number;
  maxAckPending: number;
  ackWaitMs: number;
  alertDedupeMs: number;
}

export interface NatsWorkerDeps {
  log: Logger;
  /** Store then apply; `done` once durable (the JetStream ack waits for it). */
  accept: Accept;
  /** What a message decodes to, for a rebuild (nothing when it does not decode). */
  decode(received: Received): readonly CaptureRecord[];
  /** A fresh detector with these options fed these (already durable) records. */
  rebuild(options: Partial<DetectorOptions>, records: CaptureRecord[]): number;
  /** Another worker's alert revision (for this worker's API and dashboard). */
  foreignAlert(alert: Alert): void;
  /** A device state from the shared bucket (another worker's devices too). */
  foreignState(state: DeviceState): void;
}

export interface NatsRebuild {
  partitions: number[];
  records: number;
  ms: number;
}

const RECENT_OWN = 10_000;

export class NatsWorker {
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private jsm: JetStreamManager | null = null;
  private leases: Leases | null = null;
  private consuming: ConsumerMessages[] = [];
  private alertFeed: ConsumerMessages | null = null;
  private states: KV | null = null;
  private stateFeed: QueuedIterator<KvEntry> | null = null;
  /** Latest state of every device of the fleet, whichever worker owns it. */
  readonly fleet = new Map<string, DeviceState>();
  private chain: Promise<void> = Promise.resolve();
  private pending = false;
  private closed = false;
  /** Content ids of alerts this worker published recently (not shown again as foreign). */
  private readonly ownAlerts = new Set<string>();
  readonly rebuilds: NatsRebuild[] = [];

  constructor(
    private o: NatsWorkerOptions,
    private readonly deps: NatsWorkerDeps,
  ) {}

  get workerId(): string {
    return this.o.workerId;
  }

  get owned(): number[] {
    return this.leases?.owned() ?? [];
  }

  async start(): Promise<void> {
    try {
      this.nc = await connect({ servers: this.o.servers, name: `bwc-gateway ${this.o.workerId}`, maxReconnectAttempts: -1, reconnectTimeWait: 500 });
    } catch (error) {
      throw new GatewayError('IO_FAILED', `cannot connect to NATS at ${this.o.servers.join(', ')}: ${(error as Error).message}`, { cause: error });
    }
    this.js = this.nc.jetstream();
    this.jsm = await this.nc.jetstreamManager();
    await ensureTopology(this.nc, { ...this.o, partitions: this.o.total });
    const kv = await this.js.views.kv(STREAMS.leases, { bindOnly: true });
    // The bucket's TTL is the lease (whoever created it): renewing at our own pace would lose it.
    const ttl = (await kv.status()).ttl;
    if (ttl > 0 && ttl !== this.o.leaseMs) {
      this.deps.log.warn({ bucket: ttl, asked: this.o.leaseMs }, 'NATS worker: the lease bucket exists with another TTL; using it');
      this.o = { ...this.o, leaseMs: ttl };
    }
    const all = Array.from({ length: this.o.total }, (_, i) => i);
    this.leases = new Leases(kv, this.o.workerId, this.o.partitions, all, this.o.leaseMs, () => this.scheduleReconcile(), (p, reason) =>
      this.deps.log.warn({ worker: this.o.workerId, partition: p, reason }, 'NATS worker: partition lease lost'),
    );
    await this.leases.round();
    this.scheduleReconcile();
    await this.chain;
    this.leases.start();
    await this.followAlerts();
    await this.followStates();
    this.deps.log.info({ worker: this.o.workerId, owned: this.owned, servers: this.o.servers }, 'NATS worker started');
  }

  private scheduleReconcile(): void {
    if (this.pending) return;
    this.pending = true;
    this.chain = this.chain
      .then(() => {
        this.pending = false;
        return this.closed ? undefined : this.reconcile();
      })
      .catch((error: unknown) => {
        this.deps.log.error({ err: (error as Error).message }, 'NATS worker: taking partitions failed; retrying');
        setTimeout(() => this.scheduleReconcile(), 1000).unref();
      });
  }

  /** Stops consuming, rebuilds the detector for the partitions owned now, consumes on. */
  private async reconcile(): Promise<void> {
    const js = this.js!;
    const started = performance.now();
    await this.stopConsuming();
    const owned = this.owned;
    const ownedSet = new Set(owned);
    const timed: { ms: number; order: number; record: CaptureRecord }[] = [];
    const add = (received: Received | null): void => {
      if (received === null) return;
      for (const record of this.deps.decode(received)) timed.push({ ms: received.receivedMs, order: timed.length, record });
    };
    for (const p of owned) {
      const floor = await this.resetConsumer(p);
      for await (const m of readRange(js, STREAMS.partition(p), 1, floor)) add(toReceived(m));
    }
    const activitiesLast = (await this.jsm!.streams.info(STREAMS.activities)).state.last_seq;
    for await (const m of readRange(js, STREAMS.activities, 1, activitiesLast)) add(toReceived(m));
    timed.sort((a, b) => a.ms - b.ms || a.order - b.order);
    const n = this.deps.rebuild(
      { owns: (deviceId) => ownedSet.has(partitionOf(deviceId, this.o.total)), officerAlerts: ownedSet.has(0) },
      timed.map((t) => t.record),
    );
    const rebuild = { partitions: owned, records: n, ms: Math.round(performance.now() - started) };
    this.rebuilds.push(rebuild);
    if (this.rebuilds.length > 100) this.rebuilds.shift();
    this.deps.log.info({ worker: this.o.workerId, ...rebuild }, 'NATS worker: partitions taken, detector rebuilt from JetStream');
    if (this.closed) return;
    for (const p of owned) await this.consumePartition(p);
    await this.consumeActivities(activitiesLast + 1);
  }

  /** Recreates partition p's durable consumer to start right after its ack floor; returns the floor. */
  private async resetConsumer(p: number): Promise<number> {
    const jsm = this.jsm!;
    const stream = STREAMS.partition(p);
    const name = `bwc-p${p}`;
    let floor = 0;
    try {
      const info = await jsm.consumers.info(stream, name);
      // A consumer that has acknowledged nothing yet reports an ack floor of 0: its floor is
      // where it was told to start.
      floor = info.ack_floor.consumer_seq > 0 ? info.ack_floor.stream_seq : Math.max(0, (info.config.opt_start_seq ?? 1) - 1);
      await jsm.consumers.delete(stream, name);
    } catch {
      // no consumer yet: start at the beginning
    }
    await jsm.consumers.add(stream, {
      durable_name: name,
      ack_policy: AckPolicy.Explicit,
      ...(floor > 0 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: floor + 1 } : { deliver_policy: DeliverPolicy.All }),
      max_ack_pending: this.o.maxAckPending,
      ack_wait: nanos(this.o.ackWaitMs),
    });
    return floor;
  }

  private async consumePartition(p: number): Promise<void> {
    const consumer = await this.js!.consumers.get(STREAMS.partition(p), `bwc-p${p}`);
    const messages = await consumer.consume({ max_messages: 1000 });
    this.consuming.push(messages);
    void (async () => {
      for await (const m of messages) {
        const received = toReceived(m);
        if (received === null) {
          m.term();
          continue;
        }
        // Acknowledged to JetStream only once this worker's store has it.
        this.deps.accept(received, (error) => {
          try {
            if (error === null) m.ack();
            else m.nak(1000);
          } catch {
            // the connection is closing: JetStream redelivers what was not acknowledged
          }
        });
      }
    })().catch((error: unknown) => this.deps.log.warn({ err: (error as Error).message, partition: p }, 'NATS worker: partition consumer stopped'));
  }

  private async consumeActivities(from: number): Promise<void> {
    const consumer = await this.js!.consumers.get(STREAMS.activities, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from });
    const messages = await consumer.consume({ max_messages: 100 });
    this.consuming.push(messages);
    void (async () => {
      for await (const m of messages) {
        const received = toReceived(m);
        if (received !== null) this.deps.accept(received, () => undefined);
      }
    })().catch((error: unknown) => this.deps.log.warn({ err: (error as Error).message }, 'NATS worker: activity consumer stopped'));
  }

  /** Every worker's alerts, for this worker's API (its own come back too and are skipped). */
  private async followAlerts(): Promise<void> {
    const consumer = await this.js!.consumers.get(STREAMS.alerts);
    const messages = await consumer.consume({ max_messages: 500 });
    this.alertFeed = messages;
    void (async () => {
      for await (const m of messages) {
        if (this.ownAlerts.has(m.headers?.get('Nats-Msg-Id') ?? '')) continue;
        const decoded = alertCodec.decode(m.data);
        if (decoded.ok) this.deps.foreignAlert(decoded.value);
      }
    })().catch((error: unknown) => this.deps.log.warn({ err: (error as Error).message }, 'NATS worker: alert feed stopped'));
  }

  /** Every worker's device states, so this worker's API and dashboard show the whole fleet. */
  private async followStates(): Promise<void> {
    this.states = await this.js!.views.kv(STREAMS.states, { bindOnly: true });
    const feed = await this.states.watch();
    this.stateFeed = feed;
    void (async () => {
      for await (const e of feed) {
        if (e.operation !== 'PUT') continue;
        const decoded = deviceStateCodec.decode(e.value);
        if (!decoded.ok) continue;
        this.fleet.set(e.key, decoded.value);
        if (!this.owned.includes(partitionOf(e.key, this.o.total))) this.deps.foreignState(decoded.value);
      }
    })().catch((error: unknown) => this.deps.log.warn({ err: (error as Error).message }, 'NATS worker: state feed stopped'));
  }

  private async stopConsuming(): Promise<void> {
    const all = this.consuming;
    this.consuming = [];
    for (const m of all) m.stop();
    await Promise.all(all.map((m) => m.closed().catch(() => undefined)));
  }

  /** Alerts into the deduplicated stream, then (when new) out to subscribers; the rest as is. */
  async publish(topic: string, payload: Uint8Array, _options: { retain: boolean }): Promise<void> {
    const nc = this.nc;
    const isAlert = topic.startsWith('bwc/v1/alerts/');
    // Closing: device states still queued are dropped (the bucket has the latest but one).
    if ((nc === null || nc.isClosed()) && this.closed && !isAlert) return;
    if (nc === null || nc.isClosed()) throw new GatewayError('IO_FAILED', 'not connected to NATS');
    const subject = topic.replaceAll('/', '.');
    if (!isAlert) {
      nc.publish(subject, payload);
      // A device state also goes into the shared bucket (the MQTT retained message of this mode).
      const state = /^bwc\/v1\/devices\/([^/]+)\/state$/.exec(topic);
      if (state !== null) await this.states?.put(state[1]!, payload);
      return;
    }
    const msgID = createHash('sha256').update(payload).digest('base64url');
    this.ownAlerts.add(msgID);
    if (this.ownAlerts.size > RECENT_OWN) this.ownAlerts.delete(this.ownAlerts.values().next().value as string);
    const ack = await this.js!.publish(`bwc.alerts-in.${subject.slice('bwc.v1.alerts.'.length)}`, payload, { msgID });
    if (!ack.duplicate) nc.publish(subject, payload);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.chain.catch(() => undefined);
    await this.stopConsuming();
    this.alertFeed?.stop();
    this.stateFeed?.stop();
    await this.leases?.stop(true);
    await this.nc?.drain().catch(() => undefined);
    this.nc = null;
  }
}

