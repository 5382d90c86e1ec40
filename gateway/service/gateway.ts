/**
 * `createGateway(config, deps)` builds a gateway; `start()` runs it and `close()` stops it
 * cleanly (tests check that nothing is left open). main.ts / cli/serve.ts only wire this up.
 */
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { type FastifyInstance } from 'fastify';
import { autoDetect } from '@serialport/bindings-cpp';
import type { Command } from '../model/domain.js';
import { alertCodec, commandCodec, deviceStateCodec } from '../decode/codec.js';
import { loadPolicy, type Policy } from '../detect/policy.js';
import { DeviceStatePublisher } from '../alerts/device-states.js';
import { OutboxPublisher } from '../alerts/outbox-publisher.js';
import { Fanout, QueuedSink, type Sink } from '../alerts/sink.js';
import { buildApi } from '../api/server.js';
import { SseHub } from '../api/sse.js';
import { type Clock, ManualClock, SystemClock } from '../clock.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import { GatewayError } from '../errors.js';
import { type Logger, createLogger } from '../log.js';
import { type GatewayMetrics, createMetrics } from '../metrics.js';
import { Credentials } from '../store/credentials.js';
import { type Db, openDb } from '../store/db.js';
import { AlertOutbox } from '../store/outbox.js';
import { StoreWriter } from '../store/writer.js';
import { EmbeddedBroker } from '../transport/mqtt/embedded-broker.js';
import { ExternalBroker } from '../transport/mqtt/external-broker.js';
import { NATS_DEFAULTS, parsePartitions } from '../transport/nats/nats-config.js';
import { NatsWorker } from '../transport/nats/nats-worker.js';
import { alertTopic, topics } from '../transport/mqtt/topics.js';
import { AckTracker } from '../transport/serial/ack-tracker.js';
import { SerialManager } from '../transport/serial/serial-manager.js';
import type { Binding } from '../transport/serial/serial-port.js';
import { CommandQueue } from './commands.js';
import type { Classified } from '../decode/classify.js';
import { Ingest } from './ingest.js';
import { RevocationWatch } from './revocations.js';
import { Ticker } from './ticker.js';

export interface GatewayDeps {
  clock?: Clock;
  log?: Logger;
  /** The serialport binding (default: @serialport/bindings-cpp autoDetect()). */
  serialBinding?: Binding;
}

export interface GatewayAddresses {
  mqtt: string;
  ws: string;
  http: string;
  broker?: string;
  /** NATS worker mode: the servers, and the partitions owned at start. */
  nats?: string;
  serial: string[];
}

