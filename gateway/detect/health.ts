/**
 * Device health rules. Each alert is raised once and RESOLVED when its condition clears:
 * DEVICE_OFFLINE, LOW_BATTERY, STORAGE_LOW, BATTERY_EXHAUSTION_PREDICTED, DEVICE_FAULT and
 * CLOCK_SKEW. They follow the device's current state (messages in order), not its history:
 * a backlog uploaded after an outage updates the state without raising stale alerts.
 */
import type { AlertContent } from './alert-book.js';
import { alertIds } from './alert-ids.js';
import type { Core } from './core.js';
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
  // Judge only over at least half the window, so one noisy reading does not raise it.
  const msToEmpty = span >= s.exhaustionWindowMs / 2 && drop > 0 ? (dev.batteryPercent * span) / drop : FOREVER;
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

/** CLOCK_SKEW follows the boot's offset estimate, which only improves as messages arrive. */
export function checkClockSkew(core: Core, dev: DeviceRecord, b: BootInfo): void {
  const tolerance = core.policy.settings.clockSkewToleranceMs;
  const id = alertIds.clockSkew(dev.id, b.boot);
  if (Math.abs(b.offset) > tolerance) {
    const seconds = Math.round(Math.abs(b.offset) / 1000);
    const detail = `camera clock about ${seconds} s ${b.offset > 0 ? 'behind' : 'ahead of'} gateway time (boot ${b.boot})`;
    const c = content(core, dev, id, 'CLOCK_SKEW', 'WARNING', detail);
    core.book.put(c, core.now, FOREVER);
    b.skewAlerted = true;
  } else if (b.skewAlerted) {
    // The first estimate was inflated by network delay: it was never true.
    core.book.retract(id, core.now, 'ESTIMATE_REVISED', resolvedFinal(core));
    b.skewAlerted = false;
  }
}
