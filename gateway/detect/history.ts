/**
 * A device's recent history, kept compact for the obligation rules: only the messages that
 * change what the rules look at (recording, mode, battery depleted, storage full, pre-event
 * buffer, auto-activation triggers) become points, plus markers where nothing is known
 * (seq gaps, silences longer than offlineAfterMs, boot boundaries). Heartbeats that repeat
 * the known state are not kept, so a quiet device holds almost nothing.
 *
 * Points are ordered by (boot, seq) and hold device time; evaluation maps them to gateway
 * time with each boot's current clock offset (timeline.ts).
 *
 * Late data (a seq gap filled after the reorder window) is inserted in place. So that an
 * insertion can never change the meaning of later points, the first assertion of each field
 * after a gap is always kept, even when it repeats the known state ("pinning").
 */
import type { DeviceMode, TriggerKind } from '../model/domain.js';

/** Field bits, for pinning. */
export const F_REC = 1;
export const F_MODE = 2;
export const F_DEPLETED = 4;
export const F_FULL = 8;
export const F_PREBUF = 16;

/** -1 unknown / not asserted, 0 false, 1 true. */
export type Tri = -1 | 0 | 1;

export interface Point {
  boot: number;
  seq: number;
  /** Device time, Unix ms. */
  t: number;
  rec: Tri;
  mode: DeviceMode | null;
  depleted: Tri;
  full: Tri;
  /** hello.pre_event_buffer_s, or -1. */
  preBufferS: number;
  /** An auto-activation trigger at this point, or null. */
  trigger: TriggerKind | null;
  /**
   * Nothing is known between the previous known message and this one (a seq gap, a silence
   * longer than offlineAfterMs, or a boot boundary): that message's boot and device time.
   * silenceBoot -1 = nothing known before at all; silence false = no such region.
   * Within a boot that message is prevSeq (its clock segment corrects silenceT).
   */
  silence: boolean;
  silenceBoot: number;
  silenceT: number;
  /** Seq of the previous known message in this boot (0 = none); used when late data fills a gap. */
  prevSeq: number;
  /** rec is 0 only because this is the boot's first known message (a boot ends recording). */
  bootRec: boolean;
}

export interface Fold {
  rec: Tri;
  mode: DeviceMode | null;
  depleted: Tri;
  full: Tri;
  preBufferS: number;
}

export function emptyFold(): Fold {
  return { rec: -1, mode: null, depleted: -1, full: -1, preBufferS: -1 };
}

export function foldPoint(fold: Fold, p: Point): void {
  if (p.rec !== -1) fold.rec = p.rec;
  if (p.mode !== null) fold.mode = p.mode;
  if (p.depleted !== -1) fold.depleted = p.depleted;
  if (p.full !== -1) fold.full = p.full;
  if (p.preBufferS !== -1) fold.preBufferS = p.preBufferS;
}

export function newPoint(boot: number, seq: number, t: number): Point {
  return {
    boot,
    seq,
    t,
    rec: -1,
    mode: null,
    depleted: -1,
    full: -1,
    preBufferS: -1,
    trigger: null,
    silence: false,
    silenceBoot: -1,
    silenceT: 0,
    prevSeq: seq - 1,
    bootRec: false,
  };
}

/** True when the point says something the rules need. */
export function isUseful(p: Point): boolean {
  return (
    p.rec !== -1 || p.mode !== null || p.depleted !== -1 || p.full !== -1 || p.preBufferS !== -1 || p.trigger !== null || p.silence
  );
}

export interface History {
  /** State before the first point (what trimmed points folded to). */
  base: Fold;
  /** True once points were trimmed: the base state is known. */
  baseKnown: boolean;
  /** (boot, seq) of the last trimmed point: late data before it can no longer be placed. */
  trimmedBoot: number;
  trimmedSeq: number;
  points: Point[];
}

export function newHistory(): History {
  return { base: emptyFold(), baseKnown: false, trimmedBoot: -1, trimmedSeq: 0, points: [] };
}

/** True when (boot, seq) falls before what the history still holds. */
export function beforeHistory(h: History, boot: number, seq: number): boolean {
  return boot < h.trimmedBoot || (boot === h.trimmedBoot && seq <= h.trimmedSeq);
}

function compareKey(p: Point, boot: number, seq: number): number {
  return p.boot !== boot ? p.boot - boot : p.seq - seq;
}

/** Index of the first point at or after (boot, seq). */
export function lowerBound(points: readonly Point[], boot: number, seq: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKey(points[mid]!, boot, seq) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Between two consecutive messages of a boot, is this device-time gap a possible silence? Longer
 * than offlineAfterMs, or negative (the clock stepped back: only corrected times can tell). The
 * rules judge silences on corrected times, so marking one that turns out short costs nothing.
 */
export function longSilence(gapMs: number, offlineAfterMs: number): boolean {
  return gapMs > offlineAfterMs || gapMs < 0;
}

/**
 * Inserts a late point (one that fills a seq gap or extends an old boot's tail) and repairs the
 * silence marker of the point after it. `offlineAfterMs` decides whether the region between
 * two known messages is a silence.
 */
export function insertLatePoint(h: History, p: Point, offlineAfterMs: number): void {
  const at = lowerBound(h.points, p.boot, p.seq);
  const next = h.points[at];
  if (next !== undefined && next.boot === p.boot && next.silence && next.prevSeq < p.seq) {
    // p lies in the unknown region before `next`: it inherits the region's start...
    p.silenceBoot = next.silenceBoot;
    p.silenceT = next.silenceT;
    p.prevSeq = next.prevSeq;
    p.silence = next.silenceBoot !== p.boot || p.prevSeq + 1 < p.seq || longSilence(p.t - p.silenceT, offlineAfterMs);
    // ...and becomes the start of what remains of it.
    next.silenceBoot = p.boot;
    next.silenceT = p.t;
    next.prevSeq = p.seq;
    next.silence = next.prevSeq + 1 < next.seq || longSilence(next.t - p.t, offlineAfterMs);
  } else if (
    next !== undefined &&
    next.boot !== p.boot &&
    next.silenceBoot <= p.boot &&
    (next.silenceBoot < p.boot || p.t > next.silenceT)
  ) {
    // p is late data at the end of an older boot: the next boot's unknown region starts later.
    next.silenceBoot = p.boot;
    next.silenceT = p.t;
  }
  h.points.splice(at, 0, p);
}

/** Drops points whose time is before `beforeDeviceT(point)` is true, folding them into the base. */
export function trimHistory(h: History, isOld: (p: Point) => boolean): void {
  let n = 0;
  while (n < h.points.length && isOld(h.points[n]!)) {
    foldPoint(h.base, h.points[n]!);
    n++;
  }
  if (n > 0) {
    const last = h.points[n - 1]!;
    h.trimmedBoot = last.boot;
    h.trimmedSeq = last.seq;
    h.points.splice(0, n);
    h.baseKnown = true;
  }
}
