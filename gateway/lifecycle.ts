/**
 * A wired gateway's life: `start()` opens the parts in the order messages need them (store
 * sync, broker, serial, HTTP), then the timers; `close()` stops them in reverse and leaves
 * nothing open (tests check). The admin token is made only once every listener is up, so a
 * start that fails (a port in use) does not use up its one-time print.
 */
import type { FastifyInstance } from 'fastify';
import type { DeviceStatePublisher } from './alerts/device-states.js';
import type { OutboxPublisher } from './alerts/outbox-publisher.js';
import type { Fanout } from './alerts/sink.js';
import type { SseHub } from './api/sse.js';
import type { Clock, ManualClock } from './clock.js';
import type { GatewayConfig } from './config/gateway-config.js';
import type { CommandBook } from './control/command-book.js';
import type { RevocationWatch } from './control/revocation-watch.js';
import type { Policy } from './detect/policy.js';
import type { Logger } from './log.js';
import type { GatewayMetrics } from './metrics.js';
import type { Pipeline } from './pipeline/pipeline.js';
import type { Ticker } from './pipeline/ticker.js';
import type { Credentials } from './store/credentials.js';
import type { Db } from './store/db.js';
import type { DiskSync } from './store/disk-sync.js';
import type { StoreWriter } from './store/writer.js';
import { EmbeddedBroker } from './transport/mqtt/embedded-broker.js';
import type { ExternalBroker } from './transport/mqtt/external-broker.js';
import { NatsWorker } from './transport/nats/nats-worker.js';
import type { SerialManager } from './transport/serial/serial-manager.js';

export type Broker = EmbeddedBroker | ExternalBroker | NatsWorker;

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
  readonly commands: CommandBook;
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

/** Everything createGateway wired, handed over whole. */
export interface GatewayParts {
  config: GatewayConfig;
  policy: Policy;
  clock: Clock;
  simClock: ManualClock | undefined;
  log: Logger;
  tls: boolean;
  db: Db;
  metrics: GatewayMetrics;
  writer: StoreWriter;
  credentials: Credentials;
  diskSync: DiskSync | undefined;
  pipeline: Pipeline;
  broker: Broker;
  fanout: Fanout;
  sse: SseHub;
  states: DeviceStatePublisher;
  publisher: OutboxPublisher | undefined;
  serial: SerialManager;
  commands: CommandBook;
  revocations: RevocationWatch;
  ticker: Ticker;
  api: FastifyInstance;
}

export class RunningGateway implements Gateway {
  readonly config: GatewayConfig;
  readonly policy: Policy;
  readonly db: Db;
  readonly pipeline: Pipeline;
  readonly credentials: Credentials;
  readonly metrics: GatewayMetrics;
  readonly writer: StoreWriter;
  readonly serial: SerialManager;
  readonly commands: CommandBook;
  readonly api: FastifyInstance;
  readonly nats: NatsWorker | undefined;
  readonly addresses: GatewayAddresses = { mqtt: '', ws: '', http: '', serial: [] };
  adminToken: string | undefined;
  rebuild: Gateway['rebuild'];
  private started = false;

  constructor(private readonly p: GatewayParts) {
    ({ config: this.config, policy: this.policy, db: this.db, pipeline: this.pipeline, credentials: this.credentials } = p);
    ({ metrics: this.metrics, writer: this.writer, serial: this.serial, commands: this.commands, api: this.api } = p);
    this.nats = p.broker instanceof NatsWorker ? p.broker : undefined;
  }

  async start(): Promise<void> {
    const { pipeline, log, diskSync, broker, publisher, serial, api, config, states, revocations, simClock, ticker } = this.p;
    // A NATS worker rebuilds from JetStream when it takes its partitions (in broker.start()).
    if (this.nats === undefined) {
      this.rebuild = pipeline.rebuild();
      log.info({ ...this.rebuild, lastInputId: pipeline.lastInputId }, 'detector state rebuilt from the store');
    }
    diskSync?.start();
    await broker.start();
    publisher?.wake();
    await serial.start();
    await api.listen({ port: config.httpPort, host: config.httpHost });
    this.started = true;
    this.fillAddresses();
    // Only now that every listener is up: a failed start must not use up the one-time print.
    if (!this.credentials.hasTokens()) this.adminToken = this.credentials.createToken('admin', 'admin', this.p.clock.now());
    states.start();
    revocations.start();
    this.commands.start();
    // On simulated time, the simulator's clock messages are the ticks.
    if (simClock === undefined) ticker.start();
    else log.warn('SIMULATED TIME: the clock follows bwc/v1/sim/clock; for QA runs only');
    for (const id of pipeline.detector.deviceIds()) states.markDirty(id);
  }

  async close(): Promise<void> {
    const { ticker, revocations, publisher, states, serial, broker, log, sse, api, fanout, pipeline, writer, diskSync, db } = this.p;
    ticker.stop();
    revocations.stop();
    this.commands.stop();
    publisher?.stop();
    states.stop();
    if (this.started) {
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
  }

  /** Where each listener ended up (port 0 picks a free one). */
  private fillAddresses(): void {
    const { config, broker, api, serial } = this.p;
    const a = this.addresses;
    const scheme = this.p.tls ? 's' : '';
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    const httpShown = config.httpHost === '0.0.0.0' ? 'localhost' : config.httpHost;
    if (broker instanceof EmbeddedBroker) {
      a.mqtt = `mqtt${scheme}://${shown}:${broker.mqttPort}`;
      a.ws = `ws${scheme}://${shown}:${broker.wsPort}`;
    } else if (this.nats !== undefined) a.nats = `${config.nats} (partitions ${this.nats.owned.join(',') || 'none yet'})`;
    else if (config.broker !== undefined) a.broker = config.broker;
    const httpAddress = api.server.address();
    a.http = `http${scheme}://${httpShown}:${typeof httpAddress === 'object' && httpAddress ? httpAddress.port : config.httpPort}`;
    for (const path of serial.links.keys()) a.serial.push(path);
  }
}
