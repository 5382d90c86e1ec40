/**
 * Applying one message to a device: its current state (for health and DeviceState) and its
 * history point (for the obligation rules). In-order messages drop assertions that repeat the
 * known state once the field is pinned; late messages always keep theirs.
 */
import type { Telemetry } from '../model/domain.js';
import { type ClockStep, startsSegment } from './clock.js';
import type { Core } from './core.js';
import { type BootInfo, type DeviceRecord, bootInfo, offsetOf, wantsEvaluation } from './device.js';
import * as health from './health.js';
import {
  F_DEPLETED,
  F_FULL,
  F_MODE,
  F_PREBUF,
  F_REC,
  type Fold,
  type Point,
  beforeHistory,
  emptyFold,
  foldPoint,
  insertLatePoint,
  isUseful,
  longSilence,
  lowerBound,
  newHistory,
  newPoint,
} from './history.js';

const NOT_RECORDING_MODES = new Set(['OFF', 'SLEEP', 'DOCKED']);
/** An officer id a camera may report (the alphabet of device ids). */
const OFFICER = /^[A-Za-z0-9_.-]{1,64}$/;

/** Writes what a message asserts about the fields the obligation rules read into `p`. */
function assertInto(core: Core, tm: Telemetry, bootStart: boolean, p: Point): Point {
  const s = core.policy.settings;
  const b = tm.body;
  switch (b.case) {
    case 'hello':
      p.preBufferS = b.value.preEventBufferS;
      break;
    case 'heartbeat':
      p.mode = b.value.mode;
      p.rec = b.value.recording && !NOT_RECORDING_MODES.has(b.value.mode) ? 1 : 0;
      break;
    case 'recording':
      p.rec = b.value.action === 'START' ? 1 : 0;
      break;
    case 'mode':
      p.mode = b.value.mode;
      if (NOT_RECORDING_MODES.has(b.value.mode)) p.rec = 0;
      break;
    case 'battery':
      p.depleted = b.value.percent <= s.depletedBatteryPercent && !b.value.charging ? 1 : 0;
      break;
    case 'storage':
      p.full = b.value.totalBytes - b.value.usedBytes < s.storageFullBytes ? 1 : 0;
      break;
    case 'trigger':
      if (core.policy.autoTriggers.has(b.value.kind)) p.trigger = b.value.kind;
      break;
    default:
      break;
  }
  // A boot ends any recording: the first message of a boot says "not recording" unless it says otherwise.
  if (bootStart && p.rec === -1) {
    p.rec = 0;
    p.bootRec = true;
  }
  return p;
}

/** Reused for every in-order message; copied into the history only when it says something new. */
const scratch: Point = newPoint(0, 0, 0);

function resetScratch(tm: Telemetry): Point {
  const p = scratch;
  p.boot = tm.bootId;
  p.seq = tm.seq;
  p.t = tm.timeMs;
  p.rec = -1;
  p.mode = null;
  p.depleted = -1;
  p.full = -1;
  p.preBufferS = -1;
  p.trigger = null;
  p.silence = false;
  p.silenceBoot = -1;
  p.silenceT = 0;
  p.prevSeq = tm.seq - 1;
  p.bootRec = false;
  return p;
}

/**
 * A clock step found after its first message was applied (a step back, confirmed later): that
 * message gets a marker point, as if a silence began there. Corrected times jump at a step, and
 * the rules judge "was it heard from" on corrected times between such markers (timeline.ts).
 */
export function markClockStep(dev: DeviceRecord, b: BootInfo, step: ClockStep): void {
  const history = (dev.history ??= newHistory());
  if (beforeHistory(history, b.boot, step.seq)) return;
  const at = lowerBound(history.points, b.boot, step.seq);
  let p = history.points[at];
  if (p === undefined || p.boot !== b.boot || p.seq !== step.seq) {
    p = newPoint(b.boot, step.seq, step.t);
    history.points.splice(at, 0, p);
  }
  if (p.silence) return;
  p.silence = true;
  p.silenceBoot = b.boot;
  p.silenceT = step.prevT;
  p.prevSeq = step.prevSeq;
}

/** Recomputes the tail fold after late data was inserted into the history. */
export function refold(dev: DeviceRecord): Fold {
  const fold = { ...(dev.history?.base ?? emptyFold()) };
  for (const p of dev.history?.points ?? []) foldPoint(fold, p);
  dev.tailFold = fold;
  return fold;
}

/**
 * Pinning: an assertion that repeats the tail state is dropped once its field has been asserted
 * since the last gap (nothing late can then land between them and change its meaning).
 */
