/**
 * The verdict's revision figure: revisions per alert (mean, max) and a scenario's bound, which
 * fails the verdict (and its JUnit case) when an alert is revised more often than it allows.
 */
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../gateway/model/domain.js';
import { formatVerdict, junit, verify } from '../../simulator/verify/verify.js';

function alert(alertId: string, revision: number): Alert {
  return {
    alertId,
    revision,
    kind: 'CLOCK_SKEW',
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
