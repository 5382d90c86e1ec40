/**
 * 9. Access: wrong secrets, another camera's topic, `#`, $SYS, client-id takeover, and client
 * certificates that are missing, expired, for another camera or from another CA (the gateway
 * with --tls-ca): nothing is accepted, and every attempt is in the audit log.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import mqtt from 'mqtt';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { createLogger } from '../../gateway/log.js';
import { createGateway, type Gateway } from '../../gateway/app.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { tempDir, telemetry, testConfig } from '../helpers/gateway.js';
import { report } from './figures.js';
import { issue, makeCa } from './pki.js';

describe('reliability: access', () => {
  let gateway: Gateway | undefined;
  afterAll(async () => gateway?.close());

  it('refuses every forged or misdirected attempt, and audits each one', async () => {
    const dir = tempDir('bwc-access-');
    const ca = makeCa(dir, 'fleet-ca');
    const rogue = makeCa(dir, 'rogue-ca');
    const server = issue(ca, 'localhost', 'server');
    const cam1 = issue(ca, 'cam-1', 'cam1');
    const cam2 = issue(ca, 'cam-2', 'cam2');
    const expired = issue(ca, 'cam-1', 'cam1-expired', { start: '20200101000000Z', end: '20200201000000Z' });
    const foreign = issue(rogue, 'cam-1', 'cam1-rogue');
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, cb) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        cb();
      },
    });
    gateway = await createGateway(testConfig(join(dir, 'data'), { tlsCert: server.cert, tlsKey: server.key, tlsCa: ca.cert, logLevel: 'info' }), { log: createLogger('info', sink) });
    await gateway.start();
    const url = gateway.addresses.mqtt;
    const s1 = await gateway.credentials.addDevice('cam-1', Date.now());
    await gateway.credentials.addDevice('cam-2', Date.now());
    const tls = (c: { cert: string; key: string } | null) => (c === null ? { rejectUnauthorized: false } : { rejectUnauthorized: false, cert: readFileSync(c.cert), key: readFileSync(c.key) });
    const tryConnect = async (opts: mqtt.IClientOptions): Promise<mqtt.MqttClient | null> => {
      try {
        return await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 5000, ...opts });
      } catch {
        return null;
      }
    };
    let attempts = 0;
    let accepted = 0;
    const refusedConnect = async (label: string, opts: mqtt.IClientOptions): Promise<void> => {
      attempts++;
      const c = await tryConnect(opts);
      if (c !== null) {
        accepted++;
        console.error(`${label}: accepted`);
        c.end(true);
      }
    };
    await refusedConnect('wrong secret', { clientId: 'cam-1', username: 'cam-1', password: 'wrong', ...tls(cam1) });
    await refusedConnect('takeover of cam-2', { clientId: 'cam-2', username: 'cam-1', password: s1, ...tls(cam1) });
    await refusedConnect('no client certificate', { clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(null) });
    await refusedConnect('expired certificate', { clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(expired) });
    await refusedConnect("cam-2's certificate", { clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(cam2) });
    await refusedConnect('certificate from another CA', { clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(foreign) });

    // The real cam-1 gets in, and still cannot reach beyond its own topics.
    const ok = await tryConnect({ clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(cam1) });
    expect(ok).not.toBeNull();
    const cam = ok!;
    const hb = Buffer.from(telemetryCodec.encode(telemetry('cam-2', 1, { case: 'heartbeat', value: { mode: 'READY', recording: false } })));
    const refusedOp = async (op: () => Promise<unknown>): Promise<void> => {
      attempts++;
      try {
        // A refused publish closes the connection: the client then never hears back.
        const r = await Promise.race([op(), new Promise((resolve) => setTimeout(() => resolve('no answer'), 1500))]);
        const granted = Array.isArray(r) && r.some((g: { qos: number }) => g.qos !== 128);
        if (granted) accepted++;
      } catch {
        // refused: the connection is closed
      }
    };
    await refusedOp(() => cam.subscribeAsync('#', { qos: 1 }));
    await refusedOp(() => cam.subscribeAsync('bwc/v1/alerts/#', { qos: 1 }));
    await refusedOp(() => cam.publishAsync(topics.telemetry('cam-2'), hb, { qos: 1 }));
    const again = (await tryConnect({ clientId: 'cam-1', username: 'cam-1', password: s1, ...tls(cam1) }))!;
    await refusedOp(() => again.publishAsync('$SYS/broker/hacked', Buffer.from('x'), { qos: 1 }));
    cam.end(true);
    again.end(true);
    await new Promise((r) => setTimeout(r, 300));
    const stored = storedKeys(gateway.db, 'cam-2').length;
    const audited = lines.filter((l) => /"audit":"(connect|publish|subscribe)_refused"/.test(l));
    expect(audited.length).toBeGreaterThanOrEqual(attempts);
    expect(audited.some((l) => /certificate/.test(l) && /CERT_HAS_EXPIRED|expired/.test(l))).toBe(true);
    report({
      test: '9. access',
      load: 'one gateway with TLS and client certificates (--tls-ca)',
      faults: "wrong secret; client-id takeover; no, expired, another camera's and another CA's certificate; subscribing to # and to alerts as a camera; publishing on another camera's topic and on $SYS",
      inputs: `${attempts} attempts`,
      mustBeZero: { 'false accepts': accepted, 'forged messages stored': stored, 'attempts missing from the audit log': Math.max(0, attempts - audited.length) },
      figures: { 'audit log entries': audited.length },
    });
  }, 60_000);
});
