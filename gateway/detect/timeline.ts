/**
 * A device's history mapped to gateway time, with prefix folds, for the obligation rules:
 * "what was the state at T", "when did recording next start", "when was it last heard from".
 * Built on demand when a device is evaluated (rarely: at deadlines and on state changes).
 */
import type { DeviceMode, TriggerKind } from '../decode/model.js';
import { type Fold, type History, type Point, type Tri, foldPoint } from './history.js';

export interface Timeline {
  /** Gateway time of each point, ascending. */
  times: number[];
  points: Point[];
  /** State after each point (index i), and before all points (`base`). */
  after: Fold[];
  base: Fold;
  baseKnown: boolean;
  /** Gateway time of the device's latest known message (current boot), or -Infinity. */
  knownUntil: number;
  offlineAfterMs: number;
  corrected(boot: number, deviceT: number): number;
}

export function buildTimeline(
  history: History,
  offsetOf: (boot: number) => number,
  knownUntil: number,
  offlineAfterMs: number,
): Timeline {
  const corrected = (boot: number, t: number): number => t + offsetOf(boot);
  const order = history.points.map((p, i) => ({ p, i, time: corrected(p.boot, p.t) }));
  // Points are in (boot, seq) order; with a monotonic device clock that is time order too.
  // Sort (stable) for the rare clock that went backwards.
  for (let k = 1; k < order.length; k++) {
    if (order[k]!.time < order[k - 1]!.time) {
      order.sort((a, b) => a.time - b.time || a.i - b.i);
      break;
    }
  }
  const base = { ...history.base };
  const after: Fold[] = [];
  let fold = { ...base };
  for (const { p } of order) {
    fold = { ...fold };
    foldPoint(fold, p);
    after.push(fold);
  }
  return {
    times: order.map((o) => o.time),
    points: order.map((o) => o.p),
    after,
    base,
    baseKnown: history.baseKnown,
    knownUntil,
    offlineAfterMs,
    corrected,
  };
}

/** Index of the last point with time <= T, or -1. */
export function lastAtOrBefore(tl: Timeline, T: number): number {
  let lo = 0;
  let hi = tl.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tl.times[mid]! <= T) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function stateAt(tl: Timeline, T: number): Fold {
  const i = lastAtOrBefore(tl, T);
  return i < 0 ? tl.base : tl.after[i]!;
}

export function recordingAt(tl: Timeline, T: number): boolean {
  return stateAt(tl, T).rec === 1;
}

/** Time of the first point in (a, b] that asserts recording, or undefined. */
export function firstRecordingIn(tl: Timeline, a: number, b: number): number | undefined {
  for (let i = lastAtOrBefore(tl, a) + 1; i < tl.times.length && tl.times[i]! <= b; i++) {
    if (tl.points[i]!.rec === 1) return tl.times[i]!;
  }
  return undefined;
}

/** Index of the first point in (a, b] that asserts recording (for ids), or -1. */
export function firstRecordingIndexIn(tl: Timeline, a: number, b: number): number {
  for (let i = lastAtOrBefore(tl, a) + 1; i < tl.times.length && tl.times[i]! <= b; i++) {
    if (tl.points[i]!.rec === 1) return i;
  }
  return -1;
}

/** Indexes of points in (a, b) where recording goes from on to off. */
export function stopsIn(tl: Timeline, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = lastAtOrBefore(tl, a) + 1; i < tl.times.length && tl.times[i]! < b; i++) {
    const before: Tri = i === 0 ? tl.base.rec : tl.after[i - 1]!.rec;
    if (before === 1 && tl.after[i]!.rec === 0) out.push(i);
  }
  return out;
}

/** Is anything known about the device at or before T? */
export function knownAt(tl: Timeline, T: number): boolean {
  return tl.baseKnown || (tl.times.length > 0 && tl.times[0]! <= T);
}

/** Was the device silent (no known message) for longer than offlineAfterMs at T? */
export function offlineAt(tl: Timeline, T: number): boolean {
  const next = lastAtOrBefore(tl, T) + 1;
  if (next < tl.points.length) {
    const p = tl.points[next]!;
    if (!p.silence) return false;
    if (p.silenceBoot < 0) return true;
    const start = tl.corrected(p.silenceBoot, p.silenceT);
    return start <= T && T - start > tl.offlineAfterMs;
  }
  return T - tl.knownUntil > tl.offlineAfterMs;
}

export type Cause =
  | 'NOT_STARTED'
  | 'DEVICE_ASLEEP'
  | 'DEVICE_OFF'
  | 'DEVICE_DOCKED'
  | 'DEVICE_OFFLINE'
  | 'BATTERY_DEPLETED'
  | 'STORAGE_FULL'
  | 'UNKNOWN_DEVICE';

/**
 * Why a camera was not recording at T, from its state then. The order matters: a camera that
 * is off or has a dead battery is also silent, and the more specific reason is the useful one.
 */
export function causeAt(tl: Timeline, T: number): Cause {
  if (!knownAt(tl, T)) return 'UNKNOWN_DEVICE';
  const s = stateAt(tl, T);
  if (s.mode === 'OFF') return 'DEVICE_OFF';
  if (s.depleted === 1) return 'BATTERY_DEPLETED';
  if (offlineAt(tl, T)) return 'DEVICE_OFFLINE';
  if (s.mode === 'DOCKED') return 'DEVICE_DOCKED';
  if (s.full === 1) return 'STORAGE_FULL';
  if (s.mode === 'SLEEP') return 'DEVICE_ASLEEP';
  return 'NOT_STARTED';
}

export function modeAt(tl: Timeline, T: number): DeviceMode | null {
  return stateAt(tl, T).mode;
}

export interface TriggerAt {
  index: number;
  time: number;
  kind: TriggerKind;
}

export function triggers(tl: Timeline): TriggerAt[] {
  const out: TriggerAt[] = [];
  tl.points.forEach((p, index) => {
    if (p.trigger !== null) out.push({ index, time: tl.times[index]!, kind: p.trigger });
  });
  return out;
}
