/**
 * The embedded MQTT broker (aedes 1.x) on TCP and WebSocket, with TLS when a certificate is
 * given. Telemetry is consumed in `authorizePublish`, which holds the QoS 1 PUBACK back until the
 * record is durably stored (aedes sends the PUBACK before its `published` hook runs, so that
 * hook cannot give this guarantee). Every connection is guarded by a packet size limit.
 */
import './quiet-debug.js'; // before mqtt-packet loads
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer as createTlsServer, TLSSocket } from 'node:tls';
import { Aedes, type AuthenticateError, type Client, type PublishPacket } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';
import type { Clock } from '../../clock.js';
import { GatewayError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { GatewayMetrics } from '../../metrics.js';
import type { Accept } from '../../model/received.js';
import type { Credentials, Principal } from '../../store/credentials.js';
import type { AlertOutbox } from '../../store/outbox.js';
import type { QuarantineRow } from '../../model/input.js';
import { mayPublish, maySubscribe } from './access.js';
import { Admission, ADMISSION_DEFAULTS, type AdmissionOptions } from './admission.js';
import { boundedPersistence, OFFLINE_QUEUE_DEFAULTS, type OfflineQueueOptions } from './offline-queue.js';
import { TOO_LARGE_PREFIX, guardConnection } from './packet-guard.js';
import { PubackBatch } from './puback-batch.js';
import { nackCodec } from '../../decode/codec.js';
import { isAlertTopic, topics } from './topics.js';
import { ViewerSessions } from './viewer-sessions.js';

export const BROKER_DEFAULTS = {
  /** 256 KiB: a Telemetry is ~100 B, a 2,000-item batch ~200 KiB; more is an attack. */
  maxPacketBytes: 256 * 1024,
  /** A PUBLISH over the limit but at most 4x it is read (not buffered) and refused with a reason,
   *  keeping the connection; a larger one closes it (reading 200 MB to refuse it costs too much). */
  refuseUpToFactor: 4,
  /** 10 s to wait for a slow subscriber's socket to drain before dropping it, so one frozen
   *  subscriber cannot stall delivery to the others (aedes' default is 60 s). */
  drainTimeoutMs: 10_000,
  /** 42 packets queued before CONNACK per client (aedes' default, stated explicitly). */
  queueLimit: 42,
  /** 10 s for a new connection to send CONNECT (silent sockets are closed). */
  connectTimeoutMs: 10_000,
  /** 100 messages delivered concurrently by the broker's emitter. */
  concurrency: 100,
};

export interface BrokerOptions {
  host: string;
  mqttPort: number;
  wsPort: number;
  tls?: { cert: Buffer; key: Buffer } | undefined;
  /** With TLS: cameras must present a certificate from this CA whose CN is their device id. */
  tlsCa?: Buffer | undefined;
  maxPacketBytes?: number;
  connectTimeoutMs?: number;
  admission?: Partial<AdmissionOptions>;
  offlineQueue?: Partial<OfflineQueueOptions>;
}

export interface BrokerDeps {
  credentials: Credentials;
  clock: Clock;
  metrics: GatewayMetrics;
  log: Logger;
  /** Where received messages go; `done` runs once the message is durable (or failed). */
  accept: Accept;
  /** Where connection-level bad input is recorded (an oversize packet); `done` once it is durable. */
  quarantine(row: QuarantineRow, done?: (error: Error | null) => void): void;
  /** The alert outbox persistent viewers are served from, and where their cursors are saved. */
  outbox: AlertOutbox;
  saveCursor(clientId: string, seq: number): void;
  /** A client acknowledged a QoS 1 message the broker sent it (a camera's command). */
  delivered?(topic: string, payload: Uint8Array, clientId: string): void;
}

interface AuthedClient extends Client {
  principal?: Principal;
}

/** What the broker knows of a connection's transport, kept on the stream aedes reads. */
interface ConnInfo {
  remoteIp: string;
  tlsSocket: TLSSocket | null;
}
const connInfo = (client: Client): ConnInfo => ((client.conn as unknown as { bwc?: ConnInfo }).bwc ?? { remoteIp: '', tlsSocket: null });

function authError(message: string, returnCode: 2 | 3 | 4 | 5): AuthenticateError {
  return Object.assign(new Error(message), { returnCode }) as AuthenticateError;
}

export class EmbeddedBroker {
  private aedes: Aedes | null = null;
  private tcp: NetServer | null = null;
  private http: HttpServer | null = null;
  private wss: WebSocketServer | null = null;
  private readonly sockets = new Set<Duplex>();
  readonly maxPacketBytes: number;
  readonly admission: Admission;
  readonly viewers: ViewerSessions;
  /** Authenticated connections (to end a revoked credential's sessions). */
  private readonly clients = new Set<AuthedClient>();
  private persistence: ReturnType<typeof boundedPersistence> | null = null;
  private readonly pubacks = new PubackBatch(BROKER_DEFAULTS.drainTimeoutMs);

  constructor(
    private readonly options: BrokerOptions,
    private readonly deps: BrokerDeps,
  ) {
    this.maxPacketBytes = options.maxPacketBytes ?? BROKER_DEFAULTS.maxPacketBytes;
    this.admission = new Admission({ ...ADMISSION_DEFAULTS, ...options.admission });
    this.viewers = new ViewerSessions({ outbox: deps.outbox, saveCursor: deps.saveCursor, nowMs: () => deps.clock.now() });
  }

  /** New alert revisions are in the outbox: persistent viewers' pumps take them. */
  alertsCommitted(): void {
    this.viewers.committed();
  }

  /** Closes the connections of these usernames (revoked credentials); returns how many. */
  endSessions(names: ReadonlySet<string>): number {
    let n = 0;
    for (const client of [...this.clients]) {
      if (client.principal === undefined || !names.has(client.principal.name)) continue;
      this.deps.log.warn({ audit: 'session_ended', client: client.id, username: client.principal.name }, 'credential revoked: session ended');
      client.close();
      n++;
    }
    return n;
  }

  /** Bytes queued for offline persistent sessions. */
  get offlineQueuedBytes(): number {
    return this.persistence?.queuedBytes() ?? 0;
  }

  get mqttPort(): number {
    return (this.tcp?.address() as AddressInfo | null)?.port ?? 0;
  }

  get wsPort(): number {
    return (this.http?.address() as AddressInfo | null)?.port ?? 0;
  }

  async start(): Promise<void> {
    const aedes = await this.createAedes();
    this.authorize(aedes);
    this.consumeClientPublishes(aedes);
    this.watchSessions(aedes);
    await this.listen(aedes);
  }

  /** aedes with our bounded offline queues and the limits in BROKER_DEFAULTS. */
  private async createAedes(): Promise<Aedes> {
    const { deps } = this;
    const viewers = this.viewers;
    this.persistence = boundedPersistence(
      { ...OFFLINE_QUEUE_DEFAULTS, ...this.options.offlineQueue },
      { isAlertTopic, isOutboxAlert: (payload) => viewers.isOutboxAlert(payload), onDrop: () => deps.metrics.offlineDropped.inc() },
    );
    const aedes = await Aedes.createBroker({
      persistence: this.persistence as never,
      drainTimeout: BROKER_DEFAULTS.drainTimeoutMs,
      queueLimit: BROKER_DEFAULTS.queueLimit,
      connectTimeout: this.options.connectTimeoutMs ?? BROKER_DEFAULTS.connectTimeoutMs,
      concurrency: BROKER_DEFAULTS.concurrency,
      maxClientsIdLength: 64,
    });
    this.aedes = aedes;
    return aedes;
  }

  /**
   * What a client publishes is consumed in authorizePublish (stored, then PUBACKed) and nobody
   * may subscribe to it (access.ts: clients read only alerts, device state, and a camera its own
   * commands and session replies, all published by the gateway itself). So aedes is not asked to
   * route it: no match against every subscription and no retained or offline store, per message.
   * The gateway's own publishes (no client) are routed as usual.
   */
  private consumeClientPublishes(aedes: Aedes): void {
    const route = aedes.publish.bind(aedes) as (packet: PublishPacket, client: unknown, done?: (error?: Error) => void) => void;
    (aedes as unknown as { publish: typeof route }).publish = (packet, client, done) => {
      if (client !== null && typeof client === 'object') return done?.();
      route(packet, client, done);
    };
  }

  /** Who may connect (credentials, client id, certificate), publish and subscribe. */
  private authorize(aedes: Aedes): void {
    const { deps } = this;
    const viewers = this.viewers;
    const admission = this.admission;
    const tlsCa = this.options.tlsCa;
    aedes.authenticate = (client: AuthedClient, username, password, callback) => {
      const { remoteIp, tlsSocket } = connInfo(client);
      const refuse = (why: string, code: 2 | 3 | 4 | 5, failed = true): void => {
        deps.metrics.authDenied.inc({ action: 'connect' });
        if (failed) admission.authFailed(remoteIp);
        deps.log.warn({ audit: 'connect_refused', client: client.id, username, ip: remoteIp, why }, 'connection refused');
        callback(authError(why, code), false);
      };
      if (username === undefined || password === undefined) return refuse('no credentials', 4);
      if (admission.banned(remoteIp)) return refuse('too many failed attempts from this address: paused', 3, false);
      const queued = admission.authenticate((release) => {
        deps.credentials.verify(username, password.toString('utf8')).then(
          (principal) => {
            release();
            if (principal === undefined) return refuse('bad username or password', 4);
            // A camera's client id is its device id: nobody can take over another camera's session.
            if (principal.kind === 'device' && client.id !== principal.name) return refuse(`client id ${client.id} is not ${principal.name}`, 2);
            if (tlsCa !== undefined && principal.kind === 'device') {
              if (tlsSocket === null || !tlsSocket.authorized) return refuse(`no valid client certificate (${tlsSocket?.authorizationError ?? 'none presented'})`, 5);
              const cn = tlsSocket.getPeerCertificate().subject?.CN;
              if (cn !== principal.name) return refuse(`the client certificate is for ${String(cn)}, not ${principal.name}`, 5);
            }
            // Nor can an account take a camera's client id (it would kick the camera and, with a
            // persistent session, receive the camera's queued commands).
            if (principal.kind === 'account' && deps.credentials.isDevice(client.id)) return refuse(`client id ${client.id} belongs to a camera`, 2);
            client.principal = principal;
            callback(null, true);
          },
          (error: unknown) => {
            release();
            refuse(`credential check failed: ${(error as Error).message}`, 3, false);
          },
        );
      });
      if (!queued) refuse('too many connections being authenticated: try again', 3, false);
    };

    aedes.authorizePublish = (client: AuthedClient | null, packet: PublishPacket, callback) => {
      if (client === null) return callback(null); // the broker's own (will messages)
      if (packet.topic.startsWith(TOO_LARGE_PREFIX)) return this.refuseTooLarge(client, packet, callback);
      const principal = client.principal;
      if (principal === undefined || !mayPublish(principal, packet.topic)) {
        deps.metrics.authDenied.inc({ action: 'publish' });
        deps.log.warn({ audit: 'publish_refused', client: client.id, topic: packet.topic }, 'publish refused');
        return callback(new Error(`not authorized to publish on ${packet.topic}`));
      }
      packet.retain = false; // telemetry and activities are never retained
      // The rate limit is for cameras; operator accounts (CAD, a simulator's clock) are trusted.
      const wait = principal.kind === 'device' ? admission.publishDelay(principal.name) : 0;
      if (wait > 0) {
        deps.metrics.publishThrottled.inc();
        setTimeout(() => this.accept(client, principal, packet, callback), wait);
      } else this.accept(client, principal, packet, callback);
    };

    aedes.authorizeSubscribe = (client: AuthedClient, sub, callback) => {
      const principal = client.principal;
      if (principal === undefined || !maySubscribe(principal, sub.topic)) {
        deps.metrics.authDenied.inc({ action: 'subscribe' });
        deps.log.warn({ audit: 'subscribe_refused', client: client.id, topic: sub.topic }, 'subscribe refused');
        return callback(null, null); // SUBACK 0x80 for this filter [MQTT-3.9.3]
      }
      callback(null, sub);
    };

    aedes.authorizeForward = (client, packet) => (viewers.mayForward(client, packet.topic, packet.payload as Buffer) ? packet : null);
  }

  /** Connected clients, persistent viewers' subscriptions and acknowledgements. */
  private watchSessions(aedes: Aedes): void {
    const { deps } = this;
    const viewers = this.viewers;
    aedes.on('client', (client: AuthedClient) => {
      deps.metrics.connectedClients.inc({ role: client.principal?.role ?? 'unknown' });
      this.clients.add(client);
      if (client.principal?.kind === 'account') viewers.connected(client);
    });
    aedes.on('clientDisconnect', (client: AuthedClient) => {
      deps.metrics.connectedClients.dec({ role: client.principal?.role ?? 'unknown' });
      this.clients.delete(client);
      if (viewers.size > 0) viewers.disconnected(client);
      if (!client.clean) this.persistence?.dropAlerts(client.id);
    });
    aedes.on('subscribe', (subs, client: AuthedClient) => viewers.subscribed(client, subs.map((sub) => sub.topic)));
    aedes.on('unsubscribe', (filters, client: AuthedClient) => viewers.unsubscribed(client, filters));
    aedes.on('ack', (packet, client) => {
      if (packet === undefined || !('payload' in packet)) return;
      viewers.acknowledged(client, packet.payload as Buffer);
      deps.delivered?.(packet.topic, packet.payload as Buffer, client.id);
    });
    aedes.on('clientError', (client, error) => deps.log.debug({ client: client.id, err: error.message }, 'client error'));
    aedes.on('connectionError', (client, error) => deps.log.debug({ client: client.id, err: error.message }, 'connection error'));
  }

  /** TCP (or TLS) and WebSocket listeners; every connection through admission and the packet guard. */
  private async listen(aedes: Aedes): Promise<void> {
    const { deps } = this;
    const admission = this.admission;
    const tlsCa = this.options.tlsCa;
    const handle = (raw: Duplex, socketLike: { setNoDelay?: (v: boolean) => void; remoteAddress?: string | undefined }, req?: unknown): void => {
      const remoteIp = socketLike.remoteAddress ?? '';
      if (!admission.connected(remoteIp)) {
        deps.metrics.connectionsClosed.inc({ reason: 'PER_IP_LIMIT' });
        raw.destroy();
        return;
      }
      // Nagle's algorithm costs ~40 ms per QoS 1 round trip: disable it.
      socketLike.setNoDelay?.(true);
      const guarded = guardConnection(raw, this.maxPacketBytes, {
        onViolation: (v) => {
          const clientId = (guarded as Duplex & { client?: Client }).client?.id ?? null;
          deps.metrics.connectionsClosed.inc({ reason: 'PROTOCOL_ERROR' });
          deps.log.warn({ audit: 'protocol_error', clause: v.clause, client: clientId, ip: remoteIp }, `MQTT rule broken (${v.message}): connection closed`);
        },
        onOversize: (size) => {
          const clientId = (guarded as Duplex & { client?: Client }).client?.id ?? null;
          deps.metrics.connectionsClosed.inc({ reason: 'TOO_LARGE' });
          deps.log.warn({ audit: 'oversize_packet', size, limit: this.maxPacketBytes, client: clientId }, 'packet over the size limit: connection closed');
          deps.quarantine({
            receivedMs: deps.clock.now(),
            transport: 'mqtt',
            topic: null,
            clientId,
            deviceId: null,
            reason: 'TOO_LARGE',
            message: `an MQTT packet of ${size} bytes (limit ${this.maxPacketBytes}): connection closed before buffering it`,
            payload: null,
            size,
          });
        },
      }, this.maxPacketBytes * BROKER_DEFAULTS.refuseUpToFactor);
      (guarded as unknown as { bwc: ConnInfo }).bwc = { remoteIp, tlsSocket: socketLike instanceof TLSSocket ? socketLike : null };
      this.sockets.add(guarded);
      guarded.on('close', () => {
        this.sockets.delete(guarded);
        admission.closed(remoteIp);
      });
      aedes.handle(guarded as never, req as never);
    };

    const tls = this.options.tls;
    this.tcp =
      tls === undefined
        ? createNetServer({ noDelay: true })
        : createTlsServer({ cert: tls.cert, key: tls.key, ...(tlsCa !== undefined ? { ca: tlsCa, requestCert: true, rejectUnauthorized: false } : {}) });
    this.tcp.on('connection', (socket: Socket) => {
      if (tls === undefined) handle(socket, socket);
    });
    if (tls !== undefined) this.tcp.on('secureConnection', (socket: Socket) => handle(socket, socket));

    this.http = tls === undefined ? createHttpServer() : createHttpsServer({ cert: tls.cert, key: tls.key });
    this.wss = new WebSocketServer({ server: this.http, maxPayload: this.maxPacketBytes + 8 });
    this.wss.on('connection', (ws, req) => {
      const stream = createWebSocketStream(ws);
      handle(stream, req.socket, req);
    });

    await listen(this.tcp, this.options.mqttPort, this.options.host);
    await listen(this.http, this.options.wsPort, this.options.host);
  }

  /**
   * An oversize PUBLISH the packet guard read and replaced (packet-guard.ts): kept aside as
   * TOO_LARGE (counted in bwc_quarantined_total), PUBACKed once that is durable (in order with
   * the others), and a Nack TOO_LARGE to the camera, which should split it. Nobody receives it:
   * no one may subscribe to $bwc/…, and wildcards never match a $ topic [MQTT-4.7.2-1].
   */
  private refuseTooLarge(client: AuthedClient, packet: PublishPacket, callback: (error?: Error | null) => void): void {
    const { deps } = this;
    const rest = packet.topic.slice(TOO_LARGE_PREFIX.length);
    const size = Number(rest.slice(0, rest.indexOf('/')));
    const topic = rest.slice(rest.indexOf('/') + 1);
    const principal = client.principal;
    const deviceId = principal?.role === 'device' ? principal.name : null;
    const message = `an MQTT PUBLISH of ${size} bytes on ${topic} (limit ${this.maxPacketBytes}): not read; split it and send the parts`;
    deps.log.warn({ audit: 'oversize_publish', size, limit: this.maxPacketBytes, client: client.id, topic }, 'PUBLISH over the size limit: refused, connection kept');
    const row = { receivedMs: deps.clock.now(), transport: 'mqtt' as const, topic, clientId: client.id, deviceId, reason: 'TOO_LARGE', message, payload: null, size };
    deps.quarantine(row, (error) => {
      if (error) return callback(error); // no PUBACK if even that could not be stored
      this.acknowledged(client, packet, callback);
      if (deviceId === null) return;
      const nack = { deviceId, bootId: 0, seqs: [], reason: 'TOO_LARGE' as const, resend: true, detail: message, frameCrc: 0 };
      this.publish(topics.nack(deviceId), nackCodec.encode(nack), { retain: false }).catch(() => undefined);
    });
  }

  /** Hands a publish to the store; the PUBACK goes out once it is durable. */
  private accept(client: Client, principal: Principal, packet: PublishPacket, callback: (error?: Error | null) => void): void {
    this.deps.accept(
      {
        receivedMs: this.deps.clock.now(),
        transport: 'mqtt',
        topic: packet.topic,
        payload: packet.payload as Buffer,
        clientId: client.id,
        deviceId: principal.role === 'device' ? principal.name : null,
      },
      (error) => {
        // On a failed write, no PUBACK: the error closes the connection and the camera resends.
        if (error) return callback(error);
        this.acknowledged(client, packet, callback);
      },
    );
  }

  /**
   * A stored QoS 1 PUBLISH: its PUBACK goes in the commit's batch (puback-batch.ts), and aedes is
   * told it was QoS 0 so it sends none of its own (it routes nothing either: see
   * consumeClientPublishes). QoS 0 and 2 go the usual way.
   */
  private acknowledged(client: Client, packet: PublishPacket, callback: (error?: Error | null) => void): void {
    if (packet.qos !== 1 || packet.messageId === undefined) return callback(null);
    (packet as { qos: number }).qos = 0;
    this.pubacks.add(client.conn as Duplex, packet.messageId, callback);
  }

  publish(topic: string, payload: Uint8Array, options: { retain: boolean }): Promise<void> {
    const aedes = this.aedes;
    if (aedes === null) return Promise.reject(new GatewayError('IO_FAILED', 'broker not started'));
    return new Promise((resolve, reject) => {
      aedes.publish(
        { cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain: options.retain, dup: false } as PublishPacket,
        (error?: Error) => (error ? reject(error) : resolve()),
      );
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    this.wss?.close();
    await Promise.all([closeServer(this.tcp), closeServer(this.http)]);
    const aedes = this.aedes;
    if (aedes !== null) await new Promise<void>((resolve) => aedes.close(() => resolve()));
    this.aedes = null;
  }
}

function listen(server: NetServer | HttpServer, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new GatewayError('IO_FAILED', `cannot listen on ${host}:${port}: ${error.message}`, { cause: error })),
    );
    server.listen(port, host, () => resolve());
  });
}

function closeServer(server: NetServer | HttpServer | null): Promise<void> {
  if (server === null || !server.listening) return Promise.resolve();
  return new Promise((resolve) => server.close(() => resolve()));
}
