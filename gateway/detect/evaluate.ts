/**
 * The obligation rules, as a pure function of one device's timeline, its activity windows,
 * the policy and the gateway time: which MISSED_ACTIVATION, PREMATURE_DEACTIVATION and
 * RECORDING_PROHIBITED alerts should exist now, and in what state. The detector calls it at
 * deadlines and whenever the device's data changes, and turns differences into revisions.
 * Timing (when a check is decided) is judgement.ts; the First Amendment rule is prohibited.ts.
 */
import { alertIds } from './alert-ids.js';
import { Judgement } from './judgement.js';
import {
  type EvalInput,
  type Evaluation,
  type Finding,
  type Obligation,
  type Outcome,
  exclusionsOf,
  deadlineAfter,
  fmtMs,
  obligationsOf,
  requiredMs,
} from './obligations.js';
import { judgeProhibited } from './prohibited.js';
import { type Cause, causeAt, firstRecordingIn, pointAt, recordingAt, stateAt, stopsIn } from './timeline.js';

/** What every verdict about one obligation shares. */
type Base = Pick<Finding, 'officerId' | 'activityId' | 'activityType' | 'triggerKind' | 'deadlineMs' | 'finalAt'> & { obligationStartMs: number };

export function evaluateDevice(input: EvalInput): Evaluation {
  const j = new Judgement(input);
  const ex = exclusionsOf(input.windows, input.policy);
  const obligations = obligationsOf(input, ex);
  for (const ob of obligations) judgeObligation(j, input, ex, ob);
  for (const w of input.windows) {
    if (w.rule.recording === 'prohibited_solely') judgeProhibited(j, input, w, obligations);
  }
  return j.result();
}

/** One obligation: met, missed (or late), or not decided yet; then its premature stops. */
function judgeObligation(j: Judgement, input: EvalInput, ex: readonly number[], ob: Obligation): void {
  const { tl, now } = input;
  const horizon = input.policy.settings.revisionHorizonMs;
  if (ob.end + horizon <= now && ob.deadline + horizon <= now) return; // final: no longer revised
  if (ob.start > now) return j.wakeBy(ob.start); // begins when an exclusion ends: nothing to judge yet
  const base = baseOf(input, ob);
  const met = recordingAt(tl, ob.start) || firstRecordingIn(tl, ob.start, ob.deadline) !== undefined;
  if (met) j.outcomes.push(outcomeOf(ob, base, 'ON_TIME', 0, 0));
  else if (j.decided(ob.deadline, ob.lateness)) missed(j, input, ex, ob, base);
  else j.held.push(ob.id);
  if (ob.window === null) return;
  const before = j.findings.length;
  premature(j, input, ex, ob, base);
  const o = j.outcomes[j.outcomes.length - 1];
  if (o !== undefined && o.obligationId === ob.id) o.prematureStops = j.findings.length - before;
}

function baseOf(input: EvalInput, ob: Obligation): Base {
  return {
    officerId: ob.window?.officerId || input.officerOf(ob.start),
    activityId: ob.window?.activityId ?? '',
    activityType: ob.window?.type ?? 'UNSPECIFIED',
    triggerKind: ob.trigger ?? 'UNSPECIFIED',
    obligationStartMs: ob.start,
    deadlineMs: ob.deadline,
    finalAt: Math.max(ob.end, ob.deadline) + input.policy.settings.revisionHorizonMs,
  };
}

function outcomeOf(ob: Obligation, base: Base, outcome: Outcome['outcome'], latenessMs: number, uncoveredMs: number): Outcome {
  const { officerId, activityId, activityType, triggerKind, finalAt } = base;
  return { obligationId: ob.id, officerId, activityId, activityType, triggerKind, startMs: ob.start, deadlineMs: ob.deadline, outcome, latenessMs, uncoveredMs, prematureStops: 0, finalAt };
}

/** Not recording by the deadline: MISSED_ACTIVATION, resolved LATE_ACTIVATION if it started before the end. */
function missed(j: Judgement, input: EvalInput, ex: readonly number[], ob: Obligation, base: Base): void {
  const { tl } = input;
  const late = ob.end > ob.deadline ? firstRecordingIn(tl, ob.deadline, ob.end) : undefined;
  const preBufferMs = late === undefined ? 0 : Math.max(0, stateAt(tl, late).preBufferS) * 1000;
  const cause = causeAt(tl, ob.deadline);
  const latenessMs = late === undefined ? 0 : requiredMs(ex, ob.start, late);
  const uncoveredMs = late === undefined ? 0 : requiredMs(ex, ob.start, late - preBufferMs);
  j.findings.push({
    ...base,
    alertId: ob.id,
    kind: 'MISSED_ACTIVATION',
    severity: 'CRITICAL',
    status: late === undefined ? 'OPEN' : 'RESOLVED',
    resolution: late === undefined ? '' : 'LATE_ACTIVATION',
    cause,
    latenessMs,
    uncoveredMs,
    detail: missedDetail(ob, cause, late),
  });
  j.outcomes.push(outcomeOf(ob, base, late === undefined ? 'MISSED' : 'LATE', latenessMs, uncoveredMs));
}

/** Recording stopped during a required activity and did not restart within the grace. */
function premature(j: Judgement, input: EvalInput, ex: readonly number[], ob: Obligation, base: Base): void {
  const { tl, deviceId } = input;
  const w = ob.window!;
  const restartGrace = w.rule.restartGraceMs;
  for (const x of stopsIn(tl, ob.start, ob.end)) {
    // A stop during an exclusion is forgiven until it ends; then the grace starts anew.
    const deadline = deadlineAfter(ex, x, restartGrace, ob.end);
    if (deadline === null || ob.end <= deadline) continue; // the activity ended within the grace
    if (firstRecordingIn(tl, x, deadline) !== undefined) continue; // restarted in time
    const p = pointAt(tl, x);
    const id = alertIds.premature(w.activityId, deviceId, p.boot, p.seq);
    if (!j.decided(deadline, ob.lateness)) {
      j.held.push(id);
      continue;
    }
    const restart = firstRecordingIn(tl, deadline, ob.end);
    j.findings.push({
      ...base,
      alertId: id,
      kind: 'PREMATURE_DEACTIVATION',
      severity: 'HIGH',
      status: restart === undefined ? 'OPEN' : 'RESOLVED',
      resolution: restart === undefined ? '' : 'RESTARTED',
      cause: '',
      latenessMs: restart === undefined ? 0 : requiredMs(ex, x, restart),
      uncoveredMs: 0,
      deadlineMs: deadline,
      detail: `${w.type} ${w.activityId}: recording stopped ${fmtMs(x - ob.start)} after the start and did not restart within ${fmtMs(restartGrace)}${deadline !== x + restartGrace ? ' after the excluded activity ended' : ''}`,
    });
  }
}

function missedDetail(ob: Obligation, cause: Cause, late: number | undefined): string {
  let what = ob.window !== null ? `${ob.window.type} ${ob.window.activityId}` : `trigger ${ob.trigger ?? ''}`;
  if (ob.window !== null && ob.start !== ob.window.start) what += ` (required from the end of an excluded activity)`;
  const base = `${what}: not recording ${fmtMs(ob.deadline - ob.start)} after the start (${cause})`;
  return late === undefined ? base : `${base}; started ${fmtMs(late - ob.start)} after the start`;
}
