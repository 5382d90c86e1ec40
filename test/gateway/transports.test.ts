/** MQTT over WebSocket, and TLS on MQTT, WebSocket and HTTP. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { type TestGateway, startGateway, telemetry, tempDir } from '../helpers/gateway.js';
import { connect } from './scenario.js';

const heartbeat = (id: string, seq: number) =>
  Buffer.from(telemetryCodec.encode(telemetry(id, seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));

describe('transports', () => {
  const gateways: TestGateway[] = [];
  afterAll(async () => {
    for (const g of gateways) await g.close();
  });

  it('takes telemetry over MQTT over WebSocket', async () => {
    const t = await startGateway();
    gateways.push(t);
    const secret = await t.addDevice('cam-ws');
    const cam = await connect(t.gateway.addresses.ws, { clientId: 'cam-ws', username: 'cam-ws', password: secret });
    await cam.publishAsync(topics.telemetry('cam-ws'), heartbeat('cam-ws', 1), { qos: 1 });
    await cam.endAsync();
    expect(t.gateway.pipeline.detector.deviceState('cam-ws')).toMatchObject({ mode: 'READY', online: true });
  });

  it('serves MQTT, WebSocket and HTTP over TLS when given a certificate', async () => {
    const dir = tempDir('bwc-tls-');
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
    const t = await startGateway({ tlsCert: cert, tlsKey: key });
    gateways.push(t);
    expect(t.gateway.addresses.mqtt).toMatch(/^mqtts:\/\//);
    const secret = await t.addDevice('cam-tls');
    const options = { clientId: 'cam-tls', username: 'cam-tls', password: secret, rejectUnauthorized: false };
    const cam = await connect(t.gateway.addresses.mqtt, options);
    await cam.publishAsync(topics.telemetry('cam-tls'), heartbeat('cam-tls', 1), { qos: 1 });
    await cam.endAsync();
    const wss = await connect(t.gateway.addresses.ws, options);
    await wss.publishAsync(topics.telemetry('cam-tls'), heartbeat('cam-tls', 2), { qos: 1 });
    await wss.endAsync();
    expect(t.gateway.db.prepare("SELECT count(*) FROM inputs WHERE kind = 'telemetry'").pluck().get()).toBe(2);
    // HTTPS with a self-signed certificate: check with node's https module.
    const { request } = await import('node:https');
    const status = await new Promise<number>((resolve, reject) => {
      request(`${t.gateway.addresses.http}/healthz`, { rejectUnauthorized: false }, (res) => resolve(res.statusCode ?? 0)).on('error', reject).end();
    });
    expect(status).toBe(200);
    // Plain MQTT on the TLS port fails.
    await expect(connect(t.gateway.addresses.mqtt.replace('mqtts', 'mqtt'), { ...options, connectTimeout: 1000 })).rejects.toThrow();
  });
});
