/**
 * A device's history mapped to gateway time, for the obligation rules: "what was the state at
 * T", "when did recording next start", "was it heard from around T".
 *
 * Order is (boot, seq): the state at T is the fold, in that order, of the points whose gateway
 * time is at or before T. Within a boot, device time follows seq, so this is the usual
 * time-ordered state. Across boots it also holds when clock offsets are poorly estimated (a boot
 * uploaded entirely from store-and-forward): a later boot's messages always override an earlier
 * boot's, whatever their estimated times.
 */
import type { TriggerKind } from '../model/domain.js';
import { type Fold, type History, type Point, foldPoint } from './history.js';

export interface Timeline {
  /** Points in (boot, seq) order and their gateway times. */
  points: Point[];
  times: number[];
  /** Distinct gateway times of the points, ascending: where the state can change. */
  changes: number[];
  base: Fold;
  baseKnown: boolean;
  /**
   * Stretches in which the device was heard, [from, to] gateway-time pairs, flat: between a
   * boot's first message, its silences (and clock steps) and its last message. Within one,
   * messages came at most offlineAfterMs apart.
   */
  heard: number[];
  offlineAfterMs: number;
  /** times[] ascending (the usual case): state queries use prefix folds. */
  monotonic: boolean;
  after: Fold[];
}

export interface BootSpanSource {
  boot: number;
  /** Seq and device time of the boot's first and last known messages. */
  firstSeq: number;
  firstT: number;
  maxSeq: number;
  lastT: number;
  started: boolean;
}

export function buildTimeline(
  history: History,
  offsetOf: (boot: number, seq: number) => number,
  boots: readonly BootSpanSource[],
  offlineAfterMs: number,
): Timeline {
  const points = history.points;
  const times = points.map((p) => p.t + offsetOf(p.boot, p.seq));
  let monotonic = true;
  for (let i = 1; i < times.length && monotonic; i++) if (times[i]! < times[i - 1]!) monotonic = false;
  const after: Fold[] = [];
  let fold = { ...history.base };
  for (const p of points) {
    fold = { ...fold };
    foldPoint(fold, p);
    after.push(fold);
  }
  const changes = [...new Set(times)].sort((a, b) => a - b);
  const heard: number[] = [];
  let i = 0;
  for (const b of boots) {
    if (!b.started) continue;
    let from = b.firstT + offsetOf(b.boot, b.firstSeq);
    // Points are in (boot, seq) order, like boots: one pass over both.
    while (i < points.length && points[i]!.boot < b.boot) i++;
    for (; i < points.length && points[i]!.boot === b.boot; i++) {
      const p = points[i]!;
      if (!p.silence || p.silenceBoot !== b.boot) continue;
      heard.push(from, p.silenceT + offsetOf(b.boot, p.prevSeq)); // a silence within the boot began after prevSeq
      from = times[i]!;
    }
    heard.push(from, b.lastT + offsetOf(b.boot, b.maxSeq));
  }
  return { points, times, changes, base: history.base, baseKnown: history.baseKnown, heard, offlineAfterMs, monotonic, after };
}

/** Index of the last value <= T in an ascending array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], T: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= T) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export function stateAt(tl: Timeline, T: number): Fold {
  if (tl.monotonic) {
    const i = lastAtOrBefore(tl.times, T);
    return i < 0 ? tl.base : tl.after[i]!;
  }
  const fold = { ...tl.base };
  tl.points.forEach((p, i) => {
    if (tl.times[i]! <= T) foldPoint(fold, p);
  });
  return fold;
}

export function recordingAt(tl: Timeline, T: number): boolean {
  return stateAt(tl, T).rec === 1;
}

/** The change times in (a, b) — or (a, b] when `inclusive` — ascending. */
function changesIn(tl: Timeline, a: number, b: number, inclusive: boolean): number[] {
  const out: number[] = [];
  for (let i = lastAtOrBefore(tl.changes, a) + 1; i < tl.changes.length; i++) {
    const t = tl.changes[i]!;
    if (inclusive ? t > b : t >= b) break;
    out.push(t);
  }
  return out;
}

/** The first moment in (a, b] at which the camera is recording, or undefined. */
export function firstRecordingIn(tl: Timeline, a: number, b: number): number | undefined {
  return changesIn(tl, a, b, true).find((t) => recordingAt(tl, t));
}

/** The point responsible for the state at a change time: the last, in (boot, seq) order, at it. */
export function pointAt(tl: Timeline, t: number): Point {
  let found: Point | undefined;
  tl.points.forEach((p, i) => {
    if (tl.times[i] === t) found = p;
  });
  return found!;
}

/** Moments in (a, b) where recording goes from on to off. */
export function stopsIn(tl: Timeline, a: number, b: number): number[] {
  const out: number[] = [];
  let before = recordingAt(tl, a);
  for (const t of changesIn(tl, a, b, false)) {
    const now = recordingAt(tl, t);
    if (before && !now) out.push(t);
    before = now;
  }
  return out;
}

/** Change times in (a, b), for rules that walk the state. */
export function changeTimesIn(tl: Timeline, a: number, b: number): number[] {
  return changesIn(tl, a, b, false);
}

/** Is anything known about the device at or before T? */
export function knownAt(tl: Timeline, T: number): boolean {
  if (tl.baseKnown) return true;
  for (let i = 0; i < tl.heard.length; i += 2) if (tl.heard[i]! <= T) return true;
  return false;
}

/** Was nothing heard from the device in the offlineAfterMs up to T? */
export function offlineAt(tl: Timeline, T: number): boolean {
  const h = tl.heard;
  for (let i = 0; i < h.length; i += 2) if (h[i]! <= T && T <= h[i + 1]! + tl.offlineAfterMs) return false;
  return true;
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

export interface TriggerAt {
  point: Point;
  time: number;
  kind: TriggerKind;
}

/** Auto-activation triggers, in time order. */
export function triggers(tl: Timeline): TriggerAt[] {
  const out: TriggerAt[] = [];
  tl.points.forEach((p, i) => {
    if (p.trigger !== null) out.push({ point: p, time: tl.times[i]!, kind: p.trigger });
  });
  return out.sort((x, y) => x.time - y.time);
}
