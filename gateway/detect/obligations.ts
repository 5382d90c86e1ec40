/**
 * The obligation rules, as a pure function of one device's timeline, its activity windows,
 * the policy and the gateway time: which MISSED_ACTIVATION, PREMATURE_DEACTIVATION and
 * RECORDING_PROHIBITED alerts should exist now, and in what state. The detector calls it at
 * deadlines and whenever the device's data changes, and turns differences into revisions.
 *
 * A check due at gateway time X is decided once now >= X + allowedLateness and either the
 * device's data reaches X or the device has been quiet for allowedLateness (so a camera
 * uploading a backlog is not judged halfway through it). Until then an existing alert is held.
 */
import type { ActivityType, AlertKind, AlertSeverity, TriggerKind } from '../model/domain.js';
import { alertIds, key } from './alert-ids.js';
import type { ActivityRule, Policy } from './policy.js';
import {
  type Cause,
  type Timeline,
  causeAt,
  changeTimesIn,
  firstRecordingIn,
  pointAt,
  recordingAt,
  stateAt,
  stopsIn,
  triggers,
} from './timeline.js';

/** One device's part in an activity. Times are gateway time. */
export interface DeviceWindow {
  activityId: string;
  type: ActivityType;
  rule: ActivityRule;
  start: number;
  /** null while the activity is running. */
  end: number | null;
  /** The officer the activity named, whose camera this is ('' when it named the camera). */
  officerId: string;
}

export interface Finding {
  alertId: string;
  kind: AlertKind;
  severity: AlertSeverity;
  status: 'OPEN' | 'RESOLVED';
  resolution: string;
  cause: Cause | '';
  activityId: string;
  activityType: ActivityType | 'UNSPECIFIED';
  triggerKind: TriggerKind | 'UNSPECIFIED';
  obligationStartMs: number;
  deadlineMs: number;
  latenessMs: number;
  uncoveredMs: number;
  detail: string;
  officerId: string;
  /** Gateway time after which late data can no longer change it. */
  finalAt: number;
}

/**
 * What became of one decided obligation (a required activity's, or a signal trigger's): the
 * compliance report's unit. Met ones produce no alert, so they are only known from here.
 */
export interface Outcome {
  obligationId: string;
  officerId: string;
  activityId: string;
  activityType: ActivityType | 'UNSPECIFIED';
  triggerKind: TriggerKind | 'UNSPECIFIED';
  startMs: number;
  deadlineMs: number;
  outcome: 'ON_TIME' | 'LATE' | 'MISSED';
  /** LATE: first recording minus the start. */
  latenessMs: number;
  /** LATE: time from the start not covered even by the pre-event buffer. */
  uncoveredMs: number;
  /** Decided premature deactivations during the obligation. */
  prematureStops: number;
  finalAt: number;
}

export interface Evaluation {
  findings: Finding[];
  /** Decided obligations (undecided ones are not listed; they are held). */
  outcomes: Outcome[];
  /** Alerts whose check is not decided yet: keep them as they are. */
  held: string[];
  /** Earliest gateway time at which the outcome may change without new data. */
  wakeAt: number;
  /** A check is due but waits for the device's data (a backlog being uploaded). */
  waitingForData: boolean;
}

export interface EvalInput {
  deviceId: string;
  tl: Timeline;
  windows: readonly DeviceWindow[];
  policy: Policy;
  now: number;
  /** Gateway time of the device's latest message (any), or -Infinity. */
  lastReceivedMs: number;
  /** Gateway time up to which the device's data is known (its current boot's latest message). */
  knownUntil: number;
  /** Who wore the camera at gateway time t ('' when unknown). */
  officerOf(t: number): string;
}

interface Obligation {
  id: string;
  start: number;
  deadline: number;
  /** When the obligation closes (late activation counts until then). */
  end: number;
  lateness: number;
  window: DeviceWindow | null;
  trigger: TriggerKind | null;
}

export function effectiveEnd(w: DeviceWindow, policy: Policy): number {
  return w.end ?? w.start + policy.settings.maxActivityMs;
}

/**
 * The windows a device must keep at `now`: those whose verdicts may still be revised (until the
 * revision horizon after their end, plus the trigger grace for triggers inside them), and every
 * window overlapping a kept one, since those decide its verdicts (a required activity covering
 * a First Amendment one, an excluded one suspending a required one), transitively; and every
 * window ending after `keepAfter` (a retained trigger's time: whether it falls inside a required
 * activity decides whether it opens an obligation of its own).
 */
