/**
 * A deliberately simple batch evaluator of the obligation rules. It sees the complete timeline
 * at once (every message, sorted, with the final clock offsets) and applies the rules in
 * README.md directly: no compaction, no incremental state, no deadlines. It shares nothing with
 * gateway/detect/ but the Policy type, which is why it serves twice:
 * - the detector's property test compares the streaming core against it (test/detector/);
 * - the simulator's verifier uses it on the true timeline (true times, nothing lost) to know
 *   which alerts a correct gateway must raise (simulator/verify/truth.ts).
 */
import type { CaptureRecord } from '../../gateway/decode/capture.js';
import type { ActivityType, DeviceMode, Telemetry, TriggerKind } from '../../gateway/decode/model.js';
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
  /** late: recording start minus obligation start. */
  latenessMs: number;
}

export interface Evaluation {
  expected: Map<string, Expected>;
  obligations: ObligationOutcome[];
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

const QUIET = ['OFF', 'SLEEP', 'DOCKED'];

export function batchEvaluate(records: readonly CaptureRecord[], policy: Policy, now: number): Map<string, Expected> {
  return evaluateTimeline(records, policy, now).expected;
}

export function evaluateTimeline(records: readonly CaptureRecord[], policy: Policy, now: number): Evaluation {
  const s = policy.settings;
  const out = new Map<string, Expected>();
  const obligations: ObligationOutcome[] = [];

  // 1. Accepted telemetry: the first arrival of each (device, boot, seq).
  const accepted: { t: Telemetry; receivedMs: number }[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (r.type !== 'telemetry') continue;
    const k = `${r.telemetry.deviceId}|${r.telemetry.bootId}|${r.telemetry.seq}`;
    if (seen.has(k)) continue;
    seen.add(k);
    accepted.push({ t: r.telemetry, receivedMs: r.receivedMs });
  }

  // 2. Clock offsets: per boot, the smallest receivedMs - time_ms.
  const offset = new Map<string, number>();
  for (const a of accepted) {
    const k = `${a.t.deviceId}|${a.t.bootId}`;
    offset.set(k, Math.min(offset.get(k) ?? Number.POSITIVE_INFINITY, a.receivedMs - a.t.timeMs));
  }
  for (const [k, off] of offset) {
    if (Math.abs(off) > s.clockSkewToleranceMs) {
      const [dev, boot] = k.split('|');
      out.set(`skw:${dev}:${boot}`, { kind: 'CLOCK_SKEW', status: '*' });
    }
  }

  // 3. Each device's messages in gateway time, with what each asserts.
  const lowestSeq = new Map<string, number>();
  for (const a of accepted) {
    const k = `${a.t.deviceId}|${a.t.bootId}`;
    lowestSeq.set(k, Math.min(lowestSeq.get(k) ?? Number.POSITIVE_INFINITY, a.t.seq));
  }
  const byDevice = new Map<string, Msg[]>();
  for (const a of accepted) {
    const t = a.t;
    const m: Msg = { t, time: t.timeMs + offset.get(`${t.deviceId}|${t.bootId}`)! };
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
    if (t.seq === lowestSeq.get(`${t.deviceId}|${t.bootId}`) && m.rec === undefined) m.rec = 0;
    const list = byDevice.get(t.deviceId) ?? [];
    list.push(m);
    byDevice.set(t.deviceId, list);
  }
  // Sequence order: a later boot (or seq) overrides an earlier one, whatever the estimated times.
  for (const list of byDevice.values()) list.sort((x, y) => x.t.bootId - y.t.bootId || x.t.seq - y.t.seq);

  // 4. Who wears which camera: cameras' hellos (in time order) and administrators' assignments.
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
  const deviceOf = (officerId: string, t: number): string | undefined =>
    worn.filter((w) => w.officerId === officerId && w.from <= t && t < w.to).at(-1)?.deviceId;
  const officerOf = (deviceId: string, t: number): string =>
    worn.filter((w) => w.deviceId === deviceId && w.from <= t && t < w.to).at(-1)?.officerId ?? '';

  // 5. Activity windows, in arrival order.
  const windows = new Map<string, Window[]>();
  const acts = new Map<string, { type: ActivityType; rule: ActivityRule; started: boolean; start: number; end: number | null; devices: string[]; officers: string[]; gaps: string[] }>();
  for (const r of records) {
    if (r.type !== 'activity') continue;
    const a = r.activity;
    let act = acts.get(a.activityId);
    if (act === undefined) {
      act = { type: a.type, rule: policy.activities[a.type], started: false, start: a.timeMs, end: null, devices: [], officers: [], gaps: [] };
      acts.set(a.activityId, act);
    }
    const open = (d: string, officerId: string): void => {
      const list = windows.get(d) ?? [];
      if (list.some((w) => w.activityId === a.activityId)) return;
      list.push({ activityId: a.activityId, type: act.type, rule: act.rule, start: a.timeMs, end: act.end === null ? null : Math.max(act.end, a.timeMs), officerId });
      windows.set(d, list);
      act.devices.push(d);
    };
    if (a.phase === 'START') {
      if (!act.started) Object.assign(act, { started: true, start: a.timeMs, type: a.type, rule: policy.activities[a.type] });
      for (const officerId of a.officerIds) {
        if (act.officers.includes(officerId)) continue;
        act.officers.push(officerId);
        const d = deviceOf(officerId, a.timeMs);
        if (d === undefined) {
          // An officer with no camera: a coverage gap, never a missed activation.
          act.gaps.push(officerId);
          out.set(`cg:${encodeURIComponent(a.activityId)}:${officerId}`, { kind: 'COVERAGE_GAP', status: 'OPEN', officerId, activityId: a.activityId });
        } else if (act.rule.recording !== 'optional') open(d, officerId);
      }
      if (act.rule.recording === 'optional') continue;
      for (const d of a.deviceIds) open(d, '');
    } else {
      const byName = a.deviceIds.length > 0 || a.officerIds.length > 0;
      if (!byName) act.end = act.end === null ? a.timeMs : Math.min(act.end, a.timeMs);
      for (const officerId of byName ? a.officerIds : act.officers) {
        const gap = out.get(`cg:${encodeURIComponent(a.activityId)}:${officerId}`);
        if (gap !== undefined) Object.assign(gap, { status: 'RESOLVED', resolution: 'ACTIVITY_ENDED' });
      }
      const targets = new Set(byName ? a.deviceIds : act.devices);
      for (const d of act.devices) {
        const w = windows.get(d)?.find((x) => x.activityId === a.activityId);
        if (w !== undefined && w.officerId !== '' && a.officerIds.includes(w.officerId)) targets.add(d);
      }
      for (const d of targets) {
        const w = windows.get(d)?.find((x) => x.activityId === a.activityId);
        if (w === undefined) continue;
        const end = Math.max(w.start, a.timeMs);
        if (w.end === null || end < w.end) w.end = end;
      }
    }
  }

  // 6. The rules, per device.
  for (const deviceId of new Set([...byDevice.keys(), ...windows.keys()])) {
    const msgs = byDevice.get(deviceId) ?? [];
    const wins = windows.get(deviceId) ?? [];
    const endOf = (w: Window): number => w.end ?? w.start + s.maxActivityMs;
    // The state at T: every message at or before T, applied in sequence order.
    const recAt = (T: number): boolean => {
      let rec = false;
      for (const m of msgs) if (m.time <= T && m.rec !== undefined) rec = m.rec === 1;
      return rec;
    };
    const changeTimes = [...new Set(msgs.map((m) => m.time))].sort((a, b) => a - b);
    const firstStart = (a: number, b: number): number | undefined => changeTimes.find((t) => t > a && t <= b && recAt(t));
    const lastMsgAt = (t: number): Msg => msgs.filter((m) => m.time === t).at(-1)!;
    const excludedAt = (t: number): boolean => wins.some((w) => w.rule.recording === 'excluded' && w.start <= t && t < endOf(w));
    const cause = (T: number): string => {
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
    };
    const preBufferAt = (T: number): number => {
      let p = 0;
      for (const m of msgs) if (m.time <= T && m.preBufferS !== undefined) p = m.preBufferS;
      return p;
    };

    interface Ob { id: string; start: number; deadline: number; end: number; w: Window | null; trigger?: TriggerKind }
    const officerFor = (ob: Ob): string => ob.w?.officerId || officerOf(deviceId, ob.start);
    const obs: Ob[] = [];
    for (const w of wins) {
      if (w.rule.recording !== 'required' || excludedAt(w.start)) continue;
      obs.push({ id: `ma:${encodeURIComponent(w.activityId)}:${deviceId}`, start: w.start, deadline: w.start + w.rule.activationGraceMs, end: endOf(w), w });
    }
    const activityObs = [...obs];
    let lastTriggerEnd = Number.NEGATIVE_INFINITY;
    for (const m of [...msgs].sort((x, y) => x.time - y.time)) {
      if (m.trigger === undefined) continue;
      const t = m.time;
      if (t <= lastTriggerEnd || excludedAt(t) || activityObs.some((o) => o.start <= t && t < o.end)) continue;
      obs.push({ id: `ma:trg:${deviceId}:${m.t.bootId}.${m.t.seq}`, start: t, deadline: t + s.triggerGraceMs, end: t + s.triggerGraceMs, w: null, trigger: m.trigger });
      lastTriggerEnd = t + s.triggerGraceMs;
    }

    // Only what is due by `now` (deadline + allowed lateness) exists yet.
    const due = (X: number, lateness: number): boolean => X + lateness <= now;
    for (const ob of obs) {
      const met = recAt(ob.start) || firstStart(ob.start, ob.deadline) !== undefined;
      const lateness = ob.w?.rule.allowedLatenessMs ?? s.allowedLatenessMs;
      const lateStart = met || !(ob.end > ob.deadline) ? undefined : firstStart(ob.deadline, ob.end);
      obligations.push({
        alertId: ob.id,
        deviceId,
        officerId: officerFor(ob),
        activityId: ob.w?.activityId ?? '',
        triggerKind: ob.trigger ?? '',
        obligationStartMs: ob.start,
        deadlineMs: ob.deadline,
        outcome: met ? 'on-time' : !due(ob.deadline, lateness) ? 'pending' : lateStart !== undefined ? 'late' : 'missed',
        latenessMs: lateStart === undefined ? 0 : lateStart - ob.start,
      });
      if (!met && due(ob.deadline, lateness)) {
        const late = ob.end > ob.deadline ? firstStart(ob.deadline, ob.end) : undefined;
        out.set(ob.id, {
          kind: 'MISSED_ACTIVATION',
          status: late === undefined ? 'OPEN' : 'RESOLVED',
          cause: cause(ob.deadline),
          resolution: late === undefined ? '' : 'LATE_ACTIVATION',
          latenessMs: late === undefined ? 0 : late - ob.start,
          uncoveredMs: late === undefined ? 0 : Math.max(0, late - preBufferAt(late) * 1000 - ob.start),
          obligationStartMs: ob.start,
          deadlineMs: ob.deadline,
          activityId: ob.w?.activityId ?? '',
          triggerKind: ob.trigger ?? 'UNSPECIFIED',
          officerId: officerFor(ob),
        });
      }
      if (ob.w === null) continue;
      // Premature deactivation: on -> off inside the obligation, not restarted in time.
      const grace = ob.w.rule.restartGraceMs;
      let rec = recAt(ob.start);
      for (const x of changeTimes) {
        if (x <= ob.start) continue;
        if (x >= ob.end) break;
        const was = rec;
        rec = recAt(x);
        if (!(was && !rec)) continue;
        const m = lastMsgAt(x);
        if (ob.end <= x + grace || firstStart(x, x + grace) !== undefined || !due(x + grace, lateness)) continue;
        const restart = firstStart(x + grace, ob.end);
        out.set(`pd:${encodeURIComponent(ob.w.activityId)}:${deviceId}:${m.t.bootId}.${m.t.seq}`, {
          kind: 'PREMATURE_DEACTIVATION',
          status: restart === undefined ? 'OPEN' : 'RESOLVED',
          resolution: restart === undefined ? '' : 'RESTARTED',
          latenessMs: restart === undefined ? 0 : restart - x,
          deadlineMs: x + grace,
          activityId: ob.w.activityId,
        });
      }
    }

    // Recording prohibited: runs of (recording and no required obligation) longer than the grace.
    for (const w of wins) {
      if (w.rule.recording !== 'prohibited_solely') continue;
      const start = w.start;
      const end = endOf(w);
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
  }
  return { expected: out, obligations };
}
