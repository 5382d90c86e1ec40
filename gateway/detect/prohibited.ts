/**
 * [policy: prohibited_solely] A camera must not record an activity (First Amendment activity)
 * for longer than the grace unless a required activity covers that time. One RECORDING_PROHIBITED
 * alert per run of "recording and not covered", keyed by what started the run.
 */
import { alertIds, key } from './alert-ids.js';
import type { Judgement } from './judgement.js';
import { type DeviceWindow, type EvalInput, type Obligation, contains, effectiveEnd, fmtMs } from './obligations.js';
import { changeTimesIn, pointAt, recordingAt } from './timeline.js';

export function judgeProhibited(j: Judgement, input: EvalInput, w: DeviceWindow, obligations: readonly Obligation[]): void {
  const { tl, now, policy, deviceId } = input;
  const horizon = policy.settings.revisionHorizonMs;
  const start = w.start;
  const end = effectiveEnd(w, policy);
  if (end + horizon <= now) return;
  const grace = w.rule.prohibitedGraceMs;
  const covers = (t: number): Obligation | undefined => obligations.find((o) => contains(o.start, o.end, t));
  const on = (t: number): boolean => recordingAt(tl, t) && covers(t) === undefined;
  /** What started a run at t: the window's start, a required obligation ending, or a START. */
  const keyAt = (t: number): string => {
    if (t === start) return 'start';
    const ended = obligations.find((o) => o.end === t);
    if (ended !== undefined) return `after:${ended.id}`;
    const p = pointAt(tl, t);
    return key(p.boot, p.seq);
  };
  for (const [a, b] of runs(boundaries(input, w, end, obligations), on, end)) {
    if (b - a <= grace) continue;
    const id = alertIds.prohibited(w.activityId, deviceId, keyAt(a));
    const X = a + grace;
    if (!j.decided(X, w.rule.allowedLatenessMs)) {
      j.held.push(id);
      continue;
    }
    let resolution = '';
    if (b <= now) {
      if (b === end) resolution = 'ACTIVITY_ENDED';
      else if (covers(b) !== undefined) resolution = 'REQUIRED_ACTIVITY';
      else resolution = 'RECORDING_STOPPED';
    }
    j.findings.push({
      alertId: id,
      kind: 'RECORDING_PROHIBITED',
      severity: 'WARNING',
      status: resolution === '' ? 'OPEN' : 'RESOLVED',
      resolution,
      cause: '',
      activityId: w.activityId,
      activityType: w.type,
      triggerKind: 'UNSPECIFIED',
      obligationStartMs: a,
      deadlineMs: X,
      latenessMs: 0,
      uncoveredMs: 0,
      detail: `${w.type} ${w.activityId}: recording for more than ${fmtMs(grace)} with no required activity`,
      officerId: w.officerId || input.officerOf(a),
      finalAt: end + horizon,
    });
  }
}

/** Times in the window where "recording and not covered by a required obligation" can change, sorted. */
function boundaries(input: EvalInput, w: DeviceWindow, end: number, obligations: readonly Obligation[]): number[] {
  const bounds = new Set<number>([w.start, ...changeTimesIn(input.tl, w.start, end)]);
  for (const o of obligations) {
    if (o.start > w.start && o.start < end) bounds.add(o.start);
    if (o.end > w.start && o.end < end) bounds.add(o.end);
  }
  return [...bounds].sort((a, b) => a - b);
}

/** Maximal runs [a, b) of sorted boundaries where `on` holds; the last run ends at `end` at most. */
function* runs(sorted: readonly number[], on: (t: number) => boolean, end: number): Generator<[number, number]> {
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!;
    if (!on(a) || (k > 0 && on(sorted[k - 1]!))) continue; // not the start of a run
    let j = k + 1;
    while (j < sorted.length && on(sorted[j]!)) j++;
    yield [a, j < sorted.length ? sorted[j]! : end];
  }
}
