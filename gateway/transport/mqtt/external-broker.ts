/**
 * External broker mode: the gateway is a client (MQTT.js) of an existing broker (Mosquitto,
 * EMQX, HiveMQ) with a persistent session (clean: false) and QoS 1 subscriptions. Its PUBACK to
 * the broker is held back until the message is durably stored, so the broker redelivers anything
 * the gateway had not stored when it went down. Device authentication is the broker's job here.
 */
import type { Socket } from 'node:net';
import mqtt, { type IClientOptions, type MqttClient, type Packet } from 'mqtt';
import type { Clock } from '../../clock.js';
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Accept } from '../../model/received.js';
import { topics } from './topics.js';

export interface ExternalBrokerOptions {
  url: string;
  clientId: string;
  username?: string | undefined;
  password?: string | undefined;
}

export interface ExternalBrokerDeps {
  clock: Clock;
  log: Logger;
  accept: Accept;
}

export class ExternalBroker {
  private client: MqttClient | null = null;

  constructor(
    private readonly options: ExternalBrokerOptions,
    private readonly deps: ExternalBrokerDeps,
  ) {}

  async start(): Promise<void> {
    const opts: IClientOptions = {
      clientId: this.options.clientId,
      clean: false, // a persistent session: the broker keeps what we have not acknowledged
      protocolVersion: 4,
      keepalive: 30,
      reconnectPeriod: 1000,
      connectTimeout: 10_000,
      resubscribe: true,
    };
    if (this.options.username !== undefined) opts.username = this.options.username;
    if (this.options.password !== undefined) opts.password = this.options.password;
    const client = mqtt.connect(this.options.url, opts);
    this.client = client;
    // MQTT.js sends the PUBACK once handleMessage calls back: call back only when durable.
    client.handleMessage = (packet: Packet, callback: (error?: Error) => void) => {
      if (packet.cmd !== 'publish') return callback();
      this.deps.accept(
        {
          receivedMs: this.deps.clock.now(),
          transport: 'broker',
          topic: packet.topic,
          payload: packet.payload as Buffer,
          clientId: null,
          deviceId: null,
        },
        (error) => {
          if (error === null) return callback();
          // No PUBACK: drop the connection; the broker redelivers on reconnect (persistent session).
          this.deps.log.error({ err: error.message }, 'store failed: reconnecting so the broker redelivers');
          client.end(true, () => client.reconnect());
        },
      );
    };
    client.on('connect', () => {
      (client.stream as Socket).setNoDelay?.(true); // no Nagle delay on QoS 1 round trips
      this.deps.log.info({ url: this.options.url }, 'connected to the external broker');
    });
    client.on('error', (error) => this.deps.log.warn({ err: error.message }, 'external broker error'));
    client.on('offline', () => this.deps.log.warn({ url: this.options.url }, 'external broker offline; retrying'));
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error): void => reject(new GatewayError('IO_FAILED', `cannot connect to ${this.options.url}: ${error.message}`, { cause: error }));
      client.once('connect', () => {
        client.off('error', fail);
        resolve();
      });
      client.once('error', fail);
    });
    await client.subscribeAsync(topics.ingest.map((t) => ({ topic: t, qos: 1 as const })).reduce<Record<string, { qos: 1 }>>((acc, s) => ({ ...acc, [s.topic]: { qos: 1 } }), {}));
  }

  async publish(topic: string, payload: Uint8Array, options: { retain: boolean }): Promise<void> {
    const client = this.client;
    if (client === null) throw new GatewayError('IO_FAILED', 'external broker not connected');
    await client.publishAsync(topic, Buffer.from(payload), { qos: 1, retain: options.retain });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = null;
    if (client !== null) await client.endAsync();
  }
}
