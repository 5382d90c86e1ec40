/**
 * 8. Abuse, while 20 cameras report: a 200 MB PUBLISH, 1,000 silent sockets, connections beyond
 * the per-address cap, a flood of CONNECTs with wrong passwords, and a camera publishing as fast
 * as it can. The offenders are dropped or slowed quickly, nobody false is let in, the cameras
 * keep their acknowledgement latency, the gateway's memory stays bounded.
 */
import { rmSync } from 'node:fs';
import { connect as tcpConnect, type Socket } from 'node:net';
import { join } from 'node:path';
import mqtt from 'mqtt';
import mqttPacket from 'mqtt-packet';
import { afterAll, describe, expect, it } from 'vitest';
import { telemetryCodec } from '../../gateway/decode/codec.js';
import { topics } from '../../gateway/transport/mqtt/topics.js';
import { provision } from '../../simulator/run/provision.js';
import { rssOf } from '../../scripts/bench/proc.js';
import { FAST_POLICY, tempDir, telemetry } from '../helpers/gateway.js';
import { spawnGateway } from '../helpers/gateway-process.js';
import { connect } from '../gateway/scenario.js';
import { percentile, report } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const log = (m: string): void => void (process.env['BWC_DEBUG'] && console.error(`[abuse ${new Date().toISOString().slice(17, 23)}] ${m}`));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const MB = 1024 ** 2;

function rawConnect(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = tcpConnect(port, '127.0.0.1', () => resolve(s));
    s.once('error', reject);
  });
}

