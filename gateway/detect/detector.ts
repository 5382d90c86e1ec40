/**
 * The missed-activation detector: a pure core. `step(input)` applies one capture record
 * (telemetry, activity, clock tick or acknowledgement) and returns the effects as data.
 * Time is an input (receivedMs); there is no I/O, no clock and no timer inside. Deadlines sit
 * in one fleet-wide queue and fire when an input's time passes them.
 *
 * The gateway, `replay` and the simulator's verifier all drive this same class.
 */
import type { Alert, DeviceState } from '../model/domain.js';
import { type ActivityRecord, onActivity, onAssignment, resolveGaps } from './activities.js';
import { type AssignmentState, assign, emptyAssignments, officerOf, retime, trimAssignments } from './assignments.js';
import { AlertBook, REVISION_TOLERANCE_MS } from './alert-book.js';
import { type Core, type DetectorStats, WAKE_EVAL, WAKE_OFFLINE, WAKE_REORDER, emptyStats } from './core.js';
import { DeadlineQueue } from './deadline-queue.js';
import { type ClockRules, currentOffset } from './clock.js';
import { type BootInfo, type DeviceRecord, type ReportedOutcome, bootInfo, deviceOffset, newDevice, offsetOf } from './device.js';
import * as health from './health.js';
import { type Point, newHistory, trimHistory } from './history.js';
import { type DetectorInput, type Effect, NO_EFFECTS } from './inputs.js';
import { evaluateDevice } from './evaluate.js';
import { type Outcome, liveWindows } from './obligations.js';
import { onTelemetry, skipGaps } from './ordering.js';
import type { Policy } from './policy.js';
import type { DetectorState } from './snapshot.js';
import { buildTimeline } from './timeline.js';

export const DETECTOR_DEFAULTS = {
  /** 60 s of gateway time between sweeps that evict final alerts and trim histories. */
  sweepIntervalMs: 60_000,
  /** 10 min of history always kept, for activities that CAD reports late. */
  historyMinMs: 600_000,
  /** Devices this detector obliges (null: all). A NATS worker passes its partitions' devices. */
  owns: null as ((deviceId: string) => boolean) | null,
  /** Raise alerts about officers (COVERAGE_GAP); in NATS mode only the owner of partition 0 does. */
  officerAlerts: true,
};
export type DetectorOptions = typeof DETECTOR_DEFAULTS;

const FOREVER = Number.POSITIVE_INFINITY;

/** An obligation is reported again only when its verdict changes, or a figure by a second or more (as alerts). */
function outcomeChanged(prev: ReportedOutcome, o: Outcome): boolean {
  return (
    prev.outcome !== o.outcome ||
    prev.prematureStops !== o.prematureStops ||
    prev.officerId !== o.officerId ||
    Math.abs(prev.latenessMs - o.latenessMs) >= REVISION_TOLERANCE_MS ||
    Math.abs(prev.uncoveredMs - o.uncoveredMs) >= REVISION_TOLERANCE_MS ||
    Math.abs(prev.startMs - o.startMs) >= REVISION_TOLERANCE_MS
  );
}

export class Detector implements Core {
  readonly policy: Policy;
  readonly clockRules: ClockRules;
  readonly book: AlertBook;
  readonly stats: DetectorStats = emptyStats();
  assignments: AssignmentState = emptyAssignments();
  private nowMs = Number.NEGATIVE_INFINITY;
  private readonly devices = new Map<string, DeviceRecord>();
  private readonly byIndex: DeviceRecord[] = [];
  private readonly activities = new Map<string, ActivityRecord>();
  private readonly queue = new DeadlineQueue();
  private readonly popped: [number, number, number] = [0, 0, 0];
  /** Effects of the current step; allocated only when there is one. */
  private effects: Effect[] | null = null;
  private nextSweep = Number.NEGATIVE_INFINITY;
  private readonly options: DetectorOptions;

  constructor(policy: Policy, options: Partial<DetectorOptions> = {}) {
    this.policy = policy;
    this.clockRules = { toleranceMs: policy.settings.clockSkewToleranceMs, confirmMs: policy.settings.clockStepConfirmMs };
    this.options = { ...DETECTOR_DEFAULTS, ...options };
    this.book = new AlertBook((alert) => this.onAlert(alert));
  }

  get now(): number {
    return this.nowMs;
  }