export interface Gateway {
  readonly config: GatewayConfig;
  readonly policy: Policy;
  readonly db: Db;
  readonly ingest: Ingest;
  readonly credentials: Credentials;
  readonly metrics: GatewayMetrics;
  readonly writer: StoreWriter;
  readonly serial: SerialManager;
  readonly commands: CommandQueue;
  readonly api: FastifyInstance;
  /** Set on start when the data dir had no API token: shown once, never stored. */
  readonly adminToken: string | undefined;
  readonly addresses: GatewayAddresses;
  readonly rebuild: { fromSnapshot: boolean; replayed: number; ms: number } | undefined;
  /** NATS worker mode: the worker (partitions owned, rebuilds). */
  readonly nats: NatsWorker | undefined;
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serial lines carry no credentials: a frame is accepted only for cameras registered (and not
 * revoked) in this gateway, as MQTT accepts only their connections. Others are kept aside as
 * UNKNOWN_DEVICE, with the device id, and not acknowledged.
 */
function registeredOnly(c: Classified, credentials: Credentials): Classified {
  if (!c.ok) return c;
  const ids = new Set(c.input.keys.map((k) => k.deviceId)); // a dock's batch: one look-up per camera
  const unknownId = [...ids].find((id) => !credentials.isActiveDevice(id));
  if (unknownId === undefined) return c;
  const unknown = { deviceId: unknownId };
  const i = c.input;
  return {
    ok: false,
    quarantine: {
      receivedMs: i.receivedMs,
      transport: i.transport,
      topic: i.topic,
      clientId: i.topic,
      deviceId: unknown.deviceId,
      reason: 'UNKNOWN_DEVICE',
      message: `${unknown.deviceId} is not a registered camera (bwc-gateway devices add ${unknown.deviceId})`,
      payload: i.payload,
    },
  };
}

export async function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Promise<Gateway> {
  const simClock = config.simClock ? new ManualClock(0) : undefined;
  const clock = deps.clock ?? simClock ?? new SystemClock();
  const log = deps.log ?? createLogger(config.logLevel);
  const policy = loadPolicy(config.policy);
  const tls =
    config.tlsCert !== undefined && config.tlsKey !== undefined
      ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) }
      : undefined;
  if ((config.tlsCert === undefined) !== (config.tlsKey === undefined)) {
    throw new GatewayError('CONFIG_INVALID', '--tls-cert and --tls-key go together');
  }
  if (config.tlsCa !== undefined && config.tlsCert === undefined) throw new GatewayError('CONFIG_INVALID', '--tls-ca needs --tls-cert and --tls-key');
  const db = openDb(config.dataDir, config.sync);
  const metrics = createMetrics();
  const credentials = new Credentials(db);
  const fanout = new Fanout();
  const writer = new StoreWriter(db, {
    // Viewers are sent a revision once it is committed, numbered by its outbox seq.
    onAlerts: (committed) => {
      for (const c of committed) {
        const alert = { ...c.alert, seq: c.seq };
        if (c.origin === 'local') fanout.publish({ type: 'alert', alert });
        else sse.offer({ type: 'alert', alert });
      }
      metrics.outboxSeq.set(committed[committed.length - 1]!.seq);
      publisher?.wake();
      if (broker instanceof EmbeddedBroker) broker.alertsCommitted();
    },
    onCommit: (ms, writes) => {
      metrics.commitSeconds.observe(ms / 1000);
      metrics.commitWrites.observe(writes);
    },
    onHealth: (ok, error) => {
      metrics.storeHealthy.set(ok ? 1 : 0);
      if (ok) log.info('store commits succeed again');
      else {
        metrics.storeFailures.inc();
        log.error({ err: error?.message }, 'STORE FAILING: nothing is being acknowledged until commits succeed again');
      }
    },
  });
  metrics.storeHealthy.set(1);
  const outbox = new AlertOutbox(db);
  const sse = new SseHub(outbox, (sink) => metrics.sinkDropped.inc({ sink }));
  // The detector may be replaced on rebuild: always reach it through ingest.
  let ingest: Ingest | undefined;
  const states = new DeviceStatePublisher(
    fanout,
    (id) => ingest?.detector.deviceState(id),
    () => ingest?.detector.deviceIds() ?? [],
  );
  const natsMode = config.nats !== undefined;
  if (natsMode && config.broker !== undefined) throw new GatewayError('CONFIG_INVALID', '--nats and --broker exclude each other');
  ingest = new Ingest({ db, writer, policy, clock, metrics, log, states, simClock, nats: natsMode });
  const theIngest = ingest;

  const accept = theIngest.accept.bind(theIngest);
  let broker: EmbeddedBroker | ExternalBroker | NatsWorker;
  if (config.nats !== undefined) {
    const total = config.natsPartitions;
    broker = new NatsWorker(
      {
        servers: config.nats.split(',').map((u) => u.trim()).filter(Boolean),
        partitions: config.partitions === undefined ? Array.from({ length: total }, (_, i) => i) : parsePartitions(config.partitions, total),
        total,
        workerId: config.workerId ?? `${hostname()}-${process.pid}`,
        replicas: config.natsReplicas,
        retentionMs: NATS_DEFAULTS.retentionMs,
        leaseMs: config.leaseMs,
        maxAckPending: NATS_DEFAULTS.maxAckPending,
        ackWaitMs: NATS_DEFAULTS.ackWaitMs,
        alertDedupeMs: NATS_DEFAULTS.alertDedupeMs,
      },
      {
        log,
        accept,
        rebuild: (options, records) => theIngest.rebuildFrom(options, records),
        foreignAlert: (alert) => theIngest.storeForeignAlert(alert),
        foreignState: (state) => sse.offer({ type: 'device', state }),
      },
    );
  } else if (config.broker !== undefined) {
    broker = new ExternalBroker(
      { url: config.broker, clientId: config.brokerClientId, username: config.brokerUsername, password: config.brokerPassword },
      { clock, log, accept },
    );
  } else {
    broker = new EmbeddedBroker(
      {
        host: config.host,
        mqttPort: config.mqttPort,
        wsPort: config.wsPort,
        tls,
        tlsCa: config.tlsCa === undefined ? undefined : readFileSync(config.tlsCa),
        maxPacketBytes: config.maxPacketBytes,
        connectTimeoutMs: config.connectTimeoutMs,
        admission: { maxConnectionsPerIp: config.maxConnectionsPerIp, publishRate: config.clientRate, publishBurst: config.clientRate * 10 },
      },
      {
        credentials,
        clock,
        metrics,
        log,
        accept,
        quarantine: (row) => theIngest.quarantine(row),
        outbox,
        saveCursor: (clientId, seq) => writer.submitCursor(clientId, seq, clock.now()),
      },
    );
  }
  const mqttSink = new QueuedSink(
    'mqtt',
    async (event) => {
      if (event.type === 'alert') {
        // NATS mode publishes live (its alert stream dedupes); otherwise the outbox publisher does.
        if (natsMode) await broker.publish(alertTopic(event.alert), alertCodec.encode(event.alert), { retain: false });
      } else await broker.publish(topics.state(event.state.deviceId), deviceStateCodec.encode(event.state), { retain: true });
    },
    (sink) => metrics.sinkDropped.inc({ sink }),
    undefined,
    (error) => log.warn({ err: (error as Error).message }, 'mqtt sink: publish failed'),
  );
  // Alerts reach the broker from the outbox, resuming after a crash where it left off.
  const publisher = natsMode
    ? undefined
    : new OutboxPublisher({
        outbox,
        publish: (alert) => broker.publish(alertTopic(alert), alertCodec.encode(alert), { retain: false }),
        saveCursor: (name, seq) => writer.submitCursor(name, seq, clock.now()),
        nowMs: () => clock.now(),
        onError: (error) => log.warn({ err: (error as Error).message }, 'alert publisher: publish failed; retrying'),
      });
  const logSink: Sink = {
    name: 'log',
    dropped: 0,
    offer(event) {
      if (event.type !== 'alert') return;
      const a = event.alert;
      log.info({ alert: a.alertId, revision: a.revision, kind: a.kind, status: a.status, device: a.deviceId, cause: a.cause, resolution: a.resolution }, `alert ${a.kind} ${a.status}`);
    },
  };
  fanout.add(mqttSink);
  fanout.add(sse);
  fanout.add(logSink);

  const serial: SerialManager = new SerialManager(
    { serial: config.serial, usb: config.serialUsb },
    deps.serialBinding ?? (config.serial.length > 0 ? autoDetect() : (undefined as unknown as Binding)),
    {
      clock,
      log,
      metrics,
      acks: new AckTracker((deviceId, bootId) => writer.seqIndex.contiguous(deviceId, bootId)),
      accept: (c, done) => theIngest.acceptClassified(registeredOnly(c, credentials), done),
      commandsFor: (deviceId): Command[] => commands.take(deviceId),
    },
    log,
  );
  const commands: CommandQueue = new CommandQueue(
    clock,
    (command) => broker.publish(topics.commands(command.deviceId), commandCodec.encode(command), { retain: false }),
    (command): boolean => serial.linkOf(command.deviceId)?.sendCommand(command) ?? false,
  );

  const revocations = new RevocationWatch(credentials, {
    endMqtt: (names) => (broker instanceof EmbeddedBroker ? broker.endSessions(names) : 0),
    endToken: (id) => sse.endToken(id),
    ended: (kind, n) => metrics.sessionsEnded.inc({ kind }, n),
  });

  const ticker = new Ticker(clock, () => theIngest.detector.nextWakeMs(), () => theIngest.tick());
  const natsWorker = broker instanceof NatsWorker ? broker : undefined;
  const api = await buildApi({
    db,
    ingest: theIngest,
    credentials,
    metrics,
    sse,
    outbox,
    log,
    detector: () => theIngest.detector,
    // NATS mode: devices other workers own come from the shared state bucket.
    deviceState: (id) => theIngest.detector.deviceState(id) ?? natsWorker?.fleet.get(id),
    fleetIds: natsWorker === undefined ? undefined : () => natsWorker.fleet.keys(),
    storeHealthy: () => writer.isHealthy,
    nowMs: () => clock.now(),
    simClock: simClock !== undefined,
    tls,
    commands,
    revoked: () => revocations.check(),
    metricsPublic: config.metricsPublic,
    beforeMetrics: () => {
      if (broker instanceof EmbeddedBroker) metrics.offlineQueuedBytes.set(broker.offlineQueuedBytes);
    },
    nats: natsWorker === undefined ? undefined : () => ({ workerId: natsWorker.workerId, owned: natsWorker.owned, rebuilds: natsWorker.rebuilds.slice(-5) }),
  });

  let adminToken: string | undefined;
  const addresses: GatewayAddresses = { mqtt: '', ws: '', http: '', serial: [] };
  let rebuild: Gateway['rebuild'];
  let started = false;

  return {
    config,
    policy,
    db,
    ingest: theIngest,
    credentials,
    metrics,
    writer,
    serial,
    commands,
    api,
    get adminToken() {
      return adminToken;
    },
    addresses,
    get rebuild() {
      return rebuild;
    },
    nats: natsWorker,
    async start() {
      if (!credentials.hasTokens()) adminToken = credentials.createToken('admin', 'admin', clock.now());
      // A NATS worker rebuilds from JetStream when it takes its partitions (in broker.start()).
      if (!natsMode) {
        rebuild = theIngest.rebuild();
        log.info({ ...rebuild, lastInputId: theIngest.lastInputId }, 'detector state rebuilt from the store');
      }
      await broker.start();
      publisher?.wake();
      await serial.start();
      await api.listen({ port: config.httpPort, host: config.httpHost });
      started = true;
      const scheme = tls ? 's' : '';
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      const httpShown = config.httpHost === '0.0.0.0' ? 'localhost' : config.httpHost;
      if (broker instanceof EmbeddedBroker) {
        addresses.mqtt = `mqtt${scheme}://${shown}:${broker.mqttPort}`;
        addresses.ws = `ws${scheme}://${shown}:${broker.wsPort}`;
      } else if (natsWorker !== undefined) addresses.nats = `${config.nats} (partitions ${natsWorker.owned.join(',') || 'none yet'})`;
      else if (config.broker !== undefined) addresses.broker = config.broker;
      const httpAddress = api.server.address();
      addresses.http = `http${scheme}://${httpShown}:${typeof httpAddress === 'object' && httpAddress ? httpAddress.port : config.httpPort}`;
      for (const path of serial.links.keys()) addresses.serial.push(path);
      states.start();
      revocations.start();
      // On simulated time, the simulator's clock messages are the ticks.
      if (simClock === undefined) ticker.start();
      else log.warn('SIMULATED TIME: the clock follows bwc/v1/sim/clock; for QA runs only');
      for (const id of theIngest.detector.deviceIds()) states.markDirty(id);
    },
    async close() {
      ticker.stop();
      revocations.stop();
      publisher?.stop();
      states.stop();
      if (started) {
        await serial.close();
        await broker.close().catch((error: Error) => log.warn({ err: error.message }, 'closing the broker'));
        sse.close(); // before the HTTP server: it waits for open event streams
        await api.close();
      }
      sse.close();
      await fanout.close();
      theIngest.snapshot();
      writer.close();
      db.close();
    },
  };
}
