/**
 * Activities from CAD: each START opens a window per named device (for required, excluded and
 * prohibited_solely types; optional ones need none), END closes it. An END naming no device
 * ends the activity for every device of its START. Times are gateway time.
 */
import type { Activity, ActivityType } from '../decode/model.js';
import type { Core } from './core.js';
import type { DeviceWindow } from './obligations.js';
import type { ActivityRule } from './policy.js';

export interface ActivityRecord {
  id: string;
  type: ActivityType;
  rule: ActivityRule;
  /** Gateway time of the first START, null while only an END was seen. */
  start: number | null;
  /** Activity-wide END, null while running. */
  end: number | null;
  /** Devices with a window in this activity. */
  deviceIds: string[];
}

export function onActivity(core: Core, activities: Map<string, ActivityRecord>, a: Activity): void {
  core.stats.activities++;
  let rec = activities.get(a.activityId);
  if (rec === undefined) {
    rec = { id: a.activityId, type: a.type, rule: core.policy.activities[a.type], start: null, end: null, deviceIds: [] };
    activities.set(a.activityId, rec);
  }
  if (a.phase === 'START') {
    if (rec.start === null) {
      rec.start = a.timeMs;
      rec.type = a.type;
      rec.rule = core.policy.activities[a.type];
    }
    if (a.deviceIds.length === 0) core.stats.activitiesIgnored++;
    if (rec.rule.recording === 'optional') return;
    for (const deviceId of a.deviceIds) {
      const dev = core.device(deviceId);
      const windows = (dev.windows ??= []);
      if (windows.some((w) => w.activityId === rec.id)) continue; // a repeated START
      const window: DeviceWindow = { activityId: rec.id, type: rec.type, rule: rec.rule, start: a.timeMs, end: null };
      if (rec.end !== null) window.end = Math.max(rec.end, window.start);
      windows.push(window);
      rec.deviceIds.push(deviceId);
      core.evaluate(dev);
    }
    return;
  }
  // END
  if (a.deviceIds.length === 0) rec.end = rec.end === null ? a.timeMs : Math.min(rec.end, a.timeMs);
  const targets = a.deviceIds.length > 0 ? a.deviceIds : rec.deviceIds;
  if (rec.start === null && rec.deviceIds.length === 0) core.stats.activitiesIgnored++;
  for (const deviceId of targets) {
    const dev = core.device(deviceId);
    const window = dev.windows?.find((w) => w.activityId === rec.id);
    if (window === undefined) continue;
    const end = Math.max(window.start, a.timeMs);
    if (window.end !== null && window.end <= end) continue;
    window.end = end;
    core.evaluate(dev);
  }
}
