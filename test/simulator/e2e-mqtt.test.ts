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
});
