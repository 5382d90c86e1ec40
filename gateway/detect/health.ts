/**
 * Device health rules. Each alert is raised once and RESOLVED when its condition clears:
 * DEVICE_OFFLINE, LOW_BATTERY, STORAGE_LOW, BATTERY_EXHAUSTION_PREDICTED, DEVICE_FAULT and
 * CLOCK_SKEW; CLOCK_STEP records a camera clock that jumped. They follow the device's current state (messages in order), not its history:
 * a backlog uploaded after an outage updates the state without raising stale alerts.
 */
import type { AlertContent } from './alert-book.js';
import { alertIds } from './alert-ids.js';
import type { Core } from './core.js';
import { type ClockChange, currentOffset, segmentsOf } from './clock.js';
import type { BootInfo, DeviceRecord } from './device.js';
import { fmtMs } from './obligations.js';

const FOREVER = Number.POSITIVE_INFINITY;

function content(core: Core, dev: DeviceRecord, alertId: string, kind: AlertContent['kind'], severity: AlertContent['severity'], detail: string): AlertContent {
  return {
    officerId: core.officerOf(dev.id, core.now),
    alertId,
    kind,
    severity,
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
    detail,
  };
}

/** Resolved health alerts stay for the revision horizon (for acks), then leave memory. */
function resolvedFinal(core: Core): number {
  return core.now + core.policy.settings.revisionHorizonMs;
}

export function checkOffline(core: Core, dev: DeviceRecord): void {
  const after = core.policy.settings.offlineAfterMs;
  if (dev.offlineAlert !== '' || dev.lastReceivedMs + after > core.now) return;
  if (dev.mode === 'OFF' || dev.mode === 'DOCKED') return; // expected to be silent
  dev.offlineAlert = alertIds.offline(dev.id, dev.lastBoot, dev.lastSeq);
  core.book.put(
    content(core, dev, dev.offlineAlert, 'DEVICE_OFFLINE', 'WARNING', `no telemetry for ${fmtMs(core.now - dev.lastReceivedMs)}`),
    core.now,
    FOREVER,
  );
  core.deviceChanged(dev, true);
}

export function backOnline(core: Core, dev: DeviceRecord): void {
  if (dev.offlineAlert === '') return;
  core.book.resolve(dev.offlineAlert, core.now, 'BACK_ONLINE', resolvedFinal(core));
  dev.offlineAlert = '';
  core.deviceChanged(dev, true);
}

export function checkBattery(core: Core, dev: DeviceRecord, boot: number, seq: number): void {
  const s = core.policy.settings;
  if (dev.batteryPercent < 0) return;
  if (dev.lowBatteryAlert === '') {
    if (!dev.charging && dev.batteryPercent < s.lowBatteryPercent) {
      dev.lowBatteryAlert = alertIds.lowBattery(dev.id, boot, seq);
      core.book.put(content(core, dev, dev.lowBatteryAlert, 'LOW_BATTERY', 'WARNING', `battery at ${dev.batteryPercent}%`), core.now, FOREVER);
    }
  } else if (dev.charging || dev.batteryPercent >= s.lowBatteryClearPercent) {
    core.book.resolve(dev.lowBatteryAlert, core.now, dev.charging ? 'CHARGING' : 'CLEARED', resolvedFinal(core));
    dev.lowBatteryAlert = '';
  }
  checkExhaustion(core, dev, boot, seq);
}

/** BATTERY_EXHAUSTION_PREDICTED: the drain over the last window empties the battery within the horizon. */
function checkExhaustion(core: Core, dev: DeviceRecord, boot: number, seq: number): void {
  const s = core.policy.settings;
  if (dev.charging) {
    dev.batterySamples = null;
    if (dev.exhaustionAlert !== '') {
      core.book.resolve(dev.exhaustionAlert, core.now, 'CHARGING', resolvedFinal(core));
      dev.exhaustionAlert = '';
    }
    return;
  }
  const samples = (dev.batterySamples ??= []);
  samples.push(core.now, dev.batteryPercent);
  while (samples.length > 2 && core.now - samples[0]! > s.exhaustionWindowMs) samples.splice(0, 2);
  const span = core.now - samples[0]!;
  const drop = samples[1]! - dev.batteryPercent;
  // Judge over at least half the window, so one noisy reading does not raise it; or sooner when
  // the drain is steep: enough samples over a minimum span, and more points lost than noise.
  const steep = span >= s.exhaustionMinSpanMs && samples.length / 2 >= s.exhaustionMinSamples && drop >= s.exhaustionMinDropPercent;
  const msToEmpty = (span >= s.exhaustionWindowMs / 2 || steep) && drop > 0 ? (dev.batteryPercent * span) / drop : FOREVER;
  if (dev.exhaustionAlert === '') {
    if (msToEmpty <= s.exhaustionHorizonMs) {
      dev.exhaustionAlert = alertIds.exhaustion(dev.id, boot, seq);
      core.book.put(
        content(core, dev, dev.exhaustionAlert, 'BATTERY_EXHAUSTION_PREDICTED', 'WARNING', `battery empty in about ${fmtMs(msToEmpty)} at the current drain`),
        core.now,
        FOREVER,
      );
    }
  } else if (msToEmpty > s.exhaustionHorizonMs * 1.25) {
    // 25% hysteresis so a prediction hovering at the horizon does not flap.
    core.book.resolve(dev.exhaustionAlert, core.now, 'CLEARED', resolvedFinal(core));
    dev.exhaustionAlert = '';
  }
}

