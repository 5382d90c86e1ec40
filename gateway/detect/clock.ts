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
/** A boot's first messages kept until its level is established (beyond, late data is judged on its own). */
const MAX_EARLY = 4;
/** Shared results (allocated once: this runs for every message). */
const RETIMED: ClockChange = Object.freeze({ retimed: true, step: null, moved: null }) as ClockChange;

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

/**
 * A boot's clock: fields of the boot's own record (BootInfo extends it), the current (latest)
 * segment's among them, so the per-message path touches no other object. `n` is 0 before the
 * boot's first message.
 */
export interface BootClock extends ClockSegment {
  /**
   * Camera time of the boot's first message: every other camera time here is kept relative to
   * it (small integers stay unboxed in V8, where Unix-ms times would each take a heap number).
   */
  baseT: number;
  /** Earlier segments, oldest first; null while there is one. */
  before: ClockSegment[] | null;
  /**
   * Messages higher than the offset since the last member (delay, or a step back not yet
   * confirmed): flat [seq, camera time, receivedMs − time_ms] triples in seq order. Kept so that
   * late data landing among them is judged as if it had come in order.
   */
  pending: number[] | null;
  /**
   * Every message so far while the boot's first level is not yet established (same triples, seq
   * order; at most MAX_EARLY), null afterwards: late data from the boot's start is then scanned
   * again with the rest.
   */
  early: number[] | null;
  /**
   * The level an unsettled segment had before a lower message re-anchored it (at seq `at`), kept
   * in case late data settles it after all: that lower message was then a clock step.
   */
  reanchored: { at: number; seg: ClockSegment } | null;
  /** Seq and camera time of the message scanned before the first pending one. */
  pendingPrevSeq: number;
  pendingPrevT: number;
  /** Highest seq scanned in order, and its camera time. */
  scanned: number;
  scannedT: number;
}

/** Every segment, oldest first (allocates: not for the per-message path). */
export function segmentsOf(c: BootClock): ClockSegment[] {
  if (c.n === 0) return [];
  return c.before === null ? [c] : [...c.before, c];
}

/** The current segment's fields (a copy). */
function current(c: BootClock): ClockSegment {
  return { from: c.from, last: c.last, off: c.off, anchor: c.anchor, n: c.n, spanFrom: c.spanFrom, spanTo: c.spanTo, established: c.established };
}