  /** Applies one input; returns the effects (a shared, frozen empty array when there are none). */
  step(input: DetectorInput): readonly Effect[] {
    this.effects = null;
    this.stats.inputs++;
    const t = input.receivedMs;
    // Deadlines strictly before this input fire first, each at its own time.
    this.fireWakeups(t, false);
    if (t > this.nowMs) this.nowMs = t;
    switch (input.type) {
      case 'telemetry':
        onTelemetry(this, t, input.telemetry);
        break;
      case 'activity':
        onActivity(this, this.activities, input.activity);
        break;
      case 'assignment':
        onAssignment(this, this.activities, input.assignment);
        break;
      case 'ack':
        this.stats.acks++;
        if (!this.book.ack(input.ack.alertId, input.ack.by, input.ack.reason, this.nowMs)) {
          this.stats.acksUnknown++;
          (this.effects ??= []).push({ type: 'ack-unknown', ack: input.ack, receivedMs: input.receivedMs });
        }
        break;
      case 'tick':
        break;
    }
    this.fireWakeups(this.nowMs, true);
    if (this.nowMs >= this.nextSweep) this.sweep();
    return this.effects ?? NO_EFFECTS;
  }

  /** Gateway time of the next deadline, for the shell's single timer (Infinity when none). */
  nextWakeMs(): number {
    return this.queue.peekTime();
  }

  device(id: string): DeviceRecord {
    let dev = this.devices.get(id);
    if (dev === undefined) {
      dev = newDevice(this.byIndex.length, id);
      this.devices.set(id, dev);
      this.byIndex.push(dev);
    }
    return dev;
  }

  officerOf(deviceId: string, t: number): string {
    return officerOf(this.assignments, deviceId, t) ?? '';
  }

  wearerReported(deviceId: string, officerId: string, t: number, boot: number, seq: number, deviceT: number): void {
    if (officerId === '') return;
    if (assign(this.assignments, officerId, deviceId, t, 'hello', '', { boot, seq, deviceT })) resolveGaps(this, this.activities, officerId);
  }

  offsetImproved(deviceId: string, boot: BootInfo): void {
    for (const officerId of retime(this.assignments, deviceId, boot.boot, (seq) => offsetOf(boot, seq))) resolveGaps(this, this.activities, officerId);
  }

  owns(deviceId: string): boolean {
    return this.options.owns === null || this.options.owns(deviceId);
  }

  get officerAlerts(): boolean {
    return this.options.officerAlerts;
  }

  hasDevice(id: string): boolean {
    return this.devices.has(id);
  }

  get deviceCount(): number {
    return this.devices.size;
  }

  schedule(dev: DeviceRecord, time: number, kind: number): void {
    if (kind === WAKE_EVAL) {
      if (time >= dev.evalWakeMs) return;
      dev.evalWakeMs = time;
    }
    this.queue.push(time, dev.index, kind);
  }

  deviceChanged(dev: DeviceRecord, significant: boolean): void {
    if (significant) (this.effects ??= []).push({ type: 'device', deviceId: dev.id, significant });
  }

  evaluate(dev: DeviceRecord): void {
    this.stats.evaluations++;
    const history = dev.history;
    const windows = dev.windows ?? [];
    if (history === null && windows.length === 0 && (dev.owned?.size ?? 0) === 0) return;
    dev.lastEvalMs = this.nowMs;
    const cur = dev.boots[dev.boots.length - 1];
    const knownUntil = cur !== undefined && cur.started ? cur.lastT + offsetOf(cur, cur.maxSeq) : Number.NEGATIVE_INFINITY;
    const tl = buildTimeline(history ?? newHistory(), (boot, seq) => deviceOffset(dev, boot, seq), dev.boots, this.policy.settings.offlineAfterMs);
    const ev = evaluateDevice({
      deviceId: dev.id,
      tl,
      windows,
      policy: this.policy,
      now: this.nowMs,
      lastReceivedMs: dev.lastReceivedMs,
      knownUntil,
      officerOf: (t) => this.officerOf(dev.id, t),
    });
    const seen = new Set<string>();
    if (ev.findings.length > 0) dev.owned ??= new Set();
    const owned = dev.owned ?? new Set<string>();
    for (const f of ev.findings) {
      seen.add(f.alertId);
      owned.add(f.alertId);
      const { finalAt, ...content } = f;
      this.book.put({ ...content, deviceId: dev.id }, this.nowMs, finalAt);
    }
    for (const id of ev.held) seen.add(id);
    for (const id of owned) {
      if (seen.has(id)) continue;
      const record = this.book.get(id);
      if (record === undefined) owned.delete(id);
      else if (record.finalAt <= this.nowMs) {
        this.book.drop(id);
        owned.delete(id);
      } else this.book.retract(id, this.nowMs, 'LATE_DATA', record.finalAt);
    }
    this.reportOutcomes(dev, ev.outcomes, seen);
    dev.pendingCheckMs = ev.waitingForData ? this.nowMs : FOREVER;
    if (ev.wakeAt < FOREVER) this.schedule(dev, ev.wakeAt, WAKE_EVAL);
  }