export function checkStorage(core: Core, dev: DeviceRecord, boot: number, seq: number): void {
  const s = core.policy.settings;
  if (dev.storageTotalBytes <= 0) return;
  const free = dev.storageTotalBytes - dev.storageUsedBytes;
  if (dev.storageLowAlert === '') {
    if (free < s.storageLowBytes) {
      dev.storageLowAlert = alertIds.storageLow(dev.id, boot, seq);
      core.book.put(
        content(core, dev, dev.storageLowAlert, 'STORAGE_LOW', 'WARNING', `${(free / 1024 ** 3).toFixed(1)} GiB free`),
        core.now,
        FOREVER,
      );
    }
  } else if (free >= s.storageLowClearBytes) {
    core.book.resolve(dev.storageLowAlert, core.now, 'CLEARED', resolvedFinal(core));
    dev.storageLowAlert = '';
  }
}

export function onFault(core: Core, dev: DeviceRecord, boot: number, code: string, message: string): void {
  const id = alertIds.fault(dev.id, boot, code);
  if (core.book.get(id) !== undefined || dev.faultAlerts.includes(id)) return; // once per code per boot
  dev.faultAlerts.push(id);
  core.book.put(content(core, dev, id, 'DEVICE_FAULT', 'HIGH', `${code}: ${message}`), core.now, FOREVER);
}

/** A new boot clears the previous boot's faults and clock-skew alert (each boot has its own). */
export function onBootStart(core: Core, dev: DeviceRecord, previous: BootInfo | undefined): void {
  for (const id of dev.faultAlerts) core.book.resolve(id, core.now, 'REBOOTED', resolvedFinal(core));
  dev.faultAlerts = [];
  if (previous?.skewAlerted) core.book.resolve(alertIds.clockSkew(dev.id, previous.boot), core.now, 'REBOOTED', resolvedFinal(core));
}

const clockWords = (offset: number): string => `about ${Math.round(Math.abs(offset) / 1000)} s ${offset > 0 ? 'behind' : 'ahead of'} gateway time`;

/**
 * CLOCK_SKEW, once per boot: OPEN while the camera clock (its latest segment) is more than the
 * tolerance off; RESOLVED (CLOCK_CORRECTED) when a step brings it back, and kept as evidence;
 * RETRACTED (ESTIMATE_REVISED) only when no segment of the boot is off any more (the first
 * estimate was inflated by network delay: it was never true).
 */
export function checkClockSkew(core: Core, dev: DeviceRecord, b: BootInfo): void {
  if (b.n === 0) return; // no message yet
  const tolerance = core.policy.settings.clockSkewToleranceMs;
  const id = alertIds.clockSkew(dev.id, b.boot);
  const now = currentOffset(b);
  if (Math.abs(now) > tolerance) {
    const c = content(core, dev, id, 'CLOCK_SKEW', 'WARNING', `camera clock ${clockWords(now)} (boot ${b.boot})`);
    core.book.put(c, core.now, FOREVER);
    b.skewAlerted = true;
    return;
  }
  if (!b.skewAlerted) return;
  const before = segmentsOf(b).find((g) => Math.abs(g.off) > tolerance);
  if (before !== undefined) {
    const detail = `camera clock was ${clockWords(before.off)} (boot ${b.boot}); corrected at seq ${b.from}`;
    core.book.resolve(id, core.now, 'CLOCK_CORRECTED', resolvedFinal(core), detail);
  } else {
    core.book.retract(id, core.now, 'ESTIMATE_REVISED', resolvedFinal(core));
  }
  b.skewAlerted = false;
}

/**
 * CLOCK_STEP (INFO), once per step: the camera clock jumped by more than the tolerance within a
 * boot (NTP or GPS sync, a user setting it); times before and after are corrected separately.
 * When late data shows the step came one message earlier, the alert moves to that message.
 */
export function onClockStep(core: Core, dev: DeviceRecord, b: BootInfo, change: ClockChange): void {
  const finalAt = core.now + core.policy.settings.revisionHorizonMs;
  if (change.moved !== null) core.book.retract(alertIds.clockStep(dev.id, b.boot, change.moved.from), core.now, 'ESTIMATE_REVISED', finalAt);
  const seq = change.step?.seq ?? change.moved!.to;
  const segs = segmentsOf(b);
  const i = segs.findIndex((g) => g.from === seq);
  if (i <= 0) return;
  const jump = segs[i - 1]!.off - segs[i]!.off; // > 0: the camera clock jumped forward
  const detail = `camera clock stepped about ${Math.round(Math.abs(jump) / 1000)} s ${jump > 0 ? 'forward' : 'back'} at seq ${seq} (boot ${b.boot}); times before and after are corrected separately`;
  core.book.put(content(core, dev, alertIds.clockStep(dev.id, b.boot, seq), 'CLOCK_STEP', 'INFO', detail), core.now, finalAt);
}
