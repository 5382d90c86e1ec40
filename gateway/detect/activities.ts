/**
 * Activities from CAD: each START opens a window per camera taking part (for required,
 * excluded and prohibited_solely types; optional ones need none), END closes it. Cameras are
 * named directly (device_ids) or through officers (officer_ids): an officer's camera is the one
 * assigned at the activity's start. An officer with no camera then is a coverage gap
 * (COVERAGE_GAP, INFO), never a missed activation. Times are gateway time.
 *
 * CAD messages may arrive out of order: an END that comes before its START is kept (bounded,
 * counted) and applied when the START arrives. A second START for the same activity id with a
 * different time or type is a correction: the later message wins, every camera's window moves
 * with it, and the alerts it changes get new revisions.
 */
import type { Activity, ActivityType, Assignment } from '../model/domain.js';
import type { AlertContent } from './alert-book.js';
import { assign, deviceOf, unassign } from './assignments.js';
import type { Core } from './core.js';
import type { DeviceWindow } from './obligations.js';
import type { ActivityRule } from './policy.js';

export const ACTIVITY_DEFAULTS = {
  /** 256 ENDs kept per activity while its START has not arrived (the most cameras one message names). */
  maxEarlyEndsPerActivity: 256,
  /** 10,000 activities waiting for their START at once, fleet-wide; beyond, the oldest is forgotten (counted). */
  maxWaitingActivities: 10_000,
};

/** An END that named a camera or officer before its activity's START arrived. */
export interface EarlyEnd {
  id: string;
  officer: boolean;
  time: number;
}

export interface ActivityRecord {
  id: string;
  type: ActivityType;
  rule: ActivityRule;
  /** Gateway time of the START (the latest correction's), null while only an END was seen. */
  start: number | null;
  /** Gateway time the gateway first heard of it. */
  seenMs: number;
  /** ENDs that named cameras or officers before the START arrived; null when none. */
  earlyEnds: EarlyEnd[] | null;
  /** Activity-wide END, null while running. */
  end: number | null;
  /** Devices with a window in this activity. */
  deviceIds: string[];
  /** Officers named, and those of them with no camera (an open COVERAGE_GAP). */
  officerIds: string[];
  gaps: string[];
  unit: string;
}

export const coverageGapId = (activityId: string, officerId: string): string => `cg:${encodeURIComponent(activityId)}:${officerId}`;

function gapContent(core: Core, rec: ActivityRecord, officerId: string, status: AlertContent['status'], resolution: string): AlertContent {
  return {
    alertId: coverageGapId(rec.id, officerId),
    kind: 'COVERAGE_GAP',
    severity: 'INFO',
    status,
    deviceId: '',
    officerId,
    activityId: rec.id,
    activityType: rec.type,
    triggerKind: 'UNSPECIFIED',
    cause: 'NO_CAMERA_ASSIGNED',
    resolution,
    obligationStartMs: rec.start ?? 0,
    deadlineMs: 0,
    latenessMs: 0,
    uncoveredMs: 0,
    detail: `${rec.type} ${rec.id}: officer ${officerId} had no camera assigned${rec.unit ? ` (unit ${rec.unit})` : ''}`,
  };
}

function putGap(core: Core, content: AlertContent, now: number, finalAt: number): void {
  if (core.officerAlerts) core.book.put(content, now, finalAt);
}

function gapFinal(core: Core, rec: ActivityRecord): number {
  return (rec.end ?? (rec.start ?? core.now) + core.policy.settings.maxActivityMs) + core.policy.settings.revisionHorizonMs;
}

/** Gives a device a window in the activity (once); returns false if it already had one. */
function openWindow(core: Core, rec: ActivityRecord, deviceId: string, start: number, officerId: string): boolean {
  if (!core.owns(deviceId)) return false;
  const dev = core.device(deviceId);
  const windows = (dev.windows ??= []);
  if (windows.some((w) => w.activityId === rec.id)) return false;
  const window: DeviceWindow = { activityId: rec.id, type: rec.type, rule: rec.rule, start, end: null, officerId };
  if (rec.end !== null) window.end = Math.max(rec.end, window.start);
  // An END that named this camera (or its officer) before the START arrived.
  for (const e of rec.earlyEnds ?? []) {
    if (e.officer ? e.id !== officerId || officerId === '' : e.id !== deviceId) continue;
    const end = Math.max(window.start, e.time);
    if (window.end === null || end < window.end) window.end = end;
    core.stats.earlyEndsApplied++;
  }
  windows.push(window);
  rec.deviceIds.push(deviceId);
  core.evaluate(dev);
  return true;
}

/** The record for an activity id, created on first sight; bounds the ones waiting for a START. */
function record(core: Core, activities: Map<string, ActivityRecord>, a: Activity): ActivityRecord {
  let rec = activities.get(a.activityId);
  if (rec !== undefined) return rec;
  rec = { id: a.activityId, type: a.type, rule: core.policy.activities[a.type], start: null, seenMs: core.now, earlyEnds: null, end: null, deviceIds: [], officerIds: [], gaps: [], unit: a.unit };
  activities.set(a.activityId, rec);
  if (a.phase === 'END') {
    let waiting = 0;
    let oldest: ActivityRecord | undefined;
    for (const r of activities.values()) {
      if (r.start !== null) continue;
      waiting++;
      oldest ??= r; // Maps iterate in insertion order
    }
    if (waiting > ACTIVITY_DEFAULTS.maxWaitingActivities && oldest !== undefined) {
      activities.delete(oldest.id);
      core.stats.earlyEndsDropped++;
    }
  }
  return rec;
}

