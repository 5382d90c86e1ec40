/**
 * Per-device ordering: telemetry is applied in (boot_id, seq) order. A duplicate is dropped and
 * counted; a message after a missing seq waits up to reorderWindowMs, then processing goes on
 * and a TELEMETRY_GAP alert (INFO) names the missing range; messages that arrive for a skipped
 * gap or an older boot later are applied late (they may revise obligation alerts).
 */
import type { Telemetry } from '../model/domain.js';
import { alertIds } from './alert-ids.js';
import { applyInOrder, applyLate, markClockStep } from './apply.js';
import { observe, startClock } from './clock.js';
import { type Core, WAKE_REORDER } from './core.js';
import { type BootInfo, type DeviceRecord, bootInfo, currentBoot, newBoot, wantsEvaluation } from './device.js';
import * as health from './health.js';

export const ORDERING_DEFAULTS = {
  /** 1,024 waiting messages per device: beyond that the gap is skipped at once (bounded memory). */
  maxPendingPerDevice: 1024,
  /** 4 boots of seq bookkeeping per device (for late data and dedupe); older boots' data is stale. */
  maxBootsKept: 4,
};

export function onTelemetry(core: Core, receivedMs: number, tm: Telemetry): void {
  core.stats.telemetry++;
  const dev = core.device(tm.deviceId);
  let cur = currentBoot(dev);
  if (cur === undefined || tm.bootId > cur.boot) {
    if (cur !== undefined && dev.pending !== null) skipGaps(core, dev);
    cur = newBoot(tm.bootId);
    dev.boots.push(cur);
    trimBoots(dev);
  }
  if (tm.bootId === cur.boot) {
    if (tm.seq <= cur.contig) {
      if (inGap(cur, tm.seq)) late(core, dev, cur, receivedMs, tm);
      else core.stats.duplicates++;
    } else if (tm.seq === cur.contig + 1) {
      accept(core, dev, cur, receivedMs, tm);
      applyInOrder(core, dev, cur, receivedMs, tm);
      drain(core, dev, cur);
    } else {
      hold(core, dev, receivedMs, tm);
    }
    return;
  }
  let b = bootInfo(dev, tm.bootId);
  if (b === undefined) {
    if (tm.bootId <= dev.droppedBoot) {
      core.stats.stale++; // a boot we no longer keep: stored by the shell, not evaluated
      return;
    }
    b = newBoot(tm.bootId);
    dev.boots.splice(dev.boots.findIndex((x) => x.boot > tm.bootId), 0, b);
  }
  if (inGap(b, tm.seq) || tm.seq > b.maxSeq) late(core, dev, b, receivedMs, tm);
  else core.stats.duplicates++;
}

function inGap(b: BootInfo, seq: number): boolean {
  return b.gaps.some((g) => g.from <= seq && seq <= g.to);
}

/** Bookkeeping for every accepted (not duplicate) message. */
function accept(core: Core, dev: DeviceRecord, b: BootInfo, receivedMs: number, tm: Telemetry): void {
  dev.known = true;
  if (receivedMs > dev.lastReceivedMs) dev.lastReceivedMs = receivedMs;
  if (tm.seq < b.firstSeq) {
    b.firstSeq = tm.seq;
    b.firstT = tm.timeMs;
  }
  health.backOnline(core, dev);
  if (!dev.offlineQueued) {
    dev.offlineQueued = true;
    core.schedule(dev, dev.lastReceivedMs + core.policy.settings.offlineAfterMs, 1);
  }
  const delta = receivedMs - tm.timeMs;
  if (b.n === 0) {
    startClock(b, tm.seq, tm.timeMs, delta);
    health.checkClockSkew(core, dev, b);
    return;
  }
  const change = observe(b, tm.seq, tm.timeMs, delta, core.clockRules);
  if (!change.retimed) return;
  if (change.step !== null && change.step.seq !== tm.seq) markClockStep(dev, b, change.step); // a step back, confirmed now
  if (change.step !== null || change.moved !== null) health.onClockStep(core, dev, b, change);
  health.checkClockSkew(core, dev, b);
  // Corrected times moved: obligations judged on the old estimate may change.
  core.offsetImproved(dev.id, b);
  if (wantsEvaluation(dev)) core.evaluate(dev);
}

