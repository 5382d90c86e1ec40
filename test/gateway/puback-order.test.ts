/**
 * [MQTT-4.6.0-2]: PUBACKs go back in the order the PUBLISH packets came. The gateway writes the
 * PUBACKs of one group commit per connection in one buffer (transport/mqtt/puback-batch.ts),
 * and a refused oversize PUBLISH, a quarantined one and stored ones share a commit: a raw
 * client sends them all back to back and reads the acknowledgements byte by byte.
 */
import { connect as netConnect } from 'node:net';
import mqttPacket from 'mqtt-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type TestGateway, startGateway, telemetry } from '../helpers/gateway.js';

describe('PUBACK order', () => {
  let t: TestGateway;
  let secret: string;
  beforeAll(async () => {
    t = await startGateway();
    secret = await t.addDevice('cam-order');
  });
  afterAll(async () => t.close());

  it('acknowledges 600 QoS 1 PUBLISHes sent back to back exactly once each, in the order sent', async () => {
    const url = new URL(t.gateway.addresses.mqtt);
    const socket = netConnect({ host: url.hostname, port: Number(url.port) });
    const parser = mqttPacket.parser({ protocolVersion: 4 });
    const acks: number[] = [];
    let connack = -1;
    parser.on('packet', (p) => {
      if (p.cmd === 'connack') connack = p.returnCode ?? -1;
      if (p.cmd === 'puback') acks.push(p.messageId!);
    });
    socket.on('data', (b) => parser.parse(b));
    socket.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: false, clientId: 'cam-order', keepalive: 60, username: 'cam-order', password: Buffer.from(secret) }));
    const until = async (ok: () => boolean, what: string): Promise<void> => {
      const deadline = Date.now() + 10_000;
      while (!ok()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    await until(() => connack === 0, 'CONNACK 0');
    // Packet ids out of numeric order (so sorting would not hide a reordering), in bursts of 100
    // per write; among them garbage (quarantined) and a 300 KiB PUBLISH (refused TOO_LARGE).
    const ids = Array.from({ length: 600 }, (_, i) => ((i * 7919) % 60_000) + 1);
    const publish = (id: number, i: number): Buffer => {
      const payload =
        i === 250 ? Buffer.alloc(300 * 1024, 1) : i % 97 === 0 ? Buffer.from([0xff, 0xff, 0x01]) : Buffer.from(telemetryCodec.encode(telemetry('cam-order', i + 1, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
      return mqttPacket.generate({ cmd: 'publish', topic: topics.telemetry('cam-order'), payload, qos: 1, messageId: id, retain: false, dup: false });
    };
    for (let from = 0; from < ids.length; from += 100) socket.write(Buffer.concat(ids.slice(from, from + 100).map((id, k) => publish(id, from + k))));
    await until(() => acks.length >= ids.length, `${ids.length} PUBACKs (have ${acks.length})`);
    await new Promise((r) => setTimeout(r, 200)); // nothing more may come
    expect(acks).toEqual(ids);
    const reasons = t.gateway.db.prepare('SELECT reason, count(*) AS n FROM quarantine GROUP BY reason ORDER BY reason').all();
    expect(reasons).toEqual([
      { reason: 'DECODE_FAILED', n: 7 },
      { reason: 'TOO_LARGE', n: 1 },
    ]);
    expect(t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE kind = 'telemetry'").pluck().get()).toBe(600 - 7 - 1);
    socket.destroy();
  });
});