function pin(dev: DeviceRecord, p: Point): void {
  const fold = (dev.tailFold ??= emptyFold());
  const pinned = dev.pinned;
  if (p.rec !== -1) {
    if ((pinned & F_REC) !== 0 && fold.rec === p.rec) p.rec = -1;
    else {
      fold.rec = p.rec;
      // The boot's synthetic "not recording" moves if an earlier message of the boot turns up
      // late, so it does not pin: the camera's own next assertion is kept.
      if (!p.bootRec) dev.pinned |= F_REC;
    }
  }
  if (p.mode !== null) {
    if ((pinned & F_MODE) !== 0 && fold.mode === p.mode) p.mode = null;
    else {
      fold.mode = p.mode;
      dev.pinned |= F_MODE;
    }
  }
  if (p.depleted !== -1) {
    if ((pinned & F_DEPLETED) !== 0 && fold.depleted === p.depleted) p.depleted = -1;
    else {
      fold.depleted = p.depleted;
      dev.pinned |= F_DEPLETED;
    }
  }
  if (p.full !== -1) {
    if ((pinned & F_FULL) !== 0 && fold.full === p.full) p.full = -1;
    else {
      fold.full = p.full;
      dev.pinned |= F_FULL;
    }
  }
  if (p.preBufferS !== -1) {
    if ((pinned & F_PREBUF) !== 0 && fold.preBufferS === p.preBufferS) p.preBufferS = -1;
    else {
      fold.preBufferS = p.preBufferS;
      dev.pinned |= F_PREBUF;
    }
  }
}

export function applyInOrder(core: Core, dev: DeviceRecord, b: BootInfo, receivedMs: number, tm: Telemetry): void {
  const s = core.policy.settings;
  const bootStart = !b.started;
  const p = assertInto(core, tm, bootStart, resetScratch(tm));
  if (bootStart) {
    const previous = dev.boots[dev.boots.indexOf(b) - 1];
    p.silence = true;
    p.silenceBoot = previous?.started ? previous.boot : -1;
    p.silenceT = previous?.lastT ?? 0;
    p.prevSeq = 0;
    dev.pinned = 0;
    dev.recording = false; // a reboot ends any recording
    health.onBootStart(core, dev, previous);
  } else if (tm.seq > b.procSeq + 1 || tm.timeMs - b.procT > s.offlineAfterMs || tm.timeMs < b.procT || startsSegment(b, tm.seq)) {
    // (longSilence, inline: this runs for every message)
    p.silence = true;
    p.silenceBoot = b.boot;
    p.silenceT = b.procT;
    p.prevSeq = b.procSeq;
    // The camera clock stepped: corrected times may run backwards here (until a step back is
    // confirmed, or when a delayed message looked like the old clock), so repeated assertions
    // after it are kept: a fold up to T must still see them.
    if (tm.timeMs < b.procT || startsSegment(b, tm.seq)) dev.pinned = 0;
  }
  pin(dev, p);
  b.started = true;
  b.contig = tm.seq;
  b.procSeq = tm.seq;
  b.procT = tm.timeMs;
  if (tm.seq > b.maxSeq) {
    b.maxSeq = tm.seq;
    b.lastT = tm.timeMs;
  }
  dev.lastBoot = tm.bootId;
  dev.lastSeq = tm.seq;

  const off = offsetOf(b, tm.seq);
  const significant = applyState(core, dev, b, tm, tm.timeMs + off);
  let evaluate = false;
  if (isUseful(p)) {
    (dev.history ??= newHistory()).points.push({ ...p });
    evaluate = wantsEvaluation(dev);
  }
  // Data for a moment already judged (a backlog, a slow link) can change that judgement: what
  // the camera was doing then, or whether it was heard from.
  const judged = tm.timeMs + off <= dev.lastEvalMs && wantsEvaluation(dev);
  if (evaluate || judged || dev.pendingCheckMs <= receivedMs) core.evaluate(dev);
  if (significant) core.deviceChanged(dev, true);
}

/** Updates the current state (`at`: the message's gateway time); returns true when a person would notice the change. */
function applyState(core: Core, dev: DeviceRecord, b: BootInfo, tm: Telemetry, at: number): boolean {
  const body = tm.body;
  const recent = at >= core.now - core.policy.settings.offlineAfterMs;
  let significant = false;
  switch (body.case) {
    case 'hello':
      dev.firmwareVersion = body.value.firmwareVersion;
      dev.model = body.value.model;
      dev.vendor = body.value.vendor;
      dev.officerId = body.value.officerId;
      dev.preEventBufferS = body.value.preEventBufferS;
      // A camera docked and undocked by a new officer reports its new wearer.
      if (OFFICER.test(body.value.officerId)) {
        core.wearerReported(dev.id, body.value.officerId, at, tm.bootId, tm.seq, tm.timeMs);
      }
      significant = true;
      break;
    case 'heartbeat': {
      const recording = body.value.recording && !NOT_RECORDING_MODES.has(body.value.mode);
      significant = dev.mode !== body.value.mode || dev.recording !== recording;
      dev.mode = body.value.mode;
      dev.recording = recording;
      break;
    }
    case 'recording':
      significant = true;
      dev.recording = body.value.action === 'START';
      break;
    case 'mode':
      significant = dev.mode !== body.value.mode;
      dev.mode = body.value.mode;
      if (NOT_RECORDING_MODES.has(body.value.mode)) dev.recording = false;
      break;
    case 'battery':
      significant = dev.batteryPercent !== body.value.percent || dev.charging !== body.value.charging;
      dev.batteryPercent = body.value.percent;
      dev.charging = body.value.charging;
      if (recent) health.checkBattery(core, dev, tm.bootId, tm.seq);
      else dev.healthDirty = true;
      break;
    case 'storage':
      dev.storageTotalBytes = body.value.totalBytes;
      dev.storageUsedBytes = body.value.usedBytes;
      if (recent) health.checkStorage(core, dev, tm.bootId, tm.seq);
      else dev.healthDirty = true;
      break;
    case 'gps':
      dev.lat = body.value.lat;
      dev.lon = body.value.lon;
      dev.gpsFix = body.value.fix;
      dev.gpsAccuracyM = body.value.accuracyM;
      break;
    case 'fault':
      health.onFault(core, dev, tm.bootId, body.value.code, body.value.message);
      significant = true;
      break;
    case 'trigger':
      break;
  }
  if (recent && dev.healthDirty) {
    dev.healthDirty = false;
    health.checkBattery(core, dev, tm.bootId, tm.seq);
    health.checkStorage(core, dev, tm.bootId, tm.seq);
  }
  return significant;
}

