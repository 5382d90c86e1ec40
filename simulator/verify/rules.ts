/**
 * A deliberately simple batch evaluator of the obligation rules. It sees the complete timeline
 * at once (every message, sorted, with the final clock offsets) and applies the rules in
 * README.md directly: no compaction, no incremental state, no deadlines. It shares nothing with
 * gateway/detect/ but the Policy type, which is why it serves twice:
 * - the detector's property test compares the streaming core against it (test/detector/);
 * - the simulator's verifier uses it on the true timeline (true times, nothing lost) to know
 *   which alerts a correct gateway must raise (simulator/verify/truth.ts).
 *
 * The steps, in order: accepted telemetry → clock segments → each device's messages in gateway
 * time → who wore which camera → activity windows → the rules per device.
 */
import type { CaptureRecord } from '../../gateway/model/capture-record.js';
import type { Activity, ActivityType, DeviceMode, Telemetry, TriggerKind } from '../../gateway/model/domain.js';
import type { ActivityRule, Policy } from '../../gateway/detect/policy.js';

export interface Expected {
  kind: string;
  status: string;
  cause?: string;
  resolution?: string;
  latenessMs?: number;
  uncoveredMs?: number;
  obligationStartMs?: number;
  deadlineMs?: number;
  activityId?: string;
  triggerKind?: string;
  officerId?: string;
}

/** Every obligation and what happened to it (for the simulator's truth file). */
export interface ObligationOutcome {
  alertId: string;
  deviceId: string;
  officerId: string;
  activityId: string;
  triggerKind: string;
  obligationStartMs: number;
  deadlineMs: number;
  outcome: 'on-time' | 'late' | 'missed' | 'pending';
  /** late: recording start minus obligation start (time recording was required). */
  latenessMs: number;
}

export interface Evaluation {
  expected: Map<string, Expected>;
  obligations: ObligationOutcome[];
}

interface Accepted {
  t: Telemetry;
  receivedMs: number;
}

interface Msg {
  t: Telemetry;
  time: number; // corrected
  rec?: 0 | 1;
  mode?: DeviceMode;
  depleted?: boolean;
  full?: boolean;
  preBufferS?: number;
  trigger?: TriggerKind;
}

interface Window {
  activityId: string;
  type: ActivityType;
  rule: ActivityRule;
  start: number;
  end: number | null;
  officerId: string;
}

type Wearers = { deviceOf(officerId: string, t: number): string | undefined; officerOf(deviceId: string, t: number): string };

const QUIET = ['OFF', 'SLEEP', 'DOCKED'];
const bootKey = (t: Telemetry): string => `${t.deviceId}|${t.bootId}`;

export function batchEvaluate(records: readonly CaptureRecord[], policy: Policy, now: number): Map<string, Expected> {
  return evaluateTimeline(records, policy, now).expected;
}

export function evaluateTimeline(records: readonly CaptureRecord[], policy: Policy, now: number): Evaluation {
  const out = new Map<string, Expected>();
  const obligations: ObligationOutcome[] = [];
  const accepted = acceptedTelemetry(records);
  const offsetOf = clockOffsets(accepted, policy, out);
  const byDevice = deviceMessages(accepted, offsetOf, policy, out);
  const wearers = whoWore(records, byDevice);
  const windows = activityWindows(records, policy, wearers, out);
  for (const deviceId of new Set([...byDevice.keys(), ...windows.keys()])) {
    evaluateDevice(deviceId, byDevice.get(deviceId) ?? [], windows.get(deviceId) ?? [], policy, now, wearers, out, obligations);
  }
  return { expected: out, obligations };
}

/** 1. Accepted telemetry: the first arrival of each (device, boot, seq). */
function acceptedTelemetry(records: readonly CaptureRecord[]): Accepted[] {
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (r.type !== 'telemetry') continue;
    const k = `${bootKey(r.telemetry)}|${r.telemetry.seq}`;
    if (seen.has(k)) continue;
    seen.add(k);
    accepted.push({ t: r.telemetry, receivedMs: r.receivedMs });
  }
  return accepted;
}

