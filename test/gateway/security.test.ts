/** Device auth and API auth: nothing is open by default. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type TestGateway, startGateway, telemetry } from '../helpers/gateway.js';
import { connect } from './scenario.js';

describe('security', () => {
  let t: TestGateway;
  let secret: string;
  beforeAll(async () => {
    t = await startGateway();
    secret = await t.addDevice('cam-1');
    await t.addDevice('cam-2');
  });
  afterAll(async () => t.close());

  const payload = (id: string) => Buffer.from(telemetryCodec.encode(telemetry(id, 1, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));

  it('refuses a wrong secret, no credentials, and a client id that is not the device id', async () => {
    const url = t.gateway.addresses.mqtt;
    await expect(connect(url, { clientId: 'cam-1', username: 'cam-1', password: 'wrong' })).rejects.toThrow(/Bad username or password|Connection refused/i);
    await expect(connect(url, { clientId: 'cam-1' })).rejects.toThrow(/Bad username or password|Connection refused/i);
    await expect(connect(url, { clientId: 'cam-2', username: 'cam-1', password: secret })).rejects.toThrow(/Identifier rejected|Connection refused/i);
    expect(await t.gateway.metrics.authDenied.get()).toMatchObject({ values: expect.arrayContaining([expect.objectContaining({ labels: { action: 'connect' }, value: 3 })]) });
  });

  it("refuses publishing to another camera's topic (and closes the connection), and nothing is stored", async () => {
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-1', username: 'cam-1', password: secret });
    const closed = new Promise<void>((resolve) => cam.once('close', () => resolve()));
    cam.publish(topics.telemetry('cam-2'), payload('cam-2'), { qos: 1 });
    await closed;
    cam.end(true);
    expect(t.gateway.db.prepare('SELECT count(*) FROM inputs').pluck().get()).toBe(0);
  });

  it('refuses subscriptions outside a camera\'s own commands, and $SYS publishes', async () => {
    const cam = await connect(t.gateway.addresses.mqtt, { clientId: 'cam-1', username: 'cam-1', password: secret });
    // MQTT.js rejects a SUBACK that refuses a filter; the packet says which (0x80 = refused).
    const suback = await cam.subscribeAsync({ '#': { qos: 1 }, 'bwc/v1/alerts/#': { qos: 1 }, 'bwc/v1/devices/cam-1/commands': { qos: 1 } }).then(
      () => undefined,
      (error: { packet?: { granted: number[] } }) => error.packet?.granted,
    );
    expect(suback).toEqual([128, 128, 1]);
    const closed = new Promise<void>((resolve) => cam.once('close', () => resolve()));
    cam.publish('$SYS/anything', 'x', { qos: 1 });
    await closed;
    cam.end(true);
  });

  it('refuses unauthenticated and viewer HTTP writes, and unauthenticated reads', async () => {
    const http = t.gateway.addresses.http;
    const activity = { activityId: 'A-1', type: 'AT_LARGE_ARREST', phase: 'START', timeMs: Date.now(), deviceIds: ['cam-1'] };
    const post = (headers: Record<string, string>) =>
      fetch(`${http}/api/activities`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: 'Bearer bwc_not_a_token' })).status).toBe(401);
    const viewer = t.gateway.credentials.createToken('wall-screen', 'viewer', Date.now());
    const forbidden = await post({ authorization: `Bearer ${viewer}` });
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).error.code).toBe('NOT_AUTHORIZED');
    expect((await fetch(`${http}/api/alerts`)).status).toBe(401);
    expect((await fetch(`${http}/api/alerts`, { headers: { authorization: `Bearer ${viewer}` } })).status).toBe(200);
    expect((await post({ authorization: `Bearer ${t.token}` })).status).toBe(202);
    expect((await fetch(`${http}/healthz`)).status).toBe(200);
    expect((await fetch(`${http}/api/openapi.json`)).status).toBe(401);
    expect((await fetch(`${http}/metrics`)).status).toBe(401);
    const openapi = await (await fetch(`${http}/api/openapi.json`, { headers: { authorization: `Bearer ${viewer}` } })).json();
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/devices', '/api/alerts', '/api/alerts/{id}/ack', '/api/activities', '/api/events']));
  });

  it('prints a new admin token only for a fresh data dir', async () => {
    expect(t.gateway.adminToken).toMatch(/^bwc_/);
    expect(t.gateway.credentials.verifyToken(t.gateway.adminToken!)).toMatchObject({ name: 'admin', role: 'admin' });
  });
});
