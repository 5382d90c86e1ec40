/**
 * Drives one device over MQTT for the conformance check: a small broker of its own that the
 * device connects to with its id and secret. A withheld acknowledgement is a PUBACK not sent:
 * the connection is closed, and the device must reconnect (clean session off) and publish again
 * [MQTT-4.4.0-1]. During the outage the device's connection is closed and new ones are refused
 * (CONNACK 3, server unavailable). Hellos are answered on session/hello, commands sent on the
 * device's commands topic, results read from commands/result.
 */
import { createServer } from 'node:net';
import { Aedes, type AuthenticateError, type Client, type PublishPacket } from 'aedes';
import { batchCodec, commandCodec, commandResultCodec, helloReplyCodec, nackCodec, telemetryCodec } from '../decode/codec.js';
import type { Telemetry } from '../model/domain.js';
import { parseTopic, topics } from '../transport/mqtt/topics.js';
import type { Action, ConformanceChecker } from './checker.js';
import { SESSION_LIMITS } from './session-limits.js';

export async function probeMqtt(
  listen: { host: string; port: number },
  credentials: { deviceId: string; secret: string },
  checker: ConformanceChecker,
  durationMs: number,
  onListening: (port: number) => void = () => undefined,
): Promise<void> {
  const id = credentials.deviceId;
  const aedes = await Aedes.createBroker({ maxClientsIdLength: 64 });
  const clients = new Set<Client>();
  const publish = (topic: string, payload: Uint8Array): void =>
    aedes.publish({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 1, retain: false, dup: false } as PublishPacket, () => undefined);
  aedes.authenticate = (client, username, password, callback) => {
    if (checker.inOutage(Date.now())) return callback(Object.assign(new Error('outage (conformance BWC-ACK-2)'), { returnCode: 3 }) as AuthenticateError, false);
    const ok = username === id && password?.toString() === credentials.secret && client.id === id;
    if (ok) callback(null, true);
    else callback(Object.assign(new Error('bad credentials'), { returnCode: 4 }) as AuthenticateError, false);
  };
  aedes.on('client', (client) => {
    clients.add(client);
    checker.connected(client.clean);
  });
  aedes.on('clientDisconnect', (client) => clients.delete(client));
  aedes.on('subscribe', (subs) => {
    for (const s of subs) checker.subscribed(s.topic, s.qos);
  });
  aedes.authorizeSubscribe = (_client, sub, callback) => callback(null, sub);
  aedes.authorizePublish = (client, packet, callback) => {
    if (client === null) return callback(null); // the probe's own publishes
    const topic = parseTopic(packet.topic);
    const now = Date.now();
    if (topic.kind === 'commandResult' && topic.deviceId === id) {
      const r = commandResultCodec.decode(packet.payload as Buffer);
      if (r.ok) checker.commandResult(r.value, now);
      else checker.rejected(r.code, r.message);
      return callback(null);
    }
    if ((topic.kind !== 'telemetry' && topic.kind !== 'batch') || topic.deviceId !== id) {
      checker.rejected('DECODE_FAILED', `publish on ${packet.topic}, expected ${id}'s telemetry topics`);
      return callback(null);
    }
    const decoded = topic.kind === 'telemetry' ? telemetryCodec.decode(packet.payload as Buffer) : batchCodec.decode(packet.payload as Buffer);
    if (!decoded.ok) {
      checker.rejected(decoded.code, decoded.message);
      return callback(null);
    }
    const items: Telemetry[] = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
    let ack = true;
    for (const t of items) {
      const d = checker.message(t, now);
      if (d === 'withhold' || d === 'drop') ack = false;
      // As the gateway does: a refused message is PUBACKed (kept aside) and a Nack says why.
      if (d === 'nack') publish(topics.nack(id), nackCodec.encode({ deviceId: id, bootId: t.bootId, seqs: [t.seq], reason: 'INVALID', resend: false, detail: 'refused on purpose by the conformance check (BWC-NACK-1)', frameCrc: 0 }));
    }
    callback(ack ? null : new Error('acknowledgement withheld by the conformance check'));
  };
  const act = (a: Action): void => {
    if (a.kind === 'command') return publish(topics.commands(id), commandCodec.encode(a.command));
    publish(topics.helloReply(id), helloReplyCodec.encode({ deviceId: id, bootId: a.bootId, status: 'ACCEPTED', reason: '', serverTimeMs: Date.now(), offlineTimeoutS: 90, settings: a.settings, ...SESSION_LIMITS.mqtt }));
  };
  const server = createServer({ noDelay: true }, (socket) => aedes.handle(socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const address = server.address();
  onListening(typeof address === 'object' && address !== null ? address.port : listen.port);
  let down = false;
  const poll = setInterval(() => {
    const now = Date.now();
    for (const a of checker.actions(now)) act(a);
    if (checker.inOutage(now) && !down) {
      down = true;
      for (const c of clients) c.close(); // the link goes down
    }
  }, 50);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  clearInterval(poll);
  await new Promise<void>((resolve) => aedes.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
