/**
 * A camera's clock, per boot: the offset (gateway time − camera time) that corrects its times,
 * estimated from every message as `receivedMs − time_ms` (network delay only ever adds to it).
 *
 * The offset is piecewise constant: a boot is split into *segments* at clock steps (NTP or GPS
 * sync, a user setting the time), and each segment's offset is the smallest delay-free estimate
 * among its messages. Messages are scanned in seq order ([clock] rules, README "Time"):
 *
 * - within tolerance of the segment's offset: a member; the offset may only improve (go down),
 *   and once the segment is *established* (3 members spanning clockStepConfirmMs of camera
 *   time) by at most the tolerance below the level it was established at, so events already
 *   judged are never re-timed by more than that;
 * - lower by more than the tolerance: the camera clock jumped forward (a step) when the segment
 *   is established; otherwise the segment's estimate was inflated by delay (the boot began with
 *   a backlog) and it is lowered, re-timing the segment;
 * - higher by more than the tolerance: network delay, or the clock jumped back. A step only when
 *   confirmed: 3 messages in a row that agree within the tolerance over clockStepConfirmMs.
 *
 * Messages that arrive after later seqs were scanned (late data) refine the segment their seq
 * falls in, move a boundary back when they belong to the next segment, and join a run of
 * unconfirmed messages. Plain data (snapshots are JSON); no I/O.
 */

/** Messages that confirm a level (establish a segment, or a step back). */
export const CLOCK_CONFIRM_COUNT = 3;
/** Candidate levels for a step back followed at once; beyond, the highest (most likely delay) is dropped. */
const MAX_CANDIDATES = 4;
/** Higher-than-offset messages kept while no level is confirmed (bounded; the oldest goes first). */
const MAX_PENDING = 64;

export interface ClockSegment {
  /** First seq of the segment (a known message's). */
  from: number;
  /** Highest seq known in the segment. */
  last: number;
  /** The offset: the smallest receivedMs − time_ms among its members. */
  off: number;
  /** Once established, members stay within tolerance below this. */
  anchor: number;
  /** Members counted while establishing, and the camera times they span. */
  n: number;
  spanFrom: number;
  spanTo: number;
  established: boolean;
}

export interface BootClock {
  segments: ClockSegment[];
  /**
   * Messages higher than the offset since the last member (delay, or a step back not yet
   * confirmed): flat [seq, camera time, receivedMs − time_ms] triples in seq order. Kept so that
   * late data landing among them is judged as if it had come in order.
   */
  pending: number[];
  /**
   * Every message so far while the boot's first level is not yet established (same triples, seq
   * order), null afterwards: late data from the boot's start is then scanned again with the rest.
   */
  early: number[] | null;
  /** Seq and camera time of the message scanned before the first pending one. */
  pendingPrevSeq: number;
  pendingPrevT: number;
  /** Highest seq scanned in order, and its camera time. */
  scanned: number;
  scannedT: number;
}

export interface ClockStep {
  /** First seq of the new segment, and its camera time. */
  seq: number;
  t: number;
  /** The message scanned before it (the last of the previous segment, as far as is known). */
  prevSeq: number;
  prevT: number;
  /** Offsets before and after, ms. */
  before: number;
  after: number;
}

/** What one message changed. */
export interface ClockChange {
  /** Some message's corrected time moved (an offset, or a boundary). */
  retimed: boolean;
  /** A new segment (a clock step) began. */
  step: ClockStep | null;
  /** A boundary moved back to an earlier seq (late data belonged to the later segment). */
  moved: { from: number; to: number } | null;
}

export interface ClockRules {
  toleranceMs: number;
  confirmMs: number;
}

const NOTHING: ClockChange = Object.freeze({ retimed: false, step: null, moved: null }) as ClockChange;

function segment(seq: number, t: number, d: number, established = false): ClockSegment {
  return { from: seq, last: seq, off: d, anchor: d, n: 1, spanFrom: t, spanTo: t, established };
}

export function newClock(seq: number, t: number, d: number): BootClock {
  return { segments: [segment(seq, t, d)], pending: [], early: [seq, t, d], pendingPrevSeq: seq, pendingPrevT: t, scanned: seq, scannedT: t };
}

/** The offset for a message of this boot (by seq). */
export function offsetAt(clock: BootClock, seq: number): number {
  const s = clock.segments;
  if (s.length === 1) return s[0]!.off;
  for (let i = s.length - 1; i > 0; i--) if (s[i]!.from <= seq) return s[i]!.off;
  return s[0]!.off;
}

/** The offset of the latest segment (the clock as it is now). */
export function currentOffset(clock: BootClock): number {
  return clock.segments[clock.segments.length - 1]!.off;
}