/**
 * A message that arrived after its gap was skipped, or for an older boot: it goes into the
 * history in place (the obligation rules see it), not into the current state.
 */
export function applyLate(core: Core, dev: DeviceRecord, b: BootInfo, tm: Telemetry): void {
  const s = core.policy.settings;
  const history = (dev.history ??= newHistory());
  if (beforeHistory(history, tm.bootId, tm.seq)) {
    core.stats.beyondHistory++; // older than what the rules still hold: stored, not evaluated
    return;
  }
  // Is this now the boot's first known message? Then it carries the boot's "not recording",
  // and the previous first message no longer does. (Not if earlier ones were trimmed.)
  const firstOfBoot = history.points.find((x) => x.boot === tm.bootId);
  const bootStart =
    history.trimmedBoot !== tm.bootId && (firstOfBoot === undefined ? b.maxSeq === 0 || tm.seq === 1 : tm.seq < firstOfBoot.seq);
  const p = assertInto(core, tm, bootStart, newPoint(tm.bootId, tm.seq, tm.timeMs));
  if (bootStart && firstOfBoot !== undefined && firstOfBoot.bootRec) {
    firstOfBoot.rec = -1;
    firstOfBoot.bootRec = false;
  }
  const inGap = b.gaps.findIndex((g) => g.from <= tm.seq && tm.seq <= g.to);
  if (inGap >= 0) {
    const g = b.gaps[inGap]!;
    const parts = [
      { ...g, to: tm.seq - 1 },
      { ...g, from: tm.seq + 1 },
    ].filter((x) => x.from <= x.to);
    b.gaps.splice(inGap, 1, ...parts);
    if (g.alertId !== '' && !b.gaps.some((x) => x.alertId === g.alertId)) {
      core.book.resolve(g.alertId, core.now, 'FILLED', core.now + s.revisionHorizonMs, `missing messages arrived late`);
    }
  } else {
    // Past the boot's known end (its tail arrived after a newer boot started).
    if (tm.seq > b.maxSeq + 1) b.gaps.push({ from: b.maxSeq + 1, to: tm.seq - 1, alertId: '' });
    if (b.maxSeq === 0) {
      const previous = dev.boots[dev.boots.indexOf(b) - 1];
      p.silence = true;
      p.silenceBoot = previous?.started ? previous.boot : -1;
      p.silenceT = previous?.lastT ?? 0;
      p.prevSeq = 0;
    } else if (tm.seq > b.maxSeq + 1 || longSilence(tm.timeMs - b.lastT, s.offlineAfterMs)) {
      p.silence = true;
      p.silenceBoot = b.boot;
      p.silenceT = b.lastT;
      p.prevSeq = b.maxSeq;
    }
    b.maxSeq = tm.seq;
    b.lastT = tm.timeMs;
    b.started = true;
  }
  insertLatePoint(history, p, s.offlineAfterMs);
  // The first message of a clock segment keeps a marker: times jump there (see markClockStep).
  if (startsSegment(b, p.seq) && p.silenceBoot === b.boot) p.silence = true;
  const after = history.points[history.points.indexOf(p) + 1];
  if (after !== undefined && after.boot === b.boot && startsSegment(b, after.seq)) after.silence = true;
  if (!isUseful(p)) history.points.splice(history.points.indexOf(p), 1);
  const fold = refold(dev);
  const cur = dev.boots[dev.boots.length - 1];
  if (cur !== undefined && bootInfo(dev, tm.bootId) === cur) {
    const recording = fold.rec === 1;
    if (recording !== dev.recording || (fold.mode !== null && fold.mode !== dev.mode)) {
      dev.recording = recording;
      if (fold.mode !== null) dev.mode = fold.mode;
      core.deviceChanged(dev, true);
    }
  }
  if (tm.body.case === 'fault') health.onFault(core, dev, tm.bootId, tm.body.value.code, tm.body.value.message);
  if (tm.body.case === 'hello' && OFFICER.test(tm.body.value.officerId)) {
    core.wearerReported(dev.id, tm.body.value.officerId, tm.timeMs + offsetOf(b, tm.seq), tm.bootId, tm.seq, tm.timeMs);
  }
  core.evaluate(dev);
}