/**
 * 2. Clock offsets, per boot: segments between clock steps, each with the smallest
 * receivedMs − time_ms of its members, found by scanning the boot's messages in seq order
 * (README "Time"). CLOCK_SKEW for a boot with a segment off by more than the tolerance;
 * CLOCK_STEP for each step.
 */
function clockOffsets(accepted: readonly Accepted[], policy: Policy, out: Map<string, Expected>): (t: Telemetry) => number {
  const tol = policy.settings.clockSkewToleranceMs;
  const confirm = policy.settings.clockStepConfirmMs;
  const boots = new Map<string, { seq: number; t: number; d: number }[]>();
  for (const a of accepted) {
    const list = boots.get(bootKey(a.t)) ?? [];
    list.push({ seq: a.t.seq, t: a.t.timeMs, d: a.receivedMs - a.t.timeMs });
    boots.set(bootKey(a.t), list);
  }
  const segmentsOf = new Map<string, { from: number; off: number }[]>();
  for (const [k, list] of boots) {
    list.sort((x, y) => x.seq - y.seq);
    type Seg = { from: number; off: number; anchor: number; members: { t: number }[]; established: boolean };
    const segs: Seg[] = [];
    // Messages higher than the offset since the last member: delay, or a step back to confirm.
    let pending: { seq: number; t: number; d: number }[] = [];
    const span = (xs: readonly { t: number }[]): number => Math.max(...xs.map((x) => x.t)) - Math.min(...xs.map((x) => x.t));
    for (const m of list) {
      const seg = segs.at(-1);
      if (seg === undefined) {
        segs.push({ from: m.seq, off: m.d, anchor: m.d, members: [m], established: false });
      } else if (m.d < seg.anchor - tol) {
        // Lower: a step forward if the level was settled, else the level was inflated by delay.
        pending = [];
        if (seg.established) segs.push({ from: m.seq, off: m.d, anchor: m.d, members: [m], established: false });
        else Object.assign(seg, { off: m.d, anchor: m.d, members: [m] });
      } else if (m.d <= seg.off + tol) {
        pending = [];
        seg.off = Math.min(seg.off, m.d);
        if (!seg.established) {
          seg.anchor = seg.off;
          seg.members.push(m);
          seg.established = seg.members.length >= 3 && span(seg.members) >= confirm;
        }
      } else {
        // Higher: candidate levels among the pending messages; one that 3 messages confirm over
        // `confirm` is a step back. A later message lower than a level disproves it.
        pending.push(m);
        let levels: { ms: { seq: number; t: number; d: number }[]; off: number }[] = [];
        let last: (typeof levels)[number] | undefined;
        for (const x of pending) {
          levels = levels.filter((l) => l.off <= x.d + tol);
          last = levels.find((l) => Math.abs(x.d - l.off) <= tol);
          if (last === undefined) {
            last = { ms: [], off: x.d };
            levels.push(last);
            if (levels.length > 4) levels.splice(levels.lastIndexOf([...levels].sort((a, b) => a.off - b.off).at(-1)!), 1);
          }
          last.ms.push(x);
          last.off = Math.min(last.off, x.d);
        }
        if (last !== undefined && levels.includes(last) && last.ms.length >= 3 && Math.abs(last.ms.at(-1)!.t - last.ms[0]!.t) >= confirm) {
          segs.push({ from: last.ms[0]!.seq, off: last.off, anchor: last.off, members: last.ms, established: true });
          pending = [];
        }
      }
    }
    segmentsOf.set(k, segs);
    const [dev, boot] = k.split('|');
    if (segs.some((s) => Math.abs(s.off) > tol)) out.set(`skw:${dev}:${boot}`, { kind: 'CLOCK_SKEW', status: '*' });
    for (const s of segs.slice(1)) out.set(`stp:${dev}:${boot}.${s.from}`, { kind: 'CLOCK_STEP', status: '*' });
  }
  return (t) => segmentsOf.get(bootKey(t))!.filter((s) => s.from <= t.seq).at(-1)?.off ?? segmentsOf.get(bootKey(t))![0]!.off;
}

