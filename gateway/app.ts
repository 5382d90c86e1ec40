/**
 * The composition root: `createGateway(config, deps)` wires the components in the order a
 * message flows through them (transport -> pipeline -> store -> detector -> alerts -> api);
 * `start()` runs it and `close()` stops it cleanly (tests check that nothing is left open).
 * Nothing here handles a message: main.ts / cli/serve.ts only call this.
 */
import { readFileSync } from 'node:fs';
import { type FastifyInstance } from 'fastify';
import { autoDetect } from '@serialport/bindings-cpp';
import { classify } from './decode/classify.js';
import { alertCodec, commandCodec } from './decode/codec.js';
import type { Command } from './model/domain.js';
import { loadPolicy, type Policy } from './detect/policy.js';
import { DeviceStatePublisher } from './alerts/device-states.js';
import { logSink } from './alerts/log-sink.js';
import { mqttSink } from './alerts/mqtt-sink.js';
import { OutboxPublisher } from './alerts/outbox-publisher.js';
import { Fanout } from './alerts/sink.js';
import { buildApi } from './api/server.js';
import { SseHub } from './api/sse.js';
import { type Clock, ManualClock, SystemClock } from './clock.js';
import { type BrokerMode, brokerMode } from './config/broker-mode.js';
import type { GatewayConfig } from './config/gateway-config.js';
import { GatewayError } from './errors.js';
import { type Logger, createLogger } from './log.js';
import { type GatewayMetrics, createMetrics } from './metrics.js';
import { NATS_WORKER, type PipelineStrategy, STANDALONE, serialRegisteredOnly } from './pipeline/strategy.js';
import { Pipeline } from './pipeline/pipeline.js';
import { DiskSync } from './store/disk-sync.js';
import { Credentials } from './store/credentials.js';
import { type Db, openDb } from './store/db.js';
import { AlertOutbox } from './store/outbox.js';
import { type CommittedAlert, StoreWriter } from './store/writer.js';
import { EmbeddedBroker } from './transport/mqtt/embedded-broker.js';
import { ExternalBroker } from './transport/mqtt/external-broker.js';
import { NatsWorker } from './transport/nats/nats-worker.js';
import { alertTopic, topics } from './transport/mqtt/topics.js';
import { AckTracker } from './transport/serial/ack-tracker.js';
import { SerialManager } from './transport/serial/serial-manager.js';
import type { Binding } from './transport/serial/serial-port.js';
import { CommandQueue } from './control/command-queue.js';
import { RevocationWatch } from './control/revocation-watch.js';
import { Ticker } from './pipeline/ticker.js';

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
  readonly pipeline: Pipeline;
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

type Broker = EmbeddedBroker | ExternalBroker | NatsWorker;
type Tls = { cert: Buffer; key: Buffer } | undefined;

/** 1. Time, log, policy and TLS material, checked before anything opens. */
function runtime(config: GatewayConfig, deps: GatewayDeps) {
  if ((config.tlsCert === undefined) !== (config.tlsKey === undefined)) throw new GatewayError('CONFIG_INVALID', '--tls-cert and --tls-key go together');
  if (config.tlsCa !== undefined && config.tlsCert === undefined) throw new GatewayError('CONFIG_INVALID', '--tls-ca needs --tls-cert and --tls-key');
  const simClock = config.simClock ? new ManualClock(0) : undefined;
  const tls: Tls = config.tlsCert !== undefined && config.tlsKey !== undefined ? { cert: readFileSync(config.tlsCert), key: readFileSync(config.tlsKey) } : undefined;
  return {
    mode: brokerMode(config),
    simClock,
    clock: deps.clock ?? simClock ?? new SystemClock(),
    log: deps.log ?? createLogger(config.logLevel),
    policy: loadPolicy(config.policy),
    tls,
  };
}

