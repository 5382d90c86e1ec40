/**
 * Whole runs in-process: determinism (same seed, same bytes), store-and-forward across outages
 * (nothing lost), scenario validation, and the shipped scenarios' verdicts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isGatewayError } from '../../gateway/errors.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { InProcessTarget } from '../../simulator/run/in-process.js';
import { runSimulation } from '../../simulator/run/runner.js';
import { loadScenario, parseScenario } from '../../simulator/scenario/load.js';
import { verify } from '../../simulator/verify/verify.js';
import { tempDir } from '../helpers/gateway.js';

const policy = loadPolicy();
const dir = tempDir('bwc-sim-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulated runs', () => {
  it('is deterministic: the same seed and scenario give a byte-identical capture', async () => {
    const a = join(dir, 'a.ndjson');
    const b = join(dir, 'b.ndjson');
    await runSimulation(loadScenario('chaos'), new InProcessTarget(policy), { capture: a });
    await runSimulation(loadScenario('chaos'), new InProcessTarget(policy), { capture: b });
    const text = readFileSync(a, 'utf8');
    expect(text.length).toBeGreaterThan(100_000);
    expect(readFileSync(b, 'utf8')).toBe(text);
    const c = join(dir, 'c.ndjson');
    await runSimulation({ ...loadScenario('chaos'), seed: 99 }, new InProcessTarget(policy), { capture: c });
    expect(readFileSync(c, 'utf8')).not.toBe(text);
  });

  it('keeps telemetry through link outages and uploads it as batches: nothing lost', async () => {
    const scenario = parseScenario('name: outages\nseed: 7\nduration: 30m\nfleet: { cameras: 8 }\nfaults: { outagesPerCameraPerHour: 6, outage: { min: 1m, max: 5m } }\n');
    const target = new InProcessTarget(policy);
    const r = await runSimulation(scenario, target);
    expect(r.network.counts.outages).toBeGreaterThan(5);
    expect(r.network.counts.batched).toBeGreaterThan(5);
    expect(r.network.counts.lostInFlash).toBe(0);
    // Everything the cameras sent reached the detector exactly once (a duplicate would be counted).
    expect(target.detector.stats.telemetry).toBe(r.world.counts.telemetry);
    expect(target.detector.stats.duplicates).toBe(0);
    expect(target.alerts.some((a) => a.kind === 'DEVICE_OFFLINE')).toBe(true);
  });

  it.each(['smoke', 'chaos', 'rollout', 'shift'])('%s: the detector flags exactly what the truth says', async (name) => {
    const target = new InProcessTarget(policy);
    const scenario = loadScenario(name);
    const r = await runSimulation(scenario, target);
    const v = verify(r.truth.expected, target.alerts, { maxRevisionsPerAlert: scenario.verify.maxRevisionsPerAlert });
    expect(v.kinds.filter((k) => k.falseNegatives + k.falsePositives > 0)).toEqual([]);
    // A revision must mean something: chaos and shift bound revisions per alert (4).
    if (name === 'chaos' || name === 'shift') expect(scenario.verify.maxRevisionsPerAlert).toBe(4);
    expect(v.revisions, `${v.revisions.maxAlertId} has ${v.revisions.max} revisions`).toMatchObject({ withinBound: true });
    expect(v.revisions.max).toBeLessThanOrEqual(4);
    expect(v.passed).toBe(true);
    expect(v.kinds.find((k) => k.kind === 'MISSED_ACTIVATION')!.expected).toBeGreaterThan(0);
    if (name === 'rollout') expect(v.kinds.find((k) => k.kind === 'COVERAGE_GAP')!.expected).toBeGreaterThan(0);
    // Every message the cameras produced was delivered (flashes included); repeats were recognised.
    expect(target.detector.stats.telemetry - target.detector.stats.duplicates).toBe(r.world.counts.telemetry);
  });

  it('uploads the flash of an outage that outlasts the scenario', async () => {
    const scenario = parseScenario('name: tail\nseed: 5\nduration: 10m\nfleet: { cameras: 30 }\nfaults: { outagesPerCameraPerHour: 12, outage: { min: 4m, max: 5m } }\n');
    const target = new InProcessTarget(policy);
    const r = await runSimulation(scenario, target, { tailMs: 60_000 });
    expect(r.network.counts.outages).toBeGreaterThan(10);
    expect(target.detector.stats.telemetry).toBe(r.world.counts.telemetry);
  });

  it('refuses a bad scenario naming the key and the line', () => {
    const bad = (text: string): string => {
      try {
        parseScenario(text, 'bad.yaml');
      } catch (e) {
        expect(isGatewayError(e, 'SCENARIO_INVALID')).toBe(true);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(bad('name: x\nseed: 1\nduration: ten minutes\nfleet: { cameras: 1 }\n')).toMatch(/^bad\.yaml:3: duration: "ten minutes" is not a positive duration/);
    expect(bad('name: x\nseed: 1\nduration: 1m\nfleet: { cameras: 0 }\n')).toMatch(/^bad\.yaml:4: fleet\.cameras: /);
    expect(bad('name: x\nseed: 1\nduration: 1m\nfleet: { cameras: 1 }\nspeed: fast\n')).toMatch(/bad\.yaml:5: speed: expected realtime, max or xN/);
    expect(bad('name: x\nseed: 1\nduration: 1m\nfleet: { cameras: 1 }\nactivities:\n  perHour: { PARADE: 1 }\n')).toMatch(/activities\.perHour\.PARADE: expected an activity type/);
    expect(bad('name: x\nseed: 1\nduration: 1m\nfleet: { cameras: 1 }\nfaults: { drops: 0.1 }\n')).toMatch(/faults\.drops: unknown key/);
  });

  it('ships the scenarios the README lists', () => {
    expect(loadScenario('smoke').fleet.cameras).toBe(10);
    expect(loadScenario('smoke').durationMs).toBe(10 * 60_000);
    expect(loadScenario('shift').fleet.cameras).toBe(200);
    expect(loadScenario('shift').durationMs).toBe(8 * 3_600_000);
    expect(loadScenario('large').fleet.cameras).toBe(10_000);
    const chaos = loadScenario('chaos').faults;
    for (const [k, v] of Object.entries(chaos)) {
      if (typeof v === 'number') expect(v, `chaos ${k}`).toBeGreaterThan(0);
    }
  });
});
