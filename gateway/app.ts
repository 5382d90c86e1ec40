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
import { loadPolicy } from './detect/policy.js';
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
import { createMetrics } from './metrics.js';
import { NATS_WORKER, type PipelineStrategy, STANDALONE, serialRegisteredOnly } from './pipeline/strategy.js';
import { Pipeline } from './pipeline/pipeline.js';
import { DiskSync } from './store/disk-sync.js';
import { Credentials } from './store/credentials.js';
import { openDb } from './store/db.js';
import { AlertOutbox } from './store/outbox.js';
import { type CommittedAlert, StoreWriter } from './store/writer.js';
import { EmbeddedBroker } from './transport/mqtt/embedded-broker.js';
import { ExternalBroker } from './transport/mqtt/external-broker.js';
import { NatsWorker } from './transport/nats/nats-worker.js';
import { alertTopic, topics } from './transport/mqtt/topics.js';
import { AckTracker } from './transport/serial/ack-tracker.js';
import { SerialManager } from './transport/serial/serial-manager.js';
import type { Binding } from './transport/serial/serial-port.js';
import { CommandBook } from './control/command-book.js';
import { DeviceSession } from './control/device-session.js';
import { commandDelivered, mqttSessionAccept } from './control/mqtt-session.js';
import { FRAME_OVERHEAD } from './frame/frame-format.js';
import { FRAMER_DEFAULTS } from './frame/framer.js';
import { CommandStore } from './store/commands.js';
import type { Accept } from './model/received.js';
import { RevocationWatch } from './control/revocation-watch.js';
import { Ticker } from './pipeline/ticker.js';
import { type Broker, type Gateway, RunningGateway } from './lifecycle.js';

export interface GatewayDeps {
  clock?: Clock;
  log?: Logger;
  /** The serialport binding (default: @serialport/bindings-cpp autoDetect()). */
  serialBinding?: Binding;
}

export type { Gateway, GatewayAddresses } from './lifecycle.js';

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
  return { db, metrics, writer, credentials: new Credentials(db), outbox: new AlertOutbox(db), commandStore: new CommandStore(db), diskSync };
}

/** 3. The transport the mode asks for; every one hands messages to `pipeline.accept` (MQTT through the device session). */
function buildBroker(
  mode: BrokerMode,
  config: GatewayConfig,
  tls: Tls,
  c: { pipeline: Pipeline; store: ReturnType<typeof openStore>; clock: Clock; log: Logger; sse: SseHub; control: Control },
): Broker {
  const { pipeline, log } = c;
  let broker: Broker | undefined;
  const accept: Accept = mqttSessionAccept({
    accept: pipeline.accept,
    quarantine: (row, done) => pipeline.quarantine(row, (error) => done(error)),
    session: c.control.session,
    book: c.control.book,
    publish: (topic, payload) => broker!.publish(topic, payload, { retain: false }),
    log,
  });
  return (broker = brokerOf(mode, config, tls, c, accept));
}

function brokerOf(mode: BrokerMode, config: GatewayConfig, tls: Tls, c: Parameters<typeof buildBroker>[3], accept: Accept): Broker {
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
      return new ExternalBroker({ url: mode.url, clientId: mode.clientId, username: mode.username, password: mode.password }, { clock, log, accept });
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
          accept,
          quarantine: (row, done) => pipeline.quarantine(row, done === undefined ? undefined : (error) => done(error)),
          delivered: commandDelivered(c.control.book),
          outbox: store.outbox,
          saveCursor: (clientId, seq) => store.writer.submitCursor(clientId, seq, clock.now()),
        },
      );
  }
}