/** 3. Each device's messages in gateway time, with what each asserts, in sequence order. */
function deviceMessages(accepted: readonly Accepted[], offsetOf: (t: Telemetry) => number, policy: Policy, out: Map<string, Expected>): Map<string, Msg[]> {
  const s = policy.settings;
  const lowestSeq = new Map<string, number>();
  for (const a of accepted) lowestSeq.set(bootKey(a.t), Math.min(lowestSeq.get(bootKey(a.t)) ?? Number.POSITIVE_INFINITY, a.t.seq));
  const byDevice = new Map<string, Msg[]>();
  for (const a of accepted) {
    const t = a.t;
    const m: Msg = { t, time: t.timeMs + offsetOf(t) };
    const b = t.body;
    if (b.case === 'heartbeat') {
      m.mode = b.value.mode;
      m.rec = b.value.recording && !QUIET.includes(b.value.mode) ? 1 : 0;
    } else if (b.case === 'recording') m.rec = b.value.action === 'START' ? 1 : 0;
    else if (b.case === 'mode') {
      m.mode = b.value.mode;
      if (QUIET.includes(b.value.mode)) m.rec = 0;
    } else if (b.case === 'battery') m.depleted = b.value.percent <= s.depletedBatteryPercent && !b.value.charging;
    else if (b.case === 'storage') m.full = b.value.totalBytes - b.value.usedBytes < s.storageFullBytes;
    else if (b.case === 'hello') m.preBufferS = b.value.preEventBufferS;
    else if (b.case === 'trigger' && policy.autoTriggers.has(b.value.kind)) m.trigger = b.value.kind;
    else if (b.case === 'fault') out.set(`flt:${t.deviceId}:${t.bootId}:${encodeURIComponent(b.value.code)}`, { kind: 'DEVICE_FAULT', status: '*' });
    // A boot ends any recording.
    if (t.seq === lowestSeq.get(bootKey(t)) && m.rec === undefined) m.rec = 0;
    const list = byDevice.get(t.deviceId) ?? [];
    list.push(m);
    byDevice.set(t.deviceId, list);
  }
  // Sequence order: a later boot (or seq) overrides an earlier one, whatever the estimated times.
  for (const list of byDevice.values()) list.sort((x, y) => x.t.bootId - y.t.bootId || x.t.seq - y.t.seq);
  return byDevice;
}

/** 4. Who wears which camera: cameras' hellos (in time order) and administrators' assignments. */
function whoWore(records: readonly CaptureRecord[], byDevice: ReadonlyMap<string, Msg[]>): Wearers {
  interface Worn {
    officerId: string;
    deviceId: string;
    from: number;
    to: number;
  }
  const worn: Worn[] = [];
  const events: { t: number; officerId: string; deviceId: string; assign: boolean }[] = [];
  for (const list of byDevice.values()) {
    for (const m of list) if (m.t.body.case === 'hello' && m.t.body.value.officerId !== '') events.push({ t: m.time, officerId: m.t.body.value.officerId, deviceId: m.t.deviceId, assign: true });
  }
  for (const r of records) {
    if (r.type === 'assignment') events.push({ t: r.assignment.timeMs, officerId: r.assignment.officerId, deviceId: r.assignment.deviceId, assign: r.assignment.action === 'ASSIGN' });
  }
  events.sort((a, b) => a.t - b.t);
  for (const e of events) {
    const current = (w: Worn): boolean => w.to === Number.POSITIVE_INFINITY;
    const mine = worn.find((w) => current(w) && w.officerId === e.officerId);
    if (e.assign && mine?.deviceId === e.deviceId) continue;
    if (mine !== undefined && (e.assign || e.deviceId === '' || mine.deviceId === e.deviceId)) mine.to = Math.max(mine.from, e.t);
    if (!e.assign) continue;
    const theirs = worn.find((w) => current(w) && w.deviceId === e.deviceId);
    if (theirs !== undefined) theirs.to = Math.max(theirs.from, e.t);
    worn.push({ officerId: e.officerId, deviceId: e.deviceId, from: e.t, to: Number.POSITIVE_INFINITY });
  }
  return {
    deviceOf: (officerId, t) => worn.filter((w) => w.officerId === officerId && w.from <= t && t < w.to).at(-1)?.deviceId,
    officerOf: (deviceId, t) => worn.filter((w) => w.deviceId === deviceId && w.from <= t && t < w.to).at(-1)?.officerId ?? '',
  };
}

