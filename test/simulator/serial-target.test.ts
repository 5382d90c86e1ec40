/**
 * A simulated fleet behind a dock on a real serial line (a socat pseudo-terminal pair) with bit
 * flips on the wire: every message the cameras produced is stored by the gateway exactly once,
 * the damaged frames having been refused by their CRC and sent again.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SerialTarget } from '../../simulator/run/serial-target.js';
import { runSimulation } from '../../simulator/run/runner.js';
import { parseScenario } from '../../simulator/scenario/load.js';
import { startGateway, tempDir, type TestGateway } from '../helpers/gateway.js';
import { type PtyPair, ptyPair } from '../helpers/socat.js';

const dir = tempDir('bwc-sim-serial-');
let pair: PtyPair | undefined;
let t: TestGateway | undefined;
afterAll(async () => {
  await t?.close();
  await pair?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('simulator over a serial line', () => {
  it('delivers a fleet through a noisy dock line with nothing lost', async () => {
    pair = await ptyPair(dir, 'dock');
    t = await startGateway({ serial: [`${pair.b}:115200`] });
    for (let i = 1; i <= 40; i++) await t.gateway.credentials.addDevice(`cam-${String(i).padStart(4, '0')}`, Date.now(), { scryptN: 1024 });
    const scenario = parseScenario(
      'name: dock\nseed: 3\nduration: 8s\nspeed: realtime\nstep: 250ms\nfleet: { cameras: 40, bootSpread: 2s }\nfaults: { serialByteError: 0.002 }\n',
    );
    const target = new SerialTarget(pair.a, scenario.faults.serialByteError, scenario.seed);
    const r = await runSimulation(scenario, target, { tailMs: 1000 });
    expect(r.world.counts.telemetry).toBeGreaterThan(100);
    expect(target.counts.flipped).toBeGreaterThan(0); // the line really was noisy...
    expect(target.link.stats.resent).toBeGreaterThan(0); // ...so frames were sent again...
    expect(target.link.pending).toBe(0);
    const stored = { n: storedKeys(t.gateway.db).length };
    expect(stored.n).toBe(r.world.counts.telemetry); // ...and everything arrived once.
    const quarantined = t.gateway.db.prepare("SELECT count(*) AS n FROM quarantine WHERE reason = 'SEQ_CONFLICT'").get() as { n: number };
    expect(quarantined.n).toBe(0);
  }, 60_000);
});
