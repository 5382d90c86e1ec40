/**
 * External broker mode: the gateway is a client of an existing broker (Mosquitto, EMQX, HiveMQ)
 * with a persistent session (clean session 0) and QoS 1 subscriptions. Each PUBACK is held back
 * until the message is durably stored, so the broker redelivers whatever the gateway had not
 * stored when it went down. Device authentication is the broker's job here.
 *
 * The session is our own on mqtt-packet rather than MQTT.js, because MQTT.js reads the next
 * message only once the previous one has been acknowledged: one commit (and fsync) per message,
 * ~3,000 msg/s. Here many messages are in flight at once: they are parsed as they arrive, stored
 * in one group commit, and their PUBACKs leave together, in the order the messages came
 * [MQTT-4.6.0-2]. How many the broker sends ahead is its setting (Mosquitto: max_inflight_messages,
 * 20 by default; set 0 or 1000+). Reading pauses while maxInFlight messages wait for the store.
 */
import './quiet-debug.js'; // before mqtt-packet loads
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import mqttPacket, { type Packet } from 'mqtt-packet';
import type { Clock } from '../../clock.js';
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { Accept } from '../../model/received.js';
import { topics } from './topics.js';

export const EXTERNAL_BROKER_DEFAULTS = {
  /** 30 s keepalive: a PINGREQ every 15 s; no packet for 45 s means the link is dead. */
  keepaliveS: 30,
  /** Reconnect after 1 s, doubling up to 30 s while the broker stays away. */
  reconnectMinMs: 1000,
  reconnectMaxMs: 30_000,
  /** 10 s for the TCP/TLS connection and CONNACK. */
  connectTimeoutMs: 10_000,
  /** 10,000 messages waiting for the store at most; reading from the broker pauses beyond. */
  maxInFlight: 10_000,
};

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

interface Outgoing {
  resolve(): void;
  reject(error: Error): void;
}

const PUBACK = (id: number): Buffer => Buffer.from([0x40, 0x02, id >> 8, id & 0xff]);

export class ExternalBroker {
  private socket: Socket | null = null;
  private connected = false;
  private closing = false;
  private backoffMs = EXTERNAL_BROKER_DEFAULTS.reconnectMinMs;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private lastHeardMs = 0;
  private inFlight = 0;
  private paused = false;
  private nextId = 1;
  private readonly outgoing = new Map<number, Outgoing>();
  /** PUBACKs ready to go, written together once per event-loop turn. */
  private acks: Buffer[] = [];
  private ackScheduled = false;
  private firstConnect: { resolve(): void; reject(error: Error): void } | null = null;
  private readonly url: URL;

  constructor(
    private readonly options: ExternalBrokerOptions,
    private readonly deps: ExternalBrokerDeps,
  ) {
    try {
      this.url = new URL(options.url);
    } catch {
      throw new GatewayError('CONFIG_INVALID', `--broker ${options.url}: not a URL (mqtt://host:port or mqtts://host:port)`);
    }
    if (this.url.protocol !== 'mqtt:' && this.url.protocol !== 'mqtts:') {
      throw new GatewayError('CONFIG_INVALID', `--broker ${options.url}: ${this.url.protocol}// is not supported; use mqtt:// or mqtts://`);
    }
  }

