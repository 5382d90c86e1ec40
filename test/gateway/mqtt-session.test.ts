/**
 * The v1.1 device session over MQTT, the same checks on the embedded broker and through Debian's
 * mosquitto (external-broker mode): a Hello is answered on session/hello, a message kept aside
 * gets a PUBACK and a Nack on session/nack, commands go through their lifecycle (stored, sent
 * again after a Hello when never delivered, expired when nobody answers).
 */
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchCodec, commandCodec, commandResultCodec, helloReplyCodec, nackCodec, telemetryCodec } from '../../gateway/decode/codec.js';
import type { Command } from '../../gateway/model/domain.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type TestGateway, startGateway, telemetry, tempDir } from '../helpers/gateway.js';
import { type Mosquitto, startMosquitto } from '../helpers/mosquitto.js';
import { MessageLog } from '../helpers/mqtt-waiter.js';

interface Setup {
  t: TestGateway;
  /** A camera connected where it would be (credentials on the embedded broker). */
  camera(id: string, options?: { clean?: boolean }): Promise<MqttClient>;
  /** The embedded broker sees the camera's PUBACK of a command; mosquitto keeps it to itself. */
  seesDelivery: boolean;
  stop(): Promise<void>;
}

async function embedded(): Promise<Setup> {
  const t = await startGateway();
  const secrets = new Map<string, string>();
  return {
    t,
    seesDelivery: true,
    async camera(id, options = {}) {
      if (!secrets.has(id)) secrets.set(id, await t.addDevice(id));
      return mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: id, username: id, password: secrets.get(id)!, clean: options.clean ?? true, reconnectPeriod: 0 });
    },
    stop: () => t.close(),
  };
}

async function external(): Promise<Setup> {
  const mosquitto: Mosquitto = await startMosquitto(tempDir('bwc-mosq-session-'));
  const t = await startGateway({ broker: mosquitto.url, brokerClientId: 'bwc-gateway-session' });
  return {
    t,
    seesDelivery: false,
    async camera(id, options = {}) {
      if (!t.gateway.credentials.isDevice(id)) await t.addDevice(id); // so the API knows the camera
      return mqtt.connectAsync(mosquitto.url, { clientId: id, clean: options.clean ?? true, reconnectPeriod: 0 });
    },
    async stop() {
      await t.close();
      await mosquitto.stop();
    },
  };
}

const hello = (id: string, bootId = 1) =>
  Buffer.from(telemetryCodec.encode(telemetry(id, 1, { case: 'hello', value: { firmwareVersion: '2', model: 'M', vendor: 'V', officerId: 'B-1', preEventBufferS: 20 } }, bootId)));

async function subscribed(cam: MqttClient, id: string): Promise<MessageLog> {
  const log = new MessageLog(cam);
  await cam.subscribeAsync({ [topics.commands(id)]: { qos: 1 }, [`bwc/v1/devices/${id}/session/+`]: { qos: 1 } });
  return log;
}