export async function createGateway(config: GatewayConfig, deps: GatewayDeps = {}): Promise<Gateway> {
  const rt = runtime(config, deps);
  let committed = (_: CommittedAlert[]): void => {};
  const store = openStore(config, rt.log, (alerts) => committed(alerts));
  const pipelineRef: { pipeline?: Pipeline } = {};
  const sinks = buildSinks(store, () => pipelineRef.pipeline!);
  const pipeline = (pipelineRef.pipeline = buildPipeline(rt, store, sinks.states));
  const control = buildControl(config, rt, store);
  const broker = buildBroker(rt.mode, config, rt.tls, { pipeline, store, clock: rt.clock, log: rt.log, sse: sinks.sse, control });
  const publisher = connectSinks(rt, store, sinks, broker);
  committed = sendCommitted(store, sinks, publisher, broker);
  const serial = buildDeviceLinks(config, deps, rt, store, pipeline, broker, control);
  const commands = control.book;
  const revocations = new RevocationWatch(store.credentials, {
    endMqtt: (names) => (broker instanceof EmbeddedBroker ? broker.endSessions(names) : 0),
    endToken: (id) => sinks.sse.endToken(id),
    ended: (kind, n) => store.metrics.sessionsEnded.inc({ kind }, n),
  });
  const api = await buildHttp(config, rt, store, sinks.sse, pipeline, broker, commands, revocations);
  const ticker = new Ticker(rt.clock, () => pipeline.detector.nextWakeMs(), () => pipeline.tick());
  pipeline.onApplied = () => ticker.poke();
  return new RunningGateway({
    ...rt,
    ...store,
    ...sinks,
    config,
    tls: rt.tls !== undefined,
    pipeline,
    broker,
    publisher,
    serial,
    commands,
    revocations,
    ticker,
    api,
  });
}

type Store = ReturnType<typeof openStore>;
type Sinks = ReturnType<typeof buildSinks>;
type Runtime = ReturnType<typeof runtime>;

/** 4. Where revisions go: a fanout (MQTT, SSE, log) and the device-state publisher. */
function buildSinks(store: Store, pipeline: () => Pipeline) {
  const fanout = new Fanout();
  const sse = new SseHub(store.outbox, (sink) => store.metrics.sinkDropped.inc({ sink }));
  const states = new DeviceStatePublisher(
    fanout,
    (id) => pipeline().detector.deviceState(id),
    () => pipeline().detector.deviceIds(),
  );
  return { fanout, sse, states };
}

/** 5. The pipeline, with the mode's strategy and the serial admission rule. */
function buildPipeline(rt: Runtime, store: Store, states: DeviceStatePublisher): Pipeline {
  const base: PipelineStrategy = rt.mode.mode === 'nats' ? NATS_WORKER : STANDALONE;
  const strategy: PipelineStrategy = { ...base, admit: serialRegisteredOnly((id) => store.credentials.isActiveDevice(id)) };
  const { db, writer, metrics } = store;
  return new Pipeline({ db, writer, policy: rt.policy, clock: rt.clock, metrics, log: rt.log, states, simClock: rt.simClock, strategy });
}

/**
 * 6. MQTT out through whichever broker this is, then SSE and the log. Alerts reach the broker
 * from the outbox, resuming after a crash where it left off (NATS mode publishes live: its
 * alert stream dedupes, so there is no outbox publisher).
 */
function connectSinks(rt: Runtime, store: Store, sinks: Sinks, broker: Broker): OutboxPublisher | undefined {
  const natsMode = rt.mode.mode === 'nats';
  sinks.fanout.add(mqttSink(broker, { liveAlerts: natsMode }, store.metrics, rt.log));
  sinks.fanout.add(sinks.sse);
  sinks.fanout.add(logSink(rt.log));
  if (natsMode) return undefined;
  return new OutboxPublisher({
    outbox: store.outbox,
    publish: (alert) => broker.publish(alertTopic(alert), alertCodec.encode(alert), { retain: false }),
    saveCursor: (name, seq) => store.writer.submitCursor(name, seq, rt.clock.now()),
    nowMs: () => rt.clock.now(),
    onError: (error) => rt.log.warn({ err: (error as Error).message }, 'alert publisher: publish failed; retrying'),
  });
}

/** 7. What a commit sends on: each revision, numbered by its outbox seq, to its viewers. */
function sendCommitted(store: Store, sinks: Sinks, publisher: OutboxPublisher | undefined, broker: Broker) {
  return (committed: CommittedAlert[]): void => {
    for (const c of committed) {
      const alert = { ...c.alert, seq: c.seq };
      if (c.origin === 'local') sinks.fanout.publish({ type: 'alert', alert });
      else sinks.sse.offer({ type: 'alert', alert });
    }
    store.metrics.outboxSeq.set(committed[committed.length - 1]!.seq);
    publisher?.wake();
    if (broker instanceof EmbeddedBroker) broker.alertsCommitted();
  };
}

