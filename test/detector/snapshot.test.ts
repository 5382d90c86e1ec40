/** A detector restored from a snapshot carries on exactly as the original would have. */
import { describe, expect, it } from 'vitest';
import { Detector } from '../../gateway/detect/detector.js';
import { loadPolicy } from '../../gateway/detect/policy.js';
import { decodeSnapshot, encodeSnapshot } from '../../gateway/detect/snapshot.js';
import { randomFleet } from '../helpers/random-fleet.js';

const policy = loadPolicy();

describe('detector snapshots', () => {
  it.each([3, 11, 42, 1234, 99999])('seed %i: restore mid-run gives the same effects as never stopping', (seed) => {
    const { records, endMs } = randomFleet(seed, { devices: 4, durationS: 900 });
    const all = [...records, { type: 'tick' as const, receivedMs: endMs + 600_000 }];
    const cut = Math.floor(all.length / 2);
    const original = new Detector(policy);
    for (const r of all.slice(0, cut)) original.step(r);
    const snapshot = encodeSnapshot(policy, original.exportState());
    const restored = Detector.fromState(policy, decodeSnapshot(policy, snapshot));
    const rest = all.slice(cut);
    const a = rest.flatMap((r) => original.step(r));
    const b = rest.flatMap((r) => restored.step(r));
    expect(b).toEqual(a);
    expect(a.some((e) => e.type === 'alert')).toBe(true);
    expect(restored.stats).toEqual(original.stats);
  });
});
