/**
 * 4. Network faults between cameras and the gateway, through a fault-injecting proxy: a
 * blackhole, resets, 500 ms of latency, and 1 kB/s. After healing, every acknowledged message is
 * in the store once; the backlog drains.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { provision } from '../../simulator/run/provision.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';
import { report } from './figures.js';
import { FaultProxy } from './fault-proxy.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('reliability: network faults', () => {
  let t: TestGateway | undefined;
  afterAll(async () => t?.close());

  it('blackhole, reset, latency and a 1 kB/s link: nothing lost, the backlog drains after healing', async () => {
    t = await startGateway();
    const creds = await provision(t.dataDir, Array.from({ length: 20 }, (_, i) => `cam-${i}`));
    const mqttPort = Number(new URL(t.gateway.addresses.mqtt).port);
    const proxy = new FaultProxy('127.0.0.1', mqttPort);
    await proxy.start();
    const ledger = new Ledger();
    const fleet = new LedgerFleet(proxy.url, [...creds.devices].map(([id, secret]) => ({ id, secret })), ledger, { rate: 5, window: 100 });
    await fleet.connect();
    fleet.start();
    const phases: string[] = [];
    const phase = async (label: string, ms: number, mode: FaultProxy['mode']): Promise<void> => {
      proxy.mode = mode;
      const before = fleet.counts.acked;
      await sleep(ms);
      phases.push(`${label}: ${fleet.counts.acked - before} acked`);
    };
    await phase('normal', 1500, { kind: 'pass' });
    await phase('blackhole 3 s', 3000, { kind: 'blackhole' });
    proxy.mode = { kind: 'pass' };
    proxy.reset(); // the blackholed connections' bytes are gone: drop them, the cameras reconnect and resend
    await phase('after reset', 2000, { kind: 'pass' });
    await phase('500 ms latency', 3000, { kind: 'latency', ms: 500 });
    await phase('1 kB/s', 3000, { kind: 'throttle', bytesPerSecond: 1024 });
    proxy.mode = { kind: 'pass' };
    const healed = performance.now();
    const drainMs = await fleet.stop(60_000);
    const inflightLeft = fleet.inflight;
    await fleet.close();
    await proxy.stop();
    await t.close({ keepData: true });
    const v = ledger.verify(t.dataDir);
    t = undefined;
    expect(inflightLeft).toBe(0);
    expect(v.integrity).toBe('ok');
    report({
      test: '4. network faults',
      load: '20 cameras × 5 msg/s QoS 1 through a proxy',
      faults: 'blackhole 3 s; reset of every connection; 500 ms latency 3 s; 1 kB/s 3 s',
      inputs: `${fleet.counts.sent} messages, ${proxy.counts.connections} connections, ${proxy.counts.bytesDropped} bytes blackholed`,
      mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored, 'unacknowledged after healing': inflightLeft },
      figures: { acknowledged: ledger.size, 'backlog drained after healing': `${(performance.now() - healed).toFixed(0)} ms (stop wait ${drainMs.toFixed(0)} ms)`, phases: phases.join('; ') },
    });
  }, 120_000);
});