describe('reliability: abuse', () => {
  const dir = tempDir('bwc-abuse-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('oversize packets, silent sockets, per-address cap, a CONNECT flood and a publish flood', async () => {
    const dataDir = join(dir, 'data');
    const ids = Array.from({ length: 22 }, (_, i) => `cam-${i}`);
    const creds = await provision(dataDir, ids);
    const gw = await spawnGateway(dataDir, ['--policy', FAST_POLICY, '--connect-timeout', '2000', '--max-connections-per-ip', '1100']);
    const port = Number(new URL(gw.mqttUrl).port);
    const legit = [...creds.devices].filter(([id]) => id !== 'cam-20' && id !== 'cam-21').map(([id, secret]) => ({ id, secret }));
    const ledger = new Ledger();
    const fleet = new LedgerFleet(gw.mqttUrl, legit, ledger, { rate: 5 });
    const sockets: Socket[] = [];
    try {
      await fleet.connect();
      fleet.start();
      await sleep(2000);
      const baseline = fleet.latenciesMs.splice(0);
      const rssBefore = rssOf(gw.child.pid);
      // (The flooding camera connects first: the CONNECT flood below pauses this address.)
      const flooder = await mqtt.connectAsync(gw.mqttUrl, { clientId: 'cam-21', username: 'cam-21', password: creds.devices.get('cam-21')!, reconnectPeriod: 0 });

      log('baseline done');
      // A camera announces a 200 MB PUBLISH and streams it.
      const big = await rawConnect(port);
      big.on('error', () => undefined);
      big.write(mqttPacket.generate({ cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clean: true, clientId: 'cam-20', keepalive: 60, username: 'cam-20', password: Buffer.from(creds.devices.get('cam-20')!) }));
      await sleep(200);
      const header = Buffer.from([0x30, 0x80, 0x80, 0x80, 0x64]); // PUBLISH, remaining length 200 MiB (0x64 << 21)
      let sentBytes = 0;
      const bigStart = performance.now();
      let bigClosedMs = -1;
      big.on('close', () => (bigClosedMs = performance.now() - bigStart));
      big.write(header);
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      while (bigClosedMs < 0 && sentBytes < 200 * MB && performance.now() - bigStart < 5000) {
        if (!big.write(chunk) && !big.destroyed) {
          await new Promise<void>((r) => {
            big.once('drain', r);
            big.once('close', r);
            setTimeout(r, 200);
          });
        }
        sentBytes += chunk.length;
      }
      await sleep(200);

      log('oversize done');
      // 1,000 sockets that never send CONNECT, then 200 more than the per-address cap allows.
      for (let i = 0; i < 1000; i++) sockets.push(await rawConnect(port));
      const silentClosed = { n: 0, last: 0 };
      const silentStart = performance.now();
      for (const s of sockets) {
        s.on('error', () => undefined);
        s.on('close', () => {
          silentClosed.n++;
          silentClosed.last = performance.now() - silentStart;
        });
      }
      const over: Socket[] = [];
      for (let i = 0; i < 200; i++) over.push(await rawConnect(port).catch(() => tcpConnect(port, '127.0.0.1')));
      await sleep(300);
      const refusedAtCap = over.filter((s) => s.destroyed || s.readableEnded).length;
      for (const s of over) s.destroy();

      log('silent+cap done');
      // A flood of CONNECTs with a wrong password.
      let falseAccepts = 0;
      let refused = 0;
      await Promise.all(
        Array.from({ length: 300 }, async (_, i) => {
          try {
            // (closed before CONNACK, over the per-address cap, counts as refused too)
            const c = await connect(gw.mqttUrl, { clientId: `cam-${i % 20}`, username: `cam-${i % 20}`, password: 'wrong', connectTimeout: 10_000 });
            falseAccepts++;
            c.end(true);
          } catch {
            refused++;
          }
        }),
      );

      log('connect flood done');
      // A camera publishing as fast as it can.
      let floodAcked = 0;
      const floodStart = performance.now();
      {
        let seq = 0;
        const inflight = new Set<Promise<unknown>>();
        while (performance.now() - floodStart < 3000) {
          const p = flooder.publishAsync(topics.telemetry('cam-21'), Buffer.from(telemetryCodec.encode(telemetry('cam-21', ++seq, { case: 'heartbeat', value: { mode: 'READY', recording: false } }))), { qos: 1 }).then(() => floodAcked++);
          inflight.add(p);
          p.finally(() => inflight.delete(p)).catch(() => undefined);
          if (inflight.size >= 200) await Promise.race([...inflight, sleep(2000)]);
        }
      }
      log('publish flood done');
      const floodRate = floodAcked / ((performance.now() - floodStart) / 1000);
      await sleep(2500); // the silent sockets' CONNECT timeout (2 s) passes
      const during = fleet.latenciesMs.splice(0);
      const rssAfter = rssOf(gw.child.pid);
      flooder.end(true);
      await fleet.stop();
      await fleet.close();
      for (const s of sockets) s.destroy();
      await gw.kill('SIGTERM');
      const v = ledger.verify(dataDir);
      expect(bigClosedMs).toBeGreaterThanOrEqual(0);
      expect(silentClosed.n).toBe(1000);
      expect(refused).toBe(300);
      expect(floodAcked).toBeGreaterThan(100);
      report({
        test: '8. abuse',
        load: '20 cameras × 5 msg/s QoS 1',
        faults: 'a 200 MB PUBLISH; 1,000 silent sockets; 200 connections over the per-address cap; 300 CONNECTs with a wrong password; a camera publishing flat out',
        inputs: `${fleet.counts.sent} legitimate messages`,
        mustBeZero: { 'false accepts': falseAccepts, lost: v.lost, 'silent sockets left open': 1000 - silentClosed.n },
        figures: {
          'oversize sender dropped after': `${bigClosedMs.toFixed(0)} ms, ${(sentBytes / MB).toFixed(1)} MB sent`,
          'silent sockets closed within': `${(silentClosed.last / 1000).toFixed(1)} s (timeout 2 s)`,
          'refused at the per-address cap': `${refusedAtCap} of 200`,
          'flooding camera held to': `${floodRate.toFixed(0)} msg/s (limit 100/s, bursts 1,000)`,
          'PUBACK p99 before / during': `${percentile(baseline, 99).toFixed(1)} / ${percentile(during, 99).toFixed(1)} ms`,
          'gateway RSS': `${(rssBefore / MB).toFixed(0)} -> ${(rssAfter / MB).toFixed(0)} MB`,
        },
      });
    } finally {
      for (const s of sockets) s.destroy();
      await fleet.close();
      await gw.kill('SIGKILL');
    }
  }, 120_000);
});
