/** Bad input never crashes the gateway, is never silently dropped: it is quarantined with its reason and counted. */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pb } from '../../gateway/decode/proto.js';
import { nackCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type TestGateway, startGateway, telemetry } from '../helpers/gateway.js';
import { connect } from './scenario.js';

describe('bad input', () => {
  let t: TestGateway;
  let secret: string;
  beforeAll(async () => {
    t = await startGateway();
    secret = await t.addDevice('cam-9');
  });
  afterAll(async () => t.close());

  const reasons = (): Record<string, number> =>
    Object.fromEntries(
      (t.gateway.db.prepare('SELECT reason, count(*) AS n FROM quarantine GROUP BY reason').all() as { reason: string; n: number }[]).map((r) => [r.reason, r.n]),
    );

  it('quarantines garbage, out-of-range fields, wrong ids and unknown topics, acknowledges them, and keeps serving', async () => {
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-9', username: 'cam-9', password: secret });
    const good = (seq: number) => Buffer.from(telemetryCodec.encode(telemetry('cam-9', seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
    await cam.publishAsync(topics.telemetry('cam-9'), Buffer.from([0xff, 0xff, 0xff, 0x01, 0x02]), { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), Buffer.from(pb.Telemetry.encode({ deviceId: 'cam-9', seq: 2, battery: { percent: 180 } } as never).finish()), { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), Buffer.from(telemetryCodec.encode(telemetry('cam-10', 3, { case: 'heartbeat', value: { mode: 'READY', recording: false } }))), { qos: 1 });
    await cam.publishAsync('bwc/v1/devices/cam-9/diagnostics', good(4), { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), good(5), { qos: 1 });
    await cam.endAsync();
    expect(reasons()).toEqual({ DECODE_FAILED: 1, INVALID_FIELD: 1, IDENTITY_MISMATCH: 1, UNKNOWN_TOPIC: 1 });
    const q = await (await fetch(`${t.gateway.addresses.http}/api/quarantine`, { headers: { authorization: `Bearer ${t.token}` } })).json();
    expect(q.quarantine.map((r: { reason: string }) => r.reason)).toEqual(['UNKNOWN_TOPIC', 'IDENTITY_MISMATCH', 'INVALID_FIELD', 'DECODE_FAILED']);
    expect(q.quarantine[2].message).toBe('battery.percent: 180 is above 100');
    // The good message went through.
    expect(t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE kind = 'telemetry'").pluck().get()).toBe(1);
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text();
    expect(metrics).toMatch(/bwc_quarantined_total\{reason="DECODE_FAILED"\} 1/);
  });

  it('refuses an oversize PUBLISH with a reason and keeps the connection; closes one too large to read', async () => {
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-9', username: 'cam-9', password: secret });
    const nacks: Buffer[] = [];
    cam.on('message', (topic, payload) => topic === topics.nack('cam-9') && nacks.push(payload));
    await cam.subscribeAsync(topics.nack('cam-9'), { qos: 1 });
    // 300 KiB (the limit is 256 KiB): PUBACKed once kept aside, a Nack says to split it, the session goes on.
    await cam.publishAsync(topics.batch('cam-9'), Buffer.alloc(300 * 1024, 1), { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), Buffer.from(telemetryCodec.encode(telemetry('cam-9', 6, { case: 'heartbeat', value: { mode: 'READY', recording: false } }))), { qos: 1 });
    expect(cam.connected).toBe(true);
    const deadline = Date.now() + 5000;
    while (nacks.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(nackCodec.decode(nacks[0]!)).toMatchObject({ ok: true, value: { deviceId: 'cam-9', reason: 'TOO_LARGE', resend: true } });
    const row = t.gateway.db.prepare("SELECT size, client_id, topic, message FROM quarantine WHERE reason = 'TOO_LARGE'").get() as { size: number; client_id: string; topic: string; message: string };
    expect(row).toMatchObject({ client_id: 'cam-9', topic: topics.batch('cam-9') });
    expect(row.size).toBeGreaterThan(300 * 1024);
    expect(row.message).toMatch(/split it/);
    // 2 MiB (more than 4x the limit): not worth reading; the connection is closed.
    const closed = new Promise<void>((resolve) => cam.once('close', () => resolve()));
    cam.publish(topics.batch('cam-9'), Buffer.alloc(2 * 1024 * 1024, 1), { qos: 1 });
    await closed;
    cam.end(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(reasons()['TOO_LARGE']).toBe(2);
    const again = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-9', username: 'cam-9', password: secret });
    await again.publishAsync(topics.telemetry('cam-9'), Buffer.from(telemetryCodec.encode(telemetry('cam-9', 60, { case: 'heartbeat', value: { mode: 'READY', recording: false } }))), { qos: 1 });
    await again.endAsync();
    expect(t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE kind = 'telemetry'").pluck().get()).toBe(3);
  });

  it('stores a repeat once, and keeps a different payload under the same key aside (SEQ_CONFLICT)', async () => {
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-9', username: 'cam-9', password: secret });
    const a = Buffer.from(telemetryCodec.encode(telemetry('cam-9', 7, { case: 'heartbeat', value: { mode: 'READY', recording: false } }, 1, 1000)));
    const b = Buffer.from(telemetryCodec.encode(telemetry('cam-9', 7, { case: 'heartbeat', value: { mode: 'SLEEP', recording: false } }, 1, 1000)));
    await cam.publishAsync(topics.telemetry('cam-9'), a, { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), a, { qos: 1 });
    await cam.publishAsync(topics.telemetry('cam-9'), b, { qos: 1 });
    await cam.endAsync();
    expect(storedKeys(t.gateway.db).filter((k) => k.seq === 7).length).toBe(1);
    expect(reasons()['SEQ_CONFLICT']).toBe(1);
    expect(t.gateway.writer.stats.duplicates).toBe(1);
  });
});
