/**
 * 1. Load: 200 cameras at 2 messages/s each, QoS 1, into a gateway in its own process; every
 * acknowledged message is in the store once, byte for byte; PUBACK latency and the gateway's
 * memory over time (its slope). `npm run soak` holds it for 30 minutes.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { provision } from '../../simulator/run/provision.js';
import { rssOf } from '../../scripts/bench/proc.js';
import { FAST_POLICY, tempDir } from '../helpers/gateway.js';
import { spawnGateway } from '../helpers/gateway-process.js';
import { percentile, report, slope, SOAK } from './figures.js';
import { LedgerFleet } from './fleet.js';
import { Ledger } from './ledger.js';

const CAMERAS = 200;
const RATE = 2;
const DURATION_MS = SOAK ? 30 * 60_000 : 20_000;

describe('reliability: load', () => {
  const dir = tempDir('bwc-load-');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`${CAMERAS} cameras at ${RATE} msg/s QoS 1 for ${DURATION_MS / 1000} s: nothing lost, memory flat`, async () => {
    const dataDir = join(dir, 'data');
    const creds = await provision(dataDir, Array.from({ length: CAMERAS }, (_, i) => `cam-${String(i).padStart(3, '0')}`));
    const gw = await spawnGateway(dataDir, ['--policy', FAST_POLICY]);
    const ledger = new Ledger();
    const fleet = new LedgerFleet(gw.mqttUrl, [...creds.devices].map(([id, secret]) => ({ id, secret })), ledger, { rate: RATE });
    try {
      await fleet.connect();
      fleet.start();
      const rss: [number, number][] = [];
      const t0 = Date.now();
      while (Date.now() - t0 < DURATION_MS) {
        await new Promise((r) => setTimeout(r, 1000));
        rss.push([(Date.now() - t0) / 60_000, rssOf(gw.child.pid) / 1024 ** 2]);
      }
      await fleet.stop();
      // Memory: the slope over the second half (after warm-up), MB per minute.
      const mbPerMin = slope(rss.slice(Math.floor(rss.length / 2)));
      await fleet.close();
      await gw.kill('SIGTERM');
      const v = ledger.verify(dataDir);
      expect(v.integrity).toBe('ok');
      expect(ledger.size).toBeGreaterThan(CAMERAS * RATE * (DURATION_MS / 1000) * 0.9);
      report({
        test: '1. load',
        load: `${CAMERAS} cameras × ${RATE} msg/s QoS 1, ${DURATION_MS / 1000} s`,
        faults: 'none',
        inputs: `${fleet.counts.sent} messages`,
        mustBeZero: { lost: v.lost, altered: v.altered, 'duplicates stored': v.duplicatesStored },
        figures: {
          'PUBACK p50': `${percentile(fleet.latenciesMs, 50).toFixed(1)} ms`,
          'PUBACK p99': `${percentile(fleet.latenciesMs, 99).toFixed(1)} ms`,
          RSS: `${rss.at(-1)![1].toFixed(0)} MB, ${mbPerMin >= 0 ? '+' : ''}${mbPerMin.toFixed(2)} MB/min over the second half`,
        },
      });
    } finally {
      await fleet.close();
      await gw.kill('SIGKILL');
    }
  }, DURATION_MS + 120_000);
});
