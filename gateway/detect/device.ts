/**
 * Per-device state: flat, small, and plain data (so a snapshot is JSON). A device that is only
 * sending routine telemetry holds its current state and nothing else; history, windows, reorder
 * buffers and battery samples exist only while needed.
 */
import type { DeviceMode, GpsFix, Telemetry } from '../model/domain.js';
import { type BootClock, offsetAt } from './clock.js';
import type { Fold, History } from './history.js';
import type { DeviceWindow } from './obligations.js';

export interface SeqGap {
  from: number;
  to: number;
  /** The TELEMETRY_GAP alert it belongs to ('' for a gap we did not alert on). */
  alertId: string;
}

/** One boot of a device: its seq bookkeeping, and (the BootClock fields) its camera clock's offsets by segment between clock steps (clock.ts). */
export interface BootInfo extends BootClock {
  boot: number;
  /** Highest seq such that every seq up to it is processed or known missing (a gap). */
  contig: number;
  /** Seq and device time of the last message processed in order. */
  procSeq: number;
  procT: number;
  /** Lowest seq seen and its device time; highest seq seen and its device time. */
  firstSeq: number;
  firstT: number;
  maxSeq: number;
  lastT: number;
  /** Seq ranges skipped after the reorder window and not (yet) filled by late data. */
  gaps: SeqGap[];
  /** True once the boot's first message was processed. */
  started: boolean;
  /** CLOCK_SKEW is open for this boot. */
  skewAlerted: boolean;
}

export interface ReportedOutcome {
  outcome: string;
  latenessMs: number;
  uncoveredMs: number;
  prematureStops: number;
  startMs: number;
  officerId: string;
  finalAt: number;
}

export interface Pending {
  receivedMs: number;
  telemetry: Telemetry;
}

export interface DeviceRecord {
  index: number;
  id: string;
  /** Any telemetry ever processed. */
  known: boolean;
  /** Boots in ascending order; the last is the current one. */
  boots: BootInfo[];
  /** The newest boot whose bookkeeping was dropped (-1 = none): its late data is stale. */
  droppedBoot: number;
  /** Out-of-order messages of the current boot waiting for a missing seq. */
  pending: Map<number, Pending> | null;
  /** Gateway time the reorder wait ends. */
  reorderWakeMs: number;

  // Current state, for DeviceState and the health rules.
  mode: DeviceMode | null;
  recording: boolean;
  batteryPercent: number;
  charging: boolean;
  storageTotalBytes: number;
  storageUsedBytes: number;
  lat: number;
  lon: number;
  gpsFix: GpsFix | null;
  gpsAccuracyM: number;
  firmwareVersion: string;
  model: string;
  vendor: string;
  officerId: string;
  preEventBufferS: number;
  lastReceivedMs: number;
  /** Boot and seq of the latest message processed in order. */
  lastBoot: number;
  lastSeq: number;
  /** Health state changed by a message too old to judge: re-check on the next recent one. */
  healthDirty: boolean;

  // Health alerts currently open (ids), '' for none.
  offlineAlert: string;
  lowBatteryAlert: string;
  storageLowAlert: string;
  exhaustionAlert: string;
  faultAlerts: string[];
  /** (gateway time, percent) pairs while discharging, oldest first; null until needed. */
  batterySamples: number[] | null;
  offlineQueued: boolean;

  // Obligation rules.
  history: History | null;
  /** Which fields have been asserted since the last gap (history pinning). */
  pinned: number;
  /** The latest assertion of each field, in (boot, seq) order. */
  tailFold: Fold | null;
  windows: DeviceWindow[] | null;
  /** Obligation alert ids this device's evaluation owns. */
  owned: Set<string> | null;
  /** Decided obligations reported (id -> what was reported, and when it becomes final). */
  outcomes: Map<string, ReportedOutcome> | null;
  /** Gateway time of the next evaluation (Infinity = none scheduled). */
  evalWakeMs: number;
  /** Gateway time from which a message may decide a pending check (Infinity = none). */
  pendingCheckMs: number;
  /** Gateway time of the last evaluation (-Infinity = never). */
  lastEvalMs: number;
}

export function newDevice(index: number, id: string): DeviceRecord {
  return {
    index,
    id,
    known: false,
    boots: [],
    droppedBoot: -1,
    pending: null,
    reorderWakeMs: Number.POSITIVE_INFINITY,
    mode: null,
    recording: false,
    batteryPercent: -1,
    charging: false,
    storageTotalBytes: 0,
    storageUsedBytes: 0,
    lat: 0,
    lon: 0,
    gpsFix: null,
    gpsAccuracyM: 0,
    firmwareVersion: '',
    model: '',
    vendor: '',
    officerId: '',
    preEventBufferS: 0,
    lastReceivedMs: Number.NEGATIVE_INFINITY,
    lastBoot: 0,
    lastSeq: 0,
    healthDirty: false,
    offlineAlert: '',
    lowBatteryAlert: '',
    storageLowAlert: '',
    exhaustionAlert: '',
    faultAlerts: [],
    batterySamples: null,
    offlineQueued: false,
    history: null,
    pinned: 0,
    tailFold: null,
    windows: null,
    owned: null,
    outcomes: null,
    evalWakeMs: Number.POSITIVE_INFINITY,
    pendingCheckMs: Number.POSITIVE_INFINITY,
    lastEvalMs: Number.NEGATIVE_INFINITY,
  };
}

export function currentBoot(d: DeviceRecord): BootInfo | undefined {
  return d.boots[d.boots.length - 1];
}

export function bootInfo(d: DeviceRecord, boot: number): BootInfo | undefined {
  for (let i = d.boots.length - 1; i >= 0; i--) if (d.boots[i]!.boot === boot) return d.boots[i];
  return undefined;
}

export function newBoot(boot: number): BootInfo {
  // Written out (not spread from noClock()): a spread literal gave every boot record a slow map.
  return {
    baseT: 0,
    from: 0,
    last: 0,
    off: 0,
    anchor: 0,
    n: 0,
    spanFrom: 0,
    spanTo: 0,
    established: false,
    before: null,
    pending: null,
    reanchored: null,
    early: null,
    pendingPrevSeq: 0,
    pendingPrevT: 0,
    scanned: 0,
    scannedT: 0,
    boot,
    contig: 0,
    procSeq: 0,
    procT: 0,
    firstSeq: Number.POSITIVE_INFINITY,
    firstT: 0,
    maxSeq: 0,
    lastT: 0,
    gaps: [],
    started: false,
    skewAlerted: false,
  };
}

/** The clock offset for a message of boot `b` (gateway time = device time + this). */
export function offsetOf(b: BootInfo, seq: number): number {
  return offsetAt(b, seq);
}

/** The device's offset for (boot, seq), 0 for a boot no longer kept. */
export function deviceOffset(d: DeviceRecord, boot: number, seq: number): number {
  const b = bootInfo(d, boot);
  return b === undefined ? 0 : offsetOf(b, seq);
}

/** Does the device have anything the obligation rules look at? */
export function wantsEvaluation(d: DeviceRecord): boolean {
  return d.windows !== null || (d.owned !== null && d.owned.size > 0) || (d.history?.points.some((p) => p.trigger !== null) ?? false);
}
