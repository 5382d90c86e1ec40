/** The gateway with its embedded broker, over real sockets on loopback. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestGateway, startGateway } from '../helpers/gateway.js';
import { missedActivationScenario } from './scenario.js';

describe('gateway with the embedded broker', () => {
  let t: TestGateway;
  let creds: { cam: string; cad: string; viewer: string };

  beforeAll(async () => {
    t = await startGateway();
    creds = {
      cam: await t.addDevice('cam-101'),
      cad: await t.gateway.credentials.addAccount('cad-east', 'cad', Date.now()),
      viewer: await t.gateway.credentials.addAccount('viewer-1', 'viewer', Date.now()),
    };
  });
  afterAll(async () => t.close());

  it('raises a missed activation on MQTT and SSE in real time, and revises it on a late start', async () => {
    const { missed } = await missedActivationScenario({
      mqttUrl: t.gateway.addresses.mqtt,
      httpUrl: t.gateway.addresses.http,
      token: t.token,
      device: { clientId: 'cam-101', username: 'cam-101', password: creds.cam },
      cad: { username: 'cad-east', password: creds.cad },
      viewer: { username: 'viewer-1', password: creds.viewer },
      graceMs: 2000,
      latenessMs: 500,
    });
    // The API has it, with its revisions, and the device's state.
    const headers = { authorization: `Bearer ${t.token}` };
    const list = await (await fetch(`${t.gateway.addresses.http}/api/alerts?kind=MISSED_ACTIVATION`, { headers })).json();
    expect(list.alerts[0]).toMatchObject({ alertId: missed.alertId, status: 'ALERT_STATUS_RESOLVED', revision: 2 });
    const history = await (await fetch(`${t.gateway.addresses.http}/api/alerts/${encodeURIComponent(missed.alertId)}`, { headers })).json();
    expect(history.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    const device = await (await fetch(`${t.gateway.addresses.http}/api/devices/cam-101`, { headers })).json();
    expect(device.state).toMatchObject({ deviceId: 'cam-101', recording: true, officerId: 'B-7', online: true });
    expect(device.telemetry).toHaveLength(3);
  });
});
