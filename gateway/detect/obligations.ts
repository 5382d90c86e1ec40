/**
 * What a device owes under the policy: its activity windows, the exclusions that suspend them,
 * and the obligations (required activities, signal triggers) they open, each with a deadline.
 * The types of a verdict (Finding, Outcome, Evaluation) live here too; evaluate.ts judges.
 */
import type { ActivityType, AlertKind, AlertSeverity, TriggerKind } from '../model/domain.js';
import { alertIds } from './alert-ids.js';
import type { ActivityRule, Policy } from './policy.js';
import { type Cause, type Timeline, triggers } from './timeline.js';

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

export interface Obligation {
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

export function contains(start: number, end: number, t: number): boolean {
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

export function fmtMs(ms: number): string {
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.abs(ms) < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6000) / 10} min`;
}