/**
 * 5. Activity windows, in arrival order. An END naming cameras or officers that arrives before
 * its START is applied when the START comes; a second START with another time or type is a
 * correction (the later message wins) and moves every window.
 */
function activityWindows(records: readonly CaptureRecord[], policy: Policy, wearers: Wearers, out: Map<string, Expected>): Map<string, Window[]> {
  const windows = new Map<string, Window[]>();
  interface Act {
    type: ActivityType;
    rule: ActivityRule;
    started: boolean;
    start: number;
    end: number | null;
    devices: string[];
    officers: string[];
    early: { id: string; officer: boolean; time: number }[];
  }
  const acts = new Map<string, Act>();
  const windowOf = (d: string, id: string): Window | undefined => windows.get(d)?.find((x) => x.activityId === id);
  for (const r of records) {
    if (r.type !== 'activity') continue;
    const a: Activity = r.activity;
    let act = acts.get(a.activityId);
    if (act === undefined) {
      act = { type: a.type, rule: policy.activities[a.type], started: false, start: a.timeMs, end: null, devices: [], officers: [], early: [] };
      acts.set(a.activityId, act);
    }
    const open = (d: string, officerId: string): void => {
      const list = windows.get(d) ?? [];
      if (list.some((w) => w.activityId === a.activityId)) return;
      let end = act.end === null ? null : Math.max(act.end, act.start);
      for (const e of act.early) {
        if (e.officer ? officerId === '' || e.id !== officerId : e.id !== d) continue;
        const x = Math.max(act.start, e.time);
        if (end === null || x < end) end = x;
      }
      list.push({ activityId: a.activityId, type: act.type, rule: act.rule, start: act.start, end, officerId });
      windows.set(d, list);
      act.devices.push(d);
    };
    if (a.phase === 'START') {
      if (!act.started) Object.assign(act, { started: true, start: a.timeMs, type: a.type, rule: policy.activities[a.type] });
      else if (a.timeMs !== act.start || a.type !== act.type) {
        Object.assign(act, { start: a.timeMs, type: a.type, rule: policy.activities[a.type] });
        for (const d of act.devices) {
          const w = windowOf(d, a.activityId)!;
          if (act.rule.recording === 'optional') windows.set(d, windows.get(d)!.filter((x) => x !== w));
          else Object.assign(w, { start: a.timeMs, type: a.type, rule: act.rule, end: w.end === null ? null : Math.max(w.end, a.timeMs) });
        }
        if (act.rule.recording === 'optional') act.devices = [];
      }
      for (const officerId of a.officerIds) {
        if (act.officers.includes(officerId)) continue;
        act.officers.push(officerId);
        const d = wearers.deviceOf(officerId, act.start);
        if (d === undefined) {
          // An officer with no camera: a coverage gap, never a missed activation.
          out.set(`cg:${encodeURIComponent(a.activityId)}:${officerId}`, { kind: 'COVERAGE_GAP', status: 'OPEN', officerId, activityId: a.activityId });
        } else if (act.rule.recording !== 'optional') open(d, officerId);
      }
      if (act.rule.recording === 'optional') continue;
      for (const d of a.deviceIds) open(d, '');
      continue;
    }
    const byName = a.deviceIds.length > 0 || a.officerIds.length > 0;
    if (!byName) act.end = act.end === null ? a.timeMs : Math.min(act.end, a.timeMs);
    if (!act.started) {
      const named = [...a.deviceIds.map((id) => ({ id, officer: false })), ...a.officerIds.map((id) => ({ id, officer: true }))];
      for (const n of named) if (act.early.length < 256) act.early.push({ ...n, time: a.timeMs });
      continue;
    }
    for (const officerId of byName ? a.officerIds : act.officers) {
      const gap = out.get(`cg:${encodeURIComponent(a.activityId)}:${officerId}`);
      if (gap !== undefined) Object.assign(gap, { status: 'RESOLVED', resolution: 'ACTIVITY_ENDED' });
    }
    const targets = new Set(byName ? a.deviceIds : act.devices);
    for (const d of act.devices) {
      const w = windowOf(d, a.activityId);
      if (w !== undefined && w.officerId !== '' && a.officerIds.includes(w.officerId)) targets.add(d);
    }
    for (const d of targets) {
      const w = windowOf(d, a.activityId);
      if (w === undefined) continue;
      const end = Math.max(w.start, a.timeMs);
      if (w.end === null || end < w.end) w.end = end;
    }
  }
  return windows;
}