/** 2. The store: the group-commit writer reports commits to `committed` (wired below). */
function openStore(config: GatewayConfig, log: Logger, committed: (alerts: CommittedAlert[]) => void) {
  const db = openDb(config.dataDir, config.sync);
  const metrics = createMetrics();
  // --sync full: the WAL is synced on a worker thread, not inside COMMIT on the event loop.
  const diskSync = config.sync === 'full' ? new DiskSync(db, log) : undefined;
  const writer = new StoreWriter(db, {
    afterCommit: diskSync === undefined ? undefined : (done) => diskSync.afterCommit(done),
    // Viewers are sent a revision once it is committed, numbered by its outbox seq.
    onAlerts: committed,
    onCommit: (ms, writes, waitedMs) => {
      metrics.commitSeconds.observe(ms / 1000);
      metrics.commitWrites.observe(writes);
      metrics.ingestLatency.observe(waitedMs / 1000);
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
  return { db, metrics, writer, credentials: new Credentials(db), outbox: new AlertOutbox(db), diskSync };
}

/** 3. The transport the mode asks for; every one hands messages to `pipeline.accept`. */
function buildBroker(
  mode: BrokerMode,
  config: GatewayConfig,
  tls: Tls,
  c: { pipeline: Pipeline; store: ReturnType<typeof openStore>; clock: Clock; log: Logger; sse: SseHub },
): Broker {
  const { pipeline, store, clock, log } = c;
  switch (mode.mode) {
    case 'nats':
      return new NatsWorker(mode.nats, {
        log,
        accept: pipeline.accept,
        decode: (received) => {
          const decoded = classify(received);
          return decoded.ok ? decoded.input.records : [];
        },
        rebuild: (options, records) => pipeline.rebuildFrom(options, records),
        foreignAlert: (alert) => pipeline.storeForeignAlert(alert),
        foreignState: (state) => c.sse.offer({ type: 'device', state }),
      });
    case 'external':
      return new ExternalBroker({ url: mode.url, clientId: mode.clientId, username: mode.username, password: mode.password }, { clock, log, accept: pipeline.accept });
    case 'embedded':
      return new EmbeddedBroker(
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
          credentials: store.credentials,
          clock,
          metrics: store.metrics,
          log,
          accept: pipeline.accept,
          quarantine: (row) => pipeline.quarantine(row),
          outbox: store.outbox,
          saveCursor: (clientId, seq) => store.writer.submitCursor(clientId, seq, clock.now()),
        },
      );
  }
}

export async function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Promise<Gateway> {
  const { mode, simClock, clock, log, policy, tls } = runtime(config, deps);
  const natsMode = mode.mode === 'nats';

  // Store, with what a commit sends on (the sinks and publishers are made just below).
  const store = openStore(config, log, (committed) => {
    for (const c of committed) {
      const alert = { ...c.alert, seq: c.seq };
      if (c.origin === 'local') fanout.publish({ type: 'alert', alert });
      else sse.offer({ type: 'alert', alert });
    }
    store.metrics.outboxSeq.set(committed[committed.length - 1]!.seq);
    publisher?.wake();
    if (broker instanceof EmbeddedBroker) broker.alertsCommitted();
  });
  const { db, metrics, writer, credentials, outbox, diskSync } = store;

  // Sinks: SSE, log, and MQTT out through whichever broker this is.
  const fanout = new Fanout();
  const sse = new SseHub(outbox, (sink) => metrics.sinkDropped.inc({ sink }));
  const states = new DeviceStatePublisher(
    fanout,
    (id) => pipeline.detector.deviceState(id),
    () => pipeline.detector.deviceIds(),
  );

  // The pipeline, with the mode's strategy and the serial admission rule.
  const base: PipelineStrategy = natsMode ? NATS_WORKER : STANDALONE;
  const strategy: PipelineStrategy = { ...base, admit: serialRegisteredOnly((id) => credentials.isActiveDevice(id)) };
  const pipeline: Pipeline = new Pipeline({ db, writer, policy, clock, metrics, log, states, simClock, strategy });

  const broker = buildBroker(mode, config, tls, { pipeline, store, clock, log, sse });
  fanout.add(mqttSink(broker, { liveAlerts: natsMode }, metrics, log));
  fanout.add(sse);
  fanout.add(logSink(log));
  // Alerts reach the broker from the outbox, resuming after a crash where it left off (NATS
  // mode publishes live: its alert stream dedupes).
  const publisher = natsMode
    ? undefined
    : new OutboxPublisher({
        outbox,
        publish: (alert) => broker.publish(alertTopic(alert), alertCodec.encode(alert), { retain: false }),
        saveCursor: (name, seq) => writer.submitCursor(name, seq, clock.now()),
        nowMs: () => clock.now(),
        onError: (error) => log.warn({ err: (error as Error).message }, 'alert publisher: publish failed; retrying'),
      });

  // Serial lines and the commands that go back to cameras.
  const serial: SerialManager = new SerialManager(
    { serial: config.serial, usb: config.serialUsb },
    deps.serialBinding ?? (config.serial.length > 0 ? autoDetect() : (undefined as unknown as Binding)),
    {
      clock,
      log,
      metrics,
      acks: new AckTracker((deviceId, bootId) => writer.seqIndex.contiguous(deviceId, bootId)),
      accept: pipeline.accept,
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
  const ticker = new Ticker(clock, () => pipeline.detector.nextWakeMs(), () => pipeline.tick());
  const natsWorker = broker instanceof NatsWorker ? broker : undefined;

  const api = await buildApi({
    db,
    pipeline,
    credentials,
    metrics,
    sse,
    outbox,
    log,
    detector: () => pipeline.detector,
    // NATS mode: devices other workers own come from the shared state bucket.
    deviceState: (id) => pipeline.detector.deviceState(id) ?? natsWorker?.fleet.get(id),
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

  /** Where each listener ended up (port 0 picks a free one). */
  function fillAddresses(): void {
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
  }

  return {
    config,
    policy,
    db,
    pipeline,
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
        rebuild = pipeline.rebuild();
        log.info({ ...rebuild, lastInputId: pipeline.lastInputId }, 'detector state rebuilt from the store');
      }
      diskSync?.start();
      await broker.start();
      publisher?.wake();
      await serial.start();
      await api.listen({ port: config.httpPort, host: config.httpHost });
      started = true;
      fillAddresses();
      states.start();
      revocations.start();
      // On simulated time, the simulator's clock messages are the ticks.
      if (simClock === undefined) ticker.start();
      else log.warn('SIMULATED TIME: the clock follows bwc/v1/sim/clock; for QA runs only');
      for (const id of pipeline.detector.deviceIds()) states.markDirty(id);
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
      pipeline.snapshot();
      writer.close();
      await diskSync?.stop();
      db.close();
    },
  };
}
