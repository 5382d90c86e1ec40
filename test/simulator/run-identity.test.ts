/** Run identity: which alert ids belong to a run, and how a run steps past an earlier one. */
import { describe, expect, it } from 'vitest';
import { externalIdentity, ownedBy } from '../../simulator/run/run-identity.js';
import { loadScenario } from '../../simulator/scenario/load.js';

describe('run identity', () => {
  it.each([
    ['ma:CAD-R1-00001:cam-0001', true],
    ['ma:CAD-00001:cam-0001', false],
    ['pd:CAD-R1-00004:cam-0008:1001.30', true],
    ['rp:CAD-00014:cam-0004:start', false],
    ['cg:CAD-R1-00002:O-0003', true],
    ['ma:trg:cam-0003:1001.7', true],
    ['ma:trg:cam-0003:1000.7', false],
    ['off:cam-0001:1005.12', true],
    ['off:cam-0001:3.12', false],
    ['flt:cam-0001:1001:OVERTEMP', true],
    ['skw:cam-0001:999', false],
    ['gap:cam-0001:1002:17', true],
  ])('%s belongs to the run with boots > 1000 and CAD-R1-: %s', (id, owned) => {
    expect(ownedBy(id, 1000, 'CAD-R1-')).toBe(owned);
  });

  it('a fresh gateway: plain activity ids, the scenario start, no note', () => {
    const s = loadScenario('smoke');
    const ids = externalIdentity(s, { devices: 0, fleetDevices: 0, maxBootId: 0, gatewayNowMs: 0, openAlerts: 0 }, true, Date.UTC(2026, 11, 5));
    expect(ids).toMatchObject({ activityPrefix: 'CAD-', startMs: s.startMs, note: '' });
    expect(ids.bootBase).toBeGreaterThan(0);
  });

  it('a gateway holding an earlier run: boots above its highest, tagged activities, a start after its clock on the same time of day', () => {
    const s = loadScenario('smoke');
    const gatewayNowMs = s.startMs + 13 * 60_000;
    const ids = externalIdentity(s, { devices: 10, fleetDevices: 10, maxBootId: 4_000_000_000, gatewayNowMs, openAlerts: 5 }, true, Date.UTC(2026, 11, 5));
    expect(ids.bootBase).toBe(4_000_000_000);
    expect(ids.activityPrefix).toMatch(/^CAD-[0-9A-Z]+-$/);
    expect(ids.startMs).toBe(s.startMs + 86_400_000);
    expect(ids.note).toMatch(/already holds data: 10 device\(s\), 10 of them in this fleet .* 5 open alert/);
    expect(ids.owns(`ma:${ids.activityPrefix}00001:cam-0001`)).toBe(true);
    expect(ids.owns('ma:CAD-00001:cam-0001')).toBe(false);
    // On the gateway's real clock the start is not moved (the world starts at the wall clock).
    expect(externalIdentity(s, { devices: 10, fleetDevices: 10, maxBootId: 1, gatewayNowMs, openAlerts: 0 }, false).startMs).toBe(s.startMs);
  });
});