/** Exclusions (undercover work): merged [start, end) spans, and what they do to obligations. */
function exclusions(wins: readonly Window[], endOf: (w: Window) => number) {
  const spans: [number, number][] = [];
  for (const [a, b] of wins
    .filter((w) => w.rule.recording === 'excluded')
    .map((w): [number, number] => [w.start, endOf(w)])
    .sort((x, y) => x[0] - y[0])) {
    const last = spans.at(-1);
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  return {
    at: (t: number): boolean => spans.some(([a, b]) => a <= t && t < b),
    /** The end of the exclusion running at t, or t. */
    resume: (t: number): number => spans.find(([a, b]) => a <= t && t < b)?.[1] ?? t,
    /** t + grace, with the grace starting anew after an exclusion it meets; null if one outlasts `end`. */
    deadline(t: number, grace: number, end: number): number | null {
      let d = t + grace;
      for (const [a, b] of spans) {
        if (b <= t) continue;
        if (a > d) break;
        if (b >= end) return null;
        d = Math.max(d, b + grace);
      }
      return d;
    },
    /** Time in [a, b) outside exclusions. */
    required: (a: number, b: number): number => spans.reduce((ms, [x, y]) => ms - Math.max(0, Math.min(b, y) - Math.max(a, x)), Math.max(0, b - a)),
  };
}

/** What one device's messages say at any time: the batch evaluator's timeline, naive on purpose. */
function factsOf(msgs: readonly Msg[], s: Policy['settings']) {
  // The state at T: every message at or before T, applied in sequence order.
  const recAt = (T: number): boolean => {
    let rec = false;
    for (const m of msgs) if (m.time <= T && m.rec !== undefined) rec = m.rec === 1;
    return rec;
  };
  const changeTimes = [...new Set(msgs.map((m) => m.time))].sort((a, b) => a - b);
  return {
    recAt,
    changeTimes,
    firstStart: (a: number, b: number): number | undefined => changeTimes.find((t) => t > a && t <= b && recAt(t)),
    lastMsgAt: (t: number): Msg => msgs.filter((m) => m.time === t).at(-1)!,
    cause: (T: number): string => {
      const before = msgs.filter((m) => m.time <= T);
      if (before.length === 0) return 'UNKNOWN_DEVICE';
      let mode: DeviceMode | undefined;
      let depleted = false;
      let full = false;
      for (const m of before) {
        if (m.mode !== undefined) mode = m.mode;
        if (m.depleted !== undefined) depleted = m.depleted;
        if (m.full !== undefined) full = m.full;
      }
      if (mode === 'OFF') return 'DEVICE_OFF';
      if (depleted) return 'BATTERY_DEPLETED';
      if (T - Math.max(...before.map((m) => m.time)) > s.offlineAfterMs) return 'DEVICE_OFFLINE';
      if (mode === 'DOCKED') return 'DEVICE_DOCKED';
      if (full) return 'STORAGE_FULL';
      if (mode === 'SLEEP') return 'DEVICE_ASLEEP';
      return 'NOT_STARTED';
    },
    preBufferAt: (T: number): number => {
      let p = 0;
      for (const m of msgs) if (m.time <= T && m.preBufferS !== undefined) p = m.preBufferS;
      return p;
    },
  };
}
type Facts = ReturnType<typeof factsOf>;

/** An obligation as the batch evaluator opens it. */
interface Ob {
  id: string;
  start: number;
  deadline: number;
  end: number;
  w: Window | null;
  trigger?: TriggerKind;
}

/** 6. The rules for one device. */
function evaluateDevice(
  deviceId: string,
  msgs: readonly Msg[],
  wins: readonly Window[],
  policy: Policy,
  now: number,
  wearers: Wearers,
  out: Map<string, Expected>,
  obligations: ObligationOutcome[],
): void {
  const s = policy.settings;
  const endOf = (w: Window): number => w.end ?? w.start + s.maxActivityMs;
  const ex = exclusions(wins, endOf);
  const facts = factsOf(msgs, s);
  const { recAt, firstStart, cause, preBufferAt } = facts;
  // Only what is due by `now` (deadline + allowed lateness) exists yet.
  const due = (X: number, lateness: number): boolean => X + lateness <= now;

  const officerFor = (ob: Ob): string => ob.w?.officerId || wearers.officerOf(deviceId, ob.start);
  const obs: Ob[] = [];
  for (const w of wins) {
    if (w.rule.recording !== 'required') continue;
    // Suspended while an exclusion runs; an activity starting during one obliges from its end.
    const start = ex.resume(w.start);
    if (start !== w.start && (!s.resumeAfterExclusion || start >= endOf(w))) continue;
    const deadline = ex.deadline(start, w.rule.activationGraceMs, endOf(w));
    if (deadline !== null) obs.push({ id: `ma:${encodeURIComponent(w.activityId)}:${deviceId}`, start, deadline, end: endOf(w), w });
  }
  const activityObs = [...obs];
  let lastTriggerEnd = Number.NEGATIVE_INFINITY;
  for (const m of [...msgs].sort((x, y) => x.time - y.time)) {
    if (m.trigger === undefined) continue;
    const t = m.time;
    if (t <= lastTriggerEnd || ex.at(t) || activityObs.some((o) => o.start <= t && t < o.end)) continue;
    const deadline = ex.deadline(t, s.triggerGraceMs, t + s.triggerGraceMs);
    if (deadline === null) continue;
    obs.push({ id: `ma:trg:${deviceId}:${m.t.bootId}.${m.t.seq}`, start: t, deadline, end: t + s.triggerGraceMs, w: null, trigger: m.trigger });
    lastTriggerEnd = t + s.triggerGraceMs;
  }

  for (const ob of obs) {
    if (ob.start > now) {
      // Not begun yet (it resumes when an exclusion ends).
      obligations.push({ alertId: ob.id, deviceId, officerId: officerFor(ob), activityId: ob.w?.activityId ?? '', triggerKind: ob.trigger ?? '', obligationStartMs: ob.start, deadlineMs: ob.deadline, outcome: 'pending', latenessMs: 0 });
      continue;
    }
    const met = recAt(ob.start) || firstStart(ob.start, ob.deadline) !== undefined;
    const lateness = ob.w?.rule.allowedLatenessMs ?? s.allowedLatenessMs;
    const late = met || !(ob.end > ob.deadline) ? undefined : firstStart(ob.deadline, ob.end);
    obligations.push({
      alertId: ob.id,
      deviceId,
      officerId: officerFor(ob),
      activityId: ob.w?.activityId ?? '',
      triggerKind: ob.trigger ?? '',
      obligationStartMs: ob.start,
      deadlineMs: ob.deadline,
      outcome: met ? 'on-time' : !due(ob.deadline, lateness) ? 'pending' : late !== undefined ? 'late' : 'missed',
      latenessMs: late === undefined ? 0 : ex.required(ob.start, late),
    });
    if (!met && due(ob.deadline, lateness)) {
      out.set(ob.id, {
        kind: 'MISSED_ACTIVATION',
        status: late === undefined ? 'OPEN' : 'RESOLVED',
        cause: cause(ob.deadline),
        resolution: late === undefined ? '' : 'LATE_ACTIVATION',
        latenessMs: late === undefined ? 0 : ex.required(ob.start, late),
        uncoveredMs: late === undefined ? 0 : ex.required(ob.start, late - preBufferAt(late) * 1000),
        obligationStartMs: ob.start,
        deadlineMs: ob.deadline,
        activityId: ob.w?.activityId ?? '',
        triggerKind: ob.trigger ?? 'UNSPECIFIED',
        officerId: officerFor(ob),
      });
    }
    if (ob.w === null) continue;
    premature(deviceId, ob, ob.w, facts, ex, lateness, due, out);
  }

  // Recording prohibited: runs of (recording and no required obligation) longer than the grace.
  for (const w of wins) {
    if (w.rule.recording === 'prohibited_solely') prohibited(deviceId, w, endOf(w), msgs, obs, facts, due, now, out);
  }
}

/** RECORDING_PROHIBITED: runs of (recording and no required obligation) longer than the grace. */
function prohibited(
  deviceId: string,
  w: Window,
  end: number,
  msgs: readonly Msg[],
  obs: readonly Ob[],
  { recAt, lastMsgAt }: Facts,
  due: (X: number, lateness: number) => boolean,
  now: number,
  out: Map<string, Expected>,
): void {
  const start = w.start;
  const covering = (t: number): Ob | undefined => obs.find((o) => o.start <= t && t < o.end);
  const on = (t: number): boolean => recAt(t) && covering(t) === undefined;
  const times = [start, ...msgs.map((m) => m.time), ...obs.flatMap((o) => [o.start, o.end])]
    .filter((t) => t >= start && t < end)
    .sort((a, b) => a - b)
    .filter((t, i, all) => i === 0 || t !== all[i - 1]);
  for (let i = 0; i < times.length; i++) {
    const a = times[i]!;
    if (!on(a) || (i > 0 && on(times[i - 1]!))) continue;
    let j = i + 1;
    while (j < times.length && on(times[j]!)) j++;
    const b = j < times.length ? times[j]! : end;
    if (b - a <= w.rule.prohibitedGraceMs || !due(a + w.rule.prohibitedGraceMs, w.rule.allowedLatenessMs)) continue;
    let startKey: string;
    const endedOb = obs.find((o) => o.end === a);
    if (a === start) startKey = 'start';
    else if (endedOb !== undefined) startKey = `after:${endedOb.id}`;
    else {
      const m = lastMsgAt(a);
      startKey = `${m.t.bootId}.${m.t.seq}`;
    }
    let resolution = '';
    if (b <= now) resolution = b === end ? 'ACTIVITY_ENDED' : covering(b) !== undefined ? 'REQUIRED_ACTIVITY' : 'RECORDING_STOPPED';
    out.set(`rp:${encodeURIComponent(w.activityId)}:${deviceId}:${startKey}`, {
      kind: 'RECORDING_PROHIBITED',
      status: resolution === '' ? 'OPEN' : 'RESOLVED',
      resolution,
      obligationStartMs: a,
      deadlineMs: a + w.rule.prohibitedGraceMs,
      activityId: w.activityId,
    });
  }
}

/** PREMATURE_DEACTIVATION: on -> off inside a required activity, not restarted in time. */
function premature(
  deviceId: string,
  ob: Ob,
  w: Window,
  { recAt, changeTimes, firstStart, lastMsgAt }: Facts,
  ex: ReturnType<typeof exclusions>,
  lateness: number,
  due: (X: number, lateness: number) => boolean,
  out: Map<string, Expected>,
): void {
  // Premature deactivation: on -> off inside the obligation, not restarted in time (the grace
  // starts anew after an exclusion; time off counts only while recording was required).
  let rec = recAt(ob.start);
  for (const x of changeTimes) {
    if (x <= ob.start) continue;
    if (x >= ob.end) break;
    const was = rec;
    rec = recAt(x);
    if (!(was && !rec)) continue;
    const m = lastMsgAt(x);
    const deadline = ex.deadline(x, w.rule.restartGraceMs, ob.end);
    if (deadline === null || ob.end <= deadline || firstStart(x, deadline) !== undefined || !due(deadline, lateness)) continue;
    const restart = firstStart(deadline, ob.end);
    out.set(`pd:${encodeURIComponent(w.activityId)}:${deviceId}:${m.t.bootId}.${m.t.seq}`, {
      kind: 'PREMATURE_DEACTIVATION',
      status: restart === undefined ? 'OPEN' : 'RESOLVED',
      resolution: restart === undefined ? '' : 'RESTARTED',
      latenessMs: restart === undefined ? 0 : ex.required(x, restart),
      deadlineMs: deadline,
      activityId: w.activityId,
    });
  }
}