/** A new current segment; the one it follows joins `before`. */
function pushSegment(c: BootClock, next: ClockSegment): void {
  c.before = c.before === null ? [current(c)] : [...c.before, current(c)];
  Object.assign(c, next);
  c.reanchored = null;
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

/** The boot's first message starts its clock. */
export function startClock(c: BootClock, seq: number, cameraT: number, d: number): void {
  c.baseT = cameraT;
  Object.assign(c, segment(seq, 0, d));
  c.before = null;
  c.pending = null;
  c.reanchored = null;
  c.early = [seq, 0, d];
  c.pendingPrevSeq = seq;
  c.pendingPrevT = 0;
  c.scanned = seq;
  c.scannedT = 0;
}

/** Clock fields at a boot's first message (t relative to baseT). */
function fresh(baseT: number, seq: number, t: number, d: number): BootClock {
  return { baseT, ...segment(seq, t, d), before: null, pending: null, reanchored: null, early: [seq, t, d], pendingPrevSeq: seq, pendingPrevT: t, scanned: seq, scannedT: t };
}

/** The offset for a message of this boot (by seq); 0 before the boot's first message. */
export function offsetAt(c: BootClock, seq: number): number {
  const before = c.before;
  if (before === null || seq >= c.from) return c.off; // (0 before the first message)
  for (let i = before.length - 1; i > 0; i--) if (before[i]!.from <= seq) return before[i]!.off;
  return before[0]!.off;
}

/** The offset of the latest segment (the clock as it is now); 0 before the boot's first message. */
export function currentOffset(c: BootClock): number {
  return c.off;
}

/** Is `seq` the first message of a segment after the first (where a clock step was found)? */
export function startsSegment(c: BootClock, seq: number): boolean {
  const before = c.before;
  if (before === null || seq < before[0]!.from) return false;
  if (c.from === seq) return true;
  for (let i = 1; i < before.length; i++) if (before[i]!.from === seq) return true;
  return false;
}

/** Applies one message's (seq, camera time, receivedMs − time_ms). */
export function observe(clock: BootClock, seq: number, cameraT: number, d: number, rules: ClockRules): ClockChange {
  const change = observeRelative(clock, seq, cameraT - clock.baseT, d, rules);
  const step = change.step;
  if (step === null) return change;
  return { ...change, step: { ...step, t: step.t + clock.baseT, prevT: step.prevT + clock.baseT } };
}

function observeRelative(clock: BootClock, seq: number, t: number, d: number, rules: ClockRules): ClockChange {
  const seg = clock;
  if (seq > clock.scanned && clock.pending === null && d >= seg.anchor - rules.toleranceMs && d <= seg.off + rules.toleranceMs) {
    // Most messages: in order, at the clock's level. (What scan() does for a member, inline.)
    const early = clock.early;
    if (early !== null) {
      if (early.length >= MAX_EARLY * 3) clock.early = null;
      else early.push(seq, t, d);
    }
    clock.scanned = seq;
    clock.scannedT = t;
    seg.last = seq;
    const lowered = member(seg, t, d, rules);
    if (seg.established) clock.early = null;
    return lowered ? RETIMED : NOTHING;
  }
  const early = clock.early;
  if (early !== null) {
    // Until the first level is established, the boot's first messages are kept: late ones are put
    // in their place and everything is scanned again, exactly as in seq order.
    if (early.length >= MAX_EARLY * 3) clock.early = null;
    else if (seq > clock.scanned) {
      early.push(seq, t, d);
      const change = scanOne(clock, seq, t, d, rules);
      if (clock.before !== null || clock.established) clock.early = null;
      return change;
    } else {
      let at = 0;
      while (at < early.length && early[at]! < seq) at += 3;
      early.splice(at, 0, seq, t, d);
      return restart(clock, early, rules);
    }
  }
  if (seq > clock.scanned) return scanOne(clock, seq, t, d, rules);
  if (clock.pending !== null && seq > clock.pendingPrevSeq) return rescan(clock, seq, t, d, rules);
  return late(clock, seq, t, d, rules);
}

/** Scans a boot's messages again from its first (they are all in `early`). */
function restart(clock: BootClock, early: number[], rules: ClockRules): ClockChange {
  const was = segmentsOf(clock).map((g) => `${g.from}:${g.off}`).join();
  const again = fresh(clock.baseT, early[0]!, early[1]!, early[2]!);
  let step: ClockStep | null = null;
  for (let i = 3; i < early.length; i += 3) step = scanOne(again, early[i]!, early[i + 1]!, early[i + 2]!, rules).step ?? step;
  Object.assign(clock, again, { early: again.before !== null || again.established ? null : early });
  const retimed = segmentsOf(clock).map((g) => `${g.from}:${g.off}`).join() !== was;
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
  const seg = clock;
  const tol = rules.toleranceMs;
  if (d < seg.anchor - tol) {
    clock.pending = null;
    if (seg.established) {
      const step = { seq, t, prevSeq: clock.scanned, prevT: clock.scannedT, before: seg.off, after: d };
      pushSegment(clock, segment(seq, t, d));
      return { retimed: true, step, moved: null };
    }
    // The estimate was inflated by delay (a backlog first): lower it, re-timing the segment.
    clock.reanchored = { at: seq, seg: current(clock) };
    Object.assign(seg, { off: d, anchor: d, n: 1, spanFrom: t, spanTo: t, last: seq });
    return RETIMED;
  }
  seg.last = seq;
  if (d <= seg.off + tol) {
    clock.pending = null;
    return member(seg, t, d, rules) ? RETIMED : NOTHING;
  }
  // Higher: delay, or the clock stepped back; a step once a level is confirmed.
  let p = clock.pending;
  if (p === null) {
    p = clock.pending = [];
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
  const step = { seq: next.from, t: p[first + 1]!, prevSeq, prevT, before: seg.off, after: confirmed.off };
  pushSegment(clock, next);
  clock.pending = null;
  return { retimed: true, step, moved: null };
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
  const samples = clock.pending!;
  let at = 0;
  while (at < samples.length && samples[at]! < seq) at += 3;
  samples.splice(at, 0, seq, t, d);
  const [lastSeq, lastT] = [clock.scanned, clock.scannedT];
  clock.pending = null;
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
  const segs = segmentsOf(clock);
  const tol = rules.toleranceMs;
  const re = clock.reanchored;
  if (re !== null && seq < re.at && d >= re.seg.anchor - tol && d <= re.seg.off + tol) {
    // A late member of the level a lower message replaced: if it settles that level, the lower
    // message was a clock step after all (as a scan in seq order finds).
    re.seg.last = Math.max(re.seg.last, seq);
    member(re.seg, t, d, rules);
    if (!re.seg.established) return NOTHING;
    const step = { seq: re.at, t: clock.spanFrom, prevSeq: re.seg.last, prevT: re.seg.spanTo, before: re.seg.off, after: clock.off };
    clock.before = [...(clock.before ?? []), re.seg];
    clock.from = re.at;
    clock.reanchored = null;
    return { retimed: true, step, moved: null };
  }
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
      clock.before = [segment(seq, t, d), ...(clock.before ?? [])];
      return { retimed: true, step, moved: null };
    }
    seg.from = seq;
  }
  if (seq > seg.last) seg.last = seq;
  if (d > seg.off + tol) return NOTHING; // delayed: says nothing new about the offset
  if (d < seg.anchor - tol) {
    if (seg.established) return NOTHING; // not a step inside a settled segment: ignored
    Object.assign(seg, { off: d, anchor: d, n: 1, spanFrom: t, spanTo: t });
    return RETIMED;
  }
  return member(seg, t, d, rules) ? RETIMED : NOTHING;
}