/** 5b. The device session: the command book (durable lifecycle) and the replies cameras get. */
function buildControl(config: GatewayConfig, rt: Runtime, store: Store) {
  const book = new CommandBook(store.commandStore, rt.clock, rt.log);
  const session = new DeviceSession({
    book,
    nowMs: () => rt.clock.now(),
    offlineAfterMs: rt.policy.settings.offlineAfterMs,
    maxMessageBytes: { mqtt: config.maxPacketBytes, serial: FRAMER_DEFAULTS.maxFrameBytes - FRAME_OVERHEAD },
  });
  return { book, session };
}
type Control = ReturnType<typeof buildControl>;

/** 8. Serial lines, and the commands that go back to cameras (over MQTT or the serial link). */
function buildDeviceLinks(config: GatewayConfig, deps: GatewayDeps, rt: Runtime, store: Store, pipeline: Pipeline, broker: Broker, control: Control): SerialManager {
  const { clock, log } = rt;
  const { book, session } = control;
  const serial: SerialManager = new SerialManager(
    { serial: config.serial, usb: config.serialUsb },
    deps.serialBinding ?? (config.serial.length > 0 ? autoDetect() : (undefined as unknown as Binding)),
    {
      clock,
      log,
      metrics: store.metrics,
      acks: new AckTracker((deviceId, bootId) => store.writer.seqIndex.contiguous(deviceId, bootId)),
      accept: pipeline.accept,
      verifyDock: config.serialAuth === 'dock' ? (dockId, secret) => store.credentials.verifyDock(dockId, secret) : undefined,
      session: {
        commandsFor: (deviceId) => book.dueOnSerial(deviceId),
        commandSent: (command) => book.delivered(command.commandId),
        commandResult: (result, sender) => book.result(result, sender),
        helloAccepted: (hello) => session.accepted(hello, 'serial'),
        helloRejected: (hello, reason) => session.rejected(hello, 'serial', reason),
        hellosIn: (accepted) => session.hellosIn(accepted.records),
        nack: (accepted, failed, crc) => session.nack(accepted, failed, crc),
      },
    },
    log,
  );
  book.connect({
    publish: (command) => broker.publish(topics.commands(command.deviceId), commandCodec.encode(command), { retain: false }),
    sendSerial: (command) => serial.linkOf(command.deviceId)?.sendCommand(command) ?? false,
  });
  return serial;
}

/** 9. The HTTP API and dashboard. */
function buildHttp(
  config: GatewayConfig,
  rt: Runtime,
  store: Store,
  sse: SseHub,
  pipeline: Pipeline,
  broker: Broker,
  commands: CommandBook,
  revocations: RevocationWatch,
): Promise<FastifyInstance> {
  const { db, credentials, metrics, outbox, writer } = store;
  const natsWorker = broker instanceof NatsWorker ? broker : undefined;
  return buildApi({
    db,
    pipeline,
    credentials,
    metrics,
    sse,
    outbox,
    log: rt.log,
    detector: () => pipeline.detector,
    // NATS mode: devices other workers own come from the shared state bucket.
    deviceState: (id) => pipeline.detector.deviceState(id) ?? natsWorker?.fleet.get(id),
    fleetIds: natsWorker === undefined ? undefined : () => natsWorker.fleet.keys(),
    storeHealthy: () => writer.isHealthy,
    nowMs: () => rt.clock.now(),
    simClock: rt.simClock !== undefined,
    tls: rt.tls,
    commands,
    revoked: () => revocations.check(),
    metricsPublic: config.metricsPublic,
    beforeMetrics: () => {
      if (broker instanceof EmbeddedBroker) metrics.offlineQueuedBytes.set(broker.offlineQueuedBytes);
    },
    nats: natsWorker === undefined ? undefined : () => ({ workerId: natsWorker.workerId, owned: natsWorker.owned, rebuilds: natsWorker.rebuilds.slice(-5) }),
  });
}