/** [policy: CAD corrections] A second START with another time or type: the later message wins. */
function correct(core: Core, rec: ActivityRecord, a: Activity): void {
  core.stats.activityCorrections++;
  rec.start = a.timeMs;
  rec.type = a.type;
  rec.rule = core.policy.activities[a.type];
  if (a.unit !== '') rec.unit = a.unit;
  const optional = rec.rule.recording === 'optional';
  for (const deviceId of rec.deviceIds) {
    const dev = core.device(deviceId);
    const w = dev.windows?.find((x) => x.activityId === rec.id);
    if (w === undefined) continue;
    if (optional) dev.windows = dev.windows!.filter((x) => x !== w);
    else Object.assign(w, { start: a.timeMs, type: a.type, rule: rec.rule, end: w.end === null ? null : Math.max(w.end, a.timeMs) });
    core.evaluate(dev);
  }
  if (optional) rec.deviceIds = [];
  for (const officerId of rec.gaps) {
    const open = core.book.get(coverageGapId(rec.id, officerId))?.alert.status;
    if (open === 'OPEN' || open === 'ACKNOWLEDGED') putGap(core, gapContent(core, rec, officerId, 'OPEN', ''), core.now, gapFinal(core, rec));
  }
}

export function onActivity(core: Core, activities: Map<string, ActivityRecord>, a: Activity): void {
  core.stats.activities++;
  const rec = record(core, activities, a);
  if (a.phase === 'START') {
    if (rec.start === null) {
      rec.start = a.timeMs;
      rec.type = a.type;
      rec.rule = core.policy.activities[a.type];
      if (a.unit !== '') rec.unit = a.unit;
    } else if (rec.start !== a.timeMs || rec.type !== a.type) correct(core, rec, a);
    if (a.deviceIds.length === 0 && a.officerIds.length === 0) core.stats.activitiesIgnored++;
    const start = rec.start;
    for (const officerId of a.officerIds) {
      if (rec.officerIds.includes(officerId)) continue;
      rec.officerIds.push(officerId);
      const deviceId = deviceOf(core.assignments, officerId, start);
      if (deviceId !== undefined) {
        if (rec.rule.recording !== 'optional') openWindow(core, rec, deviceId, start, officerId);
      } else {
        // No camera to oblige: a rollout gap, counted and shown, never a missed activation.
        rec.gaps.push(officerId);
        core.stats.coverageGaps++;
        putGap(core, gapContent(core, rec, officerId, 'OPEN', ''), core.now, gapFinal(core, rec));
      }
    }
    if (rec.rule.recording === 'optional') return;
    for (const deviceId of a.deviceIds) openWindow(core, rec, deviceId, start, '');
    return;
  }
  // END
  const byName = a.deviceIds.length > 0 || a.officerIds.length > 0;
  if (!byName) rec.end = rec.end === null ? a.timeMs : Math.min(rec.end, a.timeMs);
  if (rec.start === null) {
    // Before its START: kept, and applied when the START arrives.
    core.stats.earlyEnds++;
    const early = (rec.earlyEnds ??= []);
    const named = [...a.deviceIds.map((id) => ({ id, officer: false })), ...a.officerIds.map((id) => ({ id, officer: true }))];
    for (const n of named) {
      if (early.length >= ACTIVITY_DEFAULTS.maxEarlyEndsPerActivity) {
        core.stats.earlyEndsDropped++;
        break;
      }
      early.push({ ...n, time: a.timeMs });
    }
    return;
  }
  const officers = byName ? a.officerIds : rec.officerIds;
  const targets = new Set(byName ? a.deviceIds : rec.deviceIds);
  for (const deviceId of rec.deviceIds) {
    const w = core.device(deviceId).windows?.find((x) => x.activityId === rec.id);
    if (w !== undefined && w.officerId !== '' && officers.includes(w.officerId)) targets.add(deviceId);
  }
  for (const deviceId of targets) {
    const dev = core.device(deviceId);
    const window = dev.windows?.find((w) => w.activityId === rec.id);
    if (window === undefined) continue;
    const end = Math.max(window.start, a.timeMs);
    if (window.end !== null && window.end <= end) continue;
    window.end = end;
    core.evaluate(dev);
  }
  for (const officerId of officers) {
    // The gap stays on record (resolvable by late data); its alert resolves.
    if (rec.gaps.includes(officerId)) putGap(core, gapContent(core, rec, officerId, 'RESOLVED', 'ACTIVITY_ENDED'), core.now, gapFinal(core, rec));
  }
}

/**
 * An administrator's (or a camera's) assignment. If it gives a camera to an officer who is in a
 * coverage gap of an activity that started within it, the gap was not one: it is retracted and
 * the camera obliged from the activity's start (also when the activity has ended since: late
 * data revises alerts).
 */
export function onAssignment(core: Core, activities: Map<string, ActivityRecord>, x: Assignment): void {
  core.stats.assignments++;
  const changed =
    x.action === 'ASSIGN'
      ? assign(core.assignments, x.officerId, x.deviceId, x.timeMs, x.source || 'admin', x.unit)
      : unassign(core.assignments, x.officerId, x.deviceId, x.timeMs);
  if (changed && x.action === 'ASSIGN') resolveGaps(core, activities, x.officerId);
}

export function resolveGaps(core: Core, activities: Map<string, ActivityRecord>, officerId: string): void {
  for (const rec of activities.values()) {
    if (!rec.gaps.includes(officerId) || rec.start === null) continue;
    const deviceId = deviceOf(core.assignments, officerId, rec.start);
    if (deviceId === undefined) continue;
    rec.gaps = rec.gaps.filter((g) => g !== officerId);
    putGap(core, gapContent(core, rec, officerId, 'RETRACTED', 'LATE_DATA'), core.now, gapFinal(core, rec));
    if (rec.rule.recording !== 'optional') openWindow(core, rec, deviceId, rec.start, officerId);
  }
}
