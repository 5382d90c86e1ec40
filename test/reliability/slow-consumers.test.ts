/**
 * 5. Slow consumers: an MQTT subscriber to every alert and device state that stops reading, and
 * an SSE client that stalls, while 50 cameras report and CAD dispatches them: ingest never
 * stalls, the cameras' acknowledgement latency is unaffected, the frozen subscriber is dropped,
 * and the gateway's memory stays bounded.
 */
import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import mqttPacket from 'mqtt-packet';
import { afterAll, describe, it } from 'vitest';
import { activityCodec } from '../../gateway/decode/codec.js';
import { Credentials } from '../../gateway/store/credentials.js';
import { openDb } from '../../gateway/store/db.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { provision } from '../../simulator/run/provision.js';
import { rssOf } from '../../scripts/bench/proc.js';
import { FAST_POLICY, tempDir } from '../helpers/gateway.js';
import { spawnGateway } from '../helpers/gateway-process.js';
import { percentile, report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('reliability: slow consumers', () => {
  const dir = tempDir('bwc-slow-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a frozen MQTT subscriber and a stalled SSE client never stall ingest', async () => {
    const dataDir = join(dir, 'data');
    const ids = Array.from({ length: 50 }, (_, i) => `cam-${i}`);
    const creds = await provision(dataDir, ids);
    const db = openDb(dataDir, 'normal');
    const token = new Credentials(db).createToken('slow', 'viewer', Date.now());
    db.close();
    const gw = await spawnGateway(dataDir, ['--policy', FAST_POLICY]);
    const ledger = new Ledger();
    const fleet = new LedgerFleet(gw.mqttUrl, [...creds.devices].map(([id, secret]) => ({ id, secret })), ledger, { rate: 10 });
    const cad = await mqtt.connectAsync(gw.mqttUrl, { clientId: creds.sim!.username, username: creds.sim!.username, password: creds.sim!.password });
    let n = 0;
    const dispatch = setInterval(() => {
      const a = { activityId: `CAD-${++n}`, type: 'AT_LARGE_ARREST' as const, phase: 'START' as const, timeMs: Date.now(), deviceIds: [ids[n % ids.length]!], source: 'cad', lat: 0, lon: 0, note: '', officerIds: [], unit: '' };
      cad.publish(topics.activities, Buffer.from(activityCodec.encode(a)), { qos: 1 });
    }, 50);
    try {
      await fleet.connect();
      fleet.start();
      await sleep(3000);
      const baseline = fleet.latenciesMs.splice(0);
      const rssBefore = rssOf(gw.child.pid);

      // A subscriber that subscribes to everything it may see, then never reads again.
      const frozen = tcpConnect(Number(new URL(gw.mqttUrl).port), '127.0.0.1');
      let frozenClosedAt = 0;
      const frozenSince = Date.now();
      frozen.on('close', () => (frozenClosedAt = Date.now()));
      frozen.on('error', () => undefined);
      frozen.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: creds.viewer!.username, keepalive: 0, username: creds.viewer!.username, password: Buffer.from(creds.viewer!.password) }));
      frozen.write(mqttPacket.generate({ cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'bwc/v1/alerts/#', qos: 1 }, { topic: 'bwc/v1/devices/+/state', qos: 1 }] }));
      await sleep(300);
      frozen.pause();

      // An SSE client that stops reading.
      const sse = request(`${gw.httpUrl}/api/events?access_token=${token}`);
      sse.on('response', (res) => res.pause());
      sse.on('error', () => undefined);
      sse.end();

      const perSecond: number[] = [];
      for (let s = 0; s < 14; s++) {
        const before = fleet.counts.acked;
        await sleep(1000);
        perSecond.push(fleet.counts.acked - before);
      }
      const during = fleet.latenciesMs.splice(0);
      const rssAfter = rssOf(gw.child.pid);
      const metrics = await (await fetch(`${gw.httpUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
      const sseDropped = Number(/^bwc_sink_dropped_total\{sink="sse"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
      const droppedAfter = frozenClosedAt === 0 ? null : (frozenClosedAt - frozenSince) / 1000;
      const frozenQueued = frozen.readableLength;
      clearInterval(dispatch);
      await fleet.stop();
      await fleet.close();
      await cad.endAsync();
      frozen.destroy();
      sse.destroy();
      await gw.kill('SIGTERM');
      const v = ledger.verify(dataDir);
      const stalls = perSecond.filter((x) => x === 0).length;
      report({
        test: '5. slow consumers',
        load: '50 cameras × 10 msg/s QoS 1, CAD 20 dispatches/s (alerts, device states)',
        faults: 'an MQTT subscriber to all alerts and states that stops reading; an SSE client that stops reading',
        inputs: `${fleet.counts.sent} messages, ${n} activities`,
        mustBeZero: { lost: v.lost, 'seconds with ingest stalled': stalls },
        figures: {
          'PUBACK p99 before / during': `${percentile(baseline, 99).toFixed(1)} / ${percentile(during, 99).toFixed(1)} ms`,
          // The broker drops a subscriber whose socket stays full for 10 s (drainTimeout); until the
          // kernel's buffers fill, a frozen reader costs nothing.
          'frozen subscriber': droppedAfter === null ? `still connected (its buffers never filled; ${frozenQueued} bytes waiting)` : `dropped after ${droppedAfter.toFixed(1)} s`,
          'SSE events dropped (its own)': sseDropped,
          'gateway RSS': `${(rssBefore / 1024 ** 2).toFixed(0)} -> ${(rssAfter / 1024 ** 2).toFixed(0)} MB`,
        },
      });
    } finally {
      clearInterval(dispatch);
      await fleet.close();
      cad.end(true);
      await gw.kill('SIGKILL');
    }
  }, 90_000);
});