export function liveWindows(windows: readonly DeviceWindow[], now: number, policy: Policy, keepAfter = Number.POSITIVE_INFINITY): DeviceWindow[] {
  const s = policy.settings;
  const end = windows.map((w) => effectiveEnd(w, policy));
  // A short activity's activation deadline can come after its end: its verdict is revisable until then.
  const decidedBy = windows.map((w, i) => Math.max(end[i]!, w.start + w.rule.activationGraceMs));
  const keep = end.map((e, i) => decidedBy[i]! + s.revisionHorizonMs + s.triggerGraceMs > now || e > keepAfter);
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < windows.length; i++) {
      if (!keep[i]) continue;
      for (let j = 0; j < windows.length; j++) {
        if (!keep[j] && windows[j]!.start < end[i]! && windows[i]!.start < end[j]!) {
          keep[j] = true;
          changed = true;
        }
      }
    }
  }
  return windows.filter((_, i) => keep[i]);
}

function contains(start: number, end: number, t: number): boolean {
  return start <= t && t < end;
}

/**
 * Exclusions: while an `excluded` activity (undercover work) runs for the camera, nothing is
 * required of it. Its windows, merged, as [start, end) pairs in time order.
 */
const NO_EXCLUSIONS: readonly number[] = Object.freeze([]);

export function exclusionsOf(windows: readonly DeviceWindow[], policy: Policy): readonly number[] {
  if (!windows.some((w) => w.rule.recording === 'excluded')) return NO_EXCLUSIONS;
  const spans = windows
    .filter((w) => w.rule.recording === 'excluded')
    .map((w) => [w.start, effectiveEnd(w, policy)] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [a, b] of spans) {
    if (out.length > 0 && a <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, b);
    else out.push(a, b);
  }
  return out;
}

/** The end of the exclusion running at t, or t when none is. */
function resumeAt(ex: readonly number[], t: number): number {
  for (let i = 0; i < ex.length; i += 2) if (contains(ex[i]!, ex[i + 1]!, t)) return ex[i + 1]!;
  return t;
}

/**
 * [policy: exclusions suspend] The deadline of a grace that starts at t: t + grace, except that an
 * exclusion running at t or starting before the deadline suspends it, and the grace starts anew
 * when the exclusion ends. null when an exclusion lasts past `end` (nothing more is required).
 */
export function deadlineAfter(ex: readonly number[], t: number, grace: number, end: number): number | null {
  let deadline = t + grace;
  for (let i = 0; i < ex.length; i += 2) {
    const [a, b] = [ex[i]!, ex[i + 1]!];
    if (b <= t) continue;
    if (a > deadline) break;
    if (b >= end) return null;
    deadline = Math.max(deadline, b + grace);
  }
  return deadline;
}

/** Time in [a, b) outside every exclusion: how long recording was required. */
export function requiredMs(ex: readonly number[], a: number, b: number): number {
  let ms = Math.max(0, b - a);
  for (let i = 0; i < ex.length; i += 2) ms -= Math.max(0, Math.min(b, ex[i + 1]!) - Math.max(a, ex[i]!));
  return ms;
}

/** Required-activity obligations, then trigger obligations, in the order the rules open them. */
export function obligationsOf(input: EvalInput, ex: readonly number[] = exclusionsOf(input.windows, input.policy)): Obligation[] {
  const { windows, policy, deviceId, tl } = input;
  const out: Obligation[] = [];
  for (const w of windows) {
    if (w.rule.recording !== 'required') continue;
    const end = effectiveEnd(w, policy);
    // An activity that starts during an exclusion obliges from the exclusion's end, if it outlives it.
    const start = resumeAt(ex, w.start);
    if (start !== w.start && (!policy.settings.resumeAfterExclusion || start >= end)) continue;
    const deadline = deadlineAfter(ex, start, w.rule.activationGraceMs, end);
    if (deadline === null) continue;
    out.push({ id: alertIds.missedActivity(w.activityId, deviceId), start, deadline, end, lateness: w.rule.allowedLatenessMs, window: w, trigger: null });
  }
  const activityObligations = out.slice();
  const grace = policy.settings.triggerGraceMs;
  let lastTriggerEnd = Number.NEGATIVE_INFINITY;
  for (const trig of triggers(tl)) {
    if (!policy.autoTriggers.has(trig.kind)) continue;
    const t = trig.time;
    if (t <= lastTriggerEnd || resumeAt(ex, t) !== t || activityObligations.some((o) => contains(o.start, o.end, t))) continue;
    const deadline = deadlineAfter(ex, t, grace, t + grace);
    if (deadline === null) continue;
    const p = trig.point;
    out.push({
      id: alertIds.missedTrigger(deviceId, p.boot, p.seq),
      start: t,
      deadline,
      end: t + grace,
      lateness: policy.settings.allowedLatenessMs,
      window: null,
      trigger: trig.kind,
    });
    lastTriggerEnd = t + grace;
  }
  return out;
}