/** Applies one message's (seq, camera time, receivedMs − time_ms). */
export function observe(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const early = clock.early;
  if (early !== null) {
    // Until the first level is established, the boot's few messages are kept: late ones are put
    // in their place and everything is scanned again, exactly as in seq order.
    let at = 0;
    while (at < early.length && early[at]! < seq) at += 3;
    early.splice(at, 0, seq, t, d);
    if (seq > clock.scanned && early.length <= MAX_PENDING * 3) {
      const change = scanOne(clock, seq, t, d, rules);
      if (clock.segments.length > 1 || clock.segments[0]!.established) clock.early = null;
      return change;
    }
    if (early.length > MAX_PENDING * 3) clock.early = null;
    else return restart(clock, early, rules);
  }
  if (seq > clock.scanned) return scanOne(clock, seq, t, d, rules);
  const p = clock.pending;
  if (p.length > 0 && seq > clock.pendingPrevSeq) return rescan(clock, seq, t, d, rules);
  return late(clock, seq, t, d, rules);
}

/** Scans a boot's messages again from its first (they are all in `early`). */
function restart(clock: BootClock, early: number[], rules: ClockRules): ClockChange {
  const before = clock.segments.map((g) => `${g.from}:${g.off}`).join();
  const fresh = newClock(early[0]!, early[1]!, early[2]!);
  let step: ClockStep | null = null;
  for (let i = 3; i < early.length; i += 3) step = scanOne(fresh, early[i]!, early[i + 1]!, early[i + 2]!, rules).step ?? step;
  Object.assign(clock, fresh, { early: fresh.segments.length > 1 || fresh.segments[0]!.established ? null : early });
  const retimed = clock.segments.map((g) => `${g.from}:${g.off}`).join() !== before;
  return retimed ? { retimed, step, moved: null } : NOTHING;
}

function scanOne(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const change = scan(clock, seq, t, d, rules);
  clock.scanned = seq;
  clock.scannedT = t;
  return change;
}

/** In seq order: member, step forward, re-anchor, or pending (delay, or a step back to confirm). */
function scan(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const seg = clock.segments[clock.segments.length - 1]!;
  const tol = rules.toleranceMs;
  if (d < seg.anchor - tol) {
    clock.pending = [];
    if (seg.established) {
      const step = { seq, t, prevSeq: clock.scanned, prevT: clock.scannedT, before: seg.off, after: d };
      clock.segments.push(segment(seq, t, d));
      return { retimed: true, step, moved: null };
    }
    // The estimate was inflated by delay (a backlog first): lower it, re-timing the segment.
    Object.assign(seg, { off: d, anchor: d, n: 1, spanFrom: t, spanTo: t, last: seq });
    return { retimed: true, step: null, moved: null };
  }
  seg.last = seq;
  if (d <= seg.off + tol) {
    clock.pending = [];
    return member(seg, t, d, rules) ? { retimed: true, step: null, moved: null } : NOTHING;
  }
  // Higher: delay, or the clock stepped back; a step once a level is confirmed.
  const p = clock.pending;
  if (p.length === 0) {
    clock.pendingPrevSeq = clock.scanned;
    clock.pendingPrevT = clock.scannedT;
  }
  p.push(seq, t, d);
  if (p.length > MAX_PENDING * 3) {
    clock.pendingPrevSeq = p[0]!;
    clock.pendingPrevT = p[1]!;
    p.splice(0, 3);
  }
  const confirmed = confirmedLevel(p, rules);
  if (confirmed === null) return NOTHING;
  const first = confirmed.samples[0]!;
  const prevSeq = first === 0 ? clock.pendingPrevSeq : p[first - 3]!;
  const prevT = first === 0 ? clock.pendingPrevT : p[first - 2]!;
  const next = segment(p[first]!, p[first + 1]!, confirmed.off, true);
  next.last = seq;
  next.n = confirmed.samples.length;
  const times = confirmed.samples.map((i) => p[i + 1]!);
  next.spanFrom = Math.min(...times);
  next.spanTo = Math.max(...times);
  seg.last = prevSeq;
  clock.segments.push(next);
  clock.pending = [];
  return { retimed: true, step: { seq: next.from, t: p[first + 1]!, prevSeq, prevT, before: seg.off, after: confirmed.off }, moved: null };
}

/**
 * The candidate levels among pending messages, in seq order: a message joins a level it agrees
 * with (within the tolerance) or starts one; a later message lower than a level by more than the
 * tolerance disproves it (a clock that stepped back reads no lower afterwards: delay only adds).
 * Returns the level the last message confirmed (CLOCK_CONFIRM_COUNT messages over confirmMs).
 */
