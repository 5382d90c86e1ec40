/**
 * Listens to one device over MQTT for the conformance check: a small broker of its own that the
 * device connects to with its id and secret. A withheld acknowledgement is a PUBACK not sent: the
 * connection is closed, and the device must reconnect (clean session off) and publish again
 * [MQTT-4.4.0-1].
 */
import { createServer } from 'node:net';
import { Aedes, type AuthenticateError } from 'aedes';
import { batchCodec, telemetryCodec } from '../decode/codec.js';
import type { Telemetry } from '../model/domain.js';
import { parseTopic } from '../transport/mqtt/topics.js';
import type { ConformanceChecker } from './checker.js';

export async function probeMqtt(
  listen: { host: string; port: number },
  credentials: { deviceId: string; secret: string },
  checker: ConformanceChecker,
  durationMs: number,
  onListening: (port: number) => void = () => undefined,
): Promise<void> {
  const aedes = await Aedes.createBroker({ maxClientsIdLength: 64 });
  aedes.authenticate = (client, username, password, callback) => {
    const ok = username === credentials.deviceId && password?.toString() === credentials.secret && client.id === credentials.deviceId;
    if (ok) callback(null, true);
    else callback(Object.assign(new Error('bad credentials'), { returnCode: 4 }) as AuthenticateError, false);
  };
  aedes.authorizeSubscribe = (_client, sub, callback) => callback(null, sub);
  aedes.authorizePublish = (_client, packet, callback) => {
    const topic = parseTopic(packet.topic);
    if ((topic.kind !== 'telemetry' && topic.kind !== 'batch') || topic.deviceId !== credentials.deviceId) {
      checker.rejected('DECODE_FAILED', `publish on ${packet.topic}, expected ${credentials.deviceId}'s telemetry topics`);
      return callback(null);
    }
    const decoded = topic.kind === 'telemetry' ? telemetryCodec.decode(packet.payload as Buffer) : batchCodec.decode(packet.payload as Buffer);
    if (!decoded.ok) {
      checker.rejected(decoded.code, decoded.message);
      return callback(null);
    }
    const items: Telemetry[] = Array.isArray(decoded.value) ? decoded.value : [decoded.value];
    let ack = true;
    for (const t of items) if (!checker.message(t, Date.now())) ack = false;
    callback(ack ? null : new Error('acknowledgement withheld by the conformance check'));
  };
  const server = createServer({ noDelay: true }, (socket) => aedes.handle(socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const address = server.address();
  onListening(typeof address === 'object' && address !== null ? address.port : listen.port);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  await new Promise<void>((resolve) => aedes.close(() => resolve()));
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
