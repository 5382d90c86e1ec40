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
import { Detector } from '../../gateway/detect/detector.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { randomFleet } from '../helpers/random-fleet.js';
import { batchEvaluate, type Expected } from './batch-evaluator.js';

const policy = loadPolicy();
const COMPARED = new Set(['MISSED_ACTIVATION', 'PREMATURE_DEACTIVATION', 'RECORDING_PROHIBITED', 'CLOCK_SKEW', 'DEVICE_FAULT']);

function streamingFinal(seed: number): { final: Map<string, Alert>; expected: Map<string, Expected> } {
  const { records, endMs } = randomFleet(seed);
  const detector = new Detector(policy);
  const final = new Map<string, Alert>();
  const finalTick = endMs + 600_000;
  for (const record of [...records, { type: 'tick' as const, receivedMs: finalTick }]) {
    for (const e of detector.step(record)) if (e.type === 'alert') final.set(e.alert.alertId, e.alert);
  }
  for (const [id, a] of final) if (a.status === 'RETRACTED' || !COMPARED.has(a.kind)) final.delete(id);
  return { final, expected: batchEvaluate(records, policy, finalTick) };
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
        const { final, expected } = streamingFinal(seed);
        expect([...final.keys()].sort(), `seed ${seed}`).toEqual([...expected.keys()].sort());
        for (const [id, want] of expected) expect(project(final.get(id)!, want), `seed ${seed} ${id}`).toEqual(want);
      }),
      { numRuns: 300 },
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