  /** Connects and subscribes; resolves once the first session is up, fails if the first attempt does. */
  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.firstConnect = { resolve, reject };
      this.connect();
    });
  }

  private connect(): void {
    const secure = this.url.protocol === 'mqtts:';
    const port = Number(this.url.port || (secure ? 8883 : 1883));
    const host = this.url.hostname;
    const socket = secure ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
    this.socket = socket;
    socket.setNoDelay(true); // no Nagle delay on QoS 1 round trips
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    const timeout = setTimeout(() => socket.destroy(new Error('no CONNACK within 10 s')), EXTERNAL_BROKER_DEFAULTS.connectTimeoutMs);
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      socket.write(
        mqttPacket.generate({
          cmd: 'connect',
          protocolId: 'MQTT',
          protocolVersion: 4,
          clean: false, // a persistent session: the broker keeps what we have not acknowledged
          clientId: this.options.clientId,
          keepalive: EXTERNAL_BROKER_DEFAULTS.keepaliveS,
          ...(this.options.username !== undefined ? { username: this.options.username } : {}),
          ...(this.options.password !== undefined ? { password: Buffer.from(this.options.password) } : {}),
        }),
      );
    });
    socket.on('data', (chunk: Buffer) => {
      this.lastHeardMs = Date.now();
      parser.parse(chunk);
    });
    parser.on('packet', (packet: Packet) => {
      if (packet.cmd === 'connack') clearTimeout(timeout);
      this.onPacket(socket, packet);
    });
    parser.on('error', (error: Error) => socket.destroy(error));
    socket.on('error', (error) => this.deps.log.warn({ err: error.message, url: this.options.url }, 'external broker connection error'));
    socket.on('close', () => {
      clearTimeout(timeout);
      this.onClose(socket);
    });
  }

  private onPacket(socket: Socket, packet: Packet): void {
    switch (packet.cmd) {
      case 'connack':
        if (packet.returnCode !== 0) {
          const error = new GatewayError('IO_FAILED', `${this.options.url} refused the connection (CONNACK ${packet.returnCode})`);
          this.deps.log.error({ err: error.message }, 'external broker refused the gateway');
          this.firstConnect?.reject(error);
          this.firstConnect = null;
          socket.destroy();
          return;
        }
        this.connected = true;
        this.backoffMs = EXTERNAL_BROKER_DEFAULTS.reconnectMinMs;
        this.startPings(socket);
        // Subscribed every time: harmless when the session kept them, needed when it did not.
        socket.write(mqttPacket.generate({ cmd: 'subscribe', messageId: this.allocateId(), subscriptions: topics.ingest.map((topic) => ({ topic, qos: 1 as const })) }));
        return;
      case 'suback':
        this.deps.log.info({ url: this.options.url }, 'connected to the external broker');
        this.firstConnect?.resolve();
        this.firstConnect = null;
        return;
      case 'publish':
        return this.onPublish(socket, packet);
      case 'puback': {
        const o = this.outgoing.get(packet.messageId!);
        this.outgoing.delete(packet.messageId!);
        o?.resolve();
        return;
      }
      default:
        return; // pingresp (lastHeardMs already moved), unsuback
    }
  }

  private onPublish(socket: Socket, packet: mqttPacket.IPublishPacket): void {
    const qos = packet.qos;
    const messageId = packet.messageId;
    this.inFlight++;
    if (this.inFlight >= EXTERNAL_BROKER_DEFAULTS.maxInFlight && !this.paused) {
      this.paused = true;
      socket.pause();
    }
    this.deps.accept(
      { receivedMs: this.deps.clock.now(), transport: 'broker', topic: packet.topic, payload: packet.payload as Buffer, clientId: null, deviceId: null },
      (error) => {
        this.inFlight--;
        if (this.paused && this.inFlight <= EXTERNAL_BROKER_DEFAULTS.maxInFlight / 2) {
          this.paused = false;
          socket.resume();
        }
        if (socket !== this.socket || socket.destroyed) return; // that session is gone: the broker redelivers
        if (error !== null) {
          // No PUBACK: drop the connection; the broker redelivers on reconnect (persistent session).
          this.deps.log.error({ err: error.message }, 'store failed: reconnecting so the broker redelivers');
          socket.destroy();
          return;
        }
        if (qos === 1 && messageId !== undefined) this.queueAck(socket, messageId);
      },
    );
  }

  /** PUBACKs of one commit leave in one write, in the order their messages arrived. */
  private queueAck(socket: Socket, messageId: number): void {
    this.acks.push(PUBACK(messageId));
    if (this.ackScheduled) return;
    this.ackScheduled = true;
    setImmediate(() => {
      this.ackScheduled = false;
      const acks = this.acks;
      this.acks = [];
      if (socket === this.socket && !socket.destroyed) socket.write(acks.length === 1 ? acks[0]! : Buffer.concat(acks));
    });
  }

  private startPings(socket: Socket): void {
    const everyMs = (EXTERNAL_BROKER_DEFAULTS.keepaliveS * 1000) / 2;
    this.lastHeardMs = Date.now();
    this.pingTimer = setInterval(() => {
      if (Date.now() - this.lastHeardMs > EXTERNAL_BROKER_DEFAULTS.keepaliveS * 1500) socket.destroy(new Error('keepalive: nothing heard from the broker'));
      else socket.write(mqttPacket.generate({ cmd: 'pingreq' }));
    }, everyMs);
    this.pingTimer.unref();
  }

  private onClose(socket: Socket): void {
    if (socket !== this.socket) return;
    this.socket = null;
    this.connected = false;
    this.acks = [];
    if (this.pingTimer !== null) clearInterval(this.pingTimer);
    this.pingTimer = null;
    for (const o of this.outgoing.values()) o.reject(new GatewayError('IO_FAILED', 'the external broker connection closed before PUBACK'));
    this.outgoing.clear();
    if (this.closing) return;
    if (this.firstConnect !== null) {
      this.firstConnect.reject(new GatewayError('IO_FAILED', `cannot connect to ${this.options.url}`));
      this.firstConnect = null;
      return;
    }
    this.deps.log.warn({ url: this.options.url, retryMs: this.backoffMs }, 'external broker offline; retrying');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect();
    }, this.backoffMs);
    this.backoffMs = Math.min(this.backoffMs * 2, EXTERNAL_BROKER_DEFAULTS.reconnectMaxMs);
  }

  private allocateId(): number {
    for (let i = 0; i < 65_535; i++) {
      const id = this.nextId;
      this.nextId = id === 65_535 ? 1 : id + 1;
      if (!this.outgoing.has(id)) return id;
    }
    throw new GatewayError('QUEUE_FULL', '65,535 publishes waiting for PUBACK');
  }

  /** Publishes at QoS 1 (alerts, device states, commands); resolves on the broker's PUBACK. */
  publish(topic: string, payload: Uint8Array, options: { retain: boolean }): Promise<void> {
    const socket = this.socket;
    if (socket === null || !this.connected) return Promise.reject(new GatewayError('IO_FAILED', 'external broker not connected'));
    const messageId = this.allocateId();
    return new Promise((resolve, reject) => {
      this.outgoing.set(messageId, { resolve, reject });
      socket.write(mqttPacket.generate({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain: options.retain, dup: false, messageId }));
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.reconnectTimer !== null) clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    if (socket === null) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      if (this.connected) socket.end(mqttPacket.generate({ cmd: 'disconnect' }));
      else socket.destroy();
      setTimeout(() => socket.destroy(), 2000).unref();
    });
  }
}
