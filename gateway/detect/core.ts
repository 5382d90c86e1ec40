/**
 * What the detector's rule modules (ordering, apply, health, activities) need from it: the
 * policy, the gateway time, the alert book and a few services. No I/O, no clock of its own.
 */
import type { AlertBook } from './alert-book.js';
import type { ClockRules } from './clock.js';
import type { AssignmentState } from './assignments.js';
import type { BootInfo, DeviceRecord } from './device.js';
import type { Policy } from './policy.js';

export const WAKE_EVAL = 0;
export const WAKE_OFFLINE = 1;
export const WAKE_REORDER = 2;

export interface DetectorStats {
  inputs: number;
  telemetry: number;
  /** Dropped: the same (device_id, boot_id, seq) again. */
  duplicates: number;
  /** Arrived after a gap was skipped, or for an older boot, and applied late. */
  late: number;
  /** For a boot too old to be held any more (stored, not evaluated). */
  stale: number;
  /** Late data older than the history the rules still hold (stored, not evaluated). */
  beyondHistory: number;
  /** Held back waiting for a missing seq. */
  reordered: number;
  gapsSkipped: number;
  activities: number;
  /** START naming no device or officer. */
  activitiesIgnored: number;
  /** ENDs that arrived before their START (kept), applied to a window later, or forgotten (bounds). */
  earlyEnds: number;
  earlyEndsApplied: number;
  earlyEndsDropped: number;
  /** Second STARTs that corrected an activity's time or type. */
  activityCorrections: number;
  acks: number;
  acksUnknown: number;
  assignments: number;
  coverageGaps: number;
  evaluations: number;
}

export function emptyStats(): DetectorStats {
  return {
    inputs: 0,
    telemetry: 0,
    duplicates: 0,
    late: 0,
    stale: 0,
    beyondHistory: 0,
    reordered: 0,
    gapsSkipped: 0,
    activities: 0,
    activitiesIgnored: 0,
    earlyEnds: 0,
    earlyEndsApplied: 0,
    earlyEndsDropped: 0,
    activityCorrections: 0,
    acks: 0,
    acksUnknown: 0,
    assignments: 0,
    coverageGaps: 0,
    evaluations: 0,
  };
}

export interface Core {
  readonly policy: Policy;
  /** The policy's clock settings, as the clock model takes them (built once). */
  readonly clockRules: ClockRules;
  /** Gateway time, Unix ms. */
  readonly now: number;
  readonly book: AlertBook;
  readonly stats: DetectorStats;
  readonly assignments: AssignmentState;
  /** The officer wearing the camera at gateway time t ('' when unknown). */
  officerOf(deviceId: string, t: number): string;
  /** A camera said who wears it (hello.officer_id) in message (boot, seq) at device time deviceT (gateway time t). */
  wearerReported(deviceId: string, officerId: string, t: number, boot: number, seq: number, deviceT: number): void;
  /** A boot's clock offsets changed (a better estimate, or a clock step). */
  offsetImproved(deviceId: string, boot: BootInfo): void;
  device(id: string): DeviceRecord;
  /** Whether this detector obliges the device (a NATS worker owns some partitions only). */
  owns(deviceId: string): boolean;
  /** Whether this detector raises alerts about officers (COVERAGE_GAP): one NATS worker does. */
  readonly officerAlerts: boolean;
  schedule(dev: DeviceRecord, time: number, kind: number): void;
  /** Re-runs the obligation rules for a device and emits what changed. */
  evaluate(dev: DeviceRecord): void;
  deviceChanged(dev: DeviceRecord, significant: boolean): void;
}