  /** Emits decided obligations that are new or changed, and retracts those that vanished. */
  private reportOutcomes(dev: DeviceRecord, outcomes: readonly Outcome[], held: ReadonlySet<string>): void {
    if (outcomes.length === 0 && (dev.outcomes ?? null) === null) return;
    const reported = (dev.outcomes ??= new Map());
    const now = this.nowMs;
    const present = new Set<string>();
    for (const o of outcomes) {
      present.add(o.obligationId);
      const prev = reported.get(o.obligationId);
      if (prev !== undefined && !outcomeChanged(prev, o)) {
        prev.finalAt = o.finalAt; // an activity's end moves it
        continue;
      }
      reported.set(o.obligationId, { outcome: o.outcome, latenessMs: o.latenessMs, uncoveredMs: o.uncoveredMs, prematureStops: o.prematureStops, startMs: o.startMs, officerId: o.officerId, finalAt: o.finalAt });
      const { finalAt: _f, ...rest } = o;
      (this.effects ??= []).push({ type: 'obligation', obligation: { ...rest, deviceId: dev.id, revisedMs: now, retracted: false } });
    }
    for (const [id, r] of reported) {
      if (present.has(id) || held.has(id)) continue;
      reported.delete(id);
      if (r.finalAt <= now) continue; // final: forgotten, not retracted
      const obligation = { obligationId: id, officerId: '', activityId: '', activityType: 'UNSPECIFIED', triggerKind: 'UNSPECIFIED', startMs: 0, deadlineMs: 0, outcome: 'MISSED', latenessMs: 0, uncoveredMs: 0, prematureStops: 0 } as const;
      (this.effects ??= []).push({ type: 'obligation', obligation: { ...obligation, deviceId: dev.id, revisedMs: now, retracted: true } });
    }
    if (reported.size === 0) dev.outcomes = null;
  }

  /** The whole state, for a snapshot (see snapshot.ts). The objects are live: encode at once. */
  exportState(): DetectorState {
    return {
      nowMs: this.nowMs,
      nextSweep: this.nextSweep,
      stats: this.stats,
      devices: this.byIndex,
      activities: [...this.activities.values()],
      queue: this.queue.entries(),
      alerts: [...this.book.values()],
      assignments: this.assignments,
    };
  }

  /** A detector in the state of a snapshot. */
  static fromState(policy: Policy, state: DetectorState, options: Partial<DetectorOptions> = {}): Detector {
    const d = new Detector(policy, options);
    d.nowMs = state.nowMs;
    d.nextSweep = state.nextSweep;
    Object.assign(d.stats, state.stats);
    for (const dev of state.devices) {
      d.byIndex.push(dev);
      d.devices.set(dev.id, dev);
    }
    for (const a of state.activities) d.activities.set(a.id, a);
    for (const [time, id, kind] of state.queue) d.queue.push(time, id, kind);
    for (const r of state.alerts) d.book.restore(r);
    d.assignments = state.assignments;
    return d;
  }

  /** The technician's view of one device. */
  deviceState(id: string): DeviceState | undefined {
    const d = this.devices.get(id);
    if (d === undefined) return undefined;
    const b = d.boots[d.boots.length - 1];
    return {
      deviceId: d.id,
      mode: d.mode ?? 'UNSPECIFIED',
      recording: d.recording,
      batteryPercent: d.batteryPercent,
      charging: d.charging,
      storageTotalBytes: d.storageTotalBytes,
      storageUsedBytes: d.storageUsedBytes,
      lat: d.lat,
      lon: d.lon,
      gpsFix: d.gpsFix ?? 'UNSPECIFIED',
      gpsAccuracyM: d.gpsAccuracyM,
      lastSeenMs: Number.isFinite(d.lastReceivedMs) ? d.lastReceivedMs : 0,
      online: d.known && d.offlineAlert === '' && this.nowMs - d.lastReceivedMs < this.policy.settings.offlineAfterMs,
      firmwareVersion: d.firmwareVersion,
      model: d.model,
      vendor: d.vendor,
      officerId: this.officerOf(d.id, this.nowMs) || d.officerId,
      bootId: d.lastBoot,
      lastSeq: d.lastSeq,
      openAlerts: this.book.openCount(d.id),
      clockOffsetMs: b === undefined ? 0 : currentOffset(b),
      updatedMs: Math.max(0, this.nowMs),
    };
  }

