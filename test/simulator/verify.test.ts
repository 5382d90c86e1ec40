/**
 * The verdict's revision figure: revisions per alert (mean, max) and a scenario's bound, which
 * fails the verdict (and its JUnit case) when an alert is revised more often than it allows.
 */
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../gateway/model/domain.js';
import { formatVerdict, junit, verify } from '../../simulator/verify/verify.js';

function alert(alertId: string, revision: number, kind: Alert['kind'] = 'TELEMETRY_GAP'): Alert {
  return {
    alertId,
    revision,
    kind,
    severity: 'WARNING',
    status: 'OPEN',
    deviceId: 'cam-1',
    activityId: '',
    activityType: 'UNSPECIFIED',
    triggerKind: 'UNSPECIFIED',
    cause: '',
    resolution: '',
    obligationStartMs: 0,
    deadlineMs: 0,
    detectedMs: 0,
    revisedMs: 0,
    latenessMs: 0,
    uncoveredMs: 0,
    detail: '',
    ackBy: '',
    ackReason: '',
    officerId: '',
  };
}

describe('revisions per alert', () => {
  const alerts = [alert('a', 1), alert('a', 2), alert('b', 1), ...[1, 2, 3, 4, 5].map((r) => alert('c', r))];

  it('reports the mean and the most revised alert', () => {
    const v = verify(new Map(), alerts);
    expect(v.revisions).toEqual({ alerts: 3, mean: 2.67, max: 5, maxAlertId: 'c', bound: null, withinBound: true });
    expect(v.passed).toBe(true);
    expect(formatVerdict(v)).toContain('revisions per alert: mean 2.67, max 5 (c) over 3 alerts');
  });

  it('fails the verdict, and its JUnit case, past the bound', () => {
    const over = verify(new Map(), alerts, { maxRevisionsPerAlert: 4 });
    expect(over.passed).toBe(false);
    expect(formatVerdict(over)).toContain('(bound 4: EXCEEDED)');
    expect(junit(over, 'x')).toMatch(/<testsuite name="x.revisions" tests="1" failures="1">[\s\S]*5 revisions of c/);
    const within = verify(new Map(), alerts, { maxRevisionsPerAlert: 5 });
    expect(within.passed).toBe(true);
    expect(junit(within, 'x')).toContain('<testsuite name="x.revisions" tests="1" failures="0">');
  });
});

describe('the verdict per kind', () => {
  const expected = new Map([
    ['off:cam-1:1.5', { kind: 'DEVICE_OFFLINE', status: '*' }],
    ['bat:cam-1:1.9', { kind: 'LOW_BATTERY', status: '*' }],
  ]);

  it('judges every planted kind, a case per alert, and counts the kinds it cannot judge', () => {
    const v = verify(expected, [alert('off:cam-1:1.5', 1, 'DEVICE_OFFLINE'), alert('flt:cam-1:1:OVERTEMP', 1, 'DEVICE_FAULT'), alert('gap:cam-1:1:4', 1)]);
    expect(v.passed).toBe(false);
    const by = Object.fromEntries(v.kinds.map((k) => [k.kind, [k.truePositives, k.falsePositives, k.falseNegatives]]));
    expect(by).toMatchObject({ DEVICE_OFFLINE: [1, 0, 0], LOW_BATTERY: [0, 0, 1], DEVICE_FAULT: [0, 1, 0], MISSED_ACTIVATION: [0, 0, 0] });
    expect(v.cases.map((c) => [c.alertId, c.result])).toEqual([
      ['off:cam-1:1.5', 'raised'],
      ['bat:cam-1:1.9', 'not raised'],
      ['flt:cam-1:1:OVERTEMP', 'unexpected'],
    ]);
    expect(v.unchecked).toEqual([{ kind: 'TELEMETRY_GAP', raised: 1, why: expect.stringContaining('reorder buffer') }]);
    const text = formatVerdict(v);
    expect(text).toContain('not checked: TELEMETRY_GAP (1 raised)');
    expect(text).toContain('  false negative LOW_BATTERY: bat:cam-1:1.9');
    const xml = junit(v, 'x', { scenario: 'smoke', seed: 7 });
    expect(xml).toMatch(/<testsuite name="x.LOW_BATTERY" tests="1" failures="1">\s*<testcase classname="x.LOW_BATTERY" name="bat:cam-1:1.9" time="0.000"><properties><property name="alertId" value="bat:cam-1:1.9"\/><property name="scenario" value="smoke"\/><property name="seed" value="7"\/><\/properties><failure message="not raised">/);
    expect(xml).toContain('name="unexpected flt:cam-1:1:OVERTEMP"');
  });

  it('leaves out alerts an earlier run raised on the same gateway', () => {
    const v = verify(expected, [alert('off:cam-1:1.5', 1, 'DEVICE_OFFLINE'), alert('bat:cam-1:1.9', 1, 'LOW_BATTERY'), alert('off:cam-1:0.9', 1, 'DEVICE_OFFLINE'), alert('off:cam-1:0.9', 2, 'DEVICE_OFFLINE')], {
      owns: (id) => !id.includes(':0.'),
    });
    expect(v.passed).toBe(true);
    expect(v.otherRuns).toEqual({ revisions: 2, alerts: 1 });
    expect(formatVerdict(v)).toContain('left out: 2 revision(s) of 1 alert(s) from earlier runs on this gateway');
  });
});
