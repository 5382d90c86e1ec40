/**
 * Faults on the serial line: bit flips, inserted garbage and dropped bytes at a set byte-error
 * rate, and the link cut and restored mid-stream. Every message the camera sent is eventually
 * stored exactly once, and the counters show the discarded frames.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { recentTelemetry } from '../../gateway/store/queries.js';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { SerialRelay } from '../helpers/serial-relay.js';
import { ptyPair } from '../helpers/socat.js';

describe('serial faults', () => {
  const dir = tempDir('bwc-faults-');
  const cleanup: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const c of cleanup.reverse()) await c();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every message exactly once through corruption and a cut link', async () => {
    const camPair = await ptyPair(dir, 'cam');
    const gwPair = await ptyPair(dir, 'gw');
    cleanup.push(() => camPair.stop(), () => gwPair.stop());
    const t: TestGateway = await startGateway({ serial: [gwPair.b] });
    cleanup.push(() => t.close());
    const relay = new SerialRelay(camPair.b, gwPair.a, { bitFlip: 2e-3, insert: 1e-3, drop: 1e-3 }, 7);
    cleanup.push(() => relay.close());
    const cam = await SerialCamera.open(camPair.a, 'cam-f1', { ackTimeoutMs: 300, maxAckTimeoutMs: 1000 });
    cleanup.push(() => cam.close());

    const N = 400;
    const sent = new Map<number, unknown>();
    for (let i = 0; i < N; i++) {
      const t = cam.send(
        i % 3 === 0
          ? { case: 'battery', value: { percent: 90 - (i % 50), millivolts: 3900, charging: false, temperatureC: 30 } }
          : { case: 'heartbeat', value: { mode: 'READY', recording: i % 7 === 0 } },
      );
      sent.set(t.seq, t);
      if (i === 200) {
        // Cut the gateway's side of the line for a second, mid-stream, then restore it.
        await gwPair.stop();
        await new Promise((r) => setTimeout(r, 1000));
        await gwPair.start();
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    await cam.until(() => cam.link.pending === 0, 60_000, 'every message acknowledged');

    const stored = t.gateway.db.prepare("SELECT seq FROM telemetry_keys WHERE device_id = 'cam-f1' ORDER BY seq").pluck().all() as number[];
    expect(stored).toEqual(Array.from({ length: N }, (_, i) => i + 1)); // all of them, once each (a primary key)
    // ...and each is exactly what the camera sent: no corrupt frame got through.
    for (const { telemetry } of recentTelemetry(t.gateway.db, 'cam-f1', 10 * N)) expect(telemetry).toEqual(sent.get(telemetry.seq));
    expect(cam.link.stats.dropped).toBe(0);
    expect(cam.link.stats.resent).toBeGreaterThan(0);
    expect(relay.counts.flipped + relay.counts.inserted + relay.counts.dropped).toBeGreaterThan(20);
    const link = t.gateway.serial.links.get(gwPair.b)!;
    const discarded = Object.values(link.framer.stats.discarded).reduce((a, b) => a + b, 0);
    expect(discarded).toBeGreaterThan(0);
    expect(link.connection.reconnects).toBeGreaterThanOrEqual(1);
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`)).text();
    expect(metrics).toMatch(/bwc_serial_frames_discarded_total\{port="[^"]+",reason="BAD_CRC"\} [1-9]/);
    expect(metrics).toMatch(/bwc_serial_reconnects_total\{port="[^"]+"\} [1-9]/);
    console.log(`serial faults: ${N} messages, ${cam.link.stats.resent} resent, relay ${JSON.stringify(relay.counts)}, discarded ${JSON.stringify(link.framer.stats.discarded)}`);
  }, 90_000);
});