  /** The activity windows the device is in, or was in and are still revisable (gateway time). */
  windowsOf(id: string): { activityId: string; type: string; recording: string; startMs: number; endMs: number | null; officerId: string }[] {
    return (this.devices.get(id)?.windows ?? []).map((w) => ({
      activityId: w.activityId,
      type: w.type,
      recording: w.rule.recording,
      startMs: w.start,
      endMs: w.end,
      officerId: w.officerId,
    }));
  }

  deviceIds(): IterableIterator<string> {
    return this.devices.keys();
  }

  /** Alerts currently held (open, or still revisable). */
  alerts(): Alert[] {
    return [...this.book.values()].map((r) => r.alert);
  }

  private onAlert(alert: Alert): void {
    const effects = (this.effects ??= []);
    effects.push({ type: 'alert', alert });
    if (this.devices.has(alert.deviceId)) effects.push({ type: 'device', deviceId: alert.deviceId, significant: true });
  }

  private fireWakeups(until: number, inclusive: boolean): void {
    const q = this.queue;
    for (;;) {
      const t = q.peekTime();
      if (inclusive ? t > until : t >= until) return;
      const [time, index, kind] = q.pop(this.popped);
      const dev = this.byIndex[index]!;
      if (time > this.nowMs) this.nowMs = time;
      if (kind === WAKE_EVAL) {
        if (time !== dev.evalWakeMs) continue; // superseded
        dev.evalWakeMs = FOREVER;
        this.evaluate(dev);
      } else if (kind === WAKE_OFFLINE) {
        const due = dev.lastReceivedMs + this.policy.settings.offlineAfterMs;
        if (due > this.nowMs) q.push(due, index, WAKE_OFFLINE);
        else {
          dev.offlineQueued = false;
          health.checkOffline(this, dev);
        }
      } else if (kind === WAKE_REORDER) {
        if (time === dev.reorderWakeMs) skipGaps(this, dev);
      }
    }
  }

  /** Evicts alerts and windows that can no longer change, and trims histories. */
  private sweep(): void {
    this.nextSweep = this.nowMs + this.options.sweepIntervalMs;
    const now = this.nowMs;
    const s = this.policy.settings;
    for (const alert of this.book.evict(now)) this.devices.get(alert.deviceId)?.owned?.delete(alert.alertId);
    for (const dev of this.byIndex) {
      const history = dev.history;
      const timeOf = (p: Point): number => p.t + deviceOffset(dev, p.boot, p.seq);
      // The oldest trigger whose obligation can still be revised: it stays, with the windows it
      // falls in (a trigger inside a required activity opens no obligation of its own).
      let oldestTrigger = Number.POSITIVE_INFINITY;
      for (const p of history?.points ?? []) {
        if (p.trigger !== null && timeOf(p) + s.triggerGraceMs + s.revisionHorizonMs > now) {
          oldestTrigger = timeOf(p);
          break;
        }
      }
      let keepFrom = now - Math.max(this.options.historyMinMs, s.offlineAfterMs);
      if (oldestTrigger !== Number.POSITIVE_INFINITY) keepFrom = Math.min(keepFrom, oldestTrigger - s.offlineAfterMs);
      if (dev.windows !== null) {
        for (const w of liveWindows(dev.windows, now, this.policy, oldestTrigger)) keepFrom = Math.min(keepFrom, w.start - s.offlineAfterMs);
        // Every window over the history kept stays too: the kept history is evaluated against
        // them (a trigger inside a forgotten required activity would open an obligation anew).
        dev.windows = liveWindows(dev.windows, now, this.policy, keepFrom);
        if (dev.windows.length === 0) dev.windows = null;
      }
      if (history === null) continue;
      // Keep the last point: it carries the boot's start and the latest state. Keep a boot whose
      // clock has not settled yet: its times may still move (a lower message re-times it all).
      const settled = (boot: number): boolean => {
        const b = bootInfo(dev, boot);
        return b === undefined || b.established || b.before !== null;
      };
      trimHistory(history, (p) => p !== history.points[history.points.length - 1] && timeOf(p) < keepFrom && settled(p.boot));
    }
    trimAssignments(this.assignments, now - s.revisionHorizonMs - s.maxActivityMs);
    for (const [id, a] of this.activities) {
      if (a.start === null) {
        // Only ENDs so far: kept for the revision horizon after the latest of them (or first sight).
        const last = Math.max(a.end ?? a.seenMs, ...(a.earlyEnds ?? []).map((e) => e.time));
        if (last + s.revisionHorizonMs <= now) this.activities.delete(id);
        continue;
      }
      const end = a.end ?? a.start + s.maxActivityMs;
      if (end + s.revisionHorizonMs <= now) this.activities.delete(id);
    }
  }
}
