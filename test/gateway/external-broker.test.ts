/** The same scenario with the gateway as a client of Debian's mosquitto (external-broker mode). */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { type Mosquitto, startMosquitto } from '../helpers/mosquitto.js';
import { missedActivationScenario } from './scenario.js';

describe('gateway as a client of mosquitto', () => {
  let mosquitto: Mosquitto;
  let t: TestGateway;

  beforeAll(async () => {
    mosquitto = await startMosquitto(tempDir('bwc-mosq-'));
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
});
