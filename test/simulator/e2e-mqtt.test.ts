/**
 * The QA loop end to end: shipped scenarios against a real gateway (embedded aedes broker, store,
 * detector, alert fan-out) over MQTT on loopback, with the gateway on simulated time. The verdict
 * compares the alerts the gateway published with the simulator's ground truth.
 */
import { storedKeys } from '../../gateway/store/seq-index.js';
import { afterEach, describe, expect, it } from 'vitest';
import { MqttTarget } from '../../simulator/run/mqtt-target.js';
import { provision } from '../../simulator/run/provision.js';
import { runSimulation } from '../../simulator/run/runner.js';
import { loadScenario } from '../../simulator/scenario/load.js';
import { verify } from '../../simulator/verify/verify.js';
import { startGateway, type TestGateway } from '../helpers/gateway.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SIM_BIN, run } from '../helpers/cli.js';
import { spawnGateway } from '../helpers/gateway-process.js';
import { tempDir } from '../helpers/gateway.js';

const ICE = 'gateway/policies/ice-2024.yaml';
let gw: TestGateway | undefined;
afterEach(async () => {
  await gw?.close();
  gw = undefined;
});

describe('simulated fleets against a real gateway over MQTT', () => {
  it.each(['smoke', 'chaos'])('%s: every expected alert is raised and no other (precision and recall 1.0)', async (name) => {
    gw = await startGateway({ simClock: true, policy: ICE });
    const scenario = loadScenario(name);
    const ids = Array.from({ length: scenario.fleet.cameras }, (_, i) => `cam-${String(i + 1).padStart(4, '0')}`);
    const credentials = await provision(gw.dataDir, ids);
    const target = new MqttTarget({ url: gw.gateway.addresses.mqtt, credentials, simClock: true });
    const result = await runSimulation(scenario, target, { policy: loadPolicy(ICE) });
    const verdict = verify(result.truth.expected, target.alerts);
    // The run exercised every verified rule...
    for (const kind of ['MISSED_ACTIVATION', 'PREMATURE_DEACTIVATION', 'RECORDING_PROHIBITED']) {
      expect(verdict.kinds.find((k) => k.kind === kind)!.expected, kind).toBeGreaterThan(0);
    }
    // ...and the gateway got every one right.
    for (const k of verdict.kinds) {
      expect({ kind: k.kind, fp: k.falsePositiveIds, fn: k.falseNegativeIds }).toEqual({ kind: k.kind, fp: [], fn: [] });
    }
    expect(verdict.passed).toBe(true);
    // Nothing the cameras sent was lost or double-counted on the way: the store holds it all.
    const stored = { n: storedKeys(gw.gateway.db).length };
    expect(stored.n).toBe(result.world.counts.telemetry);
  }, 120_000);

  it('runs again and again against the same gateway: fresh boot ids, a start after its clock, earlier runs left out (bwc-sim run twice)', async () => {
    const dir = tempDir('bwc-rerun-');
    const dataDir = join(dir, 'data');
    const proc = await spawnGateway(dataDir, ['--sim-clock', '--policy', ICE]);
    try {
      const args = ['run', 'smoke', '--mqtt', proc.mqttUrl, '--provision', dataDir, '--duration', '4m', '--verify', '--json'];
      const first = await run(SIM_BIN, args, { timeoutMs: 90_000 });
      const second = await run(SIM_BIN, args, { timeoutMs: 90_000 });
      type Out = { verdict: { passed: boolean; otherRuns: { revisions: number }; kinds: { kind: string; expected: number; falseNegativeIds: string[]; falsePositiveIds: string[] }[] }; run: { startMs: number; bootBase: number; activityPrefix: string; note: string } };
      const [a, b] = [JSON.parse(first.stdout) as Out, JSON.parse(second.stdout) as Out];
      expect(first.code, first.stderr).toBe(0);
      expect(a.run.note).toBe('');
      expect(a.verdict.passed).toBe(true);
      // The second run is told what the gateway holds, and steps past it.
      expect(second.stderr).toMatch(/note: the gateway already holds data: 10 device\(s\), 10 of them in this fleet/);
      expect(b.run.bootBase).toBeGreaterThanOrEqual(a.run.bootBase);
      expect(b.run.startMs).toBe(a.run.startMs + 86_400_000);
      expect(b.run.activityPrefix).not.toBe(a.run.activityPrefix);
      expect(b.verdict.kinds.map((k) => ({ kind: k.kind, fp: k.falsePositiveIds, fn: k.falseNegativeIds }))).toEqual(b.verdict.kinds.map((k) => ({ kind: k.kind, fp: [], fn: [] })));
      expect(b.verdict.kinds.find((k) => k.kind === 'MISSED_ACTIVATION')!.expected).toBeGreaterThan(0);
      expect(second.code, second.stdout).toBe(0);
      // Nothing was kept aside as a conflicting repeat of the first run's messages.
      const metrics = await (await fetch(`${proc.httpUrl}/metrics`, { headers: { authorization: `Bearer ${proc.token}` } })).text();
      expect(metrics).not.toMatch(/^bwc_quarantined_total\{reason="SEQ_CONFLICT"\} [1-9]/m);
    } finally {
      await proc.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