function late(core: Core, dev: DeviceRecord, b: BootInfo, receivedMs: number, tm: Telemetry): void {
  core.stats.late++;
  accept(core, dev, b, receivedMs, tm);
  applyLate(core, dev, b, tm);
}

function hold(core: Core, dev: DeviceRecord, receivedMs: number, tm: Telemetry): void {
  const pending = (dev.pending ??= new Map());
  if (pending.has(tm.seq)) {
    core.stats.duplicates++;
    return;
  }
  core.stats.reordered++;
  pending.set(tm.seq, { receivedMs, telemetry: tm });
  if (pending.size === 1) {
    dev.reorderWakeMs = receivedMs + core.policy.settings.reorderWindowMs;
    core.schedule(dev, dev.reorderWakeMs, WAKE_REORDER);
  }
  if (pending.size > ORDERING_DEFAULTS.maxPendingPerDevice) skipGaps(core, dev);
}

/** Applies waiting messages that are now in order. */
function drain(core: Core, dev: DeviceRecord, b: BootInfo): void {
  const pending = dev.pending;
  if (pending === null) return;
  let next = pending.get(b.contig + 1);
  while (next !== undefined) {
    pending.delete(b.contig + 1);
    accept(core, dev, b, next.receivedMs, next.telemetry);
    applyInOrder(core, dev, b, next.receivedMs, next.telemetry);
    next = pending.get(b.contig + 1);
  }
  if (pending.size === 0) {
    dev.pending = null;
    dev.reorderWakeMs = Number.POSITIVE_INFINITY;
  }
}

/** The reorder window ran out (or the buffer is full, or a new boot began): go on past the gaps. */
export function skipGaps(core: Core, dev: DeviceRecord): void {
  const b = currentBoot(dev);
  const pending = dev.pending;
  if (b === undefined || pending === null) return;
  const seqs = [...pending.keys()].sort((x, y) => x - y);
  for (const seq of seqs) {
    const msg = pending.get(seq);
    if (msg === undefined) continue;
    if (seq > b.contig + 1) {
      const from = b.contig + 1;
      const alertId = alertIds.gap(dev.id, b.boot, from);
      b.gaps.push({ from, to: seq - 1, alertId });
      core.stats.gapsSkipped++;
      dev.pinned = 0; // late data may fill the gap: the next assertions must be kept
      core.book.put(
        {
          alertId,
          kind: 'TELEMETRY_GAP',
          severity: 'INFO',
          status: 'OPEN',
          deviceId: dev.id,
          activityId: '',
          activityType: 'UNSPECIFIED',
          triggerKind: 'UNSPECIFIED',
          cause: '',
          resolution: '',
          obligationStartMs: 0,
          deadlineMs: 0,
          latenessMs: 0,
          uncoveredMs: 0,
          officerId: core.officerOf(dev.id, core.now),
          detail: `boot ${b.boot}: seq ${from === seq - 1 ? from : `${from}-${seq - 1}`} missing after ${core.policy.settings.reorderWindowMs} ms`,
        },
        core.now,
        core.now + core.policy.settings.revisionHorizonMs,
      );
      // Pretend the missing ones were processed so `contig` moves on; they stay in `gaps`.
      b.contig = seq - 1;
    }
    pending.delete(seq);
    accept(core, dev, b, msg.receivedMs, msg.telemetry);
    applyInOrder(core, dev, b, msg.receivedMs, msg.telemetry);
  }
  dev.pending = null;
  dev.reorderWakeMs = Number.POSITIVE_INFINITY;
}

function trimBoots(dev: DeviceRecord): void {
  while (dev.boots.length > ORDERING_DEFAULTS.maxBootsKept) {
    const oldest = dev.boots[0]!.boot;
    if (dev.history?.points.some((p) => p.boot === oldest)) break;
    dev.boots.shift();
    dev.droppedBoot = Math.max(dev.droppedBoot, oldest);
  }
}
