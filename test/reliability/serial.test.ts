/**
 * 6. Faults on a serial line (socat pseudo-terminals and a corrupting relay): bit flips,
 * inserted garbage, dropped bytes, bursts of noise and truncated frames, and the link unplugged
 * and plugged back mid-stream. Every message the camera sent is stored exactly once and exactly
 * as sent (no corrupt frame accepted), every gap refilled by retransmission.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { recentTelemetry } from '../../gateway/store/queries.js';
import { type TestGateway, startGateway, tempDir } from '../helpers/gateway.js';
import { SerialCamera } from '../helpers/serial-camera.js';
import { SerialRelay } from '../helpers/serial-relay.js';
import { ptyPair } from '../helpers/socat.js';
import { report } from './figures.js';

describe('reliability: serial faults', () => {
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
    await t.addDevice('cam-f1');
    cleanup.push(() => t.close());
    const relay = new SerialRelay(camPair.b, gwPair.a, { bitFlip: 2e-3, insert: 1e-3, drop: 1e-3, burst: 0.01, truncate: 0.01 }, 7);
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

    const stored = storedKeys(t.gateway.db, 'cam-f1').map((k) => k.seq);
    const lost = N - new Set(stored).size;
    // ...and each is exactly what the camera sent: no corrupt frame got through.
    const corrupt = recentTelemetry(t.gateway.db, 'cam-f1', 10 * N).filter(({ telemetry }) => JSON.stringify(telemetry) !== JSON.stringify(sent.get(telemetry.seq))).length;
    expect(stored).toEqual(Array.from({ length: N }, (_, i) => i + 1)); // all of them, once each (a primary key)
    expect(cam.link.stats.dropped).toBe(0);
    expect(cam.link.stats.resent).toBeGreaterThan(0);
    expect(relay.counts.flipped + relay.counts.inserted + relay.counts.dropped).toBeGreaterThan(20);
    const link = t.gateway.serial.links.get(gwPair.b)!;
    const discarded = Object.values(link.framer.stats.discarded).reduce((a, b) => a + b, 0);
    expect(discarded).toBeGreaterThan(0);
    expect(link.connection.reconnects).toBeGreaterThanOrEqual(1);
    const metrics = await (await fetch(`${t.gateway.addresses.http}/metrics`, { headers: { authorization: `Bearer ${t.token}` } })).text();
    expect(metrics).toMatch(/bwc_serial_frames_discarded_total\{port="[^"]+",reason="BAD_CRC"\} [1-9]/);
    expect(metrics).toMatch(/bwc_serial_reconnects_total\{port="[^"]+"\} [1-9]/);
    expect(relay.counts.bursts + relay.counts.truncated).toBeGreaterThan(0);
    report({
      test: '6. serial',
      load: `${N} messages from one camera over a pty pair at 115200 baud`,
      faults: `bit flips 2e-3/byte (${relay.counts.flipped}), insertions 1e-3 (${relay.counts.inserted}), drops 1e-3 (${relay.counts.dropped}), ${relay.counts.bursts} noise bursts, ${relay.counts.truncated} truncations, unplugged 1 s`,
      inputs: `${relay.counts.bytes} bytes relayed`,
      mustBeZero: { lost, 'corrupt frames accepted': corrupt, 'given up by the camera': cam.link.stats.dropped },
      figures: { resent: cam.link.stats.resent, 'frames discarded': JSON.stringify(link.framer.stats.discarded), reconnects: link.connection.reconnects },
    });
  }, 90_000);
});