function confirmedLevel(p: readonly number[], rules: ClockRules): { samples: number[]; off: number } | null {
  const tol = rules.toleranceMs;
  let levels: { samples: number[]; off: number }[] = [];
  let last: { samples: number[]; off: number } | null = null;
  for (let i = 0; i < p.length; i += 3) {
    const d = p[i + 2]!;
    levels = levels.filter((l) => l.off <= d + tol);
    last = levels.find((l) => Math.abs(d - l.off) <= tol) ?? null;
    if (last === null) {
      last = { samples: [], off: d };
      levels.push(last);
      if (levels.length > MAX_CANDIDATES) {
        const highest = levels.reduce((a, b) => (b.off >= a.off ? b : a));
        levels = levels.filter((l) => l !== highest);
      }
    }
    last.samples.push(i);
    last.off = Math.min(last.off, d);
  }
  if (last === null || last.samples.length < CLOCK_CONFIRM_COUNT || !levels.includes(last)) return null;
  const first = p[last.samples[0]! + 1]!;
  const lastT = p[last.samples[last.samples.length - 1]! + 1]!;
  return Math.abs(lastT - first) >= rules.confirmMs ? last : null;
}

/** Counts a member; returns true when the offset moved. */
function member(seg: ClockSegment, t: number, d: number, rules: ClockRules): boolean {
  const lowered = d < seg.off;
  if (lowered) {
    seg.off = d;
    if (!seg.established) seg.anchor = d;
  }
  if (!seg.established) {
    seg.n++;
    if (t < seg.spanFrom) seg.spanFrom = t;
    if (t > seg.spanTo) seg.spanTo = t;
    if (seg.n >= CLOCK_CONFIRM_COUNT && seg.spanTo - seg.spanFrom >= rules.confirmMs) seg.established = true;
  }
  return lowered;
}

/** Late data among the pending messages: scanned again, in seq order, with it in its place. */
function rescan(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const samples = clock.pending;
  let at = 0;
  while (at < samples.length && samples[at]! < seq) at += 3;
  samples.splice(at, 0, seq, t, d);
  const [lastSeq, lastT] = [clock.scanned, clock.scannedT];
  clock.pending = [];
  clock.scanned = clock.pendingPrevSeq;
  clock.scannedT = clock.pendingPrevT;
  const change: ClockChange = { retimed: false, step: null, moved: null };
  for (let i = 0; i < samples.length; i += 3) {
    const c = scanOne(clock, samples[i]!, samples[i + 1]!, samples[i + 2]!, rules);
    if (c.retimed) change.retimed = true;
    if (c.step !== null) change.step = c.step;
  }
  clock.scanned = lastSeq;
  clock.scannedT = lastT;
  return change;
}

/** A message whose seq was passed already, before any pending one (late data). */
function late(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const segs = clock.segments;
  const tol = rules.toleranceMs;
  let j = 0;
  for (let i = segs.length - 1; i > 0; i--) {
    if (segs[i]!.from <= seq) {
      j = i;
      break;
    }
  }
  const seg = segs[j]!;
  const next = segs[j + 1];
  // Between a segment's last known message and the next segment: which side is it on?
  if (next !== undefined && seq > seg.last) {
    const stepDown = next.off < seg.off;
    const fitsNext = stepDown ? d < seg.anchor - tol : d > seg.off + tol && Math.abs(d - next.off) <= tol;
    if (fitsNext) {
      const moved = { from: next.from, to: seq };
      next.from = seq;
      member(next, t, d, rules);
      return { retimed: true, step: null, moved };
    }
  }
  if (seq < seg.from) {
    // Before the boot's first known message. Lower than a settled first level: the camera clock
    // stepped forward after this message (a segment of its own, as a scan in seq order finds).
    if (j === 0 && seg.established && d < seg.anchor - tol) {
      const step = { seq: seg.from, t: seg.spanFrom, prevSeq: seq, prevT: t, before: d, after: seg.off };
      segs.unshift(segment(seq, t, d));
      return { retimed: true, step, moved: null };
    }
    seg.from = seq;
  }
  if (seq > seg.last) seg.last = seq;
  if (d > seg.off + tol) return NOTHING; // delayed: says nothing new about the offset
  if (d < seg.anchor - tol) {
    if (seg.established) return NOTHING; // not a step inside a settled segment: ignored
    Object.assign(seg, { off: d, anchor: d, n: 1, spanFrom: t, spanTo: t });
    return { retimed: true, step: null, moved: null };
  }
  return member(seg, t, d, rules) ? { retimed: true, step: null, moved: null } : NOTHING;
}