export function evaluateDevice(input: EvalInput): Evaluation {
  const { tl, policy, now, deviceId } = input;
  const horizon = policy.settings.revisionHorizonMs;
  const findings: Finding[] = [];
  const outcomes: Outcome[] = [];
  const held: string[] = [];
  let wakeAt = Number.POSITIVE_INFINITY;
  let waitingForData = false;

  /** Is the check due at X decided? If not, note when to look again. */
  const decided = (X: number, lateness: number): boolean => {
    if (now < X + lateness) {
      wakeAt = Math.min(wakeAt, X + lateness);
      return false;
    }
    if (input.knownUntil >= X || now >= input.lastReceivedMs + lateness) return true;
    wakeAt = Math.min(wakeAt, input.lastReceivedMs + lateness);
    waitingForData = true;
    return false;
  };

  const ex = exclusionsOf(input.windows, policy);
  const obligations = obligationsOf(input, ex);
  for (const ob of obligations) {
    if (ob.end + horizon <= now && ob.deadline + horizon <= now) continue; // final: no longer revised
    if (ob.start > now) {
      // Not begun yet (it resumes when an exclusion ends): nothing to judge before then.
      wakeAt = Math.min(wakeAt, ob.start);
      continue;
    }
    const base = {
      officerId: ob.window?.officerId || input.officerOf(ob.start),
      activityId: ob.window?.activityId ?? '',
      activityType: ob.window?.type ?? ('UNSPECIFIED' as const),
      triggerKind: ob.trigger ?? ('UNSPECIFIED' as const),
      obligationStartMs: ob.start,
      deadlineMs: ob.deadline,
      finalAt: Math.max(ob.end, ob.deadline) + horizon,
    };
    const met = recordingAt(tl, ob.start) || firstRecordingIn(tl, ob.start, ob.deadline) !== undefined;
    const outcome: Outcome | undefined = met
      ? { obligationId: ob.id, officerId: base.officerId, activityId: base.activityId, activityType: base.activityType, triggerKind: base.triggerKind, startMs: ob.start, deadlineMs: ob.deadline, outcome: 'ON_TIME', latenessMs: 0, uncoveredMs: 0, prematureStops: 0, finalAt: base.finalAt }
      : undefined;
    if (!met) {
      if (decided(ob.deadline, ob.lateness)) {
        const late = ob.end > ob.deadline ? firstRecordingIn(tl, ob.deadline, ob.end) : undefined;
        const preBufferMs = late === undefined ? 0 : Math.max(0, stateAt(tl, late).preBufferS) * 1000;
        const cause = causeAt(tl, ob.deadline);
        findings.push({
          ...base,
          alertId: ob.id,
          kind: 'MISSED_ACTIVATION',
          severity: 'CRITICAL',
          status: late === undefined ? 'OPEN' : 'RESOLVED',
          resolution: late === undefined ? '' : 'LATE_ACTIVATION',
          cause,
          latenessMs: late === undefined ? 0 : requiredMs(ex, ob.start, late),
          uncoveredMs: late === undefined ? 0 : requiredMs(ex, ob.start, late - preBufferMs),
          detail: missedDetail(ob, cause, late),
        });
        const f = findings[findings.length - 1]!;
        outcomes.push({
          obligationId: ob.id,
          officerId: base.officerId,
          activityId: base.activityId,
          activityType: base.activityType,
          triggerKind: base.triggerKind,
          startMs: ob.start,
          deadlineMs: ob.deadline,
          outcome: late === undefined ? 'MISSED' : 'LATE',
          latenessMs: f.latenessMs,
          uncoveredMs: f.uncoveredMs,
          prematureStops: 0,
          finalAt: base.finalAt,
        });
      } else {
        held.push(ob.id);
      }
    } else outcomes.push(outcome!);
    if (ob.window !== null) {
      const before = findings.length;
      premature(ob, ob.window.rule, base);
      const o = outcomes[outcomes.length - 1];
      if (o !== undefined && o.obligationId === ob.id) o.prematureStops = findings.length - before;
    }
  }

  for (const w of input.windows) {
    if (w.rule.recording === 'prohibited_solely') prohibited(w, obligations);
  }
  return { findings, outcomes, held, wakeAt, waitingForData };

  function premature(
    ob: Obligation,
    rule: ActivityRule,
    base: Omit<Finding, 'alertId' | 'kind' | 'severity' | 'status' | 'resolution' | 'cause' | 'latenessMs' | 'uncoveredMs' | 'detail'>,
  ): void {
    const restartGrace = rule.restartGraceMs;
    for (const x of stopsIn(tl, ob.start, ob.end)) {
      // A stop during an exclusion is forgiven until it ends; then the grace starts anew.
      const deadline = deadlineAfter(ex, x, restartGrace, ob.end);
      if (deadline === null || ob.end <= deadline) continue; // the activity ended within the grace
      if (firstRecordingIn(tl, x, deadline) !== undefined) continue; // restarted in time
      const p = pointAt(tl, x);
      const id = alertIds.premature(ob.window!.activityId, deviceId, p.boot, p.seq);
      if (!decided(deadline, ob.lateness)) {
        held.push(id);
        continue;
      }
      const restart = firstRecordingIn(tl, deadline, ob.end);
      findings.push({
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
        detail: `${ob.window!.type} ${ob.window!.activityId}: recording stopped ${fmtMs(x - ob.start)} after the start and did not restart within ${fmtMs(restartGrace)}${deadline !== x + restartGrace ? ' after the excluded activity ended' : ''}`,
      });
    }
  }

  function prohibited(w: DeviceWindow, obligations: readonly Obligation[]): void {
    const start = w.start;
    const end = effectiveEnd(w, policy);
    if (end + horizon <= now) return;
    const grace = w.rule.prohibitedGraceMs;
    const covers = (t: number): Obligation | undefined => obligations.find((o) => contains(o.start, o.end, t));
    // Boundaries where "recording and not covered by a required obligation" can change.
    const bounds = new Set<number>([start, ...changeTimesIn(tl, start, end)]);
    for (const o of obligations) {
      if (o.start > start && o.start < end) bounds.add(o.start);
      if (o.end > start && o.end < end) bounds.add(o.end);
    }
    const sorted = [...bounds].sort((a, b) => a - b);
    const on = (t: number): boolean => recordingAt(tl, t) && covers(t) === undefined;
    /** What started a run at t: the window's start, a required obligation ending, or a START. */
    const keyAt = (t: number): string => {
      if (t === start) return 'start';
      const ended = obligations.find((o) => o.end === t);
      if (ended !== undefined) return `after:${ended.id}`;
      const p = pointAt(tl, t);
      return key(p.boot, p.seq);
    };
    for (let k = 0; k < sorted.length; k++) {
      const a = sorted[k]!;
      if (!on(a) || (k > 0 && on(sorted[k - 1]!))) continue; // not the start of a run
      let j = k + 1;
      while (j < sorted.length && on(sorted[j]!)) j++;
      const b = j < sorted.length ? sorted[j]! : end;
      if (b - a <= grace) continue;
      const id = alertIds.prohibited(w.activityId, deviceId, keyAt(a));
      const X = a + grace;
      if (!decided(X, w.rule.allowedLatenessMs)) {
        held.push(id);
        continue;
      }
      let resolution = '';
      if (b <= now) {
        if (b === end) resolution = 'ACTIVITY_ENDED';
        else if (covers(b) !== undefined) resolution = 'REQUIRED_ACTIVITY';
        else resolution = 'RECORDING_STOPPED';
      }
      findings.push({
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
}

function missedDetail(ob: Obligation, cause: Cause, late: number | undefined): string {
  let what = ob.window !== null ? `${ob.window.type} ${ob.window.activityId}` : `trigger ${ob.trigger ?? ''}`;
  if (ob.window !== null && ob.start !== ob.window.start) what += ` (required from the end of an excluded activity)`;
  const base = `${what}: not recording ${fmtMs(ob.deadline - ob.start)} after the start (${cause})`;
  return late === undefined ? base : `${base}; started ${fmtMs(late - ob.start)} after the start`;
}

export function fmtMs(ms: number): string {
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.abs(ms) < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6000) / 10} min`;
}