describe.each([
  ['embedded broker', embedded],
  ['external broker (mosquitto)', external],
])('device session over MQTT: %s', (_name, setup) => {
  let s: Setup;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${s.t.gateway.addresses.http}${path}`, { ...init, headers: { authorization: `Bearer ${s.t.token}`, 'content-type': 'application/json' } });
  const state = (commandId: string) => s.t.gateway.commands.store.get(commandId)?.state;
  const until = async (check: () => boolean, what: string, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  beforeAll(async () => {
    s = await setup();
  });
  afterAll(async () => s?.stop());

  it('answers a Hello on session/hello, and a message kept aside with a PUBACK and a Nack', async () => {
    const cam = await s.camera('cam-m1');
    const log = await subscribed(cam, 'cam-m1');
    await cam.publishAsync(topics.telemetry('cam-m1'), hello('cam-m1'), { qos: 1 });
    const reply = helloReplyCodec.decode((await log.next((m) => m.topic === topics.helloReply('cam-m1'))).payload);
    expect(reply).toMatchObject({ ok: true, value: { deviceId: 'cam-m1', bootId: 1, status: 'ACCEPTED', settings: { heartbeatIntervalS: 30, preEventBufferS: 20 }, maxBatchItems: 10_000 } });
    const bad = telemetry('cam-m1', 2, { case: 'battery', value: { percent: 140, millivolts: 3900, charging: false, temperatureC: 30 } });
    await cam.publishAsync(topics.telemetry('cam-m1'), Buffer.from(telemetryCodec.encode(bad)), { qos: 1 }); // PUBACKed: it is stored aside
    const nack = nackCodec.decode((await log.next((m) => m.topic === topics.nack('cam-m1'))).payload);
    expect(nack).toMatchObject({ ok: true, value: { deviceId: 'cam-m1', bootId: 1, seqs: [2], reason: 'INVALID', resend: false, frameCrc: 0 } });
    if (nack.ok) expect(nack.value.detail).toMatch(/percent/);
    await cam.endAsync();
  });

  it('takes a command through QUEUED, (DELIVERED,) ACKNOWLEDGED and SUCCEEDED', async () => {
    const cam = await s.camera('cam-m2', { clean: false }); // a persistent session, as proto/README.md asks
    const log = await subscribed(cam, 'cam-m2');
    await cam.publishAsync(topics.telemetry('cam-m2'), hello('cam-m2'), { qos: 1 });
    await log.next((m) => m.topic === topics.helloReply('cam-m2'));
    const posted = await api('/api/devices/cam-m2/commands', { method: 'POST', body: JSON.stringify({ action: 'REQUEST_STATUS' }) });
    expect(posted.status).toBe(202);
    const { command } = (await posted.json()) as { command: { commandId: string } };
    const got = commandCodec.decode((await log.next((m) => m.topic === topics.commands('cam-m2'))).payload);
    expect(got).toMatchObject({ ok: true, value: { commandId: command.commandId, action: { case: 'requestStatus' } } });
    if (s.seesDelivery) await until(() => state(command.commandId) === 'DELIVERED', 'DELIVERED');
    else expect(state(command.commandId)).toBe('QUEUED');
    const result = (status: 'ACCEPTED' | 'SUCCEEDED') => Buffer.from(commandResultCodec.encode({ commandId: command.commandId, deviceId: 'cam-m2', status, reason: '', timeMs: Date.now() }));
    await cam.publishAsync(topics.commandResult('cam-m2'), result('ACCEPTED'), { qos: 1 });
    await until(() => state(command.commandId) === 'ACKNOWLEDGED', 'ACKNOWLEDGED');
    await cam.publishAsync(topics.commandResult('cam-m2'), result('SUCCEEDED'), { qos: 1 });
    await until(() => state(command.commandId) === 'SUCCEEDED', 'SUCCEEDED');
    await cam.endAsync();
  });

  it('sends a command never delivered again after the camera says hello; expires one nobody answers', async () => {
    await s.camera('cam-m3').then((c) => c.endAsync()); // registered, then away (no session kept)
    const posted = await api('/api/devices/cam-m3/commands', { method: 'POST', body: JSON.stringify({ action: 'SYNC_TIME' }) });
    const { command } = (await posted.json()) as { command: { commandId: string; state: string } };
    expect(command.state).toBe('QUEUED');
    const cam = await s.camera('cam-m3');
    const log = await subscribed(cam, 'cam-m3');
    await cam.publishAsync(topics.telemetry('cam-m3'), hello('cam-m3'), { qos: 1 });
    const resent = await log.next((m) => m.topic === topics.commands('cam-m3'));
    const decoded = commandCodec.decode(resent.payload);
    expect(decoded.ok && (decoded.value satisfies Command).commandId).toBe(command.commandId);

    const short = await api('/api/devices/cam-m3/commands', { method: 'POST', body: JSON.stringify({ action: 'PING', ttlS: 1 }) });
    const { command: ping } = (await short.json()) as { command: { commandId: string } };
    await until(() => state(ping.commandId) === 'EXPIRED', 'EXPIRED', 4000);
    expect(s.t.gateway.commands.store.get(ping.commandId)?.reason).toMatch(/expired/);
    await cam.endAsync();
  });
});

describe('a batch over the item limit', () => {
  it('is refused with a reason (Nack TOO_LARGE, resend after splitting), not by closing the connection', async () => {
    const t = await startGateway();
    try {
      const secret = await t.addDevice('cb');
      const cam = await mqtt.connectAsync(t.gateway.addresses.mqtt, { clientId: 'cb', username: 'cb', password: secret, reconnectPeriod: 0 });
      const log = await subscribed(cam, 'cb');
      // Small items (a short id, an early time) so that 10,001 fit in one 256 KiB packet.
      const items = Array.from({ length: 10_001 }, (_, i) => telemetry('cb', i + 1, { case: 'heartbeat', value: { mode: 'READY', recording: false } }, 1, 1_000));
      const bytes = Buffer.from(batchCodec.encode(items));
      expect(bytes.length).toBeLessThan(256 * 1024); // within the packet limit: only the item count is over
      await cam.publishAsync(topics.batch('cb'), bytes, { qos: 1 });
      const nack = nackCodec.decode((await log.next((m) => m.topic === topics.nack('cb'))).payload);
      expect(nack).toMatchObject({ ok: true, value: { deviceId: 'cb', reason: 'TOO_LARGE', resend: true } });
      if (nack.ok) expect(nack.value.detail).toMatch(/10001 items, more than 10000/);
      expect(cam.connected).toBe(true);
      await cam.endAsync();
    } finally {
      await t.close();
    }
  });
});
