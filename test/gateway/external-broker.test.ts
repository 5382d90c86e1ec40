/** The same scenario with the gateway as a client of Debian's mosquitto (external-broker mode). */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { ExternalBroker } from '../../gateway/transport/mqtt/external-broker.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { storedKeys } from '../../gateway/store/seq-index.js';
import { silentLogger } from '../../gateway/log.js';
import { SystemClock } from '../../gateway/clock.js';
import { type TestGateway, startGateway, telemetry, tempDir } from '../helpers/gateway.js';
import { type Mosquitto, startMosquitto } from '../helpers/mosquitto.js';
import { missedActivationScenario } from './scenario.js';

describe('gateway as a client of mosquitto', () => {
  let mosquitto: Mosquitto;
  let t: TestGateway;

  beforeAll(async () => {
    // As the README tells: let the broker send the gateway many messages ahead.
    mosquitto = await startMosquitto(tempDir('bwc-mosq-'), 'max_inflight_messages 0');
    t = await startGateway({ broker: mosquitto.url, brokerClientId: 'bwc-gateway-test' });
  });
  afterAll(async () => {
    await t?.close();
    await mosquitto?.stop();
  });

  it('raises the missed activation through mosquitto in real time, and revises it on a late start', async () => {
    await missedActivationScenario({
      mqttUrl: mosquitto.url,
      httpUrl: t.gateway.addresses.http,
      token: t.token,
      device: { clientId: 'cam-202' },
      cad: {},
      viewer: {},
      graceMs: 2000,
      latenessMs: 500,
    });
  });

  it('takes many messages in flight: one commit stores many, each PUBACKed after it, nothing lost', async () => {
    const cam = await mqtt.connectAsync(mosquitto.url, { clientId: 'cam-pipe', clean: true, reconnectPeriod: 0 });
    const commitsBefore = t.gateway.writer.stats.commits;
    const N = 3000;
    const beat = (seq: number) => Buffer.from(telemetryCodec.encode(telemetry('cam-pipe', seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
    // All published at once; each resolves when mosquitto has it (QoS 1 to the broker).
    await Promise.all(Array.from({ length: N }, (_, i) => cam.publishAsync(topics.telemetry('cam-pipe'), beat(i + 1), { qos: 1 })));
    await cam.endAsync();
    const deadline = Date.now() + 20_000;
    while (storedKeys(t.gateway.db, 'cam-pipe').length < N && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(storedKeys(t.gateway.db, 'cam-pipe').map((k) => k.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // One message per commit (MQTT.js's one-at-a-time) would take ~3,000 commits.
    const commits = t.gateway.writer.stats.commits - commitsBefore;
    expect(commits).toBeLessThan(N / 5);
  });

  it('refuses a broker URL it cannot speak, naming the schemes it can', () => {
    expect(() => new ExternalBroker({ url: 'ws://127.0.0.1:9001', clientId: 'x' }, { clock: new SystemClock(), log: silentLogger, accept: () => undefined })).toThrow(/mqtt:\/\/ or mqtts:\/\//);
  });
});
