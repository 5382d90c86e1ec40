/**
 * The streaming detector against a deliberately simple batch evaluator: for random fleets and
 * event sequences (shuffled within and beyond the reorder window, duplicated, lost, delivered
 * late after outages, with clock offsets), the final state of every obligation alert from the
 * streaming core (RETRACTED counting as no alert) equals what the batch evaluator computes from
 * the complete, sorted timeline. CLOCK_SKEW and DEVICE_FAULT are compared as sets of ids.
 * Other health alerts follow the current state, not history, and are covered by the table tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../gateway/decode/model.js';
import { Detector, type DetectorOptions } from '../../gateway/detect/detector.js';
import { loadPolicy, type Policy } from '../../gateway/detect/policy.js';
import { type FleetOptions, randomFleet } from '../helpers/random-fleet.js';
import { evaluateTimeline, type Expected } from './batch-evaluator.js';

const policy = loadPolicy();
const COMPARED = new Set(['MISSED_ACTIVATION', 'PREMATURE_DEACTIVATION', 'RECORDING_PROHIBITED', 'CLOCK_SKEW', 'DEVICE_FAULT']);

/**
 * The same policy with a 5-minute revision horizon and a detector that keeps 3 minutes of history,
 * sweeping every 10 s: windows, alerts and history are forgotten within the generated fleets'
 * lifetime, so forgetting is tested too. (Late data in the fleets is at most ~151 s late; data
 * older than the history kept is stored but no longer evaluated, by design.)
 * On-time messages take a fixed delay there: otherwise the clock-offset estimate keeps improving
 * by a few ms after verdicts became final, which moves the batch evaluator's times but, by design,
 * no longer the detector's.
 */
const forgetful = { policy: { ...policy, settings: { ...policy.settings, revisionHorizonMs: 300_000 } }, options: { historyMinMs: 180_000, sweepIntervalMs: 10_000 }, fleet: { fixedDelayMs: 40 } };

interface Compared {
  final: Map<string, Alert>;
  expected: Map<string, Expected>;
  /** Obligation outcomes (the compliance report's rows): streaming, and the batch evaluator's. */
  outcomes: Map<string, string>;
  expectedOutcomes: Map<string, string>;
}

function streamingFinal(seed: number, setup: { policy: Policy; options?: Partial<DetectorOptions>; fleet?: FleetOptions } = { policy }): Compared {
  const { records, endMs } = randomFleet(seed, setup.fleet);
  const detector = new Detector(setup.policy, setup.options);
  const final = new Map<string, Alert>();
  const outcomes = new Map<string, string>();
  const finalTick = endMs + 600_000;
  for (const record of [...records, { type: 'tick' as const, receivedMs: finalTick }]) {
    for (const e of detector.step(record)) {
      if (e.type === 'alert') final.set(e.alert.alertId, e.alert);
      else if (e.type === 'obligation') {
        const o = e.obligation;
        if (o.retracted) outcomes.delete(o.obligationId);
        else outcomes.set(o.obligationId, `${o.outcome.toLowerCase().replace('_', '-')} ${o.latenessMs}`);
      }
    }
  }
  for (const [id, a] of final) if (a.status === 'RETRACTED' || !COMPARED.has(a.kind)) final.delete(id);
  const truth = evaluateTimeline(records, setup.policy, finalTick);
  const expectedOutcomes = new Map(truth.obligations.filter((o) => o.outcome !== 'pending').map((o) => [o.alertId, `${o.outcome} ${o.latenessMs}`]));
  return { final, expected: truth.expected, outcomes, expectedOutcomes };
}

function project(a: Alert, like: Expected): Record<string, unknown> {
  if (like.status === '*') return { kind: a.kind, status: '*' };
  const out: Record<string, unknown> = { kind: a.kind, status: a.status === 'ACKNOWLEDGED' ? 'OPEN' : a.status };
  for (const k of Object.keys(like)) if (k !== 'kind' && k !== 'status') out[k] = a[k as keyof Alert];
  return out;
}

describe('streaming detector = batch evaluator', () => {
  it('property: final alert states agree for random fleets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { final, expected, outcomes, expectedOutcomes } = streamingFinal(seed);
        expect([...final.keys()].sort(), `seed ${seed}`).toEqual([...expected.keys()].sort());
        for (const [id, want] of expected) expect(project(final.get(id)!, want), `seed ${seed} ${id}`).toEqual(want);
        expect(new Map([...outcomes].sort()), `seed ${seed} obligations`).toEqual(new Map([...expectedOutcomes].sort()));
      }),
      { numRuns: 300 },
    );
  });

  it('property: the same when the detector forgets what can no longer change (short horizon)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { final, expected, outcomes, expectedOutcomes } = streamingFinal(seed, forgetful);
        expect([...final.keys()].sort(), `seed ${seed}`).toEqual([...expected.keys()].sort());
        for (const [id, want] of expected) expect(project(final.get(id)!, want), `seed ${seed} ${id}`).toEqual(want);
        expect(new Map([...outcomes].sort()), `seed ${seed} obligations`).toEqual(new Map([...expectedOutcomes].sort()));
      }),
      // 1273624003: a trigger inside a required activity that had been forgotten while the
      // trigger was still in the kept history opened an obligation anew (found 2026-11-28).
      { numRuns: 200, examples: [[1273624003]] },
    );
  });

  it('the generated fleets exercise every compared rule', () => {
    const kinds = new Map<string, number>();
    for (let seed = 1; seed <= 200; seed++) {
      for (const e of streamingFinal(seed).expected.values()) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    }
    for (const kind of COMPARED) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(3);
  });
});
